"""The enrichment stage: what it picks up, resumability, failures, the process pool."""

from __future__ import annotations

import pytest

import indexer.nlp
from corpus.store import CorpusStore
from indexer.enrich import enrich_pending
from tests.test_store import make_article


@pytest.fixture
def store(tmp_path):
    s = CorpusStore(tmp_path / "c.sqlite")
    for n in range(6):
        s.upsert_article(
            make_article(n, text=f"Tỉnh Quảng Ninh có {n + 10} sản phẩm OCOP đạt 4 sao.")
        )
    return s


def fake_enrich(calls):
    def enrich(title, lead, text, published_at=None):
        calls.append(title)
        if "boom" in text:
            raise ValueError("bad input")
        return {"entities": [], "provinces": [{"name": "Quảng Ninh"}], "figures": [{"value": 1.0}],
                "products": []}  # fmt: skip

    return enrich


def test_only_new_or_changed_articles_are_enriched(store, monkeypatch):
    calls: list[str] = []
    monkeypatch.setattr(indexer.nlp, "enrich", fake_enrich(calls), raising=False)
    monkeypatch.setattr(indexer.nlp, "ENRICHMENT_VERSION", 7, raising=False)
    assert enrich_pending(store, workers=1).enriched == 6
    assert enrich_pending(store, workers=1).todo == 0  # nothing new
    store.upsert_article(make_article(2, text="Nội dung đã sửa."))
    counts = enrich_pending(store, workers=1)
    assert (counts.todo, counts.enriched) == (1, 1)
    assert len(calls) == 7
    monkeypatch.setattr(indexer.nlp, "ENRICHMENT_VERSION", 8)  # version bump: everything again
    assert enrich_pending(store, workers=1).enriched == 6
    assert enrich_pending(store, workers=1, force=True).enriched == 6


def test_interrupted_run_resumes_without_losing_work(store, monkeypatch):
    calls: list[str] = []
    inner = fake_enrich(calls)

    def flaky(title, lead, text, published_at=None):
        if len(calls) == 3:
            raise KeyboardInterrupt  # the user pressed Ctrl+C during the 4th article
        return inner(title, lead, text, published_at)

    monkeypatch.setattr(indexer.nlp, "enrich", flaky, raising=False)
    monkeypatch.setattr(indexer.nlp, "ENRICHMENT_VERSION", 1, raising=False)
    with pytest.raises(KeyboardInterrupt):
        enrich_pending(store, workers=1)
    assert len(store.articles_to_enrich(1)) == 3  # the first three are saved
    monkeypatch.setattr(indexer.nlp, "enrich", inner)
    assert enrich_pending(store, workers=1).enriched == 3
    assert store.articles_to_enrich(1) == []


def test_one_failing_article_does_not_stop_the_stage(store, monkeypatch):
    monkeypatch.setattr(indexer.nlp, "enrich", fake_enrich([]), raising=False)
    monkeypatch.setattr(indexer.nlp, "ENRICHMENT_VERSION", 1, raising=False)
    store.upsert_article(make_article(99, text="boom"))
    counts = enrich_pending(store, workers=1)
    assert (counts.enriched, counts.failed) == (6, 1)
    assert len(store.articles_to_enrich(1)) == 1  # retried next time


def test_process_pool_gives_same_results_as_in_process(tmp_path):
    a = CorpusStore(tmp_path / "a.sqlite")
    b = CorpusStore(tmp_path / "b.sqlite")
    for s in (a, b):
        for n in range(8):
            s.upsert_article(
                make_article(n, text=f"Tỉnh Bắc Giang có {n + 3} sản phẩm OCOP đạt 3 sao.")
            )
    seen: list[tuple[int, int]] = []
    assert enrich_pending(a, workers=2, progress=lambda d, t: seen.append((d, t))).enriched == 8
    assert seen[-1] == (8, 8)
    assert enrich_pending(b, workers=1).enriched == 8
    assert a.count_articles() == 8
    for art in a.iter_articles():
        assert art.figures == b.get_article(art.id).figures
        assert art.figures, "the real pipeline finds the figure"
