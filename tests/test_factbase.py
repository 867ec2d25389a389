"""The fact base (facts.sqlite): same facts as a build from the store, incremental refresh,
fallback with a warning when behind, read commands that never write."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest
from click.testing import CliRunner

from corpus.article import Article
from corpus.store import CorpusStore
from indexer import factbase
from indexer.factbase import BEHIND, factbase_path, open_current, refresh
from indexer.facts import build_facts, history, latest, load_mentions
from indexer.nlp import ENRICHMENT_VERSION
from search_cli.cli import cli
from tests.kb_corpus import make_store


def ocop(home: Path, *args: str):
    return CliRunner().invoke(cli, ["--home", str(home), *args], env={"COLUMNS": "240"})


@pytest.fixture()
def kb_home(tmp_path) -> Path:
    home = tmp_path / "home"
    make_store(home / "corpus.sqlite").close()  # with its fact base
    return home


VARIANTS = [
    [],
    ["--latest"],
    ["--latest", "-p", "Quảng Ninh"],
    ["--latest", "-p", "Bắc Ninh", "--new-provinces"],
    ["--latest", "--metric", "ocop_products", "--star", "4"],
    ["--latest", "--conflicts"],
    ["--history", "-p", "Quảng Ninh"],
    ["--history"],
    ["--history", "--new-provinces", "-n", "3"],
    ["--history", "-p", "Bắc Ninh", "--json"],
    ["--history", "-n", "0", "--csv"],
    ["--conflicts"],
    ["--new-provinces", "-n", "3"],
    ["-n", "2"],
    ["-n", "0", "--json"],
    ["-n", "0", "--csv", "-p", "Bắc Giang"],
    ["--latest", "--json"],
    ["--latest", "--new-provinces", "-n", "2"],
    ["--latest", "-n", "0", "--csv", "--star", "4"],
    ["--since", "2026-01-07"],
    ["--until", "2026-01-08", "--json", "-n", "0"],
    ["--latest", "-p", "Quảng Ninh", "--since", "2026-01-01", "--until", "2026-12-31"],
    ["--history", "--star", "4", "--since", "2025-06-01"],
    ["--latest", "-p", "Bắc Ninh", "--since", "2025-01-01", "--metric", "ocop_products"],
]


def test_fact_base_gives_the_same_output_as_a_build_from_the_store(kb_home):
    """Planted: a conflict (120 vs 126), a history (2024 then 2025), a merged province."""
    with_base = {tuple(v): ocop(kb_home, "facts", *v) for v in VARIANTS}
    factbase_path(kb_home / "corpus.sqlite").unlink()
    for v in VARIANTS:
        base, store = with_base[tuple(v)], ocop(kb_home, "facts", *v)
        assert base.exit_code == store.exit_code == 0, (v, base.output, store.output)
        assert base.stderr == "" and BEHIND in store.stderr
        assert base.stdout == store.stdout, v
        assert base.stdout.strip() not in ("", "[]", "No figures match."), v
    assert "Conflicts" in with_base[()].stdout  # the planted conflict is in the compared output
    history = with_base[("--history", "-p", "Quảng Ninh")].stdout
    assert "31/12/2024" in history and "31/12/2025" in history


def test_fact_detail_by_id_from_the_base_matches_the_store(kb_home):
    rows = json.loads(ocop(kb_home, "facts", "--json", "-n", "0").stdout)
    fact_id = next(r["id"] for r in rows if r["conflicts"])
    from_base = ocop(kb_home, "facts", "--id", fact_id[:5])
    factbase_path(kb_home / "corpus.sqlite").unlink()
    from_store = ocop(kb_home, "facts", "--id", fact_id[:5])
    assert from_base.exit_code == 0 and "conflicts with" in from_base.stdout
    assert from_base.stdout == from_store.stdout


def test_selected_facts_equal_a_full_build_fact_by_fact(kb_home):
    store = CorpusStore(kb_home / "corpus.sqlite")
    try:
        facts = build_facts(load_mentions(store))
        base = open_current(store, factbase_path(store.path))
        assert base is not None
        with base:
            assert [f.to_dict() for f in base.select()] == [f.to_dict() for f in facts]
            assert [f.to_dict() for f in base.select(view="latest")] == [
                f.to_dict() for f in latest(facts)
            ]
            want = [f.to_dict() for series in history(facts).values() for f in series]
            assert [f.to_dict() for f in base.select(view="history")] == want
    finally:
        store.close()


# --- incremental refresh on a generated corpus ------------------------------------------------

PROVINCES = ["Quảng Ninh", "Lào Cai", "Gia Lai", "Cà Mau"]


def add_article(store: CorpusStore, n: int, province: str, value: float, *, star: int = 4,
                year: int = 2025, dup: str | None = None) -> Article:  # fmt: skip
    article = Article(url=f"https://tin.example.vn/{n}", source="tin", title=f"Bài {n}",
                      text=f"Tỉnh có {value:g} sản phẩm.", published_at=datetime(year, 3, 1 + n % 27))  # fmt: skip
    figures = [
        {"value": value, "unit": "sản phẩm", "metric": "ocop_products", "star": star,
         "province": province, "period": str(year), "sentence": f"Có {value:g} sản phẩm.",
         "start": 20, "end": 22},
        {"value": value * 3, "unit": "sản phẩm", "metric": "ocop_products", "province": province,
         "period": str(year), "sentence": f"Tổng {value * 3:g}.", "start": 30, "end": 32},
    ]  # fmt: skip
    store.upsert_article(article)
    store.save_enrichment(
        article.id, {"figures": figures}, ENRICHMENT_VERSION, article.content_hash
    )
    if dup:
        store.set_duplicate_of(article.id, dup)
    return article


@pytest.fixture()
def gen_store(tmp_path):
    store = CorpusStore(tmp_path / "corpus.sqlite")
    for n in range(40):
        add_article(store, n, PROVINCES[n % 4], 10.0 + n, year=2023 + n % 3)
    yield store
    store.close()


def fact_rows(path: Path) -> dict[str, tuple]:
    with sqlite3.connect(path) as conn:
        return {r[0]: r[1:] for r in conn.execute("SELECT id, rowid, key FROM facts")}


def full_build_dicts(store: CorpusStore) -> list[dict]:
    return [f.to_dict() for f in build_facts(load_mentions(store))]


def stored_dicts(store: CorpusStore) -> list[dict]:
    base = open_current(store, factbase_path(store.path))
    assert base is not None
    with base:
        return [f.to_dict() for f in base.select()]


def test_incremental_refresh_rewrites_only_the_identities_new_articles_touch(gen_store):
    path = factbase_path(gen_store.path)
    first = refresh(gen_store, path)
    assert first.mode == "full" and first.keys == 8  # 4 provinces × (4-star, all stars)
    before = fact_rows(path)
    add_article(gen_store, 100, "Gia Lai", 77.0)
    counts = refresh(gen_store, path)
    after = fact_rows(path)
    assert counts.mode == "incremental" and counts.articles_changed == 1
    gia_lai = {k for _, k in after.values() if "Gia Lai" in k}
    assert counts.keys == len(gia_lai) == 2
    rewritten = {i for i, (rowid, key) in after.items() if before.get(i, (None,))[0] != rowid}
    assert (
        counts.facts_written == len(rewritten) == sum(1 for _, k in after.values() if k in gia_lai)
    )
    # every other province's rows are the very same rows
    assert all(after[i] == row for i, row in before.items() if "Gia Lai" not in row[1])
    assert stored_dicts(gen_store) == full_build_dicts(gen_store)


def test_incremental_refresh_follows_edits_removals_and_syndication(gen_store):
    path = factbase_path(gen_store.path)
    refresh(gen_store, path)
    articles = list(gen_store.iter_articles())
    # a syndicated copy published earlier than its primary moves the story's first day
    copy = add_article(gen_store, 200, "Lào Cai", 11.0, year=2023, dup=articles[1].id)
    assert refresh(gen_store, path).mode == "incremental"
    assert stored_dicts(gen_store) == full_build_dicts(gen_store)
    with gen_store.transaction() as conn:
        conn.execute("DELETE FROM articles WHERE id = ?", (articles[2].id,))
    gen_store.save_enrichment(copy.id, {"figures": []}, ENRICHMENT_VERSION, copy.content_hash)
    counts = refresh(gen_store, path)
    assert counts.mode == "incremental" and counts.articles_changed == 2
    assert stored_dicts(gen_store) == full_build_dicts(gen_store)
    assert refresh(gen_store, path).mode == "none"


def test_a_new_version_rebuilds_in_full_and_readers_distrust_the_old_one(gen_store, monkeypatch):
    path = factbase_path(gen_store.path)
    refresh(gen_store, path)
    monkeypatch.setattr(factbase, "FACTBASE_VERSION", factbase.FACTBASE_VERSION + 1)
    assert open_current(gen_store, path) is None
    assert refresh(gen_store, path).mode == "full"
    assert open_current(gen_store, path) is not None


def test_a_failed_full_build_keeps_the_old_fact_base(gen_store, monkeypatch):
    path = factbase_path(gen_store.path)
    refresh(gen_store, path)
    before = hashlib.sha1(path.read_bytes()).hexdigest()

    def boom(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(factbase, "_write_keys", boom)
    with pytest.raises(RuntimeError):
        refresh(gen_store, path, full=True)
    assert hashlib.sha1(path.read_bytes()).hexdigest() == before
    assert [p.name for p in path.parent.iterdir() if p.name.startswith("facts")] == [path.name]


# --- readers ---------------------------------------------------------------------------------


def snapshot(home: Path) -> dict[str, str]:
    """The data files' contents. A read-only SQLite reader of a WAL database leaves an empty
    ``-wal`` and its ``-shm`` index behind (it may not delete them): housekeeping, not data."""
    files = {}
    for p in sorted(home.iterdir()):
        wal = p.with_name(p.name[: -len("-shm")] + "-wal") if p.name.endswith("-shm") else p
        if p.name.endswith(("-wal", "-shm")) and wal.exists() and wal.stat().st_size == 0:
            continue
        files[p.name] = hashlib.sha1(p.read_bytes()).hexdigest()
    return files


def test_stale_fact_base_falls_back_with_one_warning_and_reads_never_write(kb_home):
    store = CorpusStore(kb_home / "corpus.sqlite")
    add_article(store, 300, "Quảng Ninh", 999.0, year=2026)
    store.close()
    files = snapshot(kb_home)
    result = ocop(kb_home, "facts", "--latest", "-p", "Quảng Ninh", "--json")
    assert result.exit_code == 0
    assert result.stderr.strip().splitlines() == [f"Warning: {BEHIND}"]
    assert 999.0 in [r["value"] for r in json.loads(result.stdout)]  # read from the store
    ocop(kb_home, "facts", "-n", "0", "--csv")
    assert snapshot(kb_home) == files  # neither the store nor the fact base was written


def test_reads_on_a_current_fact_base_and_without_one_do_not_write(kb_home):
    files = snapshot(kb_home)
    for args in (["--latest"], ["-n", "0", "--json"], ["--history", "--star", "4"]):
        assert ocop(kb_home, "facts", *args).exit_code == 0
    assert snapshot(kb_home) == files
    factbase_path(kb_home / "corpus.sqlite").unlink()
    files = snapshot(kb_home)
    assert ocop(kb_home, "facts", "--latest").exit_code == 0
    assert snapshot(kb_home) == files  # no fact base created by a reader


def test_ocop_index_writes_and_refreshes_the_fact_base(tmp_path):
    home = tmp_path / "home"
    store = CorpusStore(home / "corpus.sqlite")
    for n in range(6):
        add_article(store, n, PROVINCES[n % 2], 5.0 + n)
    store.close()
    indexed = ocop(home, "index")
    assert indexed.exit_code == 0 and "Fact base: full refresh" in indexed.stdout
    result = ocop(home, "facts", "--latest")
    assert result.exit_code == 0 and result.stderr == "" and "Lào Cai" in result.stdout
    store = CorpusStore(home / "corpus.sqlite")
    add_article(store, 50, "Gia Lai", 8.0)
    store.close()
    again = ocop(home, "index")
    assert "Fact base: incremental refresh, 2 fact identities" in again.stdout
    assert "Gia Lai" in ocop(home, "facts", "--latest").stdout
    assert "Fact base" not in ocop(home, "index").stdout  # nothing changed: nothing written


@pytest.mark.parametrize(
    "since, until, provinces",
    [
        ("2024-01-01", None, ()),
        (None, "2024-03-15", ("Lào Cai",)),
        ("2023-03-10", "2025-03-20", ("Cà Mau", "Gia Lai")),
    ],
)
def test_a_date_window_rebuilt_from_the_fact_base_equals_one_from_the_store(
    gen_store, since, until, provinces
):
    from datetime import date

    from indexer.facts import FactFilter

    articles = list(gen_store.iter_articles())
    add_article(gen_store, 500, "Lào Cai", 11.0, year=2024, dup=articles[1].id)  # a story
    refresh(gen_store, factbase_path(gen_store.path))
    since_d = date.fromisoformat(since) if since else None
    until_d = date.fromisoformat(until) if until else None
    flt = FactFilter(provinces)
    want = [
        f.to_dict()
        for f in build_facts(load_mentions(gen_store, since=since_d, until=until_d))
        if flt(f)
    ]
    with open_current(gen_store, factbase_path(gen_store.path)) as base:
        got = [f.to_dict() for f in base.window(since_d, until_d, flt) if flt(f)]
    assert want and got == want


def test_ocop_index_writes_the_fact_base_with_the_elasticsearch_backend_too(tmp_path):
    from tests.fake_es import FakeES

    home = tmp_path / "home"
    store = CorpusStore(home / "corpus.sqlite")
    for n in range(4):
        add_article(store, n, PROVINCES[n % 2], 5.0 + n)
    store.close()
    with FakeES() as fake:
        es = ["--es-url", fake.url, "--es-index", "ocop-test"]
        indexed = ocop(home, "--backend", "elasticsearch", "index", *es)
        assert indexed.exit_code == 0, indexed.output
        result = ocop(home, "--backend", "elasticsearch", "facts", "--latest", "--json", *es)
    assert result.exit_code == 0 and result.stderr == ""
    assert {r["province"] for r in json.loads(result.stdout)} == {"Quảng Ninh", "Lào Cai"}


def test_latest_from_flags_keeps_the_order_of_ties_between_series(tmp_path):
    """Series that differ only in relation tie on the sort key; merged provinces (Yên Bái into
    Lào Cai) are selected by their new name, partly (one mention lacks the new name)."""
    from indexer.facts import FactFilter

    store = CorpusStore(tmp_path / "corpus.sqlite")
    rows = [  # n, province, new province, relation, value, year
        (1, "Lào Cai", "Lào Cai", "part_of", 30.0, 2024), (2, "Lào Cai", "Lào Cai", None, 30.0, 2025),
        (3, "Lào Cai", "Lào Cai", "part_of", 30.0, 2025), (4, "Yên Bái", "Lào Cai", None, 30.0, 2025),
        (5, "Yên Bái", None, None, 31.0, 2025), (6, "Yên Bái", "Lào Cai", "part_of", 30.0, 2023),
        (7, "Yên Bái", "Lào Cai", "part_of", 30.0, 2025), (8, "Quảng Ninh", None, None, 30.0, 2025),
    ]  # fmt: skip
    for n, province, new, relation, value, year in rows:
        article = Article(url=f"https://tin.example.vn/r{n}", source="tin", title=f"Bài {n}",
                          text="Có sản phẩm.", published_at=datetime(year + 1, 1, n))  # fmt: skip
        figure = {"value": value, "unit": "sản phẩm", "metric": "ocop_products", "star": 4,
                  "province": province, "new_province": new, "relation": relation,
                  "period": str(year), "sentence": f"Tính đến hết năm {year}, có sản phẩm.",
                  "start": 9, "end": 11}  # fmt: skip
        store.upsert_article(article)
        store.save_enrichment(article.id, {"figures": [figure]}, ENRICHMENT_VERSION,
                              article.content_hash)  # fmt: skip
    refresh(store, factbase_path(store.path))
    facts = build_facts(load_mentions(store))
    with open_current(store, factbase_path(store.path)) as base:
        for flt in (FactFilter(), FactFilter(("Lào Cai",)), FactFilter(("Yên Bái",), star=4)):
            want = [f.to_dict() for f in latest([f for f in facts if flt(f)])]
            assert len(want) >= 2 and [f.to_dict() for f in base.latest(flt)] == want, flt
        assert not base.whole_series(FactFilter(("Lào Cai",)))  # Yên Bái: partly by new name
        for flt in (FactFilter(), FactFilter(star=4)):
            assert base.whole_series(flt)
            want = [f.to_dict() for s in history([f for f in facts if flt(f)]).values() for f in s]
            assert [f.to_dict() for f in base.select(flt, view="history")] == want
    store.close()


def test_the_stamp_moves_with_regrouping_dates_and_enrichment(gen_store):
    from indexer.factbase import store_stamp

    a = list(gen_store.iter_articles())
    stamps = [store_stamp(gen_store)]
    gen_store.set_duplicate_of(a[1].id, a[0].id)
    stamps.append(store_stamp(gen_store))
    gen_store.set_duplicate_of(a[1].id, None)  # a[1] a primary again while a[2] joins a[0]
    gen_store.set_duplicate_of(a[2].id, a[0].id)
    stamps.append(store_stamp(gen_store))
    a[3].published_at = datetime(2020, 5, 5)
    gen_store.upsert_article(a[3])
    stamps.append(store_stamp(gen_store))
    gen_store.save_enrichment(a[4].id, {"figures": []}, ENRICHMENT_VERSION + 1, a[4].content_hash)
    stamps.append(store_stamp(gen_store))
    assert len(set(stamps)) == len(stamps) == 5
    assert store_stamp(gen_store) == stamps[-1]


def test_a_refresh_of_most_of_the_corpus_builds_anew(gen_store, monkeypatch):
    path = factbase_path(gen_store.path)
    refresh(gen_store, path)
    monkeypatch.setattr(factbase, "FULL_BUILD_SHARE", 0.0)
    add_article(gen_store, 700, "Gia Lai", 70.0)
    add_article(gen_store, 701, "Gia Lai", 71.0)
    assert refresh(gen_store, path).mode == "incremental"  # fewer than FULL_BUILD_MIN
    monkeypatch.setattr(factbase, "FULL_BUILD_MIN", 0)
    add_article(gen_store, 702, "Gia Lai", 72.0)
    counts = refresh(gen_store, path)
    assert counts.mode == "full" and counts.articles_changed == 43
    assert stored_dicts(gen_store) == full_build_dicts(gen_store)


def test_read_only_open_survives_uri_characters_in_the_path(tmp_path, monkeypatch) -> None:
    # a data directory named with "#", "%" or non-ASCII letters: the read-only URI must
    # escape the path, or SQLite opens another file and every reader falls back. One opener
    # serves the store, the index and the fact base.
    import sqlite3

    from corpus.store import connect_readonly

    folder = tmp_path / "dữ liệu #1 %20"
    folder.mkdir()
    db = folder / "facts.sqlite"
    with sqlite3.connect(db) as conn:
        conn.execute("create table meta(k)")
        conn.execute("insert into meta values (1)")
    assert connect_readonly(db).execute("select k from meta").fetchall() == [(1,)]
    immutable = connect_readonly(db, immutable=True)
    assert immutable.execute("select k from meta").fetchall() == [(1,)]
    monkeypatch.chdir(folder)  # a relative path is resolved, not refused by as_uri()
    readonly = connect_readonly("facts.sqlite")
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        readonly.execute("insert into meta values (2)")
