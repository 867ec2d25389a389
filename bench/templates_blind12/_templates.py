"""Seven page templates of the twelfth blind set, each modelled on one kind of Vietnamese site.

Every render(page, url) returns the page HTML; strings passed through ``page.c`` are chrome
(recorded in the gold as must-not-appear). Kind "listing" is not an article. None of these
templates repeats one of the earlier sets (bench/templates_blind … templates_blind11).
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


def _without_captions(page: Page) -> tuple[dict, list[str]]:
    """Take the captions out of the article so a template can place the photos itself."""
    art = page.art
    caps = list(art.get("captions") or [])
    page.art = dict(art, captions=[])
    return art, caps


# ------------------------------------------------------------------ 1. ethnic-affairs paper of the news agency
def dtmn_ttx(page: Page, url: str) -> str:
    site = "Báo Dân tộc và Phát triển vùng cao"
    menu = ["Thời sự", "Chính sách dân tộc", "Kinh tế", "Sản phẩm OCOP vùng cao", "Văn hóa",
            "Xã hội", "Pháp luật", "Ảnh", "Video"]  # fmt: skip
    nav = "".join(f'<li><a href="/cat/{i}">{m}</a></li>' for i, m in enumerate(menu))
    most = "".join(f'<li><a href="/post{30 + i}.html">{page.c(h)}</a></li>'
                   for i, h in enumerate(page.related(4)))  # fmt: skip
    if page.kind == "listing":
        title = "Kinh tế"
        items = "".join(
            f'<div class="story"><a class="story__thumb" href="/p{i}.html"><img src="/img/t{i}.jpg" alt="{esc(t)}"></a>'
            f'<h3 class="story__title"><a href="/p{i}.html">{esc(t)}</a></h3><p class="story__summary">{esc(s)}</p></div>'
            for i, (t, s) in enumerate(page.teasers(11))
        )  # fmt: skip
        main = f'<h1 class="cate-name">{title}</h1><div class="box-stream">{items}</div><div class="pager"><a href="?page=2">Trang sau</a></div>'
        head = f"<title>{title} | {site}</title>"
    else:
        art, caps = _without_captions(page)
        title = esc(art["title"])
        lead_cap = caps.pop(0) if caps else ""
        k = iter(range(2, 20))

        def fig(t: str, i: int) -> str:
            # the CMS prints "<title> ảnh N" as alt and glues the caption text after the image
            alt = f"{art['title']} ảnh {next(k)}"
            page.c(alt)
            return (
                f'<div class="ck-img"><img src="/images/2026/11/{i}.jpg" alt="{esc(alt)}">{t}</div>'
            )

        page.art = dict(art, captions=caps)
        body = page.body(
            lambda t: f"<p>{t}</p>",
            lambda t: f"<p><strong>{t}</strong></p>",
            fig,
            lambda h: f'<div class="related-inline"><span>Tin liên quan</span><ul><li><a href="/p77.html">{h}</a></li></ul></div>',
        )  # fmt: skip
        page.art = art
        lead_img = ""
        if lead_cap:
            page.caption_samples.append(lead_cap)
            alt1 = page.c(f"{art['title']} ảnh 1")
            # the lead photo's caption is printed twice: figcaption and the mobile copy
            lead_img = (f'<figure class="article__avatar"><img src="/images/2026/11/cover.jpg" alt="{alt1}">'
                        f'<figcaption>{esc(lead_cap)}</figcaption></figure><p class="cap-mobile">{esc(lead_cap)}</p>')  # fmt: skip
        sapo = f'<h2 class="article__sapo">{esc(art["lead"])}</h2>' if art["lead"] else ""
        tags = (
            ["OCOP", "sản phẩm vùng cao"] if page.kind != "non_ocop" else ["chống rét", "chăn nuôi"]
        )
        tag_html = "".join(f'<a href="/tag/t{i}.html">{t}</a>' for i, t in enumerate(tags))
        main = (
            f'<div class="breadcrumb"><a href="/">Trang chủ</a><a href="/cat/2">Kinh tế</a></div><article class="article">'
            f'<h1 class="article__title">{title}</h1><div class="article__title-share" aria-hidden="true">{title}</div>'
            f'<div class="article__meta"><time datetime="{DATE}">21/11/2026 07:45</time></div>{sapo}{lead_img}'
            f'<div class="article__body">{body}</div><p class="article__author" style="text-align:right"><strong>{esc(art["byline"])}</strong></p>'
            f'<div class="article__tag">Từ khóa: {tag_html}</div>'
            '<div class="article__share"><a href="#">Facebook</a><a href="#">Zalo</a><a href="#">In bài</a></div></article>'
        )  # fmt: skip
        head = (f"<title>{title} | {site}</title>"
                + _keywords(page, "OCOP, gạo nếp cẩm, vùng cao", "chống rét, gia súc, vùng cao")
                + '<meta property="og:type" content="article">' + _ld(page, url, site))  # fmt: skip
    return (
        f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">{head}</head><body>'
        f'<header class="header"><a class="logo" href="/"><img src="/logo.png" alt="logo-dtmn.png"></a>'
        f'<div class="date">Thứ Hai, 23/11/2026</div><ul class="menu">{nav}</ul></header>'
        f'<div class="container"><main class="col-8">{main}</main><aside class="col-4"><div class="box"><h3>Đọc nhiều</h3><ul>{most}</ul></div>'
        '<div class="adv"><img src="/adv/ocop-vung-cao-300x250.jpg" alt="ocop-vung-cao-300x250"></div></aside></div>'
        f'<footer><p>{page.c("Cơ quan của Ủy ban Dân tộc vùng cao - Chuyên trang Sản phẩm OCOP đồng bào dân tộc")}</p></footer></body></html>'
    )  # fmt: skip


def dtmn_url(kind: str) -> str:
    return "https://dantocvungcao.example.vn/" + {
        "long": "lao-cai-gao-nep-cam-cua-nguoi-giay-post341207.html",
        "brief": "dak-nong-21-san-pham-dat-chuan-ocop-post341215.html",
        "non_ocop": "ha-giang-ho-tro-chong-ret-cho-gia-suc-post341222.html", "listing": "kinh-te"}[kind]  # fmt: skip


# ------------------------------------------------------------------ 2. border guard daily
def bien_phong(page: Page, url: str) -> str:
    site = "Báo Quân hàm xanh"
    menu = ["Biên giới", "Biển đảo", "Vì nhân dân phục vụ", "OCOP biên giới", "Quốc tế", "Pháp luật",
            "Ảnh", "Báo in"]  # fmt: skip
    nav = "".join(f'<a href="/c{i}.html">{m}</a>' for i, m in enumerate(menu))
    if page.kind == "listing":
        title = "Vì nhân dân phục vụ"
        items = "".join(
            f'<div class="news-item"><a href="/tin-{i}-post4308{i:02d}.html"><img src="/t/{i}.jpg" alt=""></a>'
            f'<div><h2><a href="/tin-{i}-post4308{i:02d}.html">{esc(t)}</a></h2><div class="sapo">{esc(s)}</div></div></div>'
            for i, (t, s) in enumerate(page.teasers(12))
        )  # fmt: skip
        main = f'<h1 class="cate">{title}</h1>{items}<div class="paging"><a href="?p=2">2</a><a href="?p=3">3</a></div>'
        head = f"<title>{title}</title>"
    else:
        art, caps = _without_captions(page)
        body = page.body(
            lambda t: f'<p style="text-align: justify;">{t}</p>',
            lambda t: f'<p style="text-align: justify;"><strong>{t}</strong></p>',
            lambda t, i: "",
            lambda h: f'<div class="tin-lien-quan"><p><a href="/tin-lq.html"><strong>{h}</strong></a></p></div>',
        )  # fmt: skip
        page.art = art
        # a run of photos after the opening paragraph, each caption ending with the photographer
        run = ""
        for i, cap in enumerate(caps):
            page.caption_samples.append(cap)
            run += (f'<figure class="expNoEdit"><img src="/uploads/2026/11/a{i}.jpg" alt="">'
                    f'<figcaption><p>{esc(cap)}</p></figcaption></figure>')  # fmt: skip
        first, _, rest = body.partition("\n")
        stamp = '<span class="stamp">Biên phòng - </span>'
        if art["lead"]:
            sapo = f'<div class="sapo"><strong>{stamp}{esc(art["lead"])}</strong></div>'
        else:
            sapo = ""
            first = first.replace('justify;">', f'justify;">{stamp}', 1)
        related = "".join(
            f'<li><a href="/r{i}.html">{page.c(h)}</a></li>' for i, h in enumerate(page.related(5))
        )
        main = (
            f'<div class="path"><a href="/">Trang chủ</a> » <a href="/c2.html">Vì nhân dân phục vụ</a></div>'
            f'<h1 class="title">{esc(art["title"])}</h1><div class="time">21/11/2026 | 07:45 GMT+7</div>'
            f'{sapo}<div class="content-detail">{first}\n{run}{rest}'
            f'<p style="text-align: right;"><strong>{esc(art["byline"])}</strong></p></div>'
            f'<div class="tags">Tags: <a href="/tag/1">{"giúp dân" if page.kind == "non_ocop" else "OCOP"}</a> <a href="/tag/2">biên giới</a></div>'
            f'<div class="box-cungchuyenmuc"><h3>Tin cùng chuyên mục</h3><ul>{related}</ul></div>'
            f'<div class="box-comment"><h3>Ý kiến bạn đọc</h3><textarea placeholder="{page.c("Mời bạn để lại bình luận về bài viết")}"></textarea></div>'
        )  # fmt: skip
        head = (f"<title>{esc(art['title'])}</title>"
                + _keywords(page, "OCOP, biên phòng, giúp dân", "tuần tra, cháy rừng, biên phòng")
                + _ld(page, url, site))  # fmt: skip
    side = page.c("Chuyên trang: Quân hàm xanh chung tay xây dựng sản phẩm OCOP biên giới")
    return (
        f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">{head}</head><body>'
        f'<div class="top"><a href="/" class="logo">{site}</a><span>Cơ quan của Bộ đội Biên phòng</span></div><nav>{nav}</nav>'
        f'<div class="wrap"><div class="main">{main}</div><div class="sidebar"><div class="banner-ct"><a href="/ct">{side}</a></div>'
        '<div class="adv"><img src="/ads/bnr-bienphong-300x600.gif" alt="bnr-bienphong-300x600"></div></div></div>'
        f'<footer>{page.c("Tổng Biên tập báo Quân hàm xanh. Giấy phép số 09/GP-BTTTT. Ghi rõ nguồn khi phát hành lại thông tin từ website này.")}</footer></body></html>'
    )  # fmt: skip


def bp_url(kind: str) -> str:
    return "https://quanhamxanh.example.vn/" + {
        "long": "don-bien-phong-dong-hanh-lam-san-pham-ocop-post431102.html",
        "brief": "hoi-cho-ocop-bien-gioi-khai-mac-post431115.html",
        "non_ocop": "tuan-tra-chung-bao-ve-rung-dau-nguon-post431120.html", "listing": "vi-nhan-dan-phuc-vu.html"}[kind]  # fmt: skip


# ------------------------------------------------------------------ 3. OCOP sub-publication of a craft-village magazine
def an_pham_ocop(page: Page, url: str) -> str:
    site = "Ấn phẩm OCOP - Tạp chí Nghề Việt"
    weather = "".join(f'<li><span class="city">{c}:</span> <span class="deg">{t}°C</span> <span class="name">{c}</span></li>'
                      for c, t in [("Hà Nội", 21), ("Đà Nẵng", 24), ("TP Hồ Chí Minh", 29), ("Huế", 23)])  # fmt: skip
    menu = ["Tin tức", "Chủ thể OCOP", "Câu chuyện sản phẩm", "Làng nghề", "Xúc tiến thương mại",
            "Chính sách", "Video"]  # fmt: skip
    nav = "".join(f'<li><a href="/{i}/">{m}</a></li>' for i, m in enumerate(menu))
    tabs = "".join(
        f'<li><a href="/n{i}.html">{page.c(h)}</a></li>' for i, h in enumerate(page.related(5))
    )
    if page.kind == "listing":
        title = "Câu chuyện sản phẩm"
        items = "".join(
            f'<article class="item"><a class="thumb" href="/s{i}.html"><img src="/u/{i}.jpg" alt="{esc(t)}"></a>'
            f'<h3><a href="/s{i}.html">{esc(t)}</a></h3><div class="item-sapo"><b>OVN</b> - {esc(s)}</div></article>'
            for i, (t, s) in enumerate(page.teasers(10))
        )  # fmt: skip
        main = f'<h1 class="cat-title">{title}</h1><div class="list-news">{items}</div><div class="pagination"><a href="?p=2">»</a></div>'
        head = f"<title>{title} - {site}</title>"
    else:
        art = page.art
        body = page.body(
            lambda t: f"<p>{t}</p>",
            lambda t: f"<h3><strong>{t}</strong></h3>",
            lambda t, i: f'<figure class="image"><img src="/uploads/2026/11/{i}.jpg" alt=""><figcaption>{t}</figcaption></figure>',
            lambda h: f'<div class="box-xemthem"><p><strong>Xem thêm:</strong></p><ul><li><a href="/x.html">{h}</a></li></ul></div>',
        )  # fmt: skip
        # a one-line restatement of the lead printed under the headline (counted with captions)
        page.caption_samples.append(art["quote"])
        main = (
            f'<div class="bread"><a href="/">OCOP</a> / <a href="/2/">Câu chuyện sản phẩm</a></div>'
            f'<h1 class="detail-title">{esc(art["title"])}</h1><p class="detail-quote">{esc(art["quote"])}</p>'
            f'<div class="detail-time">21/11/2026 | 07:45</div>'
            f'<div class="detail-sapo"><b>OVN</b> - {esc(art["lead"])}</div><div class="detail-content">{body}</div>'
            f'<p class="author" style="text-align: right"><b>{esc(art["byline"])}</b></p>'
            '<div class="share-bottom"><a href="#">Chia sẻ</a><a href="#">Gửi</a><a href="#">In</a></div>'
        )  # fmt: skip
        head = (f"<title>{esc(art['title'])}</title>"
                + _keywords(page, "OCOP, làng nghề, chiếu cói", "làng gốm, thiếu nhi, làng nghề")
                + f'<meta property="og:description" content="{esc(art["lead"])}">' + _ld(page, url, site))  # fmt: skip
    return (
        f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">{head}</head><body>'
        f'<div class="weather"><ul>{weather}</ul></div><header><a class="logo" href="/">{site}</a><ul class="nav">{nav}</ul></header>'
        f'<div class="container"><div class="col-left">{main}</div><div class="col-right"><ul class="tab-head"><li>Tin mới</li><li>Đọc nhiều</li></ul><ul class="tab-list">{tabs}</ul>'
        '<div class="qc"><img src="/qc/hoi-cho-lang-nghe-300x250.png" alt="hoi-cho-lang-nghe-300x250"></div></div></div>'
        f'<footer><p>{page.c("Ấn phẩm OCOP thuộc Tạp chí Nghề Việt - Giấy phép số 88/GP-BTTTT")}</p><a href="?m=1">Giao diện di động</a></footer></body></html>'
    )  # fmt: skip


def apo_url(kind: str) -> str:
    return "https://ocop.ngheviet.example.vn/" + {
        "long": "chieu-coi-tu-nghe-phu-den-san-pham-ocop-4-sao-31207.html",
        "brief": "ha-nam-co-them-15-san-pham-ocop-cap-tinh-31215.html",
        "non_ocop": "lang-gom-mo-lop-hoc-nan-gom-cho-thieu-nhi-31219.html", "listing": "cau-chuyen-san-pham/"}[kind]  # fmt: skip


# ------------------------------------------------------------------ 4. ethnic-language service of the national radio
def vtn_dan_toc(page: Page, url: str) -> str:
    site = "VTN4 - Hệ Phát thanh Dân tộc"
    langs = ["Tiếng Mông", "Tiếng Dao", "Tiếng Thái", "Tiếng Ê Đê", "Tiếng Jrai", "Tiếng Bahnar",
             "Tiếng Xơ Đăng", "Tiếng Cơ Ho", "Tiếng Chăm", "Tiếng Khmer", "Tiếng M'nông", "Tiếng Cơ Tu"]  # fmt: skip
    lang_bar = "".join(f'<a href="/{i}/" lang="vi">{n}</a>' for i, n in enumerate(langs))
    menu = ["Thời sự", "Dân tộc và Phát triển", "Chính sách mới", "Sản phẩm OCOP vùng dân tộc",
            "Văn hóa các dân tộc", "Nghe lại chương trình"]  # fmt: skip
    nav = "".join(f'<li><a href="/c{i}">{m}</a></li>' for i, m in enumerate(menu))
    if page.kind == "listing":
        title = "Dân tộc và Phát triển"
        items = "".join(
            f'<div class="program-item"><a href="/p{i}.vtn4"><img src="/i/{i}.jpg" alt="p{i}"><span class="ico-audio">▶</span></a>'
            f'<h3><a href="/p{i}.vtn4">{esc(t)}</a></h3><p>VTN4.VN - {esc(s)} (Chương trình ngày {20 - i}/11/2026)</p></div>'
            for i, (t, s) in enumerate(page.teasers(11))
        )  # fmt: skip
        main = f'<h1 class="cat">{title}</h1>{items}<div class="paging"><a href="?page=2">Trang sau</a></div>'
        head = f"<title>{title}</title>"
    else:
        art = page.art
        body = page.body(
            lambda t: f"<p>{t}</p>",
            lambda t: f"<p><b>{t}</b></p>",
            lambda t, i: f'<table class="picture" align="center"><tr><td><img src="/Uploaded/2026/11/{i}.jpg"></td></tr><tr><td class="caption"><p>{t}</p></td></tr></table>',
            lambda h: f'<p class="related-one">&gt;&gt; <a href="/lq.vtn4">{h}</a></p>',
        )  # fmt: skip
        note = page.c(art["note"])
        # editor's initials after the time stamp and again as a lone line under the byline
        related = "".join(
            f'<li><a href="/r{i}.vtn4">{page.c(h)}</a></li>' for i, h in enumerate(page.related(5))
        )
        main = (
            f'<h1 class="cms-title">{esc(art["title"])}</h1>'
            f'<div class="cms-date">Thứ bảy, 07:45, 21/11/2026 <span class="editor">ĐT</span></div>'
            '<div class="player"><span>Nghe chương trình</span><audio controls preload="none" '
            f'src="https://media.example.vn/vtn4/2026/11/20/dtpt-{len(art["paras"])}.mp3"></audio><span class="dur">14:52</span></div>'
            f'<div class="cms-desc">VTN4.VN - {esc(art["lead"])} <span class="program">{note}</span></div>'
            f'<div class="cms-body">{body}<p class="cms-author" style="text-align:right"><b>{esc(art["byline"])}</b></p>'
            f'<p class="cms-editor" style="text-align:right">{page.c("ĐT")}</p></div>'
            '<div class="comment"><h4>Viết bình luận</h4><textarea></textarea><input type="text" placeholder="Họ tên"><button>Gửi</button></div>'
            f'<div class="same-cat"><h3>TIN CÙNG CHUYÊN MỤC</h3><ul>{related}</ul></div>'
        )  # fmt: skip
        head = (f"<title>{esc(art['title'])}</title>"
                + _keywords(page, "OCOP, chè cổ thụ, dân tộc Dao", "sử thi, Ê Đê, văn hóa")
                + _ld(page, url, site, "Article"))  # fmt: skip
    foot = page.c(
        "BAN DÂN TỘC (VTN4) - Địa chỉ: 45 phố Phát Thanh, Hà Nội - Trưởng Ban: Lê Văn Trung"
    )
    return (
        f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">{head}</head><body>'
        f'<div class="lang-bar">{lang_bar}</div><header><a href="/" class="logo">{site}</a><ul class="menu">{nav}</ul></header>'
        f'<div class="content"><div class="left">{main}</div><div class="right"><div class="box-live"><h3>Lịch phát sóng</h3>'
        f'<p>{page.c("19:30 - Tiếng Mông: Hợp tác xã làm sản phẩm OCOP từ cây thảo quả")}</p></div></div></div>'
        f'<footer><p>{foot}</p></footer></body></html>'
    )  # fmt: skip


def vtn_url(kind: str) -> str:
    return "https://vtn4.example.vn/" + {
        "long": "dan-toc-va-phat-trien/che-co-thu-cua-nguoi-dao-thanh-san-pham-ocop-c1208-190311.vtn4",
        "brief": "thoi-su/kon-tum-phien-cho-san-pham-ocop-c1201-190320.vtn4",
        "non_ocop": "van-hoa/gia-lang-giu-kho-su-thi-c1214-190325.vtn4", "listing": "dan-toc-va-phat-trien"}[kind]  # fmt: skip


# ------------------------------------------------------------------ 5. national daily of the farmers' union
def dan_nong(page: Page, url: str) -> str:
    site = "Báo điện tử Dân Nông"
    menu = [
        "Thời sự",
        "Nhà nông",
        "Kinh tế",
        "OCOP",
        "Pháp luật",
        "Sức khỏe",
        "Nông thôn mới",
        "Video",
    ]
    nav = "".join(f'<a href="/{i}.htm">{m}</a>' for i, m in enumerate(menu))
    # server output puts the recommendation strip, footer credits and the login box before <main>;
    # CSS (order/position) shows them at the bottom
    teasers = [page.c("Đọc xong câu chuyện này, tôi lặng người: Hóa ra hạnh phúc đơn giản đến vậy!"),
               page.c("Ăn sáng kiểu này mỗi ngày, bảo sao cả nhà khỏe mạnh!")]  # fmt: skip
    rec = "".join(f'<p><a href="/g{i}.htm">{t}</a></p>' for i, t in enumerate(teasers))
    pre = (
        f'<div class="recommend" style="order:9">{rec}</div>'
        f'<div class="footer-info" style="order:10"><p>{page.c("Báo điện tử của Trung ương Hội Nông dân")}</p>'
        f'<p>{page.c("Tổng biên tập: Nguyễn Văn Bình - Phó Tổng biên tập: Lê Hà, Trần Phong")}</p>'
        f'<p>{page.c("Giấy phép hoạt động báo điện tử số 120/GP-BTTTT cấp ngày 01/3/2024")}</p></div>'
        f'<div class="login-box" style="order:11"><p>{page.c("Vui lòng đăng nhập hoặc đăng ký để gửi bình luận")}</p>'
        '<p>Xin chào, !</p><p>Bạn đã đăng nhập với email:</p><a href="/logout">Đăng xuất</a></div>'
    )  # fmt: skip
    if page.kind == "listing":
        title = "OCOP"
        items = "".join(
            f'<div class="news-item"><a href="/n{i}-d11943{i:02d}.html"><img src="/t/{i}.jpg" alt=""></a>'
            f'<h3><a href="/n{i}-d11943{i:02d}.html">{esc(t)}</a></h3><p class="sapo">{esc(s)}</p></div>'
            for i, (t, s) in enumerate(page.teasers(12))
        )  # fmt: skip
        main = f'<h1 class="title-cate">{title}</h1>{items}<a class="more" href="?p=2">Xem thêm</a>'
        head = f"<title>{title} - {site}</title>"
    else:
        art = page.art
        body = page.body(
            lambda t: f"<p>{t}</p>",
            lambda t: f"<h3>{t}</h3>",
            lambda t, i: (f'<figure class="VCSortableInPreviewMode" type="Photo"><div><img src="/u/2026/11/{i}.jpg" alt="{t}"></div>'
                          f'<figcaption class="PhotoCMS_Caption"><p>{t}</p></figcaption></figure>'),
            lambda h: f'<div class="box-xem-them"><a href="/x.htm">{h}</a></div>',
            q_fmt=lambda t: f"<p><strong>{t}</strong></p>",
        )  # fmt: skip
        sapo = f'<h2 class="sapo">{esc(art["lead"])}</h2>' if art["lead"] else ""
        related = "".join(
            f'<li><a href="/r{i}.htm">{page.c(h)}</a></li>' for i, h in enumerate(page.related(4))
        )
        main = (
            f'<div class="detail"><div class="cate"><a href="/3.htm">OCOP</a></div><h1 class="title-detail">{esc(art["title"])}</h1>'
            f'<div class="author-time"><span class="author">{esc(art["byline"])}</span> <span class="time">Thứ bảy, ngày 21/11/2026 07:45 GMT+7</span></div>'
            f'{sapo}<div class="entry-body">{body}</div>'
            '<div class="rate"><span>Bạn thấy bài viết thế nào?</span><a href="#">Hữu ích</a><a href="#">Bình thường</a></div>'
            f'<div class="cung-chuyen-muc"><h3>Cùng chuyên mục</h3><ul>{related}</ul></div></div>'
        )  # fmt: skip
        head = (f"<title>{esc(art['title'])}</title>"
                + _keywords(page, "OCOP, hội nông dân, phỏng vấn", "giá lúa, vụ đông xuân, nông dân")
                + _ld(page, url, site))  # fmt: skip
    return (
        f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">{head}</head><body>'
        f'<header><a class="logo" href="/">{site}</a><nav>{nav}</nav></header>'
        f'<div class="page" style="display:flex;flex-direction:column">{pre}<main style="order:1">{main}</main></div>'
        f'<footer><p>{page.c("Bản quyền thuộc về Báo điện tử Dân Nông - Chuyên trang OCOP - Sản phẩm của nhà nông")}</p></footer></body></html>'
    )  # fmt: skip


def dn_url(kind: str) -> str:
    return "https://dannong.example.vn/" + {
        "long": "san-pham-ocop-phai-song-duoc-bang-thi-truong-20261121074500-d1194411.html",
        "brief": "nong-dan-tieu-bieu-tap-huan-san-pham-ocop-20261121101000-d1194420.html",
        "non_ocop": "gia-lua-tang-nong-dan-xuong-giong-vu-moi-20261121090000-d1194425.html", "listing": "ocop.htm"}[kind]  # fmt: skip


# ------------------------------------------------------------------ 6. police TV channel
def truyen_hinh_an(page: Page, url: str) -> str:
    site = "Truyền hình An ninh ATTV"
    top = ('<div class="topbar"><span>Thứ Bảy, 21/11/2026 07:45 GMT+7</span> • <span>ATTV</span> • '
           '<span>Hotline: 0692 000 111</span> • <span>Email: tin@attv.example.vn</span></div>')  # fmt: skip
    slogan = page.c("Nhân văn - Tin cậy - Kịp thời - Hấp dẫn")
    menu = [
        "Sự kiện",
        "An ninh trật tự",
        "Kinh tế",
        "Văn hóa",
        "Pháp luật",
        "Chương trình",
        "Trực tiếp",
    ]
    nav = "".join(f'<li><a href="/{m}-{i}/">{m}</a></li>' for i, m in enumerate(menu))
    if page.kind == "listing":
        title = "Kinh tế"
        items = "".join(
            f'<div class="video-item"><a href="/v{i}.html"><img src="/thumb/{i}.jpg" alt=""><span class="play"></span></a>'
            f'<h3><a href="/v{i}.html">{esc(t)}</a></h3><p>(ATTV) - {esc(s)}</p></div>'
            for i, (t, s) in enumerate(page.teasers(12))
        )  # fmt: skip
        main = f'<h1 class="cat-title">{title}</h1><div class="video-list">{items}</div>'
        head = f"<title>{title} | {site}</title>"
    else:
        art = page.art
        body = page.body(
            lambda t: f"<p>{t}</p>",
            lambda t: f"<p><b>{t}</b></p>",
            lambda t, i: "",
            lambda h: "",
        )  # fmt: skip
        # no sapo element: the stamped lead is the first paragraph of the text
        lead = f"<p>(ATTV) - {esc(art['lead'])}</p>" if art["lead"] else ""
        if not lead:
            body = body.replace("<p>", "<p>(ATTV) - ", 1)
        nxt_t, nxt_s = page.teasers(1)[0]
        nxt = (f'<div class="next-video"><span class="countdown">Video tiếp theo sau 5 giây</span>'
               f'<h3><a href="/v-next.html">{page.c(nxt_t)}</a></h3><p>(ATTV) - {page.c(nxt_s)}</p></div>')  # fmt: skip
        related = "".join(
            f'<li><a href="/r{i}.html">{page.c(h)}</a></li>' for i, h in enumerate(page.related(5))
        )
        main = (
            f'<div class="breadcrumb"><a href="/su-kien-0/">Sự kiện</a><a href="/kinh-te-2/">Kinh tế</a></div>'
            '<div class="video-box"><video controls poster="/poster.jpg" preload="none" src="https://vod.example.vn/attv/2026/11/21/b.mp4"></video></div>'
            f'<h1 class="detail-title">{esc(art["title"])}</h1><div class="detail-content">{lead}{body}</div>'
            f'<p class="detail-author"><strong>{esc(art["byline"])}</strong></p>{nxt}'
            f'<div class="same-cat"><h2>Tin cùng chuyên mục</h2><ul>{related}</ul></div>'
        )  # fmt: skip
        head = (f"<title>{esc(art['title'])}</title>"
                + _keywords(page, "OCOP, hậu kiểm, quản lý thị trường", "lừa đảo, điện lực, cảnh báo")
                + '<meta property="og:type" content="video.other">' + _ld(page, url, site, "VideoObject"))  # fmt: skip
    return (
        f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">{head}</head><body>{top}'
        f'<header><a class="logo" href="/"><img src="/logo.png" alt="logo"></a><p class="slogan">{slogan}</p><ul class="menu">{nav}</ul></header>'
        f'<div class="main-wrap"><div class="col-main">{main}</div><div class="col-side"><div class="box-program"><h3>Chương trình</h3>'
        f'<p>{page.c("Đặc sản quê hương - Tạp chí OCOP phát sóng 20h thứ Bảy hằng tuần")}</p></div></div></div>'
        f'<footer><p>{page.c("Truyền hình An ninh ATTV - Giấy phép số 55/GP-BTTTT")}</p></footer></body></html>'
    )  # fmt: skip


def tha_url(kind: str) -> str:
    return "https://attv.example.vn/" + {
        "long": "kinh-te-2/siet-chat-hau-kiem-giu-uy-tin-san-pham-ocop-CC38D21E4.html",
        "brief": "kinh-te-2/co-so-tu-in-bieu-trung-ocop-len-bao-bi-CC38D29A1.html",
        "non_ocop": "an-ninh-trat-tu-1/gia-danh-nhan-vien-dien-luc-lua-dao-CC38D33B7.html", "listing": "kinh-te-2/"}[kind]  # fmt: skip


# ------------------------------------------------------------------ 7. economic daily with a headline ticker
def kinh_te_ticker(page: Page, url: str) -> str:
    site = "Báo Đầu tư Kinh doanh"
    menu = [
        "Thời sự",
        "Đầu tư",
        "Tài chính",
        "Doanh nghiệp",
        "Thị trường",
        "Nông nghiệp - OCOP",
        "Bất động sản",
    ]
    nav = "".join(f'<li><a href="/c{i}">{m}</a></li>' for i, m in enumerate(menu))
    if page.kind == "listing":
        title = "Thị trường"
        items = "".join(
            f'<div class="list-item"><a class="img" href="/d{i}.html"><img src="/i/{i}.jpg" alt=""></a>'
            f'<h3><a href="/d{i}.html">{esc(t)}</a></h3><div class="desc">{esc(s)}</div><span class="date">{20 - i}/11/2026</span></div>'
            for i, (t, s) in enumerate(page.teasers(11))
        )  # fmt: skip
        main = f'<h1 class="cat">{title}</h1>{items}<div class="pager"><a href="?p=2">Trang 2</a></div>'
        head = f"<title>{title} - {site}</title>"
    else:
        art = page.art
        # the newest headlines, each followed by " -", printed inside the article container
        ticker = "".join(
            f'<li><a href="/t{i}.html">{page.c(h)}</a> -</li>'
            for i, h in enumerate(page.related(6))
        )
        body = page.body(
            lambda t: f"<p>{t}</p>",
            lambda t: f"<p><strong>{t}</strong></p>",
            lambda t, i: (f'<table class="imgtable" align="center"><tbody><tr><td><img src="/stores/news_dataimages/2026/11/{i}.jpg" alt=""></td></tr>'
                          f'<tr><td><p>{t}</p></td></tr></tbody></table>'),
            lambda h: "",
        )  # fmt: skip
        sapo = f'<div class="sapo"><strong>{esc(art["lead"])}</strong></div>' if art["lead"] else ""
        main = (
            f'<div class="detail-container"><ul class="list-news-new">{ticker}</ul>'
            f'<div class="breadcrumbs"><a href="/c5">Nông nghiệp - OCOP</a></div><h1 class="title-detail">{esc(art["title"])}</h1>'
            f'<div class="author-date"><span class="author">{esc(art["byline"])}</span> | <span class="date">21/11/2026 07:45</span></div>'
            f'{sapo}<div class="detail-body">{body}</div>'
            '<div class="tools"><a href="#">Chia sẻ</a><a href="#">In bài</a><a href="#">Gửi góp ý</a></div></div>'
        )  # fmt: skip
        head = (f"<title>{esc(art['title'])}</title>"
                + _keywords(page, "OCOP, bán lẻ, kết nối cung cầu", "giá thép, vật liệu xây dựng")
                + _ld(page, url, site))  # fmt: skip
    return (
        f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">{head}</head><body>'
        f'<header><a class="logo" href="/">{site}</a><ul class="menu">{nav}</ul></header>'
        f'<div class="container"><div class="main">{main}</div><div class="sidebar"><div class="box-special"><h3>Chuyên đề</h3>'
        f'<p>{page.c("Đưa sản phẩm OCOP vào kênh phân phối hiện đại")}</p></div>'
        '<div class="ad"><img src="/ads/ngan-hang-300x600.jpg" alt="ngan-hang-300x600"></div></div></div>'
        f'<footer><p>{page.c("Cơ quan chủ quản: Bộ Kế hoạch và Đầu tư. Tổng biên tập: Trần Quốc Việt")}</p></footer></body></html>'
    )  # fmt: skip


def ktt_url(kind: str) -> str:
    return "https://dautukinhdoanh.example.vn/" + {
        "long": "doanh-nghiep-phan-phoi-tim-nguon-hang-ocop-d238812.html",
        "brief": "them-36-san-pham-ocop-vao-cua-hang-tien-loi-d238820.html",
        "non_ocop": "gia-thep-xay-dung-giam-lan-thu-ba-d238827.html", "listing": "thi-truong/"}[kind]  # fmt: skip


TEMPLATES = {
    "dtmn_ttx": (dtmn_ttx, dtmn_url),
    "bien_phong": (bien_phong, bp_url),
    "an_pham_ocop": (an_pham_ocop, apo_url),
    "vtn_dan_toc": (vtn_dan_toc, vtn_url),
    "dan_nong": (dan_nong, dn_url),
    "truyen_hinh_an": (truyen_hinh_an, tha_url),
    "kinh_te_ticker": (kinh_te_ticker, ktt_url),
}
