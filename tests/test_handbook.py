"""`ocop handbook`, `ocop facts`, `ocop show` and the charts, on an enriched test corpus:
the .docx is read back (headings, figures table, citations resolving to stored articles),
PNGs are checked as real images, and LibreOffice converts the .docx where it is installed."""

from __future__ import annotations

import base64
import io
import json
import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner
from PIL import Image as PILImage

from corpus.errors import OcopError
from indexer.charts import coverage_chart, history_chart
from indexer.facts import build_facts, latest, load_mentions
from indexer.handbook import resolve_scope, write_handbook
from search_cli.cli import cli
from tests.kb_corpus import make_demo_store, make_store

PNG = b"\x89PNG\r\n\x1a\n"


@pytest.fixture(scope="module")
def home(tmp_path_factory) -> Path:
    home = tmp_path_factory.mktemp("kb") / "home"
    make_store(home / "corpus.sqlite").close()
    return home


@pytest.fixture(scope="module")
def store(home):
    from corpus.store import CorpusStore

    s = CorpusStore(home / "corpus.sqlite")
    yield s
    s.close()


def ocop(home: Path, *args: str):
    # a wide terminal: these tests read whole cells out of the table
    return CliRunner().invoke(cli, ["--home", str(home), *args], env={"COLUMNS": "240"})


def table(d, first_header: str):
    """The table of a read-back .docx whose first column is headed ``first_header``."""
    return next(t for t in d.tables if t.rows[0].cells[0].text == first_header)


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == PNG
    with PILImage.open(io.BytesIO(data)) as img:
        img.verify()
    with PILImage.open(io.BytesIO(data)) as img:
        return img.size


@pytest.fixture(scope="module")
def qn_docx(store, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("hb") / "quang-ninh.docx"
    write_handbook(store, resolve_scope(["quang ninh"]), out)
    return out


def test_docx_has_real_headings_in_order(qn_docx):
    d = docx.Document(str(qn_docx))
    headings = [p.text for p in d.paragraphs if p.style.name.startswith("Heading")]
    assert headings == ["Số liệu chính", "Biểu đồ", "Sản phẩm OCOP được nêu tên",
                        "Người và tổ chức được nhắc đến nhiều nhất", "Điểm tin theo thời gian",
                        "Nguồn trích dẫn"]  # fmt: skip
    assert d.paragraphs[0].style.name == "Title" and "Quảng Ninh" in d.paragraphs[0].text
    assert any(p.style.name == "Caption" and p.text.startswith("Bảng 1") for p in d.paragraphs)


def test_docx_key_figures_latest_with_conflict_and_citations(qn_docx, store):
    d = docx.Document(str(qn_docx))
    figures = table(d, "Chỉ tiêu")
    header = [c.text for c in figures.rows[0].cells]
    assert header[:3] == ["Chỉ tiêu", "Hạng sao", "Giá trị"]
    rows = [[c.text for c in r.cells] for r in figures.rows[1:]]
    four_star = {r[2]: r for r in rows if r[0] == "Sản phẩm OCOP" and r[1] == "4 sao"}
    # newest as-of (end of 2025), not the newest article (which quotes end of 2024)
    assert set(four_star) == {"120 sản phẩm", "126 sản phẩm"}
    assert all(r[3] == "31/12/2025" and r[5] == "chưa thống nhất" for r in four_star.values())
    assert "45 tỷ đồng" in [r[2] for r in rows]
    assert "75 triệu đồng/người/năm" in [r[2] for r in rows]
    # every citation number resolves to a numbered source whose link is a stored article
    cited = {int(n) for r in rows for n in re.findall(r"\[(\d+)\]", r[4])}
    sources = {}
    body = d.element.body
    for p in d.paragraphs:
        m = re.match(r"\[(\d+)\] ", p.text)
        if m and p.style.name == "List Bullet":
            links = p._p.findall(".//" + docx.oxml.ns.qn("w:hyperlink"))
            rid = links[0].get(docx.oxml.ns.qn("r:id"))
            sources[int(m.group(1))] = d.part.rels[rid].target_ref
    assert body is not None and cited and cited <= set(sources)
    stored = {a.url for a in store.iter_articles()}
    assert set(sources.values()) <= stored


def test_docx_embeds_two_real_png_charts(qn_docx):
    d = docx.Document(str(qn_docx))
    images = [r.target_part.blob for r in d.part.rels.values() if "image" in r.reltype]
    assert len(images) == 2
    for blob in images:
        width, height = png_size(blob)
        assert width > 300 and height > 150


def test_docx_products_names_and_digest(qn_docx):
    d = docx.Document(str(qn_docx))
    products = [[c.text for c in r.cells] for r in table(d, "Sản phẩm").rows[1:]]
    assert products[0][:3] == ["Trà hoa vàng Ba Chẽ", "5 sao", "HTX Trà Ba Chẽ"]
    people = [r.cells[0].text for r in table(d, "Người").rows[1:]]
    assert people[0] == "Trần Văn Bình"
    text = "\n".join(p.text for p in d.paragraphs)
    # syndicated copy listed once, with its outlet noted
    assert text.count("Quảng Ninh có 120 sản phẩm OCOP đạt 4 sao\n") == 1
    assert "đăng lại: nongnghiep" in text
    digest = re.findall(r"^(\d\d/\d\d/\d{4}) · ", text, re.M)
    assert digest == sorted(digest, key=lambda d: d[6:] + d[3:5] + d[:2]) and len(digest) == 3


def test_merged_province_gathers_former_provinces_and_says_so(store, tmp_path):
    out = tmp_path / "bac-ninh.docx"
    write_handbook(store, resolve_scope(["Bắc Ninh"]), out)
    d = docx.Document(str(out))
    text = "\n".join(p.text for p in d.paragraphs)
    assert "gồm Bắc Giang, Bắc Ninh" in text
    assert "Bắc Giang đẩy mạnh chương trình OCOP" in text and "Bắc Ninh công nhận" in text
    provinces = {r.cells[0].text for r in table(d, "Tỉnh/thành").rows[1:]}
    assert provinces == {"Bắc Giang", "Bắc Ninh"}
    old = tmp_path / "bac-giang.docx"
    write_handbook(store, resolve_scope(["bac giang"]), old)
    text = "\n".join(p.text for p in docx.Document(str(old)).paragraphs)
    assert "Bắc Ninh công nhận" not in text and "nay thuộc Bắc Ninh" in text


def test_markdown_and_html_from_the_same_model(store, tmp_path):
    md = tmp_path / "qn.md"
    write_handbook(store, resolve_scope(["Quảng Ninh"]), md)
    text = md.read_text(encoding="utf-8")
    assert "## Số liệu chính" in text and "| **120 sản phẩm** |" in text
    charts = re.findall(r"!\[[^\]]*\]\(([^)]+\.png)\)", text)
    assert len(charts) == 2
    for c in charts:
        png_size((tmp_path / c).read_bytes())
    page = tmp_path / "qn.html"
    write_handbook(store, resolve_scope(["Quảng Ninh"]), page, since=date(2026, 1, 1))
    html = page.read_text(encoding="utf-8")
    assert "<h2>Số liệu chính</h2>" in html and "<strong>126 sản phẩm</strong>" in html
    embedded = re.findall(r'src="data:image/png;base64,([^"]+)"', html)
    assert len(embedded) == 2 and png_size(base64.b64decode(embedded[0]))[0] > 300
    assert not list(tmp_path.glob(".*partial*"))


def test_docx_converts_with_libreoffice(qn_docx, tmp_path):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        pytest.skip("LibreOffice is not installed")
    subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{tmp_path}/lo",
                    "--convert-to", "pdf", "--outdir", str(tmp_path), str(qn_docx)],
                   check=True, capture_output=True, timeout=180)  # fmt: skip
    pdf = (tmp_path / "quang-ninh.pdf").read_bytes()
    assert pdf[:5] == b"%PDF-" and len(pdf) > 20_000


def test_handbook_cli_and_its_errors(home, tmp_path):
    out = tmp_path / "h.docx"
    result = ocop(home, "handbook", "-p", "quảng ninh", "-p", "Bắc Giang", "-o", str(out))
    assert result.exit_code == 0, result.output
    assert out.stat().st_size > 10_000
    for args, message in [
        (["-o", str(tmp_path / "x.docx")], "--province"),
        (["--national", "-p", "Quảng Ninh", "-o", str(tmp_path / "x.docx")], "not both"),
        (["-p", "Atlantis", "-o", str(tmp_path / "x.docx")], "unknown province"),
        (["-p", "Quảng Ninh", "-o", str(tmp_path / "x.pdf")], ".docx, .md, .html"),
        (["-p", "Quảng Ninh", "-o", str(tmp_path / "no" / "x.md")], "does not exist"),
    ]:
        result = ocop(home, "handbook", *args)
        assert result.exit_code == 1, result.output
        assert message in result.output and "Traceback" not in result.output
        assert len(result.output.strip().splitlines()) == 1


def test_handbook_on_empty_home_is_one_line(tmp_path):
    result = ocop(tmp_path / "empty", "handbook", "--national", "-o", str(tmp_path / "x.docx"))
    assert result.exit_code == 1 and "ocop crawl" in result.output


def test_national_handbook_uses_national_figures(store, tmp_path):
    out = tmp_path / "vn.html"
    doc = write_handbook(store, resolve_scope([], national=True), out)
    assert doc.title == "Sổ tay OCOP: Cả nước"
    assert "Điểm tin" in out.read_text(encoding="utf-8")


# --- ocop facts / show ------------------------------------------------------------------------


def test_facts_cli_table_is_vietnamese_and_flags_conflicts(home):
    result = ocop(home, "facts", "--province", "quang ninh", "--star", "4")
    assert result.exit_code == 0, result.output
    assert "120 sản phẩm" in result.output and "126 sản phẩm" in result.output
    assert "e+" not in result.output
    assert "Conflicts" in result.output
    conflict = result.output.split("Conflicts")[1]
    assert "vietnamplus" in conflict and "nongnghiep" in conflict


def test_facts_cli_latest_picks_newer_as_of_and_json_keeps_raw_numbers(home):
    rows = json.loads(ocop(home, "facts", "--latest", "--json", "-p", "Quảng Ninh").output)
    four = sorted(r["value"] for r in rows if r["star"] == 4)
    assert four == [120.0, 126.0]  # both end-of-2025 values, flagged; not the 2024 one
    assert all(r["conflicts"] for r in rows if r["star"] == 4)
    money = next(r for r in rows if r["metric"] == "money_vnd")
    assert money["value"] == 45e9 and money["unit"] == "VND"
    csv_out = ocop(home, "facts", "--latest", "--csv", "--metric", "income_per_capita").output
    assert ",75000000," in csv_out and "VND/người/năm" in csv_out and "e+" not in csv_out


def test_facts_cli_history_chart_and_fact_detail(home, tmp_path):
    chart = tmp_path / "h.png"
    result = ocop(
        home, "facts", "--history", "-p", "Quảng Ninh", "--star", "4", "--chart", str(chart)
    )
    assert result.exit_code == 0, result.output
    assert result.output.index("100 sản phẩm") < result.output.index("120 sản phẩm")
    assert png_size(chart.read_bytes())[0] > 300
    fact_id = re.search(
        r"^(\w{10})\s+Quảng Ninh\s+ocop_products\s+4 sao\s+120", result.output, re.M
    )[1]
    detail = ocop(home, "facts", "--id", fact_id[:6]).output
    assert "[title]" in detail and "[lead]" in detail and "[body]" in detail
    assert "ocop show qn1copy" in detail
    assert ocop(home, "facts", "--id", "zzzzzz").exit_code == 1
    assert ocop(home, "facts", "--chart", str(chart)).exit_code == 1


def test_show_plain_when_piped_and_coloured_on_a_terminal(home):
    plain = CliRunner().invoke(cli, ["--home", str(home), "show", "qn2"])
    assert plain.exit_code == 0, plain.output
    assert "\x1b[" not in plain.output and "126 sản phẩm" in plain.output
    assert "Công ty TNHH Biển Xanh" in plain.output
    colour = CliRunner().invoke(cli, ["--home", str(home), "show", "qn2"], color=True)
    assert "\x1b[33m\x1b[1m126 sản phẩm\x1b[0m" in colour.output
    missing = ocop(home, "show", "nothing-like-this")
    assert missing.exit_code == 1 and "no article" in missing.output


# --- charts and the demo corpus ---------------------------------------------------------------


def test_charts_are_real_pngs_and_refuse_bad_input(tmp_path):
    rows = [{"month": f"2025-{m:02d}", "articles": m % 4} for m in range(1, 13)]
    path = coverage_chart(rows, tmp_path / "c.png")
    assert png_size(path.read_bytes())[0] > 300
    path = history_chart({"a": [(date(2024, 12, 31), 100), (date(2025, 12, 31), 120)]},
                         tmp_path / "h.png")  # fmt: skip
    assert png_size(path.read_bytes())[1] > 150
    with pytest.raises(OcopError):
        coverage_chart([], tmp_path / "e.png")
    with pytest.raises(OcopError):
        coverage_chart(rows, tmp_path / "c.jpg")


def test_demo_corpus_no_fact_twice_and_syndicated_copy_only_cites(tmp_path):
    store = make_demo_store(tmp_path / "demo.sqlite")
    facts = build_facts(load_mentions(store))
    keys = [(f.identity, f.period, f.value) for f in facts]
    assert len(keys) == len(set(keys)) and len({f.id for f in facts}) == len(facts)
    copy = "tai-ban-quang-ninh-them-42-san-pham-4-sao"
    copy_facts = [f for f in facts if copy in f.articles]
    assert copy_facts and all(len(f.stories) == 1 and len(f.articles) == 2 for f in copy_facts)
    assert not any(f.articles == [copy] for f in facts)
    counts = [f for f in latest(facts) if f.metric == "ocop_products"]  # not the 4-star share
    assert {f.value for f in counts if f.province == "Quảng Ninh" and f.star == 4} == {42.0}


def test_facts_cli_free_text_query_limits_to_matching_articles(home):
    from corpus.config import AppConfig
    from indexer.indexing import run_index

    counts = run_index(AppConfig.load(home=home), workers=1)
    assert counts.enrichment.enriched == 0  # the fixture stored its enrichment already
    rows = json.loads(ocop(home, "facts", '"thi truong"', "--json").output)
    assert {r["value"] for r in rows} == {126.0}
    assert rows[0]["citations"][0]["article_id"] == "qn2"


def test_title_page_summary_counts_stories_copies_outlets_conflicts(qn_docx):
    d = docx.Document(str(qn_docx))
    summary = {r.cells[0].text: r.cells[1].text for r in table(d, "Tóm tắt").rows[1:]}
    assert summary["Bài viết (mỗi tin tính một lần)"] == "3"
    assert summary["Bản đăng lại trên báo khác"] == "1"
    assert summary["Cơ quan báo chí"] == "3"
    assert summary["Số liệu chưa thống nhất giữa các nguồn"] == "2"


def test_facts_new_provinces_label_former_provinces(home):
    rows = json.loads(ocop(home, "facts", "--new-provinces", "-p", "Bắc Ninh", "--json").output)
    by_value = {r["value"]: r for r in rows}
    assert by_value[80.0]["province"] == "Bắc Ninh"
    assert by_value[80.0]["former_province"] == "Bắc Giang"
    assert "former_province" not in by_value[60.0]
    table_out = ocop(home, "facts", "--new-provinces", "-p", "Bắc Ninh").output
    assert "Bắc Ninh (Bắc Giang cũ)" in table_out
