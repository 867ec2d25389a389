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


# ------------------------------------------------------------------ 3. province OCOP trade portal
def _stars(n: int) -> str:
    return (
        '<span class="stars">'
        + "★" * n
        + "☆" * (5 - n)
        + f'</span> <span class="star-lbl">{n} sao</span>'
    )


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
    prods = [
        ("Cam Cao Phong hộp 5 kg", "250.000đ", 4),
        ("Chè shan tuyết Pà Cò 200 g", "180.000đ", 3),
        ("Gạo nếp cẩm Đà Bắc 2 kg", "90.000đ", 3),
    ]
    cards = "".join(
        f'<div class="product-card"><img src="/media/sp/{i}.jpg" alt="sp-{i}.jpg"><h4 class="product-name">{page.c(n)}</h4>'
        f'{_stars(s)}<div class="price">{p}</div><button class="btn-cart">Thêm vào giỏ</button></div>' for i, (n, p, s) in enumerate(prods))  # fmt: skip
    side = (f'<aside class="sidebar"><div class="widget"><h3>Sản phẩm OCOP mới lên sàn</h3>{cards}</div>'
            '<div class="widget"><h3>Gian hàng nổi bật</h3><ul><li>HTX Nông nghiệp Phong Phú</li><li>HTX Chè Pà Cò</li></ul></div></aside>')  # fmt: skip
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
    return "https://thachdong.thachha.example.gov.vn/portal/xa-thach-dong/" + {
        "long": "tin/hoi-nghi-trien-khai-ocop-2027-4411",
        "brief": "tin/thong-bao-nhan-ho-so-ocop-dot-1-2027-4418",
        "non_ocop": "tin/ra-quan-chu-nhat-xanh-4402",
        "listing": "tin-tuc-su-kien"}[kind]  # fmt: skip


TEMPLATES["san_ocop"] = (san_ocop, so_url)
TEMPLATES["ubnd_xa"] = (ubnd_xa, xa_url)
