"""Commands over the corpus store: index, analyze, reextract, status."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from corpus.config import AppConfig
from corpus.errors import OcopError
from search_cli.options import config_options, output_options
from search_cli.output import emit, render_json


class _Bar:
    """A one-line progress display on stderr (silent when not a terminal)."""

    def __init__(self, label: str, enabled: bool):
        self.label = label
        self.enabled = enabled

    def __call__(self, done: int, total: int) -> None:
        if self.enabled and total:
            click.echo(f"\r{self.label}: {done}/{total}", nl=False, err=True)
            if done >= total:
                click.echo(err=True)


@click.command("index", short_help="Enrich new or changed articles and index them.")
@click.option(
    "--force", is_flag=True, help="Re-enrich every article, not only new or changed ones."
)
@click.option(
    "--rebuild",
    is_flag=True,
    help="Rebuild the search index from the store (Elasticsearch: new index, atomic alias switch).",
)
@click.option(
    "--workers", "-j", type=click.IntRange(1), help="NLP processes (default: one per core)."
)
@click.option(
    "--progress/--no-progress", default=None, help="Show progress (default: on a terminal)."
)
@config_options
def index_cmd(
    config: AppConfig, force: bool, rebuild: bool, workers: int | None, progress: bool | None
) -> None:
    """Enrich new or changed articles (entities, provinces, products, figures) and index them.

    Runs on all cores; interrupt it at any time, the next run continues where it stopped.
    """
    from indexer.indexing import run_index

    show = progress if progress is not None else sys.stderr.isatty()
    counts = run_index(
        config,
        force=force,
        rebuild=rebuild,
        workers=workers,
        enrich_progress=_Bar("Enriching", show),
    )
    e = counts.enrichment
    click.echo(
        f"Enriched {e.enriched} article(s) ({e.failed} failed); indexed {counts.indexed}, "
        f"removed {counts.removed}; {counts.total} article(s) in the {config.backend} index."
    )
    if counts.facts is not None and counts.facts.mode != "none":
        fb = counts.facts
        click.echo(f"Fact base: {fb.mode} refresh, {fb.keys} fact identities, "
                   f"{fb.facts_written} fact(s) written in {fb.seconds:.1f}s.")  # fmt: skip
    if e.failed:
        raise OcopError(f"{e.failed} article(s) could not be enriched; see the log above")


@click.command(short_help="Extract and enrich one local HTML or text file.")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--url", help="The page's URL (resolves relative links; default: file://PATH).")
@click.option("--json", "as_json", is_flag=True, help="Output JSON (default: a readable summary).")
@click.option("--no-enrich", is_flag=True, help="Extraction only, skip entities and figures.")
def analyze(path: Path, url: str | None, as_json: bool, no_enrich: bool) -> None:
    """Extract and enrich one local file: .html/.htm is extracted as a news page, other files
    (.txt) are taken as already-extracted article text."""
    from corpus import config as settings
    from corpus.article import Article
    from corpus.textnorm import tidy

    size = path.stat().st_size
    if size > settings.OCOP_MAX_INPUT_MB * 1_000_000:
        raise OcopError(
            f"{path} is {size / 1e6:.1f} MB; analyze reads at most "
            f"{settings.OCOP_MAX_INPUT_MB:g} MB (set OCOP_MAX_INPUT_MB to change it)"
        )
    data = path.read_bytes()
    url = url or path.resolve().as_uri()
    if path.suffix.lower() in {".html", ".htm", ".xhtml"}:
        from crawler.extract import extract

        extraction = extract(data, url)
        article = extraction.to_article(url)
        is_article = extraction.is_article
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise OcopError(
                f"{path} is not UTF-8 text ({exc.reason}); pass an .html file"
            ) from None
        article = Article(url=url, text=tidy(text))
        is_article = True
    result = article.to_dict()
    result["is_article"] = is_article
    if not no_enrich:
        from indexer.nlp import enrich

        result.update(enrich(article.title, article.lead, article.text, article.published_at))
    if as_json:
        click.echo(render_json(result))
        return
    click.echo(click.style(result["title"] or "(no title)", bold=True))
    click.echo(
        f"Published: {result['published_at'] or '-'}   Authors: {', '.join(result['authors']) or '-'}"
    )
    if result["lead"]:
        click.echo(f"\n{result['lead']}")
    click.echo(f"\n{len(result['text'].split())} words of body text.")
    if not no_enrich:
        provinces = ", ".join(
            p["name"] + (" (primary)" if p.get("primary") else "") for p in result["provinces"]
        )
        click.echo(f"Provinces: {provinces or '-'}")
        click.echo(f"Entities: {len(result['entities'])}   Products: {len(result['products'])}")
        if result["figures"]:
            click.echo("\nFigures:")
            emit(map(figure_row, result["figures"]), FIGURE_COLUMNS, "table")


FIGURE_COLUMNS = ["value", "metric", "star", "province", "period", "sentence"]


def figure_row(figure: dict) -> dict:
    """A figure as the facts table shows it ("gần 16.000 ha", "từ 3 sao"), not raw fields
    ("16000", "less_than"); --json keeps the raw ones."""
    from indexer.facts_format import format_value, star_label

    value = format_value(figure.get("value"), figure.get("unit"), figure.get("qualifier"),
                         figure.get("percent"))  # fmt: skip
    star = star_label(figure.get("star"), figure.get("min_star"), figure.get("potential_star"))
    return {"value": value, "metric": figure.get("metric"), "star": star,
            "province": figure.get("province"), "period": figure.get("period"),
            "sentence": figure.get("sentence")}  # fmt: skip


@click.command(short_help="Rerun extraction over stored raw pages (no network).")
@click.option("--source", "sources", multiple=True, help="Only pages of this source (repeatable).")
@config_options
def reextract(config: AppConfig, sources: tuple[str, ...]) -> None:
    """Rerun extraction over the stored raw pages (no network): update changed articles and
    retry pages that could not be extracted (stored as articles when they now extract)."""
    from crawler.reextract import reextract as run_reextract

    c = run_reextract(config, sources)
    click.echo(
        f"Re-extracted {c.pages} page(s): {c.updated} updated, {c.unchanged} unchanged, "
        f"{c.no_longer_article} no longer extracted as articles; {c.retried} unextractable "
        f"page(s) retried, {c.recovered} now stored as articles; {c.set_aside} set aside "
        "(not about OCOP once the site's repeated lines are removed)."
    )
    if c.updated or c.recovered or c.set_aside:
        click.echo("Run `ocop index` to enrich and index the updated articles.")


RUN_COLUMNS = ["source", "run_id", "started_at", "finished_at", "status", "fetched", "kept",
               "skipped", "duplicates", "errors"]  # fmt: skip


@click.command(short_help="What the data directory holds; last crawl per source.")
@output_options
@config_options
def status(config: AppConfig, fmt: str) -> None:
    """What is in the data directory: articles, pages, enrichment, the last crawl per source,
    the most recent failed pages and pages that could not be extracted.

    --json gives everything as one object; --nl/--csv/--tsv the last crawl per source.
    """
    from corpus.status import data_status
    from indexer.nlp import ENRICHMENT_VERSION

    st = data_status(config.home, config.backend, ENRICHMENT_VERSION)
    index = _index_summary(config)
    if fmt == "json":
        click.echo(render_json({**st.to_dict(), "index": index}))
        return
    if fmt != "table":
        emit(st.last_runs, RUN_COLUMNS, fmt)
        return
    for key, value in st.summary().items():
        if key not in ("unextractable_urls", "set_aside_articles") or value:
            click.echo(f"{key.replace('_', ' '):>18}: {value}")
    click.echo(f"{'index':>18}: {_index_line(index)}")
    click.echo()
    # The store keeps UTC; a reader in Vietnam reads a bare "01:00" as local time.
    runs = [{**r, "started (VN time)": vietnam_time(r["started_at"])} for r in st.last_runs]
    columns = [c if c != "started_at" else "started (VN time)" for c in RUN_COLUMNS]
    emit(runs, [c for c in columns if c != "finished_at"], "table",
         empty="No crawl has run yet: try `ocop crawl` or `ocop demo`.")  # fmt: skip
    for title, rows in (("Pages that failed (retried on the next crawl):", st.recent_errors),
                        ("Pages that could not be extracted:", st.unextractable),
                        ("Articles set aside (not about OCOP once the site's repeated lines were removed):",
                         st.set_aside)):  # fmt: skip
        if rows:
            click.echo(f"\n{title}")
        for r in rows:
            click.echo(f"  {r['source']}: {r['url']}\n      {(r['reason'] or '')[:150]}")


def vietnam_time(iso: str | None) -> str:
    """A stored UTC timestamp as Vietnam time to the minute ("2026-03-04 08:00")."""
    if not iso:
        return ""
    from datetime import UTC, datetime

    from corpus.article import VIETNAM_TZ

    moment = datetime.fromisoformat(iso)
    moment = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return moment.astimezone(VIETNAM_TZ).strftime("%Y-%m-%d %H:%M")


def _index_summary(config: AppConfig) -> dict | None:
    """The search index's counts and whether it is behind the store (None: no store yet)."""
    if not config.corpus_path.exists():
        return None
    from indexer.indexing import index_status

    try:
        return index_status(config).to_dict()
    except OcopError as exc:
        return {"error": str(exc)}


def _index_line(index: dict | None) -> str:
    if index is None:
        return "none yet"
    if "error" in index:
        return index["error"]
    state = {True: "behind the store: run `ocop index`", False: "up to date"}.get(
        index["behind"], "state unknown"
    )
    if index.get("stale"):
        state = index["stale"]
    return f"{index['documents']} documents ({index['backend']}, format {index['schema_version']}), {state}"


commands = [index_cmd, analyze, reextract, status]
