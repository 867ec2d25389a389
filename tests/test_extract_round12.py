"""Round 12 of issue 9: a brief refused or emptied by its own markup. A story container whose
class carries a state modifier ("with-share", "has-related") was dropped as a share/related box
(short pages only: the drop spares blocks holding most of the page's text); a picture box or
an advert slot whose class says "article"/"content" was taken for an empty story container
filled by script. HTML and texts are made up (an agricultural extension centre's news on a
Drupal-like CMS, a provincial radio-TV station's news, a district portal)."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from crawler.extract import ARTICLE, extract
from crawler.extract.body import is_marked_boilerplate
from crawler.worker import PageJob, process_page

KEYWORDS = ("OCOP", "Mỗi xã một sản phẩm")

CENTRE_SAPO = (
    "Trung tâm khuyến nông huyện vừa bàn giao 300 hộp giống nấm linh chi cho hai tổ hợp tác."
)
CENTRE_BODY = [
    "Mỗi tổ hợp tác nhận kèm tài liệu kỹ thuật và được cán bộ trung tâm theo dõi trong ba tháng "
    "đầu. Sản phẩm nấm khô của một tổ đang được hoàn thiện hồ sơ đánh giá OCOP 3 sao.",
]
# the chrome around the story: long enough that the story is a small share of the page
SIDE_ITEMS = [
    "Hướng dẫn phòng bệnh lở mồm long móng cho đàn trâu bò mùa rét",
    "Lịch thời vụ gieo cấy lúa vụ xuân năm sau trên địa bàn huyện",
    "Mô hình nuôi ong lấy mật dưới tán rừng keo cho thu nhập khá",
    "Tập huấn sử dụng thuốc bảo vệ thực vật an toàn cho nông dân",
    "Giá phân bón giảm nhẹ, nông dân yên tâm chăm sóc cây vụ đông",
    "Hội thi nhà nông đua tài cấp xã thu hút hơn hai trăm hội viên",
]


def _centre(content_class: str, share_class: str = "node-share-tools") -> str:
    """An extension centre's news node: headline, date, sapo, body container with the given
    class, a share toolbar, a long 'other news' column and a footer."""
    side = "".join(f'<li><a href="/tin/{i}-{i}4021">{t}</a></li>' for i, t in enumerate(SIDE_ITEMS))
    paras = "".join(f"<p>{p}</p>" for p in CENTRE_BODY)
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<title>Bàn giao giống nấm linh chi cho tổ hợp tác | Khuyến nông huyện</title>
<meta property="og:type" content="article"></head><body class="page-node">
<div id="site-header"><a href="/" class="logo">Trung tâm Khuyến nông</a>
<ul class="menu"><li><a href="/trong-trot">Trồng trọt</a></li><li><a href="/chan-nuoi">Chăn nuôi</a></li>
<li><a href="/ocop">Sản phẩm OCOP</a></li></ul></div>
<div class="region-content"><div class="node node--type-news">
<h1 class="node-title">Bàn giao giống nấm linh chi cho tổ hợp tác</h1>
<div class="node-submitted">Đăng ngày 18/11/2026 - 09:20</div>
<div class="field-summary"><strong>{CENTRE_SAPO}</strong></div>
<div class="{content_class}">{paras}
<div class="{share_class}"><a href="#">Chia sẻ Facebook</a> <a href="#">Gửi Zalo</a></div></div>
</div></div>
<div class="region-sidebar"><h3>Tin khuyến nông khác</h3><ul>{side}</ul>
<h3>Liên kết</h3><ul><li><a href="/lk/so-nn">Sở Nông nghiệp và Môi trường tỉnh</a></li>
<li><a href="/lk/bo-nn">Cổng thông tin Bộ Nông nghiệp và Môi trường</a></li></ul></div>
<div id="site-footer">Trung tâm Khuyến nông huyện. Địa chỉ: số 12 đường Trần Phú, thị trấn huyện.
Điện thoại liên hệ ban biên tập trang tin: 0200 3 812 345. Ghi rõ nguồn khi sử dụng thông tin.</div>
</body></html>"""


CENTRE_URL = "https://khuyennong.example.vn/tin-tuc/ban-giao-giong-nam-linh-chi-cho-to-hop-tac"


def _job(html: str, url: str) -> PageJob:
    return PageJob(url=url, final_url=url, body=html.encode("utf-8"), encoding="utf-8",
                   source="zoo", fetched_at="2026-11-23T08:00:00+00:00", overrides=None,
                   keywords=KEYWORDS)  # fmt: skip


@pytest.mark.parametrize(
    "content_class",
    ["field-body with-share", "node-content has-related", "field-body has-comments",
     "node-content with-social-bar"],
)  # fmt: skip
def test_a_story_container_with_a_modifier_class_keeps_the_brief(content_class: str):
    html = _centre(content_class)
    ex = extract(html, CENTRE_URL)
    assert ex.status == ARTICLE, ex.reason
    assert ex.lead == CENTRE_SAPO
    assert ex.text.split("\n\n") == CENTRE_BODY
    assert "Chia sẻ" not in ex.text and "Hướng dẫn phòng bệnh" not in ex.text
    kept = process_page(_job(html, CENTRE_URL)).article  # the crawl keeps it (OCOP in its body)
    assert kept is not None and kept["text"] == CENTRE_BODY[0]


def _el(markup: str):
    return lxml_html.fragment_fromstring(markup)


def test_boxes_named_by_their_kind_stay_boilerplate():
    for markup in [
        '<div class="share-tools">x</div>',
        '<div class="box-related">x</div>',
        '<div class="node-share-tools with-icons">x</div>',
        '<div class="comments has-replies">x</div>',
        '<div class="None comments-enabled">x</div>',
        '<div class="no-access-comments">x</div>',
    ]:
        assert is_marked_boilerplate(_el(markup)), markup
    for markup in [
        '<div class="field-body with-share">x</div>',
        '<div class="content has-related">x</div>',
        '<div class="entry with_comments">x</div>',
    ]:
        assert not is_marked_boilerplate(_el(markup)), markup


STATION_SAPO = (
    "Phiên chợ hàng OCOP cuối tuần của thành phố mở cửa từ 7 giờ sáng thứ Bảy tại quảng trường, "
    "với gian hàng của mười bốn chủ thể."
)
STATION_LINE = "Ban tổ chức bố trí xe điện đưa đón khách từ bãi gửi xe."


def _station(box: str) -> str:
    """A provincial radio-TV station's brief: a sapo and one sentence (a thin body), with
    ``box`` (a picture or advert box named after the article) between them."""
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Phiên chợ OCOP cuối tuần</title>
<meta property="og:type" content="article">
<script type="application/ld+json">{{"@type": "NewsArticle", "headline": "Phiên chợ OCOP cuối tuần mở cửa sáng thứ Bảy",
"datePublished": "2026-11-20T16:00:00+07:00"}}</script></head><body>
<div class="topnav"><a href="/">Đài Phát thanh và Truyền hình tỉnh</a></div>
<div class="news-main"><h1 class="news-title">Phiên chợ OCOP cuối tuần mở cửa sáng thứ Bảy</h1>
<div class="news-time">20/11/2026 16:00</div>
<div class="news-sapo">{STATION_SAPO}</div>
{box}
<div class="news-text"><p>{STATION_LINE}</p></div>
<div class="news-author">Thu Trang</div></div>
<div class="news-other"><h3>Tin cùng chuyên mục</h3><ul>
<li><a href="/tin/dien-tap-phong-chay-9120.html">Diễn tập phòng cháy tại khu công nghiệp phía Nam</a></li>
<li><a href="/tin/dat-lua-9118.html">Khai mạc giải đua thuyền truyền thống trên sông lớn</a></li>
</ul></div></body></html>"""


STATION_URL = "https://truyenhinh.example.vn/tin/phien-cho-ocop-cuoi-tuan-9121.html"


@pytest.mark.parametrize(
    "box",
    [
        '<div class="article-photo"><img src="/anh/cho-ocop.jpg" alt=""></div>',
        '<div class="content-banner"><a href="/qc/9"><img src="/qc/sua-728x90.jpg" alt=""></a></div>',
        '<div class="article-ads" id="div-gpt-ad-1711-0"></div><script>gpt.display(1)</script>',
        '<div class="zone-ad detail-top"></div>',
    ],
)
def test_a_picture_or_advert_box_named_after_the_article_is_not_an_empty_story(box: str):
    ex = extract(_station(box), STATION_URL)
    assert ex.status == ARTICLE, ex.reason
    assert ex.lead == STATION_SAPO
    assert ex.text == STATION_LINE


def test_an_empty_story_container_still_makes_a_thin_page_unextractable():
    """The script shell stays: nothing in the story's container, a sentence beside it."""
    box = '<div class="article-body" id="story-9121"></div><script>loadStory(9121)</script>'
    html = _station(box).replace(f'<div class="news-text"><p>{STATION_LINE}</p></div>', "")
    html = html.replace(f'<div class="news-sapo">{STATION_SAPO}</div>', f"<p>{STATION_LINE}</p>")
    ex = extract(html, STATION_URL)
    assert ex.status == "unextractable", ex.reason
    assert "empty story container" in ex.reason


UNION_SAPO = "Hội Liên hiệp Phụ nữ tỉnh trao vốn cho mười hai hội viên làm bánh truyền thống."
UNION_LINE = "Mỗi hội viên được vay 30 triệu đồng để mua lò nướng và làm nhãn mác."
GTM = (
    '<noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-AB12" height="0" '
    'width="0" style="display:none;visibility:hidden"></iframe></noscript>'
)
FB_BOX = (
    '<div class="col-right"><div class="fb-page"><iframe src="https://www.facebook.com/plugins/'
    'page.php?href=hoiphunu" width="300" height="500"></iframe></div><h3>Tin mới</h3><ul>'
    '<li><a href="/tin/hoi-thi-nau-an-7712.html">Hội thi nấu ăn ngon của chi hội phụ nữ các xã</a></li>'
    '<li><a href="/tin/lop-hoc-7711.html">Lớp học kỹ năng bán hàng qua mạng cho phụ nữ</a></li>'
    "</ul></div>"
)


def _union(story: str, *, before: str = GTM, side: str = FB_BOX) -> str:
    """A provincial women's union news page: a thin brief (a sapo and one sentence) in
    ``story``, a tag manager's frame in <noscript>, a social page frame in the right column."""
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<title>Trao vốn cho hội viên làm bánh truyền thống</title><meta property="og:type" content="article">
</head><body>{before}<div class="banner"><a href="/">Hội LHPN tỉnh</a></div>
<div class="row"><div class="col-left"><div class="bai-viet">
<h1 class="tieu-de">Trao vốn cho hội viên làm bánh truyền thống</h1>
<div class="ngay-dang">21/11/2026 10:05</div>{story}</div></div>{side}</div>
<div class="chan-trang">Hội Liên hiệp Phụ nữ tỉnh. Ghi rõ nguồn khi sử dụng thông tin.</div>
</body></html>"""


UNION_URL = "https://hoiphunu.example.vn/tin/trao-von-cho-hoi-vien-lam-banh-7713.html"
UNION_TEXT = f'<p class="tom-tat"><b>{UNION_SAPO}</b></p><p>{UNION_LINE}</p>'


@pytest.mark.parametrize(
    ("story", "frames"),
    [
        (UNION_TEXT, True),  # frames outside the story's part of the page (hidden, side column)
        (UNION_TEXT + '<div class="content-footer"></div><div class="pre-content"></div>', False),
        (
            f'<div class="ArticleContent"><p class="tom-tat"><b>{UNION_SAPO}</b></p>'
            f'<div class="video-player"></div><p>{UNION_LINE}</p></div>',  # text in its named box
            False,
        ),
        (UNION_TEXT + '<textarea class="comment-body"></textarea>', False),
        (UNION_TEXT + '<img class="lazyload" data-src="/anh/banh.jpg" alt="">', False),
    ],
)
def test_a_thin_brief_beside_frames_and_decoration_is_kept(story: str, frames: bool):
    html = _union(story) if frames else _union(story, before="", side="")
    ex = extract(html, UNION_URL)
    assert ex.status == ARTICLE, ex.reason
    assert ex.lead == UNION_SAPO and ex.text == UNION_LINE


def test_a_player_among_the_story_lines_still_makes_a_thin_page_unextractable():
    """A player standing between the headline and the lines, the text in no named box: the
    story is the clip or is loaded by script, and a sentence or two is not trusted."""
    story = f'<p class="tom-tat"><b>{UNION_SAPO}</b></p><div class="video-player"></div><p>{UNION_LINE}</p>'
    ex = extract(_union(story), UNION_URL)
    assert ex.status == "unextractable", ex.reason
    assert "player" in ex.reason


def test_text_found_only_before_the_headline_is_not_a_body():
    """A section page whose only text left is the live bar above the header: not a story."""
    ticker = (
        '<div class="live-bar"><span>TRỰC TIẾP</span> <a href="/kenh/1">Kênh 1</a> '
        '<span class="now">Đang phát: Chương trình nông thôn ngày nay với sản phẩm OCOP vùng cao</span></div>'
    )
    teasers = "".join(
        f'<div class="item"><a href="/tin/bai-{i}-88{i}1.html"><img src="/t/{i}.jpg" alt=""></a>'
        f'<h3><a href="/tin/bai-{i}-88{i}1.html">Tin số {i} của chuyên mục nông nghiệp trong tuần</a></h3>'
        f'<span class="time">1{i}/11/2026</span></div>'
        for i in range(8)
    )
    html = f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Nông nghiệp</title>
</head><body>{ticker}<div class="header"><a href="/">Truyền hình tỉnh</a></div>
<div class="main"><h1 class="cat-name">Nông nghiệp</h1><div class="items">{teasers}</div></div>
</body></html>"""
    ex = extract(html, "https://truyenhinh.example.vn/nong-nghiep/tin-88901.html")
    assert not ex.is_article, (ex.status, ex.text)


VILLAGE_BODY = [
    "Hiệp hội làng nghề huyện vừa mở gian trưng bày thường xuyên cho mười sản phẩm OCOP của "
    "các làng mây tre đan, gốm và dệt thổ cẩm.",
    "Gian hàng mở cửa các ngày trong tuần, du khách có thể đặt hàng và nhận tại chỗ hoặc gửi "
    "qua bưu điện.",
]


def _village(wrapper: str) -> str:
    """A craft-village association's post: the theme wraps the story and its share buttons in
    ``wrapper``; a long 'latest posts' column and a footer make the story a small share."""
    paras = "".join(f"<p>{p}</p>" for p in VILLAGE_BODY)
    side = "".join(
        f'<li><a href="/bai/{i}/">{t}</a></li>'
        for i, t in enumerate(
            SIDE_ITEMS + [f"Bản tin làng nghề số {n} trong năm" for n in range(6)]
        )
    )
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Gian trưng bày</title>
<meta property="og:type" content="article"></head><body><div class="site-top"><a href="/">Làng nghề huyện</a></div>
<div class="layout"><div class="primary"><article class="post">
<h1 class="post-heading">Mở gian trưng bày sản phẩm OCOP làng nghề</h1><span class="post-date">19/11/2026</span>
<div class="{wrapper}"><div class="share-rail"><a href="#">Facebook</a><a href="#">Zalo</a></div>
<div class="entry-content">{paras}</div></div></article></div>
<div class="secondary"><h3>Bài mới</h3><ul>{side}</ul></div></div>
<div class="site-bottom">Hiệp hội làng nghề huyện. Địa chỉ: nhà văn hóa trung tâm huyện. Điện thoại 0200 3 811 222.
Bản quyền thuộc hiệp hội; ghi rõ nguồn khi dẫn lại thông tin từ trang này.</div></body></html>"""


def test_a_story_wrapped_by_a_box_named_for_its_share_buttons_is_kept():
    for wrapper in ("post-share-container", "social-layout", "post-wrap"):
        ex = extract(_village(wrapper), "https://langnghe.example.vn/bai/mo-gian-trung-bay-ocop/")
        assert ex.status == ARTICLE, (wrapper, ex.reason)
        assert ex.text.split("\n\n") == VILLAGE_BODY, wrapper


def test_a_comment_box_with_a_long_comment_is_still_dropped():
    comment = (
        '<div class="comments"><h3>Ý kiến bạn đọc</h3><div class="item"><div class="content">'
        "<p>Tôi đã ghé gian hàng tuần trước và mua được bộ ấm gốm rất đẹp với giá phải chăng.</p>"
        "<p>Mong hiệp hội mở thêm gian hàng ở chợ trung tâm để người dân dễ tìm đến hơn.</p>"
        "</div></div></div>"
    )
    html = _village("post-wrap").replace("</article>", f"</article>{comment}")
    ex = extract(html, "https://langnghe.example.vn/bai/mo-gian-trung-bay-ocop/")
    assert ex.text.split("\n\n") == VILLAGE_BODY


TOUR_TEXT = (
    "Tối thứ Sáu, phố đi bộ ven hồ mở phiên chợ đêm đầu tiên với hai mươi gian hàng OCOP của các "
    "huyện, kèm biểu diễn nhạc dân tộc và hướng dẫn làm bánh cho du khách nhỏ tuổi."
)


def test_a_badge_above_the_headline_is_not_body():
    """A tourism portal's event brief: a category badge stands above the headline inside the
    story's box; short lines before the headline are labels, not the story."""
    html = f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Chợ đêm</title>
<meta property="og:type" content="article"></head><body><div class="nav"><a href="/">Du lịch tỉnh</a></div>
<section class="event-page"><article class="event-box"><span class="tag-label">Sự kiện sắp diễn ra</span>
<h1 class="event-name">Phiên chợ đêm OCOP đầu tiên bên hồ</h1><div class="event-when">22/11/2026 19:00</div>
<div class="event-text"><p>{TOUR_TEXT}</p></div></article></section>
<div class="foot">Trung tâm Thông tin Xúc tiến Du lịch tỉnh</div></body></html>"""
    ex = extract(html, "https://dulichtinh.example.vn/su-kien/phien-cho-dem-ocop-ben-ho-5521.html")
    assert ex.status == ARTICLE, ex.reason
    assert ex.text == TOUR_TEXT


def test_an_editorial_disclaimer_in_any_of_its_verbs_is_a_meta_line():
    from crawler.extract.linekinds import is_meta_line

    for verb in ("là", "phản ánh", "thể hiện"):
        line = f"Ý kiến trong bài là của riêng người viết, không nhất thiết {verb} quan điểm của tòa soạn."
        assert is_meta_line(line), line
    long = (
        "Anh Tâm nói việc hợp tác xã mở thêm điểm bán không nhất thiết là quan điểm của tòa soạn "
        "hay của ai khác, mà là kinh nghiệm sau ba năm bán hàng OCOP ở chợ phiên vùng cao của tỉnh."
    )
    assert not is_meta_line(long)


BULLETIN_ABSTRACT = (
    "Bài báo đánh giá khả năng bảo quản mắm tôm chua bằng bao bì hút chân không ở nhiệt độ "
    "phòng trong sáu tháng, làm cơ sở hoàn thiện hồ sơ sản phẩm OCOP."
)
BULLETIN_BODY = [
    "Mẫu được lấy tại ba cơ sở sản xuất và chia thành hai nhóm đóng gói.",
    "Sau sáu tháng, nhóm hút chân không giữ màu và mùi đặt yêu cầu của hội đồng cảm quan.",
]


@pytest.mark.parametrize("label", ["Tóm tắt:", "Tóm lược -", "Abstract:"])
def test_a_journal_abstract_after_its_label_is_the_sapo(label: str):
    """A university's research bulletin: the summary is an 'abstract' block opening with its
    label; the sapo is the text after the label, and the article keeps its body."""
    paras = "".join(f"<p>{p}</p>" for p in BULLETIN_BODY)
    html = f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Bản tin khoa học</title>
<meta property="og:type" content="article"></head><body><div class="journal-head">Bản tin Khoa học Trường</div>
<div class="article-view"><h1>Bảo quản mắm tôm chua bằng bao bì hút chân không</h1>
<div class="meta">Ngày đăng: 18/11/2026 · Nhóm tác giả Khoa Công nghệ thực phẩm</div>
<section class="item abstract"><strong>{label}</strong> {BULLETIN_ABSTRACT}</section>
<div class="article-fulltext">{paras}</div></div></body></html>"""
    ex = extract(html, "https://bantin.example.edu.vn/bai-bao/bao-quan-mam-tom-chua-1207")
    assert ex.lead == BULLETIN_ABSTRACT
    assert ex.text.split("\n\n") == BULLETIN_BODY


def test_a_sentence_opening_with_theo_do_is_not_a_source_line():
    from crawler.extract.bylines import byline_of

    for line in ["Theo đó, các hộ kinh doanh phải niêm yết giá", "Theo tôi, cần mở thêm điểm bán"]:
        assert byline_of(line) is None, line
    assert byline_of("Theo Reuters, AFP") == ([], "Reuters, AFP")
    assert byline_of("(Theo báo Nông thôn Ngày nay)") == ([], "báo Nông thôn Ngày nay")


CHAMBER_LINES = [
    "Phiên giao thương kết nối hai mươi doanh nghiệp xuất khẩu với các hợp tác xã có sản phẩm OCOP.",
    "Yêu cầu của nhà nhập khẩu",
    "Các nhà nhập khẩu cho biết họ cần hồ sơ truy xuất nguồn gốc đầy đủ và bao bì ghi hai thứ tiếng.",
    "Nhiều hợp tác xã xin thêm thời gian để hoàn thiện mã số vùng trồng trước khi ký hợp đồng.",
    "Bước tiếp theo",
    "Ban tổ chức sẽ gửi danh sách đơn hàng mẫu cho từng hợp tác xã trước ngày 15 tháng 12.",
]


def test_a_subheading_followed_by_a_picture_stays_in_the_body():
    """A chamber of commerce's bulletin: each sub-heading is followed by a photo table, and
    the heading must stay between the paragraphs around it."""
    photo = (
        '<table class="pic" align="center"><tr><td><img src="/anh/{0}.jpg" alt=""></td></tr>'
        '<tr><td class="note">Ảnh: Ban tổ chức</td></tr></table>'
    )
    c = CHAMBER_LINES
    story = (
        f"<p>{c[0]}</p><h3>{c[1]}</h3>{photo.format(1)}<p>{c[2]}</p><p>{c[3]}</p>"
        f"<h3>{c[4]}</h3>{photo.format(2)}<p>{c[5]}</p>"
    )
    html = f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Giao thương</title>
<meta property="og:type" content="article"></head><body><div class="top">Bản tin Hiệp hội Doanh nghiệp</div>
<div class="news-detail"><h1>Kết nối doanh nghiệp xuất khẩu với hợp tác xã OCOP</h1>
<div class="news-date">17/11/2026</div><div class="news-content">{story}</div></div>
<div class="other"><h3>Tin khác</h3><ul><li><a href="/tin/1">Hội nghị hội viên cuối năm sẽ diễn ra tại tỉnh bạn</a></li></ul></div>
</body></html>"""
    ex = extract(html, "https://hiephoidn.example.vn/tin/ket-noi-doanh-nghiep-xuat-khau-2231.html")
    assert ex.text.split("\n\n") == CHAMBER_LINES


def test_a_vietnamese_page_declared_english_by_its_template_keeps_vietnamese_rules():
    """A Red Cross chapter's portal left at its CMS default lang="en-US": the text is
    Vietnamese, so the right-aligned signature is the byline, not body."""
    story = (
        "Hội Chữ thập đỏ tỉnh vừa trao hai trăm suất quà gồm gạo, mì và nước mắm OCOP cho các hộ "
        "bị ảnh hưởng bởi lũ ở ba xã ven sông, mỗi suất trị giá năm trăm nghìn đồng."
    )
    html = f"""<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8"><title>Trao quà</title>
</head><body><div class="portlet-title">Tin hoạt động</div><div class="journal-content">
<h2 class="tieu-de">Trao quà cho hộ bị ảnh hưởng bởi lũ</h2><div class="ngay">21/11/2026</div>
<div class="noi-dung"><p style="text-align: justify;">{story}</p>
<p style="text-align: right;"><strong>Thanh Hương</strong></p></div></div></body></html>"""
    ex = extract(
        html, "https://chuthapdo.example.vn/tin-hoat-dong/-/asset/trao-qua-cho-ho-bi-lu-2201"
    )
    assert ex.language == "vi"
    assert ex.text == story and ex.authors == ["Thanh Hương"]


def test_a_label_echoing_the_headline_above_the_story_is_not_body():
    """A cooperative union's weekly price note: a centred caps label repeating the headline's
    words stands above the story; a first line that is a sentence stays."""
    first = (
        "Giá cà phê nhân tuần này tăng nhẹ, các hợp tác xã bán ra khoảng một phần ba lượng hàng."
    )
    html = """<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Bản tin</title>
<meta property="og:type" content="article"></head><body><div class="lmhtx-top">Liên minh HTX tỉnh</div>
<div class="tin"><h1>Bản tin giá nông sản tuần 47</h1><div class="ngay">21/11/2026</div>
<div class="noi-dung"><p style="text-align:center"><strong>GIÁ NÔNG SẢN</strong></p>
<p>{0}</p><p>Hồ tiêu giữ giá, sầu riêng trái vụ được thương lái đặt cọc trước.</p></div></div></body></html>"""
    url = "https://lienminhhtx.example.vn/ban-tin/gia-nong-san-tuan-47-3301.html"
    ex = extract(html.format(first), url)
    assert ex.text.startswith(first), ex.text
