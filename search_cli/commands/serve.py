"""`ocop serve`: the read-only web page for communications staff."""

from __future__ import annotations

import click

from corpus.config import AppConfig
from search_cli.options import config_options


@click.command(short_help="Serve the read-only web page (search, article, facts, coverage).")
@config_options
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Address to listen on; anything but localhost needs --auth or OCOP_WEB_TOKEN.",
)
@click.option(
    "--port",
    default=8000,
    show_default=True,
    type=click.IntRange(0, 65535),
    help="Port to listen on (0: any free port).",
)
@click.option(
    "--auth",
    metavar="USER:PASSWORD_FILE",
    help="Require HTTP basic auth; the password is read from a file only you can read.",
)
def serve(config: AppConfig, host: str, port: int, auth: str | None) -> None:  # fmt: skip
    """Serve search, articles, the facts explorer and coverage charts on HOST:PORT.

    The page reads the same store and index as the CLI (SQLite or Elasticsearch) and never
    writes. Every page has a JSON twin: add ?format=json, or use /api/search, /api/article/ID,
    /api/facts, /api/coverage. Stop with Ctrl+C.
    """
    import uvicorn

    from search_cli.web.app import create_app
    from search_cli.web.auth import load_credentials

    credentials = load_credentials(auth, host)
    app = create_app(config, credentials)
    click.echo(f"Serving {config.home} on http://{host}:{port}/ (Ctrl+C to stop)", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")


commands = [serve]
