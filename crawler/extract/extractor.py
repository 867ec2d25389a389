"""``extract()``: one page to article fields, and the article / non-article decision.

Each field has its own module and fallback chain (title, lead, body, dates, bylines);
this module parses the page, runs them in order and records the outcome:
``status`` is "article", "not_article" or "unextractable" (an article whose main text
could not be isolated with confidence: no body is stored, the raw page is kept and
``ocop reextract`` can retry it).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from lxml import etree
from lxml import html as lxml_html

from corpus.article import Article, Image
from corpus.textnorm import fold
from crawler.extract import (
    bylines,
    dates,
    items,
    lead,
    metadata,
    nextarticle,
    pagetype,
    storyframe,
    teasers,
    title,
)
from crawler.extract.body import Body, body_paragraphs
from crawler.extract.encoding import decode_html
from crawler.extract.siterules import SiteRules, css

ARTICLE, NOT_ARTICLE, UNEXTRACTABLE = "article", "not_article", "unextractable"


@dataclass
class Extraction:
    is_article: bool
    title: str = ""
    lead: str = ""
    text: str = ""
    authors: list[str] = field(default_factory=list)
    attribution: str = ""
    published_at: datetime | None = None
    modified_at: datetime | None = None
    images: list[Image] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    article_tags: list[str] = field(default_factory=list)  # the article's own (for relevance)
    section: str = ""
    language: str = ""
    canonical_url: str = ""
    reason: str = ""  # why the page is or is not an article (the signals found)
    status: str = ""  # ARTICLE, NOT_ARTICLE or UNEXTRACTABLE

    def to_article(self, url: str, source: str = "", fetched_at: datetime | None = None) -> Article:
        """The shared ``Article`` for this extraction."""
        return Article(
            url=url, canonical_url=self.canonical_url or url, source=source, title=self.title,
            lead=self.lead, text=self.text, authors=list(self.authors), attribution=self.attribution,
            published_at=self.published_at, modified_at=self.modified_at, section=self.section,
            tags=list(self.tags), images=list(self.images), language=self.language or "vi",
            fetched_at=fetched_at,
        )  # fmt: skip


def _failed(reason: str) -> Extraction:
    return Extraction(False, reason=reason, status=NOT_ARTICLE)


def parse_page(html: bytes | str, declared_encoding: str | None = None) -> tuple[Any, str]:
    """The page decoded and parsed, as ``extract`` reads it: (tree, "") or (None, why not)."""
    text = decode_html(html, declared_encoding)
    if not text.strip():
        return None, "empty page"
    try:
        return _parse(text), ""
    except (etree.ParserError, ValueError) as exc:
        return None, f"unparseable HTML: {exc}"


def extract(html: bytes | str, url: str, *, overrides: dict | SiteRules | None = None,
            declared_encoding: str | None = None, tree: Any = None) -> Extraction:  # fmt: skip
    """Extract one page. Never raises on bad HTML: an unusable page is a non-article.
    ``tree``: the page already parsed by ``parse_page`` (changed in place), not parsed again."""
    rules = SiteRules.from_overrides(overrides)
    doc, why = (tree, "") if tree is not None else parse_page(html, declared_encoding)
    if doc is None:
        return _failed(why)
    rules.apply_removals(doc)
    nextarticle.cut_next_article(doc)  # a following article's text is never this one's
    items.drop_other_items(doc)  # nor the other items of a newsletter issue or stream
    items.drop_other_language_blocks(doc)  # nor the translation beside it
    meta = metadata.meta_map(doc)
    lds = metadata.json_ld_articles(doc)
    own = [x for x in lds if not x.get(metadata.LISTED)]
    ld = own[0] if own else None
    ex = Extraction(True, title=title.find_title(doc, meta, ld, rules))
    body = body_paragraphs(doc, url, rules)
    _fill_text(ex, doc, meta, ld, rules, body)
    ex.published_at, ex.modified_at = dates.find_dates(doc, meta, ld, rules)
    ex.images = [Image(u, c) for u, c in metadata.images(doc, url, meta, _body_root(doc, rules))]
    ex.tags = metadata.keywords(doc, meta, ld)
    ex.article_tags = metadata.article_tags(doc, ld)
    ex.section = metadata.section(doc, meta, ld)
    ex.canonical_url = metadata.canonical_url(doc, url, meta)
    _classify(ex, doc, meta, lds, url, body)  # all of them: many listed ones = a listing
    return ex


def _fill_text(ex: Extraction, doc, meta, ld, rules: SiteRules, body: Body) -> None:
    """Lead, body paragraphs, language and authors, each line in exactly one field."""
    paragraphs = [p for p in body.paragraphs if not dates.is_dateline(p)]
    ft = fold(ex.title)
    paragraphs = [p for p in paragraphs if fold(p) != ft]  # the body repeating the headline
    if paragraphs and _echoes_headline(paragraphs[0], ft):
        paragraphs = paragraphs[1:]
    sapo, paragraphs = lead.reconcile(lead.find_lead(doc, meta, rules, ld, ex.title), paragraphs)
    ex.language = metadata.language(doc, meta, " ".join([ex.title, *paragraphs[:5]]))
    paragraphs, ex.authors, ex.attribution = bylines.find_authors(
        paragraphs, doc, meta, ld, rules, body.meta, language=ex.language
    )
    # labels around the story, and above its headline
    paragraphs = storyframe.drop_outside_lines(body.tree, paragraphs, ex.title)
    if not sapo and paragraphs and lead.is_bold_paragraph(doc, paragraphs[0]):
        sapo, paragraphs = paragraphs[0], paragraphs[1:]
    if sapo and not paragraphs and _in_body(sapo, body.paragraphs):
        # a brief is often one block: the page's only text is its body
        sapo, paragraphs = "", [sapo]
    if ex.language == "vi":  # Vietnamese stories start after the wire dateline or tag
        if sapo:  # … and a broadcaster's programme tag may close the sapo
            sapo = dates.strip_program_tail(dates.strip_dateline_prefix(sapo))
        elif paragraphs:
            paragraphs[0] = dates.strip_program_tail(dates.strip_dateline_prefix(paragraphs[0]))
    ex.lead, ex.text = sapo, "\n\n".join(paragraphs)


_ECHO_WORDS = 6


def _echoes_headline(line: str, folded_title: str) -> bool:
    """A short first line without sentence punctuation that is a run of the headline's own
    words ("THỊ TRƯỜNG GIÁ CẢ" under "Thông tin thị trường giá cả số 45"): a section label
    printed above the story, not its text."""
    words = fold(line).strip(" :.-").split()
    if not 2 <= len(words) <= _ECHO_WORDS or line.rstrip().endswith((".", "!", "?", "…")):
        return False
    return f" {' '.join(words)} " in f" {folded_title} "


def _in_body(sapo: str, paragraphs: list[str]) -> bool:
    """The sapo is a visible block of the body container (not only a meta description)."""
    fs = fold(sapo)
    return any(fold(p) == fs for p in paragraphs)


def _classify(ex: Extraction, doc, meta, lds: list[dict], url: str, body: Body) -> None:
    article_url, listing_url = pagetype.url_kind(url)
    found = unlinked = None
    if body.tree is not None and body.paragraphs:
        lines = [ex.lead, *ex.text.split("\n\n")]
        found = teasers.find_teasers(body.tree, url, lines)
        unlinked = teasers.find_unlinked(body.tree, lines)
    signals = pagetype.Signals(
        headline=bool(ex.title), typed=pagetype.typed_as(meta, lds),
        dated=ex.published_at is not None, byline=bool(ex.authors),
        article_url=article_url, listing_url=listing_url,
        og_type=meta.get("og:type", "").lower(), headline_links=pagetype.headline_link_count(doc),
        body_words=len((ex.lead + " " + ex.text).split()), content_links=body.content_links,
        body_paragraphs=len(body.paragraphs), ld_listed=sum(1 for x in lds if x.get(metadata.LISTED)),
        teasers=found.units if found is not None and found.dominate else 0,
        own_item=bool(doc.xpath(f"//*[@{items.OWN_MARK}]")),
        unlinked_teasers=unlinked.units if unlinked is not None and unlinked.dominate else 0,
        menu_headline=pagetype.menu_headline(doc, ex.title),
    )  # fmt: skip
    ex.is_article, ex.reason = pagetype.decide(signals)
    ex.status = ARTICLE if ex.is_article else NOT_ARTICLE
    missing = _no_confident_body(ex, doc, body) if ex.is_article else ""
    if missing:  # article markup alone is not enough: keep the raw page, retry later
        ex.is_article, ex.status = False, UNEXTRACTABLE
        ex.text = ex.lead = ""
        ex.reason = f"unextractable: {missing} ({ex.reason})"


# a sentence or two (sapo aside): less than a brief's body; characters count for scripts
# written without spaces
THIN_WORDS, THIN_CHARS = 30, 160


def _no_confident_body(ex: Extraction, doc, body: Body) -> str:
    """Why the article's text cannot be trusted, or "": no body found, nothing besides the
    sapo, or a sentence or two around a player / script placeholder (the story is loaded
    by script)."""
    if not body.paragraphs:
        return body.reason or "no main text"
    if not ex.text:
        return "no body text besides the sapo"
    words = len(ex.text.split())
    thin = words < THIN_WORDS and len(ex.text) < THIN_CHARS
    if not thin:
        return ""
    # only what stands among the headline and the visible lines counts (not a sidebar's
    # widget frame nor an ad slot elsewhere), and not when the text was found in the
    # story's own named container
    place = storyframe.story_area(doc, ex.title, ex.lead, ex.text.split("\n\n"))
    if place.before_headline:  # a story's text follows its headline
        return f"only {words} body words, all before the headline (page chrome)"
    if pagetype.in_story_container(place.box, place.area):
        return ""
    shell = pagetype.script_shell(doc, place.area)
    return f"only {words} body words beside {shell}" if shell else ""


_PARSER = lxml_html.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True)


def _parse(text: str):
    """lxml first; pages it cannot make sense of (no body found, parser errors) are repaired
    by beautifulsoup4's lenient html.parser and parsed again."""
    try:
        doc = lxml_html.document_fromstring(text.encode("utf-8"), parser=_PARSER)
        if doc.find("body") is not None and len(doc.text_content().strip()) > 0:
            return doc
    except (etree.ParserError, ValueError):
        pass
    from bs4 import BeautifulSoup

    repaired = str(BeautifulSoup(text, "html.parser"))
    return lxml_html.document_fromstring(repaired.encode("utf-8") or b"<html/>", parser=_PARSER)


def _body_root(doc, rules: SiteRules):
    roots = css(doc, rules.body)
    if roots:
        return roots[0]
    arts = doc.xpath("//article")
    return arts[0] if arts else None
