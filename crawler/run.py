"""Run one crawl in this process: Scrapy + the news spider + the extract/store pipeline.

``run_crawl`` is what ``ocop crawl`` and ``ocop demo`` call. Scrapy's reactor can start
only once per process, so call it once per process (the CLI does).
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from filelock import FileLock, Timeout

from corpus.config import AppConfig
from corpus.errors import OcopError
from corpus.store import CorpusStore
from crawler import settings
from crawler.progress import CrawlProgress
from crawler.sources import Source, select_sources, user_sources

if TYPE_CHECKING:
    from scrapy.settings import Settings

# Settings for crawling our own local sites (demo, tests, benchmarks): no delays.
IMPOLITE = {
    "DOWNLOAD_DELAY": 0,
    "DOWNLOAD_DELAY_JITTER": 0,
    "AUTOTHROTTLE_ENABLED": False,
    "CONCURRENT_REQUESTS": 32,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 32,
}


class _OneLine(logging.Filter):
    """Scrapy logs tracebacks for ordinary network failures; users get one line each
    (set OCOP_DEBUG=1 to keep the tracebacks)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if not os.environ.get("OCOP_DEBUG"):
            record.exc_info = None
            record.exc_text = None
        return True


def _quiet_logging(level: str) -> None:
    root = logging.getLogger()
    if not root.handlers:  # warnings and errors reach the user's terminal
        logging.basicConfig(format="%(levelname)s %(name)s: %(message)s")
    for handler in root.handlers:
        handler.setLevel(level)
        if not any(isinstance(f, _OneLine) for f in handler.filters):
            handler.addFilter(_OneLine())


@contextmanager
def crawl_lock(home: Path) -> Iterator[None]:
    """One crawl at a time per data directory (an OS lock: released even on SIGKILL)."""
    home.mkdir(parents=True, exist_ok=True)
    lock = FileLock(home / ".crawl.lock", blocking=False)
    try:
        lock.acquire()
    except Timeout:
        raise OcopError(f"another crawl is already running in {home}") from None
    try:
        yield
    finally:
        lock.release()


def scrapy_settings(polite: bool = True, overrides: dict | None = None) -> Settings:
    """The crawler's Scrapy settings; ``polite=False`` only for our own local sites."""
    from scrapy.settings import Settings  # Scrapy is imported only when a crawl starts

    s = Settings()
    s.setmodule(settings, priority="project")
    s.set("LOG_INSTALL_ROOT_HANDLER", False, priority="project")  # the CLI owns logging
    if not polite:
        s.setdict(IMPOLITE, priority="cmdline")
    if overrides:
        s.setdict(overrides, priority="cmdline")
    return s


def run_status(finish_reason: str | None, all_failed: bool) -> str:
    """The crawl run's recorded status from Scrapy's ``finish_reason``.

    A second Ctrl+C stops the reactor before the spider closes, so no reason is recorded:
    that run was interrupted, not finished.
    """
    if finish_reason != "finished":
        return "interrupted"
    return "failed" if all_failed else "finished"


def _crawler_process_class():
    """CrawlerProcess that tells the user on stderr what Ctrl+C does (Scrapy logs it at
    INFO, below the crawl's WARNING level, so a user saw nothing for many seconds)."""
    from scrapy.crawler import CrawlerProcess

    class TalkingCrawlerProcess(CrawlerProcess):
        @staticmethod
        def _log_shutdown(signum: int) -> None:
            print("\nStopping: finishing the pages already requested (Ctrl+C again to stop "
                  "at once); the next `ocop crawl` resumes.", file=sys.stderr, flush=True)  # fmt: skip

        @staticmethod
        def _log_kill(signum: int) -> None:
            print("Stopping at once; the next `ocop crawl` resumes.", file=sys.stderr, flush=True)

    return TalkingCrawlerProcess


def run_crawl(
    config: AppConfig,
    sources: list[Source] | None = None,
    *,
    names: tuple[str, ...] = (),
    since: datetime | None = None,
    until: datetime | None = None,
    limit: int | None = None,
    refresh: bool = False,
    polite: bool = True,
    progress: bool = False,
    workers: int | None = None,
    scrapy_overrides: dict | None = None,
) -> dict:
    """Crawl ``sources`` (default: the data directory's sources.toml, filtered by ``names``).

    Returns {"run_id", "status", "sources": {name: {fetched, kept, skipped, duplicates, errors}}}.
    """
    from crawler.spiders.news import CrawlContext, NewsSpider

    _CrawlerProcess = _crawler_process_class()

    if sources is None:
        sources = select_sources(user_sources(config), names)
    if not sources:
        raise OcopError("no sources to crawl; add one with `ocop sources add URL`")
    with crawl_lock(config.home):
        store = CorpusStore(config.corpus_path)
        store.close_abandoned_runs()
        run_id = store.start_run({
            "sources": [s.name for s in sources],
            "since": since.isoformat() if since else None,
            "until": until.isoformat() if until else None,
            "limit": limit, "refresh": refresh, "polite": polite,
        })  # fmt: skip
        conf = scrapy_settings(polite, scrapy_overrides)
        tracker = CrawlProgress(store, run_id, live=progress)
        for s in sources:
            tracker.add(s.name)  # every source gets a row, even with nothing to do
        ctx = CrawlContext(
            store=store,
            progress=tracker,
            keywords=tuple(conf.getlist("OCOP_RELEVANCE_KEYWORDS")),
            since=since,
            until=until,
            limit=limit,
            refresh=refresh,
            revisit_hours=conf.getfloat("OCOP_REVISIT_LISTINGS_HOURS"),
            max_listing_pages=conf.getint("OCOP_MAX_LISTING_PAGES"),
            max_sitemaps=conf.getint("OCOP_MAX_SITEMAPS"),
            extract_workers=workers or config.extract_workers,
        )
        _quiet_logging(conf.get("LOG_LEVEL", "WARNING"))
        process = _CrawlerProcess(conf)
        _quiet_logging(conf.get("LOG_LEVEL", "WARNING"))  # Scrapy lowers logger levels
        crawler = process.create_crawler(NewsSpider)
        process.crawl(crawler, sources=sources, context=ctx)
        status = "failed"
        try:
            process.start()
            reason = crawler.stats.get_value("finish_reason") if crawler.stats else None
            status = run_status(reason, tracker.all_failed())
        finally:
            tracker.flush()
            if progress:
                tracker.draw(final=True)
            store.finish_run(run_id, status)
        if status == "failed":
            reasons = "; ".join(
                f"{name}: {why}" for name, why in sorted(tracker.first_error.items())
            )
            raise OcopError(f"crawl run {run_id} failed, nothing could be fetched from any "
                            f"source ({reasons})")  # fmt: skip
        return {"run_id": run_id, "status": status, "sources": tracker.summary()}
