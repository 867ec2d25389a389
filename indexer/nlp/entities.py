"""PER / ORG / LOC entities: patterns and gazetteers first, underthesea NER as a second opinion.

Conventions (also used by the hand annotations in bench/annotations/):
- Entities are flat, never nested: "UBND tỉnh Bắc Giang" is one ORG, "Bắc Giang" inside it is
  not a LOC of its own.
- LOC spans are the proper name without its administrative word: "tỉnh Bắc Giang" -> "Bắc Giang",
  "huyện Đầm Hà" -> "Đầm Hà", "xã Dương Xá" -> "Dương Xá".
- ORG spans run from the organisation word ("UBND", "Sở", "Công ty", "HTX", "Viện" ...) to
  the end of the name, including a trailing locality ("... tỉnh Bắc Giang") - see `orgs.py`.
- PER spans are the bare name, without titles ("ông", "TS.", "Phó Chủ tịch") - see `persons.py`.

Word lists live in `data/entities.toml`. underthesea's CRF NER tags "sản phẩm OCOP" as LOC and
finds almost no ORG, so its output is only used to confirm a name (`persons.confirmed_names`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from corpus.textnorm import fold, tidy
from indexer.nlp.lexicon import alternation, table
from indexer.nlp.orgs import org_norm, org_spans
from indexer.nlp.persons import (
    SURNAMES,
    TITLE_BEFORE,
    confirmed_names,
    per_norm,
    title_before,
    titled_names,
    trailing_name,
    untitled_candidates,
)
from indexer.nlp.products import PRODUCT_NOUNS
from indexer.nlp.provinces import district_named, normalise_province
from indexer.nlp.segment import Document, Sentence
from indexer.nlp.tokens import gap_ok, is_cap, is_name_syllable, overlaps, words_of

_PLACE_PREFIX = re.compile(
    r"(?:^|(?<=[\s(\"“,]))(?P<prefix>(?i:xã|phường|thị trấn|thôn|bản|làng|ấp|khu phố|huyện|quận|thị xã|buôn|plei|sóc))"
    r"\s+(?=[A-ZĐÀ-Ỵ])"
)
_COUNTRIES = re.compile(
    r"(?<!\w)(?:"
    + alternation(table("entities")["countries"] + table("entities")["regions"])
    + r")(?!\w)"
)
# "các xã ven biển A, B": a plural administrative word, a qualifier, then the list
_PLURAL_QUALIFIED = re.compile(
    r"(?i:\bcác|\bnhững|\bhai|\bba|\bbốn)\s+(?:xã|huyện|phường|thôn|bản|ấp|làng)\s+(?:"
    + alternation(table("entities")["place_qualifiers"])
    + r")\s+(?=[A-ZĐÀ-Ỵ])"
)
_ETHNIC_BEFORE = re.compile(r"(?<!\w)(?:dân tộc|người)\s+$")
_ADMIN_END = re.compile(r"\s(?:tỉnh|huyện|quận|thị xã|thành phố|xã|phường|TP\.?)$")
_FALSE = frozenset(fold(x) for x in table("entities")["never_entities"])


@dataclass
class Mention:
    type: str
    start: int
    end: int
    text: str
    norm: str


class _Found:
    """The mentions of one sentence; a later mention never overlaps an earlier one."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.mentions: list[Mention] = []
        self.spans: list[tuple[int, int]] = []

    def add(self, kind: str, s: int, e: int, norm: str) -> None:
        if overlaps((s, e), self.spans):
            return
        surface = self.text[s:e]
        if fold(surface) in _FALSE or not surface.strip():
            return
        self.mentions.append(Mention(kind, s, e, surface, norm))
        self.spans.append((s, e))


def _place_name_end(st: str, start: int) -> int | None:
    """End of the 1-3 capitalised syllables of a place name starting at ``start``."""
    last, end = start, None
    for s2, _e2, w2 in words_of(st, start)[:3]:
        w2c = w2.rstrip(".")
        if not gap_ok(st, last, s2) or not is_name_syllable(w2c):
            break
        end = last = s2 + len(w2c)
    return end


# "các xã Trà Linh, Nam Trà My và Trà Tập": the later names share the administrative word
_PLURAL_PLACES = re.compile(r"(?i:\bcác|\bnhững|\bhai|\bba|\bbốn|\d)\s+$")
_LIST_NEXT = re.compile(r"(?:\s*,\s*|\s+và\s+)(?=[A-ZĐÀ-Ỵ])")


# villages numbered after their name ("bản Na Sang 2", "thôn Mê Linh 1"), before punctuation
_VILLAGE_WORDS = frozenset({"thôn", "bản", "ấp", "khu phố", "buôn", "làng", "plei", "sóc"})
_VILLAGE_NUMBER = re.compile(r"(\s\d{1,2})(?=\s*[,;.)]|\s*$)")


def _prefixed_places(st: str) -> list[tuple[int, int]]:
    """Communes and villages after their administrative word ("xã Dương Xá"), and the
    rest of a list after a plural one ("các huyện A, B và C")."""
    out = []
    for m in _PLURAL_QUALIFIED.finditer(st):
        out.extend(_place_list(st, m.end()))
    for m in _PLACE_PREFIX.finditer(st):
        end = _place_name_end(st, m.end())
        if not end:
            continue
        numbered = _VILLAGE_NUMBER.match(st, end)
        if numbered and m.group("prefix").lower() in _VILLAGE_WORDS:
            end = numbered.end(1)  # "bản Na Sang 2, xã …": the number is part of the name
        out.append((m.end(), end))
        if not _PLURAL_PLACES.search(st[: m.start()]):
            continue
        out.extend(_place_list(st, m.end(), end)[1:])
    return out


def _place_list(st: str, start: int, end: int | None = None) -> list[tuple[int, int]]:
    """The name at ``start`` (ending at ``end`` when known) and the names listed after it
    with commas and "và"."""
    end = end or _place_name_end(st, start)
    if not end:
        return []
    out = [(start, end)]
    while (nxt := _LIST_NEXT.match(st, end)) and (e2 := _place_name_end(st, nxt.end())):
        out.append((nxt.end(), e2))
        end = e2
    return out


_PRODUCT_NOUNS = sorted(
    set(PRODUCT_NOUNS.split("|")) | set(table("entities")["place_product_nouns"]), key=len
)
_TITLE_WORDS = r"(?:cô|chú|bà|ông|anh|chị|bác|cụ)"
# a product noun, at most two lower-case modifiers ("mật ong rừng", "cà phê đặc sản"), a space
_PRODUCT_BEFORE_NAME = re.compile(
    r"(?<!\w)(?:"
    + "|".join(f"[{n[0]}{n[0].upper()}]{re.escape(n[1:])}" for n in reversed(_PRODUCT_NOUNS))
    + r")"
    r"(?: (?!"
    + _TITLE_WORDS
    + r"\b|"
    + alternation(table("entities")["place_product_next"])
    + r"\b)[a-zà-ỹđ]+){0,2} (?=[A-ZĐÀ-Ỵ])"
)
_PLACE_NEXT = re.compile(
    r"^(?:\s*(?:[,;:.!?)”\"]|$)|\s+\d|\s+(?:"
    + alternation(table("entities")["place_product_next"])
    + r")(?!\w))"
)


# a word with two vowel groups is not one Vietnamese syllable: a variety or brand ("Arabica")
_VOWEL = "aeiouyàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"
_FOREIGN = re.compile(rf"(?i)[{_VOWEL}]+[bcdfghj-np-tvwxzđ]+[{_VOWEL}]")


_NICKNAME_FIRST = frozenset(table("entities")["nickname_first"])


def _product_places(st: str) -> list[tuple[int, int]]:
    """Place names inside product names: a product noun, then 1-3 capitalised syllables that
    end the name ("tỏi Phan Rang và …", "mật ong rừng Hoàng Tung,")."""
    out = []
    for m in _PRODUCT_BEFORE_NAME.finditer(st):
        before = st[: m.start()].rstrip()
        mid = before and before[-1] not in '.:;!?“"(-–'
        if mid and m.group().split()[-1][:1].isupper():
            continue  # a capital mid-sentence is part of a name ("chè … Cao Bồ"), no noun
        end = _place_name_end(st, m.end())
        if not end or st[m.end() : end].split()[0] in _NICKNAME_FIRST:
            continue
        if _PLACE_NEXT.match(st[end:]) and not _FOREIGN.search(st[m.end() : end]):
            out.append((m.end(), end))
    return out


def _lone_word_place(st: str, ws: list[tuple[int, int, str]], i: int) -> bool:
    """A one-word district name ("Pleiku", "Vinh") stands alone: no capitalised word right
    after it, no title or honorific before it ("ông Vinh" is a person)."""
    nxt = ws[i + 1] if i + 1 < len(ws) else None
    if nxt and is_cap(nxt[2]) and gap_ok(st, ws[i][1], nxt[0]):
        return False
    return not TITLE_BEFORE.search(st[: ws[i][0]])


def _bare_districts(st: str) -> list[tuple[int, int, str]]:
    """District names written without "huyện" (1-3 capitalised syllables in the gazetteer)."""
    ws = words_of(st)
    named = [is_name_syllable(w.rstrip(".")) for _, _, w in ws]  # computed once per word
    out = []
    for i, (s, _e, _w) in enumerate(ws):
        if not named[i]:
            continue
        for n in (3, 2, 1):
            chunk = ws[i : i + n]
            if len(chunk) < n or not all(named[i : i + n]):
                continue
            if any(not gap_ok(st, a[1], b[0]) for a, b in zip(chunk, chunk[1:])):
                continue
            if n == 1 and not _lone_word_place(st, ws, i):
                continue
            e2 = chunk[-1][0] + len(chunk[-1][2].rstrip("."))
            d = district_named(st[s:e2])
            if d is None:
                continue
            if i > 0 and is_cap(ws[i - 1][2]) and gap_ok(st, ws[i - 1][1], s):
                break  # tail of a longer name
            out.append((s, e2, d.name))
            break
    return out


def _add_places(found: _Found, doc: Document, sentence: Sentence) -> None:
    st, base = sentence.text, sentence.start
    for p in doc.places_in(sentence.start, sentence.end):
        found.add("LOC", p.start, p.end, p.district if p.district else p.province)
    for s, e in _prefixed_places(st):
        found.add("LOC", base + s, base + e, tidy(st[s:e]))
    for s, e, name in _bare_districts(st):
        found.add("LOC", base + s, base + e, name)
    for s, e in _product_places(st):
        found.add("LOC", base + s, base + e, tidy(st[s:e]))
    for m in _COUNTRIES.finditer(st):
        # "dân tộc Lào" is a people; "Lê Đức Giang" a person named with a country's syllable
        if not _ETHNIC_BEFORE.search(st[: m.start()]) and not _inside_name(st, m.start(), m.end()):
            found.add("LOC", base + m.start(), base + m.end(), m.group())


def _inside_name(st: str, start: int, end: int) -> bool:
    """The words at ``start:end`` stand between a surname and a capitalised syllable."""
    before, after = words_of(st[:start]), words_of(st, end)
    return bool(
        before
        and after
        and before[-1][2] in SURNAMES
        and gap_ok(st, before[-1][1], start)
        and gap_ok(st, end, after[0][0])
        and is_name_syllable(after[0][2])
    )


def sentence_mentions(doc: Document, sentence: Sentence) -> list[Mention]:
    """Entities of one sentence: ORG first (they contain places and person-like words),
    then titled PER, LOC, and untitled PER last."""
    st, base = sentence.text, sentence.start
    found = _Found(doc.text)
    for s, e, norm in org_spans(st):
        name = trailing_name(st, s, e) if title_before(st, s) else None
        if name:  # "Phó Chủ tịch UBND tỉnh Lê Thị Hoa": the title's organisation, then a name
            found.add("PER", base + name[0], base + name[1], per_norm(st[name[0] : name[1]]))
            e = len(st[: name[0]].rstrip())
            if _ADMIN_END.search(st[s:e]):
                continue  # "UBND tỉnh" without its name names no one organisation
            norm = org_norm(st[s:e])
        found.add("ORG", base + s, base + e, norm)
    for s, e, norm in titled_names(st):
        found.add("PER", base + s, base + e, norm)
    _add_places(found, doc, sentence)
    taken = [(s - base, e - base) for s, e in found.spans]
    for s, e in confirmed_names(st, untitled_candidates(st, taken)):
        found.add("PER", base + s, base + e, per_norm(st[s:e]))
    return found.mentions


# An author's signature on a line of its own at the end of the body: "Thanh Tâm",
# "TRỌNG NGHĨA", "Ngọc Mai (thực hiện)"; each word capitalised or all upper case
_SIGNATURE = re.compile(
    r"^(?P<name>[A-ZĐÀ-Ỹ][\wÀ-ỹ]*(?:\s+[A-ZĐÀ-Ỹ][\wÀ-ỹ]*){1,3})"
    r"(?:\s*[-–]\s*(?P<name2>[A-ZĐÀ-Ỹ][\wÀ-ỹ]*(?:\s+[A-ZĐÀ-Ỹ][\wÀ-ỹ]*){1,3}))?"
    r"\s*(?:\((?:thực hiện|tổng hợp|ghi|lược dịch|CTV)\))?\s*$"
)


def _signed_name(doc: Document, sentence: Sentence, name: str) -> Mention | None:
    """``name`` of a signature line as a PER mention, unless it is a province or an
    organisation or mixes capitalisations."""
    if normalise_province(name) or org_spans(name) or fold(name) in _FALSE:
        return None
    words = name.split()
    if not (all(w[1:].islower() for w in words) or all(w.isupper() for w in words)):
        return None
    start = doc.text.find(name, sentence.start)
    if start < 0 or start >= sentence.end:
        return None
    return Mention("PER", start, start + len(name), name, per_norm(name))


def _signature(doc: Document) -> list[Mention]:
    """The authors' names signed under the last two body paragraphs: "Thanh Tâm", two names
    joined by a dash ("Linh Chi – Huy Toàn"); a district's name alone on the last line is a
    byline too ("Thanh Hà")."""
    body = [s for s in doc.sentences if s.zone == "body"]
    paragraphs = sorted({s.paragraph for s in body})[-2:]
    out = []
    for sentence in body:
        m = _SIGNATURE.match(sentence.text)
        if sentence.paragraph not in paragraphs or m is None:
            continue
        for name in (m.group("name"), m.group("name2")):
            found = _signed_name(doc, sentence, name) if name else None
            if found:
                out.append(found)
    return out


def _without_short_forms(mentions: list[Mention]) -> list[Mention]:
    """Drop a name that is the given-name tail of a longer name of the article ("chị Kim
    Chi" after "Sơn Thị Kim Chi"): a short reference to a person already listed."""
    full = {m.text for m in mentions if m.type == "PER"}
    return [
        m for m in mentions if m.type != "PER" or not any(f.endswith(" " + m.text) for f in full)
    ]


def extract_entities(doc: Document) -> list[dict]:
    """Entities deduplicated by (type, norm), in order of first mention."""
    signatures = _signature(doc)
    signed = [(m.start, m.end) for m in signatures]
    mentions: list[Mention] = []
    for sentence in doc.sentences:
        if sentence.zone in ("tail", "widget"):  # other stories' headlines, page furniture
            continue
        if not overlaps((sentence.start, sentence.end), signed):
            mentions.extend(sentence_mentions(doc, sentence))
    # A name that is also a place of this article ("xã Dương Xá") is not a person; a
    # signature is one even when a district bears the same name.
    places = {m.text for m in mentions if m.type == "LOC"}
    mentions = [m for m in mentions if not (m.type == "PER" and m.text in places)]
    mentions += signatures
    # A person named once with a title is the same person everywhere else in the article.
    people = {m.text for m in mentions if m.type == "PER" and " " in m.text}
    taken = [(m.start, m.end) for m in mentions]
    for name in sorted(people, key=len, reverse=True):
        for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", doc.text):
            if not overlaps(m.span(), taken):
                mentions.append(Mention("PER", m.start(), m.end(), name, per_norm(name)))
                taken.append(m.span())
    mentions = _without_short_forms(mentions)
    mentions.sort(key=lambda m: m.start)
    merged: dict[tuple[str, str], dict] = {}
    for m in mentions:
        key = (m.type, m.norm)
        if key not in merged:
            merged[key] = {"type": m.type, "text": m.text, "norm": m.norm, "count": 0, "spans": []}
        merged[key]["count"] += 1
        merged[key]["spans"].append([m.start, m.end])
    return list(merged.values())
