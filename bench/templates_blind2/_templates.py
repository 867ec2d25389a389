"""Nine page templates of the second blind set, each modelled on one kind of Vietnamese site.

Every render(page, url) returns the page HTML; strings passed through ``page.c`` are chrome
(recorded in the gold as must-not-appear). Kinds "listing" and "tag" are not articles.
None of these templates repeats one of bench/templates_blind/.
"""

from __future__ import annotations

import json
import re

from _build import Page, esc

DATE = "2026-11-21T08:30:00+07:00"


def _ld(page: Page, url: str, site: str) -> str:
    art = page.art
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": art["title"],
            "description": art["lead"] or art["paras"][0][:160], "datePublished": DATE,
            "mainEntityOfPage": url, "publisher": {"@type": "Organization", "name": site}}  # fmt: skip
    if art.get("byline"):
        data["author"] = {"@type": "Person", "name": art["byline"]}
    return ('<script type="application/ld+json">' + json.dumps(data, ensure_ascii=False)
            + "</script>")  # fmt: skip


def _keywords(page: Page, ocop: str, other: str) -> str:
    """Per-page meta keywords: OCOP words only on OCOP pages and listings."""
    words = other if page.kind == "non_ocop" else ocop
    return f'<meta name="keywords" content="{esc(words)}">'


# ------------------------------------------------------------------ 1. Drupal 7 provincial paper
def _drupal_article(page: Page) -> str:
    art = page.art
    body = page.body(
        lambda t: f"<p>{t}</p>",
        lambda t: f"<h3>{t}</h3>",
        lambda t, i: (f'<figure role="group" class="caption caption-img align-center"><img alt="" '
                      f'data-entity-type="file" src="/sites/default/files/2026-11/cam-{i}.jpg" '
                      f'width="800" height="533"><figcaption>{t}</figcaption></figure>'),
        lambda h: f'<p><em><strong>&gt;&gt; <a href="/node/47990">{h}</a></strong></em></p>',
    )  # fmt: skip
    lead = art["lead"]
    tags = (["Hàm Yên", "cam sành", "OCOP"] if page.kind == "long" else ["Sơn Dương", "OCOP"]
            if page.kind == "brief" else ["cầu treo", "giao thông", "mùa mưa lũ"])  # fmt: skip
    comment = page.c(
        "Cam Hàm Yên năm nay ngọt thật, nhà tôi đặt mua hai thùng qua hợp tác xã rồi."
        if page.kind != "non_ocop"
        else "Cầu ở thôn tôi cũng hỏng lâu rồi, mong tỉnh sớm đưa vào danh sách sửa."
    )
    return (
        f'<div id="node-48213" class="node node-article node-promoted clearfix" '
        f'about="/node/48213" typeof="sioc:Item foaf:Document">'
        f'<span property="dc:title" content="{esc(art["title"])}" class="rdf-meta element-hidden"></span>'
        '<div class="submitted"><span property="dc:date dc:created" content="2026-11-21T08:30:00+07:00" '
        'datatype="xsd:dateTime">Thứ bảy, 21/11/2026 - 08:30</span></div><div class="content">'
        '<div class="field field-name-field-tom-tat field-type-text-long field-label-hidden">'
        f'<div class="field-items"><div class="field-item even"><strong>{esc(lead)}</strong></div></div></div>'
        '<div class="field field-name-body field-type-text-with-summary field-label-hidden">'
        f'<div class="field-items"><div class="field-item even" property="content:encoded">{body}</div></div></div>'
        '<div class="field field-name-field-tac-gia field-type-text field-label-inline clearfix">'
        '<div class="field-label">Tác giả:&nbsp;</div><div class="field-items"><div class="field-item even">'
        f'{esc(art["byline"])}</div></div></div>'
        '<div class="field field-name-field-tags field-type-taxonomy-term-reference field-label-inline clearfix">'
        '<div class="field-label">Từ khóa:&nbsp;</div><ul class="field-items">'
        + "".join(f'<li class="field-item"><a href="/tags/{i}" typeof="skos:Concept" property="rdfs:label skos:prefLabel">{t}</a></li>'
                  for i, t in enumerate(tags))
        + '</ul></div></div><ul class="links inline"><li class="print_html first"><a href="/print/48213" '
        'title="Hiển thị phiên bản thân thiện với máy in" rel="nofollow">Bản in</a></li>'
        '<li class="print_mail"><a href="/printmail/48213" rel="nofollow">Gửi email</a></li>'
        '<li class="comment-add last"><a href="#comment-form">Thêm bình luận mới</a></li></ul>'
        '<div id="comments" class="comment-wrapper"><h2 class="title">Bình luận</h2><a id="comment-1203"></a>'
        '<div class="comment comment-by-anonymous clearfix"><div class="attribution"><div class="comment-submitted">'
        '<p class="commenter-name"><span class="username">Nông Văn Sáng (chưa xác thực)</span></p>'
        '<p class="comment-time">21/11/2026 - 10:02</p></div></div><div class="comment-text"><div class="content">'
        f'<div class="field field-name-comment-body"><div class="field-items"><div class="field-item even"><p>{comment}</p>'
        '</div></div></div></div><ul class="links inline"><li class="comment-reply first last"><a href="/comment/reply/48213/1203">trả lời</a></li></ul></div></div>'
        '<h2 class="title comment-form">Gửi bình luận</h2><form class="comment-form" action="/comment/reply/48213" '
        'method="post" id="comment-form" accept-charset="UTF-8"><div><div class="form-item form-type-textfield form-item-name">'
        '<label for="edit-name">Tên của bạn </label><input type="text" id="edit-name" name="name" value="" size="30" '
        'maxlength="60" class="form-text"></div><div class="form-item form-type-textarea form-item-comment-body-und-0-value">'
        '<label for="edit-comment-body-und-0-value">Bình luận <span class="form-required" title="Trường này là bắt buộc.">*</span></label>'
        '<div class="form-textarea-wrapper resizable"><textarea class="text-full form-textarea required" '
        'id="edit-comment-body-und-0-value" name="comment_body[und][0][value]" cols="60" rows="5"></textarea></div></div>'
        '<input type="hidden" name="form_build_id" value="form-k2Yb9TqO3nPzUeW7rV1cLmA8sD0fGhJ4xI6">'
        '<div class="form-actions form-wrapper" id="edit-actions"><input type="submit" id="edit-submit" name="op" '
        'value="Lưu lại" class="form-submit"></div></div></form></div></div>'
    )  # fmt: skip


def drupal_tinh(page: Page, url: str) -> str:
    site = "Báo Tuyên Quang điện tử"
    menu = ["Trang chủ", "Thời sự", "Kinh tế", "Nông nghiệp - Nông thôn", "Sản phẩm OCOP",
            "Văn hóa", "Xã hội", "Thể thao", "Bạn đọc", "Video"]  # fmt: skip
    nav = "".join(
        f'<li class="leaf"><a href="/m{i}" title="">{m}</a></li>' for i, m in enumerate(menu)
    )
    news = "".join(
        f'<li class="views-row views-row-{i + 1}"><div class="views-field views-field-title">'
        f'<span class="field-content"><a href="/node/{47000 + i}">{page.c(h)}</a></span></div></li>'
        for i, h in enumerate(page.related(6))
    )
    cloud = ["OCOP", "Hàm Yên", "cam sành", "chè Shan tuyết", "du lịch", "nông thôn mới", "Na Hang",
             "giảm nghèo", "Tân Trào"]  # fmt: skip
    clouds = " ".join(f'<span class="tagclouds-term"><a href="/tags/t{i}" class="tagclouds level{6 - i % 5}">{t}</a></span>'
                      for i, t in enumerate(cloud))  # fmt: skip
    if page.kind == "tag":
        title = "OCOP"
        teasers = "".join(
            f'<div id="node-{46000 + i}" class="node node-article node-teaser clearfix"><h2><a href="/node/{46000 + i}">{esc(t)}</a></h2>'
            '<div class="submitted"><span>20/11/2026</span></div><div class="content"><div class="field field-name-body '
            f'field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even"><p>{esc(s)}</p>'
            f'</div></div></div></div><ul class="links inline"><li class="node-readmore first last"><a href="/node/{46000 + i}" '
            f'rel="tag" title="{esc(t)}">Đọc thêm<span class="element-invisible"> về {esc(t)}</span></a></li></ul></div>'
            for i, (t, s) in enumerate(page.teasers(11))
        )  # fmt: skip
        main = (f'<h1 class="title" id="page-title">{title}</h1><div class="term-listing-heading"><div id="taxonomy-term-12" '
                'class="taxonomy-term vocabulary-tags"><div class="content"></div></div></div>'
                f'{teasers}<h2 class="element-invisible">Trang</h2><div class="item-list"><ul class="pager">'
                '<li class="pager-current first">1</li><li class="pager-item"><a href="?page=1">2</a></li>'
                '<li class="pager-next"><a href="?page=1">tiếp ›</a></li><li class="pager-last last"><a href="?page=7">cuối »</a></li></ul></div>'
                f'<a href="/taxonomy/term/12/feed" class="feed-icon" title="Đăng ký nhận tin OCOP"><img alt="Đăng ký nhận tin OCOP" src="/misc/feed.png"></a>')  # fmt: skip
        head = f"<title>{title} | {site}</title>"
        crumb = "Trang chủ"
    else:
        art = page.art
        main = (
            f'<h1 class="title" id="page-title">{esc(art["title"])}</h1><div class="tabs"></div>'
            + _drupal_article(page)
        )
        head = (f"<title>{esc(art['title'])} | {site}</title>"
                + _keywords(page, "Tuyên Quang, OCOP, nông nghiệp, cam sành", "Tuyên Quang, cầu treo, giao thông")
                + f'<meta name="description" content="{esc(art["lead"])}"><link rel="canonical" href="{url}">'
                '<link rel="shortlink" href="/node/48213"><meta property="og:type" content="article">'
                f'<meta property="og:title" content="{esc(art["title"])}">')  # fmt: skip
        crumb = '<a href="/">Trang chủ</a> » <a href="/kinh-te">Kinh tế</a>'
    footer = page.c("Cơ quan chủ quản: Tỉnh ủy Tuyên Quang. Giấy phép số 112/GP-BTTTT")
    return (
        '<!DOCTYPE html><html lang="vi" dir="ltr" prefix="content: http://purl.org/rss/1.0/modules/content/ '
        'dc: http://purl.org/dc/terms/"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        f'<meta name="Generator" content="Drupal 7 (http://drupal.org)">{head}'
        '<link type="text/css" rel="stylesheet" href="/sites/default/files/css/css_xE-rWrJf-fncB6ztZfd2huxqgxu4WO-qwma6Xer30m4.css" media="all">'
        '<script src="/misc/jquery.js?v=1.4.4"></script><script>jQuery.extend(Drupal.settings, {"basePath":"\\/","pathPrefix":""});</script>'
        '</head><body class="html not-front not-logged-in one-sidebar sidebar-second page-node node-type-article">'
        '<div id="skip-link"><a href="#main-content" class="element-invisible element-focusable">Chuyển tới nội dung chính</a></div>'
        '<div id="page-wrapper"><div id="page"><div id="header"><div class="section clearfix">'
        f'<a href="/" title="Trang chủ" rel="home" id="logo"><img src="/sites/all/themes/btq/logo.png" alt="{site}"></a>'
        '<div class="region region-header"><div id="block-search-form" class="block block-search"><div class="content">'
        '<form action="/" method="post" id="search-block-form"><input title="Nhập từ khóa bạn muốn tìm." type="text" '
        'name="search_block_form" size="15" class="form-text"><input type="submit" value="Tìm kiếm" class="form-submit">'
        '</form></div></div></div></div></div>'
        f'<div id="navigation"><div class="section"><ul id="main-menu" class="links inline clearfix">{nav}</ul></div></div>'
        f'<div id="breadcrumb"><h2 class="element-invisible">Bạn đang ở đây</h2><div class="breadcrumb">{crumb}</div></div>'
        '<div id="main-wrapper" class="clearfix"><div id="main" class="clearfix"><div id="content" class="column"><div class="section">'
        f'<a id="main-content"></a><div class="region region-content"><div id="block-system-main" class="block block-system"><div class="content">{main}</div></div></div></div></div>'
        '<div id="sidebar-second" class="column sidebar"><div class="section"><div class="region region-sidebar-second">'
        f'<div id="block-views-tin-moi-block" class="block block-views"><h2>Tin mới</h2><div class="content"><div class="view view-tin-moi view-id-tin_moi"><div class="view-content"><div class="item-list"><ul>{news}</ul></div></div></div></div></div>'
        f'<div id="block-tagclouds-1" class="block block-tagclouds"><h2>Từ khóa nổi bật</h2><div class="content">{clouds}</div></div>'
        '</div></div></div></div></div>'
        f'<div id="footer"><div class="section"><div class="region region-footer"><div id="block-block-3" class="block block-block"><div class="content"><p>{footer}</p>'
        '<p>Địa chỉ: số 7, đường 17/8, phường Minh Xuân, thành phố Tuyên Quang. Điện thoại: 0207 3822 111</p></div></div></div></div></div>'
        "</div></div></body></html>"
    )  # fmt: skip


drupal_tinh.extra_kinds = ("tag",)
drupal_tinh.no_listing = True


def drupal_url(kind: str) -> str:
    return {"long": "https://baotuyenquang.example.vn/kinh-te/cam-sanh-ham-yen-giu-thuong-hieu-48213",
            "brief": "https://baotuyenquang.example.vn/kinh-te/son-duong-co-them-6-san-pham-48230",
            "non_ocop": "https://baotuyenquang.example.vn/xa-hoi/sua-chua-14-cau-treo-48241",
            "tag": "https://baotuyenquang.example.vn/tags/ocop"}[kind]  # fmt: skip


# ------------------------------------------------------------------ 2. Joomla 3 district portal
def _joomla_article(page: Page) -> str:
    art = page.art
    paginated = page.kind == "long"
    body = page.body(
        lambda t: f'<p style="text-align: justify;">{t}</p>',
        lambda t: f'<p style="text-align: justify;"><strong><em>{t}</em></strong></p>',
        lambda t, i: (f'<p style="text-align: center;"><img src="/images/2026/11/anh-{i}.jpg" alt="anh-{i}" '
                      f'width="600" height="400"></p><p style="text-align: center;"><em>{t}</em></p>'),
        lambda h: h,
    )  # fmt: skip
    lead = (
        f'<p style="text-align: justify;"><strong>{esc(art["lead"])}</strong></p>'
        if art["lead"]
        else ""
    )
    index = pagenav = ""
    if paginated:
        part2 = page.c("Giải pháp nâng hạng sản phẩm giai đoạn 2026 - 2030")
        index = ('<div class="pull-right article-index"><h3>Mục lục bài viết</h3><ul class="nav nav-tabs nav-stacked">'
                 f'<li class="toclink active"><a href="{esc("?showall=&start=0")}" class="toclink active">{esc(art["title"])}</a></li>'
                 f'<li><a href="?showall=&amp;start=1" class="toclink">{part2}</a></li>'
                 '<li><a href="?showall=1" class="toclink">Tất cả các trang</a></li></ul></div>'
                 '<div class="pagenavcounter">Trang 1 / 2</div>')  # fmt: skip
        pagenav = ('<ul class="pager pagenav"><li class="previous disabled"><span>« Trang trước</span></li>'
                   '<li class="next"><a href="?start=1" title="Trang sau">Trang sau »</a></li></ul>')  # fmt: skip
    comment = page.c(
        "Đề nghị huyện hỗ trợ thêm bao bì cho bà con làm trà cà gai leo ở Châu Lộc."
        if page.kind != "non_ocop"
        else "Năm nay trời hanh sớm, các bản vùng cao cần chú ý canh lửa khi đốt nương."
    )
    return (
        '<div class="item-page" itemscope itemtype="https://schema.org/Article"><meta itemprop="inLanguage" content="vi-VN">'
        f'<div class="page-header"><h2 itemprop="headline">{esc(art["title"])}</h2></div>'
        '<div class="icons"><div class="btn-group pull-right"><button class="btn dropdown-toggle" type="button" data-toggle="dropdown">'
        '<span class="icon-cog"></span><span class="caret"></span></button><ul class="dropdown-menu"><li class="print-icon">'
        '<a href="?tmpl=component&amp;print=1" rel="nofollow"><span class="icon-print"></span>In</a></li><li class="email-icon">'
        '<a href="/component/mailto/?tmpl=component" rel="nofollow"><span class="icon-envelope"></span>Email</a></li></ul></div></div>'
        '<dl class="article-info muted"><dt class="article-info-term">Chi tiết</dt>'
        f'<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">Viết bởi <span itemprop="name">{esc(art["byline"])}</span></dd>'
        '<dd class="category-name">Chuyên mục: <a href="/tin-tuc-su-kien" itemprop="genre">Tin tức - Sự kiện</a></dd>'
        '<dd class="published"><span class="icon-calendar"></span><time datetime="2026-11-19T08:12:40+07:00" itemprop="datePublished">Ngày đăng: 19 Tháng 11 2026</time></dd>'
        '<dd class="hits"><span class="icon-eye-open"></span><meta itemprop="interactionCount" content="UserPageVisits:1532">Lượt xem: 1532</dd></dl>'
        f'{index}<div itemprop="articleBody">{lead}{body}</div>{pagenav}'
        '<ul class="pager pagenav"><li class="previous"><a class="hasTooltip" href="/tin-tuc-su-kien/2291" rel="prev"><span class="icon-chevron-left"></span> Trước</a></li>'
        '<li class="next"><a class="hasTooltip" href="/tin-tuc-su-kien/2287" rel="next">Tiếp theo <span class="icon-chevron-right"></span></a></li></ul></div>'
        '<div id="jc"><div id="comments"><h4>Bình luận (1)</h4><div class="comments-list" id="comments-list-0">'
        '<div class="even" id="comment-item-311"><div class="rbox"><div class="comment-box usertype-guest">'
        '<span class="comment-author">Lang Văn Thịnh</span><span class="comment-date">20.11.2026 07:41</span>'
        f'<div class="comment-body" id="comment-body-311">{comment}</div></div></div></div></div></div>'
        '<a id="addcomments" href="#addcomments"></a><h4>Thêm bình luận</h4><form id="comments-form" name="comments-form" action="javascript:void(null);">'
        '<p><span><input id="comments-form-name" type="text" name="name" value="" maxlength="20" size="22" tabindex="1"><label for="comments-form-name">Họ tên (bắt buộc)</label></span></p>'
        '<p><span><input id="comments-form-email" type="text" name="email" value="" size="22" tabindex="2"><label for="comments-form-email">E-mail</label></span></p>'
        '<p><span><textarea id="comments-form-comment" name="comment" cols="65" rows="8" tabindex="5"></textarea></span></p>'
        '<div id="comments-form-buttons"><div class="btn" id="comments-form-send"><div><a href="#" tabindex="7" title="Gửi (Ctrl+Enter)">Gửi bình luận</a></div></div>'
        '<div class="btn" id="comments-form-cancel" style="display:none;"><div><a href="#" title="Hủy">Hủy</a></div></div></div></form></div>'
    )  # fmt: skip


def joomla_huyen(page: Page, url: str) -> str:
    site = "Cổng thông tin điện tử huyện Quỳ Hợp"
    menu = ["Trang chủ", "Giới thiệu", "Tin tức - Sự kiện", "Chương trình OCOP", "Nông thôn mới",
            "Thủ tục hành chính", "Văn bản", "Liên hệ"]  # fmt: skip
    nav = "".join(
        f'<li class="item-{101 + i}"><a href="/m{i}">{m}</a></li>' for i, m in enumerate(menu)
    )
    latest = "".join(f'<li itemscope itemtype="https://schema.org/Article"><a href="/tin-tuc-su-kien/{2280 - i}" itemprop="url">'
                     f'<span itemprop="name">{page.c(h)}</span></a></li>' for i, h in enumerate(page.related(6)))  # fmt: skip
    if page.kind == "listing":
        title = "Chương trình OCOP"
        items = "".join(
            f'<div class="{"leading-0" if i == 0 else "span12"}" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">'
            f'<div class="page-header"><h2 itemprop="name"><a href="/chuong-trinh-ocop/{3100 - i}" itemprop="url">{esc(t)}</a></h2></div>'
            '<dl class="article-info muted"><dd class="published"><time datetime="2026-11-18T09:00:00+07:00">Ngày đăng: 18 Tháng 11 2026</time></dd></dl>'
            f'<p style="text-align: justify;">{esc(s)}</p><p class="readmore"><a class="btn" href="/chuong-trinh-ocop/{3100 - i}" itemprop="url">'
            f'<span class="icon-chevron-right"></span>Đọc thêm: {esc(t)}</a></p></div>'
            for i, (t, s) in enumerate(page.teasers(10))
        )  # fmt: skip
        main = (f'<div class="blog" itemscope itemtype="https://schema.org/Blog"><div class="page-header"><h1>{title}</h1></div>'
                f'<div class="items-leading clearfix">{items}</div><div class="pagination"><p class="counter pull-right">Trang 1 / 6</p>'
                '<ul class="pagination-list"><li class="active"><a>1</a></li><li><a href="?start=10">2</a></li><li><a href="?start=10" title="Sau">Sau</a></li></ul></div></div>')  # fmt: skip
        head = f"<title>{title} - {site}</title>"
    else:
        art = page.art
        main = _joomla_article(page)
        head = (f"<title>{esc(art['title'])} - {site}</title>"
                '<meta name="keywords" content="Quỳ Hợp, Nghệ An, cổng thông tin điện tử">'
                f'<meta name="author" content="{esc(art["byline"])}"><meta name="description" content="{site}">')  # fmt: skip
    footer = page.c("Cơ quan chủ quản: UBND huyện Quỳ Hợp, tỉnh Nghệ An")
    return (
        f'<!DOCTYPE html><html lang="vi-vn" dir="ltr"><head><meta charset="utf-8"><base href="{url}">'
        f'<meta name="generator" content="Joomla! - Open Source Content Management">{head}'
        '<link href="/templates/quyhop/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon">'
        '<link href="/templates/quyhop/css/template.css?5e1f0c1a" rel="stylesheet">'
        '<script src="/media/jui/js/jquery.min.js?5e1f0c1a"></script><script src="/components/com_jcomments/js/jcomments-v2.3.js?v=12"></script>'
        '</head><body class="site com_content view-article no-layout no-task itemid-135">'
        '<div class="body" id="top"><div class="container"><header class="header" role="banner"><div class="header-inner clearfix">'
        '<a class="brand pull-left" href="/"><img src="/images/banner-quyhop.png" alt="UBND HUYỆN QUỲ HỢP"></a>'
        '<div class="header-search pull-right"><div class="search"><form action="/" method="post" class="form-inline">'
        '<input name="searchword" id="mod-search-searchword" maxlength="200" class="inputbox search-query" type="search" placeholder="Tìm kiếm...">'
        '</form></div></div></div></header>'
        f'<nav class="navigation" role="navigation"><ul class="nav menu nav-pills mod-list">{nav}</ul></nav>'
        '<div class="moduletable"><ul itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb"><li>Bạn đang ở: &#160;</li>'
        '<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/" class="pathway"><span itemprop="name">Trang chủ</span></a><span class="divider">/</span></li>'
        '<li class="active"><span>Tin tức - Sự kiện</span></li></ul></div>'
        '<div class="row-fluid"><main id="content" role="main" class="span9"><div id="system-message-container"></div>'
        f'{main}</main><div id="aside" class="span3"><div class="well"><h3 class="page-header">Tin mới</h3>'
        f'<ul class="latestnews mod-list">{latest}</ul></div><div class="well"><h3 class="page-header">Thống kê truy cập</h3>'
        '<div class="vinaora_visitors_counter"><p>Hôm nay: 412</p><p>Tháng này: 18.203</p><p>Tổng lượt truy cập: 1.254.873</p></div></div></div></div></div></div>'
        f'<footer class="footer" role="contentinfo"><div class="container"><hr><p class="pull-right"><a href="#top" id="back-top">Lên đầu trang</a></p>'
        f'<p>{footer}. Địa chỉ: khối 13, thị trấn Quỳ Hợp. Trưởng ban biên tập: Phó Chủ tịch UBND huyện.</p></div></footer></body></html>'
    )  # fmt: skip


def joomla_url(kind: str) -> str:
    base = "https://quyhop.example.gov.vn/"
    return base + {"long": "tin-tuc-su-kien/2295-quy-hop-phat-trien-san-pham-ocop",
                   "brief": "tin-tuc-su-kien/2301-danh-gia-phan-hang-9-san-pham",
                   "non_ocop": "tin-tuc-su-kien/2304-ra-quan-phong-chay-chua-chay-rung",
                   "listing": "chuong-trinh-ocop"}[kind]  # fmt: skip


# ------------------------------------------------------------------ 3. Next.js server-rendered site
def _next_data(data: dict) -> str:
    """__NEXT_DATA__ as Next.js writes it (HTML-significant characters escaped)."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    for ch, rep in (("&", "\\u0026"), ("<", "\\u003c"), (">", "\\u003e")):
        text = text.replace(ch, rep)
    return f'<script id="__NEXT_DATA__" type="application/json">{text}</script>'


def _next_article(page: Page, url: str) -> tuple[str, dict]:
    art = page.art
    body = page.body(
        lambda t: f"<p>{t}</p>",
        lambda t: f"<h2>{t}</h2>",
        lambda t, i: (f'<figure class="ArticleImage_figure__Zb8X2"><span style="box-sizing:border-box;display:block">'
                      f'<img alt="" sizes="100vw" srcset="/_next/image?url=%2Fuploads%2Ftram-{i}.jpg&amp;w=640&amp;q=75 640w" '
                      f'src="/_next/image?url=%2Fuploads%2Ftram-{i}.jpg&amp;w=1200&amp;q=75" decoding="async" data-nimg="responsive"></span>'
                      f'<figcaption class="ArticleImage_caption__dE3rM">{t}</figcaption></figure>'),
        lambda h: (f'<div class="RelatedInline_box__V7sPw"><span class="RelatedInline_label__P0aQ2">Đọc thêm</span>'
                   f'<a href="/van-hoa/lang-nghe-ven-pha-2210.html">{h}</a></div>'),
    )  # fmt: skip
    related = page.related(4)
    cards = "".join(f'<a class="StoryCard_card__fX1mB StoryCard_small__u2LpV" href="/bai-{i}.html"><h3 class="StoryCard_title__n7Ktz">{page.c(h)}</h3></a>'
                    for i, h in enumerate(related))  # fmt: skip
    sapo = f'<div class="ArticleHeader_sapo__1DpXw">{esc(art["lead"])}</div>' if art["lead"] else ""
    main = (
        '<article class="ArticlePage_article__G3h2k"><div class="ArticleHeader_meta__vT0pQ"><a class="ArticleHeader_category__u1Yx9" '
        'href="/kinh-te">Kinh tế</a><time dateTime="2026-11-21T06:00:00+07:00">21/11/2026 06:00 GMT+7</time></div>'
        f'<h1 class="ArticleHeader_title__cQ8Lk">{esc(art["title"])}</h1>{sapo}'
        '<div class="AudioPlayer_wrapper__aK2Hs"><button type="button" aria-label="Nghe bài viết">Nghe bài viết</button>'
        '<span class="AudioPlayer_time__Rk0dE">00:00 / 04:38</span></div>'
        f'<div class="ArticleContent_body__3kP9x">{body}</div>'
        f'<div class="ArticleFooter_author__mN8fR">{esc(art["byline"])}</div>'
        '<div class="ShareBar_bar__pW2xE"><button>Facebook</button><button>Zalo</button><button>Sao chép link</button></div>'
        f'<section class="RelatedList_related__y1WcK"><h2 class="RelatedList_heading__Lq9sV">Tin liên quan</h2>{cards}</section></article>'
    )  # fmt: skip
    props = {"article": {"id": 88213, "slug": url.rsplit("/", 1)[-1], "title": art["title"],
                         "sapo": art["lead"], "content": body, "author": art["byline"],
                         "publishedAt": DATE, "category": {"name": "Kinh tế", "slug": "kinh-te"}},
             "related": [{"title": h, "slug": f"bai-{i}"} for i, h in enumerate(related)]}  # fmt: skip
    return main, props


def next_ssr(page: Page, url: str) -> str:
    site = "Nhịp Sống Mới"
    menu = [
        "Thời sự",
        "Kinh tế",
        "Nông thôn mới",
        "OCOP",
        "Thị trường",
        "Đời sống",
        "Du lịch",
        "Video",
    ]
    nav = "".join(f'<a class="Header_link__c1Vb0" href="/c{i}">{m}</a>' for i, m in enumerate(menu))
    most = page.related(5)[::-1]
    side = "".join(f'<li class="Sidebar_item__T4mWq"><span>{i + 1}</span><a href="/m{i}.html">{page.c(h)}</a></li>'
                   for i, h in enumerate(most))  # fmt: skip
    if page.kind == "listing":
        title = "Nông thôn mới"
        teasers = page.teasers(12)
        main = (f'<h1 class="CategoryPage_title__k0Pp1">{title}</h1><div class="CategoryPage_grid__Gh7sE">'
                + "".join(f'<a class="StoryCard_card__fX1mB StoryCard_large__aP3rQ" href="/ntm/{i}.html"><div class="StoryCard_image__Vb5nW">'
                          f'<img alt="{esc(t)}" src="/_next/image?url=%2Fthumb%2F{i}.jpg&amp;w=828&amp;q=75" loading="lazy"></div>'
                          f'<div class="StoryCard_body__Hh2zC"><h3 class="StoryCard_title__n7Ktz">{esc(t)}</h3><p class="StoryCard_sapo__Zz8Wc">{esc(s)}</p>'
                          f'<span class="StoryCard_time__o3Hq1">{i + 1} giờ trước</span></div></a>' for i, (t, s) in enumerate(teasers))
                + '</div><button class="CategoryPage_more__xq4Lm" type="button">Xem thêm</button>')  # fmt: skip
        props = {
            "category": {"name": title},
            "items": [{"title": t, "sapo": s} for t, s in teasers],
        }
        head = f"<title>{title} | {site}</title>"
    else:
        main, props = _next_article(page, url)
        art = page.art
        head = (f"<title>{esc(art['title'])} | {site}</title>"
                f'<meta name="description" content="{esc(art["lead"])}"><meta property="og:title" content="{esc(art["title"])}">'
                f'<meta property="og:type" content="article"><link rel="canonical" href="{url}">'
                + _keywords(page, "tinh dầu tràm, Huế, OCOP, Hà Nội", "giá vàng, vàng miếng, thị trường"))  # fmt: skip
    props["mostRead"] = [{"title": h} for h in most]
    data = {"props": {"pageProps": props, "__N_SSP": True}, "page": "/[category]/[slug]",
            "query": {"category": "kinh-te", "slug": url.rsplit("/", 1)[-1]}, "buildId": "Xk3vT9pQ2mLr8sYw1aBcD",
            "isFallback": False, "gssp": True, "scriptLoader": []}  # fmt: skip
    footer = page.c("Tổng biên tập: Trần Văn Minh. Giấy phép số 305/GP-BTTTT cấp ngày 12/7/2023")
    return (
        '<!DOCTYPE html><html lang="vi"><head><meta charSet="utf-8"><meta name="viewport" content="width=device-width"/>'
        f'{head}<link rel="preload" href="/_next/static/media/be-vietnam-pro.p.woff2" as="font" type="font/woff2" crossorigin="anonymous"/>'
        '<link rel="stylesheet" href="/_next/static/css/8f1a0c2e41d7b6a3.css" data-n-g=""/><noscript data-n-css=""></noscript>'
        '<script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script>'
        '<script src="/_next/static/chunks/webpack-59c5c889f52620d6.js" defer=""></script>'
        '<script src="/_next/static/chunks/framework-2c79e2a64abdb08b.js" defer=""></script>'
        '<script src="/_next/static/chunks/pages/%5Bcategory%5D/%5Bslug%5D-3a9f2b0e1c4d.js" defer=""></script></head>'
        '<body><div id="__next"><div class="Layout_wrapper__Qm2Xf"><header class="Header_header__k8Zt1">'
        f'<a class="Header_logo__2nF0a" href="/" aria-label="{site}"><svg viewBox="0 0 120 32"></svg></a><nav class="Header_nav__Xy3bq">{nav}</nav>'
        '<button class="Header_search__h7GtD" aria-label="Tìm kiếm"></button></header>'
        f'<main class="ArticlePage_main__r9Lq0">{main}<aside class="Sidebar_sidebar__pQ1sL"><h3 class="Sidebar_heading__eN4tJ">Đọc nhiều</h3>'
        f'<ol class="Sidebar_list__wB8dC">{side}</ol></aside></main>'
        f'<footer class="Footer_footer__J9n1e"><p>{footer}</p><p>© 2026 {site}. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p></footer></div></div>'
        f"{_next_data(data)}</body></html>"
    )  # fmt: skip


def next_url(kind: str) -> str:
    return (
        "https://nhipsongmoi.example.vn/"
        + {
            "long": "kinh-te/tinh-dau-tram-ven-pha-tam-giang-88213",
            "brief": "kinh-te/ha-noi-dua-120-san-pham-ocop-den-pho-di-bo-88240",
            "non_ocop": "thi-truong/gia-vang-mieng-giam-phien-thu-ba-88251",
            "listing": "nong-thon-moi",
        }[kind]
    )


# ------------------------------------------------------------------ 4. photo story (ảnh)
def anh_photo(page: Page, url: str) -> str:
    site = "Báo ảnh Đất Việt"
    menu = [
        "Phóng sự ảnh",
        "Đất nước - Con người",
        "Làng nghề",
        "Sản phẩm OCOP",
        "Di sản",
        "Du lịch",
    ]
    nav = "".join(f'<li><a href="/c{i}">{m}</a></li>' for i, m in enumerate(menu))
    more = page.related(4)
    more_html = "".join(f'<div class="ps-more__item"><a href="/anh-{i}.html"><img src="/thumb/ps{i}.jpg" alt=""><h3>{page.c(h)}</h3></a></div>'
                        for i, h in enumerate(more))  # fmt: skip
    if page.kind == "listing":
        title = "Phóng sự ảnh"
        items = "".join(f'<div class="gallery-card"><a href="/anh/{i}.html" class="gallery-card__thumb"><img src="/thumb/g{i}.jpg" alt="">'
                        f'<span class="gallery-card__count">{8 + i} ảnh</span></a><h2 class="gallery-card__title"><a href="/anh/{i}.html">{esc(t)}</a></h2>'
                        f'<p class="gallery-card__sapo">{esc(s)}</p></div>' for i, (t, s) in enumerate(page.teasers(10)))  # fmt: skip
        main = (
            f'<div class="gallery-list"><h1 class="gallery-list__title">{title}</h1>{items}</div>'
        )
        head = f"<title>{title} - {site}</title>"
    else:
        art = page.art
        body = page.body(
            lambda t: f'<p class="ps-text">{t}</p>',
            lambda t: f'<h2 class="ps-heading">{t}</h2>',
            lambda t, i: (f'<figure class="ps-photo ps-photo--full"><img class="lazy" src="/img/blank.gif" '
                          f'data-original="/uploads/photo/2026/11/ps-{i}.jpg" alt="">'
                          f'<figcaption class="ps-caption"><p>{t}</p></figcaption></figure>'),
            lambda h: h,
            spread=True,
        )  # fmt: skip
        sapo = f'<div class="ps-sapo">{esc(art["lead"])}</div>' if art["lead"] else ""
        main = (
            '<article class="photo-story"><header class="ps-cover"><img class="ps-cover-img" src="/uploads/photo/2026/11/cover.jpg" alt="">'
            f'<div class="ps-cover-text"><span class="ps-label">ẢNH</span><h1 class="ps-title">{esc(art["title"])}</h1>{sapo}'
            f'<div class="ps-meta"><span class="ps-author">{esc(art["byline"])}</span> · <span class="ps-date">21/11/2026</span></div></div></header>'
            f'<div class="ps-content">{body}</div><div class="ps-share"><span>Chia sẻ:</span><a class="fb" href="#">Facebook</a>'
            '<a class="zalo" href="#">Zalo</a><a class="tw" href="#">Twitter</a></div>'
            f'<section class="ps-more"><h2 class="ps-more__title">Phóng sự ảnh khác</h2>{more_html}</section></article>'
        )  # fmt: skip
        head = (f"<title>{esc(art['title'])} - {site}</title>"
                + _keywords(page, "phóng sự ảnh, làng nghề, OCOP", "phóng sự ảnh, Hà Giang, tam giác mạch")
                + f'<meta property="og:image" content="/uploads/photo/2026/11/cover.jpg">{_ld(page, url, site)}')  # fmt: skip
    footer = page.c("Báo ảnh Đất Việt - Cơ quan của Thông tấn xã. Giấy phép số 09/GP-BTTTT")
    return (
        f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">{head}<link rel="stylesheet" href="/css/photo.min.css?v=41">'
        '<script src="/js/lazyload.min.js"></script></head><body class="photo-story-page">'
        f'<div class="ps-header"><a class="ps-logo" href="/">{site}</a><ul class="ps-nav">{nav}</ul>'
        '<div class="ps-lang"><a href="/en">English</a> | <a href="/fr">Français</a></div></div>'
        f'<div class="ps-wrap">{main}</div><footer class="ps-footer"><p>{footer}</p><p>Điện thoại: 024 3826 0000 - Email: toasoan@anh.example.vn</p></footer>'
        '<script>$("img.lazy").lazyload({effect:"fadeIn"});</script></body></html>'
    )  # fmt: skip


def anh_url(kind: str) -> str:
    return (
        "https://anhdatviet.example.vn/"
        + {
            "long": "lang-nghe/sac-do-lang-huong-quang-phu-cau-ps5512.html",
            "brief": "dat-nuoc-con-nguoi/mua-hong-treo-gio-o-da-lat-ps5520.html",
            "non_ocop": "du-lich/hoa-tam-giac-mach-no-som-ps5531.html",
            "listing": "phong-su-anh",
        }[kind]
    )


# ------------------------------------------------------------------ 5. e-magazine / longform
def _emag_article(page: Page) -> str:
    art = page.art
    counter = iter(range(1, 20))
    body = page.body(
        lambda t: f'<p class="emag-p">{t}</p>',
        lambda t: (f'<h2 class="emag-chapter"><span class="emag-chapter__num" aria-hidden="true">'
                   f'{next(counter):02d}</span><span class="emag-chapter__text">{t}</span></h2>'),
        lambda t, i: (f'<figure class="emag-fullwidth"><img src="/emag/2026/11/full-{i}.jpg" alt="">'
                      f'<figcaption class="emag-fullwidth__cap">{t}</figcaption></figure>'),
        lambda h: h,
        quote_fmt=lambda t: (f'<blockquote class="emag-quote emag-quote--big"><span class="emag-quote__mark">“</span>'
                             f'<p>{t}</p></blockquote>'),
    )  # fmt: skip
    return (
        '<article class="emag-article"><section class="emag-cover" style="background-image:url(/emag/2026/11/cover.jpg)">'
        f'<div class="emag-cover__inner"><p class="emag-kicker">E-MAGAZINE</p><h1 class="emag-title">{esc(art["title"])}</h1>'
        '<div class="emag-scroll">Cuộn xuống để đọc</div></div></section>'
        f'<section class="emag-sapo"><p>{esc(art["lead"])}</p></section><div class="emag-body">{body}</div>'
        f'<div class="emag-credit"><p>{esc(art["byline"])}</p><p>Ngày xuất bản: 21/11/2026</p></div></article>'
    )  # fmt: skip


def _emag_normal(page: Page) -> str:
    """Plain article layout of the same paper (its short news are not e-magazines)."""
    art = page.art
    body = page.body(
        lambda t: f"<p>{t}</p>", lambda t: f"<h3>{t}</h3>", lambda t, i: "", lambda h: h
    )
    return (f'<div class="detail-normal"><div class="detail-cat"><a href="/kinh-te">Kinh tế</a></div>'
            f'<h1 class="detail-title">{esc(art["title"])}</h1><div class="detail-time">21/11/2026 | 16:20</div>'
            f'<h2 class="detail-sapo">{esc(art["lead"])}</h2><div class="detail-body">{body}'
            f'<p class="detail-author" style="text-align:right"><strong>{esc(art["byline"])}</strong></p></div></div>')  # fmt: skip


def emagazine(page: Page, url: str) -> str:
    site = "Báo Miền Tây Nam Bộ"
    more = page.related(3)
    more_html = "".join(f'<a class="emag-more__item" href="/emagazine/{i}.html"><img src="/emag/thumb{i}.jpg" alt="">'
                        f'<span>{page.c(h)}</span></a>' for i, h in enumerate(more))  # fmt: skip
    if page.kind == "listing":
        title = "E-Magazine"
        items = "".join(f'<div class="emag-grid__item"><a href="/emagazine/{i}.html"><img src="/emag/cover{i}.jpg" alt=""></a>'
                        f'<h2><a href="/emagazine/{i}.html">{esc(t)}</a></h2><p>{esc(s)}</p></div>'
                        for i, (t, s) in enumerate(page.teasers(10)))  # fmt: skip
        main = f'<div class="emag-grid"><h1 class="emag-grid__title">{title}</h1>{items}</div>'
        head = f"<title>{title} - {site}</title>"
    else:
        art = page.art
        main = _emag_normal(page) if page.kind == "brief" else _emag_article(page)
        main += f'<section class="emag-more"><h3>Đọc thêm E-Magazine</h3>{more_html}</section>'
        head = (f"<title>{esc(art['title'])} - {site}</title>"
                + _keywords(page, "Sóc Trăng, tôm lúa, gạo thơm, OCOP", "Cà Mau, rừng ngập mặn, sạt lở")
                + f'<meta property="og:title" content="{esc(art["title"])}"><meta property="og:type" content="article">'
                + _ld(page, url, site))  # fmt: skip
    footer = page.c("Báo Miền Tây Nam Bộ. Tổng biên tập: Lê Thanh Bình")
    topics = page.c("Chủ đề: Sản phẩm OCOP | Chuyển đổi số | Biến đổi khí hậu | Kinh tế biển")
    return (
        f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">{head}'
        '<link rel="stylesheet" href="/assets/emagazine.css?v=7"><script src="/assets/emag-scroll.js" defer></script></head>'
        f'<body class="{"emagazine" if page.kind in ("long", "non_ocop") else "site"}">'
        f'<div class="emag-topbar"><a class="emag-logo" href="/"><img src="/assets/logo-white.svg" alt="{site}"></a>'
        '<a class="emag-back" href="/">Trở về trang chủ</a><div class="emag-share"><a href="#">Facebook</a><a href="#">Zalo</a></div></div>'
        f'<div class="emag-topics">{topics}</div>{main}<footer class="emag-footer"><p>{footer}</p>'
        '<p>Giấy phép hoạt động báo chí điện tử số 88/GP-BTTTT. Địa chỉ: 02 Hòa Bình, Ninh Kiều, Cần Thơ.</p></footer></body></html>'
    )  # fmt: skip


def emag_url(kind: str) -> str:
    return (
        "https://baomientay.example.vn/"
        + {
            "long": "emagazine/hat-gao-tom-lua-va-hanh-trinh-thanh-san-pham-ocop-a71102.html",
            "brief": "kinh-te/soc-trang-gioi-thieu-san-pham-ocop-tai-le-hoi-a71140.html",
            "non_ocop": "emagazine/nhung-nguoi-giu-rung-ngap-man-o-mui-ca-mau-a71155.html",
            "listing": "emagazine",
        }[kind]
    )


# ------------------------------------------------------------------ 6. "tin nhanh" stream site
def _tn_item(page: Page, i: int, t: str, s: str, chrome: bool) -> str:
    """One item of the brief stream: time, headline and the full short text."""
    head = page.c(t) if chrome else esc(t)
    text = page.c(s) if chrome else esc(s)
    return (f'<div class="tn-item" data-id="{770 + i}"><div class="tn-time"><span class="tn-hour">{8 - i // 3:02d}:{(47 - 7 * i) % 60:02d}</span>'
            f'<span class="tn-date">21/11</span></div><div class="tn-content"><h3 class="tn-title"><a href="/tin-nhanh/{770 + i}">{head}</a></h3>'
            f'<div class="tn-text"><p>{text}</p></div><div class="tn-actions"><a class="tn-share" href="#">Chia sẻ</a></div></div></div>')  # fmt: skip


def tin_nhanh(page: Page, url: str) -> str:
    site = "Tây Bắc 24h"
    menu = [
        "Tin nhanh",
        "Thời sự",
        "Kinh tế",
        "Nông nghiệp",
        "OCOP - Làng nghề",
        "Du lịch",
        "Pháp luật",
        "Thời tiết",
    ]
    nav = "".join(f'<li><a href="/c{i}">{m}</a></li>' for i, m in enumerate(menu))
    if page.kind == "listing":
        title = "Tin nhanh"
        items = "".join(_tn_item(page, i, t, s, False) for i, (t, s) in enumerate(page.teasers(12)))
        main = (f'<div class="tn-stream tn-stream--page"><h1 class="tn-stream__title">{title}</h1>{items}'
                '<button class="tn-more" data-next="/tin-nhanh?page=2">Xem thêm tin</button></div>')  # fmt: skip
        head = f"<title>{title} - {site}</title>"
        side = ""
    else:
        art = page.art
        body = page.body(lambda t: f"<p>{t}</p>", lambda t: f"<h2>{t}</h2>",
                         lambda t, i: (f'<div class="tn-photo"><img src="/up/2026/11/{i}.jpg" alt=""><div class="tn-photo__cap">{t}</div></div>'),
                         lambda h: h)  # fmt: skip
        lead = f'<div class="tn-sapo"><p>{esc(art["lead"])}</p></div>' if art["lead"] else ""
        # other briefs follow the one being read, each with its full text (like the stream page)
        stream = "".join(
            _tn_item(page, i + 1, t, s, True) for i, (t, s) in enumerate(page.teasers(3))
        )
        main = (f'<div class="tn-item tn-item--current" data-id="769"><div class="tn-time"><span class="tn-hour">09:05</span>'
                f'<span class="tn-date">21/11</span></div><div class="tn-content"><h1 class="tn-title">{esc(art["title"])}</h1>{lead}'
                f'<div class="tn-text">{body}</div><div class="tn-source">{esc(art["byline"])}</div>'
                '<div class="tn-actions"><a class="tn-share" href="#">Chia sẻ</a><a class="tn-copy" href="#">Sao chép link</a></div></div></div>'
                f'<div class="tn-stream"><h2 class="tn-stream__title">Tin nhanh khác</h2>{stream}'
                '<button class="tn-more" data-next="/tin-nhanh?after=769">Xem thêm tin</button></div>')  # fmt: skip
        head = (f"<title>{esc(art['title'])} - {site}</title>"
                + _keywords(page, "Lào Cai, tin nhanh, OCOP", "Lào Cai, Lai Châu, giao thông, tin nhanh")
                + f'<link rel="canonical" href="{url}">')  # fmt: skip
        side = "".join(
            f'<li><a href="/x{i}.html">{page.c(h)}</a></li>' for i, h in enumerate(page.related(5))
        )
        side = f'<aside class="tn-side"><h2>Đọc nhiều trong ngày</h2><ol>{side}</ol></aside>'
    footer = page.c("Tây Bắc 24h - Trang tin điện tử tổng hợp. Giấy phép số 41/GP-TTĐT")
    return (
        f'<!DOCTYPE html><html lang="vi"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width">{head}'
        '<link rel="stylesheet" href="/static/tn.css?v=3.2"></head><body class="tn">'
        f'<header class="tn-header"><a class="tn-logo" href="/">{site}</a><ul class="tn-nav">{nav}</ul>'
        '<div class="tn-weather">Sa Pa 9°C - Lào Cai 17°C</div></header>'
        f'<div class="tn-wrap"><div class="tn-main">{main}</div>{side}</div>'
        f'<footer class="tn-footer"><p>{footer}</p><p>Liên hệ quảng cáo: 0912 000 241</p></footer></body></html>'
    )  # fmt: skip


def tin_nhanh_url(kind: str) -> str:
    return (
        "https://taybac24h.example.vn/"
        + {
            "long": "nong-nghiep/man-tam-hoa-bac-ha-doi-doi-nho-chuan-ocop-n768.html",
            "brief": "tin-nhanh/lao-cai-cong-nhan-12-san-pham-ocop-moi-n769.html",
            "non_ocop": "tin-nhanh/tam-dung-luu-thong-qua-deo-o-quy-ho-n771.html",
            "listing": "tin-nhanh",
        }[kind]
    )


# ------------------------------------------------------------------ 7. interview (phỏng vấn)
_SPEAKER = re.compile(r"^((?:Ông|Bà|Bác sĩ|Anh|Chị) [^:]{3,40}):\s")


def _pv_para(text: str) -> str:
    """An answer paragraph: the speaker's name before the colon is bold, as editors do."""
    m = _SPEAKER.match(text)
    if m:
        return f"<p><strong>{m.group(1)}:</strong> {text[m.end() :]}</p>"
    return f"<p>{text}</p>"


def phong_van(page: Page, url: str) -> str:
    site = "Tạp chí Nông thôn Việt"
    menu = [
        "Thời sự",
        "Phỏng vấn",
        "Chính sách",
        "Nông thôn mới",
        "OCOP",
        "Khuyến nông",
        "Thị trường",
        "Tạp chí in",
    ]
    nav = "".join(f'<li class="menu-item"><a href="/c{i}">{m}</a></li>' for i, m in enumerate(menu))
    side = "".join(
        f'<li><a href="/s{i}.html">{page.c(h)}</a></li>' for i, h in enumerate(page.related(5))
    )
    if page.kind == "listing":
        title = "Phỏng vấn"
        items = "".join(f'<div class="cate-item"><a class="cate-item__thumb" href="/pv/{i}.html"><img src="/t/{i}.jpg" alt=""></a>'
                        f'<div class="cate-item__info"><h3><a href="/pv/{i}.html">{esc(t)}</a></h3><p class="cate-item__sapo">{esc(s)}</p></div></div>'
                        for i, (t, s) in enumerate(page.teasers(11)))  # fmt: skip
        main = f'<div class="cate-page"><h1 class="cate-title">{title}</h1>{items}</div>'
        head = f"<title>{title} - {site}</title>"
    else:
        art = page.art
        body = page.body(_pv_para, lambda t: f"<h3>{t}</h3>",
                         lambda t, i: (f'<div class="image-center"><img src="/up/pv-{i}.jpg" alt=""><p class="img-note"><em>{t}</em></p></div>'),
                         lambda h: h, q_fmt=lambda t: f"<p><strong>{t}</strong></p>")  # fmt: skip
        interview = art["paras"][0].startswith("?? ")
        label = '<span class="label-pv">PHỎNG VẤN</span>' if interview else ""
        main = (f'<div class="detail-content">{label}<div class="detail-cate"><a href="/phong-van">Phỏng vấn</a></div>'
                f'<h1 class="detail-title">{esc(art["title"])}</h1><div class="detail-info"><span class="author">{esc(art["byline"])}</span>'
                '<span class="time">Thứ bảy, 21/11/2026 - 07:00</span></div>'
                f'<div class="detail-sapo">{esc(art["lead"])}</div><div class="detail-body">{body}</div>'
                '<div class="detail-tools"><a href="#" class="print">In bài</a><a href="#" class="font-up">A+</a><a href="#" class="font-down">A-</a></div></div>')  # fmt: skip
        head = (f"<title>{esc(art['title'])} - {site}</title>"
                + _keywords(page, "phỏng vấn, Quảng Trị, OCOP, nông thôn", "phỏng vấn, y tế, cúm mùa, vắc xin")
                + f'<meta name="description" content="{esc(art["lead"])}">' + _ld(page, url, site))  # fmt: skip
    footer = page.c(
        "Tạp chí Nông thôn Việt - Cơ quan ngôn luận của Hội Nông dân. Giấy phép 212/GP-BTTTT"
    )
    return (
        f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">{head}<link rel="stylesheet" href="/css/main.css"></head>'
        f'<body><div class="top-bar"><span>Thứ bảy, 21/11/2026</span><a href="/dang-ky">Đặt mua tạp chí</a></div>'
        f'<header class="site-header"><a href="/" class="logo">{site}</a><nav><ul class="main-menu">{nav}</ul></nav></header>'
        f'<div class="container"><div class="col-main">{main}</div><div class="col-side"><div class="box-side"><h2 class="box-title">Tin mới nhất</h2>'
        f'<ul>{side}</ul></div><div class="box-side box-magazine"><h2 class="box-title">Tạp chí in số 46</h2>'
        f'<p>{page.c("Đặt mua tạp chí in để đọc chuyên đề về kinh tế hợp tác và chương trình OCOP.")}</p></div></div></div>'
        f'<footer class="site-footer"><p>{footer}</p></footer></body></html>'
    )  # fmt: skip


def pv_url(kind: str) -> str:
    return (
        "https://nongthonviet.example.vn/"
        + {
            "long": "phong-van/chuong-trinh-ocop-phai-chuyen-sang-nang-chat-luong-d33102.html",
            "brief": "ocop/ca-phe-khe-sanh-duoc-de-xuat-danh-gia-5-sao-d33120.html",
            "non_ocop": "phong-van/tiem-vac-xin-cum-truoc-mua-dong-d33131.html",
            "listing": "phong-van",
        }[kind]
    )


# ------------------------------------------------------------------ 8. district portal, table layout
def _huyen_article(page: Page) -> str:
    art = page.art
    body = page.body(
        lambda t: f'<p align="justify"><font face="Arial" size="2">{t}</font></p>',
        lambda t: f'<p align="justify"><font face="Arial" size="2"><b>{t}</b></font></p>',
        lambda t, i: (f'<table align="center" border="0" cellpadding="3" cellspacing="0" width="450"><tr><td>'
                      f'<img src="/Uploads/images/tin-tuc/{i}.jpg" width="450" border="0"></td></tr>'
                      f'<tr><td align="center"><font size="1"><i>{t}</i></font></td></tr></table>'),
        lambda h: h,
    )  # fmt: skip
    lead = (f'<p align="justify"><font face="Arial" size="2"><b>{esc(art["lead"])}</b></font></p>'
            if art["lead"] else "")  # fmt: skip
    others = "".join(f'<tr><td class="tinkhac"><img src="/images/arrow.gif"> <a href="/tin/{900 - i}">{page.c(h)}</a> '
                     f'<font color="#999999" size="1">(1{i}/11/2026)</font></td></tr>' for i, h in enumerate(page.related(6)))  # fmt: skip
    return (
        '<table width="100%" border="0" cellpadding="4" cellspacing="0">'
        f'<tr><td class="tieude"><font face="Arial" size="4" color="#B30000"><b>{esc(art["title"])}</b></font></td></tr>'
        '<tr><td class="ngaydang"><font size="1" color="#666666">Ngày đăng: 20/11/2026 | Lượt xem: 842</font></td></tr>'
        f'<tr><td class="noidung">{lead}{body}'
        f'<p align="right"><font face="Arial" size="2"><b><i>{esc(art["attribution"])}</i></b></font></p></td></tr>'
        '<tr><td align="right"><a href="javascript:window.print()"><img src="/images/print.gif" border="0"> In trang</a> '
        '<a href="/guimail"><img src="/images/email.gif" border="0"> Gửi email</a> <a href="javascript:history.back()">Quay lại</a></td></tr></table>'
        f'<table width="100%" border="0" cellpadding="2"><tr><td class="tieudekhoi"><b>Các tin khác:</b></td></tr>{others}</table>'
    )  # fmt: skip


def huyen_table(page: Page, url: str) -> str:
    site = "Cổng thông tin điện tử huyện Yên Thế"
    left = ["Giới thiệu chung", "Tin tức - Sự kiện", "Chương trình OCOP", "Nông thôn mới", "Văn bản pháp quy",
            "Lịch công tác", "Thủ tục hành chính", "Hỏi đáp trực tuyến"]  # fmt: skip
    left_html = "".join(f'<tr><td class="menutrai"><img src="/images/bullet.gif"> <a href="/m{i}">{m}</a></td></tr>'
                        for i, m in enumerate(left))  # fmt: skip
    if page.kind == "listing":
        title = "Tin tức - Sự kiện"
        rows = "".join(f'<tr><td width="110" valign="top"><img src="/Uploads/thumb/{i}.jpg" width="100" height="70"></td>'
                       f'<td valign="top"><a href="/tin/{880 - i}" class="tieudetin"><b>{esc(t)}</b></a><br>'
                       f'<font size="2">{esc(s)}</font></td></tr>' for i, (t, s) in enumerate(page.teasers(10)))  # fmt: skip
        main = (f'<table width="100%" border="0" cellpadding="4"><tr><td colspan="2" class="tieudekhoi"><b>{title}</b></td></tr>{rows}'
                '<tr><td colspan="2" align="center">Trang: <b>1</b> <a href="?p=2">2</a> <a href="?p=3">3</a> <a href="?p=2">Sau »</a></td></tr></table>')  # fmt: skip
    else:
        title = page.art["title"]
        main = _huyen_article(page)
    marquee = page.c("Chào mừng Hội chợ gà đồi và sản phẩm OCOP huyện Yên Thế năm 2027")
    counter = page.c("Đang truy cập: 12 - Tổng lượt truy cập: 2.341.556")
    footer = page.c("Bản quyền thuộc UBND huyện Yên Thế - tỉnh Bắc Giang")
    return (
        '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN"><html><head>'
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        f'<title>{esc(title)} - {site}</title><meta name="keywords" content="Yên Thế, Bắc Giang, cổng thông tin, UBND huyện">'
        '<link href="/css/style.css" rel="stylesheet" type="text/css"><script src="/js/menu.js"></script></head>'
        '<body leftmargin="0" topmargin="0" marginwidth="0" marginheight="0" bgcolor="#E8EEF4">'
        '<table width="1000" border="0" cellpadding="0" cellspacing="0" align="center" bgcolor="#FFFFFF">'
        f'<tr><td colspan="3"><img src="/images/banner.jpg" width="1000" height="150" alt="{site}"></td></tr>'
        '<tr><td colspan="3" class="menungang" bgcolor="#0B5FA5" height="30"><a href="/">TRANG CHỦ</a> | <a href="/gioi-thieu">GIỚI THIỆU</a> | '
        '<a href="/tin-tuc">TIN TỨC</a> | <a href="/van-ban">VĂN BẢN</a> | <a href="/lien-he">LIÊN HỆ</a></td></tr>'
        f'<tr><td colspan="3" bgcolor="#FFF7D6"><marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">{marquee}</marquee></td></tr>'
        f'<tr><td width="200" valign="top" class="cottrai"><table width="100%" border="0" cellpadding="3">{left_html}</table>'
        '<p><b>Liên kết website</b></p><select onchange="window.open(this.value)"><option>-- Chọn liên kết --</option>'
        '<option value="https://bacgiang.example.gov.vn">Cổng TTĐT tỉnh Bắc Giang</option></select></td>'
        f'<td width="600" valign="top" class="cotgiua">{main}</td>'
        '<td width="200" valign="top" class="cotphai"><table width="100%" border="0" cellpadding="3">'
        '<tr><td class="tieudekhoi"><b>Lịch công tác tuần</b></td></tr><tr><td><a href="/lich">Xem lịch tuần 47</a></td></tr>'
        f'<tr><td class="tieudekhoi"><b>Thống kê truy cập</b></td></tr><tr><td><font size="1">{counter}</font></td></tr></table></td></tr>'
        f'<tr><td colspan="3" class="footer" align="center" bgcolor="#0B5FA5"><font color="#FFFFFF" size="1">{footer}<br>'
        'Địa chỉ: thị trấn Cầu Gồ, huyện Yên Thế. Điện thoại: 0204 3876 000. Ghi rõ nguồn khi phát hành lại thông tin.</font></td></tr>'
        '</table></body></html>'
    )  # fmt: skip


def huyen_url(kind: str) -> str:
    return (
        "https://yenthe.example.gov.vn/"
        + {
            "long": "tin/yen-the-nang-cao-gia-tri-ga-doi-901",
            "brief": "tin/xa-dong-huu-co-san-pham-ocop-dau-tien-905",
            "non_ocop": "tin/thong-bao-lich-tiep-cong-dan-thang-12-908",
            "listing": "tin-tuc-su-kien",
        }[kind]
    )


# ------------------------------------------------------------------ 9. modern Tailwind news site
_SUMMARY = {
    "long": ["Làng chài dưới chân đèo Hải Vân vẫn ủ cá cơm trong chum sành suốt một năm.",
             "Hợp tác xã được hỗ trợ nhà xưởng và thống nhất quy trình chung từ năm 2020."],
    "brief": ["Điểm bán đặt ở tầng trệt chợ truyền thống, hướng tới khách du lịch."],
    "non_ocop": ["Camera và cánh tay gắp giúp tách nhựa, kim loại và giấy trên băng chuyền.",
                 "Dự án đoạt giải nhì cuộc thi sáng tạo kỹ thuật cấp thành phố."],
}  # fmt: skip


def _tw_article(page: Page) -> str:
    art = page.art
    body = page.body(
        lambda t: f"<p>{t}</p>",
        lambda t: f"<h2>{t}</h2>",
        lambda t, i: (f'<figure><img class="w-full rounded-lg" src="https://cdn.example.vn/2026/11/{i}.webp" alt="" loading="lazy">'
                      f'<figcaption class="text-center text-sm text-gray-500">{t}</figcaption></figure>'),
        lambda h: (f'<aside class="not-prose my-6 border-l-4 border-sky-600 pl-4"><p class="text-xs font-bold uppercase text-sky-700">'
                   f'Có thể bạn quan tâm</p><a class="font-semibold hover:underline" href="/lang-nghe-da-nang.html">{h}</a></aside>'),
    )  # fmt: skip
    summary = "".join(f"<li>{page.c(s)}</li>" for s in _SUMMARY[page.kind])
    comments = ([("Ngọc Hân", "Mắm Nam Ô chấm bánh tráng cuốn thịt heo là hết sẩy, mong làng giữ được nghề."),
                 ("Trần Quang", "Chỗ điểm bán OCOP ở chợ Hàn hôm qua tôi ghé, hàng khá đa dạng.")]
                if page.kind != "non_ocop" else
                [("Minh Khoa", "Robot hay quá, nên áp dụng ở các khu chợ và điểm bán OCOP để phân loại rác bao bì."),
                 ("Lan Phương", "Các bạn sinh viên giỏi thật, chúc nhóm sớm đưa sản phẩm vào thực tế.")])  # fmt: skip
    com_html = "".join(f'<li class="flex gap-3"><div class="h-9 w-9 rounded-full bg-gray-200"></div><div><p class="font-semibold">{n}</p>'
                       f'<p class="text-sm">{page.c(c)}</p><p class="text-xs text-gray-500">Thích · Trả lời · 2 giờ trước</p></div></li>'
                       for n, c in comments)  # fmt: skip
    tags = (
        ["Nam Ô", "nước mắm", "OCOP"]
        if page.kind != "non_ocop"
        else ["robot", "sinh viên", "rác thải"]
    )
    return (
        '<nav aria-label="breadcrumb" class="text-xs text-gray-500"><a href="/">Trang chủ</a> / <a href="/kinh-te">Kinh tế</a></nav>'
        f'<h1 class="mt-2 text-3xl font-bold leading-tight">{esc(art["title"])}</h1>'
        f'<div class="mt-2 flex items-center gap-3 text-sm text-gray-500"><span>{esc(art["byline"])}</span>'
        '<time datetime="2026-11-22T14:10:00+07:00">22/11/2026 14:10</time><span>5 phút đọc</span></div>'
        '<div class="mt-4 rounded-lg bg-sky-50 p-4 text-sm"><p class="font-semibold">Tóm tắt nhanh</p>'
        f'<ul class="list-disc pl-5">{summary}</ul></div>'
        f'<p class="mt-4 text-lg font-medium text-gray-700">{esc(art["lead"])}</p>'
        f'<div class="prose prose-lg mt-6 max-w-none">{body}</div>'
        '<div class="mt-8 flex flex-wrap gap-2">'
        + "".join(f'<a class="rounded-full bg-gray-100 px-3 py-1 text-sm" href="/tag/{i}">#{t}</a>' for i, t in enumerate(tags))
        + '</div><section id="binh-luan" class="mt-10"><h2 class="text-xl font-bold">Bình luận (2)</h2>'
        '<form class="mt-4 space-y-3"><textarea class="w-full rounded border p-3" placeholder="Chia sẻ ý kiến của bạn"></textarea>'
        '<input class="w-full rounded border p-2" placeholder="Họ tên"><button type="submit" class="rounded bg-sky-600 px-4 py-2 text-white">Gửi bình luận</button></form>'
        f'<ul class="mt-6 space-y-4">{com_html}</ul></section>'
    )  # fmt: skip


def tailwind_news(page: Page, url: str) -> str:
    site = "Sóng Trẻ"
    menu = ["Mới nhất", "Thời sự", "Kinh tế", "OCOP", "Công nghệ", "Giáo dục", "Du lịch", "Podcast"]
    nav = "".join(f'<a class="hover:text-sky-700" href="/c{i}">{m}</a>' for i, m in enumerate(menu))
    most = "".join(f'<li class="border-b py-2"><a class="hover:underline" href="/d{i}.html">{page.c(h)}</a></li>'
                   for i, h in enumerate(page.related(5)))  # fmt: skip
    if page.kind in ("tag", "listing"):
        title = "#OCOP" if page.kind == "tag" else "Kinh tế"
        cards = "".join(f'<article class="overflow-hidden rounded-xl border shadow-sm"><a href="/p/{i}.html"><img class="aspect-video w-full object-cover" '
                        f'src="https://cdn.example.vn/t/{i}.webp" alt=""></a><div class="p-4"><h2 class="text-xl font-bold"><a href="/p/{i}.html">{esc(t)}</a></h2>'
                        f'<p class="mt-2 text-gray-600">{esc(s)}</p></div></article>' for i, (t, s) in enumerate(page.teasers(10) if page.kind == "tag" else page.teasers(14)[4:]))  # fmt: skip
        main = (f'<section><h1 class="text-3xl font-extrabold">{title}</h1><p class="mt-1 text-gray-500">{"Tất cả bài viết gắn thẻ OCOP" if page.kind == "tag" else "Kinh tế - Thị trường - Sản phẩm OCOP"}</p>'
                f'<div class="mt-6 grid gap-6 md:grid-cols-2">{cards}</div><nav class="mt-8 flex gap-2"><span class="rounded bg-sky-600 px-3 py-1 text-white">1</span>'
                '<a class="rounded border px-3 py-1" href="?page=2">2</a><a class="rounded border px-3 py-1" href="?page=2">Trang sau</a></nav></section>')  # fmt: skip
        head = f"<title>{title} - {site}</title>"
    else:
        art = page.art
        main = _tw_article(page)
        head = (f"<title>{esc(art['title'])} - {site}</title>"
                + _keywords(page, "Đà Nẵng, Nam Ô, nước mắm, OCOP", "Đà Nẵng, sinh viên, robot, rác thải")
                + f'<meta name="description" content="{esc(art["lead"])}"><link rel="canonical" href="{url}">'
                + _ld(page, url, site))  # fmt: skip
    ad = page.c("nsm_detail_right_300x600")
    footer = page.c("Sóng Trẻ - Chuyên trang của Hội Nhà báo thành phố. Giấy phép số 77/GP-BTTTT")
    return (
        f'<!DOCTYPE html><html lang="vi" class="scroll-smooth"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">{head}'
        '<link rel="stylesheet" href="/build/app.3f9c1e.css"><script type="module" src="/build/app.3f9c1e.js"></script></head>'
        '<body class="bg-white text-gray-900 antialiased"><header class="sticky top-0 z-50 border-b bg-white/90 backdrop-blur">'
        f'<div class="mx-auto flex max-w-7xl items-center justify-between px-4 py-3"><a href="/" class="text-2xl font-black text-sky-700">{site}</a>'
        f'<nav class="hidden gap-6 text-sm font-semibold md:flex">{nav}</nav><button class="md:hidden" aria-label="Mở menu">☰</button></div></header>'
        f'<main class="mx-auto grid max-w-7xl grid-cols-12 gap-8 px-4 py-6"><div class="col-span-12 lg:col-span-8">{main}</div>'
        f'<aside class="col-span-12 lg:col-span-4"><h2 class="text-lg font-bold">Đọc nhiều</h2><ol class="mt-2">{most}</ol>'
        f'<div class="mt-6" id="div-gpt-ad-1700000000000-0" data-ad-unit="/21800000/{ad}"><span class="text-xs text-gray-400">Quảng cáo</span>'
        f'<!-- {ad} --></div></aside></main>'
        f'<footer class="mt-12 border-t bg-gray-50"><div class="mx-auto max-w-7xl px-4 py-8 text-sm text-gray-600"><p>{footer}</p>'
        '<p>© 2026 Sóng Trẻ. Không sao chép khi chưa được đồng ý.</p></div></footer></body></html>'
    )  # fmt: skip


tailwind_news.extra_kinds = ("tag",)


def tailwind_url(kind: str) -> str:
    return (
        "https://songtre.example.vn/"
        + {
            "long": "kinh-te/nuoc-mam-nam-o-giu-lua-nghe-tram-nam-p20911.html",
            "brief": "kinh-te/da-nang-mo-diem-ban-san-pham-ocop-tai-cho-han-p20930.html",
            "non_ocop": "cong-nghe/sinh-vien-da-nang-che-tao-robot-phan-loai-rac-p20942.html",
            "listing": "kinh-te",
            "tag": "tag/ocop",
        }[kind]
    )


TEMPLATES = {
    "drupal_tinh": (drupal_tinh, drupal_url),
    "joomla_huyen": (joomla_huyen, joomla_url),
    "next_ssr": (next_ssr, next_url),
    "anh_photo": (anh_photo, anh_url),
    "emagazine": (emagazine, emag_url),
    "tin_nhanh": (tin_nhanh, tin_nhanh_url),
    "phong_van": (phong_van, pv_url),
    "huyen_table": (huyen_table, huyen_url),
    "tailwind_news": (tailwind_news, tailwind_url),
}
