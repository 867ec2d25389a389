"""Item pipeline: archive each fetched page, extract it in a process pool, keep OCOP articles.

For every page the spider yields: the raw bytes go to the store's archive (so
``ocop reextract`` can rerun extraction offline), extraction and the relevance test run in
worker processes (``crawler.worker``), and the result is written in one transaction with
the URL's new state, so a crash never leaves an article stored but still queued (or the
reverse). Near-duplicates are grouped as they arrive (``crawler.dedupe``).
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from datetime import datetime

import numpy as np

from corpus.article import Article
from corpus.store import RawPage
from crawler.dedupe import Deduper
from crawler.worker import PageJob, PageResult, process_page, warm_up

log = logging.getLogger(__name__)


class ExtractStorePipeline:
    def open_spider(self, spider=None):
        spider = spider or self.crawler.spider
        self.ctx = spider.ctx
        self.sources = spider.sources
        self.deduper = Deduper(self.ctx.store)
        self.kept_ids: dict[str, str] = {}  # article id -> source, kept in this run
        self.pool = None
        if self.ctx.extract_workers > 1:
            self.pool = self._new_pool()

    @classmethod
    def from_crawler(cls, crawler):
        pipeline = cls()
        pipeline.crawler = crawler
        return pipeline

    def close_spider(self, spider=None):
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
        self.ctx.progress.flush()

    def _new_pool(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            max_workers=self.ctx.extract_workers,
            mp_context=multiprocessing.get_context("forkserver"),
            initializer=warm_up,
        )

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
                self.pool = self._new_pool()
                pool.shutdown(wait=False, cancel_futures=True)
            return await asyncio.wrap_future(self.pool.submit(process_page, job))

    async def process_item(self, item, spider=None):
        ctx = self.ctx
        source = item["source"]
        src = self.sources[source]
        job = PageJob(
            url=item["url"],
            final_url=item["final_url"],
            body=item["body"],
            encoding=item["encoding"],
            source=source,
            fetched_at=item["fetched_at"],
            overrides=src.css or None,
            keywords=ctx.keywords,
        )
        try:
            result = await self._run(job)
        except Exception as exc:  # a page that crashes extraction must not stop the crawl
            log.warning("extraction failed for %s: %s: %s", job.url, type(exc).__name__, exc)
            result = None
        store = ctx.store
        page = RawPage(
            url=item["url"], final_url=item["final_url"], status=item["status"],
            body=item["body"], content_type=item["content_type"], encoding=item["encoding"],
            headers=item["headers"], source=source,
            fetched_at=datetime.fromisoformat(item["fetched_at"]),
        )  # fmt: skip
        if result is None:
            with store.transaction():
                store.save_page(page)
                store.mark_url(job.url, "error", source=source, reason="extraction failed")
            ctx.progress.add(source, errors=1)
            return None
        if result.article is None:
            with store.transaction():
                store.save_page(page)
                store.mark_url(job.url, result.state, source=source, reason=result.reason)
            ctx.progress.add(source, skipped=1)
            return None
        article = Article.from_dict(result.article)
        if not self._in_window(article):
            # Not stored, and not marked seen: a later run with another window may want it.
            with store.transaction():
                store.save_page(page)
                store.mark_url(job.url, "outside_window", source=source,
                               reason=f"published {article.published_at}")  # fmt: skip
            ctx.progress.add(source, skipped=1)
            return None
        if ctx.source_done(source):
            return None  # the limit was reached while this page was being extracted
        sig = np.frombuffer(result.signature, dtype=np.uint64) if result.signature else None
        with store.transaction():
            existing = store.get_article(article.id)
            if existing is not None:
                article.duplicate_of = existing.duplicate_of
            outcome = store.upsert_article(article)
            page.article_id = article.id
            store.save_page(page)
            store.mark_url(job.url, "article", source=source, article_id=article.id)
            if article.canonical_url != job.url:
                store.mark_url(article.canonical_url, "article", source=source,
                               article_id=article.id)  # fmt: skip
            primary = self.deduper.add(article.id, sig, article.published_at)
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
        return None

    def _in_window(self, article: Article) -> bool:
        when = article.published_at
        if when is None:
            return True
        if self.ctx.since and when < self.ctx.since:
            return False
        return not (self.ctx.until and when > self.ctx.until)
