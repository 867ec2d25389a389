"""Page templates of the fourteenth blind set, each modelled on one family of Vietnamese sites.

Every render(page, url) returns the page HTML; strings passed through ``page.c`` are chrome
(recorded in the gold as must-not-appear). Each template renders twelve pages; menus, footers,
standing lines and ad slots are the same on all of them, related and most-read boxes, tags,
captions and mid-body boxes change from page to page. None of these templates repeats one of
bench/templates_blind … templates_blind13.
"""

from __future__ import annotations

import json
import re

from _build import Page, esc
from _content import PAGES
from template_sets import insert_after as _insert
from template_sets import many_url_for
from template_sets import slug as _slug


def _date(page: Page) -> tuple[int, str]:
    """Day of November 2026 and ISO date of a page (each page its own day and hour)."""
    day = 21 - (page.index % 17)
    hour = 6 + page.index % 12
    return day, f"2026-11-{day:02d}T{hour:02d}:{(7 * page.index) % 60:02d}:00+07:00"


def _ld(page: Page, url: str, site: str, kind: str = "NewsArticle") -> str:
    art = page.art
    data = {"@context": "https://schema.org", "@type": kind, "headline": art["title"],
            "description": art["lead"] or art["paras"][0][:150], "datePublished": _date(page)[1],
            "url": url, "publisher": {"@type": "Organization", "name": site}}  # fmt: skip
    if art.get("byline"):
        data["author"] = {"@type": "Person", "name": art["byline"]}
    return (
        '<script type="application/ld+json">' + json.dumps(data, ensure_ascii=False) + "</script>"
    )


def _keywords(page: Page) -> str:
    """Per-page meta keywords: the article's own tags (OCOP words only on OCOP articles)."""
    return f'<meta name="keywords" content="{esc(", ".join(page.art.get("tags") or []))}">'


_url_for = many_url_for(PAGES, first_id=51870)


# ------------------------------------------------------------------ 1. merged provincial newspaper + radio-TV
PTTH = "Báo và Phát thanh, Truyền hình Tuyên Quang"


def _ptth_article(page: Page) -> str:
    art = page.art
    day, _ = _date(page)
    body = page.body(
        lambda t: f"<p>{t}</p>",
        lambda t: f"<h3>{t}</h3>",
        lambda t, i: (f'<figure class="image"><img src="/uploads/2026/11/{day:02d}/anh-{page.index}-{i}.jpg" '
                      f'alt="anh-{page.index}-{i}"><figcaption>{t}</figcaption></figure>'),
        lambda h: (f'<div class="box-related-inline"><div class="rl-title">Tin liên quan</div><ul><li>'
                   f'<a href="/tin-lien-quan-{len(h)}.html">{h}</a></li></ul></div>'),
    )  # fmt: skip
    # the in-read ad slot sits after the first paragraph on every article of the site
    ad = ('<div class="ads ads-inread"><a href="/adv/click/31" rel="nofollow sponsored">'
          f'<img src="/media/adv/qc-vnpt-tuyen-quang-640x120.jpg" alt="{page.c("qc-vnpt-tuyen-quang-640x120")}"></a></div>')  # fmt: skip
    body = _insert(body, 1, ad)
    if art.get("video"):
        # the TV report of the same story, embedded between paragraphs with its own title
        body = _insert(body, min(4, len(body.split("\n"))), (
            '<div class="video-embed"><div class="ve-label">VIDEO</div><iframe src="https://player.example.vn/ttv/'
            f'{page.index}" allowfullscreen></iframe><div class="ve-title">{page.c(art["video"])}</div></div>'))  # fmt: skip
    appeal = page.c(
        "Mời quý độc giả, khán thính giả theo dõi chương trình Thời sự TTV lúc 19 giờ 45 hằng ngày "
        "và nghe phát thanh trên tần số FM 97,5 MHz."
    )
    lead = f'<div class="article-sapo"><p>{esc(art["lead"])}</p></div>' if art["lead"] else ""
    tags = "".join(f'<a href="/tag/{_slug(t)}.html">#{esc(t)}</a>' for t in art.get("tags") or [])
    same = "".join(
        f'<li><a href="/tin/{_slug(h)}.html">{page.c(h)}</a></li>' for h in page.related(6)
    )
    return (
        '<div class="breadcrumb"><a href="/">Trang chủ</a> › <a href="/kinh-te">Kinh tế</a> › '
        f'<a href="/kinh-te/nong-nghiep-nong-thon">Nông nghiệp - Nông thôn</a></div><article class="article-detail">'
        f'<div class="article-meta-top"><a class="cate" href="/kinh-te">Kinh tế</a><span class="time">Cập nhật lúc '
        f'{6 + page.index % 12:02d}:15, {day:02d}/11/2026 (GMT+7)</span></div>'
        f'<h1 class="article-title">{esc(art["title"])}</h1>'
        '<div class="article-tools"><span class="font">A- A+</span><a class="fb" href="#">Chia sẻ</a>'
        '<a class="zalo" href="#">Zalo</a><a class="print" href="#">In bài</a></div>'
        f'{lead}<div class="article-content">{body}<p class="standing"><em>{appeal}</em></p></div>'
        f'<p class="article-author">{esc(art["byline"])}</p>'
        f'<div class="article-tags"><span>Từ khóa:</span>{tags}</div></article>'
        '<div class="hotline-box"><b>Đường dây nóng:</b> 0207.3822.xxx · Email: toasoan@baoptthtq.example.vn '
        f'· {page.c("Gửi tin bài, phản ánh về Ban Biên tập, chúng tôi phản hồi trong 24 giờ")}</div>'
        f'<div class="box-same-cate"><h2>Tin cùng chuyên mục</h2><ul>{same}</ul></div>'
        '<div class="comment-box"><h3>Ý kiến bạn đọc</h3><textarea placeholder="Nhập ý kiến của bạn"></textarea>'
        '<button>Gửi ý kiến</button></div>'
    )  # fmt: skip


def _ptth_listing(page: Page) -> str:
    items = page.teasers(11)
    first, rest = items[0], items[1:]
    cards = "".join(
        f'<li class="story"><a class="thumb" href="/tin/{_slug(t)}.html"><img src="/thumb/{_slug(t)[:20]}.jpg" alt=""></a>'
        f'<h3><a href="/tin/{_slug(t)}.html">{esc(t)}</a></h3><p class="sapo">{esc(s)}</p>'
        f'<span class="time">{20 - i}/11/2026</span></li>'
        for i, (t, s) in enumerate(rest)
    )  # fmt: skip
    page.n_teasers = 11
    return (
        '<div class="breadcrumb"><a href="/">Trang chủ</a> › <a href="/kinh-te">Kinh tế</a></div>'
        '<h1 class="cate-title">Nông nghiệp - Nông thôn</h1><div class="cate-sub"><a href="#">Nông thôn mới</a>'
        '<a href="#">OCOP</a><a href="#">Khuyến nông</a></div>'
        f'<div class="story-featured"><h2><a href="/tin/{_slug(first[0])}.html">{esc(first[0])}</a></h2>'
        f'<p class="sapo">{esc(first[1])}</p></div><ul class="story-list">{cards}</ul>'
        f'<div class="pagination"><span>1</span><a href="?page={page.number + 1}">{page.number + 1}</a>'
        '<a href="?page=3">3</a><a href="?page=2">Trang sau</a></div>'
    )  # fmt: skip


def ptth_hoi_tu(page: Page, url: str) -> str:
    menu = ["Thời sự", "Chính trị", "Kinh tế", "Nông nghiệp - Nông thôn", "OCOP", "Xã hội", "Văn hóa",
            "Du lịch", "Video", "Podcast", "Ảnh"]  # fmt: skip
    nav = "".join(f'<li><a href="/m/{_slug(m)}">{m}</a></li>' for m in menu)
    if page.kind == "listing":
        main = _ptth_listing(page)
        head = f"<title>Nông nghiệp - Nông thôn | {PTTH}</title>"
    else:
        art = page.art
        main = _ptth_article(page)
        head = (f"<title>{esc(art['title'])} | {PTTH}</title>"
                f'<meta name="description" content="{esc(art["lead"] or art["title"])}">{_keywords(page)}'
                f'<meta property="og:type" content="article"><meta property="og:title" content="{esc(art["title"])}">'
                + _ld(page, url, PTTH))  # fmt: skip
    most = "".join(
        f'<li><span class="num">{i + 1}</span><a href="/tin/{_slug(h)}.html">{page.c(h)}</a></li>'
        for i, h in enumerate(page.related(11)[6:])
    )
    pods = "".join(f'<li><a href="/podcast/{i}">{page.c(p)}</a></li>' for i, p in enumerate([
        "Podcast Chuyện làng: Những người giữ nghề OCOP trên núi cao - Tập 14",
        "Podcast Sức khỏe: Phòng bệnh hô hấp khi trời trở lạnh"]))  # fmt: skip
    footer = page.c(
        "Cơ quan của Đảng bộ, chính quyền và nhân dân tỉnh Tuyên Quang. Giấy phép hoạt động báo điện tử "
        "số 214/GP-BVHTTDL. Tổng Biên tập kiêm Giám đốc: Ma Thị Thu Hằng"
    )
    return (
        f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">{head}'
        '<link rel="stylesheet" href="/static/css/ptth.min.css?v=2026.11"></head><body>'
        '<div class="topbar"><span class="today">Thứ Bảy, ngày 21/11/2026</span><ul class="platforms">'
        '<li><a href="/">Báo điện tử</a></li><li><a href="/bao-in">Báo in</a></li><li><a href="/phat-thanh">Phát thanh</a></li>'
        '<li><a href="/truyen-hinh">Truyền hình</a></li><li><a href="/podcast">Podcast</a></li>'
        '<li class="live"><a href="/truc-tiep">● Trực tiếp TTV1</a></li></ul><a class="login" href="/dang-nhap">Đăng nhập</a></div>'
        f'<header class="masthead"><a class="logo" href="/"><img src="/static/img/logo-ptth-tq.svg" alt="logo-ptth-tq"></a>'
        '<div class="weather">Tuyên Quang 19°C · Hà Giang 15°C</div></header>'
        f'<nav class="main-menu"><ul>{nav}</ul></nav>'
        '<div class="onair"><b>Đang phát:</b> <a href="/truc-tiep">Thời sự trưa - TTV1</a></div>'
        f'<div class="container"><main class="col-main">{main}</main>'
        f'<aside class="col-side"><div class="box-most"><h2>Đọc nhiều</h2><ol>{most}</ol></div>'
        f'<div class="box-podcast"><h2>Podcast</h2><ul>{pods}</ul></div>'
        f'<div class="ads ads-side"><img src="/media/adv/qc-dulich-na-hang-300x600.jpg" alt="{page.c("qc-dulich-na-hang-300x600")}"></div>'
        '<div class="newsletter"><h3>Nhận bản tin mỗi sáng</h3><input type="email" placeholder="Email của bạn"><button>Đăng ký</button></div></aside></div>'
        # the quick-view popup template is shipped unrendered in the page (placeholders as text)
        f'<div id="tmpl-quickview" class="hidden"><h3>{{title}}</h3><span>{{publish}}</span><p>{page.c("{head}")}</p></div>'
        f'<footer class="footer"><p>{footer}</p><p>Trụ sở: 479 đường 17/8, phường Minh Xuân, tỉnh Tuyên Quang</p>'
        '<p>© Ghi rõ nguồn khi phát hành lại thông tin từ trang này.</p></footer></body></html>'
    )  # fmt: skip


# ------------------------------------------------------------------ 2. radio-TV programme-script archive
KB = "Đài Phát thanh và Truyền hình Hà Tĩnh"
KB_SESSION = "(X(1)S(qk4vd2m1pz0gyt3nfw5hxcra))"


def _kb_article(page: Page) -> str:
    art = page.art
    day, _ = _date(page)
    code = f"KB-{art['code']}-202611{day:02d}-{400 + 11 * page.index}.doc"
    body = page.body(
        lambda t: f'<p style="text-align: justify;">{t}</p>',
        lambda t: f'<p style="text-align: justify;"><b>{t}</b></p>',
        lambda t, i: (f'<p style="text-align: center;"><img src="/tnsx/Upload/KeyFrame/{day}/kf{page.index}{i}.jpg" width="480"></p>'
                      f'<p style="text-align: center;"><i>{t}</i></p>'),
        lambda h: f"<p>{h}</p>",
    )  # fmt: skip
    if page.kind == "long":
        # a production cue between two parts of every long script
        body = _insert(
            body, max(2, len(body.split("\n")) // 2), f"<p>{page.c('(Nhạc chuyển cảnh)')}</p>"
        )
    meta = "".join(f"<p>{page.c(m)}</p>" for m in art.get("meta") or [])
    # the airing date is the one in the script's name when it has one
    aired = re.search(r" (\d\d) 11 2026 ", art["title"])
    aired_day = int(aired.group(1)) if aired else day
    airing = page.c(f"Phát sóng: {art['slot']} ngày {aired_day:02d}/11/2026")
    lead = esc(art["lead"])
    intro = f'<div class="loidan"><b>Lời dẫn :</b> {lead}</div>' if art["lead"] else ""
    # the content box repeats the headline and the anchor's intro before the script itself
    again = f'<p style="text-align: justify;">{lead}</p>' if art["lead"] else ""
    others = "".join(
        f'<li><a href="DetailSanpham.aspx?ID={47000 + 13 * i + page.index}">{page.c(h)}</a> '
        f'<span class="ngay">({max(1, day - 1 - i % 5):02d}/11/2026)</span></li>'
        for i, h in enumerate(page.related(7))
    )  # fmt: skip
    # reports and programme segments end with the anchor's standing sign-off; news items do not
    signoff = "" if art["code"] == "TS" else (
        '<p style="text-align: justify;">'
        + page.c("Kính chào và hẹn gặp lại quý vị trong chương trình lần sau.") + "</p>")  # fmt: skip
    return (
        f'<span id="ctl00_ContentPlaceHolder1_lblTieuDe" class="tieude">{esc(art["title"])}</span>'
        f'<div class="danhmuc"><b>Danh mục</b></div><div class="tendm">{esc(art["category"])}</div>'
        f'<div class="nd-label">NỘI DUNG</div>{intro}'
        f'<div id="ctl00_ContentPlaceHolder1_divNoiDung" class="noidung">'
        f'<p style="text-align: center;"><b>{esc(art["title"])}</b></p>{meta}<p>{airing}</p>{again}'
        f'{body}{signoff}'
        f'<p style="text-align: right;"><b>{esc(art["byline"])}</b></p></div>'
        '<div class="congcu"><a href="javascript:window.print()">In kịch bản</a> | '
        f'<a href="/tnsx/Upload/KichBan/{code}">Tải tệp: {page.c(code)}</a> | <a href="javascript:history.back()">Quay lại</a></div>'
        f'<div class="othernews"><div class="boxtitle">CÁC KỊCH BẢN KHÁC</div><ul>{others}</ul></div>'
    )  # fmt: skip


def _kb_listing(page: Page) -> str:
    day = 20 - page.number
    rows = "".join(
        f'<tr><td class="stt">{i + 1}</td><td><a class="tieude-ds" href="DetailSanpham.aspx?ID={46000 + 7 * i}">'
        f'{esc(t)}</a><div class="tomtat-ds">{esc(s)}</div></td><td class="ngay">{day - i % 4:02d}/11/2026</td></tr>'
        for i, (t, s) in enumerate(page.teasers(11))
    )  # fmt: skip
    return (
        '<div class="tendm">Phóng sự - Tài liệu</div><table class="ds" width="100%" border="1" cellspacing="0">'
        f'<tr><th>STT</th><th>Tên kịch bản</th><th>Ngày</th></tr>{rows}</table>'
        f'<div class="trang">Trang: <b>{page.number}</b> <a href="Sanpham.aspx?DM=7&amp;p=3">3</a> '
        '<a href="Sanpham.aspx?DM=7&amp;p=4">4</a> ...</div>'
    )  # fmt: skip


def kich_ban_th(page: Page, url: str) -> str:
    cats = ["Thời sự truyền hình", "Phóng sự - Tài liệu", "Chuyên mục Nông thôn mới",
            "Chuyên mục Mỗi xã một sản phẩm (OCOP)", "Truyền hình thực tế", "Phát thanh thời sự",
            "Phát thanh tiếng dân tộc"]  # fmt: skip
    left = "".join(
        f'<li><a href="Sanpham.aspx?DM={i + 3}">{c}</a></li>' for i, c in enumerate(cats)
    )
    if page.kind == "listing":
        main, title = _kb_listing(page), "Phóng sự - Tài liệu"
    else:
        main, title = _kb_article(page), page.art["title"]
    footer = page.c(
        "Trang tin nội bộ phục vụ sản xuất chương trình - Phòng Thời sự, Đài Phát thanh và Truyền hình "
        "Hà Tĩnh. Không phát hành lại khi chưa có ý kiến của Ban Giám đốc."
    )
    return (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">'
        f'<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />'
        f'<title>{esc(title)}</title><link href="/tnsx/{KB_SESSION}/Styles/tnsx.css" rel="stylesheet" type="text/css" /></head>'
        f'<body><form name="aspnetForm" method="post" action="./DetailSanpham.aspx" id="aspnetForm">'
        '<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTU2NDQ0MjcxOGRkq7PZkB1e5wQ=" />'
        '<table class="khung" width="1000" align="center" cellpadding="0" cellspacing="0">'
        '<tr><td colspan="2" class="banner"><img src="Images/banner_tnsx.jpg" alt="banner_tnsx" /></td></tr>'
        '<tr><td colspan="2" class="menutop"><a href="Default.aspx">Trang chủ</a> | <a href="Sanpham.aspx?DM=3">Thời sự</a> | '
        '<a href="Sanpham.aspx?DM=4">Phóng sự - Tài liệu</a> | <a href="Sanpham.aspx?DM=8">Phát thanh</a> | '
        '<a href="LichPhatSong.aspx">Lịch phát sóng</a> | <a href="Login.aspx">Đăng nhập</a></td></tr>'
        f'<tr><td class="trai" width="220" valign="top"><div class="boxtitle">DANH MỤC</div><ul>{left}</ul>'
        '<div class="boxtitle">THỐNG KÊ</div><div class="thongke">Số kịch bản: 48.213<br />Đang truy cập: 17</div></td>'
        f'<td class="giua" valign="top">{main}</td></tr>'
        f'<tr><td colspan="2" class="chantrang">{footer}<br />Địa chỉ: 97 đường Phan Đình Phùng, thành phố Hà Tĩnh</td></tr>'
        "</table></form></body></html>"
    )  # fmt: skip


# ------------------------------------------------------------------ 3. trade-union confederation portal
CD = "Cổng thông tin điện tử Tổng Liên đoàn Lao động Việt Nam"
CD_TICKER = [
    "Tổng Liên đoàn kiến nghị hỗ trợ nhà ở cho công nhân thuê trọ",
    "Chợ Tết Công đoàn mở gian hàng OCOP trực tuyến cho đoàn viên",
    "Khởi động Tháng hành động về an toàn, vệ sinh lao động",
]


def _cd_article(page: Page) -> str:
    art = page.art
    day, _ = _date(page)
    files = iter(art.get("files") or [])

    def fig(cap: str, i: int) -> str:
        # the editor sometimes pastes the photo's file name under it as a paragraph
        name = next(files, "")
        pasted = f"<p>{page.c(name)}</p>" if name else ""
        return (f'<table class="image" align="center"><tr><td><img src="/Uploads/images/2026/11/{day}/{page.index}-{i}.jpg" '
                f'alt="" /></td></tr><tr><td class="desc">{cap}</td></tr></table>{pasted}')  # fmt: skip

    body = page.body(
        lambda t: f"<p>{t}</p>",
        lambda t: f"<p><strong>{t}</strong></p>",
        fig,
        lambda h: f'<div class="xemthem"><b>Xem thêm:</b> <a href="/tin-tuc/xem-them-{len(h)}.tld">{h}</a></div>',
    )  # fmt: skip
    hotline = page.c(
        "Đoàn viên, người lao động cần tư vấn pháp luật miễn phí xin gọi đường dây nóng 1900 6868 "
        "của Tổng Liên đoàn Lao động Việt Nam."
    )
    source = f"<p>{page.c(art['source_url'])}</p>" if art.get("source_url") else ""
    stamp = f"<b>{esc(art['place'])} - </b>" if art.get("place") else ""
    lead = f'<div class="sapo">{stamp}{esc(art["lead"])}</div>' if art["lead"] else ""
    others = "".join(
        f'<li><a href="/tin-tuc/tin-khac-{i}.tld">{page.c(h)}</a> <i>({day - i % 3:02d}/11/2026)</i></li>'
        for i, h in enumerate(page.related(6))
    )  # fmt: skip
    return (
        f'<div class="cate"><a href="/tin-tuc/{_slug(art["cate"])}-487.tld">{esc(art["cate"])}</a></div>'
        f'<div class="date">Cập nhật lúc {8 + page.index % 9:02d}:{(3 * page.index) % 60:02d} {day:02d}/11/2026 (GMT+7)</div>'
        f'<h1 class="title">{esc(art["title"])}</h1>{lead}'
        f'<div class="detail">{body}<p><em>{hotline}</em></p>{source}'
        f'<p style="text-align: right;"><strong>{esc(art["byline"])}</strong></p></div>'
        '<div class="tool"><a href="javascript:window.print()">In</a> | <a href="#top">Về đầu</a></div>'
        f'<div class="other"><h3>Các tin khác</h3><ul>{others}</ul></div>'
    )  # fmt: skip


def _cd_listing(page: Page) -> str:
    items = "".join(
        f'<div class="item"><a class="img" href="/tin-tuc/bai-{i}.tld"><img src="/Uploads/thumb/{i}.jpg" alt="" /></a>'
        f'<h2><a href="/tin-tuc/bai-{i}.tld">{esc(t)}</a></h2><div class="date">Cập nhật lúc 0{i % 9}:30 '
        f'{20 - i % 6:02d}/11/2026</div><div class="sapo">{esc(s)}</div></div>'
        for i, (t, s) in enumerate(page.teasers(11))
    )  # fmt: skip
    return (
        f'<div class="cate"><a href="/tin-tuc/thoi-su-487.tld">Thời sự</a></div><div class="list">{items}</div>'
        f'<div class="paging"><a href="?p=1">«</a> <b>{page.number}</b> <a href="?p=3">3</a> <a href="?p=4">4</a> <a href="?p=3">»</a></div>'
    )  # fmt: skip


def cong_doan(page: Page, url: str) -> str:
    menu = ["Thời sự", "Công đoàn", "Việc làm - Đời sống", "Pháp luật", "Chăm lo đoàn viên",
            "Chợ Tết Công đoàn", "Văn bản", "Media"]  # fmt: skip
    nav = "".join(f'<li><a href="/tin-tuc/{_slug(m)}.tld">{m}</a></li>' for m in menu)
    ticker = " · ".join(
        f'<a href="/tin-tuc/moi-{i}.tld">{page.c(t)}</a>' for i, t in enumerate(CD_TICKER)
    )
    if page.kind == "listing":
        main, head = _cd_listing(page), f"<title>Thời sự - {CD}</title>"
    else:
        art = page.art
        main = _cd_article(page)
        head = (f"<title>{esc(art['title'])}</title>"
                f'<meta name="description" content="{esc(art["lead"] or art["title"])}" />{_keywords(page)}'
                f'<meta property="og:type" content="article" /><meta property="og:title" content="{esc(art["title"])}" />')  # fmt: skip
    most = "".join(
        f'<li><a href="/tin-tuc/doc-nhieu-{i}.tld">{page.c(h)}</a></li>'
        for i, h in enumerate(page.related(10)[6:])
    )
    banner = page.c(
        "Chợ Tết Công đoàn 2027: đặt sản phẩm OCOP trực tuyến, miễn phí vận chuyển cho đoàn viên"
    )
    footer = page.c(
        "Cơ quan chủ quản: Tổng Liên đoàn Lao động Việt Nam. Giấy phép số 155/GP-TTĐT. "
        "Ghi rõ nguồn khi phát hành lại thông tin từ cổng thông tin này."
    )
    return (
        '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8" />'
        f'{head}<link href="/Content/site.css" rel="stylesheet" /></head><body><a name="top"></a>'
        '<div id="header"><div class="logo"><img src="/Content/images/logo-cdvn.png" alt="CONG DOAN VIET NAM" /></div>'
        f'<div class="slogan">{CD}</div><div class="toplink"><a href="/">Trang chủ</a> | <a href="/so-do-site.tld">Sơ đồ site</a> | '
        '<a href="/lien-he.tld">Liên hệ</a> | <a href="/en/">English</a></div></div>'
        f'<div id="menu"><ul>{nav}</ul></div><div class="ticker"><b>Tin mới:</b> {ticker}</div>'
        f'<div id="content"><div class="col-left">{main}</div>'
        f'<div class="col-right"><div class="banner"><a href="https://chotet.example.vn/">{banner}</a></div>'
        f'<div class="box"><h3>Đọc nhiều</h3><ul>{most}</ul></div>'
        '<div class="box ads"><a href="/qc/bhxh"><img src="/Uploads/banner/bhxh-tu-nguyen-300x250.gif" '
        f'alt="{page.c("bhxh-tu-nguyen-300x250.gif")}" /></a></div>'
        '<div class="box poll"><h3>Thăm dò ý kiến</h3><p>Bạn có hài lòng với chế độ phúc lợi tại nơi làm việc?</p>'
        '<label><input type="radio" name="p" /> Hài lòng</label><label><input type="radio" name="p" /> Chưa hài lòng</label>'
        '<button>Biểu quyết</button></div></div></div>'
        f'<div id="footer"><p>{footer}</p><p>Địa chỉ: 82 Trần Hưng Đạo, Hoàn Kiếm, Hà Nội</p>'
        '<p>Lượt truy cập: 48.215.330</p></div></body></html>'
    )  # fmt: skip


# ------------------------------------------------------------------ 4. provincial agriculture-environment department
SN = "Sở Nông nghiệp và Môi trường tỉnh Lâm Đồng"


def _sn_article(page: Page) -> str:
    art = page.art
    day, _ = _date(page)
    body = page.body(
        lambda t: f'<p style="text-align: justify;">{t}</p>',
        lambda t: f'<p style="text-align: justify;"><strong>{t}</strong></p>',
        lambda t, i: (f'<figure class="image"><img src="/uploads/snnmt/2026/11/{day}/img-{page.index}{i}.jpg" alt="">'
                      f"<figcaption>{t}</figcaption></figure>"),
        lambda h: f'<div class="tin-lien-quan"><span>Tin liên quan:</span> <a href="/tin-tuc/lq-{len(h)}">{h}</a></div>',
    )  # fmt: skip
    # the CMS appends the department's signature block to every news item, inside the content
    sign = page.c(
        "Văn phòng Điều phối nông thôn mới và Chương trình OCOP tỉnh tiếp nhận hồ sơ tại Bộ phận "
        "Một cửa của Sở, số 36 Trần Phú, điện thoại 0263.3822.xxx."
    )
    files = "".join(
        f'<tr><td>{k + 1}</td><td><a href="/uploads/files/{f}">{page.c(f)}</a></td><td>{150 + 37 * k} KB</td>'
        '<td><a class="btn-dl" href="#">Tải về</a></td></tr>'
        for k, f in enumerate(art.get("files") or [])
    )  # fmt: skip
    attach = (f'<div class="attach"><h4>Tệp đính kèm</h4><table class="table"><tr><th>STT</th><th>Tên tệp</th>'
              f"<th>Dung lượng</th><th></th></tr>{files}</table></div>" if files else "")  # fmt: skip
    lead = (
        f'<div class="news-summary"><strong>{esc(art["lead"])}</strong></div>'
        if art["lead"]
        else ""
    )
    tags = ", ".join(f'<a href="/tag/{_slug(t)}">{esc(t)}</a>' for t in art.get("tags") or [])
    others = "".join(
        f'<li><a href="/tin-tuc/khac-{i}">{page.c(h)}</a> <span class="date">{day - 1 - i % 4:02d}/11/2026</span></li>'
        for i, h in enumerate(page.related(6))
    )  # fmt: skip
    return (
        '<nav class="breadcrumb"><a href="/">Trang chủ</a> / <a href="/tin-tuc">Tin tức - Sự kiện</a> / '
        f'<a href="/tin-tuc/tin-hoat-dong">Tin hoạt động</a></nav><div class="news-detail">'
        f'<h1 class="news-title">{esc(art["title"])}</h1>'
        f'<div class="news-meta"><span>Ngày đăng: {day:02d}/11/2026 {7 + page.index % 10:02d}:30</span> '
        f'<span>Lượt xem: {113 + 29 * page.index}</span> <span class="font-tools">A- A A+</span> '
        '<a href="javascript:window.print()">In</a> <a href="mailto:?subject=tin">Gửi email</a></div>'
        f'{lead}<div class="news-content">{body}'
        f'<p style="text-align: right;"><strong>{esc(art["byline"])}</strong></p>'
        f'<div class="signature"><p><em>{sign}</em></p></div></div>{attach}'
        f'<div class="news-tags">Từ khóa: {tags}</div></div>'
        f'<div class="news-other"><h3>Các tin khác</h3><ul>{others}</ul></div>'
    )  # fmt: skip


def _sn_listing(page: Page) -> str:
    items = "".join(
        f'<div class="news-item row"><div class="col-3"><img src="/uploads/thumb/t{i}.jpg" alt=""></div><div class="col-9">'
        f'<a class="title" href="/tin-tuc/tin-{i}">{esc(t)}</a><div class="date">{20 - i % 7:02d}/11/2026</div>'
        f'<p class="summary">{esc(s)}</p></div></div>'
        for i, (t, s) in enumerate(page.teasers(11))
    )  # fmt: skip
    return (
        '<nav class="breadcrumb"><a href="/">Trang chủ</a> / <a href="/tin-tuc">Tin tức - Sự kiện</a></nav>'
        f'<h1 class="cate-title">Tin hoạt động</h1>{items}'
        f'<ul class="pagination"><li class="active">{page.number}</li><li><a href="?page=3">3</a></li>'
        '<li><a href="?page=4">4</a></li><li><a href="?page=3">Sau</a></li></ul>'
    )  # fmt: skip


def so_nnmt(page: Page, url: str) -> str:
    menu = ["Trang chủ", "Giới thiệu", "Tin tức - Sự kiện", "Nông thôn mới - OCOP", "Văn bản",
            "Thủ tục hành chính", "Dự án - Quy hoạch", "Liên hệ"]  # fmt: skip
    nav = "".join(
        f'<li class="nav-item"><a class="nav-link" href="/{_slug(m)}">{m}</a></li>' for m in menu
    )
    if page.kind == "listing":
        main, head = _sn_listing(page), f"<title>Tin hoạt động - {SN}</title>"
    else:
        art = page.art
        main = _sn_article(page)
        head = (f"<title>{esc(art['title'])} - {SN}</title>"
                f'<meta name="description" content="{esc(art["lead"] or art["title"])}">{_keywords(page)}'
                f'<meta property="og:type" content="article"><meta property="og:title" content="{esc(art["title"])}">'
                + _ld(page, url, SN))  # fmt: skip
    footer = page.c(
        "Bản quyền thuộc Sở Nông nghiệp và Môi trường tỉnh Lâm Đồng. Chịu trách nhiệm chính: "
        "Giám đốc Sở. Ghi rõ nguồn khi sử dụng thông tin từ trang này."
    )
    ocop_box = page.c("Tra cứu sản phẩm OCOP tỉnh Lâm Đồng theo hạng sao và địa phương")
    return (
        f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">{head}'
        '<link rel="stylesheet" href="/assets/bootstrap.min.css"></head><body>'
        '<div class="topbar"><a href="https://dichvucong.example.gov.vn">Dịch vụ công trực tuyến</a> | <a href="/hoi-dap">Hỏi đáp</a>'
        ' | <a href="/gop-y-du-thao">Góp ý dự thảo</a> | <a href="/lich-cong-tac">Lịch công tác</a></div>'
        '<header class="header"><img src="/assets/quoc-huy.png" alt="quoc-huy"><div class="brand">'
        f'<div class="brand-top">ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG</div><div class="brand-name">SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG</div></div>'
        '<form class="search"><input type="text" placeholder="Nhập từ khóa tìm kiếm"></form></header>'
        f'<nav class="navbar"><ul class="navbar-nav">{nav}</ul></nav>'
        f'<div class="container"><div class="row"><main class="col-lg-9">{main}</main>'
        '<aside class="col-lg-3"><div class="box"><h3>Thủ tục hành chính</h3><ul><li>Công bố thủ tục hành chính</li>'
        '<li>Tra cứu hồ sơ</li><li>Thanh toán trực tuyến</li></ul></div>'
        f'<div class="box box-ocop"><a href="https://ocop.lamdong.example.gov.vn">{ocop_box}</a></div>'
        '<div class="box ads"><img src="/uploads/banner/banner-festival-hoa-2026-300x200.jpg" '
        f'alt="{page.c("banner-festival-hoa-2026-300x200")}"></div>'
        '<div class="box"><h3>Liên kết website</h3><select><option>-- Chọn liên kết --</option><option>Cổng TTĐT tỉnh</option>'
        '<option>Bộ Nông nghiệp và Môi trường</option></select></div>'
        '<div class="box counter">Đang truy cập: 41 · Tổng truy cập: 3.118.402</div></aside></div></div>'
        f'<footer class="footer"><p>{footer}</p><p>Địa chỉ: 36 Trần Phú, phường Xuân Hương - Đà Lạt, tỉnh Lâm Đồng</p></footer>'
        "</body></html>"
    )  # fmt: skip


TEMPLATES = {
    "ptth_hoi_tu": (
        ptth_hoi_tu,
        _url_for(
            "ptth_hoi_tu",
            "https://baoptthtuyenquang.example.vn/",
            "kinh-te/nong-nghiep-nong-thon?page={n}",
            "kinh-te/{slug}-{id}.html",
        ),
    ),  # fmt: skip
    "kich_ban_th": (
        kich_ban_th,
        _url_for(
            "kich_ban_th",
            "http://tnsx.httv.example.vn/tnsx/",
            KB_SESSION + "/Sanpham.aspx?DM=4&p={n}",
            KB_SESSION + "/DetailSanpham.aspx?ID={id}",
        ),
    ),  # fmt: skip
    "cong_doan": (
        cong_doan,
        _url_for(
            "cong_doan",
            "https://congdoan.example.vn/",
            "tin-tuc/thoi-su-487.tld?p={n}",
            "tin-tuc/thoi-su-487/{slug}-{id}.tld",
        ),
    ),  # fmt: skip
    "so_nnmt": (
        so_nnmt,
        _url_for(
            "so_nnmt",
            "https://snnmt.lamdong.example.gov.vn/",
            "tin-tuc/tin-hoat-dong?page={n}",
            "tin-tuc/tin-hoat-dong/{slug}-{id}",
        ),
    ),  # fmt: skip
}
