"""Seven page templates of the fifth blind set, each modelled on one kind of Vietnamese page.

Every render(page, url) returns the page HTML; strings passed through ``page.c`` are chrome
(recorded in the gold as must-not-appear). Kind "listing" is not an article. None of these
templates repeats a family of bench/templates_blind/ … templates_blind4/.
"""

from __future__ import annotations

import json

from _build import Page, esc
from _content import COMMENTS, QUESTIONS

DATE = "2026-11-21T07:45:00+07:00"


def _ld(page: Page, url: str, site: str, kind: str = "NewsArticle", extra: dict | None = None) -> str:
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
    menu = ["Thời sự", "Kinh tế", "Nông nghiệp", "Sản phẩm OCOP", "Thể thao", "Du lịch", "Trực tiếp"]
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
        stamps = [f"{7 + (45 * k) // 60:02d}:{(30 + 45 * k) % 60:02d} 21/11" for k in range(len(groups))][::-1]
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
            if gi < len(art["captions"]):
                cap = art["captions"][gi]
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
            f'<div class="meta"><span class="author">{esc(art["byline"])}</span> · <span>Bắt đầu: 07:30 21/11/2026</span></div>{lead}'
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
    menu = ["Trang chủ", "Đặt câu hỏi", "Nông nghiệp", "Đất đai", "Chương trình OCOP", "Bảo hiểm", "Câu hỏi thường gặp"]
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
        related = "".join(f'<li><a href="/hd/cau-hoi/{400 + i}">{page.c(t)}</a></li>' for i, (t, _) in enumerate(others[:5]))
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


TEMPLATES = {
    "live_blog": (live_blog, live_url),
    "hoi_dap": (hoi_dap, qa_url),
}
