"""The fact base: the knowledge base of `indexer.facts` materialised in ``facts.sqlite``.

Facts are derived data, like the search index: `ocop index` writes them after the backend
(so it serves SQLite and Elasticsearch alike), readers (`ocop facts`, the web explorer) query
them with SQL instead of rebuilding every fact from the corpus store on each call.

Layout: ``sources`` (one signature per stored article: what changed since the last build),
``mentions`` (one row per figure mention, keyed by the fact identity), ``stories`` (first
copy's row and publication day per story) and ``facts`` (one row per fact with indexed
filter columns, ordering columns, latest/conflict flags and the mentions as JSON).

Facts of one identity (province, metric, star, …) depend only on that identity's mentions
and on the stories they sit in, so a build streams mentions ordered by identity (memory per
identity, not per corpus) and a refresh rebuilds only the identities that changed articles
touch. A full build writes a new file and renames it over the old one; a refresh is one
transaction. ``meta`` holds the format version, the enrichment version and a stamp of the
corpus state the facts reflect.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import os
import sqlite3
import time
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from corpus.errors import OcopError
from corpus.store import CorpusStore, connect_readonly
from indexer.facts import (
    IDENTITY,
    Fact,
    FactFilter,
    Mention,
    Period,
    build_facts,
    identity,
    latest,
    mentions_of,
    series_key,
    sort_key,
)

#: Bump when the fact logic (indexer.facts) or this layout changes: the next `ocop index`
#: rebuilds the fact base, and readers do not trust one of another version.
FACTBASE_VERSION = 3  # 2: restatements join the fuller mention; 3: compressed data
FILE_NAME = "facts.sqlite"
#: When more than this share of the articles changed (a new ENRICHMENT_VERSION re-enriched
#: them all), rebuilding every identity in a fresh file beats updating them in place
#: (measured at 100k: 240 s to refresh every article in place; a full build takes ~50 s).
FULL_BUILD_SHARE = 0.2
FULL_BUILD_MIN = 1000  # articles: below this, in place whatever the share

SCHEMA = [
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)",
    "CREATE TABLE sources (article_id TEXT PRIMARY KEY, sig TEXT NOT NULL)",
    """CREATE TABLE mentions (key TEXT NOT NULL, story_id TEXT NOT NULL,
        article_id TEXT NOT NULL, row INTEGER NOT NULL, idx INTEGER NOT NULL, day TEXT,
        pub TEXT, province TEXT, new_province TEXT, metric TEXT, star INTEGER,
        min_star INTEGER, data BLOB NOT NULL)""",
    "CREATE TABLE stories (story_id TEXT PRIMARY KEY, first_row INTEGER, first_pub TEXT)",
    # o_* are the sort columns of indexer.facts.sort_key (None as "" or 0), then the order
    # in which a full build creates facts (t1..t3) and the same for the series' first fact
    """CREATE TABLE facts (id TEXT NOT NULL, key TEXT NOT NULL, province TEXT,
        new_province TEXT, district TEXT, metric TEXT, kind TEXT, unit TEXT, star INTEGER,
        min_star INTEGER, potential_star INTEGER, relation TEXT, period_kind TEXT,
        period_start TEXT, period_end TEXT, period_explicit INTEGER, value REAL,
        is_latest INTEGER NOT NULL, conflict INTEGER NOT NULL, conflicts TEXT NOT NULL,
        o_province TEXT, o_district TEXT, o_metric TEXT, o_star INTEGER, o_min_star INTEGER,
        o_kind TEXT, o_unit TEXT, o_end TEXT, s_end TEXT, s_value REAL, s_t1 INTEGER,
        s_t2 INTEGER, s_t3 INTEGER, t1 INTEGER, t2 INTEGER, t3 INTEGER,
        data BLOB NOT NULL)""",
]
INDEXES = [
    "CREATE INDEX mentions_key ON mentions(key, day)",
    "CREATE INDEX mentions_story ON mentions(story_id)",
    "CREATE INDEX mentions_article ON mentions(article_id)",
    "CREATE INDEX mentions_day ON mentions(day)",
    "CREATE INDEX mentions_new_province ON mentions(new_province)",
    "CREATE INDEX facts_key ON facts(key)",
    "CREATE INDEX facts_id ON facts(id)",
    "CREATE INDEX facts_province ON facts(province)",
    "CREATE INDEX facts_new_province ON facts(new_province)",
    "CREATE INDEX facts_metric ON facts(metric, star)",
    "CREATE INDEX facts_latest ON facts(is_latest, metric, star, min_star)",
    "CREATE INDEX facts_kind ON facts(period_kind, conflict)",  # counts of --history pages
    "CREATE INDEX facts_conflict ON facts(conflict, period_kind)",
    # the newest of each series in `latest` order: a page of them without sorting them all
    "CREATE INDEX facts_latest_order ON facts(o_province, o_district, o_metric, o_star,"
    " o_min_star, o_kind, o_unit, o_end, value, s_end, s_value, s_t1, s_t2, s_t3, t1, t2, t3)"
    " WHERE is_latest = 1",
    "CREATE INDEX facts_order ON facts(o_province, o_district, o_metric, o_star, o_min_star,"
    " o_kind, o_unit, o_end, value, t1, t2, t3)",
    "CREATE INDEX facts_history ON facts(o_province, o_district, o_metric, o_star, o_min_star,"
    " o_kind, o_unit, s_end, s_value, s_t1, s_t2, s_t3, o_end, value, t1, t2, t3)",
]
ORDER = ("o_province, o_district, o_metric, o_star, o_min_star, o_kind, o_unit, o_end, value,"
         " t1, t2, t3")  # fmt: skip
#: `latest` keeps equal sort keys of different series in the order their first facts come
LATEST_ORDER = ("o_province, o_district, o_metric, o_star, o_min_star, o_kind, o_unit, o_end,"
                " value, s_end, s_value, s_t1, s_t2, s_t3, t1, t2, t3")  # fmt: skip
#: `history` groups each series where its first (non-target) fact falls, then time order
HISTORY_ORDER = ("o_province, o_district, o_metric, o_star, o_min_star, o_kind, o_unit, s_end,"
                 " s_value, s_t1, s_t2, s_t3, o_end, value, t1, t2, t3")  # fmt: skip
#: what each view reads: all facts, the newest per series, the series (targets excluded)
VIEWS = {
    "all": ("", ORDER),
    "latest": ("is_latest = 1", LATEST_ORDER),
    "history": ("period_kind IS NOT NULL AND period_kind != 'target'", HISTORY_ORDER),
}
BEHIND = "fact base is behind the corpus; run `ocop index`"


def factbase_path(corpus_path: Path) -> Path:
    """The fact base of a corpus store: ``facts.sqlite`` beside it."""
    return corpus_path.with_name(FILE_NAME)


# --- corpus stamps ---------------------------------------------------------------------------


def store_stamp(store: CorpusStore) -> str:
    """A cheap fingerprint of what facts depend on: articles, their enrichment, primary
    copies and publication dates (covering-index scans only: ~60 ms at 100,000 articles
    on this loaded machine)."""
    conn = store.conn
    # Sequences of values in index order: an article's enriched hash is its own content
    # hash and its date its own, so changes cannot cancel out between articles; for the
    # primary copies, also which articles have one (a copy that becomes a primary while
    # another joins the story keeps the sequence of primaries).
    head = conn.execute("SELECT count(*), max(rowid), total(enrichment_version),"
                        " count(enrichment_version), CAST(group_concat(enriched_hash, '') AS BLOB)"
                        " FROM articles INDEXED BY articles_enrichment").fetchone()  # fmt: skip
    digest = hashlib.sha1(repr(tuple(head)[:4]).encode())
    digest.update(head[4] or b"")
    for sql in (
        "SELECT CAST(group_concat(duplicate_of, '') || total(rowid * (duplicate_of IS NOT NULL))"
        " AS BLOB) FROM articles INDEXED BY articles_duplicate_of",
        "SELECT CAST(group_concat(ifnull(published_at, ''), '') AS BLOB) FROM articles"
        " INDEXED BY articles_published",
    ):
        digest.update(conn.execute(sql).fetchone()[0] or b"")
    return f"{head[0]}:{digest.hexdigest()[:16]}"


def _article_sigs(store: CorpusStore) -> Iterator[tuple[str, int, str]]:
    """(id, rowid, signature) of every article, in rowid order; the signature moves with
    everything a mention reads (content/metadata via updated_at, enrichment, syndication)."""
    cursor = store.conn.execute(
        "SELECT id, rowid, content_hash, enriched_hash, enrichment_version, duplicate_of,"
        " updated_at, published_at, length(figures) FROM articles ORDER BY rowid"
    )
    while rows := cursor.fetchmany(2000):
        for r in rows:
            yield r[0], r[1], "\t".join(str(v) for v in tuple(r)[2:])


def _enrichment_version() -> int:
    from indexer.nlp import ENRICHMENT_VERSION

    return ENRICHMENT_VERSION


# --- writing ---------------------------------------------------------------------------------


@dataclass
class RefreshCounts:
    """What one `refresh` did."""

    mode: str = "none"  # none (already current) | full | incremental
    articles_changed: int = 0
    keys: int = 0  # fact identities recomputed
    facts_written: int = 0
    seconds: float = 0.0


def refresh(store: CorpusStore, path: Path, *, full: bool = False) -> RefreshCounts:
    """Bring the fact base at ``path`` in line with ``store``: nothing when current, the
    changed identities when the format and enrichment versions match, otherwise a full build."""
    t0 = time.perf_counter()
    stamp = store_stamp(store)  # first: a change made meanwhile shows as behind
    versions = {"version": str(FACTBASE_VERSION), "enrichment": str(_enrichment_version())}
    meta = _read_meta(path)
    try:
        if full or meta is None or any(meta.get(k) != v for k, v in versions.items()):
            counts = _full_build(store, path, {**versions, "stamp": stamp})
        elif meta.get("stamp") == stamp:
            counts = RefreshCounts()
        else:
            counts = _incremental(store, path, stamp)
            if counts.mode == "full":  # most of the corpus changed: a build is cheaper
                counts = _full_build(store, path, {**versions, "stamp": stamp})
    except sqlite3.Error as exc:  # disk full, permissions: the old fact base stays
        raise OcopError(f"cannot write fact base {path}: {exc}") from exc
    counts.seconds = round(time.perf_counter() - t0, 3)
    return counts


def _read_meta(path: Path) -> dict[str, str] | None:
    if not path.exists():
        return None
    try:
        conn = connect_readonly(path)
        try:
            return dict(conn.execute("SELECT key, value FROM meta").fetchall())
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return None  # damaged or foreign: rebuilt


def _full_build(store: CorpusStore, path: Path, meta: dict[str, str]) -> RefreshCounts:
    """Write a new fact base beside the old one and rename it over (readers never see half)."""
    tmp = path.with_name(f"{path.name}.tmp-{os.getpid()}")  # two builds never share one
    tmp.unlink(missing_ok=True)
    conn = sqlite3.connect(tmp, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode=OFF")  # a throwaway file until renamed
        conn.execute("PRAGMA synchronous=OFF")
        conn.execute("BEGIN")
        for statement in SCHEMA:
            conn.execute(statement)
        changed = _load_articles(conn, store, _article_sigs(store), None)
        for statement in INDEXES:
            conn.execute(statement)
        conn.execute("INSERT INTO stories SELECT story_id, min(row), min(pub) FROM mentions"
                     " GROUP BY story_id")  # fmt: skip
        keys, written = _write_keys(conn, None)
        conn.executemany("INSERT INTO meta VALUES (?, ?)", sorted(meta.items()))
        conn.execute("COMMIT")
    except BaseException:
        conn.close()
        tmp.unlink(missing_ok=True)
        raise
    conn.close()
    with open(tmp, "rb+") as f:  # on disk before the rename makes it the live fact base
        os.fsync(f.fileno())
    os.replace(tmp, path)
    return RefreshCounts("full", changed, keys, written)


def _load_articles(conn: sqlite3.Connection, store: CorpusStore,
                   sigs: Iterable[tuple[str, int, str]], old: dict[str, str] | None) -> int:  # fmt: skip
    """Record every article's signature and the mentions of the new or changed ones
    (``old``: the signatures recorded before; None for a full build). Returns how many."""
    seen: set[str] = set()
    wanted: dict[str, int] = {}
    for article_id, row, sig in sigs:
        seen.add(article_id)
        if old is None or old.get(article_id) != sig:
            wanted[article_id] = row
            conn.execute("INSERT OR REPLACE INTO sources VALUES (?, ?)", (article_id, sig))
    gone = [] if old is None else [a for a in old if a not in seen]
    if old is not None:
        for batch in _chunks([*wanted, *gone]):
            conn.execute("DELETE FROM mentions WHERE article_id IN (SELECT value FROM"
                         " json_each(?))", (json.dumps(batch),))  # fmt: skip
        conn.executemany("DELETE FROM sources WHERE article_id = ?", [(a,) for a in gone])
    ids = None if old is None else wanted.keys()
    for article in store.iter_published(with_figures=True, ids=ids):
        row = wanted.get(article.id)
        if row is None:
            continue  # added after the signature scan: the next refresh takes it
        conn.executemany(
            "INSERT INTO mentions VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [_mention_row(m, row, i) for i, m in enumerate(mentions_of(article))],
        )
    return len(wanted) + len(gone)


def _chunks(items: list[str], size: int = 5000) -> Iterator[list[str]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def _pack(value: Any) -> bytes:
    """Mentions and citations as compressed JSON: their sentences and titles are most of the
    fact base, and zlib at level 1 shrinks them about threefold for microseconds per row."""
    return zlib.compress(json.dumps(value, ensure_ascii=False).encode("utf-8"), 1)


def _unpack(blob: bytes) -> Any:
    return json.loads(zlib.decompress(blob))


def _key(ident: tuple) -> str:
    return json.dumps(list(ident), ensure_ascii=False)


def _mention_row(m: Mention, row: int, idx: int) -> tuple:
    f = m.figure
    data = [m.source, m.title, m.url, m.zone, f]
    # `day` (the window filter's column) and `pub` are both the article's publication day:
    # the stored published_at is the isoformat of the datetime the mention's day comes from
    pub = m.published.isoformat() if m.published else None
    return (_key(identity(f)), m.story_id, m.article_id, row, idx, pub, pub, f.get("province"),
            f.get("new_province"), f.get("metric"), f.get("star"), f.get("min_star"),
            _pack(data))  # fmt: skip


_MENTIONS_SQL = (
    "SELECT m.key, s.first_row, m.row, m.idx, m.story_id, m.article_id, m.pub, m.data,"
    " s.first_pub FROM mentions m JOIN stories s USING (story_id)"
)


def _write_keys(conn: sqlite3.Connection, keys: Iterable[str] | None) -> tuple[int, int]:
    """(Re)build the facts of ``keys`` (None: all), one identity at a time. Returns
    (identities, facts written)."""
    if keys is None:
        cursor = conn.execute(_MENTIONS_SQL + " ORDER BY m.key, s.first_row, m.row, m.idx")
    else:
        conn.execute("CREATE TEMP TABLE IF NOT EXISTS todo (key TEXT PRIMARY KEY)")
        conn.execute("DELETE FROM todo")
        conn.executemany("INSERT OR IGNORE INTO todo VALUES (?)", [(k,) for k in keys])
        conn.execute("DELETE FROM facts WHERE key IN (SELECT key FROM todo)")
        cursor = conn.execute(_MENTIONS_SQL + " WHERE m.key IN (SELECT key FROM todo)"
                              " ORDER BY m.key, s.first_row, m.row, m.idx")  # fmt: skip
    n_keys = written = 0
    for key, rows in itertools.groupby(_fetch(cursor), key=lambda r: r[0]):
        rows = list(rows)
        out = [r for r in _key_facts(key, rows)]
        conn.executemany(f"INSERT INTO facts VALUES ({','.join('?' * 37)})", out)
        n_keys += 1
        written += len(out)
    return n_keys, written


def _fetch(cursor: sqlite3.Cursor) -> Iterator[tuple]:
    while rows := cursor.fetchmany(2000):
        yield from rows


def _decode_mentions(rows: Iterable[tuple]) -> tuple[list[Mention], dict, dict]:
    """Mentions from rows shaped like ``_MENTIONS_SQL`` (in build order), with each one's
    build order (by ``id()``) and each story's first publication day."""
    mentions, order, first_days = [], {}, {}
    for _, first_row, row, idx, story, article_id, pub, data, first_pub in rows:
        source, title, url, zone, figure = _unpack(data)
        published = date.fromisoformat(pub) if pub else None
        m = Mention(article_id, story, source, title, url, published, zone, figure)
        mentions.append(m)
        order[id(m)] = (first_row, row, idx)
        first_days[story] = date.fromisoformat(first_pub) if first_pub else None
    return mentions, order, first_days


def _key_facts(key: str, rows: list[tuple]) -> Iterator[tuple]:
    """The fact rows of one identity from its mention rows (in build order)."""
    mentions, order, first_days = _decode_mentions(rows)
    facts = build_facts(mentions, first_days=first_days)
    latest_ids = {f.id for f in latest(facts)}
    series_first: dict[tuple, Fact] = {}
    for f in facts:  # in build order: the first non-target fact opens its series
        if f.period is not None and f.period.kind != "target":
            series_first.setdefault(series_key(f), f)
    for f in facts:
        first = series_first.get(series_key(f), f)
        yield _fact_row(key, f, f.id in latest_ids, order[id(first.mentions[0])], first,
                        order[id(f.mentions[0])])  # fmt: skip


def _fact_row(key: str, f: Fact, is_latest: bool, s_t: tuple, first: Fact, t: tuple) -> tuple:
    p = f.period
    mentions = [[m.article_id, m.story_id, m.source, m.title, m.url,
                 m.published.isoformat() if m.published else None, m.zone, m.figure]
                for m in f.mentions]  # fmt: skip
    end = (p.end if p else date.min).isoformat()
    s_end = (first.period.end if first.period else date.min).isoformat()
    return (f.id, key, f.province, f.new_province, f.district, f.metric, f.kind, f.unit,
            f.star, f.min_star, f.potential_star, f.relation, p.kind if p else None,
            p.start.isoformat() if p and p.start else None, p.end.isoformat() if p else None,
            int(p.explicit) if p else None, f.value, int(is_latest), int(bool(f.conflicts)),
            json.dumps(f.conflicts), str(f.province or ""), str(f.district or ""),
            str(f.metric or ""), f.star or 0, f.min_star or 0, str(f.kind or ""),
            str(f.unit or ""), end, s_end, first.value, *s_t, *t,
            _pack(mentions))  # fmt: skip


def _incremental(store: CorpusStore, path: Path, stamp: str) -> RefreshCounts:
    """Re-read the changed articles and rebuild the identities their stories touch."""
    conn = sqlite3.connect(path, isolation_level=None, timeout=30)
    try:
        conn.execute("BEGIN IMMEDIATE")
        old = dict(conn.execute("SELECT article_id, sig FROM sources").fetchall())
        sigs = list(_article_sigs(store))
        changed_ids = _changed_ids(sigs, old)
        if len(changed_ids) > max(FULL_BUILD_SHARE * len(sigs), FULL_BUILD_MIN):
            conn.execute("ROLLBACK")
            return RefreshCounts("full")  # the caller builds anew
        keys, stories = _touched(conn, changed_ids)
        changed = _load_articles(conn, store, sigs, old)
        new_keys, new_stories = _touched(conn, changed_ids)
        stories |= new_stories
        keys |= new_keys
        for batch in _chunks(sorted(stories)):
            arg = (json.dumps(batch),)
            conn.execute("DELETE FROM stories WHERE story_id IN (SELECT value FROM json_each(?))",
                         arg)  # fmt: skip
            conn.execute("INSERT INTO stories SELECT story_id, min(row), min(pub) FROM mentions"
                         " WHERE story_id IN (SELECT value FROM json_each(?))"
                         " GROUP BY story_id", arg)  # fmt: skip
            keys.update(r[0] for r in conn.execute(
                "SELECT DISTINCT key FROM mentions WHERE story_id IN"
                " (SELECT value FROM json_each(?))", arg))  # fmt: skip
        n_keys, written = _write_keys(conn, sorted(keys))
        conn.execute("UPDATE meta SET value = ? WHERE key = 'stamp'", (stamp,))
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    finally:
        conn.close()
    return RefreshCounts("incremental", changed, n_keys, written)


def _changed_ids(sigs: list[tuple[str, int, str]], old: dict[str, str]) -> list[str]:
    seen, out = set(), []
    for article_id, _, sig in sigs:
        seen.add(article_id)
        if old.get(article_id) != sig:
            out.append(article_id)
    return out + [a for a in old if a not in seen]


def _touched(conn: sqlite3.Connection, ids: list[str] | None) -> tuple[set[str], set[str]]:
    """Identities and stories of the mentions of ``ids`` as the fact base holds them now."""
    keys: set[str] = set()
    stories: set[str] = set()
    for batch in _chunks(ids or []):
        for key, story in conn.execute(
            "SELECT key, story_id FROM mentions WHERE article_id IN"
            " (SELECT value FROM json_each(?))", (json.dumps(batch),)):  # fmt: skip
            keys.add(key)
            stories.add(story)
    return keys, stories


# --- reading ---------------------------------------------------------------------------------


class StoredFact(Fact):
    """A fact read from the fact base; its mentions are decoded when first used."""

    def __init__(self, fact_id: str, ident: tuple, period: Period | None, value: float,
                 conflicts: list[str], new_province: str | None, blob: str) -> None:  # fmt: skip
        self.__dict__.update(id=fact_id, identity=ident, period=period, value=value,
                             conflicts=conflicts, new_province=new_province, _blob=blob)  # fmt: skip
        # plain attributes: sorting thousands of facts skips Fact.__getattr__'s lookups
        self.__dict__.update(zip(IDENTITY, ident))

    @property
    def mentions(self) -> list[Mention]:  # type: ignore[override]
        decoded = self.__dict__.get("_mentions")
        if decoded is None:
            decoded = self.__dict__["_mentions"] = [
                Mention(a, s, src, title, url, date.fromisoformat(pub) if pub else None, zone,
                        figure)
                for a, s, src, title, url, pub, zone, figure in _unpack(self._blob)
            ]  # fmt: skip
        return decoded


_COLUMNS = ("id, key, period_kind, period_start, period_end, period_explicit, value, conflicts,"
            " new_province, data, s_end, s_value, s_t1, s_t2, s_t3, o_end, t1, t2, t3")  # fmt: skip


@lru_cache(maxsize=4096)
def _identity(key: str) -> tuple:
    return tuple(json.loads(key))  # a few hundred identities serve every fact


def _decode(row: tuple) -> StoredFact:
    fact_id, key, kind, start, end, explicit, value, conflicts, new_province, blob = row[:10]
    period = None
    if kind is not None:
        period = Period(kind, date.fromisoformat(end),
                        date.fromisoformat(start) if start else None, bool(explicit))  # fmt: skip
    fact = StoredFact(fact_id, _identity(key), period, value,
                      json.loads(conflicts) if conflicts != "[]" else [], new_province, blob)  # fmt: skip
    # (its series' first fact, itself) in build order after the sort key: end, value, t
    s_end, s_value, s1, s2, s3, o_end, t1, t2, t3 = row[10:]
    fact.order = ((s_end, s_value, s1, s2, s3), (o_end, value, t1, t2, t3))
    return fact


class FactBase:
    """A read-only view of a current fact base."""

    def __init__(self, path: Path) -> None:
        try:
            self.conn = connect_readonly(path)
            self.meta = dict(self.conn.execute("SELECT key, value FROM meta").fetchall())
        except sqlite3.DatabaseError as exc:
            raise OcopError(f"cannot read fact base {path}: {exc}") from exc

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> FactBase:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @staticmethod
    def _where(flt: FactFilter | None, only_conflicts: bool = False, view: str = "all",
               scope: str = "either") -> tuple[str, list[Any]]:  # fmt: skip
        """SQL for ``flt``; ``scope``: facts of the provinces (``either`` by old or new name,
        ``own`` by their own province, ``merged`` only by the new name)."""
        clauses, params = [], []
        if flt is not None and flt.provinces:
            marks = ",".join("?" * len(flt.provinces))
            names = list(flt.provinces)
            if scope == "own":
                clauses.append(f"province IN ({marks})")
                params += names
            elif scope == "merged":
                clauses.append(f"(ifnull(province IN ({marks}), 0) = 0"
                               f" AND new_province IN ({marks}))")  # fmt: skip
                params += names * 2
            else:
                clauses.append(f"(province IN ({marks}) OR new_province IN ({marks}))")
                params += names * 2
        if flt is not None and flt.metric:
            clauses.append("metric = ?")
            params.append(flt.metric)
        if flt is not None and flt.star is not None:
            clauses.append("(star = ? OR min_star = ?)")
            params += [flt.star, flt.star]
        if only_conflicts:
            clauses.append("conflict = 1")
        if VIEWS[view][0]:
            clauses.append(VIEWS[view][0])
        return (" WHERE " + " AND ".join(clauses) if clauses else ""), params

    def select(self, flt: FactFilter | None = None, *, only_conflicts: bool = False,
               view: str = "all", by_new_province: bool = False, limit: int = 0,
               scope: str = "either") -> Iterator[StoredFact]:  # fmt: skip
        """The facts ``flt`` selects, streamed in the knowledge base's order; ``view``
        "latest": the newest per series in `facts.latest`'s order, "history": the series in
        `facts.history`'s order (both exact when the filter takes whole series)."""
        where, params = self._where(flt, only_conflicts, view, scope)
        order = VIEWS[view][1]
        if by_new_province:  # a stable sort by new province of the view's order
            order = "ifnull(new_province, ''), " + (ORDER if view == "all" else LATEST_ORDER)
        sql = f"SELECT {_COLUMNS} FROM facts{where} ORDER BY {order}"
        if limit:
            sql += f" LIMIT {int(limit)}"
        for row in _fetch(self.conn.execute(sql, params)):
            yield _decode(row)

    def latest(self, flt: FactFilter) -> list[StoredFact]:
        """`facts.latest` of the facts ``flt`` selects, reading only the newest of each series
        where the filter takes whole series (the province is part of a fact's identity; its
        new province, taken from its first mention, need not be)."""
        if not flt.provinces:
            return list(self.select(flt, view="latest"))
        whole = list(self.select(flt, view="latest", scope="own"))
        merged = list(self.select(flt, scope="merged"))
        firsts: dict[tuple, tuple] = {}
        for f in merged:  # in order: a series' first non-target fact places it in `latest`
            if f.period is not None and f.period.kind != "target":
                firsts.setdefault(series_key(f), f.order[1])
        out = whole + latest(merged)
        out.sort(key=lambda f: (sort_key(f), firsts.get(series_key(f), f.order[0]), f.order[1]))
        return out

    def whole_series(self, flt: FactFilter) -> bool:
        """Whether ``flt`` takes every series whole (no series is selected by the new
        province of only some of its facts)."""
        if not flt.provinces:
            return True
        where, params = self._where(flt, scope="merged")
        return self.conn.execute(f"SELECT 1 FROM facts{where} LIMIT 1", params).fetchone() is None

    def count(
        self, flt: FactFilter | None = None, *, only_conflicts: bool = False, view: str = "all"
    ) -> int:
        """How many facts ``select`` would give."""
        where, params = self._where(flt, only_conflicts, view)
        return self.conn.execute(f"SELECT count(*) FROM facts{where}", params).fetchone()[0]

    def by_ids(self, ids: Iterable[str]) -> dict[str, StoredFact]:
        """The facts with these ids."""
        rows = self.conn.execute(f"SELECT {_COLUMNS} FROM facts WHERE id IN (SELECT value FROM"
                                 " json_each(?))", (json.dumps(sorted(set(ids))),))  # fmt: skip
        return {f.id: f for f in map(_decode, rows)}

    def find(self, prefix: str) -> StoredFact | None:
        """The fact whose id starts with ``prefix`` (at least 4 characters), if exactly one."""
        prefix = prefix.strip().lower()
        if len(prefix) < 4:
            return None
        rows = self.conn.execute(f"SELECT {_COLUMNS} FROM facts WHERE id >= ? AND id < ?"
                                 " LIMIT 2", (prefix, prefix + "\uffff")).fetchall()  # fmt: skip
        return _decode(rows[0]) if len(rows) == 1 else None

    def window(self, since: date | None, until: date | None,
               flt: FactFilter | None = None) -> list[Fact]:  # fmt: skip
        """Facts as a build from the articles published in [since, until] gives them (at
        least every fact ``flt`` selects): rebuilt from the stored mentions of that window,
        of only the identities the filter can select."""
        cond, params = ["1"], []
        for bound, op in ((since, ">="), (until, "<=")):
            if bound is not None:
                cond.append(f"day {op} ?")
                params.append(bound.isoformat())
        window = " AND ".join(cond)
        keys_sql, key_params = self._window_keys(flt)
        # a story's first day and row over the whole window, every identity included
        rows = self.conn.execute(
            "WITH sel AS MATERIALIZED (SELECT story_id, key, article_id, row, idx, pub, data"
            f" FROM mentions WHERE {window}{keys_sql}),"
            " st AS (SELECT story_id, min(row) AS first_row, min(pub) AS first_pub"
            f" FROM mentions WHERE {window} AND story_id IN (SELECT story_id FROM sel)"
            " GROUP BY story_id) SELECT sel.key, st.first_row, sel.row, sel.idx, sel.story_id,"
            " sel.article_id, sel.pub, sel.data, st.first_pub FROM sel JOIN st USING (story_id)"
            " ORDER BY st.first_row, sel.row, sel.idx", [*params, *key_params, *params])  # fmt: skip
        mentions, _, first_days = _decode_mentions(rows)
        return build_facts(mentions, first_days=first_days)

    @staticmethod
    def _window_keys(flt: FactFilter | None) -> tuple[str, list[Any]]:
        """A condition on mentions.key: the identities ``flt`` can select (a fact's new
        province is its first mention's, which a window can change: any mention's counts)."""
        if flt is None or not (flt.provinces or flt.metric or flt.star is not None):
            return "", []
        where, params = FactBase._where(FactFilter((), flt.metric, flt.star))
        sql = f" AND key IN (SELECT key FROM facts{where}"
        if flt.provinces:
            marks = ",".join("?" * len(flt.provinces))
            sql += f"{' AND' if where else ' WHERE'} (province IN ({marks}) OR key IN (SELECT"
            sql += f" key FROM mentions WHERE new_province IN ({marks})))"
            params += [*flt.provinces, *flt.provinces]
        return sql + ")", params


def open_current(store: CorpusStore, path: Path) -> FactBase | None:
    """The fact base at ``path`` when it reflects ``store`` now; None when it is missing,
    of another version or behind (the caller reads the store instead)."""
    if not path.exists():
        return None
    try:
        base = FactBase(path)
    except OcopError:
        return None  # unreadable (e.g. a crashed refresh's journal): read the store
    if base.meta.get("version") != str(FACTBASE_VERSION) or (
        base.meta.get("stamp") != store_stamp(store)
    ):
        base.close()
        return None
    return base
