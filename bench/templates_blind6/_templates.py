"""Page templates of the sixth blind set, each modelled on one family of Vietnamese sites.

Every render(page, url) returns the page HTML; strings passed through ``page.c`` are chrome
(recorded in the gold as must-not-appear). Kind "listing" is not an article. None of these
templates repeats one of bench/templates_blind/ … bench/templates_blind5/.
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


def _head(page: Page, url: str, site: str, title: str, kw: tuple[str, str], ld: bool = True) -> str:
    desc = page.art.get("lead") or title if page.art else title
    out = (f'<meta charset="utf-8"><title>{esc(title)} - {esc(site)}</title>'
           f'<meta name="description" content="{esc(desc)}"><link rel="canonical" href="{url}">'
           + _keywords(page, *kw))  # fmt: skip
    if ld and page.kind != "listing":
        out += _ld(page, url, site)
    return out


# ------------------------------------------------------------------ 1. farmers' union (Hội Nông dân)
def hoi_nong_dan(page: Page, url: str) -> str:
    site = "Hội Nông dân tỉnh Lào Cai"
    menu = ["Trang chủ", "Giới thiệu", "Tin hoạt động", "Quỹ hỗ trợ nông dân",
            "Nông dân với OCOP", "Gương điển hình", "Văn bản", "Liên hệ"]  # fmt: skip
    nav = "".join(
        f'<li class="menu-item"><a href="/c{i}.html">{m}</a></li>' for i, m in enumerate(menu)
    )
    guong = "".join(f'<li><a href="/g{i}.html">{page.c(h)}</a></li>' for i, h in enumerate([
        "Anh Giàng Seo Phử làm giàu từ cây sơn tra đạt chuẩn OCOP",
        "Chị Lù Thị Mai nuôi lợn đen bản địa thu lãi hàng trăm triệu"]))  # fmt: skip
    poll = (f'<div class="poll"><h3>Thăm dò ý kiến</h3><p>{page.c("Hội viên cần hỗ trợ gì nhất khi tham gia Chương trình OCOP?")}</p>'
            '<label><input type="radio" name="p"> Vốn vay</label><label><input type="radio" name="p"> Thiết kế bao bì</label>'
            '<label><input type="radio" name="p"> Kết nối tiêu thụ</label><button>Biểu quyết</button> <a href="#">Xem kết quả</a></div>')  # fmt: skip
    side = (f'<div class="box-side"><h3 class="box-title">Gương nông dân SXKD giỏi</h3><ul>{guong}</ul></div>{poll}'
            '<div class="banner"><a href="/quy"><img src="/upload/banner/quy-ho-tro-nong-dan-300x250.png" alt="quy-ho-tro-nong-dan-300x250.png"></a></div>'
            '<div class="box-side"><h3 class="box-title">Hình ảnh hoạt động</h3><div class="slide"><img src="/upload/hd/1.jpg" alt="hd1.jpg">'
            f'<p class="slide-cap">{page.c("Đoàn công tác thăm gian hàng OCOP của hội viên tại hội chợ nông nghiệp")}</p></div></div>')  # fmt: skip
    if page.kind == "listing":
        title = "Tin hoạt động"
        items = "".join(
            f'<div class="news-item"><a class="thumb" href="/tin/{i}.html"><img src="/upload/thumb/{i}.jpg" alt=""></a>'
            f'<h3><a href="/tin/{i}.html">{esc(t)}</a></h3><span class="date">{20 - i:02d}/11/2026</span>'
            f'<p class="sum">{esc(s)}</p></div>' for i, (t, s) in enumerate(page.teasers(11)))  # fmt: skip
        main = f'<h1 class="cat-title">{title}</h1><div class="news-list">{items}</div><div class="paging"><span>1</span><a href="?p=2">2</a><a href="?p=3">3</a><a href="?p=2">Sau</a></div>'
    else:
        art = page.art
        title = art["title"]
        body = page.body(
            lambda t: f'<p style="text-align: justify;">{t}</p>',
            lambda t: f'<p style="text-align: justify;"><strong>{t}</strong></p>',
            lambda t, i: (f'<div class="img-box" style="text-align:center"><img src="/upload/2026/11/hnd-{i}.jpg" alt="hnd-{i}.jpg" width="600">'
                          f'<div class="image-caption">{t}</div></div>'),
            lambda h: f'<div class="tinlienquan"><b>Tin liên quan:</b><ul><li><a href="/tin/lq.html">{h}</a></li></ul></div>',
        )  # fmt: skip
        lead = f'<div class="news-summary"><b>{esc(art["lead"])}</b></div>' if art["lead"] else ""
        src = (
            f'<p class="news-source">Nguồn: {esc(art["attribution"])}</p>'
            if art["attribution"]
            else ""
        )
        others = "".join(
            f'<li><a href="/tin/o{i}.html">{page.c(h)}</a> <span>(18/11/2026)</span></li>'
            for i, h in enumerate(page.related(5))
        )
        main = (
            f'<div class="breadcrumb"><a href="/">Trang chủ</a> / <a href="/c2.html">Tin hoạt động</a></div>'
            f'<div class="news-detail"><h1 class="news-title">{esc(title)}</h1><div class="news-date">Thứ Bảy, 22/11/2026 - 08:10 | Lượt xem: 312</div>'
            f'{lead}<div class="news-content">{body}</div><p class="news-author" style="text-align:right"><b>{esc(art["byline"])}</b></p>{src}'
            '<div class="news-tools"><a href="#" onclick="window.print()">In bài</a> | <a href="#">Gửi email</a> | <a href="javascript:history.back()">Quay lại</a>'
            ' | <a class="fb-share" href="#">Chia sẻ Facebook</a></div>'
            f'<div class="other-news"><h3>Các tin khác</h3><ul>{others}</ul></div></div>'
        )  # fmt: skip
    head = _head(
        page,
        url,
        site,
        title,
        ("OCOP, nông dân, Lào Cai", "nông dân, giao thông nông thôn, Lào Cai"),
    )
    footer = page.c(
        "Cơ quan chủ quản: Ban Thường vụ Hội Nông dân tỉnh Lào Cai - Đồng hành cùng hội viên xây dựng sản phẩm OCOP"
    )
    return (
        f'<!DOCTYPE html><html lang="vi"><head>{head}<link rel="stylesheet" href="/css/hnd.css"></head><body>'
        f'<div class="top-header"><img src="/images/logo-hnd.png" alt="logo-hnd.png"><span class="site-name">{site}</span>'
        f'<span class="slogan">{page.c("Nông dân Việt Nam tự lực, tự cường, đoàn kết, sáng tạo")}</span></div>'
        f'<ul class="main-menu">{nav}</ul><div class="container"><div class="col-left">{main}</div><div class="col-right">{side}</div></div>'
        f'<div class="footer"><p>{footer}</p><p>Địa chỉ: Đường Hoàng Liên, phường Cốc Lếu, TP Lào Cai. Điện thoại: 0214 3840 xxx</p></div></body></html>'
    )  # fmt: skip


def hnd_url(kind: str) -> str:
    return "https://hoinongdan.laocai.example.vn/" + {
        "long": "tin-hoat-dong/mang-kho-khe-mu-ocop-3-sao-1181.html",
        "brief": "tin-hoat-dong/tap-huan-xay-dung-san-pham-ocop-1185.html",
        "non_ocop": "tin-hoat-dong/hien-dat-mo-rong-duong-lien-thon-1190.html",
        "listing": "tin-hoat-dong.html"}[kind]  # fmt: skip


# ------------------------------------------------------------------ 2. agricultural extension centre
def khuyen_nong(page: Page, url: str) -> str:
    site = "Trung tâm Khuyến nông tỉnh Tuyên Quang"
    cats = [
        "Trồng trọt",
        "Chăn nuôi - Thú y",
        "Thủy sản",
        "Mô hình hiệu quả",
        "Khuyến nông với OCOP",
        "Thông tin thị trường",
    ]
    leftnav = "".join(f'<li><a href="/chuyen-muc/{i}">{c}</a></li>' for i, c in enumerate(cats))
    prices = "".join(f"<tr><td>{page.c(n)}</td><td>{p}</td></tr>" for n, p in [
        ("Lúa tẻ thường", "7.800"), ("Chè búp tươi", "9.500"), ("Gà ri OCOP làm sẵn", "185.000")])  # fmt: skip
    side = (f'<div class="portlet"><div class="portlet-title">Giá cả thị trường (đ/kg)</div><table class="price">{prices}</table></div>'
            f'<div class="portlet"><div class="portlet-title">Hỏi đáp kỹ thuật</div><p class="qa">{page.c("Hỏi: Gà nuôi thả bị khò khè, chảy nước mũi thì xử lý thế nào?")}</p>'
            '<form><textarea placeholder="Nhập câu hỏi của bà con"></textarea><button>Gửi câu hỏi</button></form></div>'
            f'<div class="portlet"><div class="portlet-title">Bản tin khuyến nông trên sóng phát thanh</div><p>{page.c("Thứ Ba, Thứ Năm lúc 17h30 trên kênh TQR: Chuyên mục Khuyến nông và sản phẩm OCOP")}</p></div>')  # fmt: skip
    if page.kind == "listing":
        title = "Mô hình hiệu quả"
        rows = "".join(
            f'<tr><td class="thumb"><img src="/Upload/tin/{i}.jpg" width="120" alt=""></td><td><a class="title" href="/tin/{i}">{esc(t)}</a>'
            f'<br><i>({21 - i}/11/2026)</i><br>{esc(s)}</td></tr>' for i, (t, s) in enumerate(page.teasers(10)))  # fmt: skip
        main = f'<h3 class="title-detail">{title}</h3><table class="list-news">{rows}</table><div class="pager">Trang: <b>1</b> <a href="?page=2">2</a> <a href="?page=3">3</a></div>'
    else:
        art = page.art
        title = art["title"]
        body = page.body(
            lambda t: f"<p>{t}</p>",
            lambda t: f"<h4>{t}</h4>",
            lambda t, i: (f'<table class="tbl-img" align="center"><tr><td><img src="/Upload/2026/kn-{i}.jpg" alt="kn-{i}.jpg"></td></tr>'
                          f'<tr><td class="img-note"><em>{t}</em></td></tr></table>'),
            lambda h: f'<div class="box-kythuat"><span class="lbl">Kỹ thuật liên quan</span> <a href="/ky-thuat/1">{h}</a></div>',
        )  # fmt: skip
        lead = (
            f'<div class="sapo"><p><strong>{esc(art["lead"])}</strong></p></div>'
            if art["lead"]
            else ""
        )
        au = esc(art["byline"]) + (f" - {esc(art['attribution'])}" if art["attribution"] else "")
        docs = (f'<div class="tai-lieu"><b>Tài liệu kỹ thuật:</b><ul><li><a href="/files/quy-trinh.pdf">{page.c("Quy trình nuôi gà thả vườn an toàn sinh học (PDF, 1,2 MB)")}</a></li>'
                '<li><a href="/files/so-nhat-ky.xlsx">Mẫu sổ nhật ký chăn nuôi (XLSX)</a></li></ul></div>')  # fmt: skip
        others = "".join(
            f'<li><a href="/tin/o{i}">{page.c(h)}</a></li>' for i, h in enumerate(page.related(4))
        )
        main = (
            f'<div class="path">Trang chủ » Mô hình hiệu quả</div><div class="detail-news"><h3 class="title-detail">{esc(title)}</h3>'
            f'<div class="date-detail">Cập nhật: 22/11/2026 08:10</div>{lead}<div class="content-detail">{body}</div>'
            f'<p align="right"><b><i>{au}</i></b></p>{docs}'
            '<div class="tool"><a href="#">Bản in</a> <a href="#">Gửi bài viết</a> <a href="#">Lên đầu trang</a></div>'
            f'<div class="tin-khac"><div class="portlet-title">Tin đã đăng</div><ul>{others}</ul></div></div>'
        )  # fmt: skip
    head = _head(
        page,
        url,
        site,
        title,
        ("khuyến nông, OCOP, Tuyên Quang", "khuyến nông, sâu keo mùa thu, ngô vụ đông"),
    )
    footer = page.c(
        "Trung tâm Khuyến nông tỉnh Tuyên Quang - Chuyển giao kỹ thuật, đồng hành cùng chủ thể OCOP"
    )
    return (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">'
        f'<html xmlns="http://www.w3.org/1999/xhtml"><head>{head}</head><body><div id="wrapper">'
        f'<div id="header"><h1 class="logo"><a href="/">{site}</a></h1><div class="hotline">Đường dây nóng: 0207 3822 xxx</div></div>'
        f'<div id="menu"><a href="/">Trang chủ</a> <a href="/gioi-thieu">Giới thiệu</a> <a href="/tin-tuc">Tin tức</a> <a href="/ky-thuat">Kỹ thuật</a> <a href="/lien-he">Liên hệ</a></div>'
        f'<table width="100%"><tr><td id="left" valign="top"><div class="portlet"><div class="portlet-title">Chuyên mục</div><ul>{leftnav}</ul></div></td>'
        f'<td id="center" valign="top">{main}</td><td id="right" valign="top">{side}</td></tr></table>'
        f'<div id="footer">{footer}<br>Số lượt truy cập: 1.204.377</div></div></body></html>'
    )  # fmt: skip


def kn_url(kind: str) -> str:
    return "https://khuyennong.tuyenquang.example.vn/" + {
        "long": "tin/mo-hinh-ga-tha-vuon-an-toan-sinh-hoc-ocop-2231",
        "brief": "tin/tap-huan-so-che-che-ocop-2236",
        "non_ocop": "tin/phong-tru-sau-keo-mua-thu-2240",
        "listing": "chuyen-muc/3"}[kind]  # fmt: skip


TEMPLATES = {
    "hoi_nong_dan": (hoi_nong_dan, hnd_url),
    "khuyen_nong": (khuyen_nong, kn_url),
}
