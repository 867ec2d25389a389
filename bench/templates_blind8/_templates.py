"""Page templates of the eighth blind set, each modelled on one kind of Vietnamese site.

Every render(page, url) returns the page HTML; strings passed through ``page.c`` are chrome
(recorded in the gold as must-not-appear). Kind "listing" is not an article. None of these
templates repeats one of the earlier blind sets (see README.md).
"""

from __future__ import annotations

from functools import partial

from _build import Page, esc
from template_sets import json_ld

DATE = "2026-11-21T08:10:00+07:00"


_ld = partial(json_ld, date=DATE)


def _keywords(page: Page, ocop: str, other: str) -> str:
    """Per-page meta keywords: OCOP words only on OCOP pages and listings."""
    words = other if page.kind == "non_ocop" else ocop
    return f'<meta name="keywords" content="{esc(words)}">'


# ------------------------------------------------------------------ 1. cooperative alliance portal
def lien_minh_htx(page: Page, url: str) -> str:
    site = "Liên minh Hợp tác xã tỉnh Phú Thọ"
    menu = ["Trang chủ", "Giới thiệu", "Tin tức - Sự kiện", "Kinh tế tập thể", "Sản phẩm OCOP của HTX",
            "Quỹ hỗ trợ phát triển HTX", "Văn bản", "Hỏi đáp"]  # fmt: skip
    nav = "".join(
        f'<li class="menu-item"><a href="/m/{i}">{m}</a></li>' for i, m in enumerate(menu)
    )
    side = "".join(
        f'<li><a href="/tin/{i}">{page.c(h)}</a></li>' for i, h in enumerate(page.related(4))
    )
    fund = (f'<div class="box-quy"><div class="box-title">{page.c("Quỹ hỗ trợ phát triển HTX")}</div>'
            f'<p>{page.c("Lãi suất cho vay ưu đãi 0,5%/tháng, ưu tiên HTX có sản phẩm OCOP")}</p>'
            '<a class="btn-dk" href="/quy/dang-ky">Đăng ký vay vốn</a></div>')  # fmt: skip
    if page.kind == "listing":
        title = "Tin tức - Sự kiện"
        items = "".join(
            f'<div class="news-row clearfix"><a class="thumb" href="/tin/{i}"><img src="/upload/thumb_{i}.jpg" alt="thumb_{i}.jpg"></a>'
            f'<div class="info"><h3><a href="/tin/{i}">{esc(t)}</a></h3><span class="date">{20 - i}/11/2026</span>'
            f'<p class="des">{esc(s)}</p></div></div>' for i, (t, s) in enumerate(page.teasers(11))
        )  # fmt: skip
        main = (f'<h1 class="cat-title">{title}</h1><div class="list-news">{items}</div>'
                '<ul class="pagination"><li class="active">1</li><li><a href="?p=2">2</a></li><li><a href="?p=3">3</a></li></ul>')  # fmt: skip
        head = f"<title>{title} - {site}</title>"
    else:
        art = page.art
        body = page.body(
            lambda t: f'<p style="text-align:justify">{t}</p>',
            lambda t: f'<p style="text-align:justify"><strong>{t}</strong></p>',
            lambda t, i: (f'<table class="image" align="center"><tr><td><img src="/upload/2026/11/htx-{i}.jpg" alt="htx-{i}.jpg"></td></tr>'
                          f'<tr><td class="image_desc"><em>{t}</em></td></tr></table>'),
            lambda h: f'<div class="box-lienquan"><b>Tin liên quan:</b><ul><li><a href="/tin/lq">{h}</a></li></ul></div>',
        )  # fmt: skip
        lead = f'<div class="sapo"><b>{esc(art["lead"])}</b></div>' if art["lead"] else ""
        others = "".join(f'<li><a href="/tin/k{i}">{page.c(h)}</a> <i>(1{i}/11/2026)</i></li>'
                         for i, h in enumerate(page.related(9)[4:]))  # fmt: skip
        main = (
            f'<div class="breadcrumb"><a href="/">Trang chủ</a> / <a href="/tin-tuc">Tin tức - Sự kiện</a></div>'
            f'<div class="detail-news"><h1 class="title-detail">{esc(art["title"])}</h1>'
            f'<div class="date-detail">Thứ bảy, 21/11/2026 08:10 | <span class="view">{page.c("Lượt xem: 1.284")}</span></div>'
            f'{lead}<div class="content-detail">{body}</div>'
            f'<p class="author" style="text-align:right"><b>{esc(art["byline"])}</b></p>'
            '<div class="tool-detail"><a href="javascript:window.print()">In trang</a> | <a href="mailto:">Gửi email</a> | '
            '<a href="javascript:history.back()">Quay lại</a></div>'
            f'<div class="other-news"><h3>{page.c("Các tin khác")}</h3><ul>{others}</ul></div></div>'
        )  # fmt: skip
        head = (f"<title>{esc(art['title'])}</title>"
                + _keywords(page, "hợp tác xã, OCOP, kinh tế tập thể", "hợp tác xã, vận tải, xe khách")
                + _ld(page, url, site))  # fmt: skip
    footer = page.c(
        "Cơ quan chủ quản: Liên minh Hợp tác xã tỉnh - Đồng hành cùng HTX làm chủ thể OCOP"
    )
    return (
        f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">{head}<link rel="stylesheet" href="/Portals/css/style.css"></head>'
        f'<body><div class="wrapper"><div class="header"><div class="quoc-huy"><img src="/images/logo-lmhtx.png" alt="logo-lmhtx.png"></div>'
        f'<div class="site-name">{site}</div><div class="slogan">{page.c("Hợp tác - Phát triển - Bền vững")}</div></div>'
        f'<ul class="main-menu">{nav}</ul><div class="marquee"><marquee>{page.c("Chào mừng Đại hội đại biểu Liên minh HTX tỉnh lần thứ VII")}</marquee></div>'
        f'<div class="container"><div class="col-left">{main}</div><div class="col-right">{fund}'
        f'<div class="box-side"><div class="box-title">Tin đọc nhiều</div><ul>{side}</ul></div>'
        '<div class="banner-adv"><a href="/lien-ket"><img src="/upload/banner/san-giao-dich-htx-300x250.png" alt="san-giao-dich-htx-300x250.png"></a></div></div></div>'
        f'<div class="footer"><p>{footer}</p><p>Địa chỉ: đường Trần Phú, TP Việt Trì. Điện thoại: 0210.3846.xxx</p></div></div></body></html>'
    )  # fmt: skip


def lm_url(kind: str) -> str:
    return "https://lienminhhtx.phutho.example.vn/" + {
        "long": "tin-tuc/htx-kieu-moi-chu-the-ocop-vung-trung-du-2311.html",
        "brief": "tin-tuc/trao-ho-tro-bao-bi-8-san-pham-ocop-2314.html",
        "non_ocop": "tin-tuc/htx-van-tai-mo-tuyen-xe-phia-tay-2317.html", "listing": "tin-tuc"}[kind]  # fmt: skip


TEMPLATES = {
    "lien_minh_htx": (lien_minh_htx, lm_url),
}


# ------------------------------------------------------------------ 2. regional edition of a national paper
def ban_vung(page: Page, url: str) -> str:
    site = "Báo Tin Việt"
    editions = "".join(f'<a class="ed{" active" if i == 1 else ""}" href="/{e[1]}/">{e[0]}</a>' for i, e in enumerate(
        [("Toàn quốc", ""), ("Miền Trung - Tây Nguyên", "mien-trung"), ("Miền Nam", "mien-nam"), ("Đồng bằng sông Cửu Long", "dbscl")]))  # fmt: skip
    sub = "".join(f'<li><a href="/mien-trung/{i}/">{m}</a></li>' for i, m in enumerate(
        ["Đà Nẵng", "Quảng Nam", "Quảng Ngãi", "Gia Lai", "Đắk Lắk", "Lâm Đồng", "OCOP vùng miền"]))  # fmt: skip
    weather = page.c("Đà Nẵng 24°C - Pleiku 19°C - Buôn Ma Thuột 21°C")
    if page.kind == "listing":
        title = "Miền Trung - Tây Nguyên"
        items = "".join(
            f'<article class="story story--{"lead" if i == 0 else "list"}"><h3 class="story__heading"><a href="/mien-trung/b{i}.html">{esc(t)}</a></h3>'
            f'<figure class="story__thumb"><img src="/r/{i}.jpg" alt="r{i}.jpg"></figure><div class="story__summary">{esc(s)}</div>'
            f'<time class="story__time">{i + 1} giờ trước</time></article>' for i, (t, s) in enumerate(page.teasers(12))
        )  # fmt: skip
        main = (f'<h1 class="region-title">{title}</h1><section class="region-stream">{items}</section>'
                '<a class="btn-more" href="?page=2">Xem thêm tin vùng</a>')  # fmt: skip
        head = f"<title>{title} | {site}</title>"
    else:
        art = page.art
        body = page.body(
            lambda t: f"<p>{t}</p>",
            lambda t: f"<h2>{t}</h2>",
            lambda t, i: (f'<figure class="image align-center"><img src="/2026/11/21/vung-{i}.jpg" alt="vung-{i}.jpg" data-width="800">'
                          f'<figcaption><p>{t}</p></figcaption></figure>'),
            lambda h: f'<div class="box-related-inline" data-type="inline"><span>Xem thêm</span><a href="/mien-trung/x.html">{h}</a></div>',
        )  # fmt: skip
        lead = (
            f'<div class="article__sapo cms-desc"><p>{esc(art["lead"])}</p></div>'
            if art["lead"]
            else ""
        )
        rel = "".join(
            f'<li><a href="/mien-trung/r{i}.html">{page.c(h)}</a></li>'
            for i, h in enumerate(page.related(4))
        )
        same = "".join(
            f'<li><a href="/n{i}.html">{page.c(h)}</a></li>'
            for i, h in enumerate(page.related(8)[5:])
        )
        tags = (
            ["cà phê", "OCOP", "Tây Nguyên"]
            if page.kind != "non_ocop"
            else ["mưa lớn", "Quảng Ngãi"]
        )
        main = (
            f'<div class="region-badge">{page.c("Phiên bản vùng: Miền Trung - Tây Nguyên")} · Văn phòng đại diện tại Đà Nẵng</div>'
            f'<article class="article"><ul class="article__breadcrumb"><li>Miền Trung - Tây Nguyên</li><li>Kinh tế vùng</li></ul>'
            f'<h1 class="article__title cms-title">{esc(art["title"])}</h1>'
            f'<div class="article__meta"><span class="author">{esc(art["byline"])}</span> <time>21/11/2026 08:10</time>'
            '<div class="share"><a class="fb">Chia sẻ</a><a class="zalo">Zalo</a><a class="copy">Sao chép liên kết</a></div></div>'
            f'{lead}<div class="article__body cms-body">{body}</div>'
            f'<div class="article__tags">{"".join(f"<a>{t}</a>" for t in tags)}</div>'
            f'<div class="inter-edition"><b>{page.c("Cùng chủ đề trên ấn bản toàn quốc")}</b><ul>{same}</ul></div></article>'
            f'<section class="related-region"><h3>Tin khác trong vùng</h3><ul>{rel}</ul></section>'
            f'<form class="comment-form"><textarea placeholder="Ý kiến của bạn"></textarea><button>Gửi bình luận</button></form>'
        )  # fmt: skip
        head = (f"<title>{esc(art['title'])} | {site} - Miền Trung</title>"
                + _keywords(page, "cà phê, OCOP, Tây Nguyên", "mưa lớn, ngập, Quảng Ngãi") + _ld(page, url, site))  # fmt: skip
    return (
        f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">{head}</head><body class="edition-mien-trung">'
        f'<div class="edition-bar">{editions}<span class="weather">{weather}</span></div>'
        f'<header class="site-header"><a class="logo" href="/">{site}</a><nav class="region-nav"><ul>{sub}</ul></nav></header>'
        f'<div class="ads-top"><img src="/ads/leaderboard-970x90.jpg" alt="leaderboard-970x90.jpg"></div><main>{main}</main>'
        f'<aside class="sidebar"><div class="hot-box"><h4>{page.c("Đặc sản OCOP miền Trung - Tây Nguyên")}</h4><p>{page.c("Chuyên trang giới thiệu sản phẩm OCOP vùng cao nguyên")}</p></div></aside>'
        f'<footer><p>{page.c("Văn phòng đại diện khu vực Miền Trung - Tây Nguyên: 45 Bạch Đằng, Đà Nẵng")}</p><p>© Báo Tin Việt</p></footer></body></html>'
    )  # fmt: skip


def bv_url(kind: str) -> str:
    return "https://tinviet.example.vn/mien-trung/" + {
        "long": "ca-phe-dac-san-tay-nguyen-ocop-5-sao-post88211.html",
        "brief": "gia-lai-them-19-san-pham-ocop-post88214.html",
        "non_ocop": "mua-lon-ngap-quang-ngai-post88219.html", "listing": ""}[kind]  # fmt: skip


TEMPLATES["ban_vung"] = (ban_vung, bv_url)


# ------------------------------------------------------------------ 3. science & technology department on NukeViet
def so_khcn(page: Page, url: str) -> str:
    site = "Sở Khoa học và Công nghệ tỉnh Lạng Sơn"
    menu = ["Giới thiệu", "Tin tức", "Nhiệm vụ KH&CN", "Tiêu chuẩn - Đo lường", "Sở hữu trí tuệ",
            "Thủ tục hành chính", "Thư viện số KH&CN"]  # fmt: skip
    nav = "".join(
        f'<li><a href="/{i}/" title="{m}"><span>{m}</span></a></li>' for i, m in enumerate(menu)
    )
    blocks = (f'<div class="panel panel-default"><div class="panel-heading">{page.c("Tiến bộ kỹ thuật phục vụ sản phẩm OCOP")}</div>'
              f'<div class="panel-body"><ul>{"".join(f"<li>{page.c(h)}</li>" for h in page.related(3))}</ul></div></div>'
              '<div class="panel panel-default"><div class="panel-heading">Thống kê truy cập</div><div class="panel-body">'
              f'<p>{page.c("Đang truy cập: 37")}</p><p>Hôm nay: 1.902</p></div></div>')  # fmt: skip
    if page.kind == "listing":
        title = "Tin tức"
        items = "".join(
            f'<div class="news_column panel panel-default"><div class="panel-body"><a href="/tin-tuc/a{i}.html">'
            f'<img alt="{esc(t)}" src="/assets/news/2026_11/a{i}.jpg" width="183" class="img-thumbnail pull-left imghome"></a>'
            f'<h3><a href="/tin-tuc/a{i}.html" title="{esc(t)}">{esc(t)}</a></h3><div class="text-muted"><ul class="list-unstyled list-inline">'
            f'<li><em class="fa fa-clock-o">&nbsp;</em> {20 - i}/11/2026</li><li><em class="fa fa-eye">&nbsp;</em> Đã xem: {90 + i}</li></ul></div>'
            f'{esc(s)}</div></div>' for i, (t, s) in enumerate(page.teasers(10))
        )  # fmt: skip
        main = f'<h1 class="hidden">{title}</h1>{items}<div class="text-center"><ul class="pagination"><li class="active"><a>1</a></li><li><a href="/tin-tuc/page-2">2</a></li></ul></div>'
        head = f"<title>{title} - {site}</title>"
    else:
        art = page.art
        body = page.body(
            lambda t: f'<p style="text-align: justify;">{t}</p>',
            lambda t: f'<p style="text-align: justify;"><strong><em>{t}</em></strong></p>',
            lambda t, i: (f'<div class="image-center"><figure class="image"><img alt="khcn-{i}" height="450" src="/uploads/news/2026_11/khcn-{i}.jpg" width="800">'
                          f'<figcaption>{t}</figcaption></figure></div>'),
            lambda h: f'<p style="text-align: justify;"><em>&gt;&gt; </em><a href="/tin-tuc/dat-hang.html"><em>{h}</em></a></p>',
        )  # fmt: skip
        lead = f'<div class="hometext m-bottom">{esc(art["lead"])}</div>' if art["lead"] else ""
        src = (
            f'<p class="h5 text-right"><strong>{esc(art["attribution"])}</strong></p>'
            if art["attribution"]
            else ""
        )
        same = "".join(f'<li><em class="fa fa-angle-right">&nbsp;</em><a href="/tin-tuc/c{i}.html">{page.c(h)}</a> <em>(1{i}/11/2026)</em></li>'
                       for i, h in enumerate(page.related(8)[4:]))  # fmt: skip
        kw = "sấy lạnh, OCOP, nghiệm thu" if page.kind != "non_ocop" else "đo lường, đồng hồ nước"
        main = (
            f'<div class="news_column panel panel-default" itemtype="http://schema.org/NewsArticle" itemscope><div class="panel-body">'
            f'<h1 class="title margin-bottom-lg" itemprop="headline">{esc(art["title"])}</h1>'
            f'<div class="row margin-bottom-lg"><div class="col-md-12"><span class="h5">Thứ bảy - 21/11/2026 08:10</span></div>'
            '<div class="col-md-12"><ul class="list-inline text-right"><li><a class="dimgray" title="Gửi bài viết qua email" href="#"><em class="fa fa-envelope fa-lg">&nbsp;</em></a></li>'
            '<li><a class="dimgray" title="In ra" href="#"><em class="fa fa-print fa-lg">&nbsp;</em></a></li></ul></div></div>'
            f'<div class="clearfix">{lead}<div id="news-bodyhtml" class="bodytext margin-bottom-lg">{body}</div></div>'
            f'<p class="h5 text-right"><strong>Tác giả bài viết: </strong>{esc(art["byline"])}</p>{src}</div></div>'
            f'<div class="news_column panel panel-default"><div class="panel-body"><div class="h5"><em class="fa fa-tags">&nbsp;</em><strong>Từ khóa: </strong>{kw}</div></div></div>'
            f'<div class="news_column panel panel-default"><div class="panel-body"><p>{page.c("Tổng số điểm của bài viết là: 14 trong 3 đánh giá")}</p>'
            '<p>Click để đánh giá bài viết</p></div></div>'
            f'<div class="news_column panel panel-default"><div class="panel-body other-news"><p class="h3"><strong>Tin cùng chuyên mục</strong></p><ul class="related">{same}</ul></div></div>'
        )  # fmt: skip
        head = (f"<title>{esc(art['title'])} - {site}</title>"
                + _keywords(page, "sấy lạnh, OCOP, khoa học công nghệ", "đo lường, đồng hồ nước") + _ld(page, url, site))  # fmt: skip
    return (
        f'<!DOCTYPE html><html lang="vi" xmlns="http://www.w3.org/1999/xhtml" prefix="og: http://ogp.me/ns#"><head><meta charset="utf-8">'
        f'<meta name="generator" content="NukeViet v4.5">{head}<link rel="StyleSheet" href="/themes/egov/css/style.css"></head>'
        f'<body><noscript><div class="alert alert-danger">Trình duyệt của bạn đã tắt chức năng hỗ trợ JavaScript.</div></noscript>'
        f'<div class="body-bg"><div class="wraper"><header><div class="logo"><img src="/uploads/logo-sokhcn.png" alt="logo-sokhcn.png"><span class="site_name">{site}</span></div></header>'
        f'<nav class="second-nav" id="menusite"><ul class="nav navbar-nav">{nav}</ul></nav>'
        f'<section><div class="container" id="body"><div class="row"><div class="col-md-16">{main}</div><div class="col-md-8">{blocks}</div></div></div></section>'
        f'<footer id="footer"><div class="wraper"><p>{page.c("Cơ quan chủ quản: Sở Khoa học và Công nghệ - Hỗ trợ chủ thể OCOP ứng dụng tiến bộ kỹ thuật")}</p>'
        '<p>Giấy phép số 12/GP-TTĐT. Ghi rõ nguồn khi phát hành lại thông tin từ trang này.</p></div></footer></div></div></body></html>'
    )  # fmt: skip


def kh_url(kind: str) -> str:
    return "https://skhcn.langson.example.vn/" + {
        "long": "tin-tuc/nghiem-thu-du-an-say-lanh-mo-ocop-1482.html",
        "brief": "tin-tuc/tem-truy-xuat-12-san-pham-ocop-1486.html",
        "non_ocop": "tin-tuc/kiem-dinh-dong-ho-nuoc-mien-phi-1490.html", "listing": "tin-tuc/"}[kind]  # fmt: skip


TEMPLATES["so_khcn"] = (so_khcn, kh_url)


# ------------------------------------------------------------------ 4. vocational college (WordPress education theme)
def cao_dang(page: Page, url: str) -> str:
    site = "Trường Cao đẳng Nông Lâm Đông Bắc"
    menu = [
        "Giới thiệu",
        "Tuyển sinh",
        "Đào tạo",
        "Khoa - Trung tâm",
        "Sinh viên",
        "Tin tức",
        "Liên hệ",
    ]
    nav = "".join(
        f'<li class="menu-item menu-item-type-taxonomy"><a href="/{i}/">{m}</a></li>'
        for i, m in enumerate(menu)
    )
    form = ('<div class="widget widget_form"><h3 class="widget-title">Đăng ký xét tuyển trực tuyến</h3>'
            '<form class="wpcf7-form"><input name="ho-ten" placeholder="Họ và tên"><input name="sdt" placeholder="Số điện thoại">'
            '<select name="nganh"><option>Chế biến thực phẩm</option><option>Thú y</option><option>Du lịch</option></select>'
            '<input type="submit" value="Gửi đăng ký"></form></div>')  # fmt: skip
    recent = "".join(
        f'<li><a href="/tin/{i}/">{page.c(h)}</a></li>' for i, h in enumerate(page.related(4))
    )
    if page.kind == "listing":
        title = "Tin tức"
        items = "".join(
            f'<article class="post type-post"><div class="post-thumb"><img src="/wp-content/uploads/2026/11/t{i}-370x230.jpg" alt="t{i}-370x230.jpg">'
            f'<div class="post-date"><span class="day">{20 - i}</span><span class="month">11</span><span class="year">\'26</span></div></div>'
            f'<h2 class="entry-title"><a href="/tin/{i}/">{esc(t)}</a></h2><div class="entry-summary"><p>{esc(s)} […]</p></div>'
            f'<a class="read-more" href="/tin/{i}/">Xem chi tiết</a></article>' for i, (t, s) in enumerate(page.teasers(12))
        )  # fmt: skip
        main = f'<h1 class="page-title">Chuyên mục: {title}</h1>{items}<nav class="navigation pagination"><span class="current">1</span><a href="/tin/page/2/">2</a></nav>'
        head = f"<title>{title} Archives - {site}</title>"
    else:
        art = page.art
        body = page.body(
            lambda t: f"<p>{t}</p>",
            lambda t: f"<h3><strong>{t}</strong></h3>",
            lambda t, i: (f'<div id="attachment_{900 + i}" class="wp-caption aligncenter" style="width: 810px"><img class="size-full wp-image-{900 + i}" '
                          f'src="/wp-content/uploads/2026/11/IMG_{4100 + i}.jpg" alt="IMG_{4100 + i}.jpg" width="800">'
                          f'<p id="caption-attachment-{900 + i}" class="wp-caption-text">{t}</p></div>'),
            lambda h: f'<div class="tuyen-sinh-box"><span class="label-hot">HOT</span> <a href="/tuyen-sinh/">{h}</a></div>',
        )  # fmt: skip
        lead = f"<p><strong>{esc(art['lead'])}</strong></p>" if art["lead"] else ""
        cats = (
            "Tin tức, Khoa Công nghệ thực phẩm" if page.kind != "non_ocop" else "Tin tức, Sự kiện"
        )
        main = (
            f'<article class="post type-post single"><div class="post-date"><span class="day">21</span><span class="month">11</span><span class="year">\'26</span></div>'
            f'<h1 class="entry-title">{esc(art["title"])}</h1><div class="entry-meta"><span class="cat-links">{cats}</span> <span class="byline">Đăng bởi {esc(art["byline"])}</span></div>'
            f'<div class="entry-content">{lead}{body}'
            f'<p class="dl-file"><a href="/wp-content/uploads/2026/11/ke-hoach.pdf">{page.c("Tải về: Kế hoạch đào tạo nghề năm 2027 (PDF, 320 KB)")}</a></p></div>'
            f'<div class="sharedaddy"><h3 class="sd-title">Chia sẻ:</h3><a>Facebook</a><a>Zalo</a></div>'
            f'<nav class="post-navigation"><div class="nav-previous"><a>{page.c(page.related(6)[4])}</a></div><div class="nav-next"><a>{page.c(page.related(6)[5])}</a></div></nav>'
            f'<div id="respond" class="comment-respond"><h3>Để lại một bình luận</h3><p class="comment-notes">Email của bạn sẽ không được hiển thị công khai.</p>'
            '<form><textarea name="comment"></textarea><input type="submit" value="Phản hồi"></form></div></article>'
        )  # fmt: skip
        head = (f"<title>{esc(art['title'])} - {site}</title>"
                + _keywords(page, "đào tạo nghề, OCOP, hợp tác xã", "khai giảng, học bổng, tân sinh viên")
                + _ld(page, url, site, "Article"))  # fmt: skip
    return (
        f'<!DOCTYPE html><html lang="vi"><head><meta charset="UTF-8">{head}<link rel="stylesheet" href="/wp-content/themes/eduma-child/style.css"></head>'
        f'<body class="post-template-default single single-post"><div class="top-bar"><span>{page.c("Hotline tuyển sinh: 0209 3855 xxx")}</span> <span>Email: tuyensinh@cdnl.example.vn</span></div>'
        f'<header id="masthead"><div class="site-branding"><img src="/wp-content/uploads/logo-cdnl.png" alt="logo-cdnl.png"><p class="site-title">{site}</p></div>'
        f'<nav class="main-navigation"><ul class="menu">{nav}</ul></nav></header>'
        f'<div class="top-heading"><div class="banner-title">{page.c("Học nghề hôm nay - Lập nghiệp ngày mai")}</div><ul class="breadcrumbs"><li><a href="/">Trang chủ</a></li><li>Tin tức</li></ul></div>'
        f'<div id="main-content" class="container"><div class="row"><main class="col-md-9">{main}</main>'
        f'<aside class="col-md-3 widget-area">{form}<div class="widget"><h3 class="widget-title">Bài viết mới</h3><ul>{recent}</ul></div>'
        '<div class="widget"><img src="/wp-content/uploads/banner-tuyen-sinh-2027.jpg" alt="banner-tuyen-sinh-2027.jpg"></div></aside></div></div>'
        f'<footer id="colophon"><p>{page.c("Đơn vị đào tạo nghề cho chủ thể và lao động sản xuất sản phẩm OCOP của tỉnh")}</p><p>© 2026 {site}</p></footer>'
        '<a class="hotline-fixed" href="tel:02093855">Gọi ngay</a><div class="zalo-chat-widget" data-oaid="1234"></div></body></html>'
    )  # fmt: skip


def cd_url(kind: str) -> str:
    return "https://cdnonglam.example.edu.vn/" + {
        "long": "dao-tao-nghe-gan-voi-san-pham-ocop-lop-hoc-tai-xuong/",
        "brief": "sinh-vien-du-lich-gioi-thieu-san-pham-ocop/",
        "non_ocop": "khai-giang-nam-hoc-moi-trao-hoc-bong/", "listing": "chuyen-muc/tin-tuc/"}[kind]  # fmt: skip


TEMPLATES["cao_dang"] = (cao_dang, cd_url)


# ------------------------------------------------------------------ 5. trade-promotion agency with event cards
def _event_cards(page: Page) -> str:
    """Upcoming-event cards: dates, venue, register button; one names OCOP (chrome)."""
    events = [("05", "12", "Hội chợ OCOP và hàng nông sản tiêu biểu 2026", "Quảng trường trung tâm tỉnh"),
              ("14", "12", "Phiên kết nối giao thương với nhà nhập khẩu Hàn Quốc", "Trực tuyến"),
              ("08", "01", "Tuần hàng Việt về miền núi", "Sân vận động huyện Bảo Lâm")]  # fmt: skip
    cards = "".join(
        f'<div class="event-card"><div class="event-date"><span class="d">{d}</span><span class="m">Th{m}</span></div>'
        f'<div class="event-info"><h4>{page.c(t)}</h4><p class="venue"><i class="icon-map"></i>{esc(v)}</p>'
        f'<a class="btn btn-register" href="/su-kien/{i}/dang-ky">Đăng ký tham gia</a></div></div>'
        for i, (d, m, t, v) in enumerate(events)
    )  # fmt: skip
    return f'<section class="events-upcoming"><h3 class="section-title">Sự kiện sắp diễn ra</h3>{cards}</section>'


def xuc_tien_tm(page: Page, url: str) -> str:
    site = "Trung tâm Xúc tiến Thương mại và Đầu tư tỉnh Cao Bằng"
    menu = [
        "Trang chủ",
        "Giới thiệu",
        "Tin xúc tiến",
        "Sự kiện",
        "Cơ hội giao thương",
        "Sản phẩm OCOP",
        "Thư viện",
        "Liên hệ",
    ]
    nav = "".join(f'<li><a href="/{i}">{m}</a></li>' for i, m in enumerate(menu))
    trade = ('<div class="trade-leads"><h3>Cơ hội giao thương</h3><table class="tbl-leads"><tr><th>Loại</th><th>Nội dung</th><th>Hạn</th></tr>'
             f'<tr><td>Cần mua</td><td>{page.c("Cần mua 5 tấn hạt dẻ sấy, ưu tiên sản phẩm đạt chuẩn OCOP")}</td><td>30/12</td></tr>'
             f'<tr><td>Cần bán</td><td>{page.c("Cung cấp miến dong đóng gói số lượng lớn, giao hàng toàn quốc")}</td><td>15/01</td></tr></table></div>')  # fmt: skip
    if page.kind == "listing":
        title = "Tin xúc tiến"
        items = "".join(
            f'<div class="col-sm-6 col-md-4"><div class="card card-news"><a href="/tin/{i}"><img class="card-img-top" src="/media/tin/{i}.jpg" alt="tin-{i}.jpg"></a>'
            f'<div class="card-body"><span class="card-date">{20 - i}/11/2026</span><h3 class="card-title"><a href="/tin/{i}">{esc(t)}</a></h3>'
            f'<p class="card-text">{esc(s)}</p></div></div></div>' for i, (t, s) in enumerate(page.teasers(12))
        )  # fmt: skip
        main = f'<h1 class="page-heading">{title}</h1><div class="row">{items}</div><ul class="pagination"><li class="active">1</li><li>2</li></ul>{_event_cards(page)}'
        head = f"<title>{title} | {site}</title>"
    else:
        art = page.art
        body = page.body(
            lambda t: f"<p>{t}</p>",
            lambda t: f"<h4>{t}</h4>",
            lambda t, i: (f'<figure class="figure w-100"><img class="figure-img img-fluid" src="/media/2026/11/xttm-{i}.jpg" alt="xttm-{i}.jpg">'
                          f'<figcaption class="figure-caption text-center">{t}</figcaption></figure>'),
            lambda h: f'<div class="card card-event-inline"><div class="card-body"><span class="badge">Sự kiện</span> <a href="/su-kien/vt">{h}</a></div></div>',
        )  # fmt: skip
        lead = f'<p class="lead font-weight-bold">{esc(art["lead"])}</p>' if art["lead"] else ""
        rel = "".join(
            f'<li class="list-group-item"><a href="/tin/r{i}">{page.c(h)}</a></li>'
            for i, h in enumerate(page.related(4))
        )
        main = (
            f'<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Trang chủ</a></li><li class="breadcrumb-item active">Tin xúc tiến</li></ol></nav>'
            f'<article class="news-detail"><h1 class="news-title">{esc(art["title"])}</h1>'
            f'<div class="news-meta"><i class="far fa-calendar"></i> 21/11/2026 <span class="sep">|</span> <i class="far fa-eye"></i> {page.c("523 lượt xem")}</div>'
            f'{lead}<div class="news-content">{body}</div><p class="text-right font-italic">{esc(art["byline"])}</p>'
            '<div class="share-bar"><span>Chia sẻ:</span><a class="fb" href="#">Facebook</a><a class="tw" href="#">Twitter</a><a class="zl" href="#">Zalo</a><a href="javascript:print()">In</a></div>'
            f'</article>{_event_cards(page)}<div class="related-news"><h3 class="section-title">Tin liên quan</h3><ul class="list-group">{rel}</ul></div>'
        )  # fmt: skip
        head = (f"<title>{esc(art['title'])} | {site}</title>"
                + _keywords(page, "xúc tiến thương mại, OCOP, kết nối cung cầu", "dệt may, Trung Đông, xuất khẩu")
                + _ld(page, url, site))  # fmt: skip
    return (
        f'<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">{head}'
        '<link rel="stylesheet" href="/css/bootstrap.min.css"></head><body>'
        f'<div class="topbar"><div class="container"><span>{page.c("Đường dây nóng hỗ trợ doanh nghiệp: 0206 3852 xxx")}</span><a href="/en">English</a></div></div>'
        f'<header class="header"><div class="container"><a class="brand" href="/"><img src="/img/logo-xttm.png" alt="logo-xttm.png"> {site}</a></div>'
        f'<nav class="navbar navbar-expand-lg"><ul class="navbar-nav">{nav}</ul></nav></header>'
        f'<div class="container"><div class="row"><div class="col-lg-8">{main}</div><div class="col-lg-4 sidebar">{trade}'
        '<div class="banner"><img src="/media/banner/hoi-cho-bien-gioi-360x480.jpg" alt="hoi-cho-bien-gioi-360x480.jpg"></div></div></div></div>'
        f'<footer class="footer"><div class="container"><p>{page.c("Cầu nối đưa sản phẩm OCOP và nông sản Cao Bằng đến với thị trường")}</p><p>© 2026 {site}</p></div></footer></body></html>'
    )  # fmt: skip


def xt_url(kind: str) -> str:
    return "https://xuctien.caobang.example.vn/" + {
        "long": "tin/dua-san-pham-ocop-vao-chuoi-ban-le-kinh-nghiem-3-nam-771",
        "brief": "tin/mo-dang-ky-tuan-hang-ocop-ha-noi-775",
        "non_ocop": "tin/doanh-nghiep-det-may-tim-hieu-thi-truong-trung-dong-779", "listing": "tin"}[kind]  # fmt: skip


TEMPLATES["xuc_tien_tm"] = (xuc_tien_tm, xt_url)


# ------------------------------------------------------------------ 6. a news app's in-app web view
def app_webview(page: Page, url: str) -> str:
    app = "Tin Nhanh 24h"
    bridge = ('<script>function openArticle(id){if(window.ReactNativeWebView){window.ReactNativeWebView.postMessage('
              'JSON.stringify({type:"open",id:id}))}else{location.href="tinnhanh://article/"+id}}</script>')  # fmt: skip
    if page.kind == "listing":
        title = "Dành cho bạn"
        items = "".join(
            f'<div class="feed-item" onclick="openArticle({5000 + i})"><div class="feed-src"><img src="/src/logo{i % 4}.png" alt="logo{i % 4}.png"> '
            f'<span>{["Báo Biển Xanh", "Nông Thôn Ngày Nay", "Đời Sống Miền Trung", "Tin Tỉnh"][i % 4]}</span> · {i + 1} giờ</div>'
            f'<div class="feed-title">{esc(t)}</div><div class="feed-desc">{esc(s)}</div><div class="feed-thumb" data-src="/img/f{i}.webp"></div></div>'
            for i, (t, s) in enumerate(page.teasers(11))
        )  # fmt: skip
        main = f'<div class="feed-tabs"><span class="on">{title}</span><span>Nóng</span><span>Mới</span></div><div class="feed">{items}</div><div class="feed-loading">Đang tải thêm…</div>'
        head = f"<title>{title}</title>"
    else:
        art = page.art
        body = page.body(
            lambda t: f'<p class="t-body">{t}</p>',
            lambda t: f'<p class="t-body t-sub"><b>{t}</b></p>',
            lambda t, i: (f'<div class="img-wrap"><img class="lazy" data-src="https://cdn.tinnhanh.example.vn/img/{i}.webp" alt="img_{i}.webp" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">'
                          f'<p class="img-caption">{t}</p></div>'),
            lambda h: f'<div class="inline-card" onclick="openArticle(4711)"><span class="ic-label">Đọc thêm</span><span class="ic-title">{h}</span></div>',
        )  # fmt: skip
        lead = f'<p class="t-sapo">{esc(art["lead"])}</p>' if art["lead"] else ""
        src = art["attribution"] or app
        recs = "".join(
            f'<div class="rec" onclick="openArticle({6100 + i})"><div class="rec-title">{page.c(h)}</div></div>'
            for i, h in enumerate(page.related(4))
        )
        topic = (
            page.c("Chủ đề: Sản phẩm OCOP vùng biển")
            if page.kind != "non_ocop"
            else page.c("Chủ đề: Giao thông biển đảo")
        )
        main = (
            f'<div class="src-bar"><img src="/src/bienxanh.png" alt="bienxanh.png"><span class="src-name">{esc(src)}</span>'
            '<span class="follow" onclick="openArticle(0)">+ Theo dõi</span></div>'
            f'<h1 class="t-title">{esc(art["title"])}</h1><div class="t-meta"><span>{esc(art["byline"])}</span> · <span>21/11/2026 08:10</span></div>'
            '<div class="tts-bar" data-audio="/tts/5123.mp3"><button>▶ Nghe bài viết</button><span>5:12</span></div>'
            f'{lead}<div class="t-content">{body}</div><div class="topic-chip">{topic}</div>'
            '<div class="reaction-bar"><span>👍 128</span><span>💬 14</span><span>Lưu</span><span>Chia sẻ</span></div>'
            f'<div class="rec-box"><div class="rec-head">Bài viết được đề xuất</div>{recs}</div>'
            f'<div class="open-app-banner">{page.c("Mở ứng dụng để đọc thêm tin OCOP và đặc sản vùng miền")}</div>'
        )  # fmt: skip
        head = (f"<title>{esc(art['title'])}</title>"
                + _keywords(page, "nước mắm, OCOP, làng chài", "cầu cảng, tàu khách, đảo") + _ld(page, url, app))  # fmt: skip
    return (
        '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1, user-scalable=no">'
        f'{head}<style>body{{margin:0;font-family:-apple-system,Roboto,sans-serif}}.t-body{{font-size:var(--fs,17px);line-height:1.6}}</style>{bridge}</head>'
        f'<body class="webview theme-light" data-app-version="7.4.2"><div class="fs-ctl"><button onclick="fs(-1)">A-</button><button onclick="fs(1)">A+</button></div>'
        f'<main class="wv-article">{main}</main>'
        '<script>document.querySelectorAll("img.lazy").forEach(function(i){i.src=i.dataset.src})</script></body></html>'
    )  # fmt: skip


def wv_url(kind: str) -> str:
    return "https://m.tinnhanh.example.vn/webview/" + {
        "long": "article/5123?app=1&theme=light", "brief": "article/5127?app=1&theme=light",
        "non_ocop": "article/5131?app=1&theme=light", "listing": "feed?tab=foryou&app=1"}[kind]  # fmt: skip


TEMPLATES["app_webview"] = (app_webview, wv_url)


# ------------------------------------------------------------------ 7. provincial veterans' association
def hoi_ccb(page: Page, url: str) -> str:
    site = "Hội Cựu chiến binh tỉnh Yên Bái"
    left = ["Giới thiệu chung", "Tin hoạt động", "Gương CCB làm kinh tế giỏi", "Công tác tuyên truyền",
            "Chính sách hậu phương quân đội", "Văn bản chỉ đạo"]  # fmt: skip
    vmenu = "".join(
        f'<li class="vm-item"><a href="/chuyen-muc/{i}.htm">&raquo; {m}</a></li>'
        for i, m in enumerate(left)
    )
    links = '<select onchange="window.open(this.value)"><option>-- Liên kết website --</option><option value="#">Trung ương Hội CCB Việt Nam</option><option value="#">Báo Cựu chiến binh</option></select>'
    photos = "".join(
        f'<li><img src="/Upload/TinAnh/ta{i}.jpg" alt="ta{i}.jpg"><span>{page.c(h)}</span></li>'
        for i, h in enumerate(page.related(2))
    )
    if page.kind == "listing":
        title = "Gương CCB làm kinh tế giỏi"
        items = "".join(
            f'<tr><td class="td-img" width="130"><img src="/Upload/News/n{i}.jpg" alt="n{i}.jpg" width="120"></td>'
            f'<td class="td-info"><a class="link-title" href="/tin/{i}.htm">{esc(t)}</a> <span class="ngay">({20 - i}/11/2026)</span>'
            f'<div class="tomtat">{esc(s)}</div></td></tr>' for i, (t, s) in enumerate(page.teasers(10))
        )  # fmt: skip
        main = (f'<div class="title-cm"><span>{title}</span></div><table class="tbl-list" cellpadding="4" width="100%">{items}</table>'
                '<div class="paging">Trang: <b>1</b> <a href="?p=2">2</a> <a href="?p=3">3</a> <a href="?p=9">Cuối</a></div>')  # fmt: skip
        head = f"<title>{site} - {title}</title>"
    else:
        art = page.art
        body = page.body(
            lambda t: f'<div style="text-align: justify;">{t}</div>',
            lambda t: f'<div style="text-align: justify;"><b>{t}</b></div>',
            lambda t, i: (f'<div style="text-align: center;"><img src="/Upload/Images/2026/11/ccb{i}.jpg" alt="ccb{i}.jpg" style="width:500px"></div>'
                          f'<div style="text-align: center;"><em><span style="font-size:12px">{t}</span></em></div>'),
            lambda h: f'<div style="text-align: justify;"><span style="color:#0000ff"><b>Tin liên quan: </b><a href="/tin/lq.htm">{h}</a></span></div>',
        )  # fmt: skip
        lead = f'<div class="tomtat-detail"><b>{esc(art["lead"])}</b></div>' if art["lead"] else ""
        attr = (
            f'<div style="text-align: right;"><i>{esc(art["attribution"])}</i></div>'
            if art["attribution"]
            else ""
        )
        others = "".join(f'<li><a href="/tin/k{i}.htm">{page.c(h)}</a> <span class="ngay">(1{i}/11/2026)</span></li>'
                         for i, h in enumerate(page.related(8)[3:]))  # fmt: skip
        main = (
            f'<div class="title-cm"><span>{"Gương CCB làm kinh tế giỏi" if page.kind == "long" else "Tin hoạt động"}</span></div>'
            f'<div class="news-detail"><div class="tieude-detail">{esc(art["title"])}</div><div class="ngay-detail">Cập nhật: 21/11/2026 08:10</div>'
            f'{lead}<div class="noidung-detail">{body}<div style="text-align: right;"><b>{esc(art["byline"])}</b></div>{attr}</div>'
            f'<div class="tools"><a href="javascript:window.print()"><img src="/images/print.gif" alt="print.gif"> In bài viết</a> '
            '<a href="#top"><img src="/images/top.gif" alt="top.gif"> Về đầu trang</a></div>'
            f'<div class="tinkhac"><div class="tinkhac-title">{page.c("Các tin bài khác")}</div><ul>{others}</ul></div></div>'
        )  # fmt: skip
        head = (f"<title>{site} - {esc(art['title'])}</title>"
                + _keywords(page, "cựu chiến binh, OCOP, làm kinh tế giỏi", "cựu chiến binh, bảo vệ rừng") + _ld(page, url, site))  # fmt: skip
    return (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">'
        f'<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />{head}</head>'
        f'<body><a name="top"></a><div id="wrapper"><div id="banner"><img src="/images/banner-ccb.jpg" alt="banner-ccb.jpg" />'
        f'<div class="banner-text">{page.c("Trung thành - Đoàn kết - Gương mẫu - Đổi mới")}</div></div>'
        '<div id="topmenu"><a href="/">Trang chủ</a> | <a href="/sodo.htm">Sơ đồ site</a> | <a href="/lienhe.htm">Liên hệ</a> | <a href="/login.htm">Đăng nhập</a></div>'
        f'<div id="marquee"><marquee scrollamount="3">{page.c("Hội viên CCB thi đua sản xuất, xây dựng sản phẩm OCOP gắn với phong trào CCB gương mẫu")}</marquee></div>'
        f'<table id="layout" width="1000" cellspacing="0" cellpadding="0"><tr><td id="col-left" valign="top" width="200"><ul class="vmenu">{vmenu}</ul>{links}</td>'
        f'<td id="col-main" valign="top">{main}</td><td id="col-right" valign="top" width="220"><div class="box"><div class="box-title">Tin ảnh</div><ul class="tinanh">{photos}</ul></div>'
        '<div class="box"><div class="box-title">Video clip</div><object width="210" height="160"><embed src="/flash/player.swf?file=/video/clip1.flv" /></object></div></td></tr></table>'
        f'<div id="footer">{page.c("Bản quyền thuộc Hội Cựu chiến binh tỉnh Yên Bái")}<br />Địa chỉ: đường Nguyễn Tất Thành, TP Yên Bái - ĐT: 0216.3852.xxx</div></div></body></html>'
    )  # fmt: skip


def ccb_url(kind: str) -> str:
    return "http://hoiccb.yenbai.example.vn/" + {
        "long": "tin/cuu-chien-binh-lam-giau-tu-cay-que-tinh-dau-ocop-1208.htm",
        "brief": "tin/gian-hang-ocop-ngay-hoi-cuu-chien-binh-1211.htm",
        "non_ocop": "tin/ccb-tuan-tra-bao-ve-rung-mua-kho-1215.htm", "listing": "chuyen-muc/2.htm"}[kind]  # fmt: skip


TEMPLATES["hoi_ccb"] = (hoi_ccb, ccb_url)
