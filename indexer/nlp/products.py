"""Named OCOP products: "vải thiều Lục Ngạn", "Gạo hữu cơ An Lỗ ... đạt hạng 4 sao",
"Sản phẩm OCOP Cao lạc tiêm an thần của Công ty TNHH MTV Nam dược Y Võ".

A product name is a product noun from `PRODUCT_NOUNS` (rice, lychee, fish sauce ...), at most
three lower-case modifiers, then 1-4 capitalised syllables (a place or a brand); or whatever
stands between "Sản phẩm (OCOP)" and "của <owner>". The star is read from the same clause,
the owner from "của/do <HTX|Công ty|hộ|cơ sở ...>", the province from a place in the name,
else the sentence, else the article's primary province.
"""

from __future__ import annotations

import re

from indexer.nlp.provinces import _has_diacritics, district_named, normalise_province, tone_key
from indexer.nlp.segment import Document
from indexer.nlp.stars import stars_in

PRODUCT_NOUNS = (
    "gạo|vải thiều|vải|gà đồi|gà|na dai|na|chè|trà|mỳ chũ|mì chũ|mỳ|mì|miến dong|miến|nước mắm|"
    "mắm|mật ong|cam|bưởi|nhãn|xoài|thanh long|cà phê|hồ tiêu|hạt điều|chả mực|chả cá|chả|"
    "nem chua|nem|giò|rượu|bánh đa|bánh tráng|bánh|tương|nấm|tinh dầu|dầu|trứng|vịt|lợn|thịt|"
    "sâm|ba kích|măng|muối|kẹo|mứt|sữa|dưa|cá|tôm|ngao|sá sùng|gừng|tỏi|khoai|lạc|nếp|bún|"
    "phở|cốm|ô mai|dừa|mía|sầu riêng|chuối|quýt|mận|hồng|cao"
)
_CAP = r"(?:[A-ZĐ]|[ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ])[^\s,;:()\"“”.!?…]*"
_LOW = r"(?:[a-zđ]|[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ])[^\s,;:()\"“”.!?…]*"
_NOUN_ALT = "|".join(
    f"[{n[0]}{n[0].upper()}]{re.escape(n[1:])}"
    for n in sorted(PRODUCT_NOUNS.split("|"), key=len, reverse=True)
)
# lower-case words that end a product name rather than continue it
_FUNC = (r"(?!(?:của|và|tại|ở|do|cho|với|từ|trong|đạt|được|là|có|các|những|đã|sẽ|đang|thuộc|"
         r"vùng|tỉnh|huyện|xã)(?![\w]))")  # fmt: skip
_NAME_RE = re.compile(
    rf"(?<![\w])(?P<name>(?:{_NOUN_ALT})(?:\s+{_FUNC}{_LOW}){{0,3}}?(?:\s+{_CAP}){{1,4}}"
    rf"(?:\s+{_FUNC}{_LOW}(?:\s+{_CAP}){{1,4}})?)(?![\w])"
)
_SP_OWNER_RE = re.compile(
    r"(?<![\w])[Ss]ản phẩm(?:\s+OCOP)?\s+(?P<name>[A-ZĐÀ-Ỹ][^,;:()\"“”]{2,60}?)\s+(?:của|do)\s+"
    r"(?P<owner>(?:HTX|Hợp tác xã|[Cc]ông ty|[Hh]ộ|[Cc]ơ sở|[Dd]oanh nghiệp|Tổ hợp tác)"
    r"[^,;:()\"“”.]{2,80}?)(?=\s*[,;:().]|\s+(?:đạt|được|là|đã|tại|ở)\b|$)"
)
_OWNER_AFTER = re.compile(
    r"^\s*(?:của|do)\s+(?P<owner>(?:HTX|Hợp tác xã|[Cc]ông ty|[Hh]ộ|[Cc]ơ sở|[Dd]oanh nghiệp|"
    r"Tổ hợp tác)[^,;:()\"“”.]{2,80}?)(?=\s*[,;:().]|\s+(?:đạt|được|là|đã|sản xuất)\b|$)"
)
_STAR = re.compile(r"^[^,;]{0,120}?(?:đạt|hạng|xếp hạng)\s+(?:hạng\s+)?(?P<n>[1-5])\s*sao", re.I)
_STOP_TAIL = re.compile(r"\s+(?:OCOP|Ocop)$")


def _province_of(name: str, doc: Document, start: int, end: int, primary: list[str]) -> str | None:
    words = name.split()
    for n in (3, 2):
        for i in range(len(words) - n + 1):
            chunk = " ".join(words[i : i + n])
            if not chunk[0].isupper():
                continue
            d = district_named(chunk)
            if d:
                return d.province
            p = normalise_province(chunk)
            if p and not (_has_diacritics(chunk) and tone_key(chunk) != tone_key(p[0])):
                return p[0]
    for sentence in doc.sentences:
        if sentence.start <= start < sentence.end:
            places = doc.places_in(sentence.start, sentence.end)
            if places:
                return min(places, key=lambda p: abs(p.start - start)).province
    return primary[0] if primary else None


def extract_products(doc: Document, primary: list[str]) -> list[dict]:
    """Named products in text order; the same name in one sentence is reported once."""
    out: list[dict] = []
    for sentence in doc.sentences:
        if sentence.zone in ("tail", "widget", "link"):
            continue
        st = sentence.text
        seen: list[tuple[int, int]] = []
        found: list[tuple[int, int, str | None]] = []
        for m in _SP_OWNER_RE.finditer(st):
            found.append((m.start("name"), m.end("name"), m.group("owner").strip()))
            seen.append(m.span("name"))
        for m in _NAME_RE.finditer(st):
            s, e = m.span("name")
            if any(s < b and a < e for a, b in seen):
                continue
            if s > 0 and st[s - 1 : s].isalpha():
                continue
            name = _STOP_TAIL.sub("", m.group("name"))
            # a product noun written with a capital in the middle of a sentence is a name part
            # of something else ("Trường Đại học Nông lâm", "Công ty ... Thủy sản")
            if name[0].isupper() and s > 0 and not re.search(r"[.:;,(\-–]\s*$|^\s*$", st[:s]):
                prev = st[:s].rstrip().split()[-1] if st[:s].strip() else ""
                if prev[:1].isupper():
                    continue
            owner_m = _OWNER_AFTER.match(st[e:])
            found.append((s, s + len(name), owner_m.group("owner").strip() if owner_m else None))
            seen.append((s, e))
        for s, e, owner in sorted(found):
            star_m = _STAR.match(st[e:])
            if star_m and stars_in(st[e : star_m.end() + e]).star is None:
                star_m = None  # "… tiềm năng đạt 5 sao": pending, not a rating
            abs_s, abs_e = sentence.start + s, sentence.start + e
            out.append(
                {
                    "name": st[s:e],
                    "star": int(star_m.group("n")) if star_m else None,
                    "owner": owner,
                    "province": _province_of(st[s:e], doc, abs_s, abs_e, primary),
                    "sentence": st,
                    "start": abs_s,
                    "end": abs_e,
                }
            )
    return out
