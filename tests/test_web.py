"""`ocop serve`: every page and its JSON twin over a small hand-written corpus, escaping of
untrusted scraped text, access control beyond localhost, and no write endpoints."""

from __future__ import annotations

import base64
import os
from datetime import datetime

import pytest
from starlette.testclient import TestClient

from corpus.article import Article
from corpus.config import AppConfig
from corpus.errors import OcopError
from corpus.store import CorpusStore
from indexer.indexing import run_index
from search_cli.web.app import create_app
from search_cli.web.auth import load_credentials
from search_cli.web.highlight import highlight_words, mark_spans
from search_cli.web.views import vn_number

SCRIPT = "<script>alert(1)</script>"

ARTICLES = [
    Article(
        url="https://bao-a.vn/quang-ninh-them-42-san-pham-4-sao",
        source="bao-a",
        title="Quảng Ninh có thêm 42 sản phẩm OCOP đạt 4 sao",
        lead="Hội đồng cấp tỉnh vừa công nhận 42 sản phẩm OCOP đạt 4 sao.",
        text="Tính đến nay, tỉnh Quảng Ninh có 1.054 sản phẩm OCOP. Ông Nguyễn Văn Hải, "
        "Giám đốc Sở Nông nghiệp, cho biết tỉnh tiếp tục hỗ trợ các chủ thể.",
        published_at=datetime(2026, 9, 17, 7, 30),
    ),
    Article(
        url="https://bao-b.vn/dong-thap-sen-ocop",
        source="bao-b",
        title="Đồng Tháp phát triển sản phẩm OCOP từ sen",
        lead="Các hợp tác xã ở Đồng Tháp làm ra nhiều sản phẩm từ sen.",
        text="Đồng Tháp hiện có 386 sản phẩm OCOP, trong đó 46 sản phẩm chế biến từ sen.",
        published_at=datetime(2025, 5, 19, 9, 0),
    ),
    Article(
        url="https://bao-b.vn/tin-doc-hai",
        source="bao-b",
        title=f"Tin về OCOP {SCRIPT}",
        lead="Sapo <b>đậm</b> & ký tự đặc biệt",
        text=f"Thân bài có {SCRIPT} và <img src=x onerror=alert(2)> nhưng nói về OCOP ở Sơn La.",
        published_at=datetime(2024, 8, 2, 8, 0),
    ),
]


@pytest.fixture(scope="module")
def home(tmp_path_factory):
    path = tmp_path_factory.mktemp("web-home")
    store = CorpusStore(path / "corpus.sqlite")
    for article in ARTICLES:
        store.upsert_article(article)
    store.close()
    run_index(AppConfig.load(home=path), workers=1)
    return path


@pytest.fixture(scope="module")
def client(home):
    return TestClient(create_app(AppConfig.load(home=home)))


def test_search_without_diacritics_finds_and_marks_the_article(client):
    page = client.get("/", params={"q": "quang ninh 4 sao"})
    assert page.status_code == 200
    assert "<mark>Quảng</mark> <mark>Ninh</mark>" in page.text
    data = client.get("/", params={"q": "quang ninh 4 sao", "format": "json"}).json()
    assert data["total"] == 1
    assert data["hits"][0]["title"] == ARTICLES[0].title


def test_json_twin_and_api_route_answer_the_same(client):
    a = client.get("/", params={"q": "ocop", "format": "json"}).json()
    b = client.get("/api/search", params={"q": "ocop"}).json()
    assert a == b and a["total"] == 3


def test_facets_count_and_filter(client):
    data = client.get("/api/search", params={"q": "ocop"}).json()
    provinces = {f["value"]: f["articles"] for f in data["facets"]["province"]}
    assert provinces["Quảng Ninh"] == 1 and provinces["Đồng Tháp"] == 1
    years = {f["value"]: f["articles"] for f in data["facets"]["year"]}
    assert years == {"2024": 1, "2025": 1, "2026": 1}
    filtered = client.get("/api/search", params={"q": "ocop", "province": "dong thap"}).json()
    assert [h["source"] for h in filtered["hits"]] == ["bao-b"] and filtered["total"] == 1
    by_year = client.get("/api/search", params={"q": "ocop", "year": "2024"}).json()
    assert by_year["total"] == 1


def test_untrusted_text_is_escaped_everywhere(client):
    hit = client.get("/api/search", params={"q": "ky tu dac biet"}).json()["hits"][0]
    for url in ["/", f"/article/{hit['id']}", "/facts", "/coverage"]:
        page = client.get(url, params={"q": "ocop"} if url == "/" else None)
        assert page.status_code == 200
        assert "<script>alert" not in page.text, url
        assert "<img src=x" not in page.text, url
    article = client.get(f"/article/{hit['id']}").text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in article


def test_article_page_marks_figures_and_people(client):
    hit = client.get("/api/search", params={"q": "1.054"}).json()["hits"][0]
    page = client.get(f"/article/{hit['id']}")
    assert page.status_code == 200
    assert '<mark class="fig">' in page.text
    assert '<mark class="per">Nguyễn Văn Hải</mark>' in page.text
    data = client.get(f"/api/article/{hit['id']}").json()
    assert any(f["value"] == 1054 for f in data["figures"])


def test_facts_and_coverage_pages(client):
    facts = client.get("/api/facts", params={"province": "quang ninh"}).json()
    assert any(f["value"] == 1054 and f["unit"] == "sản phẩm" for f in facts["facts"])
    assert "1.054" in client.get("/facts", params={"province": "quang ninh"}).text
    coverage = client.get("/api/coverage", params={"by": "year"}).json()
    assert [(r["group"], r["articles"]) for r in coverage["rows"]] == [
        ("2024", 1), ("2025", 1), ("2026", 1),
    ]  # fmt: skip
    assert coverage["rows"][0]["share"] == pytest.approx(33.3)
    assert "<svg" in client.get("/coverage").text


def test_bad_parameters_are_one_clear_message(client):
    page = client.get("/", params={"star": "9"})
    assert page.status_code == 400 and "star must be between 1 and 5" in page.text
    assert client.get("/api/search", params={"year": "abc"}).json() == {
        "error": "year must be a whole number, got 'abc'"
    }
    missing = client.get("/api/article/does-not-exist")
    assert missing.status_code == 404
    assert missing.json() == {"error": "no article with id 'does-not-exist'"}  # both quotes
    assert client.get("/api/coverage", params={"by": "color"}).status_code == 400


def test_no_write_endpoints(client):
    for url in ["/", "/api/search", "/facts", "/article/x"]:
        assert client.post(url).status_code == 405
        assert client.delete(url).status_code == 405


def test_missing_data_directory_is_refused(tmp_path):
    with pytest.raises(OcopError, match="no data directory"):
        create_app(AppConfig.load(home=tmp_path / "nope"))


def test_non_local_bind_requires_credentials(tmp_path, monkeypatch):
    monkeypatch.delenv("OCOP_WEB_TOKEN", raising=False)
    assert load_credentials(None, "127.0.0.1") is None
    with pytest.raises(OcopError, match="--auth"):
        load_credentials(None, "0.0.0.0")
    secret = tmp_path / "pw"
    secret.write_text("s3cret\n")
    os.chmod(secret, 0o644)
    with pytest.raises(OcopError, match="chmod 600"):
        load_credentials(f"ana:{secret}", "0.0.0.0")
    os.chmod(secret, 0o600)
    creds = load_credentials(f"ana:{secret}", "0.0.0.0")
    assert creds.accepts("Basic " + base64.b64encode(b"ana:s3cret").decode())
    assert not creds.accepts("Basic " + base64.b64encode(b"ana:wrong").decode())
    monkeypatch.setenv("OCOP_WEB_TOKEN", "tok-123")
    assert load_credentials(None, "0.0.0.0").accepts("Bearer tok-123")


def test_auth_middleware_guards_every_page(home, tmp_path, monkeypatch):
    monkeypatch.setenv("OCOP_WEB_TOKEN", "tok-123")
    app = create_app(AppConfig.load(home=home), load_credentials(None, "0.0.0.0"))
    guarded = TestClient(app)
    assert guarded.get("/").status_code == 401
    assert guarded.get("/api/search").status_code == 401
    assert guarded.get("/", headers={"Authorization": "Bearer tok-123"}).status_code == 200


@pytest.mark.parametrize(
    ("value", "expected"),
    [(1054, "1.054"), (23.3, "23,3"), (4.5e10, "45 tỷ"), (75e6, "75 triệu"), (2.5e9, "2,5 tỷ"),
     (12, "12"), (None, "")],
)  # fmt: skip
def test_vietnamese_number_format(value, expected):
    assert vn_number(value) == expected


def test_highlight_escapes_and_marks_without_diacritics():
    assert str(highlight_words("Quảng Ninh <b>", ["quang", "ninh"])) == (
        "<mark>Quảng</mark> <mark>Ninh</mark> &lt;b&gt;"
    )
    assert str(mark_spans("a<b>c", [(1, 4, "fig")])) == 'a<mark class="fig">&lt;b&gt;</mark>c'


def test_facts_views_and_history_series(client):
    latest = client.get("/api/facts", params={"province": "quang ninh"}).json()
    assert latest["view"] == "latest" and latest["facts"]
    assert all(f["citations"] for f in latest["facts"])
    history = client.get("/api/facts", params={"province": "quang ninh", "view": "history",
                                               "metric": "ocop_products"}).json()  # fmt: skip
    assert history["series"] and history["series"][0]["points"]
    assert client.get("/api/facts", params={"view": "sideways"}).status_code == 400


def test_handbook_form_and_download(client):
    form = client.get("/api/handbook").json()
    assert "Quảng Ninh" in form["new_provinces"] and "Đồng Tháp" in form["provinces"]
    docx = client.get("/handbook/download", params={"province": "quang ninh", "format": "docx"})
    assert docx.status_code == 200 and docx.content[:2] == b"PK"
    assert "attachment" in docx.headers["content-disposition"]
    assert "cam-nang-ocop-quang-ninh.docx" in docx.headers["content-disposition"]
    html = client.get("/handbook/download", params={"national": "1", "format": "html"})
    assert html.status_code == 200 and "<script>alert" not in html.text
    zipped = client.get("/handbook/download", params={"province": "Đồng Tháp", "format": "md"})
    assert (
        zipped.status_code == 200
        and "cam-nang-ocop-dong-thap.zip" in zipped.headers["content-disposition"]
    )
    import io
    import zipfile

    names = zipfile.ZipFile(io.BytesIO(zipped.content)).namelist()
    assert "cam-nang-ocop-dong-thap.md" in names
    assert any(n.endswith(".png") for n in names)
    refused = client.get("/handbook/download", params={"format": "docx"})
    assert refused.status_code == 400 and "choose one or more provinces" in refused.text


def test_serve_on_a_taken_port_is_one_clear_error(home):
    import socket

    from click.testing import CliRunner

    from search_cli.cli import cli
    from search_cli.commands.serve import listen

    taken = socket.socket()
    taken.bind(("127.0.0.1", 0))
    taken.listen(1)
    port = taken.getsockname()[1]
    try:
        result = CliRunner().invoke(cli, ["--home", str(home), "serve", "--port", str(port)])
    finally:
        taken.close()
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines()[-1] == (
        f"Error: cannot listen on 127.0.0.1:{port} (Address already in use); "
        "is another `ocop serve` running? Choose another --port"
    )
    free = listen("127.0.0.1", 0)  # --port 0: the address shown is the real port
    assert free.getsockname()[1] > 0
    free.close()


def test_empty_search_for_a_province_name_links_to_the_province_filter(client):
    data = client.get("/api/search", params={"q": "zzzz"}).json()
    assert data["total"] == 0 and data["province_hint"] is None  # not a province's name
    data = client.get("/api/search", params={"q": "Sài Gòn"}).json()
    assert data["total"] == 0 and data["province_hint"] == "TP Hồ Chí Minh"
    page = client.get("/", params={"q": "Sài Gòn"})
    hint = page.text.split('id="province-hint"')[1].split("</p>")[0]
    assert "xem các bài về TP Hồ Chí Minh" in hint and "q=" not in hint


def test_a_page_past_the_last_one_says_so(client):
    assert client.get("/api/search", params={"page": "1", "q": "zzzz"}).status_code == 200
    past = client.get("/api/search", params={"page": "2"})
    assert past.status_code == 400
    assert past.json() == {"error": "page 2 is past the last page (1)"}
