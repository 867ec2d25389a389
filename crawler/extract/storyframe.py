"""The story's own container, and chrome lines outside it.

A portal prints labels, counters, figure cards and category names around the story ("Xuất
bản thông tin", "Online 5 / Hôm nay 5.527", "Post date", a card "CPI so với tháng trước").
Whatever their wording, they share a form and a place: short lines without sentence
punctuation, before the story's first sentence or after its last one, in an element that
is not inside the container holding the story's sentences. Such lines are chrome. Lines in
the middle of the story (sub-headings, a box between paragraphs) are left to the other
passes, and a line that cannot be traced to one element is kept.
"""

from __future__ import annotations

from typing import NamedTuple

from corpus.textnorm import fold

# the container must hold this share of the story's sentence text (a sapo block beside it
# may hold the rest)
_STORY_SHARE = 0.6
_SENTENCE_END = (".", "!", "?", "…", '"', "”", ")")
_SENTENCE_WORDS = 10
_ROOTS = ("html", "body")
_MAX_SUBTREE = 60


def _key(line: str) -> str:
    """The line as an element's text: folded, without the list marker trafilatura adds."""
    return fold(line).lstrip("-•*·+ ").strip()


def _is_sentence(line: str) -> bool:
    """Prose: ten words or more ending like a sentence, or running on past a comma (a
    paragraph may end in a footnote mark)."""
    if len(line.split()) < _SENTENCE_WORDS:
        return False
    return line.rstrip().endswith(_SENTENCE_END) or ", " in line


def _small_elements(tree) -> list:
    """Elements of at most ``_MAX_SUBTREE`` elements in document order: a line or a typed
    block is one of those, and reading every large container's text would cost
    O(page x depth)."""
    size: dict = {}
    for el in reversed(list(tree.iter())):
        if isinstance(el.tag, str):
            size[el] = 1 + sum(size.get(c, 0) for c in el)
    return [el for el, n in reversed(size.items()) if n <= _MAX_SUBTREE and el.tag not in _ROOTS]


def _elements_by_text(tree, wanted: dict[str, int], inner: set[str]) -> dict:
    """The deepest element whose whole text is each wanted (folded) line; when fewer than
    two ``inner`` lines are found so (a block typed with <br>), those are placed by the
    deepest element holding them. ``wanted`` maps each folded line to its length: only
    elements of a near length are folded (folding every element costs most of the pass)."""
    found: dict = {}
    near = {n + d for n in wanted.values() for d in range(-3, 4)}
    texts = []
    for el in _small_elements(tree):
        raw = " ".join(el.text_content().split())
        texts.append((el, raw))
        if len(raw) in near and (f := fold(raw)) in wanted:
            found[f] = el  # document order: a descendant with the same text comes later
    missing = inner - found.keys()
    if len(inner) - len(missing) >= 2 or not missing:
        return found
    shortest = min(len(line) for line in missing)
    folded = [(el, fold(raw)) for el, raw in texts if len(raw) >= shortest - 3]
    for line in missing:
        for el, f in folded:
            if line in f:
                found[line] = el  # the last holder in document order is the deepest
    return found


def _story_container(elements: list, weights: list[int], share: float = _STORY_SHARE):
    """The deepest element holding at least ``share`` of the sentence text in two or more
    of its sentences (one long paragraph is not the story's container)."""
    total = sum(weights)
    held: dict = {}
    count: dict = {}
    for el, w in zip(elements, weights, strict=True):
        for anc in (el, *el.iterancestors()):
            held[anc] = held.get(anc, 0) + w
            count[anc] = count.get(anc, 0) + 1
    best = None
    for anc, w in held.items():
        if w < share * total or count[anc] < 2:
            continue
        if best is None or _depth(anc) > _depth(best):
            best = anc
    return best


def _wrapping_box(el):
    """The first ancestor holding more than the element's own chain of wrappers (a
    collapsible panel's body and its heading, a story box and its byline)."""
    box = el.getparent()
    while box is not None and box.getparent() is not None:
        if sum(1 for c in box if isinstance(c.tag, str)) > 1:
            break
        box = box.getparent()
    return box


def _depth(el) -> int:
    return sum(1 for _ in el.iterancestors())


def _inside(el, container) -> bool:
    return el is container or any(a is container for a in el.iterancestors())


def _headline_element(tree, headline: str):
    """The first element whose whole text is the headline, at its deepest."""
    head = fold(" ".join(headline.split()))
    if not head:
        return None
    size = {len(head) + d for d in range(-3, 4)}
    first = None
    for el in tree.iter("h1", "h2", "h3", "h4", "div", "p", "span", "strong", "b"):
        raw = " ".join(el.text_content().split())
        if len(raw) in size and fold(raw) == head:
            if first is not None and not _inside(el, first):
                break
            first = el  # document order: a descendant saying it comes next
    return first


def _before(el, anchor, tree) -> bool:
    """``el`` comes before ``anchor`` in the page and is not inside it."""
    if anchor is None or _inside(el, anchor):
        return False
    for x in tree.iter():
        if x is el:
            return True
        if x is anchor:
            return False
    return False


def drop_outside_lines(tree, lines: list[str], headline: str = "") -> list[str]:
    """``lines`` without the short non-sentence lines before the first or after the last
    sentence whose element lies outside the story's container, or (before the first
    sentence) stands above the headline (a badge, a kicker, a breadcrumb)."""
    if tree is None:
        return lines
    sentences = [i for i, line in enumerate(lines) if _is_sentence(line)]
    if not sentences:
        return lines
    first, last = sentences[0], sentences[-1]
    edges = [i for i in range(len(lines)) if (i < first or i > last) and not _is_sentence(lines[i])]
    if not edges:
        return lines
    keys = {i: _key(lines[i]) for i in sentences + edges}  # folding is the costly part
    wanted = {k: len(k) for k in keys.values()}
    by_text = _elements_by_text(tree, wanted, {keys[i] for i in sentences})
    placed = [(by_text[keys[i]], len(lines[i])) for i in sentences if keys[i] in by_text]
    if not placed:
        return lines
    if len(placed) == 1:  # a one-paragraph brief: the box around its block
        head = tail = _wrapping_box(placed[0][0])
    else:
        els, weights = [e for e, _ in placed], [w for _, w in placed]
        # before the story: outside the box of most of its text (a sapo block may stand
        # beside it); after it: outside the box of all its sentences (a story in parts)
        head, tail = _story_container(els, weights), _story_container(els, weights, 1.0)
    drop = set()
    anchor = _headline_element(tree, headline) if any(i < first for i in edges) else None
    for i in edges:
        box = head if i < first else tail
        el = by_text.get(keys[i])
        if el is None:
            continue
        outside = box is not None and box.tag not in _ROOTS and not _inside(el, box)
        if outside or (i < first and _before(el, anchor, tree)):
            drop.add(i)
    return [line for i, line in enumerate(lines) if i not in drop]


def _common_ancestor(elements: list):
    chain = [elements[0], *elements[0].iterancestors()]
    for el in elements[1:]:
        mine = {id(a) for a in (el, *el.iterancestors())}
        chain = [a for a in chain if id(a) in mine]
    return chain[0] if chain else None


def _shown(el) -> bool:
    """The element is in the page's body and not a script's, style's or noscript's text."""
    chain = [el, *el.iterancestors()]
    return any(a.tag == "body" for a in chain) and not any(
        a.tag in ("script", "style", "noscript", "template") for a in chain
    )


class StoryPlace(NamedTuple):
    """Where the story's visible text stands in the page."""

    area: object  # the smallest element holding the headline, the sapo and the body lines
    box: object  # the smallest element holding the body lines
    before_headline: bool  # every body line stands before the headline (a top bar)


_UNPLACED = StoryPlace(None, None, False)


def story_area(tree, headline: str, lead: str, lines: list[str]) -> StoryPlace:
    """Where the headline, the sapo and the body lines stand (the part of the page a
    script shell's player or empty container must stand in); nothing when the headline or
    a body line cannot be placed."""
    keys = [k for k in (_key(line) for line in lines if line) if k]
    lead_key = _key(lead) if lead else ""
    head = fold(" ".join(headline.split()))
    if not keys or not head:
        return _UNPLACED
    wanted = {k: len(k) for k in (*keys, lead_key) if k}
    found = _elements_by_text(tree, wanted, set(keys))
    heads = [
        h for h in tree.iter("h1", "h2", "h3", "div", "p", "span", "strong", "b")
        if fold(" ".join(h.text_content().split())) == head
    ]  # fmt: skip
    if not heads or any(k not in found or not _shown(found[k]) for k in keys):
        return _UNPLACED  # a line only in a script's data (JSON-LD) is not placed
    # the first place saying the headline (not a breadcrumb or list further down), at its
    # deepest element
    first = heads[0]
    heads = [h for h in heads if h is first or _inside(h, first)]
    box = _common_ancestor([found[k] for k in keys])
    # the sapo counts where it is found as printed (a stripped outlet stamp changes it)
    placed = [found[k] for k in wanted if k in found]
    area = _common_ancestor([heads[-1], *placed])  # the deepest element saying the headline
    order = {el: i for i, el in enumerate(tree.iter())}
    before = all(order[found[k]] < order[first] for k in keys)
    return StoryPlace(area, box, before)
