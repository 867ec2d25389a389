"""Round 7 zoo: general mechanisms found on templates_blind7, each in HTML of another
site family (written for these tests)."""

from __future__ import annotations

from corpus.textnorm import fold
from crawler.extract import extract
from crawler.extract.body import _flattened


def _page(title: str, inner: str) -> bytes:
    return (
        f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>"
        f"<div class='wrap'>{inner}</div></body></html>"
    ).encode()


def test_one_paragraph_brief_restating_its_headline_is_kept():
    """A brief's only paragraph restates the headline inside its first sentence (lower
    case, after a date and an agency): prose, not a container run into one line."""
    title = "Hội chợ nông sản an toàn và sản phẩm OCOP tại nhà văn hóa huyện"
    para = (
        "Trong hai ngày cuối tuần, Liên minh Hợp tác xã tỉnh tổ chức hội chợ nông sản an toàn "
        "và sản phẩm OCOP tại nhà văn hóa huyện với ba mươi gian hàng. Người mua được nếm thử "
        "mật ong, trà mãng cầu và khô cá trước khi chọn."
    )
    inner = (
        f"<h1 class='tieu-de'>{title}</h1><div class='ngay'>Cập nhật: 21/11/2026</div>"
        f"<div class='noi-dung'><p>{para}</p></div><p class='tac-gia'><b>Văn phòng Liên minh</b></p>"
    )
    ex = extract(_page(title, inner), "https://lmhtx.example.gov.vn/tin-tuc/?id=4417")
    assert ex.is_article, ex.reason
    assert ex.text == para


def test_container_run_into_one_line_is_still_not_a_body():
    """The headline written as a headline (capital first letter) opening a long line is a
    flattened container: no confident body from it."""
    title = "Hội chợ nông sản an toàn và sản phẩm OCOP tại nhà văn hóa huyện"
    run = (
        f"{title} 21/11/2026 Trong hai ngày cuối tuần, Liên minh Hợp tác xã tỉnh tổ chức hội chợ "
        "với ba mươi gian hàng mật ong, trà mãng cầu và khô cá cho người mua nếm thử."
    )
    assert _flattened(run, frozenset({fold(title)}))
    assert not _flattened(
        "Trong hai ngày, xã tổ chức " + run[0].lower() + run[1:], frozenset({fold(title)})
    )


def test_source_tag_glued_to_the_lead_is_not_story_text():
    """A bare capitals source tag opening the sapo ("HNDT - …", in its own bold) is where the
    story comes from, not its text; a sentence opening with a capitals word stays."""
    title = "Nông dân xã vùng biên đưa mật ong rừng vào chuỗi sản phẩm OCOP"
    sapo = "Sau hai năm thử nghiệm, tổ hợp tác nuôi ong của xã đã có sản phẩm đạt chuẩn ba sao."
    paras = [
        "Tổ hợp tác có mười hai thành viên, mỗi hộ giữ từ hai mươi đến bốn mươi đàn ong dưới tán rừng.",
        "UBND xã hỗ trợ in nhãn mác, mã truy xuất nguồn gốc và đưa sản phẩm lên sàn thương mại điện tử.",
    ]
    body = "".join(f"<p>{p}</p>" for p in paras)
    inner = (
        f"<h1>{title}</h1><div class='thoi-gian'>Thứ bảy, 21/11/2026 07:40</div>"
        f"<p class='chapeau'><strong>HNDT</strong> - {sapo}</p><div class='bai-viet'>{body}</div>"
    )
    ex = extract(_page(title, inner), "https://hoinongdan.example.org.vn/tin/mat-ong-rung-7781.htm")
    assert ex.is_article, ex.reason
    assert ex.lead == sapo
    assert ex.text.split("\n\n") == paras


def test_listen_label_with_a_colon_is_not_body():
    """An audio player's label written as a paragraph ("Nghe đọc bài:") is a tool line."""
    title = "Hợp tác xã chè shan tuyết nhận chứng nhận OCOP bốn sao"
    paras = [
        "Sản phẩm chè búp khô của hợp tác xã được hội đồng cấp tỉnh chấm bốn sao trong đợt xét tháng này.",
        "Giám đốc hợp tác xã cho biết đơn vị sẽ mở thêm điểm thu mua lá chè ở ba thôn lân cận.",
    ]
    body = "<p>Nghe đọc bài:</p>" + "".join(f"<p>{p}</p>" for p in paras)
    inner = f"<h1>{title}</h1><div class='date'>20/11/2026</div><div class='entry'>{body}</div>"
    ex = extract(_page(title, inner), "https://nongthon.example.vn/bai-viet/che-shan-tuyet-5521")
    assert ex.is_article, ex.reason
    assert ex.text.split("\n\n") == paras


def _story_page(title: str, inner: str, sidebar: str = "") -> bytes:
    return _page(
        title,
        f"<div class='main'><h1>{title}</h1><div class='ngay-dang'>19/11/2026 09:30</div>"
        f"<div class='chi-tiet'>{inner}</div></div><div class='phai'>{sidebar}</div>",
    )


PARAS = [
    "Hợp tác xã dệt thổ cẩm của bản có hai mươi lăm thành viên, phần lớn là phụ nữ lớn tuổi.",
    "Khăn và túi dệt tay của hợp tác xã vừa được hội đồng cấp huyện công nhận đạt ba sao OCOP.",
    "Năm tới, hợp tác xã dự định mở lớp truyền nghề cho thanh niên trong bản vào mùa nông nhàn.",
]


def test_centred_italic_caption_under_an_image_with_its_file_name_printed():
    """A CMS prints the upload's file name as text under the image; the centred italic
    line after that image block is still its caption."""
    title = "Thổ cẩm của bản vùng cao đạt chuẩn OCOP ba sao"
    fig = (
        "<p style='text-align:center'><img src='/up/2026/img-20261119-0932.jpg'><br>"
        "img-20261119-0932.jpg</p><p style='text-align:center'><i>Các bà, các mẹ ngồi dệt "
        "dưới hiên nhà sàn.</i></p>"
    )
    inner = f"<p>{PARAS[0]}</p>{fig}<p>{PARAS[1]}</p><p>{PARAS[2]}</p>"
    ex = extract(_story_page(title, inner), "https://dantoc.example.gov.vn/tin/tho-cam-9912.html")
    assert ex.is_article, ex.reason
    assert ex.text.split("\n\n") == PARAS


def test_jump_menu_and_visit_counter_boxes_are_not_body():
    """A sidebar's jump menu (a ``<select>`` under a title) and visit counter ("Hôm nay:
    512") closing the story's container: no line of them in the body."""
    title = "Thổ cẩm của bản vùng cao đạt chuẩn OCOP ba sao"
    side = (
        "<div class='o'><h4>Liên kết hữu ích</h4><select><option>-- Chọn --</option>"
        "<option value='https://a.example.vn'>Cổng thông tin tỉnh</option></select></div>"
        "<div class='o'><h4>Thống kê</h4><div><p>Đang online: 12</p><p>Hôm nay: 512</p>"
        "<p>Tổng lượt truy cập: 98.410</p></div></div>"
    )
    inner = "".join(f"<p>{p}</p>" for p in PARAS) + side
    page = _story_page(title, inner)
    ex = extract(page, "https://dantoc.example.gov.vn/tin/tho-cam-9913.html")
    assert ex.is_article, ex.reason
    assert ex.text.split("\n\n") == PARAS


def test_print_jump_lines_are_not_body():
    """A print edition's jump lines ("(Xem tiếp trang 6)", "(Tiếp theo trang 2)") between
    the parts of a story are layout, not text; a sentence that starts alike stays."""
    title = "Thổ cẩm của bản vùng cao đạt chuẩn OCOP ba sao"
    same = "Tiếp theo trang trại nuôi dê là khu dệt của hợp tác xã."
    inner = (
        f"<p>{PARAS[0]}</p><p><em>(Xem tiếp trang 6)</em></p><p><b>(Tiếp theo trang 2)</b></p>"
        f"<p>{PARAS[1]}</p><p>{same}</p><p>{PARAS[2]}</p>"
    )
    ex = extract(_story_page(title, inner), "https://baoin.example.vn/so-412/tho-cam-1203.html")
    assert ex.is_article, ex.reason
    assert ex.text.split("\n\n") == [PARAS[0], PARAS[1], same, PARAS[2]]


def test_intro_text_block_in_an_item_container_is_the_lead():
    """A component CMS: no <h1>, the story's own container is named like a list item
    ("item-page") and its sapo block "introtext": the sapo is the lead, not lost."""
    title = "Thổ cẩm của bản vùng cao đạt chuẩn OCOP ba sao"
    sapo = "Sau ba năm gìn giữ nghề dệt, các bà, các mẹ trong bản đã có sản phẩm được công nhận."
    body = "".join(f"<p>{p}</p>" for p in PARAS)
    page = _page(
        title,
        f"<div class='item-page'><h2 class='page-header'>{title}</h2><span class='create'>"
        f"19/11/2026 08:15</span><div class='introtext'><p><b>{sapo}</b></p></div>"
        f"<div class='fulltext'>{body}</div></div>",
    )
    ex = extract(page, "https://xa.example.gov.vn/tin-tuc/812-tho-cam-cua-ban-vung-cao.html")
    assert ex.is_article, ex.reason
    assert ex.lead == sapo
    assert ex.text.split("\n\n") == PARAS
