"""Shared click options as plain decorators (in the manner of sqlite-utils' output_options).

``--home`` and ``--backend`` are declared once here and used both on the ``ocop`` group and
on every command (``ocop --home H search`` and ``ocop search --home H`` are the same).
"""

from __future__ import annotations

import functools
import ipaddress
import re
from collections.abc import Callable
from datetime import date, datetime
from urllib.parse import urlsplit

import click

from corpus.config import AppConfig
from corpus.errors import OcopError

home_option = click.option(
    "--home",
    type=click.Path(file_okay=False),
    help="Data directory (corpus store, index, sources.toml). Env: OCOP_HOME.",
)
backend_option = click.option(
    "--backend",
    type=click.Choice(["sqlite", "elasticsearch"]),
    help="Search backend. Default: sqlite (embedded). Env: OCOP_BACKEND.",
)

_HOST = re.compile(r"^(?=.{1,253}$)([a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?\.)*[a-z0-9_-]{1,63}$")


def check_url(value: str, *, default_scheme: str | None = None) -> str:
    """``value`` if it is an http(s) URL with a valid host, else OcopError saying why.

    ``default_scheme`` is put in front of a bare host name ("baoquangninh.vn").
    """
    url = value.strip()
    if default_scheme and "://" not in url:
        url = f"{default_scheme}://{url}"
    try:
        parts = urlsplit(url)
        port = parts.port  # raises ValueError on a bad port
        host = parts.hostname or ""
    except ValueError as exc:
        raise OcopError(f"{value!r} is not a valid URL ({exc})") from None
    if parts.scheme not in ("http", "https") or not host or re.search(r"\s", url):
        raise OcopError(f"{value!r} is not a valid http(s) URL, e.g. https://example.vn/")
    if not _is_host(host) or port == 0:
        raise OcopError(f"{value!r} is not a valid URL (bad host {host!r})")
    return url


def _is_host(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
        return True
    except ValueError:
        pass
    try:
        ascii_host = host.encode("idna").decode("ascii")  # Vietnamese domain names too
    except UnicodeError:
        return False
    return bool(_HOST.match(ascii_host))


class UrlType(click.ParamType):
    """A click parameter holding an http(s) URL (bad URL: one line, exit code 2)."""

    name = "url"

    def __init__(self, default_scheme: str | None = None):
        self.default_scheme = default_scheme

    def convert(self, value, param, ctx) -> str:
        try:
            return check_url(str(value), default_scheme=self.default_scheme)
        except OcopError as exc:
            self.fail(str(exc), param, ctx)


class DateType(click.ParamType):
    """A day as YYYY-MM-DD or, as Vietnamese write it, DD/MM/YYYY (a datetime at midnight).

    click.DateTime would answer "does not match the format '%Y-%m-%d'" and show
    ``[%Y-%m-%d]`` in the help: programmer's notation, not the user's.
    """

    name = "date"

    def get_metavar(self, param, ctx=None) -> str:  # click 8.1 and 8.2 signatures
        return "DATE"

    def convert(self, value, param, ctx) -> datetime:
        if isinstance(value, datetime):
            return value
        text = str(value).strip()
        for fmt in ("%Y-%m-%d", "%Y/%m/%d", "%d/%m/%Y", "%d-%m-%Y"):
            try:
                return datetime.strptime(text, fmt)
            except ValueError:
                continue
        self.fail(f"{value!r} is not a date; write YYYY-MM-DD (2026-01-31) or DD/MM/YYYY "
                  "(31/01/2026)", param, ctx)  # fmt: skip


DATE = DateType()


def as_day(value: datetime | None) -> date | None:
    """The day of a parsed date option (None when the option was not given)."""
    return value.date() if value else None


def _no_data_dir(config: AppConfig) -> OcopError:
    return OcopError(f"no data directory at {config.home}; run `ocop crawl` or pass --home")


def config_options(func: Callable | None = None, *, create: bool = False) -> Callable:
    """Adds --home, --backend, --es-url, --es-index and passes a resolved ``config``.

    Commands that only read (the default) refuse a data directory that does not exist
    instead of creating an empty one; ``create=True`` is for commands that make data.
    """
    if func is None:
        return functools.partial(config_options, create=create)

    @home_option
    @backend_option
    @click.option("--es-url", envvar="OCOP_ES_URL", type=UrlType(),
                  help="Elasticsearch URL. Env: OCOP_ES_URL.")  # fmt: skip
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
        if config.home.exists() and not config.home.is_dir():
            # OCOP_HOME is not checked by click like --home: "no data directory" or
            # "File exists" would send the user looking for the wrong problem.
            raise OcopError(f"the data directory {config.home} is a file; "
                            "pass --home DIR or set OCOP_HOME to a directory")  # fmt: skip
        if not create and not config.home.is_dir():
            raise _no_data_dir(config)
        return func(*args, config=config, **kwargs)

    return wrapper


FORMATS = {
    "table": "Output a text table (default).",
    "json": "Output a JSON array.",
    "nl": "Output newline-delimited JSON (one object per line).",
    "csv": "Output CSV (UTF-8, with a header row).",
    "tsv": "Output TSV (UTF-8, with a header row).",
}


def output_options(func: Callable) -> Callable:
    """Adds --table (default) / --json / --nl / --csv / --tsv as one ``fmt`` parameter."""
    for name in reversed(FORMATS):
        default = {"default": True} if name == "table" else {}  # one default for the shared dest
        func = click.option(f"--{name}", "fmt", flag_value=name, help=FORMATS[name], **default)(
            func
        )
    return func


class QueryCommand(click.Command):
    """A command whose QUERY words may start with '-' (exclusions) without a `--` first.

    ``ocop search ocop -quảng`` would otherwise be read as the short options -q -u … (or
    ``-n`` with value "g"). Any word of one dash and several characters that is not one of
    the command's options becomes a query word; `--misspelt-option` stays an error.
    """

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if "--" in args:
            cut = args.index("--")
            head, tail = args[:cut], args[cut + 1 :]
        else:
            head, tail = args, []
        takes_value = {o for p in self.get_params(ctx) if isinstance(p, click.Option)
                       and not p.is_flag for o in p.opts}  # fmt: skip
        known = {o for p in self.get_params(ctx) for o in getattr(p, "opts", ())}
        options, words, expect_value = [], [], False
        for arg in head:
            if expect_value:
                options.append(arg)
                expect_value = False
            elif _is_exclusion(arg, known):
                words.append(arg)
            else:
                options.append(arg)
                expect_value = arg in takes_value
        rest = [*words, *tail]
        return super().parse_args(ctx, [*options, "--", *rest] if rest else options)


def _is_exclusion(arg: str, known: set[str]) -> bool:
    if not arg.startswith("-") or arg.startswith("--") or len(arg) < 3 or arg in known:
        return False
    # `-n5` is `-n 5`; `-hà`, `-quảng` are words to exclude
    return not (arg[:2] in known and arg[2:].isdigit())
