"""Where the page's own article ends: mobile and "infinite scroll" layouts render the NEXT
article (headline, sapo, first paragraphs) below the current one in the same container.

Two general signs, applied to the parsed page before any field is read, so the next
article's text can never become the title, lead, byline or body:

- a container whose class/id marks it as the next or a further article (``next-article``,
  ``article-next``, ``story-next``, ``infinite…``) that comes after the headline: dropped;
- a second article header: a headline of the same tag and class as the page's own (a
  stream repeats its article template), with another text, followed by its own date,
  sapo or byline block. The page is cut from that header on.
"""

from __future__ import annotations

import re

from crawler.extract.linekinds import fold_line

# class/id tokens of the next article's wrapper
_NEXT_TOKEN = re.compile(
    r"^(?:next|tiep)[-_]{0,2}(?:article|story|post|news|bai|detail)s?$|"
    r"^(?:article|story|post|news|detail)s?[-_]{0,2}(?:next|tiep)$|^infinite(?:[-_]\S+)?$|"
    r"^\S+[-_]infinite(?:[-_]\S+)?$",
    re.I,
)
# the same, as an XPath prefilter (cheap, in C)
_MAYBE_NEXT = (
    "["
    + " or ".join(
        f"contains(@{a}, '{w}')" for a in ("class", "id") for w in ("next", "tiep", "infinite")
    )
    + "]"
)
# class/id of a header's own meta block: sapo, date, byline
_META_ATTR = re.compile(
    r"sapo|lead|summary|chapeau|description|excerpt|date|time|ngay|author|byline|tac-?gia|"
    r"(?:^|[\s_-])(?:info|meta)(?:$|[\s_-])",
    re.I,
)
_DATE = re.compile(r"\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b|\b\d{1,2}:\d{2}\b")
_HEADLINE_WORDS = 4
_OWN_TEXT_WORDS = 25  # the page's own article says at least this much before another begins
_BRIEF_OWN_WORDS = 40  # a brief's own text before the next brief may start
_SENTENCE_WORDS = 10
# headline-like elements that may open another brief
_BRIEF_HEADS = ("following::*[self::h1 or self::h2 or self::h3 or self::h4 or self::a or self::b "
                "or self::strong or ((self::div or self::p) and "
                "contains(translate(@class, 'TITLE', 'title'), 'title'))]")  # fmt: skip


def _attrs(el) -> str:
    return f"{el.get('class') or ''} {el.get('id') or ''}"


def _words(el) -> int:
    return len(el.text_content().split())


def _is_link_text(el) -> bool:
    text = " ".join(el.text_content().split())
    links = sum(len(" ".join(a.text_content().split())) for a in el.iter("a"))
    return bool(text) and links >= 0.5 * len(text)


def _meta_block(el) -> bool:
    """A header's own date / sapo / byline block: marked by its class, or a short line
    holding a date."""
    if not isinstance(el.tag, str) or el.tag in ("h1", "h2", "script", "style"):
        return False
    if el.tag == "time" or (_META_ATTR.search(_attrs(el)) and 0 < _words(el) <= 120):
        return True
    return _words(el) <= 12 and bool(_DATE.search(el.text_content()))


def _is_article_header(h, own) -> bool:
    """Another article's headline: rendered like the page's own (same tag and class: a
    stream repeats its article template), a different text, followed by its own meta block."""
    if h.tag != own.tag or (h.get("class") or "") != (own.get("class") or ""):
        return False
    text = " ".join(h.text_content().split())
    if text == " ".join(own.text_content().split()) or _is_link_text(h):
        return False  # the same headline repeated by the page's own article block
    node = h
    parent = h.getparent()
    # a wrapper holding only the headline (div.title > h1): its siblings are the header's
    if parent is not None and parent.tag == "div" and _words(parent) == _words(h):
        node = parent
    following = [s for s in node.itersiblings() if isinstance(s.tag, str)][:2]
    return any(_meta_block(s) for s in following)


def _cut_from(el) -> None:
    """Remove ``el`` and everything after it in document order."""
    node = el
    while node.getparent() is not None and node.tag != "body":
        parent = node.getparent()
        for sib in list(node.itersiblings()):
            parent.remove(sib)
        node.tail = None
        node = parent
    if el.getparent() is not None:
        el.getparent().remove(el)


def _page_titles(doc) -> list[str]:
    """The page's own titles (<title>, og:title, twitter:title), folded."""
    found = doc.xpath("//title/text() | //meta[@property='og:title' or @name='og:title' or "
                      "@name='twitter:title' or @property='twitter:title']/@content")  # fmt: skip
    return [fold_line(t) for t in found if t.strip()]


def _is_page_title(h, titles: list[str]) -> bool:
    text = fold_line(h.text_content())
    return bool(text) and any(text in t for t in titles)


def _own_headline(doc, titles: list[str]):
    """The page's headline: the first headline-sized <h1> outside the navigation that the
    page's <title>/og:title names, else the first headline-sized one; without <h1>, an
    <h2> the title names."""
    heads = [h for h in doc.xpath("//body//h1[not(ancestor::nav)]")
             if _words(h) >= _HEADLINE_WORDS and not _is_link_text(h)]  # fmt: skip
    if not heads:  # a page without <h1>: an <h2> the page's title names is its headline
        h2s = doc.xpath("//body//h2[not(ancestor::nav)]")
        return next((h for h in h2s if _words(h) >= _HEADLINE_WORDS and _is_page_title(h, titles)
                     and not _is_link_text(h)), None)  # fmt: skip
    return next((h for h in heads if _is_page_title(h, titles)), heads[0])


def _words_between(first, second) -> int:
    """Words of text after ``first`` and before ``second`` in document order."""
    after_first = sum(len(t.split()) for t in first.xpath("following::text()"))
    from_second = sum(len(t.split()) for t in second.xpath("descendant::text()|following::text()"))
    return after_first - from_second


def cut_next_article(doc) -> str:
    """Remove the next article(s) rendered after the page's own; the reason, or ""."""
    titles = _page_titles(doc)
    own = _own_headline(doc, titles)
    if own is None:
        return ""
    marked = [  # only the container: a "next post" link box may sit mid-page
        el for el in own.xpath("following::*" + _MAYBE_NEXT)
        if any(_NEXT_TOKEN.match(t) for t in _attrs(el).split())
    ]  # fmt: skip
    header = next(
        (h for h in own.xpath(f"following::{own.tag}")
         if _is_article_header(h, own) and not _is_page_title(h, titles)
         and _words_between(own, h) >= _OWN_TEXT_WORDS),
        None,
    )  # fmt: skip
    if header is None:
        header = _next_brief(own, titles)
    _drop_all(marked)
    if header is not None and header.getparent() is not None:
        _cut_from(header)
        return "a second article header"
    return "a container marked as the next article" if marked else ""


def _dated_line(el) -> bool:
    """A short line holding a date or time (a story's own date line)."""
    return (isinstance(el.tag, str) and el.tag not in ("script", "style")
            and 0 < _words(el) <= 12 and bool(_DATE.search(el.text_content())))  # fmt: skip


def _names_page_title(h, titles: list[str]) -> bool:
    """The page's own title is part of this headline or the other way round (a kicker
    set in the same block): the page's own headline, never another story's."""
    text = fold_line(h.text_content())
    return _is_page_title(h, titles) or any(len(t) >= 20 and t in text for t in titles)


def _next_brief(own, titles: list[str]):
    """Another brief of a "Tin nhanh" stream, rendered in any headline tag: a short line
    (heading, title-classed block or a link) after the page's own text, followed by its own
    date line and then sentence text. Sub-headings of a long article have no date line."""
    for h in own.xpath(_BRIEF_HEADS):
        words = _words(h)
        if not _HEADLINE_WORDS <= words <= 40 or _names_page_title(h, titles):
            continue
        node = h
        while node.getparent() is not None and _words(node.getparent()) == words:
            node = node.getparent()  # the wrapper holding only the headline
        following = [s for s in node.itersiblings() if isinstance(s.tag, str)][:3]
        if not following or not _dated_line(following[0]):
            continue
        if not any(_words(s) >= _SENTENCE_WORDS for s in following[1:]):
            continue
        # the first dated headline decides: right after the page's own headline, the page is
        # a list of teasers (nothing to cut); after the own story's text, the next brief
        own_text = _words_between(own, h) >= _BRIEF_OWN_WORDS and _has_paragraph_between(own, h)
        return node if own_text else None
    return None


def _has_paragraph_between(first, second) -> bool:
    """A sentence paragraph (not a link) between the two headlines: the page's own story."""
    before = set(second.xpath("preceding::p | preceding::div[not(p or div)]"))
    return any(
        el in before and _words(el) >= _SENTENCE_WORDS and not _is_link_text(el)
        for el in first.xpath("following::p | following::div[not(p or div)]")
    )


def _drop_all(elements: list) -> None:
    for el in elements:
        if el.getparent() is not None:
            el.drop_tree()
