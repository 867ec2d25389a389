"""Rerun extraction over the archived raw pages (no network) and update changed articles."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from corpus.config import AppConfig
from corpus.store import CorpusStore


@dataclass
class ReextractCounts:
    pages: int = 0
    updated: int = 0
    unchanged: int = 0
    no_longer_article: int = 0


def reextract(config: AppConfig, sources: Iterable[str] = ()) -> ReextractCounts:
    """Extract every stored article page again (only ``sources`` when given) and store the
    articles whose content changed, keeping their identity and duplicate grouping."""
    from crawler.extract import extract
    from crawler.sources import user_sources

    only = set(sources)
    overrides = {s.name: s.css for s in user_sources(config) if s.css}
    store = CorpusStore(config.corpus_path)
    counts = ReextractCounts()
    try:
        for page in store.iter_pages(only_articles=True):
            if only and page.source not in only:
                continue
            counts.pages += 1
            old = store.get_article(page.article_id) if page.article_id else None
            extraction = extract(page.body, page.final_url, overrides=overrides.get(page.source),
                                 declared_encoding=page.encoding)  # fmt: skip
            if not extraction.is_article or old is None:
                counts.no_longer_article += 1
                continue
            article = extraction.to_article(
                page.final_url, source=page.source, fetched_at=page.fetched_at
            )
            # Same story, same identity: keep id/canonical URL and dedupe grouping.
            article.id, article.canonical_url, article.url = old.id, old.canonical_url, old.url
            article.duplicate_of = old.duplicate_of
            article.content_hash = article.compute_content_hash()
            if store.upsert_article(article) == "updated":
                counts.updated += 1
            else:
                counts.unchanged += 1
    finally:
        store.close()
    return counts
