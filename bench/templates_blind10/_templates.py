"""Seven page templates of the tenth blind set, each modelled on one kind of Vietnamese media site.

Every render(page, url) returns the page HTML; strings passed through ``page.c`` are chrome
(recorded in the gold as must-not-appear). Kind "listing" is not an article. None of these
templates repeats one of the 61 templates of bench/templates_blind … templates_blind8.
"""

from __future__ import annotations

import json

from _build import Page, esc

DATE = "2026-11-20T19:42:00+07:00"


def _ld(page: Page, url: str, site: str, kind: str = "NewsArticle", **extra) -> str:
    art = page.art
    data = {"@context": "https://schema.org", "@type": kind, "headline": art["title"],
            "description": art["lead"] or art["paras"][0][:150], "datePublished": DATE,
            "url": url, "publisher": {"@type": "Organization", "name": site}, **extra}  # fmt: skip
    if art.get("byline"):
        data["author"] = {"@type": "Person", "name": art["byline"]}
    return (
        '<script type="application/ld+json">' + json.dumps(data, ensure_ascii=False) + "</script>"
    )


def _keywords(page: Page, ocop: str, other: str) -> str:
    """Per-page meta keywords: OCOP words only on OCOP pages and listings."""
    words = other if page.kind == "non_ocop" else ocop
    return f'<meta name="keywords" content="{esc(words)}">'


def _blocks(
    page: Page, para, head, fig, mid, paras=None, fig_at=None, wrap=None, mid_at=None
) -> str:
    """The body HTML: para(i, text) per paragraph, head(text) per sub-heading, a figure after
    paragraphs 1, 5, 9 … or ``fig_at`` (captions recorded), the mid-body box(es) at 2n/5,
    3n/5 or ``mid_at``; ``wrap(i, html)`` may put a block inside a box."""
    paras = page.art["paras"] if paras is None else paras
    n = len(paras)
    caps = page.art.get("captions") or []
    figs = dict(zip(fig_at or [1 + 4 * k for k in range(len(caps))], caps))
    mid_at = mid_at or [max(2, (n * (2 + k)) // 5) for k in range(len(page.art.get("mid") or []))]
    mids = dict(zip(mid_at, page.art.get("mid") or []))
    out = []
    for i, text in enumerate(paras):
        block = head(esc(text[3:])) if text.startswith("## ") else para(i, esc(text))
        out.append(wrap(i, block) if wrap else block)
        if i in figs and i < n - 1:
            page.caption_samples.append(figs[i])
            out.append(fig(esc(figs[i]), i))
        if i in mids and i < n - 1:
            out.append(mid(page.c(mids[i])))
    return "\n".join(out)


def _teaser_list(page: Page, fmt, n: int = 11) -> str:
    return "".join(fmt(i, esc(t), esc(s)) for i, (t, s) in enumerate(page.teasers(n)))


# ------------------------------------------------------------------ 1. national TV channel, text page
def _tv_article(page: Page) -> str:
    art = page.art
    sots = set(art.get("sot") or [])

    def para(i: int, t: str) -> str:
        if i in sots:
            return f'<div class="quote-box"><p class="quote-text">{t}</p>'
        if i - 1 in sots:  # the speaker line closes the quote box
            return f'<p class="quote-author">{t}</p></div>'
        if i == 0 and not art["lead"]:  # a brief without sapo: the stamp opens the text
            return f"<p><strong>{esc(art['stamp'].rstrip(' -'))}</strong> - {t}</p>"
        return f"<p>{t}</p>"

    body = _blocks(
        page, para, lambda t: f"<h2>{t}</h2>",
        lambda t, i: (f'<figure class="img-news"><img src="/upload/2026/11/20/nstv-{i}.jpg" '
                      f'alt="nstv-{i}.jpg"><figcaption class="img-caption">{t}</figcaption></figure>'),
        lambda h: (f'<div class="box-video-related"><span class="lbl">Video liên quan</span>'
                   f'<a href="/video/lien-quan.htm"><i class="ico-play"></i>{h}</a></div>'),
        fig_at=[i + 1 if i in sots else i for i in (1, 5)],  # never inside a soundbite box
    )  # fmt: skip
    sapo = ""
    if art["lead"]:
        sapo = (f'<h2 class="sapo"><span class="stamp">{esc(art["stamp"].rstrip(" -"))}</span> - '
                f'{esc(art["lead"])}</h2>')  # fmt: skip
    related = "".join(
        f'<li><a href="/video/v{i}.htm"><span class="dur">0{i + 1}:4{i}</span>{page.c(h)}</a></li>'
        for i, h in enumerate(page.related(4))
    )
    tags = ["OCOP", "thương mại điện tử", "nông sản"] if page.kind != "non_ocop" else [
        "mưa lớn", "ngập úng", "giao thông"]  # fmt: skip
    return (
        '<div class="breadcrumb"><a href="/kinh-te.htm">Kinh tế</a> › <a href="/kinh-te/thi-truong.htm">Thị trường</a></div>'
        f'<h1 class="title_detail">{esc(art["title"])}</h1>'
        f'<div class="info-detail"><span class="time">20/11/2026 19:42 GMT+7</span>'
        f'<a class="gg-news" href="#">{page.c("Theo dõi NSTV trên Google News")}</a></div>'
        f'<div class="video-player" data-vid="nstv-20112026"><video controls poster="/poster/v.jpg" '
        f'src="https://vod.nstv.example.vn/2026/11/20/ban-tin.mp4"></video>'
        f'<p class="video-title">{page.c(art["video"])}</p>'
        f'<p class="video-air">{page.c("Phát sóng lúc 19:00 ngày 20/11/2026 trên kênh NSTV1")}</p></div>'
        f'{sapo}<div id="entry-body" class="ta-justify">{body}</div>'
        f'<p class="news-author">{esc(art["byline"])}</p>'
        '<div class="news-tags">' + "".join(f'<a href="/tag/t{i}.htm">#{t}</a>' for i, t in enumerate(tags)) + "</div>"
        '<div class="share-bar"><a href="#">Facebook</a><a href="#">Zalo</a><a href="#">Sao chép liên kết</a></div>'
        f'<section class="box-video-cate"><h3>Video cùng chuyên mục</h3><ul>{related}</ul></section>'
        '<form class="comment-form"><h3>Ý kiến của bạn</h3><textarea placeholder="Nhập ý kiến của bạn"></textarea>'
        f'<p class="note">{page.c("Ý kiến của bạn sẽ được biên tập trước khi đăng. Xin vui lòng gõ tiếng Việt có dấu.")}</p>'
        "<button>Gửi ý kiến</button></form>"
    )  # fmt: skip


def kenh_tv(page: Page, url: str) -> str:
    site = "NSTV - Kênh Nhịp sống"
    menu = ["Thời sự", "Kinh tế", "Nhịp sống", "Nông nghiệp - OCOP", "Video", "Lịch phát sóng", "Truyền hình trực tiếp"]  # fmt: skip
    nav = "".join(f'<li><a href="/c{i}.htm">{m}</a></li>' for i, m in enumerate(menu))
    channels = "".join(
        f'<a class="ch" href="/truc-tiep/nstv{i}.htm">NSTV{i}</a>' for i in (1, 2, 3)
    )
    now = page.c("Đang phát trên NSTV1: Tự hào sản phẩm OCOP - Hương vị làng quê")
    promo = page.c("Chuyên mục Tự hào sản phẩm OCOP phát sóng 18h45 thứ Bảy hằng tuần trên NSTV1")
    if page.kind == "listing":
        title = "Thị trường"
        items = _teaser_list(page, lambda i, t, s: (
            f'<div class="list-news-item"><a class="thumb" href="/kinh-te/bai-{i}.htm"><img src="/t/{i}.jpg" alt="">'
            f'<span class="ico-video">02:{10 + i}</span></a><h3><a href="/kinh-te/bai-{i}.htm">{t}</a></h3>'
            f'<p class="sapo">{s}</p><span class="time">{20 - i % 5}/11/2026</span></div>'))  # fmt: skip
        main = f'<h1 class="cate-title">{title}</h1><div class="list-news">{items}</div><div class="paging"><a href="?p=2">Xem thêm</a></div>'
        head = f"<title>{title} - {site}</title>"
    else:
        main = _tv_article(page)
        head = (f"<title>{esc(page.art['title'])} - {site}</title>"
                f'<meta name="description" content="{esc(page.art["lead"] or page.art["title"])}">'
                '<meta property="og:type" content="article">'
                + _keywords(page, "OCOP, nông sản, thương mại điện tử", "mưa lớn, ngập, giao thông đô thị")
                + _ld(page, url, site))  # fmt: skip
    return (
        f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">{head}</head><body>'
        f'<div class="top-live"><span class="live">● TRỰC TIẾP</span>{channels}<span class="now">{now}</span></div>'
        f'<header class="header"><a class="logo" href="/"><img src="/logo-nstv.svg" alt="NSTV"></a><ul class="menu">{nav}</ul></header>'
        f'<main class="main-detail"><div class="col-left">{main}</div>'
        f'<aside class="col-right"><div class="promo-box">{promo}</div><div class="box-hot"><h3>Tin nóng</h3><ul>'
        + "".join(f"<li>{page.c(h)}</li>" for h in page.related(7)[4:])
        + "</ul></div></aside></main>"
        f'<footer class="footer"><p>{page.c("Cơ quan chủ quản: Đài Truyền hình Nhịp sống Quốc gia. Giấy phép số 99/GP-BTTTT.")}</p>'
        "<p>Ghi rõ nguồn NSTV.vn khi phát hành lại thông tin từ website này.</p></footer></body></html>"
    )  # fmt: skip


def tv_url(kind: str) -> str:
    return "https://nstv.example.vn/" + {
        "long": "kinh-te/chu-the-ocop-bai-boi-ke-chuyen-san-pham-20261120194211.htm",
        "brief": "kinh-te/mo-diem-ban-ocop-tai-ga-duong-sat-20261120101503.htm",
        "non_ocop": "xa-hoi/nhieu-tuyen-pho-ngap-sau-sau-mua-lon-20261120211007.htm",
        "listing": "kinh-te/thi-truong.htm"}[kind]  # fmt: skip


# ------------------------------------------------------------------ 2. business magazine on tagDiv
def _td_content(page: Page) -> str:
    art = page.art

    def para(i: int, t: str) -> str:
        if i == 0 and art.get("dropcap"):  # the first letter in its own span, no space after
            return f'<p><span class="dropcap dropcap1">{t[0]}</span>{t[1:]}</p>'
        return f"<p>{t}</p>"

    def fig(t: str, i: int) -> str:
        return (f'<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="683" '
                f'src="/wp-content/uploads/2026/11/dn-{i}-1024x683.jpg" alt="" class="wp-image-{5400 + i}">'
                f'<figcaption class="wp-element-caption">{t}</figcaption></figure>'
                '<div class="td-a-rec td-a-rec-id-content_inline"><span class="td-adspot-title">- Quảng cáo -</span>'
                f'<img src="/wp-content/uploads/2026/ads/qc-vay-von-sme-300x250.png" alt="{page.c("qc-vay-von-sme-300x250")}"></div>')  # fmt: skip

    body = _blocks(
        page, para, lambda t: f"<h3>{t}</h3>", fig,
        lambda h: (f'<div class="td_block_wrap td_block_inline_related"><h4 class="td-block-title">'
                   f'<span>ĐỌC THÊM</span></h4><div class="td-module-title"><a href="/ban-le/">{h}</a></div></div>'),
    )  # fmt: skip
    if art.get("issue"):
        body += f'\n<p class="td-post-issue"><em>{page.c(art["issue"])}</em></p>'
    return body


def _td_article(page: Page) -> str:
    art = page.art
    prev_t, next_t = page.related(2)
    rel = "".join(f'<div class="td_module_related_posts"><h3 class="entry-title td-module-title"><a href="/r{i}/">{page.c(h)}</a></h3></div>'
                  for i, h in enumerate(page.related(5)[2:]))  # fmt: skip
    tags = ["doanh nghiệp nhỏ", "OCOP", "bán lẻ"] if page.kind != "non_ocop" else ["logistics", "giao hàng", "đô thị"]  # fmt: skip
    bio = "Phóng viên mảng doanh nghiệp và thị trường, theo dõi lĩnh vực bán lẻ và hàng tiêu dùng từ năm 2015."
    return (
        '<article class="post type-post status-publish format-standard has-post-thumbnail"><div class="td-post-header">'
        '<ul class="td-category"><li class="entry-category"><a href="/category/doanh-nghiep/">Doanh nghiệp</a></li></ul>'
        f'<header class="td-post-title"><h1 class="entry-title">{esc(art["title"])}</h1>'
        + (f'<p class="td-post-sub-title">{esc(art["lead"])}</p>' if art["lead"] else "")
        + f'<div class="td-module-meta-info"><div class="td-post-author-name"><div class="td-author-by">Bởi</div> '
        f'<a href="/author/tg/">{esc(art["byline"])}</a><div class="td-author-line"> - </div></div>'
        '<span class="td-post-date"><time class="entry-date updated td-module-date" datetime="2026-11-20T07:30:00+07:00">20/11/2026</time></span>'
        '<div class="td-post-comments"><a href="#respond"><i class="td-icon-comments"></i>0</a></div>'
        '<div class="td-post-views"><i class="td-icon-views"></i><span class="td-nr-views-5412">215</span></div></div></header></div>'
        '<div class="td-post-sharing-top"><a class="td-social-facebook" href="#">Facebook</a><a class="td-social-twitter" href="#">Twitter</a>'
        '<a class="td-social-pinterest" href="#">Pinterest</a><a class="td-social-zalo" href="#">Zalo</a></div>'
        f'<div class="td-post-content tagdiv-type">{_td_content(page)}</div>'
        '<footer><div class="td-post-source-tags"><ul class="td-tags td-post-small-box clearfix"><li><span>THẺ</span></li>'
        + "".join(f'<li><a href="/tag/t{i}/">{t}</a></li>' for i, t in enumerate(tags)) + "</ul></div>"
        '<div class="td-post-sharing-bottom"><a href="#">Facebook</a><a href="#">Zalo</a></div>'
        f'<div class="td-block-row td-post-next-prev"><div class="td-post-next-prev-content"><span>Bài trước</span><a href="/p/">{page.c(prev_t)}</a></div>'
        f'<div class="td-post-next-prev-content"><span>Bài tiếp theo</span><a href="/n/">{page.c(next_t)}</a></div></div>'
        f'<div class="author-box-wrap"><img alt="" src="/avatar.jpg" class="avatar"><div class="desc"><div class="td-author-name vcard author">'
        f'<a href="/author/tg/">{esc(art["byline"])}</a></div><div class="td-author-description">{page.c(bio)}</div></div></div></footer>'
        '<div class="td_block_wrap td_block_related_posts"><h4 class="td-related-title"><a class="td-related-left td-cur-simple-item" href="#">BÀI LIÊN QUAN</a>'
        f'<a class="td-related-right" href="#">THÊM TỪ TÁC GIẢ</a></h4>{rel}</div></article>'
        '<div class="comments" id="comments"><div id="respond" class="comment-respond"><h3 class="comment-reply-title">Để lại một bình luận</h3>'
        '<form class="comment-form"><textarea placeholder="Bình luận:"></textarea><input placeholder="Tên:*"><input placeholder="Email:*">'
        '<p class="comment-form-cookies-consent">Lưu tên của tôi, email, và trang web trong trình duyệt này cho lần bình luận kế tiếp của tôi.</p>'
        '<input type="submit" value="Gửi bình luận"></form></div></div>'
    )  # fmt: skip


def tagdiv_tapchi(page: Page, url: str) -> str:
    site = "Tạp chí Doanh nhân & Thị trường"
    menu = ["Thời sự", "Doanh nghiệp", "Tài chính", "Bất động sản", "Nông nghiệp - OCOP", "Doanh nhân", "Tạp chí in"]  # fmt: skip
    nav = "".join(
        f'<li class="menu-item"><a href="/category/c{i}/">{m}</a></li>' for i, m in enumerate(menu)
    )
    ticker = "".join(f'<span class="tk-item">{n} <b>{v}</b> <i class="{c}">{d}</i></span>' for n, v, c, d in [
        ("VN-Index", "1.284,56", "up", "▲ 0,62%"), ("HNX", "231,08", "down", "▼ 0,14%"), ("USD/VND", "25.415", "up", "▲ 0,03%")])  # fmt: skip
    if page.kind == "listing":
        title = "Nông nghiệp - OCOP"
        items = _teaser_list(page, lambda i, t, s: (
            f'<div class="td_module_10 td_module_wrap td-animation-stack"><div class="td-module-thumb"><a href="/bai-{i}/">'
            f'<img class="entry-thumb" src="/wp-content/uploads/2026/11/t{i}-218x150.jpg" alt=""></a></div>'
            f'<div class="item-details"><h3 class="entry-title td-module-title"><a href="/bai-{i}/">{t}</a></h3>'
            f'<div class="td-module-meta-info"><span class="td-post-author-name">Ban Biên tập</span> - '
            f'<span class="td-post-date">{20 - i % 6}/11/2026</span></div><div class="td-excerpt">{s}</div></div></div>'))  # fmt: skip
        main = (f'<div class="td-category-header"><h1 class="entry-title td-page-title">{title}</h1></div>'
                f'<div class="td-ss-main-content">{items}<div class="page-nav td-pb-padding-side"><span class="current">1</span>'
                '<a href="/page/2/">2</a><span class="pages">Trang 1 / 38</span></div></div>')  # fmt: skip
        head = f"<title>Lưu trữ {title} - {site}</title>"
    else:
        main = _td_article(page)
        graph = {"@context": "https://schema.org", "@graph": [{"@type": "Article", "headline": page.art["title"],
                 "datePublished": "2026-11-20T07:30:00+07:00", "author": {"name": page.art["byline"]}},
                 {"@type": "WebSite", "name": site}]}  # fmt: skip
        head = (f"<title>{esc(page.art['title'])} - {site}</title>"
                f'<meta property="og:type" content="article"><meta property="og:description" content="{esc(page.art["lead"] or page.art["title"])}">'
                + _keywords(page, "OCOP, bán lẻ, doanh nghiệp nhỏ", "logistics, giao hàng chặng cuối")
                + '<script type="application/ld+json" class="yoast-schema-graph">' + json.dumps(graph, ensure_ascii=False) + "</script>")  # fmt: skip
    side = "".join(f"<li>{page.c(h)}</li>" for h in page.related(8)[5:])
    return (
        f'<!DOCTYPE html><html lang="vi"><head><meta charset="UTF-8"><meta name="generator" content="WordPress 6.6.2">{head}</head>'
        '<body class="post-template-default single single-post td-standard-pack global-block-template-1">'
        f'<div class="td-header-top-menu"><div class="td_data_time">Thứ Sáu, 20/11/2026</div><div class="td-ticker">{ticker}</div>'
        '<ul class="top-header-menu"><li><a href="/dang-nhap/">Đăng nhập</a></li><li><a href="/dat-mua/">Đặt mua tạp chí</a></li></ul></div>'
        f'<div class="td-header-sp-logo"><a class="td-main-logo" href="/"><img src="/logo.png" alt="{site}"></a></div>'
        f'<div class="td-a-rec td-a-rec-id-header"><img src="/ads/hoi-cho.jpg" alt="{page.c("banner-hoi-cho-ocop-quoc-gia-728x90")}"></div>'
        f'<div class="td-header-menu-wrap"><ul id="menu-main" class="sf-menu">{nav}</ul></div>'
        f'<div class="td-main-content-wrap"><div class="td-pb-span8 td-main-content">{main}</div>'
        f'<div class="td-pb-span4 td-main-sidebar"><div class="td_block_wrap"><h4 class="block-title"><span>Tin mới nhất</span></h4><ul>{side}</ul></div>'
        f'<div class="td_block_wrap widget"><h4 class="block-title"><span>Doanh nghiệp tiêu biểu</span></h4>'
        f'<p>{page.c("Chuyên trang giới thiệu doanh nghiệp có sản phẩm OCOP 4 sao, 5 sao")}</p></div></div></div>'
        f'<div class="td-footer-wrapper"><p>{page.c("Tạp chí Doanh nhân & Thị trường - Cơ quan ngôn luận của Hiệp hội Doanh nghiệp nhỏ và vừa.")}</p>'
        '<p>Giấy phép hoạt động báo chí số 412/GP-BTTTT. © 2026 Bản quyền thuộc về tạp chí.</p></div></body></html>'
    )  # fmt: skip


def td_url(kind: str) -> str:
    return "https://doanhnhanthitruong.example.vn/" + {
        "long": "doanh-nghiep-nho-va-bai-toan-dua-dac-san-ocop-vao-chuoi-ban-le/",
        "brief": "quy-khoi-nghiep-rot-von-cho-ba-chu-the-ocop-tre/",
        "non_ocop": "doanh-nghiep-logistics-giam-chi-phi-chang-cuoi/",
        "listing": "category/nong-nghiep-ocop/"}[kind]  # fmt: skip


# ------------------------------------------------------------------ 3. lifestyle magazine, food section
def _wprm_card(page: Page) -> str:
    """The recipe plugin's card (WP Recipe Maker-like): ingredients and steps are body text."""
    art = page.art
    ings = "".join(
        '<li class="wprm-recipe-ingredient"><span class="wprm-checkbox-container"><input type="checkbox" aria-label="chọn"></span>'
        f'<span class="wprm-recipe-ingredient-amount">{esc(a)}</span>&#32;<span class="wprm-recipe-ingredient-unit">{esc(u)}</span>'
        f'&#32;<span class="wprm-recipe-ingredient-name">{esc(n)}</span></li>'
        for a, u, n in art["ingredients"]
    )  # fmt: skip
    steps = "".join(
        f'<li class="wprm-recipe-instruction"><div class="wprm-recipe-instruction-text"><span style="display: block;">{esc(t)}</span></div></li>'
        for t in art["steps"]
    )
    return (
        '<div id="wprm-recipe-container-4412" class="wprm-recipe-container" data-recipe-id="4412">'
        '<div class="wprm-recipe wprm-recipe-template-songxanh">'
        f'<h2 class="wprm-recipe-name wprm-block-text-bold">{esc(art["recipe_name"])}</h2>'
        f'<div class="wprm-recipe-rating"><span class="wprm-rating-star">★★★★★</span><span class="wprm-recipe-rating-details">{page.c("4,8 từ 126 lượt đánh giá")}</span></div>'
        f'<div class="wprm-recipe-times-container"><span class="wprm-recipe-time">{page.c("Chuẩn bị 20 phút · Nấu 40 phút")}</span>'
        '<span class="wprm-recipe-details-label">Khẩu phần</span> <span class="wprm-recipe-servings">4</span> người</div>'
        '<a href="/wprm_print/4412" class="wprm-recipe-print">In công thức</a><a href="#" class="wprm-recipe-pin">Lưu lên Pinterest</a>'
        f'<div class="wprm-recipe-ingredient-group"><h3 class="wprm-recipe-header">Nguyên liệu</h3><ul class="wprm-recipe-ingredients">{ings}</ul></div>'
        f'<div class="wprm-recipe-instruction-group"><h3 class="wprm-recipe-header">Cách làm</h3><ul class="wprm-recipe-instructions">{steps}</ul></div>'
        f'<div class="wprm-call-to-action">{page.c("Bạn đã thử công thức này? Chụp ảnh và gắn thẻ @songxanh.bep để chúng tôi xem nhé!")}</div>'
        "</div></div>"
    )  # fmt: skip


def _food_article(page: Page) -> str:
    art = page.art
    story = _blocks(
        page, lambda i, t: f"<p>{t}</p>", lambda t: f'<h2 class="wp-block-heading">{t}</h2>',
        lambda t, i: (f'<figure class="wp-block-image size-full"><img src="/wp-content/uploads/2026/11/mon-{i}.jpg" alt="mon-{i}">'
                      f'<figcaption class="wp-element-caption">{t}</figcaption></figure>'),
        lambda h: f'<div class="wp-block-group related-inline"><p><strong>Có thể bạn muốn đọc:</strong> <a href="/dac-san/">{h}</a></p></div>',
        paras=art["paras"][: art["recipe_at"]], fig_at=[0], mid_at=[1],
    )  # fmt: skip
    has_card = bool(art.get("ingredients"))
    jump = (f'<div class="wprm-recipe-snippet"><a href="#wprm-recipe-container-4412" class="wprm-recipe-jump">{page.c("Nhảy tới công thức")}</a>'
            '<a href="/wprm_print/4412" class="wprm-recipe-print">In công thức</a></div>') if has_card else ""  # fmt: skip
    related = "".join(
        f'<li class="recipe-mini"><a href="/r{i}/">{page.c(h)}</a></li>'
        for i, h in enumerate(page.related(3))
    )
    lead = f'<div class="entry-summary"><p>{esc(art["lead"])}</p></div>' if art["lead"] else ""
    return (
        '<article class="post type-post category-am-thuc"><header class="entry-header">'
        '<nav class="breadcrumbs"><a href="/">Trang chủ</a> » <a href="/am-thuc/">Ẩm thực</a> » <span>Món ngon mỗi ngày</span></nav>'
        f'<h1 class="entry-title">{esc(art["title"])}</h1><div class="entry-meta"><span class="byline">Bởi <a href="/author/mp/">{esc(art["byline"])}</a></span>'
        '<time datetime="2026-11-20T16:00:00+07:00">20 Tháng Mười Một, 2026</time><span class="reading-time">5 phút đọc</span></div>'
        f"{jump}</header>{lead}<div class=\"entry-content\">{story}"
        f'<div class="ad-slot ad-incontent"><img src="/ads/qc.jpg" alt="{page.c("qc-gia-vi-nha-bep-728x90")}"></div>'
        f'{_wprm_card(page) if has_card else ""}</div>'
        '<footer class="entry-footer"><span class="tags-links">Thẻ: <a href="/tag/mon-kho/">món kho</a>, <a href="/tag/mien-tay/">miền Tây</a></span>'
        '<div class="share"><a href="#">Facebook</a><a href="#">Pinterest</a><a href="#">Zalo</a></div></footer>'
        f'<section class="related-recipes"><h3>Công thức liên quan</h3><ul>{related}</ul></section></article>'
        '<div id="comments"><h3>Đánh giá công thức</h3><form class="comment-form"><div class="wprm-comment-rating">☆☆☆☆☆</div>'
        '<textarea placeholder="Bình luận"></textarea><input type="submit" value="Gửi"></form></div>'
    )  # fmt: skip


def am_thuc(page: Page, url: str) -> str:
    site = "Tạp chí Sống Xanh"
    menu = ["Ẩm thực", "Du lịch", "Sống khỏe", "Nhà đẹp", "Đặc sản OCOP", "Video"]
    nav = "".join(
        f'<li class="menu-item"><a href="/m{i}/">{m}</a></li>' for i, m in enumerate(menu)
    )
    if page.kind == "listing":
        title = "Món ngon mỗi ngày"
        items = _teaser_list(page, lambda i, t, s: (
            f'<article class="recipe-card-mini"><a href="/bai-{i}/"><img src="/t/{i}.jpg" alt=""></a>'
            f'<h2 class="entry-title"><a href="/bai-{i}/">{t}</a></h2><p class="excerpt">{s}</p>'
            f'<span class="recipe-time">⏱ {30 + 5 * i} phút</span></article>'))  # fmt: skip
        main = f'<h1 class="archive-title">{title}</h1><div class="recipe-grid">{items}</div><a class="next page-numbers" href="/page/2/">Trang sau</a>'
        head = f"<title>{title} - {site}</title>"
    else:
        art = page.art
        main = _food_article(page)
        extra = {}
        if art.get("ingredients"):
            extra = {"recipeIngredient": [" ".join(x) for x in art["ingredients"]],
                     "recipeInstructions": [{"@type": "HowToStep", "text": t} for t in art["steps"]]}  # fmt: skip
        head = (f"<title>{esc(art['title'])} - {site}</title>" + '<meta property="og:type" content="article">'
                + _keywords(page, "OCOP, nước mắm, món kho", "canh chua, cá lóc, mùa nước nổi")
                + _ld(page, url, site, "Recipe" if extra else "Article", **extra))  # fmt: skip
    side = page.c("Góc đặc sản: nước mắm nhĩ, mắm cá linh và bánh pía đạt chuẩn OCOP giao tận nhà")
    return (
        f'<!DOCTYPE html><html lang="vi"><head><meta charset="UTF-8">{head}</head><body class="single wp-theme-songxanh">'
        f'<header class="site-header"><a class="custom-logo-link" href="/"><img src="/logo.png" alt="{site}"></a>'
        f'<nav class="main-navigation"><ul>{nav}</ul></nav><form class="search-form"><input placeholder="Tìm món ăn..."></form></header>'
        f'<div class="site-content"><main id="main">{main}</main><aside class="widget-area"><section class="widget"><h3>Mua gì hôm nay</h3><p>{side}</p></section>'
        '<section class="widget"><h3>Bản tin ẩm thực</h3><form><input placeholder="Email của bạn"><button>Đăng ký</button></form></section></aside></div>'
        f'<footer class="site-footer"><p>{page.c("© 2026 Tạp chí Sống Xanh - chuyên trang ẩm thực, du lịch và đặc sản OCOP vùng miền")}</p></footer></body></html>'
    )  # fmt: skip


def food_url(kind: str) -> str:
    return "https://songxanh.example.vn/" + {
        "long": "am-thuc/ca-bong-kho-to-nuoc-mam-nhi-ocop/",
        "brief": "am-thuc/pho-am-thuc-co-them-khu-dac-san-ocop/",
        "non_ocop": "am-thuc/canh-chua-ca-loc-bong-dien-dien/",
        "listing": "am-thuc/mon-ngon-moi-ngay/"}[kind]  # fmt: skip


# ------------------------------------------------------------------ 4. agriculture daily, series article
def _series_box(page: Page) -> str:
    art = page.art
    if not art.get("series"):
        return ""
    name, parts = art["series"]
    items = "".join(
        f'<li class="active"><span>{esc(t)}</span></li>' if k + 1 == art["part"]
        else f'<li><a href="/loat-bai/p{k}.html">{page.c(t)}</a></li>'
        for k, t in enumerate(parts)
    )  # fmt: skip
    return f'<div class="series-box"><p class="series-label">LOẠT BÀI</p><a class="series-name" href="/loat-bai/">{page.c(name)}</a><ol>{items}</ol></div>'


def _farm_article(page: Page) -> str:
    art = page.art
    first, last = art.get("box") or (-1, -1)

    def wrap(i: int, block: str) -> str:  # the writer's fact box: body text inside a frame
        if i == first:
            block = '<div class="box-highlight">' + block
        return block + "</div>" if i == last else block

    body = _blocks(
        page, lambda i, t: f"<p>{t}</p>", lambda t: f"<h2>{t}</h2>",
        lambda t, i: (f'<div class="content-img"><img src="/uploads/2026/11/20/nn-{i}.jpg" alt="nn-{i}">'
                      f'<p class="img-desc">{t}</p></div>'),
        lambda h: f'<div class="box-related"><p class="title">Tin liên quan</p><ul><li><a href="/tin/">{h}</a></li></ul></div>',
        fig_at=[1, 9], wrap=wrap,
    )  # fmt: skip
    nxt = f'<p class="next-part"><em>{page.c(art["next"])}</em></p>' if art.get("next") else ""
    lead = f'<div class="main-sapo"><h2>{esc(art["lead"])}</h2></div>' if art["lead"] else ""
    same = "".join(
        f'<li><a href="/t{i}.html">{page.c(h)}</a><span>20/11/2026</span></li>'
        for i, h in enumerate(page.related(5))
    )
    return (
        f'<div class="main-detail">{_series_box(page)}<h1 class="main-title">{esc(art["title"])}</h1>'
        '<div class="main-info"><span class="time">Thứ Sáu 20/11/2026 06:00 GMT+7</span><a class="region-label" href="/tay-nguyen/">Nhà Nông Tây Nguyên</a></div>'
        f'{lead}<div class="content">{body}{nxt}<p class="author">{esc(art["byline"])}</p></div>'
        '<div class="tags"><span>Từ khóa:</span><a href="/tag/1.html">nông nghiệp</a><a href="/tag/2.html">vùng cao</a></div>'
        '<div class="share"><a href="#">Chia sẻ Facebook</a><a href="#">Gửi Zalo</a><a href="#">In bài</a></div>'
        f'<div class="box-cate"><h3>Tin cùng chuyên mục</h3><ul>{same}</ul></div></div>'
    )  # fmt: skip


def nong_nghiep(page: Page, url: str) -> str:
    site = "Báo Nhà Nông Việt"
    regions = ["Toàn quốc", "Nhà Nông Tây Bắc", "Nhà Nông Tây Nguyên", "Nhà Nông ĐBSCL"]
    menu = [
        "Thời sự",
        "Trồng trọt",
        "Chăn nuôi",
        "Thị trường",
        "Nông thôn mới",
        "OCOP",
        "Khuyến nông",
    ]
    if page.kind == "listing":
        items = _teaser_list(page, lambda i, t, s: (
            f'<div class="story"><a class="story-thumb" href="/tin/{i}.html"><img src="/t/{i}.jpg" alt=""></a>'
            f'<h3 class="story-title"><a href="/tin/{i}.html">{t}</a></h3><p class="story-sapo">{s}</p></div>'), 12)  # fmt: skip
        main = f'<h1 class="cate-name">Nhà Nông Tây Nguyên</h1><div class="list-story">{items}</div><div class="pagination"><a href="?p=2">Trang sau</a></div>'
        head = f"<title>Nhà Nông Tây Nguyên - {site}</title>"
    else:
        main = _farm_article(page)
        head = (f"<title>{esc(page.art['title'])}</title>" + '<meta property="og:type" content="article">'
                + _keywords(page, "OCOP, chè shan tuyết, cà phê đặc sản", "mùa khô, giếng khoan, cà phê")
                + _ld(page, url, site))  # fmt: skip
    ticker = page.c(
        "Cà phê nhân 118.500 đ/kg ▲ 1.200 · Hồ tiêu 142.000 đ/kg ▼ 500 · Sầu riêng Ri6 64.000 đ/kg"
    )
    return (
        f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">{head}</head><body>'
        f'<div class="price-ticker"><b>Giá nông sản hôm nay:</b> <marquee>{ticker}</marquee></div>'
        f'<header><a class="logo" href="/"><img src="/logo-nhanong.png" alt="{site}"></a><div class="region-tabs">'
        + "".join(f'<a href="/r{i}/">{r}</a>' for i, r in enumerate(regions)) + "</div><nav><ul>"
        + "".join(f'<li><a href="/c{i}/">{m}</a></li>' for i, m in enumerate(menu)) + "</ul></nav></header>"
        f'<div class="container"><div class="col-main">{main}</div><div class="col-side">'
        f'<div class="box-ocop"><a href="/ocop/">{page.c("Chuyên trang Sản phẩm OCOP - Tinh hoa đất Việt")}</a></div>'
        '<div class="box-most"><h3>Đọc nhiều</h3><ul>' + "".join(f"<li>{page.c(h)}</li>" for h in page.related(8)[5:]) + "</ul></div></div></div>"
        f'<footer><p>{page.c("Báo Nhà Nông Việt - Diễn đàn của nhà nông, hợp tác xã và chủ thể OCOP cả nước")}</p>'
        "<p>Giấy phép số 118/GP-BTTTT. Đường dây nóng: 0912 000 118.</p></footer></body></html>"
    )  # fmt: skip


def farm_url(kind: str) -> str:
    return "https://nhanongviet.example.vn/" + {
        "long": "tay-nguyen/bai-2-khi-chung-nhan-het-han-hang-sao-co-con-giu-duoc-d412877.html",
        "brief": "tay-nguyen/ca-phe-dac-san-hai-hop-tac-xa-dat-ocop-4-sao-d412901.html",
        "non_ocop": "tay-nguyen/bai-1-gieng-khoan-can-dan-giua-mua-kho-d412650.html",
        "listing": "tay-nguyen/"}[kind]  # fmt: skip


# ------------------------------------------------------------------ 5. travel magazine, destination guide
def _toc(page: Page) -> str:
    """Easy-TOC-style contents box: repeats the sub-headings (body strings, not sampled)."""
    heads = [p[3:] for p in page.art["paras"] if p.startswith("## ")]
    if len(heads) < 3:
        return ""
    items = "".join(
        f'<li class="ez-toc-page-1 ez-toc-heading-level-2"><a class="ez-toc-link" href="#s{i}">{esc(h)}</a></li>'
        for i, h in enumerate(heads)
    )
    return ('<div id="ez-toc-container" class="ez-toc-v2_0_69 counter-hierarchy ez-toc-counter"><div class="ez-toc-title-container">'
            '<p class="ez-toc-title">Nội dung bài viết</p><a href="#" class="ez-toc-toggle">Ẩn</a></div>'
            f'<nav><ul class="ez-toc-list ez-toc-list-level-1">{items}</ul></nav></div>')  # fmt: skip


def _travel_article(page: Page) -> str:
    art = page.art
    hotel_at = dict(zip([3, 11], art.get("hotels") or []))
    hid = iter(range(20))

    def wrap(i: int, block: str) -> str:  # affiliate hotel cards between paragraphs
        if i not in hotel_at or i == len(art["paras"]) - 1:
            return block
        name, dist, price = hotel_at[i]
        return (block + f'<div class="hotel-card" data-aff="booking"><img src="/aff/h{i}.jpg" alt=""><div class="hc-body">'
                f'<p class="hc-name">{page.c(name)}</p><p class="hc-dist">{page.c(dist)}</p><p class="hc-price">{page.c(price)}</p>'
                '<a class="hc-btn" rel="sponsored nofollow" href="#">Đặt phòng</a></div></div>')  # fmt: skip

    body = _blocks(
        page, lambda i, t: f"<p>{t}</p>",
        lambda t: f'<h2><span class="ez-toc-section" id="s{next(hid)}"></span>{t}</h2>',
        lambda t, i: f'<figure class="image"><img src="/media/2026/11/lang-gom-{i}.jpg" alt="lang-gom-{i}"><figcaption>{t}</figcaption></figure>',
        lambda h: "", fig_at=[1], wrap=wrap,
    )  # fmt: skip
    place = ""
    if art.get("place"):
        place = ('<aside class="place-card"><h4>Thông tin hữu ích</h4><ul>'
                 + "".join(f"<li>{page.c(x)}</li>" for x in art["place"]) + "</ul></aside>")  # fmt: skip
    gallery = ""
    if art.get("gallery"):
        page.caption_samples.extend(art["gallery"])
        gallery = ('<div class="gallery-grid"><h3>Ảnh: Lan Chi</h3>' + "".join(
            f'<figure class="gallery-item"><img src="/media/g{i}.jpg" alt=""><figcaption>{esc(c)}</figcaption></figure>'
            for i, c in enumerate(art["gallery"])) + "</div>")  # fmt: skip
    lead = f'<p class="article-lead"><em>{esc(art["lead"])}</em></p>' if art["lead"] else ""
    more = "".join(
        f'<li><a href="/cn/{i}/">{page.c(h)}</a></li>' for i, h in enumerate(page.related(4))
    )
    return (
        '<article class="article-detail"><nav class="breadcrumb"><a href="/cam-nang/">Cẩm nang</a> › <a href="/cam-nang/mien-bac/">Miền Bắc</a></nav>'
        f'<h1 class="article-title">{esc(art["title"])}</h1><div class="article-meta"><span class="author">{esc(art["byline"])}</span>'
        f'<time>20/11/2026</time><button class="save-trip">{page.c("Lưu vào chuyến đi")}</button></div>'
        f'{lead}{_toc(page)}{place}<div class="article-content">{body}</div>'
        + ('<div class="map-embed"><iframe src="https://maps.example.com/embed?q=lang+gom" title="Bản đồ" loading="lazy"></iframe></div>' if art.get("place") else "")
        + f'{gallery}<div class="article-tags"><a href="/tag/trai-nghiem/">trải nghiệm</a><a href="/tag/di-trong-ngay/">đi trong ngày</a></div>'
        f'<section class="more-guides"><h3>Bài viết cùng chủ đề</h3><ul>{more}</ul></section></article>'
        '<section class="comments"><h3>Chia sẻ trải nghiệm của bạn</h3><form><textarea placeholder="Bạn đã từng đến đây chưa?"></textarea><button>Gửi</button></form></section>'
    )  # fmt: skip


def du_lich(page: Page, url: str) -> str:
    site = "Tạp chí Lữ Hành Việt"
    menu = ["Điểm đến", "Cẩm nang", "Ẩm thực", "Trải nghiệm", "Làng nghề & OCOP", "Khách sạn"]
    nav = "".join(f'<a href="/m{i}/">{m}</a>' for i, m in enumerate(menu))
    if page.kind == "listing":
        items = _teaser_list(page, lambda i, t, s: (
            f'<div class="guide-card"><a href="/cn/{i}/"><img src="/t/{i}.jpg" alt=""></a><span class="badge">Cẩm nang</span>'
            f'<h3><a href="/cn/{i}/">{t}</a></h3><p>{s}</p></div>'))  # fmt: skip
        main = f'<h1 class="page-title">Cẩm nang du lịch</h1><div class="guide-grid">{items}</div><a class="load-more" href="?page=2">Xem thêm bài viết</a>'
        head = f"<title>Cẩm nang du lịch - {site}</title>"
    else:
        main = _travel_article(page)
        head = (f"<title>{esc(page.art['title'])} | {site}</title>" + '<meta property="og:type" content="article">'
                + _keywords(page, "làng gốm, OCOP, du lịch trong ngày", "cắm trại, đảo, biển")
                + _ld(page, url, site, "Article"))  # fmt: skip
    return (
        f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">{head}</head><body class="page-guide">'
        f'<header class="site-header"><a class="logo" href="/">{site}</a><nav class="main-nav">{nav}</nav>'
        '<form class="search"><input placeholder="Bạn muốn đi đâu?"></form></header>'
        f'<main class="container"><div class="col-content">{main}</div><aside class="col-side">'
        f'<div class="ad-box"><img src="/ads/vemaybay.jpg" alt="{page.c("banner-ve-may-bay-gia-re-300x600")}"></div>'
        '<div class="box-hot"><h3>Điểm đến nổi bật</h3><ul>' + "".join(f"<li>{page.c(h)}</li>" for h in page.related(7)[4:]) + "</ul></div></aside></main>"
        f'<footer class="site-footer"><p>{page.c("Lữ Hành Việt - Cẩm nang điểm đến, làng nghề và quà tặng OCOP khắp ba miền")}</p></footer></body></html>'
    )  # fmt: skip


def travel_url(kind: str) -> str:
    return "https://luhanhviet.example.vn/" + {
        "long": "cam-nang/mot-ngay-o-lang-gom-ven-song/",
        "brief": "tin-du-lich/tour-lang-nghe-co-diem-dung-mua-san-pham-ocop/",
        "non_ocop": "cam-nang/kinh-nghiem-cam-trai-tren-dao-nho/",
        "listing": "cam-nang/"}[kind]  # fmt: skip


# ------------------------------------------------------------------ 6. national army daily
def _army_pic(img: str, caption_html: str) -> str:
    # the CMS leaves its image toolbar ("left center right del") in the published HTML
    return (f'<table class="image center"><tbody><tr><td><div class="pic-tools">leftcenterrightdel</div>{img}</td></tr>'
            f'<tr><td class="image_caption">{caption_html}</td></tr></tbody></table>')  # fmt: skip


def _army_article(page: Page) -> str:
    art = page.art
    g_at = art.get("graphic_at")

    def wrap(i: int, block: str) -> str:
        if i != g_at:
            return block
        page.caption_samples.extend(art["graphic"])
        lines = "".join(f"<p>{esc(x)}</p>" for x in art["graphic"])
        return block + _army_pic('<img src="/Uploaded/2026/11/20/do-hoa.png" alt="">', lines)

    body = _blocks(
        page, lambda i, t: f'<p style="text-align: justify;">{t}</p>',
        lambda t: f'<p style="text-align: justify;"><strong>{t}</strong></p>',
        lambda t, i: _army_pic(f'<img src="/Uploaded/2026/11/20/a{i}.jpg" alt="">', esc(t)),
        lambda h: "", wrap=wrap,
    )  # fmt: skip
    if "leftcenterrightdel" in body:
        page.c("leftcenterrightdel")
    lead = (
        f'<div class="post-summary"><strong>{esc(art["lead"])}</strong></div>'
        if art["lead"]
        else ""
    )
    rel = "".join(
        f'<li><a href="/tin/{i}">{page.c(h)}</a></li>' for i, h in enumerate(page.related(4))
    )
    return (
        f'<div class="post-cat"><a href="/kinh-te">Kinh tế</a></div><h1 class="post-title">{esc(art["title"])}</h1>'
        '<div class="post-meta"><span class="post-date">Thứ Sáu, 20/11/2026, 08:15 (GMT+7)</span>'
        '<a class="print" href="#">In bài</a><span class="font-size">A- A+</span></div>'
        f'{lead}<div class="post-content">{body}'
        f'<p style="text-align: right;"><strong>{esc(art["byline"])}</strong></p>'
        f'<p><em>{page.c(art["invite"])}</em></p></div>'
        '<div class="post-tags">Từ khóa: <a href="/tag/1">kinh tế</a> <a href="/tag/2">biên giới</a></div>'
        f'<div class="box-related"><h3>Tin liên quan</h3><ul>{rel}</ul></div>'
        '<div class="comment-box"><h3>Ý kiến bạn đọc</h3><textarea></textarea><input placeholder="Họ tên"><button>Gửi</button></div>'
    )  # fmt: skip


def quan_doi(page: Page, url: str) -> str:
    site = "Báo Người Lính điện tử"
    menu = [
        "Chính trị",
        "Quốc phòng - An ninh",
        "Kinh tế",
        "Xã hội",
        "Văn hóa",
        "Biên giới - Biển đảo",
        "Truyền hình",
    ]
    nav = "".join(f'<li><a href="/c{i}">{m}</a></li>' for i, m in enumerate(menu))
    if page.kind == "listing":
        items = _teaser_list(page, lambda i, t, s: (
            f'<div class="list-item"><a href="/kinh-te/{i}"><img src="/t/{i}.jpg" alt=""></a><h3><a href="/kinh-te/{i}">{t}</a></h3>'
            f'<p class="sapo">{s}</p></div>'))  # fmt: skip
        main = f'<h1 class="cate-title">Kinh tế</h1><div class="list-news">{items}</div><div class="pager"><a href="?p=2">2</a><a href="?p=3">3</a></div>'
        head = f"<title>Kinh tế - {site}</title>"
    else:
        main = _army_article(page)
        head = (f"<title>{esc(page.art['title'])}</title>" + '<meta property="og:type" content="article">'
                + _keywords(page, "OCOP, biên phòng, sinh kế", "bán lẻ, tiêu dùng, thống kê")
                + _ld(page, url, site))  # fmt: skip
    return (
        f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">{head}</head><body>'
        '<div class="topbar"><span>Thứ Sáu, 20/11/2026</span><a href="/en">English</a><a href="/rss">RSS</a></div>'
        f'<header><a class="logo" href="/"><img src="/logo.png" alt="{site}"></a><ul class="menu">{nav}</ul></header>'
        f'<div class="wrapper"><div class="col-main">{main}</div><div class="col-side">'
        f'<div class="box-special"><a href="/chuyen-trang/">{page.c("Chuyên trang: Bộ đội Biên phòng giúp dân làm sản phẩm OCOP")}</a></div>'
        '<div class="box-new"><h3>Tin mới</h3><ul>' + "".join(f"<li>{page.c(h)}</li>" for h in page.related(7)[4:]) + "</ul></div></div></div>"
        f'<footer><p>{page.c("Báo Người Lính điện tử - Cơ quan ngôn luận của lực lượng vũ trang")}</p><p>Giấy phép số 207/GP-BTTTT.</p></footer></body></html>'
    )  # fmt: skip


def army_url(kind: str) -> str:
    return "https://nguoilinh.example.vn/" + {
        "long": "kinh-te/tin-tuc/vung-bien-gioi-co-them-nhieu-san-pham-ocop-812240",
        "brief": "quoc-phong-an-ninh/trao-tang-san-pham-ocop-cho-chien-si-dao-xa-812198",
        "non_ocop": "kinh-te/tin-tuc/tong-muc-ban-le-muoi-thang-tang-812251",
        "listing": "kinh-te"}[kind]  # fmt: skip


# ------------------------------------------------------------------ 7. sponsored content on a news site
def _pr_article(page: Page) -> str:
    art = page.art
    body = _blocks(
        page, lambda i, t: f"<p>{t}</p>", lambda t: f"<h2>{t}</h2>",
        lambda t, i: (f'<figure class="expNoEdit"><img src="/pr/2026/11/{i}.jpg" alt="pr-{i}">'
                      f'<figcaption><p>{t}</p></figcaption></figure>'),
        lambda h: "", fig_at=[0, 4],
    )  # fmt: skip
    cta = "".join(f"<li>{page.c(x)}</li>" for x in art["cta"])
    note = page.c("Nội dung do doanh nghiệp cung cấp, không phản ánh quan điểm của tòa soạn.")
    lead = f'<h2 class="sapo">{esc(art["lead"])}</h2>' if art["lead"] else ""
    same = "".join(
        f'<li><span class="badge">Tài trợ</span><a href="/ttdn/{i}">{page.c(h)}</a></li>'
        for i, h in enumerate(page.related(3))
    )
    return (
        '<article class="detail detail--sponsored"><div class="sponsored-label">THÔNG TIN DOANH NGHIỆP</div>'
        f'<div class="sponsor-bar"><img src="/pr/logo.png" alt="logo-nha-tai-tro"><span>{page.c(art["sponsor"])}</span></div>'
        f'<h1 class="detail-title">{esc(art["title"])}</h1><div class="detail-time">20/11/2026 - 09:00</div>'
        f'{lead}<div class="detail-content">{body}</div>'
        f'<div class="pr-cta"><h4>Thông tin liên hệ</h4><ul>{cta}</ul></div><p class="pr-disclaimer">{note}</p>'
        f'<div class="box-sponsored-more"><h3>Thông tin doanh nghiệp khác</h3><ul>{same}</ul></div></article>'
    )  # fmt: skip


def tai_tro(page: Page, url: str) -> str:
    site = "Báo điện tử Tin Nhanh Plus"
    menu = [
        "Thời sự",
        "Kinh doanh",
        "OCOP - Đặc sản",
        "Công nghệ",
        "Sức khỏe",
        "Thông tin doanh nghiệp",
    ]
    nav = "".join(f'<a href="/m{i}/">{m}</a>' for i, m in enumerate(menu))
    if page.kind == "listing":
        items = _teaser_list(page, lambda i, t, s: (
            f'<div class="story story--sponsored"><span class="badge">Tài trợ</span><h3><a href="/ttdn/{i}">{t}</a></h3><p>{s}</p></div>'))  # fmt: skip
        main = f'<h1 class="cat-title">Thông tin doanh nghiệp</h1><div class="stories">{items}</div><a class="more" href="?p=2">Xem thêm</a>'
        head = f"<title>Thông tin doanh nghiệp - {site}</title>"
    else:
        main = _pr_article(page)
        head = (f"<title>{esc(page.art['title'])}</title>" + '<meta property="og:type" content="article">'
                + _keywords(page, "OCOP, đặc sản, xuất khẩu", "máy lọc nước, gia dụng")
                + _ld(page, url, site, "AdvertiserContentArticle"))  # fmt: skip
    return (
        f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">{head}</head><body>'
        f'<header class="header"><a class="logo" href="/">{site}</a><nav>{nav}</nav></header>'
        f'<main class="main"><div class="col-l">{main}</div><div class="col-r">'
        '<div class="box-most"><h3>Đọc nhiều</h3><ul>' + "".join(f"<li>{page.c(h)}</li>" for h in page.related(7)[3:]) + "</ul></div></div></main>"
        f'<footer><p>{page.c("Tin Nhanh Plus - Chuyên mục OCOP - Đặc sản đồng hành cùng sản phẩm Việt")}</p><p>Liên hệ quảng cáo: 024 3999 8888</p></footer></body></html>'
    )  # fmt: skip


def pr_url(kind: str) -> str:
    return "https://tinnhanhplus.example.vn/" + {
        "long": "thong-tin-doanh-nghiep/nha-may-nong-san-dua-ba-dong-ocop-ra-quoc-te-post90412.html",
        "brief": "thong-tin-doanh-nghiep/khai-truong-cua-hang-dac-san-ocop-thu-muoi-post90418.html",
        "non_ocop": "thong-tin-doanh-nghiep/may-loc-nuoc-the-he-moi-post90420.html",
        "listing": "thong-tin-doanh-nghiep/"}[kind]  # fmt: skip


TEMPLATES = {
    "kenh_tv": (kenh_tv, tv_url),
    "tagdiv_tapchi": (tagdiv_tapchi, td_url),
    "am_thuc": (am_thuc, food_url),
    "nong_nghiep": (nong_nghiep, farm_url),
    "du_lich": (du_lich, travel_url),
    "quan_doi": (quan_doi, army_url),
    "tai_tro": (tai_tro, pr_url),
}
