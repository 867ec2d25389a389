"""One contract, two backends: every test runs on SQLite, and on Elasticsearch when
OCOP_TEST_ES_URL points at a live cluster (e.g. the repo's docker-compose.yml)."""

from __future__ import annotations

import os
import uuid
from datetime import date, datetime

import pytest

from corpus.article import Article
from corpus.store import CorpusStore
from indexer.backends.sqlite_fts import SqliteBackend
from indexer.indexing import sync_index
from indexer.query import FactsSpec, QuerySpec, StatsSpec


def art(n, title, text, day, provinces=(), figures=(), source="a", duplicate_of=None):
    return Article(
        url=f"https://a.vn/{n}",
        source=source,
        title=title,
        text=text,
        published_at=datetime.fromisoformat(day),
        provinces=[
            {"name": p, "new_province": q, "mentions": 1, "primary": True} for p, q in provinces
        ],
        figures=list(figures),
        duplicate_of=duplicate_of,
    )


QN = ("Quảng Ninh", "Quảng Ninh")
BG = ("Bắc Giang", "Bắc Ninh")
FIG_QN = {
    "value": 25.0,
    "unit": "sản phẩm",
    "metric": "ocop_products",
    "star": 4,
    "min_star": None,
    "province": "Quảng Ninh",
    "new_province": "Quảng Ninh",
    "period": "2026",
    "sentence": "Quảng Ninh có 25 sản phẩm OCOP đạt 4 sao.",
    "qualifier": None,
}


def _open(kind: str, tmp_path):
    if kind == "sqlite":
        return SqliteBackend(tmp_path / "index.sqlite")
    url = os.environ.get("OCOP_TEST_ES_URL")
    if not url:
        pytest.skip("set OCOP_TEST_ES_URL to run the Elasticsearch contract tests")
    from corpus.config import AppConfig
    from indexer.backends.es import ElasticsearchBackend

    config = AppConfig.load(
        home=tmp_path,
        backend="elasticsearch",
        es_url=url,
        es_index=f"ocop-test-{uuid.uuid4().hex[:8]}",
    )
    return ElasticsearchBackend.connect(config)


def _drop(b) -> None:
    if b.name == "elasticsearch":
        for index in b._alias_indices():
            b.client.indices.delete(index=index)
    b.close()


@pytest.fixture(params=["sqlite", "elasticsearch"])
def backend(request, tmp_path):
    store = CorpusStore(tmp_path / "c.sqlite")
    articles = [
        art(
            1,
            "Quảng Ninh có thêm 25 sản phẩm OCOP 4 sao",
            "Tỉnh Quảng Ninh công nhận 25 sản phẩm OCOP đạt 4 sao.",
            "2026-03-02T08:00",
            [QN],
            [FIG_QN],
        ),
        art(
            2,
            "Vải thiều Lục Ngạn đạt OCOP 5 sao",
            "Bắc Giang có sản phẩm vải thiều đạt 5 sao.",
            "2026-06-10T09:00",
            [BG],
            source="b",
        ),
        art(
            3,
            "Đắk Lắk phát triển cà phê OCOP",
            "Cà phê Đắk Lắk được người tiêu dùng ưa chuộng.",
            "2025-11-20T10:00",
        ),
        art(
            4,
            "Quảng Ninh có thêm 25 sản phẩm OCOP 4 sao",
            "Bản đăng lại: Tỉnh Quảng Ninh công nhận 25 sản phẩm OCOP.",
            "2026-03-03T08:00",
            [QN],
            source="b",
            duplicate_of=None,
        ),
    ]
    for a in articles:
        store.upsert_article(a)
        enrichment = {"provinces": a.provinces, "figures": a.figures}
        store.save_enrichment(a.id, enrichment, 1, a.content_hash)
    store.set_duplicate_of(articles[3].id, articles[0].id)
    b = _open(request.param, tmp_path)
    assert sync_index(store, b) == (4, 0)
    assert sync_index(store, b) == (0, 0)  # nothing changed: nothing re-indexed
    yield b
    _drop(b)


@pytest.mark.parametrize("query", ["quảng ninh", "quang ninh", "QUẢNG NINH", "Quang Ninh 4 sao"])
def test_search_with_and_without_diacritics(backend, query):
    result = backend.search(QuerySpec(text=query))
    assert [h.title for h in result.hits] == ["Quảng Ninh có thêm 25 sản phẩm OCOP 4 sao"]
    assert result.total == 1  # the syndicated copy is hidden


def test_d_stroke_is_folded(backend):
    assert backend.search(QuerySpec(text="dak lak")).total == 1
    assert backend.search(QuerySpec(text="Đắk Lắk")).total == 1


def test_duplicates_can_be_included(backend):
    assert backend.search(QuerySpec(text="quang ninh", include_duplicates=True)).total == 2


def test_filters(backend):
    assert backend.search(QuerySpec(provinces=("bac giang",))).hits[0].title.startswith("Vải")
    # the post-2025 province name finds articles about the old province merged into it
    assert backend.search(QuerySpec(provinces=("Bắc Ninh",))).total == 1
    assert backend.search(QuerySpec(sources=("b",))).total == 1
    assert backend.search(QuerySpec(since=date(2026, 1, 1))).total == 2
    assert backend.search(QuerySpec(until=date(2025, 12, 31))).total == 1
    assert backend.search(QuerySpec(star=4)).total == 1
    assert backend.search(QuerySpec(metric="ocop_products")).total == 1


def test_sort_newest_without_text(backend):
    titles = [h.title[:5] for h in backend.search(QuerySpec(sort="newest")).hits]
    assert titles == ["Vải t", "Quảng", "Đắk L"]


def test_stats_by_month_and_province(backend):
    by_year = backend.stats(StatsSpec(QuerySpec(text="ocop"), group_by=("year",)))
    assert by_year == [{"year": "2025", "articles": 1}, {"year": "2026", "articles": 2}]
    by_prov = backend.stats(StatsSpec(QuerySpec(), group_by=("new_province",)))
    assert by_prov == [
        {"new_province": "Bắc Ninh", "articles": 1},
        {"new_province": "Quảng Ninh", "articles": 1},
    ]


def test_facts(backend):
    rows = backend.facts(FactsSpec(provinces=("quang ninh",), star=4))
    assert len(rows) == 1 and rows[0]["value"] == 25.0 and rows[0]["url"] == "https://a.vn/1"
    assert backend.facts(FactsSpec(provinces=("bac giang",))) == []


def test_sync_removes_and_updates(tmp_path, backend):
    store = CorpusStore(tmp_path / "c.sqlite")
    store.conn.execute("DELETE FROM articles WHERE url = 'https://a.vn/3'")
    a = store.get_article(Article(url="https://a.vn/2").id)
    a.text = "Nội dung mới về nhãn lồng Hưng Yên"
    a.content_hash = a.compute_content_hash()
    store.upsert_article(a)
    assert sync_index(store, backend) == (1, 1)
    assert backend.search(QuerySpec(text="nhan long")).total == 1
    assert backend.search(QuerySpec(text="dak lak")).total == 0


def test_contract_rebuild_count_and_status(tmp_path, backend):
    from indexer.backends.base import SearchBackend
    from indexer.indexing import corpus_state, rebuild_index

    assert isinstance(backend, SearchBackend)
    store = CorpusStore(tmp_path / "c.sqlite")
    state = corpus_state(store)
    assert backend.status(state).behind is False  # sync_index recorded the state
    assert rebuild_index(store, backend) == 4 == backend.count()
    status = backend.status(state)
    assert (status.documents, status.behind, status.corpus_state) == (4, False, state)
    assert backend.search(QuerySpec(text="quang ninh")).total == 1  # readers see the new index
    a = store.get_article(Article(url="https://a.vn/3").id)
    a.title = "Đắk Lắk nâng hạng cà phê OCOP"
    a.content_hash = a.compute_content_hash()
    store.upsert_article(a)
    assert backend.status(corpus_state(store)).behind is True


def test_contract_facts_stream(backend):
    stream = backend.iter_facts(FactsSpec(provinces=("quang ninh",), star=4))
    assert next(stream)["value"] == 25.0
    assert list(stream) == []


def test_contract_bounded_totals(backend):
    result = backend.search(QuerySpec(text="ocop"))
    assert (result.total, result.total_exact) == (3, True)
