"""Ten page templates, each modelled on the structure of one kind of Vietnamese CMS.

Every render(page, url) returns the page HTML; strings passed through ``page.c`` are chrome
(recorded in the gold as must-not-appear). Listing pages (kind "listing") are not articles.
"""

from __future__ import annotations

import json

from _build import Page, esc


def _ld(page: Page, url: str, date: str, site: str) -> str:
    art = page.art
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": art["title"],
            "description": art["lead"] or art["paras"][0][:150], "datePublished": date,
            "mainEntityOfPage": url, "publisher": {"@type": "Organization", "name": site}}  # fmt: skip
    if art.get("byline"):
        data["author"] = {"@type": "Person", "name": art["byline"]}
    return ('<script type="application/ld+json">' + json.dumps(data, ensure_ascii=False)
            + "</script>")  # fmt: skip


# ------------------------------------------------------------------ 1. national daily (fck_detail)
def _vne_daily_article(page: Page, url: str, site: str):
    """The article part of a vne_daily page."""
    art = page.art
    lead = art["lead"]
    loc = ""
    if " - " in lead[:20]:
        loc, lead = lead.split(" - ", 1)
        loc = f'<span class="location-stamp">{esc(loc)} - </span>'
    body = page.body(
        lambda t: f'<p class="Normal">{t}</p>',
        lambda t: f'<h2 class="Normal"><strong>{t}</strong></h2>',
        lambda t, i: (f'<figure data-size="true" class="tplCaption action_thumb_added"><div '
                      f'class="fig-picture"><picture><img itemprop="contentUrl" alt="{t}" '
                      f'src="/images/2026/11/20/anh-{i}.jpg"></picture></div><figcaption '
                      f'itemprop="description"><p class="Image">{t}</p></figcaption></figure>'),
        lambda h: (f'<div class="box-tinlienquanv2"><article class="item-news full-thumb '
                   f'art-related"><h4 class="title-news"><a href="/lq.html">{h}</a></h4>'
                   f'<p class="description">{page.c("Hội đồng đánh giá đánh giá cao chất lượng ổn định qua ba mùa vụ liên tiếp.")}</p></article></div>'),
    )  # fmt: skip
    byline = (f'<p class="Normal" style="text-align:right;"><strong>{esc(art["byline"])}'
              "</strong></p>") if art.get("byline") else ""  # fmt: skip
    tags = (
        ["Hà Giang", "chè Shan tuyết", "OCOP"]
        if page.kind != "non_ocop"
        else ["sạt lở", "quốc lộ 279", "mưa lũ"]
    )
    comment = page.c("Bài viết rất hay, mong có thêm nhiều tin như thế này về quê tôi.")
    main = (
        '<div class="header-content width_common"><ul class="breadcrumb">'
        '<li><a href="/kinh-doanh">Kinh doanh</a></li><li><a href="/kinh-doanh/nong-nghiep">'
        'Nông nghiệp</a></li></ul><span class="date">Thứ sáu, 20/11/2026, 07:15 (GMT+7)</span></div>'
        f'<h1 class="title-detail">{esc(art["title"])}</h1>'
        f'<p class="description">{loc}{esc(lead)}</p>' if lead else
        '<div class="header-content width_common"><span class="date">Thứ sáu, 20/11/2026, '
        f'07:15 (GMT+7)</span></div><h1 class="title-detail">{esc(art["title"])}</h1>'
    ) + (
        f'<article class="fck_detail ">{body}{byline}</article>'
        '<div class="footer-content"><div class="box-tag">'
        + "".join(f'<h4 class="item-tag"><a href="/tag/{i}" title="{t}">{t}</a></h4>' for i, t in enumerate(tags))
        + '</div><div class="social_pin"><a class="btn_facebook" title="Chia sẻ bài viết lên facebook">'
        '</a><a class="btn_zalo" title="Chia sẻ lên Zalo"></a><a class="btn_copy" title="Sao chép liên kết"></a></div>'
        '<div id="ads_inread" class="banner-ads"><a href="https://adclick.example/c?id=991">'
        f'<img alt="{page.c("qc-banner-300x250")}" src="/ads/qc-banner-300x250.jpg"></a></div>'
        f'<div class="box_comment_vne width_common"><h3 class="title_box_category">Ý kiến (12)</h3>'
        f'<div class="comment_item"><p class="full_content"><span class="txt-name">'
        f'<a class="nickname">Minh Tuấn</a></span>{comment}</p><div class="user-status">'
        '<a class="link_reply">Trả lời</a><a class="link_thich">Thích</a></div></div></div></div>'
    )  # fmt: skip
    head = (f"<title>{esc(art['title'])} - {site}</title>"
            f'<meta name="description" content="{esc(art["lead"])}">'
            f'<meta property="og:title" content="{esc(art["title"])}">'
            '<meta property="og:type" content="article">'
            '<meta name="pubdate" content="2026-11-20T07:15:00+07:00">'
            f'<link rel="canonical" href="{url}">'
            + _ld(page, url, "2026-11-20T07:15:00+07:00", site))  # fmt: skip
    return main, head


def vne_daily(page: Page, url: str) -> str:
    site = "Tin Nhanh Việt"
    menu = ["Thời sự", "Góc nhìn", "Thế giới", "Kinh doanh", "Sản phẩm OCOP", "Bất động sản",
            "Khoa học", "Giải trí", "Thể thao", "Pháp luật", "Giáo dục", "Sức khỏe"]  # fmt: skip
    nav = "".join(f'<li><a href="/{i}" title="{m}">{m}</a></li>' for i, m in enumerate(menu))
    most = "".join(
        f'<article class="item-news"><span class="stt">{i + 1}</span><h3 class="title-news">'
        f'<a href="/tin-{i}.html">{page.c(h)}</a></h3></article>'
        for i, h in enumerate(page.related(5))
    )
    if page.kind == "listing":
        title = "Kinh doanh - Nông nghiệp"
        items = "".join(
            f'<article class="item-news item-news-common"><div class="thumb-art"><a href="/a{i}.html">'
            f'<picture><img alt="{esc(t)}" src="/thumb/{i}.jpg"></picture></a></div>'
            f'<h3 class="title-news"><a href="/a{i}.html" title="{esc(t)}">{esc(t)}</a></h3>'
            f'<p class="description"><a href="/a{i}.html">{esc(s)}</a></p></article>'
            for i, (t, s) in enumerate(page.teasers(12))
        )
        main = (f'<h1 class="title-page"><a href="/kinh-doanh/nong-nghiep">{title}</a></h1>'
                f'<div class="list-news-subfolder">{items}</div>'
                '<div class="button-page"><a class="btn-page active">1</a><a href="?p=2">2</a>'
                '<a href="?p=3">3</a><a class="next-page" href="?p=2">Trang sau</a></div>')  # fmt: skip
        head = f"<title>{title} - {site}</title>"
    else:
        main, head = _vne_daily_article(page, url, site)
    footer = page.c("Giấy phép số 548/GP-BTTTT do Bộ Thông tin và Truyền thông cấp ngày 24/08/2021")
    return (
        f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">{head}'
        '<meta name="viewport" content="width=device-width, initial-scale=1"></head>'
        '<body class="page-detail"><header class="section header"><div class="container flexbox">'
        f'<a class="logo" href="/" title="{site}"><img alt="{site}" src="/logo.svg"></a>'
        '<div class="myvne_user"><a href="/dang-nhap">Đăng nhập</a></div></div>'
        f'<nav class="main-nav"><ul class="parent">{nav}</ul></nav></header>'
        '<section class="section page-detail top-detail"><div class="container">'
        f'<div class="sidebar-1">{main}</div><div class="sidebar-2"><div class="box-category">'
        f'<h2 class="title-box-category">Xem nhiều</h2>{most}</div></div></div></section>'
        '<footer class="footer"><div class="container"><p>Báo điện tử Tin Nhanh Việt</p>'
        f"<p>{footer}</p><p>Tổng biên tập: Nguyễn Văn An</p>"
        "<p>© Copyright 2026 Tin Nhanh Việt, All rights reserved</p></div></footer></body></html>"
    )


def vne_url(kind: str) -> str:
    return {"long": "https://tinnhanhviet.vn/che-shan-tuyet-co-thu-giup-ban-vung-cao-co-san-pham-ocop-5-sao-4812233.html",
            "brief": "https://tinnhanhviet.vn/son-la-co-them-21-san-pham-ocop-4812950.html",
            "non_ocop": "https://tinnhanhviet.vn/sat-lo-taluy-cat-dut-quoc-lo-279-qua-bac-kan-4813001.html",
            "listing": "https://tinnhanhviet.vn/kinh-doanh/nong-nghiep"}[kind]  # fmt: skip


# ------------------------------------------------------- 2. VCCorp-style CMS (detail-sapo/-content)
def _sapo_cms_article(page: Page, url: str, site: str, ad: str):
    """The article part of a sapo_cms page."""
    art = page.art
    rel = page.related(4)
    body = page.body(
        lambda t: f"<p>{t}</p>",
        lambda t: f"<p><b>{t}</b></p>",
        lambda t, i: (f'<figure class="VCSortableInPreviewMode" type="Photo" style=""><div>'
                      f'<a href="/img/{i}.jpg" data-fancybox="img-lightbox"><img src="/img/{i}.jpg" '
                      f'alt="{t}" title="{t}" width="" height=""></a></div><figcaption '
                      f'class="PhotoCMS_Caption"><p data-placeholder="[nhập chú thích]">{t}</p>'
                      "</figcaption></figure>"),
        lambda h: (f'<div class="VCSortableInPreviewMode link-content-footer" type="RelatedNewsBox">'
                   f'<div class="relatedbox type-1"><strong class="relatedbox-title">ĐỌC THÊM</strong>'
                   f'<ul><li><a class="relatedbox-link" href="/lq.htm" title="{h}">{h}</a></li></ul>'
                   "</div></div>"),
    )  # fmt: skip
    tags = (
        ["OCOP", "thương mại điện tử", "sản phẩm nông thôn"]
        if page.kind != "non_ocop"
        else ["giá vàng", "vàng nhẫn"]
    )
    author = (f'<div class="detail-author"><a class="name" href="/tac-gia.htm" title="{esc(art["byline"])}">'
              f'{esc(art["byline"])}</a></div>') if art.get("byline") else ""  # fmt: skip
    main = (
        '<div class="detail-cmain"><div class="detail-cate"><a href="/kinh-doanh.htm">Kinh doanh</a></div>'
        f'<h1 class="detail-title article-title" data-role="title">{esc(art["title"])}</h1>'
        f'<div class="detail-top">{author}<div class="detail-time"><div data-role="publishdate">'
        '20/11/2026 08:40 GMT+7</div></div><div class="detail-share"><a class="fb">'
        f'{page.c("Chia sẻ bài viết")}</a></div></div>'
        f'<h2 class="detail-sapo" data-role="sapo">{esc(art["lead"])}</h2>'
        f'<div class="detail-content afcbc-body" data-role="content">{body}</div>{ad}'
        '<div class="detail-tab"><span>TỪ KHÓA:</span>'
        + "".join(f'<a class="tags-item" href="/tag/{i}.htm">{t}</a>' for i, t in enumerate(tags))
        + f'</div><div class="detail-vote"><p>{page.c("Bạn thấy bài viết này thế nào?")}</p>'
        '<a class="vote-item">Hay</a><a class="vote-item">Cần cải thiện</a></div>'
        '<div class="box-related-news"><h3 class="box-title">Tin cùng chuyên mục</h3><ul>'
        + "".join(f'<li><a href="/r{i}.htm" title="{esc(h)}">{page.c(h)}</a></li>' for i, h in enumerate(rel))
        + '</ul></div><div class="box-comment" id="comment"><div class="comment-title">Bình luận (3)</div>'
        f'<div class="comment-item"><span class="name">Thanh Hằng</span><p class="content">'
        f'{page.c("Mình hay mua hàng vùng miền qua mạng, giao nhanh nhưng đóng gói chưa kỹ lắm.")}</p>'
        '</div></div></div>'
    )  # fmt: skip
    head = (f"<title>{esc(art['title'])}</title>"
            f'<meta name="description" content="{esc(art["lead"])}">'
            f'<meta property="og:title" content="{esc(art["title"])}">'
            '<meta property="article:published_time" content="2026-11-20T08:40:00+07:00">'
            f'<link rel="canonical" href="{url}">' + _ld(page, url, "2026-11-20T08:40:00+07:00", site))  # fmt: skip
    return main, head


def sapo_cms(page: Page, url: str) -> str:
    site = "Báo Sài Gòn Ngày Mới"
    menu = ["Thời sự", "Thế giới", "Kinh doanh", "Xe", "Văn hóa", "Giải trí", "Thể thao",
            "Giáo dục", "Nhịp sống số", "OCOP - Đặc sản", "Sức khỏe", "Giả thật"]  # fmt: skip
    nav = "".join(
        f'<li class="menu-li"><a href="/{i}.htm" title="{m}">{m}</a></li>'
        for i, m in enumerate(menu)
    )
    ad = (f'<div class="ads-banner" id="admzone480456"><img alt="{page.c("qc-banner-728x90")}" '
          'src="//ads.example/qc-banner-728x90.gif"></div>')  # fmt: skip
    if page.kind == "listing":
        items = "".join(
            f'<li class="news-item"><a class="box-category-link-with-avatar img-resize" href="/t{i}.htm">'
            f'<img alt="{esc(t)}" src="/thumb/{i}.webp"></a><div class="box-category-content">'
            f'<h3 class="box-title-text"><a class="box-category-link-title" href="/t{i}.htm">{esc(t)}'
            f'</a></h3><p class="box-category-sapo">{esc(s)}</p></div></li>'
            for i, (t, s) in enumerate(page.teasers(11))
        )
        head = "<title>Kinh doanh - Báo Sài Gòn Ngày Mới</title>"
        main = (f'<div class="box-category" data-layout="1"><h1 class="box-category-title">Kinh doanh'
                f'</h1><ul class="box-category-middle">{items}</ul><div class="view-more-wrap">'
                '<a class="view-more" href="/kinh-doanh/trang-2.htm">Xem thêm</a></div></div>')  # fmt: skip
    else:
        main, head = _sapo_cms_article(page, url, site, ad)
    return (
        f'<!DOCTYPE html><html lang="vi"><head><meta charset="UTF-8">{head}</head><body>'
        f'<div class="header"><div class="header__logo"><a href="/" title="{site}">{site}</a></div>'
        f'<ul class="menu-nav">{nav}</ul></div><div class="main"><div class="container">'
        f'<div class="detail-container">{main}</div><div class="detail-right">{ad}'
        '<div class="box-most-view"><h3>Đọc nhiều</h3><ul>'
        + "".join(f"<li><a>{esc(h)}</a></li>" for h in page.related(5))
        + '</ul></div></div></div></div><div class="footer"><div class="footer__info">'
        f"<p>{page.c('Cơ quan chủ quản: Thành ủy Thành phố Hồ Chí Minh')}</p><p>Tổng biên tập: Lê Minh Hải</p>"
        "<p>Giấy phép hoạt động báo điện tử số 561/GP-BTTTT</p></div></div></body></html>"
    )


def sapo_url(kind: str) -> str:
    return {"long": "https://saigonngaymoi.vn/dua-san-pham-ocop-len-san-thuong-mai-dien-tu-2026112008400123.htm",
            "brief": "https://saigonngaymoi.vn/tp-hcm-cham-diem-34-san-pham-ocop-dot-cuoi-nam-2026112110150011.htm",
            "non_ocop": "https://saigonngaymoi.vn/gia-vang-nhan-lap-dinh-moi-2026112009050077.htm",
            "listing": "https://saigonngaymoi.vn/kinh-doanh.htm"}[kind]  # fmt: skip


# --------------------------------------------- 3. provincial party newspaper (old ASP.NET, tables)
def bao_tinh(page: Page, url: str) -> str:
    site = "Báo Lào Cai điện tử"
    menu = ["Trang chủ", "Chính trị", "Kinh tế", "OCOP Lào Cai", "Xã hội", "Văn hóa", "Du lịch",
            "Quốc phòng - An ninh", "Thể thao", "Bạn đọc"]  # fmt: skip
    nav = " | ".join(f'<a href="/chuyen-muc/{i}" class="menu">{m}</a>' for i, m in enumerate(menu))
    weather = page.c("Lào Cai 23°C - Sa Pa 14°C - Bắc Hà 17°C")
    others = "".join(f'<li><a href="/tin/{i}.html">{page.c(h) if page.kind != "listing" else esc(h)}</a> '
                     f'<span class="date">(1{i}/11/2026)</span></li>' for i, h in enumerate(page.related(5)))  # fmt: skip
    if page.kind == "listing":
        rows = "".join(
            f'<tr><td width="130" valign="top"><a href="/tin/{i}.html"><img src="/Uploads/{i}.jpg" '
            f'width="120" border="0"></a></td><td valign="top"><a href="/tin/{i}.html" class="title-list">'
            f'{esc(t)}</a><br><span class="sapo-list">{esc(s)}</span></td></tr>'
            for i, (t, s) in enumerate(page.teasers(10))
        )
        center = (f'<div class="cate-title">Kinh tế</div><table class="list-news" width="100%">{rows}</table>'
                  '<div class="paging">Trang: <b>1</b> <a href="?page=2">2</a> <a href="?page=3">3</a></div>')  # fmt: skip
        title = "Kinh tế"
    else:
        art = page.art
        title = art["title"]
        body = page.body(
            lambda t: f'<p style="text-align: justify;">{t}</p>',
            lambda t: f'<p style="text-align: justify;"><strong>{t}</strong></p>',
            lambda t, i: (f'<table class="image" align="center" border="0" cellpadding="3" cellspacing="0">'
                          f'<tbody><tr><td><img src="/Uploads/images/2026/11/{i}.jpg" width="500"></td></tr>'
                          f'<tr><td class="image_desc">{t}</td></tr></tbody></table>'),
            lambda h: (f'<div class="tin-lien-quan"><b>Tin liên quan:</b><ul><li><a href="/tin/lq.html">'
                       f"{h}</a></li></ul></div>"),
        )  # fmt: skip
        byline = (
            f'<p style="text-align: right;"><strong>{esc(art["byline"])}</strong></p>'
            if art.get("byline")
            else ""
        )
        lead = f'<div class="sapo"><strong>{esc(art["lead"])}</strong></div>' if art["lead"] else ""
        center = (
            f'<span id="ctl00_ContentPlaceHolder1_lblTitle" class="title">{esc(title)}</span><br>'
            '<span class="date">Thứ bảy, 21/11/2026 | 09:12</span>'
            f'<div class="tool"><a href="/print/1">{page.c("In bài viết")}</a> | <a href="/send/1">Gửi cho bạn bè</a></div>'
            f'{lead}<div id="ctl00_ContentPlaceHolder1_content" class="content-detail">{body}{byline}</div>'
            '<div class="cac-tin-khac"><div class="title">Các tin khác</div>'
            f"<ul>{others}</ul></div>"
        )  # fmt: skip
    hidden = '<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1Mg9kFgJmD2QWAgIDD2QWBAIBD2QWAmYPFgIeBFRleHQFBzEyMzQ1Njc=">'
    return (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
        '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd"><html xmlns="http://www.w3.org/1999/xhtml">'
        f'<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>{esc(title)}</title>'
        '<meta name="keywords" content="Báo Lào Cai, tin tức Lào Cai" /></head><body>'
        f'<form name="aspnetForm" method="post" action="./chi-tiet.aspx" id="aspnetForm">{hidden}'
        '<table width="1000" align="center" cellpadding="0" cellspacing="0" class="main">'
        f'<tr><td colspan="2" class="banner"><img src="/images/banner.jpg" alt="{site}"><div class="topmenu">{nav}</div>'
        f'<div class="thoi-tiet">{weather}</div></td></tr><tr><td class="left" width="700" valign="top">{center}</td>'
        '<td class="right" width="300" valign="top"><div class="box-right"><div class="title">Tin đọc nhiều</div><ul>'
        + "".join(f"<li><a>{esc(h)}</a></li>" for h in page.related(4)[::-1])
        + f'</ul></div><div class="adv"><a href="http://quangcao.example"><img src="/adv/qc-banner-300x250.jpg" alt="{page.c("qc-banner-300x250")}"></a></div>'
        '</td></tr><tr><td colspan="2" class="footer">'
        f"<p>{page.c('Cơ quan chủ quản: Tỉnh ủy Lào Cai')} - Tổng biên tập: Trần Văn Lợi</p>"
        "<p>Địa chỉ: Đường Hoàng Liên, phường Cốc Lếu, thành phố Lào Cai. Điện thoại: 0214.3820.xxx</p>"
        '<p>Giấy phép số 102/GP-BTTTT. Ghi rõ nguồn "Báo Lào Cai" khi phát hành lại thông tin từ website này.</p>'
        "</td></tr></table></form></body></html>"
    )


def bao_tinh_url(kind: str) -> str:
    return {"long": "https://baolaocaitin.vn/kinh-te/bao-yen-don-suc-nang-hang-san-pham-ocop-61234.html",
            "brief": "https://baolaocaitin.vn/kinh-te/van-ban-trao-giay-chung-nhan-cho-6-san-pham-ocop-61301.html",
            "non_ocop": "https://baolaocaitin.vn/xa-hoi/bat-xat-khanh-thanh-3-diem-truong-vung-cao-61190.html",
            "listing": "https://baolaocaitin.vn/chuyen-muc/kinh-te.aspx"}[kind]  # fmt: skip


# ------------------------------------------------ 4. provincial government portal (SharePoint-style)
def cong_sharepoint(page: Page, url: str) -> str:
    site = "Cổng thông tin điện tử tỉnh Quảng Trị"
    top = ["Trang chủ", "Giới thiệu", "Tin tức - Sự kiện", "Chương trình OCOP", "Chỉ đạo điều hành",
           "Văn bản", "Thủ tục hành chính", "Hỏi đáp", "Liên hệ"]  # fmt: skip
    nav = "".join(f'<li class="static"><a class="static menu-item" href="/Pages/m{i}.aspx"><span '
                  f'class="menu-item-text">{m}</span></a></li>' for i, m in enumerate(top))  # fmt: skip
    left = ["Tin hoạt động", "Kinh tế - Xã hội", "Sản phẩm OCOP tiêu biểu", "Nông thôn mới",
            "Cải cách hành chính", "Chuyển đổi số"]  # fmt: skip
    left_html = "".join(f'<li><a href="/Pages/c{i}.aspx">{m}</a></li>' for i, m in enumerate(left))
    if page.kind == "listing":
        items = "".join(
            f'<div class="news-item"><div class="news-img"><img src="/PublishingImages/{i}.jpg" alt=""></div>'
            f'<div class="news-text"><a class="news-title" href="/Pages/tin-{i}.aspx">{esc(t)}</a>'
            f'<span class="news-date">(1{i % 10}/11/2026)</span><div class="news-summary">{esc(s)}</div></div></div>'
            for i, (t, s) in enumerate(page.teasers(10))
        )
        title = "Kinh tế - Xã hội"
        center = (f'<div class="title-category"><span>{title}</span></div>{items}'
                  '<div class="pager"><span class="current">1</span><a>2</a><a>3</a><a>Trang cuối</a></div>')  # fmt: skip
    else:
        art = page.art
        title = art["title"]
        paras = art["paras"]
        parts, in_list = [], False
        for p in paras:  # a sentence ending in ":" opens a list of the lines ending in ";" or "."
            if in_list and (p.endswith(";") or p.endswith(".")) and len(p) < 120:
                parts.append(f"<li>{esc(p)}</li>")
                if p.endswith("."):
                    parts.append("</ul>")
                    in_list = False
                continue
            parts.append(f'<div style="text-align: justify;">{esc(p)}</div>')
            if p.endswith(":"):
                parts.append('<ul style="list-style-type: disc;">')
                in_list = True
        if art.get("captions"):
            cap = art["captions"][0]
            page.caption_samples.append(cap)
            parts.insert(1, f'<table align="center" style="width: 600px;"><tbody><tr><td><img src='
                            f'"/PublishingImages/2026/anh1.jpg" width="600" alt=""></td></tr><tr><td '
                            f'style="text-align: center;"><em>{esc(cap)}</em></td></tr></tbody></table>')  # fmt: skip
        attribution = (f'<div style="text-align: right;"><strong>{esc(art["attribution"])}</strong></div>'
                       if art.get("attribution") else "")  # fmt: skip
        summary = (
            f'<div class="summary-news"><p>{esc(art["lead"])}</p></div>' if art["lead"] else ""
        )
        older = "".join(f'<li><a href="/Pages/o{i}.aspx">{page.c(h)}</a> <span class="date">'
                        f"(1{i}/11/2026)</span></li>" for i, h in enumerate(page.related(5)))  # fmt: skip
        center = (
            f'<div class="news-detail"><div class="title-news"><span>{esc(title)}</span></div>'
            '<div class="date-news">Ngày đăng: 14/11/2026 | Lượt xem: 1.203</div>'
            f'{summary}<div class="content-news"><div class="ms-rtestate-field"><div '
            f'class="ExternalClass8A91C3E1D2B04F5FA1E3B9F0C6A7D214">{"".join(parts)}{attribution}</div>'
            '</div></div><div class="tool-news"><a href="javascript:window.print()">'
            f'{page.c("In trang")}</a> | <a href="mailto:?">Gửi email</a> | <a href="javascript:history.back()">'
            'Quay lại</a></div><div class="other-news"><div class="title-other">Các tin đã đưa</div>'
            f"<ul>{older}</ul></div></div>"
        )  # fmt: skip
    return (
        '<!DOCTYPE html><html dir="ltr" lang="vi-VN"><head><meta http-equiv="X-UA-Compatible" content="IE=10">'
        '<meta name="GENERATOR" content="Microsoft SharePoint"><meta http-equiv="Content-type" '
        f'content="text/html; charset=utf-8"><title>\r\n\t{esc(title)}\r\n</title>'
        # the portal sends the same site-wide keywords on every page (see README: a deliberate trap)
        '<meta name="keywords" content="Quảng Trị, cổng thông tin, OCOP, nông thôn mới, thủ tục hành chính">'
        '</head><body class="ms-backgroundImage"><form method="post" action="./ChiTiet.aspx" id="aspnetForm">'
        '<div id="s4-workspace"><div id="s4-bodyContainer"><div class="header-portal"><div class="banner">'
        f'<img src="/Style Library/images/banner.png" alt="{site}"></div><div class="menu-top">'
        f'<ul class="root static">{nav}</ul></div></div><div class="main-portal"><div class="col-left">'
        f'<div class="box-left"><div class="title-box">Chuyên mục</div><ul>{left_html}</ul></div>'
        '<div class="box-left"><div class="title-box">Liên kết website</div><select><option>'
        "Cổng Thông tin điện tử Chính phủ</option><option>Bộ Nông nghiệp và Môi trường</option></select></div>"
        '</div><div class="col-center"><div class="ms-webpart-zone ms-fullWidth"><div class="ms-webpart-chrome">'
        f'{center}</div></div></div></div><div class="footer-portal">'
        f"<p>{page.c('Cơ quan chủ quản: Ủy ban nhân dân tỉnh Quảng Trị')}</p>"
        "<p>Địa chỉ: 45 Hùng Vương, thành phố Đông Hà, tỉnh Quảng Trị</p>"
        f"<p>{page.c('Đang truy cập: 215 | Tổng lượt truy cập: 12.345.678')}</p>"
        "</div></div></div></form></body></html>"
    )


def sharepoint_url(kind: str) -> str:
    base = "https://quangtri.gov.example.vn/vi/Pages/"
    return base + {"long": "cong-nhan-28-san-pham-dat-chuan-ocop-dot-2-2026.aspx?ItemID=41233",
                   "brief": "huong-hoa-danh-gia-san-pham-ocop-cap-huyen.aspx?ItemID=41190",
                   "non_ocop": "trien-khai-ke-hoach-chuyen-doi-so-nam-2027.aspx?ItemID=41250",
                   "listing": "kinh-te-xa-hoi.aspx"}[kind]  # fmt: skip


# ------------------------------------------------------- 5. NTM / agriculture portal (Liferay-style)
def ntm_nongnghiep(page: Page, url: str) -> str:
    site = "Nông thôn mới Việt Nam"
    nav = "".join(f'<li class="lfr-nav-item"><a href="/web/guest/{i}"><span>{m}</span></a></li>'
                  for i, m in enumerate(["Trang chủ", "Tin tức", "Chương trình OCOP", "Mô hình hay",
                                         "Văn bản", "Hỏi đáp chính sách"]))  # fmt: skip
    docs = (
        "Quyết định phê duyệt Chương trình Mỗi xã một sản phẩm giai đoạn 2021 - 2025",
        "Bộ tiêu chí đánh giá, phân hạng sản phẩm OCOP sửa đổi",
    )
    doc_html = "".join(f"<li><a href=\"/documents/{i}\">{esc(d) if page.kind == 'listing' else page.c(d)}</a></li>"
                       for i, d in enumerate(docs))  # fmt: skip
    if page.kind == "listing":
        items = "".join(
            f'<div class="asset-abstract"><h3 class="asset-title"><a href="/web/guest/-/t{i}">{esc(t)}</a></h3>'
            f'<div class="asset-summary">{esc(s)}</div><div class="asset-metadata">'
            f'<span class="metadata-entry metadata-publish-date">1{i % 10}/11/2026</span></div></div>'
            for i, (t, s) in enumerate(page.teasers(10))
        )
        title = "Tin tức"
        center = (f'<h2 class="portlet-title-text">{title}</h2>{items}<div class="taglib-page-iterator">'
                  '<ul class="pager lfr-pagination-buttons"><li class="first"><a>Đầu</a></li>'
                  '<li><a href="?p=2">Tiếp theo</a></li></ul></div>')  # fmt: skip
    else:
        art = page.art
        title = art["title"]
        body = page.body(
            lambda t: f'<p style="text-align: justify;">{t}</p>',
            lambda t: f"<h3>{t}</h3>",
            lambda t, i: (f'<figure class="image"><img alt="" src="/documents/20182/anh-{i}.jpg" '
                          f'width="640"><figcaption>{t}</figcaption></figure>'),
            lambda h: f'<p><strong>Xem thêm:</strong> <a href="/web/guest/-/lq">{h}</a></p>',
        )  # fmt: skip
        lead = f"<p><strong>{esc(art['lead'])}</strong></p>" if art["lead"] else ""
        attr = (f'<p style="text-align: right;"><em>{esc(art["attribution"])}</em></p>'
                if art.get("attribution") else "")  # fmt: skip
        rel = "".join(
            f'<li><a href="/web/guest/-/r{i}">{page.c(h)}</a></li>'
            for i, h in enumerate(page.related(4))
        )
        center = (
            f'<div class="news-detail"><h1 class="news-title">{esc(title)}</h1><div class="news-info">'
            '<span class="date">Thứ Năm, 19/11/2026 - 15:20</span> <span class="view">Lượt xem: 532</span></div>'
            f'<div class="share-bar"><a class="fb">Facebook</a> <a class="zalo">Zalo</a> '
            f'<a class="print">{page.c("In bài")}</a></div>'
            f'<div class="journal-content-article">{lead}{body}{attr}</div>'
            f'<div class="relate-news"><h3>Tin liên quan</h3><ul>{rel}</ul></div></div>'
        )  # fmt: skip
    return (
        f'<!DOCTYPE html><html class="ltr" dir="ltr" lang="vi-VN"><head><title>{esc(title)} - {site}</title>'
        '<meta content="text/html; charset=UTF-8" http-equiv="content-type"></head>'
        '<body class="yui3-skin-sam controls-visible signed-out public-page site"><div id="wrapper">'
        f'<header id="banner" role="banner"><div class="logo"><a href="/">{site}</a></div>'
        f'<nav class="sort-pages modify-pages" id="navigation" role="navigation"><ul>{nav}</ul></nav></header>'
        '<div id="content"><div class="portlet-layout row"><div class="col-md-8 portlet-column">'
        '<div class="portlet-boundary portlet-boundary_101_ portlet-asset-publisher"><section class="portlet">'
        f'<div class="portlet-content"><div class="asset-full-content">{center}</div></div></section></div></div>'
        '<div class="col-md-4 portlet-column"><div class="portlet-boundary"><section class="portlet">'
        f'<h2 class="portlet-title-text">Văn bản chỉ đạo</h2><ul class="van-ban">{doc_html}</ul></section></div>'
        '</div></div></div><footer id="footer" role="contentinfo">'
        f"<p>{page.c('Văn phòng Điều phối nông thôn mới Trung ương - Bộ Nông nghiệp và Môi trường')}</p>"
        "<p>Số 2 Ngọc Hà, Ba Đình, Hà Nội</p></footer></div></body></html>"
    )


def ntm_url(kind: str) -> str:
    base = "https://nongthonmoi.example.vn/web/guest/"
    return base + {"long": "-/ocop-thay-doi-sinh-ke-dong-bao-vung-sam-ngoc-linh",
                   "brief": "-/kon-tum-co-7-san-pham-duoc-de-nghi-xet-5-sao",
                   "non_ocop": "-/nong-dan-dong-thap-xuong-giong-vu-lua-dong-xuan-som",
                   "listing": "tin-tuc"}[kind]  # fmt: skip


# -------------------------------------------------------------------------- 6. print view
def print_view(page: Page, url: str) -> str:
    site = "Báo Đồng Tháp điện tử"
    promo = page.c("Đón đọc chuyên trang Sản phẩm OCOP Đồng Tháp trên báo in thứ Năm hằng tuần.")
    if page.kind == "listing":
        title = "Mục lục báo in ngày 21/11/2026"
        items = "".join(f'<div class="muc-luc-item"><b>Trang {i + 1}: {esc(t)}</b><br>{esc(s)}</div>'
                        for i, (t, s) in enumerate(page.teasers(10)))  # fmt: skip
        content = f'<h1>{title}</h1><div class="print-body">{items}</div>'
    else:
        art = page.art
        title = art["title"]
        body = page.body(lambda t: f"<p>{t}</p>", lambda t: f"<p><b>{t}</b></p>",
                         lambda t, i: "", lambda h: "")  # fmt: skip
        byline = f'<p align="right"><b>{esc(art["byline"])}</b></p>' if art.get("byline") else ""
        sapo = f'<div class="print-sapo"><b>{esc(art["lead"])}</b></div>' if art["lead"] else ""
        content = (f"<h1>{esc(title)}</h1><div class=\"print-date\">Cập nhật: 21/11/2026 09:30</div>"
                   f'{sapo}<div class="print-body">{body}{byline}</div>'
                   f'<div class="print-url">{page.c("Địa chỉ bài viết:")} {url.replace("/in/", "/")}</div>')  # fmt: skip
    return (
        f'<html><head><meta charset="utf-8"><title>{esc(title)} | {site}</title>'
        '<meta name="robots" content="noindex, nofollow"><link rel="stylesheet" href="/css/print.css">'
        '</head><body onload="window.print();"><div class="print-wrap"><div class="print-header">'
        f'<img src="/images/logo-print.png" alt="{site}"><span>{site} - Cơ quan của Đảng bộ tỉnh Đồng Tháp'
        '</span></div><div class="print-tools"><a href="javascript:window.print()">In bài này</a> | '
        f'<a href="javascript:window.close()">Đóng cửa sổ</a></div>{content}'
        f'<div class="print-footer"><p>{promo}</p><p>'
        f"{page.c('© Bản quyền thuộc Báo Đồng Tháp. Ghi rõ nguồn khi phát hành lại thông tin từ website này.')}"
        "</p></div></div></body></html>"
    )


def print_url(kind: str) -> str:
    base = "https://baodongthapmoi.vn/in/"
    return base + {"long": "kinh-te/sen-va-xoai-dan-dau-danh-sach-san-pham-ocop-125678.html",
                   "brief": "kinh-te/lai-vung-gioi-thieu-quyt-hong-tai-diem-ban-san-pham-ocop-125690.html",
                   "non_ocop": "phap-luat/tang-cuong-kiem-tra-trat-tu-giao-thong-duong-thuy-125701.html",
                   "listing": "bao-in/2026-11-21.html"}[kind]  # fmt: skip


# -------------------------------------------------------------------------- 7. AMP page
def amp_page(page: Page, url: str) -> str:
    site = "Thời báo Thủ đô"
    menu = ["Thời sự", "Kinh tế", "OCOP - Đặc sản vùng miền", "Đô thị", "Văn hóa", "Thể thao"]
    side = "".join(f'<li><a href="/{i}.amp">{m}</a></li>' for i, m in enumerate(menu))
    canonical = url.replace("/amp/", "/")
    if page.kind == "listing":
        title = "Kinh tế"
        items = "".join(
            f'<div class="amp-list-item"><a href="/amp/k{i}.html"><amp-img src="/t/{i}.jpg" width="120" '
            f'height="80" layout="fixed" alt=""></amp-img><h3>{esc(t)}</h3></a><p>{esc(s)}</p></div>'
            for i, (t, s) in enumerate(page.teasers(10))
        )
        main = f'<h1 class="amp-cate-title">{title}</h1>{items}<a class="amp-more" href="/amp/kinh-te/p2">Xem thêm</a>'
        ld = ""
    else:
        art = page.art
        title = art["title"]
        ad = (f'<amp-ad width="300" height="250" type="doubleclick" data-slot="/2180995/'
              f'{page.c("qc-banner-300x250")}"><div fallback>Quảng cáo</div></amp-ad>')  # fmt: skip
        body = page.body(
            lambda t: f"<p>{t}</p>",
            lambda t: f"<h2>{t}</h2>",
            lambda t, i: (f'<figure><amp-img src="/img/2026/11/{i}.jpg" width="640" height="427" '
                          f'layout="responsive" alt="{t}"></amp-img><figcaption>{t}</figcaption></figure>'),
            lambda h: (f'<div class="amp-related-inline"><span>Tin liên quan</span> '
                       f'<a href="/amp/lq.html">{h}</a></div>'),
        )  # fmt: skip
        sapo = f'<div class="amp-sapo"><p>{esc(art["lead"])}</p></div>' if art["lead"] else ""
        author = (
            f'<span class="amp-author">{esc(art["byline"])}</span>' if art.get("byline") else ""
        )
        tags = ["OCOP", "hội chợ"] if page.kind != "non_ocop" else ["giao thông", "ga Hà Nội"]
        rel = "".join(
            f'<li><a href="/amp/r{i}.html">{page.c(h)}</a></li>'
            for i, h in enumerate(page.related(4))
        )
        main = (
            f'<article class="amp-article"><div class="amp-cate"><a href="/amp/kinh-te">Kinh tế</a></div>'
            f'<h1 class="amp-title">{esc(title)}</h1><div class="amp-meta">{author} '
            '<time datetime="2026-11-21T10:00:00+07:00">21/11/2026 10:00</time></div>'
            '<div class="amp-share"><amp-social-share type="facebook" width="32" height="32" data-param-app_id="1"></amp-social-share>'
            '<amp-social-share type="email" width="32" height="32"></amp-social-share></div>'
            f'{sapo}<div class="article-body">{body}{ad}</div><div class="amp-tags">'
            + "".join(f'<a href="/amp/tag/{i}">{t}</a>' for i, t in enumerate(tags))
            + f'</div><section class="relate-news"><h3>Tin cùng chuyên mục</h3><ul>{rel}</ul></section></article>'
        )  # fmt: skip
        ld = _ld(page, canonical, "2026-11-21T10:00:00+07:00", site)
    return (
        '<!doctype html><html ⚡ lang="vi"><head><meta charset="utf-8">'
        '<script async src="https://cdn.ampproject.org/v0.js"></script>'
        '<script async custom-element="amp-ad" src="https://cdn.ampproject.org/v0/amp-ad-0.1.js"></script>'
        f'<title>{esc(title)} | {site}</title><link rel="canonical" href="{canonical}">'
        '<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">'
        "<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both}</style>"
        f"<style amp-custom>.amp-title{{font-size:24px}}.amp-sapo{{font-weight:700}}</style>{ld}</head><body>"
        f'<amp-sidebar id="sidebar" layout="nodisplay" side="left"><ul class="menu-amp">{side}</ul></amp-sidebar>'
        '<header class="amp-header"><button on="tap:sidebar.toggle" class="amp-burger">☰</button>'
        f'<a class="logo" href="/amp"><amp-img src="/logo.png" width="160" height="40" alt="{site}"></amp-img></a>'
        f'</header><main>{main}</main><footer class="amp-footer"><p>'
        f"{page.c('© Thời báo Thủ đô - Cơ quan của Hội Nhà báo Hà Nội')}</p>"
        f'<a href="{canonical}">Xem phiên bản đầy đủ</a></footer></body></html>'
    )


def amp_url(kind: str) -> str:
    base = "https://thoibaothudo.vn/amp/"
    return base + {"long": "kinh-te/hoi-cho-ocop-khu-vuc-phia-bac-thu-hut-hon-200-gian-hang-a98812.html",
                   "brief": "kinh-te/ha-noi-them-3-san-pham-ocop-5-sao-a98830.html",
                   "non_ocop": "do-thi/ha-noi-dieu-chinh-giao-thong-quanh-ga-ha-noi-a98841.html",
                   "listing": "kinh-te"}[kind]  # fmt: skip


# -------------------------------------------------------------------- 8. WordPress local news site
def _wp_local_article(page: Page):
    """The article part of a wp_local page."""
    art = page.art
    title = art["title"]
    body = page.body(
        lambda t: f"<p>{t}</p>",
        lambda t: f'<h3 class="wp-block-heading">{t}</h3>',
        lambda t, i: (f'<figure class="wp-block-image size-large"><img decoding="async" width="1024" '
                      f'height="683" src="/wp-content/uploads/2026/11/anh-{i}-1024x683.jpg" alt="" '
                      f'class="wp-image-23{i}"/><figcaption class="wp-element-caption">{t}</figcaption></figure>'),
        lambda h: "",
    )  # fmt: skip
    byline = f"<p><strong>{esc(art['byline'])}</strong></p>" if art.get("byline") else ""
    is_ocop = page.kind != "non_ocop"
    comment = page.c(
        "Chúc mừng bà con, mong huyện có thêm điểm bán sản phẩm OCOP ở chợ Dùng."
        if is_ocop
        else "Đường làm xong rồi thì xã nên mở thêm điểm bán sản phẩm OCOP ở đầu làng."
    )
    rel = "".join(f'<div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title"><a href="/q{i}/">'
                  f"{page.c(h)}</a></h4></div>" for i, h in enumerate(page.related(3)))  # fmt: skip
    tags = (
        '<a href="/tag/cam/">cam</a>, <a href="/tag/ocop/">OCOP</a>'
        if is_ocop
        else '<a href="/tag/giao-thong/">giao thông</a>'
    )
    main = (
        f'<article id="post-2381" class="post-2381 post type-post status-publish format-standard hentry '
        f'category-kinh-te{" tag-ocop" if is_ocop else ""}"><header class="entry-header">'
        f'<h1 class="entry-title">{esc(title)}</h1><div class="entry-meta"><span class="posted-on">Đăng ngày '
        '<time class="entry-date published" datetime="2026-11-19T16:02:11+07:00">19/11/2026</time></span>'
        '<span class="byline"> bởi <span class="author vcard"><a class="url fn n" href="/author/admin/">'
        f'admin</a></span></span></div></header><div class="entry-content">{body}{byline}'
        '<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social">'
        f'<h3 class="sd-title">{page.c("Chia sẻ bài này:")}</h3><ul><li><a class="share-facebook">Facebook</a></li>'
        '<li><a class="share-zalo">Zalo</a></li></ul></div></div><div id="jp-relatedposts" class="jp-relatedposts">'
        f'<h3 class="jp-relatedposts-headline"><em>Có liên quan</em></h3>{rel}</div></div>'
        f'<footer class="entry-footer"><span class="cat-links">Chuyên mục <a href="/kinh-te/">Kinh tế</a>'
        f'</span> <span class="tags-links">Thẻ {tags}</span></footer></article>'
        '<div id="comments" class="comments-area"><h2 class="comments-title">Một bình luận</h2>'
        '<ol class="comment-list"><li id="comment-51" class="comment even thread-even depth-1">'
        '<article class="comment-body"><footer class="comment-meta"><b class="fn">Nguyễn Hữu Tình</b> '
        f'<time>20/11/2026</time></footer><div class="comment-content"><p>{comment}</p></div></article></li>'
        '</ol><div id="respond" class="comment-respond"><h3 class="comment-reply-title">Để lại một bình luận</h3>'
        '<form action="/wp-comments-post.php" method="post" id="commentform"><textarea name="comment">'
        "</textarea><input type=\"submit\" value=\"Phản hồi\"></form></div></div>"
    )  # fmt: skip
    body_class = "post-template-default single single-post postid-2381 single-format-standard"
    return main, body_class, title


def wp_local(page: Page, url: str) -> str:
    site = "Thanh Chương Online"
    menu = ["Trang chủ", "Tin tức", "Kinh tế", "Sản phẩm OCOP", "Văn hóa - Xã hội", "Liên hệ"]
    nav = "".join(f'<li id="menu-item-{i}" class="menu-item menu-item-type-taxonomy"><a href="/{i}/">{m}</a></li>'
                  for i, m in enumerate(menu))  # fmt: skip
    recent = "".join(
        f'<li><a href="/r{i}/">{esc(h)}</a></li>' for i, h in enumerate(page.related(5))
    )
    cloud = "".join(f'<a href="/tag/{i}/" class="tag-cloud-link" style="font-size: {10 + i}pt;">{t}</a> '
                    for i, t in enumerate(["cam", "chè", "du lịch", "giao thông", "nông thôn mới", "OCOP"]))  # fmt: skip
    if page.kind == "listing":
        title = "Kinh tế"
        posts = "".join(
            f'<article class="post type-post status-publish hentry"><header class="entry-header">'
            f'<h2 class="entry-title"><a href="/p{i}/" rel="bookmark">{esc(t)}</a></h2></header>'
            f'<div class="entry-summary"><p>{esc(s)} […]</p></div><footer class="entry-footer">'
            f'<a class="more-link" href="/p{i}/">Đọc tiếp</a></footer></article>'
            for i, (t, s) in enumerate(page.teasers(10))
        )
        main = (f'<header class="page-header"><h1 class="page-title">Chuyên mục: <span>{title}</span></h1>'
                f'</header>{posts}<nav class="navigation pagination"><div class="nav-links"><span '
                'class="page-numbers current">1</span><a class="page-numbers" href="/page/2/">2</a>'
                '<a class="next page-numbers" href="/page/2/">Sau »</a></div></nav>')  # fmt: skip
        body_class = "archive category"
    else:
        main, body_class, title = _wp_local_article(page)
    return (
        f'<!DOCTYPE html><html lang="vi"><head><meta charset="UTF-8"><title>{esc(title)} &#8211; {site}</title>'
        '<meta name="generator" content="WordPress 6.6.2"><link rel="stylesheet" id="wp-block-library-css" '
        f'href="/wp-includes/css/dist/block-library/style.min.css" media="all"></head><body class="{body_class}">'
        f'<div id="page" class="site"><a class="skip-link screen-reader-text" href="#primary">Chuyển đến nội dung</a>'
        f'<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="/">{site}'
        '</a></p><p class="site-description">Trang thông tin điện tử huyện Thanh Chương</p></div>'
        f'<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">{nav}</ul></nav></header>'
        f'<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">'
        f'{main}</main></div><aside id="secondary" class="widget-area"><section class="widget widget_search"><form '
        'role="search" class="search-form"><input type="search" name="s" placeholder="Tìm kiếm …"></form></section>'
        f'<section class="widget widget_recent_entries"><h2 class="widget-title">Bài viết mới</h2><ul>{recent}</ul>'
        f'</section><section class="widget widget_tag_cloud"><h2 class="widget-title">Thẻ</h2><div class="tagcloud">'
        f'{cloud}</div></section></aside></div><footer id="colophon" class="site-footer"><div class="site-info">'
        f"{page.c('© 2026 Thanh Chương Online · Vận hành bởi WordPress')}</div></footer></div></body></html>"
    )


def wp_url(kind: str) -> str:
    base = "https://thanhchuongonline.example.vn/"
    return base + {"long": "2026/11/19/htx-cam-thanh-chuong-nang-hang-san-pham-len-ocop-4-sao/",
                   "brief": "2026/11/19/thanh-chuong-co-them-4-san-pham-ocop-3-sao/",
                   "non_ocop": "2026/11/16/thanh-chuong-ra-quan-lam-duong-giao-thong-nong-thon-mua-kho/",
                   "listing": "chuyen-muc/kinh-te/"}[kind]  # fmt: skip


# ------------------------------------------------- 9. national party daily (article__sapo / __body)
def nhandan_style(page: Page, url: str) -> str:
    site = "Báo Nhân Dân Mới"
    menu = ["Chính trị", "Kinh tế", "Văn hóa", "Xã hội", "Pháp luật", "Du lịch", "Thế giới",
            "Thể thao", "Môi trường", "OCOP - Nông thôn mới"]  # fmt: skip
    nav = "".join(
        f'<li class="menu__item"><a href="/{i}/" class="menu__link">{m}</a></li>'
        for i, m in enumerate(menu)
    )
    if page.kind == "listing":
        title = "Kinh tế"
        items = "".join(
            f'<article class="story story--horizontal"><div class="story__thumb"><a href="/k{i}.html">'
            f'<img data-src="/t/{i}.jpg" alt="{esc(t)}"></a></div><h3 class="story__heading">'
            f'<a class="cms-link" href="/k{i}.html">{esc(t)}</a></h3><div class="story__summary">{esc(s)}</div>'
            '<time class="story__time">21/11/2026</time></article>'
            for i, (t, s) in enumerate(page.teasers(10))
        )
        main = (f'<div class="category-header"><h1 class="category__title">{title}</h1></div>'
                f'<div class="box-stream">{items}</div><div class="pagination"><a class="next" href="?p=2">Xem thêm</a></div>')  # fmt: skip
        head = f"<title>{title} | {site}</title>"
    else:
        art = page.art
        body = page.body(
            lambda t: f"<p>{t}</p>",
            lambda t: f"<h2>{t}</h2>",
            lambda t, i: (f'<table class="picture" align="center"><tbody><tr><td class="pic"><img '
                          f'data-src="/uploads/2026/11/{i}.jpg" src="/blank.gif" alt="{t}"></td></tr>'
                          f'<tr><td class="caption"><p>{t}</p></td></tr></tbody></table>'),
            lambda h: (f'<div class="box-content-related" data-type="related"><ul><li><a class="cms-link" '
                       f'href="/lq.html">{h}</a></li></ul></div>'),
        )  # fmt: skip
        sapo = (
            f'<div class="article__sapo cms-desc">{esc(art["lead"])}</div>' if art["lead"] else ""
        )
        event = page.c("Dòng sự kiện: OCOP - Sức bật kinh tế nông thôn")
        rel = "".join(f'<article class="story"><h3 class="story__heading"><a href="/r{i}.html">{page.c(h)}'
                      "</a></h3></article>" for i, h in enumerate(page.related(4)))  # fmt: skip
        main = (
            '<article class="article article--detail"><div class="article__breadcrumbs"><a href="/kinh-te/">'
            f'Kinh tế</a></div><h1 class="article__title cms-title">{esc(art["title"])}</h1>'
            '<div class="article__meta"><time class="time" datetime="2026-11-21T06:30:00+07:00">'
            'Thứ Bảy, 21-11-2026, 06:30</time></div><div class="article__social"><a class="fb">Facebook</a>'
            f'<a class="zl">Zalo</a><a class="print">{page.c("Bản in")}</a></div>{sapo}'
            f'<div class="article__body zce-content-body cms-body" itemprop="articleBody">{body}</div>'
            f'<div class="article__author"><span class="name cms-author">{esc(art["byline"])}</span></div>'
            f'<div class="box-event"><a href="/su-kien/ocop.html">{event}</a></div>'
            f'<div class="box-related"><h3 class="box-heading">Tin liên quan</h3>{rel}</div></article>'
        )  # fmt: skip
        head = (f"<title>{esc(art['title'])} | {site}</title>"
                f'<meta property="og:title" content="{esc(art["title"])}">'
                '<meta property="article:published_time" content="2026-11-21T06:30:00+07:00">'
                + _ld(page, url, "2026-11-21T06:30:00+07:00", site))  # fmt: skip
    return (
        f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">{head}</head><body class="detail-page">'
        f'<header class="site-header"><a class="logo" href="/">{site}</a><nav class="menu"><ul>{nav}</ul></nav>'
        f'</header><div class="container"><div class="main-col">{main}</div><aside class="sidebar">'
        f'<div class="box-ads"><img src="/ads/qc-banner-300x600.jpg" alt="{page.c("qc-banner-300x600")}"></div>'
        '<div class="box-most"><h3>Đọc nhiều</h3><ol>'
        + "".join(f"<li><a>{esc(h)}</a></li>" for h in page.related(5)[::-1])
        + '</ol></div></aside></div><footer class="site-footer">'
        f"<p>{page.c('Cơ quan Trung ương của Báo Nhân Dân Mới - Tiếng nói của nhân dân')}</p>"
        "<p>Tổng Biên tập: Lê Quốc Minh Hòa</p></footer></body></html>"
    )


def nhandan_url(kind: str) -> str:
    base = "https://nhandanmoi.vn/"
    return base + {"long": "ninh-binh-gan-san-pham-ocop-voi-du-lich-nong-thon-post845512.html",
                   "brief": "lo-mien-dong-ocop-dau-tien-cua-binh-lieu-xuat-sang-nhat-ban-post845601.html",
                   "non_ocop": "benh-vien-tinh-dua-vao-su-dung-may-chup-cong-huong-tu-moi-post845590.html",
                   "listing": "kinh-te/"}[kind]  # fmt: skip


# ------------------------------------ 10. mobile site (collapsed body, next article appended below)
def _mobile_detail(page: Page, art: dict, body: str, chrome: bool, tag: str = "h1") -> str:
    wrap = page.c if chrome else esc
    return (
        f'<div class="detail__category"><a href="/kinh-te">Kinh tế</a></div><{tag} class="detail__title">'
        f'{wrap(art["title"])}</{tag}><div class="detail__meta"><span class="detail__author">'
        f'{esc(art.get("byline") or "")}</span> · <span class="detail__time">2 giờ trước</span></div>'
        + (f'<div class="detail__summary">{wrap(art["lead"])}</div>' if art["lead"] else "")
        + f'<div class="detail__content collapsed" style="max-height:640px;overflow:hidden">{body}</div>'
        '<div class="readmore-btn" onclick="expand(this)">Xem tiếp bài viết</div>'
    )


def mobile_site(page: Page, url: str) -> str:
    from _content import NEXT_ARTICLE, SHELL

    site = "Báo Thanh Hóa"
    menu = ["Thời sự", "Kinh tế", "OCOP xứ Thanh", "Xã hội", "Văn hóa", "Thể thao", "Video"]
    nav = "".join(f'<li><a href="/m/{i}">{m}</a></li>' for i, m in enumerate(menu))
    more = "".join(f'<li class="news-item"><a href="/m/x{i}.html"><img data-src="/t/{i}.jpg" alt="">'
                   f'<h3>{esc(t)}</h3></a><p>{esc(s)}</p></li>' for i, (t, s) in enumerate(page.teasers(6)))  # fmt: skip
    if page.kind == "listing":
        title = "Kinh tế"
        main = (f'<h1 class="cate-title">{title}</h1><ul class="news-list">'
                + "".join(f'<li class="news-item"><a href="/m/k{i}.html"><h3>{esc(t)}</h3></a><p>{esc(s)}</p></li>'
                          for i, (t, s) in enumerate(page.teasers(10)))
                + '</ul><a class="load-more" data-page="2">Xem thêm tin</a>')  # fmt: skip
    elif page.kind == "shell":
        title = SHELL["title"]
        main = (
            f'<div class="detail"><h1 class="detail__title">{esc(title)}</h1><div class="detail__video">'
            '<div id="player" data-src="https://video.example.vn/ocop-cho-phien.m3u8"></div></div>'
            f'<div class="detail__content" id="content-loader"><p class="loading">{esc(SHELL["note"])}</p></div>'
            '<script>fetch("/api/m/content/77812").then(r => r.text()).then(h => {'
            'document.getElementById("content-loader").innerHTML = h;});</script></div>'
            f'<div class="detail__related"><h3>Xem thêm</h3><ul class="news-list">{more}</ul></div>'
        )  # fmt: skip
    else:
        art = page.art
        title = art["title"]
        body = page.body(
            lambda t: f"<p>{t}</p>",
            lambda t: f"<p><strong>{t}</strong></p>",
            lambda t, i: (f'<figure class="detail__image"><img data-src="/img/{i}.jpg" src="/lazy.png" alt="">'
                          f"<figcaption>{t}</figcaption></figure>"),
            lambda h: "",
        )  # fmt: skip
        nxt_body = "".join(f"<p>{page.c(p)}</p>" for p in NEXT_ARTICLE["paras"])
        main = (
            f'<div class="detail" data-id="77801">{_mobile_detail(page, art, body, False)}'
            f'<div class="detail__related"><h3>Xem thêm</h3><ul class="news-list">'
            + "".join(f'<li><a href="/m/r{i}.html">{page.c(h)}</a></li>' for i, h in enumerate(page.related(4)))
            + '</ul></div></div>'
            f'<div class="app-banner">{page.c("Tải ứng dụng Báo Thanh Hóa để đọc tin nhanh hơn")}</div>'
            f'<div class="detail detail--next" data-id="77790">'
            f'{_mobile_detail(page, NEXT_ARTICLE, nxt_body, True, "h2")}</div>'
        )  # fmt: skip
    return (
        '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" '
        f'content="width=device-width, initial-scale=1"><title>{esc(title)} - {site}</title>'
        f'<link rel="canonical" href="{url.replace("//m.", "//")}"></head><body class="mobile">'
        f'<div class="m-header"><a class="logo" href="/m">{site}</a><div class="m-menu-btn">☰</div>'
        f'<ul class="m-menu">{nav}</ul></div><div class="m-main">{main}</div><div class="m-footer">'
        f"<p>{page.c('Báo Thanh Hóa - Cơ quan của Đảng bộ tỉnh Thanh Hóa')}</p>"
        '<p><a href="?desktop=1">Xem bản đầy đủ</a></p></div></body></html>'
    )


mobile_site.extra_kinds = ("shell",)


def mobile_url(kind: str) -> str:
    base = "https://m.baothanhhoamoi.vn/"
    return base + {"long": "kinh-te/mam-tom-hau-loc-giu-nghe-vuon-xa-nho-ocop-77801.html",
                   "brief": "kinh-te/hau-loc-co-them-5-san-pham-ocop-3-sao-77815.html",
                   "non_ocop": "xa-hoi/thanh-hoa-khuyen-cao-phong-benh-sot-xuat-huyet-sau-mua-lu-77820.html",
                   "listing": "kinh-te",
                   "shell": "video/toan-canh-phien-cho-ocop-cuoi-nam-o-hau-loc-77812.html"}[kind]  # fmt: skip


TEMPLATES = {
    "vne_daily": (vne_daily, vne_url),
    "sapo_cms": (sapo_cms, sapo_url),
    "bao_tinh": (bao_tinh, bao_tinh_url),
    "cong_sharepoint": (cong_sharepoint, sharepoint_url),
    "ntm_nongnghiep": (ntm_nongnghiep, ntm_url),
    "print_view": (print_view, print_url),
    "amp_page": (amp_page, amp_url),
    "wp_local": (wp_local, wp_url),
    "nhandan_style": (nhandan_style, nhandan_url),
    "mobile_site": (mobile_site, mobile_url),
}
