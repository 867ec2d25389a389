"""The CPU-bound part of crawling, run in a process pool beside the Scrapy reactor.

One call per fetched page: decode, extract, decide relevance, compute the canonical URL
and the near-duplicate signature. The reactor process only downloads and writes to the
store, so extraction no longer caps the crawl rate (it did at ~68 pages/s inline).
"""

from __future__ import annotations

import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from corpus.lifeline import exit_with_parent

if TYPE_CHECKING:
    from crawler.extract.extractor import Extraction


@dataclass
class PageJob:
    url: str
    final_url: str
    body: bytes
    encoding: str | None
    source: str
    fetched_at: str
    overrides: dict | None
    keywords: tuple[str, ...]


@dataclass
class PageResult:
    is_article: bool
    reason: str = ""  # why the page is not kept
    article: dict | None = None  # Article.to_dict() of a relevant article
    signature: bytes | None = None  # MinHash (uint64 array bytes) for dedupe
    state: str = "skipped"  # URL state when no article is kept ("unextractable": retry later)
    page_lines: tuple[str, ...] = ()  # the page's block fingerprints (site memory evidence)


def process_page(job: PageJob) -> PageResult:
    from corpus.article import article_id
    from crawler.canonical import prefer_declared
    from crawler.dedupe import article_signature
    from crawler.relevance import is_relevant_article

    ex, seen = extract_page(job.body, job.final_url, job.overrides, job.encoding)
    if ex.status == "unextractable":
        return PageResult(False, reason=ex.reason, state="unextractable")
    if not ex.is_article:
        return PageResult(False, reason=f"not an article: {ex.reason or 'listing or empty page'}",
                          page_lines=seen)  # fmt: skip
    if not is_relevant_article(job.keywords, ex):
        return PageResult(True, reason="not about OCOP", page_lines=seen)
    article = ex.to_article(
        job.final_url, source=job.source, fetched_at=datetime.fromisoformat(job.fetched_at)
    )
    try:
        canonical = prefer_declared(job.final_url, ex.canonical_url)
    except ValueError:
        canonical = job.final_url
    article.url = job.url
    article.canonical_url = canonical
    article.id = article_id(canonical)
    return PageResult(True, article=article.to_dict(), page_lines=seen,
                      signature=article_signature(article))  # fmt: skip


def extract_page(
    body: bytes | str, url: str, overrides: dict | None = None, encoding: str | None = None
) -> tuple[Extraction, tuple[str, ...]]:
    """One raw page (a crawl's or an archived one) decoded and parsed once: its extraction,
    and its standalone blocks' fingerprints as site memory evidence
    (``sitememory.page_fingerprints``), taken before extraction prunes the tree."""
    from crawler.extract.extractor import NOT_ARTICLE, Extraction, extract, parse_page
    from crawler.extract.sitememory import page_fingerprints

    doc, why = parse_page(body, encoding)
    if doc is None:  # empty or unparseable: what extract() says of it, without parsing again
        return Extraction(False, reason=why, status=NOT_ARTICLE), ()
    seen = tuple(sorted(page_fingerprints(doc)))
    return extract(body, url, overrides=overrides, declared_encoding=encoding, tree=doc), seen


def warm_up() -> None:
    """Once per worker process: die with the crawl, import extraction and its dependencies."""
    exit_with_parent()  # a crawl killed with SIGKILL must not leave workers behind
    import crawler.dedupe  # noqa: F401
    import crawler.extract  # noqa: F401


def new_pool(workers: int) -> ProcessPoolExecutor:
    """The extraction pool: ``workers`` processes that exit when the crawl process dies."""
    return ProcessPoolExecutor(
        max_workers=workers,
        mp_context=multiprocessing.get_context("forkserver"),
        initializer=warm_up,
    )
