"""Page templates of the fifteenth blind set, each modelled on one family of Vietnamese sites.

Every render(page, url) returns the page HTML; strings passed through ``page.c`` are chrome
(recorded in the gold as must-not-appear). Each template renders twelve pages; menus, footers,
standing lines and ad slots are the same on all of them, related and most-read boxes, tags,
captions and mid-body boxes change from page to page. None of these templates repeats one of
bench/templates_blind … templates_blind14.
"""

from __future__ import annotations

from _build import Page, esc
from _content import PAGES
from template_sets import insert_after as _insert
from template_sets import many_url_for
from template_sets import slug as _slug


def _date(page: Page) -> tuple[int, int]:
    """Day of November 2026 and hour of a page (each page its own day and hour)."""
    return 21 - (page.index % 17), 6 + page.index % 12


_url_for = many_url_for(PAGES, first_id=2140)


# ------------------------------------------------------------------ 1. provincial Fatherland Front site
MT = "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Phú Thọ"


def _mt_article(page: Page) -> str:
    art = dict(page.art)
    caps = list(art.get("captions") or [])
    day, hour = _date(page)
    top = ""
    if caps:
        # the lead photo and its caption come first inside the content, above the bold lead
        page.caption_samples.append(caps[0])
        top = (f'<p style="text-align: center;"><img src="/Uploads/images/2026/11/{day:02d}/dc-{page.index}.jpg" '
               f'alt="" width="600"></p>\n<p style="text-align: center;"><em>{esc(caps[0])}</em></p>\n')  # fmt: skip
    page.art = {**art, "captions": caps[1:]}
    body = page.body(
        lambda t: f'<p style="text-align: justify;">{t}</p>',
        lambda t: f'<p style="text-align: justify;"><strong>{t}</strong></p>',
        lambda t, i: (f'<p style="text-align: center;"><img src="/Uploads/images/2026/11/{day:02d}/dc-{page.index}-{i}.jpg" '
                      f'alt="" width="600"></p>\n<p style="text-align: center;"><em>{t}</em></p>'),
        lambda h: (f'<table class="tinlienquan" align="right" width="40%"><tr><td><b>Tin liên quan</b><br>'
                   f'<a href="/tin-tuc/{_slug(h)}">{h}</a></td></tr></table>'),
    )  # fmt: skip
    page.art = art
    # the campaign banner sits inside the content of every article, after the third block
    banner = page.c(
        "Hưởng ứng Cuộc vận động Người Việt Nam ưu tiên dùng hàng Việt Nam: mỗi gia đình chọn dùng "
        "sản phẩm OCOP của quê hương"
    )
    body = _insert(body, 3, f'<p style="text-align: center;"><a href="/cuoc-van-dong"><img src="/Uploads/banner/bn-cvd-hang-viet-ocop.png" alt="{banner}"></a></p>')  # fmt: skip
    lead = (
        f'<p style="text-align: justify;"><strong>{esc(art["lead"])}</strong></p>\n'
        if art["lead"]
        else ""
    )
    sign = f'<p style="text-align: right;"><strong>{esc(art["byline"])}</strong></p>'
    if art.get("attribution"):
        sign += f'\n<p style="text-align: right;"><em>{esc(art["attribution"])}</em></p>'
    appeal = page.c(
        "Mọi ý kiến phản ánh, kiến nghị của Nhân dân xin gửi về Ban Thường trực Ủy ban MTTQ Việt Nam "
        "tỉnh qua số điện thoại 0210.3846.xxx hoặc hộp thư điện tử của cơ quan."
    )
    tags = ", ".join(f'<a href="/tag/{_slug(t)}">{esc(t)}</a>' for t in art.get("tags") or [])
    others = "".join(
        f'<li><a href="/tin-tuc/{_slug(h)}">{page.c(h)}</a> <span class="date">({day - 1 - i % 5:02d}/11/2026)</span></li>'
        for i, h in enumerate(page.related(7))
    )  # fmt: skip
    return (
        '<div class="duongdan"><a href="/">Trang chủ</a> » <a href="/tin-hoat-dong">Tin hoạt động Mặt trận</a></div>'
        f'<div class="chitiet"><div class="tieude-chitiet"><h2>{esc(art["title"])}</h2></div>'
        f'<div class="ngaydang">Ngày đăng: {day:02d}/11/2026 {hour:02d}:{(7 * page.index) % 60:02d} | '
        f'Lượt xem: {120 + 37 * page.index}</div>'
        f'<div class="noidung-chitiet">{top}{lead}{body}\n{sign}\n<p><em>{appeal}</em></p></div>'
        f'<div class="tukhoa">Từ khóa: {tags}</div>'
        '<div class="congcu"><a href="#" class="in">In trang</a> <a href="#" class="fb">Chia sẻ Facebook</a> '
        '<a href="#" class="zalo">Zalo</a> <a href="#top">Về đầu trang</a></div></div>'
        f'<div class="tinkhac"><h3>CÁC TIN KHÁC</h3><ul>{others}</ul></div>'
    )  # fmt: skip


def _mt_listing(page: Page) -> str:
    items = page.teasers(11)
    rows = "".join(
        f'<div class="tin-item"><a href="/tin-tuc/{_slug(t)}"><img src="/Uploads/thumb/{_slug(t)[:24]}.jpg" alt=""></a>'
        f'<a class="tieude" href="/tin-tuc/{_slug(t)}">{esc(t)}</a><span class="ngay">({20 - i}/11/2026)</span>'
        f'<div class="tomtat">{esc(s)}</div></div>'
        for i, (t, s) in enumerate(items)
    )  # fmt: skip
    return (
        '<div class="duongdan"><a href="/">Trang chủ</a> » <a href="/tin-hoat-dong">Tin hoạt động Mặt trận</a></div>'
        f'<div class="danhsach"><h2 class="tenchuyenmuc">Tin hoạt động Mặt trận</h2>{rows}'
        f'<div class="phantrang">Trang: <a href="?p=1">1</a> <b>{page.number}</b> <a href="?p=3">3</a> '
        '<a href="?p=4">4</a> <a href="?p=9">Cuối</a></div></div>'
    )  # fmt: skip


def mttq_dcs(page: Page, url: str) -> str:
    menu = ["Trang chủ", "Giới thiệu", "Tin hoạt động Mặt trận", "Các cuộc vận động", "Giám sát - Phản biện",
            "Dân chủ - Pháp luật", "Dân tộc - Tôn giáo", "Văn bản", "Thư viện ảnh", "Liên hệ"]  # fmt: skip
    nav = "".join(f'<li><a href="/{_slug(m)}">{esc(m)}</a></li>' for m in menu)
    if page.kind == "listing":
        main, title = _mt_listing(page), "Tin hoạt động Mặt trận"
    else:
        main, title = _mt_article(page), page.art["title"]
    most = "".join(
        f'<li><a href="/tin-tuc/{_slug(h)}">{page.c(h)}</a></li>' for h in page.related(12)[7:]
    )
    links = "".join(
        f'<li><a href="https://{d}"><img src="/Uploads/lienket/{a}.png" alt="{page.c(a)}"></a></li>'
        for d, a in (("tinhuy.example.vn", "lk-tinh-uy-phu-tho"), ("mattran.example.vn", "lk-mttq-trung-uong"),
                     ("ocop.example.vn", "lk-san-ocop-phu-tho-300x90"))
    )  # fmt: skip
    footer = page.c(
        "Cơ quan chủ quản: Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Phú Thọ. "
        "Chịu trách nhiệm nội dung: Trưởng Ban Tuyên giáo và Phát triển đoàn viên"
    )
    return (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">'
        '<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />'
        f"<title>{esc(title)} - {MT}</title>"
        '<link href="/Portals/mttq/style.css" rel="stylesheet" type="text/css" /></head><body><div id="wrapper">'
        '<div id="header"><div class="subsite-bar">Cổng Thông tin điện tử Đảng bộ tỉnh Phú Thọ · '
        '<a href="https://tinhuy.example.vn">Trang chính</a> · <a href="/">Ủy ban MTTQ tỉnh</a> · '
        '<a href="https://hoinongdan.example.vn">Hội Nông dân</a> · <a href="https://phunu.example.vn">Hội LHPN</a></div>'
        f'<div class="banner"><img src="/Portals/mttq/banner-mttq.jpg" alt="{page.c("banner-mttq-phu-tho-1200x150")}" /></div></div>'
        f'<div id="menu"><ul>{nav}</ul><form class="timkiem"><input type="text" value="Tìm kiếm..." /></form></div>'
        '<div id="marquee"><marquee>Chào mừng Ngày hội Đại đoàn kết toàn dân tộc · Chung tay vì người nghèo - '
        'Không để ai bị bỏ lại phía sau · Ưu tiên dùng sản phẩm OCOP, hàng Việt Nam</marquee></div>'
        f'<div id="content"><div id="left">{main}</div>'
        f'<div id="right"><div class="box"><div class="box-title">TIN ĐỌC NHIỀU</div><ul>{most}</ul></div>'
        '<div class="box"><div class="box-title">THĂM DÒ Ý KIẾN</div><p>Bạn biết đến Cuộc vận động qua kênh nào?</p>'
        '<label><input type="radio" name="tdy" /> Báo, đài</label><label><input type="radio" name="tdy" /> Khu dân cư</label>'
        '<button>Biểu quyết</button></div>'
        f'<div class="box"><div class="box-title">LIÊN KẾT WEBSITE</div><ul class="lienket">{links}</ul></div>'
        '<div class="box thongke">Đang truy cập: 27 · Tổng lượt truy cập: 1.208.554</div></div></div>'
        f'<div id="footer"><p>{footer}</p><p>Địa chỉ: đường Trần Phú, phường Việt Trì, tỉnh Phú Thọ. Điện thoại: 0210.3846.xxx</p>'
        '<p>Ghi rõ nguồn "Ủy ban MTTQ tỉnh Phú Thọ" khi phát hành lại thông tin từ website này.</p></div>'
        "</div></body></html>"
    )  # fmt: skip


# ------------------------------------------------------------------ 2. provincial journalists' association
NB = "Hội Nhà báo tỉnh Nghệ An"


def _nb_article(page: Page) -> str:
    art = page.art
    day, hour = _date(page)
    body = page.body(
        lambda t: f"<p>{t}</p>",
        lambda t: f"<h3>{t}</h3>",
        lambda t, i: (f'<figure id="attachment_{900 + 10 * page.index + i}" class="wp-caption aligncenter">'
                      f'<img class="size-large" src="/wp-content/uploads/2026/11/nb-{page.index}-{i}.jpg" alt="">'
                      f'<figcaption class="wp-caption-text">{t}</figcaption></figure>'),
        # the editors paste "Đọc thêm" as a paragraph of its own between body paragraphs
        lambda h: f'<p><strong>Đọc thêm:</strong> <a href="/{_slug(h)}/">{h}</a></p>',
    )  # fmt: skip
    intro = page.c(
        "Trang tin điện tử Hội Nhà báo tỉnh Nghệ An trân trọng giới thiệu tác phẩm của hội viên "
        "tới bạn đọc."
    )
    lead = f"<p><strong>{esc(art['lead'])}</strong></p>" if art["lead"] else ""
    src = f"<p><em>{esc(art['attribution'])}</em></p>" if art.get("attribution") else ""
    tags = "".join(
        f'<a href="/tag/{_slug(t)}/" rel="tag">{esc(t)}</a>' for t in art.get("tags") or []
    )
    rel = "".join(
        f'<div class="rel-item"><a href="/{_slug(h)}/"><img src="/wp-content/uploads/rel-{i}.jpg" alt=""></a>'
        f'<h4><a href="/{_slug(h)}/">{page.c(h)}</a></h4><span>{day - 1 - i:02d}/11/2026</span></div>'
        for i, h in enumerate(page.related(6))
    )  # fmt: skip
    return (
        '<div class="breadcrumbs"><a href="/">Trang chủ</a> / <a href="/nghe-bao/">Nghề báo</a></div>'
        f'<article class="post type-post status-publish format-standard has-post-thumbnail">'
        f'<span class="cat-links"><a href="/nghe-bao/">Nghề báo</a></span>'
        f'<h1 class="post-title">{esc(art["title"])}</h1>'
        f'<div class="post-meta"><span class="posted-by">Đăng bởi: <a href="/author/bientap/">Biên tập viên</a></span> '
        f'<span class="posted-on">{day:02d}/11/2026 - {hour:02d}:{(11 * page.index) % 60:02d}</span></div>'
        f'<div class="entry-content"><p><em>{intro}</em></p>{lead}{body}'
        f'<p style="text-align: right;"><strong>Tác giả: {esc(art["byline"])}</strong></p>{src}</div>'
        f'<div class="post-tags">Từ khóa: {tags}</div>'
        '<div class="share-bar">Chia sẻ: <a href="#">Facebook</a> <a href="#">Zalo</a> <a href="#">Sao chép liên kết</a></div>'
        f'</article><section class="related-posts"><h3>Bài viết liên quan</h3>{rel}</section>'
        '<div id="respond"><h3>Để lại bình luận</h3><p class="note">Email của bạn sẽ không được hiển thị công khai.</p>'
        '<textarea name="comment"></textarea><button>Gửi bình luận</button></div>'
    )  # fmt: skip


def _nb_listing(page: Page) -> str:
    rows = "".join(
        f'<article class="archive-item"><span class="date">{20 - i:02d}/11/2026</span>'
        f'<h2><a href="/{_slug(t)}/">{esc(t)}</a></h2><p>{esc(s)}</p>'
        f'<a class="more" href="/{_slug(t)}/">Xem thêm »</a></article>'
        for i, (t, s) in enumerate(page.teasers(11))
    )  # fmt: skip
    return (
        '<div class="breadcrumbs"><a href="/">Trang chủ</a> / Tin tức - Sự kiện</div>'
        f'<h1 class="archive-title">Tin tức - Sự kiện</h1>{rows}'
        f'<nav class="pagination"><a href="/tin-tuc-su-kien/page/{page.number + 1}/">Trang sau »</a></nav>'
    )


def hoi_nha_bao(page: Page, url: str) -> str:
    menu = ["Trang chủ", "Tin tức - Sự kiện", "Hoạt động Hội", "Nghề báo", "Tác phẩm - Tác giả",
            "Giải báo chí", "Báo chí xứ Nghệ", "Văn bản", "Hội viên", "Liên hệ"]  # fmt: skip
    nav = "".join(f'<li class="menu-item"><a href="/{_slug(m)}/">{esc(m)}</a></li>' for m in menu)
    if page.kind == "listing":
        main, title = _nb_listing(page), "Tin tức - Sự kiện"
    else:
        main, title = _nb_article(page), page.art["title"]
    news = "".join(f'<li><a href="/{_slug(h)}/">{page.c(h)}</a></li>' for h in page.related(11)[6:])
    footer = page.c(
        "Trang thông tin điện tử Hội Nhà báo tỉnh Nghệ An. Giấy phép số 31/GP-TTĐT do Sở Văn hóa, "
        "Thể thao và Du lịch cấp. Chịu trách nhiệm: Phó Chủ tịch Thường trực Hội"
    )
    return (
        f'<!DOCTYPE html><html lang="vi"><head><meta charset="UTF-8"><title>{esc(title)} - {NB}</title>'
        "<meta name=\"generator\" content=\"WordPress 6.6.2\"><link rel='stylesheet' href='/wp-content/themes/hnb/style.css' media='all'>"
        '</head><body class="wp-singular"><div class="top-bar"><span>Thứ Hai, 23/11/2026</span>'
        '<a href="/dang-ky-hoi-vien/">Đăng ký hội viên</a> <a href="/lien-he/">Gửi tin bài</a></div>'
        f'<header class="site-header"><a href="/" class="logo"><img src="/wp-content/uploads/logo-hnb.png" alt="{page.c("logo-hoi-nha-bao-nghe-an")}"></a>'
        '<p class="site-description">Diễn đàn của người làm báo xứ Nghệ</p></header>'
        f'<nav class="main-navigation"><ul id="primary-menu">{nav}</ul></nav>'
        f'<div class="site-content"><main id="main">{main}</main>'
        f'<aside id="secondary"><section class="widget"><h2 class="widget-title">Tin mới</h2><ul>{news}</ul></section>'
        '<section class="widget"><h2 class="widget-title">Giải báo chí</h2>'
        f'<a href="/giai-bao-chi/"><img src="/wp-content/uploads/banner-giai-bc.jpg" alt="{page.c("banner-giai-bao-chi-ntm-ocop-2027-300x250")}"></a></section>'
        '<section class="widget"><h2 class="widget-title">Nhận bản tin</h2><p>Nhận tin hoạt động Hội và nghề báo qua email mỗi tuần.</p>'
        '<input type="email" placeholder="Địa chỉ email"><button>Đăng ký</button></section>'
        '<section class="widget"><h2 class="widget-title">Liên kết</h2><ul><li><a href="https://hoinhabao.example.vn">Hội Nhà báo Việt Nam</a></li>'
        '<li><a href="https://baona.example.vn">Báo Nghệ An</a></li><li><a href="https://ocop.example.vn">Trang sản phẩm OCOP Nghệ An</a></li></ul></section></aside></div>'
        f'<footer class="site-footer"><p>{footer}</p><p>Trụ sở: số 10 đường Quang Trung, phường Thành Vinh, tỉnh Nghệ An</p>'
        '<p>Bản quyền © Hội Nhà báo tỉnh Nghệ An. Ghi rõ nguồn khi trích dẫn.</p></footer></body></html>'
    )  # fmt: skip


# ------------------------------------------------------------------ 3. national government e-newspaper
CP = "Báo Điện tử Chính phủ"
CP_DAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")


def _cp_article(page: Page) -> str:
    art = page.art
    day, hour = _date(page)
    body = page.body(
        lambda t: f"<p>{t}</p>",
        lambda t: f"<p><strong>{t}</strong></p>",
        lambda t, i: (f'<figure class="detail__image" type="Photo"><img src="https://cdn.cp.example.vn/2026/11/{day:02d}/cp-{page.index}-{i}.jpg" '
                      f'alt="{t}" title="{t}"><figcaption class="PhotoCMS_Caption"><p>{t}</p></figcaption></figure>'),
        lambda h: (f'<div class="detail__related-inline" type="RelatedOneNews"><a href="/{_slug(h)}-1022611{len(h)}.htm">'
                   f'<span class="ico">Xem thêm</span> {h}</a></div>'),
    )  # fmt: skip
    # the policy-lookup box stands in the middle of every article of the site
    lookup = page.c("Tra cứu văn bản quy phạm pháp luật mới ban hành tại chuyên mục Chính sách mới")
    body = (
        body.replace(
            "\n", f'\n<div class="box-lookup"><a href="/chinh-sach-moi.htm">{lookup}</a></div>\n', 1
        )
        if "\n" in body
        else body + f'\n<div class="box-lookup"><a href="/chinh-sach-moi.htm">{lookup}</a></div>'
    )
    # the sapo opens with the paper's stamp, in its own span (not part of the lead)
    lead = (f'<h2 class="detail__sapo"><span class="stamp">(Chinhphu.vn) - </span>{esc(art["lead"])}</h2>'
            if art["lead"] else "")  # fmt: skip
    follow = page.c("Mời bạn đọc theo dõi Báo Điện tử Chính phủ trên Zalo, Facebook và YouTube để nhận tin chính sách sớm nhất.")  # fmt: skip
    rel = "".join(f'<li><a href="/{_slug(h)}.htm">{page.c(h)}</a></li>' for h in page.related(4))
    same = "".join(
        f'<div class="box-stream-item"><a href="/{_slug(h)}.htm" class="box-stream-link-title">{page.c(h)}</a></div>'
        for h in page.related(9)[4:]
    )  # fmt: skip
    tags = "".join(
        f'<li><a href="/tag/{_slug(t)}.htm">{esc(t)}</a></li>' for t in art.get("tags") or []
    )
    return (
        '<div class="breadcrumb"><a href="/">Trang chủ</a><a href="/kinh-te.htm">Kinh tế</a>'
        '<a href="/nong-nghiep-nong-thon.htm">Nông nghiệp - Nông thôn</a></div>'
        f'<div class="detail__meta">{CP_DAYS[page.index % 7]}, {day:02d}/11/2026 {hour:02d}:{(13 * page.index) % 60:02d} (GMT+7)</div>'
        f'<h1 class="detail__title">{esc(art["title"])}</h1>'
        '<div class="detail__tools"><a class="btn-share-fb" href="#">Chia sẻ</a><a class="btn-copy" href="#">Sao chép link</a>'
        '<a class="btn-print" href="#">In</a><a class="btn-font" href="#">Cỡ chữ</a></div>'
        f'{lead}<div class="detail__content" data-role="content">{body}</div>'
        f'<div class="detail__author">{esc(art["byline"])}</div>'
        f'<div class="detail__follow"><p>{follow}</p></div>'
        f'<div class="detail__related"><h3>Tin liên quan</h3><ul>{rel}</ul></div>'
        f'<div class="detail__tags"><span>Từ khóa</span><ul>{tags}</ul></div>'
        f'<div class="box-stream"><h3 class="box-title">Cùng chuyên mục</h3>{same}</div>'
    )  # fmt: skip


def _cp_listing(page: Page) -> str:
    items = page.teasers(11)
    rows = "".join(
        f'<div class="box-stream-item"><a class="box-stream-link-with-avatar" href="/{_slug(t)}.htm">'
        f'<img src="https://cdn.cp.example.vn/thumb/{_slug(t)[:20]}.jpg" alt="{esc(t)}"></a>'
        f'<div class="box-stream-content"><a class="box-stream-link-title" href="/{_slug(t)}.htm">{esc(t)}</a>'
        f'<p class="box-stream-sapo">{esc(s)}</p></div></div>'
        for t, s in items
    )  # fmt: skip
    return (
        '<div class="breadcrumb"><a href="/">Trang chủ</a><a href="/kinh-te.htm">Kinh tế</a></div>'
        f'<h1 class="box-cate-title">Nông nghiệp - Nông thôn</h1><div class="box-stream">{rows}</div>'
        f'<a class="btn-viewmore" href="/nong-nghiep-nong-thon/trang-{page.number + 1}.htm">Xem thêm</a>'
    )  # fmt: skip


def bao_chinh_phu(page: Page, url: str) -> str:
    menu = ["Thời sự", "Chính sách mới", "Chỉ đạo, quyết định", "Kinh tế", "Xã hội", "Văn hóa", "Quốc tế",
            "Chương trình MTQG", "Đối thoại chính sách", "Multimedia"]  # fmt: skip
    nav = "".join(f'<li><a href="/{_slug(m)}.htm">{esc(m)}</a></li>' for m in menu)
    if page.kind == "listing":
        main, title = _cp_listing(page), "Nông nghiệp - Nông thôn"
    else:
        main, title = _cp_article(page), page.art["title"]
    most = "".join(
        f'<li><span>{i + 1}</span><a href="/{_slug(h)}.htm">{page.c(h)}</a></li>'
        for i, h in enumerate(page.related(14)[9:])
    )
    footer = page.c(
        "Cơ quan chủ quản: Văn phòng Chính phủ. Giấy phép số 424/GP-BTTTT. Tổng Biên tập: "
        "Nguyễn Hồng Sâm"
    )
    return (
        '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">'
        f'<title>{esc(title)}</title><link rel="stylesheet" href="/static/css/detail.min.css?v=88"></head><body>'
        '<div class="header__top"><a href="https://chinhphu.example.vn">Cổng Thông tin điện tử Chính phủ</a>'
        '<a href="https://vanban.example.vn">Hệ thống văn bản</a><a href="https://dichvucong.example.vn">Dịch vụ công</a>'
        '<a href="/en.htm">English</a><a href="/cn.htm">中文</a></div>'
        f'<header class="header__main"><a href="/" class="logo"><img src="/static/img/logo-bao-dien-tu-chinh-phu.png" alt="{CP}"></a></header>'
        f'<nav class="header__nav"><ul>{nav}</ul></nav>'
        '<div class="hot-topics"><span>Sự kiện:</span><a href="/su-kien/ky-hop-quoc-hoi.htm">Kỳ họp Quốc hội</a>'
        '<a href="/su-kien/ocop.htm">Chương trình OCOP</a><a href="/su-kien/chuyen-doi-so.htm">Chuyển đổi số</a></div>'
        f'<div class="main"><div class="main__left">{main}</div>'
        f'<aside class="main__right"><div class="box-most"><h3>Đọc nhiều</h3><ol>{most}</ol></div>'
        f'<div class="banner"><a href="https://pakn.example.vn"><img src="/static/banner/pakn.jpg" alt="{page.c("banner-phan-anh-kien-nghi-300x250")}"></a></div>'
        '<div class="box-vgp-tv"><h3>VGP TV</h3><a href="/multimedia/video.htm">Bản tin Chính phủ tuần qua</a></div></aside></div>'
        f'<footer class="footer"><p>{footer}</p><p>Tòa soạn: 16 Lê Hồng Phong, Ba Đình, Hà Nội</p>'
        '<p>Ghi rõ nguồn Chinhphu.vn khi phát hành lại thông tin từ website này.</p></footer></body></html>'
    )  # fmt: skip


# ------------------------------------------------------------------ 4. provincial Party propaganda and mass-mobilisation board
TG = "Ban Tuyên giáo và Dân vận Tỉnh ủy Quảng Trị"


def _tg_article(page: Page) -> str:
    art = page.art
    day, hour = _date(page)
    body = page.body(
        lambda t: f'<p class="MsoNormal" style="text-align:justify">{t}</p>',
        lambda t: f'<p class="MsoNormal" style="text-align:justify"><b><i>{t}</i></b></p>',
        lambda t, i: (f'<div class="img-box"><img src="/upload/tgdv/2026/11/{day:02d}{page.index:03d}{i}.jpg" alt="">'
                      f'<div class="img-note">{t}</div></div>'),
        lambda h: f'<div class="tin-giua"><span>Đọc thêm</span><ul><li><a href="/tin/{_slug(h)}.html">{h}</a></li></ul></div>',
    )  # fmt: skip
    credit = f"Bài, ảnh: {art['byline']}" if art.get("captions") else art["byline"]
    guide = page.c(
        "Cán bộ, đảng viên và Nhân dân không chia sẻ, bình luận những thông tin chưa được kiểm chứng "
        "trên mạng xã hội; phát hiện thông tin xấu độc xin báo về Ban qua đường dây nóng."
    )
    newer = "".join(
        f'<li><a href="/tin/{_slug(h)}.html">{page.c(h)}</a> <i>({day - 1 - i % 4:02d}/11)</i></li>'
        for i, h in enumerate(page.related(5))
    )  # fmt: skip
    lead = f'<div class="sapo"><i>{esc(art["lead"])}</i></div>' if art["lead"] else ""
    return (
        '<div class="path"><a href="/">Trang chủ</a> &gt; <a href="/tin-tuc-hoat-dong">Tin tức - Hoạt động</a> &gt; '
        '<a href="/dan-van">Dân vận</a></div>'
        f'<div class="detail"><h1 class="title">{esc(art["title"])}</h1>'
        f'<div class="time">Cập nhật: {day:02d}-11-2026 | {hour:02d}:{(17 * page.index) % 60:02d}:{(29 * page.index) % 60:02d}</div>'
        f'{lead}<div class="content">{body}'
        f'<p class="MsoNormal" style="text-align:right"><b>{esc(credit)}</b></p>'
        f'<div class="dinhhuong"><p><b>Thông tin định hướng:</b> {guide}</p></div></div>'
        '<div class="tool"><a href="javascript:window.print()">In bài</a> | <a href="#">Gửi email</a> | '
        '<a href="#">Chia sẻ</a> | <a href="#top">Lên đầu trang</a></div></div>'
        f'<div class="tin-moi-hon"><h3>Các tin mới hơn</h3><ul>{newer}</ul></div>'
    )  # fmt: skip


def _tg_listing(page: Page) -> str:
    rows = "".join(
        f'<li><span class="stt">{i + 1}.</span> <a class="tieude" href="/tin/{_slug(t)}.html">{esc(t)}</a>'
        f'<p class="tomtat">{esc(s)}</p></li>'
        for i, (t, s) in enumerate(page.teasers(11))
    )  # fmt: skip
    return (
        '<div class="path"><a href="/">Trang chủ</a> &gt; Tin tức - Hoạt động</div>'
        f'<h1 class="cat">Tin tức - Hoạt động</h1><ul class="list-news">{rows}</ul>'
        f'<div class="paging">Trang {page.number} / 40 · <a href="?page={page.number + 1}">Tiếp</a></div>'
    )


def tuyen_giao(page: Page, url: str) -> str:
    menu = ["Trang chủ", "Giới thiệu", "Tin tức - Hoạt động", "Tuyên truyền", "Dân vận", "Bảo vệ nền tảng tư tưởng",
            "Học tập và làm theo Bác", "Tài liệu", "Hỏi - Đáp", "Video"]  # fmt: skip
    nav = "".join(f'<li><a href="/{_slug(m)}">{esc(m)}</a></li>' for m in menu)
    if page.kind == "listing":
        main, title = _tg_listing(page), "Tin tức - Hoạt động"
    else:
        main, title = _tg_article(page), page.art["title"]
    latest = "".join(
        f'<li><a href="/tin/{_slug(h)}.html">{page.c(h)}</a></li>' for h in page.related(10)[5:]
    )
    docs = "".join(
        f'<li><a href="/upload/tailieu/{d}">{page.c(d)}</a></li>'
        for d in ("Tai-lieu-sinh-hoat-chuyen-de-OCOP-quy-IV-2026.pdf", "De-cuong-tuyen-truyen-ky-niem-ngay-thanh-lap-MTTQ.pdf")
    )  # fmt: skip
    footer = page.c(
        "Trang thông tin điện tử Ban Tuyên giáo và Dân vận Tỉnh ủy Quảng Trị. Chịu trách nhiệm chính: "
        "Phó Trưởng Ban Thường trực"
    )
    return (
        '<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        f"<title>{esc(title)} | {TG}</title>"
        '<link rel="stylesheet" href="/css/tgdv.css"></head><body><a name="top"></a><div class="page">'
        f'<div class="header"><img src="/images/logo-dang.png" alt="{page.c("logo-ban-tuyen-giao-dan-van-quang-tri")}">'
        '<div class="site-name"><span>ĐẢNG BỘ TỈNH QUẢNG TRỊ</span><b>BAN TUYÊN GIÁO VÀ DÂN VẬN</b></div></div>'
        f'<div class="menu"><ul>{nav}</ul></div>'
        '<div class="slogan"><marquee scrollamount="3">Nhiệt liệt chào mừng kỷ niệm 96 năm Ngày truyền thống công tác Dân vận của Đảng · '
        'Dân vận khéo thì việc gì cũng thành công</marquee></div>'
        f'<div class="body"><div class="col-left">{main}</div>'
        f'<div class="col-right"><div class="box"><h3>Tin mới nhất</h3><ul>{latest}</ul></div>'
        f'<div class="box"><h3>Tài liệu sinh hoạt chi bộ</h3><ul>{docs}</ul></div>'
        '<div class="box"><h3>Chuyên trang</h3><a href="/ocop"><img src="/images/bn-ocop.jpg" alt="Chuyên trang sản phẩm OCOP Quảng Trị"></a>'
        '<a href="/bao-ve-nen-tang"><img src="/images/bn-bvntt.jpg" alt="Bảo vệ nền tảng tư tưởng của Đảng"></a></div>'
        '<div class="box">Lượt truy cập: 2.451.909</div></div></div>'
        f'<div class="footer"><p>{footer}</p><p>Địa chỉ: 45 Hùng Vương, phường Đông Hà, tỉnh Quảng Trị · Điện thoại: 0233.3852.xxx</p></div>'
        "</div></body></html>"
    )  # fmt: skip


TEMPLATES = {
    "mttq_dcs": (
        mttq_dcs,
        _url_for(
            "mttq_dcs",
            "https://mttq.phutho.example.vn/",
            "tin-hoat-dong?p={n}",
            "tin-tuc/{slug}-{id}",
        ),
    ),
    "hoi_nha_bao": (
        hoi_nha_bao,
        _url_for(
            "hoi_nha_bao",
            "https://hoinhabao.nghean.example.vn/",
            "tin-tuc-su-kien/page/{n}/",
            "{slug}/",
        ),
    ),
    "bao_chinh_phu": (
        bao_chinh_phu,
        _url_for(
            "bao_chinh_phu",
            "https://baochinhphu.example.vn/",
            "nong-nghiep-nong-thon/trang-{n}.htm",
            "{slug}-10226112{id}.htm",
        ),
    ),
    "tuyen_giao": (
        tuyen_giao,
        _url_for(
            "tuyen_giao",
            "https://tuyengiao.quangtri.example.vn/",
            "tin-tuc-hoat-dong?page={n}",
            "tin/{slug}-{id}.html",
        ),
    ),
}
