"""Seven page templates of the ninth blind set, each modelled on one kind of Vietnamese
government or organisation site.

Every render(page, url) returns the page HTML; strings passed through ``page.c`` are chrome
(recorded in the gold as must-not-appear). Kind "listing" is not an article. None of these
templates repeats one of bench/templates_blind/ … bench/templates_blind8/.
"""

from __future__ import annotations

import json

from _build import Page, esc

DATE = "2026-11-21T07:45:00+07:00"


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


# ------------------------------------------------------------------ 1. provincial People's Council
def hdnd_tinh(page: Page, url: str) -> str:
    """Liferay portal of a provincial People's Council whose theme kept English labels."""
    site = "Trang thông tin điện tử Đoàn ĐBQH và HĐND tỉnh Tuyên Quang"
    menu = ["Trang chủ", "Giới thiệu", "Tin tức - Sự kiện", "Kỳ họp HĐND", "Hoạt động giám sát",
            "Ý kiến cử tri", "Văn bản", "Chuyên đề"]  # fmt: skip
    nav = "".join(f'<li class="lfr-nav-item"><a href="/eu/web/hoidongnhandan/m{i}"><span>{m}</span></a></li>'
                  for i, m in enumerate(menu))  # fmt: skip
    stats = (
        '<div class="portlet-boundary" id="p_p_id_thongke_"><div class="portlet-title">Thống kê truy cập</div>'
        f'<div class="portlet-body"><p>Số lượng và lượt người truy cập</p><ul><li>Online {page.index + 5}</li>'
        f'<li>Hôm nay 5.527</li><li>{page.c("Tổng 6.818.261")}</li></ul></div></div>'
    )  # fmt: skip
    cats = "".join(f'<li><a href="/eu/web/hoidongnhandan/c{i}">{c}</a></li>' for i, c in enumerate(
        ["Hoạt động của HĐND tỉnh", "Hoạt động của Thường trực", "Hoạt động các Ban", "Tổ đại biểu", "HĐND cấp xã"]))  # fmt: skip
    left = f'<div class="span3 col-left"><div class="portlet-boundary"><div class="portlet-title">Danh mục</div><ul class="cat">{cats}</ul></div>{stats}</div>'
    voters = "".join(f'<li><a href="/y-kien-cu-tri/{i}">{page.c(q)}</a></li>' for i, q in enumerate([
        "Cử tri xã Hùng Lợi hỏi về thời hạn hỗ trợ in bao bì sản phẩm OCOP",
        "Cử tri đề nghị sửa chữa cầu treo thôn Bản Khiển"]))  # fmt: skip
    right = (
        '<div class="span3 col-right"><div class="portlet-boundary"><div class="portlet-title">Ý kiến cử tri</div>'
        f'<ul>{voters}</ul></div><div class="banner"><a href="/ky-hop"><img src="/documents/banner/ky-hop-thu-8.jpg" '
        'alt="Kỳ họp thứ tám HĐND tỉnh khóa XX"></a></div></div>'
    )  # fmt: skip
    if page.kind == "listing":
        title = "Hoạt động của HĐND tỉnh"
        rows = "".join(
            f'<div class="asset-abstract"><h3 class="asset-title"><a href="/eu/web/hoidongnhandan/chi-tiet-tin/-/view-article/1/140446/{900 + i}">{esc(t)}</a></h3>'
            f'<div class="asset-metadata">Post date: {20 - i:02d}/11/2026</div><div class="asset-summary">{esc(s)}</div>'
            f'<div class="asset-more"><a href="/eu/web/hoidongnhandan/chi-tiet-tin/-/view-article/1/140446/{900 + i}">More »</a></div></div>'
            for i, (t, s) in enumerate(page.teasers(11))
        )  # fmt: skip
        main = (f'<div class="portlet-title">{title}</div><div class="asset-publisher">{rows}</div>'
                '<div class="taglib-page-iterator"><span>Showing 1 - 11 of 804 results.</span> <a href="?cur=2">Next</a> <a href="?cur=74">Last</a></div>')  # fmt: skip
        head = f"<title>{title} - {site}</title>"
    else:
        art = page.art
        spacer = '<p style="text-align: justify;">&nbsp;</p>'
        body = page.body(
            lambda t: f'<p style="text-align: justify;">{t}</p>',
            lambda t: f'<p style="text-align: justify;"><strong>{t}</strong></p>',
            lambda t, i: (f'{spacer}<p style="text-align: center;"><img alt="" src="/documents/10181/hdnd/{i}.jpg" style="width: 600px; height: 400px;" /></p>'
                          f'<p style="text-align: center;"><em>{t}</em></p>{spacer}'),
            lambda h: "",
        )  # fmt: skip
        lead = f'<p style="text-align: justify;"><strong>{esc(art["lead"])}</strong></p>' if art["lead"] else ""
        crumb_title = art["title"] if len(art["title"]) <= 60 else art["title"][:60]
        docs = "" if page.kind == "brief" else (
            '<table border="1" cellpadding="4" class="tbl-tailieu"><tbody><tr><td colspan="2"><strong>Tài liệu kèm theo</strong></td></tr>'
            f'<tr><td>1</td><td><a href="/documents/tl/bc-ket-qua-giam-sat.pdf">{page.c("Báo cáo kết quả giải quyết kiến nghị cử tri sau kỳ họp thứ bảy")}</a></td></tr>'
            f'<tr><td>2</td><td><a href="/documents/tl/ct-ky-hop-8.pdf">{page.c("Chương trình dự kiến kỳ họp thứ tám HĐND tỉnh khóa XX")}</a></td></tr></tbody></table>'
        )  # fmt: skip
        others = "".join(f'<li><a href="/eu/web/hoidongnhandan/chi-tiet-tin/-/view-article/1/140446/{70 + i}">{page.c(h)}</a>'
                         f' <span class="date">({18 - i}/11/2026)</span></li>' for i, h in enumerate(page.related(6)))  # fmt: skip
        main = (
            f'<div class="breadcrumb">&gt; <a href="/eu/web/hoidongnhandan/tin-tuc">Tin tức - Sự kiện</a> &gt; '
            f'<a href="/eu/web/hoidongnhandan/c0">Hoạt động của HĐND tỉnh</a> &gt; {esc(crumb_title)}</div>'
            f'<div class="journal-content-article"><h3 class="title-detail">{esc(art["title"])}</h3>'
            '<div class="post-date">Post date: 20/11/2026</div>'
            '<div class="font-size">Font size : <a href="#">A-</a> <a href="#">A</a> <a href="#">A+</a></div>'
            f'<div class="content-detail">{lead}{body}{docs}<p style="text-align: right;"><strong>{esc(art["byline"])}</strong></p></div>'
            '<div class="tools"><a href="#" onclick="window.print()">Print</a> | <a href="mailto:">Email</a> | '
            '<a href="javascript:history.back()">Back</a></div></div>'
            f'<div class="other-news"><div class="portlet-title">Other news</div><ul>{others}</ul>'
            '<a class="more" href="/eu/web/hoidongnhandan/tin-tuc">More</a></div>'
        )  # fmt: skip
        head = (f"<title>{esc(art['title'])} - {site}</title>"
                + _keywords(page, "HĐND tỉnh, cử tri, OCOP", "HĐND tỉnh, giám sát, trụ sở"))  # fmt: skip
    return (
        f'<!DOCTYPE html><html class="ltr" dir="ltr" lang="en-US"><head><meta charset="utf-8">{head}'
        '<link href="/html/themes/hdnd-theme/css/main.css" rel="stylesheet" type="text/css"></head>'
        '<body class="yui3-skin-sam controls-visible guest-site signed-out public-page site">'
        f'<div id="wrapper"><header id="banner"><div class="banner-text">HỘI ĐỒNG NHÂN DÂN TỈNH TUYÊN QUANG</div>'
        f'<nav class="navigation"><ul>{nav}</ul></nav></header><div id="content" class="row-fluid">{left}'
        f'<div class="span6 col-main">{main}</div>{right}</div>'
        f'<footer id="footer"><p>{page.c("Cơ quan chủ quản: Văn phòng Đoàn ĐBQH và HĐND tỉnh Tuyên Quang")}</p>'
        '<p>Powered by Liferay Portal</p></footer></div></body></html>'
    )  # fmt: skip


def hdnd_url(kind: str) -> str:
    return "https://dbnd.tuyenquang.example.gov.vn/eu/web/hoidongnhandan/" + {
        "long": "chi-tiet-tin/-/view-article/1/1404469293012/1763520004411",
        "brief": "chi-tiet-tin/-/view-article/1/1404469293012/1763608815220",
        "non_ocop": "chi-tiet-tin/-/view-article/1/1404469293012/1763355102078",
        "listing": "hoat-dong-hdnd-tinh"}[kind]  # fmt: skip


# ------------------------------------------------------------------ 2. ministry market bulletin
def ban_tin_thi_truong(page: Page, url: str) -> str:
    """A ministry-level agency's portal with a weekly market-price bulletin column."""
    site = "Cổng thông tin điện tử Bộ Dân tộc và Tôn giáo"
    menu = ["Trang chủ", "Giới thiệu", "Tin tức - Sự kiện", "Chính sách dân tộc", "Chương trình MTQG",
            "Văn bản", "Thông tin thị trường", "Liên hệ"]  # fmt: skip
    nav = "".join(f'<td class="menu-item"><a href="/m{i}.htm">{m}</a></td>' for i, m in enumerate(menu))
    policies = "".join(f'<li><a href="/cs/{i}.htm">{page.c(p)}</a></li>' for i, p in enumerate([
        "Hỗ trợ phát triển sản phẩm OCOP vùng đồng bào dân tộc thiểu số",
        "Chính sách cấp phát một số ấn phẩm báo, tạp chí cho vùng khó khăn"]))  # fmt: skip
    side = (
        f'<div class="box-side"><div class="box-title">CHÍNH SÁCH DÂN TỘC</div><ul>{policies}</ul></div>'
        f'<div class="adv"><a href="/ctmtqg"><img src="/Upload/QC/bnr-ctmtqg-1719-300x250.jpg" alt="{page.c("bnr-ctmtqg-1719-300x250")}"></a></div>'
    )  # fmt: skip
    if page.kind == "listing":
        title = "Tin tức - Sự kiện"
        rows = "".join(
            f'<div class="item-news"><a class="img" href="/tin-tuc/tin-tuc-su-kien/{i}.htm"><img src="/Upload/thumb/{i}.jpg" alt=""></a>'
            f'<a class="title-news" href="/tin-tuc/tin-tuc-su-kien/{i}.htm">{esc(t)}</a>'
            f'<span class="time">0{i % 9 + 1}:15 AM {20 - i:02d}/11/2026</span><p class="sapo">{esc(s)}</p></div>'
            for i, (t, s) in enumerate(page.teasers(10))
        )  # fmt: skip
        main = (f'<div class="cate-title"><h1>{title}</h1></div><div class="list-news">{rows}</div>'
                '<div class="paging"><span class="current">1</span> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">»</a></div>')  # fmt: skip
        head = f"<title>{title}</title>"
    else:
        art = page.art
        body = page.body(
            lambda t: f'<p style="text-align: justify;">{t}</p>',
            lambda t: (f'<p style="text-align: justify;"><strong><em>{t}</em></strong></p>' if t.endswith(":")
                       else f'<p style="text-align: justify;"><strong>{t}</strong></p>'),
            lambda t, i: (f'<div style="text-align: center;"><img src="/Upload/2026/11/tt-{i}.jpg" alt="" width="500"></div>'
                          f'<p style="text-align: center;"><em>{t}</em></p>'),
            lambda h: "",
        )  # fmt: skip
        # the bulletin opens with its column label; decoration, like a chapter number
        label = ('<p style="text-align: center;"><strong>THỊ TRƯỜNG GIÁ CẢ</strong></p>'
                 if art["title"].startswith("Thông tin thị trường") else "")  # fmt: skip
        issues = "".join(f'<li><a href="/tin-tuc/tin-tuc-su-kien/thong-tin-thi-truong-gia-ca/so-{n}-2026.htm">{page.c(f"Thông tin thị trường giá cả số {n}/2026")}</a></li>'
                         for n in (43, 42, 41))  # fmt: skip
        others = "".join(f'<li><a href="/tin-tuc/tin-tuc-su-kien/{i}.htm">{page.c(h)}</a></li>' for i, h in enumerate(page.related(5)))
        main = (
            f'<div class="detail-news"><h1 class="title-news">{esc(art["title"])}</h1>'
            '<div class="date-view">08:38 AM 21/11/2026 |&nbsp;&nbsp; Lượt xem: 4438 |&nbsp;&nbsp; '
            '<a href="javascript:window.print()">In bài viết</a> |&nbsp;</div>'
            f'<div class="content-news">{label}{body}<p style="text-align: right;"><strong>{esc(art["byline"])}</strong></p></div>'
            f'<div class="box-other"><div class="box-title">CÁC SỐ KHÁC</div><ul>{issues}</ul></div>'
            f'<div class="box-other"><div class="box-title">TIN KHÁC</div><ul>{others}</ul></div></div>'
        )  # fmt: skip
        head = (f"<title>{esc(art['title'])}</title>"
                + _keywords(page, "thị trường, giá cả, OCOP, dân tộc thiểu số", "thị trường, giá cả, nông sản")
                + f'<meta name="description" content="{esc(art["title"])}">')  # fmt: skip
    return (
        f'<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">'
        f'<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />{head}</head>'
        f'<body><form method="post" action="./" id="form1"><div class="header"><img src="/images/banner-bdttg.jpg" alt="{site}" /></div>'
        f'<table class="menu" width="100%"><tr>{nav}</tr></table><div class="wrap"><div class="col-left">{main}</div>'
        f'<div class="col-right">{side}</div></div>'
        f'<div class="footer"><p>{page.c("Cơ quan chủ quản: Bộ Dân tộc và Tôn giáo. Chịu trách nhiệm chính: Giám đốc Trung tâm Thông tin")}</p>'
        '<p>Ghi rõ nguồn khi phát hành lại thông tin từ Cổng thông tin điện tử này.</p></div></form></body></html>'
    )  # fmt: skip


def bt_url(kind: str) -> str:
    return "http://bdttg.example.gov.vn/tin-tuc/tin-tuc-su-kien/" + {
        "long": "thong-tin-thi-truong-gia-ca/thong-tin-thi-truong-gia-ca-so-44-2026.htm",
        "brief": "ho-tro-15-chu-the-ocop-vung-dong-bao-dan-toc-thieu-so-tham-gia-hoi-cho-cuoi-nam.htm",
        "non_ocop": "thong-tin-thi-truong-gia-ca/thong-tin-thi-truong-gia-ca-so-45-2026.htm",
        "listing": "default.htm"}[kind]  # fmt: skip


TEMPLATES = {
    "hdnd_tinh": (hdnd_tinh, hdnd_url),
    "ban_tin_thi_truong": (ban_tin_thi_truong, bt_url),
}
