"""Crawler middlewares.

- ``RetryAfterMiddleware`` (downloader): honour 429 Too Many Requests and its Retry-After.
- ``FrontierMiddleware`` (spider): the crawl frontier in the store. Everything a callback
  finds is written as ``queued`` (articles) or ``pending`` (sitemaps, feeds, listing pages)
  before Scrapy schedules it, and the page it was found on is marked ``visited`` in the same
  transaction, so a crawl killed at any moment resumes from the store with nothing lost.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Iterable, Iterator
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any

from crawler.items import DiscoveryRead

log = logging.getLogger(__name__)


def retry_after_seconds(value: str | bytes | None, default: float) -> float:
    """Seconds to wait from a Retry-After header (delta-seconds or an HTTP date)."""
    if value is None:
        return default
    if isinstance(value, bytes):
        value = value.decode("latin-1", "replace")
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return default
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


class RetryAfterMiddleware:
    """Wait as long as the server asks (bounded by OCOP_RETRY_AFTER_MAX), then retry.

    Without a Retry-After header the wait grows exponentially (1, 2, 4 … seconds).
    After RETRY_TIMES attempts the 429 response goes on and is counted as an error.
    """

    def __init__(self, max_wait: float, times: int):
        self.max_wait = max_wait
        self.times = times

    @classmethod
    def from_crawler(cls, crawler: Any) -> RetryAfterMiddleware:
        s = crawler.settings
        return cls(s.getfloat("OCOP_RETRY_AFTER_MAX", 300), s.getint("RETRY_TIMES", 3))

    async def process_response(self, request: Any, response: Any, spider: Any = None) -> Any:
        """The response, or after the wait a retry of the request."""
        if response.status != 429 or request.meta.get("dont_retry"):
            return response
        attempt = request.meta.get("retry_429", 0) + 1
        wait = retry_after_seconds(response.headers.get("Retry-After"), 2.0 ** (attempt - 1))
        if attempt > self.times or wait > self.max_wait:
            log.warning("429 from %s: giving up after %d attempt(s)", request.url, attempt)
            return response
        log.info("429 from %s: retrying in %.1fs", request.url, wait)
        await asyncio.sleep(wait)
        retry = request.replace(dont_filter=True)
        retry.meta["retry_429"] = attempt
        return retry


# An article URL already in one of these states is not put back in the queue (--refresh
# fetches it again all the same; the fetch result sets its new state).
KNOWN = ("article", "skipped")


class FrontierMiddleware:
    """Spider middleware: writes the frontier for each callback's output, then passes it on.

    The output of one callback is collected (a listing yields at most a few hundred links),
    its requests are marked in one transaction with the ``visited`` mark of the page they
    came from (a ``DiscoveryRead`` item, consumed here), and only then handed to Scrapy.
    """

    def __init__(self, crawler: Any):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Any) -> FrontierMiddleware:
        return cls(crawler)

    def process_spider_output(
        self, response: Any, result: Iterable, spider: Any = None
    ) -> Iterator:
        yield from self._record(list(result))

    async def process_spider_output_async(
        self, response: Any, result: AsyncIterator, spider: Any = None
    ) -> AsyncIterator:
        for out in self._record([out async for out in result]):
            yield out

    def _record(self, outputs: list) -> list:
        """Write the marks for ``outputs``; return what goes on to Scrapy."""
        from scrapy import Request

        store = self.crawler.spider.ctx.store
        queued, pending, visited, passed = [], [], [], []
        for out in outputs:
            if isinstance(out, DiscoveryRead):
                if out.kind != "robots":  # robots.txt is read every run
                    visited.append((out.url, "visited", out.source, out.kind))
                continue
            passed.append(out)
            if isinstance(out, Request) and "source" in out.meta:
                meta = out.meta
                if meta["kind"] == "article":
                    queued.append((out.url, "queued", meta["source"], ""))
                elif meta["kind"] != "robots":
                    pending.append((out.url, "pending", meta["source"],
                                    f"{meta['kind']}:{meta.get('page', 1)}"))  # fmt: skip
        if queued or pending or visited:
            with store.transaction():
                store.mark_urls(queued, keep=KNOWN)
                store.mark_urls(pending)
                store.mark_urls(visited)
        return passed
