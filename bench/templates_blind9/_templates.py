"""Seven page templates of the ninth blind set, each modelled on one kind of Vietnamese
government or organisation site.

Every render(page, url) returns the page HTML; strings passed through ``page.c`` are chrome
(recorded in the gold as must-not-appear). Kind "listing" is not an article. None of these
templates repeats one of bench/templates_blind/ … bench/templates_blind8/.
"""

from __future__ import annotations

from functools import partial

from _build import Page, esc
from template_sets import json_ld

DATE = "2026-11-21T07:45:00+07:00"


_ld = partial(json_ld, date=DATE)


def _keywords(page: Page, ocop: str, other: str) -> str:
    """Per-page meta keywords: OCOP words only on OCOP pages and listings."""
    words = other if page.kind == "non_ocop" else ocop
    return f'<meta name="keywords" content="{esc(words)}">'


# ------------------------------------------------------------------ 1. provincial People's Council
def _hdnd_sides(page: Page) -> tuple[str, str]:
    """Left column (categories, visit counter) and right column (voters' questions, banner)."""
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
    return left, right


def hdnd_tinh(page: Page, url: str) -> str:
    """Liferay portal of a provincial People's Council whose theme kept English labels."""
    site = "Trang thông tin điện tử Đoàn ĐBQH và HĐND tỉnh Tuyên Quang"
    menu = ["Trang chủ", "Giới thiệu", "Tin tức - Sự kiện", "Kỳ họp HĐND", "Hoạt động giám sát",
            "Ý kiến cử tri", "Văn bản", "Chuyên đề"]  # fmt: skip
    nav = "".join(f'<li class="lfr-nav-item"><a href="/eu/web/hoidongnhandan/m{i}"><span>{m}</span></a></li>'
                  for i, m in enumerate(menu))  # fmt: skip
    left, right = _hdnd_sides(page)
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
        lead = (
            f'<p style="text-align: justify;"><strong>{esc(art["lead"])}</strong></p>'
            if art["lead"]
            else ""
        )
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
            # asset publisher header: default portlet title, an empty subtitle printed as "null"
            f'<div class="portlet-topper"><span class="portlet-title-text">{page.c("Xuất bản thông tin")}</span></div>'
            f'<div class="asset-header"><span class="subtitle">null</span> {esc(art["title"])}</div>'
            f'<div class="portlet-sub">{page.c("Chi tiết bài viết Tin tức")}</div>'
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
    nav = "".join(
        f'<td class="menu-item"><a href="/m{i}.htm">{m}</a></td>' for i, m in enumerate(menu)
    )
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
        others = "".join(
            f'<li><a href="/tin-tuc/tin-tuc-su-kien/{i}.htm">{page.c(h)}</a></li>'
            for i, h in enumerate(page.related(5))
        )
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


# ------------------------------------------------------------------ 3. provincial statistics office
_TK_CARDS = {
    "long": [("312", "Số chủ thể tham gia khảo sát"), ("1.146 tỷ", "Doanh thu OCOP năm 2026 (đồng)"),
             ("71%", "Chủ thể bán hàng qua kênh số")],
    "non_ocop": [("+0,31%", "CPI so với tháng trước"), ("+3,02%", "CPI so với cùng kỳ năm trước"),
                 ("+2,1%", "Biến động giá vàng trong tháng")],
}  # fmt: skip
_TK_FILES = {
    "long": [("Bao-cao-khao-sat-chu-the-OCOP-2026.pdf", "1,2 MB"), ("Bieu-so-lieu-khao-sat-OCOP-2026.xlsx", "86 KB")],
    "non_ocop": [("CPI-thang-10-2026.xlsx", "54 KB")],
}  # fmt: skip


def _tk_article(page: Page) -> str:
    """The article column: highlight cards, text, author, attachments, share bar."""
    art = page.art
    cards = "".join(f'<div class="col-md-4"><div class="stat-card"><span class="stat-value">{v}</span>'
                    f'<span class="stat-label">{page.c(lb)}</span></div></div>'
                    for v, lb in _TK_CARDS.get(page.kind, []))  # fmt: skip
    cards = (
        f'<div class="row highlight-figures"><div class="hf-title">Số liệu nổi bật</div>{cards}</div>'
        if cards
        else ""
    )
    body = page.body(
        lambda t: f"<p>{t}</p>",
        lambda t: f"<h3>{t}</h3>",
        lambda t, i: (f'<div class="img-box"><img class="lazy" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" '
                      f'data-src="/uploads/thongke/2026_11/anh-{i}.jpg" alt=""><div class="img-caption">{t}</div></div>'),
        lambda h: "",
    )  # fmt: skip
    lead = (
        f'<div class="news-sapo"><strong>{esc(art["lead"])}</strong></div>' if art["lead"] else ""
    )
    files = "".join(f'<tr><td><i class="fa fa-file"></i> {page.c(f)}</td><td>{size}</td><td><a href="/uploads/files/{f}">Tải về</a></td></tr>'
                    for f, size in _TK_FILES.get(page.kind, []))  # fmt: skip
    files = (
        f'<div class="attach"><h4>Tệp đính kèm</h4><table class="table">{files}</table></div>'
        if files
        else ""
    )
    return (
        f'<div class="news-detail"><h2 class="news-title">{esc(art["title"])}</h2>'
        '<div class="news-meta"><span class="date">Cập nhật bản tin: 11/19/2026 9:46:00 AM</span> <span class="view">Lượt xem: 398</span></div>'
        f'{cards}{lead}<div class="news-body">{body}</div><p class="author text-right"><strong>{esc(art["byline"])}</strong></p>{files}'
        '<div class="share-bar">Chia sẻ: <a href="#">Facebook</a> <a href="#">Zalo</a> <a href="javascript:window.print()">In trang</a></div></div>'
    )  # fmt: skip


def thong_ke_tinh(page: Page, url: str) -> str:
    """Provincial statistics office (under the national statistics agency) on a Bootstrap CMS."""
    site = "Thống kê tỉnh Cao Bằng"
    menu = ["Trang chủ", "Giới thiệu", "Tin hoạt động ngành", "Số liệu thống kê", "Niên giám thống kê",
            "Lịch phổ biến thông tin", "Văn bản", "Liên hệ"]  # fmt: skip
    nav = "".join(
        f'<li class="nav-item"><a class="nav-link" href="/m{i}">{m}</a></li>'
        for i, m in enumerate(menu)
    )
    cal = "".join(f'<tr><td class="cal-date">{d}</td><td>{page.c(t)}</td></tr>' for d, t in [
        ("06/12", "Tình hình kinh tế - xã hội tháng 11 năm 2026"),
        ("15/12", "Báo cáo đầy đủ kết quả khảo sát chủ thể OCOP năm 2026"),
        ("29/12", "Niên giám thống kê tóm tắt năm 2026")])  # fmt: skip
    side = (f'<aside class="col-lg-4"><div class="widget"><h4 class="widget-title">Lịch phổ biến thông tin thống kê</h4>'
            f'<table class="table table-sm">{cal}</table></div><div class="widget"><h4 class="widget-title">Liên kết</h4>'
            '<ul><li><a href="https://www.nso.example.gov.vn">Cục Thống kê</a></li><li><a href="#">Bộ Tài chính</a></li></ul></div>'
            f'<div class="widget counter">Trực tuyến: 265<br>Hôm nay: 864<br>{page.c("Lượt truy cập: 1,282,217")}</div></aside>')  # fmt: skip
    if page.kind == "listing":
        title = "Tin hoạt động ngành"
        rows = "".join(
            f'<div class="media news-item"><img class="mr-3" src="/uploads/thumb/{i}.jpg" alt=""><div class="media-body">'
            f'<h3 class="mt-0"><a href="/tin-hoat-dong-nganh/{i}.html">{esc(t)}</a></h3><span class="date">{19 - i:02d}/11/2026</span>'
            f'<p>{esc(s)}</p></div></div>' for i, (t, s) in enumerate(page.teasers(11))
        )  # fmt: skip
        main = (f'<h1 class="cat-title">{title}</h1><div class="news-list">{rows}</div><ul class="pagination">'
                '<li class="page-item active"><span class="page-link">1</span></li><li class="page-item"><a class="page-link" href="?page=2">2</a></li></ul>')  # fmt: skip
        head = f"<title>{title} - {site}</title>"
    else:
        art = page.art
        heads = page.related(10)
        # the newest items, "Title - dd/mm/yyyy", are printed above the article
        newest = "".join(f'<li><a href="/News/?ID={700 + i}">{page.c(h)}</a> - {18 - i:02d}/11/2026</li>'
                         for i, h in enumerate(heads[:5]))  # fmt: skip
        related = "".join(
            f'<li><a href="/tin-hoat-dong-nganh/{60 + i}.html">{page.c(h)}</a></li>'
            for i, h in enumerate(heads[5:])
        )
        main = (f'<div class="tin-moi"><b>Tin mới cập nhật</b><ul>{newest}</ul></div>'
                f'<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Trang chủ</a></li>'
                '<li class="breadcrumb-item active">Tin hoạt động ngành</li></ol></nav><h1 class="cat-title">Tin hoạt động ngành</h1>'
                f'{_tk_article(page)}<div class="related"><h4>Tin cùng chuyên mục</h4><ul>{related}</ul></div>')  # fmt: skip
        head = (f"<title>{esc(art['title'])} - {site}</title>"
                + _keywords(page, "khảo sát, OCOP, thống kê", "CPI, giá tiêu dùng, thống kê")
                + f'<meta property="og:type" content="article"><meta property="og:title" content="{esc(art["title"])}">'
                + _ld(page, url, site))  # fmt: skip
    return (
        f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">{head}'
        '<link rel="stylesheet" href="/themes/thongke/css/bootstrap.min.css"></head><body>'
        '<div class="topbar"><div class="container">CỤC THỐNG KÊ - BỘ TÀI CHÍNH</div></div>'
        f'<header class="site-header"><div class="container"><a class="brand" href="/">{site.upper()}</a></div>'
        f'<nav class="navbar navbar-expand-lg"><ul class="navbar-nav">{nav}</ul></nav></header>'
        f'<div class="container"><div class="row"><main class="col-lg-8">{main}</main>{side}</div></div>'
        f'<footer class="site-footer"><div class="container"><p>{page.c("Bản quyền thuộc Thống kê tỉnh Cao Bằng. Địa chỉ: số 8 phố Hoàng Đình Giong")}</p></div></footer>'
        '</body></html>'
    )  # fmt: skip


def tk_url(kind: str) -> str:
    return "https://thongke.caobang.example.gov.vn/tin-hoat-dong-nganh/" + {
        "long": "ket-qua-khao-sat-chu-the-ocop-nam-2026-1871.html",
        "brief": "tap-huan-dieu-tra-vien-khao-sat-chu-the-ocop-1802.html",
        "non_ocop": "chi-so-gia-tieu-dung-thang-10-tang-0-31-1866.html", "listing": ""}[kind]  # fmt: skip


# ------------------------------------------------------------------ 4. post-merger commune portal
def _xa_side(page: Page) -> str:
    sched = "".join(f"<li><b>{d}</b> {page.c(t)}</li>" for d, t in [
        ("Thứ hai 23/11", "Chủ tịch UBND xã tiếp công dân định kỳ"),
        ("Thứ tư 25/11", "Họp Hội đồng đánh giá sản phẩm OCOP cấp xã")])  # fmt: skip
    links = "".join(f'<option value="{i}">{n}</option>' for i, n in enumerate(
        ["-- Liên kết website --", "Cổng TTĐT tỉnh Đồng Nai", "Cổng Dịch vụ công quốc gia", "Hệ thống thông tin giải quyết TTHC tỉnh"]))  # fmt: skip
    return (
        '<div class="col-right"><div class="box"><div class="box-title">THÔNG TIN XÃ MỚI</div>'
        f'<p class="merge-info">{page.c("Xã Tân Phú được thành lập trên cơ sở sắp xếp toàn bộ diện tích tự nhiên và quy mô dân số của thị trấn Tân Phú, xã Phú Bình và xã Phú Lâm")}</p></div>'
        '<div class="box"><a href="https://dichvucong.example.gov.vn"><img src="/Portals/0/banner/dvc-truc-tuyen.png" alt="Dịch vụ công trực tuyến"></a></div>'
        f'<div class="box"><div class="box-title">LỊCH CÔNG TÁC TUẦN</div><ul>{sched}</ul></div>'
        f'<div class="box"><div class="box-title">PHẢN ÁNH KIẾN NGHỊ</div><p>{page.c("Đường dây nóng tiếp nhận phản ánh: 0251 3856 000")}</p></div>'
        f'<div class="box"><select onchange="window.open(this.value)">{links}</select></div></div>'
    )  # fmt: skip


def xa_sap_nhap(page: Page, url: str) -> str:
    """A new commune's portal (after the 2025 merger), a sub-site of the province's portal."""
    site = "Cổng thông tin điện tử xã Tân Phú"
    menu = ["Giới thiệu chung", "Tin tức - Sự kiện", "Chỉ đạo điều hành", "Thông báo", "Sản phẩm OCOP của xã",
            "Lịch công tác", "Thủ tục hành chính", "Hỏi đáp"]  # fmt: skip
    left = "".join(f'<li><a href="/pages/cat/{i}.html">{m}</a></li>' for i, m in enumerate(menu))
    if page.kind == "listing":
        title = "TIN TỨC - SỰ KIỆN"
        rows = "".join(
            f'<div class="news-row"><a href="/pages/detail/{53200 - i}/tin-{i}.html"><img src="/uploads/thumb/{i}.jpg" alt=""></a>'
            f'<a class="news-title" href="/pages/detail/{53200 - i}/tin-{i}.html">{esc(t.upper())}</a>'
            f'<span class="news-date">Ngày đăng: {20 - i:02d}/11/2026</span><p>{esc(s)}</p></div>'
            for i, (t, s) in enumerate(page.teasers(10))
        )  # fmt: skip
        main = f'<div class="cat-head">{title}</div>{rows}<div class="pager"><a class="active">1</a><a href="?p=2">2</a><a href="?p=3">3</a></div>'
        head = f"<title>{title}</title>"
    else:
        art = page.art
        spacer = "<p>&nbsp;</p>"
        body = page.body(
            lambda t: f'<p style="text-align: justify;">{t}</p>',
            lambda t: f'<p style="text-align: justify;"><strong>{t}</strong></p>',
            lambda t, i: (f'{spacer}<p style="text-align: center;"><img alt="" src="/uploads/tanphu/2026/11/{i}.jpg" width="600" /></p>'
                          f'<p style="text-align: center;">{t}</p>{spacer}'),
            lambda h: f'<div class="tinlienquan"><b>Tin liên quan:</b><ul><li><a href="/pages/detail/52977/doi-thoai.html">{h}</a></li></ul></div>',
        )  # fmt: skip
        lead = (
            f'<p style="text-align: justify;"><strong>{esc(art["lead"])}</strong></p>{spacer}'
            if art["lead"]
            else ""
        )
        related = "".join(f'<li><a href="/pages/detail/{53000 + i}/t.html">{page.c(h.upper())}</a> <i>({17 - i}/11/2026)</i></li>'
                          for i, h in enumerate(page.related(5)))  # fmt: skip
        main = (
            f'<div class="detail"><h2 class="detail-title">{esc(art["title"])}</h2>'
            '<div class="detail-date">Ngày đăng: 21/11/2026&nbsp;&nbsp;07:45</div>'
            '<div class="detail-tool"><a href="#" class="font-default">Mặc định</a> <a href="#" class="font-size">Cỡ chữ</a></div>'
            f'<div class="detail-content">{lead}{body}<p style="text-align: right;"><strong>{esc(art["byline"])}</strong></p></div>'
            '<div class="detail-foot"><span>Tổng số lượt xem: 1.204</span> <a href="javascript:window.print()">In trang</a> '
            '<a href="mailto:">Gửi email</a> <a href="#top">Về đầu trang</a></div>'
            f'<div class="tin-cung-muc"><div class="box-title">TIN CÙNG CHUYÊN MỤC</div><ul>{related}</ul></div></div>'
        )  # fmt: skip
        head = (f"<title>{esc(art['title'])}</title>"
                '<meta property="og:type" content="website"><meta property="og:description" content="Tin tức - Sự kiện -...">'
                f'<meta property="og:title" content="{esc(art["title"])}">')  # fmt: skip
    return (
        f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">{head}<meta property="og:site_name" content="{site}"></head>'
        '<body><a name="top"></a><div class="top-bar"><span class="today">Thứ 2, Ngày 23/11/2026 -</span> '
        '<a href="/dang-nhap">Đăng nhập</a> | <a href="/so-do">Sơ đồ cổng</a></div>'
        '<div class="banner"><div class="banner-province">TỈNH ĐỒNG NAI</div><div class="banner-name">CỔNG THÔNG TIN ĐIỆN TỬ XÃ TÂN PHÚ</div></div>'
        f'<div class="wrap"><div class="col-left"><ul class="menu-left">{left}</ul></div><div class="col-center">{main}</div>{_xa_side(page)}</div>'
        f'<div class="footer"><p>{page.c("Cơ quan chủ quản: Ủy ban nhân dân xã Tân Phú, tỉnh Đồng Nai")}</p>'
        '<p>Vận hành trên nền tảng Cổng thông tin điện tử tỉnh Đồng Nai</p></div></body></html>'
    )  # fmt: skip


def xa_url(kind: str) -> str:
    return "https://tanphu.dongnai.example.gov.vn/pages/" + {
        "long": "detail/53116/Xa-Tan-Phu-ra-soat-phat-trien-san-pham-OCOP-sau-sap-xep.html",
        "brief": "detail/53141/Thong-bao-tiep-nhan-ho-so-dang-ky-san-pham-OCOP-nam-2027.html",
        "non_ocop": "detail/53102/Ra-mat-to-cong-nghe-so-cong-dong-tai-18-ap.html",
        "listing": "cat/1/Tin-tuc-Su-kien.html"}[kind]  # fmt: skip


# ------------------------------------------------------------------ 5. gardeners' association
def hoi_lam_vuon(page: Page, url: str) -> str:
    """A provincial gardeners' and farm owners' association on an old ASP.NET site."""
    site = "Hội Làm vườn và Trang trại tỉnh Hà Tĩnh"
    menu = [
        "Trang chủ",
        "Giới thiệu",
        "Tin hoạt động",
        "Mô hình hay",
        "Khoa học kỹ thuật",
        "Văn bản",
        "Liên hệ",
    ]
    nav = " | ".join(f'<a href="/Category.aspx?Id={i}">{m}</a>' for i, m in enumerate(menu))
    products = "".join(f'<li><img src="/Images/SP/{i}.jpg" alt="" width="60"><span>{page.c(n)}</span></li>' for i, n in enumerate(
        ["Bưởi Phúc Trạch hộp quà - OCOP 4 sao", "Trà túi lọc chè xanh Sơn Kim - OCOP 3 sao"]))  # fmt: skip
    left = (
        '<td class="col-left" valign="top" width="220"><div class="box"><div class="box-title">Liên kết website</div>'
        '<select><option>-- Chọn website --</option><option>Hội Làm vườn Việt Nam</option><option>Sở Nông nghiệp và Môi trường</option></select></div>'
        '<div class="box"><div class="box-title">Thống kê truy cập</div><ul>'
        f'<li>Đang online: {page.index + 3}</li><li>Hôm nay: 496</li><li>{page.c("Đã truy cập: 3387291")}</li></ul></div>'
        f'<div class="box"><div class="box-title">Sản phẩm của hội viên</div><ul class="sp">{products}</ul></div></td>'
    )  # fmt: skip
    if page.kind == "listing":
        title = "TIN HOẠT ĐỘNG"
        rows = "".join(
            f'<tr><td valign="top"><img src="/Images/News/{i}.jpg" width="120" alt=""></td><td valign="top">'
            f'<a class="link-title" href="/NewsDetail.aspx?Id={430 - i}">{esc(t)}</a> <span class="date">({20 - i:02d}/11/2026)</span>'
            f'<div class="tomtat">{esc(s)}</div></td></tr>' for i, (t, s) in enumerate(page.teasers(10))
        )  # fmt: skip
        main = f'<div class="cat-title">{title}</div><table class="tbl-news" width="100%">{rows}</table><div class="paging">Trang: <b>1</b> <a href="?page=2">2</a> <a href="?page=3">3</a></div>'
        head = f"<title>{site}</title>"
    else:
        art = page.art
        indent = "&nbsp;&nbsp;&nbsp;&nbsp; "
        body = page.body(
            lambda t: f'<p style="text-align: justify;">{indent}{t}</p>',
            lambda t: f'<p style="text-align: justify;"><b>{t}</b></p>',
            # the caption shares the image's paragraph, after a line break, without a period
            lambda t, i: f'<p style="text-align: center;">&nbsp;</p><p style="text-align: center;"><img src="/Images/News/2026/{i}.jpg" width="550" alt="" /><br />{t}</p>',
            lambda h: "",
        )  # fmt: skip
        sign = " - ".join(x for x in (art["byline"], art["attribution"]) if x)
        others = "".join(f'<li><a href="/NewsDetail.aspx?Id={400 + i}">{page.c(h)}</a> <span class="date">({16 - i:02d}/11/2026)</span></li>'
                         for i, h in enumerate(page.related(6)))  # fmt: skip
        main = (
            f'<div class="news-title">{esc(art["title"])}</div><div class="news-date">Ngày đăng: 15/11/2026</div>'
            f'<div id="ctl00_cphContent_divContent" class="news-content"><p style="text-align: center;"><strong>{esc(art["title"])}</strong></p>'
            f'{body}<p style="text-align: right;"><strong>{esc(sign)}</strong></p></div>'
            '<div class="tools"><a href="javascript:history.back()">Quay lại</a> | <a href="javascript:window.print()">In trang</a></div>'
            f'<div class="other"><b>Các tin khác:</b><ul>{others}</ul></div>'
        )  # fmt: skip
        head = f"<title>{site}</title>" + _keywords(
            page, "làm vườn, trang trại, OCOP", "làm vườn, trang trại, hội nghị"
        )
    return (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">'
        f'<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />{head}</head>'
        '<body><form name="aspnetForm" method="post" id="aspnetForm"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1Mg9kFgJmD2QWAgIDD2QWBAIBD2QWAmYPFgIeBFRleHQFA" />'
        f'<table width="1000" align="center" cellpadding="0" cellspacing="0"><tr><td colspan="2"><img src="/Images/banner.jpg" alt="{site}" /></td></tr>'
        f'<tr><td colspan="2" class="menu">{nav}</td></tr><tr>{left}<td class="col-main" valign="top">{main}</td></tr>'
        f'<tr><td colspan="2" class="footer">{page.c("Hội Làm vườn và Trang trại tỉnh Hà Tĩnh - Số 15 đường Hà Huy Tập - Điện thoại: 0239 3855 123")}</td></tr>'
        '</table></form></body></html>'
    )  # fmt: skip


def hlv_url(kind: str) -> str:
    return "http://nongtraihatinh.example.vn/" + {
        "long": "NewsDetail.aspx?Id=425", "brief": "NewsDetail.aspx?Id=427",
        "non_ocop": "NewsDetail.aspx?Id=421", "listing": "Category.aspx?Id=2"}[kind]  # fmt: skip


# ------------------------------------------------------------------ 6. provincial Party committee portal
_TU_KICKER = {"long": "Thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII",
              "brief": "Hoạt động của Ban Thường vụ Tỉnh ủy",
              "non_ocop": "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh"}  # fmt: skip
_TU_FILES = {"long": "Thông báo kết luận của đồng chí Bí thư Tỉnh ủy tại buổi làm việc với xã Bản Mế",
             "non_ocop": "Tài liệu chuyên đề học tập năm 2027 dùng cho cán bộ, đảng viên"}  # fmt: skip


def _tu_article(page: Page) -> str:
    art = page.art
    body = page.body(
        lambda t: f'<p style="text-align: justify;">{t}</p>',
        lambda t: f"<h4>{t}</h4>",
        lambda t, i: (f'<table class="tbl-2anh" align="center"><tbody><tr><td><img src="/uploads/tinhuy/2026/11/{i}a.jpg" alt="" width="320"></td>'
                      f'<td><img src="/uploads/tinhuy/2026/11/{i}b.jpg" alt="" width="320"></td></tr>'
                      f'<tr><td colspan="2" class="caption">{t}</td></tr></tbody></table>'),
        lambda h: f'<div class="box-lienquan"><div class="lq-title">Bài liên quan</div><ul><li><a href="/tin-tuc/4471">{h}</a></li></ul></div>',
    )  # fmt: skip
    files = ""
    if page.kind in _TU_FILES:
        files = (f'<div class="attach"><b>Văn bản đính kèm:</b><ul><li><a href="/uploads/vb/kl-{page.index}.pdf">{page.c(_TU_FILES[page.kind])}</a>'
                 ' <span class="ext">(PDF, 312 KB)</span> <a href="/uploads/vb/kl.pdf">Xem</a> | <a href="/uploads/vb/kl.pdf" download>Tải về</a></li></ul></div>')  # fmt: skip
    return (
        f'<div class="detail"><h3 class="sub-title">{page.c(_TU_KICKER[page.kind])}</h3><h1 class="title">{esc(art["title"])}</h1>'
        '<div class="meta"><span class="time">Thứ Sáu, 20/11/2026 | 16:30 GMT+7</span> <span class="view">Lượt xem: 236</span>'
        ' <span class="font">Cỡ chữ <a href="#">A-</a> <a href="#">A+</a></span></div>'
        + (f'<div class="sapo"><strong><em>{esc(art["lead"])}</em></strong></div>' if art["lead"] else "")
        + f'<div class="content">{body}<p class="author" style="text-align: right;"><strong>{esc(art["byline"])}</strong></p>'
        f'<p class="source" style="text-align: right;"><em>Nguồn: {esc(art["attribution"])}</em></p>{files}</div>'
        '<div class="comment-form"><h4>Ý kiến bạn đọc (0)</h4><input type="text" placeholder="Họ và tên"><input type="email" placeholder="Email">'
        '<textarea placeholder="Nội dung ý kiến"></textarea><button type="submit">Gửi ý kiến</button></div></div>'
    )  # fmt: skip


def tinh_uy(page: Page, url: str) -> str:
    """A provincial Party committee's e-portal (Đảng bộ tỉnh) with attachments and a kicker."""
    site = "Cổng thông tin điện tử Đảng bộ tỉnh Lào Cai"
    menu = ["Trang chủ", "Giới thiệu", "Tin tức - Sự kiện", "Xây dựng Đảng", "Học tập và làm theo Bác",
            "Tư liệu - Văn kiện", "Phát triển kinh tế", "Đại hội Đảng"]  # fmt: skip
    nav = "".join(f'<li><a href="/chuyen-muc/{i}">{m}</a></li>' for i, m in enumerate(menu))
    most = "".join(
        f'<li><a href="/tin-tuc/{300 + i}">{page.c(h)}</a></li>'
        for i, h in enumerate(page.related(5))
    )
    side = (
        f'<div class="col-md-4 sidebar"><div class="slogan">{page.c("Đoàn kết, kỷ cương, đổi mới, vì một Lào Cai phát triển nhanh và bền vững")}</div>'
        f'<div class="box-chuyende"><a href="/chuyen-de/ocop-du-lich"><img src="/uploads/banner/cd-ocop.jpg" alt="">{page.c("Chuyên đề: Phát triển sản phẩm OCOP gắn với du lịch cộng đồng")}</a></div>'
        f'<div class="box"><h4>Tin đọc nhiều</h4><ul>{most}</ul></div></div>'
    )  # fmt: skip
    if page.kind == "listing":
        title = "Xây dựng Đảng"
        rows = "".join(
            f'<div class="item"><a href="/tin-tuc/{500 + i}"><img src="/uploads/thumb/{i}.jpg" alt=""></a><h3><a href="/tin-tuc/{500 + i}">{esc(t)}</a></h3>'
            f'<span class="time">{19 - i:02d}/11/2026</span><p>{esc(s)}</p></div>' for i, (t, s) in enumerate(page.teasers(10))
        )  # fmt: skip
        main = f'<h1 class="cat">{title}</h1><div class="list">{rows}</div><div class="pages"><a class="on">1</a><a href="?p=2">2</a></div>'
        head = f"<title>{title} - {site}</title>"
    else:
        art = page.art
        main = (f'<ol class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/chuyen-muc/3">Xây dựng Đảng</a></li></ol>'
                f'{_tu_article(page)}')  # fmt: skip
        head = (f"<title>{esc(art['title'])}</title>"
                + _keywords(page, "Tỉnh ủy, OCOP, du lịch cộng đồng", "Tỉnh ủy, học tập chuyên đề")
                + f'<meta property="og:type" content="article"><meta property="og:description" content="{esc(art["lead"] or art["title"])}">')  # fmt: skip
    return (
        f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">{head}</head><body>'
        f'<div class="header"><img src="/images/banner-dangbo.png" alt="{site}"><div class="date">Thứ Hai, 23/11/2026</div></div>'
        f'<nav class="main-menu"><ul>{nav}</ul></nav><div class="container"><div class="row"><div class="col-md-8">{main}</div>{side}</div></div>'
        f'<footer><p>{page.c("Cơ quan chủ quản: Ban Thường vụ Tỉnh ủy Lào Cai. Chịu trách nhiệm: Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy")}</p></footer></body></html>'
    )  # fmt: skip


def tu_url(kind: str) -> str:
    return "https://laocai.dcs.example.vn/" + {
        "long": "tin-tuc/bi-thu-tinh-uy-lam-viec-voi-xa-ban-me-4490",
        "brief": "tin-tuc/ban-thuong-vu-cho-y-kien-de-an-ocop-2026-2030-4486",
        "non_ocop": "tin-tuc/hoi-nghi-hoc-tap-chuyen-de-nam-2027-4488", "listing": "chuyen-muc/3"}[kind]  # fmt: skip


# ------------------------------------------------------------------ 7. rural development sub-department
def chi_cuc_ptnt(page: Page, url: str) -> str:
    """A provincial rural development sub-department (standing office of the OCOP programme),
    old ASP.NET WebForms: the report text is one span of lines separated by <br />."""
    site = "Chi cục Phát triển nông thôn tỉnh Thanh Hóa"
    menu = [
        "Trang chủ",
        "Giới thiệu",
        "Tin tức",
        "Nông thôn mới",
        "Chương trình OCOP",
        "Bố trí dân cư",
        "Văn bản",
        "Liên hệ",
    ]
    nav = "".join(
        f'<td class="menu"><a href="/Danhmuc.aspx?id={i}">{m}</a></td>' for i, m in enumerate(menu)
    )
    docs = "".join(f'<li><a href="/Upload/VanBan/{i}.pdf">{page.c(d)}</a></li>' for i, d in enumerate([
        "Quyết định công nhận kết quả đánh giá, phân hạng sản phẩm OCOP đợt 2 năm 2026",
        "Hướng dẫn kiểm tra, giám sát sản phẩm sau công nhận"]))  # fmt: skip
    side = (
        f'<td width="230" valign="top" class="right"><div class="box"><div class="box-tit">VĂN BẢN MỚI</div><ul>{docs}</ul></div>'
        '<div class="box"><div class="box-tit">LIÊN KẾT WEBSITE</div><select><option>--- Liên kết ---</option><option>Sở Nông nghiệp và Môi trường</option></select></div>'
        f'<div class="box"><div class="box-tit">THỐNG KÊ TRUY CẬP</div><p>Đang online: 12</p><p>{page.c("Tổng lượt truy cập: 1.204.332")}</p></div></td>'
    )  # fmt: skip
    if page.kind == "listing":
        rows = "".join(
            f'<tr><td class="bullet">»</td><td><a class="tieude-ds" href="/Chitiet.aspx?id={1160 - i}">{esc(t)}</a> '
            f'<span class="ngay">({20 - i:02d}/11/2026)</span><br /><span class="tomtat">{esc(s)}</span></td></tr>'
            for i, (t, s) in enumerate(page.teasers(11))
        )  # fmt: skip
        main = f'<div class="cat-path">TIN TỨC Hoạt Động</div><table width="100%">{rows}</table><div class="trang">Trang: 1 <a href="?p=2">2</a> <a href="?p=3">3</a></div>'
        head = f"<title>{site}</title>"
    else:
        art = page.art
        body = page.body(
            lambda t: f"{t}<br />",
            lambda t: f"<b>{t}</b><br />",
            lambda t, i: f'<br /><center><img src="/Upload/Images/{i}.jpg" width="500" /><br /><i>{t}</i></center><br />',
            lambda h: "",
        )  # fmt: skip
        path = (
            "BỐ TRÍ DÂN CƯ Hoạt Động-Tổng Kết Hoạt Động"
            if page.kind == "non_ocop"
            else "CHƯƠNG TRÌNH OCOP Hoạt Động-Tổng Kết Hoạt Động"
        )
        sign = f'<div align="right"><b>{esc(art["byline"])}</b></div>' if art["byline"] else ""
        others = "".join(f'<tr><td class="bullet">»</td><td><a href="/Chitiet.aspx?id={1100 + i}">{page.c(h)}</a> ({15 - i:02d}/11/2026)</td></tr>'
                         for i, h in enumerate(page.related(5)))  # fmt: skip
        main = (
            f'<div class="cat-path">{path}</div><span id="ctl00_ContentPlaceHolder1_lblTieuDe" class="tieude">{esc(art["title"])}</span><br />'
            '<span class="ngay">(Cập nhật: 19/11/2026)</span><br /><br />'
            f'<span id="ctl00_ContentPlaceHolder1_lblNoiDung" class="noidung">{body}</span>{sign}'
            f'<div class="tinkhac"><b>Các tin khác</b><table>{others}</table></div>'
        )  # fmt: skip
        head = f"<title>{site}</title>"
    return (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">'
        f'<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />{head}</head>'
        '<body><form name="aspnetForm" method="post" action="Chitiet.aspx" id="aspnetForm"><input type="hidden" name="__VIEWSTATE" value="/wEPDwUJNzYxNjQ1MjM0D2QWAmYPZBYCAgMPZBYE" />'
        f'<table width="980" align="center" cellspacing="0" cellpadding="0"><tr><td colspan="2"><img src="/images/top.jpg" alt="{site}" /></td></tr>'
        f'<tr><td colspan="2"><table width="100%"><tr>{nav}</tr></table></td></tr><tr><td valign="top" class="main">{main}</td>{side}</tr>'
        f'<tr><td colspan="2" class="bottom">{page.c("Bản quyền thuộc Chi cục Phát triển nông thôn - Sở Nông nghiệp và Môi trường tỉnh Thanh Hóa")}</td></tr>'
        '</table></form></body></html>'
    )  # fmt: skip


def cc_url(kind: str) -> str:
    return "http://ccptnt.thanhhoa.example.gov.vn/" + {
        "long": "Chitiet.aspx?id=1139", "brief": "Chitiet.aspx?id=1142",
        "non_ocop": "Chitiet.aspx?id=1131", "listing": "Danhmuc.aspx?id=2"}[kind]  # fmt: skip


TEMPLATES = {
    "hdnd_tinh": (hdnd_tinh, hdnd_url),
    "ban_tin_thi_truong": (ban_tin_thi_truong, bt_url),
    "thong_ke_tinh": (thong_ke_tinh, tk_url),
    "xa_sap_nhap": (xa_sap_nhap, xa_url),
    "hoi_lam_vuon": (hoi_lam_vuon, hlv_url),
    "tinh_uy": (tinh_uy, tu_url),
    "chi_cuc_ptnt": (chi_cuc_ptnt, cc_url),
}
