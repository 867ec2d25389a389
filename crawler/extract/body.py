"""Article body: boxes pruned wherever they stand, then a fallback chain of strategies.

Strategies, in order: the source's CSS body selector, trafilatura over the pruned tree
(itself backed by readability/jusText when its own pass finds little), the densest block of
paragraphs. A strategy's result is used only when it is confident (not mostly headline
links); when none is, the body is empty with a reason, never the page's whole text.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field

import trafilatura
from lxml.html import HtmlElement

from corpus.textnorm import fold, fold_aligned, tidy
from crawler.extract import items, linekinds, sideboxes
from crawler.extract.siterules import SiteRules

# class/id tokens of blocks that are never the article body
_BOILER_ATTR = re.compile(
    r"(?:^|[\s_-])(related|relate|lien-?quan|tinlienquan|tin-?khac|tinkhac|cung-?chuyen-?muc|"
    r"doc-?them|xem-?them|more-news|other-news|share|sharing|social|comments?|binh-?luan|"
    r"weather|thoi-?tiet|quang-?cao|caption|figcaption|sapo)(?:$|[\s_-]|v?\d)",
    re.I,
)
# tag boxes: a whole class/id token ("tags", "article-tags", "tu-khoa"; not WordPress "tag-x")
_TAG_TOKEN = re.compile(r"^(?:\S*[-_])?(?:tags|tags?-?(?:box|list)|tu-?khoa|keywords?)$", re.I)
# menus: a whole class/id token ("menu", "main-menu"; not "content-and-menu")
_MENU_TOKEN = re.compile(r"^(?:(?:main|top|sub)[-_]?)?(?:menu|navbar)$|^breadcrumbs?$", re.I)
# ad slots: a whole class/id token that starts with an ad word ("ads", "qc-top", "banner_300")
_AD_TOKEN = re.compile(
    r"^(?:ads?|adv|adverts?|advertisement|banner|qc|quangcao|sponsor(?:ed)?)(?:$|[-_]\S*$)", re.I
)
# paywall / subscription upsell boxes: a class/id token such as "upsell-box", "paywall-banner",
# "plans". Never a bare "paywall" nor a "...-content"/"-body"/"-text" token: many sites mark
# the locked story itself so. Only short boxes (``_UPSELL_WORDS``).
_UPSELL_TOKEN = re.compile(
    r"^(?:paywall|upsell|subscribe|subscription|membership|pricing|hoi-?vien)"
    r"[-_](?!content|body|text|article|story|section)\S*$|"
    r"^(?:upsell|subscribe|subscription|hoi-?vien)$|^(?:price-?)?plans$",
    re.I,
)
_UPSELL_WORDS = 80
# headings that open a related-news block ("Tin liên quan", "Đọc thêm" …), folded
_RELATED = re.compile(
    r"^(cac )?(tin|bai)( viet| tuc| bai)? (lien quan|khac|cung chuyen muc|moi( nhat)?|doc nhieu|"
    r"noi bat|xem nhieu)\b|^(doc|xem) (them|tiep)\b|^co the ban quan tam|^cung chuyen muc|"
    r"^related( (news|articles|stories|posts))?\b|^(read|see) (more|also)\b|^more (news|stories)\b|"
    r"^(other|latest) (news|articles|stories|posts)$|^autres (articles|actualites)$|"
    r"^weitere (artikel|nachrichten)$|"
    r"^ban dang xem|"
    # a recommendation box ("Bài viết được đề xuất", "Gợi ý cho bạn", "Có thể bạn muốn đọc")
    # (the whole line: "Gợi ý cho bạn đọc: …" is a sentence)
    r"^((cac )?(tin|bai)( viet| tuc| bai)? (duoc )?(de xuat|goi y)|(goi y|de xuat|danh) cho ban|"
    r"co the ban (muon doc|thich|chua doc)|you may (also )?like|recommended( for you)?)$"
)
# an arrow or bullet before a link to another story (">> Headline", "► Headline")
_ARROW = re.compile(r"^\s*(?:>>|»|►|▶|→|⇒|\+\+)")
_BOILER_LINE = re.compile(
    r"^(chia se|share|tweet|in bai|gui bai|luu bai|binh luan|gui binh luan|viet binh luan|"
    r"quang cao|advertisement|trang chu|dang nhap|dang ky|lien he|to chuc bien tap|"
    r"tong bien tap|pho tong bien tap|co quan chu quan|giay phep|ban quyen|chiu trach nhiem|toa soan|dia chi|"
    r"dien thoai|email|hotline|copyright|©|\(c\)|all rights reserved|facebook|zalo|twitter|"
    r"theo doi (chung toi|bao)|tai ung dung|xem them:?$|doc them:?$)",
)
# tool-bar labels: a line made only of these (folded), separated by | · • / or spaces
_UI_LABEL = (r"(?:in (?:trang|bai( nay)?)|gui (?:email|e-?mail|bai|y kien)|quay lai|tro (?:ve|lai)|"
             r"(?:ve|len) dau trang|dong cua so|co chu:?(?: ?a[-+])*|a[-+]|nghe bai viet|"
             r"nghe (?:chuong trinh|ban tin|audio|podcast)|"
             r"nghe doc(?: bai(?: viet)?)?|doc bai|bao loi|luu( bai)?|chia se|in|email|print|back|top|"
             r"tai (?:ve )?(?:bai bao|bai viet|ban in|file|tep)(?: \(?pdf\)?)?|trich dan(?: bai bao| bai viet)?|"
             r"download(?: pdf)?|cite(?: this article)?|"
             # the same tool bar in other languages (CMS themes keep their English labels)
             r"(?:font size|text size|taille du texte|schriftgr\w*)\s*:?(?:\s*a[-+]?)*|print(?: this (?:page|article))?|"
             r"send(?: to a friend)?|e-?mail(?: this(?: article)?)?|share(?: this)?|go back|"
             r"back to top|more|close|ban in|imprimer|envoyer|partager|retour|"
             r"drucken|teilen|zuruck|nach oben|"
             r"(?:toc do|speed|playback speed)?\s*:?\s*[0-2](?:[.,]\d{1,2})?\s*x|"
             r"\d{1,2}:\d{2}(?: ?/ ?\d{1,2}:\d{2})?)")  # fmt: skip
_UI_LINE = re.compile(rf"^{_UI_LABEL}(?:\s*[|·•/]?\s*{_UI_LABEL})*$")
# key-point / summary boxes that restate the article: a whole class/id token …
_KEYPOINT_TOKEN = re.compile(
    r"^(?:\S*[-_])?(?:key-?points?|keypoints|tl-?;?dr|tom-?tat(?:-?nhanh)?|"
    r"diem-?chinh|noi-?dung-?chinh|summary-?(?:box|list|points)|quick-?summary)$",
    re.I,
)
# … or a "summary" class part on a block holding a list ("summary-list", "post-summary")
_SUMMARY_PART = re.compile(r"(?:^|[-_])summary", re.I)
# … or a box opened by such a heading, folded
_KEYPOINT_HEAD = re.compile(
    r"^(tom tat( nhanh| noi dung)?|(nhung |cac )?diem (chinh|nhan)|noi dung chinh|key (points|takeaways)|"
    r"tl;? ?dr|in brief|summary)\b"
)
# a counter or media-stats line: only "label: number" parts ("Lượt xem: 1.284 · Thời lượng:
# 03:12", "Đang truy cập: 42 - Tổng lượt truy cập: 3.587.120"), folded
_STAT_PART = r"[^\W\d][^:\d]{0,30}:\s*\d[\d.,:]*"
_STATS = re.compile(rf"^{_STAT_PART}(?:\s*[-|·•,]\s*{_STAT_PART})*$")
_COUNTER_WORD = re.compile(r"\b(luot (xem|truy cap|doc|nghe)|dang (truy cap|online)|truy cap|"
                           r"thoi luong|views?|visitors?|online)\b")  # fmt: skip
_READING_TIME = re.compile(r"\d+\s*(phut doc|min(ute)?s? read)\b")
# what a paper is the organ of, in its masthead or footer line, folded
_MASTHEAD = re.compile(r"\bco quan (cua|ngon luan|chu quan|thuong tru)\b")
_WEATHER = re.compile(r"-?\d{1,2}\s*°\s*[cf]?\b|\b\d{1,2}\s*do c\b", re.I)
_FILENAME = re.compile(r"^[\w\-. ]{1,80}\.(jpe?g|png|gif|webp|bmp|tiff?|heic)$", re.I)
# one slug-like token ("qc-abc-100-200", "banner_home_300x250"): an ad or image identifier
_SLUG = re.compile(r"^[a-z0-9]+(?:[-_.][a-z0-9]+){2,}$", re.I)
# one token of ASCII letters/digits joined by "_-." holding a long digit run or a hex hash: a
# camera, chat-export or CMS file name ("z7012…_8f1c…", "IMG_20241103", "DSC012345"); no word of
# the language is written like that, so it is never prose
_ID_TOKEN = re.compile(r"^[a-z0-9]+(?:[-_.][a-z0-9]+)*$", re.I)
_ID_PART = re.compile(r"\d{6,}|^(?=[a-f]*\d)(?=\d*[a-f])[0-9a-f]{12,}$", re.I)
_STRUCTURAL_BOILER = (
    "nav",
    "footer",
    "aside",
    "form",
    "noscript",
    "iframe",
    "figure",
    "figcaption",
)
_HEADING_TAGS = ("h2", "h3", "h4", "h5", "h6", "strong", "b", "p", "div", "span", "header", "dt")
SENTENCE_WORDS = 10  # a body has at least one paragraph this long
_CAPTION_TEXT = 300  # a table holding an image and at most this much text is a caption


@dataclass
class Body:
    """The body paragraphs, trafilatura's metadata, which strategy gave them, or why none."""

    paragraphs: list[str] = field(default_factory=list)
    meta: dict = field(default_factory=dict)
    strategy: str = ""
    reason: str = ""
    content_links: int = 0  # headline-sized links left after pruning (many on listings)
    tree: HtmlElement | None = field(default=None, repr=False)  # the pruned page


def _attr_text(el) -> str:
    return f"{el.get('class') or ''} {el.get('id') or ''}"


def link_density(el) -> float:
    """Share of an element's text that is link text."""
    total = len(" ".join(el.text_content().split()))
    links = sum(len(" ".join(a.text_content().split())) for a in el.iter("a"))
    return links / total if total else 0.0


def _drop(el) -> None:
    if el.getparent() is not None:
        el.drop_tree()


# class tokens that qualify a box rather than name it: "with-share", "has-related" say what
# the box has, not that it is that box (a story container "entry-content with-share"). Only
# these two prefixes: "comments-enabled", "no-access-comments" name comment boxes
_MODIFIER_TOKEN = re.compile(r"^(?:with|has)[-_]\S+$", re.I)


def is_marked_boilerplate(el) -> bool:
    """The element's class/id names a box that is never article text (modifier tokens
    aside)."""
    tokens = [t for t in _attr_text(el).split() if not _MODIFIER_TOKEN.match(t)]
    attrs = " ".join(tokens)
    return bool(_BOILER_ATTR.search(attrs)) or any(
        _AD_TOKEN.match(t) or _TAG_TOKEN.match(t) or _MENU_TOKEN.match(t) for t in tokens
    )


def _is_upsell_box(el) -> bool:
    """A short box whose class/id names a paywall prompt, an upsell or price plans."""
    if not any(_UPSELL_TOKEN.match(t) for t in _attr_text(el).split()):
        return False
    return len(el.text_content().split()) <= _UPSELL_WORDS


def _attached(el, root) -> bool:
    return any(a is root for a in el.iterancestors())


def _drop_marked_blocks(tree, keep_text: int) -> None:
    """Structural chrome (nav, footer, figure …) and blocks whose class/id names them."""
    for el in list(tree.iter(*_STRUCTURAL_BOILER)):
        if len(el.text_content()) < 0.3 * keep_text:
            _drop(el)
    for el in list(tree.iter()):
        if not isinstance(el.tag, str) or el.getparent() is None:
            continue
        if el.tag in ("html", "body", "main", "article"):
            continue
        if not (is_marked_boilerplate(el) or _is_upsell_box(el)):
            continue
        if len(el.text_content()) >= 0.3 * keep_text:
            continue
        if _wraps_story(el):  # keep the content, lose the chrome name (its boxes go later)
            el.drop_tag()
        else:
            _drop(el)


# a story container's own name: the body word ends the class/id token ("entry-content",
# "article-body", "noi-dung"); "content-footer" or "comment-list" name something else
_STORY_NAME = re.compile(
    r"(?:^|[-_])(?:content|body|detail|article|story|noi-?dung|chi-?tiet|noidung|chitiet)$",
    re.I,
)
_STORY_SHARE = 0.5  # the named container holds at least this share of the wrapper's text


def _wraps_story(el) -> bool:
    """A box named as chrome ("thb-post-share-container") that wraps the story: an
    unmarked descendant named as the story's container, holding two or more sentence
    paragraphs and most of the box's text, with no other marked box between them (a
    short page's story is a small share of the page, so size alone does not spare it)."""
    total = len(el.text_content())
    for d in el.iterdescendants():
        if not isinstance(d.tag, str) or not any(
            _STORY_NAME.search(t) for t in _attr_text(d).split()
        ):
            continue
        if len(d.text_content()) < _STORY_SHARE * total:
            continue
        between = [a for a in d.iterancestors() if a is not el and _attached(a, el)]
        if is_marked_boilerplate(d) or any(is_marked_boilerplate(a) for a in between):
            continue
        sentences = [p for p in d.iter("p") if _is_sentence(" ".join(p.text_content().split()))]
        if len(sentences) >= 2:
            return True
    return False


def _heading_block(el, text: str):
    """The outermost wrapper holding nothing but the heading's text
    (<p><strong>Tin liên quan</strong></p>: the paragraph is the heading)."""
    parent = el.getparent()
    while parent is not None and parent.tag not in ("body", "main", "article"):
        if " ".join(parent.text_content().split()) != text:
            break
        el, parent = parent, parent.getparent()
    return el


def _drop_box_entries(heading) -> None:
    """The entries after a related heading: the link-dense blocks right after it, or every
    following block when all of them are short headlines (a recommendation box whose cards
    open by script, with no ``<a>``)."""
    sibs = [s for s in heading.itersiblings() if isinstance(s.tag, str)]
    texts = [" ".join(s.text_content().split()) for s in sibs]
    if any(texts) and all(not t or _looks_like_headline(t) for t in texts):
        for sib in sibs:
            _drop(sib)
        return
    for sib, text in zip(sibs, texts, strict=True):
        if not text or link_density(sib) < 0.5:
            break
        _drop(sib)


def _drop_related_boxes(tree, keep_text: int) -> None:
    """A "Tin liên quan" / "Đọc thêm" heading with its links, wherever it stands: the whole
    box when the heading sits in a link-dense block, else the heading and the link-dense
    blocks right after it. What follows the box stays."""
    root = tree.getroot() if hasattr(tree, "getroot") else tree
    for el in list(tree.iter(*_HEADING_TAGS)):
        if el.getparent() is None or not _attached(el, root):
            continue
        raw = el.text_content()
        if len(raw) > 1000:
            continue  # a container, not a heading or an inline "Xem thêm:" line
        text = " ".join(raw.split())
        if not is_related_heading(text):
            inline = el.tag in ("p", "div") and (
                _RELATED.match(fold(text[:40])) or _ARROW.match(text)
            )
            if inline and link_density(el) >= 0.5:
                _drop(el)  # "Xem thêm: <a>another story</a>" inline
            continue
        if any(is_related_heading(" ".join(c.text_content().split())) for c in el):
            continue  # the innermost heading decides
        el = _heading_block(el, text)
        box = el
        for anc in el.iterancestors():
            if anc.tag in ("body", "main", "article") or len(anc.text_content()) >= 0.3 * keep_text:
                break
            if link_density(anc) < 0.5:
                break
            box = anc
        if box is el:
            _drop_box_entries(el)
        _drop(box)


def is_keypoint_box(el) -> bool:
    """A key-point / quick-summary box: named so by its class/id, a "summary" block holding
    a list, or a block whose first line is a "Tóm tắt" / "Điểm chính" heading."""
    tokens = _attr_text(el).split()
    if any(_KEYPOINT_TOKEN.match(t) for t in tokens):
        return True
    if any(_SUMMARY_PART.search(t) for t in tokens) and el.find(".//li") is not None:
        return True
    first = next((c for c in el if isinstance(c.tag, str)), None)
    if first is None or len(el) < 2:
        return False
    head = " ".join(first.text_content().split())
    return len(head) < 40 and bool(_KEYPOINT_HEAD.match(fold(head).strip(" :")))


def _drop_keypoint_boxes(tree, keep_text: int) -> None:
    """Key-point boxes restate the article: never its body (the lead may still use one)."""
    for el in list(tree.iter("div", "section", "aside", "ul", "ol", "blockquote", "table")):
        if el.getparent() is None or len(el.text_content()) >= 0.3 * keep_text:
            continue
        if is_keypoint_box(el):
            _drop(el)


_BOX_TITLE_WORDS = 5
_HEADINGS = ("h2", "h3", "h4", "h5", "h6")
_TITLE_CLASS = re.compile(r"title|head|tieu-?de", re.I)


def _drop_emptied_box(box) -> None:
    """A sidebar box left with only its title once its link list is gone ("Chuyên mục",
    "Liên kết website") goes too."""
    if box is None or box.tag in ("body", "main", "article", "html") or box.getparent() is None:
        return
    kids = [c for c in box if isinstance(c.tag, str)]
    text = " ".join(box.text_content().split())
    label = len(kids) == 1 and kids[0].tag in ("b", "strong", "span") and text.endswith(":")
    titled = len(kids) == 1 and (
        kids[0].tag in _HEADINGS or _TITLE_CLASS.search(_attr_text(kids[0]))
    )
    if not (titled or label):
        return  # only a box whose one remaining child is its title or label (not an author box)
    text = text.rstrip(":").strip()
    if text and len(text.split()) <= _BOX_TITLE_WORDS and not text.endswith((".", "!", "?")):
        _drop(box)


def _drop_widgets(tree) -> None:
    """Sidebar widgets that are not prose: a jump menu (``<select>`` of links) and a
    visit-counter block (every line "label: number", one naming a counter, "Hôm nay: 1.208"
    included); a box left with only its title goes with them."""
    for el in list(tree.iter("select")):
        box = el.getparent()
        _drop(el)
        _drop_emptied_box(box)
    for el in list(tree.iter("div", "ul", "table", "tbody")):
        lines = _stat_lines(el) if len(el) >= 2 else None  # fewer children: fewer lines
        if lines and any(_COUNTER_WORD.search(x) for x in lines):
            box = el.getparent()
            _drop(el)
            _drop_emptied_box(box)


# a poll / vote / survey widget: its action button, its class/id, a few words at most
_POLL_ACTION = re.compile(
    r"^(?:bieu quyet|binh chon|gui binh chon|xem ket qua|ket qua|vote|poll|submit vote)$"
)
_POLL_TOKEN = re.compile(
    r"(?:^|[-_])(?:polls?|votes?|voting|survey|binh-?chon|tham-?do|khao-?sat|bieu-?quyet)"
    r"(?:$|[-_\d])",
    re.I,
)
_POLL_WORDS = 60  # a question and its answers; a story is longer


def _poll_control(el) -> bool:
    """A radio choice, or a button/link whose label casts or shows a vote (not a checkbox:
    a recipe's ingredient list ticks its lines so)."""
    if el.tag == "input" and (el.get("type") or "").lower() == "radio":
        return True
    label = el.get("value") if el.tag == "input" else el.text_content()
    return el.tag in ("button", "input", "a") and bool(_POLL_ACTION.match(fold(label or "")))


def _drop_polls(tree) -> None:
    """A poll box ("Thăm dò ý kiến … Biểu quyết"): never a story, yet its question and
    answers read like short paragraphs. From each vote control, the largest short
    ancestor that is not the story's own box goes."""
    for ctl in list(tree.iter("input", "button", "a")):
        if not _attached(ctl, tree) or not _poll_control(ctl):
            continue
        box = None
        for el in ctl.iterancestors():
            if el.tag in ("body", "html") or _STORY_BOX.search(_attr_text(el)):
                break
            if len(el.text_content().split()) > _POLL_WORDS:
                break
            box = el
        # a lone link labelled "Kết quả" is no poll: the box must say so, or hold radios
        if box is not None and (
            box.xpath(".//input[@type='radio']")
            or any(_POLL_TOKEN.search(t) for t in (_attr_text(box) or "").split())
            or ctl.tag != "a"
        ):
            _drop(box)


def _stat_lines(el) -> list[str] | None:
    """The folded lines of ``el``'s children when there are two or more and every one is a
    short "label: number" stat, else None. Folds child by child and stops at the first line
    that is not one: most blocks fail on their first child (folding them all cost ~5%)."""
    lines = []
    for c in el:
        if not isinstance(c.tag, str):
            continue
        x = fold(" ".join(c.text_content().split()))
        if not x:
            continue
        if len(x) >= 60 or not _STATS.match(x):
            return None
        lines.append(x)
    return lines if len(lines) >= 2 else None


_CARD_WORDS = 40
_IMAGE_FILE = re.compile(r"\.(?:jpe?g|png|gif|webp|avif|svg)(?:[?#]|$)", re.I)


def _drop_link_cards(tree) -> None:
    """A card embedded in the story (a product or story teaser: image, name, "Xem …" button,
    a label) links two or more times to one other page and has no paragraph of its own: a
    box, not the story's text. Links to an image file (a zoomable photo) do not count."""
    for el in list(tree.iter("div", "aside", "section")):
        if el.getparent() is None or el.find(".//p") is not None or el.find(".//img") is None:
            continue
        hrefs = [a.get("href") or "" for a in el.iter("a")]
        if len(hrefs) < 2 or len(set(hrefs)) != 1 or hrefs[0].startswith("#"):
            continue
        if _IMAGE_FILE.search(hrefs[0]) or len(el.text_content().split()) > _CARD_WORDS:
            continue
        _drop(el)


def _drop_link_lists_and_captions(tree, keep_text: int) -> None:
    """Lists whose items are links (related stories without a heading; a box left with
    only its title goes with its list) and image tables with a short caption (the CMS
    "image table")."""
    for el in list(tree.iter("ul", "ol", "table")):
        if el.getparent() is None or len(el.text_content()) >= 0.3 * keep_text:
            continue
        if el.tag == "table":
            short = len(" ".join(el.text_content().split())) <= _CAPTION_TEXT
            if short and el.xpath(".//img"):
                _drop(el)
                continue
        if _is_link_list(el):
            box = el.getparent()
            _drop(el)
            _drop_emptied_box(box)


_DOC_LINK = re.compile(r"\.(?:pdf|docx?|xlsx?|pptx?|odt|zip|rar)(?:$|[?#])", re.I)
_LINK_ENTRY_NOISE = re.compile(
    r"[\d\W_]+|\b(?:pdf|docx?|xlsx?|kb|mb|xem|tải về|download|view)\b", re.I
)


def _link_entry(item) -> bool:
    """A list entry or table row that is a link to another page or file and nothing else of
    its own (a number, a date, a file size, "Xem | Tải về" aside)."""
    links = [a for a in item.iter("a") if (a.get("href") or "#").strip()[:1] not in ("#", "")]
    if not links:
        return False
    linked = " ".join(" ".join(a.text_content().split()) for a in links)
    rest = " ".join(item.text_content().split())
    for a in links:
        rest = rest.replace(" ".join(a.text_content().split()), " ", 1)
    return bool(linked.strip()) and not _LINK_ENTRY_NOISE.sub("", rest).strip()


def _is_link_list(el) -> bool:
    """A list whose entries are links (related stories without a heading), or a list or
    table of links to documents (an attachment list, even of one file): never body text.
    A table may keep one title row without a link. (Lists and tables of page links with
    dates stay in the pruned tree: the listing test counts them.)"""
    rows = el.findall("li") if el.tag in ("ul", "ol") else el.xpath("./tr|./tbody/tr|./thead/tr")
    rows = [r for r in rows if " ".join(r.text_content().split())]
    if not rows:
        return False
    if el.tag != "table" and len(rows) >= 2 and link_density(el) >= 0.7:
        return True
    linked = [r for r in rows if _link_entry(r)]
    plain = len(rows) - len(linked)
    if plain > (1 if el.tag == "table" else 0) or not linked:
        return False
    docs = all(_DOC_LINK.search(a.get("href") or "") for r in linked for a in r.iter("a")
               if (a.get("href") or "#")[:1] != "#")  # fmt: skip
    return docs


_CAPTION_WORDS = 50  # a caption is a line or two
_ITALIC = ("em", "i")
_PLAYER = re.compile(r"(?:^|[-_])(?:player|video|clip|jwplayer|vjs)(?:$|[-_\d])", re.I)


_STORY_BOX = re.compile(r"content|body|detail|noi-?dung|chi-?tiet|article|story|text", re.I)


def _all_italic(el) -> bool:
    """Every word of the element is inside <em>/<i> (the CMS caption style)."""
    text = " ".join(el.text_content().split())
    italic = " ".join(" ".join(i.text_content().split()) for i in el.iter(*_ITALIC)
                      if not any(a.tag in _ITALIC for a in i.iterancestors()))  # fmt: skip
    return bool(text) and len(text.split()) <= _CAPTION_WORDS and italic == text


def _centered(el) -> bool:
    """Centred like a caption under a picture (style, align, a "center" class or tag)."""
    if el.tag == "center":
        return True
    style = (el.get("style") or "").replace(" ", "").lower()
    attrs = f"{el.get('class') or ''} {el.get('align') or ''}".lower()
    return "text-align:center" in style or "center" in attrs


def _next_block(el):
    nxt = el.getnext()
    while nxt is not None and not isinstance(nxt.tag, str):
        nxt = nxt.getnext()
    return nxt


def _is_player(el) -> bool:
    tokens = f"{el.get('class') or ''} {el.get('id') or ''}".split()
    return el.tag == "video" or any(_PLAYER.search(t) for t in tokens)


def _only_file_names(text: str) -> bool:
    """No text, or only image file names printed beside the image (a CMS that writes the
    upload's name under it): the block still holds nothing but the image."""
    return all(_FILENAME.match(word) for word in text.split())


def _all_bold(el) -> bool:
    """Every word inside <b>/<strong> or a heading: a sub-heading, not a caption."""
    text = " ".join(el.text_content().split())
    bold = " ".join(
        " ".join(b.text_content().split()) for b in el.iter("b", "strong", "h2", "h3", "h4")
    )
    return bool(text) and bold == text


def _caption_after(block, img) -> bool:
    """The image's own centred block goes on with a short line after the picture
    (``<p center><img><br>caption</p>``), whatever the caption's markup."""
    if block.tag not in ("p", "center") or block.xpath(".//p|.//div|.//ul|.//table|.//a[@href]"):
        return False  # a layout cell or column, not a picture's paragraph
    text = " ".join(block.text_content().split())
    before = (img.getparent().text or "") if img.getparent() is block else ""
    return 0 < len(text.split()) <= _CAPTION_WORDS and not before.strip() and not _all_bold(block)


def _restates_image(el, img) -> bool:
    f = fold(" ".join(el.text_content().split()))
    return bool(f) and any(
        f == fold(" ".join((img.get(a) or "").split())) for a in ("alt", "title")
    )


def _is_caption(nxt, block, img) -> bool:
    """The block right after an image-only block is its caption, by position and form, not
    markup: wholly italic, or short and centred, or short with no sentence end, or the
    image's alt/title said again. Bold lines are sub-headings and stay."""
    if _all_italic(nxt) and (_centered(nxt) or _centered(block)):
        return True
    words = len(nxt.text_content().split())
    if not 0 < words <= _CAPTION_WORDS or _all_bold(nxt) or nxt.xpath(".//img|.//p|.//div"):
        return False
    if _restates_image(nxt, img) or _centered(nxt):
        return True
    text = " ".join(nxt.text_content().split())
    return words <= 25 and not text.endswith((".", "!", "?", ":", ";", "…"))


def _drop_media_captions(tree) -> None:
    """Captions written as text beside the media rather than in <figcaption>: centred italic
    text in the image's own block (``<p align=center><img><br><i>…</i></p>``), a wholly
    italic short block right after an image-only block, one of them centred, and the short
    description under a video inside the player's own box."""
    for img in list(tree.iter("img")):
        block = next(
            (a for a in img.iterancestors() if a.tag in ("p", "div", "center", "td")), None
        )
        if block is None or block.getparent() is None:
            continue
        if not _only_file_names(block.text_content()):
            if _centered(block) and (_all_italic(block) or _caption_after(block, img)):
                _drop(block)
            continue
        nxt = _next_block(block)
        if nxt is not None and nxt.tag in ("p", "div", "center") and _is_caption(nxt, block, img):
            _drop(nxt)
    for player in [el for el in tree.iter() if isinstance(el.tag, str) and _is_player(el)]:
        nxt = _next_block(player)
        words = len(nxt.text_content().split()) if nxt is not None else 0
        if nxt is None or nxt.tag not in ("p", "div") or not 0 < words <= _CAPTION_WORDS:
            continue
        if not _is_player(nxt.getparent()):
            continue  # the description belongs to the player's own box; not the story after it
        if link_density(nxt) > 0.2:
            continue  # a list of other clips, not a description
        if nxt.find(".//p") is None and not _STORY_BOX.search(_attr_text(nxt)):
            _drop(nxt)  # not the story's own (short) container


_TAB_PANE = re.compile(r"^(?:\S+[-_])?tabs?[-_]?(?:pane|panel|content[-_]?item)$", re.I)


def _is_tab_pane(el) -> bool:
    return (el.get("role") or "") == "tabpanel" or any(
        _TAB_PANE.match(t) for t in (el.get("class") or "").split()
    )


def _keep_story_tab(tree) -> None:
    """Tabbed articles ("Nội dung / Hình ảnh / Bình luận"): the tabs are alternative views
    and the story is the pane with the most text; the other panes of the same set
    (comments, galleries, placeholders) are not its body. Accordion panels stay whole (one
    story split into sections), and their header buttons or toggle links are its
    sub-headings."""
    seen: set = set()
    for pane in list(tree.iter()):
        if not isinstance(pane.tag, str) or pane in seen or not _is_tab_pane(pane):
            continue
        parent = pane.getparent()
        panes = [c for c in parent if isinstance(c.tag, str) and _is_tab_pane(c)]
        seen.update(panes)
        if len(panes) < 2:
            continue
        story = max(panes, key=lambda c: len(c.text_content().split()))
        for c in panes:
            if c is not story:
                _drop(c)
    for button in list(tree.iter("button", "a")):
        toggle = button.tag == "button" or (button.get("href") or "#").startswith("#")
        if toggle and any(a.tag in ("h2", "h3", "h4", "h5", "h6") for a in button.iterancestors()):
            button.tag = "span"  # a heading's toggle or in-page anchor: the heading's text
            button.attrib.clear()  # trafilatura drops "button"-classed elements


_QUOTE_BOX = re.compile(r"(?:^|[-_])(?:pull-?quote|quote|trich-?dan)(?:$|[-_])", re.I)
# named a pull quote outright: display type by the page's own word, even when it rewords the
# story rather than repeating it (a plain "quote"/"trích dẫn" box may quote a source: tested)
_PULL_BOX = re.compile(r"(?:^|[-_])pull-?quote(?:$|[-_])", re.I)
_PULL_WORDS = 40  # a sentence or two; a longer box is a quoted document


_WORD = re.compile(r"\w+")
_PULL_SHARE = 0.7  # a pull quote's words nearly all stand in one paragraph of the story


def _drop_pull_quotes(tree) -> None:
    """Pull quotes repeat a sentence of the story in large type (a quote-classed box
    whose words nearly all stand in one of the story's paragraphs, as
    written or lightly reworded, or a short box named a pull quote): not body."""
    paragraphs = [(p, set(_WORD.findall(fold(p.text_content())))) for p in tree.iter("p")]
    for box in list(tree.iter("blockquote", "aside", "div", "figure")):
        tokens = _attr_text(box).split()
        if not any(_QUOTE_BOX.search(t) for t in tokens):
            continue  # a plain blockquote quotes a source (a document, an embedded post)
        words = _WORD.findall(fold(box.text_content()))
        if len(words) < 5 or box.getparent() is None:
            continue
        if len(words) <= _PULL_WORDS and any(_PULL_BOX.search(t) for t in tokens):
            _drop(box)
            continue
        inside = set(box.iter("p"))
        for p, other in paragraphs:
            if p not in inside and sum(w in other for w in words) >= _PULL_SHARE * len(words):
                _drop(box)  # the quote restates this paragraph
                break


def _own_sentence_words(td) -> int:
    """Words of the sentence paragraphs a cell holds itself (not in a nested cell)."""
    total = 0
    for el in [td, *td.iter("p", "div")]:
        if el is not td and el.xpath("ancestor::td[1]")[0] is not td:
            continue
        if el is td and td.find(".//p") is not None:
            continue
        text = " ".join(el.text_content().split())
        if el.xpath(".//td") or link_density(el) > 0.3 or not _is_sentence(text):
            continue
        total += len(text.split())
    return total


def _is_sentence(text: str) -> bool:
    """A sentence paragraph, not a headline: sentence-sized and ends like a sentence (or
    is long enough to be prose whatever its end)."""
    end = text.rstrip().endswith((".", "!", "?", "…", "”", '"', ")", ":"))
    return _sentence_sized(text) and (end or len(text.split()) >= 30)


def _drop_table_chrome(tree, keep_text: int) -> None:
    """Table layouts: the story is the cell holding the densest run of sentence paragraphs;
    other cells of the layout that are link lists, counters or banner lines (no sentence
    paragraph) are chrome. Runs only when that cell holds most of the page's sentences."""
    cells = list(tree.iter("td"))
    if not cells or tree.find(".//table//table") is None:
        return
    scores = {td: _own_sentence_words(td) for td in cells}
    main = max(cells, key=scores.get)
    if scores[main] < 40 or scores[main] < 0.5 * sum(scores.values()):
        return
    keep = {main, *main.iterancestors()}
    for el in list(tree.iter("marquee")):
        _drop(el)
    for td in cells:
        if td in keep or td.getparent() is None or any(a is main for a in td.iterancestors()):
            continue
        if td.xpath(".//td") and any(c in keep for c in td.iter("td")):
            continue
        if link_density(td) >= 0.4 or scores[td] == 0:
            _drop(td)
    for el in [main, *main.iterancestors()]:  # the story's layout cells become blocks
        if el.tag in ("table", "tbody", "thead", "tr", "td"):
            el.tag = "div"


def _unwrap_layout_tables(tree) -> None:
    """Tables used for page layout (a cell holding long text in blocks, or another table)
    become plain blocks, so their paragraphs stay paragraphs (data tables are untouched)."""
    for table in list(tree.iter("table")):
        cells = table.findall("./tr/td") + table.findall("./tbody/tr/td")
        if not any(
            c.find(".//table") is not None
            or (len(c.text_content()) > 500 and c.find(".//div") is not None)
            for c in cells
        ):
            continue
        rows = table.findall("./tr") + table.findall("./tbody/tr")
        for el in [table, *table.findall("./tbody"), *rows, *cells]:
            el.tag = "div"


def prune(doc: HtmlElement, keep_text: int) -> HtmlElement:
    """A copy of ``doc`` without chrome and boxes (never a block holding most of the text)."""
    tree = copy.deepcopy(doc)
    items.keep_own_item(tree)
    _keep_story_tab(tree)
    _drop_table_chrome(tree, keep_text)
    _unwrap_layout_tables(tree)
    _drop_marked_blocks(tree, keep_text)
    _drop_related_boxes(tree, keep_text)
    _drop_keypoint_boxes(tree, keep_text)
    _drop_link_lists_and_captions(tree, keep_text)
    _drop_widgets(tree)
    _drop_polls(tree)
    _drop_link_cards(tree)
    sideboxes.drop_titled_side_boxes(tree)  # a site's first pages: no site memory yet
    _drop_media_captions(tree)
    _drop_pull_quotes(tree)
    linekinds.drop_number_cards(tree)
    linekinds.drop_photo_captions(tree)
    return tree


def _link_texts(tree) -> set[str]:
    return {f for a in tree.iter("a") if len(f := fold(" ".join(a.text_content().split()))) >= 20}


def confident(
    paragraphs: list[str], link_texts: set[str], headings: frozenset = frozenset()
) -> bool:
    """Text with at least one sentence-sized paragraph that is not a headline, no line
    that runs the headline into the text (a flattened container), and not mostly the
    page's own headline links (a listing, a menu)."""
    total = sum(len(p) for p in paragraphs)
    if not any(_sentence_sized(p) and fold(p) not in headings for p in paragraphs):
        return False
    if any(_flattened(p, headings) for p in paragraphs):
        return False
    linked = sum(len(p) for p in paragraphs if fold(p) in link_texts)
    return linked < 0.5 * total


def _flattened(line: str, headings: frozenset) -> bool:
    """A line that opens with the page's headline (a kicker or date may precede it) and
    goes on much longer: a whole container run into one line (headline, date, sub-headings
    and paragraphs together), not a paragraph. Short headlines (under six words) may be
    quoted in a sentence and do not count; nor does a headline whose first letter is lower
    case in the line (a brief's first sentence that restates it runs on as prose)."""
    f = fold_aligned(line)
    return any(
        len(h.split()) >= 6
        and 0 <= (at := f.find(h)) <= 80
        and len(f) > len(h) + 60
        and not (at > 0 and line[at].islower())
        for h in headings
    )


def _sentence_sized(line: str) -> bool:
    """Ten words, or 60 characters (scripts written without spaces)."""
    return len(line.split()) >= SENTENCE_WORDS or len(line) >= 60


def from_rules(tree, rules: SiteRules) -> list[str]:
    """The source's CSS body container(s), block by block."""
    return [tidy(line) for r in rules.select(tree, "body") for line in _block_lines(r)]


def from_trafilatura(tree, url: str) -> tuple[list[str], dict]:
    """trafilatura's text lines over the pruned tree (its own readability/jusText pass
    included), and its author metadata."""
    result = trafilatura.bare_extraction(tree, url=url, include_comments=False, include_tables=True,
                                         deduplicate=False, with_metadata=True)  # fmt: skip
    if result is None:
        return [], {}
    lines = [tidy(line) for line in (result.text or "").split("\n")]
    return lines, {"author": result.author or ""}


_SUBHEAD_WORDS = 20


def _key_of(el) -> str:
    return fold(" ".join(el.text_content().split()))


def restore_subheadings(tree, lines: list[str]) -> list[str]:
    """Sub-headings trafilatura left out (an ``h2``-``h4`` followed by a picture, say): a
    short heading whose nearest paragraphs before and after are its siblings and
    consecutive lines of the text stands between them in the story, so it goes back there."""
    index = {fold(line): i for i, line in enumerate(lines)}
    inserts = []
    for h in tree.iter("h2", "h3", "h4"):
        text = " ".join(h.text_content().split())
        if not text or len(text.split()) > _SUBHEAD_WORDS or fold(text) in index:
            continue
        if is_related_heading(text):
            continue
        before, after = h.xpath("preceding::p[1]"), h.xpath("following::p[1]")
        if not before or not after:
            continue
        parent = h.getparent()  # among the story's own blocks, not in a box beside them
        if before[0].getparent() is not parent or after[0].getparent() is not parent:
            continue
        a, b = index.get(_key_of(before[0])), index.get(_key_of(after[0]))
        if a is not None and b == a + 1:
            inserts.append((b, text))
    out = list(lines)
    for at, text in sorted(inserts, reverse=True):
        out.insert(at, text)
    return out


def _paragraph_score(el) -> float:
    text = " ".join(el.text_content().split())
    if len(text) < 25 or link_density(el) > 0.3:
        return 0.0
    return 1 + text.count(",") + min(len(text) / 100, 3)


def from_densest_block(tree) -> list[str]:
    """Readability-style: paragraphs vote for their parent (and half for the grandparent);
    the best-scored container's blocks, link-dense ones left out."""
    scores: dict = {}
    for p in tree.iter("p", "pre", "blockquote"):
        s = _paragraph_score(p)
        parent = p.getparent()
        if not s or parent is None:
            continue
        scores[parent] = scores.get(parent, 0.0) + s
        grand = parent.getparent()
        if grand is not None:
            scores[grand] = scores.get(grand, 0.0) + s / 2
    if not scores:
        return []
    best = max(scores, key=lambda el: scores[el] * (1 - link_density(el)))
    if scores[best] < 3 or link_density(best) > 0.35:
        return []
    return [tidy(line) for line in _block_lines(best, drop_links=True)]


def _block_lines(root, drop_links: bool = False) -> list[str]:
    lines = []
    for el in root.iter("p", "h2", "h3", "h4", "li", "blockquote", "td", "div", "pre"):
        if el.tag == "div" and el.xpath("./p|./div|./h2|./h3|./table|./ul"):
            continue
        if drop_links and link_density(el) > 0.5:
            continue
        t = " ".join(el.text_content().split())
        if t:
            lines.append(t)
    return lines


def body_paragraphs(doc, url: str, rules: SiteRules | None = None) -> Body:
    """The first confident strategy's paragraphs, cleaned; empty with a reason if none is."""
    rules = rules or SiteRules()
    tree = prune(doc, len(doc.text_content()))
    links = _link_texts(tree)
    heads = frozenset(fold(" ".join(h.text_content().split())) for h in tree.iter("h1"))
    n_links = sum(1 for a in tree.iter("a") if len(a.text_content().split()) >= 6)
    tried = []
    if rules.body:
        lines = clean_lines(from_rules(tree, rules))
        if confident(lines, links, heads):
            return Body(lines, {}, "site CSS", content_links=n_links, tree=tree)
        tried.append("site CSS")
    lines, meta = from_trafilatura(tree, url)
    lines = clean_lines(restore_subheadings(tree, lines))
    if confident(lines, links, heads):
        return Body(lines, meta, "trafilatura", content_links=n_links, tree=tree)
    tried.append("trafilatura")
    lines = clean_lines(from_densest_block(tree))
    if confident(lines, links, heads):
        return Body(lines, meta, "densest block", content_links=n_links, tree=tree)
    tried.append("densest block")
    reason = f"no confident main text ({', '.join(tried)})"
    return Body([], meta, "", reason, content_links=n_links, tree=tree)


def is_related_heading(line: str) -> bool:
    """A short line that opens a related-news box ("Tin liên quan", "Đọc thêm" …)."""
    return len(line) < 80 and bool(_RELATED.match(fold(line).strip(" :>»-")))


def is_boilerplate_line(line: str) -> bool:
    """Share/licence/contact lines, weather, counters and view stats, image file names,
    slug-like ad identifiers; attachments, photo credits, time stamps and status lines
    (``linekinds``)."""
    f = fold(line).strip(" :|-•·")
    if not any(ch.isalnum() for ch in f):
        return True  # an icon or a separator ("💌", "* * *")
    if linekinds.is_meta_line(line):
        return True
    if len(f) < 120 and _BOILER_LINE.match(f):
        return True
    if len(f) < 60 and _WEATHER.search(f) and len(f.split()) <= 8:
        return True
    if len(f) < 80 and _UI_LINE.match(f):
        return True  # "In trang | Gửi email | Quay lại", "Cỡ chữ: A- A+", "Nghe bài viết 00:00 / 04:38"
    if len(f.split()) <= 10 and _READING_TIME.search(f):
        return True  # "5 phút đọc" / "4 min read" beside the byline
    if len(f.split()) <= 16 and _MASTHEAD.search(f) and not line.rstrip().endswith("."):
        return True  # "Báo X - Cơ quan của Đảng bộ tỉnh X": the paper's masthead line
    if len(f) < 120 and _STATS.match(f) and (f.count(":") >= 2 or _COUNTER_WORD.search(f)):
        return True  # counters and media stats (a lone "label: number" must name a counter)
    token = line.strip()
    return bool(_FILENAME.match(token) or _SLUG.match(token)) or _is_identifier(token)


def _is_identifier(token: str) -> bool:
    """One token of digits/hex/letters joined by "_-." with a long digit run or a hex hash."""
    if not _ID_TOKEN.match(token) or token.isdigit():
        return False  # a bare number (a phone, a year) stays: it may be a field's value
    return any(_ID_PART.search(part) for part in re.split(r"[-_.]", token))


def _looks_like_headline(line: str) -> bool:
    """A list entry of another story: short, no sentence end."""
    return len(line.split()) <= 25 and not line.rstrip().endswith(
        (".", "!", "?", ":", ";", "”", '"')
    )


def clean_lines(lines: list[str]) -> list[str]:
    """Drop chrome lines; a related-news heading goes with the headline-like lines right
    after it, and the body continues at the next sentence-like paragraph."""
    out: list[str] = []
    in_box = False
    for line in lines:
        if not line:
            continue
        if is_related_heading(line):
            in_box = True
            continue
        if in_box and _looks_like_headline(line):
            continue
        in_box = False
        if is_boilerplate_line(line) or (out and line == out[-1]):
            continue
        out.append(line)
    return linekinds.drop_references(out)
