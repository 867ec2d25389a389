"""PER: names after titles and honorifics, bylines, and surname-led names confirmed by shape
or by underthesea's NER.

A Vietnamese name is a surname from a short list (`data/entities.toml`) followed by 1-3
capitalised syllables; highland names start with "Y", "H'…" or "K'…".
"""

from __future__ import annotations

import re

from corpus.textnorm import tidy
from indexer.nlp.lexicon import alternation, table, words
from indexer.nlp.provinces import DISTRICTS, _key, district_named, normalise_province, tone_key
from indexer.nlp.tokens import (
    APOSTROPHES,
    HIGHLAND_FIRST,
    HIGHLAND_PREFIX,
    gap_ok,
    is_name_syllable,
    overlaps,
    words_of,
)

SURNAMES = words("entities", "surnames")
# Honorifics written with a capital at a sentence start; "Ông" is also a (rare) surname, so
# "Ông Quyền đề nghị …" is a back-reference by the given name, not a two-syllable name.
_HONORIFIC_SURNAMES = words("entities", "honorific_surnames")
# Middle names that mark a person even after a surname missing from the list ("Lỳ Văn Hờ",
# "Pờ Thị Dung": minority surnames are many and short-lived in any list).
_MIDDLE_NAMES = ("Thị", "Văn")

# "K'Hương", "H'Mai": a highland name of one syllable, a person after a title
_HIGHLAND_ONE = re.compile(rf"^{HIGHLAND_PREFIX}[A-ZĐÀ-Ỹ][a-zà-ỹđ]+$")
# "Sơn Định (8 sản phẩm)": a place listed with its count in parentheses, not a person
_COUNTED = re.compile(r"^\s*\(\s*\d[\d.,]*\s+(?!tuổi)")
# "xã Lương Ngọc Hà Văn Thịnh": a place's name runs on into the official's name
_PLACE_BEFORE = re.compile(r"(?<!\w)(?:xã|phường|thị trấn|huyện|thôn|bản|làng|ấp)\s+$", re.I)

# full names only (2-4 capitalised syllables); initials ("T.P", "T.HỒNG") are not names
_CREDIT = re.compile(
    r"\((?:Ảnh|Ảnh minh họa|Ảnh minh hoạ|Video|Nguồn ảnh)\s*:\s*"
    r"(?P<name>[A-ZĐÀ-Ỹ][a-zà-ỹđ]+(?:\s+[A-ZĐÀ-Ỹ][a-zà-ỹđ]+){1,3})\s*\)"
)
_TITLE_ALT = alternation(table("entities")["titles"], escape=False)
_TITLE = re.compile(r"(?:^|(?<=[\s(\"“,–-]))(?:" + _TITLE_ALT + r")\s+")
# a title right before an organisation: "Phó Chủ tịch UBND tỉnh …", "Chánh văn phòng VPĐP …"
TITLE_BEFORE = re.compile(r"(?:^|(?<=[\s(\"“,–-]))(?:" + _TITLE_ALT + r")\s+$")


def title_before(st: str, start: int) -> bool:
    """A title ends right before ``st[start:]`` or runs into it: an organisation found from
    "Văn phòng …" may start inside the title "Chánh Văn phòng" (a name still follows it)."""
    if TITLE_BEFORE.search(st[:start]):
        return True
    lo = max(0, start - 30)  # titles are short: only one that starts just before can run in
    lo = st.rfind(" ", 0, lo) + 1 if lo else 0  # from a word's start ("^" matches there)
    return any(lo + m.start() < start < lo + m.end() for m in _TITLE.finditer(st[lo : start + 30]))


_NOT_PERSON_AFTER = re.compile(
    r"(?<!\w)(?:" + alternation(table("entities")["not_person_after"]) + r")\s+$"
)
# "Ảnh: Lê Thu Hằng", also with the outlet after a dash ("Ảnh: Lê Thu Hằng - Báo X")
_BYLINE = re.compile(
    r"^(?:Thực hiện|Bài và ảnh|Bài, ảnh|Tác giả|Nhóm phóng viên|Bài|Ảnh|Tin, ảnh)\s*:\s*"
    r"(?P<name>[A-ZĐÀ-Ỹ]\w*\.?(?:\s+[A-ZĐÀ-Ỹ]\w*\.?){0,3})\s*(?:[-–/]\s*\S.*)?$"
)
# A source line naming the writer and the outlet: "Theo Thanh Hà/Báo X", "Theo Minh Anh (TTXVN)",
# "Theo Lan Hương - Tạp chí Y". The outlet keyword keeps "Theo Sở X, …" (a source body) out.
_OUTLET = r"(?:[Bb]áo|Tạp chí|TTXVN|Thông tấn|VTV|VOV|Đài|Cổng|Trang)"
_SOURCE_LINE = re.compile(
    r"^Theo\s+(?P<name>[A-ZĐÀ-Ỹ][a-zà-ỹđ]+(?:\s+[A-ZĐÀ-Ỹ][a-zà-ỹđ]+){1,3})\s*"
    r"(?:/|[-–]\s|\()\s*" + _OUTLET + r"(?!\w)"
)
# A highland (Bahnar, Sedang, Ê Đê …) given name led by the one-letter syllable "A" or "Y":
# after an honorific or title only ("ông A Thiêm"), since "A" alone is also a list marker.
_HIGHLAND_LETTER = re.compile(r"[AY]\s+[A-ZĐÀ-Ỹ][a-zà-ỹđ]+(?!\w)")


def name_after(
    text: str, pos: int, need_surname: bool = True, titled: bool = False
) -> tuple[int, int] | None:
    """A 2-4 syllable person name starting at ``pos`` (after a title, also a one-syllable
    highland name: "Bà K'Hương")."""
    found = words_of(text, pos)
    if not found or found[0][0] != pos:
        return None
    taken = []
    prev_end = pos
    for s, _e, w in found[:4]:
        # "Hậu." ends the sentence; "Tiệp-Chủ tịch …" runs a title on after a hyphen
        w_clean = re.split(r"[-–]", w.rstrip("."), maxsplit=1)[0]
        if taken and not gap_ok(text, prev_end, s):
            break
        if not is_name_syllable(w_clean):
            break
        taken.append((s, s + len(w_clean)))
        prev_end = s + len(w_clean)
        if w_clean != w:
            break
    taken = _without_place_tail(text, taken, found[len(taken) : len(taken) + 2])
    if titled and len(taken) == 1 and _HIGHLAND_ONE.match(text[taken[0][0] : taken[0][1]]):
        return taken[0]
    if titled and len(taken) == 2 and _HIGHLAND_LETTER.match(text, taken[0][0]):
        return taken[0][0], taken[1][1]
    if len(taken) < 2:
        return None
    first = text[taken[0][0] : taken[0][1]]
    if titled and len(taken) >= 3 and first not in SURNAMES:
        # a baptismal or religious name before the full name ("ông Phêrô Nguyễn Văn Lành")
        second = text[taken[1][0] : taken[1][1]]
        # ("Sừ Văn Chang": an unlisted surname before a middle name stays the surname)
        if second in SURNAMES and second not in _MIDDLE_NAMES and not HIGHLAND_FIRST.match(first):
            return taken[1][0], taken[-1][1]
    if need_surname and not (
        first in SURNAMES or HIGHLAND_FIRST.match(first) or _middle_named(text, taken)
    ):
        return None
    return taken[0][0], taken[-1][1]


def _is_place(name: str) -> bool:
    """A province or a district of the gazetteer, spelled with its own diacritics."""
    if normalise_province(name):
        return True
    d = DISTRICTS.get(_key(name))
    return d is not None and tone_key(name) == tone_key(d.name)


def _without_place_tail(
    text: str, taken: list[tuple[int, int]], after: list[tuple[int, int, str]]
) -> list[tuple[int, int]]:
    """Drop the last syllables of a name when they start a place that runs on past it
    ("ông Lê Văn Tâm Hà Nội …": "Hà Nội" is where he is from, not "Tâm Hà")."""
    if len(taken) < 3:
        return taken
    ends, last = [], taken[-1][1]
    for s, _e, w in after:
        if not gap_ok(text, last, s) or not is_name_syllable(w.rstrip(".")):
            break
        last = s + len(w.rstrip("."))
        ends.append(last)
    for k in range(2, len(taken)):
        if any(_is_place(text[taken[k][0] : end]) for end in ends):
            return taken[:k]
    return taken


def _middle_named(text: str, taken: list[tuple[int, int]]) -> bool:
    """Three or more syllables with "Thị"/"Văn" second: a name whatever its surname."""
    return len(taken) >= 3 and text[taken[1][0] : taken[1][1]] in _MIDDLE_NAMES


def starts_name(st: str, w: str, end: int) -> bool:
    """``w`` (ending at ``end``) can start a name: a surname, a highland given name, or any
    capitalised syllable followed by the middle name "Thị"/"Văn"."""
    if w in SURNAMES or HIGHLAND_FIRST.match(w):
        return True
    return is_name_syllable(w) and re.match(r"\s+(?:Thị|Văn)\s+[A-ZĐÀ-Ỹ]", st[end:]) is not None


def per_norm(text: str) -> str:
    """Normal form of a name: tidy spaces, each syllable capitalised."""
    name = " ".join(w[:1].upper() + w[1:].lower() for w in tidy(text).split())
    return re.sub(
        rf"(?<=\w[{APOSTROPHES}])\w", lambda m: m.group().upper(), name
    )  # "H'Lan", "K'Bình"


def titled_names(st: str) -> list[tuple[int, int, str]]:
    """(start, end, norm) of names after a title or honorific, and of a byline's name."""
    out = []
    for m in _TITLE.finditer(st):
        r = name_after(st, m.end(), titled=True)
        if r:
            out.append((r[0], r[1], per_norm(st[r[0] : r[1]])))
    bm = _BYLINE.match(st.strip())
    if bm:
        off = st.find(bm.group("name"))
        out.append((off, off + len(bm.group("name")), tidy(bm.group("name"))))
    sm = _SOURCE_LINE.match(st.strip())
    if sm:
        off = st.find(sm.group("name"))
        out.append((off, off + len(sm.group("name")), tidy(sm.group("name"))))
    for cm in _CREDIT.finditer(st):  # a photo credit inside a caption: "(Ảnh: Quang An)"
        out.append((cm.start("name"), cm.end("name"), tidy(cm.group("name"))))
    return out


def ner_per_spans(sentence: str) -> tuple[tuple[int, int], ...]:
    """Character spans that underthesea tags PER in ``sentence`` (aligned token by token)."""
    try:
        from underthesea import ner
    except Exception:  # pragma: no cover - underthesea is a hard dependency
        return ()
    spans = []
    pos = 0
    cur: list[int] | None = None
    for token, _pos, _chunk, tag in ner(sentence):
        idx = sentence.find(token, pos)
        if idx < 0:
            cur = None
            continue
        s, e = idx, idx + len(token)
        pos = e
        if tag == "B-PER":
            cur = [s, e]
            spans.append(cur)
        elif tag == "I-PER" and cur is not None:
            cur[1] = e
        else:
            cur = None
    return tuple((s, e) for s, e in spans)


# underthesea's tagging is quadratic in its input's length and its features look only a few
# tokens around a word: a long sentence is tagged in windows around the candidates.
_NER_WHOLE = 300  # sentences up to this length are tagged whole
_NER_CONTEXT = 80  # characters of context on each side of a candidate


def _ner_windows(st: str, rest: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Merged windows of ``st`` around the candidates, cut at spaces."""
    if len(st) <= _NER_WHOLE:
        return [(0, len(st))]
    windows: list[list[int]] = []
    for r0, r1 in sorted(rest):
        lo = st.rfind(" ", 0, max(0, r0 - _NER_CONTEXT)) + 1
        hi = st.find(" ", min(len(st), r1 + _NER_CONTEXT))
        hi = len(st) if hi < 0 else hi
        if windows and lo <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], hi)
        else:
            windows.append([lo, hi])
    return [(lo, hi) for lo, hi in windows]


def _ner_spans_around(st: str, rest: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """PER spans that underthesea finds near the candidates (sentence offsets)."""
    out: list[tuple[int, int]] = []
    for lo, hi in _ner_windows(st, rest):
        out.extend((lo + s, lo + e) for s, e in ner_per_spans(st[lo:hi]))
    return out


def _title_case(sentence_words: list[tuple[int, int, str]]) -> bool:
    """A headline writes every word with a capital ("Nghề Đúc Đồng Đại Bái: Tinh Hoa ...")."""
    plain = [w for _, _, w in sentence_words if w.isalpha() and not w.isupper()]
    caps = sum(1 for w in plain if w[:1].isupper())
    return len(plain) >= 4 and caps / len(plain) >= 0.8


# a 2-4 word capitalised run opening the line and ending in ":" (a speaker label)
_SPEAKER_LABEL = re.compile(
    rf"^(?:[A-ZĐÀ-Ỹ][\w{APOSTROPHES}]*\s+){{1,3}}[A-ZĐÀ-Ỹ][\w{APOSTROPHES}]*\s*:\s"
)


def untitled_candidates(st: str, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Surname-led names not inside ``taken`` (sentence-relative spans); quoted names and
    street or temple names are not people."""
    sentence_words = words_of(st)
    # an interview's speaker label ("Chau Sóc Kha: Rất tốt.") is capitalised by nature: only
    # the words after it say whether the line is a headline
    label = _SPEAKER_LABEL.match(st)
    if _title_case([w for w in sentence_words if not label or w[0] >= label.end()]):
        return []
    out: list[tuple[int, int]] = []
    blocked = list(taken)
    for s, e, w in sentence_words:
        if not starts_name(st, w, e) or overlaps((s, e), blocked + out):
            continue
        r = name_after(st, s)
        if r is not None and _PLACE_BEFORE.search(st[: r[0]]):
            r = _after_place(st, r)
        if r is not None and _product_named(st, r):
            blocked.append(r)  # nor is the place inside it a name ("Văn Yên")
            continue
        if r is None or _weak(st, r, w) or _place_tail(st, r):
            continue
        if _COUNTED.match(st[r[1] :]):
            blocked.append(r)
            continue
        quoted = r[0] > 0 and st[r[0] - 1] in "“\"'‘"  # a brand or place name ("Dương Xá")
        if quoted or _NOT_PERSON_AFTER.search(st[: r[0]]):  # "đường Nguyễn Văn Linh"
            blocked.append(r)
        elif not overlaps(r, taken):
            out.append(r)
    return out


def _after_place(st: str, r: tuple[int, int]) -> tuple[int, int] | None:
    """The name inside a run that starts with a place's name: the syllable before a middle
    name "Văn"/"Thị" written third or later starts the person ("xã Lương Ngọc Hà Văn Thịnh")."""
    syllables = words_of(st[: r[1]], r[0])
    for j, (_s, _e, w) in enumerate(syllables):
        if j >= 2 and w in _MIDDLE_NAMES:
            return name_after(st, syllables[j - 1][0], need_surname=False)
    return r


def _weak(st: str, r: tuple[int, int], first: str) -> bool:
    """Two syllables that read as a title plus a given name ("Ông Quyền"), or as the tail of a
    longer capitalised name ("rượu Đế Gò Đen Đinh Lăng"): not a person of its own."""
    if len(st[r[0] : r[1]].split()) != 2:
        return False
    if first in _HONORIFIC_SURNAMES:
        return True
    before = words_of(st[: r[0]])
    # the sentence's first word is capitalised anyway ("Theo Mai Tuấn, …")
    if len(before) < 2 or not gap_ok(st, before[-1][1], r[0]):
        return False
    prev = before[-1][2]
    if _OFFICE_PLACE.search(st[: r[0]]):
        return False  # "Phó Chủ tịch UBND tỉnh Quảng Trị Hoàng Nam": the body ends at its place
    return is_name_syllable(prev) and not TITLE_BEFORE.search(st[: r[0]])


# a public body's name ending with its province ("UBND tỉnh Quảng Trị "), after a title
_OFFICE_PLACE = re.compile(
    r"(?:UBND|HĐND|Ủy ban nhân dân|Uỷ ban nhân dân|Sở [^\W\d][\w ]{0,40}?)\s+"
    r"(?:tỉnh|thành phố|TP)\s+[A-ZĐÀ-Ỹ]\w*(?:\s+[A-ZĐÀ-Ỹ]\w*){0,2}\s+$"
)


_BUSINESS_TAIL = words("entities", "business_tails")
# one-word product nouns that are also surnames or name syllables ("Quế", "Chè", "Sâm")
_PRODUCT_WORDS = frozenset(table("entities")["product_name_words"])


def _product_named(st: str, r: tuple[int, int]) -> bool:
    """A product noun before a place's name ("Quế Văn Yên", "Chè Tân Cương"): a product
    named after its place, not a person, though the noun is a surname or "Văn" follows."""
    parts = words_of(st[: r[1]], r[0])
    return (
        len(parts) >= 2
        and parts[0][2].lower() in _PRODUCT_WORDS
        and _is_place(st[parts[1][0] : r[1]])
    )


def _place_tail(st: str, r: tuple[int, int]) -> bool:
    """A capitalised run that is a product's or a business's name, not a person: the words
    after the "surname" are a place and a capitalised word runs into it ("gạo Séng Cù Mường
    Khương"), or it ends in an English business word ("Phương Nam Bank")."""
    parts = words_of(st[: r[1]], r[0])
    if parts[-1][2] in _BUSINESS_TAIL:
        return True
    before = words_of(st[: r[0]])
    if not before or not gap_ok(st, before[-1][1], r[0]) or not is_name_syllable(before[-1][2]):
        return False
    # "UBND tỉnh Hà Tĩnh Nguyễn Hồng Lĩnh": after a place's name, the name is a person's
    if any(_is_place(st[w[0] : before[-1][1]]) for w in before[-3:]):
        return False
    return _is_place(st[parts[1][0] : r[1]]) and not TITLE_BEFORE.search(st[: r[0]])


# "Trần Hậu, Giám đốc …": a 2-syllable name in apposition to a title
_APPOSITION = re.compile(r"^\s*(?:,|[-–]|\()\s*(?:" + _TITLE_ALT + r")(?!\w)")


def _strong(st: str, r: tuple[int, int]) -> bool:
    """A name by its shape alone: surname + 2-3 syllables (a Vietnamese name reads as one),
    or surname + 1 syllable followed by a title in apposition or after a provincial office."""
    n = len(st[r[0] : r[1]].split())
    # … or right after a provincial office's name ("UBND tỉnh Quảng Trị Hoàng Nam")
    return n >= 3 or bool(_APPOSITION.match(st[r[1] :]) or _OFFICE_PLACE.search(st[: r[0]]))


def confirmed_names(st: str, candidates: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Candidates that are names: by shape (`_strong`), else when underthesea tags them PER."""
    strong = [r for r in candidates if _strong(st, r)]
    rest = [r for r in candidates if r not in strong]
    confirmed = list(strong)
    if rest:
        ner_spans = _ner_spans_around(st, rest)
        for r in rest:
            if any(s <= r[0] and r[1] <= e + 1 or (r[0] <= s and e <= r[1]) for s, e in ner_spans):
                confirmed.append(r)
    return confirmed


# public bodies, whose names never end in a person-like proper name (unlike "HTX Công Bằng")
_PUBLIC_BODY = re.compile(r"(?:Bộ|Sở|Cục|Tổng cục|Vụ|Ban|Văn phòng|Ủy ban|Uỷ ban|UBND|HĐND)\s")


_BUSINESS = re.compile(alternation(table("entities")["proper_name_heads"]) + r"\s")


def _run_on(st: str, ws: list[tuple[int, int, str]], i: int, r: tuple[int, int]) -> bool:
    """The name at word ``i`` (surname + "Văn"/"Thị" + …) runs past the organisation's end,
    after a commune's or district's name of its own."""
    parts = st[r[0] : r[1]].split()
    if len(parts) < 3 or i < 2:
        return False
    if parts[1] not in _MIDDLE_NAMES:
        # "UBND xã Nam Tuấn Hoàng Đức Thịnh": a two-syllable commune name, then a surname
        # and a full three-syllable name
        return (
            len(parts) == 3
            and parts[0] in SURNAMES
            and bool(_PLACE_BEFORE.search(st[: ws[i - 2][0]]))
        )
    return any(_PLACE_BEFORE.search(st[: ws[j][0]]) for j in range(max(0, i - 3), i - 1))


def trailing_name(st: str, start: int, end: int) -> tuple[int, int] | None:
    """A person name of 3+ syllables that an organisation swallowed: it starts inside the span
    ``st[start:end]`` and only lower-case words follow it there ("Chánh văn phòng VPĐP NTM TW
    Trần Văn B", "Bộ trưởng Bộ … Môi trường Phạm Văn C nhấn mạnh …"), or None."""
    ws = words_of(st[:end], start)
    for i in range(len(ws) - 1, 0, -1):
        s, e, w = ws[i]
        if not starts_name(st, w, e):
            continue
        r = name_after(st, s)
        if r and r[1] > end and _run_on(st, ws, i, r):
            return r  # "UBND xã Phúc Ngọc Hà Văn Tú": the commune's name took "Hà Văn"
        if not r or r[1] > end or len(st[r[0] : r[1]].split()) < 3:
            continue
        if _PLACE_BEFORE.search(st[: r[0]]) and (inner := _after_place(st, r)) != r:
            if inner is not None:
                return inner  # "UBND xã Lương Ngọc Hà Văn Thịnh": the commune, then the name
            continue
        rest = st[r[1] : end].split()
        if rest and rest[0][:1].isupper():
            continue  # the organisation's name goes on after these words
        head = " ".join(st[r[0] : r[1]].split()[:2])
        if normalise_province(st[r[0] : r[1]]) or normalise_province(head) or district_named(head):
            continue  # "… TP Hồ Chí Minh", "UBND tỉnh Hà Tĩnh Nguyễn …": a place, not a person
        # after an abbreviation ("… TW Trần Quốc Bảo") or with a "Văn"/"Thị" middle name;
        # otherwise the words are more likely the end of the organisation's own name
        # … or after a lower-case last word of the organisation ("Bộ Nông nghiệp và Môi
        # trường Hoàng Trung Kiên": organisation names capitalise only their first syllables)
        prev = ws[i - 1][2]
        public = prev[:1].islower() and _PUBLIC_BODY.match(st, start)
        # "Bí thư Huyện ủy Mường Khương Ma Seo Chứ": the organisation ends with a place
        # (not a business: "HTX Lục Ngạn Hoàng Gia" may be its own name)
        after_place = not _BUSINESS.match(st, start) and any(
            _is_place(st[ws[j][0] : ws[i - 1][1]]) for j in range(max(1, i - 3), i)
        )
        if prev.isupper() or public or after_place or st[r[0] : r[1]].split()[1] in _MIDDLE_NAMES:
            return r
    return None
