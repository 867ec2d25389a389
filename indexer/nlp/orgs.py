"""ORG: organisation names from their head word ("UBND", "Sở", "Công ty", "HTX", "Viện" …)
to the end of the name, including a trailing locality ("… tỉnh Bắc Giang").

The words live in `data/entities.toml`; a name runs over capitalised words and
connectors and stops at a verb, a preposition, punctuation or after a locality.
"""

from __future__ import annotations

import re

from corpus.textnorm import fold, tidy
from indexer.nlp.lexicon import alternation, table, words
from indexer.nlp.persons import SURNAMES
from indexer.nlp.provinces import district_named, normalise_province
from indexer.nlp.tokens import HIGHLAND_FIRST, gap_ok, is_cap, words_of

_ORG_HEADS = table("entities")["org_heads"]
ORG_HEAD_RE = re.compile(
    r"(?:^|(?<=[\s(\"“,–\-/]))(?P<head>" + alternation(_ORG_HEADS) + r")(?=\s)"
)
FIXED_ORGS = re.compile(r"(?<!\w)(?:" + alternation(table("entities")["fixed_orgs"]) + r")(?!\w)")
_PROPER_NAME_HEADS = words("entities", "proper_name_heads")
_NEEDS_CAP_NEXT = words("entities", "needs_cap_next")
_NOT_AFTER_HOI = words("entities", "not_after_hoi")
_NOT_NAME = words("entities", "not_name")
_ADMIN = words("entities", "admin")
_STOP = words("entities", "org_stop")
_STOP_BIGRAMS = words("entities", "org_stop_bigrams")
_ORG_CONNECTORS = frozenset({"và", "&"})
GENERIC_ORG = frozenset(fold(x) for x in table("entities")["generic_orgs"])
_COUNCIL_HEADS = ("UBND", "HĐND", "Ủy ban nhân dân", "Uỷ ban nhân dân", "Ủy ban Nhân dân")
# "các Sở, ngành", "1 HTX": not one named organisation
_PLURAL_BEFORE = re.compile(r"(?:\bcác|\bnhững|\bmọi|\bmỗi|\bnhiều|\d)$")
# "Hội đồng đánh giá, phân hạng sản phẩm OCOP cấp tỉnh": a body named by its tasks (words,
# commas and "và", no digits) up to the programme it serves, then a level or a locality
_TASK_BODY = re.compile(
    r"(?<!\w)(?:" + alternation(table("entities")["task_body_heads"]) + r")\s+"
    r"(?P<first>[^\W\d_]+)(?:,?\s+[^\W\d_]+){0,9}?\s+OCOP"
    r"(?:\s+cấp\s+(?:tỉnh|huyện|xã|quốc gia|[Tt]rung ương))?(?!\w)"
)
_TASK_NOT_FIRST = words("entities", "task_body_not_first")
# "Ban Xây dựng OCOP cấp dưới", "Hội Nông dân các cấp": every such body, not one named one
_GENERIC_AFTER = re.compile(r"^\s+(?:cấp dưới|cấp trên|các cấp|cơ sở)(?!\w)")
# "TP Hội An", "xã Trường Hà": a place, not an organisation
_PLACE_BEFORE = re.compile(
    r"\b(?:xã|phường|huyện|quận|thị xã|thị trấn|thành phố|tỉnh|TP\.?|TX\.?"
    r"|thôn|bản|làng|ấp|buôn|xóm|khu phố|tổ dân phố)$"
)

Words = list[tuple[int, int, str]]


def _head_allows(text: str, head_end: int, head: str, ws: Words) -> bool:
    """Whether the word after the head can continue an organisation name."""
    first = ws[0][2] if ws else ""
    if head == "công ty" and first not in ("TNHH", "CP", "Cổ", "cổ"):
        return False
    if head in _NEEDS_CAP_NEXT and not (ws and is_cap(first) and gap_ok(text, head_end, ws[0][0])):
        return False
    if head in ("Hội", "Trường") and first in _NOT_AFTER_HOI:
        return False
    return first not in ("trưởng", "phó", "Trưởng", "Phó")  # "Viện trưởng": a title


def _locality_end(text: str, ws: Words, i: int) -> tuple[int | None, bool]:
    """At an administrative word (``ws[i]``): (end of the place name after it, found)."""
    w = ws[i][2]
    two = w + " " + ws[i + 1][2] if i + 1 < len(ws) else w
    admin = two if two in ("thành phố", "thị xã", "thị trấn", "Thành phố") else w
    k = i + (2 if " " in admin else 1)
    last = ws[k - 1][1]
    ends: list[int] = []
    for s2, _e2, w2 in ws[k : k + 4]:
        w2c = w2.rstrip(".")
        if not gap_ok(text, last, s2) or not is_cap(w2c) or w2c in _NOT_NAME:
            break
        ends.append(s2 + len(w2c))
        last = ends[-1]
        if w2c != w2:
            break
    # "UBND tỉnh Lâm Đồng Trần Văn Bình": the place ends where a known place is followed by
    # a surname (the official's name after "Phó Chủ tịch UBND tỉnh …")
    for n in range(len(ends) - 1, 0, -1):
        place = text[ws[k][0] : ends[n - 1]]
        after = ws[k + n][2]
        if (after in SURNAMES or HIGHLAND_FIRST.match(after)) and (
            normalise_province(place) or district_named(place)
        ):
            return ends[n - 1], True
    return (ends[-1], True) if ends else (None, False)


def _is_admin(ws: Words, i: int) -> bool:
    w = ws[i][2]
    two = w + " " + ws[i + 1][2] if i + 1 < len(ws) else w
    return two in ("thành phố", "thị xã", "thị trấn", "Thành phố") or w in _ADMIN


def _stops_name(head: str, ws: Words, i: int, n: int) -> bool:
    """The word ``ws[i]`` ends the name (a verb, a preposition, a connector to a common noun)."""
    w = ws[i][2]
    nxt = ws[i + 1][2] if i + 1 < len(ws) else None
    if head in _PROPER_NAME_HEADS and w in _ORG_CONNECTORS and not (nxt and is_cap(nxt)):
        # "HTX Chè Lũng Phìn và mật ong …": a business name is proper nouns, so "và" + a
        # lower-case word joins it to something else ("Viện Chính sách và chiến lược …"
        # is one name: public bodies are named with common nouns)
        return True
    if is_cap(w) or w.isdigit():
        return False
    if w in _STOP and w not in _ORG_CONNECTORS:
        return True
    return nxt is not None and f"{w} {nxt.rstrip('.')}" in _STOP_BIGRAMS and n > 1


def _name_words(text: str, head_end: int, head: str, ws: Words) -> tuple[int, bool]:
    """(end of the name, whether it has a capitalised word) walking from the head on."""
    end, prev_end, has_cap = head_end, head_end, False
    for i, (s, _e, w) in enumerate(ws[:14]):
        if not gap_ok(text, prev_end, s):
            break
        if _is_admin(ws, i):
            name_end, found = _locality_end(text, ws, i)
            if found:
                end, has_cap = name_end, True
            break
        if _stops_name(head, ws, i, i):
            break
        w_clean = w.rstrip(".") if not re.fullmatch(r"TP\.|TX\.", w) else w
        if is_cap(w) and fold(w_clean) != "ocop":
            has_cap = True
        end = prev_end = s + len(w_clean)
        if w_clean != w:
            break
    return end, has_cap


def org_from(text: str, head_start: int, head_end: int, head: str) -> tuple[int, int] | None:
    """The span of the organisation whose head word is ``text[head_start:head_end]``."""
    ws = words_of(text, head_end)
    if not _head_allows(text, head_end, head, ws):
        return None
    end, has_cap = _name_words(text, head_end, head, ws)
    # trailing connectors ("Sở Nông nghiệp và") are not part of the name
    while m := re.search(r"(?:\s+(?:và|&|các|của|cùng)|\s*[-–])$", text[head_start:end]):
        end = head_start + m.start()
    # "UBND tỉnh Quảng Ninh", not "612/QĐ-UBND công nhận ..."
    if head in _COUNCIL_HEADS and not (
        ws and (ws[0][2] in _ADMIN or ws[0][2] in ("thành", "thị") or is_cap(ws[0][2]))
    ):
        return None
    if sum(1 for w in head.split() if is_cap(w)) >= 2:
        has_cap = True  # "Văn phòng Điều phối ..."
    if not has_cap or end <= head_end:
        return None
    return head_start, end


def org_norm(text: str) -> str:
    """Normal form: "UBND" for "Ủy ban nhân dân", canonical province names inside."""
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


def task_bodies(st: str) -> list[tuple[int, int]]:
    """Spans of bodies named after their tasks, with a trailing locality ("… tỉnh Ninh Bình")."""
    out = []
    for m in _TASK_BODY.finditer(st):
        if m["first"].lower() in _TASK_NOT_FIRST:
            continue
        end = m.end()
        # "… OCOP tỉnh Ninh Bình", "… OCOP cấp tỉnh Quảng Ninh": the level word is the admin one
        level = m.group().endswith((" tỉnh", " huyện", " xã"))
        ws = words_of(st, st.rindex(" ", 0, end) + 1 if level else end)
        if ws and _is_admin(ws, 0) and gap_ok(st, end if not level else ws[0][0], ws[0][0]):
            place_end, found = _locality_end(st, ws, 0)
            end = place_end if found and place_end else end
        out.append((m.start(), end))
    return out


def org_spans(st: str) -> list[tuple[int, int, str]]:
    """(start, end, norm) of the organisations of one sentence, fixed names first."""
    out = [(m.start(), m.end(), m.group()) for m in FIXED_ORGS.finditer(st)]
    bodies = task_bodies(st)
    out += [(s, e, org_norm(st[s:e])) for s, e in bodies]
    for m in ORG_HEAD_RE.finditer(st):
        if any(s <= m.start() < e for s, e in bodies):
            continue  # the head of a task body found above
        before = st[: m.start()].rstrip()
        if _PLURAL_BEFORE.search(before) or _PLACE_BEFORE.search(before):
            continue
        r = org_from(st, m.start(), m.end(), m.group("head"))
        if r is None:
            continue
        s, e = r
        if fold(st[s:e]) in GENERIC_ORG or _GENERIC_AFTER.match(st[e:]):
            continue
        if m.group("head") in ("siêu thị", "Siêu thị"):
            s = m.end() + 1
        out.append((s, e, org_norm(st[s:e])))
    return out
