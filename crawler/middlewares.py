"""Downloader middleware: honour 429 Too Many Requests and its Retry-After header."""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

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
    def from_crawler(cls, crawler):
        s = crawler.settings
        return cls(s.getfloat("OCOP_RETRY_AFTER_MAX", 300), s.getint("RETRY_TIMES", 3))

    async def process_response(self, request, response, spider=None):
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
