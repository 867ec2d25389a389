"""Article body: boilerplate pruning, trafilatura, and Vietnamese paragraph cleanup."""

from __future__ import annotations

import copy
import re

import trafilatura

from corpus.textnorm import fold, tidy

# class/id tokens of blocks that are never the article body
_BOILER_ATTR = re.compile(
    r"(?:^|[\s_-])(related|relate|lien-?quan|tinlienquan|tin-?khac|tinkhac|cung-?chuyen-?muc|"
    r"doc-?them|xem-?them|more-news|other-news|share|sharing|social|comments?|binh-?luan|"
    r"weather|thoi-?tiet|quang-?cao|sapo)(?:$|[\s_-])",
    re.I,
)
# headings that open a related-news block ("Tin liên quan", "Đọc thêm" …), folded
_RELATED = re.compile(
    r"^(tin|bai) (lien quan|khac|cung chuyen muc|moi|doc nhieu|noi bat|xem nhieu)\b|"
    r"^(doc|xem) them\b|^co the ban quan tam|^cung chuyen muc|^related( (news|articles|stories))?\b|"
    r"^(read|see) (more|also)\b|^more (news|stories)\b|^tin tuc lien quan|^ban dang xem"
)
_BOILER_LINE = re.compile(
    r"^(chia se|share|tweet|in bai|gui bai|luu bai|binh luan|gui binh luan|viet binh luan|"
    r"quang cao|advertisement|trang chu|dang nhap|dang ky|lien he|to chuc bien tap|"
    r"tong bien tap|pho tong bien tap|giay phep|ban quyen|chiu trach nhiem|toa soan|dia chi|"
    r"dien thoai|email|hotline|copyright|©|\(c\)|all rights reserved|facebook|zalo|twitter|"
    r"theo doi (chung toi|bao)|tai ung dung|xem them:?$|doc them:?$)",
)
_WEATHER = re.compile(r"-?\d{1,2}\s*°\s*[cf]?\b|\b\d{1,2}\s*do c\b", re.I)
_FILENAME = re.compile(r"^[\w\-. ]{1,80}\.(jpe?g|png|gif|webp|bmp|tiff?|heic)$", re.I)


def _attr_text(el) -> str:
    return f"{el.get('class') or ''} {el.get('id') or ''}"


def prune(doc, keep_text: int):
    """A copy of ``doc`` without boilerplate blocks (never one holding most of the text)."""
    tree = copy.deepcopy(doc)
    for el in list(tree.iter("nav", "footer", "aside", "form", "noscript", "iframe")):
        if el.getparent() is not None and len(el.text_content()) < 0.3 * keep_text:
            el.drop_tree()
    for el in list(tree.iter()):
        if not isinstance(el.tag, str) or el.getparent() is None:
            continue
        attrs = _attr_text(el)
        if attrs.strip() and _BOILER_ATTR.search(attrs):
            if el.tag in ("html", "body", "main", "article"):
                continue
            if len(el.text_content()) < 0.3 * keep_text:
                el.drop_tree()
    return tree


def body_paragraphs(doc, url: str, root_selector: str | None = None) -> tuple[list[str], dict]:
    """(paragraphs of the article body with boilerplate removed, trafilatura's metadata)."""
    keep_text = len(doc.text_content())
    tree = prune(doc, keep_text)
    if root_selector:
        try:
            roots = tree.cssselect(root_selector)
        except Exception:
            roots = []
        if roots:
            return clean_lines([tidy(line) for r in roots for line in _block_lines(r)]), {}
    result = trafilatura.bare_extraction(tree, url=url, include_comments=False, include_tables=True,
                                         deduplicate=False, with_metadata=True)  # fmt: skip
    text = result.text if result is not None else ""
    if not text:
        result = trafilatura.bare_extraction(copy.deepcopy(doc), url=url, include_comments=False,
                                             favor_recall=True, with_metadata=True)  # fmt: skip
        text = result.text if result is not None else ""
    meta = {"author": (result.author or "") if result is not None else ""}
    return clean_lines([tidy(line) for line in (text or "").split("\n")]), meta


def _block_lines(root) -> list[str]:
    lines = []
    for el in root.iter("p", "h2", "h3", "h4", "li", "blockquote", "td", "div"):
        if el.tag == "div" and el.xpath("./p|./div|./h2|./h3|./table|./ul"):
            continue
        t = " ".join(el.text_content().split())
        if t:
            lines.append(t)
    return lines


def is_related_heading(line: str) -> bool:
    return len(line) < 80 and bool(_RELATED.match(fold(line).strip(" :>»-")))


def is_boilerplate_line(line: str) -> bool:
    f = fold(line).strip(" :|-•·")
    if not f:
        return True
    if len(f) < 120 and _BOILER_LINE.match(f):
        return True
    if len(f) < 60 and _WEATHER.search(f) and len(f.split()) <= 8:
        return True
    return bool(_FILENAME.match(line.strip()))


def clean_lines(lines: list[str]) -> list[str]:
    out: list[str] = []
    total = sum(len(x) for x in lines) or 1
    seen_len = 0
    for line in lines:
        seen_len += len(line)
        if not line:
            continue
        if is_related_heading(line) and seen_len > 0.4 * total:
            break  # the rest is a related-news list
        if is_related_heading(line) or is_boilerplate_line(line):
            continue
        if out and line == out[-1]:
            continue
        out.append(line)
    return out
