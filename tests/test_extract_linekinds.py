"""Lines and boxes that are never body text by what they are (crawler/extract/linekinds.py,
the upsell and masthead rules): texts written for these tests."""

from __future__ import annotations

import pytest

from crawler.extract import extract
from crawler.extract.linekinds import drop_references, is_meta_line

CHROME_LINES = [
    "Ke-hoach-to-chuc-phien-cho-nong-san-2027.pdf",
    "- Phu-luc-danh-muc-san-pham.xlsx (212 KB) Lượt tải: 15",
    "bieu-mau-dang-ky.docx",
    "Tài liệu đính kèm",
    "Thẻ: OCOP, chè búp, hội chợ",
    "Ảnh: Thu Trang - Báo Nông Thôn",
    "Ảnh minh họa: Internet",
    "(Ảnh minh họa)",
    "Nguồn ảnh: Sở Công Thương",
    "09:15 18/10",
    "Cập nhật: 14:05 - 03/09/2026",
    "Đã kết thúc · 12 cập nhật",
    "2.315 lượt xem",
    "Phóng viên thường trú · Bắt đầu: 06:00 02/10/2026",
    "Ghi rõ nguồn Trang tin huyện khi phát hành lại thông tin từ website này.",
    "Mời quý độc giả đón đọc kỳ tiếp theo vào số báo ngày mai.",
    "Nội dung thuộc bản quyền của tạp chí. Nghiêm cấm sao chép khi chưa được đồng ý.",
    "Nhận bản thảo: 11/3/2026 | Sửa chữa: 02/4/2026 | Chấp nhận: 20/4/2026",
    "Nguồn Đài PT-TH tỉnh: https://dai-tinh.example.vn/tin/nong-san-12345.html",
    "Theo https://congthongtin.example.gov.vn/chi-tiet/67890",
    "https://www.example.vn/kinh-te/phien-cho-cuoi-tuan-post778.html",
    "1Học viện Nông nghiệp; 2Trung tâm Khuyến nông tỉnh Miền Núi",
    "1Khoa Kinh tế, Trường Đại học Miền Núi",
]
BODY_LINES = [
    "Ngày 18/10, huyện tổ chức phiên chợ nông sản với 60 gian hàng của các xã.",
    "Ảnh: người dân xếp hàng mua đặc sản trong ngày khai mạc phiên chợ.",
    "Hợp tác xã đã đăng ký bảo hộ bản quyền nhãn hiệu cho sản phẩm mật ong.",
    "Kết quả: 17 sản phẩm đạt 3 sao",
    "Thẻ thành viên được cấp cho các hộ tham gia hợp tác xã từ đầu năm nay.",
    "Hợp tác xã mời bạn đọc và du khách ghé thăm vườn cam vào dịp cuối tuần.",
    "Buổi sáng, chợ mở cửa từ 6:00 đến 11:00 để bà con kịp về làm đồng",
    "Phiên chợ có 12 cập nhật về giá cả mỗi ngày trên bảng tin của xã, giúp người mua so sánh.",
    "Thời gian: 20/11/2026; Địa điểm: nhà văn hóa thôn Đồng Tâm",
    "Đăng ký: 01/11/2026; hạn cuối: 15/11/2026; ghi rõ số hộ tham gia vào phiếu của thôn",
    "Người dân có thể tra cứu danh sách sản phẩm tại trang https://ocop.example.vn của tỉnh.",
    "2 trường mầm non của xã được công nhận đạt chuẩn quốc gia.",
    "3 Trung tâm khuyến nông",
]


@pytest.mark.parametrize("line", CHROME_LINES)
def test_chrome_lines_are_meta(line):
    assert is_meta_line(line)


@pytest.mark.parametrize("line", BODY_LINES)
def test_body_lines_are_not_meta(line):
    assert not is_meta_line(line)


PARAS = [
    "Sáng 18/10, huyện miền núi tổ chức phiên chợ nông sản đầu tiên tại sân vận động trung tâm.",
    "Phiên chợ quy tụ các sản phẩm OCOP của mười hai xã, từ măng khô, mật ong đến chè búp.",
    "Ban tổ chức cho biết doanh thu ngày đầu ước đạt hơn 300 triệu đồng, cao hơn dự kiến.",
]


def _page() -> bytes:
    return f"""<html lang="vi"><head><meta charset="utf-8"><title>Trang tin huyện Miền Núi: Phiên chợ OCOP đầu tiên của huyện miền núi thu hút đông người</title>
<meta name="description" content="Cổng thông tin của huyện miền núi: tin tức, văn bản và hoạt động của địa phương">
<meta property="og:type" content="article"></head><body>
<header class="site-header"><h1 class="blog-title"><a href="/">Trang tin huyện Miền Núi</a></h1>
<p class="site-description">Cổng thông tin của huyện miền núi: tin tức, văn bản và hoạt động của địa phương</p>
</header><main><article><h2 class="post-title">Phiên chợ OCOP đầu tiên của huyện miền núi thu hút đông người</h2>
<time datetime="2026-10-18T09:00:00+07:00">18/10/2026</time>
<div class="post-body"><p>{PARAS[0]}</p>
<div class="live-status">Đã kết thúc · 12 cập nhật</div>
<div class="kpi-row"><div class="stat-card"><p class="stat">60 gian hàng</p></div>
<div class="stat-card"><p class="stat">12 xã tham gia</p></div></div>
{"".join(f"<p>{x}</p>" for x in PARAS[1:])}
<p>Ảnh: Thu Trang - Báo Nông Thôn</p>
<div class="paywall-box"><p>Trở thành hội viên để đọc không giới hạn các bài phân tích về thị trường nông sản OCOP mỗi tuần</p></div>
<ul class="files"><li><a href="/f/ke-hoach.pdf">Ke-hoach-to-chuc-phien-cho-nong-san-2027.pdf</a> (120 KB)</li></ul>
<p>Ghi rõ nguồn Trang tin huyện khi phát hành lại thông tin từ website này.</p>
</div></article></main></body></html>""".encode()


def test_an_article_keeps_only_its_paragraphs():
    ex = extract(_page(), "https://huyen.example.vn/tin-tuc/phien-cho-ocop-dau-tien-123.html")
    assert ex.is_article
    assert ex.lead == ""  # the site's description in its header is not this article's sapo
    assert ex.text.split("\n\n") == PARAS


def test_a_story_whose_paragraphs_are_classed_paywall_is_kept():
    # many sites mark the locked story itself with a bare "paywall" class
    paras = "".join(f'<p class="paywall">{x}</p>' for x in PARAS)
    html = f"""<html lang="vi"><head><meta charset="utf-8"><title>Phiên chợ</title>
<meta property="og:type" content="article"></head><body><article>
<h1>Phiên chợ OCOP đầu tiên của huyện miền núi thu hút đông người</h1>
<time datetime="2026-10-18T09:00:00+07:00">18/10/2026</time>
<div class="paywall">{paras}</div></article></body></html>""".encode()
    ex = extract(html, "https://huyen.example.vn/tin-tuc/phien-cho-ocop-dau-tien-123.html")
    assert ex.text.split("\n\n") == PARAS


def test_a_dated_news_list_beside_site_labels_is_a_listing():
    items = "".join(
        f'<div class="news-item"><a href="/tin-tuc/{i}">Tin số {i} về phiên chợ nông sản của huyện</a>'
        f'<span class="news-date">({10 + i}/11/2026)</span><div class="news-item-summary">'
        f"Bản tin ngắn số {i} kể lại diễn biến của phiên chợ và lượng khách trong ngày hôm đó.</div></div>"
        for i in range(8)
    )
    html = f"""<html lang="vi"><head><meta charset="utf-8"><title>Tin tức - Sự kiện</title></head>
<body><div class="portal"><h1>Tin tức - Sự kiện</h1><p>Trang thông tin điện tử huyện Miền Núi</p>
<div class="news-list">{items}</div><div class="links"><h3>Liên kết website</h3>
<p>- Cổng thông tin điện tử tỉnh Miền Núi</p><p>- Sàn giao dịch nông sản của tỉnh Miền Núi</p>
<p>- Cổng dịch vụ công trực tuyến của tỉnh</p></div></div></body></html>""".encode()
    ex = extract(html, "https://huyen.example.vn/tin-tuc-su-kien-huyen")
    assert not ex.is_article and "listing" in ex.reason


def test_a_caption_classed_block_beside_a_photo_is_not_body():
    photo = (
        '<div class="pic"><img src="/a/cho.jpg" alt=""><div class="pic-cap">'
        "<p>Người dân chọn mua măng khô tại gian hàng của xã vùng cao.</p></div></div>"
    )
    html = f"""<html lang="vi"><head><meta charset="utf-8"><title>Phiên chợ</title>
<meta property="og:type" content="article"></head><body><article>
<h1>Phiên chợ OCOP đầu tiên của huyện miền núi thu hút đông người</h1>
<time datetime="2026-10-18T09:00:00+07:00">18/10/2026</time>
<div class="detail"><p>{PARAS[0]}</p>{photo}<p>{PARAS[1]}</p><p>{PARAS[2]}</p></div>
</article></body></html>""".encode()
    ex = extract(html, "https://huyen.example.vn/tin-tuc/phien-cho-ocop-dau-tien-123.html")
    assert ex.text.split("\n\n") == PARAS


REFS = [
    "1. Viện Kinh tế Nông nghiệp (2023), Đánh giá chuỗi giá trị chè vùng cao, Nxb Khoa học.",
    "2. Lê Thu Hà, Đỗ Văn Nam (2021). Liên kết tiêu thụ nông sản qua hợp tác xã. Tạp chí Phát triển.",
]


def test_a_reference_list_at_the_end_is_dropped():
    assert drop_references(PARAS + ["Tài liệu tham khảo", *REFS]) == PARAS
    assert drop_references(PARAS + REFS) == PARAS  # two entries, no heading


def test_one_cited_report_in_the_story_stays():
    cite = "Theo Viện Kinh tế Nông nghiệp (2023), giá chè búp tươi tăng gần gấp đôi sau 5 năm."
    assert drop_references([*PARAS, cite]) == [*PARAS, cite]
    assert drop_references([cite, *PARAS]) == [cite, *PARAS]


def _paper() -> bytes:
    """A university journal's article page: abstract, keywords, sections, review dates and a
    numbered reference list after the full text (the same kinds as a ministry magazine)."""
    refs = "".join(f"<p class='ref'>{r}</p>" for r in REFS)
    return f"""<html lang="vi"><head><meta charset="utf-8"><title>Chè vùng cao</title>
<meta name="citation_title" content="Liên kết tiêu thụ chè vùng cao"></head><body>
<div class="journal"><div class="j-head">Tạp chí Khoa học Trường Đại học Miền Núi</div>
<div class="art"><h1>Liên kết tiêu thụ chè vùng cao</h1><p class="au">ThS. Hoàng Văn Lâm</p>
<p class="date">Ngày đăng: 05/10/2026</p>
<div class="content"><p class="aff">1Khoa Kinh tế; 2Viện Nghiên cứu Phát triển Miền Núi</p>
<h2>1. Mở đầu</h2>{"".join(f"<p>{x}</p>" for x in PARAS)}
<p class="dates">Nhận bản thảo: 11/3/2026 | Sửa chữa: 02/4/2026 | Chấp nhận: 20/4/2026</p>
<h3>Tài liệu tham khảo</h3>{refs}</div></div></div></body></html>""".encode()


def test_a_journal_page_keeps_no_review_dates_or_references():
    ex = extract(_paper(), "https://tapchi.example.edu.vn/index.php/khcn/article/view/4411")
    assert ex.is_article
    assert ex.text.split("\n\n") == ["1. Mở đầu", *PARAS]


def _section_front(title: str) -> bytes:
    """A provincial TV station's section front: the date bar, the menu, one top story with a
    long summary, and a column of teaser links (written for this test)."""
    menu = "".join(
        f'<li><a href="/c/{i}">{x}</a></li>'
        for i, x in enumerate(["Thời sự", "Kinh tế - Sản phẩm OCOP", "Văn hóa", "Thể thao"])
    )
    teasers = "".join(
        f'<li class="item"><h3><a href="/bai/{i}">Bản tin số {i} về mùa vụ và thị trường nông '
        f"sản trong tỉnh</a></h3></li>"
        for i in range(14)
    )
    top = (
        "Chủ thể sản xuất mật ong bạc hà trên cao nguyên đá vừa được chấm bốn sao, mở đường "
        "đưa sản phẩm vào chuỗi siêu thị ở các thành phố lớn."
    )
    return f"""<html lang="vi"><head><meta charset="utf-8"><title>{title}</title></head><body>
<div class="datebar">Thứ Bảy, 21/11/2026</div><div class="main-menu"><ul>{menu}</ul></div>
<div class="section"><h1 class="sec-title">{title}</h1>
<div class="hero"><h2><a href="/bai/mat-ong">Mật ong bạc hà đạt bốn sao</a></h2><p>{top}</p></div>
<ul class="stream">{teasers}</ul></div></body></html>""".encode()


def test_a_section_front_named_in_the_menu_is_a_listing_whatever_its_url():
    url = "https://truyenhinh.example.vn/kinh-te-san-pham-ocop/"
    ex = extract(_section_front("Kinh tế - Sản phẩm OCOP"), url)
    assert not ex.is_article and "menu entry" in ex.reason


def test_a_wire_dateline_and_a_players_labels_are_not_body():
    """A news agency's regional page: an audio player's labels above the story, and the
    dateline "Place (AGENCY) – " opening its first paragraph (written for this test)."""
    first = "Lâm Đồng (VNA) – " + PARAS[0]
    html = f"""<html lang="vi"><head><meta charset="utf-8"><title>Phiên chợ</title>
<meta property="og:type" content="article"></head><body><article>
<h1>Phiên chợ OCOP đầu tiên của huyện miền núi thu hút đông người</h1>
<time datetime="2026-10-18T09:00:00+07:00">18/10/2026</time>
<div class="story-body"><div class="tts"><span>Nghe bài viết</span><span>Tốc độ 1.25x</span></div>
<p>✉</p>
<p>{first}</p><p>{PARAS[1]}</p><p>{PARAS[2]}</p></div></article></body></html>""".encode()
    ex = extract(html, "https://vna.example.vn/phien-cho-ocop-dau-tien-789012.html")
    assert ex.text.split("\n\n") == PARAS


@pytest.mark.parametrize(
    "para",
    [
        "Hợp tác xã Tân Lập (HTX) - người dân gọi tắt như vậy - có 40 thành viên.",
        "Ông Nguyễn Văn Hùng (HTX) - Giám đốc - cho biết sản lượng tăng.",
        "Hà Nội - Ngày 2/11, thành phố tổ chức hội chợ.",
    ],
)
def test_a_first_paragraph_that_is_not_a_wire_dateline_stays_whole(para):
    from crawler.extract.dates import strip_dateline_prefix

    assert strip_dateline_prefix(para) == para
