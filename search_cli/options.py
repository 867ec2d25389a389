"""Shared click options as plain decorators (in the manner of sqlite-utils' output_options)."""

from __future__ import annotations

import functools
from collections.abc import Callable

import click

from corpus.config import AppConfig


def config_options(func: Callable) -> Callable:
    """Adds --home, --backend, --es-url, --es-index and passes a resolved ``config``."""

    @click.option(
        "--home",
        type=click.Path(file_okay=False),
        help="Data directory (corpus store, index, sources.toml). Env: OCOP_HOME.",
    )
    @click.option(
        "--backend",
        type=click.Choice(["sqlite", "elasticsearch"]),
        help="Search backend. Default: sqlite (embedded). Env: OCOP_BACKEND.",
    )
    @click.option("--es-url", envvar="OCOP_ES_URL", help="Elasticsearch URL. Env: OCOP_ES_URL.")
    @click.option(
        "--es-index", envvar="OCOP_ES_INDEX", help="Elasticsearch index alias. Env: OCOP_ES_INDEX."
    )
    @functools.wraps(func)
    def wrapper(*args, home, backend, es_url, es_index, **kwargs):
        # `ocop --home H cmd` and `ocop cmd --home H` both work; the command's own flag wins.
        root = click.get_current_context().find_root().obj or {}
        config = AppConfig.load(
            home=home or root.get("home"),
            backend=backend or root.get("backend"),
            es_url=es_url,
            es_index=es_index,
        )
        return func(*args, config=config, **kwargs)

    return wrapper


def output_options(func: Callable) -> Callable:
    """Adds --table (default) / --json / --csv as one ``fmt`` parameter."""
    func = click.option("--csv", "fmt", flag_value="csv", help="Output CSV (UTF-8 with header).")(
        func
    )
    func = click.option("--json", "fmt", flag_value="json", help="Output JSON.")(func)
    func = click.option(
        "--table", "fmt", flag_value="table", default=True, help="Output a text table (default)."
    )(func)
    return func
