"""PER / ORG / LOC entities: patterns and gazetteers first, underthesea NER as a second opinion.

Conventions (also used by the hand annotations in bench/annotations/):
- Entities are flat, never nested: "UBND tỉnh Bắc Giang" is one ORG, "Bắc Giang" inside it is
  not a LOC of its own.
- LOC spans are the proper name without its administrative word: "tỉnh Bắc Giang" -> "Bắc Giang",
  "huyện Đầm Hà" -> "Đầm Hà", "xã Dương Xá" -> "Dương Xá".
- ORG spans run from the organisation word ("UBND", "Sở", "Công ty", "HTX", "Viện" ...) to
  the end of the name, including a trailing locality ("... tỉnh Bắc Giang").
- PER spans are the bare name, without titles ("ông", "TS.", "Phó Chủ tịch").

underthesea's CRF NER tags "sản phẩm OCOP" as LOC and finds almost no ORG, so its output is
only used to confirm a person name that has no title in front of it ("Lê Ánh Dương cũng ...").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from corpus.textnorm import fold, tidy
from indexer.nlp.provinces import DISTRICTS, _has_diacritics, _key, normalise_province, tone_key
from indexer.nlp.segment import Document, Sentence

_WORD = re.compile(r"[^\s,;:()\[\]\"“”‘’!?…]+")

SURNAMES = frozenset(
    [
        "Nguyễn",
        "Trần",
        "Lê",
        "Phạm",
        "Hoàng",
        "Huỳnh",
        "Phan",
        "Vũ",
        "Võ",
        "Đặng",
        "Bùi",
        "Đỗ",
        "Hồ",
        "Ngô",
        "Dương",
        "Lý",
        "Phương",
        "Đinh",
        "Lương",
        "Trịnh",
        "Mai",
        "Lưu",
        "Hà",
        "Cao",
        "Đào",
        "Đoàn",
        "Vương",
        "Tạ",
        "Chu",
        "Lâm",
        "Tô",
        "Thái",
        "Tăng",
        "Quách",
        "Kiều",
        "Triệu",
        "Khổng",
        "La",
        "Châu",
        "Đàm",
        "Nông",
        "Lò",
        "Lục",
        "Hứa",
        "Giang",
        "Phùng",
        "Mạc",
        "Tôn",
        "Doãn",
        "Thân",
        "Khúc",
        "Kim",
        "Âu",
        "Văn",
        "Ông",
        "Trương",
        "Lã",
        "Lại",
        "Nghiêm",
        "Từ",
        "Vi",
        "Hầu",
        "Ninh",
        "Quan",
        "Tống",
        "Mẫn",
        "Diệp",
        "Thạch",
        "Sầm",
        "Hoàng",
        "Lưu",
        "Trình",
        "Đồng",
        "Bế",
        "Hà",
        "Tiêu",
        "Giáp",
        "Mông",
        "Thào",
        "Sùng",
        "Vàng",
        "Giàng",
        "Lầu",
        "Mùa",
        "Cù",
        "Bạch",
        "Phí",
        "Công",
        "Tường",
        "Thiều",
        "Âu",
        "Yên",
        "Hùng",
        "Lữ",
        "Danh",
    ]
)

# Titles and honorifics that introduce a person name.
_TITLE = re.compile(
    r"(?:^|(?<=[\s(\"“,–-]))(?:ông|bà|anh|chị|cụ|đồng chí|đ/c|Ông|Bà|Anh|Chị|Cụ|Đồng chí|Đ/c|"
    r"(?:PGS\.?\s*)?TS\.?|ThS\.?|GS\.?|NCS\.?|BS\.?|KS\.?|[Nn]ghệ nhân(?: [Nn]hân dân| [Ưư]u tú)?|"
    r"[Dd]oanh nhân|Chủ tịch(?: nước)?|Phó Chủ tịch|Tổng Giám đốc|Phó Tổng Giám đốc|Giám đốc|"
    r"Phó Giám đốc|Trưởng ban|Phó Trưởng ban|Phó trưởng ban|Thứ trưởng|Bộ trưởng|Thủ tướng|"
    r"Phó Thủ tướng|Bí thư|Phó Bí thư|Chánh Văn phòng|Phó Chánh Văn phòng|Trưởng phòng|"
    r"Phó Trưởng phòng|Viện trưởng|Cục trưởng|Chi cục trưởng|Hiệu trưởng|Tổng Bí thư|"
    r"Chủ nhiệm|Trưởng thôn|Trưởng bản)\s+",
)
_BYLINE = re.compile(
    r"^(?:Thực hiện|Bài và ảnh|Bài, ảnh|Tác giả|Nhóm phóng viên|Bài|Ảnh|Tin, ảnh)\s*:\s*"
    r"(?P<name>[A-ZĐ]\w*\.?(?:\s+[A-ZĐ]\w*\.?){0,3})\s*$"
)

# Words that start an organisation name (case-sensitive).
_ORG_HEADS = [
    "Ủy ban nhân dân", "Uỷ ban nhân dân", "Ủy ban Nhân dân", "UBND", "HĐND", "Tổng công ty",
    "Công ty", "công ty", "Doanh nghiệp tư nhân", "DNTN", "Tập đoàn", "Hợp tác xã", "HTX", "Tổ hợp tác", "Văn phòng Điều phối",
    "Văn phòng điều phối", "VPĐP", "Văn phòng", "Học viện", "Viện", "Trường", "Hiệp hội", "Hội",
    "Trung tâm", "Tổng cục", "Chi cục", "Cục", "Sở", "Bộ", "Ban", "Phòng", "Ngân hàng", "Quỹ",
    "Tỉnh đoàn", "Thành đoàn", "Huyện đoàn", "Tỉnh ủy", "Tỉnh uỷ", "Thành ủy", "Thành uỷ", "Huyện ủy", "Huyện uỷ", "Đảng bộ", "Liên minh",
    "Báo", "Đài", "Tạp chí", "siêu thị", "Siêu thị",
]  # fmt: skip
_ORG_HEAD_RE = re.compile(
    r"(?:^|(?<=[\s(\"“,–\-/]))(?P<head>"
    + "|".join(re.escape(h) for h in sorted(_ORG_HEADS, key=len, reverse=True))
    + r")(?=\s)"
)
_FIXED_ORGS = re.compile(
    r"(?<!\w)(?:Chính phủ|Quốc hội|Bộ Chính trị|Mặt trận Tổ quốc Việt Nam)(?!\w)"
)
# Businesses and cooperatives: names made of proper nouns.
_PROPER_NAME_HEADS = {"Công ty", "công ty", "Tổng công ty", "Doanh nghiệp tư nhân", "DNTN",
                      "Tập đoàn", "Hợp tác xã", "HTX", "Tổ hợp tác", "Siêu thị", "siêu thị"}  # fmt: skip
# Heads that need a capitalised word right after them ("Hội Nông dân" but not "Hội nghị").
_NEEDS_CAP_NEXT = {"Hội", "Bộ", "Phòng", "Báo", "Đài", "Quỹ", "Cục", "siêu thị", "Siêu thị"}
_NOT_AFTER_HOI = {
    "nghị",
    "thảo",
    "chợ",
    "thi",
    "diễn",
    "Nghị",
    "Thảo",
    "Chợ",
    "Thi",
    "Diễn",
    "đồng",
    "hợp",
}
# Capitalised words that are not part of a place name after "tỉnh"/"thành phố".
_NOT_NAME = {"Tháng", "Năm", "Ngày", "Quý", "Lần", "Nhiệm"}
_ADMIN = {
    "tỉnh",
    "huyện",
    "xã",
    "phường",
    "quận",
    "thị xã",
    "thành phố",
    "TP",
    "TP.",
    "thị trấn",
    "Tỉnh",
    "TX",
    "TX.",
}
# Lower-case words that end an organisation name (verbs, prepositions, quantifiers) ...
_STOP = frozenset(
    [
        "cho",
        "đã",
        "đang",
        "sẽ",
        "vừa",
        "là",
        "có",
        "gửi",
        "biểu",
        "tại",
        "trong",
        "của",
        "với",
        "nhằm",
        "để",
        "theo",
        "cùng",
        "các",
        "những",
        "một",
        "về",
        "được",
        "bị",
        "từ",
        "đến",
        "sáng",
        "chiều",
        "tối",
        "ngày",
        "tháng",
        "năm",
        "khi",
        "nếu",
        "như",
        "thì",
        "mà",
        "hiện",
        "nay",
        "đồng",
        "cấp",
        "bày",
        "thực",
        "đề",
        "đối",
        "cũng",
        "vẫn",
        "còn",
        "tới",
        "ra",
        "vào",
        "lên",
        "xuống",
        "này",
        "đó",
        "kết",
        "ký",
        "quyết",
        "hành",
        "thăm",
        "làm",
        "nói",
        "cảm",
        "nêu",
        "nhận",
        "mong",
        "đại",
        "đạt",
        "giành",
        "mang",
        "bán",
    ]
)
# ... and two-word verbs whose first word also occurs inside names ("Chương trình", "Phát triển").
_STOP_BIGRAMS = frozenset(
    [
        "trình bày",
        "phát biểu",
        "tổ chức",
        "chủ trì",
        "chia sẻ",
        "tham dự",
        "tham gia",
        "tiếp tục",
        "đánh giá",
        "triển khai",
        "giới thiệu",
        "khẳng định",
        "trao đổi",
        "hỗ trợ",
        "phối hợp",
        "phát động",
        "ban hành",
        "chỉ đạo",
        "cho biết",
        "công nhận",
        "công bố",
        "xuất khẩu",
    ]
)
_ORG_CONNECTORS = frozenset({"và", "&"})
_GENERIC_ORG = frozenset(
    fold(x)
    for x in (
        "Trường Đại học", "Viện nghiên cứu", "Ban tổ chức", "Ban Tổ chức", "Văn phòng",
        "Sở ban ngành", "Trung tâm", "Hội nghị", "Công ty",
    )
)  # fmt: skip
_PLACE_PREFIX = re.compile(
    r"(?:^|(?<=[\s(\"“,]))(?P<prefix>xã|phường|thị trấn|thôn|bản|làng|ấp|khu phố|huyện|quận|thị xã)"
    r"\s+(?=[A-ZĐÀ-Ỵ])"
)
_COUNTRIES = re.compile(
    r"(?<!\w)(?:Việt Nam|Trung Quốc|Nhật Bản|Hàn Quốc|Thái Lan|Campuchia|Lào|Hoa Kỳ|"
    r"Singapore|Malaysia|Indonesia|Ấn Độ|Australia|Úc|Pháp|Đức|Anh Quốc|Liên minh châu Âu|EU)(?!\w)"
)
_FALSE = frozenset(fold(x) for x in ("OCOP", "Tin", "Trang chủ", "Xem thêm"))


@dataclass
class Mention:
    type: str
    start: int
    end: int
    text: str
    norm: str


def _is_cap(word: str) -> bool:
    return bool(word) and word[0].isupper()


# Ê Đê / Gia Rai / M'Nông given names: "Y Phương Niê", "H'Hen Niê", "K'Bình" (no Kinh surname)
_HIGHLAND_FIRST = re.compile(r"^(?:Y|[HK]['’][A-ZĐÀ-Ỹ][a-zà-ỹđ]*)$")


def _is_name_syllable(word: str) -> bool:
    if _HIGHLAND_FIRST.match(word):
        return True
    return (
        len(word) >= 1
        and word[0].isupper()
        and (len(word) == 1 or word[1:].islower())
        and word.isalpha()
    )


def _words(text: str, start: int = 0) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text, start)]


def _gap_ok(text: str, a: int, b: int) -> bool:
    """Only spaces between two words (no punctuation, no dash)."""
    return text[a:b].strip() == ""


# --- PER ------------------------------------------------------------------------------------


def _name_after(text: str, pos: int, need_surname: bool = True) -> tuple[int, int] | None:
    """A 2-4 syllable person name starting at ``pos``."""
    words = _words(text, pos)
    if not words or words[0][0] != pos:
        return None
    taken = []
    prev_end = pos
    for s, _e, w in words[:4]:
        w_clean = w.rstrip(".")
        if taken and not _gap_ok(text, prev_end, s):
            break
        if not _is_name_syllable(w_clean):
            break
        taken.append((s, s + len(w_clean)))
        prev_end = s + len(w_clean)
        if w_clean != w:
            break  # "Hậu." ends the sentence
    if len(taken) < 2:
        return None
    first = text[taken[0][0] : taken[0][1]]
    if need_surname and first not in SURNAMES and not _HIGHLAND_FIRST.match(first):
        return None
    return taken[0][0], taken[-1][1]


def _per_norm(text: str) -> str:
    return " ".join(w[:1].upper() + w[1:].lower() for w in tidy(text).split())


# --- ORG ------------------------------------------------------------------------------------


def _org_from(text: str, head_start: int, head_end: int, head: str) -> tuple[int, int] | None:
    words = _words(text, head_end)
    end = head_end
    prev_end = head_end
    n = 0
    has_cap = False
    i = 0
    if head in ("công ty",) and not (words and words[0][2] in ("TNHH", "CP", "Cổ", "cổ")):
        return None
    if head in _NEEDS_CAP_NEXT and not (
        words and _is_cap(words[0][2]) and _gap_ok(text, head_end, words[0][0])
    ):
        return None
    if head in ("Hội", "Trường") and words and words[0][2] in _NOT_AFTER_HOI:
        return None
    if words and words[0][2] in ("trưởng", "phó", "Trưởng", "Phó"):
        return None  # "Viện trưởng", "Cục trưởng": a title
    while i < len(words) and n < 14:
        s, e, w = words[i]
        if not _gap_ok(text, prev_end, s):
            break
        w_clean = w.rstrip(".") if not re.fullmatch(r"TP\.|TX\.", w) else w
        two = w + " " + words[i + 1][2] if i + 1 < len(words) else w
        admin = (
            two
            if two in ("thành phố", "thị xã", "thị trấn", "Thành phố")
            else (w if w in _ADMIN else None)
        )
        if admin:
            k = i + (2 if " " in admin else 1)
            last = words[k - 1][1]
            name_end = None
            for s2, _e2, w2 in words[k : k + 4]:
                w2c = w2.rstrip(".")
                if not _gap_ok(text, last, s2) or not _is_cap(w2c) or w2c in _NOT_NAME:
                    break
                name_end = s2 + len(w2c)
                last = name_end
                if w2c != w2:
                    break
            if name_end:
                end = name_end
                has_cap = True
            break
        if (
            head in _PROPER_NAME_HEADS
            and w in _ORG_CONNECTORS
            and not (i + 1 < len(words) and _is_cap(words[i + 1][2]))
        ):
            # "HTX Chè Lũng Phìn và mật ong …": a business name is proper nouns, so "và" + a
            # lower-case word joins it to something else ("Viện Chính sách và chiến lược …"
            # is one name: public bodies are named with common nouns)
            break
        if not _is_cap(w) and not w.isdigit():
            if w in _STOP and w not in _ORG_CONNECTORS:
                break
            if (
                i + 1 < len(words)
                and f"{w} {words[i + 1][2].rstrip('.')}" in _STOP_BIGRAMS
                and n > 1
            ):
                break
        if _is_cap(w) and fold(w_clean) != "ocop":
            has_cap = True
        end = s + len(w_clean)
        prev_end = end
        n += 1
        i += 1
        if w_clean != w:
            break
    # trailing connectors ("Sở Nông nghiệp và") are not part of the name
    while True:
        tail = text[head_start:end]
        m = re.search(r"\s+(?:và|&|các|của|cùng)$", tail)
        if not m:
            break
        end = head_start + m.start()
    # "UBND tỉnh Quảng Ninh", not "612/QĐ-UBND công nhận ..."
    if head in ("UBND", "HĐND", "Ủy ban nhân dân", "Uỷ ban nhân dân", "Ủy ban Nhân dân") and not (
        words and (words[0][2] in _ADMIN or words[0][2] in ("thành", "thị") or _is_cap(words[0][2]))
    ):
        return None
    if sum(1 for w in head.split() if _is_cap(w)) >= 2:
        has_cap = True  # "Văn phòng Điều phối ..."
    if not has_cap or end <= head_end:
        return None
    return head_start, end


def _org_norm(text: str) -> str:
    t = tidy(text)
    t = re.sub(r"^(?:Ủy|Uỷ) ban [Nn]hân dân", "UBND", t)
    t = re.sub(r"^Hợp tác xã", "HTX", t)
    t = re.sub(r"^công ty", "Công ty", t)
    t = re.sub(r"^siêu thị\s+", "", t)
    t = re.sub(r"\b(?:TP\.?|Thành phố)\s+(?=[A-ZĐ])", "thành phố ", t)
    t = re.sub(r"\bTỉnh\s+(?=[A-ZĐ])", "tỉnh ", t)
    t = re.sub(r"\bUỷ\b", "Ủy", t)
    t = re.sub(r"\s*-\s*", " - ", t) if " - " in t else t
    # canonical province names inside ("UBND tỉnh TT-Huế" -> "UBND tỉnh Thừa Thiên Huế")
    m = re.search(r"(tỉnh|thành phố)\s+(.+)$", t)
    if m:
        prov = normalise_province(m.group(2))
        if prov and not prov[0].startswith("TP "):
            t = t[: m.start(2)] + prov[0]
    return t


# --- underthesea ----------------------------------------------------------------------------


def _ner_per_spans(sentence: str) -> tuple[tuple[int, int], ...]:
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


# --- extraction -----------------------------------------------------------------------------


def _overlaps(a: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(a[0] < e and s < a[1] for s, e in spans)


def sentence_mentions(doc: Document, sentence: Sentence) -> list[Mention]:
    text = doc.text
    base = sentence.start
    st = sentence.text
    found: list[Mention] = []
    spans: list[tuple[int, int]] = []

    def add(kind: str, s: int, e: int, norm: str) -> None:
        if _overlaps((s, e), spans):
            return
        surface = text[s:e]
        if fold(surface) in _FALSE or not surface.strip():
            return
        found.append(Mention(kind, s, e, surface, norm))
        spans.append((s, e))

    # ORG first (they contain places and sometimes person-like words).
    for m in _FIXED_ORGS.finditer(st):
        add("ORG", base + m.start(), base + m.end(), m.group())
    for m in _ORG_HEAD_RE.finditer(st):
        before = st[: m.start()].rstrip()
        if re.search(r"(?:\bcác|\bnhững|\bmọi|\bmỗi|\bnhiều|\d)$", before):
            continue  # "các Sở, ngành", "1 HTX": not one named organisation
        if re.search(
            r"(?:\b(?:xã|phường|huyện|quận|thị xã|thị trấn|thành phố|tỉnh|TP\.?|TX\.?))$", before
        ):
            continue  # "TP Hội An", "xã Trường Hà": a place, not an organisation
        r = _org_from(st, m.start(), m.end(), m.group("head"))
        if r is None:
            continue
        s, e = r
        surface = st[s:e]
        if fold(surface) in _GENERIC_ORG:
            continue
        if m.group("head") in ("siêu thị", "Siêu thị"):
            s = m.end() + 1
            surface = st[s:e]
        add("ORG", base + s, base + e, _org_norm(surface))
    # PER after a title or honorific.
    for m in _TITLE.finditer(st):
        r = _name_after(st, m.end())
        if r:
            add("PER", base + r[0], base + r[1], _per_norm(st[r[0] : r[1]]))
    bm = _BYLINE.match(st.strip())
    if bm:
        off = st.find(bm.group("name"))
        add("PER", base + off, base + off + len(bm.group("name")), tidy(bm.group("name")))
    # LOC: provinces and prefixed districts from the gazetteer.
    for p in doc.places_in(sentence.start, sentence.end):
        norm = p.district if p.district else p.province
        add("LOC", p.start, p.end, norm)
    # LOC: communes and villages ("xã Dương Xá"), unprefixed district names, countries.
    for m in _PLACE_PREFIX.finditer(st):
        words = _words(st, m.end())
        last = m.end()
        end = None
        for s2, _e2, w2 in words[:3]:
            w2c = w2.rstrip(".")
            if not _gap_ok(st, last, s2) or not _is_name_syllable(w2c):
                break
            end = s2 + len(w2c)
            last = end
        if end:
            add("LOC", base + m.end(), base + end, tidy(st[m.end() : end]))
    words = _words(st)
    for i, (s, _e, _w) in enumerate(words):
        for n in (3, 2):
            if i + n > len(words):
                continue
            chunk = words[i : i + n]
            if not all(_is_name_syllable(x[2].rstrip(".")) for x in chunk):
                continue
            if any(not _gap_ok(st, a[1], b[0]) for a, b in zip(chunk, chunk[1:])):
                continue
            e2 = chunk[-1][0] + len(chunk[-1][2].rstrip("."))
            d = DISTRICTS.get(_key(st[s:e2]))
            if d is None or (_has_diacritics(st[s:e2]) and tone_key(st[s:e2]) != tone_key(d.name)):
                continue
            if i > 0 and _is_cap(words[i - 1][2]) and _gap_ok(st, words[i - 1][1], s):
                break  # tail of a longer name
            add("LOC", base + s, base + e2, d.name)
            break
    for m in _COUNTRIES.finditer(st):
        add("LOC", base + m.start(), base + m.end(), m.group())
    # PER without a title: a surname-led name that underthesea also tags PER.
    candidates = []
    # A headline writes every word with a capital ("Nghề Đúc Đồng Đại Bái: Tinh Hoa ...").
    plain = [w for _, _, w in words if w.isalpha() and not w.isupper()]
    caps = sum(1 for w in plain if _is_cap(w))
    title_case = len(plain) >= 4 and caps / len(plain) >= 0.8
    for s, e, w in words if not title_case else []:
        if w in SURNAMES and not _overlaps((base + s, base + e), spans):
            r = _name_after(st, s)
            if r and st[max(0, r[0] - 1) : r[0]] in "“\"'‘" and r[0] > 0:
                continue  # a quoted name is a brand or place name ("Dương Xá")
            if r and not _overlaps((base + r[0], base + r[1]), spans):
                candidates.append(r)
    # "Văn"/"Thị" as the middle name is evidence enough ("Nguyễn Thị Mai (SN 1985) ...").
    strong = [
        r for r in candidates if st[r[0] : r[1]].split()[1] in ("Văn", "Thị") and r[1] - r[0] > 0
    ]
    strong = [r for r in strong if len(st[r[0] : r[1]].split()) >= 3]
    for r in strong:
        add("PER", base + r[0], base + r[1], _per_norm(st[r[0] : r[1]]))
    candidates = [r for r in candidates if r not in strong]
    if candidates:
        ner_spans = _ner_per_spans(st)
        for r in candidates:
            if any(s <= r[0] and r[1] <= e + 1 or (r[0] <= s and e <= r[1]) for s, e in ner_spans):
                add("PER", base + r[0], base + r[1], _per_norm(st[r[0] : r[1]]))
    return found


def extract_entities(doc: Document) -> list[dict]:
    """Entities deduplicated by (type, norm), in order of first mention."""
    mentions: list[Mention] = []
    for sentence in doc.sentences:
        mentions.extend(sentence_mentions(doc, sentence))
    # A name that is also a place of this article ("xã Dương Xá") is not a person.
    places = {m.text for m in mentions if m.type == "LOC"}
    mentions = [m for m in mentions if not (m.type == "PER" and m.text in places)]
    # A person named once with a title is the same person everywhere else in the article.
    people = {m.text for m in mentions if m.type == "PER" and " " in m.text}
    taken = [(m.start, m.end) for m in mentions]
    for name in sorted(people, key=len, reverse=True):
        for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", doc.text):
            if not _overlaps(m.span(), taken):
                mentions.append(Mention("PER", m.start(), m.end(), name, _per_norm(name)))
                taken.append(m.span())
    mentions.sort(key=lambda m: m.start)
    merged: dict[tuple[str, str], dict] = {}
    for m in mentions:
        key = (m.type, m.norm)
        if key not in merged:
            merged[key] = {"type": m.type, "text": m.text, "norm": m.norm, "count": 0, "spans": []}
        merged[key]["count"] += 1
        merged[key]["spans"].append([m.start, m.end])
    return list(merged.values())
