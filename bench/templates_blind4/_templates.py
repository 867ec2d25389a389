"""Seven page templates of the fourth blind set, each modelled on one kind of Vietnamese site.

Every render(page, url) returns the page HTML; strings passed through ``page.c`` are chrome
(recorded in the gold as must-not-appear). Kind "listing" is not an article. None of these
templates repeats one of bench/templates_blind/, templates_blind2/ or templates_blind3/.
"""

from __future__ import annotations

import json

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
        art = page.art
        credit = f"Ảnh: {art['byline']} - TTXVN"  # registered as chrome only where a photo shows it
        state = {"first": True}

        def para(t: str) -> str:
            # the wire dateline opens the first paragraph only (metadata, not body)
            if state.pop("first", False):
                return f'<p><span class="dateline">Tuyên Quang (TTXVN) - </span>{t}</p>'
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
        tags = "cam sành, OCOP, Tuyên Quang" if page.kind != "non_ocop" else "cầu treo, học sinh, Tuyên Quang"
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
                return (f'<div class="inline-audio"><p class="audio-label">{t}</p><audio controls preload="none" '
                        f'src="/audio/2026/11/clip-{i}.mp3"></audio><span class="audio-dur">01:4{i % 10}</span></div>')
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
        related = "".join(f'<li><a href="/tin/{i}">{page.c(h)}</a></li>' for i, h in enumerate(page.related(4)))
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


TEMPLATES = {
    "thong_tan": (thong_tan, tt_url),
    "phat_thanh": (phat_thanh, pt_url),
}
