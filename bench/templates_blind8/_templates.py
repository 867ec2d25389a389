"""Page templates of the eighth blind set, each modelled on one kind of Vietnamese site.

Every render(page, url) returns the page HTML; strings passed through ``page.c`` are chrome
(recorded in the gold as must-not-appear). Kind "listing" is not an article. None of these
templates repeats one of the earlier blind sets (see README.md).
"""

from __future__ import annotations

import json

from _build import Page, esc

DATE = "2026-11-21T08:10:00+07:00"


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


# ------------------------------------------------------------------ 1. cooperative alliance portal
def lien_minh_htx(page: Page, url: str) -> str:
    site = "Liên minh Hợp tác xã tỉnh Phú Thọ"
    menu = ["Trang chủ", "Giới thiệu", "Tin tức - Sự kiện", "Kinh tế tập thể", "Sản phẩm OCOP của HTX",
            "Quỹ hỗ trợ phát triển HTX", "Văn bản", "Hỏi đáp"]  # fmt: skip
    nav = "".join(f'<li class="menu-item"><a href="/m/{i}">{m}</a></li>' for i, m in enumerate(menu))
    side = "".join(f'<li><a href="/tin/{i}">{page.c(h)}</a></li>' for i, h in enumerate(page.related(4)))
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
    footer = page.c("Cơ quan chủ quản: Liên minh Hợp tác xã tỉnh - Đồng hành cùng HTX làm chủ thể OCOP")
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
        lead = f'<div class="article__sapo cms-desc"><p>{esc(art["lead"])}</p></div>' if art["lead"] else ""
        rel = "".join(f'<li><a href="/mien-trung/r{i}.html">{page.c(h)}</a></li>' for i, h in enumerate(page.related(4)))
        same = "".join(f'<li><a href="/n{i}.html">{page.c(h)}</a></li>' for i, h in enumerate(page.related(8)[5:]))
        tags = ["cà phê", "OCOP", "Tây Nguyên"] if page.kind != "non_ocop" else ["mưa lớn", "Quảng Ngãi"]
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
