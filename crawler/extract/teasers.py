"""Teaser units: how listing pages are built, whatever their container's class.

A teaser is a headline-sized link to another page of the same site, with a little text
around it (a date, a summary, a "read on" link): a block of its own (``<div>``, ``<li>``,
an asset block) or, on pages with almost no markup, the link and the text that follows it
up to the next teaser. A page whose extracted text is mostly the text of three or more
sibling teasers, with little text of its own, is a listing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from corpus.textnorm import fold

HEADLINE_WORDS = 4  # a teaser's link reads like a headline
TEASER_WORDS = 80  # a teaser says little: headline, date, a summary of a sentence or two
MIN_TEASERS = 3
OWN_WORDS = 30  # less than a brief: the page's own sentences around its teasers
_SPACE = re.compile(r"\s+")


@dataclass
class Teasers:
    """The largest group of sibling teasers, and how much of the page's text they are."""

    units: int = 0
    teaser_words: int = 0
    own_words: int = 0

    @property
    def dominate(self) -> bool:
        """Three or more teasers, twice the page's own words, which are fewer than a brief."""
        return (
            self.units >= MIN_TEASERS
            and self.teaser_words >= 2 * self.own_words
            and self.own_words < OWN_WORDS
        )


def _key(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.netloc.lower().removeprefix('www.')}{parts.path.rstrip('/')}?{parts.query}"


def _host(url: str) -> str:
    host = urlsplit(url).netloc.lower().split(":")[0]
    return re.sub(r"^(?:www\d?|m|mobile)\.", "", host)


def _same_site(a: str, b: str) -> bool:
    """The same host, or one a subdomain of the other (a department's site on a portal)."""
    return a == b or a.endswith("." + b) or b.endswith("." + a)


def _teaser_links(tree, url: str) -> dict:
    """Headline-sized links to other pages of the same site: element -> target key."""
    host = _host(url)
    here = _key(url)
    out = {}
    for a in tree.iter("a"):
        href = (a.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript:", "mailto:")):
            continue
        if len(a.text_content().split()) < HEADLINE_WORDS:
            continue
        target = urljoin(url, href)
        if not _same_site(_host(target), host) or _key(target) == here:
            continue
        out[a] = _key(target)
    return out


def _unit(a, targets_in: dict):
    """The largest block around the link that holds no other teaser target."""
    unit = a
    for anc in a.iterancestors():
        if len(targets_in.get(anc, ())) > 1 or anc.tag in ("body", "html"):
            break
        unit = anc
    return unit


def _unit_text(unit) -> str:
    """The unit's text, and for a bare link or line (no block of its own) the text after it
    up to the next teaser."""
    parts = [unit.text_content(), unit.tail or ""]
    for sib in unit.itersiblings():
        if sib.get("data-teaser") is not None:
            break
        parts += [sib.text_content(), sib.tail or ""]
        if len(" ".join(parts).split()) > TEASER_WORDS:
            break
    return " ".join(parts)


def _no_teasers(lines: list[str]) -> Teasers:
    """No teaser group: every word of ``lines`` is the page's own."""
    return Teasers(own_words=sum(len(line.split()) for line in lines))


def _count(units: list, lines: list[str]) -> Teasers:
    """How many words of ``lines`` are the units' text (teasers) and how many are not."""
    texts = [
        t for u in units if len((t := " ".join(u.text_content().split())).split()) <= TEASER_WORDS
    ]
    return _tally(texts, lines)


def _tally(texts: list[str], lines: list[str]) -> Teasers:
    """The teasers ``texts`` against the page's ``lines``: a line found in a teaser is teaser
    text, another sentence-like line is the page's own."""
    folded = [_SPACE.sub("", fold(t)) for t in texts]
    teaser = own = 0
    for line in lines:
        # a table row is rendered "| cell | cell |": its pipes are not the teaser's text
        cells = line.replace("|", " ")
        key, n = _SPACE.sub("", fold(cells)), len(cells.split())
        if key and any(key in t for t in folded):
            teaser += n
        elif _sentence_like(line):  # labels (site name, box titles, link lists) are chrome
            own += n
    return Teasers(len(texts), teaser, own)


_SENTENCE_END = (".", "!", "?", "…", ":", ";", '"', "”", ")")


def _sentence_like(line: str) -> bool:
    """A line of the page's own text: a sentence, not a label or a link."""
    n = len(line.split())
    return n >= 20 or (n >= 6 and line.rstrip().endswith(_SENTENCE_END))


_BOLD_HEADS = ("b", "strong", "h2", "h3", "h4", "h5")


def _unlinked_head(el) -> bool:
    """The block opens with a bold or heading line of headline size that is not a link."""
    first = next((c for c in el if isinstance(c.tag, str)), None)
    if first is None or first.tag not in _BOLD_HEADS or first.find(".//a") is not None:
        return False
    head = " ".join(first.text_content().split())
    if (el.text or "").strip():
        return False
    return len(head.split()) >= HEADLINE_WORDS and not head.endswith((".", "!", "?"))


def find_unlinked(tree, lines: list[str]) -> Teasers:
    """Teasers without links (a print edition's table of contents, a digest): three or
    more sibling blocks with the same class, each a bold headline and a short summary."""
    best: list = []
    for parent in tree.iter():
        if not isinstance(parent.tag, str):
            continue
        by_class: dict = {}
        for c in parent:
            if isinstance(c.tag, str) and c.get("class") and _unlinked_head(c):
                by_class.setdefault((c.tag, c.get("class")), []).append(c)
        for units in by_class.values():
            if len(units) > len(best):
                best = units
    if len(best) < MIN_TEASERS:
        return _no_teasers(lines)
    return _count(best, lines)


def find_teasers(tree, url: str, lines: list[str]) -> Teasers:
    """The page's teasers and how many words of ``lines`` (its extracted lead and body)
    are teaser text; ``tree`` is the pruned page the lines came from."""
    links = _teaser_links(tree, url)
    targets_in: dict = {}
    for a, target in links.items():
        for anc in a.iterancestors():
            targets_in.setdefault(anc, set()).add(target)
    groups: dict = {}
    for a in links:
        unit = _unit(a, targets_in)
        if unit.getparent() is not None:
            groups.setdefault(unit.getparent(), {})[unit] = None
    if not groups:
        return _no_teasers(lines)
    units = list(max(groups.values(), key=len))
    for u in units:
        u.set("data-teaser", "")
    texts = [t for u in units if len((t := _unit_text(u)).split()) <= TEASER_WORDS]
    for u in units:
        del u.attrib["data-teaser"]
    return _tally(texts, lines)
