"""The lead (sapo), by a fallback chain: site CSS, an element the CMS marks as the lead,
the meta description when the same text is visible near the headline; after the body is
known, a bold first paragraph."""

from __future__ import annotations

import re

from corpus.textnorm import fold
from crawler.extract.body import is_keypoint_box
from crawler.extract.siterules import SiteRules, text_of

# the usual CMS names of the sapo block
LEAD_ATTR = re.compile(r"sapo|(?:^|[\s_-])lead(?:$|[\s_-])|summary|chapeau|excerpt|abstract|"
                       r"description|(?:^|[\s_-])desc(?:$|[\s_-])|article-intro|intro[-_]?text|(?:^|[\s_-])intro(?:$|[\s_-])|standfirst|subtitle",
                       re.I)  # fmt: skip
# the description of a picture, a video or a sound: a caption
_MEDIA_ATTR = re.compile(
    r"video|image|img|photo|picture|media|caption|player|thumb|audio|figure", re.I
)
# a label printed before the summary ("Tóm tắt:", "Abstract:"): the sapo is the text after it
_SUMMARY_LABEL = re.compile(r"^\s*(?:tóm tắt|tóm lược|abstract|summary|sapo)\s*[:：.-]\s*", re.I)


def without_label(text: str) -> str:
    """The summary without the label printed before it."""
    rest = _SUMMARY_LABEL.sub("", text, count=1)
    return rest if len(rest) >= 20 else text


# containers of teasers: a "description" inside them is another article's
_TEASER_ATTR = re.compile(
    r"related|relate|lien-?quan|list|teaser|item|card|story|promo|widget|"
    r"sidebar|box-?news|other|more|footer|nav|menu",
    re.I,
)
_LEAD_TAGS = {"p", "div", "h2", "h3", "span", "strong", "b", "section", "em", "header"}
_BLOCK_TAGS = {"p", "div", "h2", "h3", "h4", "section", "article", "ul", "ol", "table"}
_ELLIPSIS = ("…", "...", "[…]", "[...]")


def _attrs(el) -> str:
    return f"{el.get('class') or ''} {el.get('id') or ''}"


def _first_h1(doc):
    h1 = doc.xpath("//body//h1")
    return h1[0] if h1 else None


def _in_teaser(el, h1) -> bool:
    """Inside a teaser/list block that does not also hold the headline (the page's main
    column may well be called "sidebar-1"; a related list below it may not)."""
    around_h1 = set(h1.iterancestors()) if h1 is not None else set()
    page = len(el.getroottree().getroot().text_content())
    for a in el.iterancestors():
        if a in around_h1 or a.tag in ("body", "html"):
            return False
        # no <h1> to anchor the story: a block holding most of the page's text is the story
        # ("itemView"), not a teaser
        most = h1 is None and len(a.text_content()) >= 0.5 * page
        if _TEASER_ATTR.search(_attrs(a)) and not most and not _single_unit(a, h1):
            return True
    return False


# an author box's "description" is the writer's bio, printed under every story of theirs
_AUTHOR_ATTR = re.compile(r"author|tac-?gia|vcard|(?:^|[\s_-])bio(?:$|[\s_-])", re.I)


def _in_author_box(el, h1) -> bool:
    """``el`` or a block around it (below the headline's own blocks) is an author box, or a
    ``<footer>``: the writer's bio, not the story's sapo."""
    around_h1 = set(h1.iterancestors()) if h1 is not None else set()
    for a in (el, *el.iterancestors()):
        if a in around_h1 or a.tag in ("body", "html"):
            return False
        if a.tag == "footer" or _AUTHOR_ATTR.search(_attrs(a)):
            return True
    return False


_UNIT_ATTR = re.compile(r"item|card|story", re.I)


def _single_unit(el, h1) -> bool:
    """On a page without ``<h1>``, a block named only as a unit ("itemBody") with no sibling
    of its class is the story's own part, not one teaser among others."""
    if h1 is not None or _TEASER_ATTR.search(_UNIT_ATTR.sub(" ", _attrs(el))):
        return False
    parent, cls = el.getparent(), el.get("class")
    return parent is not None and sum(1 for s in parent if s.get("class") == cls) < 2


def _followed_by_text(el) -> bool:
    """Story text after the block, within its parent: a sapo is never the whole story."""
    return sum(len(s.text_content().split()) for s in el.itersiblings()) >= 10


_MASTHEAD_ATTR = re.compile(r"^(?:site-?|page-?|top-?)?header(?:-?(?:inner|wrapper|section))?$|^masthead$",
                            re.I)  # fmt: skip


def _in_masthead(el) -> bool:
    """Inside the site's header (a ``<header>`` or header-named block outside any
    ``<article>``/``<main>``): a blog's or portal's description printed on every page."""
    for a in el.iterancestors():
        if a.tag in ("article", "main"):
            return False
        if a.tag == "header" or any(_MASTHEAD_ATTR.match(t) for t in _attrs(a).split()):
            return not any(x.tag in ("article", "main") for x in a.iterancestors()) and not (
                a.xpath(".//article|.//main")
            )
    return False


def _plausible_lead(el, text: str) -> bool:
    """Sentence-sized, few links, not a truncated teaser, not a script or the headline."""
    if not (40 <= len(text) <= 1200) or len(text.split()) < 8 or len(el.xpath(".//a")) > 3:
        return False
    return not (el.xpath(".//h1") or text.rstrip().endswith(_ELLIPSIS) or "var " in text[:10])


def from_rules(doc, rules: SiteRules) -> str:
    """The source's CSS lead element."""
    return rules.first_text(doc, "lead")


def from_lead_class(doc) -> str:
    """The first element after the headline whose class/id names it a lead/sapo/description."""
    h1 = _first_h1(doc)
    h1_line = (h1.sourceline or 0) if h1 is not None else 0
    boxes = []  # key-point boxes: a lead only when the page has no other sapo
    for el in doc.xpath("//body//*[@class or @id]"):
        if el.tag not in _LEAD_TAGS or not LEAD_ATTR.search(_attrs(el)):
            continue
        if _MEDIA_ATTR.search(_attrs(el)):
            continue  # "video-desc", "image-description": a caption, not the sapo
        if (el.sourceline or 0) < h1_line or _in_teaser(el, h1) or _in_masthead(el):
            continue
        if _in_author_box(el, h1):
            continue
        text = without_label(text_of(el))
        if h1 is None and not _followed_by_text(el):
            continue  # no headline to anchor it: a block with nothing after it is the story
        if _plausible_lead(el, text):
            if not is_keypoint_box(el):
                return text
            boxes.append(text)
    return boxes[0] if boxes else ""


def _headline_element(doc, headline: str):
    """The <h1>, else (pages that set the headline in a styled block) the first element
    whose whole text is the headline."""
    h1 = doc.xpath("//body//h1")
    if h1 or len(headline) < 10:
        return h1[0] if h1 else None
    key = fold(" ".join(headline.split()))
    for el in doc.xpath("//body//*[not(self::a) and not(self::title)]"):
        if el.tag in _LEAD_TAGS and fold(text_of(el)) == key:
            return el
    return None


def from_meta_description(doc, meta: dict[str, str], ld: dict | None = None,
                          headline: str = "") -> str:  # fmt: skip
    """og:description / description (else the JSON-LD article's description), taken only
    when the first text block after the headline says the same (the meta alone may be an
    SEO blurb, not the sapo). A JSON-LD description matching a ``<p>`` is the story's first
    paragraph copied by the CMS, not a sapo block."""
    ld_desc = (ld or {}).get("description")
    desc = meta.get("og:description") or meta.get("description") or ""
    from_ld = not desc and isinstance(ld_desc, str)
    if from_ld:
        desc = ld_desc
    desc = fold(desc).rstrip(" .…").removesuffix("...").strip()
    anchor = _headline_element(doc, headline) if len(desc) >= 40 else None
    if anchor is None:
        return ""
    seen = 0
    for el in anchor.xpath("following::*")[:60]:
        if el.tag not in _LEAD_TAGS or any(c.tag in _BLOCK_TAGS for c in el):
            continue
        text = without_label(text_of(el))
        if len(text) < 40:
            continue  # dates, bylines, kickers between the headline and the sapo
        folded = fold(text)
        if folded.startswith(desc[:120]) or desc.startswith(folded[:120]):
            if from_ld and el.tag == "p":  # the CMS copied the story's first paragraph
                return ""
            return text if _plausible_lead(el, text) and not _in_masthead(el) else ""
        seen += 1
        if seen >= 2:  # past the first blocks of text: no longer "near the headline"
            return ""
    return ""


def find_lead(doc, meta: dict[str, str], rules: SiteRules, ld: dict | None = None,
              headline: str = "") -> str:  # fmt: skip
    """The first strategy that gives a lead."""
    return (
        from_rules(doc, rules)
        or from_lead_class(doc)
        or from_meta_description(doc, meta, ld, headline)
    )


def is_bold_paragraph(doc, para: str) -> bool:
    """The page sets this paragraph entirely in bold (or as an h2): a sapo without a class."""
    key = fold(para)[:60]
    for el in doc.xpath("//p[b or strong] | //h2"):
        t = text_of(el)
        if fold(t)[:60] == key and 40 <= len(t) <= 800:
            if el.tag == "h2":
                return True
            bold = " ".join(" ".join(b.text_content().split()) for b in el.xpath("./b | ./strong"))
            return len(bold) >= 0.9 * len(t)
    return False


def reconcile(lead: str, paragraphs: list[str]) -> tuple[str, list[str]]:
    """Drop the body's copy of the lead; a "lead" that is only the body's opening words
    (a longer first paragraph) stays in the body only."""
    if not lead:
        return lead, paragraphs
    whole = fold(lead)
    paragraphs = [p for p in paragraphs if fold(p) != whole]  # a copy wherever it stands
    key = whole[:60]
    for i, p in enumerate(paragraphs[:2]):
        if key and key in fold(p):
            if len(p) <= 1.2 * len(lead):
                return lead, paragraphs[:i] + paragraphs[i + 1 :]
            return "", paragraphs
    return lead, paragraphs
