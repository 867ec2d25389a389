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
    sapo = (
        f'<div class="news-sapo"><p><strong>{esc(art["lead"])}</strong></p></div>'
        if art["lead"]
        else ""
    )
    if art.get("top"):  # the story's lead image and its caption sit between sapo and text
        page.caption_samples.append(art["top"])
        sapo += (f'<figure class="article-avatar"><img src="/uploads/news/2026_11/avatar.jpg" alt="avatar">'
                 f'<figcaption>{esc(art["top"])}</figcaption></figure>')  # fmt: skip
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
        f'<div class="news-meta">{page.c("Thứ Sáu - 20/11/2026 08:15")} <span class="view">417</span> '
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
        head = _head(
            page, url, site, "OCOP, sấy lạnh, chuyển giao", "hồ tiêu, luận án, bệnh thối rễ"
        )
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
    contact = page.c(
        "Doanh nghiệp cần thêm thông tin xin liên hệ Thương vụ qua thư điện tử jp@thuongvu.example.vn"
    )
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


# ------------------------------------------------------------------ 3. journalist's blog on WordPress.com
def _wpcom_article(page: Page) -> str:
    """A WordPress.com post: no sapo, a plain 'Đọc thêm' paragraph inside the text, the
    'first published in' note, share/like/related blocks inside entry-content."""
    art = page.art
    body = _blocks(
        page, lambda i, t: f"<p>{t}</p>", lambda t: f'<h2 class="wp-block-heading">{t}</h2>',
        lambda t, i: (f'<figure class="wp-block-image size-large"><img data-attachment-id="88{i}" loading="lazy" '
                      f'src="https://haidangghichep.files.wordpress.com/2026/11/img_20261118_0{i}.jpg?w=1024" '
                      f'alt="img_20261118_0{i}"><figcaption class="wp-element-caption">{t}</figcaption></figure>'),
        lambda h: f'<p><strong>Đọc thêm:</strong> <a href="https://haidangghichep.wordpress.com/2026/10/02/lam-muoi/">{h}</a></p>',
    )  # fmt: skip
    if page.kind == "long":  # the print original's note: chrome, not the story
        note = page.c(
            "Bài viết đã đăng trên báo Nông thôn Ngày mới, tác giả biên tập lại cho blog."
        )
        body += f"\n<p><em>{note}</em></p>"
    rel = page.related(3)
    related = "".join(
        f'<div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title"><a href="/2026/09/{k + 1}/bai/">{page.c(h)}</a></h4>'
        f'<p class="jp-relatedposts-post-date">{k + 3} Tháng 9, 2026</p><p class="jp-relatedposts-post-context">Trong &quot;Ghi chép&quot;</p></div>'
        for k, h in enumerate(rel)
    )  # fmt: skip
    likes = page.c("14 bloggers thích điều này.")
    flair = (
        '<div id="jp-post-flair" class="sharedaddy sd-sharing-enabled"><div class="sd-sharing"><h3 class="sd-title">Chia sẻ:</h3>'
        '<ul><li><a class="share-facebook" href="?share=facebook">Facebook</a></li><li><a class="share-x" href="?share=x">X</a></li>'
        '<li><a class="share-email" href="?share=email">Email</a></li></ul></div>'
        '<div class="sharedaddy sd-block sd-like jetpack-likes-widget-wrapper"><h3 class="sd-title">Thích bài này:</h3>'
        f'<div class="likes-widget-placeholder"><span class="button">Thích</span> <span class="loading">Đang tải...</span></div>'
        f'<ul class="wpl-avatars"><li><img src="https://gravatar.example/a.jpg" alt="Thu Nguyen"></li></ul><p class="wpl-count">{likes}</p></div>'
        f'<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Có liên quan</em></h3>{related}</div></div>'
    )  # fmt: skip
    cat = esc(art["category"])
    comment = page.c(
        "Đọc mà nhớ mùi nước mắm quê ngoại, cảm ơn anh đã ghi lại những điều bình dị này."
    )
    return (
        f'<article id="post-{1200 + page.index}" class="post type-post status-publish format-standard hentry category-ghi-chep">'
        f'<header class="entry-header"><span class="cat-links"><a href="/category/{cat}/" rel="category tag">{cat}</a></span>'
        f'<h1 class="entry-title">{esc(art["title"])}</h1></header>'
        f'<div class="entry-content">{body}{flair}</div>'
        f'<footer class="entry-footer"><span class="byline"><span class="author vcard"><a class="url fn n" href="/author/haidang/">{esc(art["byline"])}</a></span></span>'
        '<span class="posted-on"><time class="entry-date published" datetime="2026-11-18T21:05:00+07:00">18 Tháng 11, 2026</time></span></footer></article>'
        '<nav class="navigation post-navigation"><div class="nav-previous"><a href="/2026/11/10/a/"><span class="meta-nav">Bài trước</span> '
        f'<span class="post-title">{page.c(rel[0])}</span></a></div></nav>'
        f'<div id="comments" class="comments-area"><h2 class="comments-title">2 bình luận</h2><ol class="comment-list">'
        f'<li class="comment"><b class="fn">Lan Anh</b> <time>19 Tháng 11, 2026 lúc 7:12 sáng</time><p>{comment}</p><a class="comment-reply-link" href="#">Trả lời</a></li>'
        '<li class="comment"><b class="fn">Minh</b><p>Hay quá anh ơi.</p></li></ol>'
        '<div id="respond"><h3>Bình luận về bài viết này</h3><textarea placeholder="Nhập bình luận ở đây..."></textarea></div></div>'
    )  # fmt: skip


def wpcom_nhabao(page: Page, url: str) -> str:
    site = "Chuyện làng, chuyện nghề"
    if page.kind == "listing":
        items = _teaser_list(page, lambda i, t, s: (
            f'<article class="post type-post"><header class="entry-header"><h2 class="entry-title"><a href="/2026/11/{18 - i % 9}/bai-{i}/" rel="bookmark">{t}</a></h2></header>'
            f'<div class="entry-summary"><p>{s} <a class="more-link" href="/2026/11/{18 - i % 9}/bai-{i}/">Đọc tiếp <span class="screen-reader-text">{t}</span></a></p></div>'
            f'<footer class="entry-footer"><time>{18 - i % 9} Tháng 11, 2026</time></footer></article>'))  # fmt: skip
        main = f'<header class="page-header"><h1 class="page-title">Chuyên mục: <span>Ghi chép</span></h1></header>{items}<nav class="pagination"><a class="next" href="/page/2/">Các bài cũ hơn</a></nav>'
        head = f"<title>Ghi chép – {site}</title>"
    else:
        main = _wpcom_article(page)
        head = _head(page, url, site, "OCOP, nước mắm, ghi chép", "bến xe, tản mạn", "BlogPosting")
    recent = "".join(
        f'<li><a href="/r{k}/">{page.c(h)}</a></li>' for k, h in enumerate(page.related(6)[3:])
    )
    return (
        f'<!DOCTYPE html><html lang="vi"><head><meta charset="UTF-8">{head}'
        '<link rel="stylesheet" href="https://s0.wp.com/wp-content/themes/pub/twentysixteen/style.css"></head>'
        '<body class="post-template-default single single-post wpcom-theme"><div id="page" class="site">'
        f'<header id="masthead" class="site-header"><p class="site-title"><a href="/">{site}</a></p>'
        f'<p class="site-description">{page.c("Sổ tay ghi chép của một phóng viên nông nghiệp")}</p>'
        '<nav class="main-navigation"><ul><li><a href="/">Trang chủ</a></li><li><a href="/category/ghi-chep/">Ghi chép</a></li>'
        '<li><a href="/category/ocop/">Chuyện OCOP</a></li><li><a href="/gioi-thieu/">Về tôi</a></li></ul></nav></header>'
        f'<div id="content" class="site-content"><main id="main" class="site-main">{main}</main>'
        '<aside id="secondary" class="sidebar widget-area"><section class="widget widget_search"><form><input type="search" placeholder="Tìm kiếm …"></form></section>'
        f'<section class="widget widget_recent_entries"><h2 class="widget-title">Bài viết mới</h2><ul>{recent}</ul></section>'
        '<section class="widget widget_blog_subscription"><h2 class="widget-title">Theo dõi blog qua email</h2>'
        '<form><input type="email" placeholder="Địa chỉ email"><button>Theo dõi</button></form><p>Tham gia cùng 1.032 người theo dõi khác</p></section></aside></div>'
        '<footer id="colophon" class="site-footer"><a href="https://wordpress.com/?ref=footer_blog">Blog tại WordPress.com.</a></footer></div>'
        '<div id="actionbar" class="actnbr-pub-twentysixteen"><ul><li><a href="#">Theo dõi</a></li><li><a href="#">Bình luận</a></li>'
        '<li><a href="#">Reblog</a></li><li><a href="#">Báo cáo nội dung này</a></li></ul></div></body></html>'
    )  # fmt: skip


def wpcom_url(kind: str) -> str:
    return "https://haidangghichep.wordpress.com/" + {
        "long": "2026/11/18/ghi-chep-tu-mot-xuong-nuoc-mam-vua-duoc-gan-sao-ocop/",
        "brief": "2026/11/15/ghi-nhanh-gian-hang-ocop-o-cho-phien-vung-cao/",
        "non_ocop": "2026/11/12/chuyen-xe-khach-cuoi-cung-roi-ben-cu/",
        "listing": "category/ghi-chep/"}[kind]  # fmt: skip


# ------------------------------------------------------------------ 4. provincial OCOP programme microsite
def _micro_product(page: Page) -> str:
    """The catalogue card of the product the story is about, placed after the first paragraph."""
    name, stars, owner = page.art["product"]
    return (f'<div class="product-in-post"><span class="label">Sản phẩm trong bài</span><img src="/uploads/sp/sp-1.jpg" alt="sp-1">'
            f'<div class="info"><a class="name" href="/san-pham/sp-1.html">{page.c(name)}</a><span class="stars" title="{len(stars)} sao">{stars}</span>'
            f'<span class="owner">Chủ thể: {page.c(owner)}</span><a class="btn" href="/san-pham/sp-1.html">Xem sản phẩm</a></div></div>')  # fmt: skip


def _micro_article(page: Page) -> str:
    art = page.art
    card = _micro_product(page) if page.kind != "non_ocop" else ""

    def para(i: int, t: str) -> str:
        return f"<p>{t}</p>" + (card if i == 0 else "")

    body = _blocks(
        page, para, lambda t: f"<h4><strong>{t}</strong></h4>",
        lambda t, i: (f'<div class="image-box"><img src="/uploads/tin/2026/11/h{i}.jpg" alt="h{i}">'
                      f'<div class="image-note">{t}</div></div>'),
        lambda h: f'<div class="related-in"><h5>Bài viết liên quan</h5><a href="/tin-tuc/lq.html">{h}</a></div>',
    )  # fmt: skip
    excerpt = f'<div class="post-excerpt">{esc(art["lead"])}</div>' if art["lead"] else ""
    others = "".join(
        f'<li><a href="/tin-tuc/k{k}.html">{page.c(h)}</a></li>'
        for k, h in enumerate(page.related(5))
    )
    return (
        '<ol class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc">Tin tức OCOP</a></li></ol>'
        f'<div class="post-detail"><h1 class="post-title">{esc(art["title"])}</h1>'
        f'<div class="post-meta"><i class="fa fa-calendar"></i> {page.c("Thứ Sáu, 20/11/2026")} <i class="fa fa-eye"></i> 256</div>'
        f'{excerpt}<div class="post-content">{body}</div>'
        f'<p class="post-author">{esc(art["byline"])}</p>'
        '<div class="post-share"><span>Chia sẻ:</span><a href="#">Facebook</a><a href="#">Zalo</a></div>'
        f'<div class="post-others"><h3>Tin tức khác</h3><ul>{others}</ul></div></div>'
    )  # fmt: skip


def ocop_microsite(page: Page, url: str) -> str:
    site = "Chương trình Mỗi xã một sản phẩm tỉnh Cao Sơn"
    menu = [
        "Trang chủ",
        "Giới thiệu",
        "Tin tức OCOP",
        "Sản phẩm OCOP",
        "Bản đồ OCOP",
        "Văn bản",
        "Hỏi đáp",
        "Liên hệ",
    ]
    nav = "".join(f'<li><a href="/m{i}">{m}</a></li>' for i, m in enumerate(menu))
    if page.kind == "listing":
        title = "Tin tức OCOP"
        items = _teaser_list(page, lambda i, t, s: (
            f'<div class="post-item"><a href="/tin-tuc/t{i}.html" class="thumb"><img src="/t/{i}.jpg" alt=""></a>'
            f'<h3><a href="/tin-tuc/t{i}.html">{t}</a></h3><p class="meta">{19 - i % 8}/11/2026</p><p>{s}</p></div>'))  # fmt: skip
        main = f'<h2 class="box-title">{title}</h2>{items}<ul class="pagination"><li>1</li><li><a href="?page=2">2</a></li></ul>'
        head = f"<title>{title} - {site}</title>"
    else:
        main = _micro_article(page)
        head = _head(
            page, url, site, "OCOP, Cao Sơn, đánh giá sản phẩm", "chữ ký số, tập huấn, cán bộ xã"
        )
    newest = "".join(f'<li><a href="/san-pham/n{k}.html">{page.c(n)}</a> <span class="stars">{s}</span></li>' for k, (n, s) in enumerate((
        ("Chè shan tuyết Khau Phạ", "★★★★"), ("Gạo nếp cái hoa vàng Nà Mòn", "★★★"), ("Tinh dầu hồi Lũng Pục", "★★★"))))  # fmt: skip
    return (
        f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">{head}</head><body>'
        f'<div class="header"><img src="/images/logo-ocop.png" alt="logo-ocop"><div class="brand"><h2>{site.upper()}</h2>'
        f'<p>{page.c("Văn phòng Điều phối Chương trình nông thôn mới tỉnh Cao Sơn")}</p></div>'
        '<form class="product-search"><input placeholder="Tìm sản phẩm OCOP"><select><option>Hạng sao</option><option>3 sao</option>'
        '<option>4 sao</option><option>5 sao</option></select><button>Tìm</button></form></div>'
        f'<ul class="menu">{nav}</ul><div class="container"><div class="main">{main}</div>'
        f'<div class="sidebar"><div class="widget"><h3>Sản phẩm mới công nhận</h3><ul>{newest}</ul></div>'
        '<div class="widget stats"><h3>Thống kê sản phẩm</h3><p>Tổng số sản phẩm: 318</p><p>5 sao: 2 · 4 sao: 61 · 3 sao: 255</p>'
        '<a href="/ban-do">Xem bản đồ OCOP</a></div><div class="widget"><h3>Liên kết</h3><a href="https://ocop.example.gov.vn">Hệ thống OCOP quốc gia</a></div></div></div>'
        f'<div class="footer"><p>{page.c("Cơ quan quản lý: Văn phòng Điều phối NTM tỉnh Cao Sơn. Trưởng ban biên tập: ông Hà Văn Tuấn")}</p></div></body></html>'
    )  # fmt: skip


def micro_url(kind: str) -> str:
    return "https://ocop.caoson.example.gov.vn/" + {
        "long": "tin-tuc/huyen-vung-cao-hoan-thien-ho-so-12-san-pham-du-tuyen-ocop-a1822.html",
        "brief": "tin-tuc/hoi-dong-cap-tinh-cong-nhan-19-san-pham-ocop-thang-11-a1825.html",
        "non_ocop": "tin-tuc/tap-huan-chu-ky-so-cho-can-bo-cap-xa-a1827.html",
        "listing": "tin-tuc"}[kind]  # fmt: skip


# ------------------------------------------------------------------ 5. a commune's Zalo Official Account article
def _zalo_article(page: Page) -> str:
    """The OA article web view: title in a div (no <h1>), text blocks as divs without <p>,
    no byline, an 'open in Zalo' banner and the OA's other posts under the text."""
    art = page.art
    body = _blocks(
        page, lambda i, t: f'<div class="text" data-block="{i}">{t}</div>',
        lambda t: f'<div class="text text-heading"><b>{t}</b></div>',
        lambda t, i: (f'<div class="image"><img src="https://photo-oa.example.vn/2026/11/20/oa_{i}.jpg" alt="">'
                      f'<div class="caption">{t}</div></div>'),
        lambda h: f'<div class="link-card"><a href="https://oa.example.vn/a/lq">{h}</a></div>',
    )  # fmt: skip
    lead = f'<div class="text desc"><b>{esc(art["lead"])}</b></div>' if art["lead"] else ""
    others = "".join(
        f'<a class="post-card" href="https://oa.example.vn/a/{k}"><img src="/c/{k}.jpg" alt=""><span class="t">{page.c(h)}</span>'
        f'<span class="d">{15 - k} ngày trước</span></a>'
        for k, h in enumerate(page.related(4))
    )  # fmt: skip
    return (
        f'<div class="article"><div class="article-title">{esc(art["title"])}</div>'
        f'<div class="article-info"><span class="time">{page.c("20/11/2026 09:30")}</span> · <span class="views">1,2K lượt xem</span></div>'
        f'<div class="article-content">{lead}{body}</div>'
        '<div class="reaction"><span class="like">Thích</span><span class="share">Chia sẻ</span></div>'
        f'<div class="more-posts"><div class="head">Bài viết khác</div>{others}</div></div>'
    )  # fmt: skip


def zalo_oa(page: Page, url: str) -> str:
    oa = "UBND xã Tân Hòa"
    about = page.c(
        "Kênh thông tin chính thức của UBND xã Tân Hòa: thủ tục hành chính, sản phẩm OCOP, lịch tiếp dân"
    )
    if page.kind == "listing":
        items = _teaser_list(page, lambda i, t, s: (
            f'<a class="post-card post-card--large" href="https://oa.example.vn/a/p{i}"><img src="/c/p{i}.jpg" alt="">'
            f'<span class="t">{t}</span><span class="s">{s}</span><span class="d">{i + 1} ngày trước</span></a>'))  # fmt: skip
        main = f'<div class="tab-bar"><span class="active">Bài viết</span><span>Thông tin</span></div><div class="post-list">{items}</div>'
        head = f"<title>{oa} - Bài viết</title>"
    else:
        main = _zalo_article(page)
        art = page.art
        head = (f"<title>{esc(art['title'])}</title>"
                f'<meta property="og:title" content="{esc(art["title"])}"><meta property="og:type" content="article">'
                f'<meta property="og:description" content="{esc(art["lead"] or art["paras"][0][:120])}">'
                '<meta property="og:site_name" content="Zalo Official Account">'
                + _keywords(page, "OCOP, Tân Hòa", "tiêm chủng, trạm y tế"))  # fmt: skip
    return (
        f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">{head}</head>'
        '<body class="oa-web"><div class="oa-header"><img class="avatar" src="/avatar/tanhoa.jpg" alt="avatar">'
        f'<div class="oa-name">{oa} <span class="verified" title="Tài khoản đã xác thực">✔</span></div>'
        f'<div class="oa-cate">Cơ quan nhà nước · 4.312 người quan tâm</div><button class="btn-follow">Quan tâm</button><p class="oa-about">{about}</p></div>'
        f'<div class="container">{main}</div>'
        f'<div class="app-banner">{page.c("Mở ứng dụng Zalo để nhận thông báo mới nhất từ UBND xã Tân Hòa")}<a class="btn" href="https://zalo.example/download">Mở Zalo</a></div>'
        '<div class="footer">© Nền tảng Official Account · Điều khoản sử dụng</div></body></html>'
    )  # fmt: skip


def zalo_url(kind: str) -> str:
    return "https://oa.example.vn/tanhoa/" + {
        "long": "article/xa-tan-hoa-co-them-hai-san-pham-dat-chuan-ocop-3-sao-8c2f61a0",
        "brief": "article/moi-nguoi-dan-tham-quan-gian-hang-ocop-9a71d2c4",
        "non_ocop": "article/lich-tiem-vac-xin-phong-soi-thang-12-b03e57f9",
        "listing": "posts"}[kind]  # fmt: skip


# ------------------------------------------------------------------ 6. school portal on an education-department platform
def _school_text(page: Page) -> str:
    """Text pasted into one justified div: paragraphs separated by <br><br>, sub-headings in
    <b>, photos and italic captions as centred divs between them."""
    parts: list[str] = []
    body = _blocks(
        page, lambda i, t: t, lambda t: f"<b>{t}</b>",
        lambda t, i: (f'<div style="text-align: center;"><img src="/UploadImages/thcssuoibu/2026_11/tn{i}.jpg" width="550"></div>'
                      f'<div style="text-align: center;"><i>{t}</i></div>'),
        lambda h: h,
    )  # fmt: skip
    for block in body.split("\n"):
        if parts and not block.startswith("<div") and not parts[-1].endswith("</div>"):
            parts.append("<br><br>")
        parts.append(block)
    return '<div style="text-align: justify;">' + "".join(parts) + "</div>"


def _school_article(page: Page) -> str:
    art = page.art
    others = "".join(
        f'<li><a href="/tin-tuc-su-kien/ctfull/{59000 + k}/{470600 + k}">{page.c(h)}</a> <i>({17 - k}/11/2026)</i></li>'
        for k, h in enumerate(page.related(5))
    )  # fmt: skip
    return (
        '<div class="path"><a href="/">Trang chủ</a> &gt; <a href="/tin-tuc-su-kien">Tin tức - Sự kiện</a></div>'
        f'<div class="news-detail"><h2 class="title-detail">{esc(art["title"])}</h2>'
        f'<div class="date-detail">{page.c("Thứ Sáu, 20/11/2026, 10:05")} | Lượt xem: 87 | <a href="#" onclick="window.print()">In bài</a></div>'
        f'<div class="content-detail">{_school_text(page)}</div>'
        f'<div class="author-detail" style="text-align: right;"><b>Người viết: {esc(art["byline"])} - {page.c(art["writer"])}</b></div>'
        f'<div class="other-news"><div class="title-other">Các tin khác</div><ul>{others}</ul></div></div>'
    )  # fmt: skip


def truong_hoc(page: Page, url: str) -> str:
    school = "Trường PTDTBT THCS Suối Bu"
    menu = [
        "Trang chủ",
        "Giới thiệu",
        "Tin tức - Sự kiện",
        "Tổ chuyên môn",
        "Thời khóa biểu",
        "Văn bản",
        "Thư viện",
        "Liên hệ",
    ]
    nav = "".join(f'<td><a href="/m{i}">{m}</a></td>' for i, m in enumerate(menu))
    if page.kind == "listing":
        items = _teaser_list(page, lambda i, t, s: (
            f'<div class="item-news"><img src="/thumb/{i}.jpg" alt=""><a class="title" href="/tin-tuc-su-kien/ctfull/{59010 + i}/{470650 + i}">{t}</a>'
            f'<div class="date">{19 - i % 9}/11/2026</div><div class="sapo">{s}</div></div>'))  # fmt: skip
        main = f'<div class="title-cate">Tin tức - Sự kiện</div>{items}<div class="paging">Trang: <b>1</b> <a href="?p=2">2</a> <a href="?p=3">3</a></div>'
        head = f"<title>Tin tức - Sự kiện - {school}</title>"
    else:
        main = _school_article(page)
        art = page.art
        head = f"<title>{esc(art['title'])}</title>" + _keywords(
            page, "trải nghiệm, OCOP, chè shan tuyết", "hội khỏe Phù Đổng, thể thao"
        )
    notices = "".join(f"<li>{page.c(t)}</li>" for t in (
        "Kế hoạch tổ chức hoạt động trải nghiệm tại cơ sở sản xuất sản phẩm OCOP năm học 2026 - 2027",
        "Thông báo lịch kiểm tra giữa học kỳ I"))  # fmt: skip
    return (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">{head}</head><body>'
        f'<div id="banner"><div class="so">SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH LÀO CAI</div><h1 class="school">{school.upper()}</h1>'
        f'<marquee>{page.c("Chào mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11")}</marquee></div>'
        f'<table id="menu"><tr>{nav}</tr></table><table id="layout"><tr><td class="left">'
        f'<div class="module"><div class="mtitle">Thông báo</div><ul>{notices}</ul></div>'
        '<div class="module"><div class="mtitle">Liên kết</div><a href="https://moet.example.gov.vn">Bộ Giáo dục và Đào tạo</a></div></td>'
        f'<td class="center">{main}</td><td class="right"><div class="module"><div class="mtitle">Thư viện ảnh</div>'
        '<img src="/album/1.jpg" alt="album"></div><div class="module"><div class="mtitle">Thống kê truy cập</div>'
        '<p>Hôm nay: 142</p><p>Tổng: 98.211</p></div></td></tr></table>'
        f'<div id="footer">{page.c("Bản quyền thuộc Trường PTDTBT THCS Suối Bu - Xã Suối Bu, tỉnh Lào Cai")}<br>Thiết kế bởi Trung tâm Công nghệ thông tin ngành Giáo dục</div></body></html>'
    )  # fmt: skip


def school_url(kind: str) -> str:
    return "https://thcssuoibu.laocai.example.edu.vn/tin-tuc-su-kien/" + {
        "long": "ctfull/59101/470712",
        "brief": "ctfull/59101/470715",
        "non_ocop": "ctfull/59101/470719",
        "listing": "ct/59101"}[kind]  # fmt: skip


# ------------------------------------------------------------------ 7. provincial business association portal
def _assoc_article(page: Page) -> str:
    """The sapo shares one bold paragraph with the '(HHDN) - ' stamp; a pull quote and a
    'new members' box stand between paragraphs; a member-company card follows the text."""
    art = page.art
    quotes = {max(1, len(art["paras"]) // 2): q for q in art.get("quotes") or []}

    def para(i: int, t: str) -> str:
        out = f"<p>{t}</p>"
        if i in quotes and i < len(art["paras"]) - 1:
            page.caption_samples.append(quotes[i])  # restates the body: counted with captions
            out += f'<blockquote class="pull-quote"><p>{esc(quotes[i])}</p></blockquote>'
        return out

    body = _blocks(
        page, para, lambda t: f"<h3>{t}</h3>",
        lambda t, i: (f'<table class="image-table" align="center"><tr><td><img src="/upload/hhdn/2026/11/toa-dam-{i}.jpg" alt="toa-dam-{i}"></td></tr>'
                      f'<tr><td class="desc">{t}</td></tr></table>'),
        lambda h: f'<div class="box-hoivien"><div class="box-title">Tin Hội viên</div><a href="/hoi-vien/moi.html">{h}</a></div>',
    )  # fmt: skip
    lead = ""
    if art["lead"]:  # the stamp is metadata sharing the sapo's paragraph
        stamp = page.c(art["stamp"].rstrip(" -") + " -")
        lead = f'<p class="sapo"><strong>{stamp} {esc(art["lead"])}</strong></p>'
    name, addr, sector = art["member"]
    card = (f'<div class="member-card"><div class="mc-title">Thông tin hội viên</div><p class="mc-name">{page.c(name)}</p>'
            f'<p>Địa chỉ: {page.c(addr)}</p><p>Ngành nghề: {esc(sector)}</p><a href="/hoi-vien/chi-tiet.html">Xem hồ sơ hội viên</a></div>')  # fmt: skip
    others = "".join(
        f'<li><a href="/hoat-dong-hoi/h{k}.html">{page.c(h)}</a></li>'
        for k, h in enumerate(page.related(5))
    )
    return (
        f'<div class="cat-label">Hoạt động Hội</div><h1 class="detail-title">{esc(art["title"])}</h1>'
        f'<div class="detail-time">{page.c("Thứ Sáu 20/11/2026 08:15")}</div>'
        f'<div class="detail-content">{lead}{body}<p class="author" style="text-align:right"><strong>{esc(art["byline"])}</strong></p></div>'
        f'{card}<div class="detail-tools"><a href="#">Chia sẻ</a> <a href="#">In</a> <a href="#">Gửi góp ý</a></div>'
        f'<div class="related"><h3>Tin cùng chuyên mục</h3><ul>{others}</ul></div>'
    )  # fmt: skip


def hiep_hoi(page: Page, url: str) -> str:
    site = "Hiệp hội Doanh nghiệp tỉnh Đồng Phú"
    menu = [
        "Trang chủ",
        "Giới thiệu",
        "Hoạt động Hội",
        "Hội viên",
        "Chính sách - Pháp luật",
        "Xúc tiến đầu tư",
        "Sản phẩm OCOP hội viên",
        "Liên hệ",
    ]
    nav = "".join(f'<li><a href="/c{i}.html">{m}</a></li>' for i, m in enumerate(menu))
    if page.kind == "listing":
        items = _teaser_list(page, lambda i, t, s: (
            f'<div class="news-row"><a href="/hoat-dong-hoi/n{i}.html"><img src="/t/{i}.jpg" alt=""></a><div class="news-info">'
            f'<h3><a href="/hoat-dong-hoi/n{i}.html">{t}</a></h3><p class="time">{19 - i % 8}/11/2026</p><p class="sapo">{s}</p></div></div>'))  # fmt: skip
        main = f'<div class="cat-label">Hoạt động Hội</div>{items}<div class="pagination"><a class="active">1</a><a href="?page=2">2</a></div>'
        head = f"<title>Hoạt động Hội - {site}</title>"
    else:
        main = _assoc_article(page)
        head = _head(
            page, url, site, "OCOP, hội viên, nâng hạng", "hoàn thuế, đối thoại, doanh nghiệp"
        )
    logos = "".join(
        f'<a href="/hoi-vien/{k}.html"><img src="/logo/hv{k}.png" alt="logo-hoi-vien-{k}"></a>'
        for k in range(6)
    )
    return (
        f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">{head}</head><body>'
        '<div class="topbar"><span>Thứ Sáu 20/11/2026</span><span>Hotline: 0271 3777 999</span><span>Email: vanphong@hhdn.example.vn</span></div>'
        f'<div class="header"><img src="/images/logo-hhdn.png" alt="logo-hhdn"><h2>{site.upper()}</h2>'
        f'<p>{page.c("Đồng hành - Kết nối - Phát triển cộng đồng doanh nhân Đồng Phú")}</p></div>'
        f'<ul class="nav">{nav}</ul><div class="wrap"><div class="col-8">{main}</div><div class="col-4">'
        f'<div class="event"><h4>Sự kiện sắp diễn ra</h4><p>{page.c("Hội chợ OCOP và hàng Việt Đồng Phú 2026 - còn 12 ngày")}</p></div>'
        '<div class="box"><h4>Đăng ký hội viên</h4><a class="btn" href="/dang-ky-hoi-vien.html">Đăng ký trực tuyến</a></div></div></div>'
        f'<div class="partners"><h4>Hội viên tiêu biểu</h4>{logos}</div>'
        f'<div class="footer"><p>{page.c("Trang thông tin điện tử Hiệp hội Doanh nghiệp tỉnh Đồng Phú. Giấy phép số 12/GP-STTTT.")}</p></div></body></html>'
    )  # fmt: skip


def assoc_url(kind: str) -> str:
    return "https://hhdn-dongphu.example.vn/" + {
        "long": "hoat-dong-hoi/doanh-nghiep-hoi-vien-chia-se-kinh-nghiem-nang-hang-ocop-4512.html",
        "brief": "hoat-dong-hoi/danh-20-gian-hang-mien-phi-cho-san-pham-ocop-hoi-vien-4515.html",
        "non_ocop": "hoat-dong-hoi/doi-thoai-thu-tuc-hoan-thue-gtgt-4517.html",
        "listing": "hoat-dong-hoi.html"}[kind]  # fmt: skip


TEMPLATES = {
    "vien_nghien_cuu": (vien_nghien_cuu, inst_url),
    "thuong_vu": (thuong_vu, trade_url),
    "wpcom_nhabao": (wpcom_nhabao, wpcom_url),
    "ocop_microsite": (ocop_microsite, micro_url),
    "zalo_oa": (zalo_oa, zalo_url),
    "truong_hoc": (truong_hoc, school_url),
    "hiep_hoi": (hiep_hoi, assoc_url),
}
