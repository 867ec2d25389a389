"""The knowledge base as the CLI and the web page read it: facts built from the corpus store,
optionally restricted to the articles a free-text query matches in the search backend."""

from __future__ import annotations

import threading
from collections import OrderedDict
from datetime import date
from pathlib import Path

from corpus.config import AppConfig
from corpus.errors import OcopError
from corpus.store import CorpusStore
from indexer.facts import Fact, build_facts, load_mentions


def open_store(config: AppConfig) -> CorpusStore:
    """The corpus store of ``config``; a clear error when there is none."""
    if not config.corpus_path.exists():
        raise OcopError(
            f"no corpus store in {config.home}; run `ocop crawl` and `ocop index` first"
        )
    return CorpusStore(config.corpus_path)


def matching_ids(config: AppConfig, text: str) -> set[str] | None:
    """Ids of the articles matching the free-text query (syndicated copies included)."""
    if not text.strip():
        return None
    from indexer.indexing import open_backend
    from indexer.query import QuerySpec

    # Elasticsearch pages at most 10,000 hits (index.max_result_window); SQLite has no cap
    limit = 10**9 if config.backend == "sqlite" else 10_000
    backend = open_backend(config)
    try:
        hits = backend.search(QuerySpec(text=text, include_duplicates=True, limit=limit)).hits
    finally:
        backend.close()
    return {h.id for h in hits}


def load_facts(config: AppConfig, text: str = "", since: date | None = None,
               until: date | None = None, store: CorpusStore | None = None) -> list[Fact]:  # fmt: skip
    """Every fact from the stored articles published in [since, until] matching ``text``."""
    ids = matching_ids(config, text)
    own = store is None
    store = store or open_store(config)
    try:
        return build_facts(load_mentions(store, since=since, until=until, article_ids=ids))
    finally:
        if own:
            store.close()


_CACHE: OrderedDict[tuple, list[Fact]] = OrderedDict()
_CACHE_LOCK = threading.Lock()
_CACHE_SIZE = 16


def store_stamp(path: Path) -> tuple:
    """Changes whenever the store is written: the database file and its write-ahead log."""
    stamp = []
    for file in (path, path.with_name(path.name + "-wal")):
        try:
            st = file.stat()
            stamp.append((st.st_mtime_ns, st.st_size))
        except FileNotFoundError:
            stamp.append(None)
    return tuple(stamp)


def cached_facts(config: AppConfig, text: str = "", since: date | None = None,
                 until: date | None = None, store: CorpusStore | None = None) -> list[Fact]:  # fmt: skip
    """`load_facts` for a long-running reader (the web page): built once per store state and
    question, so browsing the facts explorer does not rebuild the knowledge base each time."""
    key = (str(config.corpus_path), store_stamp(config.corpus_path), text, since, until)
    with _CACHE_LOCK:
        if key in _CACHE:
            _CACHE.move_to_end(key)
            return _CACHE[key]
    facts = load_facts(config, text, since, until, store=store)
    with _CACHE_LOCK:
        _CACHE[key] = facts
        while len(_CACHE) > _CACHE_SIZE:
            _CACHE.popitem(last=False)
    return facts
