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
corpus store) and ``bench/eval_templates.py`` use the same ones.

Chrome that a source repeats with small variations (a section name, an issue number, a date)
is known by its line's skeleton (``skeleton``, ``line_keys``): only at the body's edges, only
for lines shaped like chrome, stored beside the exact fingerprints (prefix ``SKELETON``).
Limits: a source needs at least ``MIN_OTHERS + 1`` articles before anything is removed; page
evidence (``page_fingerprints``) is exact lines only; chrome varying in its first or last
words, or in the middle of a body, is left to the line rules.
"""

from __future__ import annotations

import hashlib
import re
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


# --- line skeletons: chrome that a source repeats with small variations -----------------
# ("Mời bạn đọc vào chuyên mục <section> xem …", "… số 46, phát hành ngày 18/11/2026"). A
# line's skeleton is its first and last ``_SKELETON_ENDS`` words with every digit masked, so a
# bounded middle (a section name, an issue number) may vary. Only a line at the body's edge
# (``_HEAD`` first / ``_TAIL`` last lines) gets one, with the edge in the key: a site's
# story text never starts or ends three articles with the same words, its chrome does.
SKELETON = "s:"  # the prefix that tells a skeleton key from an exact line's fingerprint
_SKELETON_ENDS = 3
_SKELETON_WORDS = (7, 30)  # shorter lines are headings or labels; longer ones are story text
_HEAD, _TAIL = 2, 3
_VARY_WINDOW = 6  # the varying middle: lines whose lengths differ by two or three words match
# what a story's lines share across a source and chrome does not: a dateline "(Báo X) - "
# or "HÀ NỘI - " opening the story, a quote, a sub-heading or an intro to a list (":")
_DATELINE = re.compile(r"^\s*(\([^()]{1,60}\)|[^-–—:()]{2,40}?)\s*[-–—:]\s")
_QUOTE_OPEN = tuple("\"“‘«'„")


def _is_dateline(line: str) -> bool:
    """A story's opening dateline: "(Báo X) - …" or an all-capitals place or outlet then a dash."""
    m = _DATELINE.match(line)
    if not m:
        return False
    head = m.group(1)
    return head.startswith("(") or (head.upper() == head and any(c.isalpha() for c in head))


def skeleton(line: str) -> str:
    """The skeleton of a chrome-like line ("" if its form is that of story text)."""
    words = norm_line(line).split()
    lo, hi = _SKELETON_WORDS
    if (
        not lo <= len(words) <= hi
        or _is_dateline(line)
        or line.lstrip(" *-•").startswith(_QUOTE_OPEN)
    ):
        return ""
    if words[-1].endswith(":"):
        return ""
    masked = [re.sub(r"\d+", "#", w) for w in words if w.strip("*-•+")]
    n = _SKELETON_ENDS
    return " ".join(masked[:n]) + " … " + " ".join(masked[-n:])


def line_keys(body: list[str]) -> list[set[str]]:
    """Per line of a body (its non-blank lines), its keys in the memory: its fingerprint,
    and at the body's edges its skeleton's (by edge)."""
    out = []
    for i, line in enumerate(body):
        keys = {fingerprint(line)} - {""}
        edges = [e for e, at in (("head", i < _HEAD), ("tail", i >= len(body) - _TAIL)) if at]
        shape = skeleton(line) if edges and keys else ""
        n, w = len(line.split()), _VARY_WINDOW
        for edge in edges if shape else ():
            # two length grids: lines whose lengths differ by a few words share a key
            keys |= {
                SKELETON + fingerprint(f"{edge} {g} {shape}")
                for g in (n // w, -((n + w // 2) // w))
            }
        out.append(keys)
    return out


def fingerprints(text: str) -> set[str]:
    """The distinct fingerprints of a body's lines."""
    return {fp for fp in map(fingerprint, lines(text)) if fp}


def memory_keys(text: str) -> set[str]:
    """What the memory keeps of a body: its lines' fingerprints, and skeletons at the edges."""
    return set().union(*line_keys(lines(text)))


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
    # copies are judged on exact lines only: a shared skeleton is chrome, not copied text
    exact = {fp for fp in own if not fp.startswith(SKELETON)}
    rest = exact - common
    basis, share = (rest, NEAR_DUPLICATE) if rest else (exact, 0.8)
    shared = Counter(d for fp in basis for d in others[fp])
    copies = {d for d, n in shared.items() if n >= share * len(basis)}
    found = {fp for fp in common if len(others[fp] - copies) >= MIN_OTHERS}
    return set() if found >= own else found


def strip(text: str, drop: set[str]) -> tuple[str, list[str]]:
    """``text`` without the lines whose fingerprint is in ``drop``; and the lines removed.
    Paragraph breaks are kept; a paragraph left empty disappears."""
    if not drop:
        return text, []
    body = [x for x in (text or "").split("\n") if x.strip()]
    keys = line_keys(body)
    if all(k & drop for k in keys):
        return text, []  # never the whole body (its lines all shaped like the site's chrome)
    keys = iter(keys)
    kept_paragraphs, removed = [], []
    for paragraph in (text or "").split("\n\n"):
        kept = []
        for line in paragraph.split("\n"):
            hit = bool(next(keys) & drop) if line.strip() else False
            (removed if hit else kept).append(line)
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
    fps = {doc_id: memory_keys(text) for doc_id, text in bodies.items()}
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
