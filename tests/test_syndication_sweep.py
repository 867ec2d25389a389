"""Syndicated short stories: two sites' copies of a brief that differ only by each site's
standing lines are grouped once the end-of-run sweep has removed those lines; short copies
without a sapo are still signed; a brief quoted inside a long roundup is no copy of it."""

from __future__ import annotations

from corpus.store import CorpusStore
from crawler.dedupe import MIN_WORDS, is_copy, signature
from crawler.sources import Source

KEYWORDS = ("OCOP",)
# each site's standing line closes every article: ~20 words that the other site lacks
NOTICES = {
    "bao-a": "Bạn đọc có thông tin về sản phẩm OCOP, làng nghề hay hợp tác xã xin gửi về hộp thư "
    "điện tử của ban biên tập, chúng tôi sẽ phản hồi sớm.",
    "dai-b": "Đường dây nóng của đài tiếp nhận phản ánh của người dân về chất lượng hàng hóa, "
    "giá cả thị trường và an toàn thực phẩm suốt 24 giờ trong ngày.",
}
STORY = [
    "Hội đồng đánh giá cấp tỉnh vừa công nhận thêm 12 sản phẩm OCOP, trong đó có 3 sản phẩm "
    "đạt 4 sao và 9 sản phẩm đạt 3 sao.",
    "Các sản phẩm mới chủ yếu là gạo thơm, mật ong bạc hà, chè búp khô và miến dong của các "
    "hợp tác xã ở những xã vùng cao phía bắc tỉnh.",
]
OTHERS = {  # each site's own other articles, which teach its memory the standing line
    "bao-a": [
        ["Hợp tác xã dệt thổ cẩm có sản phẩm OCOP 3 sao nhận thêm đơn hàng khăn cho mùa lễ hội.",
         "Mỗi tháng các chị em trong tổ làm ra hơn 300 sản phẩm bằng khung dệt truyền thống."],
        ["Chợ phiên vùng cao bày bán nhiều nông sản đặc trưng và sản phẩm OCOP của bà con.",
         "Du khách thích nhất các món rau rừng, thịt trâu gác bếp và rượu ngô men lá."],
        ["Xã tổ chức lớp tập huấn bán hàng trên mạng xã hội cho các hộ làm sản phẩm OCOP.",
         "Học viên được hướng dẫn quay video ngắn, viết lời giới thiệu và đóng gói hàng gửi xa."],
    ],
    "dai-b": [
        ["Cơ sở làm bánh chưng đen đưa sản phẩm OCOP vào hệ thống cửa hàng tiện lợi.",
         "Chủ cơ sở cho biết dịp cuối năm mỗi ngày xưởng gói khoảng năm trăm chiếc bánh."],
        ["Trạm khuyến nông hướng dẫn nông dân trồng gừng theo tiêu chuẩn của sản phẩm OCOP.",
         "Ruộng mẫu rộng hai héc-ta được bón phân hữu cơ và tưới nhỏ giọt tiết kiệm nước."],
        ["Phiên chợ cuối tuần giới thiệu sản phẩm OCOP của thanh niên khởi nghiệp ở nông thôn.",
         "Mỗi gian hàng được ban tổ chức hỗ trợ bàn ghế, bạt che và một màn hình quảng cáo."],
    ],
}  # fmt: skip


def _page(title: str, paragraphs: list[str], notice: str) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        '<html lang="vi"><head><meta charset="utf-8"><title>' + title + "</title>"
        '<meta property="og:type" content="article"></head><body><article class="post">'
        f"<h1>{title}</h1><time datetime='2026-11-20T08:00:00+07:00'>20/11/2026</time>"
        f'<div class="post-content">{body}<p><em>{notice}</em></p></div></article></body></html>'
    ).encode()


def _crawl(tmp_path):
    """Each site's copy of STORY first (before its memory knows the standing line), then its
    other articles, through the crawl's worker and StorePipeline."""
    from crawler.items import FetchedPage
    from crawler.pipelines import StorePipeline
    from crawler.progress import CrawlProgress
    from crawler.spiders.news import CrawlContext, NewsSpider
    from crawler.worker import PageJob, process_page

    store = CorpusStore(tmp_path / "corpus.sqlite")
    sources = [Source(name=s, home=f"https://{s}.vn/", sections=[f"https://{s}.vn/"])
               for s in NOTICES]  # fmt: skip
    ctx = CrawlContext(store=store, progress=CrawlProgress(store, store.start_run()),
                       keywords=KEYWORDS)  # fmt: skip
    pipeline = StorePipeline()
    pipeline.open_spider(NewsSpider(sources, ctx))
    for name, notice in NOTICES.items():
        pages = [("Thêm 12 sản phẩm OCOP được công nhận", STORY)]
        pages += [(f"Tin {name} số {i}", paras) for i, paras in enumerate(OTHERS[name])]
        for i, (title, paras) in enumerate(pages):
            url = f"https://{name}.vn/tin/bai-{i}.html"
            html = _page(title, paras, notice)
            job = PageJob(url=url, final_url=url, body=html, encoding="utf-8", source=name,
                          fetched_at="2026-11-23T00:00:00+00:00", overrides=None,
                          keywords=KEYWORDS)  # fmt: skip
            result = process_page(job)
            assert result.article is not None
            pipeline.process_item(
                FetchedPage(name, url, url, 200, "text/html", html, result=result)
            )
    return store, pipeline


def _story_rows(store: CorpusStore) -> dict[str, str | None]:
    rows = store.conn.execute("SELECT url, duplicate_of FROM articles WHERE url LIKE '%bai-0%'")
    return dict(rows.fetchall())


def test_copies_differing_by_their_sites_standing_lines_are_grouped_by_the_sweep(tmp_path):
    store, pipeline = _crawl(tmp_path)
    # page by page the two standing lines keep the short copies apart ...
    assert list(_story_rows(store).values()) == [None, None]
    assert pipeline.ctx.kept == {"bao-a": 4, "dai-b": 4}
    pipeline.close_spider()
    # ... the sweep removes them, signs the copies again and groups them
    rows = _story_rows(store)
    assert sorted(v is None for v in rows.values()) == [False, True]
    assert pipeline.ctx.kept["bao-a"] + pipeline.ctx.kept["dai-b"] == 7
    texts = [r[0] for r in store.conn.execute("SELECT text FROM articles WHERE url LIKE '%bai-0%'")]
    assert all(NOTICES["bao-a"] not in t and NOTICES["dai-b"] not in t for t in texts)


def test_a_short_copy_without_its_sapo_is_still_signed_and_grouped():
    sapo = "Tỉnh vừa có thêm 12 sản phẩm đạt chuẩn OCOP sau đợt đánh giá cuối năm."
    body = STORY[0] + " Đó là gạo thơm và mật ong."
    assert MIN_WORDS <= len(body.split()) < 40  # a brief's body; 40 words were required before
    full, bare = signature(f"{sapo}\n{body}"), signature(body)
    assert bare is not None and is_copy(full, bare)


def test_a_brief_quoted_inside_a_long_roundup_is_no_copy_of_it():
    excerpt = " ".join(STORY)
    # a long roundup that quotes the brief in passing among much other news
    other = [f"Tin số {i}: xã {i} tổ chức hội nghị bàn việc phát triển sản phẩm nông nghiệp "
             f"với {i + 20} đại biểu, thống nhất {i + 3} nhiệm vụ cho quý tới và giao chỉ tiêu "
             f"cụ thể cho từng thôn, từng tổ hợp tác." for i in range(60)]  # fmt: skip
    roundup = " ".join([*other[:30], excerpt, *other[30:]])
    assert not is_copy(signature(excerpt), signature(roundup))


def test_copies_across_unseen_templates_are_grouped_and_stories_kept_apart():
    """bench/eval_syndication.py on one twelve-pages-per-template set: every republished
    copy is grouped once the sites' standing lines are gone, no two stories are merged."""
    import importlib.util
    import sys
    from pathlib import Path

    bench = Path(__file__).resolve().parents[1] / "bench"
    spec = importlib.util.spec_from_file_location("eval_syndication", bench / "eval_syndication.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["eval_syndication"] = module
    spec.loader.exec_module(module)
    report = module.evaluate([bench / "templates_blind14"])
    after = report["after the site memory"]
    assert report["stories"] == 28
    assert sum(after["found"].values()) == sum(after["total"].values()) > 70
    assert after["false_merges"] == report["page by page"]["false_merges"] == 0
