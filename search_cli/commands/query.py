"""Commands that read the search index: search, stats, export (facts: knowledge.py)."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import click

from corpus.config import AppConfig
from corpus.errors import OcopError
from indexer.indexing import open_backend
from indexer.query import GROUPS, SORTS, QuerySpec, StatsSpec
from search_cli.options import config_options, output_options
from search_cli.output import emit, render_csv, render_json


def _to_date(value: datetime | None) -> date | None:
    return value.date() if value else None


def resolve_provinces(names: tuple[str, ...]) -> tuple[str, ...]:
    """Any spelling of a province (with or without diacritics, old or new name, alias)."""
    if not names:
        return ()
    from indexer.nlp import normalise_province

    out: list[str] = []
    for name in names:
        found = normalise_province(name)
        if found is None:
            raise OcopError(
                f"unknown province {name!r}; use a province name such as 'Quảng Ninh' or 'quang ninh'"
            )
        canonical, new = found
        # A post-2025 name covers all the old provinces merged into it: keep it as typed.
        out.append(new if _same(name, new) and not _same(name, canonical) else canonical)
    return tuple(out)


def _same(a: str, b: str | None) -> bool:
    from corpus.textnorm import fold

    return bool(b) and fold(a).replace("tinh ", "").strip() == fold(b).strip()


def filter_options(func):
    """Filters shared by search, stats and export."""
    options = [
        click.option("--province", "-p", "provinces", multiple=True,
                     help="Only articles about this province (repeatable; any spelling, old or new name)."),
        click.option("--source", "-s", "sources", multiple=True,
                     help="Only articles from this source (repeatable; see `ocop sources list`)."),
        click.option("--since", type=click.DateTime(["%Y-%m-%d"]),
                     help="Published on or after this day (YYYY-MM-DD)."),
        click.option("--until", type=click.DateTime(["%Y-%m-%d"]),
                     help="Published on or before this day (YYYY-MM-DD)."),
        click.option("--star", type=click.IntRange(1, 5),
                     help="Only articles stating a figure or product with this OCOP star rating."),
        click.option("--metric", help="Only articles stating a figure of this metric (e.g. ocop_products)."),
        click.option("--include-duplicates", is_flag=True,
                     help="Also show syndicated copies of the same story (hidden by default)."),
    ]  # fmt: skip
    for option in reversed(options):
        func = option(func)
    return func


def build_query(text: str, provinces, sources, since, until, star, metric,
                include_duplicates, **extra) -> QuerySpec:  # fmt: skip
    return QuerySpec(
        text=text,
        provinces=resolve_provinces(provinces),
        sources=tuple(sources),
        since=_to_date(since),
        until=_to_date(until),
        star=star,
        metric=metric,
        include_duplicates=include_duplicates,
        **extra,
    )


@click.command(short_help="Search the indexed articles (diacritics optional).")
@click.argument("query", nargs=-1)
@filter_options
@click.option("--sort", type=click.Choice(SORTS), default="relevance", show_default=True,
              help="Order of results.")  # fmt: skip
@click.option("--limit", "-n", type=click.IntRange(0), default=10, show_default=True)
@click.option(
    "--offset", type=click.IntRange(0), default=0, help="Skip this many results (paging)."
)
@output_options
@config_options
def search(config: AppConfig, query, sort, limit, offset, fmt, **filters) -> None:
    """Search the indexed articles. Diacritics are optional: `quang ninh 4 sao` works.

    Words are all required; use "quoted phrases", -word to exclude and OR for alternatives.
    """
    spec = build_query(" ".join(query), sort=sort, limit=limit, offset=offset, **filters)
    backend = open_backend(config)
    try:
        result = backend.search(spec)
    finally:
        backend.close()
    if fmt == "json":
        click.echo(render_json({"total": result.total, "hits": [h.to_dict() for h in result.hits]}))
        return
    rows = [
        {**h.to_dict(), "date": (h.published_at or "")[:10], "provinces": h.provinces}
        for h in result.hits
    ]
    if fmt == "csv":
        emit(rows, ["date", "title", "source", "provinces", "url", "score", "snippet"], "csv")
        return
    if not rows:
        click.echo("No articles found.")
        return
    click.echo(f"{result.total} article(s) found; showing {offset + 1}-{offset + len(rows)}.\n")
    for i, r in enumerate(rows, offset + 1):
        click.echo(click.style(f"{i}. {r['title']}", bold=True))
        meta = " · ".join(x for x in (r["date"], r["source"], ", ".join(r["provinces"])) if x)
        click.echo(f"   {meta}")
        click.echo(f"   {r['url']}")
        if r["snippet"]:
            click.echo(f"   {r['snippet']}")
        click.echo()


def bar_chart(rows: list[dict], label_keys: list[str], value_key: str, width: int = 40) -> str:
    """A horizontal text bar chart, one row per group."""
    if not rows:
        return ""
    labels = [
        " ".join(str(r[k]) if r[k] is not None else "(none)" for k in label_keys) for r in rows
    ]
    top = max(r[value_key] for r in rows) or 1
    pad = max(len(label) for label in labels)
    lines = []
    for label, r in zip(labels, rows):
        n = r[value_key]
        lines.append(f"{label.ljust(pad)}  {'█' * max(1, round(n / top * width)) if n else ''} {n}")
    return "\n".join(lines)


@click.command(short_help="Coverage over time, per province or source, with a chart.")
@click.argument("query", nargs=-1)
@filter_options
@click.option("--by", "group_by", multiple=True, type=click.Choice(GROUPS),
              help="Group counts by this (repeatable). Default: month.")  # fmt: skip
@click.option("--chart/--no-chart", default=True, help="Draw a bar chart under the table.")
@output_options
@config_options
def stats(config: AppConfig, query, group_by, chart, fmt, **filters) -> None:
    """Coverage over time: how many articles match, per month (or year, province, source…).

    Syndicated copies are counted once. Example: ocop stats --by year --province "Quảng Ninh"
    """
    spec = StatsSpec(
        build_query(" ".join(query), **filters), group_by=tuple(group_by) or ("month",)
    )
    backend = open_backend(config)
    try:
        rows = backend.stats(spec)
    finally:
        backend.close()
    columns = [*spec.group_by, "articles"]
    emit(rows, columns, fmt, empty="No articles match.")
    if fmt == "table" and rows and chart:
        click.echo()
        click.echo(bar_chart(rows, list(spec.group_by), "articles"))
        click.echo(f"\nTotal: {sum(r['articles'] for r in rows)} article(s)")


EXPORT_COLUMNS = ["id", "published_at", "source", "title", "lead", "authors", "url", "provinces",
                  "text"]  # fmt: skip


@click.command(short_help="Export matching articles to JSONL, JSON or CSV.")
@click.argument("query", nargs=-1)
@filter_options
@click.option("--format", "-f", "export_format", type=click.Choice(["jsonl", "json", "csv"]),
              default="jsonl", show_default=True, help="File format.")  # fmt: skip
@click.option("--output", "-o", type=click.Path(dir_okay=False, writable=True), required=True,
              help="File to write ('-' for standard output).")  # fmt: skip
@click.option(
    "--limit", "-n", type=click.IntRange(0), default=0, help="At most this many (0 = all)."
)
@config_options
def export(config: AppConfig, query, export_format, output, limit, **filters) -> None:
    """Export matching articles with their figures and entities (JSONL, JSON or CSV)."""
    from corpus.store import CorpusStore

    spec = build_query(" ".join(query), sort="newest", limit=limit or 10**9, **filters)
    backend = open_backend(config)
    try:
        hits = backend.search(spec).hits
    finally:
        backend.close()
    store = CorpusStore(config.corpus_path)
    articles = [a for h in hits if (a := store.get_article(h.id)) is not None]
    records = [a.to_dict() for a in articles]
    for r in records:
        r["provinces"] = [p.get("name") for p in r["provinces"]]
    if export_format == "jsonl":
        text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    elif export_format == "json":
        text = render_json(records) + "\n"
    else:
        text = render_csv(records, EXPORT_COLUMNS)
    if output == "-":
        click.echo(text, nl=False)
    else:
        Path(output).write_text(text, encoding="utf-8")
        click.echo(f"Wrote {len(records)} article(s) to {output}", err=True)


commands = [search, stats, export]
