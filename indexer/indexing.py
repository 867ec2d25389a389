"""`ocop index`: enrich what is new or changed in the corpus store, then sync the search backend."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from corpus.config import AppConfig
from corpus.errors import OcopError
from corpus.store import CorpusStore
from indexer.enrich import EnrichmentCounts, enrich_pending
from indexer.signature import index_signature


def open_backend(config: AppConfig):
    """The search backend the configuration names (sqlite by default)."""
    if config.backend == "sqlite":
        from indexer.backends.sqlite_fts import SqliteBackend

        return SqliteBackend(config.index_path)
    if config.backend == "elasticsearch":
        from indexer.backends.es import ElasticsearchBackend

        return ElasticsearchBackend.connect(config)
    raise OcopError(f"unknown backend {config.backend!r}; use sqlite or elasticsearch")


@dataclass
class IndexCounts:
    enrichment: EnrichmentCounts = field(default_factory=EnrichmentCounts)
    indexed: int = 0
    removed: int = 0
    total: int = 0


def sync_index(store: CorpusStore, backend, batch: int = 200,
               progress: Callable[[int, int], None] | None = None) -> tuple[int, int]:  # fmt: skip
    """Bring the backend in line with the store. Returns (indexed, removed)."""
    indexed_sigs = backend.signatures()
    pending = []
    seen: set[str] = set()
    indexed = 0
    total = store.count_articles()
    for n, article in enumerate(store.iter_articles(), 1):
        seen.add(article.id)
        if indexed_sigs.get(article.id) != index_signature(article):
            pending.append(article)
        if len(pending) >= batch:
            indexed += backend.index_articles(pending)
            pending = []
        if progress and n % batch == 0:
            progress(n, total)
    if pending:
        indexed += backend.index_articles(pending)
    stale = [doc_id for doc_id in indexed_sigs if doc_id not in seen]
    removed = backend.remove(stale) if stale else 0
    if progress:
        progress(total, total)
    return indexed, removed


def rebuild_index(store: CorpusStore, backend) -> int:
    """Rebuild the search index from the store (ES: new versioned index + alias switch)."""
    if hasattr(backend, "rebuild"):
        backend.rebuild(store.iter_articles())
        return backend.count()
    backend.remove(list(backend.signatures()))
    indexed, _ = sync_index(store, backend)
    return indexed


def run_index(config: AppConfig, *, force: bool = False, rebuild: bool = False,
              workers: int | None = None,
              enrich_progress: Callable[[int, int], None] | None = None) -> IndexCounts:  # fmt: skip
    """Enrich new/changed articles on all cores, then sync the configured backend."""
    store = CorpusStore(config.corpus_path)
    counts = IndexCounts()
    counts.enrichment = enrich_pending(
        store, workers=workers or config.nlp_workers, force=force, progress=enrich_progress
    )
    backend = open_backend(config)
    try:
        if rebuild:
            counts.indexed = rebuild_index(store, backend)
        else:
            counts.indexed, counts.removed = sync_index(store, backend)
        counts.total = backend.count()
    finally:
        backend.close()
        store.close()
    return counts
