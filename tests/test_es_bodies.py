"""Elasticsearch request bodies are pure dicts: tested without a server."""

from __future__ import annotations

from datetime import date, datetime

from corpus.article import Article
from indexer.backends.es import (
    MAPPING_VERSION,
    alias_actions,
    article_doc,
    facts_body,
    flatten_facts,
    flatten_stats,
    index_body,
    new_index_name,
    search_body,
    stats_body,
)
from indexer.query import FactsSpec, QuerySpec, StatsSpec


def test_mapping_has_folded_subfields_and_nested_figures():
    body = index_body()
    props = body["mappings"]["properties"]
    assert props["title"]["fields"]["folded"]["analyzer"] == "vi_folded"
    assert body["settings"]["analysis"]["analyzer"]["vi_folded"]["filter"] == [
        "lowercase",
        "asciifolding",
    ]
    assert props["figures"]["type"] == "nested" and props["entities"]["type"] == "nested"
    assert body["mappings"]["dynamic"] == "strict"


def test_article_doc_fits_strict_mapping():
    a = Article(
        url="https://a.vn/1",
        title="T",
        text="x",
        published_at=datetime(2026, 3, 2, 8),
        provinces=[
            {"name": "Bắc Giang", "new_province": "Bắc Ninh", "primary": True, "mentions": 2}
        ],
        figures=[
            {
                "value": 4.0,
                "unit": "sản phẩm",
                "metric": "ocop_products",
                "star": 4,
                "start": 1,
                "end": 3,
            }
        ],
        entities=[
            {"type": "ORG", "text": "HTX A", "norm": "HTX A", "start": 0, "end": 5, "count": 1}
        ],
    )
    doc = article_doc(a)
    allowed = set(index_body()["mappings"]["properties"])
    assert set(doc) <= allowed
    assert doc["primary_new_provinces"] == ["Bắc Ninh"] and doc["is_primary"] is True
    assert doc["published_at"] == "2026-03-02T08:00:00+07:00"
    fig_props = set(index_body()["mappings"]["properties"]["figures"]["properties"])
    assert set(doc["figures"][0]) <= fig_props  # offsets stay in the store, not the index


def test_search_body_text_filters_and_paging():
    body = search_body(
        QuerySpec(
            text='Quảng Ninh "4 sao" -hà',
            provinces=("Quảng Ninh",),
            sources=("a",),
            since=date(2026, 1, 1),
            star=4,
            limit=5,
            offset=10,
        )
    )
    must = body["query"]["bool"]["must"][0]["bool"]["must"]
    assert must[0]["multi_match"]["query"] == "quang ninh"
    assert must[0]["multi_match"]["operator"] == "and"
    assert must[1]["multi_match"] == {
        "query": "4 sao",
        "fields": ["title.folded^6", "lead.folded^2.5", "text.folded"],
        "type": "phrase",
    }
    filters = body["query"]["bool"]["filter"]
    assert {"term": {"is_primary": True}} in filters
    assert {"terms": {"source": ["a"]}} in filters
    assert {"range": {"published_at": {"time_zone": "+07:00", "gte": "2026-01-01"}}} in filters
    assert any("nested" in f and f["nested"]["path"] == "figures" for f in filters)
    assert any("must_not" in f.get("bool", {}) for f in filters)
    assert body["from"] == 10 and body["size"] == 5 and body["sort"][0] == "_score"


def test_search_body_without_text_sorts_newest_and_keeps_duplicates_when_asked():
    body = search_body(QuerySpec(include_duplicates=True))
    assert "must" not in body["query"]["bool"]
    assert body["query"]["bool"]["filter"] == []
    assert body["sort"][0] == {"published_at": {"order": "desc", "missing": "_last"}}


def test_stats_body_nests_groupings():
    body = stats_body(StatsSpec(QuerySpec(), group_by=("year", "province")))
    year = body["aggs"]["year"]
    assert year["date_histogram"]["calendar_interval"] == "year"
    assert year["aggs"]["province"]["terms"]["field"] == "primary_provinces"
    assert "aggs" not in year["aggs"]["province"]
    assert body["size"] == 0


def test_flatten_stats():
    spec = StatsSpec(QuerySpec(), group_by=("year", "source"))
    resp = {
        "aggregations": {
            "year": {
                "buckets": [
                    {
                        "key_as_string": "2026-01-01T00:00:00.000+07:00",
                        "key": 0,
                        "doc_count": 3,
                        "source": {
                            "buckets": [{"key": "a", "doc_count": 2}, {"key": "b", "doc_count": 1}]
                        },
                    },
                ]
            }
        }
    }
    assert flatten_stats(spec, resp) == [
        {"year": "2026", "source": "a", "articles": 2},
        {"year": "2026", "source": "b", "articles": 1},
    ]


def test_facts_body_and_flatten_latest():
    body = facts_body(
        FactsSpec(provinces=("quang ninh",), metric="ocop_products", star=4, latest=True)
    )
    nested = body["query"]["bool"]["must"][-1]["nested"]
    assert nested["path"] == "figures" and "inner_hits" in nested

    def fig(v):
        return {
            "_source": {"value": v, "province": "Quảng Ninh", "metric": "ocop_products", "star": 4}
        }  # noqa: E731

    resp = {
        "hits": {
            "hits": [
                {
                    "_source": {"url": "u2", "published_at": "2026-05-01"},
                    "inner_hits": {"figures": {"hits": {"hits": [fig(30)]}}},
                },
                {
                    "_source": {"url": "u1", "published_at": "2026-01-01"},
                    "inner_hits": {"figures": {"hits": {"hits": [fig(25)]}}},
                },
            ]
        }
    }
    rows = flatten_facts(FactsSpec(latest=True), resp)
    assert [r["value"] for r in rows] == [30]
    assert len(flatten_facts(FactsSpec(), resp)) == 2


def test_alias_switch_is_one_atomic_request():
    name = new_index_name("ocop-articles", now=0)
    assert name == f"ocop-articles-v{MAPPING_VERSION}-19700101000000"
    body = alias_actions("ocop-articles", name, ["ocop-articles-v1-old"])
    assert body["actions"][0]["add"]["index"] == name
    assert body["actions"][1] == {
        "remove": {"index": "ocop-articles-v1-old", "alias": "ocop-articles"}
    }
