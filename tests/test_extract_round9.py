"""Round 9 zoo: captions by position and form, attachment lists. Each in HTML of a site
family other than the development set's (written for these tests)."""

from __future__ import annotations

from lxml import html as lxml_html

from crawler.extract import extract
from crawler.extract.storyframe import drop_outside_lines

TITLE = "Hợp tác xã nấm rơm ven sông nhận chứng nhận OCOP 3 sao"
PARAS = [
    "Sau hai năm chuẩn hóa quy trình, hợp tác xã nấm rơm ở xã ven sông đã được hội đồng "
    "đánh giá công nhận sản phẩm nấm sấy khô đạt 3 sao.",
    "Ban giám đốc cho biết sẽ đầu tư thêm lò sấy dùng năng lượng mặt trời để giảm chi phí "
    "và giữ màu nấm đẹp hơn khi giao cho các cửa hàng đặc sản.",
    "Hợp tác xã hiện có hai mươi thành viên, mỗi tháng cung ứng khoảng một tấn nấm tươi và "
    "ba tạ nấm khô cho thị trường trong tỉnh.",
]
URL = "https://nongthonmoi.example.vn/tin-tuc/nam-rom-ocop-3-sao-2231.html"


def _page(story: str, after: str = "") -> bytes:
    return (
        f"<html><head><meta charset='utf-8'><title>{TITLE}</title></head><body>"
        f"<div class='khung'><h1>{TITLE}</h1><div class='ngay'>21/11/2026 08:15</div>"
        f"<div class='noi-dung'>{story}</div>{after}</div></body></html>"
    ).encode()


def _with_picture(picture: str) -> bytes:
    return _page(f"<p>{PARAS[0]}</p>{picture}<p>{PARAS[1]}</p><p>{PARAS[2]}</p>")


def test_plain_centred_caption_after_an_image_is_not_body():
    """A caption with no markup of its own, centred, ending in a full stop."""
    ex = extract(
        _with_picture(
            "<p style='text-align:center'><img src='/anh/1.jpg' alt=''></p>"
            "<p style='text-align:center'>Thành viên hợp tác xã phân loại nấm trước khi sấy.</p>"
        ),
        URL,
    )
    assert ex.is_article, ex.reason
    assert ex.text == "\n\n".join(PARAS)


def test_caption_in_the_image_paragraph_after_a_break_is_not_body():
    ex = extract(
        _with_picture(
            "<p align='center'><img src='/anh/2.jpg' alt=''><br>Lò sấy nấm của hợp tác xã</p>"
        ),
        URL,
    )
    assert ex.text == "\n\n".join(PARAS)


def test_short_line_after_an_image_without_sentence_end_is_a_caption():
    ex = extract(
        _with_picture("<div><img src='/anh/3.jpg'></div><div>Nấm sấy đóng túi 200 gam</div>"),
        URL,
    )
    assert ex.text == "\n\n".join(PARAS)


def test_line_restating_the_image_alt_is_a_caption():
    alt = "Nấm rơm tươi được thu hái lúc sáng sớm để giữ độ giòn."
    ex = extract(
        _with_picture(f"<div><img src='/anh/4.jpg' alt='{alt}'></div><p>{alt}</p>"),
        URL,
    )
    assert ex.text == "\n\n".join(PARAS)


def test_caption_in_a_center_tag_between_break_lines():
    """A report typed as one block of <br> lines with the picture in a <center>."""
    story = (
        f"<span class='nd'>{PARAS[0]}<br><center><img src='/anh/5.jpg'><br>"
        f"<i>Hội đồng chấm điểm sản phẩm nấm</i></center><br>{PARAS[1]}<br>{PARAS[2]}</span>"
    )
    ex = extract(_page(story), URL)
    assert "Hội đồng chấm điểm" not in ex.text
    assert all(p in ex.text for p in PARAS)


def test_bold_subheading_after_an_image_stays():
    sub = "Đầu ra ổn định"
    ex = extract(
        _with_picture(f"<p><img src='/anh/6.jpg'></p><p><strong>{sub}</strong></p>"),
        URL,
    )
    assert ex.text.split("\n\n") == [PARAS[0], sub, PARAS[1], PARAS[2]]


def test_attachment_list_and_table_are_not_body():
    """Documents attached under the story, as a table with a title row and as a labelled
    list of one file with its size and view/download links."""
    table = (
        "<table class='dinh-kem'><tr><td colspan='2'><b>Tệp đính kèm</b></td></tr>"
        "<tr><td>1</td><td><a href='/files/quyet-dinh-cong-nhan.pdf'>Quyết định công nhận "
        "sản phẩm OCOP năm 2026</a></td></tr>"
        "<tr><td>2</td><td><a href='/files/danh-sach.xlsx'>Danh sách chủ thể đạt sao</a>"
        "</td></tr></table>"
    )
    box = (
        "<div class='tep'><b>Tài liệu:</b><ul><li><a href='/files/bao-cao.docx'>Báo cáo tổng "
        "kết mô hình nấm rơm</a> (DOCX, 88 KB) <a href='/files/bao-cao.docx'>Tải về</a></li>"
        "</ul></div>"
    )
    story = "".join(f"<p>{p}</p>" for p in PARAS) + table + box
    ex = extract(_page(story), URL)
    assert ex.text == "\n\n".join(PARAS)


def _frame_tree(story_box: str, around: str = ""):
    """A district portal: a left column with a visit counter, a module label and figure
    cards before the story's own box."""
    return lxml_html.document_fromstring(
        "<html><body><div class='cot-trai'><div class='tieu-de-khoi'>Lượt truy cập</div>"
        "<ul><li>Đang xem 12</li><li>Trong ngày 2.431</li><li>Tất cả 1.204.557</li></ul></div>"
        f"<div class='cot-giua'><div class='nhan'>Thông tin chi tiết</div>{around}"
        f"<h1>{TITLE}</h1>{story_box}</div></body></html>"
    )


COUNTER = ["Lượt truy cập", "Đang xem 12", "Trong ngày 2.431", "Tất cả 1.204.557"]
CARDS = (
    "<div class='the-so'><div><b>3 sao</b> <span>Hạng sản phẩm đạt được</span></div>"
    "<div><b>20</b> <span>Thành viên hợp tác xã</span></div></div>"
)
CARD_LINES = ["3 sao Hạng sản phẩm đạt được", "20 Thành viên hợp tác xã"]


def test_labels_counters_and_cards_outside_the_story_box_are_not_body():
    """Whatever their wording: short lines before the story's first sentence whose element
    is outside the box holding the story's sentences."""
    story = "<div class='bai'>" + "".join(f"<p>{p}</p>" for p in PARAS) + "</div>"
    marked = [COUNTER[0], *(f"- {c}" for c in COUNTER[1:])]  # trafilatura's list markers
    lines = [*marked, "Thông tin chi tiết", *CARD_LINES, *PARAS]
    assert drop_outside_lines(_frame_tree(story, CARDS), lines) == PARAS


def test_one_paragraph_brief_outside_labels_are_not_body():
    brief = f"{PARAS[0]} {PARAS[1]}"
    tree = _frame_tree(f"<div class='bai'><p>{brief}</p><p>Hồng Nhung</p></div>")
    lines = [*COUNTER, "Thông tin chi tiết", brief, "Hồng Nhung"]
    assert drop_outside_lines(tree, lines) == [brief, "Hồng Nhung"]


def test_short_lines_inside_the_story_box_stay():
    """Sub-headings and a short closing line in the story's own box are the story's; so
    is a sub-heading between two parts of the story outside both."""
    sub, end = "Mở rộng vùng nguyên liệu", "Nấm rơm vụ đông"
    story = (
        f"<div class='bai'><div class='phan'><p>{PARAS[0]}</p><p>{PARAS[1]}</p></div>"
        f"<h3>{sub}</h3><div class='phan'><p>{PARAS[2]}</p><p>{end}</p></div></div>"
    )
    lines = [PARAS[0], PARAS[1], sub, PARAS[2], end]
    assert drop_outside_lines(_frame_tree(story), lines) == lines


def test_a_line_not_found_in_the_page_is_kept():
    story = "<div class='bai'>" + "".join(f"<p>{p}</p>" for p in PARAS) + "</div>"
    lines = ["| Bảng | số liệu |", *PARAS]
    assert drop_outside_lines(_frame_tree(story), lines) == lines


def _association_page(story: str) -> bytes:
    """An association's table-layout site: every page's <title> is the association's name,
    which the banner image repeats; the headline is a bold line or a title-classed span
    above the story, typed as <br> lines."""
    site = "Hội Nuôi ong tỉnh Lâm Đồng"
    return (
        f"<html><head><meta charset='utf-8'><title>{site}</title></head><body><table>"
        f"<tr><td><img src='/img/banner.png' alt='{site}'></td></tr>"
        f"<tr><td class='giua'><div class='duong-dan'>TIN HỘI VIÊN Hoạt động-Tin tức</div>"
        f"{story}</td></tr><tr><td>{site} - Số 4 đường Hai Bà Trưng</td></tr></table>"
        "</body></html>"
    ).encode()


HEAD = "Hội nuôi ong tập huấn làm hồ sơ sản phẩm mật ong OCOP"


def test_title_naming_the_site_gives_way_to_the_title_classed_line():
    story = (
        f"<span class='tieude'>{HEAD}</span><br><span class='ngay'>(Cập nhật: 20/11/2026)</span>"
        f"<br><span class='noidung'>{PARAS[0]}<br>{PARAS[1]}<br>{PARAS[2]}</span>"
        "<table class='tin-khac'><tr><td>»</td><td><a href='/tin/12'>Hội viên ở huyện miền "
        "núi mở rộng đàn ong nội</a> (12/11/2026)</td></tr></table>"
    )
    ex = extract(_association_page(story), URL)
    assert ex.title == HEAD


def test_title_naming_the_site_gives_way_to_the_bold_line():
    head = "HỘI VIÊN HỌC LÀM HỒ SƠ MẬT ONG"
    story = f"<p><b>{head}</b></p>" + "".join(f"<p>{p}</p>" for p in PARAS)
    ex = extract(_association_page(story), URL)
    assert ex.title == head


def test_section_page_script_url_is_a_listing_url():
    """An ASP.NET portal names its section page by a script ("DanhMuc.aspx?id=4"); with
    dated teasers in a table it is still a listing, not an article."""
    from crawler.extract.pagetype import url_kind

    assert url_kind("https://sonn.example.gov.vn/DanhMuc.aspx?id=4") == (False, True)
    assert url_kind("https://sonn.example.gov.vn/ChiTiet.aspx?id=1187") == (True, False)


def test_tool_bar_labels_in_other_languages_are_chrome():
    """A theme's tool bar keeps its English (or French, German) labels on a Vietnamese
    page; a sentence that starts with such a word stays."""
    from crawler.extract.body import clean_lines

    body = [PARAS[0], PARAS[1]]
    chrome = [
        "Font size : A- A A+",
        "Print this page",
        "Imprimer | Envoyer | Retour",
        "Drucken | E-Mail | Zurück",
        "Taille du texte : A- A+",
        "Back to top",
        "More",
    ]
    assert clean_lines([*chrome[:3], *body, *chrome[3:]]) == body
    prose = "More than three hundred growers brought their dried mushrooms to the fair."
    assert clean_lines([prose, *body]) == [prose, *body]


def test_other_news_heading_takes_its_headlines():
    from crawler.extract.body import clean_lines

    box = ["Other news", "Hội viên mở rộng đàn ong nội", "Giá mật ong ổn định cuối năm"]
    assert clean_lines([PARAS[0], PARAS[1], *box]) == [PARAS[0], PARAS[1]]


def test_one_paragraph_brief_keeps_the_heading_of_its_panel():
    """A brief whose only paragraph sits in a collapsible panel: the panel's heading is
    inside the box around it, not outside the story."""
    brief = f"{PARAS[0]} {PARAS[1]}"
    story = (
        "<div class='bai'><div class='muc'><h3><button>Nội dung chính</button></h3>"
        f"<div class='than'><div class='trong'><p>{brief}</p></div></div></div></div>"
    )
    lines = [*COUNTER, "Nội dung chính", brief]
    assert drop_outside_lines(_frame_tree(story), lines) == ["Nội dung chính", brief]
