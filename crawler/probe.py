"""Probing a news site once, outside a crawl: for `ocop sources add` and `ocop sources check`.

Finds sitemaps (robots.txt, /sitemap.xml, sitemap indexes, news sitemaps), feeds
(``<link rel=alternate>`` and common feed paths) and OCOP section links on the home page,
and reports what each yields. Plain urllib with the crawler's User-Agent; robots.txt is
respected for everything but robots.txt itself.
"""

from __future__ import annotations

import urllib.error
import urllib.request
import urllib.robotparser
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

from corpus.textnorm import fold
from crawler import discovery, settings
from crawler.sources import check_url

COMMON_FEEDS = ("/rss", "/rss.xml", "/feed", "/feed/", "/rss/home.rss", "/rss/tin-moi-nhat.rss",
                "/index.rss", "/atom.xml")  # fmt: skip
MAX_BYTES = 4 * 1024 * 1024


@dataclass
class Fetched:
    url: str
    status: int
    body: bytes = b""
    content_type: str = ""
    error: str = ""

    @property
    def ok(self) -> bool:
        return self.status == 200 and not self.error


def fetch(url: str, timeout: float = 15.0) -> Fetched:
    req = urllib.request.Request(url, headers={"User-Agent": settings.USER_AGENT})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:  # noqa: S310 (http(s) only)
            body = resp.read(MAX_BYTES + 1)
            if len(body) > MAX_BYTES:
                return Fetched(resp.geturl(), resp.status, b"", "", "response too large")
            return Fetched(resp.geturl(), resp.status, body, resp.headers.get("Content-Type", ""))
    except urllib.error.HTTPError as exc:
        return Fetched(url, exc.code, b"", "", f"HTTP {exc.code}")
    except (urllib.error.URLError, TimeoutError, OSError, ValueError) as exc:
        reason = getattr(exc, "reason", exc)
        return Fetched(url, 0, b"", "", f"unreachable: {reason}")


@dataclass
class ProbeReport:
    home: str
    reachable: bool
    status: int
    error: str = ""
    sitemaps: dict[str, int] = field(default_factory=dict)  # url -> pages + child sitemaps
    feeds: dict[str, int] = field(default_factory=dict)  # url -> items
    sections: dict[str, int] = field(default_factory=dict)  # url -> article links
    robots_disallowed: list[str] = field(default_factory=list)


def _robots(home: str) -> tuple[urllib.robotparser.RobotFileParser, str]:
    robots_url = urljoin(home, "/robots.txt")
    got = fetch(robots_url)
    rp = urllib.robotparser.RobotFileParser(robots_url)
    text = got.body.decode("utf-8", "replace") if got.ok else ""
    rp.parse(text.splitlines())
    return rp, text


def count_sitemap(url: str) -> int:
    got = fetch(url)
    if not got.ok or not discovery.looks_like_sitemap(got.body):
        return -1
    pages, children = discovery.parse_sitemap(got.body)
    return len(pages) + len(children)


def count_feed(url: str) -> int:
    got = fetch(url)
    if not got.ok or not discovery.looks_like_feed(got.body):
        return -1
    return len(discovery.parse_feed(got.body))


def count_listing(url: str) -> int:
    got = fetch(url)
    if not got.ok:
        return -1
    return len(discovery.article_links(got.body, got.url))


def probe(home: str, *, sitemaps=(), feeds=(), sections=(), discover: bool = True) -> ProbeReport:
    """Check ``home`` and the given entry points; with ``discover``, find more.

    Raises SourcesError (an OcopError) when ``home`` is not a usable http(s) URL."""
    home = check_url(home)
    page = fetch(home)
    report = ProbeReport(home, page.ok, page.status, page.error)
    if not page.ok:
        return report
    rp, robots_text = _robots(home)
    allowed = lambda u: rp.can_fetch(settings.USER_AGENT, u)  # noqa: E731
    found_maps = list(sitemaps)
    found_feeds = list(feeds)
    found_sections = list(sections)
    if discover:
        found_maps += discovery.robots_sitemaps(robots_text) or [urljoin(home, "/sitemap.xml")]
        found_feeds += discovery.feed_links(page.body, page.url)
        if not found_feeds:
            found_feeds += [urljoin(home, p) for p in COMMON_FEEDS]
        found_sections += ocop_sections(page.body, page.url)
    for url in dict.fromkeys(found_maps):
        if not allowed(url):
            report.robots_disallowed.append(url)
            continue
        n = count_sitemap(url)
        if n >= 0 or not discover:
            report.sitemaps[url] = n
    for url in dict.fromkeys(found_feeds):
        if not allowed(url):
            report.robots_disallowed.append(url)
            continue
        n = count_feed(url)
        if n >= 0 or not discover:
            report.feeds[url] = n
        if discover and n > 0 and len(report.feeds) >= 3:
            break
    for url in dict.fromkeys(found_sections):
        if not allowed(url):
            report.robots_disallowed.append(url)
            continue
        report.sections[url] = count_listing(url)
    return report


def ocop_sections(html: bytes, base_url: str) -> list[str]:
    """Links on a page that look like an OCOP section or tag listing."""
    from lxml import html as lxml_html

    try:
        doc = lxml_html.fromstring(html, base_url=base_url)
    except Exception:
        return []
    host = urlsplit(base_url).hostname
    out = []
    for a in doc.xpath("//a[@href]"):
        url = urljoin(base_url, a.get("href").strip()).split("#")[0]
        label = fold(" ".join(a.text_content().split()))
        if urlsplit(url).hostname != host:
            continue
        if ("ocop" in fold(urlsplit(url).path) or label in ("ocop", "san pham ocop")) and (
            not discovery.looks_like_article_url(url, "")
        ):
            out.append(url)
    return list(dict.fromkeys(out))[:5]
