"""Finding article URLs on a news site, without per-site selectors.

Pure functions over bytes/HTML, used by the spider and by `ocop sources add/check`:
sitemaps (urlset, sitemap index, Google News sitemaps), RSS/Atom feeds, feed links in a
page, generic article-link detection on listing pages and generic next-page detection.
"""

from __future__ import annotations

import gzip
import re
from dataclasses import dataclass
from datetime import datetime
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin, urlsplit

from lxml import etree
from lxml import html as lxml_html

from corpus.article import ensure_aware
from corpus.textnorm import fold
from crawler.extract.dates import parse_iso

# URLs that are listings, utilities or traps, never articles (matched on the folded path+query).
_NOT_ARTICLE = re.compile(
    r"/(tag|tags|the|chu-de|chuyen-muc|danh-muc|category|categories|topic|topics|section|"
    r"author|tac-gia|search|tim-kiem|page|trang|lien-he|gioi-thieu|contact|about|rss|feed|"
    r"login|dang-nhap|dang-ky|register|admin|wp-admin|print|in-bai|video|videos|podcast|"
    r"photo|anh|emagazine-list|lich|calendar|event-calendar|sitemap)(/|$|\.)"
    r"|[?&](page|p|trang|date|ngay|month|thang|year|nam|q|s|keyword|tu-khoa)="
    r"|/trang-\d+|/page-\d+|/p\d+\.html?$",
)
_BINARY = re.compile(
    r"\.(jpe?g|png|gif|webp|svg|ico|bmp|pdf|docx?|xlsx?|pptx?|zip|rar|7z|gz|mp3|mp4|m4a|avi|"
    r"mov|webm|css|js|json|xml|txt)$",
    re.I,
)
# Calendar traps: date-only paths ("/2026/11/22/") or date query parameters.
_CALENDAR = re.compile(r"/\d{4}/\d{1,2}(/\d{1,2})?/?$|[?&](date|ngay|day)=\d")
_NEXT_TEXTS = {"trang sau", "sau", "tiep", "trang tiep", "xem them", "tiep theo", "next",
               "older", "cu hon", "tin cu hon", "›", "»", ">", ">>", "›»"}  # fmt: skip
_PAGE_PARAM = re.compile(r"(?:^|[?&])(page|p|trang|pg)=(\d+)", re.I)
_PAGE_PATH = re.compile(r"(/(?:page|trang)[-/]|-p|/p)(\d+)(?=(?:\.html?|/)?$)", re.I)
MAX_URL_LENGTH = 400


@dataclass
class Candidate:
    """A URL found by discovery, with a date when the listing gave one."""

    url: str
    date: datetime | None = None
    title: str = ""


# --- sitemaps ----------------------------------------------------------------------------


def _xml_root(body: bytes):
    if body[:2] == b"\x1f\x8b":
        body = gzip.decompress(body)
    parser = etree.XMLParser(recover=True, resolve_entities=False, no_network=True, huge_tree=False)
    root = etree.fromstring(body.strip() or b"<x/>", parser=parser)
    return root


def _local(tag) -> str:
    return tag.rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


def parse_date(value: str | None) -> datetime | None:
    """RFC 822 (RSS) or ISO 8601 and other written forms (sitemaps, Atom, sloppy feeds);
    naive values are Vietnam time."""
    if not value:
        return None
    value = value.strip()
    if value[:1].isalpha():  # "Thu, 17 Sep 2026 07:31:00 +0700"
        try:
            return ensure_aware(parsedate_to_datetime(value))
        except (TypeError, ValueError, IndexError):
            pass
    return parse_iso(value)


def parse_sitemap(body: bytes) -> tuple[list[Candidate], list[Candidate]]:
    """(pages, child sitemaps) of a sitemap or sitemap index; newest first where dated."""
    try:
        root = _xml_root(body)
    except (etree.XMLSyntaxError, OSError, EOFError, ValueError):
        return [], []
    if root is None:
        return [], []
    pages: list[Candidate] = []
    children: list[Candidate] = []
    kind = _local(root.tag)
    for entry in root:
        name = _local(entry.tag)
        if name not in ("url", "sitemap"):
            continue
        loc, date, title = "", None, ""
        for el in entry.iter():
            tag = _local(el.tag)
            text = (el.text or "").strip()
            if tag == "loc" and not loc:
                loc = text
            elif tag in ("publication_date", "lastmod") and text:
                # news:publication_date beats lastmod
                if tag == "publication_date" or date is None:
                    date = parse_date(text) or date
            elif tag == "title" and text:
                title = text
        if not loc:
            continue
        (children if (name == "sitemap" or kind == "sitemapindex") else pages).append(
            Candidate(loc, date, title)
        )
    return _newest_first(pages), _newest_first(children)


def _newest_first(items: list[Candidate]) -> list[Candidate]:
    dated = sorted((c for c in items if c.date), key=lambda c: c.date, reverse=True)
    return dated + [c for c in items if not c.date]


def robots_sitemaps(robots_txt: str) -> list[str]:
    return [
        line.split(":", 1)[1].strip()
        for line in robots_txt.splitlines()
        if line.lower().startswith("sitemap:") and line.split(":", 1)[1].strip()
    ]


# --- feeds -------------------------------------------------------------------------------


def parse_feed(body: bytes) -> list[Candidate]:
    """Items of an RSS 2.0 / RSS 1.0 / Atom feed, newest first."""
    try:
        root = _xml_root(body)
    except (etree.XMLSyntaxError, OSError, EOFError, ValueError):
        return []
    if root is None:
        return []
    items: list[Candidate] = []
    for el in root.iter():
        tag = _local(el.tag)
        if tag not in ("item", "entry"):
            continue
        link, date, title = "", None, ""
        for child in el:
            ctag = _local(child.tag)
            text = (child.text or "").strip()
            if ctag == "link":
                href = child.get("href")
                rel = child.get("rel", "alternate")
                if href and rel == "alternate":
                    link = link or href.strip()
                elif text:
                    link = link or text
            elif ctag == "guid" and text.startswith("http") and not link:
                link = text
            elif ctag in ("pubdate", "published", "updated", "date") and text:
                date = date or parse_date(text)
            elif ctag == "title":
                title = text
        if link:
            items.append(Candidate(link, date, title))
    return _newest_first(items)


def looks_like_feed(body: bytes) -> bool:
    head = body[:600].lstrip().lower()
    return b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head


def looks_like_sitemap(body: bytes) -> bool:
    head = body[:800].lower() if body[:2] != b"\x1f\x8b" else b"<urlset"
    return b"<urlset" in head or b"<sitemapindex" in head


# --- HTML pages --------------------------------------------------------------------------


def parse_html(html: str | bytes, base_url: str) -> lxml_html.HtmlElement | None:
    """A page's tree, parsed once and shared by ``feed_links``, ``article_links`` and
    ``next_page`` (None when the bytes are not parseable)."""
    try:
        doc = lxml_html.fromstring(html or "<html/>", base_url=base_url)
    except (etree.ParserError, ValueError):
        return None
    return doc


Page = str | bytes | lxml_html.HtmlElement | None  # raw HTML or a tree from parse_html


def _doc(page: Page, base_url: str) -> lxml_html.HtmlElement | None:
    if page is None or isinstance(page, str | bytes):
        return parse_html(page or b"", base_url)
    return page


def feed_links(html: Page, base_url: str) -> list[str]:
    """Feeds a page declares with <link rel=alternate type=application/rss+xml|atom+xml>."""
    doc = _doc(html, base_url)
    if doc is None:
        return []
    out = []
    for link in doc.xpath("//link[@href]"):
        rel = (link.get("rel") or "").lower()
        typ = (link.get("type") or "").lower()
        if "alternate" in rel and ("rss" in typ or "atom" in typ):
            out.append(urljoin(base_url, link.get("href").strip()))
    return list(dict.fromkeys(out))


def is_trap(url: str) -> bool:
    """URLs a crawler must not wander into: calendars, over-long or self-repeating paths."""
    if len(url) > MAX_URL_LENGTH or _CALENDAR.search(url):
        return True
    segments = [s for s in urlsplit(url).path.split("/") if s]
    return len(segments) > 8 or any(
        segments[i : i + 2] == segments[i + 2 : i + 4] for i in range(len(segments) - 3)
    )


def looks_like_article_url(url: str, anchor_text: str = "") -> bool:
    """Generic article-link test: a slug or numeric id in the path, or a headline-like anchor."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or _BINARY.search(parts.path):
        return False
    path = fold(parts.path)
    if (
        path in ("", "/")
        or is_trap(url)
        or _NOT_ARTICLE.search(path + ("?" + parts.query if parts.query else ""))
    ):
        return False
    last = [s for s in path.split("/") if s][-1]
    last = re.sub(r"\.(html?|aspx?|php|htm|chn|ldo|vnp|vn)$", "", last)
    words = [w for w in re.split(r"[-_]+", last) if w and not w.isdigit()]
    has_id = bool(re.search(r"\d{5,}", last))
    if len(words) >= 4 or (has_id and (len(words) >= 2 or len(anchor_text.split()) >= 4)):
        return True
    return len(anchor_text.split()) >= 6 and len(words) >= 2


def article_links(html: Page, base_url: str) -> list[Candidate]:
    """Article links on a listing page, in page order (teasers first), deduplicated."""
    doc = _doc(html, base_url)
    if doc is None:
        return []
    seen: dict[str, Candidate] = {}
    for a in doc.xpath("//a[@href]"):
        href = a.get("href", "").strip()
        if not href or href.startswith(("#", "javascript:", "mailto:", "tel:")):
            continue
        url = urljoin(base_url, href).split("#", 1)[0]
        text = " ".join(a.text_content().split())
        if url not in seen and looks_like_article_url(url, text):
            seen[url] = Candidate(url, None, text)
        elif url in seen and len(text) > len(seen[url].title):
            seen[url].title = text
    return list(seen.values())


def page_number(url: str) -> int | None:
    m = _PAGE_PARAM.search(urlsplit(url).query and "?" + urlsplit(url).query or "")
    if m:
        return int(m.group(2))
    m = _PAGE_PATH.search(urlsplit(url).path)
    return int(m.group(2)) if m else None


def next_page(html: Page, base_url: str) -> str | None:
    """The next page of a listing: rel=next, a "Trang sau"/"Sau"/"Xem thêm"/"›" link, or page N+1."""
    doc = _doc(html, base_url)
    if doc is None:
        return None
    for el in doc.xpath("//link[@rel][@href] | //a[@rel][@href]"):
        if "next" in (el.get("rel") or "").lower().split():
            return urljoin(base_url, el.get("href").strip())
    current = page_number(base_url) or 1
    by_number = None
    for a in doc.xpath("//a[@href]"):
        href = a.get("href", "").strip()
        if not href or href.startswith(("#", "javascript:")):
            continue
        url = urljoin(base_url, href)
        if url.split("#")[0] == base_url.split("#")[0]:
            continue
        text = fold(" ".join(a.text_content().split())).strip(" .…")
        label = fold(a.get("title") or a.get("aria-label") or "")
        if text in _NEXT_TEXTS or label in ("next", "trang sau", "trang tiep", "next page"):
            return url
        n = page_number(url)
        if n == current + 1 and text in (str(n), "") and by_number is None:
            by_number = url
    return by_number
