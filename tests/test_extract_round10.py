"""Round 10 of issue 9: chrome sentences a source repeats with small variations (line
skeletons in the site memory), calls to action addressed to the reader, a print edition's
notice, and an author box's bio taken for the sapo. HTML and texts are made up (a provincial
radio-television station's site, a cooperative's shop blog, a trade weekly)."""

from __future__ import annotations

from corpus.store import CorpusStore
from crawler.extract import extract
from crawler.extract.linekinds import is_meta_line
from crawler.extract.sitememory import clean_site, memory_keys, skeleton
from crawler.sources import Source

KEYWORDS = ("OCOP", "Mỗi xã một sản phẩm")

# six stories of a station's site; each ends with a programme note whose programme name,
# weekday and time vary from story to story
STORIES = [
    ("Chè búp tím của hợp tác xã vùng cao lên hạng 4 sao OCOP",
     ["Hợp tác xã trồng chè ở xã biên giới vừa nhận quyết định công nhận sản phẩm OCOP 4 sao.",
      "Ông Lò Văn Thắm, giám đốc hợp tác xã, cho biết cả vùng có hơn 40 hộ tham gia trồng chè.",
      "Năm tới, hợp tác xã muốn đưa chè vào các cửa hàng ở thủ phủ tỉnh."],
     "Nhịp sống bản làng", "thứ Hai", "19 giờ 45"),
    ("Mùa gặt sớm ở cánh đồng ven sông",
     ["Nông dân các xã ven sông tranh thủ nắng ráo để gặt lúa sớm hơn mọi năm gần một tuần.",
      "Máy gặt đập liên hợp được thuê theo giờ, giá không đổi so với vụ trước.",
      "Cán bộ nông nghiệp nhắc bà con phơi thóc kỹ trước khi bán cho thương lái."],
     "Nông nghiệp và đời sống", "thứ Ba", "20 giờ"),
    ("Mật ong bạc hà của tổ hợp tác được chấm 3 sao OCOP",
     ["Tổ hợp tác nuôi ong có 12 thành viên, mỗi năm thu khoảng ba tấn mật bạc hà.",
      "Từ khi có sao OCOP, mật được bày bán ở nhiều điểm du lịch cộng đồng trong tỉnh.",
      "Tổ đang học cách đóng lọ nhỏ để bán cho khách mua làm quà."],
     "Sản vật quê hương", "thứ Tư", "18 giờ 30"),
    ("Đường liên xã được trải nhựa trước mùa mưa",
     ["Tuyến đường dài bảy cây số nối ba xã vùng thấp vừa được trải nhựa xong.",
      "Người dân góp ngày công và hiến đất để mở rộng những đoạn cua gấp.",
      "Ban quản lý dự án cho biết sẽ lắp thêm biển báo ở hai đầu cầu tràn."],
     "Giao thông", "thứ Năm", "21 giờ"),
    ("Huyện miền núi đặt mục tiêu mười sản phẩm OCOP mới",
     ["Huyện rà soát các sản phẩm chủ lực để hỗ trợ hoàn thiện hồ sơ OCOP trong năm sau.",
      "Mỗi chủ thể được hỗ trợ thiết kế bao bì và mã truy xuất nguồn gốc.",
      "Kinh phí lấy từ chương trình mục tiêu quốc gia về xây dựng nông thôn mới."],
     "Nông thôn mới", "thứ Sáu", "19 giờ 15"),
    ("Phiên chợ vùng cao đông khách dịp cuối tuần",
     ["Phiên chợ họp mỗi sáng Chủ nhật, bày bán thổ cẩm, rau rừng và gia súc.",
      "Nhiều gian hàng nông sản OCOP của các hợp tác xã được khách du lịch hỏi mua.",
      "Ban quản lý chợ đã kẻ vạch khu đỗ xe để tránh ùn tắc trên quốc lộ."],
     "Du lịch cộng đồng", "thứ Bảy", "20 giờ 30"),
]  # fmt: skip


def _note(name: str, day: str, hour: str) -> str:
    return f"Phóng sự này thuộc chương trình {name}, phát sóng lúc {hour} {day} hằng tuần trên kênh truyền hình của tỉnh."


def _station_page(i: int) -> bytes:
    title, paras, name, day, hour = STORIES[i]
    body = "".join(f"<p>{p}</p>" for p in paras)
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title>
<meta property="og:type" content="article"></head><body>
<header class="top"><a href="/">Đài Phát thanh - Truyền hình tỉnh</a>
<nav><a href="/thoi-su/">Thời sự</a><a href="/kinh-te/">Kinh tế</a><a href="/video/">Video</a></nav></header>
<main><article class="news-detail"><h1 class="news-title">{title}</h1>
<div class="news-meta">Cập nhật 20/11/2026 07:30</div>
<div class="news-body">{body}<p>{_note(name, day, hour)}</p></div></article>
<aside class="hot"><h3>Xem nhiều</h3><ul><li><a href="/x/1">Lịch phát sóng tuần này của các kênh</a></li></ul></aside></main>
<footer>Giấy phép số 12/GP-BTTTT. Địa chỉ: đường Trần Hưng Đạo, thành phố tỉnh lỵ.</footer>
</body></html>""".encode()


def test_a_crawl_of_six_pages_removes_a_programme_note_that_varies(tmp_path):
    from crawler.items import FetchedPage
    from crawler.pipelines import StorePipeline
    from crawler.progress import CrawlProgress
    from crawler.spiders.news import CrawlContext, NewsSpider
    from crawler.worker import PageJob, process_page

    store = CorpusStore(tmp_path / "corpus.sqlite")
    source = Source(name="dai", home="https://dai-tinh.vn/", sections=["https://dai-tinh.vn/"])
    ctx = CrawlContext(store=store, progress=CrawlProgress(store, store.start_run()),
                       keywords=KEYWORDS)  # fmt: skip
    pipeline = StorePipeline()
    pipeline.open_spider(NewsSpider([source], ctx))
    for i in range(len(STORIES)):
        url = f"https://dai-tinh.vn/tin/{i}.html"
        html = _station_page(i)
        job = PageJob(url=url, final_url=url, body=html, encoding="utf-8", source="dai",
                      fetched_at="2026-11-23T00:00:00+00:00", overrides=None, keywords=KEYWORDS)  # fmt: skip
        result = process_page(job)
        pipeline.process_item(FetchedPage("dai", url, url, 200, "text/html", html, result=result))
    pipeline.close_spider()  # the end-of-run sweep cleans the pages crawled first too
    texts = [r[0] for r in store.conn.execute("SELECT text FROM articles")]
    assert len(texts) == 4  # the OCOP stories
    for text in texts:
        assert "phát sóng lúc" not in text
        assert "Phóng sự này" not in text
        assert text.count("\n\n") == 2  # the three story paragraphs stay


def _bodies(lines_of) -> dict[str, str]:
    return {f"a{i}": "\n\n".join(lines_of(i)) for i in range(len(STORIES))}


def test_clean_site_removes_a_varying_closing_line_and_keeps_the_story():
    cleaned = clean_site(_bodies(lambda i: [*STORIES[i][1], _note(*STORIES[i][2:])]))
    for i, (text, removed) in enumerate(cleaned.values()):
        assert removed == [_note(*STORIES[i][2:])]
        assert text == "\n\n".join(STORIES[i][1])


def test_two_pages_are_not_enough_for_a_skeleton():
    bodies = {f"a{i}": "\n\n".join([*STORIES[i][1], _note(*STORIES[i][2:])]) for i in range(2)}
    assert all(not removed for _, removed in clean_site(bodies).values())


def test_lines_legitimately_alike_across_a_source_stay():
    # every story opens with the station's dateline and a sentence that ends alike, has a
    # "Kết quả …" sub-heading, and closes with a quote of the same shape: all story text
    # (an identical line on three pages stays the exact rule's, unchanged)
    def story(i: int) -> list[str]:
        paras = STORIES[i][1]
        return [
            f"(Đài tỉnh) - {paras[0][:-1]} trong tuần qua theo báo cáo của tỉnh.",
            f"Kết quả sau {i + 2} năm",
            paras[1],
            f"“{paras[2][:-1]}”, ông trưởng phòng nông nghiệp huyện cho biết như vậy.",
        ]

    cleaned = clean_site(_bodies(story))
    assert all(not removed for _, removed in cleaned.values())
    assert skeleton("HÀ NỘI - Sáng nay hội chợ OCOP khai mạc tại trung tâm triển lãm.") == ""
    assert skeleton("(Đài tỉnh) - Sáng nay hội chợ OCOP khai mạc tại trung tâm triển lãm.") == ""
    assert skeleton("Kết quả") == ""


def test_lines_alike_at_both_ends_but_of_very_different_length_stay():
    # the same first and last words around a long, different middle: story text
    short = "Sản phẩm của hợp tác xã chè đạt chuẩn OCOP 3 sao."
    long_ = (
        "Sản phẩm của tổ hợp tác nuôi ong ở xã vùng cao, sau hai năm hoàn thiện bao bì, "
        "nhãn mác và mã truy xuất, đạt chuẩn OCOP 3 sao."
    )
    bodies = {"a": f"{STORIES[0][1][0]}\n\n{short}", "b": f"{STORIES[1][1][0]}\n\n{long_}",
              "c": f"{STORIES[2][1][0]}\n\n{short.replace('chè', 'mây tre')}"}  # fmt: skip
    assert all(not removed for _, removed in clean_site(bodies).values())


def test_skeleton_masks_numbers_and_keeps_only_edges():
    a = "Bài viết in trên ấn phẩm cuối tuần của chúng tôi, số 46, ra ngày 18/11/2026."
    b = "Bài viết in trên ấn phẩm cuối tuần của chúng tôi, số 47, ra ngày 25/11/2026."
    assert skeleton(a) == skeleton(b) != ""
    short = "Một đoạn ngắn của bài."  # too short for a skeleton
    keys = memory_keys("\n\n".join([short] * 3 + [a] + [short] * 3))
    assert sum(k.startswith("s:") for k in keys) == 0  # the line is in the middle
    assert sum(k.startswith("s:") for k in memory_keys(f"{short}\n\n{a}")) > 0


def test_calls_to_action_are_meta_lines_only_as_a_whole_line():
    for line in [
        "* Mời bạn đọc vào chuyên mục Nông thôn mới xem các tin, bài liên quan.",
        "Mời quý độc giả ghé mục Video để xem thêm phóng sự.",
        "Bạn đã nấu thử món này? Chụp ảnh và gắn thẻ @bepnhaminh nhé!",
        "Hãy chia sẻ bài viết này đến người thân nếu bạn thấy có ích.",
        "Theo dõi chúng tôi trên Zalo và YouTube để xem phóng sự mới nhất.",
        "Theo dõi Đài tỉnh trên Google News",
        "07:15 21/11/2026 GMT+7Theo dõi Đài tỉnh trên YouTube",
        "Bài viết được in trên Tạp chí Nông thôn ngày nay số 212, ra ngày 2/12/2026.",
    ]:
        assert is_meta_line(line), line
    for line in [
        "Mời bạn đọc hình dung một vườn chè rộng hai mươi héc-ta, nơi mỗi gốc chè đều được "
        "ghi sổ theo dõi. Đó là cách hợp tác xã giữ chất lượng.",
        "Hãy chia sẻ khó khăn với bà con, ông Thắm nói với cán bộ xã.",
        "Theo dõi diễn biến thời tiết, chúng tôi quyết định gặt sớm.",
        "Theo dõi giá cam trên Zalo, nhiều hộ đã bán được hàng sớm hơn mọi năm.",
        "Bạn đã thử làm mật ong chưa? Ông Tư hỏi khách và gắn thẻ tên cho từng lọ.",
        "Bài viết được đăng trên tạp chí chuyên ngành đã giúp hợp tác xã có thêm khách hàng.",
    ]:
        assert not is_meta_line(line), line


def _weekly(bio_class: str) -> str:
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Tuần báo</title></head><body>
<div class="site-header"><a href="/">Tuần báo Hàng Việt</a></div>
<div class="post-wrap"><h1 class="post-title">Gạo thơm của hợp tác xã lên sàn thương mại điện tử</h1>
<div class="post-content">
<p>Hợp tác xã lúa gạo ở vùng trũng vừa mở gian hàng trực tuyến cho sản phẩm gạo thơm OCOP 4 sao.</p>
<p>Mỗi tháng gian hàng nhận khoảng hai nghìn đơn, phần lớn từ khách ở các thành phố lớn.</p>
<p>Hợp tác xã thuê một nhóm thanh niên trong xã chụp ảnh, viết mô tả và trả lời khách.</p>
</div>
<div class="{bio_class}"><img src="/a.jpg" alt=""><div class="name"><a href="/tac-gia/lan">Thu Lan</a></div>
<div class="description">Biên tập viên mảng nông nghiệp, viết về kinh tế hợp tác từ năm 2012.</div></div>
</div></body></html>"""


def test_an_author_box_bio_is_never_the_sapo():
    for cls in ("author-box", "tac-gia-info", "writer-bio"):
        ex = extract(_weekly(cls), url="https://tuanbao.vn/gao-thom.html")
        assert "Biên tập viên" not in ex.lead, cls
        assert "Biên tập viên" not in ex.text, cls
        assert ex.text.startswith("Hợp tác xã lúa gạo"), cls


def test_an_image_description_block_is_a_caption():
    # a cooperative's shop blog: each photo sits in a figure box with a "photo-desc" line
    html = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Nhật ký vườn</title></head>
<body><div class="blog-post"><h1>Một ngày thu hoạch cam sành đạt chuẩn OCOP</h1>
<div class="entry">
<p>Từ sáng sớm, các thành viên hợp tác xã đã ra vườn cắt những chùm cam chín đều màu.</p>
<p>Cam được phân loại ngay tại vườn, quả đạt chuẩn OCOP được dán tem truy xuất nguồn gốc.</p>
<div class="photo-box"><img src="/cam.jpg" alt="cam">
<span class="photo-desc">Thành viên hợp tác xã phân loại cam tại vườn.</span></div>
<p>Phần cam không đủ chuẩn được bán cho cơ sở làm nước ép trong huyện với giá thấp hơn.</p>
</div></div></body></html>"""
    ex = extract(html, url="https://htx-cam.vn/nhat-ky/thu-hoach.html")
    assert "phân loại cam tại vườn" not in ex.text
    assert "nước ép" in ex.text and "dán tem" in ex.text


def test_a_sponsored_label_and_an_air_time_line_are_meta_lines():
    for line in [
        "Bài viết do công ty tài trợ, không thể hiện quan điểm của ban biên tập.",
        "Thông tin này được đơn vị quảng cáo cung cấp.",
        "Phát lại lúc 21h30 thứ Bảy trên kênh Truyền hình tỉnh.",
    ]:
        assert is_meta_line(line), line
    for line in [
        "Thông tin do phòng nông nghiệp cung cấp cho thấy huyện có 14 sản phẩm OCOP.",
        "Phát sóng lúc 20 giờ tối qua trên kênh tỉnh, phóng sự về mật ong được nhiều người xem lại.",
    ]:
        assert not is_meta_line(line), line


def test_reextract_removes_a_varying_programme_note(tmp_path):
    """``ocop reextract`` over the archived station pages: the same skeletons, the same sweep."""
    from datetime import UTC, datetime

    from corpus.config import AppConfig
    from corpus.store import RawPage
    from crawler.reextract import reextract

    config = AppConfig.load(home=tmp_path)
    store = CorpusStore(config.corpus_path)
    for i in range(len(STORIES)):
        url = f"https://dai-tinh.vn/tin/{i}.html"
        store.save_page(RawPage(url=url, final_url=url, status=200, body=_station_page(i),
                                content_type="text/html", encoding="utf-8", source="dai",
                                fetched_at=datetime(2026, 11, 22, tzinfo=UTC)))  # fmt: skip
        store.mark_url(url, "unextractable", source="dai", reason="unextractable: earlier rules")
    store.close()
    reextract(config)
    store = CorpusStore(config.corpus_path)
    try:
        texts = [a.text for a in store.iter_articles()]
        assert len(texts) == 4
        assert not any("phát sóng lúc" in t for t in texts)
        assert all(t.count("\n\n") == 2 for t in texts)
    finally:
        store.close()


def test_an_outlet_domain_tag_opening_the_first_paragraph_is_not_body():
    from crawler.extract.dates import strip_dateline_prefix

    assert strip_dateline_prefix("Truyenhinhtinh.vn - Chiều 21/11, phiên chợ OCOP mở cửa.") == (
        "Chiều 21/11, phiên chợ OCOP mở cửa."
    )
    assert strip_dateline_prefix("Baonongthon.com.vn – Sáng nay, hội chợ khai mạc.") == (
        "Sáng nay, hội chợ khai mạc."
    )
    for para in ["Gạo.vn - thương hiệu gạo sạch", "Trang web Chodacsan.vn - Nơi bán đặc sản."]:
        assert strip_dateline_prefix(para) == para
