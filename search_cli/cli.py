"""The `ocop` command line: a thin layer over crawler/ and indexer/.

Every module in search_cli/commands/ exposes ``commands`` (a list of click commands) which
are registered here. User errors (OcopError, bad options) are one line and exit code 1.
"""

from __future__ import annotations

import importlib
import os
import pkgutil
import sqlite3
import sys

import click

from corpus import config as settings
from corpus.errors import OcopError
from search_cli import commands as commands_pkg
from search_cli.options import backend_option, home_option


class OcopGroup(click.Group):
    """Lists commands in the order they were added and turns known errors into one line."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(self.commands)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = [
            (name, cmd.get_short_help_str(limit=max(50, formatter.width - 16)))
            for name, cmd in self.commands.items()
            if not cmd.hidden
        ]
        if rows:
            with formatter.section("Commands"):
                formatter.write_dl(rows)

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        for arg in args:
            # Python keeps bytes that are not UTF-8 as lone surrogates: a terminal set to
            # another encoding (TCVN3, VNI, windows-1258, Latin-1) would search for garbage
            if any("\udc80" <= ch <= "\udcff" for ch in arg):
                shown = "".join("?" if "\udc80" <= ch <= "\udcff" else ch for ch in arg)
                raise click.UsageError(
                    f"{shown!r} is not UTF-8 text: set the terminal to UTF-8 "
                    "(e.g. LANG=C.UTF-8) and type it again",
                    ctx,
                )
        return super().parse_args(ctx, args)

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except OcopError as exc:
            error = click.ClickException(str(exc))
            error.exit_code = getattr(exc, "exit_code", 1)  # QueryError: bad usage, 2
            raise error from None
        except sqlite3.DatabaseError as exc:
            raise click.ClickException(f"database error: {exc}") from None
        except KeyboardInterrupt:
            click.echo("Interrupted; work done so far is saved.", err=True)
            sys.exit(130)
        except BrokenPipeError:
            # `ocop search … | head`: the reader left; stop quietly like any Unix tool
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            sys.exit(0)
        except OSError as exc:
            if os.environ.get("OCOP_DEBUG"):
                raise
            where = f": {exc.filename}" if exc.filename else ""
            raise click.ClickException(f"{exc.strerror or exc}{where}") from None


@click.group(cls=OcopGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(settings.VERSION, prog_name="ocop")
@home_option
@backend_option
@click.pass_context
def cli(ctx: click.Context, home: str | None, backend: str | None) -> None:
    """Search and analyse Vietnamese news coverage of the OCOP programme.

    Crawl news sites, extract articles, enrich them with entities and figures, index them
    and search them. Data lives in one directory (--home / OCOP_HOME).
    """
    ctx.obj = {"home": home, "backend": backend}


# Order in `ocop --help`: the pipeline order, then the tools.
_ORDER = ["demo", "crawl", "index", "search", "stats", "facts", "show", "handbook", "export",
          "analyze", "reextract", "sources", "status", "serve"]  # fmt: skip


def _register() -> None:
    found: dict[str, click.Command] = {}
    for info in pkgutil.iter_modules(commands_pkg.__path__):
        module = importlib.import_module(f"{commands_pkg.__name__}.{info.name}")
        for command in getattr(module, "commands", []):
            found[command.name] = command
    for name in sorted(found, key=lambda n: (_ORDER.index(n) if n in _ORDER else 99, n)):
        cli.add_command(found[name])


_register()


def main() -> None:
    cli(prog_name="ocop")


if __name__ == "__main__":
    main()
