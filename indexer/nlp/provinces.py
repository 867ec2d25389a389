"""Provinces: the 63 pre-2025 provinces, the July-2025 merger into 34, aliases, and a gazetteer.

The tables live in ``data/provinces.tsv`` (hand-written, the source of truth) and
``data/districts.tsv`` (district-level units, generated once from underthesea's address data;
names shared by several provinces were dropped). Every lookup goes through one key function,
`_key`, so "Đắk Lắk", "Dak Lak", "Daklak" and "ĐẮK LẮK" are the same province.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from corpus.textnorm import fold, fold_aligned, nfc

_DATA = Path(__file__).parent / "data"
NATIONAL = "Việt Nam"

# Administrative prefixes stripped before a lookup ("tỉnh Bắc Giang", "TP. Hồ Chí Minh").
_PREFIX = re.compile(r"^(?:tinh|thanh pho|tp\.?|t\.p\.?|tx\.?|thi xa|huyen|quan)\s*", re.I)


def _key(name: str) -> str:
    """The lookup key: folded, without spaces, hyphens, dashes and dots."""
    return re.sub(r"[\s\-\u2013\u2014.]+", "", fold(nfc(name)))


_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def tone_key(text: str) -> str:
    """Lower-case spelling key that keeps diacritics but ignores where the tone mark sits.

    "Hoà" and "Hòa" (old/new tone placement) share a key; "Quang Trí" and "Quảng Trị" do not.
    """
    out = []
    for syllable in re.split(r"[\s\-\u2013\u2014.]+", unicodedata.normalize("NFD", text.lower())):
        if not syllable:
            continue
        tones = "".join(sorted(ch for ch in syllable if ch in _TONES))
        base = "".join(ch for ch in syllable if ch not in _TONES)
        out.append(unicodedata.normalize("NFC", base) + tones)
    return " ".join(out)


def _has_diacritics(text: str) -> bool:
    return fold(text) != text.lower()


def _read_tsv(name: str) -> list[list[str]]:
    rows = []
    for line in (_DATA / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append(line.split("\t"))
    return rows


_ROWS = _read_tsv("provinces.tsv")

#: The 63 pre-2025 provinces and centrally-run cities, canonical spelling, file order.
PROVINCES: tuple[str, ...] = tuple(row[0] for row in _ROWS)
#: pre-2025 province -> province after the 1 July 2025 merger (34 distinct values).
NEW_PROVINCE: dict[str, str] = {row[0]: row[1] for row in _ROWS}
#: The 34 post-2025 provinces.
NEW_PROVINCES: tuple[str, ...] = tuple(dict.fromkeys(NEW_PROVINCE.values()))
#: canonical pre-2025 name -> the aliases from the table (canonical name not included).
ALIASES: dict[str, tuple[str, ...]] = {
    row[0]: tuple(a for a in (row[2].split("|") if len(row) > 2 else []) if a) for row in _ROWS
}

_LOOKUP: dict[str, str] = {}
for _canonical in PROVINCES:
    _LOOKUP[_key(_canonical)] = _canonical
for _canonical, _aliases in ALIASES.items():
    for _alias in _aliases:
        _LOOKUP.setdefault(_key(_alias), _canonical)
# A post-2025 name that was never a pre-2025 province name maps to itself.
_NEW_ONLY = {_key(n): n for n in NEW_PROVINCES if _key(n) not in _LOOKUP}


@dataclass(frozen=True)
class District:
    name: str
    kind: str  # huyện | quận | thị xã | thành phố
    province: str


DISTRICTS: dict[str, District] = {}
for _row in _read_tsv("districts.tsv"):
    DISTRICTS[_key(_row[0])] = District(_row[0], _row[1], _row[2])


def district_named(name: str) -> District | None:
    """The district-level unit spelled exactly ``name`` (diacritics must match), else None."""
    d = DISTRICTS.get(_key(name))
    if d is None or (_has_diacritics(name) and tone_key(name) != tone_key(d.name)):
        return None
    return d


# Accepted spellings with diacritics, for text matching: a name written with diacritics must
# carry the right ones ("Quang Trí" in a person's name is not "Quảng Trị").
_SPELLINGS: dict[str, set[str]] = {
    c: {tone_key(c), *(tone_key(a) for a in ALIASES[c])} for c in PROVINCES
}


def normalise_province(name: str) -> tuple[str, str] | None:
    """(canonical pre-2025 name, post-2025 name) for any spelling of a province, else None.

    A post-2025 name that is also a pre-2025 name ("Bắc Ninh", "Huế") resolves to the
    pre-2025 province of that name; a new-only name resolves to (new, new).
    """
    if not name or not name.strip():
        return None
    text = nfc(name).strip().strip(",.;:()")
    folded = fold(text).strip()
    stripped = _PREFIX.sub("", folded, count=1) if _PREFIX.match(folded) else folded
    for candidate in (folded, stripped):
        key = re.sub(r"[\s\-\u2013\u2014.]+", "", candidate)
        if not key:
            continue
        canonical = _LOOKUP.get(key)
        if canonical:
            return canonical, NEW_PROVINCE[canonical]
        if key in _NEW_ONLY:
            return _NEW_ONLY[key], _NEW_ONLY[key]
    return None


def new_province_of(canonical: str | None) -> str | None:
    if canonical is None:
        return None
    if canonical == NATIONAL:
        return NATIONAL
    return NEW_PROVINCE.get(canonical)


# --- gazetteer over running text ------------------------------------------------------------


@dataclass(frozen=True)
class PlaceMention:
    start: int  # span of the proper name (without "tỉnh", "huyện" ...)
    end: int
    surface: str
    province: str  # canonical pre-2025 province
    district: str | None  # set for district-level mentions
    prefix: str | None  # folded administrative prefix that introduced it, if any


def _name_pattern(names: list[str]) -> str:
    # Longest first so "Thừa Thiên Huế" wins over "Huế". Names are folded; inner spaces and
    # hyphens may vary ("Bà Rịa - Vũng Tàu", "Bà Rịa–Vũng Tàu").
    parts = []
    for n in sorted(set(names), key=len, reverse=True):
        tokens = re.split(r"[\s\-\u2013]+", n)
        parts.append(r"[\s\-\u2013.]*".join(re.escape(t) for t in tokens if t))
    return "|".join(parts)


@lru_cache(maxsize=1)
def _gazetteer() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str]]:
    surface_names: dict[str, str] = {}
    for canonical in PROVINCES:
        surface_names[fold(canonical)] = canonical
        for alias in ALIASES[canonical]:
            # Abbreviations and all-caps aliases are matched with their exact casing below.
            surface_names.setdefault(fold(alias), canonical)
    prov = re.compile(
        r"(?<![\w])(?P<prefix>(?:tinh|thanh pho|tp\.?|t\.p\.?)\s*)?(?P<name>"
        + _name_pattern(list(surface_names))
        + r")(?![\w])"
    )
    dist = re.compile(
        r"(?<![\w])(?P<prefix>(?:huyen|quan|thi xa|tx\.?|thanh pho|tp\.?)\s+)(?P<name>"
        + _name_pattern([fold(d.name) for d in DISTRICTS.values()])
        + r")(?![\w])"
    )
    return prov, dist, surface_names


def _capitalised(surface: str) -> bool:
    """Every syllable starts with an upper-case letter (proper name, not "long an toàn")."""
    words = [w for w in re.split(r"[\s\-\u2013.]+", surface) if w]
    return bool(words) and all(w[0].isupper() or w[0].isdigit() for w in words)


def find_places(text: str) -> list[PlaceMention]:
    """Province and (prefixed) district mentions in ``text``, sorted by offset."""
    prov_re, dist_re, names = _gazetteer()
    folded = fold_aligned(text)
    out: list[PlaceMention] = []
    taken: list[tuple[int, int]] = []
    for m in dist_re.finditer(folded):
        s, e = m.span("name")
        surface = text[s:e]
        if not _capitalised(surface):
            continue
        d = district_named(surface)
        if d is None:
            continue
        prefix = m.group("prefix").strip()
        out.append(PlaceMention(s, e, surface, d.province, d.name, prefix))
        taken.append((s, e))
    for m in prov_re.finditer(folded):
        s, e = m.span("name")
        if any(s < te and ts < e for ts, te in taken):
            continue
        surface = text[s:e]
        if not _capitalised(surface):
            continue
        key_fold = fold(surface)
        canonical = (
            names.get(re.sub(r"[\s\-\u2013.]+", " ", key_fold).strip())
            or (normalise_province(surface) or (None,))[0]
        )
        if canonical is None:
            continue
        if _has_diacritics(surface) and tone_key(surface) not in _SPELLINGS[canonical]:
            continue
        if surface.isupper() and len(surface) <= 4 and surface not in ALIASES.get(canonical, ()):
            continue
        prefix = (m.group("prefix") or "").strip() or None
        out.append(PlaceMention(s, e, surface, canonical, None, prefix))
    out.sort(key=lambda p: p.start)
    return out
