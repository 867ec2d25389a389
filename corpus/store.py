"""The corpus store: SQLite (WAL) source of truth for everything crawled.

Tables
- ``articles``: one row per article (by id = hash of canonical URL), enrichment included.
- ``pages``: the raw archive, every fetched page's bytes (zlib) so extraction can be rerun.
- ``urls``: per-URL crawl state (article / skipped / error / listing) for incremental crawls.
- ``crawl_runs`` + ``crawl_run_sources``: one record per crawl run with counts per source.

Search indexes are derived from this store and can be rebuilt from it at any time.
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
import zlib
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from corpus.article import Article
from corpus.errors import OcopError

SCHEMA_VERSION = 5

# Each migration takes the schema from version i to i+1. Never edit a released one: append.
MIGRATIONS: list[str] = [
    # 0 -> 1: articles, raw pages, crawl runs
    """
    CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        url TEXT NOT NULL,
        canonical_url TEXT NOT NULL UNIQUE,
        source TEXT NOT NULL DEFAULT '',
        title TEXT NOT NULL DEFAULT '',
        lead TEXT NOT NULL DEFAULT '',
        text TEXT NOT NULL DEFAULT '',
        authors TEXT NOT NULL DEFAULT '[]',
        attribution TEXT NOT NULL DEFAULT '',
        published_at TEXT,
        modified_at TEXT,
        section TEXT NOT NULL DEFAULT '',
        tags TEXT NOT NULL DEFAULT '[]',
        images TEXT NOT NULL DEFAULT '[]',
        language TEXT NOT NULL DEFAULT 'vi',
        fetched_at TEXT,
        content_hash TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE INDEX articles_source ON articles(source);
    CREATE INDEX articles_published ON articles(published_at);
    CREATE TABLE pages (
        url TEXT PRIMARY KEY,
        final_url TEXT NOT NULL,
        status INTEGER NOT NULL,
        content_type TEXT NOT NULL DEFAULT '',
        encoding TEXT,
        headers TEXT NOT NULL DEFAULT '{}',
        body BLOB,
        source TEXT NOT NULL DEFAULT '',
        article_id TEXT,
        fetched_at TEXT NOT NULL
    );
    CREATE INDEX pages_article ON pages(article_id);
    CREATE TABLE crawl_runs (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        started_at TEXT NOT NULL,
        finished_at TEXT,
        status TEXT NOT NULL DEFAULT 'running',
        options TEXT NOT NULL DEFAULT '{}'
    );
    CREATE TABLE crawl_run_sources (
        run_id INTEGER NOT NULL REFERENCES crawl_runs(id),
        source TEXT NOT NULL,
        fetched INTEGER NOT NULL DEFAULT 0,
        kept INTEGER NOT NULL DEFAULT 0,
        skipped INTEGER NOT NULL DEFAULT 0,
        duplicates INTEGER NOT NULL DEFAULT 0,
        errors INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (run_id, source)
    );
    """,
    # 1 -> 2: per-URL crawl state for incremental and resumable crawling
    """
    CREATE TABLE urls (
        url TEXT PRIMARY KEY,
        source TEXT NOT NULL DEFAULT '',
        state TEXT NOT NULL,
        reason TEXT NOT NULL DEFAULT '',
        article_id TEXT,
        first_seen TEXT NOT NULL,
        last_seen TEXT NOT NULL
    );
    CREATE INDEX urls_state ON urls(state);
    """,
    # 2 -> 3: enrichment results and near-duplicate grouping
    """
    ALTER TABLE articles ADD COLUMN duplicate_of TEXT;
    ALTER TABLE articles ADD COLUMN entities TEXT NOT NULL DEFAULT '[]';
    ALTER TABLE articles ADD COLUMN provinces TEXT NOT NULL DEFAULT '[]';
    ALTER TABLE articles ADD COLUMN figures TEXT NOT NULL DEFAULT '[]';
    ALTER TABLE articles ADD COLUMN products TEXT NOT NULL DEFAULT '[]';
    ALTER TABLE articles ADD COLUMN enriched_hash TEXT;
    ALTER TABLE articles ADD COLUMN enrichment_version INTEGER;
    CREATE INDEX articles_enrichment ON articles(enrichment_version, enriched_hash);
    """,
    # 3 -> 4: MinHash signatures for near-duplicate grouping across runs
    """
    CREATE TABLE signatures (
        article_id TEXT PRIMARY KEY,
        minhash BLOB NOT NULL
    );
    CREATE INDEX articles_duplicate_of ON articles(duplicate_of);
    """,
    # 4 -> 5: site memory (line fingerprints of each source's extracted bodies) and the
    # articles it set aside (no longer about OCOP once the site's chrome is removed)
    """
    CREATE TABLE site_lines (
        source TEXT NOT NULL,
        fp TEXT NOT NULL,
        article_id TEXT NOT NULL,
        PRIMARY KEY (source, fp, article_id)
    ) WITHOUT ROWID;
    CREATE INDEX site_lines_article ON site_lines(source, article_id);
    CREATE TABLE articles_set_aside (
        id TEXT PRIMARY KEY,
        source TEXT NOT NULL DEFAULT '',
        reason TEXT NOT NULL,
        article TEXT NOT NULL,
        set_aside_at TEXT NOT NULL
    );
    """,
]
assert len(MIGRATIONS) == SCHEMA_VERSION

_JSON_COLUMNS = ("authors", "tags", "images", "entities", "provinces", "figures", "products")
_ARTICLE_COLUMNS = (
    "id", "url", "canonical_url", "source", "title", "lead", "text", "authors", "attribution",
    "published_at", "modified_at", "section", "tags", "images", "language", "fetched_at",
    "content_hash", "duplicate_of",
)  # fmt: skip


# What decides "unchanged" on upsert (duplicate_of is the store's, not the caller's).
_COMPARED = ("content_hash", "title", "lead", "text", "authors", "published_at", "modified_at",
             "section", "tags", "images", "attribution")  # fmt: skip


class StoreError(OcopError):
    """The corpus store cannot be opened or used (a user-facing message)."""


def connect_readonly(path: str | Path, *, immutable: bool = False,
                     **kwargs: Any) -> sqlite3.Connection:  # fmt: skip
    """A read-only connection to the SQLite file at ``path`` (store, index, fact base).

    The path goes through an escaped file URI (``as_uri()``): a raw ``file:{path}`` reads a
    data directory named "a#b" as the file "a". ``immutable`` reads the file as it stands
    (no locks, no shared-memory file): for a WAL database in a directory we may not write.
    """
    mode = "immutable=1" if immutable else "mode=ro"
    kwargs.setdefault("timeout", 30)
    return sqlite3.connect(f"{Path(path).resolve().as_uri()}?{mode}", uri=True, **kwargs)


def utcnow() -> datetime:
    return datetime.now(UTC)


@dataclass
class RawPage:
    """One fetched page as archived in the store."""

    url: str
    final_url: str
    status: int
    body: bytes
    content_type: str = ""
    encoding: str | None = None
    headers: dict[str, str] | None = None
    source: str = ""
    fetched_at: datetime | None = None
    article_id: str | None = None


class CorpusStore:
    """The corpus store at ``path`` (created and migrated on open).

    One connection per thread; writes go through ``transaction()``, which commits
    on success and rolls back everything on any exception.
    """

    readonly = False

    def __init__(self, path: str | Path, *, readonly: bool = False):
        self.path = Path(path)
        self.readonly = readonly
        self._local = threading.local()
        if readonly:  # readers (status, the web page) never create, migrate or write
            self._check_readable()
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"cannot create data directory {self.path.parent}: {exc}") from exc
        self.migrate()

    def _check_readable(self) -> None:
        if not self.path.is_file():
            raise StoreError(f"no corpus store at {self.path}; run `ocop crawl` first")
        version = self.schema_version
        if version != SCHEMA_VERSION:
            raise StoreError(
                f"{self.path} has schema version {version}, this program reads version "
                f"{SCHEMA_VERSION}; run `ocop crawl` or `ocop index` once with write access"
            )

    def _connect(self) -> sqlite3.Connection:
        if not self.readonly:
            return sqlite3.connect(self.path, timeout=30, isolation_level=None)
        try:
            conn = connect_readonly(self.path, isolation_level=None)
            conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
            return conn
        except sqlite3.OperationalError:
            if os.access(self.path.parent, os.W_OK):
                raise
        # A WAL store in a directory we may not write to (a shared or mounted copy): SQLite
        # cannot create the shared-memory file there, so read the file as it stands.
        return connect_readonly(self.path, immutable=True, isolation_level=None)

    # --- connection and schema -------------------------------------------------------
    @property
    def conn(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            try:
                conn = self._connect()
                conn.row_factory = sqlite3.Row
                if self.readonly:
                    conn.execute("PRAGMA query_only=ON")
                else:
                    conn.execute("PRAGMA journal_mode=WAL")
                    conn.execute("PRAGMA synchronous=NORMAL")
                    conn.execute("PRAGMA foreign_keys=ON")
            except sqlite3.DatabaseError as exc:
                raise StoreError(f"cannot open corpus store {self.path}: {exc}") from exc
            self._local.conn = conn
        return conn

    def close(self) -> None:
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            conn.close()
            self._local.conn = None

    @property
    def schema_version(self) -> int:
        return self.conn.execute("PRAGMA user_version").fetchone()[0]

    def migrate(self, target: int = SCHEMA_VERSION) -> None:
        current = self.schema_version
        if current > SCHEMA_VERSION:
            raise StoreError(
                f"{self.path} has schema version {current}, newer than this program "
                f"understands ({SCHEMA_VERSION}); upgrade ocop-news-indexer"
            )
        for version in range(current, target):
            with self.transaction() as conn:
                for statement in _split_sql(MIGRATIONS[version]):
                    conn.execute(statement)
                conn.execute(f"PRAGMA user_version = {version + 1}")

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE … COMMIT, or ROLLBACK if the block raises. Re-entrant."""
        conn = self.conn
        depth = getattr(self._local, "depth", 0)
        if depth:
            self._local.depth = depth + 1
            try:
                yield conn
            finally:
                self._local.depth = depth
            return
        conn.execute("BEGIN IMMEDIATE")
        self._local.depth = 1
        try:
            yield conn
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        else:
            conn.execute("COMMIT")
        finally:
            self._local.depth = 0

    # --- articles --------------------------------------------------------------------
    def upsert_article(self, article: Article) -> str:
        """Insert or update by id. Returns "new", "updated" or "unchanged".

        Enrichment is kept when the content is unchanged; a changed article keeps its old
        enrichment until the enrichment stage sees the new content hash. An existing
        article keeps its ``duplicate_of`` (near-duplicate grouping is ``set_duplicate_of``'s
        job), whatever ``article.duplicate_of`` says.
        """
        row = _article_row(article)
        now = utcnow().isoformat()
        with self.transaction() as conn:
            old = conn.execute(
                f"SELECT {', '.join(_COMPARED)} FROM articles WHERE id = ?", (article.id,)
            ).fetchone()
            if old is None:
                cols = ", ".join(row)
                marks = ", ".join("?" for _ in row)
                conn.execute(
                    f"INSERT INTO articles ({cols}, created_at, updated_at) VALUES ({marks}, ?, ?)",
                    (*row.values(), now, now),
                )
                return "new"
            if all(old[c] == row[c] for c in _COMPARED):
                return "unchanged"
            changed = [c for c in row if c not in ("id", "duplicate_of")]
            conn.execute(
                f"UPDATE articles SET {', '.join(f'{c} = ?' for c in changed)}, updated_at = ?"
                " WHERE id = ?",
                (*[row[c] for c in changed], now, article.id),
            )
            return "updated"

    def get_article(self, article_id: str) -> Article | None:
        row = self.conn.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()
        return _row_article(row) if row else None

    def iter_articles(
        self, where: str = "", params: tuple = (), batch: int = 200
    ) -> Iterator[Article]:
        """All articles (optionally filtered by a trusted SQL condition), oldest id first."""
        sql = "SELECT * FROM articles" + (f" WHERE {where}" if where else "") + " ORDER BY rowid"
        cursor = self.conn.execute(sql, params)
        while rows := cursor.fetchmany(batch):
            for row in rows:
                yield _row_article(row)

    def iter_published(self, since: date | None = None, until: date | None = None, *,
                       with_figures: bool = False,
                       ids: Iterable[str] | None = None) -> Iterator[Article]:  # fmt: skip
        """Articles published in [since, until] (days, Vietnam time as stored), optionally
        only those with figures and only those in ``ids``; oldest id first."""
        where, params = [], []
        if ids is not None:  # one JSON parameter: no cap on the number of ids, one ordered scan
            where.append("id IN (SELECT value FROM json_each(?))")
            params.append(json.dumps(sorted(set(ids))))
        if with_figures:
            where.append("figures != '[]'")
        if since:
            where.append("substr(published_at, 1, 10) >= ?")
            params.append(since.isoformat())
        if until:
            where.append("substr(published_at, 1, 10) <= ?")
            params.append(until.isoformat())
        return self.iter_articles(" AND ".join(where), tuple(params))

    def count_articles(self, where: str = "", params: tuple = ()) -> int:
        sql = "SELECT COUNT(*) FROM articles" + (f" WHERE {where}" if where else "")
        return self.conn.execute(sql, params).fetchone()[0]

    def set_duplicate_of(self, article_id: str, primary_id: str | None) -> None:
        with self.transaction() as conn:
            conn.execute(
                "UPDATE articles SET duplicate_of = ? WHERE id = ?", (primary_id, article_id)
            )

    def group_members(self, primary_id: str) -> list[str]:
        """Ids of the articles grouped under ``primary_id`` (itself included)."""
        rows = self.conn.execute(
            "SELECT id FROM articles WHERE id = ? OR duplicate_of = ?", (primary_id, primary_id)
        )
        return [r[0] for r in rows]

    def save_signature(self, article_id: str, minhash: bytes) -> None:
        with self.transaction() as conn:
            conn.execute(
                "INSERT OR REPLACE INTO signatures (article_id, minhash) VALUES (?, ?)",
                (article_id, minhash),
            )

    def iter_signatures(self) -> Iterator[tuple[str, bytes]]:
        cursor = self.conn.execute("SELECT article_id, minhash FROM signatures ORDER BY rowid")
        while rows := cursor.fetchmany(500):
            yield from ((r[0], r[1]) for r in rows)

    # --- site memory (crawler.extract.sitememory) --------------------------------------
    def remember_lines(self, source: str, article_id: str, fps: Iterable[str]) -> None:
        """Record the line fingerprints of one article's extracted body (replacing older ones)."""
        with self.transaction() as conn:
            conn.execute("DELETE FROM site_lines WHERE source = ? AND article_id = ?",
                         (source, article_id))  # fmt: skip
            conn.executemany(
                "INSERT OR IGNORE INTO site_lines (source, fp, article_id) VALUES (?, ?, ?)",
                [(source, fp, article_id) for fp in fps],
            )

    def line_postings(self, source: str, fps: Iterable[str] | None = None) -> dict[str, set[str]]:
        """Fingerprint -> ids of the source's articles (and pages) whose lines hold it: for the
        fingerprints ``fps``, or for every line the source's memory holds (None)."""
        sql, params = "SELECT fp, article_id FROM site_lines WHERE source = ?", [source]
        if fps is not None:
            sql += " AND fp IN (SELECT value FROM json_each(?))"
            params.append(json.dumps(sorted(set(fps))))
        out: dict[str, set[str]] = {}
        for fp, doc in self.conn.execute(sql, params):
            out.setdefault(fp, set()).add(doc)
        return out

    def set_aside_article(self, article_id: str, reason: str) -> bool:
        """Move an article out of the corpus (the index drops it at its next sync) into
        ``articles_set_aside`` with the reason, and mark its URLs ``skipped`` with the reason. Its raw
        page stays archived. False when there is no such article."""
        article = self.get_article(article_id)
        if article is None:
            return False
        with self.transaction() as conn:
            conn.execute(
                "INSERT OR REPLACE INTO articles_set_aside (id, source, reason, article,"
                " set_aside_at) VALUES (?, ?, ?, ?, ?)",
                (article_id, article.source, reason, _dumps(article.to_dict()),
                 utcnow().isoformat()),
            )  # fmt: skip
            conn.execute("UPDATE articles SET duplicate_of = NULL WHERE duplicate_of = ?",
                         (article_id,))  # fmt: skip
            conn.execute("DELETE FROM signatures WHERE article_id = ?", (article_id,))
            conn.execute("DELETE FROM articles WHERE id = ?", (article_id,))
            conn.execute("UPDATE urls SET state = 'skipped', reason = ? WHERE article_id = ?",
                         (reason, article_id))  # fmt: skip
        return True

    def set_aside(self, source: str | None = None) -> list[dict[str, Any]]:
        """The articles set aside (id, source, url, reason, set_aside_at), newest first."""
        sql = ("SELECT id, source, json_extract(article, '$.url') AS url, reason, set_aside_at"
               " FROM articles_set_aside")  # fmt: skip
        params: tuple = ()
        if source is not None:
            sql, params = sql + " WHERE source = ?", (source,)
        return [dict(r) for r in self.conn.execute(sql + " ORDER BY set_aside_at DESC", params)]

    # --- enrichment ------------------------------------------------------------------
    def articles_to_enrich(self, version: int, force: bool = False) -> list[str]:
        """Ids of articles whose enrichment is missing, stale (content changed) or older."""
        if force:
            rows = self.conn.execute("SELECT id FROM articles ORDER BY rowid")
        else:
            rows = self.conn.execute(
                "SELECT id FROM articles WHERE enrichment_version IS NOT ? "
                "OR enriched_hash IS NOT content_hash ORDER BY rowid",
                (version,),
            )
        return [r[0] for r in rows]

    def save_enrichment(self, article_id: str, enrichment: dict[str, Any], version: int,
                        enriched_hash: str) -> None:  # fmt: skip
        with self.transaction() as conn:
            conn.execute(
                "UPDATE articles SET entities = ?, provinces = ?, figures = ?, products = ?,"
                " enrichment_version = ?, enriched_hash = ? WHERE id = ?",
                (
                    _dumps(enrichment.get("entities", [])),
                    _dumps(enrichment.get("provinces", [])),
                    _dumps(enrichment.get("figures", [])),
                    _dumps(enrichment.get("products", [])),
                    version,
                    enriched_hash,
                    article_id,
                ),
            )

    # --- raw archive -----------------------------------------------------------------
    def save_page(self, page: RawPage) -> None:
        fetched = (page.fetched_at or utcnow()).isoformat()
        with self.transaction() as conn:
            conn.execute(
                "INSERT INTO pages (url, final_url, status, content_type, encoding, headers, body,"
                " source, article_id, fetched_at) VALUES (?,?,?,?,?,?,?,?,?,?)"
                " ON CONFLICT(url) DO UPDATE SET final_url=excluded.final_url,"
                " status=excluded.status, content_type=excluded.content_type,"
                " encoding=excluded.encoding, headers=excluded.headers, body=excluded.body,"
                " source=excluded.source, article_id=COALESCE(excluded.article_id, article_id),"
                " fetched_at=excluded.fetched_at",
                (
                    page.url,
                    page.final_url,
                    page.status,
                    page.content_type,
                    page.encoding,
                    _dumps(page.headers or {}),
                    zlib.compress(page.body, 6) if page.body is not None else None,
                    page.source,
                    page.article_id,
                    fetched,
                ),
            )

    def get_page(self, url: str) -> RawPage | None:
        row = self.conn.execute("SELECT * FROM pages WHERE url = ?", (url,)).fetchone()
        return _row_page(row) if row else None

    def iter_pages(self, only_articles: bool = True) -> Iterator[RawPage]:
        sql = "SELECT * FROM pages"
        if only_articles:
            sql += " WHERE article_id IS NOT NULL"
        cursor = self.conn.execute(sql + " ORDER BY rowid")
        while rows := cursor.fetchmany(100):
            for row in rows:
                yield _row_page(row)

    # --- URL state (incremental crawling) ---------------------------------------------
    def mark_url(self, url: str, state: str, source: str = "", reason: str = "",
                 article_id: str | None = None) -> None:  # fmt: skip
        now = utcnow().isoformat()
        with self.transaction() as conn:
            conn.execute(
                "INSERT INTO urls (url, source, state, reason, article_id, first_seen, last_seen)"
                " VALUES (?,?,?,?,?,?,?) ON CONFLICT(url) DO UPDATE SET state=excluded.state,"
                " reason=excluded.reason, source=excluded.source,"
                " article_id=COALESCE(excluded.article_id, article_id), last_seen=excluded.last_seen",
                (url, source, state, reason, article_id, now, now),
            )

    def mark_urls(self, marks: list[tuple[str, str, str, str]], keep: tuple[str, ...] = ()) -> None:
        """Set many URL states, (url, state, source, reason) each, in one transaction; a URL
        whose current state is in ``keep`` keeps it (a known article is not queued again)."""
        if not marks:
            return
        now = utcnow().isoformat()
        guard = f" WHERE urls.state NOT IN ({','.join('?' for _ in keep)})" if keep else ""
        with self.transaction() as conn:
            conn.executemany(
                "INSERT INTO urls (url, source, state, reason, first_seen, last_seen)"
                " VALUES (?,?,?,?,?,?) ON CONFLICT(url) DO UPDATE SET state=excluded.state,"
                " reason=excluded.reason, source=excluded.source, last_seen=excluded.last_seen"
                + guard,
                [
                    (url, source, state, reason, now, now, *keep)
                    for url, state, source, reason in marks
                ],
            )

    def link_page(self, url: str, article_id: str) -> None:
        """Record that the archived page at ``url`` holds article ``article_id``."""
        with self.transaction() as conn:
            conn.execute("UPDATE pages SET article_id = ? WHERE url = ?", (article_id, url))

    def url_state(self, url: str) -> sqlite3.Row | None:
        return self.conn.execute("SELECT * FROM urls WHERE url = ?", (url,)).fetchone()

    def urls_in_state(self, *states: str, source: str | None = None) -> set[str]:
        marks = ",".join("?" for _ in states)
        sql = f"SELECT url FROM urls WHERE state IN ({marks})"
        params: tuple = states
        if source is not None:
            sql += " AND source = ?"
            params = (*states, source)
        return {r[0] for r in self.conn.execute(sql, params)}

    def pending_discovery(self, source: str) -> list[tuple[str, str]]:
        """(url, "kind:page") of listing pages / sitemaps found but not read yet."""
        rows = self.conn.execute(
            "SELECT url, reason FROM urls WHERE state = 'pending' AND source = ? ORDER BY rowid",
            (source,),
        )
        return [(r[0], r[1]) for r in rows]

    # --- crawl runs ------------------------------------------------------------------
    def start_run(self, options: dict[str, Any] | None = None) -> int:
        with self.transaction() as conn:
            cur = conn.execute(
                "INSERT INTO crawl_runs (started_at, options) VALUES (?, ?)",
                (utcnow().isoformat(), _dumps(options or {})),
            )
            return int(cur.lastrowid)

    def record_run_counts(self, run_id: int, source: str, **counts: int) -> None:
        """Add to the counters of one source in one run (fetched, kept, skipped, duplicates, errors)."""
        allowed = {"fetched", "kept", "skipped", "duplicates", "errors"}
        unknown = set(counts) - allowed
        if unknown:
            raise ValueError(f"unknown counters: {sorted(unknown)}")
        with self.transaction() as conn:
            conn.execute(
                "INSERT OR IGNORE INTO crawl_run_sources (run_id, source) VALUES (?, ?)",
                (run_id, source),
            )
            if counts:
                sets = ", ".join(f"{k} = {k} + ?" for k in counts)
                conn.execute(
                    f"UPDATE crawl_run_sources SET {sets} WHERE run_id = ? AND source = ?",
                    (*counts.values(), run_id, source),
                )

    def close_abandoned_runs(self) -> int:
        """Mark runs still 'running' (their process died) as 'interrupted'."""
        with self.transaction() as conn:
            cur = conn.execute(
                "UPDATE crawl_runs SET status = 'interrupted' WHERE status = 'running'"
            )
            return cur.rowcount

    def finish_run(self, run_id: int, status: str = "finished") -> None:
        with self.transaction() as conn:
            conn.execute(
                "UPDATE crawl_runs SET finished_at = ?, status = ? WHERE id = ?",
                (utcnow().isoformat(), status, run_id),
            )

    def run_counts(self, run_id: int) -> dict[str, dict[str, int]]:
        rows = self.conn.execute(
            "SELECT * FROM crawl_run_sources WHERE run_id = ? ORDER BY source", (run_id,)
        )
        return {
            r["source"]: {k: r[k] for k in ("fetched", "kept", "skipped", "duplicates", "errors")}
            for r in rows
        }

    def page_sources(self) -> set[str]:
        """The names of the sources with archived pages."""
        return {r[0] for r in self.conn.execute("SELECT DISTINCT source FROM pages") if r[0]}

    def last_runs_per_source(self) -> list[dict[str, Any]]:
        """For each source, its counts in the most recent run that touched it."""
        rows = self.conn.execute(
            "SELECT s.*, r.started_at, r.finished_at, r.status FROM crawl_run_sources s"
            " JOIN crawl_runs r ON r.id = s.run_id"
            " WHERE s.run_id = (SELECT MAX(run_id) FROM crawl_run_sources s2 WHERE s2.source = s.source)"
            " ORDER BY s.source"
        )
        return [dict(r) for r in rows]


def _split_sql(script: str) -> list[str]:
    return [s.strip() for s in script.split(";") if s.strip()]


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=str)


def _article_row(article: Article) -> dict[str, Any]:
    d = article.to_dict()
    row = {c: d[c] for c in _ARTICLE_COLUMNS}
    for c in ("authors", "tags", "images"):
        row[c] = _dumps(row[c])
    return row


def _row_article(row: sqlite3.Row) -> Article:
    data = dict(row)
    for c in _JSON_COLUMNS:
        if c in data and isinstance(data[c], str):
            data[c] = json.loads(data[c])
    return Article.from_dict(data)


def _row_page(row: sqlite3.Row) -> RawPage:
    return RawPage(
        url=row["url"],
        final_url=row["final_url"],
        status=row["status"],
        body=zlib.decompress(row["body"]) if row["body"] is not None else b"",
        content_type=row["content_type"],
        encoding=row["encoding"],
        headers=json.loads(row["headers"]),
        source=row["source"],
        fetched_at=datetime.fromisoformat(row["fetched_at"]),
        article_id=row["article_id"],
    )
