"""The news spider: discovery (sitemap → feed → section listings) and page fetching.

One spider crawls every selected source. Discovery requests go first; article requests
are prioritised newest first (by the date a sitemap or feed gives, else listing order).
Every discovered article URL is written to the store as ``queued`` before it is fetched,
so a crawl killed at any moment resumes from that frontier on the next run; articles and
skipped pages are never fetched again unless ``--refresh``. Fetched pages go to
``crawler.pipelines.ExtractStorePipeline`` for extraction and storage.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from urllib.parse import urljoin

import scrapy
from scrapy import signals
from scrapy.exceptions import IgnoreRequest, StopDownload

from corpus.store import CorpusStore
from crawler import discovery
from crawler.canonical import canonicalize
from crawler.progress import CrawlProgress
from crawler.sources import Source

log = logging.getLogger(__name__)

DISCOVERY_PRIORITY = 1_000_000
_EPOCH = datetime(2000, 1, 1, tzinfo=UTC)
HTML_TYPES = ("text/html", "application/xhtml+xml", "text/plain")  # text/plain: misconfigured sites


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
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        crawler.signals.connect(spider.on_headers, signal=signals.headers_received)
        return spider

    # --- start --------------------------------------------------------------------------
    async def start(self):
        store = self.ctx.store
        self.seen = store.urls_in_state("article", "skipped")
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
    def parse_discovery(self, response):
        source = self.sources[response.meta["source"]]
        kind = response.meta["kind"]
        self.ctx.progress.add(source.name, fetched=1)
        yield from self._discover(response, source, kind)
        if kind != "robots":  # only now: a crash before this point reads the page again
            asked = response.meta.get("redirect_urls", [response.url])[0]
            self.ctx.store.mark_url(asked, "visited", source=source.name, reason=kind)

    def _follow(self, source: Source, url: str, kind: str, page: int = 1,
                priority: int = DISCOVERY_PRIORITY) -> scrapy.Request:  # fmt: skip
        """A discovery request found on a page, remembered until it has been read."""
        self.ctx.store.mark_url(url, "pending", source=source.name, reason=f"{kind}:{page}")
        return self._discovery_request(source, url, kind, page, priority)

    def _discover(self, response, source: Source, kind: str):
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
        # an HTML listing (section, tag or home page)
        if not self._is_html(response):
            return
        if response.meta.get("page", 1) == 1 and not (source.feeds or source.sitemaps):
            for feed in discovery.feed_links(body, response.url)[:3]:
                if source.allows(feed) and self._due(feed):
                    yield self._follow(source, feed, "feed")
        links = discovery.article_links(body, response.url)
        page = response.meta.get("page", 1)
        new = list(self._candidates(source, links, fallback=max(1, 60 - page)))
        yield from new
        nxt = discovery.next_page(body, response.url)
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

    def _candidates(self, source: Source, candidates, fallback: int = 0):
        """Requests for candidates not seen before; marks them queued first (resumability)."""
        if self.ctx.source_done(source.name):
            return
        store = self.ctx.store
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
        if not fresh:
            return
        with store.transaction():
            for url, _ in fresh:
                row = store.url_state(url)
                if row is None or row["state"] not in ("article", "skipped"):
                    store.mark_url(url, "queued", source=source.name)
        for url, date in fresh:
            req = self._article_request(source, url, date, fallback)
            if req is not None:
                yield req

    # --- articles -----------------------------------------------------------------------
    def on_headers(self, headers, body_length, request, spider):
        """Stop downloading non-HTML article responses as soon as the headers arrive."""
        if request.meta.get("kind") != "article":
            return
        ctype = headers.get(b"Content-Type", b"").decode("latin-1").lower()
        if ctype and not any(t in ctype for t in HTML_TYPES):
            raise StopDownload(fail=False)

    def _is_html(self, response) -> bool:
        ctype = response.headers.get(b"Content-Type", b"").decode("latin-1").lower()
        return not ctype or any(t in ctype for t in HTML_TYPES)

    def parse_article(self, response):
        source = response.meta["source"]
        self.ctx.progress.add(source, fetched=1)
        if not self._is_html(response):
            ctype = response.headers.get(b"Content-Type", b"").decode("latin-1")
            self.ctx.store.mark_url(response.request.url, "skipped", source=source,
                                    reason=f"not HTML ({ctype.split(';')[0]})")  # fmt: skip
            self.ctx.progress.add(source, skipped=1)
            return
        if self.ctx.source_done(source):
            return  # stays queued for the next run
        header_enc = None
        ctype = response.headers.get(b"Content-Type", b"").decode("latin-1")
        if "charset=" in ctype.lower():
            header_enc = ctype.lower().split("charset=", 1)[1].split(";")[0].strip(" \"'") or None
        yield {
            "source": source,
            "url": response.request.url,
            "final_url": response.url,
            "status": response.status,
            "content_type": ctype,
            "encoding": header_enc,
            "headers": {
                k.decode("latin-1"): v[0].decode("latin-1")
                for k, v in response.headers.items()
                if v
            },
            "body": response.body,
            "fetched_at": datetime.now(UTC).isoformat(),
        }

    def on_error(self, failure):
        request = failure.request
        source = request.meta.get("source", "")
        if failure.check(IgnoreRequest) and not getattr(failure.value, "response", None):
            # robots.txt disallowed or offsite: not an error, and not to be retried
            if request.meta.get("kind") == "article":
                self.ctx.store.mark_url(request.url, "skipped", source=source,
                                        reason=str(failure.value) or "ignored")  # fmt: skip
                self.ctx.progress.add(source, skipped=1)
            return
        self.ctx.progress.add(source, errors=1)
        reason = f"{failure.type.__name__}: {failure.getErrorMessage()}"[:300]
        log.warning("%s %s failed: %s", request.meta.get("kind"), request.url, reason)
        if request.meta.get("kind") == "article":
            self.ctx.store.mark_url(request.url, "error", source=source, reason=reason)
        elif (
            request.meta.get("kind") != "robots"
        ):  # a listing/feed/sitemap: retried after the interval
            self.ctx.store.mark_url(
                request.url, "visited", source=source, reason=f"failed: {reason}"
            )
        return None

    def closed(self, reason):
        self.ctx.progress.flush()
