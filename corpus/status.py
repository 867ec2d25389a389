"""What a data directory holds: the data behind `ocop status` (the CLI only prints it)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from corpus.store import CorpusStore


@dataclass
class DataStatus:
    """Counts, the last crawl run per source and the most recent problem pages."""

    home: str
    backend: str
    articles: int = 0
    primary_articles: int = 0
    enriched: int = 0
    raw_pages: int = 0
    skipped_urls: int = 0
    unextractable_urls: int = 0
    set_aside_articles: int = 0
    last_runs: list[dict[str, Any]] = field(default_factory=list)
    recent_errors: list[dict[str, Any]] = field(default_factory=list)
    unextractable: list[dict[str, Any]] = field(default_factory=list)
    set_aside: list[dict[str, Any]] = field(default_factory=list)

    def summary(self) -> dict[str, Any]:
        """The scalar fields, in display order."""
        data = asdict(self)
        return {k: v for k, v in data.items() if not isinstance(v, list)}

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def data_status(home: Path, backend: str, enrichment_version: int, recent: int = 10) -> DataStatus:
    """The status of the data directory ``home`` (read only: a missing store counts as empty).

    ``enrichment_version`` is the current NLP version: articles enriched by an older one
    do not count as enriched.
    """
    status = DataStatus(home=str(home), backend=backend)
    corpus_path = home / "corpus.sqlite"
    if not corpus_path.is_file():
        return status
    store = CorpusStore(corpus_path, readonly=True)
    try:
        conn = store.conn
        status.articles = store.count_articles()
        status.primary_articles = store.count_articles("duplicate_of IS NULL")
        status.enriched = store.count_articles(
            "enrichment_version = ? AND enriched_hash = content_hash", (enrichment_version,)
        )
        status.raw_pages = conn.execute("SELECT COUNT(*) FROM pages").fetchone()[0]
        states = dict(conn.execute("SELECT state, COUNT(*) FROM urls GROUP BY state").fetchall())
        status.skipped_urls = states.get("skipped", 0)
        status.unextractable_urls = states.get("unextractable", 0)
        status.last_runs = store.last_runs_per_source()
        status.recent_errors = _recent(store, "error", recent)
        status.unextractable = _recent(store, "unextractable", recent)
        aside = store.set_aside()
        status.set_aside_articles, status.set_aside = len(aside), aside[:recent]
    finally:
        store.close()
    return status


def _recent(store: CorpusStore, state: str, limit: int) -> list[dict[str, Any]]:
    rows = store.conn.execute(
        "SELECT source, url, reason, last_seen FROM urls WHERE state = ?"
        " ORDER BY last_seen DESC LIMIT ?",
        (state, limit),
    )
    return [dict(r) for r in rows]
