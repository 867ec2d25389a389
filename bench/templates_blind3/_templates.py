"""Six page templates of the third blind set, each modelled on one kind of Vietnamese site.

Every render(page, url) returns the page HTML; strings passed through ``page.c`` are chrome
(recorded in the gold as must-not-appear). Kind "listing" is not an article. None of these
templates repeats one of bench/templates_blind/ or bench/templates_blind2/.
"""

from __future__ import annotations

from functools import partial

from _build import Page, esc
from _content import NEWS_ITEMS
from template_sets import json_ld

DATE = "2026-11-21T07:45:00+07:00"


_ld = partial(json_ld, date=DATE)


def _keywords(page: Page, ocop: str, other: str) -> str:
    """Per-page meta keywords: OCOP words only on OCOP pages and listings."""
    words = other if page.kind == "non_ocop" else ocop
    return f'<meta name="keywords" content="{esc(words)}">'


# ------------------------------------------------------------------ 1. Hugo blog of a cooperative
def _hugo_toc(page: Page) -> str:
    """Hugo's TableOfContents repeats the body's sub-headings (not counted as leaks)."""
    heads = [p[3:] for p in page.art["paras"] if p.startswith("## ")]
    if not heads:
        return ""
    items = "".join(f'<li><a href="#h{i}">{esc(h)}</a></li>' for i, h in enumerate(heads))
    return f'<details class="toc" open><summary>Mục lục</summary><nav id="TableOfContents"><ul>{items}</ul></nav></details>'


def hugo_htx(page: Page, url: str) -> str:
    site = "HTX Nông sản Dong Riềng Bình Liêu"
    menu = [
        "Trang chủ",
        "Giới thiệu",
        "Sản phẩm OCOP",
        "Tin hoạt động",
        "Công thức nấu ăn",
        "Liên hệ",
    ]
    nav = "".join(f'<li><a href="/{i}/"><span>{m}</span></a></li>' for i, m in enumerate(menu))
    if page.kind == "listing":
        title = "Tin hoạt động"
        posts = "".join(
            f'<article class="post-entry"><header class="entry-header"><h2>{esc(t)}</h2></header>'
            f'<div class="entry-content"><p>{esc(s)}</p></div><footer class="entry-footer">'
            f'<span title="2026-11-{20 - i:02d}">{20 - i} tháng 11, 2026</span>&nbsp;·&nbsp;2 phút</footer>'
            f'<a class="entry-link" aria-label="post link to {esc(t)}" href="/posts/bai-{i}/"></a></article>'
            for i, (t, s) in enumerate(page.teasers(11))
        )  # fmt: skip
        main = (f'<header class="page-header"><h1>{title}</h1></header>{posts}<footer class="page-footer">'
                '<nav class="pagination"><a class="next" href="/posts/page/2/">Trang sau&nbsp;»</a></nav></footer>')  # fmt: skip
        head = f"<title>{title} | {site}</title>"
    else:
        art = page.art
        hid = iter(range(20))
        body = page.body(
            lambda t: f"<p>{t}</p>",
            lambda t: f'<h2 id="h{next(hid)}">{t}<a hidden class="anchor" aria-hidden="true" href="#">#</a></h2>',
            lambda t, i: (f'<figure><img loading="lazy" src="/images/2026/mien-{i}.jpg" alt="mien-{i}.jpg">'
                          f'<figcaption>{t}</figcaption></figure>'),
            lambda h: f'<blockquote class="see-also"><p>Xem thêm: <a href="/posts/cong-thuc/">{h}</a></p></blockquote>',
        )  # fmt: skip
        lead = f"<p><strong>{esc(art['lead'])}</strong></p>" if art["lead"] else ""
        tags = (
            ["miến dong", "OCOP", "hội chợ"]
            if page.kind != "non_ocop"
            else ["an toàn", "xưởng sản xuất"]
        )
        tag_html = "".join(f'<li><a href="/tags/t{i}/">{t}</a></li>' for i, t in enumerate(tags))
        prev_t, next_t = page.related(2)
        main = (
            f'<article class="post-single"><header class="post-header"><div class="breadcrumbs"><a href="/">Trang chủ</a>&nbsp;»&nbsp;'
            f'<a href="/posts/">Tin hoạt động</a></div><h1 class="post-title entry-hint-parent">{esc(art["title"])}</h1>'
            f'<div class="post-meta"><span title="{DATE}">21 tháng 11, 2026</span>&nbsp;·&nbsp;4 phút&nbsp;·&nbsp;{esc(art["byline"])}</div></header>'
            f'{_hugo_toc(page)}<div class="post-content">{lead}{body}</div>'
            f'<footer class="post-footer"><ul class="post-tags">{tag_html}</ul><nav class="paginav">'
            f'<a class="prev" href="/posts/p1/"><span class="title">« Bài trước</span><br><span>{page.c(prev_t)}</span></a>'
            f'<a class="next" href="/posts/p2/"><span class="title">Bài sau »</span><br><span>{page.c(next_t)}</span></a></nav>'
            '<ul class="share-buttons"><li><a target="_blank" rel="noopener noreferrer" aria-label="share on facebook" href="#">Facebook</a></li>'
            '<li><a aria-label="share on zalo" href="#">Zalo</a></li></ul></footer>'
            f'<div id="comments"><h3>Bình luận</h3><div class="giscus-frame"><p class="cmt">{page.c("Chị cho em hỏi miến có ship vào Đà Nẵng không ạ, em muốn đặt mười cân làm quà Tết.")}</p></div></div></article>'
        )  # fmt: skip
        head = (f"<title>{esc(art['title'])} | {site}</title><meta name=\"description\" content=\"{esc(art['lead'] or art['title'])}\">"
                + _keywords(page, "miến dong, OCOP, Bình Liêu", "hợp tác xã, phòng cháy, Bình Liêu")
                + _ld(page, url, site, "BlogPosting"))  # fmt: skip
    footer = page.c(
        "© 2026 HTX Nông sản Dong Riềng Bình Liêu · Sản phẩm OCOP 4 sao tỉnh Quảng Ninh"
    )
    return (
        f'<!DOCTYPE html><html lang="vi" dir="auto"><head><meta charset="utf-8"><meta name="generator" content="Hugo 0.139.3">{head}'
        '<link crossorigin="anonymous" href="/assets/css/stylesheet.6a98292f.css" rel="preload stylesheet" as="style"></head>'
        f'<body class="list" id="top"><header class="header"><nav class="nav"><div class="logo"><a href="/" accesskey="h">{site}</a></div>'
        f'<ul id="menu">{nav}</ul></nav></header><main class="main">{main}</main>'
        f'<footer class="footer"><span>{footer}</span> · <span>Được xây dựng với <a href="https://gohugo.io/">Hugo</a></span></footer>'
        '<a href="#top" aria-label="go to top" title="Về đầu trang (Alt + G)" class="top-link" id="top-link" accesskey="g">↑</a></body></html>'
    )  # fmt: skip


def hugo_url(kind: str) -> str:
    return "https://htxdongrieng.example.vn/" + {
        "long": "posts/nam-nam-lam-mien-dong/", "brief": "posts/hoi-cho-ocop-ha-noi-2026/",
        "non_ocop": "posts/dien-tap-pccc-xuong/", "listing": "posts/"}[kind]  # fmt: skip


# ------------------------------------------------------------------ 2. provincial TV station
def truyen_hinh(page: Page, url: str) -> str:
    site = "Đài Phát thanh và Truyền hình Hà Giang"
    menu = [
        "Thời sự",
        "Video",
        "Phát thanh",
        "Nông nghiệp",
        "OCOP Hà Giang",
        "Văn hóa",
        "Lịch phát sóng",
        "Truyền hình trực tiếp",
    ]
    nav = "".join(f'<a class="mn-item" href="/c/{i}">{m}</a>' for i, m in enumerate(menu))
    sched = "".join(f"<li><b>{h}</b> {page.c(s)}</li>" for h, s in [
        ("19:00", "Thời sự HGTV"), ("19:45", "Chuyên mục Sản phẩm OCOP - Tự hào Hà Giang"), ("20:30", "Phim truyện: Mùa hoa gạo")])  # fmt: skip
    if page.kind == "listing":
        title = "Thời sự"
        cards = "".join(
            f'<div class="vd-card"><a href="/video/{i}"><div class="vd-thumb"><img src="/thumb/{i}.jpg" alt="thumb_{i}.jpg">'
            f'<span class="vd-dur">0{i % 4 + 1}:2{i % 6}</span></div><h3>{esc(t)}</h3></a><p class="vd-sapo">{esc(s)}</p></div>'
            for i, (t, s) in enumerate(page.teasers(12))
        )  # fmt: skip
        main = f'<h1 class="cate-title">{title}</h1><div class="vd-grid">{cards}</div><div class="vd-more"><a href="?p=2">Xem thêm</a></div>'
        head = f"<title>{title} - {site}</title>"
    else:
        art = page.art
        caps = list(art["captions"])
        video_cap = caps.pop(0) if caps else ""
        page.art = dict(art, captions=caps)
        body = page.body(
            lambda t: f'<p style="text-align: justify;">{t}</p>',
            lambda t: f"<p><strong>{t}</strong></p>",
            lambda t, i: (f'<table class="image center"><tbody><tr><td><img src="/media/2026/11/{i}.jpg" alt="anh-{i}.jpg"></td></tr>'
                          f'<tr><td class="image_desc">{t}</td></tr></tbody></table>'),
            lambda h: f'<div class="box-video-lq"><span>Video liên quan</span><a href="/video/991">{h}</a></div>',
        )  # fmt: skip
        page.art = art
        vcap = ""
        if video_cap:
            page.caption_samples.append(video_cap)
            vcap = f'<div class="video-desc">{esc(video_cap)}</div>'
        player = (
            '<div class="video-player"><div id="jwplayer-1" data-file="https://vod.example.vn/hgtv/2026/11/21/tin-'
            f'{len(art["paras"])}.mp4/playlist.m3u8"><video controls poster="/poster.jpg" preload="none"></video></div>'
            f'{vcap}<div class="video-meta">Thời lượng: 03:12 · Lượt xem: 1.284</div></div>'
        )
        lead = f'<div class="sapo"><strong>{esc(art["lead"])}</strong></div>' if art["lead"] else ""
        related = "".join(
            f'<li><a href="/video/{80 + i}">{page.c(h)}</a></li>'
            for i, h in enumerate(page.related(5))
        )
        main = (
            f'<div class="breadcrumb"><a href="/">Trang chủ</a> / <a href="/c/0">Thời sự</a></div><div class="detail">'
            f'<h1 class="detail-title">{esc(art["title"])}</h1><div class="detail-time">Cập nhật: 07:45 | 21/11/2026</div>'
            f'{player}{lead}<div class="detail-content">{body}</div>'
            f'<div class="detail-author">{esc(art["byline"])}</div><div class="credit">{page.c("Biên tập: Thanh Thủy - Kỹ thuật dựng: Văn Long")}</div>'
            '<div class="share"><span>Chia sẻ:</span><a class="fb" href="#">Facebook</a><a class="zl" href="#">Zalo</a><a class="cp" href="#">Sao chép</a></div>'
            f'<div class="adv"><a href="/qc/7"><img src="/adv/banner-ocop-fair-728x90.gif" alt="banner-ocop-fair-728x90.gif"></a></div>'
            f'<div class="lq"><h2>Tin cùng chuyên mục</h2><ul>{related}</ul></div></div>'
        )  # fmt: skip
        head = (f"<title>{esc(art['title'])} - {site}</title>"
                + _keywords(page, "OCOP, chè Shan tuyết, Hà Giang, HGTV", "sạt lở, giao thông, Hà Giang, HGTV")
                + f'<meta property="og:type" content="video.other"><meta property="og:title" content="{esc(art["title"])}">'
                + _ld(page, url, site))  # fmt: skip
    return (
        f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">{head}</head><body>'
        f'<div class="top-bar"><a class="logo" href="/"><img src="/logo-hgtv.png" alt="logo-hgtv.png"></a>'
        f'<a class="live" href="/truc-tuyen">● TRỰC TIẾP HGTV1</a></div><nav class="menu">{nav}</nav>'
        f'<div class="container"><div class="col-main">{main}</div><div class="col-side"><div class="box-lps"><h3>Lịch phát sóng hôm nay</h3><ul>{sched}</ul></div>'
        '<div class="adv-side"><img src="/adv/300x250-dulich.jpg" alt="300x250-dulich.jpg"></div></div></div>'
        f'<footer><p>{page.c("Cơ quan chủ quản: Ủy ban nhân dân tỉnh Hà Giang. Giấy phép số 12/GP-BTTTT")}</p></footer></body></html>'
    )  # fmt: skip


def th_url(kind: str) -> str:
    return "https://hgtv.example.vn/" + {
        "long": "video/che-shan-tuyet-co-thu-thanh-san-pham-ocop-v5521.html",
        "brief": "video/hoi-dong-tinh-danh-gia-31-san-pham-ocop-v5530.html",
        "non_ocop": "video/sat-lo-dat-chia-cat-quoc-lo-v5534.html", "listing": "chuyen-muc/thoi-su"}[kind]  # fmt: skip


# ------------------------------------------------------------------ 3. government e-portal (Liferay)
def cong_ttdt(page: Page, url: str) -> str:
    site = "Cổng thông tin điện tử huyện Phù Cát"
    menu = ["Trang chủ", "Giới thiệu", "Tin tức - Sự kiện", "Chỉ đạo điều hành", "Văn bản pháp luật",
            "Thủ tục hành chính", "Chương trình OCOP", "Hỏi đáp"]  # fmt: skip
    nav = "".join(
        f'<li class="lfr-nav-item"><a href="/web/phucat/m{i}"><span>{m}</span></a></li>'
        for i, m in enumerate(menu)
    )
    docs = "".join(f'<li><a href="/vb/{i}">{page.c(d)}</a></li>' for i, d in enumerate([
        "Kế hoạch số 215/KH-UBND về thực hiện Chương trình OCOP năm 2027",
        "Quyết định số 1820/QĐ-UBND về phê duyệt danh mục đầu tư công"]))  # fmt: skip
    if page.kind == "listing":
        title = "Tin tức - Sự kiện"
        rows = "".join(
            f'<div class="news-item row-fluid"><div class="span3"><img src="/documents/2026/{i}.jpg" alt="{i}.jpg"></div>'
            f'<div class="span9"><a class="title" href="/web/phucat/tin/{i}">{esc(t)}</a><span class="date">({20 - i}/11/2026)</span>'
            f'<p class="summary">{esc(s)}</p></div></div>'
            for i, (t, s) in enumerate(page.teasers(10))
        )  # fmt: skip
        main = (f'<section class="portlet" id="portlet_asset_publisher"><header class="portlet-topper"><h1 class="portlet-title">{title}</h1></header>'
                f'<div class="portlet-content"><div class="asset-publisher">{rows}</div><div class="taglib-page-iterator">'
                '<span>Trang 1 / 37</span> <a href="?cur=2">Sau</a> <a href="?cur=37">Cuối</a></div></div></section>')  # fmt: skip
        head = f"<title>{title} - {site}</title>"
    else:
        art = page.art
        body = page.body(
            lambda t: f'<p style="text-align: justify;"><span style="font-size:14px;"><span style="font-family:Times New Roman,Times,serif;">{t}</span></span></p>',
            lambda t: f"<p><b>{t}</b></p>",
            lambda t, i: (f'<p style="text-align: center;"><img alt="" src="/documents/10181/0/hoinghi-{i}.jpg" style="width: 600px;"></p>'
                          f'<p style="text-align: center;"><em>{t}</em></p>'),
            lambda h: h,
        )  # fmt: skip
        lead = f'<div class="sapo"><p><b>{esc(art["lead"])}</b></p></div>' if art["lead"] else ""
        meta_lines = "".join(
            f'<p style="text-align: right;"><b>{esc(x)}</b></p>'
            for x in (art["byline"], art["attribution"])
            if x
        )
        older = "".join(f'<li><a href="/web/phucat/tin/o{i}">{page.c(h)}</a> <span class="date">({18 - i}/11/2026)</span></li>'
                        for i, h in enumerate(page.related(6)))  # fmt: skip
        main = (
            '<section class="portlet" id="portlet_101_INSTANCE_tintuc"><header class="portlet-topper"><span class="portlet-title">Tin tức - Sự kiện</span></header>'
            '<div class="portlet-content"><div class="journal-content-article">'
            f'<div class="news-title"><h2>{esc(art["title"])}</h2></div><div class="news-date">Ngày đăng: 21/11/2026 | Lượt xem: 217</div>'
            f'{lead}<div class="news-content">{body}{meta_lines}</div>'
            '<div class="news-tools"><a href="javascript:window.print()">In trang</a> | <a href="/guimail">Gửi email</a> | <a href="javascript:history.back()">Quay lại</a>'
            '<div class="font-size">Cỡ chữ: <a href="#">A-</a> <a href="#">A+</a></div></div>'
            f'<div class="other-news"><h3>Các tin đã đưa</h3><ul>{older}</ul></div></div></div></section>'
        )  # fmt: skip
        head = (f"<title>{esc(art['title'])} - {site}</title>"
                + _keywords(page, "OCOP, Phù Cát, tin tức sự kiện", "Phù Cát, tiếp công dân, tin tức sự kiện"))  # fmt: skip
    counter = page.c("Đang truy cập: 42 - Tổng lượt truy cập: 3.587.120")
    return (
        f'<!DOCTYPE html><html class="ltr" dir="ltr" lang="vi-VN"><head><meta content="text/html; charset=UTF-8" http-equiv="content-type">{head}'
        '<link href="/phucat-theme/css/main.css?t=1700000000" rel="stylesheet"></head><body class="portal-popup controls-visible guest-site signed-out">'
        f'<div id="wrapper"><header id="banner"><img src="/phucat-theme/images/banner.jpg" alt="banner.jpg"><div class="quoc-hieu">{page.c("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM - Độc lập - Tự do - Hạnh phúc")}</div></header>'
        f'<nav id="navigation" class="sort-pages modify-pages"><ul>{nav}</ul></nav><div id="content"><div class="columns-2">'
        f'<div class="portlet-column portlet-column-first span9" id="column-1">{main}</div>'
        f'<div class="portlet-column span3" id="column-2"><section class="portlet"><span class="portlet-title">Văn bản mới</span><ul>{docs}</ul></section>'
        '<section class="portlet"><span class="portlet-title">Liên kết website</span><select onchange="window.open(this.value)"><option>-- Chọn liên kết --</option>'
        '<option value="https://binhdinh.example.vn">Cổng TTĐT tỉnh Bình Định</option><option value="https://ocop.example.vn">Hệ thống thông tin OCOP</option></select></section>'
        f'<section class="portlet"><span class="portlet-title">Thống kê truy cập</span><p>{counter}</p></section></div></div></div>'
        '<footer id="footer"><p>Cơ quan chủ quản: Ủy ban nhân dân huyện Phù Cát. Chịu trách nhiệm: Chánh Văn phòng HĐND và UBND huyện.</p>'
        '<p>Ghi rõ nguồn "Cổng thông tin điện tử huyện Phù Cát" khi phát hành lại thông tin từ website này.</p></footer></div></body></html>'
    )  # fmt: skip


def cong_url(kind: str) -> str:
    return "https://phucat.example.gov.vn/" + {
        "long": "web/phucat/tin-tuc-su-kien/-/asset_publisher/tt/content/hoi-nghi-tong-ket-5-nam-ocop",
        "brief": "web/phucat/tin-tuc-su-kien/-/asset_publisher/tt/content/thong-bao-tiep-nhan-ho-so-ocop-2027",
        "non_ocop": "web/phucat/tin-tuc-su-kien/-/asset_publisher/tt/content/tiep-cong-dan-thang-11",
        "listing": "web/phucat/tin-tuc-su-kien"}[kind]  # fmt: skip


# ------------------------------------------------------------------ 4. article in tabs / accordion
def _accordion(page: Page) -> str:
    """Body sections as Bootstrap accordion panels; only the first is open (all are body)."""
    sections: list[tuple[str, list[str]]] = []
    for para in page.art["paras"]:
        if para.startswith("## "):
            sections.append((para[3:], []))
        elif sections:
            sections[-1][1].append(para)
        else:
            sections.append(("", [para]))
    out = []
    for i, (head, paras) in enumerate(sections):
        text = "".join(f"<p>{esc(p)}</p>" for p in paras)
        show = " show" if i == 0 else ""
        out.append(
            f'<div class="accordion-item"><h3 class="accordion-header" id="h-{i}"><button class="accordion-button'
            f'{"" if i == 0 else " collapsed"}" type="button" data-bs-toggle="collapse" data-bs-target="#c-{i}" '
            f'aria-expanded="{str(i == 0).lower()}">{esc(head)}</button></h3><div id="c-{i}" class="accordion-collapse collapse{show}" '
            f'data-bs-parent="#acc-article"><div class="accordion-body">{text}</div></div></div>'
        )  # fmt: skip
    return f'<div class="accordion" id="acc-article">{"".join(out)}</div>'


def tab_accordion(page: Page, url: str) -> str:
    site = "Miền Tây Online"
    menu = [
        "Trang chủ",
        "Nông nghiệp",
        "Đặc sản - OCOP",
        "Giáo dục",
        "Đời sống",
        "Du lịch sông nước",
    ]
    nav = "".join(
        f'<li class="nav-item"><a class="nav-link" href="/c{i}">{m}</a></li>'
        for i, m in enumerate(menu)
    )
    hot = "".join(
        f'<li class="list-group-item"><a href="/h{i}">{page.c(h)}</a></li>'
        for i, h in enumerate(page.related(5))
    )
    if page.kind == "listing":
        title = "Đặc sản - OCOP"
        cards = "".join(
            f'<div class="col-md-6"><div class="card mb-3"><img class="card-img-top" src="/img/{i}.webp" alt="dac-san-{i}.webp">'
            f'<div class="card-body"><h5 class="card-title"><a href="/a{i}">{esc(t)}</a></h5><p class="card-text">{esc(s)}</p></div></div></div>'
            for i, (t, s) in enumerate(page.teasers(10))
        )  # fmt: skip
        main = f'<h1 class="h3 border-bottom pb-2">{title}</h1><div class="row">{cards}</div><nav><ul class="pagination"><li class="page-item active"><a class="page-link">1</a></li><li class="page-item"><a class="page-link" href="?p=2">2</a></li></ul></nav>'
        head = f"<title>{title} | {site}</title>"
    else:
        art = page.art
        gallery = ""
        for i, cap in enumerate(art["captions"]):
            page.caption_samples.append(cap)
            gallery += f'<figure class="figure"><img class="figure-img img-fluid" src="/img/bt-{i}.jpg" alt="bt-{i}.jpg"><figcaption class="figure-caption">{esc(cap)}</figcaption></figure>'
        if not gallery:
            gallery = '<p class="text-muted">Chưa có hình ảnh.</p>'
        comments = page.c("Bưởi Mỏ Cày mua ở chợ quê ngon hơn siêu thị nhiều, mong có chỗ bán online.") if page.kind != "non_ocop" else page.c(
            "Huyện nên mở thêm lớp cho trẻ ở các cù lao, ở đó đò ngang nhiều lắm.")  # fmt: skip
        lead = f'<p class="lead fw-bold">{esc(art["lead"])}</p>' if art["lead"] else ""
        attribution = (
            f'<p class="text-end fst-italic">{esc(art["attribution"])}</p>'
            if art["attribution"]
            else ""
        )
        main = (
            f'<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Trang chủ</a></li>'
            f'<li class="breadcrumb-item active">{"Giáo dục" if page.kind == "non_ocop" else "Đặc sản - OCOP"}</li></ol></nav>'
            f'<h1 class="article-title">{esc(art["title"])}</h1><div class="article-meta text-muted small">{esc(art["byline"])} · 21/11/2026 07:45</div>'
            '<ul class="nav nav-tabs" role="tablist"><li class="nav-item"><button class="nav-link active" data-bs-toggle="tab" data-bs-target="#tab-nd">Nội dung</button></li>'
            '<li class="nav-item"><button class="nav-link" data-bs-toggle="tab" data-bs-target="#tab-ha">Hình ảnh</button></li>'
            '<li class="nav-item"><button class="nav-link" data-bs-toggle="tab" data-bs-target="#tab-bl">Bình luận (1)</button></li></ul>'
            f'<div class="tab-content"><div class="tab-pane fade show active" id="tab-nd" role="tabpanel">{lead}{_accordion(page)}{attribution}</div>'
            f'<div class="tab-pane fade" id="tab-ha" role="tabpanel">{gallery}</div>'
            f'<div class="tab-pane fade" id="tab-bl" role="tabpanel"><div class="cmt"><b>Út Hiền</b><p>{comments}</p></div>'
            '<form><textarea class="form-control" placeholder="Viết bình luận..."></textarea><button class="btn btn-success">Gửi</button></form></div></div>'
            '<div class="share-bar d-flex gap-2"><a href="#">Chia sẻ Facebook</a><a href="#">Zalo</a><a href="#">In bài</a></div>'
            '<div class="ad-slot"><img src="/ads/phan-bon-huu-co-970x250.jpg" alt="phan-bon-huu-co-970x250.jpg"></div>'
        )  # fmt: skip
        head = (f"<title>{esc(art['title'])} | {site}</title>"
                + _keywords(page, "bưởi da xanh, OCOP, Bến Tre, dừa sáp", "dạy bơi, đuối nước, học sinh")
                + _ld(page, url, site))  # fmt: skip
    return (
        f'<!doctype html><html lang="vi"><head><meta charset="utf-8"><link href="/css/bootstrap.min.css" rel="stylesheet">{head}</head>'
        f'<body><nav class="navbar navbar-expand-lg bg-success navbar-dark"><div class="container"><a class="navbar-brand" href="/">{site}</a>'
        f'<ul class="navbar-nav">{nav}</ul></div></nav><div class="container my-3"><div class="row"><main class="col-lg-8">{main}</main>'
        f'<aside class="col-lg-4"><div class="card"><div class="card-header">Đọc nhiều</div><ul class="list-group list-group-flush">{hot}</ul></div></aside></div></div>'
        f'<footer class="bg-dark text-white-50 py-3"><div class="container">{page.c("Miền Tây Online - Chuyên trang đặc sản, sản phẩm OCOP và đời sống vùng đồng bằng sông Cửu Long")}</div></footer>'
        '<script src="/js/bootstrap.bundle.min.js"></script></body></html>'
    )  # fmt: skip


def tab_url(kind: str) -> str:
    return "https://mientayonline.example.vn/" + {
        "long": "dac-san-ocop/buoi-da-xanh-mo-cay-4-sao-ocop-a3310.html",
        "brief": "dac-san-ocop/keo-dua-sap-them-hai-co-so-ocop-a3318.html",
        "non_ocop": "giao-duc/lop-day-boi-mien-phi-a3321.html", "listing": "dac-san-ocop"}[kind]  # fmt: skip


# ------------------------------------------------------------------ 5. newsletter issue (bản tin)
def ban_tin(page: Page, url: str) -> str:
    site = "Bản tin Thị xã Kiến Tường"
    issue = "Số 47 - Tuần 3 tháng 11/2026"
    menu = ["Bản tin tuần", "Lưu trữ", "Nông nghiệp - OCOP", "Thông báo", "Đăng ký nhận bản tin"]
    nav = " | ".join(f'<a href="/bt/{i}">{m}</a>' for i, m in enumerate(menu))
    if page.kind == "listing":
        title = "Lưu trữ bản tin"
        rows = "".join(
            f'<tr><td class="bt-so">Số {46 - i}</td><td><a href="/bt/so-{46 - i}#muc-1"><b>{esc(t)}</b></a><br>{esc(s)}</td></tr>'
            for i, (t, s) in enumerate(page.teasers(10))
        )  # fmt: skip
        main = f'<h1>{title}</h1><table class="bt-archive"><tbody>{rows}</tbody></table>'
        head = f"<title>{title} - {site}</title>"
    else:
        art = page.art
        body = page.body(lambda t: f"<p>{t}</p>", lambda t: f"<h4>{t}</h4>",
                         lambda t, i: f'<div class="bt-img"><img src="/bt/47/{i}.jpg" alt="bt47-{i}.jpg"><small>{t}</small></div>',
                         lambda h: h)  # fmt: skip
        lead = f'<p class="bt-lead"><i>{esc(art["lead"])}</i></p>' if art["lead"] else ""
        byline = f'<p class="bt-by">{esc(art["byline"])}</p>' if art["byline"] else ""
        others = "".join(
            f'<div class="bt-item" id="muc-{i + 2}"><h3>{page.c(t)}</h3><p>{page.c(s)}</p></div>' for i, (t, s) in enumerate(NEWS_ITEMS)
        )  # fmt: skip
        toc = "".join(f"<li>{esc(t)}</li>" for t in [art["title"], *(t for t, _ in NEWS_ITEMS)])
        main = (
            f'<div class="bt-issue">{issue}</div><div class="bt-toc"><b>Trong số này:</b><ol>{toc}</ol></div>'
            f'<div class="bt-item bt-item--focus" id="muc-1"><h1>{esc(art["title"])}</h1>{lead}{body}{byline}</div>'
            f'<hr><div class="bt-short"><h2>Tin vắn</h2>{others}</div>'
            f'<div class="bt-box">{page.c("Liên hệ gửi tin cho bản tin: Phòng Văn hóa - Thông tin thị xã, điện thoại 0272 3841 000")}</div>'
        )  # fmt: skip
        head = (f"<title>{esc(art['title'])} - {site} {issue}</title>"
                + _keywords(page, "bản tin, OCOP, Kiến Tường", "bản tin, thủy lợi, Kiến Tường"))  # fmt: skip
    return (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">{head}<style>.bt-wrap{{max-width:680px;margin:auto}}</style></head>'
        f'<body><div class="bt-wrap"><div class="bt-mast"><img src="/bt/masthead.png" alt="masthead.png"><div class="bt-name">{site}</div></div>'
        f'<div class="bt-nav">{nav}</div>{main}'
        f'<div class="bt-foot">{page.c("Bạn nhận được bản tin này vì đã đăng ký tại Bộ phận một cửa thị xã. Hủy đăng ký")}</div></div></body></html>'
    )  # fmt: skip


def bt_url(kind: str) -> str:
    return "https://kientuong.example.gov.vn/" + {
        "long": "bt/so-47/nam-rom-ocop", "brief": "bt/so-47/trao-chung-nhan-ocop",
        "non_ocop": "bt/so-47/nao-vet-kenh", "listing": "bt/luu-tru"}[kind]  # fmt: skip


# ------------------------------------------------------------------ 6. content frame of a frameset site
def khung_frameset(page: Page, url: str) -> str:
    site = "Đài Truyền thanh - Truyền hình huyện Đức Phổ"
    # the crawler fetches the "main" frame; it re-opens the frameset when loaded alone
    frame_js = '<script language="JavaScript">if (self == top) { top.location.href = "/index.htm?main=" + escape(location.pathname); }</script>'
    ifr = '<iframe src="/quangcao/top.htm" width="468" height="60" frameborder="0" scrolling="no" name="qc"></iframe>'
    if page.kind == "listing":
        title = "Tin tức địa phương"
        rows = "".join(
            f'<tr><td valign="top"><img src="/images/arrow.gif" alt="arrow.gif"></td><td><a href="noidung.asp?id={700 - i}" target="main" class="tieude">{esc(t)}</a>'
            f' <font color="#999999" size="1">({20 - i}/11/2026)</font><br><font size="2">{esc(s)}</font></td></tr>'
            for i, (t, s) in enumerate(page.teasers(11))
        )  # fmt: skip
        main = f'<p class="tenmuc">{title}</p><table width="100%" cellpadding="3">{rows}</table><p align="center">[1] <a href="dstin.asp?trang=2">[2]</a> <a href="dstin.asp?trang=3">[3]</a></p>'
        head = f"<title>{title}</title>"
    else:
        art = page.art
        body = page.body(
            lambda t: f'<p align="justify"><font face="Arial" size="2">{t}</font></p>',
            lambda t: f'<p><font face="Arial" size="2"><b>{t}</b></font></p>',
            lambda t, i: (f'<p align="center"><img src="/upload/anh{i}.jpg" alt="anh{i}.jpg" border="0" width="400"><br>'
                          f'<font size="1" face="Arial"><i>{t}</i></font></p>'),
            lambda h: h,
        )  # fmt: skip
        lead = (
            f'<p align="justify"><font face="Arial" size="2"><b>{esc(art["lead"])}</b></font></p>'
            if art["lead"]
            else ""
        )
        tail = "".join(
            f'<p align="right"><font face="Arial" size="2"><b>{esc(x)}</b></font></p>'
            for x in (art["byline"], art["attribution"])
            if x
        )
        others = "".join(f'<tr><td><img src="/images/dot.gif" alt="dot.gif"> <a href="noidung.asp?id={690 + i}" target="main">{page.c(h)}</a></td></tr>'
                         for i, h in enumerate(page.related(6)))  # fmt: skip
        main = (
            f'<p class="tieude"><font face="Arial" size="3" color="#003399"><b>{esc(art["title"])}</b></font></p>'
            '<p><font size="1" color="#808080">Cập nhật lúc 07:45 ngày 21/11/2026</font></p>'
            f'{lead}{body}{tail}'
            '<p align="right"><a href="javascript:window.print()"><img src="/images/print.gif" alt="print.gif" border="0"> In bài</a> '
            '<a href="#dau"><img src="/images/top.gif" alt="top.gif" border="0"> Về đầu trang</a></p>'
            f'<p class="tenmuc">Các tin khác</p><table width="100%">{others}</table>'
        )  # fmt: skip
        head = (f"<title>{esc(art['title'])}</title>"
                + _keywords(page, "Đức Phổ, truyền thanh, OCOP", "Đức Phổ, truyền thanh, tàu cá"))  # fmt: skip
    return (
        '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN"><html><head>'
        f'<meta http-equiv="Content-Type" content="text/html; charset=utf-8">{head}<base target="main">'
        f'<link rel="stylesheet" href="/style.css" type="text/css">{frame_js}</head>'
        '<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0"><a name="dau"></a>'
        f'<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td align="center">{ifr}</td></tr>'
        f'<tr><td bgcolor="#E8F0FF"><font size="1">{page.c("Chuyên trang: Sản phẩm OCOP Đức Phổ - Nông thôn mới - Biển đảo quê hương")}</font></td></tr>'
        f'<tr><td style="padding:8px">{main}</td></tr>'
        f'<tr><td align="center" bgcolor="#003399"><font color="#FFFFFF" size="1">{page.c("Bản quyền thuộc " + site)}. Ghi rõ nguồn khi phát hành lại.</font></td></tr></table>'
        '<noframes><p>Trình duyệt của bạn không hỗ trợ khung (frame). <a href="/index_noframe.htm">Xem bản không khung</a></p></noframes></body></html>'
    )  # fmt: skip


def khung_url(kind: str) -> str:
    return "http://ducpho-tttt.example.vn/" + {
        "long": "noidung.asp?id=712&muc=3", "brief": "noidung.asp?id=715&muc=3",
        "non_ocop": "noidung.asp?id=717&muc=5", "listing": "dstin.asp?muc=3"}[kind]  # fmt: skip


# ------------------------------------------------------------------ 7. bilingual page (vi / en)
def song_ngu(page: Page, url: str) -> str:
    site = "Lào Cai Online"
    menu = [
        "Thời sự | News",
        "Kinh tế | Economy",
        "OCOP Lào Cai | OCOP products",
        "Du lịch | Travel",
        "English",
    ]
    nav = "".join(f'<li><a href="/m{i}">{m}</a></li>' for i, m in enumerate(menu))
    if page.kind == "listing":
        title = "Kinh tế | Economy"
        items = "".join(
            f'<li class="bl-item"><a href="/vi/a{i}" hreflang="vi">{esc(t)}</a><p>{esc(s)}</p>'
            f'<a class="bl-en" href="/en/a{i}" hreflang="en">Read in English</a></li>'
            for i, (t, s) in enumerate(page.teasers(11))
        )
        main = f'<h1>{title}</h1><ul class="bl-list">{items}</ul><a class="bl-more" href="?page=2">Xem thêm | More</a>'
        head = f"<title>{title} - {site}</title>"
    else:
        art = page.art
        body = page.body(
            lambda t: f"<p>{t}</p>",
            lambda t: f"<h3>{t}</h3>",
            lambda t, i: (f'<figure class="bl-fig"><img src="/images/2026/11/{i}.jpg" alt="IMG_2026_{i}.jpg">'
                          f'<figcaption>{t}</figcaption></figure>'),
            lambda h: h,
        )  # fmt: skip
        en = art["en"]
        page.c(en[1])  # the English version is another document, not body
        en_html = (
            f'<h2 class="bl-en-title">{esc(en[0])}</h2><p class="bl-en-lead"><b>{esc(en[1])}</b></p>'
            + "".join(f"<p>{esc(p)}</p>" for p in en[2:])
        )
        lead = f'<p class="bl-sapo"><b>{esc(art["lead"])}</b></p>' if art["lead"] else ""
        related = "".join(
            f'<li><a href="/vi/r{i}">{page.c(h)}</a></li>' for i, h in enumerate(page.related(5))
        )
        main = (
            f'<div class="bl-switch"><a class="active" href="{url}">Tiếng Việt</a> | <a href="{url}?lang=en">English</a></div>'
            f'<div class="bl-cols"><article class="bl-col bl-vi" lang="vi"><h1>{esc(art["title"])}</h1>'
            f'<div class="bl-date">21/11/2026 | {esc(art["byline"])}</div>{lead}{body}</article>'
            f'<aside class="bl-col bl-en" lang="en"><div class="bl-en-head">English version</div>{en_html}'
            '<p class="bl-tr">Translated by Lao Cai Online</p></aside></div>'
            '<div class="bl-share">Chia sẻ | Share: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">Zalo</a></div>'
            '<div class="bl-ad"><img src="/qc/sapa-resort-banner.jpg" alt="sapa-resort-banner.jpg"></div>'
            f'<section class="bl-related"><h2>Tin liên quan | Related</h2><ul>{related}</ul></section>'
        )  # fmt: skip
        head = (f"<title>{esc(art['title'])} | {esc(en[0])} - {site}</title>"
                + _keywords(page, "OCOP, Lào Cai, song ngữ", "Sa Pa, thời tiết, song ngữ")
                + f'<link rel="alternate" hreflang="en" href="{url}?lang=en">' + _ld(page, url, site))  # fmt: skip
    return (
        f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">{head}</head><body>'
        f'<header class="bl-head"><a href="/" class="bl-logo">{site}</a><ul class="bl-nav">{nav}</ul></header>'
        f'<main class="bl-main">{main}</main>'
        f'<footer><p>{page.c("Lào Cai Online - Trang tin song ngữ Việt - Anh | Vietnamese - English news")}</p></footer></body></html>'
    )  # fmt: skip


def sn_url(kind: str) -> str:
    return "https://laocaionline.example.vn/" + {
        "long": "vi/kinh-te/gao-seng-cu-muong-khuong-ocop-a2101.html",
        "brief": "vi/kinh-te/tuan-hang-ocop-lao-cai-tai-ha-noi-a2104.html",
        "non_ocop": "vi/thoi-su/sa-pa-ret-dau-mua-a2107.html", "listing": "vi/kinh-te"}[kind]  # fmt: skip


TEMPLATES = {
    "hugo_htx": (hugo_htx, hugo_url),
    "truyen_hinh": (truyen_hinh, th_url),
    "cong_ttdt": (cong_ttdt, cong_url),
    "tab_accordion": (tab_accordion, tab_url),
    "ban_tin": (ban_tin, bt_url),
    "khung_frameset": (khung_frameset, khung_url),
    "song_ngu": (song_ngu, sn_url),
}
