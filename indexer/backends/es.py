"""The Elasticsearch backend (8.x / 9.x): same QuerySpec/StatsSpec/FactsSpec as SQLite.

Pure functions build every request body (``index_body``, ``component_templates``,
``index_template_body``, ``article_doc``, ``search_body``, ``stats_body``, ``facts_body``,
``bulk_operations``) and are unit-tested as dicts; ``ElasticsearchBackend`` is the thin
adapter that sends them.

Index layout, as in elasticsearch-dsl's ``alias_migration`` example: on every open the
backend puts a composable index template (component templates ``<alias>-settings`` and
``<alias>-mappings``) matching ``<alias>-v*``; each rebuild creates a new index
``<alias>-v<N>-<timestamp>`` that the template shapes, fills it with refresh off, then
switches the alias the user configures (``OCOP_ES_INDEX``) to it in one atomic request.
The mapping's ``_meta`` records its version and digest; an index built by an older mapping
is refused with a request to run ``ocop index --rebuild``.

Text fields have a ``.folded`` sub-field (lowercase + asciifolding, which folds every
Vietnamese diacritic including đ), so queries with or without diacritics match; figures
(fields from ``indexer/schema.py``) and entities are nested documents.
"""

from __future__ import annotations

import hashlib
import inspect
import json
import logging
import os
import re
import time
import tomllib
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, fields
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from corpus.article import Article
from corpus.config import apply_env_overrides
from corpus.errors import OcopError
from corpus.textnorm import fold
from indexer.backends.base import IndexStatus
from indexer.query import FactsSpec, Hit, QuerySpec, SearchResult, StatsSpec, period_key
from indexer.schema import FIGURE_FIELDS, figure_record
from indexer.signature import index_signature

log = logging.getLogger(__name__)

# Bump when the mapping or analysis changes: open indices built before then are refused.
MAPPING_VERSION = 3  # 3: figures.of
TEMPLATE_PRIORITY = 200
RETRYABLE_STATUS = frozenset({429, 502, 503, 504})


@dataclass(frozen=True)
class EsOptions:
    """Sizing and fault handling; each field overridable by ``OCOP_ES_<FIELD>`` (README)."""

    shards: int = 1  # one shard holds tens of GB; the OCOP corpus is far smaller
    replicas: int = 1  # 0 on a single node (else the cluster stays yellow)
    refresh_interval: str = "1s"  # restored after a rebuild, which runs with -1
    bulk_docs: int = 500  # documents per _bulk request …
    bulk_mb: int = 10  # … and at most this many MiB per request
    bulk_threads: int = 2  # _bulk requests in flight (plus as many queued: backpressure)
    retries: int = 5  # per request on 429/502/503/504/timeouts, with exponential backoff
    backoff: float = 1.0  # first wait in seconds, doubled on every retry
    backoff_max: float = 60.0
    timeout: float = 30.0  # seconds per request

    @classmethod
    def from_env(cls) -> EsOptions:
        """Defaults overridden by OCOP_ES_* environment variables."""
        names = {f"OCOP_ES_{f.name.upper()}": f for f in fields(cls)}
        values: dict[str, Any] = {name: f.default for name, f in names.items()}
        apply_env_overrides(values)
        return cls(**{f.name: values[name] for name, f in names.items()})


_FOLDED_TEXT = {
    "type": "text",
    "analyzer": "vi_text",
    "fields": {"folded": {"type": "text", "analyzer": "vi_folded"}},
}
_KEYWORD_FOLDED = {
    "type": "keyword",
    "fields": {"folded": {"type": "keyword", "normalizer": "folded"}},
}
# How each kind of schema field is mapped (indexer/schema.py KINDS).
_KIND_MAPPING: dict[str, dict[str, Any]] = {
    "number": {"type": "double"},
    "integer": {"type": "integer"},
    "keyword": {"type": "keyword"},
    "place": _KEYWORD_FOLDED,
    "text": {"type": "text", "analyzer": "vi_folded"},
    "offset": {"type": "integer", "index": False},  # kept for display, never searched
}


def figure_mapping() -> dict[str, Any]:
    """The nested ``figures`` mapping, one property per field of the figure schema."""
    return {
        "type": "nested",
        "properties": {f.name: dict(_KIND_MAPPING[f.kind]) for f in FIGURE_FIELDS},
    }


def analysis_settings() -> dict[str, Any]:
    """Analyzers: ``vi_text`` keeps diacritics, ``vi_folded`` and ``folded`` drop them."""
    return {
        "analyzer": {
            "vi_text": {"type": "custom", "tokenizer": "standard", "filter": ["lowercase"]},
            "vi_folded": {
                "type": "custom",
                "tokenizer": "standard",
                "filter": ["lowercase", "asciifolding"],
            },
        },
        "normalizer": {"folded": {"type": "custom", "filter": ["lowercase", "asciifolding"]}},
    }


def _properties() -> dict[str, Any]:
    return {
        "id": {"type": "keyword"},
        "signature": {"type": "keyword", "index": False},
        "url": {"type": "keyword"},
        "source": {"type": "keyword"},
        "title": _FOLDED_TEXT,
        "lead": _FOLDED_TEXT,
        "text": _FOLDED_TEXT,
        "authors": _KEYWORD_FOLDED,
        "tags": _KEYWORD_FOLDED,
        "section": {"type": "keyword"},
        "published_at": {"type": "date"},
        "duplicate_of": {"type": "keyword"},
        "is_primary": {"type": "boolean"},
        "provinces": _KEYWORD_FOLDED,
        "new_provinces": _KEYWORD_FOLDED,
        "primary_provinces": _KEYWORD_FOLDED,
        "primary_new_provinces": _KEYWORD_FOLDED,
        "entities": {
            "type": "nested",
            "properties": {
                "type": {"type": "keyword"},
                "text": {"type": "keyword"},
                "norm": _KEYWORD_FOLDED,
                "count": {"type": "integer"},
            },
        },
        "figures": figure_mapping(),
    }


def mapping_digest() -> str:
    """A digest of mapping + analysis: catches a mapping change made without a version bump."""
    shape = {"properties": _properties(), "analysis": analysis_settings()}
    return hashlib.sha256(json.dumps(shape, sort_keys=True).encode()).hexdigest()[:16]


def mappings_body() -> dict[str, Any]:
    """The mappings, with the versions read back on open in ``_meta``."""
    return {
        "dynamic": "strict",
        "_meta": {"mapping_version": MAPPING_VERSION, "mapping_digest": mapping_digest()},
        "properties": _properties(),
    }


def settings_body(opts: EsOptions | None = None) -> dict[str, Any]:
    """Index settings: sizing from the options, plus the analysis chain."""
    opts = opts or EsOptions()
    return {
        "number_of_shards": opts.shards,
        "number_of_replicas": opts.replicas,
        "refresh_interval": opts.refresh_interval,
        "analysis": analysis_settings(),
    }


def index_body(opts: EsOptions | None = None) -> dict[str, Any]:
    """Settings and mappings of one versioned articles index (what the template composes)."""
    return {"settings": settings_body(opts), "mappings": mappings_body()}


def template_names(alias: str) -> dict[str, str]:
    """Names of the index template and its two component templates."""
    return {"index": alias, "settings": f"{alias}-settings", "mappings": f"{alias}-mappings"}


def component_templates(alias: str, opts: EsOptions | None = None) -> dict[str, dict[str, Any]]:
    """The component templates by name: one for settings, one for mappings."""
    names = template_names(alias)
    meta = {"managed_by": "ocop-news-indexer", "mapping_version": MAPPING_VERSION}
    return {
        names["settings"]: {"template": {"settings": settings_body(opts)}, "_meta": meta},
        names["mappings"]: {"template": {"mappings": mappings_body()}, "_meta": meta},
    }


def index_template_body(alias: str) -> dict[str, Any]:
    """The composable index template every versioned index behind ``alias`` is created from."""
    names = template_names(alias)
    return {
        "index_patterns": [f"{alias}-v*"],
        "composed_of": [names["settings"], names["mappings"]],
        "priority": TEMPLATE_PRIORITY,
        "_meta": {"managed_by": "ocop-news-indexer", "mapping_version": MAPPING_VERSION},
    }


def stale_reason(index: str, meta: dict[str, Any]) -> str | None:
    """Why the index's stored ``_meta`` does not fit this version, or None when it does."""
    version = meta.get("mapping_version")
    if version != MAPPING_VERSION or meta.get("mapping_digest") != mapping_digest():
        return (
            f"the Elasticsearch index {index} was built with mapping version {version} "
            f"(this version needs {MAPPING_VERSION}); run `ocop index --rebuild`"
        )
    return None


def article_doc(a: Article) -> dict[str, Any]:
    """The document indexed for one article."""
    primary = [p for p in a.provinces if p.get("primary")]
    return {
        "id": a.id,
        "signature": index_signature(a),
        "url": a.url,
        "source": a.source,
        "title": a.title,
        "lead": a.lead,
        "text": a.text,
        "authors": a.authors,
        "tags": a.tags,
        "section": a.section,
        "published_at": a.published_at.isoformat() if a.published_at else None,
        "duplicate_of": a.duplicate_of,
        "is_primary": a.duplicate_of is None,
        "provinces": [p["name"] for p in a.provinces if p.get("name")],
        "new_provinces": sorted({p["new_province"] for p in a.provinces if p.get("new_province")}),
        "primary_provinces": [p["name"] for p in primary if p.get("name")],
        "primary_new_provinces": sorted(
            {p["new_province"] for p in primary if p.get("new_province")}
        ),
        "entities": [{k: e.get(k) for k in ("type", "text", "norm", "count")} for e in a.entities],
        "figures": [figure_record(f) for f in a.figures],
    }


def _text_clause(spec: QuerySpec) -> dict[str, Any] | None:
    parsed = spec.parsed
    if parsed.empty:
        return None
    fields = ["title.folded^6", "lead.folded^2.5", "text.folded"]
    clauses: list[dict] = []
    if parsed.terms:
        clauses.append({
            "multi_match": {
                "query": " ".join(parsed.terms),
                "fields": fields,
                "type": "cross_fields",
                "operator": "or" if parsed.any_terms else "and",
            }
        })  # fmt: skip
    for phrase in parsed.phrases:
        clauses.append({"multi_match": {"query": phrase, "fields": fields, "type": "phrase"}})
    return {"bool": {"must": clauses}} if len(clauses) > 1 else clauses[0]


def _province_clause(names: tuple[str, ...]) -> dict[str, Any]:
    folded = [fold(n) for n in names]
    return {
        "bool": {
            "should": [
                {"terms": {"provinces.folded": folded}},
                {"terms": {"new_provinces.folded": folded}},
            ],
            "minimum_should_match": 1,
        }
    }


def _filters(spec: QuerySpec) -> list[dict[str, Any]]:
    filters: list[dict[str, Any]] = []
    if not spec.include_duplicates:
        filters.append({"term": {"is_primary": True}})
    if spec.sources:
        filters.append({"terms": {"source": list(spec.sources)}})
    if spec.since or spec.until:
        rng: dict[str, str] = {"time_zone": "+07:00"}
        if spec.since:
            rng["gte"] = spec.since.isoformat()
        if spec.until:
            rng["lte"] = spec.until.isoformat()
        filters.append({"range": {"published_at": rng}})
    if spec.provinces:
        filters.append(_province_clause(spec.provinces))
    if spec.star is not None or spec.metric:
        must: list[dict] = []
        if spec.star is not None:
            must.append({"bool": {"should": [{"term": {"figures.star": spec.star}},
                                             {"term": {"figures.min_star": spec.star}}],
                                  "minimum_should_match": 1}})  # fmt: skip
        if spec.metric:
            must.append({"term": {"figures.metric": spec.metric}})
        filters.append({"nested": {"path": "figures", "query": {"bool": {"must": must}}}})
    excluded = spec.parsed.excluded
    if excluded:
        filters.append({"bool": {"must_not": [
            {"multi_match": {"query": w, "fields": ["title.folded", "lead.folded", "text.folded"]}}
            for w in excluded
        ]}})  # fmt: skip
    return filters


def _query(spec: QuerySpec) -> dict[str, Any]:
    text = _text_clause(spec)
    query: dict[str, Any] = {"bool": {"filter": _filters(spec)}}
    if text:
        query["bool"]["must"] = [text]
    return query


def search_body(spec: QuerySpec) -> dict[str, Any]:
    """The _search body of a query: text, filters, sort, paging, highlight."""
    sort: list[Any]
    if spec.sort == "newest" or (spec.sort == "relevance" and spec.parsed.empty):
        sort = [{"published_at": {"order": "desc", "missing": "_last"}}]
    elif spec.sort == "oldest":
        sort = [{"published_at": {"order": "asc", "missing": "_last"}}]
    else:
        sort = ["_score", {"published_at": {"order": "desc", "missing": "_last"}}]
    return {
        "query": _query(spec),
        "sort": sort,
        "from": spec.offset,
        "size": spec.limit,
        "track_total_hits": True,
        "_source": [
            "id",
            "url",
            "title",
            "source",
            "published_at",
            "provinces",
            "duplicate_of",
            "lead",
        ],  # fmt: skip
        "highlight": {
            "fields": {
                "text.folded": {"fragment_size": 200, "number_of_fragments": 1},
                "lead.folded": {"fragment_size": 200, "number_of_fragments": 1},
            },
            "pre_tags": [""],
            "post_tags": [""],
        },  # fmt: skip
    }


_INTERVALS = {"year": "year", "month": "month", "week": "week", "day": "day"}
_GROUP_FIELDS = {"province": "primary_provinces", "new_province": "primary_new_provinces",
                 "source": "source"}  # fmt: skip


def stats_body(spec: StatsSpec) -> dict[str, Any]:
    """Nested aggregations, one level per grouping, counting articles."""
    aggs: dict[str, Any] = {}
    inner = aggs
    agg: dict[str, Any] = {}
    for group in spec.group_by:
        if group in _INTERVALS:
            agg = {"date_histogram": {"field": "published_at", "calendar_interval": _INTERVALS[group],
                                      "time_zone": "+07:00", "min_doc_count": 1}}  # fmt: skip
        else:
            agg = {"terms": {"field": _GROUP_FIELDS[group], "size": 500}}
        inner[group] = agg
        inner = agg.setdefault("aggs", {})
    if not inner:
        agg.pop("aggs", None)
    return {"query": _query(spec.query), "size": 0, "aggs": aggs}


def flatten_stats(spec: StatsSpec, response: dict[str, Any]) -> list[dict[str, Any]]:
    """Turn nested bucket aggregations into rows like the SQLite backend's."""
    rows: list[dict[str, Any]] = []

    def walk(aggs: dict, depth: int, prefix: dict) -> None:
        group = spec.group_by[depth]
        for bucket in aggs[group]["buckets"]:
            if group in _INTERVALS:
                iso = (
                    bucket.get("key_as_string")
                    or datetime.fromtimestamp(bucket["key"] / 1000, UTC).isoformat()
                )
                key = period_key(iso, group)
            else:
                key = bucket["key"]
            row = {**prefix, group: key}
            if depth + 1 < len(spec.group_by):
                walk(bucket, depth + 1, row)
            else:
                rows.append({**row, "articles": bucket["doc_count"]})

    walk(response.get("aggregations", {}), 0, {})
    return rows


def facts_body(spec: FactsSpec) -> dict[str, Any]:
    """Articles with matching figures; the figures themselves come back as inner hits."""
    must: list[dict] = []
    if spec.provinces:
        folded = [fold(p) for p in spec.provinces]
        must.append({"bool": {"should": [{"terms": {"figures.province.folded": folded}},
                                         {"terms": {"figures.new_province.folded": folded}}],
                              "minimum_should_match": 1}})  # fmt: skip
    if spec.metric:
        must.append({"term": {"figures.metric": spec.metric}})
    if spec.star is not None:
        must.append({"bool": {"should": [{"term": {"figures.star": spec.star}},
                                         {"term": {"figures.min_star": spec.star}}],
                              "minimum_should_match": 1}})  # fmt: skip
    article_spec = QuerySpec(text=spec.text, since=spec.since, until=spec.until)
    query = _query(article_spec)
    query["bool"].setdefault("must", []).append({
        "nested": {"path": "figures", "query": {"bool": {"must": must or [{"match_all": {}}]}},
                   "inner_hits": {"size": 100}}
    })  # fmt: skip
    return {
        "query": query,
        "sort": [{"published_at": {"order": "desc", "missing": "_last"}}],
        "size": max(spec.limit, 1) if spec.limit else 1000,
        "_source": ["id", "url", "title", "source", "published_at"],
    }


def flatten_facts(spec: FactsSpec, response: dict[str, Any]) -> list[dict[str, Any]]:
    """One row per matching figure (inner hit), with its article's fields."""
    rows: list[dict[str, Any]] = []
    for hit in response["hits"]["hits"]:
        src = hit["_source"]
        for inner in hit.get("inner_hits", {}).get("figures", {}).get("hits", {}).get("hits", []):
            rows.append({**inner["_source"], "published_at": src.get("published_at"),
                         "title": src.get("title"), "url": src.get("url"),
                         "source": src.get("source")})  # fmt: skip
    if spec.latest:
        seen: set[tuple] = set()
        latest = []
        for r in rows:
            key = (r.get("province"), r.get("metric"), r.get("kind"), r.get("star"),
                   r.get("min_star"), r.get("unit"))  # fmt: skip
            if key not in seen:
                seen.add(key)
                latest.append(r)
        rows = latest
    return rows[: spec.limit] if spec.limit else rows


def new_index_name(alias: str, now: float | None = None) -> str:
    """``<alias>-v<mapping version>-<UTC timestamp>``: matched by the template's pattern."""
    stamp = time.strftime("%Y%m%d%H%M%S", time.gmtime(now if now is not None else time.time()))
    return f"{alias}-v{MAPPING_VERSION}-{stamp}"


def alias_actions(alias: str, new_index: str, old_indices: Iterable[str]) -> dict[str, Any]:
    """One atomic alias switch: add the new index, remove the old ones."""
    actions: list[dict] = [{"add": {"index": new_index, "alias": alias, "is_write_index": True}}]
    actions += [{"remove": {"index": old, "alias": alias}} for old in old_indices]
    return {"actions": actions}


def signatures_body(after: list[Any] | None, size: int) -> dict[str, Any]:
    """One page of (id, signature) pairs, paged with search_after on the ``id`` keyword."""
    body: dict[str, Any] = {
        "query": {"match_all": {}},
        "sort": [{"id": "asc"}],
        "size": size,
        "_source": ["signature"],
    }
    if after:
        body["search_after"] = after
    return body


# --- bulk indexing: pure planning --------------------------------------------------------


def chunk_docs(
    docs: Iterable[tuple[str, dict[str, Any]]], max_docs: int, max_bytes: int
) -> Iterator[list[tuple[str, dict[str, Any]]]]:
    """Group (id, document) pairs into _bulk chunks bounded in documents and in bytes.

    A document larger than ``max_bytes`` travels alone rather than being dropped.
    """
    chunk: list[tuple[str, dict[str, Any]]] = []
    size = 0
    for doc_id, doc in docs:
        doc_bytes = len(json.dumps(doc, ensure_ascii=False).encode()) + len(doc_id) + 40
        if chunk and (len(chunk) >= max_docs or size + doc_bytes > max_bytes):
            yield chunk
            chunk, size = [], 0
        chunk.append((doc_id, doc))
        size += doc_bytes
    if chunk:
        yield chunk


def bulk_operations(index: str, docs: Iterable[tuple[str, dict[str, Any]]]) -> list[dict]:
    """The _bulk body: an ``index`` action (idempotent: same id, same document) per doc."""
    ops: list[dict] = []
    for doc_id, doc in docs:
        ops.append({"index": {"_index": index, "_id": doc_id}})
        ops.append(doc)
    return ops


def _error_reason(error: Any) -> str:
    if isinstance(error, dict):
        reason = f"{error.get('type', 'error')}: {error.get('reason', '')}".strip(": ")
    else:
        reason = str(error)
    return " ".join(reason.split())[:200]


def split_bulk_response(
    response: dict[str, Any],
) -> tuple[list[str], list[str], dict[str, str]]:
    """(indexed ids, ids to retry, {id: reason} of permanent failures) of a _bulk answer."""
    ok: list[str] = []
    retry: list[str] = []
    failed: dict[str, str] = {}
    for item in response.get("items", []):
        result = next(iter(item.values()))
        doc_id = str(result.get("_id"))
        status = int(result.get("status", 500))
        if status < 300:
            ok.append(doc_id)
        elif status in RETRYABLE_STATUS:
            retry.append(doc_id)
        else:
            failed[doc_id] = _error_reason(result.get("error"))
    return ok, retry, failed


def backoff_delay(attempt: int, first: float, cap: float) -> float:
    """Seconds to wait before retry number ``attempt`` (0-based): first·2^attempt, capped."""
    return min(cap, first * (2**attempt))


class BulkIndexError(OcopError):
    """Some documents were not indexed; ``failed`` maps their ids to the reasons."""

    def __init__(self, indexed: int, failed: dict[str, str]):
        self.indexed = indexed
        self.failed = dict(failed)
        shown = "; ".join(f"{i} ({r})" for i, r in list(self.failed.items())[:3])
        more = f" and {len(self.failed) - 3} more" if len(self.failed) > 3 else ""
        super().__init__(
            f"Elasticsearch did not index {len(self.failed)} document(s) "
            f"({indexed} indexed): {shown}{more}; the corpus is unchanged, "
            "rerun `ocop index` to index the rest"
        )


# --- where to connect, with which credentials ----------------------------------------


def _redact(url: str) -> str:
    return re.sub(r"//[^/@]*@", "//***@", url)


def parse_es_urls(raw: str) -> list[str]:
    """The node URLs of ``--es-url`` (comma-separated), or a one-line OcopError."""
    urls = [u.strip() for u in (raw or "").split(",") if u.strip()]
    if not urls:
        raise OcopError("no Elasticsearch URL: set --es-url or OCOP_ES_URL (http://host:9200)")
    for url in urls:
        parts = urlsplit(url)
        try:
            parts.port  # noqa: B018 - raises ValueError on a port that is not a number
        except ValueError:
            parts = urlsplit("")
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise OcopError(
                f"invalid Elasticsearch URL {_redact(url)!r}: expected http(s)://host[:port]"
            )
        if parts.username or parts.password:
            raise OcopError(
                f"Elasticsearch URL {_redact(url)!r} carries credentials: put them in "
                "OCOP_ES_API_KEY, OCOP_ES_USERNAME/OCOP_ES_PASSWORD or a 0600 credentials file"
            )
    return urls


_CREDENTIAL_KEYS = {"api_key", "username", "password"}


def read_credentials_file(path: str | Path) -> dict[str, str]:
    """``api_key`` or ``username``/``password`` from a TOML file only its owner can read."""
    p = Path(path).expanduser()
    try:
        mode = p.stat().st_mode
    except OSError:
        raise OcopError(f"Elasticsearch credentials file {p} does not exist") from None
    if os.name == "posix" and mode & 0o077:
        raise OcopError(
            f"Elasticsearch credentials file {p} is readable by group or others "
            f"(mode {mode & 0o777:o}); run `chmod 600 {p}`"
        )
    try:
        data = tomllib.loads(p.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        # never echo the parser's message: it may quote the secret
        raise OcopError(
            f"cannot read Elasticsearch credentials file {p}: expected TOML lines "
            'api_key = "…" or username = "…" and password = "…"'
        ) from None
    unknown = sorted(set(data) - _CREDENTIAL_KEYS)
    if unknown or not all(isinstance(v, str) for v in data.values()):
        raise OcopError(
            f"Elasticsearch credentials file {p}: only string keys api_key, username, "
            f"password are allowed (found {', '.join(sorted(data))})"
        )
    return data


def client_auth(config: Any, env: dict[str, str] | None = None) -> dict[str, Any]:
    """Client keyword arguments for authentication: environment first, then the 0600 file.

    The file is ``OCOP_ES_CREDENTIALS_FILE`` or ``<home>/es-credentials.toml`` when it exists.
    """
    env = dict(os.environ) if env is None else env
    creds: dict[str, str] = {}
    path = env.get("OCOP_ES_CREDENTIALS_FILE")
    default_file = Path(config.home) / "es-credentials.toml"
    if path or default_file.exists():
        creds = read_credentials_file(path or default_file)
    api_key = env.get("OCOP_ES_API_KEY") or getattr(config, "es_api_key", "") or ""
    api_key = api_key or creds.get("api_key", "")
    if api_key:
        return {"api_key": api_key}
    user = env.get("OCOP_ES_USERNAME") or creds.get("username", "")
    password = env.get("OCOP_ES_PASSWORD") or creds.get("password", "")
    if user and not password:
        raise OcopError(
            "Elasticsearch user name given without a password: set OCOP_ES_PASSWORD "
            "or put it in the credentials file"
        )
    return {"basic_auth": (user, password)} if user else {}


# --- the adapter ------------------------------------------------------------------------


def error_message(what: str, exc: Exception, url: str) -> str:
    """One line for a failed request (never a header, so never a credential)."""
    from elasticsearch import ApiError, ConnectionTimeout, UnsupportedProductError

    if isinstance(exc, UnsupportedProductError):
        return f"{url} is not an Elasticsearch server; check --es-url"
    if isinstance(exc, ConnectionTimeout):
        return f"Elasticsearch at {url} did not answer in time ({what}); try again later"
    if not isinstance(exc, ApiError):
        return (
            f"cannot reach Elasticsearch at {url} ({type(exc).__name__}); start it with "
            "`docker compose up -d elasticsearch` or use --backend sqlite"
        )
    status = exc.meta.status
    error = exc.body.get("error") if isinstance(exc.body, dict) else None
    if isinstance(error, dict) and error.get("root_cause"):
        error = error["root_cause"][0]
    reason = _error_reason(error if error else exc.message)
    if "media_type_header_exception" in reason:
        # the 9.x client speaks compatible-with=9, which an 8.x server refuses
        return (
            f"Elasticsearch at {url} is older than the client "
            f"(elasticsearch-py {_client_version()}): use a 9.x cluster, or install "
            "`elasticsearch>=8.12,<9` for an 8.x cluster"
        )
    if status == 401:
        return (
            "Elasticsearch refused the credentials (HTTP 401); check OCOP_ES_API_KEY, "
            "OCOP_ES_USERNAME/OCOP_ES_PASSWORD or the credentials file"
        )
    if status == 403:
        return f"the Elasticsearch credentials are not allowed to {what} (HTTP 403): {reason}"
    if status in RETRYABLE_STATUS:
        return f"Elasticsearch is overloaded (HTTP {status}) during {what}; try again later"
    return f"Elasticsearch refused to {what} (HTTP {status}): {reason}"


def _client_version() -> str:
    from elasticsearch import __versionstr__

    return __versionstr__


class ElasticsearchBackend:
    """Adapter around the official client; every body comes from the pure functions above."""

    name = "elasticsearch"

    def __init__(
        self,
        client: Any,
        alias: str,
        *,
        url: str = "",
        options: EsOptions | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ):
        self.client = client
        self.alias = alias
        self.url = url
        self.options = options or EsOptions()
        self.index: str | None = None  # the write index behind the alias
        self._sleep = sleep
        self._dirty = False  # written since the last refresh
        self._stale: str | None = None

    def __repr__(self) -> str:
        return f"ElasticsearchBackend(url={self.url!r}, alias={self.alias!r})"

    @classmethod
    def connect(
        cls,
        config: Any,
        *,
        options: EsOptions | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> ElasticsearchBackend:
        """Validate the URL and credentials, reach the cluster, deploy the templates, open."""
        urls = parse_es_urls(config.es_url)
        auth = client_auth(config)
        opts = options or EsOptions.from_env()
        from elasticsearch import Elasticsearch

        # reads retry twice on 429/5xx/timeouts; _bulk does its own retries (_send_chunk)
        retry: dict[str, Any] = {"max_retries": 2, "retry_on_timeout": True,
                                 "retry_on_status": tuple(RETRYABLE_STATUS)}  # fmt: skip
        if "retry_backoff_base" in inspect.signature(Elasticsearch).parameters:  # client ≥ 9
            retry.update(retry_backoff_base=opts.backoff, retry_backoff_cap=opts.backoff_max)
        client = Elasticsearch(urls, request_timeout=opts.timeout, **retry, **auth)
        backend = cls(client, config.es_index, url=", ".join(urls), options=opts, sleep=sleep)
        try:
            backend.open()
        except BaseException:
            client.close()
            raise
        return backend

    def open(self) -> None:
        """Check the cluster answers, put the templates, find (or create) the index."""
        self._call("connect", self.client.info)
        self.put_templates()
        self.index = self.ensure_index()
        self._stale = self._check_mapping()

    def __enter__(self) -> ElasticsearchBackend:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        """Make what was written searchable, then release the connections."""
        try:
            self._refresh_if_dirty()
        except OcopError as exc:
            log.warning("refresh on close failed: %s", exc)
        self.client.close()

    # --- plumbing -----------------------------------------------------------------------
    def _call(self, what: str, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """Run one client call; any transport or API failure becomes one OcopError line."""
        from elasticsearch import ApiError, TransportError

        try:
            return fn(*args, **kwargs)
        except (ApiError, TransportError) as exc:
            raise OcopError(error_message(what, exc, self.url)) from None

    def _refresh_if_dirty(self) -> None:
        if self._dirty:
            self._call("refresh", self.client.indices.refresh, index=self.alias)
            self._dirty = False

    def _require_current(self) -> None:
        if self._stale:
            raise OcopError(self._stale)

    def put_templates(self) -> None:
        """Put the component templates and the index template (idempotent, on every open)."""
        from elasticsearch import ApiError, AuthorizationException, TransportError

        try:
            for name, body in component_templates(self.alias, self.options).items():
                self.client.cluster.put_component_template(name=name, body=body)
            self.client.indices.put_index_template(
                name=template_names(self.alias)["index"], body=index_template_body(self.alias)
            )
        except AuthorizationException:
            # a search-only key may not manage templates; a rebuild will need one that can
            log.info("not allowed to put index templates; using the existing ones")
        except (ApiError, TransportError) as exc:
            raise OcopError(error_message("put the index template", exc, self.url)) from None

    def _alias_indices(self) -> list[str]:
        """The indices behind the alias, oldest first (names sort by timestamp)."""
        resp = self._call(
            "read the alias",
            self.client.options(ignore_status=404).indices.get_alias,
            name=self.alias,
        )
        if resp.meta.status == 404:
            return []
        return sorted(name for name, info in resp.body.items() if self.alias in info["aliases"])

    def _check_mapping(self) -> str | None:
        """Why the index behind the alias does not fit this version's mapping, if it does not."""
        resp = self._call("read the mapping", self.client.indices.get_mapping, index=self.alias)
        for index, body in sorted(resp.body.items()):
            reason = stale_reason(index, body.get("mappings", {}).get("_meta") or {})
            if reason:
                return reason
        return None

    def _create_index(self, bulk_mode: bool) -> str:
        """A new versioned index shaped by the template; refresh and replicas off in bulk mode."""
        now = time.time()
        name = new_index_name(self.alias, now)
        while self._call("check an index", self.client.indices.exists, index=name):
            now += 1
            name = new_index_name(self.alias, now)
        body: dict[str, Any] = {}
        if bulk_mode:
            body = {"settings": {"index": {"refresh_interval": "-1", "number_of_replicas": 0}}}
        self._call("create an index", self.client.indices.create, index=name, body=body)
        return name

    def ensure_index(self) -> str:
        """The write index behind the alias, creating a versioned one on first use."""
        current = self._alias_indices()
        if current:
            return current[-1]
        if self._call("check an index", self.client.indices.exists, index=self.alias):
            raise OcopError(
                f"{self.alias!r} is a concrete index, not an alias; choose another --es-index"
            )
        name = self._create_index(bulk_mode=False)
        self._call(
            "create the alias",
            self.client.indices.update_aliases,
            body=alias_actions(self.alias, name, []),
        )
        return name

    # --- writing ------------------------------------------------------------------------
    def rebuild(self, articles: Iterable[Article]) -> int:
        """Index everything into a new versioned index, then switch the alias atomically.

        The new index is filled with refresh and replicas off, then given its configured
        settings back; if anything fails it is dropped and the alias keeps the old index.
        """
        old = self._alias_indices()
        name = self._create_index(bulk_mode=True)
        try:
            indexed = self._bulk(name, articles)
            restore = {
                "index": {
                    "refresh_interval": self.options.refresh_interval,
                    "number_of_replicas": self.options.replicas,
                }
            }
            self._call("restore settings", self.client.indices.put_settings, index=name,
                       body=restore)  # fmt: skip
            self._call("refresh", self.client.indices.refresh, index=name)
            self._call("switch the alias", self.client.indices.update_aliases,
                       body=alias_actions(self.alias, name, old))  # fmt: skip
        except BaseException:
            self._drop_quietly(name)
            raise
        for index in old:
            self._drop_quietly(index)
        self.index, self._stale, self._dirty = name, None, False
        return indexed

    def _drop_quietly(self, index: str) -> None:
        try:
            self.client.options(ignore_status=404).indices.delete(index=index)
        except Exception as exc:  # the caller's error matters more than this clean-up's
            log.warning("could not delete index %s: %s", index, type(exc).__name__)

    def drop(self) -> None:
        """Delete the indices behind the alias and the templates (test clean-up, uninstall)."""
        for index in self._alias_indices():
            self._call("delete an index", self.client.indices.delete, index=index)
        names = template_names(self.alias)
        quiet = self.client.options(ignore_status=404)
        self._call("delete a template", quiet.indices.delete_index_template, name=names["index"])
        for key in ("settings", "mappings"):
            self._call("delete a template", quiet.cluster.delete_component_template,
                       name=names[key])  # fmt: skip
        self.index, self._dirty = None, False

    def _send_chunk(self, index: str, chunk: list[tuple[str, dict]]) -> tuple[int, dict[str, str]]:
        """One _bulk chunk with retries and exponential backoff: (indexed, {id: reason})."""
        from elasticsearch import ApiError, ConnectionError, ConnectionTimeout

        client = self.client.options(max_retries=0)  # the backoff below replaces the client's
        pending = dict(chunk)
        failed: dict[str, str] = {}
        indexed = 0
        last = ""
        for attempt in range(self.options.retries + 1):
            if attempt:
                opts = self.options
                self._sleep(backoff_delay(attempt - 1, opts.backoff, opts.backoff_max))
            try:
                resp = client.bulk(operations=bulk_operations(index, pending.items()))
            except ApiError as exc:
                if exc.meta.status not in RETRYABLE_STATUS:
                    reason = error_message("index documents", exc, self.url)
                    return indexed, {**failed, **dict.fromkeys(pending, reason)}
                last = f"HTTP {exc.meta.status}"
                continue
            except ConnectionTimeout:
                last = "timeout"
                continue
            except ConnectionError:
                last = "connection error"
                continue
            ok, retry, bad = split_bulk_response(resp.body)
            indexed += len(ok)
            failed.update(bad)
            pending = {i: pending[i] for i in retry if i in pending}
            if not pending:
                return indexed, failed
            last = "HTTP 429/503 on some documents"
        reason = f"{last}, still failing after {self.options.retries} retries"
        failed.update(dict.fromkeys(pending, reason))
        return indexed, failed

    def _bulk(self, index: str, articles: Iterable[Article]) -> int:
        """Parallel _bulk with backpressure: at most 2 chunks per thread read ahead."""
        opts = self.options
        docs = ((a.id, article_doc(a)) for a in articles)
        chunks = chunk_docs(docs, opts.bulk_docs, opts.bulk_mb * 2**20)
        indexed = 0
        failed: dict[str, str] = {}

        def collect(done: Iterable[Future]) -> None:
            nonlocal indexed
            for future in done:
                n, bad = future.result()
                indexed += n
                failed.update(bad)

        threads = max(1, opts.bulk_threads)
        with ThreadPoolExecutor(threads, thread_name_prefix="es-bulk") as pool:
            inflight: set[Future] = set()
            for chunk in chunks:
                if len(inflight) >= 2 * threads:
                    done, inflight = wait(inflight, return_when=FIRST_COMPLETED)
                    collect(done)
                inflight.add(pool.submit(self._send_chunk, index, chunk))
            collect(wait(inflight).done)
        self._dirty = True
        for doc_id, reason in failed.items():
            log.warning("not indexed: %s (%s)", doc_id, reason)
        if failed:
            raise BulkIndexError(indexed, failed)
        return indexed

    def index_articles(self, articles: Iterable[Article]) -> int:
        """Add or replace these articles; BulkIndexError names the ones that failed."""
        self._require_current()
        return self._bulk(self.alias, articles)

    def remove(self, ids: Iterable[str]) -> int:
        """Delete these article ids from the index."""
        self._require_current()
        ids = list(ids)
        if ids:
            self._call("delete documents", self.client.delete_by_query, index=self.alias,
                       body={"query": {"ids": {"values": ids}}}, refresh=True)  # fmt: skip
        return len(ids)

    # --- reading ------------------------------------------------------------------------
    def signatures(self) -> dict[str, str]:
        """{article id: index signature} of everything indexed."""
        self._require_current()
        self._refresh_if_dirty()
        out: dict[str, str] = {}
        after: list[Any] | None = None
        size = 5000
        while True:
            body = signatures_body(after, size)
            resp = self._call("read signatures", self.client.search, index=self.alias, body=body)
            hits = resp["hits"]["hits"]
            for h in hits:
                out[h["_id"]] = h["_source"].get("signature", "")
            if len(hits) < size:
                return out
            after = hits[-1]["sort"]

    def count(self) -> int:
        """Documents in the index behind the alias."""
        self._refresh_if_dirty()
        return int(self._call("count", self.client.count, index=self.alias)["count"])

    def check_version(self) -> None:
        """A stale index (another mapping version) must be rebuilt before it is used."""
        self._require_current()

    def _stored_meta(self) -> dict[str, Any]:
        resp = self._call("read the mapping", self.client.indices.get_mapping, index=self.alias)
        return next(iter(resp.body.values()), {}).get("mappings", {}).get("_meta") or {}

    def mark_synced(self, corpus_state: str) -> None:
        """Record in the mapping's ``_meta`` which corpus state the index reflects."""
        meta = {**self._stored_meta(), "corpus_state": corpus_state}
        self._call("record the corpus state", self.client.indices.put_mapping,
                   index=self.alias, body={"_meta": meta})  # fmt: skip

    def status(self, corpus_state: str | None = None) -> IndexStatus:
        """Where, how many documents, which corpus state, and whether the index is behind."""
        meta = self._stored_meta()
        stored = meta.get("corpus_state")
        return IndexStatus(
            backend=self.name,
            location=f"{self.url} {self.alias} → {self.index}",
            documents=self.count(),
            schema_version=meta.get("mapping_version"),
            corpus_state=stored,
            behind=None if corpus_state is None else stored != corpus_state,
            stale=self._stale,
        )

    def iter_facts(self, spec: FactsSpec) -> Iterator[dict[str, Any]]:
        """``facts`` as a stream (Elasticsearch pages them already)."""
        yield from self.facts(spec)

    def _search(self, what: str, body: dict[str, Any]) -> dict[str, Any]:
        self._require_current()
        self._refresh_if_dirty()
        return dict(self._call(what, self.client.search, index=self.alias, body=body))

    def search(self, spec: QuerySpec) -> SearchResult:
        """Articles matching the query, one page."""
        resp = self._search("search", search_body(spec))
        hits = []
        for h in resp["hits"]["hits"]:
            src = h["_source"]
            fragments = [f for fl in h.get("highlight", {}).values() for f in fl]
            hits.append(Hit(
                id=src["id"], url=src["url"], title=src["title"], source=src["source"],
                published_at=src.get("published_at"),
                snippet=fragments[0] if fragments else (src.get("lead") or "")[:220],
                score=float(h.get("_score") or 0.0), provinces=src.get("provinces", []),
                duplicate_of=src.get("duplicate_of"),
            ))  # fmt: skip
        return SearchResult(total=int(resp["hits"]["total"]["value"]), hits=hits)

    def stats(self, spec: StatsSpec) -> list[dict[str, Any]]:
        """Article counts per group (rows like the SQLite backend's)."""
        return flatten_stats(spec, self._search("compute statistics", stats_body(spec)))

    def facts(self, spec: FactsSpec) -> list[dict[str, Any]]:
        """Figures matching the spec, with their articles."""
        return flatten_facts(spec, self._search("read figures", facts_body(spec)))
