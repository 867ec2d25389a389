"""The headline, by a fallback chain: site CSS, structured title confirmed by the <h1>,
the <h1>; without those, the bold line above the story (table layouts) or the <title> tag
without the site name."""

from __future__ import annotations

import html as html_lib
import re

from corpus.textnorm import fold, nfc
from crawler.extract import metadata
from crawler.extract.siterules import SiteRules

# separators between a headline and a site name: "A - Site", "A | Site", "A » Site"
_SUFFIX_SEP = re.compile(r"\s*(?:[|\-–—»·:]|--)")
_SEP_CHARS = re.compile(r"\s+[|\-–—»·]\s+|\s*(?:\||--|»)\s*|-(?=[^-]*$)")
_STRIP = " |-–—»·"
_KICKER_SEPS = ":|-–—»·/"
_KICKER_WORDS = 8  # a kicker plus a site name
_HEADLINE_WORDS = 4
_SENTENCE_WORDS = 10
_TAG_HEADLINE_WORDS = 6  # a shorter <title> is a site or section name
_DATE_LINE = re.compile(r"\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b|\b\d{1,2}:\d{2}\b")


def clean(text: str) -> str:
    """NFC, entities decoded (some sites double-escape og:title), spaces collapsed; the
    characters of the headline itself (ideographic spaces …) are kept."""
    text = nfc(html_lib.unescape(html_lib.unescape(text or "")))
    return re.sub(r"[ \t\r\n\u00a0]+", " ", text).strip()


def h1_texts(doc) -> list[str]:
    """Non-empty <h1> texts in page order."""
    return [t for t in (clean(h.text_content()) for h in doc.xpath("//h1")) if t]


def site_name(meta: dict[str, str]) -> str:
    """The site's own name from og:site_name / application-name."""
    return meta.get("og:site_name") or meta.get("application-name") or ""


def from_rules(doc, rules: SiteRules) -> str:
    """The source's CSS title element."""
    return rules.first_text(doc, "title")


def from_structured(doc, meta: dict[str, str], ld: dict | None) -> str:
    """JSON-LD headline / og:title / twitter:title, unless it is a visible <h1> plus only
    a site name or a short kicker (then the <h1>, the headline the reader sees)."""
    site = site_name(meta)
    h1s = h1_texts(doc)
    candidates = (metadata.ld_text(ld.get("headline")) if ld else "", meta.get("og:title", ""),
                  meta.get("twitter:title", ""))  # fmt: skip
    for c in candidates:
        c = strip_site(clean(c), site)
        if not c:
            continue
        for h in h1s:
            fh, fc = fold(h), fold(c)
            if fh and fc.startswith(fh) and fc != fh and _SUFFIX_SEP.match(c[len(h) :]):
                return h  # the og:title is "<h1> - Site"
            if _only_kicker_around(fh, fc):
                return h  # "Kicker: <h1> | Site": the visible headline is the title
        return c
    return ""


def _only_kicker_around(fh: str, fc: str) -> bool:
    """``fc`` is the headline ``fh`` with only a short kicker or site name before or after
    it, set off by a separator (":", "-", "|", "»")."""
    i = fc.find(fh) if len(fh.split()) >= _HEADLINE_WORDS else -1
    if i < 0 or fc == fh:
        return False
    before, after = fc[:i].strip(), fc[i + len(fh) :].strip()
    rest = len((before + " " + after).split())
    if rest > _KICKER_WORDS or rest >= len(fh.split()):
        return False  # the <h1> is the short part (a site logo): not the headline
    return (not before or before[-1] in _KICKER_SEPS) and (not after or after[0] in _KICKER_SEPS)


def from_h1(doc) -> str:
    """The longer of the first two <h1>s (the first is often the site logo)."""
    h1s = h1_texts(doc)
    return max(h1s[:2], key=len) if h1s else ""


def from_title_tag(doc, meta: dict[str, str]) -> str:
    """The <title> without the site name."""
    el = doc.find(".//title")
    text = clean(el.text_content()) if el is not None else ""
    return strip_site(text, site_name(meta), generic=True)


def _body_start(doc):
    """The first sentence paragraph of the block holding most of them (where the story
    starts on a page without <h1>)."""
    votes: dict = {}
    firsts: dict = {}
    for p in doc.xpath("//body//p | //body//td[not(.//td) and not(.//p)]"):
        words = len(p.text_content().split())
        links = sum(len(a.text_content().split()) for a in p.iter("a"))
        if words < _SENTENCE_WORDS or links > 0.3 * words:
            continue
        parent = p.getparent()
        votes[parent] = votes.get(parent, 0) + words
        firsts.setdefault(parent, p)
    return firsts[max(votes, key=votes.get)] if votes else None


def _looks_bold(el) -> bool:
    if el.tag in ("b", "strong", "h2", "h3"):
        return True
    if el.tag == "font":
        size = (el.get("size") or "").strip("+")
        return size.isdigit() and int(size) >= 3
    return "title" in (el.get("class") or "").lower()


def from_bold_line(doc) -> str:
    """On a page without <h1> (table layouts): the bold or large line right before the
    story's first paragraph, not the site banner above it."""
    start = _body_start(doc)
    if start is None:
        return ""
    for el in reversed(start.xpath("preceding::*")[-40:]):
        if not isinstance(el.tag, str) or not _looks_bold(el) or el.xpath("ancestor::a|.//a"):
            continue
        text = clean(el.text_content())
        if _HEADLINE_WORDS <= len(text.split()) <= 40 and not _DATE_LINE.search(text):
            return text
    return ""


def from_heading_in_title(doc) -> str:
    """On a page without <h1>: the first sub-level heading (<h2>–<h4>) whose text is the
    <title> up to a separator ("Heading - Site name"): the CMS wrote the headline there."""
    el = doc.find(".//title")
    ft = fold(clean(el.text_content())) if el is not None else ""
    if not ft:
        return ""
    for h in doc.xpath("//body//*[self::h2 or self::h3 or self::h4]"):
        text = clean(h.text_content())
        fh = fold(text)
        if len(text.split()) < _HEADLINE_WORDS or not ft.startswith(fh):
            continue
        rest = ft[len(fh) :].strip()
        if not rest or rest[0] in _STRIP:
            return text
    return ""


def find_title(doc, meta: dict[str, str], ld: dict | None, rules: SiteRules) -> str:
    """The first strategy that gives a headline; without one of those, a heading the
    <title> starts with, else the bold line above the story unless the <title> names a
    different, longer headline."""
    found = from_rules(doc, rules) or from_structured(doc, meta, ld) or from_h1(doc)
    found = found or from_heading_in_title(doc)
    if found:
        return found
    tag, bold = from_title_tag(doc, meta), from_bold_line(doc)
    if tag and names_the_site(doc, tag):  # every page's <title> is the portal's name
        return bold or from_title_class(doc, tag) or tag
    if bold and (not tag or fold(bold) in fold(tag) or len(tag.split()) < _TAG_HEADLINE_WORDS):
        return bold
    return tag


def names_the_site(doc, text: str) -> bool:
    """``text`` is the site's name: the banner or logo image says it in its alt/title."""
    f = fold(text)
    return any(
        fold(clean(img.get(a) or "")) == f for img in doc.iter("img") for a in ("alt", "title")
    )


_TITLE_TOKEN = re.compile(r"title|tieu-?de|headline|heading", re.I)


def from_title_class(doc, site: str) -> str:
    """The first element named as a title (``tieude``, ``news-title``) holding a
    headline-sized line that is not the site's name, outside links and menus (the block of
    a page whose story is typed as <br> lines)."""
    fsite = fold(site)
    for el in doc.xpath("//body//*[@class or @id]"):
        if not _TITLE_TOKEN.search(f"{el.get('class') or ''} {el.get('id') or ''}"):
            continue
        if el.xpath("ancestor-or-self::a|.//a|ancestor::nav|ancestor::header"):
            continue
        text = clean(el.text_content())
        sized = _HEADLINE_WORDS <= len(text.split()) <= 40 and fold(text) != fsite
        if sized and not _DATE_LINE.search(text) and not text.endswith((".", ":")):
            return text
    return ""


def strip_site(title: str, site: str, generic: bool = False) -> str:
    """Drop a leading or trailing segment naming the site ("… - Báo Quảng Ninh", "… | VnExpress").

    With ``generic`` (a bare <title>), a short last segment after " - " or " | " goes too.
    """
    if not title:
        return ""
    fsite = fold(site).strip()
    parts = _SEP_CHARS.split(title)
    if len(parts) < 2:
        return title
    last, first = parts[-1].strip(), parts[0].strip()
    if fsite and fsite in fold(last) and len(last) <= len(site) + 20:
        return title[: title.rfind(parts[-1])].rstrip(_STRIP)
    if fsite and fsite in fold(first) and len(first) <= len(site) + 20:
        return title[len(parts[0]) :].lstrip(_STRIP)
    if generic and len(last.split()) <= 5 and len(last) < 0.5 * len(title):
        return title[: title.rfind(parts[-1])].rstrip(_STRIP)
    return title
