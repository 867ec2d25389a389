"""Request parameters → the query model (QuerySpec / StatsSpec / FactsSpec).

The page and its JSON twin read the same parameters, so a URL copied from the browser
answers the same question with ``?format=json``.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from starlette.datastructures import QueryParams

from corpus.errors import OcopError
from indexer.query import SORTS, FactsSpec, QuerySpec

PAGE_SIZE = 10


def _int(params: QueryParams, name: str, low: int, high: int) -> int | None:
    raw = (params.get(name) or "").strip()
    if not raw:
        return None
    try:
        value = int(raw)
    except ValueError:
        raise OcopError(f"{name} must be a whole number, got {raw!r}") from None
    if not low <= value <= high:
        raise OcopError(f"{name} must be between {low} and {high}, got {value}")
    return value


def _day(params: QueryParams, name: str) -> date | None:
    raw = (params.get(name) or "").strip()
    if not raw:
        return None
    try:
        return date.fromisoformat(raw)
    except ValueError:
        raise OcopError(f"{name} must be a date YYYY-MM-DD, got {raw!r}") from None


def _provinces(params: QueryParams) -> tuple[str, ...]:
    from search_cli.commands.query import resolve_provinces

    names = tuple(p for p in params.getlist("province") if p.strip())
    return resolve_provinces(names)


@dataclass(frozen=True)
class SearchRequest:
    """What the search page was asked: the query model plus the page number."""

    spec: QuerySpec
    page: int
    year: int | None

    def without(self, **fields) -> QuerySpec:
        """The same query with some filters cleared (for facet counts)."""
        return replace(self.spec, limit=0, offset=0, **fields)


def search_request(params: QueryParams) -> SearchRequest:
    """Parse ``q, province*, source*, year, since, until, star, metric, sort, page, dups``."""
    year = _int(params, "year", 1990, 2100)
    since, until = _day(params, "since"), _day(params, "until")
    if year is not None:
        since, until = (
            max(since or date(year, 1, 1), date(year, 1, 1)),
            min(until or date(year, 12, 31), date(year, 12, 31)),
        )
    sort = params.get("sort") or "relevance"
    if sort not in SORTS:
        raise OcopError(f"sort must be one of {', '.join(SORTS)}")
    page = _int(params, "page", 1, 10_000) or 1
    spec = QuerySpec(
        text=(params.get("q") or "").strip(),
        provinces=_provinces(params),
        sources=tuple(s for s in params.getlist("source") if s.strip()),
        since=since,
        until=until,
        star=_int(params, "star", 1, 5),
        metric=(params.get("metric") or "").strip() or None,
        include_duplicates=params.get("dups") == "1",
        sort=sort,
        limit=PAGE_SIZE,
        offset=(page - 1) * PAGE_SIZE,
    )
    return SearchRequest(spec=spec, page=page, year=year)


def facts_request(params: QueryParams) -> FactsSpec:
    """Parse the facts explorer's filters."""
    return FactsSpec(
        provinces=_provinces(params),
        metric=(params.get("metric") or "").strip() or None,
        star=_int(params, "star", 1, 5),
        since=_day(params, "since"),
        until=_day(params, "until"),
        text=(params.get("q") or "").strip(),
        latest=params.get("view", "latest") == "latest",
        limit=_int(params, "limit", 1, 1000) or 200,
    )
