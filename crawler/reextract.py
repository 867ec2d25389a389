"""Rerun extraction over the archived raw pages (no network): update changed articles, and
retry the pages that could not be extracted before (URL state ``unextractable``)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from corpus.article import Article
from corpus.config import AppConfig
from corpus.errors import OcopError
from corpus.store import CorpusStore, RawPage


@dataclass
class ReextractCounts:
    pages: int = 0
    updated: int = 0
    unchanged: int = 0
    no_longer_article: int = 0
    retried: int = 0  # unextractable pages extracted again
    recovered: int = 0  # ... of which now stored as articles
    set_aside: int = 0  # no longer about OCOP once the site's repeated lines are removed


def reextract(config: AppConfig, sources: Iterable[str] = ()) -> ReextractCounts:
    """Extract every stored article page again (only ``sources`` when given) and store the
    articles whose content changed, keeping their identity and duplicate grouping; then
    retry the unextractable pages."""
    from crawler.sources import user_sources

    only = set(sources)
    overrides = {s.name: s.css for s in user_sources(config) if s.css}
    store = CorpusStore(config.corpus_path)
    counts = ReextractCounts()
    try:
        known = store.page_sources() | set(overrides) | {s.name for s in user_sources(config)}
        if only - known:  # else a misspelt name re-extracts nothing and says "0 page(s)"
            raise OcopError(f"unknown source(s) {', '.join(sorted(only - known))}; "
                            f"known: {', '.join(sorted(known)) or 'none yet'}")  # fmt: skip
        _refresh_articles(store, only, overrides, counts)
        _retry_unextractable(store, only, overrides, counts)
        _sweep(store, only, counts)
    finally:
        store.close()
    return counts


def _refresh_articles(store: CorpusStore, only: set[str], overrides: dict,
                      counts: ReextractCounts) -> None:  # fmt: skip
    from crawler import sitesweep
    from crawler.settings import OCOP_RELEVANCE_KEYWORDS
    from crawler.worker import extract_page

    for page in store.iter_pages(only_articles=True):
        if only and page.source not in only:
            continue
        counts.pages += 1
        old = store.get_article(page.article_id) if page.article_id else None
        # one parse for the fields and the site memory evidence, as in a crawl
        extraction, lines = extract_page(page.body, page.final_url, overrides.get(page.source),
                                         page.encoding)  # fmt: skip
        if not extraction.is_article or old is None:
            sitesweep.remember_page(store, page.source, page.url, lines)
            counts.no_longer_article += 1
            continue
        article = extraction.to_article(
            page.final_url, source=page.source, fetched_at=page.fetched_at
        )
        # Same story, same identity: keep id/canonical URL and dedupe grouping.
        article.id, article.canonical_url, article.url = old.id, old.canonical_url, old.url
        article.duplicate_of = old.duplicate_of
        article.content_hash = article.compute_content_hash()
        _, gone = sitesweep.clean(store, article, OCOP_RELEVANCE_KEYWORDS, lines)
        if gone:
            store.set_aside_article(old.id, gone)
            counts.set_aside += 1
        elif store.upsert_article(article) == "updated":
            counts.updated += 1
        else:
            counts.unchanged += 1


def _retry_unextractable(store: CorpusStore, only: set[str], overrides: dict,
                         counts: ReextractCounts) -> None:  # fmt: skip
    """Each archived page whose URL is ``unextractable`` goes through the crawl's own
    extraction and relevance step again; a page that now gives an OCOP article is stored,
    linked, marked ``article`` and grouped with its near-duplicates, like a fresh fetch."""
    from crawler import sitesweep
    from crawler.dedupe import Deduper
    from crawler.pipelines import store_article
    from crawler.settings import OCOP_RELEVANCE_KEYWORDS
    from crawler.worker import process_page

    deduper: Deduper | None = None
    for url in sorted(store.urls_in_state("unextractable")):
        page = store.get_page(url)
        if page is None or page.body is None or (only and page.source not in only):
            continue  # nothing archived to retry: the next crawl with --refresh fetches it
        counts.retried += 1
        result = process_page(_job(page, overrides, tuple(OCOP_RELEVANCE_KEYWORDS)))
        if result.article is None:
            store.mark_url(url, result.state, source=page.source, reason=result.reason)
            if result.page_lines:  # a listing or non-OCOP page still shows the site's chrome
                sitesweep.remember_page(store, page.source, url, result.page_lines)
            continue
        deduper = deduper or Deduper(store)
        article = Article.from_dict(result.article)
        signature, gone = sitesweep.clean_and_sign(
            store, article, OCOP_RELEVANCE_KEYWORDS, result.page_lines, result.signature
        )
        if gone:  # as in a crawl: the site's repeated lines named OCOP, the story does not
            store.mark_url(url, "skipped", source=page.source, reason=gone)
            counts.set_aside += 1
            continue
        store_article(store, deduper, url, page.source, article, signature)  # as a crawl does
        counts.recovered += 1


def _sweep(store: CorpusStore, only: set[str], counts: ReextractCounts) -> None:
    """The crawl's end-of-run sweep (``crawler.sitesweep``) over the sources re-extracted."""
    from crawler import sitesweep
    from crawler.dedupe import Deduper
    from crawler.settings import OCOP_RELEVANCE_KEYWORDS

    deduper = Deduper(store)
    for source in sorted(only or store.page_sources()):
        swept = sitesweep.sweep(store, source, OCOP_RELEVANCE_KEYWORDS, deduper)
        counts.set_aside += swept.set_aside


def _job(page: RawPage, overrides: dict, keywords: tuple[str, ...]):
    """The crawl worker's job for an archived page."""
    from crawler.worker import PageJob

    return PageJob(
        url=page.url, final_url=page.final_url, body=page.body, encoding=page.encoding,
        source=page.source, fetched_at=(page.fetched_at.isoformat() if page.fetched_at else
                                        "1970-01-01T00:00:00+00:00"),
        overrides=overrides.get(page.source) or None, keywords=keywords,
    )  # fmt: skip
