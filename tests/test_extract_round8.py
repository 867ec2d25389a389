"""Round 8 zoo: general mechanisms found on templates_blind8 and the blind7 leftovers, each
in HTML of another site family (written for these tests, not copied from the sets)."""

from __future__ import annotations

import json

from crawler.extract import extract
from crawler.extract.body import clean_lines
from crawler.extract.dates import find_visible, is_dateline
from crawler.extract.linekinds import is_meta_line


def _page(title: str, inner: str, ld: dict | None = None) -> bytes:
    script = f"<script type='application/ld+json'>{json.dumps(ld)}</script>" if ld else ""
    return (
        f"<html><head><meta charset='utf-8'><title>{title}</title>{script}</head><body>"
        f"<div class='wrap'>{inner}</div></body></html>"
    ).encode()


def _ld(title: str, description: str) -> dict:
    return {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": title,
        "description": description,
        "datePublished": "2026-11-20T07:30:00+07:00",
    }


TITLE = "Trạm khuyến nông huyện tập huấn đóng gói chè búp cho chủ thể OCOP"
SAPO = (
    "Gần bốn mươi hộ trồng chè ở ba xã vùng cao được hướng dẫn cách sao, ủ và đóng gói để "
    "giữ hương vị khi đưa sản phẩm đi xa."
)
PARAS = [
    "Cán bộ trạm khuyến nông trình bày quy trình sao chè bằng chảo gang và cách kiểm soát độ "
    "ẩm trước khi hút chân không.",
    "Các hộ tham gia được phát mẫu bao bì có mã truy xuất nguồn gốc để dùng thử trong vụ chè "
    "đông sắp tới.",
]


def test_json_ld_description_in_its_own_block_is_the_sapo():
    """No meta description, only the JSON-LD one: the visible block after the headline
    that says the same is the sapo (an agricultural extension station's CMS)."""
    body = "".join(f"<p>{p}</p>" for p in PARAS)
    inner = (
        f"<h1 class='post-title'>{TITLE}</h1><span class='time'>20/11/2026 07:30</span>"
        f"<div class='gioi-thieu'>{SAPO}</div><div class='bai-viet'>{body}</div>"
    )
    ex = extract(
        _page(TITLE, inner, _ld(TITLE, SAPO)), "https://knhuyen.example.vn/tin/tap-huan-che-51.html"
    )
    assert ex.is_article, ex.reason
    assert ex.lead == SAPO
    assert ex.text == "\n\n".join(PARAS)


def test_json_ld_description_found_without_an_h1():
    """The headline is set in a styled block (no ``<h1>``): the sapo is still found after
    the element whose whole text is the headline."""
    body = "".join(f"<p>{p}</p>" for p in PARAS)
    inner = (
        f"<div class='khung'><div class='ten-bai'>{TITLE}</div>"
        f"<div class='ngay-dang'>Ngày đăng: 20/11/2026</div><div class='mo-dau'><i>{SAPO}</i></div>"
        f"<div class='chi-tiet'>{body}</div></div>"
    )
    ex = extract(
        _page(TITLE, inner, _ld(TITLE, SAPO)), "https://knhuyen.example.vn/tin/tap-huan-che-52.html"
    )
    assert ex.lead == SAPO
    assert ex.text == "\n\n".join(PARAS)


def test_json_ld_description_copied_from_the_first_paragraph_stays_body():
    """A one-paragraph brief whose CMS copied that paragraph into the JSON-LD description:
    the paragraph is the body, not a sapo (else nothing would be left)."""
    para = PARAS[0] + " " + PARAS[1]
    inner = (
        f"<h1>{TITLE}</h1><div class='tg'>20/11/2026</div><div class='noidung'><p>{para}</p></div>"
    )
    ex = extract(
        _page(TITLE, inner, _ld(TITLE, para)), "https://knhuyen.example.vn/tin/tap-huan-che-53.html"
    )
    assert ex.is_article, ex.reason
    assert ex.lead == ""
    assert ex.text == para


def test_recommendation_box_goes_and_the_body_continues():
    """A recommendation heading ("Gợi ý cho bạn", "Bài viết được đề xuất") with the short
    headlines after it is chrome on a single page, wherever it stands; the story's next
    paragraph is kept."""
    recs = [
        "Nông dân vùng bãi bồi thu lãi từ dưa lưới nhà màng",
        "Thị xã tổ chức giải chạy việt dã mừng ngày thành lập",
    ]
    for head in ("Gợi ý cho bạn", "Bài viết được đề xuất", "Có thể bạn muốn đọc"):
        assert clean_lines([PARAS[0], head, *recs, PARAS[1]]) == PARAS, head
    # a sentence that opens with the same words is prose
    line = "Gợi ý cho bạn đọc: hãy hỏi trạm khuyến nông trước khi chọn giống chè mới."
    assert clean_lines([PARAS[0], line]) == [PARAS[0], line]


def test_cms_date_line_with_a_month_word_and_no_nam():
    """ "Thứ hai, 23 Tháng 11 2026 07:45" (a CMS printing the month's name, no "năm") is
    a date line: parsed as a date and never body."""
    line = "Thứ hai, 23 Tháng 11 2026 07:45"
    assert [d.strftime("%Y-%m-%d %H:%M") for d in find_visible(line)] == ["2026-11-23 07:45"]
    assert is_dateline(line)
    assert not is_dateline(
        "Ngày 23 tháng 11 2026 hợp tác xã đã giao lô chè búp đầu tiên cho đối tác."
    )


def test_label_lines_under_a_story_are_not_body():
    """Topic chips, category lines, a bare tag label, comment-form notices and a rating
    widget's lines, by what they say; sentences using the same words stay."""
    chrome = [
        "Chủ đề: Nông sản vùng cao",
        "Đăng trong Khuyến nông - Khuyến ngư",
        "Posted in Tin hoạt động",
        "Gắn thẻ",
        "Gửi bình luận của bạn",
        "Email của bạn sẽ không được hiển thị công khai. Các trường bắt buộc được đánh dấu *",
        "Không cho phép mã HTML.",
        "Tổng số điểm của bài viết là: 9 trong 2 đánh giá",
        "Bấm vào đây để đánh giá bài viết",
    ]
    prose = [
        "Chủ đề của hội thảo năm nay là liên kết tiêu thụ chè búp với các chuỗi siêu thị.",
        "Đăng trong số tạp chí tháng trước, bài viết của kỹ sư trạm được nhiều hộ tìm đọc.",
        "Hội đồng đánh giá bài viết dự thi gồm năm thành viên của sở.",
    ]
    assert [line for line in chrome if not is_meta_line(line)] == []
    assert [line for line in prose if is_meta_line(line)] == []


def test_written_by_line_is_a_byline_and_leaves_the_body():
    """ "Viết bởi <name>" after the date line (a component CMS's article header): the
    author, not story text; the category and tag lines under the story go too."""
    inner = (
        f"<div class='item-page'><h2 class='item-title'>{TITLE}</h2>"
        "<div class='item-date'>Thứ sáu, 20 Tháng 11 2026 07:30</div>"
        "<div class='item-author'>Viết bởi Lò Thị Hoa</div>"
        f"<div class='item-body'><p>{PARAS[0]}</p><p>{PARAS[1]}</p></div>"
        "<div class='item-links'><div>Đăng trong Tin khuyến nông</div><div>Gắn thẻ</div></div>"
        "</div>"
    )
    ex = extract(_page(TITLE, inner), "https://khuyennong.example.vn/tin/dong-goi-che-55.html")
    assert ex.authors == ["Lò Thị Hoa"]
    assert ex.text == "\n\n".join(PARAS)
    assert (
        ex.published_at is not None
        and ex.published_at.strftime("%d/%m/%Y %H:%M") == "20/11/2026 07:30"
    )


def test_titled_side_box_after_the_story_goes_on_a_single_page():
    """A one-page crawl (no site memory): short titled boxes after the story's block and
    outside it (a fund's notice, a hotline box) are chrome; a titled fact box inside the
    story's block is kept (a farmers' union portal)."""
    fact = "Diện tích chè đạt chuẩn: 120 ha"
    inner = (
        f"<div class='noi-dung-bai'><h1>{TITLE}</h1><p>{PARAS[0]}</p>"
        f"<div class='o-thong-tin'><b>Số liệu</b><p>{fact}</p></div><p>{PARAS[1]}</p></div>"
        "<div class='cot-phai'><div class='o-quy'><div class='o-tieu-de'>Quỹ hỗ trợ nông dân</div>"
        "<p>Cho vay ưu đãi đến 200 triệu đồng mỗi hộ, ưu tiên hộ có sản phẩm OCOP</p></div>"
        "<div class='o-quy'><h4>Đường dây nóng</h4><p>Tiếp nhận phản ánh của hội viên cả ngày "
        "thứ bảy và chủ nhật trong tháng mười một</p></div></div>"
    )
    ex = extract(_page(TITLE, inner), "https://hoinongdan.example.vn/tin/che-bup-56.html")
    kept = [line for line in ex.text.split("\n\n") if line != "Số liệu"]
    assert kept == [PARAS[0], fact, PARAS[1]]


def test_repeated_units_of_one_story_are_not_side_boxes():
    """A running report whose updates are titled short blocks built like the longest one:
    every update is the story, none is a side box."""
    updates = [
        ("Khai mạc", PARAS[0] + " Đại biểu các xã đã có mặt từ sớm để dự lễ khai mạc tập huấn."),
        ("Thực hành", "Học viên tự sao một mẻ chè và cân lại độ ẩm."),
        ("Bế mạc", "Trạm trao giấy chứng nhận cho ba mươi tám học viên."),
    ]
    blocks = "".join(
        f"<div class='cap-nhat'><h3>{h}</h3><div class='cap-nhat-noi-dung'><p>{t}</p></div></div>"
        for h, t in updates
    )
    inner = f"<h1>{TITLE}</h1><div class='dong-su-kien'>{blocks}</div>"
    ex = extract(_page(TITLE, inner), "https://knhuyen.example.vn/tin/tap-huan-che-57.html")
    lines = ex.text.split("\n\n")
    assert [t for _, t in updates if t not in lines] == []


def test_cards_opened_by_script_after_a_recommendation_heading_go():
    """Recommendation cards with no ``<a>`` (opened by a script handler) after their
    heading: all short headlines, so all go with the heading; the story stays."""
    recs = ["Chợ phiên vùng cao bán hết hàng sau hai giờ", "Xã ven sông khánh thành cầu treo mới"]
    cards = "".join(f"<div class='the' onclick='mo({i})'>{r}</div>" for i, r in enumerate(recs))
    inner = (
        f"<main><h1>{TITLE}</h1><div class='noi-dung'><p>{PARAS[0]}</p><p>{PARAS[1]}</p></div>"
        f"<div class='de-xuat'><div class='de-xuat-tieu-de'>Gợi ý cho bạn</div>{cards}</div></main>"
    )
    ex = extract(_page(TITLE, inner), "https://tinnhanh.example.vn/bai/che-bup-58")
    assert ex.text == "\n\n".join(PARAS)


def test_notices_about_the_text_itself_are_not_body():
    """A Q&A disclaimer, a newsletter's delivery note, a press release's label, contact
    line and "About <Company>" boilerplate: about the text, not its story (a one-page crawl
    has no site memory to find them); sentences on the same subjects stay."""
    chrome = [
        "Thông tin tư vấn chỉ mang tính tham khảo, không thay thế ý kiến của cơ quan chuyên môn.",
        "Bản tin này được gửi qua email cho người đăng ký hằng tuần.",
        "Thông cáo báo chí",
        "Liên hệ báo chí: Ban Truyền thông Công ty Chè Suối Giàng, điện thoại 0209 000 111",
        "Về Chè Suối Giàng: thành lập năm 2001, hiện liên kết với hơn 300 hộ trồng chè shan "
        "tuyết ở ba huyện vùng cao và xuất khẩu sang sáu nước.",
    ]
    prose = [
        "Về phía hợp tác xã: cần chủ động liên kết với doanh nghiệp để bao tiêu sản phẩm.",
        "Về Nghị quyết 57: tỉnh đã ban hành kế hoạch thực hiện trong năm nay.",
        "Giá chè búp tuần này tăng nhẹ, theo thông tin từ các đại lý thu mua trong huyện.",
        "Nhiều người đăng ký tham gia lớp tập huấn qua email của trạm khuyến nông.",
    ]
    assert [line for line in chrome if not is_meta_line(line)] == []
    assert [line for line in prose if is_meta_line(line)] == []


def test_intro_block_in_a_unit_named_story_part_without_h1():
    """No ``<h1>`` (the headline in an ``<h2>``): an intro block inside the story's one
    ``story-body`` block (no sibling of its class: not a teaser) is the sapo when story text
    follows it; a brief whose only paragraph sits in the intro block keeps it as body."""

    def page(with_text: bool) -> bytes:
        rest = "".join(f"<p>{p}</p>" for p in PARAS) if with_text else ""
        inner = (
            f"<div class='cot-giua'><h2 class='tieu-de'>{TITLE}</h2><span>Cập nhật: 20/11/2026 07:30</span>"
            f"<div class='story-body'><div class='intro'><p>{SAPO}</p></div>"
            + (f"<div class='story-text'>{rest}</div>" if with_text else "")
            + "</div></div><div class='cot-phai'>"
            + "".join(
                f"<div class='story-card'><a href='/a{i}'>Tin khác số {i} về nông sản vùng cao, "
                "hội chợ cuối tuần và lớp tập huấn cho hộ trồng chè</a></div>"
                for i in range(8)
            )
            + "</div><div class='chan-trang'>Trường Trung cấp Nông nghiệp tỉnh, địa chỉ số 12 "
            "đường Hoàng Liên, điện thoại 0214 000 222, thư điện tử của phòng đào tạo.</div>"
        )
        return _page(TITLE, inner)

    ex = extract(
        page(True),
        "https://truong-nongnghiep.example.edu.vn/tin-tuc/tap-huan-dong-goi-che-bup-59.html",
    )
    assert (ex.lead, ex.text) == (SAPO, "\n\n".join(PARAS))
    brief = extract(
        page(False),
        "https://truong-nongnghiep.example.edu.vn/tin-tuc/tap-huan-dong-goi-che-bup-60.html",
    )
    assert brief.is_article, brief.reason
    assert (brief.lead, brief.text) == ("", SAPO)
