from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture
def shared_dir() -> Path:
    """../shared beside the repository; tests that need it skip when it is absent."""
    if not SHARED.is_dir():
        pytest.skip("../shared is not present")
    return SHARED


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path, monkeypatch):
    """No test may touch the user's real data directory."""
    monkeypatch.setenv("OCOP_HOME", str(tmp_path / "ocop-home"))


def _seed_articles():
    """Five hand-written articles (three sources, two provinces, one syndicated copy)."""
    from datetime import datetime

    from corpus.article import VIETNAM_TZ, Article

    def when(day: str) -> datetime:
        return datetime.fromisoformat(day + "T08:00:00").replace(tzinfo=VIETNAM_TZ)

    def prov(name: str, new: str, primary: bool = True) -> dict:
        return {"name": name, "new_province": new, "primary": primary, "mentions": 3}

    def fig(value, metric, province, new, star=None, period="2025") -> dict:
        return {"value": value, "unit": "sản phẩm", "metric": metric, "star": star,
                "min_star": None, "qualifier": None, "kind": None, "percent": None,
                "province": province, "new_province": new, "district": None, "period": period,
                "sentence": f"Tỉnh có {value:g} sản phẩm đạt chuẩn."}  # fmt: skip

    qn = prov("Quảng Ninh", "Quảng Ninh")
    bg = prov("Bắc Giang", "Bắc Ninh")
    return [
        Article(
            url="https://tin-a.example.vn/qn-ocop-4-sao.html",
            source="tin-a",
            title="Quảng Ninh công nhận thêm sản phẩm OCOP 4 sao",
            lead="Hội đồng tỉnh vừa chấm điểm các sản phẩm mới.",
            text="Năm nay Quảng Ninh có thêm 25 sản phẩm OCOP đạt 4 sao, chủ yếu là hải sản.",
            authors=["Minh Anh"],
            published_at=when("2026-03-02"),
            provinces=[qn],
            figures=[fig(25.0, "ocop_products", "Quảng Ninh", "Quảng Ninh", star=4)],
            entities=[
                {
                    "type": "ORG",
                    "text": "UBND tỉnh Quảng Ninh",
                    "norm": "ubnd tinh quang ninh",
                    "count": 1,
                    "spans": [[0, 5]],
                }
            ],
        ),  # fmt: skip
        Article(
            url="https://tin-b.example.vn/vai-thieu-bac-giang.html",
            source="tin-b",
            title="Vải thiều Bắc Giang và chương trình OCOP",
            lead="Nhiều hợp tác xã đăng ký sản phẩm.",
            text="Bắc Giang đặt mục tiêu 40 sản phẩm OCOP trong năm, nhiều hợp tác xã tham gia.",
            authors=[],
            published_at=when("2026-01-15"),
            provinces=[bg],
            figures=[fig(40.0, "ocop_products", "Bắc Giang", "Bắc Ninh")],
        ),  # fmt: skip
        Article(
            url="https://tin-c.example.vn/hoi-cho-ocop.html",
            source="tin-c",
            title="Hội chợ OCOP tại Hạ Long thu hút khách",
            lead="Gian hàng của các địa phương được trưng bày.",
            text="Hội chợ ở Quảng Ninh giới thiệu đặc sản, không có sản phẩm vải.",
            published_at=when("2025-11-20"),
            provinces=[qn],
        ),  # fmt: skip
        Article(
            url="https://tin-a.example.vn/mien-nui-ocop.html",
            source="tin-a",
            title="Sản phẩm OCOP miền núi Bắc Giang",
            lead="Các xã vùng cao có sản phẩm đầu tiên.",
            text="Miền núi Bắc Giang lần đầu có sản phẩm OCOP 3 sao từ măng và mật ong.",
            published_at=when("2025-06-05"),
            provinces=[bg],
            figures=[fig(6.0, "ocop_products", "Bắc Giang", "Bắc Ninh", star=3)],
        ),  # fmt: skip
        # a syndicated copy of the first article: counted once, hidden by default
        Article(
            url="https://tin-c.example.vn/qn-ocop-4-sao-dang-lai.html",
            source="tin-c",
            title="Quảng Ninh công nhận thêm sản phẩm OCOP 4 sao",
            lead="Hội đồng tỉnh vừa chấm điểm các sản phẩm mới.",
            text="Năm nay Quảng Ninh có thêm 25 sản phẩm OCOP đạt 4 sao, chủ yếu là hải sản.",
            published_at=when("2026-03-03"),
            provinces=[qn],
        ),  # fmt: skip
    ]


@pytest.fixture(scope="session")
def seeded_home(tmp_path_factory) -> Path:
    """A data directory with a store, an SQLite index, sources.toml and one crawl run, built
    from hand-written articles (no crawl). Read-only: tests must not change it."""
    from corpus.store import CorpusStore
    from crawler.sources import Source, save_sources
    from indexer.backends.sqlite_fts import SqliteBackend
    from indexer.factbase import factbase_path, refresh
    from indexer.indexing import sync_index
    from indexer.nlp import ENRICHMENT_VERSION

    home = tmp_path_factory.mktemp("seeded") / "home"
    home.mkdir()
    store = CorpusStore(home / "corpus.sqlite")
    articles = _seed_articles()
    for article in articles:
        store.upsert_article(article)
        enrichment = {k: getattr(article, k) for k in ("entities", "provinces", "figures")}
        store.save_enrichment(article.id, enrichment, ENRICHMENT_VERSION, article.content_hash)
    store.set_duplicate_of(articles[4].id, articles[0].id)
    run = store.start_run()
    store.record_run_counts(run, "tin-a", fetched=4, kept=2, skipped=1, errors=1)
    store.record_run_counts(run, "tin-b", fetched=1, kept=1)
    store.finish_run(run)
    store.mark_url("https://tin-a.example.vn/loi.html", "error", "tin-a", "HTTP 503")
    store.mark_url("https://tin-a.example.vn/thoi-tiet.html", "skipped", "tin-a", "not OCOP")
    with store.transaction() as conn:  # fixed times, so outputs can be compared exactly
        conn.execute("UPDATE crawl_runs SET started_at = '2026-03-04T01:00:00+00:00',"
                     " finished_at = '2026-03-04T01:05:00+00:00'")  # fmt: skip
        conn.execute("UPDATE urls SET last_seen = '2026-03-04T01:02:00+00:00'")
    store.close()
    save_sources(home / "sources.toml", [
        Source(name="tin-a", home="https://tin-a.example.vn/", allowed_domains=["tin-a.example.vn"],
               sitemaps=["https://tin-a.example.vn/sitemap.xml"]),
        Source(name="tin-b", home="https://tin-b.example.vn/", allowed_domains=["tin-b.example.vn"]),
    ])  # fmt: skip
    backend = SqliteBackend(home / "index.sqlite")
    store = CorpusStore(home / "corpus.sqlite")
    try:
        sync_index(store, backend)
        refresh(store, factbase_path(store.path))  # the fact base, as `ocop index` writes it
    finally:
        backend.close()
        store.close()
    return home
