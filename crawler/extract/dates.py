"""Publication dates: structured metadata first, then visible Vietnamese forms.

Visible forms handled: "19/04/2021 23:16", "23:16 19/04/2021", "Thứ năm, 17/9/2026, 07:31
(GMT+7)", "Thứ Năm, ngày 17/09/2026 - 07:31", "Sáng 31 tháng 8 năm 2019", "05-10-2026 10:05",
"2026-10-05 10:05". A value without a zone is Vietnam time (UTC+7); a given offset is kept.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

from corpus.article import VIETNAM_TZ, ensure_aware
from corpus.textnorm import fold

_TIME = r"(?P<H>[01]?\d|2[0-3])\s*[:hg]\s*(?P<M>[0-5]\d)(?:\s*:\s*(?P<S>[0-5]\d))?"
_DMY = r"(?P<d>[0-3]?\d)\s*[/.-]\s*(?P<m>[01]?\d)\s*[/.-]\s*(?P<y>(?:19|20)\d\d)"
_WORDY = (r"(?:ngay\s+)?(?P<d>[0-3]?\d)\s+thang\s+(?P<m>[01]?\d)\s*(?:,\s*|\s+)nam\s+"
          r"(?P<y>(?:19|20)\d\d)")  # fmt: skip
_ZONE = r"(?:\(?\s*(?:gmt|utc)\s*(?P<z>[+-]\s*\d{1,2})(?::?(?P<zm>\d\d))?\s*\)?)?"
PATTERNS = [
    # date then time: "19/04/2021 23:16", "17/9/2026, 07:31 (GMT+7)", "17/09/2026 - 07:31"
    re.compile(_DMY + r"\s*(?:[,|-]|luc)?\s*" + _TIME + r"\s*" + _ZONE),
    # time then date: "23:16 19/04/2021", "07:31, 17/9/2026", "10:05 ngày 05/10/2026"
    re.compile(
        _TIME + r"\s*(?:[,|-]|\(?gmt\s*[+-]\s*\d+\)?)?\s*(?:ngay\s+)?(?:thu\s+\w+\s*,?\s*)?" + _DMY
    ),
    re.compile(_WORDY + r"(?:\s*[,-]?\s*(?:luc\s+)?" + _TIME + r")?"),
    re.compile(r"(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?:[ T]" + _TIME + r")?"),
    re.compile(_DMY),
]


def parse_iso(value: str | None) -> datetime | None:
    if not value or not isinstance(value, str):
        return None
    value = value.strip()
    try:
        return ensure_aware(datetime.fromisoformat(value.replace("Z", "+00:00")))
    except ValueError:
        pass
    m = re.match(
        r"(\d{4}-\d\d-\d\d)[T ](\d\d:\d\d(?::\d\d)?)(?:\.\d+)?\s*([+-]\d\d):?(\d\d)?$", value
    )
    if m:
        try:
            return datetime.fromisoformat(f"{m[1]}T{m[2]}{m[3]}:{m[4] or '00'}")
        except ValueError:
            return None
    found = find_visible(value)
    return found[0] if found else None


def _build(m: re.Match) -> datetime | None:
    g = m.groupdict()
    try:
        dt = datetime(int(g["y"]), int(g["m"]), int(g["d"]), int(g.get("H") or 0),
                      int(g.get("M") or 0), int(g.get("S") or 0))  # fmt: skip
    except (TypeError, ValueError):
        return None
    if g.get("z"):
        hours = int(g["z"].replace(" ", ""))
        minutes = int(g.get("zm") or 0) * (1 if hours >= 0 else -1)
        return dt.replace(tzinfo=timezone(timedelta(hours=hours, minutes=minutes)))
    return dt.replace(tzinfo=VIETNAM_TZ)


def find_visible(text: str) -> list[datetime]:
    """Every date(-time) written in ``text``, in order of appearance (timed ones preferred
    at the same position)."""
    folded = fold(text)
    found: list[tuple[int, datetime]] = []
    taken: list[tuple[int, int]] = []
    for pattern in PATTERNS:
        for m in pattern.finditer(folded):
            if any(a <= m.start() < b or a < m.end() <= b for a, b in taken):
                continue
            dt = _build(m)
            if dt is not None and 1990 <= dt.year <= 2100:
                found.append((m.start(), dt))
                taken.append((m.start(), m.end()))
    return [dt for _, dt in sorted(found, key=lambda x: x[0])]


def plausible(dt: datetime | None, now: datetime | None = None) -> bool:
    if dt is None:
        return False
    now = now or datetime.now(VIETNAM_TZ)
    return datetime(1995, 1, 1, tzinfo=VIETNAM_TZ) <= dt <= now + timedelta(days=2)
