"""Commands that read the search index: search, stats, export (facts: knowledge.py)."""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

import click

from corpus.config import AppConfig
from corpus.errors import OcopError
from indexer.export import EXPORT_FORMATS
from indexer.facts_format import vi_number
from indexer.indexing import open_backend
from indexer.query import (
    GROUPS,
    SORTS,
    QueryError,
    QuerySpec,
    StatsSpec,
    unknown_filter_values,
)
from indexer.rows import write_json_array
from search_cli.options import DATE, QueryCommand, as_day, config_options, output_options
from search_cli.output import emit


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
        click.option("--since", type=DATE,
                     help="Published on or after this day (YYYY-MM-DD or DD/MM/YYYY)."),
        click.option("--until", type=DATE,
                     help="Published on or before this day (YYYY-MM-DD or DD/MM/YYYY)."),
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
        since=as_day(since),
        until=as_day(until),
        star=star,
        metric=metric,
        include_duplicates=include_duplicates,
        **extra,
    )


def explain_empty(backend, spec: QuerySpec, total: int) -> None:
    """Raise an error saying why nothing is shown, when the reason is the user's input
    (offset past the end, unknown --source or --metric) rather than the data."""
    if total and spec.offset >= total:
        raise OcopError(f"offset {spec.offset} is past the {total} results")
    if total or not (spec.sources or spec.metric):
        return
    indexed = backend.stats(StatsSpec(QuerySpec(include_duplicates=True), group_by=("source",)))
    problems = unknown_filter_values(spec, {r["source"] for r in indexed if r["source"]})
    if problems:
        raise QueryError("; ".join(problems))


def _hit_row(hit) -> dict:
    return {**hit.to_dict(), "date": (hit.published_at or "")[:10]}


SEARCH_COLUMNS = ["date", "title", "source", "provinces", "url", "score", "snippet"]


@click.command(cls=QueryCommand, short_help="Search the indexed articles (diacritics optional).")
@click.argument("query", nargs=-1)
@filter_options
@click.option("--sort", type=click.Choice(SORTS), default="relevance", show_default=True,
              help="Order of results.")  # fmt: skip
@click.option("--limit", "-n", type=click.IntRange(1), default=10, show_default=True,
              help="Show this many results.")  # fmt: skip
@click.option(
    "--offset", type=click.IntRange(0), default=0, help="Skip this many results (paging)."
)
@click.option("--exact", is_flag=True,
              help="Count and rank every match even past 10,000 (slower on common words).")  # fmt: skip
@output_options
@config_options
def search(config: AppConfig, query, sort, limit, offset, exact, fmt, **filters) -> None:
    """Search the indexed articles. Diacritics are optional: `quang ninh 4 sao` works.

    Words are all required; use "quoted phrases", -word to exclude (no `--` needed) and OR
    for alternatives.
    """
    spec = build_query(" ".join(query), sort=sort, limit=limit, offset=offset,
                       exact_total=exact, **filters)  # fmt: skip
    backend = open_backend(config)
    try:
        result = backend.search(spec)
        if not result.hits:
            explain_empty(backend, spec, result.total)
        text = spec.text.strip()
        hint = f' "{text}" is a province: try --province "{text}" instead.'
        if result.hits or province_suggestion(spec) is None:
            hint = ""
        if not result.hits and not backend.count():
            hint = " The index is empty: run `ocop crawl`, then `ocop index`."
    finally:
        backend.close()
    rows = (_hit_row(h) for h in result.hits)
    if fmt == "json":  # an object, as before: the total matters for paging
        out = sys.stdout
        exact_field = "" if result.total_exact else ', "total_is_lower_bound": true'
        out.write(f'{{"total": {result.total}{exact_field}, "offset": {offset}, "hits": ')
        write_json_array(rows, out, end="}\n")
        return
    if fmt != "table":
        emit(rows, SEARCH_COLUMNS, fmt)
        return
    if not result.hits:
        click.echo("No articles found." + hint)
        return
    # numbers as Vietnamese readers write them ("1.054"), as the facts tables do
    found = (
        vi_number(result.total) if result.total_exact else f"more than {vi_number(result.total)}"
    )
    shown = f"{vi_number(offset + 1)}-{vi_number(offset + len(result.hits))}"
    click.echo(f"{found} article(s) found; showing {shown}.\n")
    for i, r in enumerate(rows, offset + 1):
        click.echo(click.style(f"{i}. {r['title']}", bold=True))
        meta = " · ".join(x for x in (r["date"], r["source"], ", ".join(r["provinces"])) if x)
        click.echo(f"   {meta}")
        click.echo(f"   {r['url']}")
        if r["snippet"]:
            click.echo(f"   {r['snippet']}")
        click.echo()


def province_suggestion(spec: QuerySpec) -> str | None:
    """The province the searched words name (canonical name), when no --province is given:
    articles spell a province many ways (TP HCM, Sài Gòn …) and the filter knows them all,
    so an empty result points to it (the CLI's hint, the web page's link)."""
    text = spec.text.strip()
    if not text or spec.provinces:
        return None
    from indexer.nlp import normalise_province

    found = normalise_province(text)
    return found[0] if found else None


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
        lines.append(
            f"{label.ljust(pad)}  {'█' * max(1, round(n / top * width)) if n else ''} {vi_number(n)}"
        )
    return "\n".join(lines)


@click.command(
    cls=QueryCommand, short_help="Coverage over time, per province or source, with a chart."
)
@click.argument("query", nargs=-1)
@filter_options
@click.option("--by", "group_by", multiple=True, type=click.Choice(GROUPS),
              help="Group counts by this (repeatable). Default: month.")  # fmt: skip
@click.option("--bars/--no-bars", default=True, help="Draw a text bar chart under the table.")
@click.option("--chart", type=click.Path(dir_okay=False), metavar="FILE.png",
              help="Also draw the counts as a PNG chart into this file.")  # fmt: skip
@output_options
@config_options
def stats(config: AppConfig, query, group_by, bars, chart, fmt, **filters) -> None:
    """Coverage over time: how many articles match, per month (or year, province, source…).

    Syndicated copies are counted once. "share" is the percentage of all stored stories of the
    same group (month, province …) that match. Example: ocop stats --by year -p "Quảng Ninh"
    """
    if chart:
        check_chart_target(chart)  # before the table is printed, not after
    spec = StatsSpec(
        build_query(" ".join(query), **filters), group_by=tuple(group_by) or ("month",)
    )
    backend = open_backend(config)
    try:
        rows = backend.stats(spec)
        if not rows:
            explain_empty(backend, spec.query, 0)
        every = QuerySpec(include_duplicates=spec.query.include_duplicates)
        add_shares(rows, backend.stats(StatsSpec(every, group_by=spec.group_by)), spec.group_by)
    finally:
        backend.close()
    rows = vietnamese_order(rows, spec.group_by)
    columns = [*spec.group_by, "articles", "share"]
    shown = rows
    if fmt == "table":  # people read "23,3%" and "1.054"; machine formats keep the number
        shown = [{**r, "share": _percent(r["share"]), "articles": vi_number(r["articles"])}
                 for r in rows]  # fmt: skip
        if all(r["share"] in (100, None) for r in rows):
            # Nothing narrows the stories within a group (no query, no filter): a column
            # of 100% everywhere reads like an error, so the table leaves it out.
            columns.remove("share")
    emit(shown, columns, fmt, empty="No articles match.")
    if chart and rows:
        from indexer.charts import coverage_chart

        label = "-".join(spec.group_by)
        for r in rows:
            r[label] = " ".join(str(r[g]) if r[g] is not None else "(none)" for g in spec.group_by)
        written = coverage_chart(rows, chart, label_key=label, title=f"Số bài theo {label}",
                                 ylabel="bài")  # fmt: skip
        click.echo(f"Wrote chart {written}", err=True)
    if fmt == "table" and rows and bars:
        click.echo()
        click.echo(bar_chart(rows, list(spec.group_by), "articles"))
        click.echo(f"\nTotal: {vi_number(sum(r['articles'] for r in rows))} article(s)")


_NAME_GROUPS = {"province", "new_province", "source"}


def vietnamese_order(rows: list[dict], group_by: tuple[str, ...]) -> list[dict]:
    """Rows grouped by names in the order of the Vietnamese alphabet (Đắk Lắk after the D,
    not after Tuyên Quang as code points put it); groups of time keep their order."""
    if not _NAME_GROUPS.issuperset(group_by):
        return rows
    from corpus.textnorm import fold

    def letters(name: object) -> tuple[str, str]:
        # fold() drops the tone marks; Đ is a letter of its own after D ("{" sorts after
        # "z"); the lowercased name breaks the remaining ties
        text = str(name or "")
        return fold(text.replace("Đ", "D{").replace("đ", "d{")), text.lower()

    def key(row: dict) -> tuple:
        return tuple((row[g] is None, *letters(row[g])) for g in group_by)

    return sorted(rows, key=key)


def check_chart_target(chart: str) -> None:
    """OcopError unless ``chart`` is a .png file in an existing directory."""
    path = Path(chart).expanduser()
    if path.suffix.lower() != ".png":
        raise OcopError(f"chart file must end in .png, got {path.name!r}")
    if not path.parent.resolve().is_dir():
        raise OcopError(f"cannot write {chart}: directory {path.parent} does not exist")


def _percent(value: float | None) -> str:
    return "" if value is None else f"{vi_number(value)}%"


def add_shares(rows: list[dict], every: list[dict], group_by: tuple[str, ...]) -> None:
    """Give each row its share (%) of all stored stories in the same group."""
    totals = {tuple(r[g] for g in group_by): r["articles"] for r in every}
    for r in rows:
        total = totals.get(tuple(r[g] for g in group_by)) or 0
        r["share"] = round(100 * r["articles"] / total, 1) if total else None


@click.command(
    cls=QueryCommand, short_help="Export matching articles (or their figures) to a file."
)
@click.argument("query", nargs=-1)
@filter_options
@click.option("--format", "-f", "export_format", type=click.Choice(list(EXPORT_FORMATS)),
              help="File format (default: from the file's extension, else jsonl). CSV/TSV: one "
                   "row per article, enrichment in compact columns.")  # fmt: skip
@click.option("--output", "-o", type=click.Path(dir_okay=False), required=True,
              help="File to write ('-' for standard output); never one in the data directory.")  # fmt: skip
@click.option("--facts", is_flag=True, help="One record per figure (with its article) instead.")
@click.option("--excel", is_flag=True,
              help="Start the file with a UTF-8 byte-order mark (spreadsheets then read it right).")  # fmt: skip
@click.option(
    "--limit", "-n", type=click.IntRange(0), default=0, help="At most this many (0 = all)."
)
@config_options
def export(config: AppConfig, query, export_format, output, facts, excel, limit, **filters) -> None:
    """Export matching articles with their figures and entities (JSONL, JSON, CSV or TSV),
    newest first. The file is written completely or not at all."""
    from indexer.export import check_target
    from indexer.export import export as run_export

    if output != "-":
        check_target(output, config.home)  # before anything is opened
    export_format = export_format_for(output, export_format)
    spec = build_query(" ".join(query), sort="newest", limit=limit, snippets=False, **filters)
    backend = open_backend(config)
    try:
        total = backend.search(replace(spec, limit=1)).total
        if not total:
            explain_empty(backend, spec, 0)
    finally:
        backend.close()
    written = run_export(config, spec, output, export_format, facts=facts, excel=excel)
    what = "figure(s)" if facts else "article(s)"
    click.echo(f"Wrote {written} {what} to {output}", err=True)


_EXTENSIONS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json", ".csv": "csv",
               ".tsv": "tsv", ".txt": None}  # fmt: skip


def export_format_for(output: str, chosen: str | None) -> str:
    """The export format: ``chosen``, else the one the file's extension names (jsonl for
    '-' and for names without an extension). An extension that names another format, or
    none we write (.xlsx), is an error rather than a file whose content belies its name."""
    suffix = "" if output == "-" else Path(output).suffix.lower()
    implied = _EXTENSIONS.get(suffix, "unknown") if suffix else None
    if implied == "unknown":
        raise OcopError(f"cannot write {suffix} files; name the file .csv, .tsv, .json or .jsonl "
                        "(for a spreadsheet: -o FILE.csv --excel)")  # fmt: skip
    if chosen and implied and chosen != implied:
        raise OcopError(f"--format {chosen} does not match the file name {output!r}; "
                        f"name it .{chosen} or drop --format")  # fmt: skip
    return chosen or implied or "jsonl"


commands = [search, stats, export]
