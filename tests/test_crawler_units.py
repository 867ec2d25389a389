"""Unit tests of the crawler's pure parts: canonical URLs, discovery, relevance, dedupe, sources."""

from __future__ import annotations

from datetime import datetime

import pytest

from corpus.article import VIETNAM_TZ, Article
from corpus.store import CorpusStore
from crawler import discovery
from crawler.canonical import canonicalize, prefer_declared
from crawler.dedupe import Deduper, signature
from crawler.middlewares import retry_after_seconds
from crawler.relevance import is_relevant
from crawler.sources import (
    Source,
    SourcesError,
    check_url,
    load_sources,
    save_sources,
    source_name_for,
    user_sources,
)

KEYWORDS = ("OCOP", "Mỗi xã một sản phẩm")


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (
            "HTTP://Example.VN:80/a/b.html?utm_source=fb&id=3#comments",
            "http://example.vn/a/b.html?id=3",
        ),
        ("https://example.vn:443//tin//x.html?fbclid=1&gclid=2", "https://example.vn/tin/x.html"),
        ("https://example.vn/x?b=2&a=1&zarsrc=30", "https://example.vn/x?a=1&b=2"),
        (
            "https://example.vn/s%E1%BA%A3n-ph%E1%BA%A9m",
            "https://example.vn/s%E1%BA%A3n-ph%E1%BA%A9m",
        ),
        ("https://example.vn/sản-phẩm", "https://example.vn/s%E1%BA%A3n-ph%E1%BA%A9m"),
        ("https://example.vn:8080/x", "https://example.vn:8080/x"),
    ],
)
def test_canonicalize(url, expected):
    assert canonicalize(url) == expected


def test_canonicalize_rejects_other_schemes():
    with pytest.raises(ValueError):
        canonicalize("mailto:toa-soan@example.vn")


def test_declared_canonical_only_within_the_site():
    page = "https://a.vn/tin/x.html?utm_campaign=z"
    assert prefer_declared(page, "https://a.vn/tin/x-goc.html") == "https://a.vn/tin/x-goc.html"
    assert (
        prefer_declared(page, "https://www.a.vn/tin/x-goc.html")
        == "https://www.a.vn/tin/x-goc.html"
    )
    assert prefer_declared(page, "https://other.vn/tin/x.html") == "https://a.vn/tin/x.html"
    assert (
        prefer_declared(page, "https://a.vn/") == "https://a.vn/tin/x.html"
    )  # home: misconfigured
    assert prefer_declared(page, None) == "https://a.vn/tin/x.html"


@pytest.mark.parametrize(
    ("text", "relevant"),
    [
        ("Tỉnh có thêm 20 sản phẩm OCOP", True),
        ("san pham ocop 4 sao", True),
        ("Chương trình Mỗi xã một sản phẩm", True),
        ("chuong trinh moi  xa\nmot san pham", True),
        ("CHƯƠNG TRÌNH MỖI XÃ MỘT SẢN PHẨM", True),
        ("Giá lúa tăng mạnh", False),
        ("Hệ thống OCOPS mới", False),  # whole words only
    ],
)
def test_relevance(text, relevant):
    assert is_relevant(KEYWORDS, text) is relevant


SITEMAP_INDEX = b"""<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>https://a.vn/s-old.xml</loc><lastmod>2024-01-01</lastmod></sitemap>
<sitemap><loc>https://a.vn/s-new.xml</loc><lastmod>2026-11-01T10:00:00+07:00</lastmod></sitemap>
</sitemapindex>"""
NEWS_SITEMAP = b"""<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
 xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
<url><loc>https://a.vn/1.html</loc><lastmod>2026-11-21</lastmod>
<news:news><news:publication_date>2026-11-02T08:00:00+07:00</news:publication_date>
<news:title>Tin 1</news:title></news:news></url>
<url><loc>https://a.vn/2.html</loc><lastmod>2026-11-05</lastmod></url>
<url><loc>https://a.vn/3.html</loc></url>
</urlset>"""


def test_sitemap_index_and_news_sitemap_newest_first():
    pages, children = discovery.parse_sitemap(SITEMAP_INDEX)
    assert pages == [] and [c.url for c in children] == [
        "https://a.vn/s-new.xml",
        "https://a.vn/s-old.xml",
    ]
    pages, children = discovery.parse_sitemap(NEWS_SITEMAP)
    assert children == []
    assert [p.url for p in pages] == [
        "https://a.vn/2.html",
        "https://a.vn/1.html",
        "https://a.vn/3.html",
    ]
    assert pages[1].date == datetime(2026, 11, 2, 8, tzinfo=VIETNAM_TZ)  # publication_date wins
    assert pages[1].title == "Tin 1"


def test_gzipped_and_broken_sitemaps():
    import gzip

    pages, _ = discovery.parse_sitemap(gzip.compress(NEWS_SITEMAP))
    assert len(pages) == 3
    assert discovery.parse_sitemap(b"<html>not a sitemap") == ([], [])
    assert discovery.parse_sitemap(b"") == ([], [])


def test_feeds_rss_and_atom():
    rss = b"""<rss version="2.0"><channel><item><title>A</title><link>https://a.vn/a.html</link>
    <pubDate>Thu, 17 Sep 2026 07:31:00 +0700</pubDate></item>
    <item><title>B</title><guid>https://a.vn/b.html</guid><pubDate>Fri, 18 Sep 2026 07:31:00 +0700</pubDate></item>
    </channel></rss>"""
    items = discovery.parse_feed(rss)
    assert [i.url for i in items] == ["https://a.vn/b.html", "https://a.vn/a.html"]
    atom = b"""<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>C</title>
    <link rel="alternate" href="https://a.vn/c.html"/><updated>2026-09-17T00:31:00Z</updated></entry></feed>"""
    (c,) = discovery.parse_feed(atom)
    assert c.url == "https://a.vn/c.html" and c.date.utcoffset().total_seconds() == 0
    assert discovery.looks_like_feed(rss) and discovery.looks_like_feed(atom)
    assert discovery.parse_feed(b"garbage") == []


LISTING = """<html><head><link rel="alternate" type="application/rss+xml" href="/rss/ocop.rss"></head><body>
<nav><a href="/">Trang chủ</a><a href="/chuyen-muc/ocop">OCOP</a><a href="/tag/ocop.html">#ocop</a>
<a href="/lien-he">Liên hệ</a><a href="/2026/11/22/">Hôm nay</a></nav>
<div class="list">
<h3><a href="/kinh-te/quang-ninh-co-them-42-san-pham-ocop-4-sao-123456.html">Quảng Ninh có thêm 42 sản phẩm OCOP</a></h3>
<h3><a href="/tin-123456789.htm">Sản phẩm OCOP của tỉnh được người tiêu dùng ưa chuộng</a></h3>
<h3><a href="/kinh-te/quang-ninh-co-them-42-san-pham-ocop-4-sao-123456.html#binh-luan">2 bình luận</a></h3>
<a href="/anh/logo.png">logo</a><a href="/files/bao-cao-ocop-2025.pdf">Báo cáo OCOP năm 2025 toàn văn tải về</a>
</div><div class="paging"><a href="/chuyen-muc/ocop?page=2">2</a><a href="/chuyen-muc/ocop?page=3">3</a>
<a href="/chuyen-muc/ocop?page=2">Trang sau ›</a></div></body></html>"""


def test_article_links_generic():
    links = discovery.article_links(LISTING, "https://a.vn/chuyen-muc/ocop")
    assert [c.url for c in links] == [
        "https://a.vn/kinh-te/quang-ninh-co-them-42-san-pham-ocop-4-sao-123456.html",
        "https://a.vn/tin-123456789.htm",
    ]
    assert links[0].title == "Quảng Ninh có thêm 42 sản phẩm OCOP"


@pytest.mark.parametrize(
    ("html", "base", "expected"),
    [
        (LISTING, "https://a.vn/chuyen-muc/ocop", "https://a.vn/chuyen-muc/ocop?page=2"),
        (
            '<head><link rel="next" href="/p/trang-3.html"></head>',
            "https://a.vn/p/trang-2.html",
            "https://a.vn/p/trang-3.html",
        ),
        (
            '<a href="/ocop/page/3">3</a><a href="/ocop/page/1">1</a>',
            "https://a.vn/ocop/page/2",
            "https://a.vn/ocop/page/3",
        ),
        (
            '<a href="/ocop?trang=5">Xem thêm</a>',
            "https://a.vn/ocop?trang=4",
            "https://a.vn/ocop?trang=5",
        ),
        ('<a href="/ocop?p=2">Sau</a>', "https://a.vn/ocop", "https://a.vn/ocop?p=2"),
        ('<a href="/ocop?page=1">1</a>', "https://a.vn/ocop?page=1", None),
    ],
)
def test_next_page(html, base, expected):
    assert discovery.next_page(html, base) == expected


def test_feed_links_and_traps():
    assert discovery.feed_links(LISTING, "https://a.vn/") == ["https://a.vn/rss/ocop.rss"]
    assert discovery.is_trap("https://a.vn/lich/2026/11/22")
    assert discovery.is_trap("https://a.vn/su-kien?date=2026-11-22")
    assert discovery.is_trap("https://a.vn/a/b/a/b/a/b/x.html")
    assert discovery.is_trap("https://a.vn/" + "x" * 500)
    assert not discovery.is_trap("https://a.vn/2026/11/22/quang-ninh-co-them-san-pham-ocop.html")


def test_robots_sitemaps():
    text = "User-agent: *\nDisallow: /admin/\nSitemap: https://a.vn/sitemap.xml\nsitemap: https://a.vn/news.xml\n"
    assert discovery.robots_sitemaps(text) == ["https://a.vn/sitemap.xml", "https://a.vn/news.xml"]


def test_retry_after_parsing():
    assert retry_after_seconds(b"7", 1.0) == 7.0
    assert retry_after_seconds(None, 2.0) == 2.0
    assert retry_after_seconds("Wed, 21 Oct 2015 07:28:00 GMT", 3.0) == 0.0  # in the past
    assert retry_after_seconds("soon", 4.0) == 4.0


BODY = " ".join(
    f"Câu thứ {i} nói về sản phẩm OCOP của tỉnh với nhiều chi tiết khác nhau số {i * 7}."
    for i in range(30)
)


def _article(n: int, text: str, day: int) -> Article:
    return Article(url=f"https://s{n}.vn/bai-{n}.html", source=f"s{n}", title=f"Bài {n}", text=text,
                   published_at=datetime(2026, 5, day, 8))  # fmt: skip


def test_dedupe_groups_copies_with_earliest_as_primary(tmp_path):
    store = CorpusStore(tmp_path / "c.sqlite")
    dd = Deduper(store)
    original = _article(1, BODY, 10)
    copy = _article(2, BODY.replace("Câu thứ 29", "Đoạn cuối") + " Theo Báo A.", 12)
    earlier = _article(3, BODY, 2)  # a copy published before the first one we saw
    other = _article(4, BODY.replace("sản phẩm OCOP", "giá lúa gạo").replace("tỉnh", "vùng"), 11)
    for a in (original, copy, earlier, other):
        store.upsert_article(a)
    assert dd.add(original.id, signature(original.text), original.published_at) is None
    assert dd.add(copy.id, signature(copy.text), copy.published_at) == original.id
    assert dd.add(other.id, signature(other.text), other.published_at) is None
    assert dd.add(earlier.id, signature(earlier.text), earlier.published_at) is None  # new primary
    groups = {a.id: a.duplicate_of for a in store.iter_articles()}
    assert groups == {
        original.id: earlier.id,
        copy.id: earlier.id,
        earlier.id: None,
        other.id: None,
    }
    # signatures persist: a new Deduper over the same store still knows the group
    again = _article(5, BODY, 20)
    store.upsert_article(again)
    assert Deduper(store).add(again.id, signature(again.text), again.published_at) == earlier.id


def test_short_texts_are_not_deduplicated():
    assert signature("Quảng Ninh có 10 sản phẩm OCOP.") is None


def test_sources_roundtrip_and_validation(tmp_path):
    path = tmp_path / "sources.toml"
    src = Source(name="bao-a", home="https://www.bao-a.vn/", sections=["https://bao-a.vn/ocop"],
                 deny=[r"/video/"], css={"body": "div.detail", "remove": [".ads", "#box \"x\""]})  # fmt: skip
    assert src.allowed_domains == ["bao-a.vn"]
    save_sources(path, [src])
    assert load_sources(path) == [src]
    assert src.allows("https://bao-a.vn/tin/x.html") and src.allows("https://m.bao-a.vn/x")
    assert not src.allows("https://bao-a.vn/video/x.html")
    assert not src.allows("https://other.vn/x.html")
    path.write_text('[[source]]\nname = "x"\nhome = "ftp://x"\n')
    with pytest.raises(SourcesError, match="not an http"):
        load_sources(path)
    path.write_text('[[source]]\nname = "x"\nhome = "https://x.vn"\nbogus = 1\n')
    with pytest.raises(SourcesError, match="unknown keys"):
        load_sources(path)
    path.write_text("[[source]\n")
    with pytest.raises(SourcesError, match="not valid TOML"):
        load_sources(path)
    with pytest.raises(SourcesError, match="invalid source name"):
        save_sources(path, [Source(name="Bad Name", home="https://x.vn")])
    assert path.read_text() == "[[source]\n"  # a failed save leaves the file untouched


def test_user_sources_copied_from_defaults(tmp_path):
    from corpus.config import AppConfig

    config = AppConfig.load(home=tmp_path / "h")
    sources = user_sources(config)
    assert len(sources) >= 10 and config.sources_path.exists()
    assert all(s.home.startswith("https://") for s in sources)
    assert source_name_for("https://www.baoquangninh.vn/x", {"baoquangninh"}) == "baoquangninh-2"
    # an address is no host name: its first label ("127") would say nothing
    assert source_name_for("http://127.0.0.1:8080/", set()) == "127-0-0-1"
    assert source_name_for("http://[2001:db8::1]/", set()) == "2001-db8-1"


def test_saving_sources_keeps_the_users_comments(tmp_path):
    path = tmp_path / "sources.toml"
    path.write_text(
        "# Nguồn của tôi: chỉ báo tỉnh\n\n"
        "[[source]]\n"
        'name = "bao-a"  # báo chính\n'
        'home = "https://bao-a.vn/"\n'
        "# mục OCOP mới mở tháng 9\n"
        'sections = ["https://bao-a.vn/ocop"]\n'
        "[source.css]\n"
        'body = "div.noi-dung"  # thân bài\n\n'
        "# tạm tắt\n"
        "[[source]]\n"
        'name = "bao-cu"\n'
        'home = "https://bao-cu.vn/"\n',
        encoding="utf-8",
    )
    existing = load_sources(path)
    added = Source(name="bao-b", home="https://bao-b.vn/", feeds=["https://bao-b.vn/rss.xml"])
    save_sources(path, [*existing, added])
    text = path.read_text(encoding="utf-8")
    for comment in ("# Nguồn của tôi: chỉ báo tỉnh", "# báo chính", "# mục OCOP mới mở tháng 9",
                    "# thân bài", "# tạm tắt"):  # fmt: skip
        assert comment in text
    assert load_sources(path) == [*existing, added]
    save_sources(path, [existing[0]])  # removing an entry keeps the others' comments
    text = path.read_text(encoding="utf-8")
    assert "bao-b" not in text and "bao-cu" not in text and "# thân bài" in text
    assert load_sources(path) == [existing[0]]


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("https://not a url", "bad host name"),
        ("http://[::1", "not a valid URL"),
        ("ftp://bao-a.vn/", "not an http"),
        ("https:///chuyen-muc", "bad host name"),
        ("https://bao-a.vn:99999/", "not a valid URL"),
    ],
)
def test_check_url_rejects_bad_urls_with_one_line(url, message):
    with pytest.raises(SourcesError, match=message) as info:
        check_url(url)
    assert "\n" not in str(info.value)
    assert check_url(" https://bao-a.vn/ocop ") == "https://bao-a.vn/ocop"


@pytest.mark.parametrize("url", ["not a url", "http://[::1"])
def test_sources_add_bad_url_is_a_usage_error(tmp_path, url):
    from click.testing import CliRunner

    from search_cli.cli import cli

    result = CliRunner().invoke(cli, ["--home", str(tmp_path), "sources", "add", url])
    assert result.exit_code == 2, result.output  # bad usage, refused before any probing
    assert isinstance(result.exception, SystemExit)  # a clean exit, not an uncaught error
    errors = [line for line in result.output.splitlines() if line.startswith("Error:")]
    assert len(errors) == 1 and "URL" in errors[0], result.output


def test_one_crawl_per_data_directory(tmp_path):
    from corpus.errors import OcopError
    from crawler.run import crawl_lock

    with crawl_lock(tmp_path), pytest.raises(OcopError, match="already running"):  # noqa: SIM117
        with crawl_lock(tmp_path):
            pass
    with crawl_lock(tmp_path):  # released again afterwards
        pass


# --- the spider, its items and the frontier middleware, without a network ---------------

SECTION_PAGE = (
    '<html><head><link rel="alternate" type="application/rss+xml" href="/rss.xml"></head><body>'
    '<h3><a href="/tin/hop-tac-xa-che-dat-chuan-ocop-4-sao-12345.html">HTX chè đạt 4 sao</a></h3>'
    '<h3><a href="/tin/lang-nghe-gom-mo-rong-san-xuat-ocop-12346.html">Làng gốm mở rộng</a></h3>'
    '<a href="/chuyen-muc/ocop?page=2">Trang sau</a></body></html>'
)


def _spider(tmp_path):
    from crawler.progress import CrawlProgress
    from crawler.spiders.news import CrawlContext, NewsSpider

    store = CorpusStore(tmp_path / "corpus.sqlite")
    source = Source(
        name="bao-a", home="https://bao-a.vn/", sections=["https://bao-a.vn/chuyen-muc/ocop"]
    )
    ctx = CrawlContext(store=store, progress=CrawlProgress(store, store.start_run()),
                       keywords=KEYWORDS)  # fmt: skip
    return NewsSpider([source], ctx), store


def test_listing_parsed_once_and_frontier_written_by_the_middleware(tmp_path, monkeypatch):
    from types import SimpleNamespace

    from scrapy import Request
    from scrapy.http import HtmlResponse

    from crawler.items import DiscoveryRead
    from crawler.middlewares import FrontierMiddleware

    spider, store = _spider(tmp_path)
    parses = []
    real_parse = discovery.parse_html
    monkeypatch.setattr(discovery, "parse_html", lambda *a: parses.append(a) or real_parse(*a))
    url = "https://bao-a.vn/chuyen-muc/ocop"
    response = HtmlResponse(url, body=SECTION_PAGE.encode(), headers={"Content-Type": "text/html"},
                            request=Request(url, meta={"source": "bao-a", "kind": "listing", "page": 1}))  # fmt: skip
    out = list(spider.parse_discovery(response))
    assert len(parses) == 1  # feed links, article links and the next page share one tree
    assert isinstance(out[-1], DiscoveryRead)
    assert store.conn.execute("SELECT COUNT(*) FROM urls").fetchone()[0] == 0  # callbacks only read
    middleware = FrontierMiddleware(SimpleNamespace(spider=spider))
    passed = list(middleware.process_spider_output(response, out))
    assert not any(isinstance(o, DiscoveryRead) for o in passed)
    states = dict(store.conn.execute("SELECT url, state FROM urls").fetchall())
    assert states == {
        "https://bao-a.vn/tin/hop-tac-xa-che-dat-chuan-ocop-4-sao-12345.html": "queued",
        "https://bao-a.vn/tin/lang-nghe-gom-mo-rong-san-xuat-ocop-12346.html": "queued",
        "https://bao-a.vn/rss.xml": "pending",
        "https://bao-a.vn/chuyen-muc/ocop?page=2": "pending",
        url: "visited",
    }
    # a known article is not put back in the queue when a listing links it again
    store.mark_url("https://bao-a.vn/tin/lang-nghe-gom-mo-rong-san-xuat-ocop-12346.html", "article")
    list(middleware.process_spider_output(response, out))
    assert (
        store.url_state("https://bao-a.vn/tin/lang-nghe-gom-mo-rong-san-xuat-ocop-12346.html")[
            "state"
        ]
        == "article"
    )


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (b"text/html; charset=UTF-8", ("text/html", "utf-8")),
        ("text/html; charset=latin-1", ("text/html", "cp1252")),  # WHATWG labels via w3lib
        ("text/html; charset=vn", ("text/html", "vn")),  # unknown to w3lib: kept for our aliases
        ('TEXT/HTML;Charset="windows-1258"', ("text/html", "cp1258")),
        ("application/pdf", ("application/pdf", None)),
        (None, ("", None)),
        ("text/html; boundary=x; charset=", ("text/html", None)),
    ],
)
def test_content_type_parsed_in_one_place(header, expected):
    from crawler.items import content_type, is_html

    assert content_type(header) == expected
    assert is_html(expected[0]) == (expected[0] in ("", "text/html"))


def test_upsert_keeps_duplicate_of(tmp_path):
    store = CorpusStore(tmp_path / "c.sqlite")
    original, copy = _article(1, BODY, 10), _article(2, BODY, 12)
    store.upsert_article(original)
    store.upsert_article(copy)
    store.set_duplicate_of(copy.id, original.id)
    again = _article(2, BODY, 12)  # re-extracted: knows nothing of the grouping
    assert again.duplicate_of is None
    assert store.upsert_article(again) == "unchanged"
    changed = _article(2, BODY + " Thêm một câu.", 12)
    assert store.upsert_article(changed) == "updated"
    assert store.get_article(copy.id).duplicate_of == original.id


def test_child_server_reports_its_port_and_stops(tmp_path):
    import urllib.request

    from corpus.errors import OcopError
    from demo_site.childserver import ChildServer
    from demo_site.server import DemoSiteHandler

    with ChildServer(DemoSiteHandler, name="demo site") as server:
        assert server.port > 0
        with urllib.request.urlopen(f"{server.base_url}/robots.txt", timeout=10) as resp:
            assert resp.status == 200
        proc = server.proc
        with pytest.raises(
            OcopError, match=f"cannot serve the demo site on 127.0.0.1:{server.port}"
        ):
            ChildServer(DemoSiteHandler, port=server.port, name="demo site").start()
    assert server.proc is None and not proc.is_alive()


def test_store_pipeline_records_every_outcome(tmp_path):
    from crawler.items import FetchedPage, FetchFailed
    from crawler.pipelines import StorePipeline
    from crawler.worker import PageResult

    spider, store = _spider(tmp_path)
    pipeline = StorePipeline()
    pipeline.open_spider(spider)
    base = "https://bao-a.vn/tin/"
    outcomes = [
        FetchedPage("bao-a", base + "a.pdf", base + "a.pdf", 200, "application/pdf", b""),
        FetchedPage(
            "bao-a",
            base + "b.html",
            base + "b.html",
            200,
            "text/html",
            b"<p>x</p>",
            error="extraction failed",
        ),  # fmt: skip
        FetchedPage(
            "bao-a",
            base + "c.html",
            base + "c.html",
            200,
            "text/html",
            b"<p>x</p>",
            result=PageResult(True, reason="not about OCOP"),
        ),  # fmt: skip
        FetchFailed("bao-a", base + "d.html", "article", "Forbidden by robots.txt", refused=True),
        FetchFailed("bao-a", base + "e.html", "article", "TimeoutError: took too long"),
        FetchFailed("bao-a", "https://bao-a.vn/chuyen-muc/ocop", "listing", "HttpError: 503"),
    ]
    for item in outcomes:
        assert pipeline.process_item(item) is item
    rows = {r["url"].rsplit("/", 1)[1]: (r["state"], r["reason"])
            for r in store.conn.execute("SELECT url, state, reason FROM urls")}  # fmt: skip
    assert rows == {
        "a.pdf": ("skipped", "not HTML (application/pdf)"),
        "b.html": ("error", "extraction failed"),
        "c.html": ("skipped", "not about OCOP"),
        "d.html": ("skipped", "Forbidden by robots.txt"),
        "e.html": ("error", "TimeoutError: took too long"),
        "ocop": ("visited", "failed: HttpError: 503"),
    }
    counts = spider.ctx.progress.counts["bao-a"]
    assert (counts.skipped, counts.errors, counts.kept) == (3, 3, 0)
    assert spider.ctx.progress.failures() == "bao-a: TimeoutError: took too long"
