"""Page templates of the sixth blind set, each modelled on one family of Vietnamese sites.

Every render(page, url) returns the page HTML; strings passed through ``page.c`` are chrome
(recorded in the gold as must-not-appear). Kind "listing" is not an article. None of these
templates repeats one of bench/templates_blind/ … bench/templates_blind5/.
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


# ------------------------------------------------------------------ 3. province OCOP trade portal
def _stars(n: int) -> str:
    return (
        '<span class="stars">'
        + "★" * n
        + "☆" * (5 - n)
        + f'</span> <span class="star-lbl">{n} sao</span>'
    )


def _so_side(page: Page) -> str:
    """Product-card sidebar of the OCOP shop (its product names are chrome)."""
    prods = [
        ("Cam Cao Phong hộp 5 kg", "250.000đ", 4),
        ("Chè shan tuyết Pà Cò 200 g", "180.000đ", 3),
        ("Gạo nếp cẩm Đà Bắc 2 kg", "90.000đ", 3),
    ]
    cards = "".join(
        f'<div class="product-card"><img src="/media/sp/{i}.jpg" alt="sp-{i}.jpg"><h4 class="product-name">{page.c(n)}</h4>'
        f'{_stars(s)}<div class="price">{p}</div><button class="btn-cart">Thêm vào giỏ</button></div>' for i, (n, p, s) in enumerate(prods))  # fmt: skip
    return (f'<aside class="sidebar"><div class="widget"><h3>Sản phẩm OCOP mới lên sàn</h3>{cards}</div>'
            '<div class="widget"><h3>Gian hàng nổi bật</h3><ul><li>HTX Nông nghiệp Phong Phú</li><li>HTX Chè Pà Cò</li></ul></div></aside>')  # fmt: skip


def san_ocop(page: Page, url: str) -> str:
    site = "Sàn thương mại điện tử sản phẩm OCOP tỉnh Hòa Bình"
    cats = [
        "Thực phẩm",
        "Đồ uống",
        "Thảo dược",
        "Vải - may mặc",
        "Lưu niệm - nội thất",
        "Dịch vụ du lịch",
    ]
    mega = "".join(f'<li><a href="/danh-muc/{i}">{c}</a></li>' for i, c in enumerate(cats))
    side = _so_side(page)
    if page.kind == "listing":
        title = "Tin tức - Sự kiện"
        grid = "".join(
            f'<div class="blog-card"><a href="/tin-tuc/{i}"><img src="/media/news/{i}.jpg" alt=""></a><div class="blog-card-body">'
            f'<span class="blog-date">{22 - i}/11/2026</span><h3><a href="/tin-tuc/{i}">{esc(t)}</a></h3><p>{esc(s)}</p>'
            '<a class="more" href="#">Xem chi tiết →</a></div></div>' for i, (t, s) in enumerate(page.teasers(12)))  # fmt: skip
        main = f'<h1 class="page-title">{title}</h1><div class="blog-grid">{grid}</div><nav class="pagination"><a class="active">1</a><a>2</a><a>»</a></nav>'
    else:
        art = page.art
        title = art["title"]
        body = page.body(
            lambda t: f"<p>{t}</p>",
            lambda t: f"<h2>{t}</h2>",
            lambda t, i: f'<figure class="image"><img src="/media/news/bd-{i}.jpg" alt="bd-{i}.jpg"><figcaption>{t}</figcaption></figure>',
            lambda h: (f'<div class="inline-product"><span class="ip-label">Sản phẩm trong bài</span><div class="product-card mini">'
                       f'<img src="/media/sp/x.jpg" alt="sp-inline.jpg"><h4 class="product-name">{h}</h4>{_stars(4)}'
                       '<div class="price">320.000đ <del>360.000đ</del></div><a class="btn-buy" href="/gio-hang">Mua ngay</a></div></div>'),
        )  # fmt: skip
        lead = (
            f'<p class="blog-excerpt"><strong>{esc(art["lead"])}</strong></p>'
            if art["lead"]
            else ""
        )
        src = (
            f'<p class="blog-source">Nguồn: {esc(art["attribution"])}</p>'
            if art["attribution"]
            else ""
        )
        rel = "".join(
            f'<li><a href="/tin-tuc/r{i}">{page.c(h)}</a></li>'
            for i, h in enumerate(page.related(4))
        )
        main = (
            f'<nav class="breadcrumb"><a href="/">Trang chủ</a> › <a href="/tin-tuc">Tin tức - Sự kiện</a></nav>'
            f'<div class="blog-detail"><h1 class="blog-title">{esc(title)}</h1><div class="blog-meta"><span>22/11/2026</span> · <span>Tác giả: {esc(art["byline"])}</span></div>'
            f'{lead}<div class="blog-content">{body}</div>{src}'
            '<div class="share">Chia sẻ: <a href="#">Facebook</a> <a href="#">Zalo</a> <a href="#">Sao chép liên kết</a></div>'
            f'<div class="related"><h3>Tin liên quan</h3><ul>{rel}</ul></div></div>'
        )  # fmt: skip
    head = _head(
        page,
        url,
        site,
        title,
        ("OCOP, sàn thương mại điện tử, Hòa Bình", "bảo quản nông sản, nồm ẩm"),
    )
    footer = page.c(
        "Sàn thương mại điện tử sản phẩm OCOP tỉnh Hòa Bình - Kết nối người mua với sản phẩm đạt chuẩn"
    )
    return (
        f'<!DOCTYPE html><html lang="vi"><head>{head}</head><body class="theme-ocop">'
        '<div class="topbar">Miễn phí vận chuyển cho đơn từ 500.000đ · Hotline 1900 xxxx</div>'
        f'<header class="site-header"><a class="logo" href="/"><img src="/logo-ocop.svg" alt="logo-ocop.svg"></a>'
        '<form class="search"><input placeholder="Tìm sản phẩm, gian hàng…"><button>Tìm</button></form>'
        '<a class="cart" href="/gio-hang">Giỏ hàng (0)</a> <a href="/dang-nhap">Đăng nhập</a> <a href="/dang-ky-gian-hang">Mở gian hàng</a></header>'
        f'<nav class="mega-menu"><span>Danh mục sản phẩm</span><ul>{mega}</ul><a href="/tin-tuc">Tin tức</a></nav>'
        f'<div class="container"><main class="content">{main}</main>{side}</div>'
        f'<footer class="site-footer"><p>{footer}</p><p>Đơn vị vận hành: Trung tâm Xúc tiến đầu tư, thương mại và du lịch tỉnh Hòa Bình</p>'
        '<p>Chính sách đổi trả · Hướng dẫn mua hàng · Điều khoản sử dụng</p></footer></body></html>'
    )  # fmt: skip


def so_url(kind: str) -> str:
    return "https://ocop.hoabinh.example.vn/" + {
        "long": "tin-tuc/buoi-do-tan-lac-vao-mua-ban-hang-truc-tuyen",
        "brief": "tin-tuc/khai-truong-diem-ocop-ben-xe-khach",
        "non_ocop": "tin-tuc/bao-quan-nong-san-kho-ngay-nom-am",
        "listing": "tin-tuc"}[kind]  # fmt: skip


# ------------------------------------------------------------------ 4. commune e-government page
def ubnd_xa(page: Page, url: str) -> str:
    site = "Cổng thông tin điện tử xã Thạch Đồng"
    menu = ["Trang chủ", "Giới thiệu", "Tin tức - Sự kiện", "Chỉ đạo điều hành", "Thủ tục hành chính",
            "Văn bản", "Nông thôn mới - OCOP", "Hỏi đáp", "Liên hệ"]  # fmt: skip
    nav = "".join(
        f'<li><a href="/portal/xa-thach-dong/m{i}">{m}</a></li>' for i, m in enumerate(menu)
    )
    lich = "".join(f"<tr><td>{d}</td><td>{page.c(s)}</td></tr>" for d, s in [
        ("Thứ Hai 24/11", "Chủ tịch UBND xã tiếp công dân định kỳ"),
        ("Thứ Tư 26/11", "Kiểm tra tiến độ hồ sơ sản phẩm OCOP tại thôn Đông Lộc")])  # fmt: skip
    side = ('<div class="portlet"><div class="portlet-header">Tra cứu thủ tục hành chính</div><form><input placeholder="Nhập tên thủ tục"><select><option>Lĩnh vực</option></select><button>Tìm kiếm</button></form></div>'
            f'<div class="portlet"><div class="portlet-header">Lịch công tác tuần</div><table class="lich">{lich}</table></div>'
            '<div class="portlet"><div class="portlet-header">Đánh giá sự hài lòng</div><a href="https://dichvucong.example.vn/danh-gia"><img src="/img/danh-gia-hai-long.png" alt="danh-gia-hai-long.png"></a></div>'
            '<div class="portlet"><div class="portlet-header">Thống kê truy cập</div><p>Đang truy cập: 12</p><p>Tổng lượt: 58.904</p></div>')  # fmt: skip
    if page.kind == "listing":
        title = "Tin tức - Sự kiện"
        rows = "".join(
            f'<div class="news-row"><div class="news-row-img"><img src="/upload/news/{i}.jpg" alt=""></div><div class="news-row-info">'
            f'<a class="news-row-title" href="/portal/xa-thach-dong/tin/{i}">{esc(t)}</a><span class="news-row-date">({20 - i}/11/2026)</span>'
            f'<div class="news-row-sum">{esc(s)}</div></div></div>' for i, (t, s) in enumerate(page.teasers(10)))  # fmt: skip
        main = f'<div class="portlet"><div class="portlet-header">{title}</div>{rows}<div class="pager">1 2 3 ... 24 Trang sau</div></div>'
    else:
        art = page.art
        title = art["title"]
        body = page.body(
            lambda t: f'<p style="text-align:justify;text-indent:30px">{t}</p>',
            lambda t: f'<p style="text-align:justify"><b><i>{t}</i></b></p>',
            lambda t, i: f'<p style="text-align:center"><img src="/upload/2026/11/hn-{i}.jpg" alt="hn-{i}.jpg"></p><p class="caption" style="text-align:center"><i>{t}</i></p>',
            lambda h: f'<p><b>Xem thêm:</b> <a href="#">{h}</a></p>',
        )  # fmt: skip
        lead = f'<div class="ArticleSummary"><b>{esc(art["lead"])}</b></div>' if art["lead"] else ""
        sign = ""
        if page.kind == "brief":
            sign = (f'<table class="sign" align="right"><tr><td style="text-align:center"><b>{page.c("TM. ỦY BAN NHÂN DÂN")}</b><br><b>{page.c("KT. CHỦ TỊCH")}</b><br><b>PHÓ CHỦ TỊCH</b><br>'
                    f'<i>(Đã ký)</i><br><br><b>{page.c("Phan Văn Lợi")}</b></td></tr></table>'
                    f'<div class="attach"><b>Tệp đính kèm:</b> <a href="/upload/vb/tb-ocop-2027.pdf">{page.c("TB_nhan_ho_so_OCOP_dot1_2027.pdf")}</a>'
                    '<iframe class="pdf-viewer" src="/pdfjs/web/viewer.html?file=/upload/vb/tb-ocop-2027.pdf" width="100%" height="600"></iframe></div>')  # fmt: skip
        rel = "".join(
            f'<li><a href="/portal/xa-thach-dong/tin/r{i}">{page.c(h)}</a> <span class="date">(19/11/2026)</span></li>'
            for i, h in enumerate(page.related(5))
        )
        main = (
            f'<div class="breadcrumb">Trang chủ » Tin tức - Sự kiện » Tin địa phương</div><div class="ArticleDetail">'
            f'<div class="ArticleHeader"><div class="title-news">{esc(title)}</div><div class="news-date">Ngày đăng: 22/11/2026 | Lượt xem: 87</div></div>'
            f'{lead}<div class="ArticleContent">{body}</div>{sign}<div class="author" style="text-align:right"><b>{esc(art["byline"])}</b></div>'
            '<div class="tools"><a href="#">In trang</a> | <a href="#">Gửi email</a> | <a href="#">Chia sẻ</a></div>'
            f'<div class="other-news"><div class="portlet-header">Tin cùng chuyên mục</div><ul>{rel}</ul></div></div>'
        )  # fmt: skip
    head = _head(
        page,
        url,
        site,
        title,
        ("OCOP, xã Thạch Đồng, nông thôn mới", "xã Thạch Đồng, vệ sinh môi trường"),
        ld=False,
    )
    footer = page.c(
        "Trưởng Ban biên tập: Chủ tịch UBND xã Thạch Đồng. Chuyên trang Nông thôn mới - OCOP của xã được cập nhật hằng tuần."
    )
    return (
        f'<!DOCTYPE html><html lang="vi"><head>{head}</head><body><div class="gov-banner"><img src="/img/quoc-huy.png" alt="quoc-huy.png">'
        f'<h1 class="portal-name">{site.upper()}</h1><div class="portal-sub">{page.c("Ủy ban nhân dân huyện Thạch Hà - tỉnh Hà Tĩnh")}</div>'
        '<a class="parent" href="https://hatinh.example.gov.vn">Cổng TTĐT tỉnh</a></div>'
        f'<ul class="gov-menu">{nav}</ul><div class="marquee-line">Chào mừng quý khách đến với Cổng thông tin điện tử xã Thạch Đồng</div>'
        f'<div class="row"><div class="col-9">{main}</div><div class="col-3">{side}</div></div>'
        f'<div class="gov-footer"><p>{footer}</p><p>Địa chỉ: UBND xã Thạch Đồng. Điện thoại: 0239 3xxx xxx. Giấy phép số 12/GP-STTTT</p></div></body></html>'
    )  # fmt: skip


def xa_url(kind: str) -> str:
    return "https://xathachdong.hatinh.example.gov.vn/portal/" + {
        "long": "pages/2026-11-20/Xa-Thach-Dong-to-chuc-hoi-nghi-trien-khai-ke-hoac-441120.aspx",
        "brief": "pages/2026-11-21/Thong-bao-nhan-ho-so-dang-ky-danh-gia-san-pham-OCOP-441187.aspx",
        "non_ocop": "pages/2026-11-16/Xa-Thach-Dong-ra-quan-tong-ve-sinh-moi-truong-440962.aspx",
        "listing": "Pages/Tin-tuc-su-kien.aspx"}[kind]  # fmt: skip


TEMPLATES["san_ocop"] = (san_ocop, so_url)
TEMPLATES["ubnd_xa"] = (ubnd_xa, xa_url)


# ------------------------------------------------------------------ 5. ministry magazine with PDF issues
def tap_chi_bo(page: Page, url: str) -> str:
    site = "Tạp chí Kinh tế Nông thôn"
    issues = "".join(
        f'<div class="issue-cover"><img src="/covers/so-{n}.jpg" alt="bia-so-{n}-2026.jpg"><a href="/pdf/so-{n}-2026.pdf">Số {n}/2026 (PDF)</a></div>'
        for n in (22, 21, 20))  # fmt: skip
    side = (f'<div class="widget"><h4>Các số đã xuất bản</h4>{issues}<a href="/luu-tru">Xem tất cả các số</a></div>'
            f'<div class="widget"><h4>Bài đọc nhiều</h4><ol>{"".join(f"<li>{page.c(h)}</li>" for h in page.related(3))}</ol></div>'
            '<div class="widget"><h4>Dành cho tác giả</h4><ul><li><a href="/the-le">Thể lệ gửi bài</a></li><li><a href="/mau">Mẫu trình bày bài báo khoa học</a></li>'
            '<li><a href="/quy-trinh">Quy trình phản biện</a></li></ul></div>')  # fmt: skip
    issue_bar = (f'<div class="issue-bar">{page.c("Số 22 - Kỳ 2 tháng 11/2026 - Chuyên san Chương trình OCOP")} · '
                 '<a class="pdf" href="/pdf/so-22-2026.pdf">Tải bản PDF toàn số (12,4 MB)</a> · ISSN 1859-xxxx</div>')  # fmt: skip
    if page.kind == "listing":
        title = "Mục lục Số 22 - Kỳ 2 tháng 11/2026"
        toc = "".join(
            f'<div class="toc-item"><span class="toc-page">Tr. {3 + 6 * i}</span><h3><a href="/bai/{i}">{esc(t)}</a></h3>'
            f'<p class="toc-abstract">{esc(s)}</p><a class="toc-pdf" href="/pdf/bai-{i}.pdf">PDF</a></div>' for i, (t, s) in enumerate(page.teasers(11)))  # fmt: skip
        main = f'{issue_bar}<h1 class="issue-title">{title}</h1><div class="toc">{toc}</div>'
    else:
        art = page.art
        title = art["title"]
        research = page.kind != "brief"
        body = page.body(
            lambda t: f'<p class="para">{t}</p>',
            lambda t: f'<h3 class="sec">{t}</h3>',
            lambda t, i: f'<figure><img src="/img/h{i}.png" alt="hinh-{i}.png"><figcaption>{t}</figcaption></figure>',
            lambda h: f'<p><a href="#">{h}</a></p>',
        )  # fmt: skip
        if research:
            authors = (f'<div class="authors">{esc(art["byline"])}<sup>1,2</sup></div>'
                       f'<div class="affil"><sup>1</sup>{page.c("Viện Chính sách và Chiến lược phát triển nông nghiệp nông thôn")}; <sup>2</sup>Trường Đại học Nông Lâm</div>')  # fmt: skip
            lead = f'<div class="abstract"><b>Tóm tắt:</b> <i>{esc(art["lead"])}</i></div>'
            kw = (
                "OCOP; chuỗi giá trị; liên kết; trung du"
                if page.kind == "long"
                else "tưới nhỏ giọt; cây ăn quả; đất dốc"
            )
            refs = ["Bộ Nông nghiệp và Môi trường (2025), Báo cáo tổng kết giai đoạn 2021-2025, Hà Nội.",
                    "Trần Minh Đức và cộng sự (2024), Mô hình hợp tác xã kiểu mới ở vùng trung du, Nxb Nông nghiệp."]  # fmt: skip
            after = (f'<div class="received">{page.c("Ngày nhận bài: 02/9/2026; ngày phản biện: 20/9/2026; ngày duyệt đăng: 15/10/2026")}</div>'
                     f'<div class="refs"><h4>TÀI LIỆU THAM KHẢO</h4><ol>{"".join(f"<li>{page.c(r)}</li>" for r in refs)}</ol></div>'
                     '<a class="btn-pdf" href="/pdf/bai.pdf">Tải bài báo (PDF)</a> <a class="btn-cite" href="#">Trích dẫn bài báo</a>')  # fmt: skip
            top = f'<div class="keywords"><b>Từ khóa:</b> {page.c(kw)}</div>'
            main = (f'{issue_bar}<article class="paper"><span class="section-lbl">Nghiên cứu - Trao đổi</span><h1 class="paper-title">{esc(title)}</h1>'
                    f'{authors}{lead}{top}<div class="fulltext">{body}</div>{after}</article>')  # fmt: skip
        else:
            main = (f'{issue_bar}<article class="news"><span class="section-lbl">Tin hoạt động</span><h1 class="paper-title">{esc(title)}</h1>'
                    f'<div class="date">22/11/2026</div><div class="fulltext">{body}</div><p class="pv" style="text-align:right">{esc(art["byline"])}</p></article>')  # fmt: skip
    head = _head(
        page,
        url,
        site,
        title,
        ("OCOP, chuỗi giá trị, tạp chí", "thủy lợi, tưới tiết kiệm, cây ăn quả"),
    )
    footer = page.c(
        "Tạp chí Kinh tế Nông thôn - Cơ quan ngôn luận về phát triển nông thôn và Chương trình OCOP"
    )
    return (
        f'<!DOCTYPE html><html lang="vi"><head>{head}</head><body><header class="mag-header"><img src="/logo-tapchi.png" alt="logo-tapchi.png">'
        f'<nav><a href="/">Trang chủ</a> <a href="/so-moi">Số mới</a> <a href="/luu-tru">Lưu trữ</a> <a href="/gui-bai">Gửi bài</a> <a href="/en">English</a></nav></header>'
        f'<div class="wrap"><main>{main}</main><aside>{side}</aside></div>'
        f'<footer><p>{footer}</p><p>Giấy phép hoạt động báo chí số 123/GP-BTTTT. Tổng biên tập: …</p></footer></body></html>'
    )  # fmt: skip


def tc_url(kind: str) -> str:
    return "https://tapchikinhtenongthon.example.vn/" + {
        "long": "bai/lien-ket-chuoi-gia-tri-ocop-vung-trung-du-5521",
        "brief": "tin/ra-mat-chuyen-san-ocop-5530",
        "non_ocop": "bai/tuoi-tiet-kiem-nuoc-cay-an-qua-dat-doc-5518",
        "listing": "so/22-2026"}[kind]  # fmt: skip


# ------------------------------------------------------------------ 6. provincial party paper with Tiêu điểm strip
def bao_tieu_diem(page: Page, url: str) -> str:
    site = "Báo Thái Nguyên điện tử"
    menu = [
        "Thời sự",
        "Kinh tế",
        "Nông thôn mới - OCOP",
        "Xã hội",
        "Văn hóa",
        "Thể thao",
        "Pháp luật",
        "Multimedia",
    ]
    nav = "".join(f'<li><a href="/{i}/">{m}</a></li>' for i, m in enumerate(menu))
    hot = page.related(4)
    ticker = "".join(f'<li><a href="/td/{i}">{page.c(h)}</a></li>' for i, h in enumerate(hot))
    events = "".join(
        f'<a class="ev" href="/su-kien/{i}">#{e}</a> '
        for i, e in enumerate(["Đại hội Đảng các cấp", "Sản phẩm OCOP", "Chuyển đổi số"])
    )
    if page.kind == "listing":
        title = "Nông thôn mới - OCOP"
        big_t, big_s = page.teasers(1)[0]
        rest = "".join(
            f'<div class="story"><a class="story-thumb" href="/s/{i}"><img src="/thumb/{i}.jpg" alt=""></a><h3 class="story-title"><a href="/s/{i}">{esc(t)}</a></h3>'
            f'<div class="story-sapo">{esc(s)}</div></div>' for i, (t, s) in enumerate(page.teasers(11)[1:]))  # fmt: skip
        main = (f'<h1 class="cat-name">{title}</h1><div class="cat-top"><h2><a href="/s/top">{esc(big_t)}</a></h2><p>{esc(big_s)}</p></div>'
                f'<div class="cat-list">{rest}</div><a class="load-more" href="?page=2">Xem thêm</a>')  # fmt: skip
    else:
        art = page.art
        title = art["title"]
        body = page.body(
            lambda t: f'<p style="text-align: justify;">{t}</p>',
            lambda t: f'<h2 style="text-align: justify;"><strong>{t}</strong></h2>',
            lambda t, i: (f'<table class="image center"><tbody><tr><td><img src="/uploads/2026/11/tn-{i}.jpg" alt="tn-{i}.jpg"></td></tr>'
                          f'<tr><td class="image_desc">{t}</td></tr></tbody></table>'),
            lambda h: f'<div class="lq-inline"><p class="lq-title">Bài liên quan</p><ul><li><a href="/lq/1">{h}</a></li></ul></div>',
        )  # fmt: skip
        lead = (
            f'<div class="detail-sapo"><strong>{esc(art["lead"])}</strong></div>'
            if art["lead"]
            else ""
        )
        same = "".join(
            f'<div class="same-item"><img src="/thumb/s{i}.jpg" alt=""><a href="/c/{i}">{page.c(h)}</a></div>' for i, h in enumerate(page.related(6)[4:]))  # fmt: skip
        tags = "OCOP, chè Tân Cương, hữu cơ" if page.kind != "non_ocop" else "hồ điều hòa, đô thị"
        main = (
            f'<div class="breadcrumb"><a href="/">Trang chủ</a> › <a href="/2/">Nông thôn mới - OCOP</a></div>'
            f'<h1 class="detail-title">{esc(title)}</h1><div class="detail-meta"><span class="date">Thứ Bảy, 22/11/2026, 08:10</span>'
            '<span class="font-tool">Cỡ chữ: <a>A-</a> <a>A</a> <a>A+</a></span> <a class="listen" href="#">Nghe đọc bài</a></div>'
            f'{lead}<div class="detail-content">{body}</div><p class="detail-author" style="text-align:right"><strong>{esc(art["byline"])}</strong></p>'
            f'<div class="detail-tags">Từ khóa: {esc(tags)}</div><div class="share">Chia sẻ: <a>Facebook</a> <a>Zalo</a> <a>Twitter</a></div>'
            f'<div class="same-cat"><h3>Tin cùng chuyên mục</h3>{same}</div>'
            f'<div class="comment"><h3>Ý kiến bạn đọc</h3><p class="cmt-note">{page.c("Bạn đọc có thể gửi ý kiến về sản phẩm OCOP quê mình tới hộp thư của Báo.")}</p>'
            '<form><textarea placeholder="Nội dung ý kiến"></textarea><input placeholder="Họ tên"><input placeholder="Email"><button>Gửi ý kiến</button></form></div>'
        )  # fmt: skip
    head = _head(
        page,
        url,
        site,
        title,
        ("OCOP, chè Tân Cương, Thái Nguyên", "hồ điều hòa, đô thị, Thái Nguyên"),
    )
    footer = page.c(
        "Cơ quan của Đảng bộ tỉnh Thái Nguyên. Chuyên trang Nông thôn mới - OCOP phát hành thứ Năm hằng tuần."
    )
    most = "".join(f"<li>{page.c(h)}</li>" for h in page.related(9)[6:])
    return (
        f'<!DOCTYPE html><html lang="vi"><head>{head}</head><body><div class="top-date">Chủ Nhật, 23/11/2026</div>'
        f'<header><a class="logo" href="/"><img src="/logo-btn.png" alt="logo-bao-thai-nguyen.png"></a>'
        '<img class="adv" src="/qc/banner-top-728x90.jpg" alt="banner-top-728x90.jpg"></header>'
        f'<ul class="main-nav">{nav}</ul><div class="tieu-diem"><span class="td-label">Tiêu điểm</span><ul class="ticker">{ticker}</ul></div>'
        f'<div class="event-bar"><span>Sự kiện:</span> {events}</div>'
        f'<div class="container"><div class="main-col">{main}</div><div class="side-col"><div class="box"><h3>Đọc nhiều</h3><ol>{most}</ol></div>'
        '<img src="/qc/right-300x600.jpg" alt="right-300x600.jpg"></div></div>'
        f'<footer><p>{footer}</p><p>Tổng Biên tập: … Giấy phép số 456/GP-BTTTT</p></footer></body></html>'
    )  # fmt: skip


def td_url(kind: str) -> str:
    return "https://baothainguyen.example.vn/" + {
        "long": "nong-thon-moi-ocop/che-tan-cuong-giu-hang-sao-huu-co-331207.html",
        "brief": "nong-thon-moi-ocop/hoi-cho-xuc-tien-thuong-mai-cuoi-nam-331215.html",
        "non_ocop": "xa-hoi/hoan-thanh-cai-tao-ho-dieu-hoa-phia-bac-331190.html",
        "listing": "nong-thon-moi-ocop/"}[kind]  # fmt: skip


TEMPLATES["tap_chi_bo"] = (tap_chi_bo, tc_url)
TEMPLATES["bao_tieu_diem"] = (bao_tieu_diem, td_url)


# ------------------------------------------------------------------ 7. Ghost newsletter blog
def ghost_blog(page: Page, url: str) -> str:
    site = "Đồng Quê Ghi Chép"
    nav = "".join(
        f'<li class="nav-{i}"><a href="/{i}/">{m}</a></li>'
        for i, m in enumerate(["Trang chủ", "Phóng sự", "Ghi chú", "Làng nghề", "Giới thiệu"])
    )
    cta = (f'<section class="gh-cta"><h3>{page.c("Nhận bài mới về làng nghề và sản phẩm OCOP mỗi sáng Chủ nhật")}</h3>'
           '<form data-members-form="subscribe"><input type="email" placeholder="Email của bạn"><button>Đăng ký</button></form></section>')  # fmt: skip
    if page.kind == "listing":
        title = site
        feed = "".join(
            f'<article class="post-card"><a class="post-card-image-link" href="/p{i}/"><img class="post-card-image" src="/content/images/{i}.jpg" alt=""></a>'
            f'<div class="post-card-content"><a class="post-card-content-link" href="/p{i}/"><header class="post-card-header"><div class="post-card-primary-tag">Phóng sự</div>'
            f'<h2 class="post-card-title">{esc(t)}</h2></header><div class="post-card-excerpt">{esc(s)}</div></a>'
            f'<footer class="post-card-meta"><time>{20 - i} thg 11, 2026</time><span class="post-card-meta-length">5 phút đọc</span></footer></div></article>'
            for i, (t, s) in enumerate(page.teasers(12)))  # fmt: skip
        main = f'<div class="site-header-content"><h1 class="site-title">{site}</h1><p class="site-description">{page.c("Bản tin cá nhân về nông thôn, làng nghề và sản phẩm OCOP")}</p></div><div class="post-feed">{feed}</div>{cta}'
    else:
        art = page.art
        title = art["title"]
        hid = iter(range(20))
        body = page.body(
            lambda t: f"<p>{t}</p>",
            lambda t: f'<h2 id="h{next(hid)}">{t}</h2>',
            lambda t, i: (f'<figure class="kg-card kg-image-card kg-card-hascaption"><img src="/content/images/2026/11/anh-{i}.jpg" class="kg-image" alt="anh-{i}.jpg" loading="lazy" width="2000" height="1333">'
                          f'<figcaption><span style="white-space: pre-wrap;">{t}</span></figcaption></figure>'),
            lambda h: (f'<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="/bai-cu/"><div class="kg-bookmark-content">'
                       f'<div class="kg-bookmark-title">{h}</div><div class="kg-bookmark-description">{page.c("Một bài cũ trên bản tin này, kể về những người còn giữ nghề ở vùng ven biển miền Trung.")}</div>'
                       f'<div class="kg-bookmark-metadata"><span class="kg-bookmark-author">{site}</span></div></div></a></figure>'),
        )  # fmt: skip
        callout = (f'<div class="kg-card kg-callout-card kg-callout-card-grey"><div class="kg-callout-emoji">💌</div>'
                   f'<div class="kg-callout-text">{page.c("Bài này được gửi qua email cho người đăng ký trước khi lên web. Nếu được chuyển tiếp, bạn có thể đăng ký ở cuối trang.")}</div></div>')  # fmt: skip
        excerpt = f'<p class="article-excerpt">{esc(art["lead"])}</p>' if art["lead"] else ""
        reads = "".join(
            f'<article class="post-card"><h2 class="post-card-title">{page.c(h)}</h2><div class="post-card-excerpt">{page.c(s)}</div></article>'
            for h, s in [(page.related(3)[0], "Chuyến đi ngắn về một vùng trồng chè cổ thụ."), (page.related(3)[2], "Những ghi chép trong ngày hội chợ cuối năm.")])  # fmt: skip
        main = (
            f'<article class="article post tag-phong-su"><header class="article-header gh-canvas"><section class="article-tag"><a href="/tag/phong-su/">Phóng sự</a></section>'
            f'<h1 class="article-title">{esc(title)}</h1>{excerpt}<div class="article-byline"><div class="article-byline-meta"><h4 class="author-name"><a href="/author/yen/">{esc(art["byline"])}</a></h4>'
            '<div class="byline-meta-content"><time datetime="2026-11-22">22 thg 11, 2026</time><span class="byline-reading-time"><span class="bull">•</span> 6 phút đọc</span></div></div></div></header>'
            f'<section class="gh-content gh-canvas">{callout}{body}</section></article>'
            f'<section class="article-comments gh-canvas"><p>{page.c("Đăng nhập để bình luận. Bình luận chỉ dành cho thành viên trả phí.")}</p></section>'
            f'{cta}<aside class="read-more-wrap"><div class="read-more inner"><h3>Đọc tiếp</h3>{reads}</div></aside>'
        )  # fmt: skip
    head = _head(
        page, url, site, title, ("OCOP, làng nghề, nước mắm", "đồng quê, mùa gặt, phá Tam Giang")
    )
    return (
        f'<!DOCTYPE html><html lang="vi"><head>{head}<meta name="generator" content="Ghost 5.96"><link rel="stylesheet" href="/assets/built/screen.css?v=8c1f"></head>'
        f'<body class="post-template is-head-left-logo has-cover"><div class="viewport"><header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner">'
        f'<div class="gh-head-brand"><a class="gh-head-logo" href="/">{site}</a></div><nav class="gh-head-menu"><ul class="nav">{nav}</ul></nav>'
        '<div class="gh-head-actions"><a href="#/portal/signin" data-portal="signin">Đăng nhập</a><a class="gh-head-button" href="#/portal/signup" data-portal="signup">Đăng ký</a></div></div></header>'
        f'<div class="site-content"><main id="site-main" class="site-main">{main}</main></div>'
        f'<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="/">{site}</a> © 2026</section>'
        f'<nav class="site-footer-nav"><a href="/gioi-thieu/">Giới thiệu</a> <a href="/tag/ocop/">{page.c("Chuyên mục OCOP")}</a></nav>'
        '<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>'
        '<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.44/umd/portal.min.js" data-ghost="/" crossorigin="anonymous"></script></body></html>'
    )  # fmt: skip


def gh_url(kind: str) -> str:
    return "https://dongque.example.vn/" + {
        "long": "ba-ngay-o-lang-nuoc-mam-cua-khe/",
        "brief": "ghi-chu-danh-sach-ocop-5-sao/",
        "non_ocop": "mua-gat-muon-ven-pha-tam-giang/",
        "listing": ""}[kind]  # fmt: skip


TEMPLATES["ghost_blog"] = (ghost_blog, gh_url)
