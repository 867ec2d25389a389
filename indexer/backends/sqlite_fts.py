"""The embedded search backend: SQLite FTS5 over diacritic-folded text.

Text is folded by ``corpus.textnorm.fold`` before it reaches FTS5 (the tokenizer's
``remove_diacritics 2`` does not fold đ/Đ), and queries are folded the same way, so
"quang ninh", "Quảng Ninh" and "QUẢNG NINH" find the same articles.

The index lives in its own file and is derived from the corpus store: deleting it and
running ``ocop index`` rebuilds it.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from corpus.article import Article
from corpus.textnorm import fold, fold_aligned
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

INDEX_SCHEMA_VERSION = 1

_SCHEMA = """
CREATE TABLE IF NOT EXISTS docs (
    id TEXT PRIMARY KEY,
    signature TEXT NOT NULL,
    url TEXT NOT NULL,
    title TEXT NOT NULL,
    lead TEXT NOT NULL,
    text TEXT NOT NULL,
    source TEXT NOT NULL,
    published_at TEXT,
    published_day TEXT,
    duplicate_of TEXT,
    provinces TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX IF NOT EXISTS docs_day ON docs(published_day);
CREATE INDEX IF NOT EXISTS docs_source ON docs(source);
CREATE TABLE IF NOT EXISTS doc_provinces (
    doc_id TEXT NOT NULL,
    province TEXT NOT NULL,
    new_province TEXT,
    province_f TEXT NOT NULL,
    new_province_f TEXT,
    is_primary INTEGER NOT NULL DEFAULT 0,
    mentions INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX IF NOT EXISTS doc_provinces_doc ON doc_provinces(doc_id);
CREATE INDEX IF NOT EXISTS doc_provinces_f ON doc_provinces(province_f);
CREATE TABLE IF NOT EXISTS figures (
    doc_id TEXT NOT NULL,
    value REAL,
    unit TEXT,
    metric TEXT,
    kind TEXT,
    qualifier TEXT,
    star INTEGER,
    min_star INTEGER,
    percent REAL,
    province TEXT,
    new_province TEXT,
    province_f TEXT,
    new_province_f TEXT,
    district TEXT,
    period TEXT,
    sentence TEXT,
    published_at TEXT
);
CREATE INDEX IF NOT EXISTS figures_doc ON figures(doc_id);
CREATE INDEX IF NOT EXISTS figures_metric ON figures(metric, star);
CREATE VIRTUAL TABLE IF NOT EXISTS docs_fts USING fts5(
    id UNINDEXED, title, lead, text,
    tokenize = 'unicode61 remove_diacritics 2'
);
"""

_FIGURE_COLUMNS = ("value", "unit", "metric", "kind", "qualifier", "star", "min_star", "percent",
                   "province", "new_province", "district", "period", "sentence")  # fmt: skip


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


def make_snippet(text: str, words: list[str], width: int = 220) -> str:
    """A window of ``text`` around the first query word found (diacritic-insensitive)."""
    text = " ".join(text.split())
    if not text:
        return ""
    folded = fold_aligned(text).lower()
    pos = -1
    for word in words:
        m = re.search(rf"(?<!\w){re.escape(word)}(?!\w)", folded)
        if m and (pos < 0 or m.start() < pos):
            pos = m.start()
    if pos < 0:
        return text[:width] + ("…" if len(text) > width else "")
    start = max(0, pos - width // 3)
    if start:
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < pos else start
    end = min(len(text), start + width)
    return ("…" if start else "") + text[start:end].strip() + ("…" if end < len(text) else "")


class SqliteBackend:
    """Search, coverage statistics and figures over an SQLite FTS5 index file."""

    name = "sqlite"

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.conn = sqlite3.connect(self.path, timeout=30, isolation_level=None)
        self.conn.row_factory = sqlite3.Row
        self.conn.execute("PRAGMA journal_mode=WAL")
        self.conn.executescript(_SCHEMA)
        self.conn.execute(f"PRAGMA user_version = {INDEX_SCHEMA_VERSION}")

    def close(self) -> None:
        self.conn.close()

    # --- writing ---------------------------------------------------------------------
    def signatures(self) -> dict[str, str]:
        return {r[0]: r[1] for r in self.conn.execute("SELECT id, signature FROM docs")}

    def index_articles(self, articles: Iterable[Article]) -> int:
        """Insert or replace articles (one transaction per call). Returns the count."""
        count = 0
        conn = self.conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            for article in articles:
                self._delete(article.id)
                self._insert(article)
                count += 1
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
        return count

    def remove(self, ids: Iterable[str]) -> int:
        ids = list(ids)
        self.conn.execute("BEGIN IMMEDIATE")
        for doc_id in ids:
            self._delete(doc_id)
        self.conn.execute("COMMIT")
        return len(ids)

    def _delete(self, doc_id: str) -> None:
        for table, col in (("docs", "id"), ("docs_fts", "id"), ("doc_provinces", "doc_id"),
                           ("figures", "doc_id")):  # fmt: skip
            self.conn.execute(f"DELETE FROM {table} WHERE {col} = ?", (doc_id,))

    def _insert(self, a: Article) -> None:
        published = a.published_at.isoformat() if a.published_at else None
        names = [p.get("name") for p in a.provinces if p.get("name")]
        self.conn.execute(
            "INSERT INTO docs (id, signature, url, title, lead, text, source, published_at,"
            " published_day, duplicate_of, provinces) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            (a.id, index_signature(a), a.url, a.title, a.lead, a.text, a.source, published,
             published[:10] if published else None, a.duplicate_of,
             json.dumps(names, ensure_ascii=False)),
        )  # fmt: skip
        self.conn.execute(
            "INSERT INTO docs_fts (id, title, lead, text) VALUES (?,?,?,?)",
            (a.id, fold(a.title), fold(a.lead), fold(a.text)),
        )
        for p in a.provinces:
            if not p.get("name"):
                continue
            self.conn.execute(
                "INSERT INTO doc_provinces VALUES (?,?,?,?,?,?,?)",
                (a.id, p["name"], p.get("new_province"), fold(p["name"]),
                 fold(p.get("new_province") or ""), int(bool(p.get("primary"))),
                 int(p.get("mentions") or 1)),
            )  # fmt: skip
        for f in a.figures:
            values = [f.get(c) for c in _FIGURE_COLUMNS]
            self.conn.execute(
                f"INSERT INTO figures (doc_id, {', '.join(_FIGURE_COLUMNS)}, province_f,"
                f" new_province_f, published_at) VALUES ({', '.join('?' * (len(values) + 4))})",
                (a.id, *values, fold(f.get("province") or ""), fold(f.get("new_province") or ""),
                 published),
            )  # fmt: skip

    # --- reading ---------------------------------------------------------------------
    def count(self) -> int:
        return self.conn.execute("SELECT COUNT(*) FROM docs").fetchone()[0]

    def _filters(self, spec: QuerySpec, alias: str = "d") -> tuple[list[str], list[Any]]:
        where: list[str] = []
        params: list[Any] = []
        if not spec.include_duplicates:
            where.append(f"{alias}.duplicate_of IS NULL")
        if spec.sources:
            where.append(f"{alias}.source IN ({','.join('?' * len(spec.sources))})")
            params.extend(spec.sources)
        if spec.since:
            where.append(f"{alias}.published_day >= ?")
            params.append(spec.since.isoformat())
        if spec.until:
            where.append(f"{alias}.published_day <= ?")
            params.append(spec.until.isoformat())
        if spec.provinces:
            folded = [fold(p) for p in spec.provinces]
            marks = ",".join("?" * len(folded))
            where.append(
                f"{alias}.id IN (SELECT doc_id FROM doc_provinces WHERE province_f IN ({marks})"
                f" OR new_province_f IN ({marks}))"
            )
            params.extend(folded * 2)
        if spec.star is not None or spec.metric:
            cond, cparams = [], []
            if spec.star is not None:
                cond.append("(star = ? OR min_star = ?)")
                cparams.extend([spec.star, spec.star])
            if spec.metric:
                cond.append("metric = ?")
                cparams.append(spec.metric)
            where.append(f"{alias}.id IN (SELECT doc_id FROM figures WHERE {' AND '.join(cond)})")
            params.extend(cparams)
        return where, params

    def search(self, spec: QuerySpec) -> SearchResult:
        parsed = spec.parsed
        where, params = self._filters(spec)
        if parsed.empty:
            base = "FROM docs d" + (f" WHERE {' AND '.join(where)}" if where else "")
            score = "0.0"
            order = "d.published_at ASC" if spec.sort == "oldest" else "d.published_at DESC"
            match_params: list[Any] = []
        else:
            where.insert(0, "docs_fts MATCH ?")
            base = "FROM docs_fts JOIN docs d ON d.id = docs_fts.id WHERE " + " AND ".join(where)
            score = "bm25(docs_fts, 0.0, 6.0, 2.5, 1.0)"
            order = {
                "relevance": "score ASC, d.published_at DESC",
                "newest": "d.published_at DESC",
                "oldest": "d.published_at ASC",
            }[spec.sort]
            match_params = [fts_match(parsed)]
        total = self.conn.execute(f"SELECT COUNT(*) {base}", (*match_params, *params)).fetchone()[0]
        rows = self.conn.execute(
            f"SELECT d.*, {score} AS score {base} ORDER BY {order} LIMIT ? OFFSET ?",
            (*match_params, *params, spec.limit, spec.offset),
        ).fetchall()
        words = parsed.highlight_words()
        hits = [
            Hit(
                id=r["id"],
                url=r["url"],
                title=r["title"],
                source=r["source"],
                published_at=r["published_at"],
                snippet=make_snippet(r["lead"] + " " + r["text"], words) if spec.snippets else "",
                score=round(-float(r["score"]), 4),
                provinces=json.loads(r["provinces"]),
                duplicate_of=r["duplicate_of"],
            )
            for r in rows
        ]
        return SearchResult(total=total, hits=hits)

    def stats(self, spec: StatsSpec) -> list[dict[str, Any]]:
        """Article counts per group (time bucket, province, new_province or source)."""
        q = spec.query
        parsed = q.parsed
        where, params = self._filters(q)
        join = ""
        match_params: list[Any] = []
        if not parsed.empty:
            join = " JOIN docs_fts ON docs_fts.id = d.id"
            where.insert(0, "docs_fts MATCH ?")
            match_params = [fts_match(parsed)]
        prov_join = ""
        if {"province", "new_province"} & set(spec.group_by):
            prov_join = " JOIN doc_provinces p ON p.doc_id = d.id AND p.is_primary = 1"
        sql = (
            f"SELECT d.id, d.published_at, d.source, {'p.province, p.new_province' if prov_join else 'NULL AS province, NULL AS new_province'}"
            f" FROM docs d{join}{prov_join}" + (f" WHERE {' AND '.join(where)}" if where else "")
        )
        counts: dict[tuple, set[str]] = {}
        for row in self.conn.execute(sql, (*match_params, *params)):
            key = []
            for g in spec.group_by:
                if g in ("province", "new_province", "source"):
                    key.append(row[g])
                else:
                    key.append(period_key(row["published_at"], g))
            counts.setdefault(tuple(key), set()).add(row["id"])
        out = [
            {**dict(zip(spec.group_by, key)), "articles": len(ids)} for key, ids in counts.items()
        ]
        out.sort(key=lambda r: tuple("" if r[g] is None else str(r[g]) for g in spec.group_by))
        return out

    def facts(self, spec: FactsSpec) -> list[dict[str, Any]]:
        """Figures with their sentence and source article, newest first."""
        where, params = [], []
        if spec.provinces:
            folded = [fold(p) for p in spec.provinces]
            marks = ",".join("?" * len(folded))
            where.append(f"(f.province_f IN ({marks}) OR f.new_province_f IN ({marks}))")
            params.extend(folded * 2)
        if spec.metric:
            where.append("f.metric = ?")
            params.append(spec.metric)
        if spec.star is not None:
            where.append("(f.star = ? OR f.min_star = ?)")
            params.extend([spec.star, spec.star])
        if spec.since:
            where.append("substr(f.published_at, 1, 10) >= ?")
            params.append(spec.since.isoformat())
        if spec.until:
            where.append("substr(f.published_at, 1, 10) <= ?")
            params.append(spec.until.isoformat())
        if spec.text:
            where.append("f.doc_id IN (SELECT id FROM docs_fts WHERE docs_fts MATCH ?)")
            params.append(fts_match(parse_query(spec.text)))
        sql = (
            "SELECT f.*, d.title, d.url, d.source FROM figures f JOIN docs d ON d.id = f.doc_id"
            " WHERE d.duplicate_of IS NULL" + "".join(f" AND {w}" for w in where) +
            " ORDER BY f.published_at DESC, f.rowid"
        )  # fmt: skip
        rows = [dict(r) for r in self.conn.execute(sql, params)]
        for r in rows:
            for k in ("province_f", "new_province_f", "doc_id"):
                r.pop(k, None)
        if spec.latest:
            seen: set[tuple] = set()
            latest = []
            for r in rows:
                key = (r["province"], r["metric"], r["kind"], r["star"], r["min_star"], r["unit"])
                if key not in seen:
                    seen.add(key)
                    latest.append(r)
            rows = latest
        return rows[: spec.limit] if spec.limit else rows
