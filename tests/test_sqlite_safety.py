"""SQLite index safety: read-only readers, stale and corrupt files, atomic rebuild, status,
readers under load while a rebuild runs."""

from __future__ import annotations

import hashlib
import importlib.util
import os
import subprocess
import sys
import textwrap
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from corpus.config import AppConfig
from corpus.errors import OcopError
from corpus.store import CorpusStore
from indexer.backends.base import SearchBackend
from indexer.backends.sqlite_fts import INDEX_SCHEMA_VERSION, SqliteBackend
from indexer.indexing import corpus_state, index_status, open_backend, rebuild_index, sync_index
from indexer.query import FactsSpec, QuerySpec, StatsSpec
from search_cli.cli import cli
from tests.test_backend_contract import FIG_QN, QN, art

ROOT = Path(__file__).resolve().parents[1]


def _articles(n: int, offset: int = 0):
    for i in range(offset, offset + n):
        yield art(i, f"Sản phẩm OCOP số {i} của Quảng Ninh", f"Hợp tác xã thứ {i} đạt 4 sao.",
                  f"2026-0{1 + i % 9}-1{i % 10}T08:00", [QN], [FIG_QN])  # fmt: skip


def _home(tmp_path: Path, n: int = 30) -> tuple[AppConfig, CorpusStore]:
    config = AppConfig.load(home=tmp_path / "home", backend="sqlite")
    store = CorpusStore(config.corpus_path)
    for a in _articles(n):
        store.upsert_article(a)
        store.save_enrichment(
            a.id, {"provinces": a.provinces, "figures": a.figures}, 1, a.content_hash
        )
    with open_backend(config, write=True) as backend:
        sync_index(store, backend)
    return config, store


def _snapshot(directory: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(directory.iterdir())}


def test_both_backends_implement_the_protocol(tmp_path):
    from indexer.backends.es import ElasticsearchBackend

    assert isinstance(SqliteBackend(tmp_path / "i.sqlite", readonly=True), SearchBackend)
    for method in ("search", "stats", "facts", "iter_facts", "count", "status", "signatures", "index_articles",
                   "remove", "rebuild", "mark_synced", "__enter__", "__exit__", "close"):  # fmt: skip
        assert callable(getattr(ElasticsearchBackend, method)), method


def test_reads_write_nothing(tmp_path):
    config, _ = _home(tmp_path)
    before = _snapshot(config.home)
    with open_backend(config) as backend:
        assert backend.search(QuerySpec(text="quang ninh")).total == 30
        backend.stats(StatsSpec(QuerySpec(), group_by=("month",)))
        backend.facts(FactsSpec(latest=True))
        with pytest.raises(OcopError, match="read-only"):
            backend.index_articles([])
    assert _snapshot(config.home) == before  # no schema write, no journal or WAL files


def test_missing_index_reads_as_empty_without_creating_it(tmp_path):
    config = AppConfig.load(home=tmp_path / "h", backend="sqlite")
    with open_backend(config) as backend:
        assert backend.search(QuerySpec(text="ocop")).total == 0
        assert backend.search(QuerySpec(text="ocop", since=date(2026, 1, 1))).total == 0
        assert (
            backend.search(QuerySpec(text="ocop", sort="newest", until=date(2026, 1, 1))).hits == []
        )
    assert not config.index_path.exists()


def test_stale_schema_asks_for_rebuild_and_rebuild_fixes_it(tmp_path):
    config, store = _home(tmp_path)
    with open_backend(config, write=True) as backend:
        backend.conn.execute("PRAGMA user_version = 1")
    with pytest.raises(OcopError, match=r"format version 1.*ocop index --rebuild"):
        open_backend(config)
    with open_backend(config, rebuild=True) as backend:
        assert rebuild_index(store, backend) == 30
    with open_backend(config) as backend:
        assert backend.status().schema_version == INDEX_SCHEMA_VERSION


def test_corrupt_index_names_the_file_and_rebuild_replaces_it(tmp_path):
    config, store = _home(tmp_path)
    config.index_path.write_bytes(b"this is not an sqlite database" * 100)
    result = CliRunner().invoke(cli, ["--home", str(config.home), "search", "ocop"])
    assert result.exit_code == 1
    assert str(config.index_path) in result.output and "ocop index --rebuild" in result.output
    assert "Traceback" not in result.output and len(result.output.strip().splitlines()) == 1
    with open_backend(config, rebuild=True) as backend:
        rebuild_index(store, backend)
    with open_backend(config) as backend:
        assert backend.search(QuerySpec(text="ocop")).total == 30


def test_rebuild_switches_atomically_for_readers(tmp_path):
    config, store = _home(tmp_path)
    for a in _articles(10, offset=30):
        store.upsert_article(a)
    old_reader = open_backend(config)
    seen_mid_rebuild = []

    def articles():
        for i, a in enumerate(store.iter_articles()):
            if i == 20:  # half-way: a new reader still gets the complete old index
                with open_backend(config) as reader:
                    seen_mid_rebuild.append(reader.search(QuerySpec(text="ocop")).total)
            yield a

    with open_backend(config, rebuild=True) as backend:
        backend.rebuild(articles())
    assert seen_mid_rebuild == [30]
    assert old_reader.search(QuerySpec(text="ocop")).total == 30  # keeps its snapshot
    old_reader.close()
    with open_backend(config) as reader:
        assert reader.search(QuerySpec(text="ocop")).total == 40


def test_rebuild_killed_half_way_leaves_the_old_index_serving(tmp_path):
    config, store = _home(tmp_path)
    for a in _articles(10, offset=30):
        store.upsert_article(a)
    code = textwrap.dedent(f"""
        import os, signal, sys
        sys.path.insert(0, {str(ROOT)!r})
        from corpus.config import AppConfig
        from corpus.store import CorpusStore
        from indexer.indexing import open_backend
        config = AppConfig.load(home={str(config.home)!r}, backend="sqlite")
        store = CorpusStore(config.corpus_path)
        def articles():
            for i, a in enumerate(store.iter_articles()):
                if i == 25:
                    os.kill(os.getpid(), signal.SIGKILL)
                yield a
        with open_backend(config, rebuild=True) as backend:
            backend.rebuild(articles())
    """)
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=120)
    assert proc.returncode == -9, proc.stderr.decode()
    live = config.index_path.resolve()
    assert [g for g in config.home.glob("index.sqlite.g*") if g != live]  # half-built, unused
    with open_backend(config) as reader:
        assert reader.search(QuerySpec(text="ocop")).total == 30
    with open_backend(config, rebuild=True) as backend:
        assert rebuild_index(store, backend) == 40
    assert list(config.home.glob("index.sqlite.g*")) == [config.index_path.resolve()]


def test_status_knows_when_the_index_is_behind(tmp_path):
    config, store = _home(tmp_path)
    status = index_status(config)
    assert (status.documents, status.behind) == (30, False)
    a = next(_articles(1, offset=99))
    store.upsert_article(a)
    assert index_status(config).behind is True
    with open_backend(config, write=True) as backend:
        sync_index(store, backend)
        assert backend.status(corpus_state(store)).behind is False
    assert index_status(config).documents == 31


def test_incremental_update_deletes_by_rowid(tmp_path):
    config, store = _home(tmp_path, n=5)
    a = store.get_article(next(_articles(1)).id)
    a.text = "Nội dung mới: nhãn lồng Hưng Yên"
    a.content_hash = a.compute_content_hash()
    store.upsert_article(a)
    with open_backend(config, write=True) as backend:
        assert sync_index(store, backend) == (1, 0)
        fts_rows = backend.conn.execute("SELECT count(*) FROM docs_fts").fetchone()[0]
        assert fts_rows == backend.count() == 5
        plan = " ".join(
            r[3]
            for r in backend.conn.execute(
                "EXPLAIN QUERY PLAN SELECT rid FROM docs WHERE id = ?", ("x",)
            )
        )
        assert "USING" in plan  # an index lookup, not a scan
    with open_backend(config) as backend:
        assert backend.search(QuerySpec(text="nhan long")).total == 1


def test_large_totals_are_bounded_unless_asked(tmp_path, monkeypatch):
    import indexer.backends.sqlite_fts as sqlite_fts

    config, _ = _home(tmp_path)
    monkeypatch.setattr(sqlite_fts, "TOTAL_CAP", 10)
    with open_backend(config) as backend:
        bounded = backend.search(QuerySpec(text="ocop"))
        exact = backend.search(QuerySpec(text="ocop", exact_total=True))
    assert (bounded.total, bounded.total_exact) == (10, False)
    assert (exact.total, exact.total_exact) == (30, True)


def test_parallel_readers_during_rebuild(tmp_path):
    spec = importlib.util.spec_from_file_location("bench_load", ROOT / "bench" / "bench_load.py")
    bench_load = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench_load)
    config, store = _home(tmp_path, n=300)
    store.close()
    result = bench_load.run_load(config, clients=4, ops=40)
    assert result["errors"] == [] and result["wrong"] == []
    assert result["rebuilds"] >= 1 and result["p95_ms"] is not None
    assert os.listdir(config.home)


def test_broad_queries_rank_their_newest_matches_unless_asked(tmp_path, monkeypatch):
    import indexer.backends.sqlite_fts as sqlite_fts

    config, store = _home(tmp_path)
    oldest = art(500, "Hợp tác xã hợp tác xã hợp tác xã", "Hợp tác xã.", "2018-01-02T08:00")
    store.upsert_article(oldest)
    with open_backend(config, rebuild=True) as backend:
        rebuild_index(store, backend)
    monkeypatch.setattr(sqlite_fts, "TOTAL_CAP", 10)
    with open_backend(config) as backend:
        broad = backend.search(QuerySpec(text="hop tac xa", limit=3))
        full = backend.search(QuerySpec(text="hop tac xa", limit=3, exact_total=True))
    # the oldest article scores best but lies outside the 10 newest matches
    assert oldest.id not in [h.id for h in broad.hits] and len(broad.hits) == 3
    assert all(h.published_at >= "2026-" for h in broad.hits)
    assert full.hits[0].id == oldest.id and full.total == 31


def test_newest_first_plans_agree(tmp_path, monkeypatch):
    import indexer.backends.sqlite_fts as sqlite_fts

    config, _ = _home(tmp_path)
    spec = QuerySpec(text="hop tac xa", sort="newest", limit=7, offset=2)
    with open_backend(config) as backend:
        narrow = backend.search(spec)  # 30 matches: materialised
        monkeypatch.setattr(sqlite_fts, "TOTAL_CAP", 10)
        broad = backend.search(spec)  # "more than 10": date index walk probing FTS
    assert [h.id for h in broad.hits] == [h.id for h in narrow.hits]
    dates = [h.published_at for h in broad.hits]
    assert dates == sorted(dates, reverse=True) and len(dates) == 7
    assert (narrow.total, broad.total, broad.total_exact) == (30, 10, False)


@pytest.mark.parametrize(
    "since,until",
    [("2026-02-01", "2026-03-31"), ("2026-02-13", "2026-05-11"), ("2026-01-15", None),
     (None, "2026-04-15"), ("2026-03-12", "2026-03-12")],
)  # fmt: skip
def test_date_windows_with_text_match_a_plain_filter(tmp_path, since, until):
    config, store = _home(tmp_path)
    lo = date.fromisoformat(since) if since else None
    hi = date.fromisoformat(until) if until else None
    expected = {
        a.id
        for a in store.iter_articles()
        if (lo is None or a.published_at.date() >= lo)
        and (hi is None or a.published_at.date() <= hi)
    }
    assert 0 < len(expected) < 30
    with open_backend(config) as backend:
        result = backend.search(QuerySpec(text="hop tac xa", since=lo, until=hi, limit=100))
    assert {h.id for h in result.hits} == expected and result.total == len(expected)


def test_long_result_lists_are_fetched_in_chunks(tmp_path, monkeypatch):
    import indexer.backends.sqlite_fts as sqlite_fts

    config, _ = _home(tmp_path)
    with open_backend(config) as backend:
        whole = backend.search(QuerySpec(sort="newest", limit=100))
        monkeypatch.setattr(
            sqlite_fts, "CHUNK", 7
        )  # as if 30 hits exceeded the bound-parameter limit (32,766 in many builds)
        chunked = backend.search(QuerySpec(sort="newest", limit=100))
        facts = backend.facts(FactsSpec(limit=0))
    assert [h.id for h in chunked.hits] == [h.id for h in whole.hits] and len(whole.hits) == 30
    assert len(facts) == 30


def test_sync_of_an_unchanged_store_reads_no_article(tmp_path, monkeypatch):
    config, store = _home(tmp_path)

    def no_reading(*args, **kwargs):
        raise AssertionError("the store was scanned although nothing changed")

    monkeypatch.setattr(store, "iter_articles", no_reading)
    with open_backend(config, write=True) as backend:
        assert sync_index(store, backend) == (0, 0)
        with pytest.raises(AssertionError, match="scanned"):
            sync_index(store, backend, full=True)  # --force compares every article
    monkeypatch.undo()
    a = store.get_article(next(_articles(1)).id)
    store.save_enrichment(a.id, {"provinces": [], "figures": []}, 1, a.content_hash)
    with open_backend(config, write=True) as backend:
        assert sync_index(store, backend) == (1, 0)  # a changed enrichment is seen


def test_an_index_of_the_first_format_asks_for_rebuild(tmp_path):
    import sqlite3

    config, store = _home(tmp_path, n=3)
    config.index_path.unlink()
    conn = sqlite3.connect(config.index_path)  # the layout before schema 2: no meta table
    conn.executescript("CREATE TABLE docs (id TEXT PRIMARY KEY); PRAGMA user_version = 1;")
    conn.close()
    with pytest.raises(OcopError, match=r"format version 1, this program uses 2.*--rebuild"):
        open_backend(config)
    with open_backend(config, rebuild=True) as backend:
        assert rebuild_index(store, backend) == 3
