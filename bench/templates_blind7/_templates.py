"""Page templates of the seventh blind set, each modelled on one kind of Vietnamese site.

Every render(page, url) returns the page HTML; strings passed through ``page.c`` are chrome
(recorded in the gold as must-not-appear). Kind "listing" is not an article. None of these
templates repeats one of bench/templates_blind/ … bench/templates_blind6/.
"""

from __future__ import annotations

import json

from _build import Page, esc

DATE = "2026-11-22T08:10:00+07:00"


def _ld(page: Page, url: str, site: str, kind: str = "NewsArticle") -> str:
    art = page.art
    data = {"@context": "https://schema.org", "@type": kind, "headline": art["title"],
            "description": art["lead"] or art["paras"][-1][:150], "datePublished": DATE,
            "url": url, "publisher": {"@type": "Organization", "name": site}}  # fmt: skip
    if art.get("byline"):
        data["author"] = {"@type": "Person", "name": art["byline"]}
    return (
        '<script type="application/ld+json">' + json.dumps(data, ensure_ascii=False) + "</script>"
    )


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
    nav = "".join(f'<li class="menu-item"><a href="/m/{i}.html">{m}</a></li>' for i, m in enumerate(menu))
    marquee = page.c("Chào mừng 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 - 20/10/2026)")
    side_items = "".join(f'<li><a href="/guong/{i}.html">{page.c(h)}</a></li>' for i, h in enumerate(page.related(4)))
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
    footer = page.c("Cơ quan chủ quản: Hội Liên hiệp Phụ nữ tỉnh Long An - Đồng hành cùng chủ thể OCOP nữ")
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


def giao_xu_k2(page: Page, url: str) -> str:
    """Parish site on Joomla 3 + K2: the lead is itemIntroText, the first photo sits in
    itemImageBlock with its caption, and a "Lời Chúa hôm nay" module sits beside the text."""
    site = "Giáo xứ Cửa Biển"
    menu = ["Trang chủ", "Sinh hoạt giáo xứ", "Giáo họ", "Lời Chúa", "Bác ái xã hội", "Thiếu nhi",
            "Thư viện ảnh", "Liên hệ"]  # fmt: skip
    nav = "".join(f'<li class="item-{101 + i}"><a href="/{i}-m.html">{m}</a></li>' for i, m in enumerate(menu))
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
                + f'<meta name="generator" content="Joomla! - Open Source Content Management">')  # fmt: skip
    footer = page.c("Giáo xứ Cửa Biển - Giáo hạt Duyên Hải · Nước mắm nhĩ làng chài đạt OCOP 3 sao, liên hệ văn phòng giáo xứ")
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
    donate = page.c("Quý Phật tử muốn hùn phước ấn tống kinh sách xin liên hệ Văn phòng Ban Thông tin Truyền thông.")
    latest = "".join(f'<li><a href="/tin-moi/{i}">{page.c(h)}</a></li>' for i, h in enumerate(page.related(5)))
    story = page.c("Người lái đò già bến Tam Giang chưa bao giờ lấy tiền của những ai qua sông vào ngày rằm.")
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
        lead = f'<p class="sapo"><strong>{page.c("PSTS")}</strong> - {esc(art["lead"])}</p>' if art["lead"] else ""
        same = "".join(f'<li><a href="/cung-chuyen-muc/{i}">{page.c(h)}</a></li>' for i, h in enumerate(page.related(8)[5:]))
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
    footer = page.c("Ban Thông tin Truyền thông Phật giáo tỉnh · Chuyên trang giới thiệu sản phẩm OCOP của đồng bào vùng cao")
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
    nav = "".join(f'<td class="menu"><a href="/webtd/Cat/{i}">{m}</a></td>' for i, m in enumerate(menu))
    side = "".join(f'<tr><td class="tinkhac">» <a href="/webtd/News/{7400 + i}">{page.c(h)}</a></td></tr>' for i, h in enumerate(page.related(5)))
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
    footer = page.c("Bản quyền thuộc Thành Đoàn · Chương trình Tuổi trẻ đồng hành cùng sản phẩm OCOP Thủ Đô")
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

TEMPLATES = {
    "hoi_phu_nu": (hoi_phu_nu, hpn_url),
    "giao_xu_k2": (giao_xu_k2, k2_url),
    "phat_su": (phat_su, ps_url),
    "doan_thanh_nien": (doan_thanh_nien, dtn_url),
}
