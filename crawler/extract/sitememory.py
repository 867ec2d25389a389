"""Site memory: lines that a source repeats across its articles are chrome, not body.

Articles of one site never share a paragraph; a site's chrome does (a blog's header
description, a re-use notice, a Q&A column's disclaimer, an upsell box). A line of an
extracted body that occurs identically (case and whitespace ignored) in the extracted
bodies of at least ``MIN_OTHERS`` OTHER articles of the same source, not near-duplicates
of this one, is boilerplate: it is removed from the body (never from the title or the
sapo), and relevance is judged on what remains.

Every page of a source is evidence, not only its extracted bodies (``page_fingerprints``):
a note that one article's extraction happened to drop still shows on that page, and a
listing or a non-OCOP page repeats the same chrome. Only standalone blocks count there
(outside links, not in a card beside a headline link: a listing's teaser may repeat a
story's first paragraph, and that paragraph is not chrome).

Pure functions only: the crawl (``crawler.sitesweep``, with fingerprints kept in the
corpus store) and ``bench/eval_templates.py`` use the same ones. Limits: a source needs at
least ``MIN_OTHERS + 1`` articles before anything is removed, and chrome that changes from
page to page (counters, dates) is never recognised here.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable, Mapping

MIN_OTHERS = 2  # two other articles: a sentence quoted once in each of two stories is kept
NEAR_DUPLICATE = 0.5  # sharing half of this article's own lines makes another a copy of it


def norm_line(line: str) -> str:
    """The comparable form of a line: case-folded, whitespace collapsed."""
    return " ".join(line.casefold().split())


def fingerprint(line: str) -> str:
    """A short stable key of a line's normalised form ("" for a blank line, or one without a
    letter or digit: an icon or a separator is no evidence, and would make two unrelated
    articles look like copies of each other)."""
    key = norm_line(line)
    if not any(ch.isalnum() for ch in key):
        return ""
    return hashlib.blake2b(key.encode("utf-8"), digest_size=8).hexdigest()


def lines(text: str) -> list[str]:
    """The non-blank lines of a body (paragraphs are separated by blank lines)."""
    return [x for x in (text or "").splitlines() if x.strip()]


def fingerprints(text: str) -> set[str]:
    """The distinct fingerprints of a body's lines."""
    return {fp for fp in map(fingerprint, lines(text)) if fp}


_BLOCKS = frozenset(
    {"p", "div", "li", "td", "th", "dd", "dt", "blockquote", "figcaption", "section", "aside",
     "footer", "header", "h2", "h3", "h4", "h5", "h6", "span", "small"}
)  # fmt: skip
_PAGE_LINE_WORDS = 5  # a labelled button or a heading repeats on every page of any site
_HEADLINE_LINK_WORDS = 4  # a link this long beside a block makes the block a teaser


def _teaser_context(el) -> bool:
    """Inside a link, or in a block that also holds a headline-sized link (a teaser card)."""
    if any(a.tag == "a" for a in el.iterancestors()):
        return True
    parent = el.getparent()
    for box in (el, parent):
        if box is not None and any(
            len(a.text_content().split()) >= _HEADLINE_LINK_WORDS for a in box.iter("a")
        ):
            return True
    return False


def page_fingerprints(doc) -> set[str]:
    """The fingerprints of a parsed page's standalone text blocks (a block with no block
    inside it, of at least ``_PAGE_LINE_WORDS`` words, outside links and teaser cards)."""
    out = set()
    for el in doc.iter():
        if not isinstance(el.tag, str) or el.tag not in _BLOCKS:
            continue
        if any(isinstance(c.tag, str) and c.tag in _BLOCKS for c in el.iterdescendants()):
            continue
        text = " ".join(el.text_content().split())
        if len(text.split()) >= _PAGE_LINE_WORDS and not _teaser_context(el):
            out.add(fingerprint(text))
    return out


def boilerplate(doc_id: str, own: set[str], postings: Mapping[str, Iterable[str]]) -> set[str]:
    """The fingerprints of ``own`` (one article's lines) that are site boilerplate.

    ``postings`` maps each fingerprint to the ids of the source's articles whose bodies hold
    it (``doc_id`` included or not). Other articles that share half of this article's
    remaining lines are near-duplicates (syndicated or re-posted copies) and do not count.
    Never the whole body: an article made only of shared lines is left alone.
    """
    others = {fp: set(postings.get(fp, ())) - {doc_id} for fp in own}
    common = {fp for fp in own if len(others[fp]) >= MIN_OTHERS}
    if not common:
        return set()
    rest = own - common
    basis, share = (rest, NEAR_DUPLICATE) if rest else (own, 0.8)
    shared = Counter(d for fp in basis for d in others[fp])
    copies = {d for d, n in shared.items() if n >= share * len(basis)}
    found = {fp for fp in common if len(others[fp] - copies) >= MIN_OTHERS}
    return set() if found >= own else found


def strip(text: str, drop: set[str]) -> tuple[str, list[str]]:
    """``text`` without the lines whose fingerprint is in ``drop``; and the lines removed.
    Paragraph breaks are kept; a paragraph left empty disappears."""
    if not drop:
        return text, []
    kept_paragraphs, removed = [], []
    for paragraph in (text or "").split("\n\n"):
        kept = []
        for line in paragraph.split("\n"):
            (removed if fingerprint(line) in drop else kept).append(line)
        if any(x.strip() for x in kept):
            kept_paragraphs.append("\n".join(kept))
    return "\n\n".join(kept_paragraphs), removed


def clean_body(doc_id: str, text: str, own: set[str],
               postings: Mapping[str, Iterable[str]]) -> tuple[str, list[str]]:  # fmt: skip
    """One article's body without its site boilerplate (``own``: its line fingerprints;
    ``postings``: the source's memory); and the lines removed."""
    return strip(text, boilerplate(doc_id, own, postings))


def postings_of(bodies: Mapping[str, set[str]]) -> dict[str, set[str]]:
    """Fingerprint -> ids of the articles holding it, from id -> fingerprints."""
    out: dict[str, set[str]] = {}
    for doc_id, fps in bodies.items():
        for fp in fps:
            out.setdefault(fp, set()).add(doc_id)
    return out


def clean_site(
    bodies: Mapping[str, str], pages: Mapping[str, set[str]] | None = None
) -> dict[str, tuple[str, list[str]]]:
    """Every article of one source at once (id -> body text): id -> (cleaned body, removed
    lines). What a crawl of these pages ends with after its end-of-run sweep. ``pages``
    (id -> ``page_fingerprints``) adds the evidence of every page of the source, articles
    or not."""
    fps = {doc_id: fingerprints(text) for doc_id, text in bodies.items()}
    evidence = {doc_id: set(x) for doc_id, x in (pages or {}).items()}
    for doc_id, own in fps.items():
        evidence.setdefault(doc_id, set()).update(own)
    index = postings_of(evidence)
    return {doc_id: clean_body(doc_id, text, fps[doc_id], index) for doc_id, text in bodies.items()}


def still_relevant(keywords: Iterable[str], title: str, lead: str, text: str,
                   removed: list[str]) -> bool:  # fmt: skip
    """Relevance after boilerplate removal: an article stays relevant unless the removed
    lines named a keyword and the title, sapo and remaining body do not. (The article's
    own tags were judged at extraction and are not re-read here.)"""
    from crawler.relevance import is_relevant

    if not removed or not is_relevant(keywords, *removed):
        return True
    return is_relevant(keywords, title, lead, text)
