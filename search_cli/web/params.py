"""Request parameters → the query model (QuerySpec / StatsSpec / FactsSpec).

The page and its JSON twin read the same parameters, so a URL copied from the browser
answers the same question with ``?format=json``.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from starlette.datastructures import QueryParams

from corpus.errors import OcopError
from indexer.query import SORTS, QuerySpec

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


@dataclass(frozen=True)
class FactsRequest:
    """The facts explorer's question: filters plus the view (latest, history or all)."""

    provinces: tuple[str, ...] = ()
    metric: str | None = None
    star: int | None = None
    since: date | None = None
    until: date | None = None
    text: str = ""
    view: str = "latest"
    conflicts_only: bool = False
    limit: int = 200


FACT_VIEWS = ("latest", "history", "all")


def facts_request(params: QueryParams) -> FactsRequest:
    """Parse the facts explorer's filters."""
    from indexer.query import METRICS

    view = params.get("view") or "latest"
    if view not in FACT_VIEWS:
        raise OcopError(f"view must be one of {', '.join(FACT_VIEWS)}")
    metric = (params.get("metric") or "").strip() or None
    if metric and metric not in METRICS:
        raise OcopError(f"unknown metric {metric!r} (metrics: {', '.join(METRICS)})")
    return FactsRequest(
        provinces=_provinces(params),
        metric=metric,
        star=_int(params, "star", 1, 5),
        since=_day(params, "since"),
        until=_day(params, "until"),
        text=(params.get("q") or "").strip(),
        view=view,
        conflicts_only=params.get("conflicts") == "1",
        limit=_int(params, "limit", 1, 5000) or 200,
    )


HANDBOOK_FORMATS = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "md": "application/zip",  # the Markdown file and its charts, zipped
    "html": "text/html; charset=utf-8",
}


@dataclass(frozen=True)
class HandbookRequest:
    """Which handbook to build: provinces (any spelling) or the whole country, a period, a format."""

    provinces: tuple[str, ...]
    national: bool
    since: date | None
    until: date | None
    fmt: str

    @property
    def filename(self) -> str:
        from corpus.textnorm import fold

        label = "ca-nuoc" if self.national else "-".join(fold(p).lower().replace(" ", "-")
                                                        for p in self.provinces)  # fmt: skip
        return f"cam-nang-ocop-{label or 'tinh'}.{'zip' if self.fmt == 'md' else self.fmt}"

    @property
    def media_type(self) -> str:
        return HANDBOOK_FORMATS[self.fmt]


def handbook_request(params: QueryParams) -> HandbookRequest:
    """Parse the handbook form: ``province*``, ``national``, ``since``, ``until``, ``format``."""
    fmt = params.get("format") or "docx"
    if fmt not in HANDBOOK_FORMATS:
        raise OcopError(f"format must be one of {', '.join(HANDBOOK_FORMATS)}")
    national = params.get("national") == "1"
    provinces = tuple(p.strip() for p in params.getlist("province") if p.strip())
    if national == bool(provinces):
        raise OcopError("choose one or more provinces, or the whole country")
    since, until = _day(params, "since"), _day(params, "until")
    if since and until and since > until:
        raise OcopError(f"since {since} is after until {until}")
    return HandbookRequest(provinces, national, since, until, fmt)
