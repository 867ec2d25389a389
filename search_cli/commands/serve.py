"""`ocop serve`: the read-only web page for communications staff."""

from __future__ import annotations

import socket

import click

from corpus.config import AppConfig
from corpus.errors import OcopError
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
    sock = listen(host, port)
    shown = f"[{host}]" if ":" in host else host
    port = sock.getsockname()[1]  # the real one when --port 0
    click.echo(f"Serving {config.home} on http://{shown}:{port}/ (Ctrl+C to stop)", err=True)
    uvicorn.Server(uvicorn.Config(app, log_level="warning")).run(sockets=[sock])


def listen(host: str, port: int) -> socket.socket:
    """A socket bound to HOST:PORT, or one clear error (port taken, unknown address)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as exc:
        sock.close()
        raise OcopError(
            f"cannot listen on {host}:{port} ({exc.strerror or exc}); "
            "is another `ocop serve` running? Choose another --port"
        ) from None
    return sock


commands = [serve]
