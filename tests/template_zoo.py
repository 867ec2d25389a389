"""A zoo of Vietnamese news-CMS page layouts, written for these tests (no real page copied).

Each layout renders a ``Story`` into a full page with its chrome: menus and sidebars that
mention OCOP on every page, related-news boxes inside the body, caption tables, ad slots
with alt text and slug-like identifiers, share bars, footers. ``CHROME`` lists text that
must never reach the extracted lead or body.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from corpus.article import VIETNAM_TZ
from corpus.textnorm import fold


@dataclass(frozen=True)
class Story:
    key: str
    title: str
    sapo: str
    paragraphs: tuple[str, ...]
    author: str
    tags: tuple[str, ...]
    ocop: bool
    published: datetime = datetime(2026, 11, 20, 8, 15, tzinfo=VIETNAM_TZ)

    def slug(self, article_id: int) -> str:
        return "-".join(fold(self.title).replace(",", "").split()) + f"-{article_id}.html"


OCOP_LONG = Story(
    key="ocop-long",
    title="Huyện miền núi nâng hạng 12 sản phẩm OCOP nhờ liên kết hợp tác xã",
    sapo="Sau hai năm gom các hộ trồng chè và nuôi ong vào hợp tác xã, huyện đã có thêm 12 sản "
    "phẩm được công nhận đạt chuẩn OCOP, trong đó ba sản phẩm lần đầu đạt 4 sao.",
    paragraphs=(
        "Theo Phòng Nông nghiệp huyện, năm nay có 27 hồ sơ sản phẩm được gửi lên hội đồng đánh "
        "giá, phân hạng, nhiều hơn gần gấp đôi so với năm trước. Phần lớn chủ thể là hợp tác xã "
        "mới thành lập ở các xã vùng cao.",
        "Chè búp khô của Hợp tác xã Suối Mây là sản phẩm được chú ý nhất. Từ chỗ mỗi hộ tự sao "
        "chè bằng chảo gang rồi bán cho thương lái, nay các hộ thống nhất quy trình hái một tôm "
        "hai lá, sao bằng máy và đóng gói có tem truy xuất nguồn gốc.",
        "Giám đốc hợp tác xã cho biết giá chè đã tăng từ 180.000 đồng lên 320.000 đồng mỗi kg, "
        "thu nhập của 46 hộ thành viên tăng khoảng 30% so với khi còn làm riêng lẻ.",
        "Mật ong bạc hà và măng khô là hai sản phẩm khác vừa đạt 4 sao. Huyện hỗ trợ mỗi chủ thể "
        "50 triệu đồng để thiết kế bao bì, đăng ký nhãn hiệu và đưa hàng lên sàn thương mại "
        "điện tử.",
        "Dù vậy, cán bộ huyện thừa nhận nhiều chủ thể vẫn lúng túng khi duy trì chất lượng sau "
        "khi được công nhận. Một số sản phẩm từng đạt 3 sao đã bị nhắc nhở vì không gia hạn "
        "giấy chứng nhận an toàn thực phẩm đúng hạn.",
        "Trong giai đoạn tới, huyện đặt mục tiêu mỗi xã có ít nhất hai sản phẩm OCOP và xây dựng "
        "một điểm giới thiệu sản phẩm tại trung tâm thị trấn để phục vụ khách du lịch.",
    ),
    author="Hoàng Minh Thư",
    tags=("OCOP", "hợp tác xã", "chè"),
    ocop=True,
)
OCOP_SHORT = Story(
    key="ocop-short",
    title="Thêm 5 sản phẩm của thị xã đạt chuẩn OCOP 3 sao",
    sapo="Hội đồng đánh giá sản phẩm cấp tỉnh vừa công nhận 5 sản phẩm của thị xã đạt 3 sao.",
    paragraphs=(
        "Các sản phẩm gồm bánh đa vừng, tương nếp, miến dong, nấm sò sấy và trà hoa vàng, đều do "
        "hộ kinh doanh và hợp tác xã địa phương sản xuất.",
        "Như vậy thị xã hiện có 19 sản phẩm đạt chuẩn trong chương trình Mỗi xã một sản phẩm.",
    ),
    author="Lan Chi",
    tags=("OCOP",),
    ocop=True,
)
OTHER_LONG = Story(
    key="other-long",
    title="Tỉnh khởi công tuyến đường ven sông dài 14 km nối hai khu công nghiệp",
    sapo="Tuyến đường có tổng vốn đầu tư hơn 1.200 tỷ đồng, dự kiến hoàn thành sau 30 tháng "
    "thi công và giảm tải cho quốc lộ đang quá tải vào giờ cao điểm.",
    paragraphs=(
        "Sáng nay, Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh tổ chức lễ "
        "khởi công tuyến đường ven sông, điểm đầu giao với đường tỉnh 291, điểm cuối nối vào khu "
        "công nghiệp phía nam.",
        "Đường được thiết kế bốn làn xe, mặt cắt ngang rộng 33 m, có dải phân cách giữa và vỉa hè "
        "hai bên. Dự án đi qua địa bàn ba xã với hơn 600 hộ dân bị ảnh hưởng bởi giải phóng mặt "
        "bằng.",
        "Đại diện chủ đầu tư cho biết đến nay đã bàn giao được khoảng 85% diện tích mặt bằng. "
        "Phần còn lại chủ yếu là đất nông nghiệp xen kẽ, dự kiến hoàn tất trong quý đầu năm sau.",
        "Phát biểu tại buổi lễ, lãnh đạo tỉnh yêu cầu nhà thầu bố trí đủ máy móc, nhân lực, thi "
        "công ba ca ở những đoạn đã có mặt bằng và bảo đảm an toàn giao thông cho người dân đi lại.",
        "Khi hoàn thành, tuyến đường sẽ rút ngắn thời gian di chuyển giữa hai khu công nghiệp từ "
        "45 phút xuống còn khoảng 15 phút, đồng thời mở thêm quỹ đất cho các khu dân cư mới.",
    ),
    author="Trần Quốc Việt",
    tags=("giao thông", "hạ tầng"),
    ocop=False,
)
OTHER_SHORT = Story(
    key="other-short",
    title="Mưa lớn gây ngập cục bộ nhiều tuyến phố trung tâm",
    sapo="Cơn mưa kéo dài gần hai giờ chiều qua khiến nhiều tuyến phố ngập sâu 20 đến 40 cm.",
    paragraphs=(
        "Lực lượng công an được bố trí tại các điểm ngập để hướng dẫn phương tiện đi vòng, tránh "
        "chết máy giữa đường.",
        "Công ty thoát nước cho biết đã vận hành các trạm bơm và dự kiến nước rút hết trong đêm.",
    ),
    author="Đỗ Khánh Linh",
    tags=("thời tiết",),
    ocop=False,
)
STORIES = (OCOP_LONG, OCOP_SHORT, OTHER_LONG, OTHER_SHORT)

# chrome that mentions OCOP on every page: a story is relevant only from its own text
MENU = ("Trang chủ", "Thời sự", "Nông thôn mới", "Sản phẩm OCOP", "Kinh tế", "Văn hóa")
SIDEBAR = (
    "Sản phẩm OCOP của tỉnh vươn ra thị trường châu Âu nhờ chứng nhận hữu cơ",
    "Phiên chợ cuối tuần giới thiệu hơn 200 sản phẩm Mỗi xã một sản phẩm",
    "Giá lúa tăng nhẹ ở đồng bằng trong tuần đầu tháng",
)
RELATED = (
    "Nông dân vùng cao đưa đặc sản OCOP lên sàn thương mại điện tử",
    "Tỉnh phấn đấu có thêm 50 sản phẩm OCOP trong năm tới",
)
CAPTION = "Cán bộ hợp tác xã kiểm tra hàng trước khi giao cho đối tác. Ảnh: tư liệu"
AD_ALT = "Phân bón hữu cơ vi sinh giá ưu đãi"
AD_SLUG = "qc-nongsan-300-250"
FILE_LINE = "DSC_0421.JPG"
SHARE = "Chia sẻ bài viết"
FOOTER = "Giấy phép số 123/GP-BTTTT do Bộ Thông tin và Truyền thông cấp"
CHROME = (*MENU[1:], *SIDEBAR, *RELATED, CAPTION, AD_ALT, AD_SLUG, FILE_LINE, SHARE, FOOTER,
          "Tin liên quan", "Đọc thêm", "Xem thêm", "Đọc nhiều")  # fmt: skip


def _nav() -> str:
    items = "".join(f'<li><a href="/{fold(m).replace(" ", "-")}">{m}</a></li>' for m in MENU)
    return f'<header><div class="logo"><a href="/">Báo Tỉnh</a></div><nav><ul>{items}</ul></nav></header>'


def _sidebar() -> str:
    items = "".join(
        f'<li><a href="/tin/{i}-bai-{i}.html">{t}</a></li>' for i, t in enumerate(SIDEBAR)
    )
    return f'<aside class="sidebar"><h3>Đọc nhiều</h3><ul>{items}</ul></aside>'


def _related_links(tag: str = "li") -> str:
    return "".join(f'<{tag}><a href="/nong-thon/{i}-tin-lien-quan-{i}0001.html">{t}</a></{tag}>'
                   for i, t in enumerate(RELATED))  # fmt: skip


def _footer() -> str:
    return f"<footer><p>© Báo Tỉnh. {FOOTER}.</p><p>Điện thoại: 0200 000 000</p></footer>"


def _head(story: Story, extra: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{story.title} - '
            f'Báo Tỉnh</title><meta name="keywords" content="{", ".join(story.tags)}">{extra}'
            "</head>")  # fmt: skip


def _paras(story: Story, cls: str = "") -> list[str]:
    attr = f' class="{cls}"' if cls else ""
    return [f"<p{attr}>{p}</p>" for p in story.paragraphs]


def _middle(parts: list[str], box: str) -> list[str]:
    """``box`` inserted after the first half of the paragraphs (the body continues after it)."""
    k = max(1, len(parts) // 2)
    return [*parts[:k], box, *parts[k:]]


def express(story: Story) -> tuple[str, str]:
    """The largest-site style: p.description right after the h1, caption tables inside the
    body, a bold signature at the end, og:type article."""
    caption = ('<table class="tplCaption" align="center"><tbody><tr><td><img src="/anh/hop-tac-xa.jpg" '
               f'alt="hợp tác xã"></td></tr><tr><td><p class="Image">{CAPTION}</p></td></tr></tbody></table>')  # fmt: skip
    body = _middle(_paras(story, "Normal"), caption)
    html = (
        _head(story, '<meta property="og:type" content="article">')
        + f"<body>{_nav()}<section class='container'><div class='sidebar-1'>"
        f'<span class="date">Thứ sáu, 20/11/2026, 08:15 (GMT+7)</span>'
        f'<h1 class="title-detail">{story.title}</h1><p class="description">{story.sapo}</p>'
        f'<article class="fck_detail">{"".join(body)}'
        f'<p style="text-align:right;"><strong>{story.author}</strong></p></article>'
        f'<div class="social_share">{SHARE}: Facebook Zalo</div></div>{_sidebar()}</section>'
        f"{_footer()}</body></html>"
    )
    return html, f"https://baotinh.vn/thoi-su/{story.slug(4512301)}"


def portal(story: Story) -> tuple[str, str]:
    """A provincial paper's portal: div.sapo, a related box in the middle of the body,
    JSON-LD NewsArticle, "Tin và ảnh:" byline."""
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": story.title,
          "datePublished": story.published.isoformat(), "author": {"@type": "Person", "name": story.author}}  # fmt: skip
    box = f'<div class="box-tinlienquan"><h3>Tin liên quan</h3><ul>{_related_links()}</ul></div>'
    body = _middle(_paras(story), box)
    html = (
        _head(story, f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>')
        + f'<body>{_nav()}<div class="main"><div class="detail-title"><h1>{story.title}</h1>'
        f'<div class="detail-time">20/11/2026 08:15</div></div><div class="sapo">{story.sapo}</div>'
        f'<div class="detail-content">{"".join(body)}<p>Tin và ảnh: {story.author}</p></div>'
        f'<div class="tags">Từ khóa: {"".join(f"<a href=/tag/{i}>{t}</a>" for i, t in enumerate(story.tags))}</div>'
        f"</div>{_sidebar()}{_footer()}</body></html>"
    )  # fmt: skip
    return html, f"https://baotinh.vn/kinh-te/{story.slug(20261120)}"


def adslots(story: Story) -> tuple[str, str]:
    """Ad slots inside the body (a linked image with alt text, an identifier line, an image
    file name), an inline "Đọc thêm:" link, a share bar above the body, div.chapeau."""
    ad = (f'<div class="qc-inread"><a href="https://qc.example.vn/c?id=9"><img src="/qc/pb-300x250.jpg" '
          f'alt="{AD_ALT}"></a><p>{AD_ALT}</p></div><p>{AD_SLUG}</p>')  # fmt: skip
    more = f'<p>Đọc thêm: <a href="/nong-thon/tin-9-90001.html">{RELATED[0]}</a></p>'
    body = _middle(_paras(story), ad + more)
    body.insert(1, f'<p><img src="/anh/x.jpg" alt="{CAPTION}"></p><p>{FILE_LINE}</p>')
    html = (
        _head(story, '<meta property="article:published_time" content="2026-11-20T08:15:00+07:00">')
        + f'<body>{_nav()}<div id="content"><h1 class="article-title">{story.title}</h1>'
        f'<div class="share-top">{SHARE}</div><div class="chapeau">{story.sapo}</div>'
        f'<div class="article-body">{"".join(body)}</div>'
        f'<div class="author">{story.author}</div></div>{_sidebar()}{_footer()}</body></html>'
    )
    return html, f"https://baotinh.vn/nong-nghiep/{story.slug(778812)}"


def print_view(story: Story) -> tuple[str, str]:
    """A print view: no classes, no menus, the sapo a bold first paragraph, the date in the
    text, an all-caps signature and a source line."""
    body = "".join(_paras(story))
    html = (
        f'<html><head><meta charset="utf-8"><title>{story.title}</title></head>'
        f'<body onload="window.print()"><div><img src="/logo.png"><h1>{story.title}</h1>'
        f"<p>Ngày đăng: 20/11/2026 08:15</p><p><b>{story.sapo}</b></p>{body}"
        f'<p align="right"><b>{story.author.upper()}</b></p>'
        f"<p>Nguồn: https://baotinh.vn/{story.slug(55121)}</p></div></body></html>"
    )
    return html, f"https://baotinh.vn/print/{story.slug(55121)}"


def magazine(story: Story) -> tuple[str, str]:
    """A sapo with no class (found from og:description), a figure, a "Tin liên quan" heading
    set as a bold paragraph followed by link paragraphs in the middle of the body, and a
    trailing list of links without heading."""
    box = f"<p><strong>Tin liên quan</strong></p>{_related_links('p')}"
    figure = f'<figure><img src="/anh/y.jpg"><figcaption>{CAPTION}</figcaption></figure>'
    body = _middle(_paras(story), box)
    body.insert(1, figure)
    ld = {"@type": "Article", "headline": story.title, "datePublished": story.published.isoformat(),
          "author": [{"@type": "Person", "name": story.author}]}  # fmt: skip
    html = (
        _head(story, f'<meta property="og:description" content="{story.sapo}">'
                     f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>')
        + f'<body>{_nav()}<main><div class="post-head"><h1>{story.title}</h1>'
        f'<div class="post-meta">{story.author} | 20/11/2026</div></div>'
        f'<div class="post-top"><p>{story.sapo}</p></div><div class="post-content">{"".join(body)}'
        f'<ul class="more-links">{_related_links()}</ul></div></main>{_sidebar()}{_footer()}</body></html>'
    )  # fmt: skip
    return html, f"https://baotinh.vn/{story.slug(2026112001)}"


def table_portal(story: Story) -> tuple[str, str]:
    """An old table-based portal: no <h1> (the headline is a span), div paragraphs, the sapo
    in span.sapo, "Cập nhật lúc" date, a "Các tin khác" table of links after the body and
    the menu in a table cell."""
    menu = "".join(f'<a href="/m{i}">{m}</a> | ' for i, m in enumerate(MENU))
    others = "".join(f'<tr><td><a href="/Pages/tin.aspx?id={7000 + i}">{t}</a></td></tr>'
                     for i, t in enumerate(RELATED + SIDEBAR))  # fmt: skip
    body = "".join(f"<div>{p}</div>" for p in story.paragraphs)
    html = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        f"<title>{story.title} - Báo Tỉnh</title></head><body><table width='100%'><tr>"
        f'<td class="menu" colspan="2">{menu}</td></tr><tr><td width="70%">'
        f'<span id="lblTitle" class="title">{story.title}</span><br>'
        f'<span class="date">Cập nhật lúc 08:15 ngày 20/11/2026</span><br>'
        f'<span id="lblSapo" class="sapo">{story.sapo}</span>'
        f'<span id="lblContent">{body}<div align="right"><b>{story.author}</b></div></span>'
        f'<table class="othernews"><tr><td><b>Các tin khác</b></td></tr>{others}</table>'
        f"</td><td>{_sidebar()}</td></tr></table>{_footer()}</body></html>"
    )
    return html, "https://baotinh.vn/Pages/chi-tiet.aspx?id=445566"


def _following(story: Story) -> Story:
    """The story a mobile page renders next: a different one, OCOP or not."""
    return STORIES[(STORIES.index(story) + 1) % len(STORIES)]


def mobile_stream(story: Story, marker: str = "") -> tuple[str, str]:
    """A mobile layout with an endless scroll: below the story, in the same scrolling
    container, the NEXT story's headline, date, sapo and first paragraphs. With ``marker``,
    the next story's wrapper carries that class; without, it is a plain div like the first."""
    nxt = _following(story)
    own = (f'<div class="m-detail"><h1 class="m-title">{story.title}</h1>'
           f'<div class="m-info"><span>{story.author}</span> - <span>20/11/2026 08:15</span></div>'
           f'<h2 class="m-sapo">{story.sapo}</h2><div class="m-content">{"".join(_paras(story))}'
           f'<p class="m-author">{story.author}</p></div></div>')  # fmt: skip
    cls = marker or "m-detail"
    following = (f'<div class="{cls}"><h1 class="m-title">{nxt.title}</h1>'
                 f'<div class="m-info"><span>{nxt.author}</span> - <span>20/11/2026 06:40</span></div>'
                 f'<h2 class="m-sapo">{nxt.sapo}</h2><div class="m-content">'
                 f'{"".join(_paras(nxt)[:2])}</div></div>')  # fmt: skip
    html = (
        _head(story, '<meta property="og:type" content="article">'
                     '<meta name="viewport" content="width=device-width">')
        + f'<body><div class="m-header"><a href="/">Báo Tỉnh</a></div>'
        f'<div class="m-scroll">{own}{following}</div>{_footer()}</body></html>'
    )  # fmt: skip
    return html, f"https://m.baotinh.vn/xa-hoi/{story.slug(6630021)}"


SHELL_LINE = "Mời quý vị theo dõi phóng sự về phiên chợ nông sản cuối tuần tại thành phố."


def script_shell(story: Story, visible: str = "line", player: bool = True) -> tuple[str, str]:
    """A video page whose story is loaded by script: headline, date, og/JSON-LD article
    markup and description, a player placeholder and, visible in the HTML, only ``visible``:
    "line" (one sentence under the player), "sapo" (the description as a sapo block),
    "both", or "none"; without ``player``, only the empty story container says it."""
    player = ('<div class="video-wrap"><div id="player-box" data-src="/media/clip-88.m3u8"></div>'
              '<script>window.loadPlayer("player-box")</script></div>') if player else ""  # fmt: skip
    ld = {"@type": "NewsArticle", "headline": story.title, "description": story.sapo,
          "datePublished": story.published.isoformat()}  # fmt: skip
    text = {"line": f"<p>{SHELL_LINE}</p>", "sapo": f'<div class="sapo">{story.sapo}</div>',
            "both": f'<div class="sapo">{story.sapo}</div><p>{SHELL_LINE}</p>', "none": ""}[visible]  # fmt: skip
    html = (
        _head(story, '<meta property="og:type" content="article">'
                     f'<meta property="og:description" content="{story.sapo}">'
                     f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>')
        + f'<body>{_nav()}<div class="main"><h1>{story.title}</h1><div class="time">20/11/2026 08:15</div>'
        f"{player}{text}"
        f'<div id="story-body"></div><script>window.loadStory(88)</script></div>'
        f"{_sidebar()}{_footer()}</body></html>"
    )  # fmt: skip
    return html, f"https://baotinh.vn/video/{story.slug(88120)}"


LAYOUTS = {"express": express, "portal": portal, "adslots": adslots, "print": print_view,
           "magazine": magazine, "table": table_portal, "mobile": mobile_stream}  # fmt: skip


def listing(words: int = 300, og_type: str = "website", item_list: bool = False) -> tuple[str, str]:
    """A section page: dated teasers with OCOP headlines, about ``words`` words of text;
    with ``item_list``, JSON-LD listing them as NewsArticle items."""
    teasers, total, i = [], 0, 0
    while total < words:
        headline = f"Sản phẩm OCOP thứ {i} của huyện được khách hàng thành phố ưa chuộng"
        summary = "Sản phẩm được làm thủ công từ nguyên liệu địa phương và bán quanh năm tại chợ."
        teasers.append(f'<div class="story"><h3><a href="/kinh-te/tin-{i}-{9000 + i}1.html">{headline}'
                       f'</a></h3><span class="time">1{i % 9}/11/2026 07:{10 + i}</span><p>{summary}</p></div>')  # fmt: skip
        total += len(headline.split()) + len(summary.split())
        i += 1
    og = f'<meta property="og:type" content="{og_type}">' if og_type else ""
    if item_list:
        items = [{"@type": "ListItem", "position": k + 1, "item": {"@type": "NewsArticle",
                  "headline": f"Sản phẩm OCOP thứ {k}", "url": f"/kinh-te/tin-{k}-{9000 + k}1.html"}}
                 for k in range(i)]  # fmt: skip
        ld = {"@context": "https://schema.org", "@type": "ItemList", "itemListElement": items}
        og += f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>'
    html = (f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Kinh tế - Báo Tỉnh'
            f'</title>{og}</head><body>{_nav()}<h1>Kinh tế</h1>{"".join(teasers)}'
            f'<a href="?page=2">Trang sau</a>{_footer()}</body></html>')  # fmt: skip
    return html, "https://baotinh.vn/kinh-te"


# teaser texts of the listing layouts below (headline, summary): OCOP in every headline
TEASERS = tuple(
    (f"Hợp tác xã thứ {n} của tỉnh đưa sản phẩm OCOP vào chuỗi siêu thị miền Bắc",
     f"Sau đợt kết nối cung cầu tháng {n}, thêm nhiều mặt hàng đặc sản được đối tác nhận bán "
     "ổn định với giá tốt hơn.")
    for n in range(1, 7)
)  # fmt: skip


def portal_listing(teasers: int = 5, og_article: bool = True) -> tuple[str, str]:
    """A provincial portal's news list (SharePoint style): <div> teasers of headline link,
    date and summary inside a generic content container, at an article-like URL, with the
    site-wide og:type article many portals print on every page."""
    items = "".join(
        f'<div class="dv-item"><div><a href="/Pages/tin-tuc/{2001 + k}/hop-tac-xa-{k}.aspx">{h}</a></div>'
        f'<div class="dv-date">(1{k}/11/2026)</div><div>{t}</div></div>'
        for k, (h, t) in enumerate(TEASERS[:teasers])
    )  # fmt: skip
    og = '<meta property="og:type" content="article">' if og_article else ""
    html = (f'<html><head><meta charset="utf-8"><title>Tin kinh tế - Cổng thông tin tỉnh</title>{og}'
            f'</head><body>{_nav()}<div class="ms-content"><div class="zone-main">'
            f'<div class="zone-title">Tin kinh tế</div>{items}<div class="pager"><a href="?p=2">2</a>'
            f"</div></div></div>{_footer()}</body></html>")  # fmt: skip
    return html, "https://tinh.gov.vn/Pages/tin-kinh-te-nong-nghiep-nong-thon.aspx"


def liferay_listing(teasers: int = 5, link_host: str = "") -> tuple[str, str]:
    """A rural-development portal (Liferay style): asset blocks of title, date, summary and
    a "read on" link, in a portlet body, at a four-word URL; with ``link_host``, the links
    are absolute on that host (the province portal the department's site belongs to)."""
    items = "".join(
        f'<div class="asset-abstract"><h3 class="asset-title"><a href="{link_host}/web/guest/-/{slug}">{h}</a>'
        f'</h3><div class="asset-metadata"><span>20/11/2026</span></div><div class="asset-summary">{t}'
        f'</div><div class="asset-more"><a href="{link_host}/web/guest/-/{slug}">Xem tiếp »</a></div></div>'
        for k, (h, t) in enumerate(TEASERS[:teasers])
        for slug in [f"hop-tac-xa-thu-{k}-dua-san-pham-ocop-vao-sieu-thi"]
    )  # fmt: skip
    html = (f'<html><head><meta charset="utf-8"><title>Tin hoạt động ngành</title></head><body>'
            f'{_nav()}<div class="portlet-boundary"><div class="portlet-body"><h2>Tin hoạt động ngành'
            f"</h2>{items}</div></div>{_sidebar()}{_footer()}</body></html>")  # fmt: skip
    return html, "https://snn.tinh.gov.vn/web/guest/tin-hoat-dong-nganh"


def print_listing(teasers: int = 5) -> tuple[str, str]:
    """A print-friendly list with almost no markup: headline links, dates and summaries
    separated by <br> in one block."""
    items = "".join(
        f'<a href="/print/bai-{3001 + k}.htm">{h}</a> (1{k}/11/2026 07:30)<br>{t}<br><br>'
        for k, (h, t) in enumerate(TEASERS[:teasers])
    )
    html = (f"<html><head><meta charset='utf-8'><title>Bản in - Nông nghiệp</title></head><body>"
            f"<div><b>NÔNG NGHIỆP - NÔNG THÔN</b><br><br>{items}</div></body></html>")  # fmt: skip
    return html, "https://baotinh.vn/print/chuyen-trang-nong-nghiep-nong-thon-moi.htm"


TEASER_LISTINGS = {"portal": portal_listing, "liferay": liferay_listing, "print": print_listing}


def _brief(other: Story, k: int, head: str = "h3") -> str:
    """One more brief of a stream: its own linked headline (not the page's h1; an <h3>, or
    with ``head="link"`` a bold link alone in a plain div), time line, text."""
    link = f'<a href="/tin-nhanh/{other.slug(k)}">{other.title}</a>'
    title = f"<div><b>{link}</b></div>" if head == "link" else f'<h3 class="brief-head">{link}</h3>'
    return (f'<div class="item-brief">{title}<div class="brief-time">20/11/2026 0{k % 9}:30</div>'
            f'<p>{other.sapo}</p><p>{other.paragraphs[0]}</p></div>')  # fmt: skip


def brief_stream(story: Story, head: str = "h3") -> tuple[str, str]:
    """A "Tin nhanh" page: the brief being read, then other briefs rendered in full below it
    in the same column, each with a different headline tag than the page's h1."""
    others = [s for s in STORIES if s is not story][:2]
    own = (f'<div class="item-brief"><h1 class="brief-head">{story.title}</h1>'
           f'<div class="brief-time">20/11/2026 08:15</div><div class="sapo">{story.sapo}</div>'
           f'{"".join(_paras(story))}</div>')  # fmt: skip
    html = (_head(story, '<meta property="og:type" content="article">')
            + f'<body>{_nav()}<div class="stream">{own}'
            f'{"".join(_brief(o, 7 + k, head) for k, o in enumerate(others))}</div>{_footer()}</body></html>')  # fmt: skip
    return html, f"https://baotinh.vn/tin-nhanh/{story.slug(9911)}"


BANNER = "BÁO TỈNH ĐIỆN TỬ"
SCROLLER = (
    "Nhiệt liệt chào mừng kỷ niệm ngày thành lập tỉnh và đại hội thi đua yêu nước lần thứ năm"
)
COUNTER = "Lượt truy cập: 3.456.789"
CONTACT = "Cơ quan chủ quản: Ủy ban nhân dân tỉnh. Số 5 đường Trần Phú, thành phố"
TABLE_CHROME = (BANNER, SCROLLER, COUNTER, CONTACT, *RELATED, *SIDEBAR)


def font_table_portal(story: Story) -> tuple[str, str]:
    """An HTML 4 portal: nested tables, <font>, no <h1>; the headline a large bold line
    above the story cell, a banner row, a scrolling line, a visitor counter, "Các tin khác"
    rows and a contact block in cells beside and below the story. <title> is the banner."""
    body = "".join(f'<p><font face="Arial" size="2">{p}</font></p>' for p in story.paragraphs)
    others = "".join(f'<tr><td><font size="2"><a href="/tin.asp?id={800 + i}">{t}</a></font></td></tr>'
                     for i, t in enumerate(RELATED + SIDEBAR))  # fmt: skip
    html = (
        f"<html><head><meta http-equiv='Content-Type' content='text/html; charset=utf-8'>"
        f"<title>{BANNER.title()}</title></head><body><table width='980' border='0'>"
        f"<tr><td colspan='2'><font size='6' color='red'><b>{BANNER}</b></font></td></tr>"
        f"<tr><td colspan='2'><marquee>{SCROLLER}</marquee></td></tr><tr>"
        f"<td width='200' valign='top'><table>{''.join(f'<tr><td><a href=/m{i}>{m}</a></td></tr>' for i, m in enumerate(MENU))}"
        f"</table><table><tr><td><font size='1'>{COUNTER}</font></td></tr></table></td>"
        f"<td valign='top'><table width='100%'><tr><td><font size='4' color='#003399'><b>{story.title}</b>"
        f"</font></td></tr><tr><td><font size='1'>Cập nhật: 20/11/2026 08:15</font></td></tr>"
        f"<tr><td>{body}</td></tr></table>"
        f"<table><tr><td><b>Các tin khác:</b></td></tr>{others}</table></td></tr>"
        f"<tr><td colspan='2'><font size='1'>{CONTACT}. Điện thoại: 0200 111 222</font></td></tr>"
        f"</table></body></html>"
    )  # fmt: skip
    return html, "https://baotinh.vn/tin.asp?id=4455"


KEY_POINTS = ("Huyện có thêm sản phẩm được công nhận trong đợt này",
              "Chủ thể được hỗ trợ kinh phí làm bao bì và nhãn hiệu")  # fmt: skip


def summary_box(story: Story) -> tuple[str, str]:
    """A modern layout with a key-point box ("Điểm chính", a list) between the sapo and the
    body that restates the article."""
    points = "".join(f"<li>{p}.</li>" for p in KEY_POINTS)
    html = (_head(story, '<meta property="og:type" content="article">')
            + f'<body>{_nav()}<div class="article"><h1 class="headline">{story.title}</h1>'
            f'<div class="meta">20/11/2026 08:15</div><div class="sapo">{story.sapo}</div>'
            f'<div class="key-points"><p><strong>Điểm chính</strong></p><ul>{points}</ul></div>'
            f'<div class="content">{"".join(_paras(story))}</div></div>{_footer()}</body></html>')  # fmt: skip
    return html, f"https://baotinh.vn/kinh-te/{story.slug(5511)}"


def kicker_title(story: Story) -> tuple[str, str]:
    """og:title carries a kicker and the site name around the visible <h1>."""
    og = f'<meta property="og:title" content="Nông nghiệp: {story.title} | Báo Tỉnh">'
    html = (_head(story, og + '<meta property="og:type" content="article">')
            + f'<body>{_nav()}<div class="detail"><h1>{story.title}</h1><div class="time">'
            f'20/11/2026 08:15</div><div class="sapo">{story.sapo}</div>'
            f'<div class="content">{"".join(_paras(story))}</div></div>{_footer()}</body></html>')  # fmt: skip
    return html, f"https://baotinh.vn/nong-nghiep/{story.slug(5512)}"


def brief_stream_links(story: Story) -> tuple[str, str]:
    """The brief stream with the other briefs' headlines as bold links in plain divs."""
    return brief_stream(story, head="link")


SHAPES = {"brief-stream": brief_stream, "brief-links": brief_stream_links, "font-table": font_table_portal,
          "summary-box": summary_box, "kicker-title": kicker_title}  # fmt: skip
