"""Where a figure is parsed: "hơn 500 sản phẩm OCOP", "42 sản phẩm 4 sao (chiếm 23,3%)",
"2,5 tỷ đồng", "38tr/người/năm", "cả nước có 16.000 sản phẩm".

A figure is a number followed by a unit from `UNITS` (a count noun, money, income). Numbers
without such a unit (years, dates, decision numbers, phone numbers, list ordinals, "lần thứ 2",
"4 năm") are never figures; a percentage is a figure only as a share ("chiếm 30%") and is
attached to the count it qualifies when there is one.

Offsets: ``start``/``end`` span the number and its unit ("42 sản phẩm", "2,5 tỷ đồng");
a qualifier ("hơn") is not part of the span.

Units and qualifiers are data (`data/figures.toml`); the period of a figure comes from
`periods.py`, its territory from `scope.py`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from corpus.textnorm import fold
from indexer.nlp.lexicon import table
from indexer.nlp.numbers import MULTIPLIERS, NUMBER_RE, SPELLED_WORDS, parse_number
from indexer.nlp.periods import period_of
from indexer.nlp.provinces import new_province_of
from indexer.nlp.scope import anchor
from indexer.nlp.segment import Document, Sentence

_RULES = table("figures")
# (regex over the lower-cased sentence, unit, metric, participant kind)
UNITS: list[tuple[str, str, str, str | None]] = [
    (rx, unit, metric, kind or None) for rx, unit, metric, kind in _RULES["units"]
]
_UNIT_INDEX = {f"u{i}": row for i, row in enumerate(UNITS)}
_UNIT_ALT = "|".join(f"(?P<u{i}>{row[0]})" for i, row in enumerate(UNITS))
_QUALIFIERS: dict[str, str] = _RULES["qualifiers"]
_QUAL_ALT = "|".join(sorted(map(re.escape, _QUALIFIERS), key=len, reverse=True))

_MULT = r"nghìn|ngàn|triệu|tỷ|tỉ"
_SPELLED = rf"(?:(?:{SPELLED_WORDS})\s+){{0,4}}(?:{SPELLED_WORDS})"
_NUM = rf"(?P<digits>{NUMBER_RE})|(?P<spelled>{_SPELLED})"

_MONEY = (
    rf"\s*(?P<mult>{_MULT}|tr(?=\s*/))?\s*"
    r"(?:(?P<cur>đồng|vnđ|vnd|đ)(?![\w]))?"
    r"(?P<per>\s*/\s*(?:người|khẩu|lao động)\s*/\s*năm|\s*/\s*người)?"
)

FIGURE_RE = re.compile(
    rf"(?:(?<=\s)|(?<=^)|(?<=[(\"“]))(?:(?P<qual>{_QUAL_ALT})\s+)?"
    rf"(?<![\w/.,\-–])(?:{_NUM})(?![\w]*\d)(?!\s*[/\-–]\s*\d)(?![.,]\d)"
    rf"(?:\s*(?:{_UNIT_ALT})(?![\w])|{_MONEY})",
    re.IGNORECASE,
)

_STAR = re.compile(
    r"(?:(?P<pot>tiềm năng\s+(?:đạt\s+)?)|(?:đạt|hạng|xếp hạng|công nhận)\s+)?"
    r"(?P<from>từ\s+|trên\s+)?(?P<n>[1-5]|một|hai|ba|bốn|năm)\s*sao(?![\w])(?P<up>\s+trở lên)?",
    re.IGNORECASE,
)
_STAR_WORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5}
_STAR_BEFORE = re.compile(r"(?P<n>[1-5])\s*sao\s*(?:có|gồm|là|với|:)?\s*$", re.IGNORECASE)
# A share of the count itself: "42 sản phẩm 4 sao (chiếm 23,3%)", "..., chiếm 30%".
_SHARE_IN = re.compile(
    r"(?:chiếm|bằng|tương đương|\()\s*(?:khoảng\s+|gần\s+|hơn\s+)?(?P<p>\d+(?:[.,]\d+)?)\s*%",
    re.IGNORECASE,
)
_SHARE_NEXT = re.compile(r"^\s*,\s*chiếm\s+(?:khoảng\s+)?(?P<p>\d+(?:[.,]\d+)?)\s*%", re.IGNORECASE)
_SHARE_ALONE = re.compile(
    r"(?:chiếm|tỷ lệ|tỉ lệ)[^,;.%]{0,40}?(?<![\d.,])(?P<p>\d+(?:[.,]\d+)?)\s*%", re.IGNORECASE
)
_CLAUSE_END = re.compile(r"[,;:.](?!\d)|\btrong đó\b|\bgồm\b", re.IGNORECASE)
_OCOP_CONTEXT = re.compile(r"ocop|sao|chủ thể|mỗi xã một sản phẩm", re.IGNORECASE)
_SKIP_BEFORE = re.compile(
    r"(?:\bsố|\bnăm|\bngày|\btháng|\bthứ|\bkhu phố|\bđiều|\bkhoản|\bquý|\bphòng|\bkm|\btổ)\s*$",
    re.IGNORECASE,
)


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

    def as_dict(self) -> dict:
        return dict(self.__dict__)


def _star_in(window: str) -> tuple[int | None, int | None]:
    m = _STAR.search(window)
    if not m:
        return None, None
    raw = m.group("n").lower()
    n = int(raw) if raw.isdigit() else _STAR_WORDS[raw]
    if m.group("from") or m.group("up"):
        return None, n
    return n, None


def extract_figures(doc: Document, primary: list[str], published_at: datetime | None) -> list[dict]:
    """All figures of the document, in text order (related-news lists are skipped)."""
    out: list[dict] = []
    for sentence in doc.sentences:
        if sentence.zone in ("tail", "widget"):
            continue
        out.extend(f.as_dict() for f in sentence_figures(doc, sentence, primary, published_at))
    return out


# words after which "năm" means "year" ("mỗi năm", "hằng năm", "trong năm", "cuối năm" …)
_YEAR_WORD_BEFORE = re.compile(
    r"(?:^|\s)(?:mỗi|hằng|hàng|trong|các|những|cả|nhiều|từng|vào|đầu|cuối|giữa|qua|sau|trước|"
    r"của|cùng|hết|đến|từ|tới|một|hai|ba|bốn|mấy|vài|nửa)\s+$"
)


@dataclass
class _Match:
    """A number with its unit, before star/share/scope are read."""

    m: re.Match
    num_start: int
    end: int
    value: float
    unit: str
    metric: str
    kind: str | None


def _money(m: re.Match, value: float) -> tuple[float, str, str] | None:
    """(value, unit, metric) of a money or income figure, None for a bare number."""
    mult = m.group("mult")
    if mult and mult.startswith("tr") and not mult.startswith("triệu"):
        mult = "triệu"
    if not (m.group("cur") or (mult and m.group("per"))):
        return None  # a bare number: not a figure
    if m.group("cur") == "đ" and not mult:
        return None
    if mult:
        value *= MULTIPLIERS[fold(mult)]
    if m.group("per") and "năm" in m.group("per"):
        return value, "VND/người/năm", "income_per_capita"
    if m.group("per"):
        return value, "VND/người", "income_per_capita"
    return value, "VND", "money_vnd"


def _count_is_figure(m: re.Match, low: str, num_text: str, value: float) -> bool:
    """A number before a count noun that is not a count ("một", "năm" = year, ids)."""
    if m.group("spelled") and value == 1 and len(num_text.split()) == 1:
        return False  # "Mỗi xã một sản phẩm": "một" is an article, not a count
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
        if unit_key is None:
            money = _money(m, value)
            if money is None:
                continue
            value, unit, metric = money
            kind = None
        else:
            _, unit, metric, kind = _UNIT_INDEX[unit_key]
            if not _count_is_figure(m, low, num_text, value):
                continue
            if metric in ("ocop_products", "ocop_participants") and not ocop_context:
                metric, kind = "other", None
        out.append(_Match(m, num_start, m.end(), value, unit, metric, kind))
    return out


def _stars_and_share(low: str, matches: list[_Match], i: int) -> tuple:
    """(star, min_star, percent) of ``matches[i]`` from its own clause."""
    x = matches[i]
    next_start = matches[i + 1].num_start if i + 1 < len(matches) else len(low)
    rest = low[x.end : next_start]
    clause = _CLAUSE_END.search(rest)
    window = rest[: clause.start()] if clause else rest
    star, min_star = _star_in(window)
    if star is None and min_star is None:
        prev_end = matches[i - 1].end if i > 0 else 0
        before = re.split(r"[,;:.]", low[prev_end : x.num_start])[-1]
        bm = _STAR_BEFORE.search(before)
        if bm:
            star = int(bm.group("n"))
    percent = None
    share = _SHARE_IN.search(window) or _SHARE_NEXT.match(rest[len(window) :])
    if share:
        percent = parse_number(share.group("p").replace(".", ","))
    return star, min_star, percent


def _ocop_context(doc: Document, sentence: Sentence) -> bool:
    low = sentence.text.lower()
    para = doc.text[slice(*doc.paragraphs[sentence.paragraph])]
    return bool(_OCOP_CONTEXT.search(low)) or bool(_OCOP_CONTEXT.search(para))


def sentence_figures(doc: Document, sentence: Sentence, primary: list[str],
                     published_at: datetime | None) -> list[Figure]:  # fmt: skip
    """The figures of one sentence: counts and money, then shares that qualify no count."""
    s_text = sentence.text
    low = s_text.lower()
    matches = _matches(low, _ocop_context(doc, sentence))
    figures: list[Figure] = []
    for i, x in enumerate(matches):
        star, min_star, percent = _stars_and_share(low, matches, i)
        qual = x.m.group("qual")
        abs_start, abs_end = sentence.start + x.num_start, sentence.start + x.end
        province, district = anchor(doc, sentence, abs_start, abs_end, primary)
        figures.append(
            Figure(
                value=x.value,
                unit=x.unit,
                metric=x.metric,
                kind=x.kind if x.metric == "ocop_participants" else None,
                qualifier=_QUALIFIERS.get(qual.lower()) if qual else None,
                star=star,
                min_star=min_star,
                percent=percent,
                province=province,
                new_province=new_province_of(province),
                district=district,
                period=period_of(s_text, x.num_start, published_at),
                sentence=s_text,
                start=abs_start,
                end=abs_end,
            )
        )
    figures.extend(_lone_shares(doc, sentence, primary, published_at, figures))
    figures.sort(key=lambda f: f.start)
    return figures


def _lone_shares(doc: Document, sentence: Sentence, primary: list[str],
                 published_at: datetime | None, figures: list[Figure]) -> list[Figure]:  # fmt: skip
    """Shares that qualify no count: "tỷ lệ sản phẩm 4 sao chiếm 30%"."""
    low = sentence.text.lower()
    out = []
    for m in _SHARE_ALONE.finditer(low):
        abs_start = sentence.start + m.start("p")
        if any(f.start <= abs_start <= f.end + 60 and f.percent is not None for f in figures):
            continue
        value = parse_number(m.group("p").replace(".", ","))
        if value is None:
            continue
        abs_end = sentence.start + m.end()
        province, district = anchor(doc, sentence, abs_start, abs_end, primary)
        clause_start = max(low.rfind(c, 0, m.start()) for c in ",;:.")
        star, min_star = _star_in(low[clause_start + 1 : m.end()])
        period = period_of(sentence.text, m.start("p"), published_at)
        out.append(
            Figure(
                value,
                "%",
                "other",
                None,
                None,
                star,
                min_star,
                None,
                province,
                new_province_of(province),
                district,
                period,
                sentence.text,
                abs_start,
                abs_end,
            )  # fmt: skip
        )
    return out
