"""Titled side boxes after the story, found on a single page (no site memory needed).

A site's first pages, and a one-page crawl, get no help from the site memory (it needs
three pages of a source). What marks such a box on its own page is its form: a short
title followed by a few lines, the whole box short, standing after the story's main block
and outside it ("Quỹ hỗ trợ …" + one line, "Hỏi đáp kỹ thuật" + a question, a donation
notice under its heading). A box inside the story's block (a fact box the article keeps)
or before it is never touched.
"""

from __future__ import annotations

from lxml.html import HtmlElement

SENTENCE_WORDS = 10  # a story paragraph
_BOX_WORDS = 60  # the whole box, title included
_TITLE_WORDS = 8
_BOX_TAGS = ("div", "section", "aside")
_TITLE_TAGS = ("h2", "h3", "h4", "h5", "h6", "div", "p", "span", "strong", "b")
_SENTENCE_END = (".", "!", "?", ";", ":")


def _words(el) -> int:
    return len(el.text_content().split())


def main_block(tree) -> HtmlElement | None:
    """The element whose child paragraphs hold the most story-sized text."""
    totals: dict = {}
    for p in tree.iter("p"):
        n = _words(p)
        parent = p.getparent()
        if n >= SENTENCE_WORDS and parent is not None:
            totals[parent] = totals.get(parent, 0) + n
    return max(totals, key=totals.get) if totals else None


def _title_of(box) -> HtmlElement | None:
    """The box's first child when it is a short title (no sentence end), else None."""
    kids = [k for k in box if isinstance(k.tag, str)]
    if len(kids) < 2 or kids[0].tag not in _TITLE_TAGS:
        return None
    text = " ".join(kids[0].text_content().split())
    if not text or len(text.split()) > _TITLE_WORDS or text.endswith(_SENTENCE_END):
        return None
    return kids[0]


def _units(story: HtmlElement) -> set[tuple]:
    """(tag, class) of the story block and its ancestors: a box built the same way is
    another unit of the same story (a live blog's next update), not a side box."""
    return {(a.tag, a.get("class")) for a in [story, *story.iterancestors()] if a.get("class")}


def _is_side_box(box, units: set[tuple]) -> bool:
    """Short, opened by a title, not built like the story block (callers skip the story's
    own elements and its ancestors)."""
    if _words(box) > _BOX_WORDS or _title_of(box) is None:
        return False
    if any((d.tag, d.get("class")) in units for d in box.iter() if isinstance(d.tag, str)):
        return False
    # a few lines under the title, none of them a container of its own
    rest = [k for k in box if isinstance(k.tag, str)][1:]
    return len(rest) <= 4 and not any(k.find(".//div") is not None for k in rest)


def drop_titled_side_boxes(tree) -> None:
    """Remove short titled boxes that stand after the story's main block, outside it."""
    story = main_block(tree)
    if story is None:
        return
    root = tree.getroot() if hasattr(tree, "getroot") else tree
    inside, units = set(story.iter()) | set(story.iterancestors()), _units(story)
    after = False  # pre-order: what comes after the story's subtree follows the story
    for el in list(root.iter()):
        if el is story:
            after = True
        elif after and el not in inside and el.tag in _BOX_TAGS:
            attached = any(a is root for a in el.iterancestors())
            if attached and _is_side_box(el, units):
                el.drop_tree()
