"""Exact output of the read commands over the seeded data directory (tests/conftest.py),
in every format of the shared output options."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from search_cli.cli import cli


def ocop(home, *args):
    """Run `ocop --home HOME ARGS` at a fixed terminal width; stdout with HOME as <HOME>."""
    result = CliRunner(env={"COLUMNS": "100"}).invoke(
        cli, ["--home", str(home), *args], prog_name="ocop", catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    return result.stdout.replace(str(home), "<HOME>")


VAI_1 = {"id": "9706670e7887113e", "url": "https://tin-b.example.vn/vai-thieu-bac-giang.html",
         "title": "Vải thiều Bắc Giang và chương trình OCOP", "source": "tin-b",
         "published_at": "2026-01-15T08:00:00+07:00",
         "snippet": "Nhiều hợp tác xã đăng ký sản phẩm. Bắc Giang đặt mục tiêu 40 sản phẩm OCOP trong năm, nhiều hợp tác xã tham gia.",
         "score": 0.621, "provinces": ["Bắc Giang"], "duplicate_of": None, "date": "2026-01-15"}  # fmt: skip
VAI_2 = {"id": "48f64c3ba22347b1", "url": "https://tin-c.example.vn/hoi-cho-ocop.html",
         "title": "Hội chợ OCOP tại Hạ Long thu hút khách", "source": "tin-c",
         "published_at": "2025-11-20T08:00:00+07:00",
         "snippet": "…trưng bày. Hội chợ ở Quảng Ninh giới thiệu đặc sản, không có sản phẩm vải.",
         "score": 0.3511, "provinces": ["Quảng Ninh"], "duplicate_of": None, "date": "2025-11-20"}  # fmt: skip


def test_search_table_excludes_a_word_without_double_dash(seeded_home):
    assert ocop(seeded_home, "search", "ocop", "-quảng") == (
        "2 article(s) found; showing 1-2.\n\n"
        "1. Vải thiều Bắc Giang và chương trình OCOP\n"
        "   2026-01-15 · tin-b · Bắc Giang\n"
        "   https://tin-b.example.vn/vai-thieu-bac-giang.html\n"
        "   Nhiều hợp tác xã đăng ký sản phẩm. Bắc Giang đặt mục tiêu 40 sản phẩm OCOP trong năm, nhiều hợp tác xã tham gia.\n\n"
        "2. Sản phẩm OCOP miền núi Bắc Giang\n"
        "   2025-06-05 · tin-a · Bắc Giang\n"
        "   https://tin-a.example.vn/mien-nui-ocop.html\n"
        "   …vùng cao có sản phẩm đầu tiên. Miền núi Bắc Giang lần đầu có sản phẩm OCOP 3 sao từ măng và mật ong.\n\n"
    )


def test_search_csv_and_tsv(seeded_home):
    assert ocop(seeded_home, "search", "ocop", "-quảng", "--csv") == (
        "date,title,source,provinces,url,score,snippet\n"
        '2026-01-15,Vải thiều Bắc Giang và chương trình OCOP,tin-b,Bắc Giang,https://tin-b.example.vn/vai-thieu-bac-giang.html,0,"Nhiều hợp tác xã đăng ký sản phẩm. Bắc Giang đặt mục tiêu 40 sản phẩm OCOP trong năm, nhiều hợp tác xã tham gia."\n'
        "2025-06-05,Sản phẩm OCOP miền núi Bắc Giang,tin-a,Bắc Giang,https://tin-a.example.vn/mien-nui-ocop.html,0,…vùng cao có sản phẩm đầu tiên. Miền núi Bắc Giang lần đầu có sản phẩm OCOP 3 sao từ măng và mật ong.\n"
    )
    assert ocop(seeded_home, "search", "vải", "--tsv") == (
        "date\ttitle\tsource\tprovinces\turl\tscore\tsnippet\n"
        "2026-01-15\tVải thiều Bắc Giang và chương trình OCOP\ttin-b\tBắc Giang\thttps://tin-b.example.vn/vai-thieu-bac-giang.html\t0.621\tNhiều hợp tác xã đăng ký sản phẩm. Bắc Giang đặt mục tiêu 40 sản phẩm OCOP trong năm, nhiều hợp tác xã tham gia.\n"
        "2025-11-20\tHội chợ OCOP tại Hạ Long thu hút khách\ttin-c\tQuảng Ninh\thttps://tin-c.example.vn/hoi-cho-ocop.html\t0.3511\t…trưng bày. Hội chợ ở Quảng Ninh giới thiệu đặc sản, không có sản phẩm vải.\n"
    )


def test_search_nl_and_json(seeded_home):
    line = lambda row: json.dumps(row, ensure_ascii=False)  # noqa: E731
    assert ocop(seeded_home, "search", "vải", "--nl") == f"{line(VAI_1)}\n{line(VAI_2)}\n"
    assert ocop(seeded_home, "search", "vải", "--json") == (
        f'{{"total": 2, "offset": 0, "hits": [{line(VAI_1)},\n {line(VAI_2)}]}}\n'
    )
    assert (
        ocop(seeded_home, "search", "zzzz", "--json") == '{"total": 0, "offset": 0, "hits": []}\n'
    )


def test_stats_table_json_csv(seeded_home):
    assert ocop(seeded_home, "stats", "--by", "year") == (
        "year   articles\n"  # no query: "share" would be 100% in every row
        "───────────────\n"
        "2025   2\n"
        "2026   2\n\n"
        "2025  ████████████████████████████████████████ 2\n"
        "2026  ████████████████████████████████████████ 2\n\n"
        "Total: 4 article(s)\n"
    )
    assert ocop(seeded_home, "stats", "--by", "year", "--no-bars", "-p", "Bắc Giang") == (
        "year   articles   share\n"
        "───────────────────────\n"
        "2025   1          50%\n"
        "2026   1          50%\n"
    )
    assert ocop(seeded_home, "stats", "--by", "new_province", "--json") == (
        '[{"new_province": "Bắc Ninh", "articles": 2, "share": 100.0},\n'
        ' {"new_province": "Quảng Ninh", "articles": 2, "share": 100.0}]\n'
    )
    assert ocop(seeded_home, "stats", "--by", "year", "--json", "-p", "Bắc Giang") == (
        '[{"year": "2025", "articles": 1, "share": 50.0},\n {"year": "2026", "articles": 1, "share": 50.0}]\n'
    )
    assert ocop(seeded_home, "stats", "--by", "source", "--csv", "--include-duplicates") == (
        "source,articles,share\ntin-a,2,100\ntin-b,1,100\ntin-c,2,100\n"
    )


def test_status_table_and_nl(seeded_home):
    assert ocop(seeded_home, "status") == (
        "              home: <HOME>\n"
        "           backend: sqlite\n"
        "          articles: 5\n"
        "  primary articles: 4\n"
        "          enriched: 5\n"
        "         raw pages: 0\n"
        "      skipped urls: 1\n"
        "             index: 5 documents (sqlite, format 2), up to date\n\n"
        "source   run_id   started (VN time)   status     fetched   kept   skipped   duplicates   errors\n"
        "───────────────────────────────────────────────────────────────────────────────────────────────\n"
        "tin-a    1        2026-03-04 08:00    finished   4         2      1         0            1\n"
        "tin-b    1        2026-03-04 08:00    finished   1         1      0         0            0\n\n"
        "Pages that failed (retried on the next crawl):\n"
        "  tin-a: https://tin-a.example.vn/loi.html\n"
        "      HTTP 503\n"
    )
    run = {"run_id": 1, "fetched": 1, "kept": 1, "skipped": 0, "duplicates": 0, "errors": 0,
           "started_at": "2026-03-04T01:00:00+00:00", "finished_at": "2026-03-04T01:05:00+00:00",
           "status": "finished"}  # fmt: skip
    lines = ocop(seeded_home, "status", "--nl").splitlines()
    assert [json.loads(x) for x in lines] == [
        {**run, "source": "tin-a", "fetched": 4, "kept": 2, "skipped": 1, "errors": 1},
        {**run, "source": "tin-b"},
    ]
    report = json.loads(ocop(seeded_home, "status", "--json"))
    assert (report["articles"], report["enriched"], report["unextractable"]) == (5, 5, [])
    assert report["recent_errors"][0]["reason"] == "HTTP 503"


def test_sources_list_table_and_csv(seeded_home):
    assert ocop(seeded_home, "sources", "list") == (
        "name    home                        sitemaps   feeds   sections   discovery\n"
        "────────────────────────────────────────────────────────────────────────────\n"
        "tin-a   https://tin-a.example.vn/   1          0       0          configured\n"
        "tin-b   https://tin-b.example.vn/   0          0       0          automatic\n"
        "2 source(s) in <HOME>/sources.toml\n"
    )
    assert ocop(seeded_home, "sources", "list", "--csv") == (
        "name,home,sitemaps,feeds,sections,discovery\n"
        "tin-a,https://tin-a.example.vn/,1,0,0,configured\n"
        "tin-b,https://tin-b.example.vn/,0,0,0,automatic\n"
    )


def test_export_csv_one_row_per_article_with_compact_enrichment(seeded_home):
    assert ocop(seeded_home, "export", "--province", "Bắc Giang", "-f", "csv", "-o", "-") == (
        "id,published_at,source,title,lead,authors,url,provinces,new_province,figures,entities,text\n"
        '9706670e7887113e,2026-01-15T08:00:00+07:00,tin-b,Vải thiều Bắc Giang và chương trình OCOP,Nhiều hợp tác xã đăng ký sản phẩm.,,https://tin-b.example.vn/vai-thieu-bac-giang.html,Bắc Giang,Bắc Ninh,"ocop_products=40 sản phẩm (Bắc Giang, 2025)",,"Bắc Giang đặt mục tiêu 40 sản phẩm OCOP trong năm, nhiều hợp tác xã tham gia."\n'
        '16ce82c378ccfb80,2025-06-05T08:00:00+07:00,tin-a,Sản phẩm OCOP miền núi Bắc Giang,Các xã vùng cao có sản phẩm đầu tiên.,,https://tin-a.example.vn/mien-nui-ocop.html,Bắc Giang,Bắc Ninh,"ocop_products=6 sản phẩm (3★, Bắc Giang, 2025)",,Miền núi Bắc Giang lần đầu có sản phẩm OCOP 3 sao từ măng và mật ong.\n'
    )
    out = ocop(seeded_home, "export", "quảng ninh", "-f", "csv", "-o", "-")
    assert "ORG:UBND tỉnh Quảng Ninh" in out.splitlines()[1]


def test_export_facts_one_row_per_figure(seeded_home):
    assert ocop(seeded_home, "export", "--facts", "--star", "3", "-f", "tsv", "-o", "-") == (
        "article_id\tpublished_at\tsource\ttitle\turl\tmetric\tkind\tvalue\tunit\tqualifier\tstar\tmin_star\tpercent\tprovince\tnew_province\tdistrict\tperiod\tsentence\n"
        "16ce82c378ccfb80\t2025-06-05T08:00:00+07:00\ttin-a\tSản phẩm OCOP miền núi Bắc Giang\thttps://tin-a.example.vn/mien-nui-ocop.html\tocop_products\t\t6\tsản phẩm\t\t3\t\t\tBắc Giang\tBắc Ninh\t\t2025\tTỉnh có 6 sản phẩm đạt chuẩn.\n"
    )
    records = [
        json.loads(x) for x in ocop(seeded_home, "export", "--facts", "-o", "-").splitlines()
    ]
    assert [(r["article_id"], r["value"]) for r in records] == [
        ("a070d2ebc3c41b5a", 25.0), ("9706670e7887113e", 40.0), ("16ce82c378ccfb80", 6.0)]  # fmt: skip


def test_export_jsonl_and_json_to_a_file(seeded_home, tmp_path):
    ocop(seeded_home, "export", "-o", str(tmp_path / "all.jsonl"))
    records = [json.loads(x) for x in (tmp_path / "all.jsonl").read_text("utf-8").splitlines()]
    assert [r["published_at"][:10] for r in records] == [
        "2026-03-02", "2026-01-15", "2025-11-20", "2025-06-05"]  # fmt: skip
    assert records[0]["provinces"] == ["Quảng Ninh"] and records[0]["figures"][0]["star"] == 4
    ocop(seeded_home, "export", "-f", "json", "-n", "2", "-o", str(tmp_path / "two.json"))
    assert json.loads((tmp_path / "two.json").read_text("utf-8")) == records[:2]


def test_export_excel_starts_with_a_bom(seeded_home, tmp_path):
    target = tmp_path / "excel.csv"
    ocop(seeded_home, "export", "--excel", "-f", "csv", "-o", str(target))
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbfid,published_at,")
    assert "Bắc Giang" in data.decode("utf-8-sig")


@pytest.mark.parametrize("fmt", ["--table", "--json", "--nl", "--csv", "--tsv"])
def test_every_output_format_is_accepted(seeded_home, fmt):
    out = ocop(seeded_home, "stats", "--by", "year", fmt)
    assert "2026" in out


def test_table_is_plain_text_cut_to_the_width():
    from search_cli.output import render_table

    rows = [{"date": "2026-03-02", "title": "[Video] Quảng Ninh: sản phẩm OCOP đạt 4 sao", "articles": 12},
            {"date": "2025-11-20", "title": "Đắk Lắk :smile: cà phê", "articles": 3}]  # fmt: skip
    # brackets and :codes: are text, not markup; Vietnamese letters are one cell wide
    assert render_table(rows, ["date", "title", "articles"], width=50) == (
        "date         title                        articles\n"
        "──────────────────────────────────────────────────\n"
        "2026-03-02   [Video] Quảng Ninh: sản p…   12\n"
        "2025-11-20   Đắk Lắk :smile: cà phê       3"
    )
    assert render_table([], ["date"]) == ""


def test_narrow_table_leaves_out_context_rather_than_the_metric():
    from search_cli.output import render_table

    row = {"id": "d55b31e5…", "province": "Thừa Thiên Huế", "metric": "ocop_participants",
           "star": "tiềm năng 5 sao", "value": "ít nhất 1.054 sản phẩm", "period": "2019–2025",
           "sentence": "Tỉnh hiện có hơn một nghìn sản phẩm được công nhận đạt chuẩn."}  # fmt: skip
    columns = list(row)
    narrow = render_table([row], columns, width=100)
    assert narrow.splitlines()[0].split() == columns[:-1]  # no "sentence" squeezed to "T"
    assert "ocop_participants" in narrow and "ít nhất 1.054 sản phẩm" in narrow
    wide = render_table([row], columns, width=200)
    assert wide.splitlines()[0].split() == columns and "Tỉnh hiện có" in wide


def test_table_aligns_decomposed_vietnamese_like_composed():
    import unicodedata

    from search_cli.output import render_table

    rows = [{"name": "Thừa Thiên Huế", "n": 1}, {"name": "Bắc Kạn", "n": 2}]
    nfd = [{**r, "name": unicodedata.normalize("NFD", r["name"])} for r in rows]
    composed = render_table(rows, ["name", "n"], width=60)
    assert unicodedata.normalize("NFC", render_table(nfd, ["name", "n"], width=60)) == composed


def test_stats_chart_is_a_png(seeded_home, tmp_path):
    target = tmp_path / "coverage.png"
    ocop(seeded_home, "stats", "--by", "month", "--chart", str(target), "--no-bars")
    data = target.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 5_000


def test_search_says_more_than_when_the_total_is_bounded(seeded_home, monkeypatch):
    from indexer.backends import sqlite_fts

    monkeypatch.setattr(sqlite_fts, "TOTAL_CAP", 2)
    assert ocop(seeded_home, "search", "ocop").startswith("more than 2 article(s) found;")
    assert '"total_is_lower_bound": true' in ocop(seeded_home, "search", "ocop", "--json")
    assert ocop(seeded_home, "search", "ocop", "--exact").startswith("4 article(s) found;")


def test_stats_names_in_vietnamese_alphabetical_order():
    from search_cli.commands.query import vietnamese_order

    rows = [{"province": p, "articles": 1}
            for p in ["Tuyên Quang", "Đồng Tháp", "Bắc Giang", None, "Đắk Lắk", "Dak Nong"]]  # fmt: skip
    names = [r["province"] for r in vietnamese_order(rows, ("province",))]
    assert names == ["Bắc Giang", "Dak Nong", "Đắk Lắk", "Đồng Tháp", "Tuyên Quang", None]
    months = [{"month": m, "articles": 1} for m in ["2026-02", "2025-12"]]
    assert vietnamese_order(months, ("month",)) == months  # time keeps the backend's order


def test_counts_read_the_vietnamese_way():
    from indexer.facts_format import vi_number
    from search_cli.commands.query import bar_chart

    # counts use the facts tables' formatter (one definition of Vietnamese digits)
    assert [vi_number(n) for n in (7, 1054, 12345678)] == ["7", "1.054", "12.345.678"]
    rows = [{"year": "2025", "articles": 1054}, {"year": "2026", "articles": 527}]
    assert bar_chart(rows, ["year"], "articles", width=4).splitlines() == [
        "2025  ████ 1.054",
        "2026  ██ 527",
    ]
