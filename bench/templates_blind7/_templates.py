"""Page templates of the seventh blind set, each modelled on one kind of Vietnamese site.

Every render(page, url) returns the page HTML; strings passed through ``page.c`` are chrome
(recorded in the gold as must-not-appear). Kind "listing" is not an article. None of these
templates repeats one of bench/templates_blind/ … bench/templates_blind6/.
"""

from __future__ import annotations

from functools import partial

from _build import Page, esc
from template_sets import json_ld

DATE = "2026-11-22T08:10:00+07:00"


_ld = partial(json_ld, date=DATE)


def _keywords(page: Page, ocop: str, other: str) -> str:
    """Per-page meta keywords: OCOP words only on OCOP pages and listings."""
    words = other if page.kind == "non_ocop" else ocop
    return f'<meta name="keywords" content="{esc(words)}">'


# ------------------------------------------------------------------ 1. provincial women's union
def hoi_phu_nu(page: Page, url: str) -> str:
    """Hội LHPN tỉnh site: captions are centred italic paragraphs under a bare image whose
    file name is printed as a line of text; byline and unit are one right-aligned line."""
    site = "Hội Liên hiệp Phụ nữ tỉnh Long An"
    menu = ["Trang chủ", "Giới thiệu", "Tin tức - Sự kiện", "Phụ nữ khởi nghiệp",
            "Sản phẩm OCOP của hội viên", "Văn bản", "Thư viện ảnh", "Liên hệ"]  # fmt: skip
    nav = "".join(
        f'<li class="menu-item"><a href="/m/{i}.html">{m}</a></li>' for i, m in enumerate(menu)
    )
    marquee = page.c(
        "Chào mừng 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 - 20/10/2026)"
    )
    side_items = "".join(
        f'<li><a href="/guong/{i}.html">{page.c(h)}</a></li>' for i, h in enumerate(page.related(4))
    )
    counter = ('<div class="visit"><p>Đang truy cập: <b>37</b></p><p>Hôm nay: <b>1.208</b></p>'
               "<p>Tổng lượt truy cập: <b>2.504.913</b></p></div>")  # fmt: skip
    sidebar = (f'<div class="col-right"><div class="box-side"><h3 class="title-box">Gương phụ nữ tiêu biểu</h3>'
               f'<ul class="list-side">{side_items}</ul></div><div class="box-side"><h3 class="title-box">Liên kết website</h3>'
               '<select onchange="window.open(this.value)"><option>-- Chọn liên kết --</option>'
               '<option value="https://hoilhpn.example.vn">Trung ương Hội LHPN Việt Nam</option></select></div>'
               f'<div class="box-side"><h3 class="title-box">Thống kê truy cập</h3>{counter}</div></div>')  # fmt: skip
    if page.kind == "listing":
        items = "".join(
            f'<li class="item-news"><a class="img" href="/tin/{400 + i}.html"><img src="/uploads/news/thumb_{400 + i}.jpg" alt="thumb_{400 + i}.jpg"></a>'
            f'<a class="title-news" href="/tin/{400 + i}.html">{esc(t)}</a><span class="date-news">({22 - i:02d}/11/2026)</span>'
            f'<p class="desc-news">{esc(s)}</p></li>'
            for i, (t, s) in enumerate(page.teasers(12))
        )  # fmt: skip
        main = (f'<div class="breadcrumb"><a href="/">Trang chủ</a> &gt; <span>Tin tức - Sự kiện</span></div>'
                f'<ul class="list-news">{items}</ul><div class="paging"><span class="current">1</span>'
                '<a href="?page=2">2</a><a href="?page=3">3</a><a href="?page=2">Sau</a><a href="?page=48">Cuối</a></div>')  # fmt: skip
        head = f"<title>Tin tức - Sự kiện - {site}</title>"
    else:
        art = page.art
        body = page.body(
            lambda t: f'<p style="text-align: justify;">{t}</p>',
            lambda t: f'<p style="text-align: justify;"><strong>{t}</strong></p>',
            lambda t, i: (f'<p style="text-align: center;"><img src="/uploads/news/2026_11/59{i:02d}8371-1220-n-1766024{i:03d}.jpg" '
                          f'alt="59{i:02d}8371-1220-n-1766024{i:03d}.jpg"><br>59{i:02d}8371-1220-n-1766024{i:03d}.jpg</p>'
                          f'<p style="text-align: center;"><em>{t}</em></p>'),
            lambda h: f'<table class="tinlienquan" align="right" width="40%"><tr><td><b>Tin liên quan:</b><br><a href="/tin/77.html">{h}</a></td></tr></table>',
        )  # fmt: skip
        sign = esc(art["byline"]) + (f" ({esc(art['attribution'])})" if art["attribution"] else "")
        others = "".join(f'<li><a href="/tin/{90 + i}.html">{page.c(h)}</a> <span>(20/11/2026)</span></li>'
                         for i, h in enumerate(page.related(5)[1:]))  # fmt: skip
        lead = f'<div class="news-summary"><b>{esc(art["lead"])}</b></div>' if art["lead"] else ""
        main = (f'<div class="breadcrumb"><a href="/">Trang chủ</a> &gt; <a href="/m/2.html">Tin tức - Sự kiện</a></div>'
                f'<div class="news-detail"><h1 class="title-detail">{esc(art["title"])}</h1>'
                '<div class="date-detail">Ngày đăng: 22/11/2026 08:10 | Lượt xem: 418</div>'
                f'{lead}<div class="news-content">{body}<p style="text-align: right;"><strong>{sign}</strong></p></div>'
                '<div class="tools"><a href="javascript:window.print()">In trang</a> | <a href="mailto:?">Gửi email</a> | '
                '<a href="#" class="fb-share">Chia sẻ Facebook</a> | <a href="#top">Về đầu trang</a></div>'
                f'<div class="other-news"><h3>Các tin khác</h3><ul>{others}</ul></div></div>')  # fmt: skip
        head = (f"<title>{esc(art['title'])}</title>"
                + _keywords(page, "phụ nữ, OCOP, khởi nghiệp", "phụ nữ, bình đẳng giới, gia đình")
                + _ld(page, url, site))  # fmt: skip
    footer = page.c(
        "Cơ quan chủ quản: Hội Liên hiệp Phụ nữ tỉnh Long An - Đồng hành cùng chủ thể OCOP nữ"
    )
    return (
        f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">{head}'
        '<link rel="stylesheet" href="/templates/hoiphunu/css/style.css"></head><body><a name="top"></a>'
        f'<div id="wrapper"><div id="banner"><img src="/templates/hoiphunu/images/banner.jpg" alt="banner.jpg"></div>'
        f'<ul id="mainmenu">{nav}</ul><div class="marquee"><marquee scrollamount="3">{marquee}</marquee></div>'
        f'<div id="content"><div class="col-left">{main}</div>{sidebar}</div>'
        f'<div id="footer"><p>{footer}</p><p>Địa chỉ: 25 Nguyễn Huệ, phường 1, TP Tân An - Điện thoại: 0272.3826.xxx</p></div></div></body></html>'
    )  # fmt: skip


def hpn_url(kind: str) -> str:
    return "https://hoiphunu.longan.example.vn/" + {
        "long": "tin/tu-to-hop-tac-nho-den-ba-san-pham-ocop-1873.html",
        "brief": "tin/gian-hang-san-pham-ocop-hoi-vien-1880.html",
        "non_ocop": "tin/phong-chong-bao-luc-gia-dinh-1877.html", "listing": "m/2.html"}[kind]  # fmt: skip


# ------------------------------------------------------------------ 2. parish website on Joomla K2
def _k2_span(t: str) -> str:
    return (f'<p style="text-align: justify;"><span style="font-size: 10pt; line-height: 107%; '
            f'font-family: verdana, geneva;">{t}</span></p>')  # fmt: skip


def _k2_item(page: Page, site: str) -> tuple[str, str]:
    """The K2 item view of one article: (main HTML, head HTML)."""
    art = page.art
    caps = list(art.get("captions") or [])
    first_cap = caps.pop(0) if caps else ""
    inner = dict(art, captions=caps)
    page.art = inner
    body = page.body(
        _k2_span,
        lambda t: _k2_span(f"<strong>{t}</strong>"),
        lambda t, i: (f'<p style="text-align: center;"><img src="/images/2026/11/bacai_{i}.jpg" alt="bacai_{i}" width="600"></p>'
                      f'<p style="text-align: center;"><span style="font-size: 8pt;"><em>{t}</em></span></p>'),
        lambda h: f'<p><span style="color: #0000ff;">Xem thêm:</span> <a href="/item/88.html">{h}</a></p>',
    )  # fmt: skip
    page.art = art
    image = ""
    if first_cap:
        page.caption_samples.insert(0, first_cap)
        image = (f'<div class="itemImageBlock"><span class="itemImage"><a class="modal" href="/media/k2/items/cache/a7f3_XL.jpg">'
                 f'<img src="/media/k2/items/cache/a7f3_L.jpg" alt="{esc(art["title"])}"></a></span>'
                 f'<span class="itemImageCaption">{esc(first_cap)}</span>'
                 f'<span class="itemImageCredits">{page.c("Ảnh: Ban Truyền thông")}</span><div class="clr"></div></div>')  # fmt: skip
    if art["lead"]:
        intro = f'<div class="itemIntroText"><p><strong>{esc(art["lead"])}</strong></p></div>'
        full = f'<div class="itemFullText">{body}'
    else:
        intro, full = f'<div class="itemIntroText">{body}', ""
    sign = f'<p style="text-align: right;"><em>{esc(art["byline"])}' + (
        f' - {esc(art["attribution"])}' if art["attribution"] else "") + "</em></p></div>"  # fmt: skip
    tags = ["Bác ái", "OCOP", "Làng chài"] if page.kind != "non_ocop" else ["Thiếu nhi", "Văn nghệ"]
    tag_html = "".join(f'<li><a href="/tag/{esc(t)}.html">{t}</a></li>' for t in tags)
    prev_t, next_t = page.related(2)
    rel = "".join(f'<li class="even"><a class="itemRelTitle" href="/item/{60 + i}.html">{page.c(h)}</a></li>'
                  for i, h in enumerate(page.related(6)[3:]))  # fmt: skip
    main = (
        f'<span id="startOfPageId{1873 + page.index}"></span><div id="k2Container" class="itemView">'
        '<div class="itemHeader"><span class="itemDateCreated">Chủ nhật, 22 Tháng 11 2026 08:10</span>'
        f'<h2 class="itemTitle">{esc(art["title"])}</h2><span class="itemAuthor">Viết bởi&nbsp;<a rel="author" href="/author/7.html">{esc(art["byline"])}</a></span></div>'
        '<div class="itemToolbar"><ul><li><span class="itemTextResizerTitle">Cỡ chữ</span> <a href="#" id="fontDecrease">giảm</a> '
        '<a href="#" id="fontIncrease">tăng</a></li><li><a class="itemPrintLink" href="?tmpl=component&amp;print=1">In</a></li>'
        '<li><a class="itemEmailLink" href="/component/mailto/">E-mail</a></li></ul><span class="itemHits">Đã xem 312 lần</span></div>'
        f'<div class="itemBody">{image}{intro}{full}{sign}<div class="clr"></div></div>'
        '<div class="itemLinks"><div class="itemCategory"><span>Đăng trong</span> <a href="/bac-ai-xa-hoi.html">Bác ái xã hội</a></div>'
        f'<div class="itemTagsBlock"><span>Gắn thẻ</span><ul class="itemTags">{tag_html}</ul></div></div>'
        '<div class="itemSocialSharing"><div class="itemFacebookButton"><div class="fb-like" data-send="false"></div></div></div>'
        f'<div class="itemRelated"><h3>Bài liên quan (theo thẻ)</h3><ul>{rel}</ul></div>'
        f'<div class="itemNavigation"><span class="itemNavigationTitle">Xem thêm trong mục này:</span>'
        f'<a class="itemPrevious" href="/item/41.html">« {page.c(prev_t)}</a> <a class="itemNext" href="/item/43.html">{page.c(next_t)} »</a></div>'
        '<div class="itemComments"><div class="itemCommentsForm"><h3>Để lại bình luận</h3><p class="itemCommentsFormNotes">'
        "Hãy chắc chắn điền các thông tin bắt buộc, được đánh dấu *. Không cho phép mã HTML.</p>"
        '<form action="/index.php" method="post" id="comment-form"><label>Nội dung *</label><textarea name="commentText"></textarea>'
        '<label>Tên *</label><input name="userName"><input type="submit" value="Gửi bình luận"></form></div></div>'
        '<div class="itemBackToTop"><a class="k2Anchor" href="#startOfPageId">Trở lại đầu trang</a></div></div>'
    )  # fmt: skip
    head = (f"<title>{esc(art['title'])} - {site}</title>"
            + _keywords(page, "giáo xứ, bác ái, OCOP, nước mắm", "giáo xứ, thiếu nhi, văn nghệ")
            + '<meta name="generator" content="Joomla! - Open Source Content Management">')  # fmt: skip
    return main, head


def giao_xu_k2(page: Page, url: str) -> str:
    """Parish site on Joomla 3 + K2: the lead is itemIntroText, the first photo sits in
    itemImageBlock with its caption, and a "Lời Chúa hôm nay" module sits beside the text."""
    site = "Giáo xứ Cửa Biển"
    menu = ["Trang chủ", "Sinh hoạt giáo xứ", "Giáo họ", "Lời Chúa", "Bác ái xã hội", "Thiếu nhi",
            "Thư viện ảnh", "Liên hệ"]  # fmt: skip
    nav = "".join(
        f'<li class="item-{101 + i}"><a href="/{i}-m.html">{m}</a></li>' for i, m in enumerate(menu)
    )
    gio_le = ('<div class="moduletable giole"><h3>Giờ lễ</h3><table><tr><td>Ngày thường</td><td>4g45 - 17g30</td></tr>'
              '<tr><td>Chúa nhật</td><td>5g00 - 7g30 - 17g00</td></tr></table></div>')  # fmt: skip
    loi_chua = page.c("Phúc cho ai hiền lành, vì họ sẽ được Đất Hứa làm gia nghiệp; phúc cho ai xây dựng hòa bình, "
                      "vì họ sẽ được gọi là con Thiên Chúa.")  # fmt: skip
    aside = (f'<div class="moduletable loichua"><h3>Lời Chúa hôm nay</h3><p><em>{loi_chua}</em></p></div>{gio_le}'
             f'<div class="moduletable"><h3>Bài mới</h3><ul class="latestnews">'
             + "".join(f'<li><a href="/bac-ai-xa-hoi/item/{130 + i}.html">{page.c(h)}</a></li>' for i, h in enumerate(page.related(4)))
             + "</ul></div>")  # fmt: skip
    if page.kind == "listing":
        items = "".join(
            f'<div class="itemContainer itemContainerLast" style="width:100.0%;"><div class="catItemView groupLeading">'
            f'<div class="catItemHeader"><span class="catItemDateCreated">Chủ nhật, {22 - i:02d} Tháng 11 2026 06:{10 + i}</span>'
            f'<h3 class="catItemTitle"><a href="/bac-ai-xa-hoi/item/{200 + i}.html">{esc(t)}</a></h3></div>'
            f'<div class="catItemBody"><div class="catItemIntroText"><p>{esc(s)}</p></div></div>'
            f'<div class="catItemReadMore"><a class="k2ReadMore" href="/bac-ai-xa-hoi/item/{200 + i}.html">Đọc thêm...</a></div>'
            '<div class="clr"></div></div></div>'
            for i, (t, s) in enumerate(page.teasers(11))
        )  # fmt: skip
        main = (f'<div id="k2Container" class="itemListView"><div class="itemListCategory"><h2>Bác ái xã hội</h2></div>'
                f'<div class="itemList"><div id="itemListLeading">{items}</div></div>'
                '<div class="k2Pagination"><ul><li class="pagination-start"><span>Đầu</span></li><li><span>1</span></li>'
                '<li><a href="?start=11">2</a></li><li class="pagination-end"><a href="?start=110">Cuối</a></li></ul>'
                '<p>Trang 1 / 11</p></div></div>')  # fmt: skip
        head = f"<title>Bác ái xã hội - {site}</title>"
    else:
        main, head = _k2_item(page, site)
    footer = page.c(
        "Giáo xứ Cửa Biển - Giáo hạt Duyên Hải · Nước mắm nhĩ làng chài đạt OCOP 3 sao, liên hệ văn phòng giáo xứ"
    )
    return (
        f'<!DOCTYPE html><html lang="vi-vn" dir="ltr"><head><meta charset="utf-8">{head}'
        '<link href="/components/com_k2/css/k2.css?v=2.11" rel="stylesheet"></head><body class="site com_k2 view-item">'
        f'<div class="header"><a class="brand" href="/"><img src="/images/logo-gx.png" alt="logo-gx.png"> {site}</a></div>'
        f'<nav class="navigation"><ul class="nav menu mod-list">{nav}</ul></nav>'
        f'<div class="row-fluid"><main id="content" class="span9">{main}</main><div id="aside" class="span3">{aside}</div></div>'
        f'<footer class="footer"><p>{footer}</p><p>Designed by <a href="#">Truyền thông GX</a></p></footer></body></html>'
    )  # fmt: skip


def k2_url(kind: str) -> str:
    return "https://giaoxucuabien.example.net/" + {
        "long": "bac-ai-xa-hoi/item/1873-nhom-bac-ai-nuoc-mam-ocop.html",
        "brief": "bac-ai-xa-hoi/item/1880-hoi-cho-bac-ai-giao-hat.html",
        "non_ocop": "sinh-hoat-giao-xu/item/1877-dem-van-nghe-thieu-nhi.html",
        "listing": "bac-ai-xa-hoi.html"}[kind]  # fmt: skip


# ------------------------------------------------------------------ 3. Buddhist community news portal
def phat_su(page: Page, url: str) -> str:
    """Provincial Buddhist news portal: lunar-calendar dates, a site tag glued before the lead,
    every photo caption printed twice (above and under the image), a donation box and a
    "Tin mới" block with a story teaser after the article."""
    site = "Phật sự Thái Sơn"
    menu = ["Trang chủ", "Tin Phật sự", "Hoằng pháp", "Từ thiện xã hội", "Phật giáo và dân tộc",
            "Văn hóa - Nghệ thuật", "Kinh sách", "Video"]  # fmt: skip
    nav = "".join(f'<li><a href="/chuyen-muc/{i}">{m}</a></li>' for i, m in enumerate(menu))
    topbar = ('<div class="topbar"><span class="today">Thứ Hai, 23/11/2026 · Nhằm ngày 04/10 năm Bính Ngọ · PL.2570</span>'
              '<form class="search" action="/tim-kiem"><input name="q" placeholder="Tìm kiếm..."></form></div>')  # fmt: skip
    donate = page.c(
        "Quý Phật tử muốn hùn phước ấn tống kinh sách xin liên hệ Văn phòng Ban Thông tin Truyền thông."
    )
    latest = "".join(
        f'<li><a href="/tin-moi/{i}">{page.c(h)}</a></li>' for i, h in enumerate(page.related(5))
    )
    story = page.c(
        "Người lái đò già bến Tam Giang chưa bao giờ lấy tiền của những ai qua sông vào ngày rằm."
    )
    after = (f'<section class="box-news"><h3>Tin mới</h3><ul>{latest}</ul></section>'
             f'<section class="box-story"><div class="story-img"><img src="/uploads/minh-hoa-tg.jpg" alt="Ảnh minh họa">'
             f'<span>Ảnh minh họa</span></div><h4><a href="/van-hoa/ben-do">Bến đò ngày rằm</a></h4><p>{story}</p></section>')  # fmt: skip
    if page.kind == "listing":
        items = "".join(
            f'<div class="news-item"><a class="thumb" href="/tin-phat-su/{500 + i}"><img src="/uploads/t{500 + i}.jpg" alt="{esc(t)}"></a>'
            f'<div class="info"><h3><a href="/tin-phat-su/{500 + i}">{esc(t)}</a></h3><span class="time">{22 - i:02d}/11/2026 '
            f'(nhằm {3 - i % 3:02d}/10/Bính Ngọ)</span><p class="sapo">{esc(s)}</p></div></div>'
            for i, (t, s) in enumerate(page.teasers(10))
        )  # fmt: skip
        main = (f'<div class="cate-title"><h1>Tin Phật sự</h1></div><div class="news-list">{items}</div>'
                '<div class="load-more"><button data-page="2">Xem thêm tin</button></div>')  # fmt: skip
        head = f"<title>Tin Phật sự - {site}</title>"
    else:
        art = page.art
        body = page.body(
            lambda t: f"<p>{t}</p>",
            lambda t: f"<h2>{t}</h2>",
            lambda t, i: (f'<figure class="image"><div class="img-desc-top">{t}</div><img src="/uploads/2026/11/ps-{i}.jpg" alt="{t}">'
                          f"<figcaption>{t}</figcaption></figure>"),
            lambda h: f'<p class="xem-them"><strong>&gt;&gt; Xem thêm: <a href="/hoang-phap/khoa-tu">{h}</a></strong></p>',
        )  # fmt: skip
        lead = (
            f'<p class="sapo"><strong>{page.c("PSTS")}</strong> - {esc(art["lead"])}</p>'
            if art["lead"]
            else ""
        )
        same = "".join(
            f'<li><a href="/cung-chuyen-muc/{i}">{page.c(h)}</a></li>'
            for i, h in enumerate(page.related(8)[5:])
        )
        main = (
            f'<div class="breadcrumb"><a href="/">Trang chủ</a> / <a href="/chuyen-muc/1">Tin Phật sự</a></div>'
            f'<article class="detail"><h1 class="detail-title">{esc(art["title"])}</h1>'
            f'<div class="detail-meta"><span class="author">{esc(art["byline"])}</span> · <span class="date">22/11/2026 08:10 '
            '(nhằm 03/10/Bính Ngọ)</span></div><div class="listen"><span>Nghe đọc bài:</span><audio controls preload="none" '
            'src="/tts/2026/11/ps.mp3"></audio></div>'
            f'{lead}<div class="detail-content">{body}</div>'
            '<div class="share"><span>Chia sẻ:</span><a href="#" class="fb">Facebook</a><a href="#" class="zalo">Zalo</a>'
            '<a href="#" class="copy">Sao chép liên kết</a></div>'
            f'<div class="donate"><h4>Cúng dường Tam Bảo</h4><p>{donate}</p><p>STK: 0123 456 789 - Ngân hàng Nông nghiệp</p></div>'
            f'<section class="same-cate"><h3>Tin cùng chuyên mục</h3><ul>{same}</ul></section></article>{after}'
        )  # fmt: skip
        head = (f"<title>{esc(art['title'])} - {site}</title>"
                + _keywords(page, "Phật sự, trà hoa vàng, OCOP", "Phật sự, từ thiện, học sinh")
                + _ld(page, url, site))  # fmt: skip
    footer = page.c(
        "Ban Thông tin Truyền thông Phật giáo tỉnh · Chuyên trang giới thiệu sản phẩm OCOP của đồng bào vùng cao"
    )
    return (
        f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">{head}</head><body>{topbar}'
        f'<header class="site-header"><a class="logo" href="/"><img src="/static/logo-ps.png" alt="logo-ps.png"></a>'
        f'<nav class="main-nav"><ul>{nav}</ul></nav></header><div class="container">{main}</div>'
        f'<footer class="site-footer"><p>{footer}</p><p>Giấy phép số 18/GP-TTĐT</p></footer></body></html>'
    )  # fmt: skip


def ps_url(kind: str) -> str:
    return "https://phatsuthaison.example.vn/" + {
        "long": "tu-thien-xa-hoi/chua-vung-cao-tra-hoa-vang-ocop-ps2261.html",
        "brief": "tin-phat-su/dao-trang-gioi-thieu-tra-hoa-vang-ps2268.html",
        "non_ocop": "tu-thien-xa-hoi/trao-xe-dap-hoc-sinh-ngheo-ps2264.html",
        "listing": "chuyen-muc/1"}[kind]  # fmt: skip


# ------------------------------------------------------------------ 4. city youth union portal
def _ncr(t: str) -> str:
    """FrontPage saved the text as windows-1252: letters outside Latin-1 become &#NNNN;."""
    return "".join(f"&#{ord(ch)};" if ord(ch) > 0xFF else ch for ch in t)


def _font(t: str) -> str:
    return f'<p align="justify"><font face="Arial" size="2">{t}</font></p>'


def doan_thanh_nien(page: Page, url: str) -> str:
    """ASP.NET youth-union portal whose article field holds a whole FrontPage document
    (nested html/head/title, windows-1252 numeric references, title repeated inside)."""
    site = "Thành Đoàn - Cổng thông tin tuổi trẻ Thủ Đô"
    menu = ["Trang chủ", "Tin hoạt động", "Tình nguyện", "Khởi nghiệp", "Học tập - Nghiên cứu",
            "Văn bản Đoàn", "Gương sáng"]  # fmt: skip
    nav = "".join(
        f'<td class="menu"><a href="/webtd/Cat/{i}">{m}</a></td>' for i, m in enumerate(menu)
    )
    side = "".join(
        f'<tr><td class="tinkhac">» <a href="/webtd/News/{7400 + i}">{page.c(h)}</a></td></tr>'
        for i, h in enumerate(page.related(5))
    )
    sidebar = (f'<td width="200" valign="top" class="right"><table width="100%"><tr><td class="boxtitle">TIN MỚI NHẤT</td></tr>{side}</table>'
               '<p><img src="/images/banner_mhx2026.gif" alt="banner_mhx2026.gif" width="190"></p></td>')  # fmt: skip
    if page.kind == "listing":
        rows = "".join(
            f'<tr><td valign="top" width="110"><img src="/Upload/thumb/{7300 + i}.jpg" alt="" width="100" border="1"></td>'
            f'<td valign="top"><a class="NewsTitleList" href="/webtd/News/{7300 + i}">{esc(t)}</a> <span class="date">({22 - i}/11/2026)</span>'
            f'<div class="NewsSapo">{esc(s)}</div></td></tr>'
            for i, (t, s) in enumerate(page.teasers(12))
        )  # fmt: skip
        main = (f'<span class="CatTitle">TIN HOẠT ĐỘNG</span><table class="tblNews" width="100%" cellpadding="4">{rows}</table>'
                '<div class="pager">Trang: <b>1</b> <a href="?p=2">2</a> <a href="?p=3">3</a> <a href="?p=4">...</a></div>')  # fmt: skip
        head = f"<title>Tin hoạt động - {site}</title>"
    else:
        art = page.art
        body = page.body(
            lambda t: _font(_ncr(t)),
            lambda t: f'<p align="justify"><b><font face="Arial" size="2">{_ncr(t)}</font></b></p>',
            lambda t, i: (f'<table style="border-collapse: separate" align="right" border="0" cellpadding="0" cellspacing="0" width="40">'
                          f'<tr><td><img src="/Upload/Image/2026/{i}.jpg" class="lImage" border="1" width="200" height="150" hspace="0"></td></tr>'
                          f'<tr><td class="tLegend"><p align="center"><i><font face="Arial" size="2" color="#808080">{t}</font></i></p></td></tr></table>'),
            lambda h: f'<p align="left"><font face="Arial" size="2" color="#FF0000"><b>Xem thêm:</b> <a href="/webtd/News/7390">{h}</a></font></p>',
        )  # fmt: skip
        lead = (f'<p class="pHead" align="justify"><font face="Arial" size="2"><b>{_ncr(esc(art["lead"]))}</b></font></p>'
                if art["lead"] else "")  # fmt: skip
        sign = f'<p align="right"><b><font face="Arial" size="2">{_ncr(esc(art["byline"]))}</font></b></p>'
        if art["attribution"]:
            sign += f'<p align="right"><i><font face="Arial" size="2">({_ncr(esc(art["attribution"]))})</font></i></p>'
        short = esc(art["title"][:40])
        doc = ('<html> <head> <meta http-equiv="Content-Language" content="en-us"> <meta http-equiv="Content-Type" '
               f'content="text/html; charset=windows-1252"> <title>{_ncr(short)}</title> </head> <body> '
               f'<p class="pTitle" align="center"><b><font face="Arial" size="2" color="#0000FF">{_ncr(esc(art["title"]))}</font></b></p>'
               f"{lead}{body}{sign}</body> </html>")  # fmt: skip
        main = (
            f'<span id="ctl00_ContentPlaceHolder1_lblTitle" class="NewsTitle">{esc(art["title"])}</span><br>'
            '<span class="NewsDate">Cập nhật: 22/11/2026 8:10:00 SA</span>'
            f'<div id="ctl00_ContentPlaceHolder1_divContent" class="NewsContent">{doc}</div>'
            '<div class="tools"><a href="javascript:window.print()"><img src="/images/print.gif" alt="print.gif"> In bài</a> '
            '<a href="/webtd/SendMail.aspx"><img src="/images/email.gif" alt="email.gif"> Gửi bạn bè</a></div>'
        )  # fmt: skip
        head = (f"<title>{esc(art['title'])}</title>"
                + _keywords(page, "thanh niên, tình nguyện, OCOP", "thanh niên, hiến máu, tình nguyện"))  # fmt: skip
    footer = page.c(
        "Bản quyền thuộc Thành Đoàn · Chương trình Tuổi trẻ đồng hành cùng sản phẩm OCOP Thủ Đô"
    )
    return (
        '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN"><html><head>'
        f'<meta http-equiv="Content-Type" content="text/html; charset=utf-8">{head}</head><body><form name="aspnetForm" method="post" id="aspnetForm">'
        '<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1Mg9kFgJmD2QWAgIDD2QWAgIBD2QWAmYPZBYC">'
        f'<table width="980" align="center" cellpadding="0" cellspacing="0"><tr><td colspan="2"><img src="/images/banner_td.jpg" alt="banner_td.jpg"></td></tr>'
        f'<tr><td colspan="2"><table class="mainmenu"><tr>{nav}</tr></table></td></tr>'
        f'<tr><td valign="top" class="left">{main}</td>{sidebar}</tr>'
        f'<tr><td colspan="2" class="footer">{footer}<br>Số 5 Đinh Lễ - Hoàn Kiếm</td></tr></table></form></body></html>'
    )  # fmt: skip


def dtn_url(kind: str) -> str:
    return "https://thanhdoan.example.gov.vn/webtd/" + {
        "long": "News/7435", "brief": "News/7441", "non_ocop": "News/7438", "listing": "Cat/1"}[kind]  # fmt: skip


# ------------------------------------------------------------------ 5. daily's e-paper page
def bao_in(page: Page, url: str) -> str:
    """E-paper (báo in) viewer: the scanned page with an image map whose areas name every
    article on it, page thumbnails, and the text view of one article, split by the print
    jump lines "(Xem tiếp trang 7)" / "(Tiếp theo trang 5)"."""
    site = "Báo Sông Lam"
    issue = '<div class="ep-issue">Số 6.218 · Thứ Hai, 23/11/2026</div>'
    picker = ('<form class="ep-pick"><label>Chọn số báo</label><select name="so"><option>Số 6.218 (23/11/2026)</option>'
              '<option>Số 6.217 (22/11/2026)</option><option>Số 6.216 (21/11/2026)</option></select>'
              '<button type="submit">Xem</button></form>')  # fmt: skip
    pages = [
        "Thời sự",
        "Thời sự",
        "Kinh tế",
        "Kinh tế",
        "Nông nghiệp - Nông thôn",
        "Xã hội",
        "Văn hóa",
        "Thể thao",
    ]
    thumbs = "".join(f'<li><a href="/bao-in/6218/trang-{i + 1}"><img src="/epaper/6218/thumb-{i + 1}.jpg" alt="trang-{i + 1}.jpg">'
                     f"<span>Trang {i + 1} - {n}</span></a></li>" for i, n in enumerate(pages))  # fmt: skip
    if page.kind == "listing":
        groups = []
        for k, chunk in enumerate(
            (page.teasers(12)[:4], page.teasers(12)[4:8], page.teasers(12)[8:])
        ):
            items = "".join(
                f'<li><a href="/bao-in/6218/bai-{k}{j}"><b>{esc(t)}</b></a><p>{esc(s)}</p></li>'
                for j, (t, s) in enumerate(chunk)
            )
            groups.append(
                f'<div class="toc-page"><h3>Trang {2 * k + 3} - {pages[2 * k + 2]}</h3><ul>{items}</ul></div>'
            )
        main = (f'<h1 class="ep-title">Mục lục báo in số 6.218</h1>{issue}{picker}<div class="ep-toc">{"".join(groups)}</div>'
                f'<ul class="ep-thumbs">{thumbs}</ul>')  # fmt: skip
        head = f"<title>Báo in số 6.218 - {site}</title>"
    else:
        art = page.art
        others = page.related(4)
        areas = "".join(f'<area shape="rect" coords="{20 + 200 * (i % 2)},{40 + 300 * (i // 2)},{200 + 200 * (i % 2)},{320 + 300 * (i // 2)}" '
                        f'href="/bao-in/6218/bai-x{i}" title="{esc(h)}">' for i, h in enumerate(others))  # fmt: skip
        areas += (
            f'<area shape="rect" coords="20,640,420,1180" href="{url}" title="{esc(art["title"])}">'
        )
        body = page.body(
            lambda t: f'<p class="ep-p">{t}</p>',
            lambda t: f'<p class="ep-p"><b>{t}</b></p>',
            lambda t, i: (f'<div class="ep-photo"><img src="/epaper/6218/crop-{i}.jpg" alt="crop-{i}.jpg">'
                          f'<p class="ep-cap">{t}</p></div>'),
            lambda h: f'<p class="ep-jump"><i>{h}</i></p><p class="ep-jump"><b>{page.c("(Tiếp theo trang 5)")}</b></p>',
        )  # fmt: skip
        lead = f'<p class="ep-sapo"><b>{esc(art["lead"])}</b></p>' if art["lead"] else ""
        on_page = "".join(
            f'<li><a href="/bao-in/6218/bai-x{i}">{page.c(h)}</a></li>'
            for i, h in enumerate(others)
        )
        main = (
            f"{issue}{picker}<div class=\"ep-viewer\"><div class=\"ep-toolbar\"><a href=\"#\" class=\"zoom-in\">Phóng to</a>"
            '<a href="#" class="zoom-out">Thu nhỏ</a><a href="/epaper/6218/trang-5.pdf">Tải PDF trang 5</a></div>'
            f'<img class="ep-page" src="/epaper/6218/trang-5.jpg" usemap="#trang5" alt="trang-5.jpg"><map name="trang5">{areas}</map></div>'
            f'<div class="ep-article-text"><div class="ep-kicker">Trang 5 | {pages[4]}</div><h2 class="ep-headline">{esc(art["title"])}</h2>'
            f'{lead}<div class="ep-body">{body}</div><p class="ep-author" style="text-align:right"><b>Bài, ảnh: {esc(art["byline"])}</b></p>'
            '<a class="ep-close" href="#">Đóng ×</a></div>'
            f'<div class="ep-onpage"><h3>Các bài khác trên trang 5</h3><ul>{on_page}</ul></div><ul class="ep-thumbs">{thumbs}</ul>'
        )  # fmt: skip
        head = (f"<title>{esc(art['title'])} - Báo in - {site}</title>"
                + _keywords(page, "báo in, làng nghề, OCOP", "báo in, y tế, bệnh viện") + _ld(page, url, site))  # fmt: skip
    footer = page.c(
        "Báo Sông Lam - Cơ quan của Đảng bộ tỉnh · Đặt mua báo in và ấn phẩm Sản phẩm OCOP xứ Nghệ"
    )
    return (
        f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">{head}<script src="/epaper/js/turn.min.js"></script></head>'
        f'<body class="epaper"><header class="ep-head"><a href="/" class="logo">{site}</a><nav><a href="/">Báo điện tử</a>'
        f'<a href="/bao-in" class="active">Báo in</a><a href="/bao-in/cuoi-tuan">Báo Cuối tuần</a></nav></header>'
        f'<main class="ep-main">{main}</main><footer class="ep-foot"><p>{footer}</p></footer></body></html>'
    )  # fmt: skip


def bi_url(kind: str) -> str:
    return "https://baosonglam.example.vn/bao-in/6218/" + {
        "long": "lang-gom-ven-song-tim-loi-ra-a91201.html", "brief": "phien-cho-lang-nghe-a91207.html",
        "non_ocop": "khu-dieu-tri-ung-buou-a91204.html", "listing": "muc-luc"}[kind]  # fmt: skip


# ------------------------------------------------------------------ 6. tourism department portal
def du_lich_so(page: Page, url: str) -> str:
    """Provincial tourism portal (Sở VHTTDL): all photos of the article sit in a carousel
    above the headline, with captions as slide notes; weather and hotline widgets."""
    site = "Cổng thông tin Du lịch Bến Tre"
    menu = ["Khám phá", "Điểm đến", "Lưu trú", "Ẩm thực", "Quà tặng - Sản phẩm OCOP", "Lễ hội - Sự kiện",
            "Tin tức", "Bản đồ du lịch"]  # fmt: skip
    nav = "".join(
        f'<li class="nav-item"><a class="nav-link" href="/vi/{i}">{m}</a></li>'
        for i, m in enumerate(menu)
    )
    topbar = ('<div class="top-bar"><span>Tổng đài hỗ trợ du khách: 1900 1868</span><span class="lang">'
              '<a href="/vi/"><img src="/img/vn.png" alt="vn.png"> Tiếng Việt</a> <a href="/en/"><img src="/img/en.png" alt="en.png"> English</a></span></div>')  # fmt: skip
    weather = '<div class="weather"><h4>Thời tiết hôm nay</h4><p>Bến Tre: 31°C, nắng nhẹ</p><p>Độ ẩm: 74%</p></div>'
    side = "".join(
        f'<li><a href="/vi/detailnews/?id=news_{580 + i}">{page.c(h)}</a></li>'
        for i, h in enumerate(page.related(4))
    )
    sidebar = (f'<aside class="col-md-3">{weather}<div class="box"><h4>Tin xem nhiều</h4><ul>{side}</ul></div>'
               '<div class="box useful"><h4>Thông tin hữu ích</h4><p>Cấp cứu: 115 · Công an: 113</p><p>Bến xe khách: 0275 3822 xxx</p></div></aside>')  # fmt: skip
    if page.kind == "listing":
        cards = "".join(
            f'<div class="col-md-4"><div class="card"><img class="card-img-top" src="/upload/news/{600 + i}.jpg" alt="news_{600 + i}.jpg">'
            f'<div class="card-body"><h5 class="card-title"><a href="/vi/detailnews/?id=news_{600 + i}">{esc(t)}</a></h5>'
            f'<p class="card-text">{esc(s)}</p><small class="text-muted">{22 - i:02d}/11/2026</small></div></div></div>'
            for i, (t, s) in enumerate(page.teasers(12))
        )  # fmt: skip
        main = (f'<div class="col-md-9"><h1 class="page-title">Tin tức du lịch</h1><div class="row">{cards}</div>'
                '<nav><ul class="pagination"><li class="page-item active"><span>1</span></li><li class="page-item"><a href="?p=2">2</a></li></ul></nav></div>')  # fmt: skip
        head = f"<title>Tin tức - {site}</title>"
    else:
        art = page.art
        slides: list[str] = []
        body = page.body(
            lambda t: f'<p style="text-align: justify;">{t}</p>',
            lambda t: f"<h3>{t}</h3>",
            lambda t, i: slides.append(f'<div class="item"><img src="/upload/news/2026/dl-{i}.jpg" alt="dl-{i}.jpg">'
                                       f'<div class="slide-note">{t}</div></div>') or "",
            lambda h: f'<div class="box-event"><span class="lbl">Sự kiện sắp diễn ra:</span> <a href="/vi/su-kien">{h}</a></div>',
        )  # fmt: skip
        carousel = (
            f'<div class="owl-carousel detail-gallery">{"".join(slides)}</div>' if slides else ""
        )
        lead = (
            f'<div class="detail-sapo"><p><strong>{esc(art["lead"])}</strong></p></div>'
            if art["lead"]
            else ""
        )
        more = "".join(
            f'<li><a href="/vi/detailnews/?id=news_{590 + i}">{page.c(h)}</a></li>'
            for i, h in enumerate(page.related(7)[4:])
        )
        main = (
            f'<div class="col-md-9"><ol class="breadcrumb"><li><a href="/vi/">Trang chủ</a></li><li><a href="/vi/6">Tin tức</a></li></ol>'
            f'{carousel}<h1 class="detail-title">{esc(art["title"])}</h1><div class="detail-info">Ngày cập nhật: 22/11/2026 | Lượt xem: 1.027</div>'
            f'{lead}<div class="detail-news">{body}</div><p class="author" style="text-align: right;"><strong>{esc(art["byline"])}</strong></p>'
            '<div class="rating"><span>Bạn thấy bài viết hữu ích?</span><i class="star">☆</i><i class="star">☆</i><i class="star">☆</i>'
            '<i class="star">☆</i><i class="star">☆</i></div><div class="share"><a href="#">Chia sẻ Facebook</a> <a href="#">In bài viết</a></div>'
            f'<div class="maybe"><h4>Có thể bạn quan tâm</h4><ul>{more}</ul></div></div>'
        )  # fmt: skip
        head = (f"<title>{esc(art['title'])} - {site}</title>"
                + _keywords(page, "du lịch cộng đồng, quà lưu niệm, OCOP", "du lịch, lễ hội, đua ghe") + _ld(page, url, site))  # fmt: skip
    footer = page.c(
        "Sở Văn hóa, Thể thao và Du lịch tỉnh Bến Tre · Trung tâm Thông tin và Xúc tiến Du lịch · Điểm bán quà OCOP đạt chuẩn"
    )
    return (
        f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">{head}'
        '<link rel="stylesheet" href="/css/bootstrap.min.css"><link rel="stylesheet" href="/css/owl.carousel.min.css"></head><body>'
        f'{topbar}<nav class="navbar navbar-expand-lg"><a class="navbar-brand" href="/vi/">{site}</a><ul class="navbar-nav">{nav}</ul></nav>'
        f'<div class="container"><div class="row">{main}{sidebar}</div></div>'
        f'<footer class="footer"><p>{footer}</p><p>Số lượt truy cập: 3.118.406</p></footer>'
        '<script>$(".owl-carousel").owlCarousel({items:1,loop:true,autoplay:true});</script></body></html>'
    )  # fmt: skip


def dl_url(kind: str) -> str:
    return "https://dulich.bentre.example.gov.vn/vi/" + {
        "long": "detailnews/?id=news_597&t=qua-luu-niem-ocop", "brief": "detailnews/?id=news_603&t=tuan-le-qua-tang",
        "non_ocop": "detailnews/?id=news_601&t=dua-ghe", "listing": "6"}[kind]  # fmt: skip


# ------------------------------------------------------------------ 7. bank CSR / press-release page
def ngan_hang_csr(page: Page, url: str) -> str:
    """A bank's corporate site on an AEM-like component CMS: the text is split over sibling
    cmp-text components with an image component and a product CTA card between them, and a
    press-release boilerplate ("Về …") plus press contact close the article."""
    site = "Phương Nam Bank"
    cookie = page.c("Chúng tôi sử dụng cookie để cải thiện trải nghiệm của Quý khách trên website.")
    menu = ["Cá nhân", "Doanh nghiệp", "Nhà đầu tư", "Về Phương Nam Bank", "Tin tức"]
    nav = "".join(
        f'<li class="cmp-navigation__item"><a href="/vi/{i}">{m}</a></li>'
        for i, m in enumerate(menu)
    )
    ticker = ('<div class="rate-ticker"><span>USD 25.350 / 25.710</span><span>EUR 27.120 / 28.460</span>'
              "<span>Lãi suất tiết kiệm 12 tháng: 5,2%/năm</span></div>")  # fmt: skip
    if page.kind == "listing":
        cards = "".join(
            f'<div class="cmp-teaser"><div class="cmp-teaser__image"><img src="/content/dam/pnb/news/{700 + i}.jpg" alt="news-{700 + i}.jpg"></div>'
            f'<div class="cmp-teaser__content"><span class="cmp-teaser__pretitle">Hoạt động cộng đồng · {22 - i:02d}/11/2026</span>'
            f'<h3 class="cmp-teaser__title"><a href="/vi/tin-tuc/{700 + i}">{esc(t)}</a></h3><div class="cmp-teaser__description">{esc(s)}</div></div></div>'
            for i, (t, s) in enumerate(page.teasers(12))
        )  # fmt: skip
        main = ('<h1 class="cmp-title__text">Tin tức &amp; Sự kiện</h1><div class="news-filter"><a class="active">Tất cả</a><a>Tin ngân hàng</a>'
                '<a>Hoạt động cộng đồng</a><a>Thông cáo báo chí</a><select name="year"><option>2026</option><option>2025</option></select></div>'
                f'<div class="cmp-list">{cards}</div><button class="load-more">Xem thêm</button>')  # fmt: skip
        head = f"<title>Tin tức &amp; Sự kiện | {site}</title>"
    else:
        art = page.art
        blocks: list[str] = []
        body = page.body(
            lambda t: f"<p>{t}</p>",
            lambda t: f"<h3>{t}</h3>",
            lambda t, i: (f'</div></div><div class="image aem-GridColumn"><div class="cmp-image"><img class="cmp-image__image" '
                          f'src="/content/dam/pnb/news/2026/csr-{i}.jpg" alt="csr-{i}.jpg"><span class="cmp-image__title">{t}</span></div></div>'
                          '<div class="text aem-GridColumn"><div class="cmp-text">'),
            lambda h: ('</div></div><div class="cta-card aem-GridColumn"><div class="cmp-cta"><p class="cmp-cta__eyebrow">Có thể bạn quan tâm</p>'
                       f'<a class="cmp-cta__link" href="/vi/ca-nhan/ngan-hang-so">{h}</a><a class="btn" href="/vi/dang-ky">Đăng ký ngay</a></div></div>'
                       '<div class="text aem-GridColumn"><div class="cmp-text">'),
        )  # fmt: skip
        blocks.append(f'<div class="text aem-GridColumn"><div class="cmp-text">{body}</div></div>')
        about = page.c("Về Phương Nam Bank: thành lập năm 1992, hiện có hơn 180 chi nhánh và phòng giao dịch trên toàn quốc, "
                       "phục vụ hơn bốn triệu khách hàng cá nhân và doanh nghiệp.")  # fmt: skip
        contact = page.c(
            "Thông tin liên hệ báo chí: Phòng Truyền thông Phương Nam Bank, email truyenthong@pnb.example.vn"
        )
        lead = (
            f'<div class="text aem-GridColumn"><div class="cmp-text summary"><p><b>{esc(art["lead"])}</b></p></div></div>'
            if art["lead"]
            else ""
        )
        rel = "".join(
            f'<li class="cmp-list__item"><a href="/vi/tin-tuc/{680 + i}">{page.c(h)}</a></li>'
            for i, h in enumerate(page.related(3))
        )
        main = (
            '<nav class="cmp-breadcrumb"><ol><li><a href="/vi">Trang chủ</a></li><li><a href="/vi/3">Về Phương Nam Bank</a></li>'
            '<li><a href="/vi/tin-tuc">Tin tức</a></li><li>Hoạt động cộng đồng</li></ol></nav>'
            '<div class="aem-Grid"><div class="title aem-GridColumn"><span class="press-tag">Thông cáo báo chí</span>'
            f'<h1 class="cmp-title__text">{esc(art["title"])}</h1><p class="press-date">22/11/2026</p></div>{lead}{"".join(blocks)}'
            f'<div class="text aem-GridColumn"><div class="cmp-text press-boiler"><p><i>{about}</i></p><p>{contact}</p></div></div>'
            '<div class="download aem-GridColumn"><a href="/content/dam/pnb/press/2026-11-22.pdf">Tải xuống thông cáo báo chí (PDF, 320KB)</a></div>'
            f'<div class="list aem-GridColumn"><h2>Tin liên quan</h2><ul class="cmp-list">{rel}</ul></div></div>'
        )  # fmt: skip
        head = (f"<title>{esc(art['title'])} | {site}</title>"
                + _keywords(page, "tín dụng xanh, OCOP, hợp tác xã", "hiến máu, cộng đồng, bệnh nhi") + _ld(page, url, site))  # fmt: skip
    footer = page.c(
        "Sản phẩm nổi bật: Vay tiêu dùng · Thẻ tín dụng · Gói tín dụng chủ thể OCOP · Bảo hiểm"
    )
    return (
        f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">{head}<link rel="stylesheet" href="/etc.clientlibs/pnb/clientlibs/site.min.css"></head>'
        f'<body class="page basicpage"><div class="cookie-consent" role="dialog"><p>{cookie}</p><button>Đồng ý</button></div>'
        f'<header class="cmp-header"><a class="logo" href="/vi">{site}</a><ul class="cmp-navigation">{nav}</ul>'
        f'<a class="btn-login" href="https://ebank.pnb.example.vn">Đăng nhập ngân hàng số</a></header>{ticker}'
        f'<main class="root responsivegrid">{main}</main><footer class="cmp-footer"><p>{footer}</p>'
        '<p>Hotline 1800 6868 · © 2026 Ngân hàng TMCP Phương Nam</p></footer></body></html>'
    )  # fmt: skip


def nh_url(kind: str) -> str:
    return "https://www.pnb.example.vn/vi/tin-tuc/" + {
        "long": "tin-dung-xanh-dong-hanh-chu-the-ocop", "brief": "quay-tu-van-von-hoi-cho-nong-nghiep",
        "non_ocop": "hien-mau-trao-qua-benh-nhi", "listing": "hoat-dong-cong-dong"}[kind]  # fmt: skip


TEMPLATES = {
    "hoi_phu_nu": (hoi_phu_nu, hpn_url),
    "giao_xu_k2": (giao_xu_k2, k2_url),
    "phat_su": (phat_su, ps_url),
    "doan_thanh_nien": (doan_thanh_nien, dtn_url),
    "bao_in": (bao_in, bi_url),
    "du_lich_so": (du_lich_so, dl_url),
    "ngan_hang_csr": (ngan_hang_csr, nh_url),
}
