from __future__ import annotations

import sqlite3
from datetime import datetime

import pytest

from corpus.article import VIETNAM_TZ, Article, article_id
from corpus.store import MIGRATIONS, SCHEMA_VERSION, CorpusStore, RawPage, StoreError


def make_article(n: int = 1, **kw) -> Article:
    defaults = dict(
        url=f"https://bao.example.vn/ocop/bai-{n}.html",
        source="example",
        title=f"Quảng Ninh có thêm {n} sản phẩm OCOP",
        lead="Sapo bài viết.",
        text="Đoạn một.\n\nĐoạn hai.",
        authors=["Minh Anh"],
        published_at=datetime(2026, 9, 17, 7, 31),
        tags=["OCOP"],
        images=[{"url": "https://bao.example.vn/a.jpg", "caption": "Ảnh"}],
    )
    defaults.update(kw)
    return Article(**defaults)


def test_article_id_is_stable_hash_of_canonical_url():
    a = make_article(canonical_url="https://bao.example.vn/ocop/bai-1.html")
    b = make_article(
        url="https://bao.example.vn/ocop/bai-1.html?utm_source=fb",
        canonical_url="https://bao.example.vn/ocop/bai-1.html",
    )
    assert a.id == b.id == article_id("https://bao.example.vn/ocop/bai-1.html")
    assert len(a.id) == 16


def test_naive_dates_are_vietnam_time():
    a = make_article()
    assert a.published_at.utcoffset().total_seconds() == 7 * 3600
    assert a.published_at.tzinfo == VIETNAM_TZ


def test_fresh_store_is_migrated_to_latest(tmp_path):
    store = CorpusStore(tmp_path / "c.sqlite")
    assert store.schema_version == SCHEMA_VERSION == len(MIGRATIONS)
    assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_migration_from_older_version_keeps_data(tmp_path):
    path = tmp_path / "c.sqlite"
    store = CorpusStore.__new__(CorpusStore)
    # Build a version-1 store by hand, as an older release would have left it.
    import threading

    store.path, store._local = path, threading.local()
    store.migrate(target=1)
    assert store.schema_version == 1
    store.conn.execute(
        "INSERT INTO articles (id, url, canonical_url, content_hash, created_at, updated_at)"
        " VALUES ('x', 'u', 'u', 'h', 'now', 'now')"
    )
    store.close()
    upgraded = CorpusStore(path)
    assert upgraded.schema_version == SCHEMA_VERSION
    row = upgraded.conn.execute("SELECT id, figures, duplicate_of FROM articles").fetchone()
    assert tuple(row) == ("x", "[]", None)


def test_newer_schema_is_refused_with_clear_message(tmp_path):
    path = tmp_path / "c.sqlite"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(StoreError, match="newer than this program"):
        CorpusStore(path)


def test_upsert_is_idempotent_by_id(tmp_path):
    store = CorpusStore(tmp_path / "c.sqlite")
    a = make_article()
    assert store.upsert_article(a) == "new"
    assert store.upsert_article(make_article()) == "unchanged"
    assert store.count_articles() == 1
    changed = make_article(text="Đoạn một đã sửa.")
    assert store.upsert_article(changed) == "updated"
    assert store.count_articles() == 1
    got = store.get_article(a.id)
    assert got.text == "Đoạn một đã sửa."
    assert got.images[0].caption == "Ảnh"
    assert got.published_at == a.published_at


def test_article_round_trip_through_store(tmp_path):
    store = CorpusStore(tmp_path / "c.sqlite")
    a = make_article(attribution="Báo Nông nghiệp", section="Kinh tế")
    store.upsert_article(a)
    got = store.get_article(a.id)
    assert got.to_dict() == a.to_dict()


def test_transaction_rolls_back_everything_on_error(tmp_path):
    store = CorpusStore(tmp_path / "c.sqlite")
    with pytest.raises(RuntimeError), store.transaction():
        store.upsert_article(make_article(1))
        store.upsert_article(make_article(2))
        raise RuntimeError("crash mid-batch")
    assert store.count_articles() == 0
    # the store is still usable afterwards
    store.upsert_article(make_article(3))
    assert store.count_articles() == 1


def test_raw_pages_are_compressed_and_restored(tmp_path):
    store = CorpusStore(tmp_path / "c.sqlite")
    body = ("<html><body>" + "Sản phẩm OCOP " * 500 + "</body></html>").encode()
    store.save_page(
        RawPage(
            url="https://x.vn/a",
            final_url="https://x.vn/a",
            status=200,
            body=body,
            content_type="text/html",
            encoding="utf-8",
            headers={"Content-Type": "text/html"},
            source="x",
            article_id="abc",
        )
    )
    stored = store.conn.execute("SELECT length(body) FROM pages").fetchone()[0]
    assert stored < len(body) / 5
    page = store.get_page("https://x.vn/a")
    assert (
        page.body == body
        and page.article_id == "abc"
        and page.headers["Content-Type"] == "text/html"
    )
    assert [p.url for p in store.iter_pages()] == ["https://x.vn/a"]


def test_enrichment_tracking(tmp_path):
    store = CorpusStore(tmp_path / "c.sqlite")
    a = make_article()
    store.upsert_article(a)
    assert store.articles_to_enrich(1) == [a.id]
    store.save_enrichment(a.id, {"figures": [{"value": 4.0}]}, 1, a.content_hash)
    assert store.articles_to_enrich(1) == []
    assert store.articles_to_enrich(2) == [a.id]  # version bump re-enriches
    store.upsert_article(make_article(text="Nội dung mới"))
    assert store.articles_to_enrich(1) == [a.id]  # changed content re-enriches
    assert store.get_article(a.id).figures == [{"value": 4.0}]


def test_crawl_runs_and_url_state(tmp_path):
    store = CorpusStore(tmp_path / "c.sqlite")
    run = store.start_run({"limit": 5})
    store.record_run_counts(run, "a", fetched=3, kept=2)
    store.record_run_counts(run, "a", fetched=1, errors=1)
    store.record_run_counts(run, "b", skipped=4)
    store.finish_run(run)
    assert store.run_counts(run)["a"] == {
        "fetched": 4,
        "kept": 2,
        "skipped": 0,
        "duplicates": 0,
        "errors": 1,
    }
    last = {r["source"]: r for r in store.last_runs_per_source()}
    assert last["b"]["skipped"] == 4 and last["a"]["status"] == "finished"
    with pytest.raises(ValueError):
        store.record_run_counts(run, "a", bogus=1)
    store.mark_url("https://x.vn/p", "skipped", source="a", reason="not OCOP")
    assert store.url_state("https://x.vn/p")["reason"] == "not OCOP"
    assert store.urls_in_state("skipped") == {"https://x.vn/p"}


def test_unwritable_home_gives_clear_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StoreError, match="cannot create data directory"):
        CorpusStore(blocker / "sub" / "c.sqlite")


def test_readonly_store_never_writes_or_migrates(tmp_path):
    """Readers (`ocop status`, the web page) open the store read-only: no migration of an
    older store behind the user's back, no write, one clear error."""
    import threading

    from corpus.status import data_status

    path = tmp_path / "corpus.sqlite"
    old = CorpusStore.__new__(CorpusStore)
    old.path, old._local = path, threading.local()
    old.migrate(target=3)
    old.close()
    with pytest.raises(StoreError, match="schema version 3, this program reads version"):
        data_status(tmp_path, "sqlite", 1)
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == 3
    CorpusStore(path).close()  # a writer upgrades it
    reader = CorpusStore(path, readonly=True)
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        reader.conn.execute("DELETE FROM articles")
    with pytest.raises(StoreError, match="no corpus store at"):
        CorpusStore(tmp_path / "missing.sqlite", readonly=True)
    assert not (tmp_path / "missing.sqlite").exists()
