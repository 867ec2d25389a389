"""More page shapes, written for these tests (no real page copied): one item of an issue or
stream, counters and stats lines, bilingual pages, tabbed articles with comments, video
pages with a description, government portals with the source inside the content.

Each shape renders a ``Story`` of ``tests.template_zoo`` into a full page; ``CHROME4`` lists
text that must never reach the extracted lead or body.
"""

from __future__ import annotations

from tests.template_zoo import STORIES, Story, _footer, _head, _nav, _paras

OTHER_ITEMS = (
    ("Lịch tiếp nhận hồ sơ đất đai trong tuần", "Bộ phận một cửa nhận hồ sơ từ thứ hai đến sáng thứ bảy, buổi chiều thứ sáu dành cho việc trả kết quả."),
    ("Hội thi nấu ăn của chi hội phụ nữ các thôn", "Mỗi thôn cử một đội ba người, món dự thi dùng nguyên liệu sản phẩm OCOP của địa phương."),
    ("Kế hoạch phun thuốc diệt muỗi ở khu dân cư", "Trạm y tế đề nghị các hộ đóng kín thùng nước và dọn dẹp vật dụng đọng nước quanh nhà."),
)  # fmt: skip
CONTENTS_LINE = "Nội dung kỳ này"
ISSUE_LINE = "Kỳ 12 - tháng 11/2026"
CHROME4_ITEMS = (CONTENTS_LINE, ISSUE_LINE, *(t for pair in OTHER_ITEMS for t in pair))


def union_bulletin(story: Story) -> tuple[str, str]:
    """A mass organisation's bulletin issue: the issue line, a contents list naming every
    entry, the highlighted entry (``<article class="entry entry-active">`` with the
    ``<h1>``) and the other entries of the issue in full (``<article class="entry">``
    with an ``<h4>``), one naming OCOP. No date, no byline, a short URL."""
    contents = "".join(f"<li>{t}</li>" for t in (story.title, *(t for t, _ in OTHER_ITEMS)))
    own = (f'<article class="entry entry-active"><h1>{story.title}</h1>'
           f'<p class="entry-lead"><em>{story.sapo}</em></p>{"".join(_paras(story))}</article>')  # fmt: skip
    others = "".join(
        f'<article class="entry"><h4>{t}</h4><p>{p}</p></article>' for t, p in OTHER_ITEMS
    )
    html = (f"<html><head><meta charset='utf-8'><title>{story.title} | Bản tin Hội</title>"
            f"</head><body><div class='issue'><p class='issue-no'>{ISSUE_LINE}</p>"
            f"<section class='contents'><strong>{CONTENTS_LINE}</strong><ul>{contents}</ul></section>"
            f"{own}<section class='more'>{others}</section></div></body></html>")  # fmt: skip
    return html, "https://hoiphunu.example.vn/ban-tin/ky-12/muc-1"


def feed_stream(story: Story) -> tuple[str, str]:
    """A live feed: every post an ``<li class="post">``, the one being read opened with its
    ``<h1>`` and date, the others below with an ``<h2>`` link and one paragraph."""
    own = (f'<li class="post post-open"><time>20/11/2026 08:15</time><h1>{story.title}</h1>'
           f'<div class="sapo">{story.sapo}</div>{"".join(_paras(story))}</li>')  # fmt: skip
    others = "".join(f'<li class="post"><time>20/11/2026 07:{10 + k}</time><h2><a href="/feed/{k}">{t}</a>'
                     f"</h2><p>{p}</p></li>" for k, (t, p) in enumerate(OTHER_ITEMS))  # fmt: skip
    html = (_head(story) + f"<body>{_nav()}<main><h2>Dòng sự kiện</h2><ul class='feed'>{own}{others}"
            f"</ul></main>{_footer()}</body></html>")  # fmt: skip
    return html, f"https://baotinh.vn/feed/{story.slug(7301)}"


ITEM_SHAPES = {"union-bulletin": union_bulletin, "feed-stream": feed_stream}
CASES = [(name, story) for name in ITEM_SHAPES for story in STORIES]


VISITS = "Số người online: 17 - Lượt truy cập: 1.204.377"
OFFICE = "Phòng Kinh tế huyện"
SOURCE = "Nguồn: Trung tâm Khuyến nông tỉnh"
CAPTION4 = "Đoàn công tác thăm khu sơ chế của hợp tác xã."
OWNER_LINE = "Cơ quan chủ quản: Ủy ban nhân dân huyện - Trưởng ban biên tập: Lê Văn Tùng"
VIDEO_DESC = "Người dân giới thiệu sản phẩm với khách tham quan gian hàng."
VIDEO_STATS = "Thời lượng: 02:47 · Lượt xem: 3.015"
CHROME4_PORTALS = (VISITS, CAPTION4, OWNER_LINE, VIDEO_DESC, VIDEO_STATS, SOURCE, OFFICE)


def _span_paras(story: Story) -> list[str]:
    return [f'<p style="text-align:justify"><span style="font-size:13pt"><span style="color:#000">'
            f"{p}</span></span></p>" for p in story.paragraphs]  # fmt: skip


def district_portal(story: Story) -> tuple[str, str]:
    """A district e-portal (DotNetNuke-like): no <h1>, the headline an <h3> that the <title>
    starts with, the sapo bold, paragraphs in nested <span style>, a centred picture with
    a centred italic caption paragraph below, the office's right-aligned signature and a
    "Nguồn:" line inside the content, a visit counter and the owner line in the footer."""
    paras = _span_paras(story)
    k = max(1, len(paras) // 2)
    picture = ('<p style="text-align: center"><img src="/Portals/0/anh-1.jpg" alt=""></p>'
               f'<p style="text-align: center"><em>{CAPTION4}</em></p>')  # fmt: skip
    html = (f"<html><head><meta charset='utf-8'><title>{story.title} - Cổng thông tin điện tử "
            f"huyện Nam Sơn</title></head><body><div class='dnn-banner'>UBND HUYỆN NAM SƠN</div>"
            f"{_nav()}<div class='DnnModule'><div class='news-head'><h3>{story.title}</h3></div>"
            f"<div class='news-date'>20/11/2026 08:15</div><div class='news-sapo'><p><b>{story.sapo}"
            f"</b></p></div><div class='news-body'>{''.join(paras[:k])}{picture}{''.join(paras[k:])}"
            f'<p style="text-align: right"><strong>{OFFICE}</strong></p>'
            f'<p style="text-align: right"><strong>{SOURCE}</strong></p></div></div>'
            f"<div class='dnn-foot'><p>{VISITS}</p><p>{OWNER_LINE}</p></div></body></html>")  # fmt: skip
    return html, f"https://namson.example.gov.vn/tin-tuc/{story.slug(3312)}"


def video_page(story: Story) -> tuple[str, str]:
    """A station's video news page: the player box holds the player, the video's
    description (a caption) and its stats line; the story's text follows below."""
    box = (f'<div class="clip-box"><div class="clip-player" id="clip-77"><video controls></video>'
           f'</div><p class="clip-note">{VIDEO_DESC}</p><div class="clip-info">{VIDEO_STATS}'
           "</div></div>")  # fmt: skip
    html = (_head(story, '<meta property="og:type" content="article">')
            + f"<body>{_nav()}<div class='clip-detail'><h1>{story.title}</h1><div class='time'>"
            f"20/11/2026 08:15</div>{box}<div class='sapo'>{story.sapo}</div><div class='content'>"
            f"{''.join(_paras(story))}</div></div>{_footer()}</body></html>")  # fmt: skip
    return html, f"https://truyenhinh.example.vn/video/{story.slug(8812)}"


PORTAL_SHAPES = {"district-portal": district_portal, "video-page": video_page}
PORTAL_CASES = [(name, story) for name in PORTAL_SHAPES for story in STORIES]


READER_COMMENT = "Sản phẩm này tôi mua dùng thử rồi, đóng gói đẹp nhưng giá hơi cao so với chợ."
NO_PHOTOS = "Bài viết chưa có ảnh."
CHROME4_TABS = (READER_COMMENT, NO_PHOTOS, "Ý kiến bạn đọc", "Ảnh")


def tabbed_sections(story: Story, heading: str = "link") -> tuple[str, str]:
    """A jQuery-UI tabbed article ("Bài viết / Ảnh / Ý kiến bạn đọc", ``ui-tabs-panel``): the
    story tab holds the sapo and the paragraphs in collapsible sections (Bootstrap 3
    ``panel-group``; each section's title a collapse link, or with ``heading="button"`` a
    button, in an <h4>; only the first open); the other tabs hold a photo placeholder and
    a reader's comment."""
    sections = []
    for k, p in enumerate(story.paragraphs):
        label = f"Phần {k + 1}"
        toggle = (f'<button type="button" class="btn-toggle" data-toggle="collapse">{label}</button>'
                  if heading == "button" else f'<a data-toggle="collapse" href="#s{k}">{label}</a>')  # fmt: skip
        shown = " in" if k == 0 else ""
        sections.append(f'<div class="panel"><div class="panel-heading"><h4 class="panel-title">{toggle}'
                        f'</h4></div><div id="s{k}" class="panel-collapse collapse{shown}">'
                        f'<div class="panel-body"><p>{p}</p></div></div></div>')  # fmt: skip
    tabs = ('<ul class="ui-tabs-nav"><li><a href="#t1">Bài viết</a></li><li><a href="#t2">Ảnh</a>'
            '</li><li><a href="#t3">Ý kiến bạn đọc</a></li></ul>')  # fmt: skip
    html = (_head(story, '<meta property="og:type" content="article">')
            + f"<body>{_nav()}<article class='news'><h1>{story.title}</h1><div class='time'>20/11/2026 "
            f"08:15</div><div id='tabs' class='ui-tabs'>{tabs}<div id='t1' class='ui-tabs-panel'>"
            f"<div class='sapo'>{story.sapo}</div><div class='panel-group'>{''.join(sections)}</div>"
            f"</div><div id='t2' class='ui-tabs-panel'><p>{NO_PHOTOS}</p></div><div id='t3' "
            f"class='ui-tabs-panel'><div class='reader'><b>Thu Hà</b><p>{READER_COMMENT}</p></div>"
            f"</div></div></article>{_footer()}</body></html>")  # fmt: skip
    return html, f"https://baotinh.vn/doi-song/{story.slug(6631)}"


def tabbed_sections_buttons(story: Story) -> tuple[str, str]:
    """The tabbed article with section titles as buttons."""
    return tabbed_sections(story, heading="button")


TAB_SHAPES = {"tabs-links": tabbed_sections, "tabs-buttons": tabbed_sections_buttons}
TAB_CASES = [(name, story) for name in TAB_SHAPES for story in STORIES]


EN_TITLE = "Province certifies new local products"
EN_LEAD = "The provincial council has certified a new group of local products this month."
EN_BODY = "Producers receive support for packaging and for joining trade fairs in the cities."
CHROME4_BILINGUAL = (EN_TITLE, EN_LEAD, EN_BODY, "Bản dịch tiếng Anh")


def bilingual_page(story: Story) -> tuple[str, str]:
    """A page in Vietnamese (``<html lang="vi">``) with the English translation in a
    ``<div lang="en">`` above the story, its own headline and a ``lead``-classed summary."""
    english = (f'<div class="translation" lang="en"><div class="note">Bản dịch tiếng Anh</div>'
               f'<h3>{EN_TITLE}</h3><p class="lead">{EN_LEAD}</p><p>{EN_BODY}</p></div>')  # fmt: skip
    html = (_head(story, '<meta property="og:type" content="article">').replace('lang="vi"', 'lang="vi-VN"')
            + f"<body>{_nav()}<div class='page'>{english}<div class='story'><h1>{story.title}</h1>"
            f"<div class='time'>20/11/2026 08:15</div><p class='lead'>{story.sapo}</p>"
            f"{''.join(_paras(story))}</div></div>{_footer()}</body></html>")  # fmt: skip
    return html, f"https://baotinh.vn/song-ngu/{story.slug(9901)}"


MASTHEAD = "Báo Nông Thôn Ngày Nay - Cơ quan ngôn luận của Hội Nông dân Việt Nam"
ARROW_LINK = "Hợp tác xã mở cửa hàng giới thiệu đặc sản tại bến xe tỉnh"
BOX_TITLE = "Giá vải thiều sớm tăng mạnh ngay đầu vụ thu hoạch"
BOX_SAPO = "Thương lái đặt cọc từ khi quả còn xanh, nhiều nhà vườn đã chốt giá trước."
NEXT_TITLE = "Người nuôi ong chuyển đàn lên núi tránh rét"
NEXT_TEXT = "Những ngày cuối năm, các hộ nuôi ong ở vùng đồi chuyển thùng lên cao, nơi hoa rừng còn nở và gió lạnh ít lùa vào tổ."
CHROME4_INLINE = (MASTHEAD, ARROW_LINK, BOX_TITLE, BOX_SAPO, NEXT_TITLE, NEXT_TEXT)


def mobile_bem(story: Story) -> tuple[str, str]:
    """A BEM-styled mobile page: an arrow link line (">> headline") and a related box whose
    class carries a version suffix (``box-lienquan-v3``, a teaser inside) between the
    paragraphs, the next story below in a ``story story--next`` block, and the paper's
    masthead line ("Cơ quan ngôn luận của …") in a footer div."""
    paras = _paras(story)
    k = max(1, len(paras) // 2)
    inline = (f'<p><em><strong>&gt;&gt; <a href="/nong-thon/cua-hang-8801.html">{ARROW_LINK}</a>'
              f'</strong></em></p><div class="box-lienquan-v3"><article class="teaser"><h4><a '
              f'href="/kinh-te/vai-thieu-8802.html">{BOX_TITLE}</a></h4><p>{BOX_SAPO}</p></article></div>')  # fmt: skip
    nxt = (f'<div class="story story--next"><h2 class="story__title">{NEXT_TITLE}</h2>'
           f'<div class="story__body"><p>{NEXT_TEXT}</p></div></div>')  # fmt: skip
    html = (_head(story) + f"<body>{_nav()}<div class='page'><div class='story'><h1 class='story__title'>"
            f"{story.title}</h1><div class='story__meta'>20/11/2026 08:15</div><div class='story__sapo'>"
            f"{story.sapo}</div><div class='story__body'>{''.join(paras[:k])}{inline}{''.join(paras[k:])}"
            f"</div></div>{nxt}</div><div class='page-bottom'><p>{MASTHEAD}</p></div></body></html>")  # fmt: skip
    return html, f"https://baotinh.vn/m/kinh-te/{story.slug(8800)}"


DIGEST = (
    ("Chợ phiên vùng cao họp lại sau mùa mưa lũ", "Người bán mang rau rừng, gà đồi và vải thổ cẩm xuống chợ từ sáng sớm."),
    ("Trường học vùng lũ nhận thêm bàn ghế mới", "Các nhà hảo tâm đã góp gần hai trăm bộ bàn ghế cho ba điểm trường."),
    ("Sản phẩm OCOP của tỉnh có mặt tại hội chợ thủ đô", "Mười hai chủ thể mang mật ong, chè và măng khô đến giới thiệu với khách."),
    ("Giá phân bón giảm nhẹ trước vụ đông xuân", "Đại lý cho biết giá urê và lân đều thấp hơn tháng trước khoảng năm phần trăm."),
)  # fmt: skip


def weekly_digest() -> tuple[str, str]:
    """A weekly digest page (no article markup): bold headlines without links, each with a
    sentence of summary, in sibling blocks of one class; nothing else of its own."""
    items = "".join(f'<div class="digest-row"><strong>{t}</strong><br>{p}</div>' for t, p in DIGEST)
    html = ("<html><head><meta charset='utf-8'><title>Điểm tin tuần 47 | Báo Tỉnh</title></head>"
            f"<body>{_nav()}<h1>Điểm tin tuần 47 ngày 20/11/2026</h1><div class='digest'>{items}</div>"
            f"{_footer()}</body></html>")  # fmt: skip
    return html, "https://baotinh.vn/diem-tin/tuan-47"


def listicle(story: Story) -> tuple[str, str]:
    """An article made of bold-headed blocks (a list of products) after its own sapo."""
    rows = "".join(f'<div class="digest-row"><strong>{t}</strong><br>{p}</div>' for t, p in DIGEST)
    html = (_head(story) + f"<body>{_nav()}<div class='detail'><h1>{story.title}</h1><div class="
            f"'time'>20/11/2026 08:15</div><div class='sapo'>{story.sapo}</div>"
            f"<div class='content'>{''.join(_paras(story))}{rows}</div></div>{_footer()}</body></html>")  # fmt: skip
    return html, f"https://baotinh.vn/kinh-te/{story.slug(4410)}"


QUESTIONS = ("PV: Vì sao hợp tác xã chọn làm sản phẩm từ cây dược liệu?", "PV: Xin cảm ơn bà!")
CREDITS = "Bài: Thu Trang - Ảnh: Quốc Việt - Đồ họa: Minh Châu"
READING = "6 phút đọc"
CHROME4_LONGFORM = (CREDITS, READING)


def longform(story: Story) -> tuple[str, str]:
    """A long-form interview layout: a reading-time line beside the date, the
    interviewer's questions as bold "PV:" paragraphs, a pull quote (a quote-classed box
    restating a paragraph in other words) and a credits line at the end."""
    first = story.paragraphs[0]
    words = first.rstrip(".").split()
    restated = " ".join(words[: max(6, len(words) - 2)]) + "."
    quote = (
        f'<blockquote class="lf-quote lf-quote--wide"><span>“</span><p>{restated}</p></blockquote>'
    )
    paras = [f"<p><strong>{QUESTIONS[0]}</strong></p>", *_paras(story), quote,
             f"<p><strong>{QUESTIONS[1]}</strong></p>"]  # fmt: skip
    html = (_head(story, '<meta property="og:type" content="article">')
            + f"<body>{_nav()}<article class='lf'><h1>{story.title}</h1><div class='lf-meta'><span>"
            f"20/11/2026 08:15</span><span>{READING}</span></div><div class='sapo'>{story.sapo}</div>"
            f"<div class='lf-body'>{''.join(paras)}<p class='lf-credit'>{CREDITS}</p></div></article>"
            f"{_footer()}</body></html>")  # fmt: skip
    return html, f"https://baotinh.vn/longform/{story.slug(7707)}"
