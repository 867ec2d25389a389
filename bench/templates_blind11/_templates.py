"""Page templates of the eleventh blind set, each modelled on one kind of Vietnamese site that
none of the 75 templates of bench/templates_blind … templates_blind10 modelled.

Every render(page, url) returns the page HTML; strings passed through ``page.c`` are chrome
(recorded in the gold as must-not-appear). Kind "listing" is not an article.
"""

from __future__ import annotations

import json

from _build import Page, esc

DATE = "2026-11-20T08:15:00+07:00"


def _ld(page: Page, url: str, site: str, kind: str = "NewsArticle") -> str:
    art = page.art
    data = {"@context": "https://schema.org", "@type": kind, "headline": art["title"],
            "description": art["lead"] or art["paras"][0][:150], "datePublished": DATE,
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


def _blocks(page: Page, para, head, fig, mid) -> str:
    """The body HTML: para(i, text) per paragraph, head(text) per sub-heading, a figure after
    paragraphs 1, 5, 9 … (captions recorded), the mid-body box(es) at 2n/5, 3n/5."""
    paras = page.art["paras"]
    n = len(paras)
    caps = page.art.get("captions") or []
    figs = dict(zip([1 + 4 * k for k in range(len(caps))], caps))
    mids = {max(2, (n * (2 + k)) // 5): h for k, h in enumerate(page.art.get("mid") or [])}
    out = []
    for i, text in enumerate(paras):
        out.append(head(esc(text[3:])) if text.startswith("## ") else para(i, esc(text)))
        if i in figs and i < n - 1:
            page.caption_samples.append(figs[i])
            out.append(fig(esc(figs[i]), i))
        if i in mids and i < n - 1:
            out.append(mid(page.c(mids[i])))
    return "\n".join(out)


def _teaser_list(page: Page, fmt, n: int = 11) -> str:
    return "".join(fmt(i, esc(t), esc(s)) for i, (t, s) in enumerate(page.teasers(n)))


def _head(page: Page, url: str, site: str, ocop: str, other: str, kind: str = "NewsArticle") -> str:
    """<title>, description, og:type, keywords and JSON-LD of an article page."""
    art = page.art
    return (f"<title>{esc(art['title'])} - {esc(site)}</title>"
            f'<meta name="description" content="{esc(art["lead"] or art["title"])}">'
            '<meta property="og:type" content="article">' + _keywords(page, ocop, other)
            + _ld(page, url, site, kind))  # fmt: skip


# ------------------------------------------------------------------ 1. research institute news page
def _inst_article(page: Page) -> str:
    """CKEditor body: sub-headings as bold paragraphs, photos and their captions as centred
    paragraphs inside the text, byline and issuing unit as right-aligned paragraphs."""
    art = page.art
    body = _blocks(
        page, lambda i, t: f'<p style="text-align: justify;">{t}</p>',
        lambda t: f'<p style="text-align: justify;"><strong>{t}</strong></p>',
        lambda t, i: (f'<p style="text-align: center;"><img alt="" src="/uploads/news/2026_11/anh-{i}.jpg" '
                      f'style="width: 600px; height: 400px;"></p><p style="text-align: center;"><em>{t}</em></p>'),
        lambda h: (f'<div class="box-tinlienquan" style="border:1px solid #ccc;padding:8px"><b>Tin liên quan:</b>'
                   f'<ul><li><a href="/tin-tuc/lien-quan-1.html">{h}</a></li></ul></div>'),
    )  # fmt: skip
    if art["byline"]:
        body += f'\n<p style="text-align: right;"><strong>{esc(art["byline"])}</strong></p>'
    body += f'\n<p style="text-align: right;"><em>{page.c(art["unit"])}</em></p>'
    sapo = f'<div class="news-sapo"><p><strong>{esc(art["lead"])}</strong></p></div>' if art["lead"] else ""
    files = "".join(
        f'<li><i class="fa fa-paperclip"></i> <a href="/uploads/files/{esc(f)}">{page.c(f)}</a> <span>(1.{k + 2} MB)</span></li>'
        for k, f in enumerate(art["files"])
    )  # fmt: skip
    same = "".join(
        f'<li><a href="/tin-tuc/tin-{k}.html">{page.c(h)}</a> <span class="date">({18 - k}/11/2026)</span></li>'
        for k, h in enumerate(page.related(5))
    )  # fmt: skip
    return (
        '<div class="breadcrumb"><a href="/">Trang chủ</a> » <a href="/tin-tuc-su-kien">Tin tức - Sự kiện</a> » '
        '<a href="/tin-tuc-su-kien/khoa-hoc-cong-nghe">Khoa học công nghệ</a></div>'
        f'<div class="news-detail"><h1 class="news-title">{esc(art["title"])}</h1>'
        f'<div class="news-meta">{page.c("Cập nhật lúc 08:15 ngày 20/11/2026")} | Lượt xem: 417 '
        '<a class="print" href="?print=1">In trang</a> <a class="mail" href="#">Gửi email</a></div>'
        f'{sapo}<div class="news-content">{body}</div>'
        f'<div class="attach-files"><h4>{page.c("Tệp đính kèm")}</h4><ul>{files}</ul></div>'
        '<div class="fb-like" data-share="true"><a href="#">Thích 12</a><a href="#">Chia sẻ</a></div>'
        f'<div class="news-other"><h3>Các tin cùng chuyên mục</h3><ul>{same}</ul></div></div>'
    )  # fmt: skip


def vien_nghien_cuu(page: Page, url: str) -> str:
    site = "Viện Nghiên cứu Rau quả Trung du"
    menu = ["Giới thiệu", "Tin tức - Sự kiện", "Nghiên cứu khoa học", "Chuyển giao công nghệ",
            "Đào tạo", "Hợp tác quốc tế", "Sản phẩm KHCN", "Liên hệ"]  # fmt: skip
    nav = "".join(f'<li><a href="/m{i}">{m}</a></li>' for i, m in enumerate(menu))
    if page.kind == "listing":
        title = "Khoa học công nghệ"
        items = _teaser_list(page, lambda i, t, s: (
            f'<div class="news-item row"><div class="col-md-4"><a href="/tin-tuc/bai-{i}.html"><img src="/thumb/{i}.jpg" alt=""></a></div>'
            f'<div class="col-md-8"><h3><a href="/tin-tuc/bai-{i}.html">{t}</a></h3><span class="date">{19 - i % 6}/11/2026</span>'
            f'<p>{s}</p><a class="more" href="/tin-tuc/bai-{i}.html">Chi tiết</a></div></div>'))  # fmt: skip
        main = (f'<h2 class="cat-title">{title}</h2>{items}<ul class="pagination"><li class="active">1</li>'
                '<li><a href="?page=2">2</a></li><li><a href="?page=3">3</a></li><li><a href="?page=2">»</a></li></ul>')  # fmt: skip
        head = f"<title>{title} - {site}</title>"
    else:
        main = _inst_article(page)
        head = _head(page, url, site, "OCOP, sấy lạnh, chuyển giao", "hồ tiêu, luận án, bệnh thối rễ")
    notices = "".join(f"<li>{page.c(t)}</li>" for t in (
        "Thông báo tuyển sinh đào tạo trình độ thạc sĩ đợt 2 năm 2026",
        "Lịch công tác tuần 47 của Ban Lãnh đạo Viện",
        "Thông báo tuyển chọn chủ thể OCOP tham gia mô hình sấy lạnh năm 2027"))  # fmt: skip
    return (
        f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">{head}</head><body>'
        '<div class="topbar"><a href="/vi">Tiếng Việt</a> | <a href="/en">English</a> | <a href="/mail">Email</a> | <a href="/login">Đăng nhập</a></div>'
        f'<div class="banner"><img src="/images/logo-vien.png" alt="logo-vien"><div class="name"><h3>BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG</h3>'
        f'<h2>{site.upper()}</h2><p>{page.c("Trung du Fruit and Vegetable Research Institute")}</p></div></div>'
        f'<nav class="navbar"><ul class="nav">{nav}</ul><form class="search"><input name="q" placeholder="Tìm kiếm..."></form></nav>'
        f'<div class="container"><div class="row"><div class="col-md-9">{main}</div>'
        f'<div class="col-md-3 sidebar"><div class="block"><h4>Thông báo</h4><ul class="marquee">{notices}</ul></div>'
        '<div class="block"><h4>Liên kết website</h4><select onchange="window.open(this.value)"><option>-- Chọn liên kết --</option>'
        '<option value="https://ocop.example.gov.vn">Chương trình OCOP quốc gia</option><option value="#">Thư viện số</option></select></div>'
        '<div class="block counter"><h4>Thống kê truy cập</h4><p>Đang online: 23</p><p>Tổng lượt truy cập: 1.204.517</p></div></div></div></div>'
        f'<footer><p>{page.c("Bản quyền thuộc Viện Nghiên cứu Rau quả Trung du. Địa chỉ: Phường Phú Thọ, tỉnh Phú Thọ")}</p>'
        "<p>Điện thoại: 0210 3888 111 - Email: vienrauqua@example.vn</p></footer></body></html>"
    )  # fmt: skip


def inst_url(kind: str) -> str:
    return "https://vienrauquatrungdu.example.vn/" + {
        "long": "tin-tuc-su-kien/khoa-hoc-cong-nghe/chuyen-giao-quy-trinh-say-lanh-trai-cay-ocop-1287.html",
        "brief": "tin-tuc-su-kien/thong-bao/phan-tich-mau-dat-mien-phi-cho-chu-the-ocop-1291.html",
        "non_ocop": "tin-tuc-su-kien/dao-tao/bao-ve-luan-an-benh-thoi-re-ho-tieu-1293.html",
        "listing": "tin-tuc-su-kien/khoa-hoc-cong-nghe"}[kind]  # fmt: skip


# ------------------------------------------------------------------ 2. Vietnam trade office abroad
def _trade_article(page: Page) -> str:
    """Article of a trade office sub-portal: market/sector chips above the title, italic
    summary, the office's signature under the body, a 'contact the office' box after it."""
    art = page.art
    body = _blocks(
        page, lambda i, t: f"<p>{t}</p>", lambda t: f"<h3>{t}</h3>",
        lambda t, i: (f'<figure class="image"><img src="/Data/Sites/jp/News/2026/11/hoi-cho-{i}.jpg" alt="hoi-cho-{i}">'
                      f'<figcaption>{t}</figcaption></figure>'),
        lambda h: (f'<div class="canh-bao-box"><span class="icon-warning"></span><b>Cảnh báo thương mại</b>'
                   f'<a href="/canh-bao/ghi-nhan.html">{h}</a></div>'),
    )  # fmt: skip
    body += f'\n<p style="text-align: right;"><strong>{page.c(art["office"])}</strong></p>'
    summary = f'<div class="summary"><em>{esc(art["lead"])}</em></div>' if art["lead"] else ""
    others = "".join(
        f'<li><a href="/thong-tin/t{k}.html">{page.c(h)}</a><span class="date"> - {17 - k}/11/2026</span></li>'
        for k, h in enumerate(page.related(5))
    )  # fmt: skip
    contact = page.c("Doanh nghiệp cần thêm thông tin xin liên hệ Thương vụ qua thư điện tử jp@thuongvu.example.vn")
    return (
        f'<div class="article-detail"><div class="chips"><span class="chip">Thị trường: {esc(art["market"])}</span>'
        '<span class="chip">Ngành hàng: Nông sản - Thực phẩm</span></div>'
        f'<h1 class="title">{esc(art["title"])}</h1>'
        f'<div class="info"><span>{page.c("Ngày đăng: 20/11/2026 08:15")}</span><span class="lang"><a href="?lang=ja">日本語</a></span>'
        '<span class="tools"><a href="javascript:window.print()">In</a> <a href="#">Chia sẻ</a></span></div>'
        f'{summary}<div class="content-detail">{body}</div>'
        f'<div class="contact-box"><p>{contact}</p><p>Điện thoại: +81-3-0000-0000</p></div>'
        f'<div class="other-news"><h4>Tin khác</h4><ul>{others}</ul></div></div>'
    )  # fmt: skip


def thuong_vu(page: Page, url: str) -> str:
    site = "Thương vụ Việt Nam tại Nhật Bản"
    menu = ["Trang chủ", "Giới thiệu", "Thông tin thị trường", "Cơ hội giao thương", "Cảnh báo thương mại",
            "Văn bản pháp quy", "Hàng Việt - OCOP", "Liên hệ"]  # fmt: skip
    nav = "".join(f'<li><a href="/jp/m{i}.html">{m}</a></li>' for i, m in enumerate(menu))
    if page.kind == "listing":
        title = "Thông tin thị trường"
        items = _teaser_list(page, lambda i, t, s: (
            f'<li class="item"><a class="img" href="/jp/tin-{i}.html"><img src="/t/{i}.jpg" alt=""></a>'
            f'<div><a class="title" href="/jp/tin-{i}.html">{t}</a><p class="date">Ngày đăng: {19 - i % 7}/11/2026</p>'
            f'<p class="desc">{s}</p></div></li>'))  # fmt: skip
        main = f'<h2 class="page-title">{title}</h2><ul class="list-news">{items}</ul><div class="pager">Trang 1/24 <a href="?p=2">Sau</a></div>'
        head = f"<title>{title} - {site}</title>"
    else:
        main = _trade_article(page)
        head = _head(page, url, site, "OCOP, Nhật Bản, xuất khẩu", "kiểm dịch, quả tươi, Nhật Bản")
    chances = "".join(f"<li>{page.c(t)}</li>" for t in (
        "Nhà nhập khẩu tại Nagoya cần tìm nguồn hạt điều rang muối",
        "Chuỗi siêu thị tìm nhà cung cấp sản phẩm OCOP từ dừa"))  # fmt: skip
    return (
        f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">{head}</head><body>'
        '<div class="top-moit"><a href="https://moit.example.gov.vn">Bộ Công Thương</a> | <a href="/">Hệ thống Thương vụ</a>'
        '<select class="lang"><option>Tiếng Việt</option><option>English</option><option>日本語</option></select></div>'
        f'<div class="header"><img src="/images/flags-vn-jp.png" alt="flags-vn-jp"><h1 class="site-name">{site}</h1>'
        f'<p class="slogan">{page.c("Cầu nối thương mại Việt Nam - Nhật Bản")}</p></div>'
        f'<ul class="main-menu">{nav}</ul><div class="wrap"><div class="col-main">{main}</div>'
        f'<div class="col-side"><div class="box"><h4>Cơ hội giao thương</h4><ul>{chances}</ul></div>'
        '<div class="box rate"><h4>Tỷ giá tham khảo</h4><table><tr><td>1 JPY</td><td>168,52 VND</td></tr><tr><td>1 USD</td><td>25.410 VND</td></tr></table></div>'
        '<div class="box"><h4>Đăng ký nhận bản tin</h4><form><input type="email" placeholder="Email của bạn"><button>Đăng ký</button></form></div></div></div>'
        f'<div class="footer"><p>{page.c("Địa chỉ: 50-11 Motoyoyogi-cho, Shibuya-ku, Tokyo")}</p><p>Ghi rõ nguồn khi trích dẫn thông tin từ trang này.</p></div></body></html>'
    )  # fmt: skip


def trade_url(kind: str) -> str:
    return "https://thuongvu-jp.example.gov.vn/" + {
        "long": "jp/thong-tin-thi-truong/nha-nhap-khau-tim-nguon-tra-gia-vi-ocop-n2419.html",
        "brief": "jp/hang-viet-ocop/gioi-thieu-san-pham-ocop-tai-phong-trung-bay-n2421.html",
        "non_ocop": "jp/canh-bao-thuong-mai/dieu-chinh-quy-trinh-kiem-dich-qua-tuoi-n2425.html",
        "listing": "jp/thong-tin-thi-truong.html"}[kind]  # fmt: skip


TEMPLATES = {
    "vien_nghien_cuu": (vien_nghien_cuu, inst_url),
    "thuong_vu": (thuong_vu, trade_url),
}
