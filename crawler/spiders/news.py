"""The news spider: discovery (sitemap → feed → section listings) and page fetching.

One spider crawls every selected source. Discovery requests go first; article requests
are prioritised newest first (by the date a sitemap or feed gives, else listing order).
The spider only reads the store: it yields requests and items (``crawler.items``);
``crawler.middlewares.FrontierMiddleware`` writes every discovered URL to the store as
``queued``/``pending`` before it is fetched (a crawl killed at any moment resumes from that
frontier), and the pipelines (``crawler.pipelines``) archive, extract and record each
fetched page. Articles, skipped and unextractable pages are never fetched again unless
``--refresh`` (unextractable ones are retried offline from the archive by ``ocop reextract``).
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urljoin

import scrapy
from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest, StopDownload
from scrapy.http import Headers, Response
from twisted.python.failure import Failure

from corpus.store import CorpusStore
from crawler import discovery
from crawler.canonical import canonicalize
from crawler.items import DiscoveryRead, FetchedPage, FetchFailed, content_type, is_html
from crawler.progress import CrawlProgress
from crawler.sources import Source

log = logging.getLogger(__name__)

DISCOVERY_PRIORITY = 1_000_000
_EPOCH = datetime(2000, 1, 1, tzinfo=UTC)


@dataclass
class CrawlContext:
    """Everything one crawl run shares between the spider and the pipeline."""

    store: CorpusStore
    progress: CrawlProgress
    keywords: tuple[str, ...]
    since: datetime | None = None
    until: datetime | None = None
    limit: int | None = None  # kept articles per source
    refresh: bool = False
    revisit_hours: float = 6.0
    max_listing_pages: int = 30
    max_sitemaps: int = 50
    extract_workers: int = 1
    kept: dict[str, int] = field(default_factory=dict)

    def source_done(self, source: str) -> bool:
        return self.limit is not None and self.kept.get(source, 0) >= self.limit


def _priority(date: datetime | None, fallback: int = 0) -> int:
    """Newer articles first: days since 2000 for dated candidates, else ``fallback``."""
    if date is None:
        return fallback
    return 100 + max(0, (date - _EPOCH).days)


class NewsSpider(scrapy.Spider):
    name = "news"

    def __init__(self, sources: list[Source], context: CrawlContext, **kwargs):
        super().__init__(**kwargs)
        self.sources = {s.name: s for s in sources}
        self.ctx = context
        self.allowed_domains = sorted({d for s in sources for d in s.allowed_domains})
        self.scheduled: set[str] = set()
        self.sitemaps_read: dict[str, int] = {}
        self.seen: set[str] = set()

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> NewsSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        crawler.signals.connect(spider.on_headers, signal=signals.headers_received)
        return spider

    # --- start --------------------------------------------------------------------------
    async def start(self) -> AsyncIterator[scrapy.Request]:
        """Resumed frontier first, then the discovery entry points that are due."""
        store = self.ctx.store
        # unextractable pages are archived: ``ocop reextract`` retries them, not every crawl
        self.seen = store.urls_in_state("article", "skipped", "unextractable")
        for source in self.sources.values():
            # 1. resume the frontier left by an earlier (possibly killed) run
            for url in sorted(store.urls_in_state("queued", "error", source=source.name)):
                req = self._article_request(source, url, None, fallback=50)
                if req is not None:
                    yield req
            # ... and the listing pages / sitemaps it had found but not read yet
            for url, reason in store.pending_discovery(source.name):
                kind, _, page = reason.partition(":")
                yield self._discovery_request(source, url, kind or "listing", int(page or 1),
                                              priority=DISCOVERY_PRIORITY - int(page or 1))  # fmt: skip
            # 2. discovery entry points, re-read after the revisit interval
            entries: list[tuple[str, str]] = (
                [(u, "sitemap") for u in source.sitemaps]
                + [(u, "feed") for u in source.feeds]
                + [(u, "listing") for u in source.sections]
            )
            if not entries:  # nothing configured: discover at crawl time
                entries = [
                    (urljoin(source.home, "/robots.txt"), "robots"),
                    (source.home, "listing"),
                ]
            for url, kind in entries:
                if self._due(url):
                    yield self._discovery_request(source, url, kind)

    def _due(self, url: str) -> bool:
        if self.ctx.refresh:
            return True
        row = self.ctx.store.url_state(url)
        if row is None or row["state"] != "visited":
            return True
        last = datetime.fromisoformat(row["last_seen"])
        return datetime.now(UTC) - last >= timedelta(hours=self.ctx.revisit_hours)

    def _discovery_request(self, source: Source, url: str, kind: str, page: int = 1,
                           priority: int = DISCOVERY_PRIORITY) -> scrapy.Request:  # fmt: skip
        return scrapy.Request(
            url,
            callback=self.parse_discovery,
            errback=self.on_error,
            priority=priority,
            dont_filter=kind == "robots",
            meta={
                "source": source.name,
                "kind": kind,
                "page": page,
                "dont_obey_robotstxt": kind == "robots",
            },  # fmt: skip
        )

    def _article_request(self, source: Source, url: str, date: datetime | None,
                         fallback: int = 0) -> scrapy.Request | None:  # fmt: skip
        try:
            url = canonicalize(url)
        except ValueError:
            return None
        if url in self.scheduled or not source.allows(url) or discovery.is_trap(url):
            return None
        self.scheduled.add(url)
        return scrapy.Request(
            url,
            callback=self.parse_article,
            errback=self.on_error,
            priority=_priority(date, fallback),
            dont_filter=True,  # deduplicated by canonical URL above; lets redirect loops end
            meta={"source": source.name, "kind": "article"},
        )

    # --- discovery ----------------------------------------------------------------------
    def parse_discovery(self, response: Response) -> Iterator[Any]:
        """Requests for what a sitemap, feed or listing links to, then ``DiscoveryRead``."""
        source = self.sources[response.meta["source"]]
        kind = response.meta["kind"]
        self.ctx.progress.add(source.name, fetched=1)
        yield from self._discover(response, source, kind)
        # last: FrontierMiddleware marks the page visited with everything found on it
        asked = response.meta.get("redirect_urls", [response.url])[0]
        yield DiscoveryRead(source.name, asked, kind)

    def _follow(self, source: Source, url: str, kind: str, page: int = 1,
                priority: int = DISCOVERY_PRIORITY) -> scrapy.Request:  # fmt: skip
        """A discovery request found on a page (FrontierMiddleware keeps it pending until read)."""
        return self._discovery_request(source, url, kind, page, priority)

    def _discover(self, response: Response, source: Source, kind: str) -> Iterator[scrapy.Request]:
        body = response.body
        if kind == "robots":
            found = discovery.robots_sitemaps(response.text if response.status == 200 else "")
            found = found or [urljoin(source.home, "/sitemap.xml")]
            for url in found:
                if self._due(url):
                    yield self._follow(source, url, "sitemap")
            return
        if kind == "sitemap" or discovery.looks_like_sitemap(body):
            pages, children = discovery.parse_sitemap(body)
            for child in children:
                if self.ctx.since and child.date and child.date < self.ctx.since:
                    continue
                n = self.sitemaps_read.get(source.name, 0)
                if n >= self.ctx.max_sitemaps:
                    break
                if self._due(child.url):
                    self.sitemaps_read[source.name] = n + 1
                    yield self._follow(source, child.url, "sitemap")
            yield from self._candidates(source, pages)
            return
        if kind == "feed" or discovery.looks_like_feed(body):
            yield from self._candidates(source, discovery.parse_feed(body))
            return
        # an HTML listing (section, tag or home page), parsed once for all three questions
        if not is_html(content_type(response.headers.get(b"Content-Type"))[0]):
            return
        tree = discovery.parse_html(body, response.url)
        if tree is None:
            return
        if response.meta.get("page", 1) == 1 and not (source.feeds or source.sitemaps):
            for feed in discovery.feed_links(tree, response.url)[:3]:
                if source.allows(feed) and self._due(feed):
                    yield self._follow(source, feed, "feed")
        links = discovery.article_links(tree, response.url)
        page = response.meta.get("page", 1)
        new = list(self._candidates(source, links, fallback=max(1, 60 - page)))
        yield from new
        nxt = discovery.next_page(tree, response.url)
        if (
            nxt
            and (new or self.ctx.refresh)
            and page < self.ctx.max_listing_pages
            and source.allows(nxt)
            and not discovery.is_trap(nxt)
            and not self.ctx.source_done(source.name)
        ):
            yield self._follow(source, nxt, "listing", page=page + 1,
                               priority=DISCOVERY_PRIORITY - page)  # fmt: skip

    def _candidates(self, source: Source, candidates: Iterable[discovery.Candidate],
                    fallback: int = 0) -> Iterator[scrapy.Request]:  # fmt: skip
        """Requests for candidates not seen before (FrontierMiddleware marks them queued)."""
        if self.ctx.source_done(source.name):
            return
        seen = self.seen
        fresh: list[tuple[str, datetime | None]] = []
        for c in candidates:
            if self.ctx.since and c.date and c.date < self.ctx.since:
                continue
            try:
                url = canonicalize(c.url)
            except ValueError:
                continue
            if url in self.scheduled or (url in seen and not self.ctx.refresh):
                continue
            if not source.allows(url) or discovery.is_trap(url):
                continue
            fresh.append((url, c.date))
        for url, date in fresh:
            req = self._article_request(source, url, date, fallback)
            if req is not None:
                yield req

    # --- articles -----------------------------------------------------------------------
    def on_headers(self, headers: Headers, body_length: int, request: scrapy.Request,
                   spider: scrapy.Spider) -> None:  # fmt: skip
        """Stop downloading non-HTML article responses as soon as the headers arrive."""
        if request.meta.get("kind") != "article":
            return
        if not is_html(content_type(headers.get(b"Content-Type"))[0]):
            raise StopDownload(fail=False)

    def parse_article(self, response: Response) -> Iterator[FetchedPage]:
        """The page as a ``FetchedPage`` item for the pipelines."""
        source = response.meta["source"]
        self.ctx.progress.add(source, fetched=1)
        page = FetchedPage.from_response(response, source)
        if is_html(page.media_type) and self.ctx.source_done(source):
            return  # stays queued for the next run
        yield page  # a non-HTML page is recorded as skipped by StorePipeline

    def on_error(self, failure: Failure) -> Iterator[FetchFailed]:
        """A failed or refused request as a ``FetchFailed`` item (``StorePipeline`` records it)."""
        request = failure.request
        meta = request.meta
        refused = failure.check(IgnoreRequest) and not getattr(failure.value, "response", None)
        if refused:  # robots.txt disallowed or offsite: not an error, and not to be retried
            reason = str(failure.value) or "ignored"
        else:
            reason = f"{failure.type.__name__}: {failure.getErrorMessage()}"[:300]
            log.warning("%s %s failed: %s", meta.get("kind"), request.url, reason)
        yield FetchFailed(meta.get("source", ""), request.url, meta.get("kind", ""), reason,
                          refused=bool(refused))  # fmt: skip

    def closed(self, reason: str) -> None:
        self.ctx.progress.flush()
