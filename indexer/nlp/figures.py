"""Where a figure is parsed: "hơn 500 sản phẩm OCOP", "42 sản phẩm 4 sao (chiếm 23,3%)",
"2,5 tỷ đồng", "38tr/người/năm", "cả nước có 16.000 sản phẩm".

A figure is a number followed by a unit from `UNITS` (a count noun, money, income). Numbers
without such a unit (years, dates, decision numbers, phone numbers, list ordinals, "lần thứ 2",
"4 năm") are never figures; a percentage is a figure only as a share ("chiếm 30%") and is
attached to the count it qualifies when there is one.

Offsets: ``start``/``end`` span the number and its unit ("42 sản phẩm", "2,5 tỷ đồng");
a qualifier ("hơn") is not part of the span.

Periods: "giai đoạn 2018-2020" -> "2018-2020"; "6 tháng đầu năm 2024" -> "2024-06" (the month
the period ends); "tháng 10/2021" -> "2021-10"; "ngày 10/11/2022" -> "2022-11-10";
"năm 2025" / "đến hết năm 2025" -> "2025". The nearest expression before the figure in its
sentence wins, then the first one after it; otherwise the publication date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from corpus.textnorm import fold
from indexer.nlp.numbers import MULTIPLIERS, NUMBER_RE, SPELLED_WORDS, parse_number
from indexer.nlp.provinces import NATIONAL, new_province_of
from indexer.nlp.segment import Document, Sentence

# (regex over the lower-cased sentence, unit, metric, participant kind)
UNITS: list[tuple[str, str, str, str | None]] = [
    (r"sản phẩm", "sản phẩm", "ocop_products", None),
    (r"chủ thể", "chủ thể", "ocop_participants", None),
    (r"tổ chức,? cá nhân", "chủ thể", "ocop_participants", None),
    (r"hợp tác xã|htx", "HTX", "ocop_participants", "HTX"),
    (r"tổ hợp tác|tht", "tổ hợp tác", "ocop_participants", "tổ hợp tác"),
    (r"doanh nghiệp", "doanh nghiệp", "ocop_participants", "doanh nghiệp"),
    (r"hộ(?: sản xuất| kinh doanh| gia đình| dân)?", "hộ", "ocop_participants", "hộ"),
    (r"cơ sở(?: sản xuất)?", "cơ sở", "ocop_participants", None),
    (r"làng nghề", "làng nghề", "craft_villages", None),
    (r"nghề truyền thống", "nghề truyền thống", "craft_villages", None),
    (r"(?:người )?lao động", "lao động", "workers", None),
    (r"sự kiện", "sự kiện", "events", None),
    (r"hội chợ", "hội chợ", "events", None),
    (r"phiên chợ", "phiên chợ", "events", None),
    (r"th[oỏ]ả? thuận|thỏa thuận|thoả thuận", "thỏa thuận", "agreements", None),
    (r"biên bản ghi nhớ", "biên bản ghi nhớ", "agreements", None),
    (r"hợp đồng", "hợp đồng", "agreements", None),
    (r"gian hàng", "gian hàng", "events", None),
    (r"điểm,? cửa hàng|điểm bán(?: hàng)?|cửa hàng", "điểm bán", "other", None),
    (r"xã", "xã", "other", None),
    (r"ha|hecta|héc-?ta", "ha", "other", None),
    (r"tấn", "tấn", "other", None),
]
_UNIT_INDEX = {f"u{i}": row for i, row in enumerate(UNITS)}
_UNIT_ALT = "|".join(f"(?P<u{i}>{row[0]})" for i, row in enumerate(UNITS))

_QUALIFIERS = {
    "hơn": "more_than",
    "trên": "more_than",
    "ngoài": "more_than",
    "vượt": "more_than",
    "gần": "less_than",
    "dưới": "less_than",
    "chưa đến": "less_than",
    "chưa tới": "less_than",
    "khoảng": "about",
    "chừng": "about",
    "xấp xỉ": "about",
    "tầm": "about",
    "ước tính": "about",
    "ước đạt": "about",
    "ước tính đạt": "about",
    "ước": "about",
    "ít nhất": "at_least",
    "tối thiểu": "at_least",
    "không dưới": "at_least",
    "không ít hơn": "at_least",
}
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
_NATIONAL = re.compile(r"\b(?:cả nước|toàn quốc|phạm vi cả nước)\b", re.IGNORECASE)
# words that scope a sentence to the article's own province or city
_LOCAL_SCOPE = re.compile(
    r"\b(?:toàn tỉnh|tỉnh|toàn thành phố|thành phố|địa phương|toàn huyện|huyện)\b", re.IGNORECASE
)
_OCOP_CONTEXT = re.compile(r"ocop|sao|chủ thể|mỗi xã một sản phẩm", re.IGNORECASE)
_SKIP_BEFORE = re.compile(
    r"(?:\bsố|\bnăm|\bngày|\btháng|\bthứ|\bkhu phố|\bđiều|\bkhoản|\bquý|\bphòng|\bkm|\btổ)\s*$",
    re.IGNORECASE,
)
_PLACE_LINK = re.compile(
    r"^[^,;:()\d]{0,60}?\b(?:của|tại|ở|thuộc|trên địa bàn)\s+"
    r"(?:tỉnh|thành phố|tp\.?|huyện|quận|thị xã)?\s*$",
    re.IGNORECASE,
)

_PERIODS = [
    (re.compile(r"(?P<a>(?:19|20)\d{2})\s*[-–—]\s*(?P<b>(?:19|20)\d{2})"), "range"),
    (
        re.compile(r"(?P<m>\d{1,2})\s+tháng\s+(?:đầu\s+)?năm\s+(?P<y>(?:19|20)\d{2})", re.I),
        "months",
    ),
    (re.compile(r"(?P<d>\d{1,2})[/-](?P<m>\d{1,2})[/-](?P<y>(?:19|20)\d{2})"), "date"),
    (re.compile(r"tháng\s+(?P<m>\d{1,2})\s*(?:[/-]|năm)\s*(?P<y>(?:19|20)\d{2})", re.I), "month"),
    (re.compile(r"(?<![\d/.,])(?P<y>(?:19|20)\d{2})(?![\d/])"), "year"),
]
_BASELINE = re.compile(r"(?:so với|so cùng kỳ)(?:\s+(?:cùng kỳ|năm|giai đoạn))*\s*$", re.I)
_LEGAL = re.compile(
    r"(?:quyết định|nghị định|thông tư|nghị quyết|công văn|kế hoạch)\b[^.;]{0,40}$", re.I
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


def _period(sentence: str, rel_pos: int, published_at: datetime | None) -> str | None:
    found: list[tuple[int, int, str]] = []
    taken: list[tuple[int, int]] = []
    for pattern, kind in _PERIODS:
        for m in pattern.finditer(sentence):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            if _LEGAL.search(sentence[max(0, m.start() - 60) : m.start()]):
                continue
            if _BASELINE.search(sentence[max(0, m.start() - 25) : m.start()]):
                continue  # "tăng 1,5 lần so với năm 2019": a comparison, not the period
            if kind == "range":
                value = f"{m['a']}-{m['b']}"
            elif kind == "months":
                value = f"{m['y']}-{int(m['m']):02d}"
            elif kind == "date":
                if not (1 <= int(m["m"]) <= 12 and 1 <= int(m["d"]) <= 31):
                    continue
                value = f"{m['y']}-{int(m['m']):02d}-{int(m['d']):02d}"
            elif kind == "month":
                if not 1 <= int(m["m"]) <= 12:
                    continue
                value = f"{m['y']}-{int(m['m']):02d}"
            else:
                value = m["y"]
            taken.append(m.span())
            found.append((m.start(), m.end(), value))
    before = [f for f in found if f[1] <= rel_pos]
    after = [f for f in found if f[0] >= rel_pos]
    if before:
        return max(before)[2]
    if after:
        return min(after)[2]
    return published_at.strftime("%Y-%m-%d") if published_at else None


def _anchor(doc: Document, sentence: Sentence, num_start: int, unit_end: int,
            primary: list[str]) -> tuple[str | None, str | None]:  # fmt: skip
    """(province, district) for a figure: linked place, sentence, paragraph, then article."""
    text = doc.text
    places = doc.places_in(sentence.start, sentence.end)
    nationals = [
        (sentence.start + m.start(), sentence.start + m.end())
        for m in _NATIONAL.finditer(sentence.text)
    ]
    # "27 sản phẩm tiêu biểu của Quảng Ninh": a place linked to the figure's own clause.
    for p in places:
        if p.start > unit_end and _PLACE_LINK.match(text[unit_end : p.start]):
            return p.province, p.district
    anchors: list[tuple[int, str | None, str | None]] = [
        (p.start, p.province, p.district) for p in places
    ]
    anchors += [(s, NATIONAL, None) for s, _ in nationals]
    anchors.sort(key=lambda a: a[0])
    before = [a for a in anchors if a[0] < num_start]
    if before:
        return before[-1][1], before[-1][2]
    after = [a for a in anchors if a[0] > num_start]
    if after:
        return after[0][1], after[0][2]
    # The paragraph: the last anchor before this sentence, else the first after it.
    pstart, pend = doc.paragraphs[sentence.paragraph]
    para_places = [(p.start, p.province, p.district) for p in doc.places_in(pstart, pend)]
    para_text = text[pstart:pend]
    para_places += [(pstart + m.start(), NATIONAL, None) for m in _NATIONAL.finditer(para_text)]
    para_places.sort(key=lambda a: a[0])
    before = [a for a in para_places if a[0] < sentence.start]
    if _LOCAL_SCOPE.search(sentence.text):
        # "toàn tỉnh có 96 HTX": a local figure, whatever national total the paragraph cites
        before = [a for a in before if a[1] != NATIONAL]
    if before:
        return before[-1][1], before[-1][2]
    # a place named later in the paragraph may be what the sentence talks about; a national
    # total cited later ("… Theo Bộ, cả nước có …") is not
    after = [a for a in para_places if a[0] >= sentence.end and a[1] != NATIONAL]
    if after:
        return after[0][1], after[0][2]
    if len(primary) >= 1:
        return primary[0], None
    return None, None


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


def sentence_figures(doc: Document, sentence: Sentence, primary: list[str],
                     published_at: datetime | None) -> list[Figure]:  # fmt: skip
    s_text = sentence.text
    low = s_text.lower()
    ocop_context = bool(_OCOP_CONTEXT.search(low)) or bool(
        _OCOP_CONTEXT.search(doc.text[slice(*doc.paragraphs[sentence.paragraph])])
    )
    matches = []
    for m in FIGURE_RE.finditer(low):
        if _SKIP_BEFORE.search(
            low[: m.start("digits") if m.group("digits") else m.start("spelled")]
        ):
            continue
        num_text = m.group("digits") or m.group("spelled")
        value = parse_number(num_text)
        if value is None:
            continue
        unit_key = next((k for k in _UNIT_INDEX if m.group(k)), None)
        mult = m.group("mult")
        if unit_key is None:
            if mult and mult.startswith("tr") and not mult.startswith("triệu"):
                mult = "triệu"
            if not (m.group("cur") or (mult and m.group("per"))):
                continue  # a bare number: not a figure
            if m.group("cur") == "đ" and not mult:
                continue
            if mult:
                value *= MULTIPLIERS[fold(mult)]
            if m.group("per") and "năm" in m.group("per"):
                unit, metric = "VND/người/năm", "income_per_capita"
            elif m.group("per"):
                unit, metric = "VND/người", "income_per_capita"
            else:
                unit, metric = "VND", "money_vnd"
            kind = None
        else:
            _, unit, metric, kind = _UNIT_INDEX[unit_key]
            if m.group("spelled") and value == 1 and len(num_text.split()) == 1:
                continue  # "Mỗi xã một sản phẩm": "một" is an article, not a count
            if num_text.strip() == "năm" and _YEAR_WORD_BEFORE.search(low[: m.start("spelled")]):
                continue  # "Mỗi năm làng nghề đón …": "năm" is "year" here, not "five"
            if len(num_text) >= 8 and num_text.isdigit():
                continue  # phone numbers, ids
            if metric in ("ocop_products", "ocop_participants") and not ocop_context:
                metric, kind = "other", None
        num_start = m.start("digits") if m.group("digits") else m.start("spelled")
        matches.append((m, num_start, m.end(), value, unit, metric, kind))

    figures: list[Figure] = []
    for i, (m, num_start, end, value, unit, metric, kind) in enumerate(matches):
        next_start = matches[i + 1][1] if i + 1 < len(matches) else len(low)
        rest = low[end:next_start]
        clause = _CLAUSE_END.search(rest)
        window = rest[: clause.start()] if clause else rest
        star, min_star = _star_in(window)
        if star is None and min_star is None:
            prev_end = matches[i - 1][2] if i > 0 else 0
            before = low[prev_end:num_start]
            before = re.split(r"[,;:.]", before)[-1]
            bm = _STAR_BEFORE.search(before)
            if bm:
                star = int(bm.group("n"))
        percent = None
        share = _SHARE_IN.search(window) or _SHARE_NEXT.match(rest[len(window) :])
        if share:
            percent = parse_number(share.group("p").replace(".", ","))
        qual = m.group("qual")
        qualifier = _QUALIFIERS.get(qual.lower()) if qual else None
        abs_start = sentence.start + num_start
        abs_end = sentence.start + end
        province, district = _anchor(doc, sentence, abs_start, abs_end, primary)
        figures.append(
            Figure(
                value=value,
                unit=unit,
                metric=metric,
                kind=kind if metric == "ocop_participants" else None,
                qualifier=qualifier,
                star=star,
                min_star=min_star,
                percent=percent,
                province=province,
                new_province=new_province_of(province),
                district=district,
                period=_period(s_text, num_start, published_at),
                sentence=s_text,
                start=abs_start,
                end=abs_end,
            )
        )
    # Shares that qualify no count: "tỷ lệ sản phẩm 4 sao chiếm 30%".
    for m in _SHARE_ALONE.finditer(low):
        abs_start = sentence.start + m.start("p")
        if any(f.start <= abs_start <= f.end + 60 and f.percent is not None for f in figures):
            continue
        value = parse_number(m.group("p").replace(".", ","))
        if value is None:
            continue
        end = m.end()
        province, district = _anchor(doc, sentence, abs_start, sentence.start + end, primary)
        clause_start = max(low.rfind(c, 0, m.start()) for c in ",;:.")
        star, min_star = _star_in(low[clause_start + 1 : m.end()])
        figures.append(
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
                _period(s_text, m.start("p"), published_at),
                s_text,
                abs_start,
                sentence.start + end,
            )  # fmt: skip
        )
    figures.sort(key=lambda f: f.start)
    return figures
