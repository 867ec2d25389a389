"""`ocop crawl` and `ocop sources add|list|check`."""

from __future__ import annotations

import sys
from datetime import datetime, timedelta

import click

from corpus.article import VIETNAM_TZ
from corpus.config import AppConfig
from corpus.errors import OcopError
from search_cli.options import DATE, UrlType, config_options, output_options
from search_cli.output import emit, render_json

SUMMARY_COLUMNS = ["source", "fetched", "kept", "skipped", "duplicates", "errors"]


def _day(value: datetime | None, end: bool = False) -> datetime | None:
    if value is None:
        return None
    start = value.replace(tzinfo=VIETNAM_TZ)
    return start + timedelta(days=1, microseconds=-1) if end else start


@click.command(short_help="Crawl the sources for OCOP articles (incremental, resumable).")
@click.option(
    "--source",
    "-s",
    "names",
    multiple=True,
    help="Only this source (repeatable; see `ocop sources list`).",
)
@click.option(
    "--since",
    type=DATE,
    help="Only articles published on or after this day (YYYY-MM-DD or DD/MM/YYYY).",
)
@click.option(
    "--until",
    type=DATE,
    help="Only articles published on or before this day (YYYY-MM-DD or DD/MM/YYYY).",
)
@click.option(
    "--limit",
    type=click.IntRange(1),
    help="Stop a source after keeping this many articles (newest first).",
)
@click.option(
    "--refresh",
    is_flag=True,
    help="Fetch known articles and listings again (updates changed articles).",
)
@click.option(
    "--workers",
    "-j",
    type=click.IntRange(1),
    help="Extraction processes (default: one per core). Env: OCOP_EXTRACT_WORKERS.",
)
@click.option(
    "--progress/--no-progress",
    default=None,
    help="Live progress per source on stderr (default: on a terminal).",
)
@click.option(
    "--no-politeness",
    "impolite",
    is_flag=True,
    hidden=True,
    help="No delays or throttling: only for your own local test sites.",
)
@output_options
@config_options(create=True)
def crawl(config: AppConfig, names, since, until, limit, refresh, workers, progress, impolite,
          fmt) -> None:  # fmt: skip
    """Crawl the sources in sources.toml for OCOP articles and store them in the corpus.

    Discovery per source: sitemaps, then feeds, then section listings with pagination
    (sources without any are discovered from robots.txt and the home page). Only pages
    mentioning OCOP are kept; everything else is recorded as skipped and not fetched again.
    Known articles are not fetched again unless --refresh. Interrupt it at any time: the
    next run resumes where this one stopped. Politeness (robots.txt, delays, AutoThrottle,
    per-domain concurrency) is configured in settings.py / OCOP_* variables.
    """
    from crawler.run import run_crawl

    if since and until and since > until:
        raise click.BadParameter("--since is after --until", param_hint="--since")
    show = progress if progress is not None else sys.stderr.isatty()
    result = run_crawl(
        config, names=tuple(names), since=_day(since), until=_day(until, end=True), limit=limit,
        refresh=refresh, polite=not impolite, progress=show, workers=workers,
    )  # fmt: skip
    rows = [{"source": name, **c} for name, c in result["sources"].items()]
    if fmt == "json":
        click.echo(render_json(result))
        return
    emit(rows, SUMMARY_COLUMNS, fmt)
    if fmt == "table":
        kept = sum(r["kept"] for r in rows)
        click.echo(f"Crawl run {result['run_id']} {result['status']}: {kept} new or updated "
                   "OCOP article(s). Next: `ocop index`.")  # fmt: skip
        if result["status"] == "finished" and not any(r["fetched"] for r in rows):
            click.echo(nothing_due_note(config))
    for row in rows:
        if row["fetched"] == 0 and row["errors"]:
            click.echo(f"Warning: nothing could be fetched from {row['source']!r} "
                       f"({row['errors']} error(s)); see `ocop sources check {row['source']}`",
                       err=True)  # fmt: skip
    if result["status"] != "finished":
        raise OcopError(f"crawl run {result['run_id']} was {result['status']}; "
                        "run `ocop crawl` again to resume")  # fmt: skip


def nothing_due_note(config: AppConfig) -> str:
    """Why a finished crawl fetched nothing: every known page is up to date."""
    from crawler.run import scrapy_settings

    hours = scrapy_settings().getfloat("OCOP_REVISIT_LISTINGS_HOURS")
    return (f"Nothing was due: known articles are not fetched again and listings, feeds and "
            f"sitemaps are re-read {hours:g} h after the last visit (OCOP_REVISIT_LISTINGS_HOURS)"
            "; --refresh fetches everything again.")  # fmt: skip


@click.group(short_help="Manage news sources: add, list, check.")
def sources() -> None:
    """Manage the news sources in the data directory's sources.toml."""


@sources.command("list", short_help="List the configured sources.")
@output_options
@config_options(create=True)
def sources_list(config: AppConfig, fmt: str) -> None:
    """List the sources in sources.toml (created from the shipped defaults on first use)."""
    from crawler.sources import user_sources

    rows = [
        {
            "name": s.name,
            "home": s.home,
            "sitemaps": len(s.sitemaps),
            "feeds": len(s.feeds),
            "sections": len(s.sections),
            "discovery": "configured" if (s.sitemaps or s.feeds or s.sections) else "automatic",
        }
        for s in user_sources(config)
    ]
    emit(rows, ["name", "home", "sitemaps", "feeds", "sections", "discovery"], fmt)
    if fmt == "table":
        click.echo(f"{len(rows)} source(s) in {config.sources_path}")


@sources.command("add", short_help="Discover a site's sitemaps and feeds and add it.")
@click.argument("url", type=UrlType(default_scheme="https"))
@click.option("--name", help="Name for the source (default: from the host name).")
@click.option(
    "--section",
    "sections",
    multiple=True,
    type=UrlType(),
    help="A section or tag listing URL to crawl too (repeatable).",
)
@config_options(create=True)
def sources_add(config: AppConfig, url: str, name: str | None, sections) -> None:
    """Probe URL (robots.txt, /sitemap.xml, sitemap indexes, feeds, OCOP sections) and add a
    source entry to sources.toml with what was found."""
    from crawler.probe import probe
    from crawler.sources import Source, save_sources, source_name_for, user_sources

    existing = user_sources(config)
    taken = {s.name for s in existing}
    if name and name in taken:
        raise OcopError(f"a source named {name!r} already exists")
    for other in existing:  # the same site twice would be crawled twice under two names
        if same_home(other.home, url):
            raise OcopError(f"{url} is already the source {other.name!r} ({other.home}); "
                            "nothing added")  # fmt: skip
    report = probe(url, sections=sections)
    if not report.reachable:
        raise OcopError(f"{url} is not reachable ({report.error or report.status}); nothing added")
    source = Source(
        name=name or source_name_for(url, taken),
        home=url,
        sitemaps=[u for u, n in report.sitemaps.items() if n > 0],
        feeds=[u for u, n in report.feeds.items() if n > 0],
        sections=[u for u, n in report.sections.items() if n > 0],
    )
    save_sources(config.sources_path, [*existing, source])
    _print_report(report)
    click.echo(f"Added source {source.name!r} to {config.sources_path}")


def same_home(a: str, b: str) -> bool:
    """Whether two home URLs are one site's home (scheme, "www.", case, port 80/443 and a
    trailing slash aside)."""
    from urllib.parse import urlsplit

    def key(url: str) -> tuple[str, str]:
        parts = urlsplit(url.strip() if "://" in url else f"http://{url.strip()}")
        host = (parts.hostname or "").lower().removeprefix("www.")
        port = parts.port if parts.port not in (None, 80, 443) else ""
        return f"{host}:{port}", parts.path.rstrip("/")

    return key(a) == key(b)


@sources.command("check", short_help="Check a source: reachability and what discovery finds.")
@click.argument("name")
@click.option("--json", "as_json", is_flag=True, help="Output JSON.")
@config_options(create=True)
def sources_check(config: AppConfig, name: str, as_json: bool) -> None:
    """Fetch a source's home page and each configured sitemap, feed and section, and report
    how many entries each yields (with automatic discovery for sources that configure none)."""
    from crawler.probe import probe
    from crawler.sources import select_sources, user_sources

    (source,) = select_sources(user_sources(config), [name])
    automatic = not (source.sitemaps or source.feeds or source.sections)
    report = probe(source.home, sitemaps=source.sitemaps, feeds=source.feeds,
                   sections=source.sections, discover=automatic)  # fmt: skip
    if as_json:
        click.echo(render_json(report.__dict__))
    else:
        _print_report(report)
    if not report.reachable:
        raise OcopError(f"source {name!r} is not reachable: {report.error or report.status}")


def _print_report(report) -> None:
    state = "reachable" if report.reachable else f"NOT reachable ({report.error})"
    click.echo(f"{report.home}: {state}")
    for label, found in (("sitemap", report.sitemaps), ("feed", report.feeds),
                         ("section", report.sections)):  # fmt: skip
        for url, n in found.items():
            click.echo(f"  {label:8} {url}  " + (f"{n} entries" if n >= 0 else "unusable"))
    for url in report.robots_disallowed:
        click.echo(f"  robots.txt disallows {url}")


commands = [crawl, sources]
