"""Seven page templates of the fourth blind set, each modelled on one kind of Vietnamese site.

Every render(page, url) returns the page HTML; strings passed through ``page.c`` are chrome
(recorded in the gold as must-not-appear). Kind "listing" is not an article. None of these
templates repeats one of bench/templates_blind/, templates_blind2/ or templates_blind3/.
"""

from __future__ import annotations

import json
import textwrap

from _build import Page, esc

DATE = "2026-11-21T07:45:00+07:00"


def _ld(page: Page, url: str, site: str, kind: str = "NewsArticle", **extra: object) -> str:
    art = page.art
    data = {"@context": "https://schema.org", "@type": kind, "headline": art["title"],
            "description": art["lead"] or art["paras"][-1][:150], "datePublished": DATE,
            "url": url, "publisher": {"@type": "Organization", "name": site}}  # fmt: skip
    if art.get("byline"):
        data["author"] = {"@type": "Person", "name": art["byline"]}
    data.update(extra)
    return (
        '<script type="application/ld+json">' + json.dumps(data, ensure_ascii=False) + "</script>"
    )


def _keywords(page: Page, ocop: str, other: str) -> str:
    """Per-page meta keywords: OCOP words only on OCOP pages and listings."""
    words = other if page.kind == "non_ocop" else ocop
    return f'<meta name="keywords" content="{esc(words)}">'


# ------------------------------------------------------------------ 1. news agency (wire copy)
def _thong_tan_article(page: Page, url: str, site: str) -> tuple[str, str]:
    """The wire article: dateline, sapo, photos with credits, tags, photo news and same-category lists."""
    art = page.art
    credit = f"Ảnh: {art['byline']} - TTXVN"  # registered as chrome only where a photo shows it
    state = {"first": True}

    def para(t: str) -> str:
        # the wire dateline opens the first paragraph only (metadata, not body)
        if state.pop("first", False):
            # an in-read ad slot follows the first paragraph; its alt is an identifier
            ad = page.c("qc-inread-dulich-bien-640x360")
            return (f'<p><span class="dateline">Tuyên Quang (TTXVN) - </span>{t}</p><div class="ads-inread">'
                    f'<a href="/qc/31" rel="sponsored"><img src="/qc/{ad}.jpg" alt="{ad}"></a><span class="ad-label">Quảng cáo</span></div>')  # fmt: skip
        return f"<p>{t}</p>"

    body = page.body(
        para,
        lambda t: f'<p class="subtitle"><strong>{t}</strong></p>',
        lambda t, i: (f'<div class="ct-photo"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="/Uploaded/2026_11/21/cam-{i}.jpg" '
                      f'alt="cam-{i}.jpg"><div class="ct-photo-cap"><p class="cap">{t}</p><p class="credit">{page.c(credit)}</p></div></div>'),
        lambda h: f'<div class="ct-related-inline"><p class="tit">Tin liên quan</p><ul><li><a href="/r/1.htm">{h}</a></li></ul></div>',
    )  # fmt: skip
    lead = f'<div class="ct-sapo"><h2>{esc(art["lead"])}</h2></div>' if art["lead"] else ""
    photo = "".join(
        f'<li><a href="/anh/{i}.htm"><img src="/anh/{i}.jpg" alt="anh-ttxvn-{i}.jpg"><span>{page.c(h)}</span></a></li>'
        for i, h in enumerate(["Sắc màu chợ phiên vùng cao ngày cuối tuần", "Mùa thu hoạch cam trên những triền đồi"])
    )  # fmt: skip
    same = "".join(
        f'<li><a href="/kt/{i}.htm">{page.c(h)}</a> <span class="time">{19 - i}/11/2026</span></li>'
        for i, h in enumerate(page.related(9)[5:])
    )  # fmt: skip
    tags = (
        "cam sành, OCOP, Tuyên Quang"
        if page.kind != "non_ocop"
        else "cầu treo, học sinh, Tuyên Quang"
    )
    tag_html = "".join(f'<a href="/tag/{i}.htm">{t}</a>' for i, t in enumerate(tags.split(", ")))
    main = (
        '<div class="breadcrumb"><a href="/">Trang chủ</a> › <a href="/2.htm">Kinh tế</a> › <a href="/2/nong-nghiep.htm">Nông nghiệp</a></div>'
        f'<article class="ct-detail"><h1 class="ct-title">{esc(art["title"])}</h1>'
        '<div class="ct-meta"><span class="ct-time">21/11/2026 07:45</span> <span class="ct-src">Nguồn: TTXVN</span>'
        '<a class="ct-print" href="?print=1">In bài</a></div>'
        f'{lead}<div class="ct-body" id="ct-body">{body}</div>'
        f'<p class="ct-author">{esc(art["byline"])} (TTXVN)</p>'
        f'<p class="ct-copy">{page.c("Ghi rõ nguồn Thông tấn xã Việt Nam khi phát hành lại thông tin từ trang này")}</p>'
        f'<div class="ct-tags"><span>Từ khóa:</span>{tag_html}</div>'
        '<div class="ct-share"><a href="#">Facebook</a><a href="#">Zalo</a><a href="#">Twitter</a><a href="#">Sao chép liên kết</a></div></article>'
        f'<section class="ct-photonews"><h3>Ảnh TTXVN</h3><ul>{photo}</ul></section>'
        f'<section class="ct-samecat"><h3>Tin cùng chuyên mục</h3><ul>{same}</ul></section>'
    )  # fmt: skip
    head = (f"<title>{esc(art['title'])} | {site}</title>"
            + f'<meta property="og:type" content="article"><meta property="og:title" content="{esc(art["title"])}">'
            + _keywords(page, "OCOP, cam sành, Tuyên Quang, TTXVN", "cầu treo, học sinh, Tuyên Quang, TTXVN")
            + _ld(page, url, site))  # fmt: skip
    return main, head


def thong_tan(page: Page, url: str) -> str:
    site = "Tin Thông Tấn"
    menu = ["Thời sự", "Thế giới", "Kinh tế", "OCOP - Sản phẩm vùng miền", "Xã hội",
            "Ảnh TTXVN", "Infographics", "Video"]  # fmt: skip
    nav = "".join(f'<li><a href="/{i}.htm">{m}</a></li>' for i, m in enumerate(menu))
    events = "".join(f'<a href="/su-kien/{i}.htm">{page.c(e)}</a>' for i, e in enumerate(
        ["Hội chợ OCOP khu vực phía Bắc 2026", "Kỳ họp thứ 11, Quốc hội khóa XV"]))  # fmt: skip
    hot = "".join(
        f'<li><span class="num">{i + 1}</span><a href="/doc-nhieu/{i}.htm">{page.c(h)}</a></li>'
        for i, h in enumerate(page.related(5))
    )
    if page.kind == "listing":
        title = "OCOP - Sản phẩm vùng miền"
        items = "".join(
            f'<div class="ct-item"><a class="thumb" href="/ocop/{i}.htm"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" '
            f'data-src="/Uploaded/2026_11/{i}.jpg" alt="{i}.jpg"></a><div class="info"><h3><a href="/ocop/{i}.htm">{esc(t)}</a></h3>'
            f'<span class="time">{20 - i}/11/2026</span><p class="sapo">{esc(s)}</p></div></div>'
            for i, (t, s) in enumerate(page.teasers(11))
        )  # fmt: skip
        main = (f'<h1 class="cate-title">{title}</h1><div class="ct-list">{items}</div>'
                '<div class="paging"><a class="active">1</a><a href="?p=2">2</a><a href="?p=3">3</a><a href="?p=2">Trang sau</a></div>')  # fmt: skip
        head = f"<title>{title} | {site}</title>"
    else:
        main, head = _thong_tan_article(page, url, site)
    return (
        f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">{head}</head><body>'
        '<div class="top-lang"><a href="/">Tiếng Việt</a><a href="/en">English</a><a href="/fr">Français</a>'
        '<a href="/es">Español</a><a href="/cn">中文</a></div>'
        f'<header class="site-header"><a class="logo" href="/"><img src="/img/logo-ttxvn.svg" alt="logo-ttxvn.svg"></a>'
        f'<span class="slogan">{page.c("Cơ quan thông tấn quốc gia - Nguồn tin chính thống")}</span><span class="today">Thứ Hai, 23/11/2026</span></header>'
        f'<nav class="main-nav"><ul>{nav}</ul></nav><div class="event-bar"><span>Sự kiện:</span>{events}</div>'
        f'<div class="wrap"><main class="col-main">{main}</main><aside class="col-side"><div class="box-hot"><h3>Đọc nhiều</h3><ol>{hot}</ol></div>'
        '<div class="qc"><a href="/qc/12"><img src="/qc/ttxvn-ads-300x600-dulich.jpg" alt="ttxvn-ads-300x600-dulich"></a></div></aside></div>'
        f'<footer class="site-footer"><p>{page.c("Chuyên trang OCOP - Sản phẩm vùng miền do Thông tấn xã Việt Nam thực hiện")}</p>'
        '<p>Giấy phép số 88/GP-BTTTT. Tổng Giám đốc: ……</p></footer></body></html>'
    )  # fmt: skip


def tt_url(kind: str) -> str:
    return "https://tinthongtan.example.vn/" + {
        "long": "kinh-te/cam-sanh-vao-mua-hop-tac-xa-giu-gia-nho-ocop-20261121074512345.htm",
        "brief": "kinh-te/tuyen-quang-danh-gia-27-san-pham-ocop-20261120163005123.htm",
        "non_ocop": "xa-hoi/khanh-thanh-cau-treo-moi-20261121091500777.htm",
        "listing": "ocop-san-pham-vung-mien.htm"}[kind]  # fmt: skip


# ------------------------------------------------------------------ 2. radio station
def phat_thanh(page: Page, url: str) -> str:
    site = "Tiếng nói Miền Núi"
    menu = ["Thời sự", "Nghe trực tuyến", "Podcast", "Nông thôn ngày nay", "OCOP bản làng",
            "Văn hóa dân tộc", "Giao thông"]  # fmt: skip
    nav = "".join(f'<a class="nav-link" href="/c/{i}">{m}</a>' for i, m in enumerate(menu))
    replay = "".join(
        f'<li><a href="/nghe-lai/{i}"><span class="prog">{page.c(p)}</span><span class="dur">{d}</span></a></li>'
        for i, (p, d) in enumerate([("Thời sự 18 giờ ngày 21/11", "29:45"),
                                    ("Chuyên đề OCOP bản làng: Mùa mận trên cao nguyên", "14:30"),
                                    ("Ca nhạc theo yêu cầu thính giả", "45:00")])
    )  # fmt: skip
    podcast = "".join(
        f'<div class="pod"><img src="/pod/{i}.jpg" alt="podcast-cover-{i}.jpg"><a href="/podcast/{i}">{page.c(p)}</a></div>'
        for i, p in enumerate(["Podcast Chuyện làng nghề - Tập 12: Người giữ lửa lò rèn",
                               "Podcast Sống khỏe mùa lạnh - Tập 4"])
    )  # fmt: skip
    if page.kind == "listing":
        title = "Nông thôn ngày nay"
        eps = "".join(
            f'<div class="ep-card"><button class="ep-play" data-src="/audio/ntnn/{i}.mp3">▶ Nghe</button>'
            f'<div class="ep-info"><h3><a href="/ntnn/{i}">{esc(t)}</a></h3><p>{esc(s)}</p>'
            f'<span class="ep-meta">Phát sóng {20 - i}/11/2026 · {12 + i % 5}:0{i % 9}</span></div></div>'
            for i, (t, s) in enumerate(page.teasers(12))
        )  # fmt: skip
        main = (f'<div class="prog-head"><h1>{title}</h1><p class="prog-time">Phát sóng 11 giờ 30 hằng ngày trên kênh Dân tộc</p></div>'
                f'<div class="ep-list">{eps}</div><a class="more" href="?page=2">Xem thêm chương trình</a>')  # fmt: skip
        head = f"<title>{title} - {site}</title>"
    else:
        art = page.art

        def fig(t: str, i: int) -> str:
            if t.startswith("Nghe "):  # an interview clip: its label is a caption, not body
                return (
                    f'<div class="inline-audio"><p class="audio-label">{t}</p><audio controls preload="none" '
                    f'src="/audio/2026/11/clip-{i}.mp3"></audio><span class="audio-dur">01:4{i % 10}</span></div>'
                )
            return (f'<figure class="img-box"><img src="/images/2026/11/21/man-{i}.jpg" alt="man-{i}.jpg">'
                    f'<figcaption>{t}</figcaption></figure>')  # fmt: skip

        body = page.body(
            lambda t: f"<p>{t}</p>",
            lambda t: f"<h2>{t}</h2>",
            fig,
            lambda h: f'<div class="related-program"><span>Chương trình liên quan</span><a href="/ntnn/88">🎧 {h}</a></div>',
        )  # fmt: skip
        lead = (f'<p class="sapo"><span class="site-stamp">TNMN.VN - </span>{esc(art["lead"])}</p>'
                if art["lead"] else "")  # fmt: skip
        tts = (
            '<div class="tts-player"><span class="tts-label">Nghe bài viết</span><audio controls preload="none" '
            f'src="/tts/{len(art["paras"])}.mp3"></audio><select class="tts-voice"><option>{page.c("Giọng nữ miền Bắc")}</option>'
            '<option>Giọng nam miền Nam</option></select><span class="tts-speed">Tốc độ 1x</span></div>'
        )  # fmt: skip
        related = "".join(
            f'<li><a href="/tin/{i}">{page.c(h)}</a></li>' for i, h in enumerate(page.related(4))
        )
        main = (
            f'<div class="crumb"><a href="/">Trang chủ</a> / <a href="/c/3">Nông thôn ngày nay</a></div>'
            f'<article class="article"><h1 class="article-title">{esc(art["title"])}</h1>'
            f'<div class="article-meta">Thứ Bảy, 07:45, 21/11/2026</div>{tts}{lead}'
            f'<div class="article-body">{body}</div><div class="article-author">{esc(art["byline"])}/{site}</div>'
            '<div class="share"><a href="#">Chia sẻ</a><a href="#">Facebook</a><a href="#">Zalo</a></div></article>'
            f'<section class="more-news"><h3>Tin liên quan</h3><ul>{related}</ul></section>'
            '<section class="comment"><h3>Ý kiến thính giả</h3><form><input placeholder="Họ tên"><textarea placeholder="Ý kiến của bạn"></textarea>'
            '<button>Gửi ý kiến</button></form></section>'
        )  # fmt: skip
        head = (f"<title>{esc(art['title'])} - {site}</title>"
                + _keywords(page, "OCOP, mận hậu, Sơn La, phát thanh", "bán trú, học sinh, Sơn La, phát thanh")
                + _ld(page, url, site, audio={"@type": "AudioObject", "contentUrl": f"{url}.mp3"}))  # fmt: skip
    return (
        f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">{head}</head><body>'
        '<div class="live-bar"><span class="on-air">● ĐANG PHÁT</span> <a href="/live/dt">Kênh Dân tộc</a> <a href="/live/ts">Kênh Thời sự</a>'
        '<a href="/live/gt">Kênh Giao thông</a><audio id="live" preload="none" src="https://stream.example.vn/live/dantoc.m3u8"></audio></div>'
        f'<header><a class="logo" href="/">{site}</a><nav>{nav}</nav></header>'
        f'<div class="layout"><main>{main}</main><aside><div class="box"><h3>Nghe lại</h3><ul>{replay}</ul></div>'
        f'<div class="box"><h3>Podcast</h3>{podcast}</div><div class="qc"><img src="/qc/banner-300x250-bhxh.png" alt="banner-300x250-bhxh.png"></div></aside></div>'
        f'<footer><p>{page.c("Tần số FM 96,6 MHz - AM 702 kHz - Phủ sóng 14 tỉnh miền núi phía Bắc")}</p>'
        '<p>© Đài Tiếng nói Miền Núi. Giấy phép số 45/GP-BTTTT.</p></footer></body></html>'
    )  # fmt: skip


def pt_url(kind: str) -> str:
    return "https://tiengnoimiennui.example.vn/" + {
        "long": "nong-thon-ngay-nay/man-hau-say-deo-va-cau-chuyen-lam-ocop-post41230.vov",
        "brief": "thoi-su/son-la-mo-diem-gioi-thieu-san-pham-ocop-tai-ben-xe-post41244.vov",
        "non_ocop": "xa-hoi/hoc-sinh-ban-tru-duoc-bo-sung-suat-an-sang-post41251.vov",
        "listing": "chuyen-muc/nong-thon-ngay-nay"}[kind]  # fmt: skip


# ------------------------------------------------------------------ 3. cooperative shop on WordPress + Elementor
def _el(widget: str, inner: str, n: int) -> str:
    """One Elementor widget: two wrapper divs, data attributes, no semantic markup."""
    eid = f"{0x3A1F + 97 * n:x}"
    return (f'<div class="elementor-element elementor-element-{eid} elementor-widget elementor-widget-{widget}" '
            f'data-id="{eid}" data-element_type="widget" data-widget_type="{widget}.default">'
            f'<div class="elementor-widget-container">{inner}</div></div>')  # fmt: skip


def _con(inner: str, n: int, cls: str = "") -> str:
    eid = f"{0x51C0 + 31 * n:x}"
    return (f'<div class="elementor-element elementor-element-{eid} e-flex e-con-boxed e-con e-parent {cls}" '
            f'data-id="{eid}" data-element_type="container"><div class="e-con-inner">{inner}</div></div>')  # fmt: skip


def _woo_card(name: str, price: str, n: int) -> str:
    return (f'<li class="wc-block-grid__product"><a href="/san-pham/sp-{n}/" class="wc-block-grid__product-link">'
            f'<div class="wc-block-grid__product-image"><img src="/wp-content/uploads/2026/10/sp-{n}-300x300.jpg" alt="sp-{n}-300x300"></div>'
            f'<div class="wc-block-grid__product-title">{name}</div></a><div class="wc-block-grid__product-price price">'
            f'<span class="woocommerce-Price-amount amount"><bdi>{price}&nbsp;<span class="woocommerce-Price-currencySymbol">₫</span></bdi></span></div>'
            '<div class="wp-block-button wc-block-grid__product-add-to-cart"><a href="?add-to-cart=1" class="wp-block-button__link add_to_cart_button">'
            'Thêm vào giỏ hàng</a></div></li>')  # fmt: skip


def _elementor_htx_article(page: Page, url: str, site: str, side: str) -> tuple[str, str]:
    """The single-post Elementor template: every block is a widget in two wrapper divs."""
    art = page.art
    prices = iter(["185.000", "240.000", "99.000"])
    body = page.body(
        lambda t: f"<p>{t}</p>",
        lambda t: f'<h3 class="wp-block-heading">{t}</h3>',
        lambda t, i: (f'<figure class="wp-block-image size-large"><img decoding="async" src="/wp-content/uploads/2026/11/toi-{i}-1024x683.jpg" '
                      f'alt="toi-{i}-1024x683" class="wp-image-{900 + i}"><figcaption class="wp-element-caption">{t}</figcaption></figure>'),
        lambda h: (f'<div class="wp-block-woocommerce-handpicked-products wc-block-handpicked-products"><ul class="wc-block-grid__products">'
                   f'{_woo_card(h, next(prices), 7)}</ul></div>'),
    )  # fmt: skip
    excerpt = _el("theme-post-excerpt", esc(art["lead"]), 13) if art["lead"] else ""
    info = (
        '<ul class="elementor-inline-items elementor-icon-list-items elementor-post-info">'
        f'<li class="elementor-icon-list-item elementor-repeater-item-a1"><span class="elementor-post-info__item--type-author">{esc(art["byline"])}</span></li>'
        '<li class="elementor-icon-list-item"><span class="elementor-post-info__item--type-date"><time>21/11/2026</time></span></li>'
        '<li class="elementor-icon-list-item"><span class="elementor-post-info__terms-list"><a href="/tin-tuc/">Tin tức</a></span></li>'
        '<li class="elementor-icon-list-item"><span class="elementor-post-info__item--type-comments">Không có bình luận</span></li></ul>'
    )  # fmt: skip
    prev_t, next_t = page.related(2)
    rel = "".join(
        f'<article class="elementor-post elementor-grid-item"><div class="elementor-post__text"><h3 class="elementor-post__title">'
        f'<a href="/r{i}/">{page.c(h)}</a></h3><a class="elementor-post__read-more" href="/r{i}/">Đọc thêm »</a></div></article>'
        for i, h in enumerate(page.related(5)[2:])
    )  # fmt: skip
    share = "".join(
        f'<div class="elementor-share-btn elementor-share-btn_{n.lower()}"><span class="elementor-share-btn__title">{n}</span></div>'
        for n in ("Facebook", "Pinterest", "Messenger")
    )  # fmt: skip
    comment_form = (
        f'<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Để lại một bình luận</h3>'
        f'<form class="comment-form"><p class="comment-notes">{page.c("Email của bạn sẽ không được hiển thị công khai.")} Các trường bắt buộc được đánh dấu *</p>'
        '<textarea id="comment" name="comment"></textarea><input id="author" placeholder="Tên *"><input id="email" placeholder="Email *">'
        '<input type="submit" class="submit" value="Gửi bình luận"></form></div>'
    )  # fmt: skip
    column = (
        _el("theme-post-featured-image", '<img src="/wp-content/uploads/2026/11/cover-1024x576.jpg" alt="cover-1024x576">', 11)
        + _el("theme-post-title", f'<h1 class="elementor-heading-title elementor-size-default">{esc(art["title"])}</h1>', 12)
        + _el("post-info", info, 14) + excerpt
        + _el("theme-post-content", body, 15)
        + _el("share-buttons", f'<div class="elementor-grid">{share}</div>', 16)
        + _el("post-navigation", f'<div class="elementor-post-navigation"><div class="elementor-post-navigation__prev"><a href="/p1/" rel="prev">'
              f'<span class="post-navigation__prev--label">Bài trước</span><span class="post-navigation__prev--title">{page.c(prev_t)}</span></a></div>'
              f'<div class="elementor-post-navigation__next"><a href="/p2/" rel="next"><span class="post-navigation__next--label">Bài sau</span>'
              f'<span class="post-navigation__next--title">{page.c(next_t)}</span></a></div></div>', 17)
        + _el("heading", '<h2 class="elementor-heading-title">Bài viết liên quan</h2>', 18)
        + _el("posts", f'<div class="elementor-posts-container elementor-posts elementor-grid">{rel}</div>', 19)
        + _el("post-comments", comment_form, 21)
    )  # fmt: skip
    main = _con(
        f'<div class="elementor-column-main">{column}</div><div class="elementor-column-side">{side}</div>',
        2,
    )
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "Article", "headline": art["title"], "datePublished": DATE, "author": {"name": art["byline"]},
         "isPartOf": {"@id": url + "#webpage"}, "articleSection": ["Tin tức"], "inLanguage": "vi"},
        {"@type": "WebPage", "@id": url + "#webpage", "url": url, "name": art["title"] + " - " + site},
        {"@type": "BreadcrumbList", "itemListElement": [{"@type": "ListItem", "position": 1, "name": "Trang chủ"},
                                                      {"@type": "ListItem", "position": 2, "name": art["title"]}]}]}  # fmt: skip
    head = (f"<title>{esc(art['title'])} - {site}</title>"
            + f'<meta property="og:type" content="article"><meta property="og:description" content="{esc(art["lead"] or art["paras"][0][:120])}">'
            + _keywords(page, "tỏi Lý Sơn, OCOP, tỏi cô đơn", "giao hàng, thông báo, Lý Sơn")
            + '<script type="application/ld+json" class="yoast-schema-graph">' + json.dumps(graph, ensure_ascii=False) + "</script>")  # fmt: skip
    return main, head


def elementor_htx(page: Page, url: str) -> str:
    site = "HTX Tỏi Lý Sơn"
    menu = [
        "Trang chủ",
        "Giới thiệu",
        "Sản phẩm OCOP",
        "Tin tức",
        "Chính sách giao hàng",
        "Liên hệ",
    ]
    nav = "".join(
        f'<li class="menu-item menu-item-type-post_type"><a href="/m{i}/" class="elementor-item">{m}</a></li>'
        for i, m in enumerate(menu)
    )
    header = _con(
        _el("text-editor", f"<p>{page.c('Hotline: 0905 123 456 - Miễn phí giao hàng cho đơn từ 500.000đ')}</p>", 1)
        + _el("theme-site-logo", '<a href="/"><img src="/wp-content/uploads/2025/logo-htx.png" alt="logo-htx"></a>', 2)
        + _el("nav-menu", f'<nav class="elementor-nav-menu--main"><ul class="elementor-nav-menu">{nav}</ul></nav>', 3)
        + _el("woocommerce-menu-cart", '<a class="elementor-menu-cart__toggle_button" href="/gio-hang/">Giỏ hàng <span class="elementor-button-text">0&nbsp;₫</span></a>', 4),
        1,
    )  # fmt: skip
    side_items = [("Tỏi cô đơn OCOP 4 sao - hộp quà 1kg", "420.000"), ("Hành tím Lý Sơn túi 1kg", "95.000"),
                  ("Tỏi ngâm mật ong hũ 500ml", "160.000")]  # fmt: skip
    side = _el(
        "woocommerce-products",
        f'<h3 class="elementor-heading-title">{page.c("Sản phẩm OCOP nổi bật")}</h3><ul class="wc-block-grid__products">'
        + "".join(_woo_card(page.c(nm), pr, 40 + i) for i, (nm, pr) in enumerate(side_items)) + "</ul>",
        20,
    )  # fmt: skip
    if page.kind == "listing":
        title = "Tin tức"
        posts = "".join(
            f'<article class="elementor-post elementor-grid-item post-{700 + i} post type-post status-publish">'
            f'<a class="elementor-post__thumbnail__link" href="/tin-{i}/"><div class="elementor-post__thumbnail"><img src="/wp-content/uploads/2026/11/t{i}-768x512.jpg" alt="t{i}-768x512"></div></a>'
            f'<div class="elementor-post__text"><h3 class="elementor-post__title"><a href="/tin-{i}/">{esc(t)}</a></h3>'
            f'<div class="elementor-post__meta-data"><span class="elementor-post-date">{20 - i} Tháng mười một, 2026</span></div>'
            f'<div class="elementor-post__excerpt"><p>{esc(s)}</p></div><a class="elementor-post__read-more" href="/tin-{i}/">Đọc thêm »</a></div></article>'
            for i, (t, s) in enumerate(page.teasers(10))
        )  # fmt: skip
        main = _con(
            _el("theme-archive-title", f'<h1 class="elementor-heading-title elementor-size-default">{title}</h1>', 10)
            + _el("archive-posts", f'<div class="elementor-posts-container elementor-posts elementor-grid">{posts}</div>'
                  '<nav class="elementor-pagination"><span class="page-numbers current">1</span><a class="page-numbers" href="/tin-tuc/page/2/">2</a>'
                  '<a class="page-numbers next" href="/tin-tuc/page/2/">Trang sau »</a></nav>', 11)
            + side,
            2,
        )  # fmt: skip
        head = f"<title>{title} - {site}</title>"
    else:
        main, head = _elementor_htx_article(page, url, site, side)
    popup = (
        '<div data-elementor-type="popup" data-elementor-id="1203" class="elementor elementor-1203 elementor-location-popup" '
        'data-elementor-settings="{&quot;triggers&quot;:{&quot;page_load&quot;:&quot;yes&quot;,&quot;page_load_delay&quot;:8}}" style="display:none">'
        + _el("form", f'<h3>{page.c("Nhận mã giảm giá 10% cho đơn hàng sản phẩm OCOP đầu tiên")}</h3>'
              '<form class="elementor-form"><input type="email" placeholder="Email của bạn"><button type="submit">Đăng ký</button></form>', 30)
        + "</div>"
    )  # fmt: skip
    footer = _con(
        _el("text-editor", f"<p>{page.c('HTX Tỏi Lý Sơn - Sản phẩm OCOP 4 sao tỉnh Quảng Ngãi')}</p>"
            "<p>Địa chỉ: thôn Đông, đặc khu Lý Sơn, tỉnh Quảng Ngãi. Mã số thuế: 4300xxxxxx</p>", 40)
        + _el("icon-list", '<ul class="elementor-icon-list-items"><li>Chính sách đổi trả</li><li>Chính sách bảo mật</li></ul>', 41),
        9,
    )  # fmt: skip
    return (
        '<!DOCTYPE html><html lang="vi"><head><meta charset="UTF-8"><meta name="generator" content="WordPress 6.6.2">'
        '<meta name="generator" content="Elementor 3.24.5; features: e_font_icon_svg, additional_custom_breakpoints">'
        f'{head}<link rel="stylesheet" id="elementor-frontend-css" href="/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.24.5"></head>'
        '<body class="post-template-default single single-post theme-hello-elementor woocommerce-js elementor-default elementor-kit-6">'
        f'<div data-elementor-type="header" data-elementor-id="30" class="elementor elementor-30 elementor-location-header">{header}</div>'
        f'<div data-elementor-type="single-post" data-elementor-id="95" class="elementor elementor-95 elementor-location-single">{main}</div>'
        f'<div data-elementor-type="footer" data-elementor-id="41" class="elementor elementor-41 elementor-location-footer">{footer}</div>'
        f'<div class="zalo-float"><a href="https://zalo.me/0905123456">Chat Zalo</a><a href="tel:0905123456">Gọi ngay</a></div>{popup}'
        '<script src="/wp-content/plugins/elementor-pro/assets/js/frontend.min.js?ver=3.24.2"></script></body></html>'
    )  # fmt: skip


def el_url(kind: str) -> str:
    return "https://toilyson.example.vn/" + {
        "long": "toi-co-don-tren-ruong-cat-va-chang-duong-len-4-sao-ocop/",
        "brief": "nhan-dat-hop-qua-toi-ocop-dip-tet/",
        "non_ocop": "thong-bao-tam-dung-giao-hang-ngay-bien-dong/", "listing": "tin-tuc/"}[kind]  # fmt: skip


# ------------------------------------------------------------------ 4. client-rendered news app (body only in JSON-LD)
def _spa_jsonld_article(page: Page, url: str, site: str) -> tuple[str, str, str]:
    """Server-rendered shell of an article: title and sapo in HTML, the body only in JSON-LD."""
    art = page.art
    paras = [p[3:] if p[:3] in ("## ", "?? ") else p for p in art["paras"]]
    images = [{"@type": "ImageObject", "url": f"https://cdn.example.vn/2026/11/21/{i}.jpg", "caption": cap}
              for i, cap in enumerate(art["captions"])]  # fmt: skip
    page.caption_samples.extend(art["captions"])
    ld = _ld(
        page,
        url,
        site,
        articleBody="\n\n".join(paras),
        image=images,
        wordCount=len(" ".join(paras).split()),
    )
    sapo = f'<p class="article-sapo" data-v-5d2c>{esc(art["lead"])}</p>' if art["lead"] else ""
    skeleton = "".join('<div class="skeleton-line" data-v-5d2c></div>' for _ in range(6))
    related = "".join(
        f'<li data-v-5d2c><a href="/r/{i}">{page.c(h)}</a></li>'
        for i, h in enumerate(page.related(9)[5:])
    )
    main = (
        f'<nav class="crumbs" data-v-5d2c><a href="/">Trang chủ</a><span>/</span><a href="/3">{"Thời sự" if page.kind == "non_ocop" else "Đặc sản OCOP"}</a></nav>'
        f'<article class="article" data-v-5d2c><h1 class="article-title" data-v-5d2c>{esc(art["title"])}</h1>'
        f'<div class="article-info" data-v-5d2c><span>{esc(art["byline"])}</span> · <time datetime="{DATE}">21/11/2026 07:45</time></div>{sapo}'
        f'<div class="article-content" data-v-5d2c><div class="skeleton" aria-busy="true">{skeleton}</div>'
        f'<noscript>{page.c("Trình duyệt của bạn đang tắt JavaScript. Vui lòng bật JavaScript để đọc toàn bộ bài viết.")}</noscript></div></article>'
        f'<section class="related" data-v-5d2c><h3>Tin liên quan</h3><ul>{related}</ul></section>'
    )  # fmt: skip
    head = (f"<title>{esc(art['title'])} | {site}</title>"
            + f'<meta name="description" content="{esc(art["lead"] or art["title"])}">'
            + f'<meta property="og:type" content="article"><meta property="og:title" content="{esc(art["title"])}">'
            + _keywords(page, "OCOP, Cà Mau, đặc sản", "triều cường, Cà Mau, thời tiết") + ld)  # fmt: skip
    state = (
        '{layout:"default",data:[{articleId:'
        + str(41000 + len(art["paras"]))
        + ",loading:true}],state:{menu:a,trending:b}}"
    )
    return main, head, state


def spa_jsonld(page: Page, url: str) -> str:
    site = "Tin Miền Cực Nam"
    menu = ["Mới nhất", "Thời sự", "Kinh tế", "Đặc sản OCOP", "Biển đảo", "Đời sống"]
    nav = "".join(
        f'<a href="/{i}" class="nav-item" data-v-1c2e4f>{m}</a>' for i, m in enumerate(menu)
    )
    trend = "".join(
        f'<li data-v-7a1b><a href="/t/{i}">{page.c(h)}</a></li>'
        for i, h in enumerate(page.related(5))
    )
    if page.kind == "listing":
        title = "Đặc sản OCOP"
        cards = "".join(
            f'<div class="card" data-v-3f9a><a href="/dac-san-ocop/{i}"><img src="/_ipx/w_400/{i}.jpg" alt="{i}.jpg"></a>'
            f'<h3 class="card-title"><a href="/dac-san-ocop/{i}">{esc(t)}</a></h3><p class="card-sapo">{esc(s)}</p></div>'
            for i, (t, s) in enumerate(page.teasers(12))
        )  # fmt: skip
        items = [
            {
                "@type": "ListItem",
                "position": i + 1,
                "url": f"https://tinmiencucnam.example.vn/dac-san-ocop/{i}",
            }
            for i in range(12)
        ]
        ld = json.dumps(
            {"@context": "https://schema.org", "@type": "ItemList", "itemListElement": items},
            ensure_ascii=False,
        )
        main = f'<h1 class="cate-title" data-v-3f9a>{title}</h1><div class="cards" data-v-3f9a>{cards}</div><button class="load-more" data-v-3f9a>Xem thêm</button>'
        head = f'<title>{title} | {site}</title><script type="application/ld+json">{ld}</script>'
        state = (
            '{layout:"default",data:[{category:"dac-san-ocop",page:1}],state:{menu:a,trending:b}}'
        )
    else:
        main, head, state = _spa_jsonld_article(page, url, site)
    return (
        f'<!DOCTYPE html><html lang="vi" data-n-head-ssr><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">{head}'
        '<link rel="preload" href="/_nuxt/app.4f1c2d.js" as="script"><link rel="stylesheet" href="/_nuxt/css/app.9ab31e.css"></head>'
        f'<body><div id="__nuxt"><div id="__layout"><div class="app" data-v-1c2e4f><header class="topbar" data-v-1c2e4f><a class="logo" href="/">{site}</a>'
        f'<nav data-v-1c2e4f>{nav}</nav></header><main class="page" data-v-1c2e4f>{main}</main>'
        f'<aside class="trending" data-v-7a1b><h3>Đọc nhiều</h3><ol>{trend}</ol></aside>'
        f'<footer data-v-1c2e4f><p>{page.c("Tin Miền Cực Nam - Chuyên trang đặc sản và sản phẩm OCOP vùng bán đảo Cà Mau")}</p></footer></div></div></div>'
        f'<script>window.__NUXT__=(function(a,b){{return {state}}}(["Mới nhất","Thời sự"],[]));</script>'
        '<script src="/_nuxt/runtime.0c9e1a.js" defer></script><script src="/_nuxt/app.4f1c2d.js" defer></script></body></html>'
    )  # fmt: skip


def spa_url(kind: str) -> str:
    return "https://tinmiencucnam.example.vn/" + {
        "long": "dac-san-ocop/ba-khia-muoi-ven-rung-duoc-thanh-san-pham-ocop-a41210",
        "brief": "dac-san-ocop/ca-mau-cong-nhan-them-12-san-pham-ocop-a41222",
        "non_ocop": "thoi-su/trieu-cuong-dang-cao-nhieu-tuyen-duong-ngap-sau-a41230",
        "listing": "dac-san-ocop"}[kind]  # fmt: skip


# ------------------------------------------------------------------ 5. trade department portal on DNN (Word-pasted text)
_MSO = ('<!--[if gte mso 9]><xml><w:WordDocument><w:View>Normal</w:View><w:Zoom>0</w:Zoom><w:TrackMoves/>'
        '</w:WordDocument></xml><![endif]--><!--[if gte mso 10]><style>table.MsoNormalTable {mso-style-name:"Table Normal";'
        'font-size:10.0pt;font-family:"Times New Roman",serif;}</style><![endif]-->')  # fmt: skip
_SPAN = 'style="font-size:14.0pt;line-height:115%;font-family:&quot;Times New Roman&quot;,serif;mso-fareast-font-family:&quot;Times New Roman&quot;"'


def _mso_p(t: str) -> str:
    # Word's HTML hard-wraps long lines inside the text (whitespace only, text unchanged)
    wrapped = "\n".join(textwrap.wrap(t, 76, break_long_words=False, break_on_hyphens=False))
    return (f'<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:36.0pt;line-height:115%">'
            f'<span lang="VI" {_SPAN}>{wrapped}<o:p></o:p></span></p>')  # fmt: skip


def _dnn_congthuong_article(page: Page, url: str) -> tuple[str, str]:
    """The EasyDNNnews article view: Word-pasted body, attachments, rating, other news."""
    art = page.art
    body = page.body(
        _mso_p,
        lambda t: (f'<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:36.0pt"><b><i><span lang="VI" {_SPAN}>{t}'
                   '<o:p></o:p></span></i></b></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>'),
        lambda t, i: (f'<p class="MsoNormal" align="center" style="text-align:center"><img width="602" height="339" '
                      f'src="/Portals/0/EasyDNNNews/2187/images/hoi-nghi-{i}.jpg" alt="hoi-nghi-{i}"></p>'
                      f'<p class="MsoNormal" align="center" style="text-align:center"><i><span lang="VI" style="font-size:12.0pt">{t}<o:p></o:p></span></i></p>'),
        lambda h: h,
    )  # fmt: skip
    lead = f'<div class="edn_articleSummary"><p>{esc(art["lead"])}</p></div>' if art["lead"] else ""
    author = (
        f'<span class="edn_author">Người đăng: {esc(art["byline"])}</span>' if art["byline"] else ""
    )
    files = "".join(
        f'<li><a class="edn_document" href="/Portals/0/EasyDNNNews/2187/{esc(f)}">{page.c(f)}</a> '
        f'<span class="edn_docSize">({size})</span> <span class="edn_docDownloads">Lượt tải: {n}</span></li>'
        for f, size, n in art["files"]
    )  # fmt: skip
    others = "".join(
        f'<li><a href="/tin/o{i}">{page.c(h)}</a> <span class="edn_date">({18 - i}/11/2026)</span></li>'
        for i, h in enumerate(page.related(6))
    )  # fmt: skip
    tags = (
        "OCOP, xúc tiến thương mại" if page.kind != "non_ocop" else "xăng dầu, quản lý thị trường"
    )
    module = (
        '<div class="eds_news_module_1089 news eds_template_Details_Article_Default"><div id="dnn_ctr1089_ViewEasyDNNNewsMain_ctl00_pnlViewArticle">'
        f'<article class="edn_article edn_clearFix"><h1 class="edn_articleTitle">{esc(art["title"])}</h1>'
        f'<div class="edn_metaDetails"><time class="edn_articleDate" datetime="{DATE}">21/11/2026</time> <span class="edn_numberOfViews">Lượt xem: 356</span> {author}</div>'
        f'{lead}<div class="edn_articleContent">{_MSO}{body}</div>'
        f'<div class="edn_documentsWrapper"><h3 class="edn_documentsTitle">Tài liệu đính kèm</h3><ul>{files}</ul></div>'
        '<div class="edn_socialPrintWrapper"><a class="edn_printButton" href="?print=1">In trang</a> | <a href="mailto:?subject=tin">Gửi email</a> | <a href="#">Facebook</a></div>'
        f'<div class="edn_articleTags">Thẻ: {esc(tags)}</div><div class="edn_rating"><span>Đánh giá bài viết:</span> ★★★★☆ <span>(4 lượt)</span></div>'
        f'<div class="edn_relatedArticles"><h3>Các tin khác</h3><ul>{others}</ul></div></article></div></div>'
    )  # fmt: skip
    head = (f"<title>\n\t{esc(art['title'])} > Tin tức - Sự kiện\n</title>"
            + f'<meta id="MetaDescription" name="DESCRIPTION" content="{esc(art["lead"] or art["title"])}" />'
            + _keywords(page, "OCOP, xúc tiến thương mại, Sở Công Thương, DotNetNuke, DNN", "xăng dầu, kiểm tra, Sở Công Thương, DotNetNuke, DNN"))  # fmt: skip
    return module, head


def dnn_congthuong(page: Page, url: str) -> str:
    site = "Sở Công Thương tỉnh Nghệ An"
    menu = ["Giới thiệu", "Tin tức - Sự kiện", "Văn bản", "Chương trình OCOP", "Xúc tiến thương mại",
            "Thủ tục hành chính", "Hỏi đáp", "Liên hệ"]  # fmt: skip
    nav = "".join(
        f'<li class="item{" first" if i == 0 else ""}"><a href="/{i}">{m}</a></li>' for i, m in enumerate(menu)
    )  # fmt: skip
    prices = "".join(
        f"<tr><td>{page.c(n)}</td><td>{v}</td></tr>"
        for n, v in [("Xăng RON 95-III", "20.840 đ/lít"), ("Dầu diesel 0,05S", "18.910 đ/lít")]
    )  # fmt: skip
    banners = "".join(
        f'<li><a href="/ocop/{i}"><img src="/Portals/0/Banner/ocop-{i}.jpg" alt="ocop-{i}"><span>{page.c(b)}</span></a></li>'
        for i, b in enumerate(["Nước mắm OCOP 5 sao làng biển", "Cam Vinh - Sản phẩm OCOP 4 sao"])
    )  # fmt: skip
    if page.kind == "listing":
        title = "Tin tức - Sự kiện"
        rows = "".join(
            f'<article class="edn_article edn_clearFix"><a class="edn_articleImage" href="/tin/{i}"><img src="/Portals/0/EasyDNNNews/thumbs/{i}.jpg" alt="{i}"></a>'
            f'<h2 class="edn_articleTitle"><a href="/tin/{i}">{esc(t)}</a></h2><p class="edn_metaDetails"><time class="edn_articleDate">{20 - i}/11/2026</time></p>'
            f'<div class="edn_articleSummary">{esc(s)}</div><a class="edn_readMore edn_readMoreButton" href="/tin/{i}">Xem tiếp</a></article>'
            for i, (t, s) in enumerate(page.teasers(10))
        )  # fmt: skip
        module = (f'<div class="eds_news_module_1089 news eds_template_List_Article_Default">{rows}'
                  '<div class="article_pager"><a class="active">1</a><a href="/tin-tuc-su-kien/pgrid/1089/pageid/2">2</a><a href="/tin-tuc-su-kien/pgrid/1089/pageid/3">3</a><a href="/tin-tuc-su-kien/pgrid/1089/pageid/42">»</a></div></div>')  # fmt: skip
        head = f"<title>\n\t{title} > Trang chủ\n</title>"
    else:
        module, head = _dnn_congthuong_article(page, url)
    return (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">'
        f'<html xml:lang="vi-VN" lang="vi-VN" xmlns="http://www.w3.org/1999/xhtml"><head id="Head"><meta content="text/html; charset=UTF-8" http-equiv="Content-Type" />{head}'
        '<meta id="MetaGenerator" name="GENERATOR" content="DotNetNuke " /><link href="/Portals/_default/default.css?cdv=212" type="text/css" rel="stylesheet"/></head>'
        f'<body id="Body"><form method="post" action="{url.split(".vn", 1)[1]}" id="Form" enctype="multipart/form-data">'
        '<div class="aspNetHidden"><input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />'
        '<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="Jq9lLWXp1B2m0vTz8r1nQ7c3aK5fY2uH0sE4dG6iO8pA" /></div>'
        f'<div id="siteWrapper"><div class="header"><div class="banner"><img src="/Portals/0/logo-sct.png" alt="logo-sct"><span class="site-name">{site}</span>'
        f'<span class="site-en">{page.c("Department of Industry and Trade of Nghe An Province")}</span></div>'
        '<div id="dnn_dnnSEARCH_ClassicSearch"><input type="text" placeholder="Tìm kiếm..." /><a class="SearchButton">Tìm</a></div>'
        '<div class="login"><a id="dnn_dnnLOGIN_loginLink" class="LoginLink" href="/Login?returnurl=%2f">Đăng nhập</a></div></div>'
        f'<div id="dnn_MainMenu"><ul class="topLevel">{nav}</ul></div>'
        '<div id="dnn_BreadcrumbPane"><span id="dnn_dnnBreadcrumb_lblBreadCrumb"><a class="breadcrumbLink" href="/">Trang chủ</a> › <a class="breadcrumbLink" href="/1">Tin tức - Sự kiện</a></span></div>'
        '<div class="row"><div id="dnn_ContentPane" class="contentPane col-md-9"><div class="DnnModule DnnModule-EasyDNNnews DnnModule-1089"><a name="1089"></a>'
        '<div class="Container_Title"><h2 class="TitleHead"><span id="dnn_ctr1089_dnnTITLE_titleLabel" class="TitleHead">Tin tức - Sự kiện</span></h2></div>'
        f'<div id="dnn_ctr1089_ContentPane"><div id="dnn_ctr1089_ModuleContent" class="DNNModuleContent ModEasyDNNnewsC">{module}</div></div></div></div>'
        f'<div id="dnn_RightPane" class="col-md-3"><div class="DnnModule"><h3 class="TitleHead">Sản phẩm OCOP tiêu biểu</h3><ul class="banner-list">{banners}</ul></div>'
        f'<div class="DnnModule"><h3 class="TitleHead">Giá xăng dầu</h3><table class="gia-xd"><tbody>{prices}</tbody></table></div></div></div>'
        f'<div class="footer"><p>{page.c("Bản quyền thuộc Sở Công Thương tỉnh Nghệ An. Ghi rõ nguồn khi trích dẫn thông tin từ Cổng thông tin này.")}</p>'
        '<p>Địa chỉ: số 2 đường Lê Hồng Phong, phường Vinh Phú, tỉnh Nghệ An</p></div></div>'
        '<input name="ScrollTop" type="hidden" id="ScrollTop" /><input name="__dnnVariable" type="hidden" id="__dnnVariable" value="`{`__scdoff`:`1`}" />'
        '</form><!--CDF(Javascript|/js/dnn.js?cdv=212)--></body></html>'
    )  # fmt: skip


def dnn_url(kind: str) -> str:
    return "https://sct.nghean.example.vn/" + {
        "long": "tin-tuc-su-kien/articleType/ArticleView/articleId/2187/hoi-nghi-ket-noi-cung-cau-xuc-tien-tieu-thu-san-pham-ocop-nam-2026",
        "brief": "tin-tuc-su-kien/articleType/ArticleView/articleId/2190/moi-dang-ky-gian-hang-ocop-hoi-cho-bac-trung-bo",
        "non_ocop": "tin-tuc-su-kien/articleType/ArticleView/articleId/2193/tang-cuong-kiem-tra-kinh-doanh-xang-dau",
        "listing": "tin-tuc-su-kien"}[kind]  # fmt: skip


# ------------------------------------------------------------------ 6. commune news blog on Blogger
def _bl_img(t: str, i: int) -> str:
    src = f"https://blogger.googleusercontent.com/img/b/R29vZ2xl/AVvXsEhQ{i}x7k/s400/long-nhan-{i}.jpg"
    return (
        '<table align="center" cellpadding="0" cellspacing="0" class="tr-caption-container" style="margin-left: auto; margin-right: auto;"><tbody>'
        f'<tr><td style="text-align: center;"><a href="{src.replace("/s400/", "/s1600/")}" style="margin-left: auto; margin-right: auto;">'
        f'<img border="0" data-original-height="960" data-original-width="1280" height="300" src="{src}" width="400" /></a></td></tr>'
        f'<tr><td class="tr-caption" style="text-align: center;">{t}</td></tr></tbody></table>'
    )  # fmt: skip


def _bl_post(page: Page, url: str, title: str, body: str, labels: list[str]) -> str:
    lab = ", ".join(f'<a href="/search/label/{esc(x)}" rel="tag">{esc(x)}</a>' for x in labels)
    shares = "".join(
        f'<a class="goog-inline-block share-button" href="#" title="{x}"><span class="share-button-link-text">{x}</span></a>'
        for x in ("Gửi email bài đăng này", "BlogThis!", "Chia sẻ lên X", "Chia sẻ lên Facebook", "Chia sẻ lên Pinterest")
    )  # fmt: skip
    return (
        '<div class="post-outer"><div class="post hentry uncustomized-post-template" itemprop="blogPost" itemscope="itemscope" itemtype="http://schema.org/BlogPosting">'
        f'<a name="78123456789{len(title)}"></a><h3 class="post-title entry-title" itemprop="name">{title}</h3>'
        f'<div class="post-header"><div class="post-header-line-1"></div></div><div class="post-body entry-content" id="post-body-78123456789{len(title)}" '
        f'itemprop="description articleBody">{body}<div style="clear: both;"></div></div>'
        '<div class="post-footer"><div class="post-footer-line post-footer-line-1"><span class="post-author vcard">Đăng bởi <span class="fn" itemprop="author" '
        'itemscope="itemscope" itemtype="http://schema.org/Person"><span itemprop="name">Ban biên tập trang tin xã</span></span></span> '
        f'<span class="post-timestamp">vào lúc <a class="timestamp-link" href="{url}" rel="bookmark" title="permanent link"><abbr class="published" '
        f'itemprop="datePublished" title="{DATE}">07:45</abbr></a></span> <span class="post-comment-link"><a class="comment-link" href="{url}#comment-form">'
        f'Không có nhận xét nào:</a></span></div><div class="post-share-buttons goog-inline-block">{shares}</div>'
        f'<div class="post-footer-line post-footer-line-2"><span class="post-labels">Nhãn: {lab}</span></div></div></div></div>'
    )  # fmt: skip


def blogspot_xa(page: Page, url: str) -> str:
    site = "Trang tin xã Tống Trân"
    pages_ = ["Trang chủ", "Giới thiệu xã", "Thủ tục hành chính", "Sản phẩm OCOP", "Liên hệ"]
    tabs = "".join(f'<li><a href="/p/{i}.html">{m}</a></li>' for i, m in enumerate(pages_))
    day = '<h2 class="date-header"><span>Thứ Bảy, 21 tháng 11, 2026</span></h2>'
    if page.kind == "listing":
        posts = "".join(
            f'<div class="date-outer"><h2 class="date-header"><span>{20 - i} tháng 11, 2026</span></h2><div class="date-posts">'
            + _bl_post(page, f"https://tintucxatongtran.blogspot.com/2026/11/bai-{i}.html", esc(t),
                       f'<div style="text-align: justify;">{esc(s)}</div><div class="jump-link"><a href="/2026/11/bai-{i}.html#more" title="{esc(t)}">Đọc thêm »</a></div>',
                       ["OCOP"]) + "</div></div>"
            for i, (t, s) in enumerate(page.teasers(10))
        )  # fmt: skip
        blog = ('<div class="status-msg-wrap"><div class="status-msg-body">Hiển thị các bài đăng có nhãn <b>OCOP</b>. '
                '<a href="/">Hiển thị tất cả bài đăng</a></div></div>' + f'<div class="blog-posts hfeed">{posts}</div>')  # fmt: skip
        title = f"{site}: OCOP"
        head = f"<title>{title}</title>"
        own_title = "Lịch họp giao ban tháng 11"
    else:
        art = page.art
        body = page.body(
            lambda t: f'<div style="text-align: justify;">{t}</div><div style="text-align: justify;"><br /></div>',
            lambda t: f'<div style="text-align: justify;"><b>{t}</b></div>',
            _bl_img,
            lambda h: h,
        )  # fmt: skip
        lead = (f'<div style="text-align: justify;"><b>{esc(art["lead"])}</b></div><div style="text-align: justify;"><br /></div>'
                if art["lead"] else "")  # fmt: skip
        labels = ["Y tế", "Thông báo"] if page.kind == "non_ocop" else ["OCOP", "Kinh tế"]
        blog = (
            f'<div class="blog-posts hfeed"><div class="date-outer">{day}<div class="date-posts">'
            + _bl_post(page, url, esc(art["title"]), lead + body, labels)
            + '<div class="comments" id="comments"><a name="comments"></a><h4>Không có nhận xét nào:</h4><div id="Blog1_comments-block-wrapper">'
            '<dl class="avatar-comment-indent" id="comments-block"></dl></div><p class="comment-footer"><a href="https://www.blogger.com/comment/fullpage/post/1/2" '
            'onclick="">Đăng nhận xét</a></p></div></div></div></div>'
        )  # fmt: skip
        title = f"{site}: {esc(art['title'])}"
        head = (f"<title>{title}</title>"
                + f'<meta content="{esc(art["paras"][0][:140])}" property="og:description">'
                + _keywords(page, "OCOP, long nhãn, Tống Trân", "tiêm chủng, trạm y tế, Tống Trân"))  # fmt: skip
        own_title = art["title"]
    newer, older = page.related(2)
    pager = (
        f'<div class="blog-pager" id="blog-pager"><span id="blog-pager-newer-link"><a class="blog-pager-newer-link" href="/n.html" title="{esc(newer)}">Bài đăng Mới hơn</a></span>'
        f'<span id="blog-pager-older-link"><a class="blog-pager-older-link" href="/o.html" title="{esc(older)}">Bài đăng Cũ hơn</a></span><a class="home-link" href="/">Trang chủ</a></div>'
        '<div class="post-feeds"><div class="feed-links">Đăng ký: <a class="feed-link" href="/feeds/1/comments/default" type="application/atom+xml">Đăng Nhận xét (Atom)</a></div></div>'
    )  # fmt: skip
    popular = "".join(
        f'<li><div class="item-content"><div class="item-thumbnail"><a href="/pp{i}.html"><img alt="" height="72" src="https://blogger.googleusercontent.com/img/b/pp{i}/s72-c/a.jpg" width="72" /></a></div>'
        f'<div class="item-title"><a href="/pp{i}.html">{page.c(h)}</a></div><div class="item-snippet">{page.c(sn)}</div></div></li>'
        for i, (h, (_, sn)) in enumerate(zip(page.related(5)[2:], page.teasers(14)[11:]))
    )  # fmt: skip
    archive = "".join(f'<li><a href="/a{i}.html">{esc(own_title) if i == 0 else page.c(h)}</a></li>'
                      for i, h in enumerate(["", *page.related(8)[5:]]))  # fmt: skip
    labels_w = "".join(f'<li><a dir="ltr" href="/search/label/{x}">{x}</a> <span dir="ltr">({n})</span></li>'
                       for x, n in [("Chính quyền", 31), ("Kinh tế", 27), ("OCOP", 23), ("Thông báo", 19), ("Y tế", 8)])  # fmt: skip
    return (
        '<!DOCTYPE html><html class="v2" dir="ltr" lang="vi" xmlns="http://www.w3.org/1999/xhtml" xmlns:b="http://www.google.com/2005/gml/b" '
        'xmlns:data="http://www.google.com/2005/gml/data" xmlns:expr="http://www.google.com/2005/gml/expr"><head><meta content="width=1100" name="viewport">'
        '<meta content="text/html; charset=UTF-8" http-equiv="Content-Type"><meta content="blogger" name="generator">'
        f'{head}<link rel="alternate" type="application/atom+xml" title="{site} - Atom" href="https://tintucxatongtran.blogspot.com/feeds/posts/default">'
        '<link type="text/css" rel="stylesheet" href="https://www.blogger.com/static/v1/widgets/2975350028-css_bundle_v2.css"></head>'
        '<body class="loading variant-simplysimple"><div class="navbar section" id="navbar"><div class="widget Navbar" data-version="1" id="Navbar1">'
        '<iframe src="https://www.blogger.com/navbar.g?targetBlogID=1&blogName=x" title="Thanh điều hướng Blogger" height="30"></iframe></div></div>'
        '<div class="content-outer"><header><div class="header section" id="header"><div class="widget Header" id="Header1"><div id="header-inner">'
        f'<div class="titlewrapper"><h1 class="title"><a href="https://tintucxatongtran.blogspot.com/">{site}</a></h1></div><div class="descriptionwrapper">'
        f'<p class="description"><span>{page.c("Thông tin hoạt động của Đảng ủy, HĐND, UBND xã và Chương trình OCOP của địa phương")}</span></p></div></div></div></div></header>'
        f'<div class="tabs section" id="crosscol"><div class="widget PageList" id="PageList1"><div class="widget-content"><ul>{tabs}</ul></div></div></div>'
        f'<div class="columns"><div class="main-outer"><div class="main section" id="main"><div class="widget Blog" data-version="1" id="Blog1">{blog}{pager}</div></div></div>'
        '<div class="sidebar section" id="sidebar-right-1">'
        f'<div class="widget PopularPosts" id="PopularPosts1"><h2>Bài đăng phổ biến</h2><div class="widget-content popular-posts"><ul>{popular}</ul></div></div>'
        '<div class="widget BlogArchive" id="BlogArchive1"><h2>Lưu trữ Blog</h2><div class="widget-content"><ul class="hierarchy"><li class="archivedate expanded">'
        '<a class="toggle" href="#"><span class="zippy toggle-open">▼&nbsp;</span></a><a class="post-count-link" href="/2026/">2026</a> <span class="post-count" dir="ltr">(48)</span>'
        f'<ul class="hierarchy"><li class="archivedate expanded"><a class="post-count-link" href="/2026/11/">tháng 11</a> <span class="post-count" dir="ltr">(6)</span><ul class="posts">{archive}</ul></li></ul></li></ul></div></div>'
        f'<div class="widget Label" id="Label1"><h2>Nhãn</h2><div class="widget-content list-label-widget-content"><ul>{labels_w}</ul></div></div>'
        '<div class="widget Stats" id="Stats1"><h2>Tổng số lượt xem trang</h2><div class="widget-content"><span class="counter-wrapper text-counter-wrapper">124.873</span></div></div></div></div>'
        '<footer><div class="footer-outer"><div class="widget Attribution" id="Attribution1"><div class="widget-content" style="text-align: center;">'
        'Chủ đề Đơn giản. Được tạo bởi <a href="https://www.blogger.com" target="_blank">Blogger</a>.</div></div></div></footer></div>'
        '<script type="text/javascript" src="https://www.blogger.com/static/v1/widgets/3845888474-widgets.js"></script></body></html>'
    )  # fmt: skip


def bl_url(kind: str) -> str:
    return "https://tintucxatongtran.blogspot.com/" + {
        "long": "2026/11/long-nhan-lang-tong-tran-vao-mua-say.html",
        "brief": "2026/11/xa-mo-lop-huong-dan-lam-ho-so-ocop.html",
        "non_ocop": "2026/11/lich-tiem-chung-mo-rong-thang-12.html", "listing": "search/label/OCOP"}[kind]  # fmt: skip


# ------------------------------------------------------------------ 7. news aggregator (article copied from a source paper)
def _tong_hop_article(page: Page, url: str, site: str, sources: list[str]) -> tuple[str, str]:
    """The copied article: source line, sapo, body with a sponsored item and another source's box, origin line, clusters."""
    art = page.art
    src = art["attribution"]
    native = (f'<div class="bm-native-ad"><span class="bm-ad-label">Tài trợ</span><a href="https://ads.example.vn/c/88" rel="sponsored">'
              f'{page.c("Mở tài khoản số đẹp miễn phí, nhận ngay ưu đãi hoàn tiền khi thanh toán")}</a></div>')  # fmt: skip
    state = {"ad": True}

    def para(t: str) -> str:
        # a sponsored item follows the first paragraph
        return f'<p class="body-text">{t}</p>' + (native if state.pop("ad", False) else "")

    body = page.body(
        para,
        lambda t: f'<h3 class="body-text body-heading">{t}</h3>',
        lambda t, i: (f'<figure class="body-image"><img src="https://photo.example.vn/w700/2026/11/21/sen-{i}.jpg" alt="sen-{i}.jpg">'
                      f'<figcaption class="body-caption">{t}</figcaption></figure>'),
        lambda h: (f'<div class="bm-inline-related"><span class="label">Xem thêm</span><a href="/r/7.epi">{h}</a>'
                   '<span class="bm-src">Đồng Tháp Online</span></div>'),
    )  # fmt: skip
    sapo = f'<h2 class="bm-sapo">{esc(art["lead"])}</h2>' if art["lead"] else ""
    cluster = "".join(
        f'<div class="bm-cluster-item"><h4><a href="/cl/{i}.epi">{page.c(h)}</a></h4><div class="bm-meta">'
        f'<span class="bm-src">{sources[i]}</span> <time>{i + 2} giờ trước</time></div></div>'
        for i, h in enumerate(page.related(4))
    )  # fmt: skip
    newest = "".join(
        f'<li><a href="/n/{i}.epi">{page.c(h)}</a></li>' for i, h in enumerate(page.related(9)[4:])
    )
    kw = (
        ["sen Tháp Mười", "OCOP", "Đồng Tháp"]
        if page.kind != "non_ocop"
        else ["giá lúa", "thu đông", "Đồng Tháp"]
    )
    main = (
        f'<article class="bm-article"><div class="bm-source"><a href="/nguon/dat-sen.epi"><img src="/logo/dat-sen.png" alt="logo-dat-sen"> {esc(src)}</a>'
        f'<time datetime="{DATE}">2 giờ trước</time><button class="bm-follow">+ Theo dõi</button></div>'
        f'<h1 class="bm-title">{esc(art["title"])}</h1>{sapo}<div class="bm-body">{body}</div>'
        f'<p class="body-author">{esc(art["byline"])}</p>'
        f'<div class="bm-origin">Nguồn <b>{esc(src)}</b>: <a rel="nofollow" href="https://baodatsen.example.vn/{url.rsplit("/", 1)[1].replace(".epi", ".html")}">'
        f'https://baodatsen.example.vn/{url.rsplit("/", 1)[1].replace(".epi", ".html")}</a> <button>Copy link</button></div>'
        f'<div class="bm-keywords">{"".join(f"<a href=/tag/{i}.epi>#{esc(k)}</a>" for i, k in enumerate(kw))}</div>'
        f'<div class="bm-reactions"><button>Thích</button><button>Bình luận</button><button>Chia sẻ</button></div></article>'
        f'<section class="bm-cluster"><h3>Cùng chuyên mục</h3>{cluster}</section>'
        f'<section class="bm-newest"><h3>Tin mới</h3><ul>{newest}</ul></section>'
    )  # fmt: skip
    head = (f"<title>{esc(art['title'])} | {site}</title>"
            + f'<link rel="canonical" href="{url}"><meta property="og:type" content="article">'
            + f'<meta property="og:site_name" content="{site}"><meta name="description" content="{esc(art["lead"])}">'
            + _keywords(page, "sen Tháp Mười, OCOP, Đồng Tháp", "giá lúa, thu đông, Đồng Tháp")
            + _ld(page, url, site, isBasedOn=f"https://baodatsen.example.vn/{url.rsplit('/', 1)[1]}"))  # fmt: skip
    return main, head


def tong_hop(page: Page, url: str) -> str:
    site = "Tin Tổng Hợp"
    cats = ["Nóng", "Mới", "Thế giới", "Kinh tế", "Nông nghiệp", "Đời sống", "Tiện ích"]
    nav = "".join(f'<a class="bm-cat" href="/c{i}.epi">{m}</a>' for i, m in enumerate(cats))
    topics = "".join(
        f'<a href="/tag/{i}.epi">{page.c(t)}</a>'
        for i, t in enumerate(["#OCOP Đồng Tháp", "#Giá vàng hôm nay", "#Bão số 15"])
    )
    sources = [
        "Nông Thôn Mới",
        "Đồng Tháp Online",
        "Kinh Tế Nông Thôn",
        "Miền Tây 24h",
        "Sài Gòn Chiều",
    ]
    if page.kind == "listing":
        title = "Chủ đề: OCOP"
        cards = "".join(
            f'<div class="bm-story"><a class="bm-thumb" href="/s/{i}.epi"><img src="https://photo.example.vn/w300/{i}.jpg" alt="{i}.jpg"></a>'
            f'<div class="bm-story-body"><h3><a href="/s/{i}.epi">{esc(t)}</a></h3><p class="bm-story-sapo">{esc(s)}</p>'
            f'<div class="bm-meta"><span class="bm-src">{sources[i % 5]}</span> <time>{i + 1} giờ trước</time> <span class="bm-rel">{i % 4 + 2} liên quan</span></div></div></div>'
            for i, (t, s) in enumerate(page.teasers(12))
        )  # fmt: skip
        main = f'<h1 class="bm-topic-title">{title}</h1><div class="bm-topic-desc">Tổng hợp tin tức mới nhất về chủ đề OCOP</div><div class="bm-list">{cards}</div>'
        head = f"<title>{title} | {site}</title>"
    else:
        main, head = _tong_hop_article(page, url, site, sources)
    return (
        f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">{head}</head><body class="bm-page">'
        f'<header class="bm-header"><a class="bm-logo" href="/">{site}</a><form class="bm-search"><input placeholder="Nhập nội dung tìm kiếm"></form>'
        f'<nav class="bm-nav">{nav}</nav><div class="bm-hot"><span>Chủ đề nóng:</span>{topics}</div></header>'
        f'<div class="bm-container"><main class="bm-main">{main}</main><aside class="bm-aside"><div class="bm-app">'
        f'{page.c("Tải ứng dụng Tin Tổng Hợp để đọc tin nhanh hơn, tiết kiệm dữ liệu")}</div>'
        '<div class="bm-ad"><img src="/ads/bm-300x250-ngan-hang-so.jpg" alt="bm-300x250-ngan-hang-so"></div></aside></div>'
        f'<footer class="bm-footer"><p>{page.c("Tin Tổng Hợp không trực tiếp sản xuất tin tức; nội dung do các báo điện tử và cổng thông tin cung cấp")}</p></footer></body></html>'
    )  # fmt: skip


def th_url(kind: str) -> str:
    return "https://tintonghop.example.vn/" + {
        "long": "tu-dong-sen-thap-muoi-bay-san-pham-ocop-c48211873.epi",
        "brief": "dong-thap-co-them-18-san-pham-dat-chuan-ocop-c48212055.epi",
        "non_ocop": "gia-lua-thu-dong-nhich-nhe-c48212390.epi",
        "listing": "chu-de/ocop.epi"}[kind]  # fmt: skip


TEMPLATES = {
    "thong_tan": (thong_tan, tt_url),
    "phat_thanh": (phat_thanh, pt_url),
    "elementor_htx": (elementor_htx, el_url),
    "spa_jsonld": (spa_jsonld, spa_url),
    "dnn_congthuong": (dnn_congthuong, dnn_url),
    "blogspot_xa": (blogspot_xa, bl_url),
    "tong_hop": (tong_hop, th_url),
}
