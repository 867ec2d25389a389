"""The enrichment stage: run the NLP pipeline over new or changed articles on every core.

An article needs enrichment when its content hash differs from the hash it was enriched
with, or when ``indexer.nlp.ENRICHMENT_VERSION`` changed. Results are saved one article at a
time as they arrive, so an interrupted run loses at most the articles in flight and the
next run picks up the rest.
"""

from __future__ import annotations

import logging
import multiprocessing
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass

from corpus.article import Article
from corpus.lifeline import exit_with_parent
from corpus.store import CorpusStore

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]  # (done, total)


@dataclass
class EnrichmentCounts:
    todo: int = 0
    enriched: int = 0
    failed: int = 0


def _job(payload: tuple[str, str, str, str, str | None, str]) -> tuple[str, str, dict | None, str]:
    """Runs in a worker process: (id, hash, enrichment or None, error message)."""
    from datetime import datetime

    from indexer.nlp import enrich

    article_id, title, lead, text, published, chash = payload
    try:
        published_at = datetime.fromisoformat(published) if published else None
        return article_id, chash, enrich(title, lead, text, published_at), ""
    except Exception as exc:  # one bad article must not stop the stage
        return article_id, chash, None, f"{type(exc).__name__}: {exc}"


def _warm_up() -> None:
    """Once per worker: die with the parent, load gazetteers and models before the first article."""
    exit_with_parent()  # `ocop index` killed with SIGKILL must not leave workers behind
    from indexer.nlp import enrich

    # "Lê Dương" is an untitled 2-syllable name, so underthesea's models load here too
    enrich("", "", "Lê Dương cho biết tỉnh Quảng Ninh có 10 sản phẩm OCOP đạt 4 sao.", None)


def _payload(article: Article) -> tuple[str, str, str, str, str | None, str]:
    published = article.published_at.isoformat() if article.published_at else None
    return article.id, article.title, article.lead, article.text, published, article.content_hash


def new_pool(workers: int) -> ProcessPoolExecutor:
    """The enrichment pool: ``workers`` processes that exit when this process dies."""
    ctx = multiprocessing.get_context("forkserver")
    return ProcessPoolExecutor(workers, mp_context=ctx, initializer=_warm_up)


def enrich_pending(store: CorpusStore, workers: int = 1, force: bool = False,
                   progress: Progress | None = None) -> EnrichmentCounts:  # fmt: skip
    """Enrich every article that needs it, with ``workers`` processes (1 = in process)."""
    from indexer.nlp import ENRICHMENT_VERSION

    ids = store.articles_to_enrich(ENRICHMENT_VERSION, force=force)
    counts = EnrichmentCounts(todo=len(ids))
    if not ids:
        return counts

    def payloads() -> Iterator[tuple]:
        for article_id in ids:
            article = store.get_article(article_id)
            if article is not None:
                yield _payload(article)

    def save(result: tuple[str, str, dict | None, str]) -> None:
        article_id, chash, enrichment, error = result
        if enrichment is None:
            counts.failed += 1
            log.warning("enrichment failed for %s: %s", article_id, error)
        else:
            store.save_enrichment(article_id, enrichment, ENRICHMENT_VERSION, chash)
            counts.enriched += 1
        if progress:
            progress(counts.enriched + counts.failed, counts.todo)

    if workers <= 1 or len(ids) < 4:
        for payload in payloads():
            save(_job(payload))
        return counts

    with new_pool(workers) as pool:
        # Keep a bounded number of articles in flight: memory stays flat on big corpora.
        in_flight: set[Future] = set()
        source = payloads()
        for payload in source:
            in_flight.add(pool.submit(_job, payload))
            if len(in_flight) >= workers * 8:
                done, in_flight = wait(in_flight, return_when=FIRST_COMPLETED)
                for fut in done:
                    save(fut.result())
        for fut in in_flight:
            save(fut.result())
    return counts
