"""The embedded search backend: SQLite FTS5 over diacritic-folded text.

Text is folded by ``corpus.textnorm.fold`` before it reaches FTS5 (the tokenizer's
``remove_diacritics 2`` does not fold đ/Đ), and queries are folded the same way, so
"quang ninh", "Quảng Ninh" and "QUẢNG NINH" find the same articles.

Layout (schema version 2), built for 100k+ articles:

- ``docs``: one narrow row per article keyed by an integer ``rid`` (the FTS rowid), with
  the filter and grouping columns indexed (primary flag, date buckets, source);
  ``doc_text`` holds the display text (body zlib-compressed: only the hits shown are
  read) so scans of ``docs`` stay small.
- ``docs_fts``: FTS5 over folded title/lead/text plus a ``tags`` column of filter tokens
  (primary copy, provinces old/new, source, star, metric), so a filtered search is one
  doclist intersection inside FTS5 instead of a join over every match.
- ``doc_provinces``, ``figures``: indexed by ``rid``; deleting an article is a few index
  lookups, never a table scan (the old ``id UNINDEXED`` delete made indexing quadratic).
- ``meta``: the corpus state the index reflects (``status()`` compares it with the store).

The index file is derived from the corpus store. It uses a rollback journal (not WAL) so
that ``rebuild`` can build a new file beside it and switch by rename: readers that
opened the old file keep reading it, a rebuild killed half-way leaves it serving.
Search, stats and facts open the file read-only and never write on open.
"""

from __future__ import annotations

import fcntl
import json
import os
import re
import sqlite3
import time
import zlib
from collections.abc import Iterable, Iterator
from datetime import UTC, date, datetime, timedelta
from functools import wraps
from pathlib import Path
from typing import Any, Self

from corpus.article import Article
from corpus.errors import OcopError
from corpus.store import connect_readonly
from corpus.textnorm import fold, fold_aligned
from indexer.backends.base import IndexStatus
from indexer.query import (
    FactsSpec,
    Hit,
    ParsedQuery,
    QuerySpec,
    SearchResult,
    StatsSpec,
    parse_query,
    period_key,
)
from indexer.signature import index_signature

INDEX_SCHEMA_VERSION = 2
# Totals above this are reported as a lower bound unless the query asks for the exact count.
TOTAL_CAP = 10_000
CHUNK = 500  # rows fetched per query by id lists (SQLite limits bound parameters)
MMAP_BYTES = 2**31  # address space only; pages come from the OS cache
LOCK_WAIT = 600.0  # seconds a writer waits for another writer

_TABLES = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE docs (
    rid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    is_primary INTEGER NOT NULL,
    published_at TEXT,
    day TEXT, week TEXT, month TEXT, year TEXT,
    source TEXT NOT NULL,
    duplicate_of TEXT,
    signature TEXT NOT NULL,
    url TEXT NOT NULL,
    provinces TEXT NOT NULL DEFAULT '[]'
);
CREATE TABLE doc_text (rid INTEGER PRIMARY KEY, title TEXT, lead TEXT, text BLOB);
CREATE TABLE doc_provinces (
    rid INTEGER NOT NULL,
    doc_primary INTEGER NOT NULL,
    province TEXT NOT NULL,
    new_province TEXT,
    province_f TEXT NOT NULL,
    new_province_f TEXT,
    is_primary INTEGER NOT NULL DEFAULT 0,
    mentions INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE figures (
    rid INTEGER NOT NULL,
    is_primary INTEGER NOT NULL,
    value REAL, unit TEXT, metric TEXT, kind TEXT, qualifier TEXT, star INTEGER,
    min_star INTEGER, percent REAL, province TEXT, new_province TEXT, province_f TEXT,
    new_province_f TEXT, district TEXT, period TEXT, sentence TEXT, published_at TEXT
);
CREATE VIRTUAL TABLE docs_fts USING fts5(
    title, lead, text, tags,
    tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO docs_fts (docs_fts, rank) VALUES ('rank', 'bm25(6.0, 2.5, 1.0, 0.0)');
"""
# Created after a bulk load (rebuild) rather than maintained row by row during it.
_INDEXES = """
CREATE INDEX IF NOT EXISTS docs_newest ON docs(is_primary, published_at);
CREATE INDEX IF NOT EXISTS docs_published ON docs(published_at);
CREATE INDEX IF NOT EXISTS docs_day ON docs(is_primary, day);
CREATE INDEX IF NOT EXISTS docs_month ON docs(is_primary, month);
CREATE INDEX IF NOT EXISTS docs_source ON docs(source, published_at);
CREATE INDEX IF NOT EXISTS doc_provinces_rid ON doc_provinces(rid);
CREATE INDEX IF NOT EXISTS doc_provinces_old ON doc_provinces(is_primary, doc_primary, province, rid);
CREATE INDEX IF NOT EXISTS doc_provinces_new ON doc_provinces(is_primary, doc_primary, new_province, rid);
CREATE INDEX IF NOT EXISTS figures_rid ON figures(rid);
CREATE INDEX IF NOT EXISTS figures_newest ON figures(is_primary, published_at);
CREATE INDEX IF NOT EXISTS figures_metric ON figures(metric, star, published_at);
CREATE INDEX IF NOT EXISTS figures_province ON figures(province_f, published_at);
CREATE INDEX IF NOT EXISTS figures_new_province ON figures(new_province_f, published_at);
"""

_FIGURE_COLUMNS = ("value", "unit", "metric", "kind", "qualifier", "star", "min_star", "percent",
                   "province", "new_province", "district", "period", "sentence")  # fmt: skip
_NOTHING = ("rowid AS rid, 0.0 AS score", "FROM docs_fts WHERE 0", [])
_NOT_DUPLICATE = " AND rowid NOT IN (SELECT rid FROM docs WHERE is_primary = 0)"
_FACT_GROUP = ("province", "metric", "kind", "star", "min_star", "unit")


def _hex(value: str) -> str:
    return fold(value).encode().hex()


def province_tokens(name: str) -> tuple[str, str]:
    """Filter tokens of a province name as an old (pre-2025) and as a new province."""
    h = _hex(name)
    return f"zp{h}", f"zn{h}"


def article_tags(a: Article) -> str:
    """The filter tokens of an article (hex keeps any name one alphanumeric token)."""
    tags = {f"zs{a.source.encode().hex()}"}
    for p in a.provinces:
        if p.get("name"):
            tags.add(province_tokens(p["name"])[0])
        if p.get("new_province"):
            tags.add(province_tokens(p["new_province"])[1])
    for f in a.figures:
        metric = f.get("metric")
        for star in {f.get("star"), f.get("min_star")} - {None}:
            tags.add(f"zt{star}")
            if metric:
                tags.add(f"zm{_hex(metric)}t{star}")
        if metric:
            tags.add(f"zm{_hex(metric)}")
    if a.published_at:
        tags.update((f"zy{a.published_at:%Y}", f"zd{a.published_at:%Y%m}"))
    return " ".join(sorted(tags))


def date_tokens(since: date, until: date) -> tuple[list[str], bool]:
    """Year and month tokens covering [since, until]; True when they cover it exactly."""
    tokens = []
    for year in range(since.year, until.year + 1):
        first = date(year, 1, 1) if year > since.year else since.replace(day=1)
        last = 12 if year < until.year else until.month
        if first.month == 1 and last == 12:
            tokens.append(f"zy{year}")
        else:
            tokens.extend(f"zd{year}{m:02d}" for m in range(first.month, last + 1))
    next_day = until + timedelta(days=1)
    return tokens, since.day == 1 and next_day.day == 1


def filter_match(spec: QuerySpec) -> str:
    """The FTS5 expression of the token filters of ``spec`` ('' when it has none)."""
    groups: list[list[str]] = []
    if spec.provinces:
        groups.append([t for p in spec.provinces for t in province_tokens(p)])
    if spec.sources:
        groups.append([f"zs{s.encode().hex()}" for s in spec.sources])
    if spec.metric and spec.star is not None:
        groups.append([f"zm{_hex(spec.metric)}t{spec.star}"])
    elif spec.metric:
        groups.append([f"zm{_hex(spec.metric)}"])
    elif spec.star is not None:
        groups.append([f"zt{spec.star}"])
    return " AND ".join("tags : (" + " OR ".join(g) + ")" for g in groups)


def fts_match(parsed: ParsedQuery) -> str:
    """The FTS5 MATCH expression for a parsed query (every word quoted: no syntax injection)."""

    def q(words: str) -> str:
        return '"' + words.replace('"', "") + '"'

    positives = [q(t) for t in parsed.terms] + [q(p) for p in parsed.phrases]
    expr = (" OR " if parsed.any_terms else " AND ").join(positives)
    if len(positives) > 1 and parsed.any_terms:
        expr = f"({expr})"
    for word in parsed.excluded:
        expr = f"{expr} NOT {q(word)}"
    return expr


def _first_match(text: str, words: list[str], chunk: int = 1500) -> int:
    """Offset of the first query word in ``text`` (-1: none), folding only as far as needed."""
    patterns = [re.compile(rf"(?<!\w){re.escape(w)}(?!\w)") for w in words]
    start = 0
    while start < len(text):
        end = len(text) if start + chunk >= len(text) else text.find(" ", start + chunk)
        end = len(text) if end < 0 else end + 1  # chunks end after a space: no word is cut
        piece = text[start:end]
        folded = fold(piece)  # one C-level translate; per character only if lengths differ
        if len(folded) != len(piece):
            folded = fold_aligned(piece).lower()
        found = [m.start() for p in patterns if (m := p.search(folded))]
        if found:
            return start + min(found)
        start = end
    return -1


def make_snippet(text: str, words: list[str], width: int = 220) -> str:
    """A window of ``text`` around the first query word found (diacritic-insensitive)."""
    text = " ".join(text.split())
    if not text:
        return ""
    pos = _first_match(text, words) if words else -1
    start = 0
    if pos > 0:
        start = max(0, pos - width // 3)
        if start:
            space = text.find(" ", start)
            start = space + 1 if 0 <= space < pos else start
    end = min(len(text), start + width)
    if end < len(text):
        # end on a word boundary: a snippet never shows half a word ("trong đợ…")
        space = text.rfind(" ", start + width // 2, end + 1)
        end = space if space > 0 else end
    return ("…" if start else "") + text[start:end].strip() + ("…" if end < len(text) else "")


def _body(stored: bytes | str | None) -> str:
    return zlib.decompress(stored).decode() if isinstance(stored, bytes) else stored or ""


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _guard(method):
    """Turn SQLite failures into one actionable line that names the index file."""

    @wraps(method)
    def wrapper(self, *args, **kwargs):
        if self.conn is None and method.__name__ != "rebuild":
            raise OcopError(f"the search index {self.path} is not open")
        try:
            return method(self, *args, **kwargs)
        except sqlite3.DatabaseError as exc:
            raise self._error(exc) from None

    return wrapper


def _guard_iter(method):
    @wraps(method)
    def wrapper(self, *args, **kwargs):
        try:
            yield from method(self, *args, **kwargs)
        except sqlite3.DatabaseError as exc:
            raise self._error(exc) from None

    return wrapper


def _days(spec: QuerySpec | FactsSpec, column: str) -> tuple[list[str], list[Any]]:
    where, params = [], []
    if spec.since:
        where.append(f"{column} >= ?")
        params.append(spec.since.isoformat())
    if spec.until:
        where.append(f"{column} <= ?")
        params.append(spec.until.isoformat())
    return where, params


class SqliteBackend:
    """Search, coverage statistics and figures over an SQLite FTS5 index file.

    ``readonly=True`` (search, stats, facts, export) opens the file read-only and writes
    nothing; a missing file reads as an empty index. Writers take an exclusive lock file
    so one ``ocop index`` runs at a time and a rebuild never races an update.
    """

    name = "sqlite"

    def __init__(self, path: str | Path, *, readonly: bool = False, for_rebuild: bool = False,
                 scan: bool = False):  # fmt: skip
        self.path = Path(path)
        self.readonly = readonly
        # a scan (export) reads every row once: the OS cache serves it as well as a memory map,
        # and the process does not carry the index's mapped pages in its resident memory
        self.mmap_bytes = 0 if scan else MMAP_BYTES
        self._lock_fd: int | None = None
        self.conn: sqlite3.Connection | None = None
        if not readonly:
            self._acquire_lock()
        if not for_rebuild:  # a rebuild never reads the old file: it may be stale or corrupt
            self._open()

    # --- opening, locking, errors ----------------------------------------------------
    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self.conn is not None:
            self.conn.close()
            self.conn = None
        if self._lock_fd is not None:
            os.close(self._lock_fd)  # releases the flock
            self._lock_fd = None

    def _error(self, exc: Exception) -> OcopError:
        if "locked" in str(exc):  # a writer held the file past the 30 s busy timeout
            return OcopError(f"the search index {self.path} is busy ({exc}); try again")
        return OcopError(
            f"the search index {self.path} cannot be read ({exc}); "
            "run `ocop index --rebuild` to rebuild it from the corpus store"
        )

    def _acquire_lock(self) -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(f"{self.path}.lock", os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            raise OcopError(f"cannot write the search index {self.path}: {exc}") from None
        deadline = time.monotonic() + LOCK_WAIT
        while True:  # wait for another `ocop index` to finish, but not forever
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() > deadline:
                    os.close(fd)
                    raise OcopError(
                        f"another `ocop index` is writing {self.path}; try again when it ends"
                    ) from None
                time.sleep(0.2)
        self._lock_fd = fd

    def _connect(self, path: Path, readonly: bool) -> sqlite3.Connection:
        if readonly:
            conn = connect_readonly(path, isolation_level=None, check_same_thread=False)
        else:
            conn = sqlite3.connect(path, timeout=30, isolation_level=None)
        conn.row_factory = sqlite3.Row
        # FTS doclists of common words span many pages: map the file instead of copying
        # every page through a 2 MB cache
        conn.execute(f"PRAGMA mmap_size = {self.mmap_bytes}")
        # a writer touches pages all over the filter indexes: a larger cache keeps the
        # per-article cost of a batch from growing with the index
        conn.execute(f"PRAGMA cache_size = {-32768 if readonly else -131072}")
        return conn

    def _open(self) -> None:
        exists = self.path.exists() and self.path.stat().st_size > 0
        if not exists:
            if not self.readonly:  # the first index is an empty first generation
                self.rebuild([])
                return
            # nothing indexed yet: serve an empty index without creating a file
            self.conn = self._connect(Path(":memory:"), readonly=False)
            self._create_schema(self.conn)
            return
        for attempt in range(3):
            try:
                self.conn = self._connect(self.path, self.readonly)
                version = self.conn.execute("PRAGMA user_version").fetchone()[0]
                if version == INDEX_SCHEMA_VERSION:  # an older format gets its own message
                    self.conn.execute("SELECT count(*) FROM meta").fetchone()
                break
            except sqlite3.OperationalError as exc:
                self.close_connection()
                # a rebuild switched generations between resolving the link and opening
                # the file it named: the link now names the new one
                if "unable to open" not in str(exc) or attempt == 2:
                    raise self._error(exc) from None
                time.sleep(0.05)
            except sqlite3.DatabaseError as exc:
                self.close_connection()
                raise self._error(exc) from None
        if version != INDEX_SCHEMA_VERSION:
            self.close_connection()
            raise OcopError(
                f"the search index {self.path} has format version {version}, this program "
                f"uses {INDEX_SCHEMA_VERSION}: run `ocop index --rebuild`"
            )

    def close_connection(self) -> None:
        if self.conn is not None:
            self.conn.close()
            self.conn = None

    @staticmethod
    def _create_schema(conn: sqlite3.Connection) -> None:
        conn.execute("BEGIN")
        for statement in (_TABLES + _INDEXES).split(";\n"):
            if statement.strip():
                conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {INDEX_SCHEMA_VERSION}")
        conn.execute("COMMIT")

    def _writable(self) -> sqlite3.Connection:
        if self.readonly or self.conn is None:
            raise OcopError(f"the search index {self.path} is open read-only")
        return self.conn

    # --- writing ---------------------------------------------------------------------
    @_guard
    def signatures(self) -> dict[str, str]:
        return {r[0]: r[1] for r in self.conn.execute("SELECT id, signature FROM docs")}

    @_guard
    def index_articles(self, articles: Iterable[Article]) -> int:
        """Insert or replace articles (one transaction per call). Returns the count."""
        conn = self._writable()
        count = 0
        conn.execute("BEGIN IMMEDIATE")
        try:
            for article in articles:
                rid = self._delete(conn, article.id)
                self._insert(conn, article, rid)
                count += 1
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
        return count

    @_guard
    def remove(self, ids: Iterable[str]) -> int:
        conn = self._writable()
        ids = list(ids)
        conn.execute("BEGIN IMMEDIATE")
        for doc_id in ids:
            self._delete(conn, doc_id)
        conn.execute("COMMIT")
        return len(ids)

    @staticmethod
    def _delete(conn: sqlite3.Connection, doc_id: str) -> int | None:
        """Delete one article by index lookups; returns its rid so a replacement keeps it."""
        row = conn.execute("SELECT rid FROM docs WHERE id = ?", (doc_id,)).fetchone()
        if row is None:
            return None
        rid = row[0]
        for table in ("docs", "doc_text", "doc_provinces", "figures"):
            conn.execute(f"DELETE FROM {table} WHERE rid = ?", (rid,))
        conn.execute("DELETE FROM docs_fts WHERE rowid = ?", (rid,))
        return rid

    @staticmethod
    def _insert(conn: sqlite3.Connection, a: Article, rid: int | None = None) -> None:
        published = a.published_at.isoformat() if a.published_at else None
        names = [p.get("name") for p in a.provinces if p.get("name")]
        primary = int(a.duplicate_of is None)
        periods = [period_key(published, g) for g in ("day", "week", "month", "year")]
        cur = conn.execute(
            "INSERT INTO docs (rid, id, is_primary, published_at, day, week, month, year, source,"
            " duplicate_of, signature, url, provinces) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (rid, a.id, primary, published, *periods, a.source, a.duplicate_of,
             index_signature(a), a.url, json.dumps(names, ensure_ascii=False)),
        )  # fmt: skip
        rid = cur.lastrowid
        body = zlib.compress(a.text.encode(), 6)
        conn.execute("INSERT INTO doc_text VALUES (?,?,?,?)", (rid, a.title, a.lead, body))
        conn.execute(
            "INSERT INTO docs_fts (rowid, title, lead, text, tags) VALUES (?,?,?,?,?)",
            (rid, fold(a.title), fold(a.lead), fold(a.text), article_tags(a)),
        )
        seen: set[str] = set()
        for p in a.provinces:
            if not p.get("name") or p["name"] in seen:
                continue
            seen.add(p["name"])
            conn.execute(
                "INSERT INTO doc_provinces VALUES (?,?,?,?,?,?,?,?)",
                (rid, primary, p["name"], p.get("new_province"), fold(p["name"]),
                 fold(p.get("new_province") or ""), int(bool(p.get("primary"))),
                 int(p.get("mentions") or 1)),
            )  # fmt: skip
        for f in a.figures:
            values = [f.get(c) for c in _FIGURE_COLUMNS]
            conn.execute(
                f"INSERT INTO figures (rid, is_primary, {', '.join(_FIGURE_COLUMNS)}, province_f,"
                f" new_province_f, published_at) VALUES ({', '.join('?' * (len(values) + 5))})",
                (rid, primary, *values, fold(f.get("province") or ""),
                 fold(f.get("new_province") or ""), published),
            )  # fmt: skip

    @_guard
    def rebuild(self, articles: Iterable[Article], corpus_state: str | None = None) -> int:
        """Build a complete new index generation beside the live one, then switch to it.

        ``index.sqlite`` is a symlink to the live generation ``index.sqlite.g<time>``; the
        switch replaces the link atomically. SQLite names journals after the resolved file,
        so a reader still on the previous generation never sees the new one's journal.
        Until the switch readers keep the previous index; a rebuild killed half-way leaves
        an orphan generation (removed by the next rebuild) and the previous index serving.
        """
        self._writable_path()
        self.close_connection()
        live = self._live_generation()
        for orphan in self.path.parent.glob(f"{self.path.name}.g*"):
            if orphan.name.split("-")[0] != (live.name if live else None):
                orphan.unlink(missing_ok=True)  # we hold the writer lock: its builder is dead
        gen = self.path.with_name(f"{self.path.name}.g{time.time_ns()}")
        conn = self._connect(gen, readonly=False)
        try:
            n = self._bulk_load(conn, articles, corpus_state)
            conn.close()
            _fsync(gen)  # durable before it becomes the live index
        except BaseException:
            conn.close()
            gen.unlink(missing_ok=True)
            raise
        link = self.path.with_name(f"{self.path.name}.link-{os.getpid()}")
        link.unlink(missing_ok=True)
        os.symlink(gen.name, link)
        os.replace(link, self.path)
        _fsync(self.path.parent)
        # the previous generation (open readers keep its inode), and any journal or WAL
        # of an index from before generations, are no longer reachable by name
        for old in [live] if live else []:
            for suffix in ("", "-journal"):
                Path(f"{old}{suffix}").unlink(missing_ok=True)
        for suffix in ("-wal", "-shm", "-journal"):
            Path(f"{self.path}{suffix}").unlink(missing_ok=True)
        self._open()
        return n

    def _live_generation(self) -> Path | None:
        if self.path.is_symlink():
            return self.path.with_name(os.readlink(self.path))
        return None

    def _writable_path(self) -> None:
        if self.readonly:
            raise OcopError(f"the search index {self.path} is open read-only")

    def _bulk_load(self, conn: sqlite3.Connection, articles: Iterable[Article],
                   corpus_state: str | None) -> int:  # fmt: skip
        # the file is private until renamed: no journal, no fsync until the end
        conn.execute("PRAGMA journal_mode=OFF")
        conn.execute("PRAGMA synchronous=OFF")
        conn.execute("PRAGMA cache_size=-65536")
        conn.execute("BEGIN")
        for statement in _TABLES.split(";\n"):
            if statement.strip():
                conn.execute(statement)
        n = 0
        for article in articles:
            self._insert(conn, article)
            n += 1
        for statement in _INDEXES.split(";\n"):
            if statement.strip():
                conn.execute(statement)
        conn.execute("INSERT INTO docs_fts (docs_fts) VALUES ('optimize')")
        if n:
            conn.execute("ANALYZE")  # statistics for the planner's index choices
        self._set_meta(conn, corpus_state)
        conn.execute(f"PRAGMA user_version = {INDEX_SCHEMA_VERSION}")
        conn.execute("COMMIT")
        conn.execute("PRAGMA journal_mode=DELETE")
        return n

    @staticmethod
    def _set_meta(conn: sqlite3.Connection, corpus_state: str | None) -> None:
        now = datetime.now(UTC).isoformat(timespec="seconds")
        conn.executemany(
            "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
            [("corpus_state", corpus_state), ("synced_at", now)],
        )

    @_guard
    def mark_synced(self, corpus_state: str) -> None:
        """Record the corpus state (``indexing.corpus_state``) the index now reflects."""
        conn = self._writable()
        conn.execute("BEGIN IMMEDIATE")
        self._set_meta(conn, corpus_state)
        conn.execute("COMMIT")
        conn.execute("PRAGMA optimize")  # refreshes planner statistics that went stale

    # --- reading ---------------------------------------------------------------------
    @_guard
    def count(self) -> int:
        return self.conn.execute("SELECT COUNT(*) FROM docs").fetchone()[0]

    @_guard
    def status(self, corpus_state: str | None = None) -> IndexStatus:
        """Index counts and whether the index is behind ``corpus_state`` (if given)."""
        meta = dict(self.conn.execute("SELECT key, value FROM meta").fetchall())
        stored = meta.get("corpus_state")
        return IndexStatus(
            backend=self.name,
            location=str(self.path),
            documents=self.count(),
            schema_version=self.conn.execute("PRAGMA user_version").fetchone()[0],
            corpus_state=stored,
            behind=None if corpus_state is None else stored != corpus_state,
        )

    def _doc_filter(self, spec: QuerySpec, text: str, rid: str = "d.rid",
                    primary: str = "d.is_primary") -> tuple[list[str], list[Any]]:  # fmt: skip
        """Conditions on ``docs d``: indexed columns, token filters inside one FTS lookup."""
        where, params = _days(spec, "d.day")
        if not spec.include_duplicates:
            where.append(f"{primary} = 1")
        match = " AND ".join(x for x in (f"({text})" if text else "", filter_match(spec)) if x)
        if match:
            where.append(f"{rid} IN (SELECT rowid FROM docs_fts WHERE docs_fts MATCH ?)")
            params.append(match)
        return where, params

    def _bounded_count(self, sql: str, params: list[Any], exact: bool) -> tuple[int, bool]:
        if exact:
            return self.conn.execute(f"SELECT count(*) FROM ({sql})", params).fetchone()[0], True
        n = self.conn.execute(
            f"SELECT count(*) FROM ({sql} LIMIT {TOTAL_CAP + 1})", params
        ).fetchone()[0]
        return (TOTAL_CAP, False) if n > TOTAL_CAP else (n, True)

    @_guard
    def search(self, spec: QuerySpec) -> SearchResult:
        """Top-k hits ranked inside FTS5, with a bounded amount of work per query.

        A broad query (more than ``TOTAL_CAP`` matches) is ranked among its ``TOTAL_CAP``
        newest matches (rowids follow publication order) and its total reported as
        "more than ``TOTAL_CAP``"; ``spec.exact_total`` counts and ranks every match.
        """
        parsed = spec.parsed
        text = "" if parsed.empty else fts_match(parsed)
        if text and spec.sort == "relevance":
            cols, body, params = self._ranked_sql(spec, text)
            total, exact, floor = self._broad_floor(body, params, spec.exact_total)
            if floor is not None:
                body, params = f"{body} AND docs_fts.rowid > ?", [*params, floor]
            page_sql = f"SELECT {cols} {body} ORDER BY score LIMIT ? OFFSET ?"
        else:
            page_sql, params, total, exact = self._dated_sql(spec, text)
        ranked = self.conn.execute(page_sql, (*params, spec.limit, spec.offset)).fetchall()
        hits = self._hits(ranked, parsed, snippets=spec.snippets)
        return SearchResult(total=total, hits=hits, total_exact=exact)

    def _dated_sql(self, spec: QuerySpec, text: str) -> tuple[str, list[Any], int, bool]:
        """Newest/oldest first: walk the date index; a broad text query probes FTS per row
        (a few probes find k hits) instead of materialising every match."""
        where, params = self._doc_filter(spec, text)
        probe = False
        if text and not (spec.since or spec.until):
            _, body, fts_params = self._ranked_sql(spec, text)
            total, exact, floor = self._broad_floor(body, fts_params, spec.exact_total)
            probe = len(where) > 0 and (floor is not None or total > TOTAL_CAP)
        else:
            clause = f" WHERE {' AND '.join(where)}" if where else ""
            total, exact = self._bounded_count(f"SELECT d.rid FROM docs d{clause}", params,
                                               spec.exact_total)  # fmt: skip
        if probe:
            where[-1] = "EXISTS (SELECT 1 FROM docs_fts WHERE docs_fts MATCH ? AND rowid = d.rid)"
        clause = f" WHERE {' AND '.join(where)}" if where else ""
        direction = "ASC" if spec.sort == "oldest" else "DESC"
        sql = f"SELECT d.rid, 0.0 AS score FROM docs d{clause} ORDER BY d.published_at {direction}"
        return f"{sql} LIMIT ? OFFSET ?", params, total, exact

    def _broad_floor(self, body: str, params: list[Any],
                     exact_total: bool) -> tuple[int, bool, int | None]:  # fmt: skip
        """(total, exact, rowid floor): the floor bounds ranking to the newest matches."""
        row = self.conn.execute(
            f"SELECT docs_fts.rowid {body} ORDER BY docs_fts.rowid DESC LIMIT 1 OFFSET ?",
            (*params, TOTAL_CAP),
        ).fetchone()
        if row is not None and not exact_total:
            return TOTAL_CAP, False, row[0]
        n = self.conn.execute(f"SELECT count(*) FROM (SELECT 1 {body})", params).fetchone()[0]
        return n, True, None

    def _ranked_sql(self, spec: QuerySpec, text: str) -> tuple[str, str, list[Any]]:
        """Relevance-ranked matches: filters and date window as tokens inside one FTS match.

        Rank (bm25 with title/lead/text weights) is computed by FTS5 itself; an exact day
        check on ``docs`` is added only when the window does not end on month boundaries.
        """
        match = " AND ".join(x for x in (f"({text})", filter_match(spec)) if x)
        exact: list[str] = []
        params: list[Any] = []
        if spec.since or spec.until:
            lo, hi = self.conn.execute(
                "SELECT min(published_at), max(published_at) FROM docs"
            ).fetchone()  # two index lookups
            if lo is None:
                return _NOTHING
            since = spec.since or date.fromisoformat(lo[:10])
            until = spec.until or date.fromisoformat(hi[:10])
            if since > until:
                return _NOTHING
            tokens, aligned = date_tokens(since, until)
            match += " AND tags : (" + " OR ".join(tokens) + ")"
            if not aligned:
                exact, params = _days(spec, "d.day")
        if not exact:
            # syndicated copies are few: excluding them beats a token every article carries
            dups = "" if spec.include_duplicates else _NOT_DUPLICATE
            body = f"FROM docs_fts WHERE docs_fts MATCH ?{dups}"
            return "rowid AS rid, rank AS score", body, [match]
        if not spec.include_duplicates:
            exact.append("d.is_primary = 1")
        body = (
            "FROM docs_fts JOIN docs d ON d.rid = docs_fts.rowid WHERE docs_fts MATCH ? AND "
            + " AND ".join(exact)
        )
        return "docs_fts.rowid AS rid, docs_fts.rank AS score", body, [match, *params]

    def _hits(
        self, ranked: list[sqlite3.Row], parsed: ParsedQuery, snippets: bool = True
    ) -> list[Hit]:
        words = parsed.highlight_words()
        hits = []
        for start in range(0, len(ranked), CHUNK):  # SQLite caps the parameters per query
            part = ranked[start : start + CHUNK]
            rids = [r[0] for r in part]
            # without snippets the lead and body are not needed
            text_cols = "t.lead, t.text" if snippets else "'' AS lead, NULL AS text"
            rows = {
                r["rid"]: r
                for r in self.conn.execute(
                    f"SELECT d.*, t.title, {text_cols} FROM docs d JOIN doc_text t USING (rid)"
                    f" WHERE d.rid IN ({','.join('?' * len(rids))})",
                    rids,
                )
            }
            for rid, score in part:
                r = rows[rid]
                hits.append(Hit(
                    id=r["id"], url=r["url"], title=r["title"], source=r["source"],
                    published_at=r["published_at"],
                    snippet=make_snippet(r["lead"] + " " + _body(r["text"]), words) if snippets else "",
                    score=round(-float(score), 4), provinces=json.loads(r["provinces"]),
                    duplicate_of=r["duplicate_of"],
                ))  # fmt: skip
        return hits

    @_guard
    def stats(self, spec: StatsSpec) -> list[dict[str, Any]]:
        """Article counts per group, aggregated inside SQLite (memory: one row per group)."""
        q = spec.query
        text = "" if q.parsed.empty else fts_match(q.parsed)
        columns = {"province": "p.province", "new_province": "p.new_province"}
        cols = [columns.get(g, f"d.{g}") for g in spec.group_by]
        by_province = set(spec.group_by) <= {"province", "new_province"}
        if by_province and not (q.since or q.until):
            # primary provinces only: one covering-index scan, no lookup into docs
            where, params = self._doc_filter(q, text, rid="p.rid", primary="p.doc_primary")
            where.insert(0, "p.is_primary = 1")
            source, counted = "doc_provinces p", "count(DISTINCT p.rid)"
        elif {"province", "new_province"} & set(spec.group_by):
            where, params = self._doc_filter(q, text)
            source = "docs d JOIN doc_provinces p ON p.rid = d.rid AND p.is_primary = 1"
            counted = "count(DISTINCT d.rid)"
        else:
            where, params = self._doc_filter(q, text)
            source, counted = "docs d", "count(*)"
        sql = (
            f"SELECT {', '.join(cols)}, {counted} FROM {source}"
            + (f" WHERE {' AND '.join(where)}" if where else "")
            + f" GROUP BY {', '.join(cols)}"
        )
        out = []
        for row in self.conn.execute(sql, params):
            out.append({**dict(zip(spec.group_by, row[:-1])), "articles": row[-1]})
        out.sort(key=lambda r: tuple("" if r[g] is None else str(r[g]) for g in spec.group_by))
        return out

    def facts(self, spec: FactsSpec) -> list[dict[str, Any]]:
        """Figures with their sentence and source article, newest first."""
        return list(self.iter_facts(spec))

    @_guard_iter
    def iter_facts(self, spec: FactsSpec) -> Iterator[dict[str, Any]]:
        """``facts`` as a stream: constant memory, stops as soon as ``spec.limit`` is met.

        Pass 1 walks only the figure keys newest first (``latest`` keeps the first per
        group); pass 2 fetches full rows with their article for 500 figures at a time.
        """
        where, params = _facts_where(spec)
        keys = ", ".join(f"f.{c}" for c in _FACT_GROUP)
        if spec.latest and len(where) > 1:
            # a filtered set: newest per group in one aggregate pass (one row per group)
            yield from self._figure_rows(self._latest_rowids(where, params, keys, spec.limit))
            return
        sql = (
            f"SELECT f.rowid, {keys} FROM figures f WHERE {' AND '.join(where)}"
            " ORDER BY f.published_at DESC, f.rowid"
        )
        if spec.limit and not spec.latest:
            sql += f" LIMIT {int(spec.limit)}"
        chosen: list[int] = []
        for rowid in _pick(self.conn.execute(sql, params), spec):
            chosen.append(rowid)
            if len(chosen) == CHUNK:
                yield from self._figure_rows(chosen)
                chosen = []
        yield from self._figure_rows(chosen)

    def _latest_rowids(self, where: list[str], params: list[Any], keys: str,
                       limit: int) -> list[int]:  # fmt: skip
        # max() over (date, inverted rowid): newest figure, the first one among equal dates;
        # SQLite takes the bare columns from that row
        newest = "max(coalesce(f.published_at, '') || printf('%015d', 999999999999999 - f.rowid))"
        rows = self.conn.execute(
            f"SELECT f.rowid, f.published_at, {newest} FROM figures f"
            f" WHERE {' AND '.join(where)} GROUP BY {keys}",
            params,
        ).fetchall()
        rows.sort(key=lambda r: r[0])
        rows.sort(key=lambda r: r[1] or "", reverse=True)
        return [r[0] for r in (rows[:limit] if limit else rows)]

    def _figure_rows(self, rowids: list[int]) -> Iterator[dict[str, Any]]:
        if not rowids:
            return
        cols = ", ".join(f"f.{c}" for c in (*_FIGURE_COLUMNS, "published_at"))
        rows = {
            r[0]: r
            for r in self.conn.execute(
                f"SELECT f.rowid, {cols}, t.title, d.url, d.source FROM figures f"
                " JOIN docs d ON d.rid = f.rid JOIN doc_text t ON t.rid = f.rid"
                f" WHERE f.rowid IN ({','.join('?' * len(rowids))})",
                rowids,
            )
        }
        for rowid in rowids:
            r = dict(rows[rowid])
            del r["rowid"]
            yield r


def _facts_where(spec: FactsSpec) -> tuple[list[str], list[Any]]:
    """Conditions on ``figures f``; provinces as a union of two index lookups."""
    # unary + keeps the planner from scanning the primary-flag index when a selective
    # province lookup can drive the query
    where, params = ["+f.is_primary = 1" if spec.provinces else "f.is_primary = 1"], []
    if spec.provinces:
        folded = [fold(p) for p in spec.provinces]
        marks = ",".join("?" * len(folded))
        where.append(
            f"f.rowid IN (SELECT rowid FROM figures WHERE province_f IN ({marks}) UNION ALL"
            f" SELECT rowid FROM figures WHERE new_province_f IN ({marks}))"
        )
        params.extend(folded * 2)
    if spec.metric:
        where.append("f.metric = ?")
        params.append(spec.metric)
    if spec.star is not None:
        where.append("(f.star = ? OR f.min_star = ?)")
        params.extend([spec.star, spec.star])
    if spec.since:
        where.append("f.published_at >= ?")
        params.append(spec.since.isoformat())
    if spec.until:
        where.append("f.published_at < ?")
        params.append((spec.until + timedelta(days=1)).isoformat())
    if spec.text:
        where.append("f.rid IN (SELECT rowid FROM docs_fts WHERE docs_fts MATCH ?)")
        params.append(fts_match(parse_query(spec.text)))
    return where, params


def _pick(cursor: sqlite3.Cursor, spec: FactsSpec) -> Iterator[int]:
    """Figure rowids in order; with ``latest`` only the first (newest) per figure group."""
    seen: set[tuple] = set()
    n = 0
    while rows := cursor.fetchmany(1000):
        for row in rows:
            if spec.latest:
                key = tuple(row[1:])
                if key in seen:
                    continue
                seen.add(key)
            yield row[0]
            n += 1
            if spec.limit and n >= spec.limit:
                return
