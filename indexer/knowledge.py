"""The knowledge base as the CLI and the web page read it: the fact base (`indexer.factbase`,
written by `ocop index`) when it is current, otherwise facts built from the corpus store;
a free-text query builds from the articles it matches in the search backend."""

from __future__ import annotations

import sys
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

from corpus.config import AppConfig
from corpus.errors import OcopError
from corpus.store import CorpusStore
from indexer.factbase import BEHIND, FactBase, factbase_path, open_current
from indexer.facts import Fact, FactFilter, build_facts, load_mentions


def _stderr(message: str) -> None:
    print(message, file=sys.stderr)


def current_factbase(config: AppConfig, store: CorpusStore,
                     warn: Callable[[str], None] = _stderr) -> FactBase | None:  # fmt: skip
    """The fact base when it reflects the store now; otherwise None, after one warning line
    (the caller builds from the store: reading never writes)."""
    base = open_current(store, factbase_path(config.corpus_path))
    if base is None:
        warn(BEHIND)
    return base


def open_store(config: AppConfig) -> CorpusStore:
    """The corpus store of ``config``; a clear error when there is none."""
    if not config.corpus_path.exists():
        raise OcopError(
            f"no corpus store in {config.home}; run `ocop crawl` and `ocop index` first"
        )
    return CorpusStore(config.corpus_path, readonly=True)  # facts, show, handbook only read


def candidate_ids(config: AppConfig, text: str = "", flt: FactFilter | None = None,
                  store: CorpusStore | None = None) -> set[str] | None:  # fmt: skip
    """Ids of the articles that can state the facts asked for: those matching ``text`` and,
    when the filter names provinces, a metric or a star, those the index knows to carry them
    (an index lookup instead of reading every article). None: every article."""
    narrows = flt is not None and bool(flt.provinces or flt.metric or flt.star)
    if not text.strip() and not narrows:
        return None
    from indexer.indexing import open_backend
    from indexer.query import QuerySpec

    # Elasticsearch pages at most 10,000 hits (index.max_result_window); SQLite has no cap
    limit = 10**9 if config.backend == "sqlite" else 10_000
    spec = QuerySpec(text=text, include_duplicates=True, sort="newest", limit=limit,
                     exact_total=True, snippets=False)  # fmt: skip
    if narrows:
        spec = replace(spec, provinces=flt.provinces, metric=flt.metric, star=flt.star)
    with open_backend(config) as backend:
        behind = store is not None and backend.count() < store.count_articles()
        if narrows and not text.strip() and behind:
            return None  # the index is behind the store: read every article instead
        return {h.id for h in backend.search(spec).hits}


def load_facts(config: AppConfig, text: str = "", since: date | None = None,
               until: date | None = None, store: CorpusStore | None = None,
               flt: FactFilter | None = None) -> list[Fact]:  # fmt: skip
    """Every fact from the stored articles published in [since, until] matching ``text``
    (and, when ``flt`` is given, at least every fact it selects). Without text, from the
    fact base when it is current."""
    own = store is None
    store = store or open_store(config)
    try:
        base = None if text.strip() else current_factbase(config, store)
        if base is None:
            return facts_from_store(config, store, text, since, until, flt)
        with base:
            if since is None and until is None:
                return list(base.select(flt))
            return base.window(since, until, flt)
    finally:
        if own:
            store.close()


def facts_from_store(config: AppConfig, store: CorpusStore, text: str = "",
                     since: date | None = None, until: date | None = None,
                     flt: FactFilter | None = None) -> list[Fact]:  # fmt: skip
    """`load_facts` built from the store's articles, without looking for a fact base (for a
    caller that has already looked: `ocop facts`)."""
    ids = candidate_ids(config, text, flt, store)
    return build_facts(load_mentions(store, since=since, until=until, article_ids=ids))


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
                 until: date | None = None, store: CorpusStore | None = None,
                 flt: FactFilter | None = None) -> list[Fact]:  # fmt: skip
    """`load_facts` for a long-running reader (the web page): built once per store state and
    question, so browsing the facts explorer does not rebuild the knowledge base each time."""
    key = (str(config.corpus_path), store_stamp(config.corpus_path), text, since, until, flt)
    with _CACHE_LOCK:
        if key in _CACHE:
            _CACHE.move_to_end(key)
            return _CACHE[key]
    facts = load_facts(config, text, since, until, store=store, flt=flt)
    with _CACHE_LOCK:
        _CACHE[key] = facts
        while len(_CACHE) > _CACHE_SIZE:
            _CACHE.popitem(last=False)
    return facts
