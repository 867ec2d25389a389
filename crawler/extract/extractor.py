"""``extract()``: one page to article fields, and the article / non-article decision."""

from __future__ import annotations

import html as html_lib
import re
from dataclasses import dataclass, field
from datetime import datetime

from lxml import etree
from lxml import html as lxml_html

from corpus.article import Article, Image
from corpus.textnorm import fold, nfc, tidy
from crawler.extract import bylines, dates, metadata
from crawler.extract.body import body_paragraphs
from crawler.extract.encoding import decode_html

_LEAD_ATTR = re.compile(r"sapo|(?:^|[\s_-])lead(?:$|[\s_-])|summary|chapeau|excerpt|"
                        r"description|article-intro|(?:^|[\s_-])intro(?:$|[\s_-])|standfirst|subtitle",
                        re.I)  # fmt: skip
_DATE_ATTR = re.compile(r"date|time|publish|posted|ngay|thoi-?gian|meta|info|byline|author", re.I)
_PUBLISHED_META = ("article:published_time", "og:article:published_time", "datepublished",
                   "pubdate", "publishdate", "publish_date", "publication_date", "dc.date.issued",
                   "dc.date", "dcterms.created", "date", "sailthru.date", "parsely-pub-date",
                   "article.published", "published_time", "cxenseparse:recs:publishtime")  # fmt: skip
_MODIFIED_META = ("article:modified_time", "og:updated_time", "datemodified", "dcterms.modified",
                  "last-modified", "article.updated", "modified_time")  # fmt: skip
_AUTHOR_ATTR = re.compile(r"author|byline|tac-?gia|writer|reporter|signature|nguon", re.I)
MIN_ARTICLE_WORDS = 80


@dataclass
class Extraction:
    is_article: bool
    title: str = ""
    lead: str = ""
    text: str = ""
    authors: list[str] = field(default_factory=list)
    attribution: str = ""
    published_at: datetime | None = None
    modified_at: datetime | None = None
    images: list[Image] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    section: str = ""
    language: str = ""
    canonical_url: str = ""
    reason: str = ""

    def to_article(self, url: str, source: str = "", fetched_at: datetime | None = None) -> Article:
        return Article(
            url=url, canonical_url=self.canonical_url or url, source=source, title=self.title,
            lead=self.lead, text=self.text, authors=list(self.authors), attribution=self.attribution,
            published_at=self.published_at, modified_at=self.modified_at, section=self.section,
            tags=list(self.tags), images=list(self.images), language=self.language or "vi",
            fetched_at=fetched_at,
        )  # fmt: skip


def _css(doc, selector: str | None):
    if not selector:
        return []
    try:
        return doc.cssselect(selector)
    except Exception:  # a bad selector in sources.toml must not break extraction
        return []


def _text(el) -> str:
    return tidy(" ".join(el.text_content().split()))


def extract(html: bytes | str, url: str, *, overrides: dict | None = None,
            declared_encoding: str | None = None) -> Extraction:  # fmt: skip
    """Extract one page. Never raises on bad HTML: an unusable page is a non-article."""
    overrides = overrides or {}
    text = decode_html(html, declared_encoding)
    if not text.strip():
        return Extraction(False, reason="empty page")
    try:
        doc = _parse(text)
    except (etree.ParserError, ValueError) as exc:
        return Extraction(False, reason=f"unparseable HTML: {exc}")
    for sel in overrides.get("remove") or []:
        for el in _css(doc, sel):
            if el.getparent() is not None:
                el.drop_tree()
    meta = metadata.meta_map(doc)
    lds = metadata.json_ld_articles(doc)
    ld = lds[0] if lds else None

    title = _title(doc, meta, ld, overrides)
    lead = _lead(doc, overrides)
    body_sel = overrides.get("body")
    paragraphs, traf = body_paragraphs(doc, url, body_sel)
    # Dateline-only lines ("19/04/2025 23:16", "Cập nhật: 10:05 05/10/2025 | Thu Trang") are metadata.
    paragraphs = [p for p in paragraphs if not _is_dateline(p)]
    # Drop the title and the lead where the body repeats them.
    ft = fold(title)
    paragraphs = [p for p in paragraphs if fold(p) != ft]
    if lead:
        key = fold(lead)[:60]
        for i, p in enumerate(paragraphs[:2]):
            if key and key in fold(p):
                if len(p) <= 1.2 * len(lead):
                    del paragraphs[i]  # the body repeats the sapo
                else:
                    lead = ""  # the "sapo" is the body's own opening: keep it there only
                break
    lang = metadata.language(doc, meta, " ".join([title, *paragraphs[:5]]))
    paragraphs, authors, attribution = _bylines(
        paragraphs, doc, meta, ld, overrides, traf, vietnamese=lang == "vi"
    )
    if not lead and paragraphs and _bold_first_paragraph(doc, paragraphs[0]):
        lead, paragraphs = paragraphs[0], paragraphs[1:]
    body = "\n\n".join(paragraphs)
    published, modified = _dates(doc, meta, ld, overrides)
    ex = Extraction(
        is_article=True,
        title=title,
        lead=lead,
        text=body,
        authors=authors,
        attribution=attribution,
        published_at=published,
        modified_at=modified,
        images=[Image(u, c) for u, c in metadata.images(doc, url, meta, _body_root(doc, body_sel))],
        tags=metadata.keywords(doc, meta, ld),
        section=metadata.section(doc, meta, ld),
        language=lang,
        canonical_url=metadata.canonical_url(doc, url, meta),
    )
    ex.is_article, ex.reason = _is_article(doc, meta, ld, ex)
    return ex


_PARSER = lxml_html.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True)


def _parse(text: str):
    """lxml first; pages it cannot make sense of (no body found, parser errors) are repaired
    by beautifulsoup4's lenient html.parser and parsed again."""
    try:
        doc = lxml_html.document_fromstring(text.encode("utf-8"), parser=_PARSER)
        if doc.find("body") is not None and len(doc.text_content().strip()) > 0:
            return doc
    except (etree.ParserError, ValueError):
        pass
    from bs4 import BeautifulSoup

    repaired = str(BeautifulSoup(text, "html.parser"))
    return lxml_html.document_fromstring(repaired.encode("utf-8") or b"<html/>", parser=_PARSER)


def _clean_title(text: str) -> str:
    """NFC, entities decoded (some sites double-escape og:title), spaces collapsed; the
    characters of the headline itself (ideographic spaces …) are kept."""
    text = nfc(html_lib.unescape(html_lib.unescape(text or "")))
    return re.sub(r"[ \t\r\n\u00a0]+", " ", text).strip()


def _title(doc, meta, ld, overrides) -> str:
    """The headline: JSON-LD/og:title (kickers kept) unless it is the <h1> plus a site suffix."""
    for el in _css(doc, overrides.get("title")):
        if _text(el):
            return _text(el)
    h1s = [_clean_title(h.text_content()) for h in doc.xpath("//h1")]
    h1s = [h for h in h1s if h]
    site = meta.get("og:site_name") or meta.get("application-name") or ""
    candidates = [metadata.ld_text(ld.get("headline")) if ld else "", meta.get("og:title", ""),
                  meta.get("twitter:title", "")]  # fmt: skip
    title_el = doc.find(".//title")
    page_title = _clean_title(title_el.text_content()) if title_el is not None else ""
    for c in candidates:
        c = _strip_site(_clean_title(c), site)
        if not c:
            continue
        for h in h1s:
            fh, fc = fold(h), fold(c)
            if fh and fc.startswith(fh) and fc != fh and _SUFFIX_SEP.match(c[len(h) :]):
                return h  # the og:title is "<h1> - Site"
        return c
    if h1s:
        return max(h1s[:2], key=len)
    return _strip_site(page_title, site, generic=True)


_SUFFIX_SEP = re.compile(r"\s*(?:[|\-–—»·:ㅣ]|--)")
_SEP_CHARS = re.compile(r"\s+[|\-–—»·]\s+|\s*(?:\||--|ㅣ|»)\s*|-(?=[^-]*$)")


def _strip_site(title: str, site: str, generic: bool = False) -> str:
    """Drop a leading or trailing segment naming the site ("… - Báo Quảng Ninh", "… | VnExpress").

    With ``generic`` (a bare <title>), a short last segment after " - " or " | " goes too.
    """
    if not title:
        return ""
    fsite = fold(site).strip()
    parts = _SEP_CHARS.split(title)
    if len(parts) > 1:
        last, first = parts[-1].strip(), parts[0].strip()
        if fsite and fsite in fold(last) and len(last) <= len(site) + 20:
            return title[: title.rfind(parts[-1])].rstrip(" |-–—»·ㅣ")
        if fsite and fsite in fold(first) and len(first) <= len(site) + 20:
            return title[len(parts[0]) :].lstrip(" |-–—»·ㅣ")
        if generic and len(last.split()) <= 5 and len(last) < 0.5 * len(title):
            return title[: title.rfind(parts[-1])].rstrip(" |-–—»·ㅣ")
    return title


_TEASER_ATTR = re.compile(
    r"related|relate|lien-?quan|list|teaser|item|card|story|promo|widget|"
    r"sidebar|box-?news|other|more|footer|nav|menu",
    re.I,
)


def _lead(doc, overrides) -> str:
    """The sapo: an element marked as lead/sapo/summary after the headline, not a teaser."""
    for el in _css(doc, overrides.get("lead")):
        if _text(el):
            return _text(el)
    h1 = doc.xpath("//body//h1")
    h1_line = (h1[0].sourceline or 0) if h1 else 0
    for el in doc.xpath("//body//*[@class or @id]"):
        if el.tag not in ("p", "div", "h2", "h3", "span", "strong", "b", "section", "em", "header"):
            continue
        attrs = f"{el.get('class') or ''} {el.get('id') or ''}"
        if not _LEAD_ATTR.search(attrs) or (el.sourceline or 0) < h1_line:
            continue
        if any(_TEASER_ATTR.search(f"{a.get('class') or ''} {a.get('id') or ''}")
               for a in el.iterancestors() if a.tag not in ("body", "html")):  # fmt: skip
            continue
        t = _text(el)
        if not (40 <= len(t) <= 1200) or len(t.split()) < 8 or len(el.xpath(".//a")) > 3:
            continue
        if (
            el.xpath(".//h1")
            or t.rstrip().endswith(("…", "...", "[…]", "[...]"))
            or "var " in t[:10]
        ):
            continue
        return t
    return ""


def _bold_first_paragraph(doc, para: str) -> bool:
    """The first body paragraph is a sapo when the page sets it entirely in bold."""
    key = fold(para)[:60]
    for el in doc.xpath("//p[b or strong] | //h2"):
        t = _text(el)
        if fold(t)[:60] == key and 40 <= len(t) <= 800:
            if el.tag == "h2":
                return True
            bold = " ".join(" ".join(b.text_content().split()) for b in el.xpath("./b | ./strong"))
            return len(bold) >= 0.9 * len(t)
    return False


def _bylines(paragraphs, doc, meta, ld, overrides, traf=None, vietnamese=True):
    authors: list[str] = []
    attribution = ""
    for el in _css(doc, overrides.get("author")):
        authors += bylines.split_names(_text(el)) or ([_text(el)] if _text(el) else [])
    # visible bylines in the last paragraphs and the first one
    keep = list(paragraphs)
    tail = range(len(keep) - 1, max(-1, len(keep) - 4), -1)
    for i in list(tail) + [0]:
        if not vietnamese:
            break  # the byline rules below are Vietnamese newsroom conventions
        if i >= len(keep) or i < 0:
            continue
        found = bylines.byline_of(keep[i])
        if found:
            names, attr = found
            authors += [n for n in names if n not in authors]
            attribution = attribution or attr
            keep[i] = ""
            continue
        if i >= len(keep) - 2:
            name = bylines.trailing_name(keep[i])
            if name and i > 0:
                authors.append(name)
                keep[i] = ""
    keep = [p for p in keep if p]
    if not authors and ld:  # JSON-LD people, as written (trafilatura drops initials' dots)
        for name in metadata.ld_names(ld.get("author")):
            authors += [n for n in bylines.split_conjoined(name) if bylines.looks_like_name(n, 6)]
    if not authors and traf and traf.get("author"):
        authors += [a.strip() for a in traf["author"].split(";") if a.strip()]
    if not authors:
        for key in (
            "author",
            "article:author",
            "dc.creator",
            "byl",
            "parsely-author",
            "sailthru.author",
        ):
            v = meta.get(key, "")
            if v and not v.startswith("http") and not authors:
                authors += bylines.split_names(re.sub(r"^(by|bởi)\s+", "", v, flags=re.I))
    if not authors:
        for el in doc.xpath("//*[@class or @id or @itemprop or @rel]"):
            attrs = f"{el.get('class') or ''} {el.get('id') or ''} {el.get('itemprop') or ''} {el.get('rel') or ''}"
            if not _AUTHOR_ATTR.search(attrs) or el.tag in ("body", "html", "meta", "link"):
                continue
            t = _text(el)
            if not t or len(t) > 80:
                continue
            t = re.sub(r"^(by|bởi|tác giả:?)\s+", "", t, flags=re.I)
            t = re.split(r"\s*[|•]\s*|\s+-\s+\d", t)[0]
            names = bylines.split_names(t)
            if names:
                authors += names
                break
    out: list[str] = []
    for a in authors:
        a = tidy(a)
        if a and a not in out:
            out.append(a)
    return keep, out[:8], attribution


def _dates(doc, meta, ld, overrides):
    published = modified = None
    for el in _css(doc, overrides.get("date")):
        found = dates.find_visible(_text(el)) or (
            [dates.parse_iso(el.get("datetime"))] if el.get("datetime") else []
        )
        if found and found[0]:
            published = found[0]
            break
    if published is None and ld:
        published = dates.parse_iso(ld.get("datePublished") or ld.get("dateCreated"))
        modified = dates.parse_iso(ld.get("dateModified"))
    if published is None:
        for key in _PUBLISHED_META:
            published = dates.parse_iso(meta.get(key))
            if published:
                break
    if modified is None:
        for key in _MODIFIED_META:
            modified = dates.parse_iso(meta.get(key))
            if modified:
                break
    if published is None:
        for t in doc.xpath("//time[@datetime]"):
            published = dates.parse_iso(t.get("datetime"))
            if published:
                break
    if published is None:
        published = _visible_date(doc)
    if published is None:
        try:
            import htmldate

            found = htmldate.find_date(doc, extensive_search=False, original_date=True,
                                       outputformat="%Y-%m-%dT%H:%M:%S")  # fmt: skip
            published = dates.parse_iso(found) if found else None
        except Exception:
            published = None
    if not dates.plausible(published):
        published = None
    if modified is not None and (
        not dates.plausible(modified) or (published and modified < published)
    ):
        modified = None
    return published, modified


def _visible_date(doc):
    """A date written near the headline: date/time/meta blocks first, then the text after the h1."""
    for el in doc.xpath("//body//*[@class or @id]"):
        attrs = f"{el.get('class') or ''} {el.get('id') or ''}"
        if el.tag in ("body", "html") or not _DATE_ATTR.search(attrs):
            continue
        t = _text(el)
        if not t or len(t) > 200:
            continue
        found = dates.find_visible(t)
        if found:  # an update time when that is all the block gives: the best we have
            return found[0]
    h1 = doc.xpath("//h1")
    if h1:
        following = []
        for el in h1[0].itersiblings():
            following.append(_text(el))
            if sum(len(x) for x in following) > 400:
                break
        found = dates.find_visible(" ".join(following))
        if found:
            return found[0]
    return None


_DATE_CHUNK = re.compile(
    r"[\d/:.,()|+-]+|gmt|utc|thu \w+|chu nhat|ngay|thang|nam|sang|chieu|toi|"
    r"trua|cap nhat|dang|luc|gio"
)


def _is_dateline(line: str) -> bool:
    if len(line) > 100 or not dates.find_visible(line):
        return False
    rest = _DATE_CHUNK.sub(" ", fold(line)).split()
    return len(rest) <= 4


def _body_root(doc, selector):
    roots = _css(doc, selector)
    if roots:
        return roots[0]
    arts = doc.xpath("//article")
    return arts[0] if arts else None


def _is_article(doc, meta, ld, ex: Extraction) -> tuple[bool, str]:
    words = len((ex.lead + " " + ex.text).split())
    og_type = meta.get("og:type", "").lower()
    typed = bool(ld) or og_type == "article" or "article:published_time" in meta
    links = doc.xpath("//body//a[@href]")
    headline_links = [a for a in links if len(" ".join(a.text_content().split()).split()) >= 6]
    body_paras = ex.text.count("\n\n") + 1 if ex.text else 0
    if not ex.title:
        return False, "no title"
    if words < 40:
        return False, f"too little text ({words} words)"
    if og_type == "website" and not ld and words < 250:
        return False, "a website page (og:type=website), not an article"
    if not typed and ex.published_at is None and words < 150:
        return False, f"no article markup, no date and little text ({words} words)"
    if (
        not typed
        and len(headline_links) >= 12
        and words < 2 * MIN_ARTICLE_WORDS
        and body_paras <= 3
    ):
        return False, f"a listing: {len(headline_links)} headline links and {words} words of text"
    if words < MIN_ARTICLE_WORDS and not typed:
        return False, f"too little text ({words} words)"
    return True, ""
