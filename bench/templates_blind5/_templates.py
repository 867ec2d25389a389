"""Seven page templates of the fifth blind set, each modelled on one kind of Vietnamese page.

Every render(page, url) returns the page HTML; strings passed through ``page.c`` are chrome
(recorded in the gold as must-not-appear). Kind "listing" is not an article. None of these
templates repeats a family of bench/templates_blind/ … templates_blind4/.
"""

from __future__ import annotations

import json

from _build import Page, esc
from _content import COMMENTS, PRODUCTS, QUESTIONS

DATE = "2026-11-21T07:45:00+07:00"


def _ld(
    page: Page, url: str, site: str, kind: str = "NewsArticle", extra: dict | None = None
) -> str:
    art = page.art
    data = {"@context": "https://schema.org", "@type": kind, "headline": art["title"],
            "description": art["lead"] or art["paras"][-1][:150], "datePublished": DATE,
            "url": url, "publisher": {"@type": "Organization", "name": site}}  # fmt: skip
    if art.get("byline"):
        data["author"] = {"@type": "Person", "name": art["byline"]}
    data.update(extra or {})
    return (
        '<script type="application/ld+json">' + json.dumps(data, ensure_ascii=False) + "</script>"
    )


def _keywords(page: Page, ocop: str, other: str) -> str:
    """Per-page meta keywords: OCOP words only on OCOP pages and listings."""
    words = other if page.kind == "non_ocop" else ocop
    return f'<meta name="keywords" content="{esc(words)}">'


def _sections(paras: list[str]) -> list[list[str]]:
    """Paragraphs grouped at each sub-heading (a group starts with its "## " line)."""
    groups: list[list[str]] = []
    for para in paras:
        if para.startswith("## ") or not groups:
            groups.append([])
        groups[-1].append(para)
    return groups


# ------------------------------------------------------------------ 1. live blog (tường thuật)
def live_blog(page: Page, url: str) -> str:
    """Newest update first: the gold body follows the page order (sections reversed)."""
    site = "Báo điện tử Tây Bắc Ngày Nay"
    menu = ["Thời sự", "Kinh tế", "Nông nghiệp", "Sản phẩm OCOP", "Thể thao", "Du lịch", "Trực tiếp"]  # fmt: skip
    nav = "".join(f'<li><a href="/{i}.htm">{m}</a></li>' for i, m in enumerate(menu))
    side = "".join(f'<li><span class="dot"></span><a href="/live/{i}.htm">{page.c(h)}</a></li>'
                   for i, h in enumerate(page.related(4)))  # fmt: skip
    if page.kind == "listing":
        title = "Tường thuật trực tiếp"
        items = "".join(
            f'<div class="live-card"><span class="live-state">{"ĐANG DIỄN RA" if i < 2 else "ĐÃ KẾT THÚC"}</span>'
            f'<h3><a href="/truc-tiep/{i}.htm">{esc(t)}</a></h3><p>{esc(s)}</p><span class="count">{12 - i} cập nhật</span></div>'
            for i, (t, s) in enumerate(page.teasers(11))
        )  # fmt: skip
        main = f'<h1 class="cat-title">{title}</h1><div class="live-list">{items}</div><a class="more" href="?page=2">Xem thêm</a>'
        head = f"<title>{title} - {site}</title>"
    else:
        art = page.art
        groups = _sections(art["paras"])[::-1]
        page.art = art = dict(art, paras=[p for g in groups for p in g])
        start = 330 if page.kind == "non_ocop" else 450  # minutes after midnight
        step = 40 if page.kind == "non_ocop" else 60
        times = [start + step * k for k in range(len(groups))][::-1]
        stamps = [f"{t // 60:02d}:{t % 60:02d} 21/11" for t in times]

        def head_fmt(t: str) -> str:
            return f'<h3 class="lb-title">{t}</h3>'

        def p_fmt(t: str) -> str:
            return f"<p>{t}</p>"

        body_parts = []
        # each update is its own <li>; figures and mid boxes stay inside their update
        for gi, group in enumerate(groups):
            sub = Page(page.tpl, page.kind, dict(art, paras=group, captions=[], mid=[]), page.index)
            sub.caption_samples = page.caption_samples
            sub.chrome = page.chrome
            html_ = sub.body(p_fmt, head_fmt, lambda t, i: "", lambda h: "")
            chrono = len(groups) - 1 - gi  # captions belong to updates in time order
            if chrono < len(art["captions"]):
                cap = art["captions"][chrono]
                page.caption_samples.append(cap)
                html_ += (f'<figure class="lb-fig"><img src="/live/2026/11/21/{gi}.jpg" alt="anh-{gi}.jpg">'
                          f'<figcaption>{esc(cap)}</figcaption></figure>')  # fmt: skip
            if gi == 1 and art["mid"]:
                html_ += f'<div class="lb-related">Tin liên quan: <a href="/r.htm">{page.c(art["mid"][0])}</a></div>'
            body_parts.append(
                f'<li class="lb-post" id="post-{len(groups) - gi}"><div class="lb-time"><time>{page.c(stamps[gi])}</time></div>'
                f'<div class="lb-post-body">{html_}</div><div class="lb-share"><a href="#post-{len(groups) - gi}">Liên kết</a> · <a href="#">Chia sẻ</a></div></li>'
            )  # fmt: skip
        lead = f'<h2 class="sapo">{esc(art["lead"])}</h2>' if art["lead"] else ""
        status = page.c(f"Đang diễn ra · {len(groups)} cập nhật")
        main = (
            f'<div class="breadcrumb"><a href="/">Trang chủ</a> › <a href="/6.htm">Trực tiếp</a></div>'
            f'<article class="live-detail"><span class="live-badge">● TRỰC TIẾP</span><h1 class="title">{esc(art["title"])}</h1>'
            f'<div class="meta"><span class="author">{esc(art["byline"])}</span> · <span>Bắt đầu: {stamps[-1]}/2026</span></div>{lead}'
            f'<div class="live-status">{status} <label><input type="checkbox" checked> Tự động cập nhật</label></div>'
            '<button class="new-updates" hidden>Có cập nhật mới - bấm để xem</button>'
            f'<ul class="lb-feed">{"".join(body_parts)}</ul>'
            f'<div class="lb-end">{page.c("Mời bạn đọc tiếp tục theo dõi diễn biến trên trang của chúng tôi.")}</div></article>'
        )  # fmt: skip
        upd = [{"@type": "BlogPosting", "headline": g[0][3:] if g[0].startswith("## ") else art["title"]}
               for g in groups]  # fmt: skip
        head = (f"<title>{esc(art['title'])} - {site}</title>"
                + _keywords(page, "trực tiếp, hội chợ, OCOP, Tây Bắc", "trực tiếp, marathon, Yên Bái")
                + _ld(page, url, site, "LiveBlogPosting", {"coverageStartTime": DATE, "liveBlogUpdate": upd}))  # fmt: skip
        noise = page.c("Chương trình Mỗi xã một sản phẩm: theo dõi chuyên trang OCOP Tây Bắc")
        main += f'<div class="promo-strip"><a href="/3.htm">{noise}</a></div>'
    return (
        f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">{head}'
        '<script>setInterval(function(){fetch(location.pathname+"?poll=1")},30000)</script></head><body>'
        f'<header class="hdr"><a class="logo" href="/">{site}</a><ul class="menu">{nav}</ul></header>'
        f'<div class="wrap"><main class="col-8">{main}</main><aside class="col-4"><div class="box"><h3>Trực tiếp khác</h3><ul>{side}</ul></div>'
        '<div class="ads"><img src="/ads/tbnn-300x600-mua-dong.jpg" alt="tbnn-300x600-mua-dong"></div></aside></div>'
        f'<footer class="ftr"><p>{page.c("Giấy phép số 88/GP-BTTTT. Tổng biên tập: Nguyễn Văn Sơn")}</p>'
        '<p>Địa chỉ: 12 Tô Hiệu, Sơn La. Đường dây nóng: 0212 385 000</p></footer></body></html>'
    )  # fmt: skip


def live_url(kind: str) -> str:
    return "https://taybacngaynay.example.vn/" + {
        "long": "truc-tiep/khai-mac-hoi-cho-ocop-vung-tay-bac-2026-t1204.htm",
        "brief": "truc-tiep/cong-bo-ket-qua-danh-gia-ocop-dot-2-t1210.htm",
        "non_ocop": "truc-tiep/giai-chay-ban-marathon-ho-thac-ba-t1213.htm",
        "listing": "truc-tiep.htm"}[kind]  # fmt: skip


# ------------------------------------------------------------------ 2. reader Q&A column
def hoi_dap(page: Page, url: str) -> str:
    """Question block and answer block; both are body, labels and metadata are not."""
    site = "Cổng Hỏi đáp chính sách nông nghiệp tỉnh Thái Bình"
    menu = ["Trang chủ", "Đặt câu hỏi", "Nông nghiệp", "Đất đai", "Chương trình OCOP", "Bảo hiểm", "Câu hỏi thường gặp"]  # fmt: skip
    nav = "".join(f'<a class="nav-link" href="/hd/{i}">{m}</a>' for i, m in enumerate(menu))
    own = page.art.get("title") if page.kind != "listing" else ""
    others = [q for q in QUESTIONS if q[0] != own]
    form = ('<form class="qa-form" action="/hd/gui" method="post"><h3>Gửi câu hỏi</h3><label>Họ và tên</label><input name="name">'
            '<label>Địa chỉ</label><input name="addr"><label>Lĩnh vực</label><select name="f"><option>Nông nghiệp</option><option>Chương trình OCOP</option></select>'
            '<textarea name="q" placeholder="Nhập nội dung câu hỏi (không quá 1.000 ký tự)"></textarea><button>Gửi câu hỏi</button></form>')  # fmt: skip
    if page.kind == "listing":
        title = "Câu hỏi mới được trả lời"
        rows = "".join(
            f'<div class="qa-row"><span class="qa-no">{i + 1}</span><div><a class="qa-q" href="/hd/cau-hoi/{300 + i}">{esc(t)}</a>'
            f'<p class="qa-excerpt">{esc(s)}</p><span class="qa-status">Đã trả lời · {20 - i}/11/2026</span></div></div>'
            for i, (t, s) in enumerate(QUESTIONS)
        )  # fmt: skip
        main = (f'<h1 class="page-title">{title}</h1><div class="qa-filter">Lọc theo lĩnh vực: <a>Tất cả</a> <a>OCOP</a> <a>Đất đai</a></div>'
                f'<div class="qa-list">{rows}</div><ul class="pagination"><li class="active">1</li><li><a href="?p=2">2</a></li><li><a href="?p=3">3</a></li></ul>')  # fmt: skip
        head = f"<title>{title} - {site}</title>"
    else:
        art = page.art
        question = [p[3:] for p in art["paras"] if p.startswith("?? ")]
        page.art = dict(art, paras=[p for p in art["paras"] if not p.startswith("?? ")])
        answer = page.body(
            lambda t: f'<p class="text-justify">{t}</p>',
            lambda t: f"<p><strong><em>{t}</em></strong></p>",
            lambda t, i: "",
            lambda h: f'<p class="see-also">&gt;&gt; Xem thêm: <a href="/tin/{len(h)}">{h}</a></p>',
        )  # fmt: skip
        page.art = art
        q_html = "".join(f"<p>{esc(q)}</p>" for q in question)
        ocop = page.kind != "non_ocop"
        asker = page.c("Người hỏi: Đỗ Thị Lan (Kiến Xương, Thái Bình)" if page.kind == "long" else
                       "Người hỏi: Vũ Văn Khải (Quỳnh Phụ, Thái Bình)" if ocop else "Người hỏi: Bùi Văn Tùng (Tiền Hải, Thái Bình)")  # fmt: skip
        answerer = page.c("Cơ quan trả lời: Văn phòng Điều phối nông thôn mới tỉnh" if ocop
                          else "Cơ quan trả lời: Bảo hiểm xã hội tỉnh Thái Bình")  # fmt: skip
        related = "".join(
            f'<li><a href="/hd/cau-hoi/{400 + i}">{page.c(t)}</a></li>'
            for i, (t, _) in enumerate(others[:5])
        )
        main = (
            f'<ol class="breadcrumb"><li><a href="/">Hỏi đáp</a></li><li>{"Chương trình OCOP" if ocop else "Bảo hiểm"}</li></ol>'
            f'<div class="qa-detail"><h1 class="qa-title">{esc(art["title"])}</h1>'
            f'<div class="qa-meta"><span>{asker}</span> | <span>Ngày gửi: 10/11/2026</span> | <span>Lượt xem: 1.024</span></div>'
            f'<div class="qa-question"><div class="qa-label">Nội dung câu hỏi:</div>{q_html}</div>'
            f'<div class="qa-answer"><div class="qa-label">Trả lời:</div><div class="qa-answerer">{answerer} · Ngày trả lời: 18/11/2026</div>'
            f'<div class="qa-answer-content">{answer}</div></div>'
            '<div class="qa-useful">Câu trả lời có hữu ích với bạn? <button>Có (37)</button> <button>Không (2)</button></div>'
            f'<p class="qa-note"><i>{page.c("Nội dung trả lời chỉ có giá trị tham khảo, không thay thế văn bản hướng dẫn của cơ quan có thẩm quyền.")}</i></p></div>'
            f'<div class="qa-related"><h3>Câu hỏi cùng lĩnh vực</h3><ul>{related}</ul></div>'
        )  # fmt: skip
        head = (f"<title>{esc(art['title'])} - {site}</title>"
                + _keywords(page, "hỏi đáp, OCOP, chủ thể, hồ sơ", "hỏi đáp, bảo hiểm xã hội tự nguyện")
                + _ld(page, url, site, "Article"))  # fmt: skip
    return (
        f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">{head}</head><body>'
        f'<div class="topbar">{page.c("Đường dây nóng hỗ trợ chủ thể OCOP: 0227 3 645 888")}</div>'
        f'<header><a href="/" class="brand">{site}</a><nav class="nav">{nav}</nav></header>'
        f'<div class="container"><div class="row"><div class="col-md-8">{main}</div><div class="col-md-4">{form}'
        '<div class="box-stat"><p>Tổng số câu hỏi: 4.812</p><p>Đã trả lời: 4.650</p></div></div></div></div>'
        '<footer><p>Cơ quan quản lý: Sở Nông nghiệp và Môi trường tỉnh Thái Bình</p></footer></body></html>'
    )  # fmt: skip


def qa_url(kind: str) -> str:
    return "https://hoidap.nongnghiep.example.gov.vn/" + {
        "long": "cau-hoi/ho-kinh-doanh-lam-mam-tep-co-duoc-dang-ky-ocop-q3187.html",
        "brief": "cau-hoi/san-pham-ocop-het-han-chung-nhan-q3192.html",
        "non_ocop": "cau-hoi/dong-bhxh-tu-nguyen-lao-dong-tu-do-q3195.html",
        "listing": "cau-hoi-moi.html"}[kind]  # fmt: skip


# ------------------------------------------------------------------ 3. article + threaded comments
def _comment(page: Page, author: str, text: str, likes: int, replies: str = "") -> str:
    sub = f'<ul class="sub-comment">{replies}</ul>' if replies else ""
    return (f'<li class="item-comment"><div class="cm-author"><img src="/avatar/default.png" alt="avatar"><b>{page.c(author)}</b></div>'
            f'<p class="cm-content">{page.c(text)}</p><div class="cm-tools"><a href="#" class="reply">Trả lời</a> · '
            f'<a href="#" class="like">Thích ({likes})</a> · <span class="time">{likes % 9 + 1} giờ trước</span></div>{sub}</li>')  # fmt: skip


def _comments_html(page: Page, comments: list[tuple[str, str]]) -> str:
    """The threaded comment section: first comment with two replies, then the others."""
    reply = _comment(
        page,
        "Ban Biên tập",
        "Cảm ơn bạn đã chia sẻ, tòa soạn sẽ chuyển ý kiến tới cơ quan chức năng.",
        3,
    )
    first = _comment(page, *comments[0], 24, replies=reply + _comment(page, *comments[-1], 5))
    rest = "".join(_comment(page, a, t, 7 + 4 * i) for i, (a, t) in enumerate(comments[1:-1]))
    return (
        f'<div class="comment-wrapper" id="comments"><div class="cm-header"><h3>Bình luận ({len(comments) + 1})</h3><select><option>Mới nhất</option><option>Được thích nhất</option></select></div>'
        '<div class="cm-form"><textarea placeholder="Chia sẻ ý kiến của bạn"></textarea><button>Gửi bình luận</button></div>'
        f'<ul class="comment-list">{first}{rest}</ul><a class="cm-more" href="#">Xem thêm bình luận</a></div>'
    )  # fmt: skip


def binh_luan(page: Page, url: str) -> str:
    """Comments are server-rendered right after the body, in the same article wrapper."""
    site = "Nông Thôn Ngày Nay điện tử"
    menu = ["Thời sự", "Kinh tế nông thôn", "OCOP - Đặc sản", "Bạn đọc", "Pháp luật", "Sức khỏe", "Video"]  # fmt: skip
    nav = "".join(
        f'<li class="menu-item"><a href="/m{i}.html">{m}</a></li>' for i, m in enumerate(menu)
    )
    if page.kind == "listing":
        title = "Kinh tế nông thôn"
        items = "".join(
            f'<li class="news-item"><a class="thumb" href="/n/{i}.html"><img src="/thumb/{i}.jpg" alt="{i}"></a>'
            f'<h3 class="title-news"><a href="/n/{i}.html">{esc(t)}</a></h3><p class="sapo">{esc(s)}</p>'
            f'<a class="count-cmt" href="/n/{i}.html#comments">{3 * i + 2} bình luận</a></li>'
            for i, (t, s) in enumerate(page.teasers(12))
        )  # fmt: skip
        main = f'<h1 class="cate-name">{title}</h1><ul class="list-news">{items}</ul><div class="view-more"><a href="?page=2">Xem thêm</a></div>'
        head = f"<title>{title} | {site}</title>"
    else:
        art = page.art
        comments = art.get("comments") or COMMENTS
        body = page.body(
            lambda t: f"<p>{t}</p>",
            lambda t: f"<h2>{t}</h2>",
            lambda t, i: (f'<figure class="article-photo"><img src="/2026/11/21/pic-{i}.jpg" alt="pic-{i}" '
                          f'width="660"><figcaption><p>{t}</p></figcaption></figure>'),
            lambda h: f'<div class="relate-inline"><a href="/r.html">{h}</a></div>',
        )  # fmt: skip
        if page.kind == "long":
            # a featured reader comment quoted between paragraphs (chrome)
            hot = (f'<div class="box-comment-hot"><span class="lbl">Ý kiến bạn đọc</span><p>{page.c(comments[2][1])}</p>'
                   '<a href="#comments">Xem tất cả ý kiến</a></div>')  # fmt: skip
            parts = body.split("</p>")
            body = "</p>".join(parts[:4]) + "</p>" + hot + "</p>".join(parts[4:])
        lead = f'<p class="article-summary"><b>{esc(art["lead"])}</b></p>' if art["lead"] else ""
        tags = (
            ("OCOP", "siêu thị", "hợp tác xã")
            if page.kind != "non_ocop"
            else ("giao thông", "xe tải", "ùn tắc")
        )
        tag_html = "".join(f'<li><a href="/tag/{i}.html">{t}</a></li>' for i, t in enumerate(tags))
        related = "".join(
            f'<li><a href="/rl/{i}.html">{page.c(h)}</a></li>'
            for i, h in enumerate(page.related(4))
        )
        main = (
            f'<article class="detail-article"><div class="detail-top"><a href="/m1.html">Kinh tế nông thôn</a>'
            f'<div class="date-time">21/11/2026 07:45 GMT+7</div></div><h1 class="article-title">{esc(art["title"])}</h1>'
            f'<div class="author-info"><span class="name">{esc(art["byline"])}</span></div>{lead}'
            f'<div class="detail-cmain" id="main-detail-body">{body}</div>'
            f'<div class="detail-tags"><span>Từ khóa:</span><ul>{tag_html}</ul></div>'
            '<div class="detail-share"><a href="#">Chia sẻ Facebook</a> <a href="#">Gửi Zalo</a> <a href="#">Lưu bài</a></div>'
            f'{_comments_html(page, comments)}</article>'
            f'<div class="box-related"><h3>Tin cùng chuyên mục</h3><ul>{related}</ul></div>'
        )  # fmt: skip
        head = (f"<title>{esc(art['title'])} | {site}</title>"
                + _keywords(page, "OCOP, siêu thị, hợp tác xã", "xe tải, giờ cao điểm, giao thông")
                + f'<meta property="og:type" content="article"><meta name="description" content="{esc(art["lead"] or art["title"])}">'
                + _ld(page, url, site))  # fmt: skip
    return (
        f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">{head}</head><body class="page-detail">'
        f'<header class="header"><a class="logo" href="/"><img src="/logo.svg" alt="{site}"></a><ul class="menu-nav">{nav}</ul></header>'
        f'<div class="container"><div class="main-left">{main}</div><div class="main-right">'
        '<div class="ads"><a href="/qc/ocop"><img src="/qc/ocop-tuan-le-300x250.jpg" alt="ocop-tuan-le-300x250"></a></div></div></div>'
        f'<footer class="footer"><p>{page.c("Cơ quan của Hội Nông dân tỉnh. Chuyên trang OCOP - Đặc sản phát hành thứ Sáu hằng tuần.")}</p></footer></body></html>'
    )  # fmt: skip


def bl_url(kind: str) -> str:
    return "https://nongthonngaynay.example.vn/" + {
        "long": "kinh-te/dua-san-pham-ocop-vao-sieu-thi-cua-da-mo-20261121074500123.html",
        "brief": "kinh-te/them-12-san-pham-ocop-ban-tai-san-bay-20261121091000456.html",
        "non_ocop": "thoi-su/cam-xe-tai-vao-noi-do-gio-cao-diem-20261121101500789.html",
        "listing": "kinh-te-nong-thon.html"}[kind]  # fmt: skip


# ------------------------------------------------------------------ 4. infographic page
def infographic(page: Page, url: str) -> str:
    """Little text; the number cards belong to the graphic (captions), not to the body."""
    site = "Nông nghiệp Số - Infographic"
    menu = ["Tin tức", "Infographic", "Longform", "Video", "Số liệu OCOP", "Thị trường"]
    nav = "".join(f'<a href="/c/{i}">{m}</a>' for i, m in enumerate(menu))
    more = "".join(f'<div class="ig-item"><img src="/ig/t{i}.png" alt="t{i}.png"><a href="/ig/{i}">{page.c(h)}</a></div>'
                   for i, h in enumerate(page.related(4)))  # fmt: skip
    if page.kind == "listing":
        title = "Infographic"
        cards = "".join(
            f'<div class="ig-card"><a href="/ig/{i}"><img src="/ig/cover-{i}.png" alt="cover-{i}.png"></a>'
            f'<div class="ig-card-body"><span class="ig-tag">INFOGRAPHIC</span><h3><a href="/ig/{i}">{esc(t)}</a></h3><p>{esc(s)}</p></div></div>'
            for i, (t, s) in enumerate(page.teasers(10))
        )  # fmt: skip
        main = f'<h1 class="ig-cat">{title}</h1><div class="ig-grid">{cards}</div><button class="load-more">Tải thêm</button>'
        head = f"<title>{title} | {site}</title>"
    else:
        art = page.art
        caps = list(art["captions"])
        first_cap = caps.pop(0)
        page.art = dict(art, captions=caps)
        body = page.body(
            lambda t: f'<p class="ig-text">{t}</p>',
            lambda t: f'<h3 class="ig-h">{t}</h3>',
            lambda t, i: (f'<figure class="ig-figure"><img src="/ig/2026/11/ocop-{i}.png" width="1200" height="2800" alt="{t}">'
                          f'<figcaption>{t}</figcaption></figure>'),
            lambda h: h,
        )  # fmt: skip
        page.art = art
        page.caption_samples.insert(0, first_cap)
        stats = "".join(
            f'<div class="stat-card"><p class="stat">{esc(n + " " + lbl)}</p></div>'
            for n, lbl in art["stats"]
        )
        page.caption_samples.extend(n + " " + lbl for n, lbl in art["stats"])
        credit = page.c(f"Thực hiện: Nội dung - {art['byline']}; Đồ họa - Minh Quân")
        lead = f'<p class="ig-sapo"><strong>{esc(art["lead"])}</strong></p>' if art["lead"] else ""
        src = (
            f'<p class="ig-source"><em>{esc(art["attribution"])}</em></p>'
            if art["attribution"]
            else ""
        )
        main = (
            f'<article class="ig-detail"><div class="ig-head"><span class="ig-tag">INFOGRAPHIC</span><h1 class="ig-title">{esc(art["title"])}</h1>'
            f'<div class="ig-meta"><time datetime="{DATE}">21/11/2026</time> · <span class="credit">{credit}</span></div></div>{lead}'
            f'<figure class="ig-figure ig-main"><img src="/ig/2026/11/main.png" width="1200" height="3600" alt="{esc(art["title"])}">'
            f'<figcaption>{esc(first_cap)}</figcaption></figure><div class="ig-stats">{stats}</div>'
            f'<div class="ig-body">{body}</div>{src}'
            '<div class="ig-tools"><a href="/ig/download/main.pdf">Tải infographic (PDF, 2,4 MB)</a> · <a href="/ig/2026/11/main.png">Xem ảnh kích thước lớn</a></div>'
            f'</article><section class="ig-more"><h2>Infographic khác</h2>{more}</section>'
        )  # fmt: skip
        head = (f"<title>{esc(art['title'])} | {site}</title>"
                + _keywords(page, "infographic, OCOP, số liệu", "infographic, lịch nghỉ Tết, công chức")
                + '<meta property="og:type" content="article"><meta property="og:image" content="/ig/2026/11/main.png">'
                + _ld(page, url, site))  # fmt: skip
    return (
        f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">{head}</head><body class="ig">'
        f'<header><a href="/" class="logo">{site}</a><nav>{nav}</nav><a class="sub" href="/dang-ky">Nhận bản tin số liệu</a></header>'
        f'<main class="container">{main}</main>'
        f'<footer><p>{page.c("Cơ sở dữ liệu sản phẩm OCOP được cập nhật hằng quý. Liên hệ tòa soạn: toasoan@nns.example.vn")}</p></footer></body></html>'
    )  # fmt: skip


def ig_url(kind: str) -> str:
    return "https://nongnghiepso.example.vn/" + {
        "long": "infographic/chuong-trinh-ocop-sau-tam-nam-qua-nhung-con-so-ig2211.html",
        "brief": "infographic/dak-lak-41-san-pham-ocop-moi-2026-ig2215.html",
        "non_ocop": "infographic/lich-nghi-tet-nguyen-dan-2027-ig2219.html",
        "listing": "infographic"}[kind]  # fmt: skip


# ------------------------------------------------------------------ 5. paywall (premium preview)
def _paywall_box(page: Page, premium: bool) -> str:
    if not premium:
        return (f'<div class="upsell-box"><p class="upsell-title">{page.c("Bạn thấy bài viết hữu ích? Trở thành hội viên để đọc các bài phân tích chuyên sâu về OCOP.")}</p>'
                '<a class="btn" href="/hoi-vien">Tìm hiểu gói hội viên</a></div>')  # fmt: skip
    plans = [("Gói Tháng", "49.000đ/tháng", "Đọc không giới hạn các bài chuyên sâu về OCOP và thị trường nông sản"),
             ("Gói Năm", "399.000đ/năm", "Tiết kiệm 32%, tặng thêm 5 lượt tặng bài viết cho người thân")]  # fmt: skip
    cards = "".join(f'<div class="plan"><h4>{n}</h4><p class="price">{pr}</p><p class="plan-desc">{page.c(d)}</p>'
                    f'<a class="btn" href="/dang-ky?goi={i}">Đăng ký</a></div>' for i, (n, pr, d) in enumerate(plans))  # fmt: skip
    return (f'<div class="paywall" id="paywall"><div class="paywall-fade"></div><p class="paywall-title">{page.c("Đăng ký hội viên để đọc tiếp bài viết")}</p>'
            f'<div class="plans">{cards}</div><p class="paywall-login">Đã là hội viên? <a href="/dang-nhap">Đăng nhập</a></p></div>')  # fmt: skip


def paywall(page: Page, url: str) -> str:
    """The full text is in the HTML; after the preview it sits in a CSS-locked block (body)."""
    site = "Kinh tế Nông thôn+"
    menu = ["Mới nhất", "Premium", "Thị trường", "OCOP & Đặc sản", "Doanh nghiệp", "Bất động sản", "Podcast"]  # fmt: skip
    nav = "".join(f'<a class="nav__item" href="/s/{i}">{m}</a>' for i, m in enumerate(menu))
    more = "".join(
        f'<li><a href="/p/{i}">{page.c(h)}</a></li>' for i, h in enumerate(page.related(4))
    )
    if page.kind == "listing":
        title = "Premium"
        items = "".join(
            f'<article class="story"><span class="story__badge">{"PREMIUM" if i % 3 else "MIỄN PHÍ"}</span><h2 class="story__title">'
            f'<a href="/p/{i}">{esc(t)}</a></h2><p class="story__summary">{esc(s)}</p><span class="story__time">{i + 1} giờ trước</span></article>'
            for i, (t, s) in enumerate(page.teasers(10))
        )  # fmt: skip
        main = f'<h1 class="section-title">{title}</h1><div class="stories">{items}</div><a class="more" href="?page=2">Xem thêm bài</a>'
        head = f"<title>{title} | {site}</title>"
    else:
        art = page.art
        premium = page.kind != "brief"
        paras, caps = art["paras"], art["captions"]
        k = min(3, len(paras) - 1) if premium else len(paras)
        while k < len(paras) - 1 and paras[k - 1].startswith("## "):
            k += 1  # the preview never ends on a sub-heading
        fmt = (
            lambda t: f'<p class="text">{t}</p>',
            lambda t: f'<h2 class="text-heading">{t}</h2>',
            lambda t, i: (f'<figure class="image"><img src="/premium/2026/11/{i}.jpg" alt="" data-width="1200">'
                          f'<figcaption class="image__caption">{t}</figcaption></figure>'),
            lambda h: f'<div class="inline-related"><span>Đọc thêm</span><a href="/p/rel">{h}</a></div>',
        )  # fmt: skip
        page.art = dict(art, paras=paras[:k], captions=caps[:1], mid=[])
        free = page.body(*fmt)
        page.art = dict(art, paras=paras[k:], captions=caps[1:])
        locked = page.body(*fmt) if paras[k:] else ""
        page.art = art
        badge = (
            f'<div class="premium-badge">{page.c("Bài viết dành cho hội viên Premium")}</div>'
            if premium
            else ""
        )
        lead = f'<p class="article__summary">{esc(art["lead"])}</p>' if art["lead"] else ""
        lock_html = f'<div class="content-locked is-locked">{locked}</div>' if locked else ""
        main = (
            f'<article class="article{" article--premium" if premium else ""}">{badge}<h1 class="article__title">{esc(art["title"])}</h1>'
            f'<div class="article__meta"><span class="author">{esc(art["byline"])}</span> · <time datetime="{DATE}">21/11/2026 07:45</time>'
            f' · <span>Đọc trong {max(1, len(paras) // 2)} phút</span><button class="listen">▶ Nghe bài viết</button>'
            f'<button class="gift">{page.c("Tặng bài viết (còn 3 lượt)")}</button></div>{lead}'
            f'<div class="article__content"><div class="content-free">{free}</div>{_paywall_box(page, premium)}{lock_html}</div>'
            f'<p class="copyright">{page.c("Bài viết thuộc bản quyền của Kinh tế Nông thôn+. Không sao chép dưới mọi hình thức.")}</p></article>'
            f'<section class="more-premium"><h3>Bài Premium khác</h3><ul>{more}</ul></section>'
        )  # fmt: skip
        access = {"isAccessibleForFree": not premium}
        if premium:
            access["hasPart"] = {
                "@type": "WebPageElement",
                "isAccessibleForFree": False,
                "cssSelector": ".content-locked",
            }
        head = (f"<title>{esc(art['title'])} | {site}</title>"
                + _keywords(page, "sâm Ngọc Linh, OCOP, premium", "căn hộ cho thuê, Đà Nẵng, premium")
                + f'<meta property="og:type" content="article"><meta name="description" content="{esc(art["lead"] or art["title"])}">'
                + _ld(page, url, site, "NewsArticle", access))  # fmt: skip
    return (
        f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">{head}<link rel="stylesheet" href="/static/app.4f1c2.css"></head><body>'
        f'<header class="site-header"><a class="logo" href="/">{site}</a><nav class="nav">{nav}</nav>'
        '<a class="btn-login" href="/dang-nhap">Đăng nhập</a><a class="btn-sub" href="/hoi-vien">Đăng ký Premium</a></header>'
        f'<main class="layout">{main}</main>'
        f'<footer class="site-footer"><p>{page.c("Kinh tế Nông thôn+ - Ấn phẩm điện tử chuyên sâu về kinh tế nông nghiệp, thị trường nông sản và OCOP")}</p>'
        '<p>Giấy phép số 41/GP-BTTTT · Hỗ trợ hội viên: 024 3999 8888</p></footer></body></html>'
    )  # fmt: skip


def pw_url(kind: str) -> str:
    return "https://ktntplus.example.vn/" + {
        "long": "premium/sam-ngoc-linh-sau-chung-nhan-5-sao-bai-toan-thuong-hieu-p20261121.html",
        "brief": "ocop-dac-san/quang-nam-mo-diem-ban-ocop-hoi-an-p20261122.html",
        "non_ocop": "premium/can-ho-cho-thue-da-nang-ha-nhiet-p20261123.html",
        "listing": "premium"}[kind]  # fmt: skip


# ------------------------------------------------------------------ 6. shop blog (Haravan-like)
def _product_card(page: Page, i: int, cls: str = "product-sidebar") -> str:
    name, price, old = PRODUCTS[i % len(PRODUCTS)]
    old_html = f"<del>{old}</del>" if old else ""
    return (f'<div class="{cls}"><a href="/products/sp-{i}"><img src="//product.hstatic.example/sp-{i}_small.jpg" alt="{esc(name)}"></a>'
            f'<h3 class="pro-name"><a href="/products/sp-{i}">{page.c(name)}</a></h3><p class="pro-price">{price} {old_html}</p>'
            '<button class="add-to-cart">Thêm vào giỏ</button></div>')  # fmt: skip


def shop_blog(page: Page, url: str) -> str:
    """A specialty shop's blog: product embeds mid-body, prices and cart around the post."""
    site = "Đặc Sản Vùng Cao"
    menu = ["Trang chủ", "Sản phẩm OCOP", "Mật ong", "Trà & thảo dược", "Quà Tết", "Tin tức", "Liên hệ"]  # fmt: skip
    nav = "".join(f'<li><a href="/collections/c{i}">{m}</a></li>' for i, m in enumerate(menu))
    side = (f'<div class="group-sidebox"><h2 class="title-sidebar">Danh mục tin tức</h2><ul><li>Tin tức</li><li>Kiến thức sản phẩm</li><li>Câu chuyện OCOP</li></ul></div>'
            f'<div class="group-sidebox"><h2 class="title-sidebar">Sản phẩm bán chạy</h2>{"".join(_product_card(page, i) for i in range(1, 4))}</div>')  # fmt: skip
    if page.kind == "listing":
        title = "Tin tức"
        posts = "".join(
            f'<div class="article-loop"><div class="article-inner"><a class="article-image" href="/blogs/news/b{i}"><img src="//file.hstatic.example/b{i}.jpg" alt="b{i}"></a>'
            f'<div class="article-detail"><h3 class="article-title"><a href="/blogs/news/b{i}">{esc(t)}</a></h3>'
            f'<p class="article-post">{esc(s)}</p><span class="article-date">{20 - i}.11.2026</span><a class="read-more" href="/blogs/news/b{i}">Xem thêm</a></div></div></div>'
            for i, (t, s) in enumerate(page.teasers(10))
        )  # fmt: skip
        main = f'<div class="heading-page"><h1>{title}</h1></div><div class="blog-posts">{posts}</div><div class="pagination"><span class="current">1</span><a href="?page=2">2</a></div>'
        head = f"<title>{title} – {site}</title>"
    else:
        art = page.art
        embed_at = {"long": 2, "brief": 0, "non_ocop": 1}[page.kind]
        counter = iter(range(100))

        def p_fmt(t: str) -> str:
            html_ = f'<p style="text-align: justify;"><span style="font-size:16px;">{t}</span></p>'
            if next(counter) == embed_at:
                # Haravan "product embed" inserted by the editor between paragraphs
                html_ += (f'<div class="product-embed"><span class="embed-label">Sản phẩm trong bài viết</span>'
                          f'{_product_card(page, 0, "embed-card")}</div>')  # fmt: skip
            return html_

        body = page.body(
            p_fmt,
            lambda t: f'<h2><span style="font-size:20px;"><strong>{t}</strong></span></h2>',
            lambda t, i: (f'<p style="text-align: center;"><img src="//file.hstatic.example/100/0/{i}.jpg" alt="{i}.jpg"></p>'
                          f'<p style="text-align: center;"><em>{t}</em></p>'),
            lambda h: h,
        )  # fmt: skip
        lead = f"<p><strong><em>{esc(art['lead'])}</em></strong></p>" if art["lead"] else ""
        prev_t, next_t = page.related(2)
        tags = "mật ong, OCOP, quà tặng" if page.kind != "non_ocop" else "mật ong, mẹo hay"
        main = (
            f'<div class="box-article-heading"><h1>{esc(art["title"])}</h1><p class="header-article-info">'
            f'<span class="user">Người viết: {esc(art["byline"])}</span> <span class="date">lúc 21.11.2026</span></p></div>'
            f'<div class="box-article-detail typeList-style">{lead}{body}</div>'
            f'<div class="post-navigation"><a href="/blogs/news/prev">← Bài trước: {page.c(prev_t)}</a> <a href="/blogs/news/next">Bài sau: {page.c(next_t)} →</a></div>'
            f'<div class="blog-tags">Tags: {tags}</div><div class="social-sharing"><a href="#">Facebook</a> <a href="#">Pinterest</a></div>'
            '<form id="article_comments" method="post"><h3>Viết bình luận của bạn</h3><input placeholder="Tên của bạn"><input placeholder="Email của bạn">'
            f'<textarea placeholder="Viết bình luận..."></textarea><button>Gửi bình luận</button><p class="note">{page.c("Bình luận của bạn sẽ được duyệt trước khi đăng lên.")}</p></form>'
        )  # fmt: skip
        head = (f"<title>{esc(art['title'])} – {site}</title>"
                + _keywords(page, "mật ong bạc hà, OCOP, đặc sản", "bảo quản mật ong, mẹo hay")
                + f'<meta property="og:type" content="article"><meta name="description" content="{esc(art["lead"] or art["title"])}">'
                + _ld(page, url, site, "BlogPosting"))  # fmt: skip
    return (
        f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">{head}<script>var Haravan = Haravan || {{}}; Haravan.shop = "dacsanvungcao.myharavan.com";</script></head><body id="blog">'
        f'<div class="topbar">{page.c("Miễn phí vận chuyển cho đơn từ 500.000₫ · Hotline 1900 6868")}</div>'
        f'<header class="main-header"><a class="logo" href="/">{site}</a><form action="/search"><input name="q" placeholder="Tìm sản phẩm..."></form>'
        f'<a class="cart" href="/cart">Giỏ hàng (0)</a><ul class="menuList-main">{nav}</ul></header>'
        '<div class="breadcrumb-shop"><ol class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/blogs/news">Tin tức</a></li></ol></div>'
        f'<div class="wrapper-contentBlog"><div class="row"><div class="col-lg-9 boxBlog-left">{main}</div><div class="col-lg-3 sidebarBlogs">{side}</div></div></div>'
        '<footer class="main-footer"><ul><li>Chính sách đổi trả</li><li>Chính sách bảo mật</li><li>Phương thức thanh toán</li></ul>'
        f'<p>{page.c("Đặc Sản Vùng Cao - Cửa hàng sản phẩm OCOP chính hãng từ các hợp tác xã miền núi")}</p><p>© Bản quyền thuộc về {site} | Cung cấp bởi Haravan</p></footer>'
        '<a class="zalo-chat" href="https://zalo.me/0900000000">Chat với chúng tôi</a></body></html>'
    )  # fmt: skip


def shop_url(kind: str) -> str:
    return "https://dacsanvungcao.example.vn/" + {
        "long": "blogs/news/hanh-trinh-mat-ong-bac-ha-ocop-4-sao",
        "brief": "blogs/news/nhap-them-5-san-pham-ocop-mien-tay",
        "non_ocop": "blogs/news/cach-bao-quan-mat-ong-khong-bi-len-men",
        "listing": "blogs/news"}[kind]  # fmt: skip


# ------------------------------------------------------------------ 7. text pasted from Word
_MSO_HEAD = ('<!--[if gte mso 9]><xml><w:WordDocument><w:View>Normal</w:View><w:Zoom>0</w:Zoom><w:TrackMoves/>'
             '<w:DoNotOptimizeForBrowser/></w:WordDocument></xml><![endif]--><!--[if gte mso 10]><style>'
             '/* Style Definitions */ table.MsoNormalTable {mso-style-name:"Table Normal"; font-family:"Calibri",sans-serif;}'
             '</style><![endif]-->')  # fmt: skip
_SPAN = '<span lang="VI" style="font-size:14.0pt;line-height:150%;font-family:&quot;Times New Roman&quot;,serif">'


def _word_para(t: str, notes: list[int]) -> str:
    refs = "".join(
        f'<a href="#_ftn{n}" name="_ftnref{n}" title=""><span class="MsoFootnoteReference"><span style="mso-special-character:footnote">'
        f'<![if !supportFootnotes]><span class="MsoFootnoteReference">[{n}]</span><![endif]></span></span></a>'
        for n in notes
    )  # fmt: skip
    if t.startswith("- "):
        return (f'<p class="MsoListParagraphCxSpMiddle" style="margin-left:54.0pt;text-indent:-18.0pt;mso-list:l0 level1 lfo1">'
                f'<![if !supportLists]>{_SPAN}-<span style="font:7.0pt &quot;Times New Roman&quot;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span>'
                f'<![endif]>{_SPAN}{t[2:]}</span>{refs}<o:p></o:p></p>')  # fmt: skip
    return (f'<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:36.0pt;line-height:150%">'
            f'{_SPAN}{t}</span>{refs}<span style="mso-spacerun:yes"> </span><o:p></o:p></p>')  # fmt: skip


def word_paste(page: Page, url: str) -> str:
    """A district site whose articles are pasted from Word (MsoNormal, <o:p>, footnotes)."""
    site = "Trang thông tin điện tử huyện Yên Thành"
    menu = ["Trang chủ", "Giới thiệu", "Tin tức - Sự kiện", "Nông thôn mới - OCOP", "Văn bản", "Thủ tục hành chính", "Liên hệ"]  # fmt: skip
    nav = "".join(f'<li><a href="/menu/{i}">{m}</a></li>' for i, m in enumerate(menu))
    if page.kind == "listing":
        title = "TIN TỨC - SỰ KIỆN"
        rows = "".join(
            f'<div class="news-item clearfix"><a href="/tin-tuc/{900 + i}"><img class="pull-left" src="/Uploads/thumb/{i}.jpg" alt="image00{i}"></a>'
            f'<a class="news-item-title" href="/tin-tuc/{900 + i}">{esc(t)}</a><span class="news-date">({20 - i}/11/2026)</span>'
            f'<div class="news-item-summary">{esc(s)}</div></div>'
            for i, (t, s) in enumerate(page.teasers(10))
        )  # fmt: skip
        main = (f'<div class="page-title"><span>{title}</span></div><div class="news-list">{rows}</div>'
                '<ul class="pagination"><li class="active"><a>1</a></li><li><a href="?page=2">2</a></li><li><a href="?page=3">3</a></li><li><a href="?page=85">»</a></li></ul>')  # fmt: skip
        head = f"<title>Tin tức - Sự kiện - {site}</title>"
    else:
        art = page.art
        note_of: dict[int, list[int]] = {}
        for n, at in enumerate(art["note_at"], start=1):
            note_of.setdefault(at, []).append(n)
        counter = iter(range(100))

        def p_fmt(t: str) -> str:
            return _word_para(t, note_of.get(next(counter), []))

        def h_fmt(t: str) -> str:
            next(counter)
            return (f'<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:36.0pt;line-height:150%">'
                    f'<b>{_SPAN}{t}<o:p></o:p></span></b></p>')  # fmt: skip

        body = page.body(
            p_fmt,
            h_fmt,
            lambda t, i: (f'<p class="MsoNormal" align="center" style="text-align:center"><span style="mso-no-proof:yes">'
                          f'<img width="602" height="338" src="/Uploads/images/2026/11/image{i:03d}.jpg" v:shapes="Picture_x0020_{i}"></span></p>'
                          f'<p class="MsoNormal" align="center" style="text-align:center"><i><span lang="VI" style="font-size:12.0pt">{t}</span></i><o:p></o:p></p>'),
            lambda h: h,
        )  # fmt: skip
        empty = '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
        sign = "".join(f'<p class="MsoNormal" align="right" style="text-align:right"><b>{_SPAN}{esc(x)}</span></b><o:p></o:p></p>'
                       for x in (art["byline"], art["attribution"]) if x)  # fmt: skip
        notes = "".join(
            f'<div style="mso-element:footnote" id="ftn{n}"><p class="MsoFootnoteText"><a href="#_ftnref{n}" name="_ftn{n}" title="">'
            f'<span class="MsoFootnoteReference">[{n}]</span></a> <span lang="VI">{esc(t)}</span></p></div>'
            for n, t in enumerate(art["notes"], start=1)
        )  # fmt: skip
        page.caption_samples.extend(art["notes"])
        lead = f'<div class="news-summary"><b>{esc(art["lead"])}</b></div>' if art["lead"] else ""
        others = "".join(
            f'<li><a href="/tin-tuc/o{i}">{page.c(h)}</a> <i>({19 - i}/11/2026)</i></li>'
            for i, h in enumerate(page.related(6))
        )
        main = (
            '<div class="page-title"><span>TIN TỨC - SỰ KIỆN</span></div><div class="news-detail">'
            f'<p class="news-title">{esc(art["title"])}</p><div class="news-info">Ngày đăng: 21/11/2026 | Lượt xem: 312 | '
            '<a href="javascript:window.print()">In bài viết</a> | <a href="/gui-email">Gửi email</a></div>'
            f'{lead}<div class="news-content">{_MSO_HEAD}<div class="WordSection1">{body}{empty}{sign}</div>'
            f'<div style="mso-element:footnote-list"><![if !supportFootnotes]><br clear="all"><hr align="left" size="1" width="33%"><![endif]>{notes}</div></div>'
            f'<div class="other-news"><p class="other-title">Các tin khác</p><ul>{others}</ul></div></div>'
        )  # fmt: skip
        head = (f"<title>{esc(art['title'])} - {site}</title>"
                + _keywords(page, "OCOP, Yên Thành, nông thôn mới", "thủy lợi, Yên Thành, Đông Xuân"))  # fmt: skip
    side = ('<div class="box-side"><p class="box-title">Liên kết</p><ul><li>Cổng TTĐT tỉnh Nghệ An</li>'
            f'<li>{page.c("Sàn giao dịch sản phẩm OCOP Nghệ An")}</li><li>Dịch vụ công trực tuyến</li></ul></div>'
            '<div class="box-side"><img src="/Uploads/banner/banner-dvc-300x120.png" alt="banner-dvc-300x120"></div>')  # fmt: skip
    return (
        '<!DOCTYPE html><html lang="vi" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
        f'<head><meta charset="utf-8">{head}<link href="/Content/bootstrap.min.css" rel="stylesheet"></head><body>'
        f'<div class="header"><img src="/Content/images/banner-yenthanh.jpg" alt="banner-yenthanh"><div class="quoc-hieu">{site}</div></div>'
        f'<div class="navbar navbar-default"><ul class="nav navbar-nav">{nav}</ul></div>'
        f'<div class="container"><div class="row"><div class="col-md-9">{main}</div><div class="col-md-3">{side}</div></div></div>'
        f'<div class="footer"><p>{page.c("Cơ quan chủ quản: Ủy ban nhân dân huyện Yên Thành, tỉnh Nghệ An")}</p>'
        '<p>Điện thoại: 0238 3 863 000 - Email: ubnd@yenthanh.example.gov.vn</p><p>Lượt truy cập: 1.204.557</p></div></body></html>'
    )  # fmt: skip


def word_url(kind: str) -> str:
    return "https://yenthanh.example.gov.vn/" + {
        "long": "tin-tuc/danh-gia-ket-qua-chuong-trinh-ocop-10-thang-2026-1187",
        "brief": "tin-tuc/tap-huan-danh-gia-phan-hang-san-pham-ocop-2026-1191",
        "non_ocop": "tin-tuc/ra-quan-lam-thuy-loi-noi-dong-1193",
        "listing": "tin-tuc-su-kien"}[kind]  # fmt: skip


TEMPLATES = {
    "live_blog": (live_blog, live_url),
    "hoi_dap": (hoi_dap, qa_url),
    "binh_luan": (binh_luan, bl_url),
    "infographic": (infographic, ig_url),
    "paywall": (paywall, pw_url),
    "shop_blog": (shop_blog, shop_url),
    "word_paste": (word_paste, word_url),
}
