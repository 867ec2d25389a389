"""The Elasticsearch backend (8.x / 9.x): same QuerySpec/StatsSpec/FactsSpec as SQLite.

Pure functions build every request body (``index_body``, ``article_doc``, ``search_body``,
``stats_body``, ``facts_body``) and are unit-tested as dicts; ``ElasticsearchBackend`` is
the thin adapter that sends them.

Index layout: a versioned index ``<alias>-v<N>-<timestamp>`` behind the alias the user
configures (``OCOP_ES_INDEX``). Text fields have a ``.folded`` sub-field (lowercase +
asciifolding, which folds every Vietnamese diacritic including đ), so queries with or
without diacritics match; figures and entities are nested documents.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from corpus.article import Article
from corpus.errors import OcopError
from corpus.textnorm import fold
from indexer.query import FactsSpec, Hit, QuerySpec, SearchResult, StatsSpec, period_key
from indexer.signature import index_signature

MAPPING_VERSION = 1

_FOLDED_TEXT = {
    "type": "text",
    "analyzer": "vi_text",
    "fields": {"folded": {"type": "text", "analyzer": "vi_folded"}},
}
_KEYWORD_FOLDED = {
    "type": "keyword",
    "fields": {"folded": {"type": "keyword", "normalizer": "folded"}},
}


def index_body() -> dict[str, Any]:
    """Settings and mappings of one versioned articles index."""
    return {
        "settings": {
            "number_of_shards": 1,
            "analysis": {
                "analyzer": {
                    "vi_text": {"type": "custom", "tokenizer": "standard", "filter": ["lowercase"]},
                    "vi_folded": {
                        "type": "custom",
                        "tokenizer": "standard",
                        "filter": ["lowercase", "asciifolding"],
                    },
                },
                "normalizer": {
                    "folded": {"type": "custom", "filter": ["lowercase", "asciifolding"]}
                },
            },
        },
        "mappings": {
            "dynamic": "strict",
            "_meta": {"mapping_version": MAPPING_VERSION},
            "properties": {
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
                "figures": {
                    "type": "nested",
                    "properties": {
                        "value": {"type": "double"},
                        "unit": {"type": "keyword"},
                        "metric": {"type": "keyword"},
                        "kind": {"type": "keyword"},
                        "qualifier": {"type": "keyword"},
                        "star": {"type": "integer"},
                        "min_star": {"type": "integer"},
                        "percent": {"type": "double"},
                        "province": _KEYWORD_FOLDED,
                        "new_province": _KEYWORD_FOLDED,
                        "district": {"type": "keyword"},
                        "period": {"type": "keyword"},
                        "sentence": {"type": "text", "analyzer": "vi_folded"},
                    },
                },
            },
        },
    }


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
        "figures": [
            {
                k: f.get(k)
                for k in (
                    "value",
                    "unit",
                    "metric",
                    "kind",
                    "qualifier",
                    "star",
                    "min_star",
                    "percent",
                    "province",
                    "new_province",
                    "district",
                    "period",
                    "sentence",
                )
            }  # fmt: skip
            for f in a.figures
        ],
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
    stamp = time.strftime("%Y%m%d%H%M%S", time.gmtime(now if now is not None else time.time()))
    return f"{alias}-v{MAPPING_VERSION}-{stamp}"


def alias_actions(alias: str, new_index: str, old_indices: Iterable[str]) -> dict[str, Any]:
    """One atomic alias switch: add the new index, remove the old ones."""
    actions: list[dict] = [{"add": {"index": new_index, "alias": alias, "is_write_index": True}}]
    actions += [{"remove": {"index": old, "alias": alias}} for old in old_indices]
    return {"actions": actions}


class ElasticsearchBackend:
    """Adapter around the official client; every body comes from the pure functions above."""

    name = "elasticsearch"

    def __init__(self, client, alias: str):
        self.client = client
        self.alias = alias

    @classmethod
    def connect(cls, config) -> ElasticsearchBackend:
        from elasticsearch import Elasticsearch

        kwargs: dict[str, Any] = {"request_timeout": 30, "retry_on_timeout": True, "max_retries": 3}
        if config.es_api_key:
            kwargs["api_key"] = config.es_api_key
        client = Elasticsearch(config.es_url, **kwargs)
        try:
            client.info()
        except Exception as exc:
            raise OcopError(
                f"cannot reach Elasticsearch at {config.es_url} ({type(exc).__name__}); start it "
                "with `docker compose up -d elasticsearch` or use --backend sqlite"
            ) from None
        backend = cls(client, config.es_index)
        backend.ensure_index()
        return backend

    def close(self) -> None:
        self.client.close()

    # --- the SearchBackend contract (indexer/backends/base.py) ---
    def __enter__(self) -> ElasticsearchBackend:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _meta(self) -> dict[str, Any]:
        mappings = self.client.indices.get_mapping(index=self.alias).body
        return next(iter(mappings.values()), {}).get("mappings", {}).get("_meta", {})

    def check_version(self) -> None:
        """A stale index (older mapping) must be rebuilt before it is used."""
        found = self._meta().get("mapping_version")
        if found != MAPPING_VERSION:
            raise OcopError(
                f"the Elasticsearch index {self.alias!r} has mapping version {found}, this "
                f"program uses {MAPPING_VERSION}: run `ocop index --rebuild`"
            )

    def iter_facts(self, spec: FactsSpec):
        yield from self.facts(spec)

    def mark_synced(self, corpus_state: str) -> None:
        meta = {"mapping_version": MAPPING_VERSION, "corpus_state": corpus_state}
        self.client.indices.put_mapping(index=self.alias, body={"_meta": meta})

    def status(self, corpus_state: str | None = None):
        from indexer.backends.base import IndexStatus

        meta = self._meta()
        stored = meta.get("corpus_state")
        return IndexStatus(
            backend=self.name, location=self.alias, documents=self.count(),
            schema_version=meta.get("mapping_version"), corpus_state=stored,
            behind=None if corpus_state is None else stored != corpus_state,
        )  # fmt: skip

    def _alias_indices(self) -> list[str]:
        if not self.client.indices.exists_alias(name=self.alias):
            return []
        return sorted(self.client.indices.get_alias(name=self.alias).body)

    def ensure_index(self) -> str:
        """The index behind the alias, creating a versioned one on first use."""
        current = self._alias_indices()
        if current:
            return current[-1]
        if self.client.indices.exists(index=self.alias):
            raise OcopError(
                f"{self.alias!r} is a concrete index, not an alias; choose another --es-index"
            )
        name = new_index_name(self.alias)
        self.client.indices.create(index=name, body=index_body())
        self.client.indices.update_aliases(body=alias_actions(self.alias, name, []))
        return name

    def rebuild(self, articles: Iterable[Article]) -> str:
        """Index everything into a new versioned index, then switch the alias atomically."""
        old = self._alias_indices()
        name = new_index_name(self.alias)
        self.client.indices.create(index=name, body=index_body())
        self._bulk(articles, index=name)
        self.client.indices.refresh(index=name)
        self.client.indices.update_aliases(body=alias_actions(self.alias, name, old))
        for index in old:
            self.client.indices.delete(index=index)
        return name

    def _bulk(self, articles: Iterable[Article], index: str | None = None) -> int:
        from elasticsearch.helpers import bulk

        actions = (
            {
                "_op_type": "index",
                "_index": index or self.alias,
                "_id": a.id,
                "_source": article_doc(a),
            }
            for a in articles
        )
        ok, errors = bulk(self.client, actions, raise_on_error=False, chunk_size=200)
        if errors:
            raise OcopError(f"Elasticsearch rejected {len(errors)} document(s): {errors[0]}")
        return ok

    def signatures(self) -> dict[str, str]:
        from elasticsearch.helpers import scan

        return {
            h["_id"]: h["_source"].get("signature", "")
            for h in scan(self.client, index=self.alias, query={"_source": ["signature"]})
        }

    def index_articles(self, articles: Iterable[Article]) -> int:
        n = self._bulk(list(articles))
        self.client.indices.refresh(index=self.alias)
        return n

    def remove(self, ids: Iterable[str]) -> int:
        ids = list(ids)
        if ids:
            self.client.delete_by_query(index=self.alias, body={"query": {"ids": {"values": ids}}},
                                        refresh=True)  # fmt: skip
        return len(ids)

    def count(self) -> int:
        return int(self.client.count(index=self.alias)["count"])

    def search(self, spec: QuerySpec) -> SearchResult:
        resp = self.client.search(index=self.alias, body=search_body(spec))
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
        return flatten_stats(
            spec, dict(self.client.search(index=self.alias, body=stats_body(spec)))
        )

    def facts(self, spec: FactsSpec) -> list[dict[str, Any]]:
        return flatten_facts(
            spec, dict(self.client.search(index=self.alias, body=facts_body(spec)))
        )
