"""The crawl path's one-parse contract (``crawler.worker.extract_page``) and XHTML pages that
open with an XML declaration (old government CMSs)."""

from __future__ import annotations

import codecs
import unicodedata

import pytest
from lxml import html as lxml_html

from crawler.extract import extractor
from crawler.extract.encoding import decode_html
from crawler.extract.sitememory import page_fingerprints
from crawler.worker import PageJob, extract_page, process_page

URL = "https://nongthon.example.gov.vn/tin-tuc/che-shan-tuyet-len-hang-bon-sao-2211.html"
TITLE = "Chè shan tuyết của xã vùng cao được công nhận bốn sao OCOP"
LINE = "Hội đồng đánh giá cấp tỉnh vừa công bố kết quả phân hạng sản phẩm ở Hà Giang."


def _page(declared: str) -> str:
    """An XHTML 1.0 page as an old CMS writes it: XML declaration, doctype, namespace."""
    body = [
        "Tổ hợp tác chè của bản đã chuẩn hóa quy trình sơ chế và in nhãn truy xuất nguồn gốc.",
        "Theo ban quản lý, năm nay sản lượng chè búp khô tăng khoảng một phần ba so với năm trước.",
        "Các hộ thành viên được tập huấn cách hái một tôm hai lá và bảo quản sau thu hoạch.",
        "Huyện dự kiến hỗ trợ thêm hai cơ sở khác hoàn thiện hồ sơ trong quý tới.",
    ]
    paragraphs = "".join(f"<p>{p}</p>" for p in body)
    return (
        f'<?xml version="1.0" encoding="{declared}"?>\n'
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
        '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
        '<html xmlns="http://www.w3.org/1999/xhtml" lang="vi"><head>'
        f'<meta http-equiv="Content-Type" content="text/html; charset={declared}" />'
        f"<title>{TITLE}</title>"
        '<meta property="article:published_time" content="2026-11-20T08:30:00+07:00" />'
        "</head><body>"
        '<div class="menu"><a href="/">Trang chủ</a> | <a href="/tin-tuc">Tin tức</a></div>'
        f'<div class="news-detail"><h1>{TITLE}</h1>'
        '<div class="date">Ngày đăng: 20/11/2026 08:30</div>'
        f'<div class="summary"><strong>{LINE}</strong></div>'
        f'<div class="content">{paragraphs}</div></div>'
        '<div class="footer">Cổng thông tin điện tử của Sở Nông nghiệp và Môi trường tỉnh</div>'
        "</body></html>"
    )


def _cp1258(text: str) -> bytes:
    """windows-1258 as legacy Vietnamese sites write it: base letter, then a tone mark."""
    out = bytearray()
    for ch in text:
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", ch)
            tones = "".join(c for c in parts if c in "\u0300\u0301\u0303\u0309\u0323")
            base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in tones))
            out += (base + tones).encode("cp1258")
    return bytes(out)


PAGES = {
    "utf-8": _page("utf-8").encode("utf-8"),
    "utf-8 with BOM": codecs.BOM_UTF8 + _page("utf-8").encode("utf-8"),
    "windows-1258": _cp1258(_page("windows-1258")),
}


@pytest.mark.parametrize("kind", sorted(PAGES))
def test_xml_declared_page_is_decoded_without_its_declaration(kind):
    text = decode_html(PAGES[kind])
    assert text.lstrip().startswith("<!DOCTYPE")
    assert TITLE in text
    lxml_html.fromstring(text)  # a str with an encoding declaration raised ValueError here


@pytest.mark.parametrize("kind", sorted(PAGES))
def test_xml_declared_page_gives_site_memory_evidence_and_fields(kind):
    ex, lines = extract_page(PAGES[kind], URL)
    assert ex.title == TITLE
    assert "một phần ba" in ex.text
    # the blocks of the page (menu aside): before the fix the evidence was always empty
    assert len(lines) >= 5
    assert lines == tuple(sorted(lines))


def test_worker_result_carries_the_xml_declared_pages_blocks():
    job = PageJob(url=URL, final_url=URL, body=PAGES["windows-1258"], encoding="windows-1258",
                  source="so-nn", fetched_at="2026-11-21T00:00:00+00:00", overrides=None,
                  keywords=("ocop",))  # fmt: skip
    result = process_page(job)
    assert result.article is not None
    assert len(result.page_lines) >= 5


def test_one_parse_per_page(monkeypatch):
    calls = []
    parse = extractor._parse
    monkeypatch.setattr(extractor, "_parse", lambda text: calls.append(1) or parse(text))
    ex, lines = extract_page(PAGES["utf-8"], URL)
    assert len(calls) == 1
    assert ex.is_article
    # the evidence is the whole page's, taken before extraction pruned the tree
    fresh, _ = extractor.parse_page(PAGES["utf-8"])
    assert lines == tuple(sorted(page_fingerprints(fresh)))
    assert ex == extractor.extract(PAGES["utf-8"], URL)  # same fields as a separate parse


@pytest.mark.parametrize("body, why", [(b"   ", "empty page"), ("", "empty page")])
def test_empty_page_is_not_an_article_without_evidence(body, why):
    ex, lines = extract_page(body, URL)
    assert (ex.is_article, ex.status, ex.reason, lines) == (False, "not_article", why, ())
