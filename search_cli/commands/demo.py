"""`ocop demo`: the whole pipeline, offline, against the bundled demo news site."""

from __future__ import annotations

import textwrap
import time
from pathlib import Path

import click

from corpus.config import AppConfig
from corpus.errors import OcopError
from indexer.query import QuerySpec, StatsSpec


def demo_source(base_url: str):
    """The source entry describing the bundled demo site served at ``base_url``."""
    from crawler.sources import Source

    host = base_url.split("://", 1)[1].split("/", 1)[0]
    return Source(
        name="demo",
        home=f"{base_url}/",
        allowed_domains=[host.split(":")[0]],
        sections=[f"{base_url}/chuyen-muc/ocop/", f"{base_url}/chuyen-muc/kinh-te/"],
        sitemaps=[f"{base_url}/sitemap.xml"],
        feeds=[f"{base_url}/rss.xml"],
        allow=[],
        deny=[],
        css={},
    )


DEMO_MARKER = ".ocop-demo-home"


def prepare_demo_home(config: AppConfig) -> None:
    """Start every demo from an empty store; never touch a directory holding real data."""
    home = config.home
    marker = home / DEMO_MARKER
    if home.exists() and any(home.iterdir()) and not marker.exists():
        raise OcopError(
            f"{home} holds data that is not from a previous demo; "
            "run the demo with an empty or new --home"
        )
    home.mkdir(parents=True, exist_ok=True)
    for pattern in ("corpus.sqlite*", "index.sqlite*", "sources.toml"):
        for path in home.glob(pattern):
            path.unlink()
    marker.write_text("Data directory of `ocop demo`; it is emptied on every demo run.\n")


@click.command(short_help="Run the whole pipeline offline on the bundled demo site.")
@click.option("--home", type=click.Path(file_okay=False),
              help="Data directory for the demo (default: ./.ocop-demo).")  # fmt: skip
@click.option("--query", "-q", default="sản phẩm OCOP 4 sao", show_default=True,
              help="The search to run at the end.")  # fmt: skip
@click.option("--serve", is_flag=True, help="Only serve the demo site until Ctrl+C.")
@click.option(
    "--port", type=int, default=0, help="Port for the demo site (default: any free port)."
)
@click.pass_context
def demo(ctx: click.Context, home: str | None, query: str, serve: bool, port: int) -> None:
    """Run the whole pipeline offline: serve the bundled demo news site on 127.0.0.1, crawl it,
    extract, store, enrich, index into the embedded SQLite backend, then search it."""
    from crawler.run import run_crawl
    from crawler.sources import save_sources
    from demo_site.server import start
    from indexer.indexing import open_backend, run_index

    server = start(port)
    click.echo(f"Demo news site serving on {server.base_url}/")
    if serve:
        click.echo("Press Ctrl+C to stop.")
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            return
    root = ctx.find_root().obj or {}
    config = AppConfig.load(home=home or root.get("home") or Path(".ocop-demo"), backend="sqlite")
    prepare_demo_home(config)
    source = demo_source(server.base_url)
    save_sources(config.sources_path, [source])
    click.echo(f"Data directory: {config.home}")

    click.secho("\n[1/3] Crawling the demo site", bold=True)
    t0 = time.perf_counter()
    summary = run_crawl(config, sources=[source], polite=False, progress=False)
    counts = summary["sources"].get("demo", {})
    click.echo(
        f"      fetched {counts.get('fetched', 0)} page(s), kept {counts.get('kept', 0)} OCOP "
        f"article(s), skipped {counts.get('skipped', 0)}, duplicates {counts.get('duplicates', 0)}, "
        f"errors {counts.get('errors', 0)} ({time.perf_counter() - t0:.1f}s)"
    )
    server.shutdown()

    click.secho("[2/3] Enriching and indexing", bold=True)
    t0 = time.perf_counter()
    result = run_index(config)
    click.echo(
        f"      enriched {result.enrichment.enriched} article(s), {result.total} in the index "
        f"with syndicated copies ({time.perf_counter() - t0:.1f}s)"
    )

    click.secho(f"[3/3] Searching: {query}", bold=True)
    backend = open_backend(config)
    try:
        found = backend.search(QuerySpec(text=query, limit=3))
        for i, hit in enumerate(found.hits, 1):
            click.echo(
                f"  {i}. {hit.title}  ({(hit.published_at or '')[:10]}, {', '.join(hit.provinces)})"
            )
            # cut on a word boundary: "… trong đó 33 sản phẩ" reads as a typo
            click.echo(f"     {textwrap.shorten(hit.snippet, 160, placeholder=' …')}")
        click.echo(f"  {found.total} matching article(s).")
        coverage = backend.stats(StatsSpec(QuerySpec(), group_by=("year",)))
        total = sum(r["articles"] for r in coverage)
        per_year = ", ".join(f"{r['year']}: {r['articles']}" for r in coverage)
        click.echo(f"\nCoverage: {total} OCOP article(s) indexed, syndicated copies counted "
                   f"once ({per_year}).")  # fmt: skip
    finally:
        backend.close()
    import shutil
    import sys

    exe = "ocop" if shutil.which("ocop") else sys.argv[0]  # the venv may not be activated
    if exe.endswith(".py"):
        exe = f"{sys.executable} -m search_cli.cli"
    click.echo(
        f"\nTry next:\n  {exe} --home {config.home} search quang ninh 4 sao\n"
        f"  {exe} --home {config.home} stats --by province\n"
        f"  {exe} --home {config.home} facts --star 4\n"
        f"\nBrowse it in a web page (http://127.0.0.1:8000/):\n"
        f"  {exe} --home {config.home} serve"
    )


commands = [demo]
