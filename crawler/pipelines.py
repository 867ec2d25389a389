"""Item pipelines, one concern each, in this order (``ITEM_PIPELINES`` in settings):

1. ``ArchivePipeline``: keeps every fetched HTML page's raw bytes in the store's archive, so
   ``ocop reextract`` can rerun extraction offline.
2. ``ExtractPipeline``: extraction, relevance, canonical URL and near-duplicate signature in
   a process pool beside the reactor (``crawler.worker``); a worker that dies is replaced.
3. ``StorePipeline``: records the outcome of every fetch (``FetchedPage``, ``FetchFailed``):
   the article and its URL state in one transaction (a crash never leaves an article stored
   but still queued, or the reverse), near-duplicate grouping (``crawler.dedupe``), or the
   URL's skipped/error state; and the run's counters. Each article's body is first cleaned
   of the lines its site repeats (``crawler.sitesweep``: the site memory), and at the end
   of the run every stored article of the sources crawled is swept with the whole memory.

Other items pass through untouched.
"""

from __future__ import annotations

import asyncio
import logging
from concurrent.futures.process import BrokenProcessPool
from typing import Any

import numpy as np

from corpus.article import Article
from corpus.store import CorpusStore, RawPage
from crawler import sitesweep
from crawler.dedupe import Deduper
from crawler.items import FetchedPage, FetchFailed, is_html
from crawler.worker import PageJob, PageResult, new_pool, process_page

log = logging.getLogger(__name__)


def store_article(store: CorpusStore, deduper: Deduper, url: str, source: str, article: Article,
                  signature: bytes | None) -> tuple[str, str | None]:  # fmt: skip
    """Store a fetched page's article in one transaction: the article, the page's link to it,
    its URL (and canonical URL) marked ``article``, its near-duplicate grouping. Returns
    (``upsert_article``'s outcome, the primary it duplicates or None)."""
    sig = np.frombuffer(signature, dtype=np.uint64) if signature else None
    with store.transaction():
        outcome = store.upsert_article(article)
        store.link_page(url, article.id)
        store.mark_url(url, "article", source=source, article_id=article.id)
        if article.canonical_url != url:
            store.mark_url(article.canonical_url, "article", source=source,
                           article_id=article.id)  # fmt: skip
        primary = deduper.add(article.id, sig, article.published_at)
    return outcome, primary


class _Stage:
    """Common plumbing: the crawl context comes from the spider when it opens."""

    def __init__(self, crawler: Any = None):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Any) -> _Stage:
        return cls(crawler)

    def open_spider(self, spider: Any = None) -> None:
        spider = spider or self.crawler.spider
        self.ctx = spider.ctx
        self.sources = spider.sources


class ArchivePipeline(_Stage):
    """Archive the raw page (not non-HTML responses: their download was stopped early)."""

    def process_item(self, item: Any, spider: Any = None) -> Any:
        if isinstance(item, FetchedPage) and is_html(item.media_type):
            self.ctx.store.save_page(RawPage(
                url=item.url, final_url=item.final_url, status=item.status, body=item.body,
                content_type=item.content_type, encoding=item.encoding, headers=item.headers,
                source=item.source, fetched_at=item.fetched_at,
            ))  # fmt: skip
        return item


class ExtractPipeline(_Stage):
    """Extract each HTML page in the worker pool; sets ``item.result`` or ``item.error``."""

    def open_spider(self, spider: Any = None) -> None:
        super().open_spider(spider)
        self.pool = new_pool(self.ctx.extract_workers) if self.ctx.extract_workers > 1 else None

    def close_spider(self, spider: Any = None) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)

    async def process_item(self, item: Any, spider: Any = None) -> Any:
        if not isinstance(item, FetchedPage) or not is_html(item.media_type):
            return item
        job = PageJob(
            url=item.url, final_url=item.final_url, body=item.body, encoding=item.encoding,
            source=item.source, fetched_at=item.fetched_at.isoformat(),
            overrides=self.sources[item.source].css or None, keywords=self.ctx.keywords,
        )  # fmt: skip
        try:
            item.result = await self._run(job)
        except Exception as exc:  # a page that crashes extraction must not stop the crawl
            log.warning("extraction failed for %s: %s: %s", job.url, type(exc).__name__, exc)
            item.error = "extraction failed"
        return item

    async def _run(self, job: PageJob) -> PageResult:
        pool = self.pool
        if pool is None:
            return process_page(job)
        try:
            return await asyncio.wrap_future(pool.submit(process_page, job))
        except BrokenProcessPool:
            # A worker died (killed, or a crash in a C extension on a hostile page): start a
            # fresh pool once for all the pages in flight and try this page once more.
            if self.pool is pool:
                log.warning("an extraction worker died (at %s); restarting the pool", job.url)
                self.pool = new_pool(self.ctx.extract_workers)
                pool.shutdown(wait=False, cancel_futures=True)
            return await asyncio.wrap_future(self.pool.submit(process_page, job))


class StorePipeline(_Stage):
    """Record what each fetch came to: an article, or the URL's new state and why."""

    def open_spider(self, spider: Any = None) -> None:
        super().open_spider(spider)
        self.deduper = Deduper(self.ctx.store)
        self.kept_ids: dict[str, str] = {}  # article id -> source, kept in this run
        self.swept: set[str] = set()  # sources whose site memory grew in this run

    def close_spider(self, spider: Any = None) -> None:
        for source in sorted(self.swept):
            # the first pages of a run were stored before the memory knew the site's chrome
            counts = sitesweep.sweep(self.ctx.store, source, self.ctx.keywords, self.deduper)
            for article_id in counts.set_aside_ids:
                if self.kept_ids.pop(article_id, None) is not None:
                    self.ctx.kept[source] -= 1
                    self.ctx.progress.add(source, kept=-1, skipped=1)
            for article_id in counts.grouped_ids:  # copies once the sites' chrome is gone
                other = self.kept_ids.pop(article_id, None)
                if other is not None:
                    self.ctx.kept[other] -= 1
                    self.ctx.progress.add(other, kept=-1, duplicates=1)
        self.ctx.progress.flush()

    def process_item(self, item: Any, spider: Any = None) -> Any:
        if isinstance(item, FetchFailed):
            self._failed(item)
        elif isinstance(item, FetchedPage):
            self._fetched(item)
        return item

    def _record(self, source: str, url: str, state: str, reason: str, counter: str) -> None:
        """The URL's new state and the run counter it adds to: every non-article outcome."""
        self.ctx.store.mark_url(url, state, source=source, reason=reason)
        self.ctx.progress.add(source, **{counter: 1})

    def _failed(self, item: FetchFailed) -> None:
        if item.refused:
            if item.kind == "article":
                self._record(item.source, item.url, "skipped", item.reason, "skipped")
            return
        self.ctx.progress.error(item.source, item.reason)
        if item.kind == "article":
            self.ctx.store.mark_url(item.url, "error", source=item.source, reason=item.reason)
        elif item.kind != "robots":  # a listing/feed/sitemap: retried after the interval
            self.ctx.store.mark_url(item.url, "visited", source=item.source,
                                    reason=f"failed: {item.reason}")  # fmt: skip

    def _fetched(self, item: FetchedPage) -> None:
        result = item.result
        if not is_html(item.media_type):
            mime = item.content_type.split(";")[0]
            self._record(item.source, item.url, "skipped", f"not HTML ({mime})", "skipped")
        elif result is None:
            self._record(item.source, item.url, "error", item.error or "not extracted", "errors")
        elif result.article is None:  # "skipped" or "unextractable" (retried by reextract)
            if result.page_lines:  # a listing shows the site's chrome too (site memory)
                sitesweep.remember_page(self.ctx.store, item.source, item.url, result.page_lines)
                self.swept.add(item.source)
            self._record(item.source, item.url, result.state, result.reason, "skipped")
        else:
            article = Article.from_dict(result.article)
            if not self._in_window(article):
                # not stored, and not marked seen: a later run with another window may want it
                self._record(item.source, item.url, "outside_window",
                             f"published {article.published_at}", "skipped")  # fmt: skip
            elif not self.ctx.source_done(item.source):  # the limit may be reached meanwhile
                self._clean_and_store(item, article, result.signature)

    def _clean_and_store(
        self, item: FetchedPage, article: Article, signature: bytes | None
    ) -> None:
        """Remove the lines the site memory knows as chrome, then store the article, or
        record why it is no longer kept (an older stored copy is set aside, not deleted)."""
        store = self.ctx.store
        self.swept.add(item.source)
        page_lines = item.result.page_lines if item.result is not None else ()
        signature, gone = sitesweep.clean_and_sign(
            store, article, self.ctx.keywords, page_lines, signature
        )
        if gone:
            store.set_aside_article(article.id, gone)  # when stored by an earlier run
            self._record(item.source, item.url, "skipped", gone, "skipped")
            return
        self._store(item, article, signature)

    def _store(self, item: FetchedPage, article: Article, signature: bytes | None) -> None:
        ctx, source = self.ctx, item.source
        outcome, primary = store_article(
            ctx.store, self.deduper, item.url, source, article, signature
        )
        if outcome == "unchanged":
            if not ctx.refresh:
                ctx.progress.add(source, duplicates=1)  # the same article under another URL
            # with --refresh: a known article fetched again and found unchanged
        elif primary is not None:
            ctx.progress.add(source, duplicates=1)
        else:
            ctx.kept[source] = ctx.kept.get(source, 0) + 1
            ctx.progress.add(source, kept=1)
            self.kept_ids[article.id] = source
        for demoted in self.deduper.demoted:  # an earlier-published original arrived later
            other = self.kept_ids.pop(demoted, None)
            if other is not None:
                ctx.kept[other] -= 1
                ctx.progress.add(other, kept=-1, duplicates=1)

    def _in_window(self, article: Article) -> bool:
        when = article.published_at
        if when is None:
            return True
        if self.ctx.since and when < self.ctx.since:
            return False
        return not (self.ctx.until and when > self.ctx.until)
