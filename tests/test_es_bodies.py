"""Elasticsearch request bodies are pure dicts: tested without a server."""

from __future__ import annotations

import fnmatch
import os
from datetime import date, datetime

import pytest

from corpus.article import Article
from corpus.errors import OcopError
from indexer.backends.es import (
    MAPPING_VERSION,
    BulkIndexError,
    EsOptions,
    alias_actions,
    article_doc,
    backoff_delay,
    bulk_operations,
    chunk_docs,
    client_auth,
    component_templates,
    facts_body,
    flatten_facts,
    flatten_stats,
    index_body,
    index_template_body,
    mapping_digest,
    new_index_name,
    parse_es_urls,
    read_credentials_file,
    search_body,
    split_bulk_response,
    stale_reason,
    stats_body,
    template_names,
)
from indexer.query import FactsSpec, QuerySpec, StatsSpec
from indexer.schema import FIGURE_FIELD_NAMES, FIGURE_FIELDS, figure_problems, figure_record


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
    # every schema field travels (offsets too: mapped, never searched); unknown keys never do
    assert set(doc["figures"][0]) == fig_props
    assert doc["figures"][0]["star"] == 4 and doc["figures"][0]["relation"] is None


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


# --- the figure schema drives the mapping ------------------------------------------------

_ES_TYPE_OF_KIND = {
    "number": "double",
    "integer": "integer",
    "keyword": "keyword",
    "place": "keyword",
    "text": "text",
    "offset": "integer",
}


def test_mapping_covers_every_schema_field_with_its_type():
    props = index_body()["mappings"]["properties"]["figures"]["properties"]
    assert set(props) == set(FIGURE_FIELD_NAMES)
    for f in FIGURE_FIELDS:
        assert props[f.name]["type"] == _ES_TYPE_OF_KIND[f.kind], f.name
    assert "folded" in props["province"]["fields"]  # places match without diacritics
    assert props["start"]["index"] is False  # offsets are shown, never searched


def test_schema_lists_the_fields_the_nlp_and_queries_need():
    for name in ("potential_star", "relation", "base", "new_province", "period", "sentence"):
        assert name in FIGURE_FIELD_NAMES
    relation = next(f for f in FIGURE_FIELDS if f.name == "relation")
    assert relation.choices == ("total", "part_of", "share_of", "change_of")


def test_figure_record_and_problems():
    record = figure_record({"value": 3.0, "unit": "sản phẩm", "extra": 1})
    assert set(record) == set(FIGURE_FIELD_NAMES) and "extra" not in record
    assert record["star"] is None
    assert figure_problems({"value": 3.0, "star": 4, "relation": "part_of"}) == []
    problems = figure_problems({"value": "3", "star": True, "relation": "sum"})
    assert len(problems) == 3
    assert any(p.startswith("relation:") for p in problems)


# --- templates, versions ----------------------------------------------------------------


def test_index_template_composes_settings_and_mapping_components():
    alias = "ocop-articles"
    components = component_templates(alias, EsOptions(shards=3, replicas=0))
    names = template_names(alias)
    settings = components[names["settings"]]["template"]["settings"]
    assert settings["number_of_shards"] == 3 and settings["number_of_replicas"] == 0
    assert "vi_folded" in settings["analysis"]["analyzer"]
    mappings = components[names["mappings"]]["template"]["mappings"]
    assert mappings == index_body()["mappings"]
    template = index_template_body(alias)
    assert template["composed_of"] == [names["settings"], names["mappings"]]
    (pattern,) = template["index_patterns"]
    assert fnmatch.fnmatch(new_index_name(alias), pattern)
    assert not fnmatch.fnmatch(alias, pattern)  # the alias name itself is never shaped


def test_stored_versions_are_read_back():
    meta = index_body()["mappings"]["_meta"]
    assert meta == {"mapping_version": MAPPING_VERSION, "mapping_digest": mapping_digest()}
    assert stale_reason("ix", meta) is None
    old = stale_reason("ix", {"mapping_version": MAPPING_VERSION - 1})
    assert old and "ocop index --rebuild" in old and "ix" in old
    assert stale_reason("ix", {**meta, "mapping_digest": "0" * 16})  # changed, not bumped
    assert stale_reason("ix", {})  # an index made by hand or by another tool


# --- bulk planning ----------------------------------------------------------------------


def test_chunks_are_bounded_in_documents_and_bytes():
    docs = [(str(i), {"text": "x" * 100}) for i in range(10)]
    assert [len(c) for c in chunk_docs(docs, max_docs=4, max_bytes=10**6)] == [4, 4, 2]
    assert [len(c) for c in chunk_docs(docs, max_docs=100, max_bytes=400)] == [2] * 5
    big = [("a", {"text": "x" * 1000}), ("b", {"text": "y"})]
    assert [len(c) for c in chunk_docs(big, max_docs=100, max_bytes=400)] == [1, 1]
    assert list(chunk_docs([], 10, 10)) == []


def test_bulk_operations_are_idempotent_index_actions():
    ops = bulk_operations("ix", [("a", {"id": "a"}), ("b", {"id": "b"})])
    assert ops == [
        {"index": {"_index": "ix", "_id": "a"}},
        {"id": "a"},
        {"index": {"_index": "ix", "_id": "b"}},
        {"id": "b"},
    ]


def test_split_bulk_response_separates_retryable_from_permanent():
    resp = {
        "errors": True,
        "items": [
            {"index": {"_id": "a", "status": 201}},
            {"index": {"_id": "b", "status": 429, "error": {"type": "es_rejected"}}},
            {
                "index": {
                    "_id": "c",
                    "status": 400,
                    "error": {"type": "mapper_parsing_exception", "reason": "bad\n value"},
                }
            },  # fmt: skip
            {"index": {"_id": "d", "status": 200}},
        ],
    }
    ok, retry, failed = split_bulk_response(resp)
    assert ok == ["a", "d"] and retry == ["b"]
    assert failed == {"c": "mapper_parsing_exception: bad value"}


def test_backoff_doubles_and_is_capped():
    assert [backoff_delay(n, 0.5, 3.0) for n in range(5)] == [0.5, 1.0, 2.0, 3.0, 3.0]


def test_bulk_index_error_is_one_line_with_ids_and_reasons():
    err = BulkIndexError(7, {f"id{i}": f"reason {i}" for i in range(5)})
    msg = str(err)
    assert isinstance(err, OcopError) and "\n" not in msg
    assert "5 document(s)" in msg and "id0 (reason 0)" in msg and "2 more" in msg
    assert "rerun `ocop index`" in msg and len(err.failed) == 5


def test_options_from_environment(monkeypatch):
    monkeypatch.setenv("OCOP_ES_BULK_DOCS", "50")
    monkeypatch.setenv("OCOP_ES_REPLICAS", "0")
    opts = EsOptions.from_env()
    assert opts.bulk_docs == 50 and opts.replicas == 0 and opts.shards == 1


# --- URL and credentials ----------------------------------------------------------------


def test_invalid_url_is_one_clear_error():
    for bad in ("not a url", "localhost:9200", "ftp://h:9200", "http://", "http://h:port", ""):
        with pytest.raises(OcopError) as exc:
            parse_es_urls(bad)
        assert "\n" not in str(exc.value)
    assert parse_es_urls("http://a:9200, https://b:9243") == ["http://a:9200", "https://b:9243"]


def test_credentials_in_the_url_are_refused_without_echoing_them():
    with pytest.raises(OcopError) as exc:
        parse_es_urls("https://elastic:hunter2-secret@es.example:9200")
    assert "hunter2-secret" not in str(exc.value) and "OCOP_ES_API_KEY" in str(exc.value)


class _Config:
    def __init__(self, home, es_api_key=""):
        self.home = home
        self.es_api_key = es_api_key


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_credentials_file_must_be_private(tmp_path):
    path = tmp_path / "creds.toml"
    path.write_text('api_key = "file-secret-123"\n', encoding="utf-8")
    path.chmod(0o644)
    with pytest.raises(OcopError) as exc:
        read_credentials_file(path)
    assert "chmod 600" in str(exc.value) and "file-secret-123" not in str(exc.value)
    path.chmod(0o600)
    assert read_credentials_file(path) == {"api_key": "file-secret-123"}
    env = {"OCOP_ES_CREDENTIALS_FILE": str(path)}
    assert client_auth(_Config(tmp_path), env) == {"api_key": "file-secret-123"}
    # the environment wins over the file
    env["OCOP_ES_API_KEY"] = "env-key"
    assert client_auth(_Config(tmp_path), env) == {"api_key": "env-key"}


def test_credentials_file_errors_never_quote_the_secret(tmp_path):
    path = tmp_path / "es-credentials.toml"
    path.write_text('password = "unterminated-secret\n', encoding="utf-8")
    path.chmod(0o600)
    with pytest.raises(OcopError) as exc:
        client_auth(_Config(tmp_path), {})  # the default file in the data directory
    assert "unterminated-secret" not in str(exc.value)
    path.write_text('username = "u"\npassword = "p-secret"\n', encoding="utf-8")
    assert client_auth(_Config(tmp_path), {}) == {"basic_auth": ("u", "p-secret")}
    with pytest.raises(OcopError, match="without a password"):
        client_auth(_Config(tmp_path / "nowhere"), {"OCOP_ES_USERNAME": "u"})
    assert client_auth(_Config(tmp_path / "nowhere"), {}) == {}
