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
# "năm" may be left out ("22 Tháng 11 2026": a CMS's localised month name)
_WORDY = (r"(?:ngay\s+)?(?P<d>[0-3]?\d)\s+thang\s+(?P<m>[01]?\d)\s*(?:,\s*|\s+)(?:nam\s+)?"
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
    """ISO 8601 (with or without zone), else the first visible form in ``value``."""
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
    """Between 1995 and two days from now."""
    if dt is None:
        return False
    now = now or datetime.now(VIETNAM_TZ)
    return datetime(1995, 1, 1, tzinfo=VIETNAM_TZ) <= dt <= now + timedelta(days=2)


# --- the page's published / modified dates: a fallback chain --------------------------------

_DATE_ATTR = re.compile(r"date|time|publish|posted|ngay|thoi-?gian|meta|info|byline|author", re.I)
PUBLISHED_META = ("article:published_time", "og:article:published_time", "datepublished",
                  "pubdate", "publishdate", "publish_date", "publication_date", "dc.date.issued",
                  "dc.date", "dcterms.created", "date", "sailthru.date", "parsely-pub-date",
                  "article.published", "published_time", "cxenseparse:recs:publishtime")  # fmt: skip
MODIFIED_META = ("article:modified_time", "og:updated_time", "datemodified", "dcterms.modified",
                 "last-modified", "article.updated", "modified_time")  # fmt: skip


def _text(el) -> str:
    return " ".join(el.text_content().split())


def from_rules(doc, rules) -> datetime | None:
    """The site's CSS date element: its visible text, else its datetime attribute."""
    for el in rules.select(doc, "date"):
        found = find_visible(_text(el)) or [parse_iso(el.get("datetime"))]
        if found[0]:
            return found[0]
    return None


def from_json_ld(ld: dict | None, key: str) -> datetime | None:
    """datePublished/dateCreated (``key`` "published") or dateModified."""
    if not ld:
        return None
    if key == "published":
        return parse_iso(ld.get("datePublished") or ld.get("dateCreated"))
    return parse_iso(ld.get("dateModified"))


def from_meta(meta: dict[str, str], keys: tuple[str, ...]) -> datetime | None:
    """The first parseable <meta> value among ``keys``."""
    for key in keys:
        found = parse_iso(meta.get(key))
        if found:
            return found
    return None


def from_time_tag(doc) -> datetime | None:
    """The first <time datetime=…>."""
    for t in doc.xpath("//time[@datetime]"):
        found = parse_iso(t.get("datetime"))
        if found:
            return found
    return None


def from_date_blocks(doc) -> datetime | None:
    """A date in a small block whose class/id says date/time/meta/byline."""
    for el in doc.xpath("//body//*[@class or @id]"):
        attrs = f"{el.get('class') or ''} {el.get('id') or ''}"
        if el.tag in ("body", "html") or not _DATE_ATTR.search(attrs):
            continue
        t = _text(el)
        if t and len(t) <= 200:
            found = find_visible(t)
            if found:  # an update time when that is all the block gives: the best we have
                return found[0]
    return None


def from_after_headline(doc) -> datetime | None:
    """A date written in the ~400 characters following the <h1>."""
    h1 = doc.xpath("//h1")
    if not h1:
        return None
    following: list[str] = []
    for el in h1[0].itersiblings():
        following.append(_text(el))
        if sum(len(x) for x in following) > 400:
            break
    found = find_visible(" ".join(following))
    return found[0] if found else None


def from_htmldate(doc) -> datetime | None:
    """htmldate's original-date guess (last resort)."""
    try:
        import htmldate

        found = htmldate.find_date(doc, extensive_search=False, original_date=True,
                                   outputformat="%Y-%m-%dT%H:%M:%S")  # fmt: skip
    except Exception:  # htmldate is a last resort: its failures are "no date"
        return None
    return parse_iso(found) if found else None


def find_dates(doc, meta: dict[str, str], ld: dict | None, rules) -> tuple:
    """(published, modified): site CSS, JSON-LD, <meta>, <time>, visible forms, htmldate."""
    published = (
        from_rules(doc, rules)
        or from_json_ld(ld, "published")
        or from_meta(meta, PUBLISHED_META)
        or from_time_tag(doc)
        or from_date_blocks(doc)
        or from_after_headline(doc)
        or from_htmldate(doc)
    )
    modified = from_json_ld(ld, "modified") or from_meta(meta, MODIFIED_META)
    if not plausible(published):
        published = None
    if modified is not None and (not plausible(modified) or (published and modified < published)):
        modified = None
    return published, modified


_DATE_CHUNK = re.compile(
    r"[\d/:.,()|+-]+|gmt|utc|thu \w+|chu nhat|ngay|thang|nam|sang|chieu|toi|"
    r"trua|cap nhat|dang|luc|gio"
)


def is_dateline(line: str) -> bool:
    """A line that is only a date/time with its labels ("Cập nhật: 10:05 05/10/2025")."""
    if len(line) > 100 or not find_visible(line):
        return False
    return len(_DATE_CHUNK.sub(" ", fold(line)).split()) <= 4


# a wire dateline opening the first paragraph: "Place (AGENCY) - ", "HÀ NỘI (VNA) – "
_DATELINE_PREFIX = re.compile(
    r"^(?!(?:Ông|Bà|Anh|Chị|Mr|Mrs|Ms|Dr)\b)(?:[A-ZĐÀ-Ỹ][\w.'’]*(?:[ ,]+[A-ZĐÀ-Ỹ][\w.'’]*){0,4})"
    r"\s*\((?=[^)]*[A-ZĐ][^)]*[A-ZĐ])[A-Za-zĐđ./ ]{2,14}\)\s*[-–—]\s+(?=[A-ZĐÀ-Ỹ\d\"“‘'])"
)  # the story then starts as a sentence does (a capital, a digit, a quote)


# a source tag alone, in capitals or as the outlet's domain name, glued to the first
# paragraph, bare or in brackets: "PSTS - ", "TTXVN – ", "NSTV.vn - ", "VTV4.VN - ", "(HTX) - ", "(Abc.vn) – "
_TAG_NAME = r"(?:[A-ZĐ]{2,8}|[A-ZĐ][A-Za-zĐđ0-9-]{1,20}\.(?i:vn|com|net|org|info)(?:\.(?i:vn))?)"
_SOURCE_TAG = re.compile(rf"^(?:{_TAG_NAME}|\({_TAG_NAME}\))\s*[-–—]\s+(?=[A-ZĐÀ-Ỹ\d\"“‘'])")


# a broadcaster's program tag closing the sapo or first paragraph: "(Bản tin thời sự tiếng Xơ
# Đăng ngày 21/11/2026)", "(Chương trình Văn hóa các dân tộc ngày 19/11)", "(Thời sự 19h ngày
# 20/11)": which programme aired the item and when, not the story's text
_PROGRAM_TAIL = re.compile(
    r"\s*\((?i:bản tin|chương trình|thời sự|tạp chí|phóng sự|tin tức|tiếng)\b[^()]{0,80}?"
    r"\b\d{1,2}/\d{1,2}(?:/\d{2,4})?\)\s*$"
)


def strip_program_tail(paragraph: str) -> str:
    """The paragraph without a trailing broadcast programme tag (kept when nothing else is left)."""
    m = _PROGRAM_TAIL.search(paragraph)
    return paragraph[: m.start()] if m and m.start() > 0 else paragraph


def strip_dateline_prefix(paragraph: str) -> str:
    """The first paragraph without a wire dateline ("Tuyên Quang (TTXVN) - Ngày 20/11, …")
    or a bare source tag ("PSTS - Ngôi chùa …"): where and which agency, not the story's text."""
    m = _DATELINE_PREFIX.match(paragraph) or _SOURCE_TAG.match(paragraph)
    return paragraph[m.end() :] if m else paragraph
