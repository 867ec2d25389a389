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


def _metric_names() -> tuple[str, ...]:
    """Every metric indexer/nlp/figures.py can assign, read from its rule table."""
    import tomllib
    from pathlib import Path

    # the rule table itself, not indexer.nlp (whose import loads every model: 50 ms per command)
    with (Path(__file__).parent / "nlp" / "data" / "figures.toml").open("rb") as fh:
        rules = tomllib.load(fh)
    units = {row[2] for row in rules["units"]}
    money = {f"{key}_{cur}" for key in (*rules["money_metrics"], "money") for cur in ("vnd", "usd")}
    return tuple(sorted(units | money | {"income_per_capita", "share", "other"}))


#: The metrics figures can have (FactsSpec / QuerySpec ``metric`` values).
METRICS = _metric_names()


class QueryError(OcopError):
    """The query text or a filter value cannot be used as given (bad usage: exit code 2)."""

    exit_code = 2


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

    @property
    def nothing(self) -> bool:
        """No word at all: neither a word to find nor one to exclude."""
        return self.empty and not self.excluded

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
    snippets: bool = True  # False: hits without snippets (exports need none)

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
        check_text(self.text)

    @property
    def parsed(self) -> ParsedQuery:
        return parse_query(self.text)


def check_text(text: str) -> ParsedQuery:
    """The parsed query, or QueryError when typed text would silently match everything.

    Text with no word at all ("?!", "--") and text that only excludes ("-ocop") are refused:
    both used to be read as "no query" and returned every article.
    """
    parsed = parse_query(text)
    if text.strip() and parsed.nothing:
        raise QueryError(f"the query {text.strip()!r} has no word to search for (only punctuation)")
    if parsed.empty and parsed.excluded:
        shown = " ".join(f"-{w}" for w in parsed.excluded)
        raise QueryError(
            f"the query only excludes words ({shown}); add at least one word to search for, "
            "or drop the query to list every article"
        )
    return parsed


def unknown_filter_values(spec: QuerySpec, known_sources: set[str]) -> list[str]:
    """Why filters may match nothing: each unknown --source or --metric, with the valid values."""
    problems = []
    unknown = [s for s in spec.sources if s not in known_sources]
    if unknown:
        valid = ", ".join(sorted(known_sources)) or "none indexed yet"
        problems.append(
            f"unknown source {', '.join(map(repr, unknown))} (indexed sources: {valid})"
        )
    if spec.metric and spec.metric not in METRICS:
        problems.append(f"unknown metric {spec.metric!r} (metrics: {', '.join(METRICS)})")
    return problems


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
