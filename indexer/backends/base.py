"""The one contract every search backend implements (SQLite FTS5, Elasticsearch).

Callers depend on ``SearchBackend`` only: no ``hasattr`` probing, no backend-specific
branches. ``tests/test_backend_contract.py`` runs the same suite over every implementation.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, Protocol, Self, runtime_checkable

from corpus.article import Article
from indexer.query import FactsSpec, QuerySpec, SearchResult, StatsSpec


@dataclass
class IndexStatus:
    """What an index holds and which corpus state it reflects."""

    backend: str
    location: str
    documents: int
    schema_version: int | None
    corpus_state: str | None  # the store fingerprint the index was last synced to
    behind: bool | None = None  # True when the store changed since; None if unknown
    stale: str | None = None  # why the index does not fit this version (rebuild it), if so

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@runtime_checkable
class SearchBackend(Protocol):
    """Search, coverage, figures and index maintenance over one index."""

    name: str

    def __enter__(self) -> Self: ...

    def __exit__(self, *exc: object) -> None: ...

    def close(self) -> None: ...

    # --- reading ---
    def search(self, spec: QuerySpec) -> SearchResult: ...

    def stats(self, spec: StatsSpec) -> list[dict[str, Any]]: ...

    def facts(self, spec: FactsSpec) -> list[dict[str, Any]]: ...

    def iter_facts(self, spec: FactsSpec) -> Iterator[dict[str, Any]]:
        """``facts`` as a stream (constant memory on SQLite; `facts -n 0` should use it)."""
        ...

    def count(self) -> int: ...

    def status(self, corpus_state: str | None = None) -> IndexStatus: ...

    # --- writing ---
    def signatures(self) -> dict[str, str]: ...

    def index_articles(self, articles: Iterable[Article]) -> int: ...

    def remove(self, ids: Iterable[str]) -> int: ...

    def rebuild(self, articles: Iterable[Article]) -> object:
        """Replace the whole index atomically; readers see the old one until the switch."""
        ...

    def mark_synced(self, corpus_state: str) -> None: ...
