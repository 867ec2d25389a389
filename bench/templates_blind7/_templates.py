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


TEMPLATES = {
    "hoi_phu_nu": (hoi_phu_nu, hpn_url),
    "giao_xu_k2": (giao_xu_k2, k2_url),
}
