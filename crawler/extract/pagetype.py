"""Article or not, from page signals rather than text length.

For: article-type markup (JSON-LD NewsArticle …, og:type article, article:published_time),
a headline with a publication date or a byline, an article-like URL (a long slug or a
numeric id), a body container the extractor could isolate. Against: a listing URL (tag,
section, search, paging), a non-article og:type, a page dominated by headline links. The
decision always comes with its reason.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlsplit

from crawler.extract.metadata import LISTED

# path segments of listing pages: sections, tags, search, paging
_LISTING_SEGMENT = re.compile(
    r"^(?:tag|tags|tu-?khoa|chu-?de|topic|topics|category|categories|chuyen-?muc|danh-?muc|"
    r"search|tim-?kiem|page|trang|archive|luu-?tru|author|tac-?gia|video|videos|rss)$",
    re.I,
)
_ID = re.compile(r"(?<![a-z])\d{5,}(?![a-z])")
_PAGE_EXT = re.compile(r"\.(?:s?html?|aspx?|php|htm)$", re.I)
# query keys that name one item by its number ("?id=123", WordPress "?p=123")
_ID_KEYS = ("id", "p", "newsid", "articleid", "news_id", "article_id")
_QUERY_ID = re.compile(rf"(?:^|&)(?:{'|'.join(_ID_KEYS)})=\d+", re.I)
# query parameters naming a section or a list: a "p" beside one is that list's page number
_LIST_PARAM = re.compile(
    r"^(?:cat|cate|catid|cat_id|category|categoryid|cid|chuyenmuc|danhmuc|cm|zone|zoneid|"
    r"section|sectionid|mid|menuid|tag|tags|s|q|keyword|list|type)$",
    re.I,
)
# a script at the site's root that takes "?p=<id>" (WordPress "/index.php?p=123")
_ROOT_SCRIPT = re.compile(r"^(?:index|default|home|main)$", re.I)
_PAGE_NUMBER_MAX = 100  # a named section's pages run in tens; a post id is rarely this small


def _query_id(query: str, segments: list[str]) -> bool:
    """The query names one item by its number. A small ``p`` beside a section/list
    parameter, or after a named section path ("thoi-su-12?p=2"), is a page number
    instead; a bare ``?p=123`` at the site root is WordPress's post id."""
    if not _QUERY_ID.search(query):
        return False
    pairs = parse_qsl(query)
    listed = any(_LIST_PARAM.match(k) for k, _ in pairs)
    named = bool(segments) and not _ROOT_SCRIPT.match(segments[-1])
    for key, value in pairs:
        if not value.isdigit() or key.lower() not in _ID_KEYS:
            continue
        number = int(value)
        if key.lower() == "p" and (
            (listed and number < 10 * _PAGE_NUMBER_MAX) or (named and number < _PAGE_NUMBER_MAX)
        ):
            continue  # a page of a list
        return True
    return False


@dataclass(frozen=True)
class Signals:
    """What the page says about itself."""

    headline: bool
    typed: str  # "" or the markup that types the page as an article
    dated: bool
    byline: bool
    article_url: bool
    listing_url: bool
    og_type: str
    headline_links: int
    body_words: int
    content_links: int = 0  # headline links left in the main content after pruning
    body_paragraphs: int = 0
    ld_listed: int = 0  # JSON-LD articles inside an ItemList (teasers)
    teasers: int = 0  # sibling teasers making up the extracted text (0: they do not)
    own_item: bool = False  # the h1's item highlighted among other items of an issue/stream
    unlinked_teasers: int = 0  # sibling bold-headline + summary blocks making up the text
    menu_headline: bool = False  # the headline is an entry of the site's menu (a section name)

    def positives(self) -> list[str]:
        """Names of the article signals present."""
        return [name for name, on in (
            (self.typed, bool(self.typed)), ("date", self.dated), ("byline", self.byline),
            ("article URL", self.article_url), ("body container", self.body_paragraphs > 0),
            ("own item of an issue", self.own_item),
        ) if on]  # fmt: skip


def url_kind(url: str) -> tuple[bool, bool]:
    """(article-like, listing-like) from the URL's shape alone."""
    parts = urlsplit(url)
    # a page script named as a section ("Danhmuc.aspx?id=2", "category.php") is one too
    segments = [_PAGE_EXT.sub("", s) for s in parts.path.split("/") if s]
    listing = not segments or any(_LISTING_SEGMENT.match(s) for s in segments)
    if not segments:
        return _query_id(parts.query, segments), listing
    last = segments[-1]
    slug_words = len([w for w in re.split(r"[-_]+", last) if w])
    article = slug_words >= 4 or bool(_ID.search(last)) or _query_id(parts.query, segments)
    return article and not (listing and slug_words < 4), listing


def typed_as(meta: dict[str, str], lds: list[dict]) -> str:
    """The markup that declares the page an article, if any (JSON-LD articles listed in an
    ItemList are teasers, not the page)."""
    own = [x for x in lds if not x.get(LISTED)]
    if own:
        t = own[0].get("@type")
        t = t[0] if isinstance(t, list) and t else t
        return f"JSON-LD {t}" if isinstance(t, str) else "JSON-LD article"
    if meta.get("og:type", "").lower() == "article":
        return "og:type article"
    if "article:published_time" in meta:
        return "article:published_time"
    return ""


_MENU_TOKEN = re.compile(
    r"(?:^|[-_])(?:nav|navbar|navigation|menu|main-?menu|megamenu)(?:$|[-_])", re.I
)


def _in_menu(a) -> bool:
    for el in a.iterancestors():
        if el.tag == "nav":
            return True
        tokens = f"{el.get('class') or ''} {el.get('id') or ''}".split()
        if any(_MENU_TOKEN.search(t) for t in tokens):
            return True
    return False


def menu_headline(doc, title: str) -> bool:
    """The headline is the text of a link in the site's menu: the page is that section's
    front, whatever its URL looks like (a story's headline is not a menu entry)."""
    key = " ".join(title.casefold().split())
    if not key:
        return False
    return any(
        " ".join(a.text_content().casefold().split()) == key and _in_menu(a)
        for a in doc.xpath("//body//a[@href]")
    )


def headline_link_count(doc) -> int:
    """Links whose text reads like a headline (six words or more)."""
    return sum(1 for a in doc.xpath("//body//a[@href]")
               if len(a.text_content().split()) >= 6)  # fmt: skip


# class/id tokens of a media player or a block the page fills by script
_PLAYER_TOKEN = re.compile(
    r"(?:^|[-_])(?:player|video|jwplayer|vjs|clip|embed|placeholder|loading|lazyload)(?:$|[-_])",
    re.I,
)
# class/id tokens of the story's own container (an empty one is filled by script)
_BODY_TOKEN = re.compile(
    r"(?:^|[-_])(?:content|body|detail|article|story|noi-?dung|chi-?tiet|noidung|chitiet)(?:$|[-_])",
    re.I,
)
# class/id tokens of an advert slot: filled by an ad script, never by the story, whatever
# other tokens it carries ("jeg_ad jeg_article", "article-ads", "div-gpt-ad-…")
_AD_SLOT_TOKEN = re.compile(
    r"(?:^|[-_])(?:ads?|adv|adverts?|advertisement|banner|qc|quang-?cao|quangcao|dfp|gpt)"
    r"(?:$|[-_])",
    re.I,
)
_CHROME = ("nav", "header", "footer", "aside")
# what makes a box filled even without text: a picture, a link, a form control, media
_FILLED = ".//img | .//picture | .//svg | .//canvas | .//a[@href] | .//input | .//button"


def _visible_text(el) -> str:
    return "".join(el.xpath(".//text()[not(parent::script) and not(parent::style)]")).strip()


# a story container's own name: the body word ends the token ("article-body", "noi-dung",
# "story-content-inner"); a slot placed around the story ("pre-content", "content-footer",
# "below-article-thumbnails", "article-end") is named by its place
_STORY_NAME = re.compile(
    r"(?:^|[-_])(?:content|body|detail|article|story|noi-?dung|chi-?tiet|noidung|chitiet)"
    r"(?:[-_]+(?:inner|wrap|wrapper|main|text|\d+))?$",
    re.I,
)
_PLACE_WORD = re.compile(
    r"(?:^|[-_])(?:pre|after|before|below|above|mid|end|top|bottom|header|head|footer|foot|"
    r"side|sidebar)(?:$|[-_])",
    re.I,
)
# a player or a story container is a block, never a picture, an icon, a link or a form field
_BLOCKS = ("div", "section", "article", "main", "figure", "p")


def _empty_story_container(el, tokens: list[str]) -> bool:
    """A story container with nothing visible in it (no text, no picture, no link): the
    story is filled in by script. A box holding a banner image is filled, and an advert
    slot is the ad script's, not the story's, whatever its class says."""
    if el.tag not in _BLOCKS:
        return False
    if not any(_STORY_NAME.search(t) and not _PLACE_WORD.search(t) for t in tokens):
        return False
    if any(_AD_SLOT_TOKEN.search(t) for t in tokens):
        return False
    return not _visible_text(el) and not el.xpath(_FILLED)


def _hidden(el) -> bool:
    """Not shown to a reader: inside <noscript> (a tag manager's iframe), styled away, or a
    pixel-sized frame."""
    for x in (el, *el.iterancestors()):
        style = (x.get("style") or "").replace(" ", "").lower()
        if x.tag == "noscript" or "display:none" in style or "visibility:hidden" in style:
            return True
    return el.get("width") in ("0", "1") or el.get("height") in ("0", "1")


def _ad_slot(el, area) -> bool:
    """The element or a box around it (inside ``area``) is an advert slot."""
    for x in (el, *el.iterancestors()):
        if x is area:
            return False
        tokens = f"{x.get('class') or ''} {x.get('id') or ''}".split()
        if any(_AD_SLOT_TOKEN.search(t) for t in tokens):
            return True
    return False


_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")


def _name_tokens(el) -> list[str]:
    """Class/id tokens with camelCase split like hyphens ("ArticleContent" as
    "Article-Content", as .NET portals write them)."""
    return [_CAMEL.sub("-", t) for t in f"{el.get('class') or ''} {el.get('id') or ''}".split()]


def in_story_container(box, area) -> bool:
    """The story's visible text stands in a container named as the story's own (content,
    body, detail …), from its box up to the story's area: the page's story was found
    there, and a player or an empty box beside it is an illustration or decoration."""
    if box is None:
        return False
    for el in (box, *box.iterancestors()):
        tokens = _name_tokens(el)
        named = any(_BODY_TOKEN.search(t) for t in tokens)
        if named and not any(_AD_SLOT_TOKEN.search(t) for t in tokens):
            return True
        if el is area or el.tag == "body":
            return False
    return False


def script_shell(doc, area=None) -> str:
    """What makes the page a shell whose story is loaded by script (a player, an embed, a
    placeholder block, an empty story container) standing in ``area`` (the story's part of
    the page; the whole body when unknown), outside the page chrome, shown to the reader
    and not an advert slot; "" when there is none."""
    scope = area if area is not None else doc.find("body")
    if scope is None:
        return ""
    for el in scope.iter():
        if not isinstance(el.tag, str) or any(a.tag in _CHROME for a in el.iterancestors()):
            continue
        tokens = f"{el.get('class') or ''} {el.get('id') or ''}".split()
        media = el.tag in ("video", "audio", "iframe", "embed", "object")
        player = (
            el.tag in _BLOCKS
            and any(_PLAYER_TOKEN.search(t) for t in tokens)
            and len(el.text_content().split()) < 30
        )
        empty = _empty_story_container(el, _name_tokens(el))
        if not (media or player or empty) or _hidden(el) or _ad_slot(el, scope):
            continue
        if media:
            return f"a <{el.tag}>"
        if player:
            return f"a player/placeholder block ({' '.join(tokens)[:40]})"
        return f"an empty story container ({' '.join(tokens)[:40]})"
    return ""


def decide(s: Signals) -> tuple[bool, str]:
    """(is an article, reason) from the signals: a main content made of teasers is a
    listing; then markup decides alone; otherwise no listing evidence (unlinked teasers
    included) and two of (date or byline, article URL, the own item of an issue, body
    container)."""
    found = ", ".join(s.positives()) or "none"
    if not s.headline:
        return False, "no headline"
    if s.teasers:  # before markup: many portals type every page as an article
        return False, (
            f"a listing: the main content is {s.teasers} teasers (headline link to another "
            f"page + short text) and no body of its own (signals: {found})"
        )
    if s.typed:
        return True, f"article signals: {found}"
    if s.unlinked_teasers and not s.article_url:  # a listicle brief may look like this
        return False, (
            f"a listing: the main content is {s.unlinked_teasers} unlinked teasers (bold "
            f"headline + short summary) and no text of its own (signals: {found})"
        )
    if s.ld_listed > 2:
        return False, f"a listing: JSON-LD lists {s.ld_listed} articles (signals: {found})"
    dated = s.dated or s.byline
    strong = dated and s.article_url
    if s.og_type and s.og_type != "article" and not strong:
        return False, f"og:type={s.og_type} and no article markup (signals: {found})"
    if s.listing_url and not s.article_url:
        return False, f"a listing URL and no article markup (signals: {found})"
    dominated = s.headline_links >= 12 and s.headline_links * 8 > s.body_words
    if dominated and (not strong or s.menu_headline):  # a section front's date and slug
        menu = ", the headline is a menu entry" if s.menu_headline else ""
        return False, f"a listing: {s.headline_links} headline links{menu} (signals: {found})"
    if s.content_links >= 8 and 2 * s.content_links >= s.body_paragraphs and not strong:
        return (
            False,
            f"a listing: {s.content_links} headline links in the content (signals: {found})",
        )
    if dated + s.article_url + s.own_item + (s.body_paragraphs > 0) >= 2:
        return True, f"article signals: {found}"
    return False, f"too few article signals (signals: {found})"
