"""Round 11 of issue 9: a brief whose only text block was taken for the sapo, an outlet stamp
in brackets opening the story, a reprint's notice of where a piece first ran, and a box named a
pull quote that rewords the story. HTML and texts are made up (a district portal's notices, a
cooperative alliance's news, a farmer's blog, a food magazine)."""

from __future__ import annotations

from crawler.extract import extract
from crawler.extract.dates import strip_dateline_prefix
from crawler.extract.linekinds import is_meta_line

NOTICE = (
    "Sáng thứ Bảy tuần này, phòng kinh tế huyện tổ chức buổi tư vấn hồ sơ OCOP cho các hộ làm "
    "mắm tép và bánh đa vừng tại hội trường UBND huyện. Mỗi hộ mang theo mẫu sản phẩm và giấy "
    "chứng nhận an toàn thực phẩm nếu đã có."
)


def _portal(block: str) -> str:
    """A district portal's notice: headline, date, one block of text, a related list."""
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<title>Tư vấn hồ sơ OCOP cho hộ sản xuất nhỏ</title>
<meta property="og:type" content="article"><meta name="description" content="{NOTICE}">
</head><body><div class="portal-top"><a href="/">Cổng thông tin huyện</a>
<ul class="menu"><li><a href="/tin-tuc">Tin tức</a></li><li><a href="/thu-tuc">Thủ tục</a></li></ul></div>
<div class="notice-view"><h1 class="notice-title">Tư vấn hồ sơ OCOP cho hộ sản xuất nhỏ</h1>
<div class="notice-date">Ngày đăng: 19/11/2026</div>
{block}
<div class="other-notices"><h4>Thông báo khác</h4><ul>
<li><a href="/thong-bao/lich-tiep-dan">Lịch tiếp công dân tháng 12</a></li>
<li><a href="/thong-bao/nop-thue">Nhắc nộp thuế khoán quý IV</a></li></ul></div></div>
<div class="portal-foot">Cơ quan chủ quản: UBND huyện</div></body></html>"""


def test_a_brief_whose_only_block_is_a_summary_is_kept_with_it_as_body():
    url = "https://huyen.example.vn/thong-bao/tu-van-ho-so-ocop-1123.html"
    for block in (
        f'<p class="summary">{NOTICE}</p>',
        f"<p><strong>{NOTICE}</strong></p>",
    ):
        ex = extract(_portal(block), url=url)
        assert ex.is_article, (block[:20], ex.reason)
        assert ex.text == NOTICE
        assert ex.lead == ""


def test_a_sapo_with_a_body_stays_the_sapo():
    body = (
        "<p>Buổi tư vấn do hai cán bộ của phòng kinh tế hướng dẫn, mỗi hộ được xem xét riêng.</p>"
        "<p>Hộ nào đủ điều kiện sẽ được hỗ trợ thiết kế nhãn và chụp ảnh sản phẩm.</p>"
    )
    ex = extract(
        _portal(f'<p class="summary">{NOTICE}</p>{body}'),
        url="https://huyen.example.vn/thong-bao/tu-van-ho-so-ocop-1123.html",
    )
    assert ex.lead == NOTICE
    assert ex.text.startswith("Buổi tư vấn") and NOTICE not in ex.text


def test_an_outlet_stamp_in_brackets_opening_the_story_is_not_body():
    assert strip_dateline_prefix("(LMHTX) - Liên minh vừa ký kết hợp tác.") == (
        "Liên minh vừa ký kết hợp tác."
    )
    assert strip_dateline_prefix("(Nongsanviet.vn) – Chiều 20/11, hội chợ khai mạc.") == (
        "Chiều 20/11, hội chợ khai mạc."
    )
    for para in ["(Ảnh minh họa) - Sân phơi cá", "(Tiếp theo kỳ trước) - Từ đó", "(a) - Điều 5"]:
        assert strip_dateline_prefix(para) == para


def test_a_bracketed_stamp_is_stripped_from_the_sapo_of_a_page():
    html = """<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Liên minh HTX</title>
<meta property="og:type" content="article"></head><body>
<div class="news-page"><h1>Liên minh hợp tác xã mở lớp tập huấn bán hàng OCOP trực tuyến</h1>
<span class="ngay">21/11/2026</span>
<div class="lead">(LMHTX) - Bốn mươi hợp tác xã có sản phẩm OCOP được tập huấn bán hàng qua sàn thương mại điện tử.</div>
<div class="noi-dung"><p>Lớp học kéo dài ba ngày, do các giảng viên của trường cao đẳng thương mại đứng lớp.</p>
<p>Học viên được hướng dẫn chụp ảnh sản phẩm, viết mô tả và trả lời khách hàng.</p></div></div>
</body></html>"""
    ex = extract(html, url="https://lienminhhtx.example.vn/tin/tap-huan-ban-hang-4412.html")
    assert ex.lead.startswith("Bốn mươi hợp tác xã"), ex.lead
    assert "(LMHTX)" not in ex.text


def test_a_reprint_notice_is_a_meta_line_only_when_it_names_the_outlet():
    for line in [
        "Bài viết đã đăng trên báo Nông nghiệp Ngày nay, người viết chỉnh sửa lại cho trang cá nhân.",
        "Bài này được đăng lần đầu trên tạp chí Làng Nghề Việt.",
    ]:
        assert is_meta_line(line), line
    for line in [
        "Bài viết được đăng trên tạp chí ngành đã đem lại cho hợp tác xã nhiều đơn hàng.",
        "Bài báo đăng trên báo tỉnh khiến nhiều người tìm mua mắm tép.",
    ]:
        assert not is_meta_line(line), line


def test_a_blog_closing_reprint_notice_is_dropped():
    html = """<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Ghi chép</title>
<meta property="og:type" content="article"></head><body>
<div class="blog-wrap"><h2 class="post-name">Ghé lò bánh đa vừng của bà Sáu</h2>
<abbr class="published" title="2026-11-18T08:00:00+07:00">18/11/2026</abbr>
<div class="post-body">
<p>Lò bánh đa nằm cuối con ngõ nhỏ, mùi vừng rang bay ra tận đầu đường.</p>
<p>Bà Sáu kể bánh của lò vừa được công nhận OCOP 3 sao sau hai năm làm hồ sơ.</p>
<p><i>Bài viết đã đăng trên báo Nông nghiệp Ngày nay, tôi chỉnh sửa lại cho blog.</i></p>
</div></div></body></html>"""
    ex = extract(html, url="https://ghichep.example.blogspot.com/2026/11/lo-banh-da.html")
    assert "Bài viết đã đăng" not in ex.text
    assert ex.text.endswith("sau hai năm làm hồ sơ.")


def _magazine(box: str) -> str:
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Ẩm thực</title>
<meta property="og:type" content="article"></head><body>
<article class="story"><h1>Người giữ nghề làm tương bần</h1><time>17/11/2026</time>
<div class="story-body">
<p>Gia đình ông Tám làm tương đã bốn đời, chum tương xếp kín sân sau nhà.</p>
{box}
<p>Ông cho rằng làm tương khó nhất là giữ mẻ mốc đều tay qua từng mùa.</p>
<p>Năm ngoái, tương của gia đình được chấm OCOP 3 sao.</p></div></article></body></html>"""


def test_a_box_named_a_pull_quote_is_not_body_but_a_quoted_source_is():
    pull = (
        '<blockquote class="story-pullquote"><p>Nghề tương sống nhờ sự kiên nhẫn.</p></blockquote>'
    )
    ex = extract(_magazine(pull), url="https://amthuc.example.vn/nguoi-giu-nghe-tuong.html")
    assert "kiên nhẫn" not in ex.text
    assert "giữ mẻ mốc" in ex.text and "OCOP 3 sao" in ex.text
    cited = (
        "<blockquote><p>Tương được ủ từ xôi nếp, đậu tương rang và muối, phơi nắng "
        "ít nhất ba tháng.</p></blockquote>"
    )
    ex = extract(_magazine(cited), url="https://amthuc.example.vn/nguoi-giu-nghe-tuong.html")
    assert "phơi nắng" in ex.text


def _travel(card: str) -> str:
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Du lịch</title>
<meta property="og:type" content="article"></head><body>
<div class="travel-post"><h1>Một ngày ở làng gốm ven sông</h1><span class="pub">16/11/2026</span>
<div class="travel-body">
<div class="post-excerpt">Làng gốm bên sông có hơn sáu mươi lò nung còn đỏ lửa quanh năm.</div>
<div class="post-content"><p>Bình gốm men lam của làng vừa được công nhận sản phẩm OCOP 4 sao.</p>
{card}
</div></div><p class="pub-author">Minh Hà</p></div>
</body></html>"""


def test_an_embedded_card_linking_twice_to_one_page_is_not_body():
    card = """<div class="tour-in-post"><span class="label">Tour trong bài</span>
<img src="/t/gom.jpg" alt="gom"><div class="info">
<a class="name" href="/tour/lang-gom-1-ngay.html">Làng gốm một ngày</a>
<span class="owner">Đơn vị: Công ty lữ hành Sông Xanh</span>
<a class="btn" href="/tour/lang-gom-1-ngay.html">Đặt tour</a></div></div>"""
    url = "https://dulich.example.vn/mot-ngay-o-lang-gom.html"
    ex = extract(_travel(card), url=url)
    assert ex.text == "Bình gốm men lam của làng vừa được công nhận sản phẩm OCOP 4 sao."
    # a photo linked to its own large file is not a card: its caption line is judged as before
    photo = """<div class="photo"><a href="/t/lo-nung.jpg"><img src="/t/lo-nung-s.jpg" alt=""></a>
<a href="/t/lo-nung.jpg"><p>Lò nung bậc thang dài hơn hai mươi mét, đốt bằng củi.</p></a></div>"""
    ex = extract(_travel(photo), url=url)
    assert ex.text.startswith("Bình gốm men lam")
