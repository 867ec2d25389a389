"""Round 14 zoo: a page-number ``p`` is no article id; a poll box is never the body. HTML of
a farmers' association portal family written for these tests (not the development set's)."""

from __future__ import annotations

from crawler.extract import extract
from crawler.extract.pagetype import url_kind

TITLE = "Hội viên nông dân xã đồi chè đưa trà búp khô lên sàn thương mại điện tử"
PARAS = [
    "Sau một năm được hội nông dân huyện hỗ trợ thiết kế bao bì, tổ hợp tác trà búp ở xã "
    "đồi chè đã bán những lô hàng đầu tiên qua sàn thương mại điện tử.",
    "Tổ trưởng cho biết mỗi tháng tổ xuất khoảng bốn tạ trà khô, giá bán ổn định hơn so với "
    "khi chỉ giao cho thương lái đến tận vườn thu mua.",
    "Trong năm tới, tổ dự kiến hoàn thiện hồ sơ đánh giá sản phẩm OCOP và mở thêm điểm giới "
    "thiệu sản phẩm tại trung tâm huyện.",
]
POLL = (
    "<div class='khoi ykien'><h3>Ý kiến bạn đọc</h3>"
    "<p>Theo bạn, kênh nào giúp nông sản địa phương bán được giá hơn?</p>"
    "<label><input type='radio' name='chon'> Sàn thương mại điện tử</label>"
    "<label><input type='radio' name='chon'> Chợ phiên cuối tuần</label>"
    "<button type='button'>Bình chọn</button></div>"
)


def _listing(poll: str) -> bytes:
    """A section page of teaser cards (picture, linked headline, date, summary) with a
    sidebar: no paragraph of its own but the sidebar's."""
    cards = "".join(
        f"<div class='tin'><a class='anh' href='/tin/bai-{i}.aspx'><img src='/a/{i}.jpg' alt=''>"
        f"</a><h2><a href='/tin/bai-{i}.aspx'>Nông dân xã số {i} mở rộng vùng trồng cây ăn quả "
        f"hữu cơ</a></h2><div class='ngay'>Đăng lúc 07:1{i} {10 + i}/11/2026</div>"
        "<div class='tomtat'>Nhiều hộ chuyển diện tích lúa kém hiệu quả sang trồng bưởi và cam, "
        "liên kết với doanh nghiệp để bao tiêu đầu ra theo giá sàn.</div></div>"
        for i in range(8)
    )
    return (
        "<html><head><meta charset='utf-8'><title>Kinh tế - Hội Nông dân tỉnh</title></head>"
        "<body><div id='dau'>Hội Nông dân tỉnh</div><div class='giua'><div class='cot-trai'>"
        f"<h1>Kinh tế</h1>{cards}<div class='phan-trang'><a href='?p=2'>2</a></div></div>"
        f"<div class='cot-phai'>{poll}</div></div></body></html>"
    ).encode()


def _article(after: str, inner: str = "") -> bytes:
    story = "".join(f"<p>{p}</p>" for p in PARAS) + inner
    return (
        f"<html><head><meta charset='utf-8'><title>{TITLE}</title></head><body>"
        f"<div class='khung'><h1>{TITLE}</h1><div class='ngay'>21/11/2026 09:40</div>"
        f"<div class='noi-dung'>{story}</div>{after}</div></body></html>"
    ).encode()


# (1) page numbers vs single ids


def test_small_p_after_a_named_section_is_a_page_number():
    """ "/kinh-te-12.aspx?p=2": the section's second page, not article no. 2."""
    article, _ = url_kind("https://hoinongdan.example.vn/kinh-te-12.aspx?p=2")
    assert not article


def test_p_beside_a_category_parameter_is_a_page_number():
    article, _ = url_kind("https://hoinongdan.example.vn/tin.php?catid=7&p=3")
    assert not article


def test_wordpress_post_id_at_the_root_stays_an_article_id():
    """WordPress "?p=<id>" names one post, even a small id, at the root or index.php."""
    assert url_kind("https://nhanong.example.vn/?p=123")[0]
    assert url_kind("https://nhanong.example.vn/?p=12")[0]
    assert url_kind("https://nhanong.example.vn/index.php?p=45")[0]


def test_large_p_after_a_named_path_stays_an_article_id():
    assert url_kind("https://nhanong.example.vn/blog/?p=4521")[0]
    assert url_kind("https://hoinongdan.example.vn/tin.aspx?id=12")[0]


def test_dated_listing_with_page_number_url_is_no_article():
    ex = extract(_listing(""), "https://hoinongdan.example.vn/kinh-te-31.aspx?p=1")
    assert not ex.is_article


# (2) poll boxes


def test_poll_box_is_not_the_body_of_a_listing():
    """With nothing else paragraph-like on the page, the poll's question and answers used
    to stand as the body; they are never a story."""
    ex = extract(_listing(POLL), "https://hoinongdan.example.vn/kinh-te-31.aspx")
    assert not ex.is_article
    assert "bán được giá hơn" not in ex.text
    assert "Bình chọn" not in ex.text


def test_poll_box_after_a_story_is_dropped_and_the_story_kept():
    ex = extract(_article(POLL), "https://hoinongdan.example.vn/tin/tra-bup-len-san-2231.html")
    assert ex.is_article
    assert "bán được giá hơn" not in ex.text
    assert "Chợ phiên cuối tuần" not in ex.text
    assert all(p in ex.text for p in PARAS)


def test_vote_button_without_radios_marks_a_poll_too():
    poll = (
        "<div class='o-ben'><p>Bạn có ủng hộ việc mở chợ nông sản sạch mỗi cuối tuần?</p>"
        "<select name='y'><option>Có</option><option>Không</option></select>"
        "<input type='submit' value='Biểu quyết'></div>"
    )
    ex = extract(_article(poll), "https://hoinongdan.example.vn/tin/tra-bup-len-san-2231.html")
    assert "chợ nông sản sạch" not in ex.text
    assert all(p in ex.text for p in PARAS)


def test_a_results_link_in_a_story_is_not_a_poll():
    """A story linking "Kết quả" (no radio, no poll box) keeps its text."""
    line = "<p>Danh sách các sản phẩm được công nhận năm nay: <a href='/kq'>Kết quả</a></p>"
    ex = extract(_article("", line), "https://hoinongdan.example.vn/tin/tra-bup-2231.html")
    assert "Danh sách các sản phẩm được công nhận" in ex.text
