"""News sources as data: the user's ``sources.toml`` in the data directory.

The first time a data directory is used, the shipped defaults
(``crawler/default_sources.toml``) are copied into it; from then on the user's copy is
the only one read, so ``ocop --home H …`` has its own list. Each source says where its
articles are found (sitemaps, feeds, section listings) and, optionally, which URLs to
allow or deny and CSS overrides for extraction. A source with no discovery entry is
discovered at crawl time (robots.txt sitemaps, /sitemap.xml, feeds linked from its home
page, then the home page itself as a listing).
"""

from __future__ import annotations

import ipaddress
import os
import re
import tempfile
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import tomlkit
import tomlkit.exceptions
import tomlkit.items

from corpus.config import AppConfig
from corpus.errors import OcopError

DEFAULT_SOURCES = Path(__file__).with_name("default_sources.toml")
CSS_KEYS = ("title", "lead", "body", "date", "author", "remove")
_NAME = re.compile(r"^[a-z0-9][a-z0-9_.-]{0,63}$")


class SourcesError(OcopError):
    """sources.toml is missing, unreadable or invalid (a user-facing message)."""


_BAD_HOST = re.compile(r"[\s<>\"'{}|\\^`/?#@]")


def check_url(url: str, where: str = "") -> str:
    """``url`` if it is an absolute http(s) URL with a plausible host, else SourcesError
    (an OcopError: the CLI prints one line) saying what is wrong."""
    try:
        parts = urlsplit(url.strip())
        host = parts.hostname
        parts.port  # noqa: B018 (raises ValueError on a bad port)
    except ValueError as exc:  # "Invalid IPv6 URL", "Port out of range" …
        raise SourcesError(f"{where}{url!r} is not a valid URL: {exc}") from None
    if parts.scheme not in ("http", "https"):
        raise SourcesError(f"{where}{url!r} is not an http(s) URL")
    if not host or _BAD_HOST.search(host) or host.startswith(".") or ".." in host:
        raise SourcesError(f"{where}{url!r} is not a valid URL (bad host name {host or ''!r})")
    return url.strip()


@dataclass
class Source:
    name: str
    home: str
    allowed_domains: list[str] = field(default_factory=list)
    sections: list[str] = field(default_factory=list)
    sitemaps: list[str] = field(default_factory=list)
    feeds: list[str] = field(default_factory=list)
    allow: list[str] = field(default_factory=list)  # URL regexes; empty = everything
    deny: list[str] = field(default_factory=list)  # URL regexes
    css: dict = field(default_factory=dict)  # extraction overrides, see CSS_KEYS

    def __post_init__(self) -> None:
        if not self.allowed_domains and self.home:
            host = (urlsplit(self.home).hostname or "").lower()
            self.allowed_domains = [host[4:] if host.startswith("www.") else host]

    def validate(self) -> None:
        where = f"source {self.name!r}"
        if not _NAME.match(self.name or ""):
            raise SourcesError(
                f"invalid source name {self.name!r}: use lower-case letters, digits, '-', '_', '.'"
            )
        for url in [self.home, *self.sections, *self.sitemaps, *self.feeds]:
            check_url(url, where=f"{where}: ")
        for pattern in [*self.allow, *self.deny]:
            try:
                re.compile(pattern)
            except re.error as exc:
                raise SourcesError(f"{where}: bad URL pattern {pattern!r}: {exc}") from None
        unknown = set(self.css) - set(CSS_KEYS)
        if unknown:
            raise SourcesError(
                f"{where}: unknown css keys {sorted(unknown)} (allowed: {', '.join(CSS_KEYS)})"
            )

    def allows(self, url: str) -> bool:
        """Is ``url`` inside this source (domain, allow and deny patterns)?"""
        host = (urlsplit(url).hostname or "").lower()
        if not any(host == d or host.endswith("." + d) for d in self.allowed_domains):
            return False
        if any(re.search(p, url) for p in self.deny):
            return False
        return not self.allow or any(re.search(p, url) for p in self.allow)


def load_sources(path: str | Path) -> list[Source]:
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise SourcesError(f"no sources file at {path}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise SourcesError(f"cannot read {path}: {exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise SourcesError(f"{path} is not valid TOML: {exc}") from None
    sources: list[Source] = []
    known = set(Source.__dataclass_fields__)
    for i, entry in enumerate(data.get("source", []), 1):
        unknown = set(entry) - known
        if unknown:
            raise SourcesError(f"{path}: source #{i} has unknown keys {sorted(unknown)}")
        if "name" not in entry or "home" not in entry:
            raise SourcesError(f"{path}: source #{i} needs at least `name` and `home`")
        try:
            source = Source(**entry)
        except TypeError as exc:
            raise SourcesError(f"{path}: source #{i}: {exc}") from None
        source.validate()
        sources.append(source)
    names = [s.name for s in sources]
    dupes = sorted({n for n in names if names.count(n) > 1})
    if dupes:
        raise SourcesError(f"{path}: duplicate source names {dupes}")
    return sources


_HEADER = (
    "# OCOP news sources. Edit freely (comments are kept); `ocop sources add URL` appends entries.\n"
    "# Keys: name, home, allowed_domains, sections (listing URLs), sitemaps, feeds,\n"
    f"# allow / deny (URL regexes), [source.css] overrides: {', '.join(CSS_KEYS)} (CSS selectors).\n"
)
_LIST_KEYS = ("allowed_domains", "sections", "sitemaps", "feeds", "allow", "deny")


def _toml_list(values: list[str]) -> tomlkit.items.Array:
    arr = tomlkit.array()
    arr.extend(values)
    if sum(len(v) for v in values) >= 60:  # one URL a line once a list gets long
        arr.multiline(True)
    return arr


def _new_table(source: Source) -> tomlkit.items.Table:
    table = tomlkit.table()
    table["name"] = source.name
    table["home"] = source.home
    for key in _LIST_KEYS:
        table[key] = _toml_list(getattr(source, key))
    if source.css:
        table["css"] = source.css
    table.add(tomlkit.nl())
    return table


def _update_table(table: tomlkit.items.Table, source: Source) -> None:
    """Write only what changed, so the user's comments and layout around it stay."""
    if table.get("home") != source.home:
        table["home"] = source.home
    for key in _LIST_KEYS:
        value = getattr(source, key)
        current = table.get(key)
        default = (
            Source(source.name, source.home).allowed_domains if key == "allowed_domains" else []
        )
        if current is None and value == default:
            continue  # an absent key already means this value
        if current is None or list(current) != value:
            table[key] = _toml_list(value)
    if (table.get("css") or {}) != source.css:
        if source.css:
            table["css"] = source.css
        elif "css" in table:
            del table["css"]


def _document(path: Path | None) -> tomlkit.TOMLDocument:
    """The existing file as an editable document, or a new one with the explanatory header."""
    try:
        doc = tomlkit.parse(path.read_text(encoding="utf-8")) if path else None
    except (OSError, UnicodeDecodeError, tomlkit.exceptions.TOMLKitError):
        doc = None  # unreadable: written anew, as before (the caller validated every entry)
    if doc is None:
        doc = tomlkit.parse(_HEADER + "\n")
    if not isinstance(doc.get("source"), tomlkit.items.AoT):
        doc["source"] = tomlkit.aot()
    return doc


def dump_sources(sources: list[Source], path: str | Path | None = None) -> str:
    """``sources`` as TOML; with ``path``, edits that file's text and keeps its comments."""
    doc = _document(Path(path) if path else None)
    tables = doc["source"]
    wanted = {s.name for s in sources}
    for i in reversed(range(len(tables))):
        if tables[i].get("name") not in wanted:
            del tables[i]
    by_name = {t.get("name"): t for t in tables}
    for s in sources:
        if s.name in by_name:
            _update_table(by_name[s.name], s)
        else:
            tables.append(_new_table(s))
    return tomlkit.dumps(doc)


def save_sources(path: str | Path, sources: list[Source]) -> None:
    """Write ``sources`` atomically (a crash never leaves a half-written file), keeping the
    comments and layout of the entries already in the file."""
    for s in sources:
        s.validate()
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    text = dump_sources(sources, path)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".sources-", suffix=".toml")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def user_sources(config: AppConfig) -> list[Source]:
    """The sources of this data directory, created from the shipped defaults on first use."""
    path = config.sources_path
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(DEFAULT_SOURCES.read_text(encoding="utf-8"), encoding="utf-8")
    return load_sources(path)


def select_sources(sources: list[Source], names: tuple[str, ...] | list[str]) -> list[Source]:
    if not names:
        return sources
    by_name = {s.name: s for s in sources}
    missing = [n for n in names if n not in by_name]
    if missing:
        raise SourcesError(
            f"unknown source(s) {', '.join(missing)}; known: {', '.join(sorted(by_name))}"
        )
    return [by_name[n] for n in names]


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
        return True
    except ValueError:
        return False


def source_name_for(url: str, taken: set[str]) -> str:
    """A short unique name for a new source from its host ("www.baoquangninh.vn" -> "baoquangninh")."""
    host = (urlsplit(url).hostname or "source").lower()
    if host.startswith("www."):
        host = host[4:]
    labels = host.split(".")
    base = labels[0] if len(labels) > 1 and not _is_ip(host) else host  # "127" is no name
    base = re.sub(r"[^a-z0-9_-]+", "-", base).strip("-")[:48] or "source"
    name, n = base, 2
    while name in taken:
        name, n = f"{base}-{n}", n + 1
    return name
