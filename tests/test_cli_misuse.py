"""Issue 12: CLI misuse gets a clear one-line answer, never silent wrong results or damage."""

from __future__ import annotations

import io
import json
import os

import pytest
from click.testing import CliRunner

from corpus.store import CorpusStore
from indexer import export as export_mod
from indexer.query import QueryError, QuerySpec, check_text, unknown_filter_values
from indexer.rows import write_json_array, write_rows
from search_cli.cli import cli


def invoke(*args, env=None):
    return CliRunner(env=env).invoke(cli, list(args), prog_name="ocop")


def one_line_error(result, code: int) -> str:
    assert result.exit_code == code, result.output
    assert "Traceback" not in result.output
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith("Error: ")
    return last


# --- query words --------------------------------------------------------------------------
def test_exclusion_needs_no_double_dash(seeded_home):
    result = invoke("--home", str(seeded_home), "search", "ocop", "-quảng", "--nl")
    assert result.exit_code == 0, result.output
    titles = [json.loads(x)["title"] for x in result.stdout.splitlines()]
    assert titles == [
        "Vải thiều Bắc Giang và chương trình OCOP",
        "Sản phẩm OCOP miền núi Bắc Giang",
    ]


@pytest.mark.parametrize("words", [["-huế", "ocop"], ["ocop", "-sam"], ["ocop", "-n5x"]])
def test_words_looking_like_short_options_are_exclusions(seeded_home, words):
    # -huế would be -h (help), -sam the source "am", -n5x the limit "5x"
    result = invoke("--home", str(seeded_home), "search", *words, "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["total"] == 4


def test_real_options_still_work_next_to_exclusions(seeded_home):
    result = invoke("--home", str(seeded_home), "search", "-n1", "ocop", "-quảng", "-s", "tin-a",
                    "--nl")  # fmt: skip
    assert [json.loads(x)["source"] for x in result.stdout.splitlines()] == ["tin-a"]
    bad = invoke("--home", str(seeded_home), "search", "ocop", "--limt", "3")
    assert bad.exit_code == 2 and "No such option '--limt'" in bad.output


def test_only_exclusions_is_refused_not_ignored(seeded_home):
    line = one_line_error(invoke("--home", str(seeded_home), "search", "--", "-ocop"), 2)
    assert line == ("Error: the query only excludes words (-ocop); add at least one word to "
                    "search for, or drop the query to list every article")  # fmt: skip
    one_line_error(invoke("--home", str(seeded_home), "stats", "--", "-ocop"), 2)


@pytest.mark.parametrize("text", ["?!", "...", "--", '"" -'])
def test_punctuation_only_query_is_a_usage_error(seeded_home, text):
    line = one_line_error(invoke("--home", str(seeded_home), "search", "--", text), 2)
    assert "has no word to search for" in line


def test_check_text():
    assert check_text("").empty and check_text("  ").empty
    assert check_text("gạo -hà").excluded == ("ha",)
    with pytest.raises(QueryError):
        QuerySpec(text="- ? !")


# --- paging and filters -------------------------------------------------------------------
def test_limit_zero_says_why(seeded_home):
    line = one_line_error(invoke("--home", str(seeded_home), "search", "ocop", "-n", "0"), 2)
    assert "0 is not in the range x>=1" in line


def test_offset_past_the_end_says_so(seeded_home):
    line = one_line_error(
        invoke("--home", str(seeded_home), "search", "ocop", "--offset", "500"), 1
    )
    assert line == "Error: offset 500 is past the 4 results"


def test_unknown_source_and_metric_list_the_valid_ones(seeded_home):
    result = invoke("--home", str(seeded_home), "search", "ocop", "--source", "tin-z",
                    "--metric", "ocop_product")  # fmt: skip
    line = one_line_error(result, 2)
    assert "unknown source 'tin-z' (indexed sources: tin-a, tin-b, tin-c)" in line
    assert "unknown metric 'ocop_product' (metrics: " in line and " ocop_products, " in line
    line = one_line_error(invoke("--home", str(seeded_home), "stats", "-s", "tin-z"), 2)
    assert "unknown source 'tin-z'" in line
    # a known source with nothing matching is just "no articles"
    ok = invoke("--home", str(seeded_home), "search", "zzzz", "--source", "tin-a")
    assert ok.exit_code == 0 and ok.stdout == "No articles found.\n"


def test_unknown_filter_values_is_pure():
    spec = QuerySpec(sources=("a", "x"), metric="workers")
    assert unknown_filter_values(spec, {"a"}) == ["unknown source 'x' (indexed sources: a)"]


# --- missing data directory ---------------------------------------------------------------
@pytest.mark.parametrize(
    "args",
    [["search", "ocop"], ["stats"], ["facts"], ["export", "-o", "-"], ["status"], ["reextract"]],
)
def test_read_commands_refuse_a_missing_home(tmp_path, args):
    home = tmp_path / "nowhere"
    line = one_line_error(invoke("--home", str(home), *args), 1)
    assert line == f"Error: no data directory at {home}; run `ocop crawl` or pass --home"
    assert not home.exists()
    # the same from OCOP_HOME
    one_line_error(invoke(*args, env={"OCOP_HOME": str(home)}), 1)
    assert not home.exists()


@pytest.mark.parametrize("args", [["search", "ocop"], ["status"], ["crawl"], ["sources", "list"]])
def test_ocop_home_naming_a_file_says_so(tmp_path, args):
    a_file = tmp_path / "notes.txt"
    a_file.write_text("not a data directory", encoding="utf-8")
    line = one_line_error(invoke(*args, env={"OCOP_HOME": str(a_file)}), 1)
    assert line == (f"Error: the data directory {a_file} is a file; "
                    "pass --home DIR or set OCOP_HOME to a directory")  # fmt: skip
    assert a_file.read_text(encoding="utf-8") == "not a data directory"


# --- export safety ------------------------------------------------------------------------
@pytest.mark.parametrize("name", ["corpus.sqlite", "index.sqlite", "sources.toml", "new.csv"])
def test_export_refuses_files_in_the_data_directory(seeded_home, name):
    target = seeded_home / name
    before = target.read_bytes() if target.exists() else None
    line = one_line_error(invoke("--home", str(seeded_home), "export", "-o", str(target)), 1)
    assert "inside the data directory" in line
    assert (target.read_bytes() if target.exists() else None) == before


def test_export_refuses_a_symlink_into_the_data_directory(seeded_home, tmp_path):
    link = tmp_path / "innocent.csv"
    link.symlink_to(seeded_home / "corpus.sqlite")
    before = (seeded_home / "corpus.sqlite").read_bytes()
    one_line_error(invoke("--home", str(seeded_home), "export", "-o", str(link)), 1)
    assert (seeded_home / "corpus.sqlite").read_bytes() == before


def test_export_failure_keeps_the_old_file_and_leaves_no_temp(seeded_home, tmp_path, monkeypatch):
    target = tmp_path / "out.jsonl"
    target.write_text("previous export\n")

    def broken(config, spec, fmt, facts=False):
        yield {"id": "first"}
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(export_mod, "export_rows", broken)
    result = invoke("--home", str(seeded_home), "export", "-o", str(target))
    assert result.exit_code == 1 and "No space left on device" in result.output
    assert target.read_text() == "previous export\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.jsonl"]


def test_export_pages_through_results_without_snippets(seeded_home, tmp_path, monkeypatch):
    from indexer.backends import sqlite_fts

    def no_snippets(*args, **kwargs):
        raise AssertionError("export must not compute snippets")

    monkeypatch.setattr(sqlite_fts, "make_snippet", no_snippets)
    monkeypatch.setattr(export_mod, "PAGE_SIZE", 1)
    target = tmp_path / "all.jsonl"
    result = invoke("--home", str(seeded_home), "export", "-o", str(target))
    assert result.exit_code == 0, result.output
    assert len(target.read_text("utf-8").splitlines()) == 4
    assert result.stderr == f"Wrote 4 article(s) to {target}\n"


def test_writers_stream_rows_as_they_come():
    out = io.StringIO()

    def rows():
        yield {"a": 1}
        # the first row is already written before the second is even made
        assert out.getvalue() == '[{"a": 1}'
        yield {"a": "ờ"}

    assert write_json_array(rows(), out) == 2
    assert json.loads(out.getvalue()) == [{"a": 1}, {"a": "ờ"}]
    for fmt, expected in (("nl", '{"a": 1, "b": 2}\n'), ("csv", "a\n1\n"), ("tsv", "a\n1\n")):
        buf = io.StringIO()
        write_rows(iter([{"a": 1, "b": 2}]), ["a"], fmt, buf)
        assert buf.getvalue() == expected


# --- URLs ---------------------------------------------------------------------------------
@pytest.mark.parametrize("url", ["not a url", "http://[::1", "ftp://example.vn/", "http://a..b/"])
def test_sources_add_rejects_bad_urls(tmp_path, url):
    result = invoke("--home", str(tmp_path), "sources", "add", url)
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert f"Invalid value for 'URL': {url!r} is not a valid" in result.output
    assert not (tmp_path / "sources.toml").exists()


@pytest.mark.parametrize("url", ["not a url", "http://[::1"])
def test_es_url_is_validated(seeded_home, url):
    result = invoke("--home", str(seeded_home), "search", "ocop", "--es-url", url)
    assert result.exit_code == 2
    assert f"Invalid value for '--es-url': {url!r} is not a valid" in result.output


# --- status -------------------------------------------------------------------------------
def test_status_lists_articles_set_aside(tmp_path):
    from datetime import datetime

    from corpus.article import Article

    store = CorpusStore(tmp_path / "corpus.sqlite")
    art = Article(url="https://tin-e.example.vn/gia-xang.html", source="tin-e", title="Giá xăng",
                  text="Giá xăng giảm nhẹ.", published_at=datetime(2026, 3, 1, 8))  # fmt: skip
    store.upsert_article(art)
    assert store.set_aside_article(art.id, "not about OCOP without the site's repeated lines")
    store.close()
    result = invoke("--home", str(tmp_path), "status")
    assert result.exit_code == 0, result.output
    assert "set aside articles: 1" in result.stdout
    assert "tin-e: https://tin-e.example.vn/gia-xang.html" in result.stdout
    assert "without the site's repeated lines" in result.stdout
    as_json = json.loads(invoke("--home", str(tmp_path), "status", "--json").stdout)
    assert as_json["set_aside_articles"] == 1 and as_json["set_aside"][0]["source"] == "tin-e"


def test_status_lists_unextractable_pages(tmp_path):
    store = CorpusStore(tmp_path / "corpus.sqlite")
    store.mark_url("https://tin-d.example.vn/bai-1.html", "unextractable", "tin-d", "no body text")
    store.close()
    result = invoke("--home", str(tmp_path), "status")
    assert result.exit_code == 0, result.output
    assert "unextractable urls: 1" in result.stdout
    assert result.stdout.endswith(
        "Pages that could not be extracted:\n"
        "  tin-d: https://tin-d.example.vn/bai-1.html\n      no body text\n"
    )
    report = json.loads(invoke("--home", str(tmp_path), "status", "--json").stdout)
    assert report["unextractable"][0]["reason"] == "no body text"


def test_status_creates_nothing(tmp_path):
    assert invoke("--home", str(tmp_path), "status").exit_code == 0
    assert os.listdir(tmp_path) == []


def test_dates_as_vietnamese_write_them_and_a_plain_error(seeded_home):
    iso = invoke("--home", str(seeded_home), "search", "ocop", "--since", "2026-01-01", "--nl")
    day_first = invoke(
        "--home", str(seeded_home), "search", "ocop", "--since", "01/01/2026", "--nl"
    )
    assert iso.exit_code == 0 and iso.stdout and day_first.stdout == iso.stdout
    line = one_line_error(invoke("--home", str(seeded_home), "stats", "--until", "31.12.2026"), 2)
    assert line == ("Error: Invalid value for '--until': '31.12.2026' is not a date; write "
                    "YYYY-MM-DD (2026-01-31) or DD/MM/YYYY (31/01/2026)")  # fmt: skip
    assert "%Y" not in invoke("search", "--help").stdout


def test_empty_search_for_a_province_name_points_to_the_filter(seeded_home):
    result = invoke("--home", str(seeded_home), "search", "bac", "ninh")
    assert result.exit_code == 0
    assert result.stdout == (
        'No articles found. "bac ninh" is a province: try --province "bac ninh" instead.\n'
    )
    assert invoke("--home", str(seeded_home), "search", "-p", "bac ninh", "--nl").stdout
    assert invoke("--home", str(seeded_home), "search", "zzzz").stdout == "No articles found.\n"


def test_export_format_follows_the_file_name(seeded_home, tmp_path):
    home = str(seeded_home)
    assert invoke("--home", home, "export", "-o", str(tmp_path / "a.csv")).exit_code == 0
    assert (tmp_path / "a.csv").read_text(encoding="utf-8").startswith("id,published_at,")
    line = one_line_error(invoke("--home", home, "export", "-o", str(tmp_path / "a.xlsx")), 1)
    assert line == ("Error: cannot write .xlsx files; name the file .csv, .tsv, .json or .jsonl "
                    "(for a spreadsheet: -o FILE.csv --excel)")  # fmt: skip
    line = one_line_error(
        invoke("--home", home, "export", "-f", "csv", "-o", str(tmp_path / "b.json")), 1
    )
    assert "--format csv does not match the file name" in line
    assert not (tmp_path / "a.xlsx").exists() and not (tmp_path / "b.json").exists()
    assert invoke("--home", home, "export", "-o", "-").stdout.startswith('{"url"')  # jsonl


def test_stats_chart_target_is_checked_before_any_output(seeded_home, tmp_path):
    for chart, message in ((tmp_path / "c.txt", "chart file must end in .png, got 'c.txt'"),
                           (tmp_path / "no" / "c.png", "directory")):  # fmt: skip
        result = invoke("--home", str(seeded_home), "stats", "--chart", str(chart))
        assert message in one_line_error(result, 1)
        assert result.stdout == ""  # no table first and an error after it


def test_a_crawl_with_nothing_due_says_why(tmp_path, monkeypatch):
    import crawler.run

    counts = {"fetched": 0, "kept": 0, "skipped": 0, "duplicates": 0, "errors": 0}
    monkeypatch.setattr(crawler.run, "run_crawl", lambda config, **kw: {
        "run_id": 2, "status": "finished", "sources": {"baotinh": counts}})  # fmt: skip
    result = invoke("--home", str(tmp_path), "crawl", env={"OCOP_REVISIT_LISTINGS_HOURS": "6"})
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[-1] == (
        "Nothing was due: known articles are not fetched again and listings, feeds and "
        "sitemaps are re-read 6 h after the last visit (OCOP_REVISIT_LISTINGS_HOURS); "
        "--refresh fetches everything again."
    )


def test_text_that_is_not_utf8_is_refused_not_searched(seeded_home):
    latin1 = b"Qu\xe1ng".decode("utf-8", "surrogateescape")  # what Python makes of such argv
    for args in (["search", latin1], ["search", "-p", latin1], ["stats", "-p", latin1]):
        line = one_line_error(invoke("--home", str(seeded_home), *args), 2)
        assert line == ("Error: 'Qu?ng' is not UTF-8 text: set the terminal to UTF-8 "
                        "(e.g. LANG=C.UTF-8) and type it again")  # fmt: skip


def test_sources_add_refuses_a_site_that_is_already_a_source(tmp_path):
    (tmp_path / "sources.toml").write_text(
        '[[source]]\nname = "baotinh"\nhome = "https://baotinh.vn/"\n'
        'allowed_domains = ["baotinh.vn"]\n',
        encoding="utf-8",
    )
    before = (tmp_path / "sources.toml").read_text(encoding="utf-8")
    for url in ("http://www.baotinh.vn", "HTTPS://BAOTINH.VN:443/"):
        line = one_line_error(invoke("--home", str(tmp_path), "sources", "add", url), 1)
        assert (
            line
            == f"Error: {url} is already the source 'baotinh' (https://baotinh.vn/); nothing added"
        )
    assert (tmp_path / "sources.toml").read_text(encoding="utf-8") == before
    from search_cli.commands.crawl import same_home

    assert not same_home("https://baotinh.vn/", "https://baotinh.vn/chuyen-muc/ocop/")
    assert not same_home("https://baotinh.vn/", "https://baotinh.vn:8080/")


@pytest.mark.parametrize(
    "args",
    [
        ["facts", "--latest"],
        ["facts", "chè"],
        ["handbook", "--national", "-o", "{out}/h.md"],
        ["export", "-o", "{out}/all.jsonl"],
    ],
)
def test_read_commands_open_the_store_read_only(seeded_home, tmp_path, monkeypatch, args):
    """A data directory the user may only read (a shared copy) serves facts, handbooks and
    exports: those commands open the corpus store read-only and never migrate it."""
    import corpus.store

    modes = []
    real_init = corpus.store.CorpusStore.__init__

    def spy(self, path, *, readonly=False):
        modes.append(readonly)
        real_init(self, path, readonly=readonly)

    monkeypatch.setattr(corpus.store.CorpusStore, "__init__", spy)
    argv = ["--home", str(seeded_home)] + [a.format(out=tmp_path) for a in args]
    result = CliRunner().invoke(cli, argv)
    assert result.exit_code == 0, result.output
    assert modes and all(modes), modes
