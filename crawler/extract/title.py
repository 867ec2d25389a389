"""The headline, by a fallback chain: site CSS, structured title confirmed by the <h1>,
the <h1>, the <title> tag without the site name."""

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
    """JSON-LD headline / og:title / twitter:title, kickers kept, unless it is the <h1>
    plus a site suffix (then the <h1>)."""
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
        return c
    return ""


def from_h1(doc) -> str:
    """The longer of the first two <h1>s (the first is often the site logo)."""
    h1s = h1_texts(doc)
    return max(h1s[:2], key=len) if h1s else ""


def from_title_tag(doc, meta: dict[str, str]) -> str:
    """The <title> without the site name."""
    el = doc.find(".//title")
    text = clean(el.text_content()) if el is not None else ""
    return strip_site(text, site_name(meta), generic=True)


def find_title(doc, meta: dict[str, str], ld: dict | None, rules: SiteRules) -> str:
    """The first strategy that gives a headline."""
    return (
        from_rules(doc, rules)
        or from_structured(doc, meta, ld)
        or from_h1(doc)
        or from_title_tag(doc, meta)
    )


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
