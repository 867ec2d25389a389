"""Pages that are one item among several of the same kind: a newsletter issue with its
highlighted item, a "Tin nhanh" stream with the brief being read first.

Such pages repeat one item template: the page's own item (its ``<h1>`` and its text,
marked by a class of its own such as ``item--focus``) and two or more items with the same
class, each a heading and a short text of another story. The own item is the article; the other items are other stories (never its body,
byline or date), and what stands around the items (issue line, table of contents, stream
title) is the issue's chrome.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

_ITEM_HEADS = ("h2", "h3", "h4", "h5")
_ITEM_MAX_WORDS = 120  # another item of an issue or stream is a short text
_SENTENCE_WORDS = 10


def _tokens(el) -> set[str]:
    return set((el.get("class") or "").split())


def _sentences(el, skip=None) -> int:
    """Sentence-sized paragraphs the element holds (``skip``'s text left out)."""
    n = 0
    for p in el.iter("p", "div"):
        if p is skip or p.find(".//p") is not None or p.find(".//div") is not None:
            continue
        if len(p.text_content().split()) >= _SENTENCE_WORDS:
            n += 1
    return n


def _is_other_item(el) -> bool:
    """A heading of another story and its short text."""
    head = next(el.iter(*_ITEM_HEADS), None)
    words = len(el.text_content().split())
    return head is not None and words <= _ITEM_MAX_WORDS and _sentences(el) >= 1


def _related(a, b) -> bool:
    return (
        a is b or any(x is b for x in a.iterancestors()) or any(x is a for x in b.iterancestors())
    )


# a state class of the item being read ("active", "is-current" …)
_STATE = re.compile(
    r"^(?:is-)?(?:active|current|focus(?:ed)?|selected|open|opened|expanded)$", re.I
)


def _is_mark(extra: set[str], base: frozenset) -> bool:
    """``extra`` holds a modifier of a base class (``item--focus``, ``entry_active``) or a
    state class: the CMS marks the item being read, not a different layout block."""
    return any(
        _STATE.match(t) or any(re.match(re.escape(b) + r"[-_]+\w", t) for b in base) for t in extra
    )


def _siblings_like(anc, root) -> list:
    """Items of other stories built from the same template: elements of ``anc``'s tag whose
    class tokens are all ``anc``'s (``anc`` carries one more, the CMS's mark of the item
    being read: ``item--focus``, ``current``, ``active`` …), with the same heading tag,
    outside ``anc``. Layout blocks (grid columns, post lists with their id classes) differ
    from each other and never all match."""
    mine = _tokens(anc)
    groups: dict[frozenset, list] = {}
    for el in root.iter(anc.tag):
        theirs = frozenset(_tokens(el))
        if not theirs or not theirs < mine or not _is_mark(mine - theirs, theirs):
            continue
        if not _related(el, anc) and _is_other_item(el):
            groups.setdefault(theirs, []).append(el)
    for found in sorted(groups.values(), key=len, reverse=True):
        heads = {next(el.iter(*_ITEM_HEADS)).tag for el in found}
        if len(found) >= 2 and len(heads) == 1:
            return found
    return []


def own_item(root: HtmlElement) -> tuple[HtmlElement | None, list]:
    """The page's own item (the outermost ancestor of the single ``<h1>`` that repeats a
    class of two or more other story items plus a mark of its own, holds more text than
    each of them and most of the page's sentence paragraphs: the full story beside their
    summaries) and those other
    items; ``(None, [])`` on ordinary pages."""
    h1s = list(root.iter("h1"))
    if len(h1s) != 1:
        return None, []
    best, others = None, []
    for anc in h1s[0].iterancestors():
        if anc.tag in ("body", "html"):
            break
        if not _sentences(anc):
            continue
        found = _siblings_like(anc, root)
        words = len(anc.text_content().split())
        shorter = all(len(el.text_content().split()) < words for el in found)
        if len(found) >= 2 and shorter and _holds_the_text(anc, found, root):
            best, others = anc, found
    return best, others


_OWN_SHARE = 0.6  # of the page's sentence paragraphs outside the other items


def _prose_words(el) -> int:
    text = " ".join(el.text_content().split())
    return len(text.split()) if len(text.split()) >= _SENTENCE_WORDS else 0


def _holds_the_text(own, others: list, root) -> bool:
    """The own item holds most of the page's sentence paragraphs (not counting the other
    items): a header block with the headline and sapo, the body beside it, is not one."""
    skip = {p for el in others for p in el.iter("p")}
    total = sum(_prose_words(p) for p in root.iter("p") if p not in skip)
    mine = sum(_prose_words(p) for p in own.iter("p"))
    return mine > 0 and mine >= _OWN_SHARE * total


OWN_MARK = "data-ocop-own-item"


def drop_other_items(root: HtmlElement) -> None:
    """The other stories of an issue or stream are never this one's text; the own item is
    marked (``OWN_MARK``) so the body is read from it alone."""
    own, others = own_item(root)
    if own is None:
        return
    for el in others:
        if el.getparent() is not None:
            el.drop_tree()
    own.set(OWN_MARK, "1")


def keep_own_item(tree: HtmlElement) -> None:
    """When the page is one marked item of an issue or stream, the body is that item alone:
    the issue line, contents list and stream titles around it go."""
    own = next(iter(tree.xpath(f"//*[@{OWN_MARK}]")), None)
    body = tree.find(".//body")
    if own is None or body is None:
        return
    own.drop_tree()
    for child in list(body):
        body.remove(child)
    body.text = None
    body.append(own)


def _primary(lang: str | None) -> str:
    return (lang or "").strip().split("-")[0].split("_")[0].lower()


def drop_other_language_blocks(root: HtmlElement) -> None:
    """Bilingual pages: a block (aside, section, article, div) holding paragraphs or
    headings whose ``lang`` differs from the page's is another document (the translation
    beside the story): never its lead or body. Pages without a declared language keep all."""
    page = _primary(root.get("lang"))
    if not page:
        return
    for el in root.xpath(
        "//body//*[self::aside or self::section or self::article or self::div][@lang]"
    ):
        lang = _primary(el.get("lang"))
        if lang and lang != page and el.getparent() is not None and el.xpath(".//p|.//h2|.//h3"):
            el.drop_tree()
