"""The knowledge base: `ocop facts` (figures as facts with citations), `ocop show` (one
article with its figures and entities highlighted) and `ocop handbook` (a province's
handbook as Word, Markdown or HTML)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

import click

from corpus.config import AppConfig
from corpus.errors import OcopError
from indexer.query import METRICS
from search_cli.commands.query import resolve_provinces
from search_cli.options import as_day, config_options, output_options
from search_cli.output import emit, render_json

TABLE_COLUMNS = ["id", "province", "metric", "star", "value", "period", "cited", "conflict",
                 "source", "sentence"]  # fmt: skip
FLAT_COLUMNS = ["id", "province", "new_province", "district", "metric", "kind", "unit", "star",
                "min_star", "potential_star", "relation", "base", "value", "qualifier", "percent",
                "period_kind", "period", "mentions", "articles", "stories", "conflicts",
                "published_at", "source", "title", "url", "sentence"]  # fmt: skip


def _open_store(config: AppConfig):
    from indexer.knowledge import open_store

    return open_store(config)


def load_facts(config: AppConfig, text: str, since, until, flt=None) -> list:
    """Every fact from the stored articles published in [since, until] matching ``text``
    (only the articles that can hold what ``flt`` selects are read); the caller has already
    looked for a current fact base."""
    from indexer.knowledge import facts_from_store

    store = _open_store(config)
    try:
        return facts_from_store(config, store, text, as_day(since), as_day(until), flt)
    finally:
        store.close()


def _rows(facts: Sequence, fmt: str, new_provinces: bool) -> list[dict]:
    from indexer.facts_format import fact_row

    rows = [fact_row(f) if fmt == "table" else f.to_dict() for f in facts]
    if new_provinces:
        for f, r in zip(facts, rows):
            if f.new_province and f.new_province != f.province:
                r["province"] = (
                    f"{f.new_province} ({f.province} cũ)" if fmt == "table" else f.new_province
                )
                r["former_province"] = f.province
    if fmt == "csv":
        for r in rows:
            r["conflicts"] = " ".join(r["conflicts"])
            for key in ("value", "percent"):
                r[key] = _raw_number(r[key])
    return rows


def _raw_number(value: float | None) -> str:
    """Full precision for CSV (the shared cell formatter's %g would print 7.5e+07)."""
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else repr(float(value))


def _conflict_report(facts: Sequence, by_id: dict) -> None:
    """Conflicting values side by side, each with its sources (``by_id``: facts by id)."""
    from indexer.facts_format import format_value, metric_label, star_label

    done: set[str] = set()
    shown = [f for f in facts if f.conflicts and f.id not in done]
    if not shown:
        return
    click.echo(
        click.style(
            "\nConflicts (same province, metric, star and period; different values):", bold=True
        )
    )
    for f in shown:
        if f.id in done:
            continue
        group = [f, *(by_id[i] for i in f.conflicts if i in by_id)]
        done.update(g.id for g in group)
        period = f.period.display() if f.period else "?"
        click.echo(f"\n  {f.province} · {metric_label(f.metric, f.kind)} "
                   f"{star_label(f.star, f.min_star, f.potential_star)} · {period}")  # fmt: skip
        for g in group:
            value = format_value(g.value, g.unit, g.qualifier)
            click.echo(click.style(f"    {value:<24}", fg="yellow") + f" fact {g.id}")
            cited = {m.article_id: m for m in g.mentions}  # one line per article
            for m in sorted(cited.values(), key=lambda m: (m.published or date.max, m.source)):
                day = m.published.isoformat() if m.published else "?"
                click.echo(f"      {day}  {m.source:<16} {m.url}")


def _fact_detail(fact) -> None:
    """One fact: its value and every sentence stating it, with the article."""
    from indexer.facts_format import format_value, metric_label, star_label

    value = format_value(fact.value, fact.unit, fact.qualifier, fact.percent)
    click.echo(click.style(f"Fact {fact.id}: {value}", bold=True))
    star = star_label(fact.star, fact.min_star, fact.potential_star)
    click.echo(f"  {fact.province or '?'} · {metric_label(fact.metric, fact.kind)} {star}".rstrip())
    if fact.period:
        click.echo(f"  period: {fact.period.display()} ({fact.period.kind}"
                   f"{'' if fact.period.explicit else ', publication date'})")  # fmt: skip
    if fact.conflicts:
        click.echo(click.style(f"  conflicts with: {', '.join(fact.conflicts)}", fg="yellow"))
    click.echo(f"  {len(fact.mentions)} mention(s) in {len(fact.articles)} article(s):\n")
    for m in sorted(fact.mentions, key=lambda m: (m.published or date.max, m.article_id)):
        day = m.published.isoformat() if m.published else "?"
        click.echo(f"  [{m.zone}] {m.sentence}")
        click.echo(f"      {m.title} — {m.source}, {day}")
        click.echo(f"      {m.url}   (ocop show {m.article_id})\n")


def _history_chart(series: dict, path: str) -> Path:
    from indexer.charts import history_chart
    from indexer.facts_format import metric_label, star_label

    named = {}
    for facts in sorted(series.values(), key=len, reverse=True)[:8]:  # a readable legend
        f = facts[0]
        label = f"{f.province or '?'} · {metric_label(f.metric, f.kind)} {star_label(f.star, f.min_star)}"
        # the best-cited value first at each date: it carries the line
        ranked = sorted(facts, key=lambda x: (x.period.end, -len(x.articles)))
        named[label.strip()] = [(x.period.end, x.value) for x in ranked]
    return history_chart(named, path, title="Số liệu theo thời gian")


@click.command(short_help="Figures as facts: latest, history, conflicts, with their sources.")
@click.argument("query", nargs=-1)
@click.option("--province", "-p", "provinces", multiple=True,
              help="Province (any spelling, old or new name; repeatable).")  # fmt: skip
@click.option("--metric", type=click.Choice(METRICS), help="Only this metric.")
@click.option("--star", type=click.IntRange(1, 5), help="Star rating of the counted products.")
@click.option("--since", type=click.DateTime(["%Y-%m-%d"]),
              help="Articles published on or after (YYYY-MM-DD).")  # fmt: skip
@click.option("--until", type=click.DateTime(["%Y-%m-%d"]),
              help="Articles published on or before (YYYY-MM-DD).")  # fmt: skip
@click.option("--latest", is_flag=True,
              help="Newest as-of value per province, metric and star (not the newest article).")  # fmt: skip
@click.option("--history", is_flag=True, help="The series over time per province, metric and star.")
@click.option("--conflicts", "only_conflicts", is_flag=True,
              help="Only facts that other sources contradict.")  # fmt: skip
@click.option("--id", "fact_id", metavar="FACT_ID", help="Show one fact's sentences and articles.")
@click.option("--new-provinces", is_flag=True, help="Label provinces by their post-July-2025 name.")
@click.option("--chart", type=click.Path(dir_okay=False, writable=True),
              help="With --history: also draw the series into this PNG file.")  # fmt: skip
@click.option("--limit", "-n", type=click.IntRange(0), default=50, show_default=True,
              help="At most this many facts (0 = all).")  # fmt: skip
@output_options
@config_options
def facts(config: AppConfig, query, provinces, metric, star, since, until, latest, history,
          only_conflicts, fact_id, new_provinces, chart, limit, fmt) -> None:  # fmt: skip
    """Figures as facts: a fact is one value for one province, metric, star and period, with
    every article stating it (title, sapo and body of one article count once; syndicated
    copies add citations). Values stated differently by two sources are flagged as conflicts.

    Example: ocop facts --province "Quảng Ninh" --metric ocop_products --star 4 --latest
    """
    from indexer import facts as kb

    if latest and history:
        raise OcopError("choose one of --latest and --history")
    if chart and not history:
        raise OcopError("--chart draws a history: add --history")
    flt = kb.FactFilter(resolve_provinces(provinces), metric, star)
    text = " ".join(query)
    base = None if text.strip() else _current_factbase(config)
    if base is not None and since is None and until is None:
        with base:
            _facts_from_base(base, flt, latest, history, only_conflicts, fact_id, new_provinces,
                             chart, limit, fmt)  # fmt: skip
        return
    if base is not None:  # a date window: rebuilt from the fact base's mentions of it
        with base:
            all_facts = base.window(as_day(since), as_day(until), None if fact_id else flt)
    else:
        all_facts = load_facts(config, text, since, until, None if fact_id else flt)
    if fact_id:
        _show_fact(kb.find_fact(all_facts, fact_id), fact_id, fmt)
        return
    selected = [f for f in all_facts if flt(f) and (f.conflicts or not only_conflicts)]
    if latest:
        selected = kb.latest(selected)
    elif history:
        selected = _history(selected, chart)
    if new_provinces:
        selected.sort(key=lambda f: (str(f.new_province or ""), kb.sort_key(f)))
    shown = selected[:limit] if limit else selected
    _emit_facts(shown, len(selected), fmt, new_provinces, {f.id: f for f in all_facts})


def _current_factbase(config: AppConfig):
    from indexer.knowledge import current_factbase

    store = _open_store(config)
    try:
        return current_factbase(config, store, lambda m: click.echo(f"Warning: {m}", err=True))
    finally:
        store.close()


def _show_fact(found, fact_id: str, fmt: str) -> None:
    if found is None:
        raise OcopError(
            f"no fact with id {fact_id!r} (use at least 4 characters of an id from `ocop facts`)"
        )
    if fmt == "table":
        _fact_detail(found)
    else:
        emit([found.to_dict()], FLAT_COLUMNS, fmt)


def _history(selected: list, chart: str | None) -> list:
    from indexer import facts as kb

    series = kb.history(selected)
    if chart:
        if not series:
            raise OcopError("no values over time to chart for these filters")
        click.echo(f"Wrote chart {_history_chart(series, chart)}", err=True)
    return [f for group in series.values() for f in group]


def _emit_facts(shown: Sequence, total: int, fmt: str, new_provinces: bool, by_id) -> None:
    """The facts as rows; for a table, the count and the conflicts report (``by_id``: the
    facts a conflict may point to, a dict or a lookup function)."""
    rows = _rows(shown, fmt, new_provinces)
    emit(rows, TABLE_COLUMNS if fmt == "table" else FLAT_COLUMNS, fmt, empty="No figures match.")
    if fmt == "table" and rows:
        if len(shown) < total:
            click.echo(f"\n{len(shown)} of {total} fact(s); use --limit 0 for all.")
        _conflict_report(shown, by_id)
        click.echo("\nDetails of a fact: ocop facts --id ID")


def _facts_from_base(base, flt, latest: bool, history: bool, only_conflicts: bool,
                     fact_id: str | None, new_provinces: bool, chart: str | None, limit: int,
                     fmt: str) -> None:  # fmt: skip
    """`ocop facts` without free text or dates, answered by SQL over the fact base: the same
    facts in the same order as a build from the store."""
    from indexer import facts as kb

    if fact_id:
        _show_fact(base.find(fact_id), fact_id, fmt)
        return
    view = "latest" if latest else "history" if history else "all"
    # flags and orders computed per series at build time answer exactly when the filter
    # takes whole series; otherwise as a build from the store does, in Python
    in_sql = view == "all" or not (only_conflicts or chart or not base.whole_series(flt))
    if in_sql:
        facts = base.select(flt, only_conflicts=only_conflicts, view=view,
                            by_new_province=new_provinces, limit=limit)  # fmt: skip
        if fmt != "table" and not limit:  # streamed: memory stays flat with corpus size
            emit((r for f in facts for r in _rows([f], fmt, new_provinces)), FLAT_COLUMNS, fmt)
            return
        selected = list(facts)
        total = (
            base.count(flt, only_conflicts=only_conflicts, view=view) if limit else len(selected)
        )
        _emit_facts(selected, total, fmt, new_provinces, _partners(base, selected))
        return
    if latest and not only_conflicts:
        selected = base.latest(flt)  # whole series by province, the rest by new province
        if new_provinces:  # stable: the latest order within a new province
            selected.sort(key=lambda f: str(f.new_province or ""))
    else:
        facts = base.select(flt, only_conflicts=only_conflicts)  # `latest` keeps per series
        selected = kb.latest(facts) if latest else _history(list(facts), chart)
        if new_provinces:
            selected.sort(key=lambda f: (str(f.new_province or ""), kb.sort_key(f)))
    shown = selected[:limit] if limit else selected
    _emit_facts(shown, len(selected), fmt, new_provinces, _partners(base, shown))


def _partners(base, shown: Sequence) -> dict:
    """The facts the shown ones conflict with, by id."""
    return base.by_ids(i for f in shown for i in f.conflicts) if shown else {}


_ENTITY_COLOURS = {"PER": "cyan", "ORG": "magenta", "LOC": "green"}


def highlight_spans(article) -> list[tuple[int, int, dict]]:
    """Non-overlapping (start, end, style) spans: figures first, then products, entities."""
    spans: list[tuple[int, int, dict]] = []
    for f in article.figures:
        spans.append((f.get("start", 0), f.get("end", 0), {"fg": "yellow", "bold": True}))
    for p in article.products:
        spans.append((p.get("start", 0), p.get("end", 0), {"bold": True, "underline": True}))
    for e in article.entities:
        for s, t in e.get("spans", []):
            spans.append((s, t, {"fg": _ENTITY_COLOURS.get(e.get("type"), "blue")}))
    taken: list[tuple[int, int, dict]] = []
    for s, t, style in spans:
        if t > s and not any(s < b and a < t for a, b, _ in taken):
            taken.append((s, t, style))
    return sorted(taken, key=lambda x: x[0])


def styled_text(text: str, spans: Sequence[tuple[int, int, dict]]) -> str:
    """``text`` with ANSI styles on ``spans`` (click.echo drops them when not a terminal)."""
    out, pos = [], 0
    for s, t, style in spans:
        out.append(text[pos:s])
        out.append(click.style(text[s:t], **style))
        pos = t
    out.append(text[pos:])
    return "".join(out)


def _find_article(store, key: str):
    article = store.get_article(key)
    if article is None and len(key) >= 4:
        found = list(store.iter_articles("id LIKE ? OR url = ? OR canonical_url = ?",
                                         (key.lower() + "%", key, key)))  # fmt: skip
        if len(found) > 1 and not key.startswith("http"):
            raise OcopError(f"{key!r} matches {len(found)} articles; give more of the id")
        article = found[0] if found else None
    if article is None:
        raise OcopError(
            f"no article {key!r}; ids are shown by `ocop search --json` and `ocop facts --id`"
        )
    return article


@click.command(short_help="One article with its figures and entities highlighted.")
@click.argument("article_id")
@click.option("--json", "as_json", is_flag=True, help="Output the stored article as JSON.")
@config_options
def show(config: AppConfig, article_id: str, as_json: bool) -> None:
    """Print one stored article (by id, id prefix or URL) with its figures (yellow), named
    products (underlined) and people / organisations / places (cyan / magenta / green)
    highlighted on a terminal, then the list of its figures and entities."""
    from indexer.facts_format import format_value, metric_label, star_label
    from indexer.nlp import document_text

    store = _open_store(config)
    try:
        article = _find_article(store, article_id.strip())
    finally:
        store.close()
    if as_json:
        click.echo(render_json(article.to_dict()))
        return
    text = document_text(article.title, article.lead, article.text)
    day = article.published_at.strftime("%Y-%m-%d %H:%M") if article.published_at else "?"
    provinces = ", ".join(p["name"] for p in article.provinces if p.get("primary"))
    click.echo(
        " · ".join(x for x in (day, article.source, ", ".join(article.authors), provinces) if x)
    )
    click.echo(article.url)
    if article.duplicate_of:
        click.echo(f"(syndicated copy of {article.duplicate_of})")
    click.echo()
    click.echo(styled_text(text, highlight_spans(article)))
    if article.figures:
        click.echo(click.style("\nFigures", bold=True))
        for f in article.figures:
            star = star_label(f.get("star"), f.get("min_star"), f.get("potential_star"))
            value = format_value(
                f.get("value"), f.get("unit"), f.get("qualifier"), f.get("percent")
            )
            what = f"{metric_label(f.get('metric'), f.get('kind'))} {star}".strip()
            click.echo(
                f"  {value:<28} {what} · {f.get('province') or '?'} · {f.get('period') or ''}"
            )
    names = [e for e in article.entities if e.get("type") in ("PER", "ORG")]
    if names:
        click.echo(click.style("\nPeople and organisations", bold=True))
        for e in names:
            click.echo(f"  {e['type']}  {e.get('text')}  ×{e.get('count', 1)}")


@click.command(short_help="A province's OCOP handbook as Word, Markdown or HTML.")
@click.option("--province", "-p", "provinces", multiple=True,
              help="Province, old or new name (repeatable). A post-July-2025 province gathers "
                   "the provinces merged into it.")  # fmt: skip
@click.option("--national", is_flag=True, help="The whole country instead of a province.")
@click.option("--since", type=click.DateTime(["%Y-%m-%d"]), help="Articles published on or after.")
@click.option("--until", type=click.DateTime(["%Y-%m-%d"]), help="Articles published on or before.")
@click.option("--output", "-o", required=True, type=click.Path(dir_okay=False, writable=True),
              help="File to write: .docx (Word), .md (Markdown, charts beside it) or .html.")  # fmt: skip
@config_options
def handbook(config: AppConfig, provinces, national, since, until, output) -> None:
    """Write a handbook: title page and period, key figures (latest per metric and star,
    conflicts noted) with numbered citations, charts (star breakdown, coverage over time),
    OCOP products named in the coverage, the people and organisations most cited, a digest
    of the articles in date order and the list of sources.

    Example: ocop handbook --province "Quảng Ninh" --since 2025-01-01 -o quang-ninh.docx
    """
    import time

    from indexer.handbook import resolve_scope, write_handbook

    if national and provinces:
        raise OcopError("use either --province or --national, not both")
    scope = resolve_scope(provinces, national)
    store = _open_store(config)
    t0 = time.perf_counter()
    try:
        write_handbook(store, scope, output, since=as_day(since), until=as_day(until))
    finally:
        store.close()
    click.echo(f"Wrote {output} ({scope.label}, {time.perf_counter() - t0:.1f}s)", err=True)
    for note in scope.notes:
        click.echo(f"Note: {note}", err=True)


commands = [facts, show, handbook]
