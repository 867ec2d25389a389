"""One query model for every backend: QuerySpec (search), StatsSpec (coverage), FactsSpec.

Pure data plus the pure parsing of the user's query text; the backends translate these
into SQL (indexer/backends/sqlite_fts.py) or Elasticsearch bodies (indexer/backends/es.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from corpus.errors import OcopError
from corpus.textnorm import fold

SORTS = ("relevance", "newest", "oldest")
GROUPS = ("year", "month", "week", "day", "province", "new_province", "source")


@dataclass(frozen=True)
class ParsedQuery:
    """Folded query words: plain terms (all required), "quoted phrases", -excluded terms."""

    terms: tuple[str, ...] = ()
    phrases: tuple[str, ...] = ()
    excluded: tuple[str, ...] = ()
    any_terms: bool = False  # OR instead of AND between terms

    @property
    def empty(self) -> bool:
        return not (self.terms or self.phrases)

    def highlight_words(self) -> list[str]:
        words = list(self.terms)
        for phrase in self.phrases:
            words.extend(phrase.split())
        return words


_TOKEN = re.compile(r'(-?)"([^"]*)"|(\S+)')
_WORD = re.compile(r"\w+", re.UNICODE)


def parse_query(text: str) -> ParsedQuery:
    """Parse what a user typed, with or without diacritics, into folded words.

    ``gạo "4 sao" -hà`` -> terms (gao,), phrases ("4 sao",), excluded (ha,). ``OR`` between
    words makes any term sufficient.
    """
    terms: list[str] = []
    phrases: list[str] = []
    excluded: list[str] = []
    any_terms = False
    for match in _TOKEN.finditer(text or ""):
        negated, phrase, word = match.groups()
        if phrase is not None:
            words = _WORD.findall(fold(phrase))
            if not words:
                continue
            (excluded if negated else phrases).append(" ".join(words))
            continue
        if word == "OR":
            any_terms = True
            continue
        neg = word.startswith("-") and len(word) > 1
        words = _WORD.findall(fold(word[1:] if neg else word))
        if neg:
            excluded.extend(words)
        elif len(words) > 1:
            # "TP.HCM", "23,3%": keep the pieces together as a phrase
            phrases.append(" ".join(words))
        else:
            terms.extend(words)
    return ParsedQuery(tuple(terms), tuple(phrases), tuple(excluded), any_terms)


@dataclass(frozen=True)
class QuerySpec:
    """A search: free text plus filters. Every field optional."""

    text: str = ""
    provinces: tuple[str, ...] = ()  # canonical pre-2025 names or post-2025 names
    sources: tuple[str, ...] = ()
    since: date | None = None
    until: date | None = None
    star: int | None = None  # articles stating a figure or product of this star
    metric: str | None = None  # articles stating a figure of this metric
    include_duplicates: bool = False
    sort: str = "relevance"
    limit: int = 20
    offset: int = 0
    exact_total: bool = False  # count every match even when there are more than 10,000

    def __post_init__(self) -> None:
        if self.sort not in SORTS:
            raise OcopError(f"unknown sort {self.sort!r}; choose one of {', '.join(SORTS)}")
        if self.limit < 0 or self.offset < 0:
            raise OcopError("limit and offset must not be negative")
        if self.since and self.until and self.since > self.until:
            raise OcopError(f"--since {self.since} is after --until {self.until}")
        if self.star is not None and not 1 <= self.star <= 5:
            raise OcopError(f"star must be between 1 and 5, got {self.star}")

    @property
    def parsed(self) -> ParsedQuery:
        return parse_query(self.text)


@dataclass(frozen=True)
class StatsSpec:
    """Coverage: how many articles match ``query``, grouped by time, province or source."""

    query: QuerySpec = field(default_factory=QuerySpec)
    group_by: tuple[str, ...] = ("month",)

    def __post_init__(self) -> None:
        for g in self.group_by:
            if g not in GROUPS:
                raise OcopError(f"unknown grouping {g!r}; choose from {', '.join(GROUPS)}")


@dataclass(frozen=True)
class FactsSpec:
    """Figures from the knowledge base, filtered; ``latest`` keeps the newest per group."""

    provinces: tuple[str, ...] = ()
    metric: str | None = None
    star: int | None = None
    since: date | None = None
    until: date | None = None
    text: str = ""
    latest: bool = False
    limit: int = 50


@dataclass
class Hit:
    id: str
    url: str
    title: str
    source: str
    published_at: str | None
    snippet: str
    score: float
    provinces: list[str] = field(default_factory=list)
    duplicate_of: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass
class SearchResult:
    total: int
    hits: list[Hit]
    total_exact: bool = True  # False: ``total`` is a lower bound ("more than 10,000")


def period_key(published_at: str | None, group: str) -> str | None:
    """The time bucket of an ISO datetime string ("2026-09-17T07:31:00+07:00")."""
    if not published_at:
        return None
    day = date.fromisoformat(published_at[:10])
    if group == "year":
        return f"{day.year}"
    if group == "month":
        return f"{day.year}-{day.month:02d}"
    if group == "week":
        iso = day.isocalendar()
        return f"{iso.year}-W{iso.week:02d}"
    return day.isoformat()
