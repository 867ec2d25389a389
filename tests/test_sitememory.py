"""Site memory: lines a source repeats across its articles are chrome (crawler.extract.sitememory,
crawler.sitesweep, the crawl's StorePipeline and its end-of-run sweep)."""

from __future__ import annotations

import sqlite3

from lxml import html as lxml_html

from corpus.store import SCHEMA_VERSION, CorpusStore
from crawler.extract.sitememory import (
    boilerplate,
    clean_site,
    fingerprints,
    page_fingerprints,
    postings_of,
    strip,
)
from crawler.sources import Source

KEYWORDS = ("OCOP", "Mỗi xã một sản phẩm")
NOTICE = "Mọi thông tin về sản phẩm OCOP trên trang chỉ mang tính tham khảo, không thay thế văn bản chính thức."
QUOTE = "Chúng tôi mong sản phẩm của bà con đi xa hơn, đến tay người tiêu dùng ở các thành phố lớn."

TOPICS = [
    (
        "Hợp tác xã chè ở xã vùng cao có thêm sản phẩm OCOP 4 sao",
        [
            "Sản phẩm chè xanh của hợp tác xã vừa được hội đồng cấp tỉnh chấm 4 sao OCOP.",
            "Vùng nguyên liệu rộng hơn 30 ha, có khoảng 120 hộ dân tham gia sản xuất.",
            "Ban quản trị cho biết sẽ đầu tư thêm máy sao chè để nâng công suất.",
        ],
    ),
    (
        "Giá lúa tăng nhẹ sau đợt mưa lớn cuối tháng",
        [
            "Thương lái thu mua lúa tươi tại ruộng với giá cao hơn tuần trước khoảng 200 đồng mỗi kg.",
            "Nhiều cánh đồng trũng bị ngập cục bộ nhưng nông dân đã kịp tiêu nước.",
            "Ngành nông nghiệp khuyến cáo bà con theo dõi dự báo để thu hoạch đúng lúc.",
        ],
    ),
    (
        "Huyện miền núi đặt mục tiêu 15 sản phẩm đạt chuẩn OCOP",
        [
            "Huyện đã rà soát các sản phẩm chủ lực để hỗ trợ hoàn thiện hồ sơ OCOP.",
            "Mỗi chủ thể được hỗ trợ thiết kế nhãn mác và đăng ký mã truy xuất nguồn gốc.",
            "Kinh phí hỗ trợ lấy từ chương trình mục tiêu quốc gia về nông thôn mới.",
        ],
    ),
    (
        "Mật ong rừng của tổ hợp tác được công nhận OCOP 3 sao",
        [
            "Tổ hợp tác có 18 thành viên, mỗi năm khai thác khoảng bốn tấn mật.",
            "Sản phẩm được đóng chai, dán tem và bán tại các điểm du lịch trong tỉnh OCOP.",
            "Tổ đang xin hỗ trợ xây dựng nhà sơ chế đạt chuẩn an toàn thực phẩm.",
        ],
    ),
    (
        "Hội chợ nông sản OCOP thu hút hàng nghìn lượt khách",
        [
            "Hội chợ có hơn 100 gian hàng của các chủ thể OCOP từ nhiều tỉnh.",
            "Các mặt hàng khô như miến, nấm, măng được khách mua nhiều nhất.",
            "Ban tổ chức dự kiến tổ chức hội chợ định kỳ mỗi quý một lần.",
        ],
    ),
    (
        "Chè shan tuyết lên sàn thương mại điện tử, chủ thể OCOP mở rộng kênh bán",
        [
            "Chủ thể OCOP đã mở gian hàng trên hai sàn thương mại điện tử lớn.",
            "Đơn hàng trực tuyến chiếm gần một phần ba doanh thu của năm nay.",
            "Cán bộ khuyến công hướng dẫn cách chụp ảnh và viết mô tả sản phẩm.",
        ],
    ),
    (
        "Tuyến đường liên xã được thảm nhựa trước mùa mưa",
        [
            "Công trình dài gần sáu km, nối trung tâm xã với hai thôn vùng sâu.",
            "Nhà thầu huy động thêm nhân lực để kịp hoàn thành trước tháng sau.",
            "Người dân hiến đất mở rộng mặt đường ở nhiều đoạn cua gấp.",
        ],
    ),
]


def _page(title: str, paragraphs: list[str], chrome: str) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        '<html lang="vi"><head><meta charset="utf-8"><title>' + title + "</title>"
        '<meta property="og:type" content="article"></head><body><article class="post">'
        f"<h1>{title}</h1><time datetime='2026-11-20T08:00:00+07:00'>20/11/2026</time>"
        f'<div class="post-content">{body}<p>{chrome}</p></div></article></body></html>'
    ).encode()


def test_a_line_in_two_other_articles_is_chrome_and_a_twice_quoted_sentence_is_not():
    bodies = {f"a{i}": "\n\n".join([*paras, NOTICE]) for i, (_, paras) in enumerate(TOPICS[:3])}
    bodies["a0"] += "\n\n" + QUOTE
    bodies["a1"] += "\n\n" + QUOTE
    cleaned = clean_site(bodies)
    for doc_id, (text, removed) in cleaned.items():
        assert NOTICE not in text and removed == [NOTICE], doc_id
    assert QUOTE in cleaned["a0"][0] and QUOTE in cleaned["a1"][0]  # two articles only
    assert cleaned["a2"][0] == "\n\n".join(TOPICS[2][1])


def test_near_duplicate_copies_do_not_count_as_other_articles():
    story = "\n\n".join([*TOPICS[0][1], NOTICE])
    other = "\n\n".join([*TOPICS[1][1], NOTICE])
    fps = {"copy1": fingerprints(story), "copy2": fingerprints(story), "other": fingerprints(other)}
    # for copy1, the notice is in copy2 (its own copy) and one other article only
    assert boilerplate("copy1", fps["copy1"], postings_of(fps)) == set()


def test_a_body_made_only_of_shared_lines_is_left_whole():
    fps = {d: fingerprints(NOTICE) for d in ("a", "b", "c")}
    assert boilerplate("a", fps["a"], postings_of(fps)) == set()
    assert strip("x\n\ny", set()) == ("x\n\ny", [])


NOTE = "Thư này đến hộp thư của bạn đọc đăng ký từ sáng thứ Hai, sớm hơn bản trên web."


def _newsletter_page(body_html: str, extra: str = "") -> bytes:
    """A Substack-style newsletter page: the subscriber note is its own block in every post."""
    return (
        '<html lang="vi"><head><meta charset="utf-8"></head><body><div class="masthead"><a href="/">Thư nông sản</a></div>'
        f'<div class="post"><div class="subscriber-note"><div class="note-icon">✉</div>'
        f'<div class="note-body">{NOTE}</div></div>{body_html}</div>{extra}</body></html>'
    ).encode()


def test_every_page_of_the_site_is_evidence_for_its_chrome():
    # the note reached the extracted body of two posts only (the third post's extraction
    # dropped it); the third post's page and the archive page still show it
    posts = {f"p{i}": "\n\n".join(paras) for i, (_, paras) in enumerate(TOPICS[:3])}
    bodies = {"p0": NOTE + "\n\n" + posts["p0"], "p1": NOTE + "\n\n" + posts["p1"]}
    assert clean_site(bodies)["p0"][1] == []  # bodies alone: one other article, too few
    pages = {
        d: page_fingerprints(lxml_html.fromstring(_newsletter_page(f"<p>{t}</p>")))
        for d, t in posts.items()
    }
    cleaned = clean_site(bodies, pages)
    assert cleaned["p0"] == (posts["p0"], [NOTE])
    assert cleaned["p1"] == (posts["p1"], [NOTE])


def test_a_teaser_repeating_a_first_paragraph_is_not_evidence():
    first = TOPICS[0][1][0]
    card = (
        '<div class="card"><h3><a href="/p/che-4-sao">Hợp tác xã chè có thêm sản phẩm 4 sao</a>'
        f"</h3><p>{first}</p></div>"
    )
    listing = lxml_html.fromstring(_newsletter_page("", extra=f'<div class="archive">{card}</div>'))
    fps = page_fingerprints(listing)
    assert fingerprints(NOTE) <= fps
    assert not fingerprints(first) & fps


def _crawl(tmp_path, order: list[int]):
    """Pages of TOPICS (in ``order``, each with the site's notice) through the crawl's own
    worker and StorePipeline, then the end of the run."""
    from crawler.items import FetchedPage
    from crawler.pipelines import StorePipeline
    from crawler.progress import CrawlProgress
    from crawler.spiders.news import CrawlContext, NewsSpider
    from crawler.worker import PageJob, process_page

    store = CorpusStore(tmp_path / "corpus.sqlite")
    source = Source(name="blog-xa", home="https://blog-xa.vn/", sections=["https://blog-xa.vn/"])
    ctx = CrawlContext(store=store, progress=CrawlProgress(store, store.start_run()),
                       keywords=KEYWORDS)  # fmt: skip
    pipeline = StorePipeline()
    pipeline.open_spider(NewsSpider([source], ctx))
    urls = {}
    for i in order:
        url = urls[i] = f"https://blog-xa.vn/bai-viet/tin-so-{i}.html"
        html = _page(TOPICS[i][0], TOPICS[i][1], NOTICE)
        job = PageJob(url=url, final_url=url, body=html, encoding="utf-8", source="blog-xa",
                      fetched_at="2026-11-23T00:00:00+00:00", overrides=None, keywords=KEYWORDS)  # fmt: skip
        result = process_page(job)
        assert result.article is not None  # the notice names OCOP: every page looks relevant
        pipeline.process_item(
            FetchedPage("blog-xa", url, url, 200, "text/html", html, result=result)
        )
    return store, pipeline, urls


def test_crawl_removes_the_sites_notice_and_keeps_no_non_ocop_page(tmp_path):
    # the non-OCOP page is crawled second (before the memory knows the notice), another last
    store, pipeline, urls = _crawl(tmp_path, [0, 1, 2, 3, 4, 5, 6])
    first = store.conn.execute("SELECT text FROM articles WHERE url = ?", (urls[0],)).fetchone()
    assert NOTICE in first[0]  # stored before the site memory knew the notice
    late = store.url_state(urls[6])
    assert (late["state"], "repeated lines" in late["reason"]) == ("skipped", True)
    pipeline.close_spider()
    texts = {r[0]: r[1] for r in store.conn.execute("SELECT url, text FROM articles")}
    assert set(texts) == {urls[i] for i in (0, 2, 3, 4, 5)}
    for i in (0, 2, 3, 4, 5):
        assert texts[urls[i]] == "\n\n".join(TOPICS[i][1])
    aside = store.set_aside("blog-xa")
    assert len(aside) == 1 and "not about OCOP" in aside[0]["reason"]
    state = store.url_state(urls[1])
    assert state["state"] == "skipped" and "not about OCOP" in state["reason"]
    assert pipeline.ctx.kept["blog-xa"] == 5


def test_store_migrates_an_old_store_and_keeps_its_articles(tmp_path):
    path = tmp_path / "old.sqlite"
    old = CorpusStore(path)
    old.close()
    conn = sqlite3.connect(path)
    conn.execute("DROP TABLE site_lines")
    conn.execute("DROP TABLE articles_set_aside")
    conn.execute("PRAGMA user_version = 4")
    conn.commit()
    conn.close()
    store = CorpusStore(path)
    assert store.schema_version == SCHEMA_VERSION == 5
    store.remember_lines("s", "a1", {"f1", "f2"})
    store.remember_lines("s", "a1", {"f1"})  # replaces the article's older lines
    assert store.line_postings("s") == {"f1": {"a1"}}
    assert store.line_postings("s", ["f1", "f2"]) == {"f1": {"a1"}}


def test_reextract_sweeps_the_archived_site(tmp_path):
    """Archived pages retried by ``ocop reextract`` are cleaned by its sweep: the notice goes
    from every stored body and the two non-OCOP pages are set aside with the reason."""
    from datetime import UTC, datetime

    from corpus.config import AppConfig
    from corpus.store import RawPage
    from crawler.reextract import reextract

    config = AppConfig.load(home=tmp_path)
    (tmp_path / "sources.toml").write_text(
        '[[source]]\nname = "blog-xa"\nhome = "https://blog-xa.vn/"\n'
        'allowed_domains = ["blog-xa.vn"]\n',
        encoding="utf-8",
    )
    store = CorpusStore(config.corpus_path)
    for i, (title, paras) in enumerate(TOPICS):
        url = f"https://blog-xa.vn/bai-viet/tin-so-{i}.html"
        store.save_page(RawPage(url=url, final_url=url, status=200, body=_page(title, paras, NOTICE),
                                content_type="text/html", encoding="utf-8", source="blog-xa",
                                fetched_at=datetime(2026, 11, 22, tzinfo=UTC)))  # fmt: skip
        store.mark_url(
            url, "unextractable", source="blog-xa", reason="unextractable: earlier rules"
        )
    store.close()
    counts = reextract(config)
    # the last page is cleaned as it is retried (not stored), the second by the final sweep
    assert (counts.retried, counts.recovered, counts.set_aside) == (7, 6, 2)
    store = CorpusStore(config.corpus_path)
    try:
        texts = [a.text for a in store.iter_articles()]
        assert len(texts) == 5 and not any(NOTICE in t for t in texts)
        aside = store.set_aside("blog-xa")
        second = store.url_state("https://blog-xa.vn/bai-viet/tin-so-1.html")
        assert [r["id"] for r in aside] == [second["article_id"]]
        assert second["state"] == "skipped" and "not about OCOP" in second["reason"]
        last = store.url_state("https://blog-xa.vn/bai-viet/tin-so-6.html")
        assert last["state"] == "skipped" and "not about OCOP" in last["reason"]
    finally:
        store.close()


def test_crawl_learns_chrome_from_a_listing_page_it_does_not_store(tmp_path):
    """Two posts carry the newsletter's note in their bodies; the archive page (not stored)
    shows it too, and that third occurrence is what lets the sweep remove it."""
    from crawler.items import FetchedPage
    from crawler.pipelines import StorePipeline
    from crawler.progress import CrawlProgress
    from crawler.spiders.news import CrawlContext, NewsSpider
    from crawler.worker import PageJob, process_page

    def post(i: int) -> bytes:
        title, paras = TOPICS[i]
        body = "".join(f"<p>{p}</p>" for p in paras)
        head = f'<title>{title}</title><meta property="og:type" content="article">'
        page = _newsletter_page(
            f"<h1>{title}</h1><time datetime='2026-11-20T08:00:00+07:00'>20/11/2026</time>"
            f"<p>{NOTE}</p>{body}"
        )
        return page.replace(b"</head>", head.encode() + b"</head>")

    cards = "".join(
        f'<div class="card"><h3><a href="/p/{i}">{TOPICS[i][0]}</a></h3></div>' for i in (0, 2, 3)
    )
    pages = {
        "https://thu-nong-san.vn/p/0": post(0),
        "https://thu-nong-san.vn/p/2": post(2),
        "https://thu-nong-san.vn/luu-tru/": _newsletter_page(cards),
    }
    store = CorpusStore(tmp_path / "corpus.sqlite")
    source = Source(
        name="thu", home="https://thu-nong-san.vn/", sections=["https://thu-nong-san.vn/"]
    )
    ctx = CrawlContext(store=store, progress=CrawlProgress(store, store.start_run()),
                       keywords=KEYWORDS)  # fmt: skip
    pipeline = StorePipeline()
    pipeline.open_spider(NewsSpider([source], ctx))
    for url, html in pages.items():
        job = PageJob(url=url, final_url=url, body=html, encoding="utf-8", source="thu",
                      fetched_at="2026-11-23T00:00:00+00:00", overrides=None, keywords=KEYWORDS)  # fmt: skip
        result = process_page(job)
        assert (result.article is None) == url.endswith("/luu-tru/")
        pipeline.process_item(FetchedPage("thu", url, url, 200, "text/html", html, result=result))
    pipeline.close_spider()
    texts = [r[0] for r in store.conn.execute("SELECT text FROM articles")]
    assert sorted(texts) == sorted("\n\n".join(TOPICS[i][1]) for i in (0, 2))


def test_an_icon_line_is_no_evidence_and_makes_no_copies():
    # two posts open the note with the same icon line; sharing the icon does not make them
    # copies of each other, so the note (in the other post and on a third page) still goes
    bodies = {f"n{i}": "\n\n".join(["✉", NOTE, TOPICS[i][1][0]]) for i in range(2)}
    pages = {"n2": fingerprints(NOTE + "\n\n" + TOPICS[2][1][0])}
    cleaned = clean_site(bodies, pages)
    for i in range(2):
        assert NOTE not in cleaned[f"n{i}"][0]
    assert fingerprints("✉\n\n* * *") == set()


def test_reextract_feeds_the_site_memory_with_each_archived_page(tmp_path):
    """``ocop reextract`` remembers every archived page's standalone blocks, as a crawl does:
    a side notice that the extraction keeps in one story only (the other pages' extraction
    drops it) is still seen on three pages of the source, so it leaves that story."""
    from datetime import UTC, datetime

    from corpus.config import AppConfig
    from corpus.store import RawPage
    from crawler.reextract import reextract

    side = "Chương trình tư vấn miễn phí cho chủ thể OCOP mở cửa tất cả các ngày trong tuần."
    config = AppConfig.load(home=tmp_path)
    store = CorpusStore(config.corpus_path)
    for i in (0, 2, 3):
        title, paras = TOPICS[i]
        body = "".join(f"<p>{p}</p>" for p in paras)
        # the first post carries the notice inside its story; the others in an <aside> that extraction drops
        inner = (
            f'<div class="post-content">{body}<p>{side}</p></div>'
            if i == 0
            else f'<div class="post-content">{body}</div><aside class="cot-ben"><p>{side}</p></aside>'
        )
        html = (
            '<html lang="vi"><head><meta charset="utf-8"><title>' + title + "</title>"
            '<meta property="og:type" content="article"></head><body><article class="post">'
            f"<h1>{title}</h1><time datetime='2026-11-20T08:00:00+07:00'>20/11/2026</time>"
            f"{inner}</article></body></html>"
        ).encode()
        url = f"https://tuvan-xa.vn/tin/so-{i}.html"
        store.save_page(RawPage(url=url, final_url=url, status=200, body=html,
                                content_type="text/html", encoding="utf-8", source="tuvan",
                                fetched_at=datetime(2026, 11, 22, tzinfo=UTC)))  # fmt: skip
        store.mark_url(url, "unextractable", source="tuvan", reason="unextractable: earlier rules")
    store.close()
    reextract(config)
    store = CorpusStore(config.corpus_path)
    try:
        texts = {a.title: a.text for a in store.iter_articles()}
        assert texts[TOPICS[0][0]] == "\n\n".join(TOPICS[0][1])
    finally:
        store.close()
