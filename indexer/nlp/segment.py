"""The analysed document: paragraphs and sentences with offsets, title/lead zones, boilerplate.

Every later step works on a `Document`, so all offsets are offsets into `document_text`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from corpus.textnorm import fold, nfc
from indexer.nlp.lexicon import alternation, table
from indexer.nlp.provinces import PlaceMention, find_places


def document_text(title: str, lead: str, text: str) -> str:
    """The text every offset refers to: NFC title, lead and body joined by blank lines."""
    return "\n\n".join(part for part in (nfc(title), nfc(lead), nfc(text)) if part and part.strip())


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str
    paragraph: int  # index into Document.paragraphs
    zone: str  # "title" | "lead" | "body" | "tail" (related-news lists, footers) | "widget"
    # | "link" (one line of other stories' headlines inside the body)


@dataclass
class Document:
    text: str
    paragraphs: list[tuple[int, int]]
    sentences: list[Sentence]
    places: list[PlaceMention] = field(default_factory=list)
    _old: frozenset[str] | None = field(default=None, repr=False)

    def places_in(self, start: int, end: int) -> list[PlaceMention]:
        return [p for p in self.places if start <= p.start and p.end <= end]

    def old_provinces(self) -> frozenset[str]:
        """Provinces named as former ones ("Hà Giang cũ", "tỉnh Phú Yên (cũ)") after a merger."""
        if self._old is None:
            self._old = frozenset(
                p.province for p in self.places if p.district is None and self.is_former(p)
            )
        return self._old

    def is_former(self, p: PlaceMention) -> bool:
        """The mention names a former province: "Hà Giang cũ", "tỉnh Phú Yên (cũ)", "khi còn
        là tỉnh Trà Vinh", "Trà Vinh trước sáp nhập"."""
        head = self.text[max(0, p.start - 25) : p.start]
        return bool(_OLD.match(self.text, p.end) or _OLD_BEFORE.search(head))


# "trước (khi) hợp nhất / sáp nhập" (data: figures.toml [clauses] before_merger)
BEFORE_MERGER = alternation(table("figures")["clauses"]["before_merger"])
_OLD = re.compile(rf"\s*\(?(?:cũ\b|(?:{BEFORE_MERGER})\b)")
_OLD_BEFORE = re.compile(r"(?i:khi còn là|trước đây (?:là|thuộc))\s+(?:tỉnh\s+|thành phố\s+)?$")

# A heading line after which the page shows other articles, not this one ("Tin liên quan").
# Only a line that is nothing but the heading counts: "Xem thêm: <title>" inside an article
# is one link, not the start of the page furniture.
_TAIL_HEADING = re.compile(
    r"^(?:tin lien quan|tin moi hon|tin cu hon|tin khac|tin tuc khac|tin cung chuyen muc|"
    r"bai lien quan|xem them|doc them|moi nhat|doc nhieu|cac tin khac|tin noi bat|"
    r"co the ban quan tam|tin da dua)\s*:?\s*$"
)
# A one-line link to another story: the heading, a colon, then that story's headline
# ("Bài liên quan: Tỉnh X có thêm 9 sản phẩm OCOP 4 sao"). Only that line is not the article.
_TAIL_LINK = re.compile(
    r"^(?:tin lien quan|bai lien quan|xem them|doc them|tin khac|tin cung chuyen muc)\s*:\s*\S"
)
# Other stories' headlines run together on one line, " | " between them (a teaser strip):
# no sentence of an article is written that way.
# Each headline starts with a capital: a table row written with pipes ("Chè | 120 tấn") is not.
_HEADLINE_STRIP = re.compile(
    r"^[A-ZĐÀ-Ỹ][^|]{11,}[^|.!?:;,](?:\s\|\s[A-ZĐÀ-Ỹ][^|]{11,}[^|.!?:;,])+$"
)
# A related-news box ends where the article's prose resumes: after a blank line, a long line
# that is written as a sentence (headlines carry no full stop) and is followed by another such
# line. One prose line between headlines (or closing the list) is a teaser, not the story.
_PROSE_MIN = 80
_PROSE_END = re.compile(r"[.!?…][\"”’)]*$")


def _is_prose(line: str) -> bool:
    """A line written as running text: long and closed by a sentence end."""
    return len(line) >= _PROSE_MIN and bool(_PROSE_END.search(line))


def _prose_resumes(lines: list[str], i: int) -> bool:
    """``lines[i]`` starts the article's prose again after a related-news list."""
    if i == 0 or lines[i - 1].strip() or not _is_prose(lines[i].strip()):
        return False
    following = [x.strip() for x in lines[i + 1 :] if x.strip()]
    return bool(following) and _is_prose(following[0])


# Weather widgets and similar one-line page furniture.
_WIDGET = re.compile(r"\d\s*°\s*C|^\s*\d+\.\s*$|^(?:trang chu|giao dien)", re.I)

# Abbreviations after which a full stop does not end a sentence.
_ABBREV = {
    "ts", "ths", "pgs", "gs", "tp", "th", "bs", "ks", "tx", "q", "p", "mr", "ms", "st",
    "ncs", "cn", "kts", "ls", "nxb", "tt", "đ/c", "v.v",
}  # fmt: skip
_SENT_END = re.compile(r"[.!?…]+[\"”’)]*")

# No sentence is longer than this: underthesea's CRF features and several clause scans are
# quadratic in the sentence length, so a page without punctuation (one 20,000-character
# "sentence") must reach them in bounded pieces. Real sentences stay far below (≤ 250 chars
# in the annotated sets); an over-long one is cut at the last ";", else ",", else a
# conjunction, else a space of its first MAX_SENTENCE characters.
MAX_SENTENCE = 480
_CUTS = (
    re.compile(r";\s"),
    re.compile(r",\s"),
    re.compile(r"\s(?:và|nhưng|còn|để)\s"),
    re.compile(r"\s"),
)


def _bounded(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """``text[s:e]`` in pieces of at most MAX_SENTENCE characters (cut at punctuation)."""
    spans = []
    while e - s > MAX_SENTENCE:
        window = text[s : s + MAX_SENTENCE]
        cut = 0
        for rx in _CUTS:
            ends = [m.start() + 1 for m in rx.finditer(window, MAX_SENTENCE // 3)]
            if ends:
                cut = ends[-1]
                break
        cut = cut or MAX_SENTENCE  # one 480-character word: cut it anyway
        spans.append((s, s + len(text[s : s + cut].rstrip())))
        s += cut
        while s < e and text[s].isspace():
            s += 1
    if e > s:
        spans.append((s, e))
    return spans


def _split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans = []
    s = start
    for m in _SENT_END.finditer(text, start, end):
        cut = m.end()
        before = text[s : m.start()]
        last_word = re.split(r"\s+", before.strip())[-1] if before.strip() else ""
        lw = last_word.lower()
        nxt = text[cut : cut + 2].lstrip()
        if lw in _ABBREV or (len(last_word) == 1 and last_word.isupper()):
            continue  # "TS. Phan Anh Tuấn", "N. Hậu"
        if (
            m.group().startswith(".")
            and text[m.start() - 1 : m.start()].isdigit()
            and nxt[:1].isdigit()
        ):
            continue  # "4.0", "1.054"
        follow = text[cut : cut + 1]
        if not nxt or not (follow.isspace() or follow.isupper() or follow in '"“'):
            continue
        if cut - s > 1:
            spans.extend(_bounded(text, s, cut))
        s = cut
        while s < end and text[s].isspace():
            s += 1
    if end - s > 0 and text[s:end].strip():
        spans.extend(_bounded(text, s, end))
    return spans


def analyse(title: str, lead: str, body: str) -> Document:
    """Segment the document and find its place mentions (the gazetteer runs once)."""
    text = document_text(title, lead, body)
    zones: list[tuple[int, int, str]] = []
    pos = 0
    for zone, part in (("title", nfc(title)), ("lead", nfc(lead)), ("body", nfc(body))):
        if part and part.strip():
            zones.append((pos, pos + len(part), zone))
            pos += len(part) + 2
    paragraphs: list[tuple[int, int]] = []
    sentences: list[Sentence] = []
    in_tail = False
    for zstart, zend, zone in zones:
        line_start = zstart
        lines = text[zstart:zend].split("\n")
        for i, line in enumerate(lines):
            ls, le = line_start, line_start + len(line)
            line_start = le + 1
            stripped = line.strip()
            if not stripped:
                continue
            lead_ws = len(line) - len(line.lstrip())
            ls += lead_ws
            le = ls + len(stripped)
            folded = fold(stripped)
            if zone == "body" and _TAIL_HEADING.match(folded) and len(stripped) < 40:
                in_tail = True
            elif in_tail and _prose_resumes(lines, i):
                in_tail = False  # a related box at the top or in the middle of the story
            kind = zone
            if zone == "body":
                if in_tail:
                    kind = "tail"
                elif _TAIL_LINK.match(folded) or _HEADLINE_STRIP.match(stripped):
                    kind = "link"  # names stay entities; its figures are another story's
                elif _WIDGET.search(stripped):
                    kind = "widget"
            paragraphs.append((ls, le))
            for s, e in _split_sentences(text, ls, le):
                sentences.append(Sentence(s, e, text[s:e], len(paragraphs) - 1, kind))
    doc = Document(text, paragraphs, sentences)
    doc.places = find_places(text)
    return doc
