"""Where a figure is parsed: "hơn 500 sản phẩm OCOP", "42 sản phẩm 4 sao (chiếm 23,3%)",
"2,5 tỷ đồng", "38tr/người/năm", "cả nước có 16.000 sản phẩm", "lợi nhuận tăng 12%".

A figure is a number followed by a unit from `UNITS` (a count noun, money, income), or a
percentage that is a share ("chiếm 22%", "60% chủ thể", "đạt 105% kế hoạch") or a change
("tăng 12%"). Numbers without such a unit (years, dates, decision numbers, phone numbers,
list ordinals, "lần thứ 2", "4 năm") are never figures. A share written right after a count
("42 sản phẩm (chiếm 23,3%)") is that count's ``percent``, not a figure of its own.

Every figure has a ``relation`` (total / part_of / share_of / change_of, see `relations.py`)
and a ``base`` (the value it is a part/share/change of, when stated); a part inherits the
scope, period and unit of its total. Offsets: ``start``/``end`` span the number and its unit;
a qualifier ("hơn") is not part of the span. Units and cue words are data
(`data/figures.toml`); the period comes from `periods.py`, the territory from `scope.py`,
stars from `stars.py`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import datetime

from corpus.textnorm import fold
from indexer.nlp.lexicon import alternation, table
from indexer.nlp.numbers import MULTIPLIERS, NUMBER_RE, SPELLED_WORDS, parse_number
from indexer.nlp.periods import period_of, periods_in
from indexer.nlp.provinces import NATIONAL, district_named, new_province_of
from indexer.nlp.relations import (
    CLAUSE_CUT,
    OUTSIDE_WHOLE,
    TRONG_HEAD,
    Item,
    Placed,
    clause_after,
    clause_before,
    fraction_fit,
    link_document,
    relate,
)
from indexer.nlp.scope import COORDINATED, anchor, linked_place
from indexer.nlp.segment import BEFORE_MERGER, Document, Sentence
from indexer.nlp.stars import Stars, stars_in

_RULES = table("figures")
# (regex over the lower-cased sentence, unit, metric, participant kind)
UNITS: list[tuple[str, str, str, str | None]] = [
    (rx, unit, metric, kind or None) for rx, unit, metric, kind in _RULES["units"]
]
_UNIT_INDEX = {f"u{i}": row for i, row in enumerate(UNITS)}
_UNIT_ALT = "|".join(f"(?P<u{i}>{row[0]})" for i, row in enumerate(UNITS))
_UNIT_ANY = "|".join(f"(?:{row[0]})" for row in UNITS)
_QUALIFIERS: dict[str, str] = _RULES["qualifiers"]
_QUAL_ALT = alternation(_QUALIFIERS)
_MONEY_METRICS = [(key, re.compile(rx, re.I)) for key, rx in _RULES["money_metrics"].items()]
_REL = _RULES["relations"]

_MULT = r"nghìn|ngàn|triệu|tỷ|tỉ"
_SPELLED = rf"(?:(?:{SPELLED_WORDS})\s+){{0,4}}(?:{SPELLED_WORDS})"
_NUM = rf"(?P<digits>{NUMBER_RE})|(?P<spelled>{_SPELLED})"

_MONEY = (
    rf"\s*(?P<mult>{_MULT}|tr(?=\s*/))?\s*"
    r"(?:(?P<cur>đồng|vnđ|vnd|đ|usd|đô la)(?![\w]))?"
    r"(?P<per>\s*/\s*(?:người|khẩu|lao động)\s*/\s*năm|\s*/\s*người)?"
)

FIGURE_RE = re.compile(
    # "74 sản phẩm/41 chủ thể": a count after another count's unit and a slash
    rf"(?:(?<=\s)|(?<=^)|(?<=[(\"“])|(?<=\d[\-–])|(?<=[^\W\d_]/))(?:(?P<qual>{_QUAL_ALT})\s+)?"
    rf"(?<![\w.,])(?<!\d/)(?<![^\W\d_][\-–])(?:{_NUM})(?![\w]*\d)(?!\s*[/\-–]\s*\d)(?![.,]\d)"
    rf"(?:(?:\s*(?P<cmult>nghìn|ngàn|triệu)(?=\s))?\s*(?:{_UNIT_ALT})(?![\w])|{_MONEY})",
    re.IGNORECASE,
)
_PERCENT = re.compile(
    rf"(?:(?P<qual>{_QUAL_ALT})\s+)?(?<![\w.,/])(?P<p>\d+(?:[.,]\d+)?)"
    r"(?:\s*%?\s*[-–]\s*(?P<p2>\d+(?:[.,]\d+)?))?\s*%",
    re.IGNORECASE,
)
_SHARE_CUE = re.compile(rf"(?<!\w)(?:{alternation(_REL['share'])})(?!\w)", re.I)
_CHANGE_CUE = re.compile(rf"(?<!\w)(?:{alternation(_REL['change'])})(?!\w)", re.I)
_AFTER_PERCENT = re.compile(
    rf"^\s*(?:(?P<plan>{alternation(_REL['plan'])})|(?:là\s+)?(?:số\s+|tổng số\s+)?(?:{_UNIT_ANY})"
    rf"|(?:{alternation(_REL['whole'])})"
    r"|(?:đạt\s+|là\s+)?(?:sản phẩm\s+)?(?:tiềm năng\s+)?(?:đạt\s+)?[1-5]\s*sao)(?!\w)",
    re.I,
)
# the next clause rates the count when it is only a rating verb and a star ("…, được công
# nhận 4 sao"); a clause with a number or a breakdown cue of its own is not about it
_STAR_NEXT = re.compile(
    # "…, tất cả đều đạt 3 sao", "…, toàn bộ các sản phẩm này đều được xếp hạng 3 sao": a
    # clause whose subject is all of the count rates the count
    r"^\s*,\s*(?:và\s+)?(?:(?:tất cả|toàn bộ)(?:\s+(?:các|số|sản phẩm|chủ thể|này)){0,3}\s+)?"
    r"(?:đều\s+|đã\s+|cùng\s+)*(?:đủ điều kiện(?: được)? công nhận|"
    # "…, đủ điều kiện đề nghị Trung ương xét công nhận 5 sao": pending, read by stars_in
    r"đủ điều kiện (?:để\s+)?(?:đề nghị|đề xuất|trình)[^,;:.\d]{0,30}?(?:đánh giá,\s*)?"
    r"(?:công nhận|xét)|"
    r"được(?: \w+){0,2} công nhận|được xếp(?: hạng)?|xếp hạng|đạt(?: hạng| chuẩn| tiêu chuẩn)?)"
    r"(?:\s+(?:là|sản phẩm|ocop|hạng|chuẩn|đạt))*\s+(?:[1-5]|một|hai|ba|bốn|năm)\s*sao(?!\w)"
    r"(?![^,;:.]*?(?:là|có|gồm|với|:)\s*\d)",  # "…, đạt 4 sao là 20 sản phẩm": a class
    re.IGNORECASE,
)
# "công nhận 5 sao cho 2 sản phẩm", "phân hạng OCOP 5 sao đợt 1 năm 2025 cho 52 sản phẩm"
_STAR_LIST = re.compile(r"(?<=sao),\s*(?:và\s+)?[1-5]\s*sao(?!\w)", re.IGNORECASE)
# "17 sản phẩm của hợp tác xã, tổ hợp tác được công nhận 4 sao": a list of owner kinds after
# "của" continues the clause (the rating after it is the products')
_OWNER_KINDS = r"(?:hợp tác xã|htx|tổ hợp tác|doanh nghiệp|công ty|hộ kinh doanh|hộ sản xuất|cơ sở)"
_OWNER_LIST = re.compile(rf",\s*(?:và\s+)?{_OWNER_KINDS}(?!\w)", re.IGNORECASE)
_OF_KINDS = re.compile(rf"^\s*(?:của|thuộc)\s+(?:các\s+)?{_OWNER_KINDS}(?!\w)", re.I)
# "3 sản phẩm du lịch cộng đồng, du lịch sinh thái đạt OCOP 4 sao": a list of short kinds after
# the count (no number, no verb of its own) continues the clause up to the rating of them all
_NOUN_LIST = re.compile(
    r",\s*(?:và\s+)?(?:(?!(?:trong|gồm|tăng|giảm|chiếm|là|có|với|nâng|của|tại|ở)\b)[^\W\d]+\s*){1,4}"
    r"(?=,|\s*và\s|(?:đều\s+)?(?:đạt|được|xếp)\b)",
    re.IGNORECASE,
)
# "Hai sản phẩm gồm vải sấy Lục Ngạn và gà đồi Yên Thế đạt OCOP 5 sao": "gồm" followed by names,
# no number before the rating, spells out what was counted; the rating is the count's
_NAMED_ITEMS = re.compile(
    r"gồm\s+[^\d;:.()]*?\s(?=(?:đều\s+|vừa\s+|đã\s+)*(?:được|đạt|xếp)\b[^\d;:.()]*?[1-5]\s*sao)",
    re.I,
)
# "2 sản phẩm của HTX X (xã A, tỉnh B) vừa được nâng hạng 4 sao": the comma of an aside in
# brackets without numbers ends no clause
_ASIDE_END = re.compile(r"[^()\d]*\)")
# "Trong 7 sản phẩm của xã, A và B đạt 4 sao": the list after that frame names a subset of it
_IN_FRAME = re.compile(r"(?<!\w)trong(?:\s+số)?\s+$", re.IGNORECASE)
# "nâng tổng số sản phẩm 5 sao của cả nước lên 246": the subject names the rated class
_RATED_SUBJECT = re.compile(
    r"số\s+sản phẩm(?:\s+ocop)?\s+(?:đạt\s+)?[1-5]\s*sao(?:\s+[^\W\d]+){0,4}?"
    r"\s+(?:lên|là|đạt)(?:\s+(?:khoảng|gần|hơn|trên))?\s*$",
    re.I,
)
_STAR_BEFORE = re.compile(
    r"(?P<n>[1-5])\s*sao(?:\s+(?:đợt|lần|năm|kỳ)\s+\d+)*\s*(?:có|gồm|là|với|cho|:)?\s*$",
    re.IGNORECASE,
)
# "cao hơn 8%": "hơn" belongs to the comparison, not a qualifier of the number
_COMPARATIVE = re.compile(r"(?:cao|thấp|nhiều|ít|lớn|nhỏ)\s+$", re.IGNORECASE)
# A share of the count itself: "42 sản phẩm 4 sao (chiếm 23,3%)", "..., chiếm 30%".
_SHARE_IN = re.compile(
    r"(?:chiếm|bằng|tương đương|\()\s*(?:khoảng\s+|gần\s+|hơn\s+)?(?P<p>\d+(?:[.,]\d+)?)\s*%",
    re.IGNORECASE,
)
_SHARE_NEXT = re.compile(
    r"^\s*,\s*(?:chiếm|bằng|tương đương)\s+(?:khoảng\s+|gần\s+|hơn\s+)?(?P<p>\d+(?:[.,]\d+)?)\s*%",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(
    # "đánh giá, công nhận 5 sao": the pair of verbs is one predicate, its comma no clause end
    r"(?:[;:.]|(?<!đánh giá),)(?!\d)|\btrong đó\b|\bgồm\b"
    # a coordinated clause with its own verb: "thêm 60 sản phẩm và nâng tỷ lệ 4 sao lên …"
    rf"|{COORDINATED.pattern}",
    re.IGNORECASE,
)
_OCOP_CONTEXT = re.compile(r"ocop|sao|chủ thể|mỗi xã một sản phẩm", re.IGNORECASE)
_SKIP_BEFORE = re.compile(
    r"(?:(?<!tổng )(?<!trong )(?<!con )\bsố|\bnăm|\bngày|\btháng|\bthứ|\bkhu phố|\bđiều|\bkhoản|\bquý|\bphòng|\bkm|\btổ|\bấp|\bthôn|\bxóm"
    # ranks, rounds and series parts ("Top 10 sản phẩm", "Đợt 2", "Kỳ 3", "Bài 1"), the
    # programme's name written with a digit ("Mỗi xã 1 sản phẩm")
    r"|\btop|\bđợt|\bkỳ|\bbài|\bphần"
    r"|\bmỗi\s+(?:xã|phường|làng|địa phương|thôn|bản|ấp|xóm|tổ dân phố|khu dân cư)"
    r"(?:\s*,\s*(?:xã|phường|thị trấn|thôn|bản))?"
    r"(?:\s+(?:có|đạt|phải có))?(?:\s+(?:ít nhất|tối thiểu))?"
    # "mỗi huyện có ít nhất 2 sản phẩm": a floor per unit ("mỗi huyện có 3" after named
    # districts shares a count out and stays a figure)
    r"|\bmỗi\s+(?:huyện|tỉnh|quận|thị xã)\s+(?:có|đạt|phải có)\s+(?:ít nhất|tối thiểu)"
    # "mỗi xã miền núi có ít nhất 1 sản phẩm": the same floor for a kind of unit
    r"|\bmỗi\s+(?:xã|phường|huyện|tỉnh|quận|thị xã|địa phương|thôn|bản|làng)"
    r"(?:\s+[^\W\d]+){1,4}?\s+(?:có|đạt|phải có)\s+(?:ít nhất|tối thiểu)"
    # "đứng trong nhóm 5 địa phương dẫn đầu": a rank group, not a count
    r"|\bnhóm"
    # "một đơn hàng xuất khẩu thường cần từ 20 tấn trở lên": a requirement per unit
    r"|\b(?:mỗi|một)\s+(?!năm|tháng|quý|vụ|ngày|tuần)(?:[^\W\d]+\s+){1,4}?"
    r"(?:(?:thường\s+)?(?:cần|yêu cầu)|phải)(?:\s+(?:có|đạt))?(?:\s+(?:từ|ít nhất|tối thiểu|khoảng))?)\s*$",
    re.IGNORECASE,
)
# "trong đó 4 đạt 4 sao": a bare number in a breakdown, counted in the total's unit
_BARE_PART = re.compile(
    r"(?<![\w.,/%])(?P<digits>\d{1,3}(?:\.\d{3})*)(?=\s+"
    r"(?:(?:được\s+)?(?:đạt|hạng|xếp hạng|là|có)\s+)?(?:tiềm năng\s+(?:đạt\s+)?)?[1-5]\s*sao)",
    re.IGNORECASE,
)
_SHORT_PART = re.compile(
    rf"(?<![\w.,/%])(?P<digits>\d{{1,3}}(?:\.\d{{3}})*)\s+(?P<short>{alternation(_RULES['short_units'])})"
    r"(?!\w)",
    re.IGNORECASE,
)
_SHORT_CUE = re.compile(r"(?<!\w)(?:trong đó|gồm|bao gồm|trong số)(?!\w)", re.I)
_SCORE_BEFORE = re.compile(r"(?:đạt|từ|đến|trên|dưới|được|tối đa)\s+$", re.I)
_QUAL_BEFORE = re.compile(rf"(?<!\w)(?P<qual>{_QUAL_ALT})\s+$", re.IGNORECASE)


@dataclass
class Figure:
    value: float
    unit: str
    metric: str
    kind: str | None
    qualifier: str | None
    star: int | None
    min_star: int | None
    percent: float | None
    province: str | None
    new_province: str | None
    district: str | None
    period: str | None
    sentence: str
    start: int
    end: int
    potential_star: int | None = None
    relation: str = "total"
    base: float | None = None
    of: str | None = None  # what a share or change is of ("kế hoạch", "lợi nhuận")

    def as_dict(self) -> dict:
        return dict(self.__dict__)


@dataclass
class _Match:
    """A number with its unit, before star/share/scope are read (offsets in the sentence)."""

    qual: str | None
    num_start: int
    end: int
    value: float
    unit: str | None
    metric: str
    kind: str | None = None
    of: str | None = None
    short: str | None = None  # a bare part written with the first word of its unit ("điểm")


# words after which "năm" means "year" ("mỗi năm", "hằng năm", "trong năm", "cuối năm" …)
_YEAR_WORD_BEFORE = re.compile(
    r"(?:^|\s)(?:mỗi|hằng|hàng|trong|các|những|cả|nhiều|từng|vào|đầu|cuối|giữa|qua|sau|trước|"
    r"của|cùng|hết|đến|từ|tới|một|hai|ba|bốn|mấy|vài|nửa)\s+$"
)


# a change right after a per-person amount is a change of that amount, in its unit
_PER_CHANGE = re.compile(
    r"(?:đồng|đ)\s*/\s*người(?P<year>\s*/\s*năm)?\s*,\s*(?:[^\W\d]+\s+){0,2}?"
    r"(?:tăng|giảm|cao|thấp)(?:\s+hơn)?(?:\s+(?:thêm|khoảng|gần|hơn|trên))?\s+$",
    re.IGNORECASE,
)


def _money(m: re.Match, value: float, low: str) -> tuple[float, str, str] | None:
    """(value, unit, metric) of a money or income figure, None for a bare number."""
    mult = m.group("mult")
    if mult and mult.startswith("tr") and not mult.startswith("triệu"):
        mult = "triệu"
    cur = m.group("cur")
    if not (cur or (mult and m.group("per"))):
        return None  # a bare number: not a figure
    if cur == "đ" and not mult:
        return None
    if mult:
        value *= MULTIPLIERS[fold(mult)]
    if m.group("per"):
        return (
            value,
            ("VND/người/năm" if "năm" in m.group("per") else "VND/người"),
            ("income_per_capita"),
        )
    per = _PER_CHANGE.search(low, 0, m.start())
    if per and cur not in ("usd", "đô la"):  # "… 32 triệu đồng/người/năm, tăng 4 triệu đồng"
        return value, ("VND/người/năm" if per["year"] else "VND/người"), "income_per_capita"
    currency = "USD" if cur in ("usd", "đô la") else "VND"
    clause = clause_before(low, m.start())
    key = next((k for k, rx in _MONEY_METRICS if rx.search(clause)), "money")
    return value, currency, f"{key}_{currency.lower()}"


_RATED_NEXT = re.compile(r"\s*(?:ocop\s+)?(?:(?:đạt|hạng|tiềm năng|được)\s+)*[1-5]\s*sao(?!\w)")


# "có thêm một sản phẩm chè …", "mỗi nơi có một sản phẩm": "một" as the object of a count verb
# counts one (a count written in words is a figure like one in digits); elsewhere ("chủ một cơ
# sở", "tại một hội chợ", "là một trong …") it is an article
_ONE_COUNTED = re.compile(
    r"(?<!\w)(?:có|thêm|công nhận|nâng hạng|gồm)(?:\s+(?:thêm|được|ít nhất|tối thiểu))?\s+$"
)


def _count_is_figure(m: re.Match, low: str, num_text: str, value: float) -> bool:
    """A number before a count noun that is not a count ("một", "năm" = year, ids)."""
    if m.group("spelled") and value == 1 and len(num_text.split()) == 1:
        # "Mỗi xã một sản phẩm": "một" is an article; "một sản phẩm 5 sao" is a count,
        # unless it describes a name before it ("Bánh pía X, một sản phẩm OCOP 4 sao")
        # "Mức hỗ trợ cho một sản phẩm đạt 3 sao là 30 triệu đồng": a norm per product
        if re.search(r"(?:,|(?<!\w)cho)\s*$", low[: m.start()]):
            return False
        return bool(_RATED_NEXT.match(low, m.end()) or _ONE_COUNTED.search(low[: m.start()]))
    if num_text.strip() == "năm" and _YEAR_WORD_BEFORE.search(low[: m.start("spelled")]):
        return False  # "Mỗi năm làng nghề đón …": "năm" is "year" here, not "five"
    return not (len(num_text) >= 8 and num_text.isdigit())  # phone numbers, ids


def _matches(low: str, ocop_context: bool) -> list[_Match]:
    """Every number-with-unit of a lower-cased sentence."""
    out = []
    for m in FIGURE_RE.finditer(low):
        num_start = m.start("digits") if m.group("digits") else m.start("spelled")
        if _SKIP_BEFORE.search(low[:num_start]):
            continue
        num_text = m.group("digits") or m.group("spelled")
        value = parse_number(num_text)
        if value is None:
            continue
        unit_key = next((k for k in _UNIT_INDEX if m.group(k)), None)
        kind = None
        if unit_key is None:
            money = _money(m, value, low)
            if money is None:
                continue
            value, unit, metric = money
        else:
            _, unit, metric, kind = _UNIT_INDEX[unit_key]
            if not _count_is_figure(m, low, num_text, value):
                continue
            if m.group("cmult"):
                value *= MULTIPLIERS[fold(m.group("cmult"))]
            if metric in ("ocop_products", "ocop_participants") and not ocop_context:
                metric, kind = "other", None
        x = _widen(low, _Match(m.group("qual"), num_start, m.end(), value, unit, metric, kind))
        if x is not None:
            out.append(x)
    return out


# "từ 120 đến 150 sản phẩm", "3 - 5 tấn": a range is one figure, its lower bound, "about"
_RANGE_BEFORE = re.compile(rf"(?:từ\s+)?(?P<lo>{NUMBER_RE})\s*(?:đến|tới|[-–])\s*$", re.I)
# "61 doanh nghiệp, hợp tác xã, hộ sản xuất": one count of participants of several kinds
_KIND_LIST = re.compile(
    r"^(?:\s*(?:,|và|hoặc)\s*(?:"
    + "|".join(f"(?:{row[0]})" for row in UNITS if row[2] == "ocop_participants" and row[3])
    + r")(?!\w))+",
    re.I,
)


def _widen(low: str, x: _Match) -> _Match | None:
    """A range's lower bound; a count over a list of participant kinds is of "chủ thể";
    None for the end of a year range ("giai đoạn 2021–2025 tỉnh …")."""
    r = _RANGE_BEFORE.search(low[: x.num_start])
    lo = parse_number(r["lo"]) if r else None
    if lo is not None and all(1900 <= v <= 2100 and v == int(v) for v in (lo, x.value)):
        return None
    if r and lo is not None and lo < x.value and not _SKIP_BEFORE.search(low[: r.start()]):
        scale = x.value / (parse_number(low[x.num_start :].split()[0]) or x.value)
        x.value, x.num_start, x.qual = lo * scale, r.start("lo"), x.qual or "khoảng"
    if x.kind and (k := _KIND_LIST.match(low[x.end :])):
        x.unit, x.kind, x.end = "chủ thể", None, x.end + k.end()
    return x


_OF_STOP = re.compile(r"(?<!\w)(?:đã|đang|sẽ|được|bị|so với|là|để|nhằm|đạt|trở lên|nhờ)(?!\w)")


def _of_text(text: str, from_end: bool = False) -> str | None:
    """A short noun phrase (≤ 8 words): the start of ``text`` up to a verb-like word, or with
    ``from_end`` its last words (the subject before a verb: "giá trị sản phẩm … tăng")."""
    part = text if from_end else _OF_STOP.split(text)[0]
    words = part.strip(" ,;:.()").split()
    words = words[-8:] if from_end else words[:8]
    return " ".join(words) or None


def _share_clause(low: str, pos: int) -> str:
    """The clause of a percentage; "… chiếm tỷ lệ cao nhất, với 80,6%": when the clause is
    only a connector, the clause before it holds the share cue and the subject."""
    clause = clause_before(low, pos)
    if clause.strip() in ("với", "là", "khoảng", "với khoảng"):
        clause = clause_before(low, max(0, low.rfind(",", 0, pos))) + clause
    return clause


# (a kind list may continue the count's unit: "3.060 hộ sản xuất, kinh doanh (29,4%)")
_PAREN_SHARE = re.compile(
    r"^(?:\s+[^\W\d]+|\s*,\s*[^\W\d]+|\s+[1-5]\s*sao){0,4}\s*\(\s*(?:khoảng|gần|hơn)?\s*$"
)
_LISTED = re.compile(r"^\s*[,;]\s*(?:và\s+)?(?:[^\W\d]+\s+){1,5}$")
# "85 tấn long nhãn, trong đó gần 30% được bán qua …": a percentage opening the breakdown of
# the count before it is a share of that count
_BREAKDOWN_SHARE = re.compile(
    r"[,;(]\s*(?:trong đó|trong số này|trong số đó)\s*,?\s*(?:có\s+)?$", re.I
)


# "851 sản phẩm đã lên sàn thương mại điện tử, đạt 81,4%", "…, tức khoảng 71%", "tỉnh đã thực
# hiện được 71,7%", "…, chưa tới 70%": a clause that only restates a count before it in the
# sentence as a rate
_RESTATED = re.compile(
    r"^[^\d%]*?(?<!\w)(?:tức là|tức|tương ứng(?: với)?|đạt|chỉ đạt|mới đạt|thực hiện được"
    r"|hoàn thành|chưa tới|chưa đến|chưa bằng)\s*$",
    re.I,
)


_IN_BRACKETS = re.compile(r"(?<=\()\s*[\d.,]+\s*%\s*\)")


def _percents(low: str, taken: list[tuple[int, int]]) -> list[_Match]:
    """Percentages that are shares or changes (not humidity, ripeness or subsidy rates)."""
    out: list[_Match] = []
    if "%" not in low:
        return out
    for m in _PERCENT.finditer(low):
        if any(s <= m.start("p") < e for s, e in taken):
            continue
        qual = m["qual"]
        if qual and _COMPARATIVE.search(low[: m.start()]):
            qual = None
        clause = clause_before(low, m.start("p") if qual is None else m.start())
        after = low[m.end() : m.end() + 60]
        follows = _AFTER_PERCENT.match(after)
        change = _CHANGE_CUE.search(clause)
        # "thực phẩm chiếm 81,6%, đồ uống 13,8%, …": a list of shares after the first one
        listed = (
            bool(out) and out[-1].metric == "share" and _LISTED.match(low[out[-1].end : m.start()])
        )
        # "142 doanh nghiệp (26,7%)": a bare percentage in parentheses right after a count
        paren = any(_PAREN_SHARE.match(low[e : m.start()]) for _s, e in taken)
        # "…, 169 sản phẩm 3 sao (71%) và 5 sản phẩm … đã được đề nghị đánh giá (2,1%)": the
        # last item of a list of bracketed shares, its bracket after the item's own words
        paren = paren or (
            _IN_BRACKETS.match(low, m.start())
            and any(_IN_BRACKETS.match(low, o.num_start) for o in out if o.metric == "share")
        )
        pos = m.start("p") if qual is None else m.start()
        extended = not change and _share_clause(low, pos) != clause
        clause = _share_clause(low, pos) if extended else clause
        opened = any(e <= m.start() for _s, e in taken) and _BREAKDOWN_SHARE.search(
            low[: m.start()]
        )
        # "431/553 sản phẩm …, đạt 78%": the share a fraction before it states
        value = parse_number(m["p"].replace(".", ","))
        opened = opened or (value is not None and fraction_fit(low[: m.start()], value) is not None)
        # (", chưa tới 70%": a hedge alone opens the restating clause too)
        restated = any(e <= m.start() for _s, e in taken) and (
            _RESTATED.match(clause) or (m["qual"] and not clause.strip())
        )
        if not (
            change or _SHARE_CUE.search(clause) or follows or listed or paren or opened or restated
        ):
            continue
        value = parse_number(m["p"].replace(".", ","))
        if value is None:
            continue
        rest = CLAUSE_CUT.split(after)[0]
        if change:  # "lợi nhuận tăng 12%": the subject before the verb, else what follows it
            of = _of_text(clause[: change.start()], True) or _of_text(clause[change.end() :])
        else:
            # what follows the % ("41% tổng số sản phẩm"), else "tỷ lệ <what>"; "X chiếm 3%"
            # alone does not say what the whole is
            ratio = re.search(r"(?:tỷ lệ|tỉ lệ)(.*?)(?:chiếm|đạt|là|$)", clause)
            of = _of_text(rest) or (_of_text(ratio.group(1)) if ratio else None)
            if extended and (cue := _SHARE_CUE.search(clause)):
                of = _of_text(rest) or _of_text(clause[: cue.start()], True)
        qual = qual or ("khoảng" if m["p2"] else None)
        out.append(_Match(qual, m.start("p"), m.end(), value, "%", "share", None, of))
    return out


def _bare_parts(low: str, taken: list[tuple[int, int]]) -> list[_Match]:
    """Numbers with a star but no unit ("trong đó 4 đạt 4 sao") or with the first word of a
    unit ("9 điểm"): kept only as parts."""
    out: list[_Match] = []
    for m in _SHORT_PART.finditer(low):  # "trong đó 9 điểm tại …" after "26 điểm bán"
        value = parse_number(m["digits"])
        cue = _SHORT_CUE.search(low, 0, m.start())
        if cue is None or _SCORE_BEFORE.search(low, 0, m.start()):
            continue  # only inside a breakdown, and not a score ("đạt 85 điểm")
        if value is not None and not any(s <= m.start("digits") < e for s, e in taken):
            short = m["short"].lower()
            out.append(_Match(None, m.start("digits"), m.end(), value, None, "other", short=short))
    if "sao" not in low:
        return out
    for m in _BARE_PART.finditer(low):
        if any(s <= m.start("digits") < e for s, e in taken):
            continue
        value = parse_number(m["digits"])
        if value is not None:
            q = _QUAL_BEFORE.search(low, max(0, m.start() - 15), m.start())
            qual = q["qual"] if q else None
            out.append(_Match(qual, m.start("digits"), m.end(), value, None, "other"))
    return out


# "60% số xã", "45% tổng số hộ": a share that names its own whole after it, other than products
_OTHER_WHOLE = re.compile(r"\s*(?:của\s+)?(?:tổng\s+)?(?:số\s+)(?!sản phẩm)[^\W\d]")

_PLAN_WHOLE = re.compile(r"(?:kế hoạch|chỉ tiêu|mục tiêu|nhiệm vụ)")


# "396 sản phẩm đạt từ 3 sao trở lên, đạt 132% kế hoạch": the completion of a plan by the count
# right before it, in the next clause
# (a star may stand between: "đạt từ 3 sao trở lên"); "…, bằng 330% chỉ tiêu và đạt 141% mục
# tiêu": a second share of a plan completes by the same count
_COMPLETES = re.compile(
    r"^(?:[^\d;:()]|[1-5]\s*sao)*(?:,|\svà)\s*(?:đạt|bằng|vượt)(?:\s+(?:khoảng|gần|hơn|trên))?\s*$"
)


_LEVEL_OF = re.compile(r"(?:cao|thấp)\s+hơn\s+(?:mức|tỷ lệ|tỉ lệ)\s+(?:khoảng\s+|gần\s+)?$", re.I)


def _completes(low: str, count: _Match, x: _Match) -> bool:
    """``x`` is the share of a plan that ``count`` (a count before it, or the plan share of
    that count) achieves: it counts the same things (its rating, floor included)."""
    if not (x.of and _PLAN_WHOLE.match(x.of)) or count.unit is None:
        return False
    if count.unit == "%" and not (count.of and _PLAN_WHOLE.match(count.of)):
        return False
    return bool(_COMPLETES.match(low[count.end : x.num_start]))


def _share_subject_stars(low: str, x: _Match) -> Stars:
    """The rating of a share's subject in the clause before it ("tỷ lệ sản phẩm 4 sao chiếm
    18%"). A share of a plan, or of a whole other than products ("60% số xã" after "40 sản
    phẩm 5 sao và"), is not rated; nor is a floor "từ 3 sao" before it a share's rating: a
    floor only restates that the whole is OCOP products."""
    if (x.of and _PLAN_WHOLE.match(x.of)) or _OTHER_WHOLE.match(low, x.end):
        return Stars()
    s = stars_in(clause_before(low, x.num_start))
    return Stars(star=s.star, potential_star=s.potential_star)


def _stars_and_share(low: str, matches: list[_Match], i: int) -> tuple[Stars, tuple | None]:
    """(stars, (percent, span of its number) or None) of ``matches[i]`` from its own clause."""
    x = matches[i]
    # the next count (a share figure after this one may be this count's own share)
    nxt = [m.num_start for m in matches[i + 1 :] if m.unit != "%" or x.unit == "%"]
    next_start = nxt[0] if nxt else len(low)
    rest = low[x.end : next_start]
    clause = _CLAUSE_END.search(rest)
    # "OCOP 3 sao, 4 sao": a list of ratings is one range, not a clause end
    while (
        clause
        and clause.start() > 0
        and (
            (more := _STAR_LIST.match(rest, clause.start()))
            or (_OF_KINDS.match(rest) and (more := _OWNER_LIST.match(rest, clause.start())))
            or (
                not _IN_FRAME.search(low, 0, x.num_start)
                and (more := _NOUN_LIST.match(rest, clause.start()))
            )
            or (more := _NAMED_ITEMS.match(rest, clause.start()))
            or (
                rest.count("(", 0, clause.start()) > rest.count(")", 0, clause.start())
                and (more := _ASIDE_END.match(rest, clause.start()))
            )
        )
    ):
        clause = _CLAUSE_END.search(rest, more.end())
    window = rest[: clause.start()] if clause else rest
    prev_end = matches[i - 1].end if i > 0 else 0
    before = re.split(r"[,;:.]", low[prev_end : x.num_start])[-1]
    # a pending cue counts only after the last star expression before the figure
    stars = stars_in(window, re.split(r"sao\b", before)[-1])
    if not stars.any and (_STAR_BEFORE.search(before) or _RATED_SUBJECT.search(before)):
        stars = stars_in(before)  # "đề nghị công nhận 5 sao cho 2 sản phẩm"
    after = low[x.end + len(window) :]
    if not stars.any and x.unit not in (None, "%") and _STAR_NEXT.match(after):
        # "16 sản phẩm đạt 80 điểm, đủ điều kiện công nhận 4 sao": the next clause rates it
        stars = stars_in(",".join(re.split(r"[;:.]|(?<!đánh giá),", after)[:2]), before)
    if x.unit == "%":  # "tỷ lệ sản phẩm 4 sao chiếm 18%": the star is in the clause before
        if not stars.any and i > 0 and _completes(low, matches[i - 1], x):
            return _stars_and_share(low, matches, i - 1)[0], None
        if not stars.any and i > 0 and matches[i - 1].unit == "%" and _LEVEL_OF.search(before):
            # "Tỷ lệ sản phẩm 4 sao đạt 31%, cao hơn mức 26% của năm 2024": the level compared
            # with is a share of the same rated products
            return _stars_and_share(low, matches, i - 1)[0], None
        return (stars if stars.any else _share_subject_stars(low, x)), None
    share, offset = _SHARE_IN.search(window), x.end
    if share is None:
        share, offset = _SHARE_NEXT.match(rest[len(window) :]), x.end + len(window)
    if share is None:
        return stars, None
    percent = parse_number(share.group("p").replace(".", ","))
    return stars, (percent, (offset + share.start("p"), offset + share.end("p")))


_OF_OWNERS = re.compile(r"^\s*(?:của|thuộc)\s+(?:[^\W\d]+\s+)?$")


def _stars_to_products(low: str, matches: list[_Match], rated: list) -> list:
    """ "3 sản phẩm của 2 chủ thể đạt hạng 4 sao", "38 sản phẩm của 17 tỉnh, thành phố đạt OCOP
    5 sao": the rating is the products', not the participants' or localities' written between
    them and it."""
    for i in range(1, len(matches)):
        prod, owners = matches[i - 1], matches[i]
        if (
            prod.metric == "ocop_products"
            and owners.metric in _UNRATED
            and _OF_OWNERS.match(low[prod.end : owners.num_start])
            and not rated[i - 1][0].any
            and rated[i][0].any
        ):
            rated[i - 1] = (rated[i][0], rated[i - 1][1])
            rated[i] = (Stars(), rated[i][1])
    return rated


def _ocop_context(doc: Document, sentence: Sentence, state: _State) -> bool:
    """Products and participants are OCOP ones when the sentence, its paragraph or the
    article's title or lead speak of OCOP."""
    if state.ocop_doc is None:
        heads = [s.text for s in doc.sentences if s.zone in ("title", "lead")]
        state.ocop_doc = any(_OCOP_CONTEXT.search(t) for t in heads)
    low = sentence.text.lower()
    para = doc.text[slice(*doc.paragraphs[sentence.paragraph])]
    return state.ocop_doc or bool(_OCOP_CONTEXT.search(low) or _OCOP_CONTEXT.search(para))


# "Số chủ thể OCOP đạt 9.340", "Số chủ thể tăng từ 3.100 lên 9.210": the unit written before
# the count, as the subject of "đạt/là/lên"; the words that say which ones may stand between
# ("Số sản phẩm bị thu hồi trong năm 2025 là 87", "nâng tổng số sản phẩm còn hiệu lực lên 298",
# "Số sản phẩm của khu vực Tiền Giang cũ là 398"), but no number, verb of the count or clause cut
_FIRST_VERB = r"(?:đạt|là|lên|tăng|giảm|từ|có)(?!\w)"
_UNIT_FIRST = re.compile(
    r"(?<!\w)số\s+(?P<unit>sản phẩm|chủ thể)"
    r"(?:\s+(?:(?:đạt\s+)?(?:hạng\s+)?[1-5]\s*sao|năm\s+\d{4}|có\s+sản phẩm"
    r"|là\s+(?P<kind>hợp tác xã|htx|doanh nghiệp|hộ(?: kinh doanh| sản xuất)?)"
    rf"|(?!{_FIRST_VERB})[^\W\d]+)){{0,9}}?"
    r"\s+(?:đã\s+|hiện\s+)?(?:đạt|là|lên|tăng lên|tăng từ\s+(?P<lo>" + NUMBER_RE + r")\s+lên)"
    r"\s+(?:khoảng\s+|gần\s+|hơn\s+|trên\s+)?(?P<n>"
    + NUMBER_RE
    + r")(?!\d|[.,]\d|\s*(?:%|sao|điểm))"
)
_ROW_OF = {row[1]: row for row in UNITS if row[1] in ("sản phẩm", "chủ thể")}
# "Số chủ thể là hợp tác xã tăng từ 96 lên 118": counted in the participants' kind
_KIND_ROW = {"hợp tác xã": "HTX", "htx": "HTX", "doanh nghiệp": "doanh nghiệp"}


def _unit_first(low: str, taken: list[tuple[int, int]], ocop: bool) -> list[_Match]:
    """Counts whose unit is written before them (only with the OCOP context: "số sản phẩm
    đạt 90" outside it may be a score)."""
    out: list[_Match] = []
    for m in _UNIT_FIRST.finditer(low) if ocop else ():
        _, unit, metric, kind = _ROW_OF[m["unit"]]
        if m["kind"]:
            unit = kind = _KIND_ROW.get(m["kind"], "hộ")
        for g in ("lo", "n"):
            if m[g] is None or any(a <= m.start(g) < b for a, b in taken):
                continue
            if not low[m.end(g) :].lstrip().startswith(("điểm", "sao")):
                value = parse_number(m[g])
                if value is not None:
                    out.append(_Match(None, m.start(g), m.end(g), value, unit, metric, kind))
    return out


def _all_matches(low: str, ocop: bool) -> list[_Match]:
    """Counts and money, then shares/changes in % and bare breakdown numbers, in text order."""
    matches = _matches(low, ocop)
    taken = [(x.num_start, x.end) for x in matches]
    # a share written next to its count ("52 sản phẩm 4 sao (chiếm 16,7%)") is that count's
    # ``percent`` and also a share figure of its own
    matches += _unit_first(low, taken, ocop)
    matches += _percents(low, taken)
    matches += _bare_parts(low, taken + [(x.num_start, x.end) for x in matches])
    matches += _respective(low, matches)
    matches.sort(key=lambda x: x.num_start)
    return matches


# "A, B và C lần lượt là 371, 193 và 232 sản phẩm": the numbers before the last share its unit
_RESPECTIVE = re.compile(
    r"(?<!\w)lần lượt\s+(?:(?:là|có|đạt|với|chiếm)\s+)?"
    r"(?P<nums>(?:\d[\d.]*(?:,\d+)?,\s+)*\d[\d.]*(?:,\d+)?)\s*,?\s+(?:và|,)\s+$"
)


def _respective(low: str, matches: list[_Match]) -> list[_Match]:
    """Bare numbers of a respective list ("lần lượt là 41 và 33 sản phẩm"), with the unit of
    the counted number that closes the list."""
    out: list[_Match] = []
    for x in matches:
        if x.unit in (None, "%") or x.metric == "share":
            continue
        m = _RESPECTIVE.search(low, max(0, x.num_start - 80), x.num_start)
        if m is None:
            continue
        for n in re.finditer(r"\d[\d.]*(?:,\d+)?", m["nums"]):
            value = parse_number(n.group())
            start = m.start("nums") + n.start()
            if value is not None:
                out.append(replace(x, qual=None, num_start=start, end=start + len(n.group()),
                                   value=value))  # fmt: skip
    return out


_PARTICIPANT_WORDS = re.compile(
    "|".join(f"(?:{row[0]})" for row in UNITS if row[2] == "ocop_participants"), re.I
)


# units a share's clause may name ("tỉnh", "xã" there are scope words, not units)
_UNIT_WORDS = [
    (re.compile(rf"(?<!\w)(?:{row[0]})(?!\w)"), row[1])
    for row in UNITS
    if row[2] != "localities" and row[1] != "xã"
]


def _units_named(low: str, x: _Match) -> frozenset[str]:
    """Units named in the clause of a percentage ("hợp tác xã chiếm 35%" names "chủ thể")."""
    if x.unit != "%":
        return frozenset()
    follows = _AFTER_PERCENT.match(low[x.end :])
    if follows and follows["plan"]:
        return frozenset({follows["plan"]})  # "đạt 105% kế hoạch": a share of a plan
    text = _share_clause(low, x.num_start) + " " + clause_after(low, x.end)
    named = {unit for rx, unit in _UNIT_WORDS if rx.search(text)}
    if _PARTICIPANT_WORDS.search(text):
        named.add("chủ thể")
    return frozenset(named)


class _State:
    """Figures of the previous sentence of the paragraph (a "Trong đó," sentence breaks
    down its last total)."""

    def __init__(self) -> None:
        self.paragraph = -1
        self.totals: list[Item] = []
        self.last: tuple[str | None, str | None] = (None, None)  # scope of the last figure
        self.ocop_doc: bool | None = None  # the title or lead speaks of OCOP
        self.recent: list[Figure] = []  # the figures so far (most recent last)
        self.items: list[Item] = []  # their relation items, for "Trong số sản phẩm mới,"


# "xem xét 64 sản phẩm … của 19 tỉnh, thành phố", "38 sản phẩm của 14 địa phương được công
# nhận": products of many provinces in a recognition round are the country's, whichever
# province the article is about; so is that count of provinces itself
_OF_PROVINCES = re.compile(
    r"(?:[^,;.()\d]|[1-5]\s*sao){0,60}?(?<!\w)(?:của|từ|thuộc)\s+(?P<n>\d+|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)"
    r"\s+(?:tỉnh,\s*thành(?: phố)?|tỉnh thành|địa phương)(?!\w)"
)
_OWNER_OF = re.compile(
    r"(?<![\d.,])\d[\d.]*\s+sản phẩm(?:[^,;.()\d]|[1-5]\s*sao){0,60}?(?<!\w)(?:của|từ|thuộc)\s+$"
)


_RECOGNISING = re.compile(r"(?<!\w)(?:công nhận|xem xét|đánh giá|phân hạng|chấm điểm)(?!\w)")
# a fair or showroom shows products of many provinces, its figures are the host's
_SHOWING = re.compile(r"(?<!\w)(?:trưng bày|hội chợ|gian hàng|triển lãm|giới thiệu|tuần lễ)(?!\w)")


def _of_provinces(low: str, x: _Match) -> bool:
    """The count is of products from several provinces in a recognition round (not at a fair),
    or is that number of provinces."""
    if not _RECOGNISING.search(low) or _SHOWING.search(low):
        return False
    if x.metric == "localities":
        return bool(_OWNER_OF.search(low, 0, x.num_start)) and (x.value or 0) >= 2
    if x.metric != "ocop_products":
        return False
    m = _OF_PROVINCES.match(low, x.end)
    return bool(m) and (m["n"] not in ("1",)) and not m["n"].startswith("0")


# counts that carry no star of their own: participants and localities
_UNRATED = frozenset({"ocop_participants", "localities"})


def _figure(doc: Document, sentence: Sentence, x: _Match, stars: Stars, share: tuple | None,
            primary: list[str], published_at: datetime | None, last: tuple) -> Figure:  # fmt: skip
    abs_start, abs_end = sentence.start + x.num_start, sentence.start + x.end
    province, district = anchor(doc, sentence, abs_start, abs_end, primary, last)
    qualifier = _QUALIFIERS.get(x.qual.lower()) if x.qual else None
    if x.metric in _UNRATED:
        stars = Stars()  # "8 chủ thể có sản phẩm 4 sao": the rating is the products'
    if (
        x.metric == "localities"
        and "tỉnh" in sentence.text[x.num_start : x.end].lower()
        and len(primary) == 1
        and not doc.places_in(sentence.start, abs_start)
    ):
        # "4 tỉnh có nhiều sản phẩm nhất là Hà Nội (412), …": a count of provinces is not
        # that of the first province it lists, but the article's
        province, district = primary[0], None
    if _of_provinces(sentence.text.lower(), x):
        province, district = NATIONAL, None
    return Figure(
        value=x.value,
        unit=x.unit or "",
        metric=x.metric,
        kind=x.kind if x.metric == "ocop_participants" else None,
        qualifier=qualifier,
        star=stars.star,
        min_star=stars.min_star,
        percent=share[0] if share else None,
        province=province,
        new_province=new_province_of(province),
        district=district,
        period=period_of(sentence.text, x.num_start, published_at),
        sentence=sentence.text,
        start=abs_start,
        end=abs_end,
        potential_star=stars.potential_star,
        of=x.of,
    )


_FORMER_TAIL = re.compile(r"(?:\s*cũ)?")
_COUNT_IN_PARENS = re.compile(r"\(\s*(?:khoảng|gần|hơn|trên|với|có)?\s*$")


# "Tại Quảng Trị, hợp tác xã chiếm 59% …": a place opening the sentence is its topic
_TOPIC = re.compile(r"\s*(?:tại|ở)\s+(?:(?:tỉnh|thành phố|tp\.?)\s+)?")


def _topic_place(doc: Document, sentence: Sentence, low: str, num_start: int) -> bool:
    """The sentence opens with "Tại/Ở <province>," before the figure: that clause scopes it."""
    places = doc.places_in(sentence.start, sentence.start + num_start)
    if not places:
        return False
    p = places[0]
    head, end = p.start - sentence.start, p.end - sentence.start
    return bool(_TOPIC.fullmatch(low[:head])) and low[end : end + 1] == ","


def _placed(doc: Document, sentence: Sentence, low: str, x: _Match) -> bool:
    """A province or district is named in the figure's clause before its number, or linked
    to it after ("84 sản phẩm thuộc khu vực Bắc Giang cũ")."""
    cut = max(low.rfind(c, 0, x.num_start) for c in ",;:(")
    if doc.places_in(sentence.start + cut + 1, sentence.start + x.num_start):
        return True
    if _topic_place(doc, sentence, low, x.num_start):
        return True
    if cut >= 0 and low[cut] == "(" and _COUNT_IN_PARENS.match(low, cut, x.num_start):
        # "Hà Nội (412 sản phẩm), Nghệ An (186 sản phẩm)": the count of the place before it
        head = sentence.start + len(low[:cut].rstrip())
        # "Bà Rịa - Vũng Tàu cũ (148 sản phẩm)": a former province written with its count
        if any(
            _FORMER_TAIL.fullmatch(doc.text[p.end : head])
            for p in doc.places_in(sentence.start, head)
        ):
            return True
    return linked_place(doc, sentence, sentence.start + x.end, owner=True) is not None


def _inherit(f: Figure, item: Item, total: Figure, own_period: bool) -> None:
    """A part takes the scope, period and unit of the total it breaks down; a share or a
    change takes the scope of what it is a share or change of."""
    f.base = item.base
    if not item.own_scope:
        f.province, f.new_province, f.district = total.province, total.new_province, total.district
    rated = f.star or f.min_star or f.potential_star
    if item.relation == "change_of" and not rated and f.unit == total.unit:
        f.star = total.star  # "151 sản phẩm 5 sao, tăng 62 sản phẩm": 62 more 5-star ones
    if item.relation != "part_of":
        return
    if not rated and total.star and f.unit in ("", total.unit):
        f.star = total.star  # "14 sản phẩm 3 sao …, gồm 10 sản phẩm mới và 4 …": all 3 stars
    elif not rated and total.potential_star and f.unit in ("", total.unit):
        # "9 sản phẩm đề xuất nâng hạng 4 sao. Trong đó, xã A có 3 sản phẩm": pending too
        f.potential_star = total.potential_star
    if not own_period:
        f.period = total.period
    if not f.unit:
        f.unit, f.metric, f.kind = total.unit, total.metric, total.kind
    if f.unit == "%" and f.of is None:
        f.of = total.unit


# "Hà Giang cũ có 181 sản phẩm", "Trước hợp nhất, …": a former province's count after a merger
_LOWER_UNIT = re.compile(r"(?<!\w)(?:xã|phường|thị trấn|huyện|quận|thị xã|làng|thôn)(?!\w)")
_FORMER = re.compile(rf"(?<!\w)(?:\(?cũ\)?|{BEFORE_MERGER})(?!\w)")


_MERGER_HEAD = re.compile(rf"^\s*(?:{BEFORE_MERGER})\s*,")


def _merged_part(f: Figure, item: Item, before: str, totals: list[Item], near: str) -> None:
    """A former province's count is part of the merged province's total stated before it
    (same unit, larger value; the merged province carries the name of one old province)."""
    if "so với" in near:
        return  # "… Tuyên Quang cũ có 377, tăng so với 240 sản phẩm": a comparison's base
    if not _FORMER.search(before) or _LOWER_UNIT.search(before) or "tổng" in near:
        return  # a commune's count ("xã Tam Đảo (Vĩnh Phúc cũ) có 9"), a former total ("tổng cộng")
    for total in reversed(totals):
        merged = total.ref
        if (
            isinstance(merged, Figure)
            and total.unit == item.unit
            and merged.province == f.new_province
            and total.value > item.value
        ):
            f.relation = item.relation = "part_of"
            f.base = item.base = total.value
            return


# a count followed by its rating and "là": the sentence names what an earlier count holds
_RESTATES = re.compile(r"^\s*(?:ocop\s+)?(?:đạt\s+)?(?:hạng\s+)?[1-5]\s*sao\s+(?:là|gồm)\b")


# a sentence that opens with its count; "khác", "còn lại", "nữa" after it: other ones
_OPENS_WITH_COUNT = re.compile(r"^\s*$")
_OTHER_ONES = re.compile(r"^(?:\s+[^\W\d]+){0,2}?\s+(?:khác|còn lại|nữa)(?!\w)")


def _named_again(f: Figure, item: Item, low: str, recent: list[Figure]) -> None:
    """ "… 2 sản phẩm OCOP 3 sao là A và B. Hai sản phẩm do HTX C làm": a sentence opening with
    the count the last sentence stated names it again (not "Hai sản phẩm khác …")."""
    if not recent or not _OPENS_WITH_COUNT.match(low[: item.start]):
        return
    if _OTHER_ONES.match(low[item.end :]):
        return
    last = recent[-1].sentence
    same = [r for r in recent if r.sentence == last and r.unit == f.unit and r.value == f.value]
    if same:
        _keep_rating(f, same[-1])


def _keep_rating(f: Figure, earlier: Figure) -> None:
    """An unrated restatement keeps the one rating (star or pending) of the count it restates."""
    if not (f.star or f.min_star or f.potential_star):
        f.star, f.potential_star = earlier.star, earlier.potential_star


def _restated(f: Figure, item: Item, recent: list[Figure]) -> None:
    """ "Trong 158 sản phẩm này, …" restates the latest earlier figure of its value and unit:
    the same count, so an unrated restatement keeps that figure's one rating ("công nhận 12
    sản phẩm 4 sao. Trong 12 sản phẩm, …"; a floor "3 - 4 sao" is no one rating: the
    restatement then opens a breakdown by rating), and a restated part or share keeps its
    relation, base and scope (its parts inherit them)."""
    same = [e for e in recent if e.unit == f.unit and e.value == f.value]
    if not same:
        return
    earlier = same[-1]
    _keep_rating(f, earlier)
    if earlier.relation != "total":
        f.relation = item.relation = earlier.relation
        f.base = item.base = earlier.base
        f.province, f.new_province = earlier.province, earlier.new_province
        f.district = earlier.district


def _restructure(f: Figure, item: Item, sentence: Sentence, low: str, i: int, state: _State,
                 para_start: int, totals: list[Item], earlier: list[Item]) -> None:  # fmt: skip
    """Relations that need the figure's scope: former provinces' parts, restated counts,
    places' parts of the province's total, a share's count and a share of the paragraph's total."""
    cut = max(low.rfind(c, 0, item.start) for c in ",;:")
    if item.relation == "total":
        # keeps "(cũ)"; "Trước sáp nhập, Thái Bình có 327 …" opens the sentence
        head = _MERGER_HEAD.match(low)
        # "cũ" anywhere in the ";"-clause ("Kiên Giang cũ mạnh về nước mắm, với 341 sản phẩm");
        # a merged total of this sentence counts too ("…; khu vực X cũ chiếm 198 sản phẩm")
        clause = low[low.rfind(";", 0, item.start) + 1 : item.start]
        own = totals + [t for t in earlier if t.relation == "total" and t.ref is not None]
        _merged_part(f, item, (head[0] if head else "") + clause, own, low[cut + 1 : item.start])
    if item.relation == "total":
        _place_part(f, item, sentence.text[cut + 1 : item.start], totals)
    if i == 0 and item.relation == "total" and TRONG_HEAD.match(low):
        _restated(f, item, state.recent)
    elif i == 0 and item.relation == "total" and f.star and _RESTATES.match(low[item.end :]):
        # "…, trong đó 2 sản phẩm 4 sao. Hai sản phẩm 4 sao là …": the same part, named
        _restated(f, item, [r for r in state.recent if r.star == f.star])
    elif i == 0 and item.relation == "total":
        _named_again(f, item, low, state.recent)
    if item.count is not None and isinstance(item.count.ref, Figure):
        count = item.count.ref  # "42 sản phẩm 4 sao (chiếm 23,3%)": the 4-star share
        if item.count.star is not None:  # not a rating the count only inherited from its total
            # a share counts what its count counts: "214 sản phẩm trên 3 sao, chiếm 45%" has
            # the floor too
            f.star, f.potential_star = count.star, count.potential_star
            f.min_star = count.min_star
        f.province, f.new_province, f.district = count.province, count.new_province, count.district
    if f.relation == "share_of" and f.base is None and not item.mentions and item.count is None:
        # "Nhóm thực phẩm chiếm 81,5%" after the paragraph's total: a share of it
        para = [
            t
            for t in state.totals
            if isinstance(t.ref, Figure)
            and t.ref.province == f.province
            and t.ref.start >= para_start
        ]
        if para and not _NATIONAL_SHARE.search(low):
            f.base = item.base = para[-1].value


# a commune, ward, district or special zone as the subject of a count ("Phường Châu Đốc dẫn
# đầu với 31 sản phẩm", "xã Nam Ban có 8 sản phẩm")
_PLACE_SUBJECT = re.compile(r"(?<!\w)(?i:xã|phường|thị trấn|huyện|quận|thị xã|đặc khu)\s+[A-ZĐÀ-Ỹ]")
# "hợp tác xã" before a lower-case word: the cooperative as a common noun, no commune's name
# (the range À-Ỹ of _PLACE_SUBJECT also holds lower-case letters such as "đ")
_COOPERATIVE = re.compile(r"(?i:hợp tác xã)(?=\s+(\w))")
_NATIONAL_SHARE = re.compile(rf"(?<!\w)(?:{OUTSIDE_WHOLE})(?!\w)")


_RANKING = re.compile(
    r"(?<!\w)(?:dẫn đầu|đứng đầu|tiếp theo là|tiếp đến là|nhiều(?: [^\W\d]+){0,6}? nhất|xếp thứ|đứng thứ)"
    r"(?!\w)",
    re.I,
)


def _province_part(
    f: Figure, item: Item, totals: list[Item], seen: list[Item], para_start: int, batch_start: int
) -> None:
    """In a national article, a province's count ("Hà Nội dẫn đầu với 3.463 sản phẩm") is a
    part of the country's larger total of its unit in the same paragraph, or of the one the
    text was just breaking down ("Xét theo nhóm, …"), and shares its rating."""
    if f.province in (None, NATIONAL) or not f.unit:
        return
    last = [x.total for x in seen[-1:] if x.relation == "part_of" and x.total is not None]
    # a ranking ("dẫn đầu với", "tiếp theo là") ranks against the country's latest total
    ranked = bool(_RANKING.search(f.sentence))
    near = [
        t
        for t in reversed(totals)
        if isinstance(t.ref, Figure) and (ranked or t.ref.start >= para_start)
    ]
    if ranked and not (f.star or f.min_star or f.potential_star):
        # "công nhận 52 sản phẩm 5 sao …. Hà Nội nhiều nhất với 11 sản phẩm": a ranking of
        # unrated counts ranks the latest batch of one rating nearby, not a stock or a
        # count of candidates written after it
        batch = [t for t in near if t.ref.star and t.ref.start >= batch_start]
        # a batch, not a rated stock ("nâng tổng số sản phẩm 5 sao … lên 246")
        batch = [
            t
            for t in batch
            if not (t.ref.min_star or t.ref.potential_star)
            and not _OWN_TOTAL.search(t.ref.sentence[: t.start])
        ]
        # an unrated stock stated after the batch ("Cả nước có 17.000 sản phẩm") is what is
        # ranked
        stock = any(
            t.ref.start > batch[0].ref.start
            and not (t.ref.star or t.ref.min_star)
            and _OWN_TOTAL.search(t.ref.sentence)
            for t in near
            if batch
        )
        near = ([] if stock else batch[:1]) + near
    for total in last + near:
        whole = total.ref
        if (
            isinstance(whole, Figure)
            and whole.province == NATIONAL
            and total.unit == item.unit
            and total.value > item.value
        ):
            f.relation, item.relation, item.total = "part_of", "part_of", total
            f.base = item.base = total.value
            f.star = f.star or (None if f.min_star or f.potential_star else whole.star)
            return


def _district_named(doc: Document, sentence: Sentence, x: _Match) -> bool:
    """A district is the item's subject right before it, in a list of places with their
    amounts ("Đông Triều 780 triệu đồng, Vân Đồn 450 triệu đồng", "Đông Triều: 760 …")."""
    head = sentence.text[: x.num_start]
    cut = max(head.rfind(","), head.rfind(";")) + 1
    places = doc.places_in(sentence.start + cut, sentence.start + x.num_start)
    if not places or places[-1].district is None:
        return False
    return not sentence.text[places[-1].end - sentence.start : x.num_start].strip(" :")


# "…, Vân Đồn 450 triệu đồng", "là Đông Triều: 760 triệu": a district written without
# "huyện/thị xã" right before an amount, in a list after a comma, a colon or "là"
_BARE_PLACE = re.compile(
    r"(?:^|[,;:]|\blà)\s*(?P<name>(?:[A-ZĐÀ-Ỹ][\wÀ-ỹ]*\s+){0,2}[A-ZĐÀ-Ỹ][\wÀ-ỹ]*)\s*:?\s*$"
)


def _bare_district(sentence: Sentence, x: _Match, f: Figure) -> bool:
    """The figure's clause is only a district name of the figure's own province (the
    gazetteer needs the prefix elsewhere: here the list shape vouches for the name)."""
    m = _BARE_PLACE.search(sentence.text, 0, x.num_start)
    if m is None or not f.province:
        return False
    d = district_named(m["name"])
    if d is None or d.province != f.province:
        return False
    f.district = d.name
    return True


# the count is of candidates, not of rated products ("06 sản phẩm của 6 chủ thể đăng ký")
_CANDIDATES = re.compile(
    r"(?<!\w)(?:đăng ký|dự thi|tham gia đánh giá|đề nghị|đề xuất|chưa đạt|không đạt)(?!\w)"
)


def _place_part(f: Figure, item: Item, clause: str, totals: list[Item]) -> None:
    """A count whose clause names a commune, ward or district as its subject ("xã Nam Ban
    có 8 sản phẩm") is that place's part of its province's total (`_local_part`)."""
    # "hợp tác xã đang xây …" is a cooperative, not a commune ("xã" + a name)
    plain = _COOPERATIVE.sub(lambda m: " " if m[1].islower() else m[0], clause)
    if _PLACE_SUBJECT.search(plain):
        _local_part(f, item, totals)


def _local_part(f: Figure, item: Item, totals: list[Item]) -> None:
    """A place's count inside its province is part of the province's latest total of the
    same unit (a breakdown by district or commune)."""
    if f.province in (None, NATIONAL):
        return
    for total in reversed(totals):
        whole = total.ref
        if not isinstance(whole, Figure) or whole.district is not None:
            continue
        if total.unit == item.unit and whole.province == f.province and total.value > item.value:
            f.relation = item.relation = "part_of"
            f.base = item.base = total.value
            if not (f.star or f.min_star or f.potential_star or whole.min_star) and not (
                _CANDIDATES.search(item.tail)
            ):
                f.star = whole.star  # "33 sản phẩm 4 sao …. Huyện X dẫn đầu với 9 sản phẩm"
            return


# who or where an unrated count belongs to, in the sentences after a batch's total: an owner
# ("HTX X với 4 sản phẩm", "Công ty Y có 3 sản phẩm"), a ranking, or a place with its count in
# parentheses ("tập trung ở Diễn Châu (6 sản phẩm), Con Cuông (5 sản phẩm)")
_BATCH_SUBJECT = re.compile(
    rf"(?<!\w)(?i:{_OWNER_KINDS})\s+[A-ZĐÀ-Ỹ]|(?i:{_RANKING.pattern})"
    r"|[A-ZĐÀ-Ỹ][\wÀ-ỹ]*\s*\(\s*$"
)
_LISTED_OR_RANKED = re.compile(rf"(?i:{_RANKING.pattern})|[A-ZĐÀ-Ỹ][\wÀ-ỹ]*\s*\(\s*$")
# the count is a stock or a new total of its own, not a share of the batch
_OWN_TOTAL = re.compile(
    r"(?<!\w)(?:toàn|cả nước|tổng|hiện có|đến nay|lũy kế|nâng|tính đến|còn lại)(?!\w)", re.I
)


def _batch_part(f: Figure, item: Item, clause: str, totals: list[Item], paragraph: int,
                doc: Document) -> None:  # fmt: skip
    """An unrated product count of an owner, a ranking or a listed place after a batch of
    one rating ("công nhận 26 sản phẩm 4 sao …. Diễn Châu (6 sản phẩm)") is part of that
    batch and carries its star (the parts of a single-star total carry its star)."""
    if f.unit != "sản phẩm" or f.star or f.min_star or f.potential_star:
        return
    if not _BATCH_SUBJECT.search(clause) or _OWN_TOTAL.search(clause):
        return
    if _CANDIDATES.search(clause) or _CANDIDATES.search(item.tail):
        return
    latest = [t for t in totals if t.unit == item.unit and isinstance(t.ref, Figure)]
    if not latest:
        return
    whole = latest[-1].ref  # only the latest total: an unrated stock in between ends the batch
    near = doc.paragraphs[max(0, paragraph - 2)][0]
    if whole.min_star or whole.potential_star or whole.start < near:
        return
    # an unrated whole is shared out only by places or a ranking, not by owners
    # ("46 sản phẩm … Các sản phẩm tập trung ở các xã: Vĩnh Thành (11 sản phẩm), …")
    if whole.star is None and not _LISTED_OR_RANKED.search(clause):
        return
    if latest[-1].value > item.value and whole.province in (f.province, NATIONAL):
        f.relation = item.relation = "part_of"
        f.base = item.base = latest[-1].value
        f.star = whole.star


# an interview's speaker label: "PV: …", "Ông Lê Văn Nam: Trong 85 sản phẩm …"
_SPEAKER = re.compile(
    r"^(?:PV|Phóng viên|(?:Ông|Bà|Anh|Chị)(?:\s+[A-ZĐÀ-Ỹ][\wÀ-ỹ]*){1,4})\s*:\s+(?=\S)"
)


def _pending_wholes(figs: list[Figure]) -> None:
    """An unrated part of a pending whole is pending too, also when a later step found the
    whole ("9 sản phẩm đề xuất nâng hạng 4 sao. … Xã B có 2 sản phẩm")."""
    for k, f in enumerate(figs):
        if f.relation != "part_of" or f.base is None or f.star or f.min_star or f.potential_star:
            continue
        whole = next(
            (w for w in reversed(figs[:k]) if w.unit == f.unit and w.value == f.base), None
        )
        if whole is not None and whole.potential_star and not whole.star:
            f.potential_star = whole.potential_star


def _unlabelled(text: str) -> str:
    """The sentence with an interview's speaker label blanked (offsets kept), so that the
    answer's own opening ("Trong 85 sản phẩm …, đã có 52") reads as the sentence start."""
    m = _SPEAKER.match(text)
    return " " * m.end() + text[m.end() :] if m else text


def sentence_figures(doc: Document, sentence: Sentence, primary: list[str],
                     published_at: datetime | None, state: _State | None = None) -> list[Figure]:  # fmt: skip
    """The figures of one sentence with their relations (``state``: the previous sentence)."""
    state = state or _State()
    low = _unlabelled(sentence.text).lower()
    matches = _all_matches(low, _ocop_context(doc, sentence, state))
    rated = _stars_to_products(
        low, matches, [_stars_and_share(low, matches, i) for i in range(len(matches))]
    )
    items = [
        Item(x.num_start, x.end, x.value, x.unit, x.metric, mentions=_units_named(low, x),
             star=st.star or st.min_star or st.potential_star, tail=_tail(low, x.end),
             short=x.short)
        for x, (st, _share) in zip(matches, rated)
    ]  # fmt: skip
    relate(low, items, state.totals, state.items)
    own_period = bool(periods_in(sentence.text))
    figures: list[Figure] = []
    for i, (x, item) in enumerate(zip(matches, items)):
        if x.unit is None and item.total is None:
            continue  # a bare number that breaks down nothing
        stars, share = rated[i]
        f = _figure(doc, sentence, x, stars, share, primary, published_at, state.last)
        f.relation, f.base = item.relation, item.base
        total = item.total.ref if item.total is not None else None
        if isinstance(total, Figure):
            # "Trong đó, Hòa Bình cũ có 420 sản phẩm": a part named after a place is its own
            item.own_scope = item.own_scope or _placed(doc, sentence, low, x)
            _inherit(f, item, total, own_period)
            if total.province == NATIONAL != f.province and _topic_place(
                doc, sentence, low, x.num_start
            ):
                # "Tại Quảng Trị, hợp tác xã chiếm 59% số chủ thể": of the province's, not
                # of the country's count stated earlier
                f.base = item.base = None
        # the totals stated so far, and one of this sentence that a colon breaks down
        # ("tổng cộng 255 gian hàng: xã A khoảng 90 gian hàng, …")
        totals = state.totals + [
            t
            for t in items[:i]
            if t.relation == "total" and t.ref and ":" in low[t.end : item.start]
        ]
        para_start = doc.paragraphs[sentence.paragraph][0]
        _restructure(f, item, sentence, low, i, state, para_start, totals, items[:i])
        if primary == [NATIONAL] and item.relation == "total":
            para_start = doc.paragraphs[sentence.paragraph][0]
            batch_start = doc.paragraphs[max(0, sentence.paragraph - 2)][0]
            _province_part(f, item, state.totals, state.items + items[:i], para_start, batch_start)
        elif item.relation == "total" and (
            _district_named(doc, sentence, x) or _bare_district(sentence, x, f)
        ):
            _local_part(f, item, state.totals)  # "Đông Triều: 760 triệu đồng"
        if item.relation == "total" and item.count is None:
            cut = max(sentence.text.rfind(c, 0, x.num_start) for c in ",;:")
            _batch_part(f, item, sentence.text[cut + 1 : x.num_start], totals,
                        sentence.paragraph, doc)  # fmt: skip
        item.ref = f
        state.last = (f.province, f.district)
        figures.append(f)
    _respective_scope(doc, sentence, low, figures)
    totals = [it for it in items if it.relation == "total" and it.unit not in (None, "%")]
    # the totals stated so far (most recent last): a later breakdown, share or change may
    # refer to any of them by its unit
    state.paragraph, state.totals = sentence.paragraph, (state.totals + totals)[-12:]
    state.recent = (state.recent + figures)[-30:]
    state.items = (state.items + [it for it in items if it.unit is not None])[-30:]
    return figures


def _respective_scope(doc: Document, sentence: Sentence, low: str, figures: list[Figure]) -> None:
    """As many provinces listed before "lần lượt" as figures after it scope them in order
    ("Phú Thọ cũ, Vĩnh Phúc cũ và Hòa Bình cũ lần lượt là 371, 193 và 232 sản phẩm")."""
    m = re.search(r"(?<!\w)lần lượt(?!\w)", low)
    if m is None:
        return
    end = min((i for c in ";." if (i := low.find(c, m.end())) >= 0), default=len(low))
    group = [f for f in figures if m.end() <= f.start - sentence.start < end]
    begin = low.rfind(";", 0, m.start()) + 1
    places = doc.places_in(sentence.start + begin, sentence.start + m.start())
    provinces = [p.province for p in places]
    if len(group) < 2 or len(places) != len(group) or len(set(provinces)) != len(provinces):
        return
    if any(p.district is not None for p in places):
        return  # districts or communes ("xã A và xã B lần lượt …") keep the figure's scope
    for f, province in zip(group, provinces):
        f.province, f.new_province, f.district = province, new_province_of(province), None


def _tail(low: str, end: int) -> str:
    """The words after a figure's unit, to the end of its clause."""
    return clause_after(low, end).strip()


# a photo caption: a short line that ends with its credit ("… đạt 4 sao. Ảnh: Thu Hà")
_CAPTION = re.compile(
    r"(?:^|[\s.(])(?:ảnh|ảnh minh họa|ảnh minh hoạ|nguồn ảnh|photo)\s*:\s*[^.:;]{1,60}\)?\s*$",
    re.IGNORECASE,
)


def _captions(doc: Document) -> set[int]:
    """Paragraphs that are photo captions: they describe a picture, and a number in them
    restates the text or names one item ("X, một sản phẩm OCOP 4 sao"), never a figure."""
    return {
        i
        for i, (start, end) in enumerate(doc.paragraphs)
        if end - start <= 300 and _CAPTION.search(doc.text[start:end].strip())
    }


def extract_figures(doc: Document, primary: list[str], published_at: datetime | None) -> list[dict]:
    """All figures of the document, in text order (related-news lists and photo captions
    are skipped)."""
    out: list[Figure] = []
    placed: list[Placed] = []
    state = _State()
    captions = _captions(doc)
    for sentence in doc.sentences:
        if sentence.zone in ("tail", "widget", "link") or sentence.paragraph in captions:
            continue
        found = sentence_figures(doc, sentence, primary, published_at, state)
        out.extend(found)
        placed.extend(Placed(f, sentence.start) for f in found)
    link_document(placed)  # the links that need the whole article
    _pending_wholes(out)
    # dicts only at the end: a later sentence may make an earlier count a part ("… còn lại")
    return [f.as_dict() for f in out]
