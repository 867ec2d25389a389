"""The period a figure refers to, from its sentence or the publication date.

"giai đoạn 2018-2020" -> "2018-2020"; "6 tháng đầu năm 2024" -> "2024-06" (the month the
period ends); "tháng 10/2021" -> "2021-10"; "ngày 10/11/2022" -> "2022-11-10"; "năm 2025" /
"đến hết năm 2025" -> "2025". The nearest expression before the figure in its sentence wins,
then the first one after it; otherwise the publication date. Dates of legal documents and
comparison baselines ("so với năm 2019") are not periods.
"""

from __future__ import annotations

import re
from datetime import datetime

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


def _value(m: re.Match, kind: str) -> str | None:
    """The normalised period of one match, or None when it is not a valid date."""
    if kind == "range":
        return f"{m['a']}-{m['b']}"
    if kind == "months":
        return f"{m['y']}-{int(m['m']):02d}"
    if kind == "date":
        if not (1 <= int(m["m"]) <= 12 and 1 <= int(m["d"]) <= 31):
            return None
        return f"{m['y']}-{int(m['m']):02d}-{int(m['d']):02d}"
    if kind == "month":
        return f"{m['y']}-{int(m['m']):02d}" if 1 <= int(m["m"]) <= 12 else None
    return m["y"]


def periods_in(sentence: str) -> list[tuple[int, int, str]]:
    """(start, end, period) of every period expression of ``sentence``."""
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
            value = _value(m, kind)
            if value is None:
                continue
            taken.append(m.span())
            found.append((m.start(), m.end(), value))
    return found


def period_of(sentence: str, rel_pos: int, published_at: datetime | None) -> str | None:
    """The period of a figure at ``rel_pos`` in ``sentence``."""
    found = periods_in(sentence)
    before = [f for f in found if f[1] <= rel_pos]
    after = [f for f in found if f[0] >= rel_pos]
    if before:
        return max(before)[2]
    if after:
        return min(after)[2]
    return published_at.strftime("%Y-%m-%d") if published_at else None
