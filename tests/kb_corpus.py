"""A small enriched corpus for the knowledge-base tests (texts written for these tests).

Planted: the same statement in title, sapo and body; a syndicated copy; two outlets giving
different end-of-2025 totals for Quảng Ninh (a conflict); a 2026 article quoting the older
end-of-2024 figure; Bắc Giang and Bắc Ninh coverage (merged into Bắc Ninh in July 2025).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from corpus.article import Article
from corpus.store import CorpusStore
from indexer.factbase import factbase_path, refresh
from indexer.nlp import ENRICHMENT_VERSION, enrich

STORIES = [
    # id, source, date, title, lead, body, duplicate_of
    ("qn1", "baoquangninh", "2026-01-06 08:00",
     "Quảng Ninh có 120 sản phẩm OCOP đạt 4 sao",
     "Tính đến hết năm 2025, Quảng Ninh có 120 sản phẩm OCOP đạt 4 sao.",
     "Theo Sở Nông nghiệp và Môi trường tỉnh Quảng Ninh, tính đến hết năm 2025, tỉnh có 120 "
     "sản phẩm OCOP đạt 4 sao. Ông Trần Văn Bình, Phó Giám đốc Sở, cho biết thu nhập bình quân "
     "của người dân nông thôn đạt 75 triệu đồng/người/năm.\n\n"
     "Sản phẩm Trà hoa vàng Ba Chẽ của HTX Trà Ba Chẽ đạt 5 sao. Tỉnh đã bố trí 45 tỷ đồng "
     "cho chương trình OCOP.", None),
    ("qn1copy", "nongnghiep", "2026-01-07 10:00",
     "Quảng Ninh có 120 sản phẩm OCOP đạt 4 sao",
     "Tính đến hết năm 2025, Quảng Ninh có 120 sản phẩm OCOP đạt 4 sao.",
     "Theo Sở Nông nghiệp và Môi trường tỉnh Quảng Ninh, tính đến hết năm 2025, tỉnh có 120 "
     "sản phẩm OCOP đạt 4 sao. Ông Trần Văn Bình, Phó Giám đốc Sở, cho biết thu nhập bình quân "
     "của người dân nông thôn đạt 75 triệu đồng/người/năm.\n\n"
     "Sản phẩm Trà hoa vàng Ba Chẽ của HTX Trà Ba Chẽ đạt 5 sao. Tỉnh đã bố trí 45 tỷ đồng "
     "cho chương trình OCOP.", "qn1"),
    ("qn2", "vietnamplus", "2026-01-09 09:00",
     "Sản phẩm OCOP Quảng Ninh vươn ra thị trường",
     "Các chủ thể OCOP của Quảng Ninh tích cực tìm thị trường mới.",
     "Đến hết năm 2025, Quảng Ninh có 126 sản phẩm OCOP đạt 4 sao, theo báo cáo của UBND tỉnh "
     "Quảng Ninh. Sản phẩm Chả mực Hạ Long của Công ty TNHH Biển Xanh đạt 4 sao.", None),
    ("qn3", "baoquangninh", "2026-03-02 07:30",
     "Nhìn lại chặng đường OCOP của Quảng Ninh",
     "Bài viết nhìn lại kết quả chương trình OCOP.",
     "Tính đến hết năm 2024, Quảng Ninh có 100 sản phẩm OCOP đạt 4 sao. Ông Trần Văn Bình "
     "đánh giá chương trình đã giúp nâng cao giá trị nông sản.", None),
    ("bg1", "baobacgiang", "2025-05-12 08:00",
     "Bắc Giang đẩy mạnh chương trình OCOP",
     "Tỉnh Bắc Giang tiếp tục nâng hạng sản phẩm OCOP.",
     "Tính đến hết năm 2024, tỉnh Bắc Giang có 80 sản phẩm OCOP đạt 4 sao. Sản phẩm Vải thiều "
     "Lục Ngạn của HTX Nông sản Lục Ngạn đạt 4 sao.", None),
    ("bn1", "baobacninh", "2025-11-20 08:00",
     "Bắc Ninh công nhận thêm sản phẩm OCOP",
     "Hội đồng đánh giá sản phẩm OCOP tỉnh Bắc Ninh họp phiên cuối năm.",
     "Tính đến tháng 10/2025, tỉnh Bắc Ninh có 60 sản phẩm OCOP đạt 4 sao. Bà Lê Thị Hoa, "
     "Chi cục trưởng Chi cục Phát triển nông thôn, chủ trì hội nghị.", None),
]  # fmt: skip


def make_articles() -> list[Article]:
    """The stories above, enriched by the real NLP pipeline."""
    out = []
    for key, source, day, title, lead, body, dup in STORIES:
        published = datetime.fromisoformat(day)
        a = Article(url=f"https://{source}.example.vn/{key}", source=source, title=title,
                    lead=lead, text=body, published_at=published, id=key, duplicate_of=dup)  # fmt: skip
        for k, v in enrich(title, lead, body, a.published_at).items():
            setattr(a, k, v)
        out.append(a)
    return out


def make_store(path: Path) -> CorpusStore:
    """A corpus store holding the enriched stories, as `ocop index` would leave it."""
    store = CorpusStore(path)
    for a in make_articles():
        store.upsert_article(a)
        enrichment = {k: getattr(a, k) for k in ("entities", "provinces", "figures", "products")}
        store.save_enrichment(a.id, enrichment, ENRICHMENT_VERSION, a.content_hash)
        if a.duplicate_of:
            store.set_duplicate_of(a.id, a.duplicate_of)
    refresh(store, factbase_path(path))  # the fact base, as `ocop index` writes it
    return store


def make_demo_store(path: Path) -> CorpusStore:
    """The bundled demo site's OCOP articles, enriched and stored without crawling; the
    syndicated copy is grouped under its original as the crawler's dedupe would."""
    from demo_site.articles import ARTICLES
    from demo_site.build import body_of

    by_slug = {a["slug"]: a for a in ARTICLES}
    store = CorpusStore(path)
    for d in ARTICLES:
        body = "\n\n".join(p.removeprefix("## ") for p in body_of(d, by_slug))
        if "ocop" not in (d["title"] + d["lead"] + body).lower():
            continue
        a = Article(url=f"https://demo.example.vn/{d['slug']}", source="demo", title=d["title"],
                    lead=d["lead"], text=body, published_at=datetime.fromisoformat(d["published"]),
                    id=d["slug"], duplicate_of=d.get("syndicated_from"))  # fmt: skip
        store.upsert_article(a)
        enrichment = enrich(a.title, a.lead, a.text, a.published_at)
        store.save_enrichment(a.id, enrichment, ENRICHMENT_VERSION, a.content_hash)
        if a.duplicate_of:
            store.set_duplicate_of(a.id, a.duplicate_of)
    refresh(store, factbase_path(path))  # the fact base, as `ocop index` writes it
    return store
