"""`ocop index`: enrich what is new or changed in the corpus store, then sync the search backend."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from corpus.article import Article
from corpus.config import AppConfig
from corpus.errors import OcopError
from corpus.store import CorpusStore
from indexer.backends.base import IndexStatus, SearchBackend
from indexer.enrich import EnrichmentCounts, enrich_pending
from indexer.factbase import RefreshCounts, factbase_path, refresh
from indexer.signature import index_signature


def open_backend(config: AppConfig, *, write: bool = False, rebuild: bool = False,
                 scan: bool = False) -> SearchBackend:  # fmt: skip
    """The search backend the configuration names (sqlite by default).

    Readers (search, stats, facts, export) get a read-only index; ``write`` takes the
    writer lock; ``rebuild`` does not read the current index at all (it may be stale or
    damaged: the rebuild replaces it); ``scan`` is for reading everything once (export).
    """
    if config.backend == "sqlite":
        from indexer.backends.sqlite_fts import SqliteBackend

        return SqliteBackend(
            config.index_path, readonly=not (write or rebuild), for_rebuild=rebuild, scan=scan
        )
    if config.backend == "elasticsearch":
        from indexer.backends.es import ElasticsearchBackend

        backend = ElasticsearchBackend.connect(config)
        if not rebuild:
            backend.check_version()
        return backend
    raise OcopError(f"unknown backend {config.backend!r}; use sqlite or elasticsearch")


def corpus_state(store: CorpusStore) -> str:
    """A fingerprint of everything in the store an index reflects (count + hash).

    Content and metadata changes move ``updated_at``/``content_hash``; enrichment moves
    ``enriched_hash``/``enrichment_version`` and the sizes of its JSON columns.
    """
    digest = hashlib.sha256()
    n = 0
    cursor = store.conn.execute(
        "SELECT id, content_hash, enriched_hash, enrichment_version, duplicate_of, updated_at,"
        " length(provinces), length(figures), length(entities), length(products)"
        " FROM articles ORDER BY rowid"
    )
    while rows := cursor.fetchmany(2000):
        n += len(rows)
        digest.update("\n".join("\t".join(str(v) for v in r) for r in rows).encode())
    return f"{n}:{digest.hexdigest()[:16]}"


def index_status(config: AppConfig) -> IndexStatus:
    """Index counts and whether the index is behind the corpus store (for `ocop status`)."""
    store = CorpusStore(config.corpus_path)
    try:
        state = corpus_state(store)
    finally:
        store.close()
    with open_backend(config) as backend:
        return backend.status(state)


@dataclass
class IndexCounts:
    enrichment: EnrichmentCounts = field(default_factory=EnrichmentCounts)
    indexed: int = 0
    removed: int = 0
    total: int = 0
    facts: RefreshCounts | None = None  # the fact base refresh after the backend


def sync_index(store: CorpusStore, backend: SearchBackend, batch: int = 2000,
               progress: Callable[[int, int], None] | None = None,
               full: bool = False) -> tuple[int, int]:  # fmt: skip
    """Bring the backend in line with the store. Returns (indexed, removed).

    When the index already reflects the store's current state nothing is read (``full``
    compares every article's signature anyway, e.g. after ``--force`` re-enrichment).
    """
    state = corpus_state(store)  # taken first: a change made during the sync shows as behind
    if not full and backend.status(state).behind is False:
        if progress:
            progress(store.count_articles(), store.count_articles())
        return 0, 0
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
    backend.mark_synced(state)
    if progress:
        progress(total, total)
    return indexed, removed


def articles_by_date(store: CorpusStore) -> Iterator[Article]:
    """Every article, oldest publication first (then by arrival), one at a time."""
    ids = [r[0] for r in store.conn.execute("SELECT id FROM articles ORDER BY published_at, rowid")]
    for article_id in ids:
        article = store.get_article(article_id)
        if article is not None:  # deleted meanwhile
            yield article


def rebuild_index(store: CorpusStore, backend: SearchBackend) -> int:
    """Rebuild the search index from the store into a new index, switched atomically.

    Articles go in by publication date, so index order follows time: the SQLite backend
    ranks a broad query among its newest matches by index order.
    """
    state = corpus_state(store)
    backend.rebuild(articles_by_date(store))
    backend.mark_synced(state)
    return backend.count()


def run_index(config: AppConfig, *, force: bool = False, rebuild: bool = False,
              workers: int | None = None,
              enrich_progress: Callable[[int, int], None] | None = None) -> IndexCounts:  # fmt: skip
    """Enrich new/changed articles on all cores, then sync the configured backend."""
    store = CorpusStore(config.corpus_path)
    counts = IndexCounts()
    try:
        counts.enrichment = enrich_pending(
            store, workers=workers or config.nlp_workers, force=force, progress=enrich_progress
        )
        with open_backend(config, write=True, rebuild=rebuild) as backend:
            if rebuild:
                counts.indexed = rebuild_index(store, backend)
            else:
                counts.indexed, counts.removed = sync_index(store, backend, full=force)
            counts.total = backend.count()
        # derived from the store like the index: after it, for every backend
        counts.facts = refresh(store, factbase_path(config.corpus_path), full=rebuild or force)
    finally:
        store.close()
    return counts
