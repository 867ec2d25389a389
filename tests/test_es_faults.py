"""The Elasticsearch backend against a scriptable fake server: faults without a cluster."""

from __future__ import annotations

import logging
from datetime import datetime

import pytest
from click.testing import CliRunner

from corpus.article import Article
from corpus.config import AppConfig
from corpus.errors import OcopError
from corpus.store import CorpusStore
from indexer.backends.es import (
    MAPPING_VERSION,
    BulkIndexError,
    ElasticsearchBackend,
    EsOptions,
    template_names,
)
from indexer.indexing import sync_index
from indexer.query import QuerySpec
from search_cli.cli import cli
from tests.fake_es import FakeES

FAST = EsOptions(timeout=0.3, backoff=0.01, backoff_max=0.05, retries=3, bulk_docs=5)


def articles(n: int, start: int = 0) -> list[Article]:
    return [
        Article(
            url=f"https://tin.example.vn/bai-{i}",
            source="tin",
            title=f"Huyện {i} có thêm sản phẩm OCOP",
            text=f"Bài số {i} kể về các sản phẩm OCOP của huyện.",
            published_at=datetime(2026, 5, 1 + i % 28, 8),
        )
        for i in range(start, start + n)
    ]


@pytest.fixture
def fake():
    with FakeES() as server:
        yield server


def connect(fake: FakeES, tmp_path, options: EsOptions = FAST, sleeps: list | None = None,
            alias: str = "ocop-test") -> ElasticsearchBackend:  # fmt: skip
    config = AppConfig.load(home=tmp_path, backend="elasticsearch", es_url=fake.url,
                            es_index=alias)  # fmt: skip
    sleep = sleeps.append if sleeps is not None else (lambda s: None)
    return ElasticsearchBackend.connect(config, options=options, sleep=sleep)


def docs_in(fake: FakeES, alias: str = "ocop-test") -> set[str]:
    return {i for ix in fake.indices.values() if alias in ix.aliases for i in ix.docs}


# --- templates, alias, versions --------------------------------------------------------


def test_open_puts_templates_and_creates_an_index_through_them(fake, tmp_path):
    with connect(fake, tmp_path) as b:
        names = template_names("ocop-test")
        assert set(fake.component_templates) == {names["settings"], names["mappings"]}
        assert fake.index_templates[names["index"]]["composed_of"] == [
            names["settings"],
            names["mappings"],
        ]
        (index,) = fake.indices.values()
        assert index.mappings["_meta"]["mapping_version"] == MAPPING_VERSION
        assert index.settings["refresh_interval"] == "1s"
        assert b.index in fake.indices and "ocop-test" in index.aliases
    with connect(fake, tmp_path):  # every deploy puts the templates again, same index
        assert fake.count_requests("PUT", "^/_index_template/") == 2
        assert len(fake.indices) == 1


def test_stale_index_asks_for_rebuild_and_rebuild_fixes_it(fake, tmp_path):
    with connect(fake, tmp_path) as b:
        b.index_articles(articles(3))
    (index,) = fake.indices.values()
    index.mappings["_meta"] = {"mapping_version": MAPPING_VERSION - 1}
    with connect(fake, tmp_path) as b:
        for call in (lambda: b.search(QuerySpec()), lambda: b.index_articles(articles(1)),
                     b.signatures):  # fmt: skip
            with pytest.raises(OcopError, match=r"ocop index --rebuild"):
                call()
        assert b.rebuild(articles(3)) == 3
        assert b.search(QuerySpec()).total == 3
    with connect(fake, tmp_path) as b:  # the rebuilt index is current
        assert b.search(QuerySpec()).total == 3 and b.status().stale is None


def test_stale_index_refused_by_the_cli_in_one_line(fake, tmp_path, monkeypatch):
    with connect(fake, tmp_path):
        pass
    next(iter(fake.indices.values())).mappings["_meta"] = {"mapping_version": 0}
    monkeypatch.setenv("OCOP_ES_RETRIES", "0")
    result = CliRunner().invoke(cli, ["--home", str(tmp_path), "--backend", "elasticsearch",
                                      "search", "--es-url", fake.url, "--es-index", "ocop-test",
                                      "ocop"])  # fmt: skip
    assert result.exit_code == 1
    assert "ocop index --rebuild" in result.output and "Traceback" not in result.output


def test_rebuild_bulk_loads_with_refresh_off_then_switches_alias_atomically(fake, tmp_path):
    with connect(fake, tmp_path) as b:
        b.index_articles(articles(2))
        old = b.index
        seen = []

        def watch(method, path, body):
            if path.endswith("_bulk"):
                new = [ix for name, ix in fake.indices.items() if name != old]
                seen.append((new[0].settings["refresh_interval"],
                             new[0].settings["number_of_replicas"]))  # fmt: skip

        fake.on_request = watch
        assert b.rebuild(articles(12)) == 12
        fake.on_request = None
        assert seen and set(seen) == {("-1", 0)}
        (name,) = fake.indices  # the old index is gone
        assert name == b.index != old
        assert fake.indices[name].settings["refresh_interval"] == "1s"
        assert fake.indices[name].settings["number_of_replicas"] == 1
        switch = [r for r in fake.requests if r.path == "/_aliases"][-1]
        assert (
            b'"add"' in switch.body and b'"remove"' in switch.body and old.encode() in switch.body
        )
        assert b.count() == 12


def test_failed_rebuild_keeps_the_old_index_behind_the_alias(fake, tmp_path):
    with connect(fake, tmp_path) as b:
        b.index_articles(articles(4))
        old = b.index
        fake.fail_docs([articles(4)[2].id])
        with pytest.raises(BulkIndexError):
            b.rebuild(articles(4))
        assert list(fake.indices) == [old]  # the half-built index was dropped
        assert docs_in(fake) == {a.id for a in articles(4)}
        assert b.search(QuerySpec()).total == 4


def test_mapping_conflict_on_deploy_is_one_line(fake, tmp_path):
    fake.fail("PUT", "^/_component_template/", 400,
              reason="mapper [figures.value] cannot be changed from type [long] to [double]")  # fmt: skip
    with pytest.raises(OcopError) as exc:
        connect(fake, tmp_path)
    msg = str(exc.value)
    assert "\n" not in msg and "HTTP 400" in msg and "cannot be changed from type" in msg


# --- bulk faults -------------------------------------------------------------------------


@pytest.mark.parametrize("status", [429, 503])
def test_bulk_retries_with_exponential_backoff(fake, tmp_path, status):
    sleeps: list[float] = []
    with connect(fake, tmp_path, sleeps=sleeps) as b:
        fake.fail("*", "_bulk$", status, times=2)
        assert b.index_articles(articles(3)) == 3
    assert sleeps == [0.01, 0.02]
    assert fake.count_requests("*", "_bulk$") == 3  # no hidden client retries on top
    assert len(docs_in(fake)) == 3


def test_bulk_retries_after_a_timeout(fake, tmp_path):
    sleeps: list[float] = []
    with connect(fake, tmp_path, sleeps=sleeps) as b:
        fake.fail("*", "_bulk$", None, delay=1.0)  # answers after the 0.3 s timeout
        assert b.index_articles(articles(3)) == 3
    assert sleeps == [0.01]
    assert len(docs_in(fake)) == 3


def test_partial_bulk_failure_reports_ids_and_reasons_then_rerun_completes(fake, tmp_path):
    store = CorpusStore(tmp_path / "corpus.sqlite")
    for a in articles(12):
        store.upsert_article(a)
    before = list(store.iter_articles())
    bad = [before[3].id, before[8].id]
    transient = before[5].id
    fake.fail_docs(bad, reason="failed to parse field [published_at]")
    fake.fail_docs([transient], 429, times=1, error_type="es_rejected_execution_exception")
    with connect(fake, tmp_path) as b:
        with pytest.raises(BulkIndexError) as exc:
            sync_index(store, b)
        assert set(exc.value.failed) == set(bad)
        assert all("failed to parse field" in r for r in exc.value.failed.values())
        assert bad[0] in str(exc.value) and "rerun `ocop index`" in str(exc.value)
    assert list(store.iter_articles()) == before  # the corpus is untouched
    assert docs_in(fake) == {a.id for a in before} - set(bad)  # transient one retried
    fake.fail_docs(bad, times=0)  # the cause is fixed
    with connect(fake, tmp_path) as b:
        assert sync_index(store, b) == (2, 0)  # only what failed is sent again
        assert b.count() == 12
    store.close()


def test_retries_exhausted_loses_nothing_and_rerun_completes(fake, tmp_path):
    store = CorpusStore(tmp_path / "corpus.sqlite")
    for a in articles(6):
        store.upsert_article(a)
    with connect(fake, tmp_path) as b:
        fake.fail("*", "_bulk$", 503, times=None)
        with pytest.raises(BulkIndexError) as exc:
            sync_index(store, b)
        assert len(exc.value.failed) == 6
        assert "HTTP 503" in next(iter(exc.value.failed.values()))
        assert fake.count_requests("*", "_bulk$") == 2 * (FAST.retries + 1)  # 2 chunks
    fake._faults.clear()
    with connect(fake, tmp_path) as b:
        assert sync_index(store, b) == (6, 0)
    store.close()


def test_bulk_reads_the_corpus_no_faster_than_elasticsearch_takes_it(fake, tmp_path):
    opts = EsOptions(bulk_docs=2, bulk_threads=1, backoff=0.01)
    consumed = 0
    received = 0
    lead = []

    def source():
        nonlocal consumed
        for a in articles(40):
            consumed += 1
            yield a

    def watch(method, path, body):
        nonlocal received
        if path.endswith("_bulk"):
            lead.append(consumed - received)
            received += body.count(b'"index"')

    with connect(fake, tmp_path, options=opts) as b:
        fake.fail("*", "_bulk$", None, times=None, delay=0.02)
        fake.on_request = watch
        assert b.index_articles(source()) == 40
    # at most 2 chunks in flight per thread, one being built, one document peeked
    assert max(lead) <= (2 * 1 + 1) * 2 + 1
    assert received == 40


# --- URL, credentials -------------------------------------------------------------------


def test_invalid_es_url_is_one_line_at_construction(tmp_path):
    config = AppConfig.load(home=tmp_path, backend="elasticsearch", es_url="not a url")
    with pytest.raises(OcopError, match="invalid Elasticsearch URL 'not a url'"):
        ElasticsearchBackend.connect(config)
    result = CliRunner().invoke(cli, ["--home", str(tmp_path), "--backend", "elasticsearch",
                                      "search", "--es-url", "not a url", "ocop"])  # fmt: skip
    assert result.exit_code == 2  # the CLI refuses it as a usage error before connecting
    assert result.output.strip().splitlines()[-1] == (
        "Error: Invalid value for '--es-url': 'not a url' is not a valid http(s) URL,"
        " e.g. https://example.vn/"
    )


def test_unreachable_cluster_is_one_line(tmp_path):
    with FakeES() as gone:
        url = gone.url
    config = AppConfig.load(home=tmp_path, backend="elasticsearch", es_url=url)
    with pytest.raises(OcopError, match="cannot reach Elasticsearch"):
        ElasticsearchBackend.connect(config, options=FAST)


SECRET = "k3y-s3cr3t-0f-th3-cluster"


def test_api_key_is_sent_but_never_logged_or_printed(tmp_path, monkeypatch, caplog, capsys):
    caplog.set_level(logging.DEBUG)
    monkeypatch.setenv("OCOP_ES_API_KEY", SECRET)
    with FakeES(api_key=SECRET) as fake:
        with connect(fake, tmp_path) as b:
            b.index_articles(articles(3))
            assert b.search(QuerySpec()).total == 3
            print(repr(b), b.status())
            fake.fail_docs([articles(3)[0].id])
            with pytest.raises(BulkIndexError) as exc:
                b.index_articles(articles(3))
            print(exc.value)
        assert all(r.headers.get("authorization") == f"ApiKey {SECRET}" for r in fake.requests)
        monkeypatch.setenv("OCOP_ES_API_KEY", SECRET + "-wrong")
        with pytest.raises(OcopError, match="HTTP 401") as refused:
            connect(fake, tmp_path)
        print(refused.value)
        result = CliRunner().invoke(cli, ["--home", str(tmp_path), "--backend",
                                          "elasticsearch", "search", "--es-url", fake.url,
                                          "ocop"])  # fmt: skip
        assert result.exit_code == 1
    out = capsys.readouterr()
    assert "401" in result.output
    for text in (caplog.text, out.out, out.err, result.output):
        assert "s3cr3t" not in text


def test_group_readable_credentials_file_is_refused(tmp_path, monkeypatch, fake):
    path = tmp_path / "es-credentials.toml"
    path.write_text(f'api_key = "{SECRET}"\n', encoding="utf-8")
    path.chmod(0o640)
    monkeypatch.delenv("OCOP_ES_API_KEY", raising=False)
    with pytest.raises(OcopError, match="chmod 600") as exc:
        connect(fake, tmp_path)
    assert SECRET not in str(exc.value)
    path.chmod(0o600)
    with connect(fake, tmp_path):
        pass
    assert fake.requests[-1].headers["authorization"] == f"ApiKey {SECRET}"


def test_older_cluster_than_the_client_is_one_clear_line(fake, tmp_path):
    fake.fail("GET", "^/$", 400, error_type="media_type_header_exception",
              reason="Accept version must be either version 8 or 7, but found 9")  # fmt: skip
    with pytest.raises(OcopError, match="older than the client") as exc:
        connect(fake, tmp_path)
    assert "elasticsearch>=8.12,<9" in str(exc.value)


def test_reads_retry_then_report_overload_in_one_line(fake, tmp_path):
    with connect(fake, tmp_path) as b:
        b.index_articles(articles(2))
        fake.fail("*", "_search$", 503, times=2)
        assert b.search(QuerySpec()).total == 2  # two retries inside the client
        fake.fail("*", "_search$", 429, times=None)
        with pytest.raises(OcopError, match=r"overloaded \(HTTP 429\) during search") as exc:
            b.search(QuerySpec())
        assert "\n" not in str(exc.value)


def test_drop_removes_indices_and_templates(fake, tmp_path):
    with connect(fake, tmp_path) as b:
        b.index_articles(articles(2))
        b.drop()
    assert fake.indices == {} and fake.index_templates == {} and fake.component_templates == {}


def test_mapping_conflict_on_rebuild_keeps_the_alias(fake, tmp_path):
    with connect(fake, tmp_path) as b:
        b.index_articles(articles(3))
        old = b.index
        fake.fail("PUT", r"^/ocop-test-v\d+-\d+$", 400,
                  reason="mapper [figures] of different type, current_type [nested]")  # fmt: skip
        with pytest.raises(OcopError, match="HTTP 400.*different type") as exc:
            b.rebuild(articles(3))
        assert "\n" not in str(exc.value)
        assert list(fake.indices) == [old] and b.search(QuerySpec()).total == 3
