"""Page templates of the thirteenth blind set, each modelled on one kind of Vietnamese site.

Every render(page, url) returns the page HTML; strings passed through ``page.c`` are chrome
(recorded in the gold as must-not-appear). Kind "listing" is not an article. None of these
templates repeats one of the earlier sets (bench/templates_blind … templates_blind12).
"""

from __future__ import annotations

from functools import partial

from _build import Page, esc
from template_sets import json_ld

DATE = "2026-11-21T08:10:00+07:00"


_ld = partial(json_ld, date=DATE)


def _dropcap(html_p: str) -> str:
    """JNews' [dropcap] shortcode: the first letter of the first paragraph in its own span."""
    start = html_p.index(">") + 1
    return html_p[:start] + f'<span class="dropcap">{html_p[start]}</span>' + html_p[start + 1 :]


# ------------------------------------------------------------------ 1. agriculture magazine, JNews
def _jnews_after(page: Page, art: dict) -> str:
    """Below the body: previous/next, author box, related posts and the comment form."""
    rel = page.related(6)
    prev_t, next_t = rel[0], rel[1]
    related = "".join(
        f'<article class="jeg_post jeg_pl_md_5"><div class="jeg_thumb"><a href="/bai-{i}/"><img alt="" '
        f'src="/wp-content/uploads/2026/11/rel-{i}-360x180.jpg"></a></div><div class="jeg_postblock_content">'
        f'<h3 class="jeg_post_title"><a href="/bai-{i}/">{page.c(h)}</a></h3><div class="jeg_post_meta">'
        f'<div class="jeg_meta_date"><a href="/bai-{i}/"><i class="fa fa-clock-o"></i> {i + 1} ngày trước</a></div></div></div></article>'
        for i, h in enumerate(rel[2:])
    )  # fmt: skip
    author_desc = page.c(
        "Phóng viên mảng nông nghiệp, nông thôn, phụ trách tin bài khu vực miền núi phía Bắc."
    )
    return (
        '<div class="jnews_prev_next_container"><div class="jeg_prevnext_post">'
        f'<a href="/bai-truoc/" class="post prev-post"><span class="caption">Bài trước</span><h3 class="post-title">{page.c(prev_t)}</h3></a>'
        f'<a href="/bai-sau/" class="post next-post"><span class="caption">Bài tiếp theo</span><h3 class="post-title">{page.c(next_t)}</h3></a></div></div>'
        '<div class="jnews_author_box_container "><div class="jeg_authorbox"><div class="jeg_author_image"><img alt="" src="/avatar/80.jpg" class="avatar"></div>'
        f'<div class="jeg_author_content"><h3 class="jeg_author_name"><a href="/author/tac-gia/">{esc(art["byline"])}</a></h3>'
        f'<p class="jeg_author_desc">{author_desc}</p></div></div></div>'
        '<div class="jnews_related_post_container"><div class="jeg_postblock_22 jeg_postblock jeg_col_3o3"><div class="jeg_block_heading jeg_block_heading_6">'
        f'<h3 class="jeg_block_title"><span>Bài viết liên quan</span></h3></div><div class="jeg_posts_wrap"><div class="jeg_posts jeg_load_more_flag">{related}</div></div></div></div>'
        '<div class="jnews_comment_container"><div id="comments" class="jeg_comment"><h3 class="comments-title">2 bình luận</h3><ol class="commentlist">'
        f'<li class="comment"><div class="comment-body"><b class="fn">Nguyễn Hữu Đạt</b><p>{page.c("Cho hỏi hợp tác xã có bán lẻ qua bưu điện không, tôi ở Cần Thơ muốn mua thử hai hộp.")}</p></div></li></ol>'
        '<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Để lại bình luận</h3>'
        '<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes">'
        f'{page.c("Email của bạn sẽ không được hiển thị công khai. Các trường bắt buộc được đánh dấu")} <span class="required">*</span></p>'
        '<p class="comment-form-comment"><label for="comment">Bình luận</label><textarea id="comment" name="comment" cols="45" rows="8"></textarea></p>'
        '<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Gửi bình luận"></p></form></div></div></div>'
    )  # fmt: skip


def _jnews_post(page: Page, url: str, site: str) -> str:
    art = page.art
    caps = list(art.get("captions") or [])
    # JNews shows the first photo as the featured image above the body, with its caption
    featured = ""
    if caps and page.kind == "long":
        cap = caps.pop(0)
        page.caption_samples.append(cap)
        featured = (
            '<div class="jeg_featured featured_image"><a href="/wp-content/uploads/2026/11/che-co-thu.jpg">'
            '<div class="thumbnail-container animate-lazy" style="padding-bottom:56.25%"><img width="750" height="422" '
            'src="/wp-content/themes/jnews/assets/img/jeg-empty.png" data-src="/wp-content/uploads/2026/11/che-co-thu-750x422.jpg" '
            f'class="attachment-jnews-750x422 size-jnews-750x422 lazyload wp-post-image" alt=""></div></a>'
            f'<p class="wp-caption-text">{esc(cap)}</p></div>'
        )  # fmt: skip
    body_art = dict(art, captions=caps)
    saved, page.art = page.art, body_art
    body = page.body(
        lambda t: f"<p>{t}</p>",
        lambda t: f"<h3><strong>{t}</strong></h3>",
        lambda t, i: (f'<figure id="attachment_{8800 + i}" class="wp-caption aligncenter" style="width:750px">'
                      f'<img loading="lazy" class="size-full wp-image-{8800 + i}" src="/wp-content/uploads/2026/11/che-{i}.jpg" alt="">'
                      f'<figcaption class="wp-caption-text">{t}</figcaption></figure>'
                      + (f'<div class="jeg_ad jeg_ad_article jnews_content_inline_ads"><div class="ads-wrapper align-center">'
                         f'<a href="/qc/hoi-cho" class="adlink ads_image"><img src="/qc/banner-hoi-cho-ocop-300x250.jpg" '
                         f'alt="banner-hoi-cho-ocop-300x250.jpg"></a><div class="ads-text">{page.c("QUẢNG CÁO")}</div></div></div>'
                         if i <= 10 else "")),
        lambda h: ('<div class="jnews_inline_related_post_wrapper"><div class="jnews_inline_related_post">'
                   '<div class="jeg_postblock_29 jeg_postblock jeg_module_hook"><div class="jeg_block_heading jeg_block_heading_6">'
                   '<h3 class="jeg_block_title"><span>Xem thêm</span></h3></div><div class="jeg_posts"><div class="jeg_postsmall">'
                   f'<article class="jeg_post"><div class="jeg_postblock_content"><h3 class="jeg_post_title"><a href="/ky-thuat/">{h}</a>'
                   '</h3></div></article></div></div></div></div></div>'),
    )  # fmt: skip
    page.art = saved
    first_end = body.index("</p>") + 4
    body = _dropcap(body[:first_end]) + body[first_end:]
    tags = (
        ["chè shan tuyết", "OCOP", "hợp tác xã"]
        if page.kind != "non_ocop"
        else ["thời tiết", "rau vụ đông"]
    )
    tag_html = "".join(f'<a href="/tag/t{i}/" rel="tag">{esc(t)}</a>' for i, t in enumerate(tags))
    share = (
        '<div class="jeg_share_button clearfix"><div class="jeg_share_stats"><div class="jeg_share_count">'
        '<div class="counts">27</div><span class="sharetext">LƯỢT CHIA SẺ</span></div><div class="jeg_views_count">'
        '<div class="counts">1.4k</div><span class="sharetext">LƯỢT XEM</span></div></div><div class="jeg_sharelist">'
        '<a href="#" rel="nofollow" class="jeg_btn-facebook expanded"><i class="fa fa-facebook-official"></i><span>Chia sẻ lên Facebook</span></a>'
        '<a href="#" rel="nofollow" class="jeg_btn-zalo expanded"><span>Gửi qua Zalo</span></a></div></div>'
    )  # fmt: skip
    lead = f'<h2 class="jeg_post_subtitle">{esc(art["lead"])}</h2>' if art["lead"] else ""
    return (
        '<div class="jeg_breadcrumbs jeg_breadcrumb_container"><div id="breadcrumbs"><span><a href="/">Trang chủ</a></span>'
        '<i class="fa fa-angle-right"></i><span class="breadcrumb_last_link"><a href="/chuyen-muc/nong-san/">Nông sản</a></span></div></div>'
        f'<div class="entry-header"><h1 class="jeg_post_title">{esc(art["title"])}</h1>{lead}'
        '<div class="jeg_meta_container"><div class="jeg_post_meta jeg_post_meta_1"><div class="meta_left">'
        f'<div class="jeg_meta_author"><img alt="{esc(art["byline"])}" src="/avatar/96.jpg" class="avatar avatar-80 photo" height="80" width="80">'
        f'<span class="meta_text">bởi</span> <a href="/author/tac-gia/">{esc(art["byline"])}</a></div>'
        '<div class="jeg_meta_date"><a href="#">21/11/2026</a></div><div class="jeg_meta_category"><span><span class="meta_text">trong</span> '
        '<a href="/chuyen-muc/nong-san/" rel="category tag">Nông sản</a></span></div></div><div class="meta_right">'
        '<div class="jeg_meta_comment"><a href="#comments"><i class="fa fa-comment-o"></i> 2</a></div></div></div></div></div>'
        f'{featured}<div class="jeg_share_top_container">{share}</div>'
        '<div class="jeg_ad jeg_article jnews_article_top_ads"><div class="ads-wrapper"><a href="/qc/phan-bon" class="adlink ads_image">'
        '<img src="/qc/phan-bon-huu-co-728x90.png" alt="phan-bon-huu-co-728x90.png"></a></div></div>'
        '<div class="entry-content with-share"><div class="jeg_share_button share-float jeg_sticky_share clearfix share-monocrhome">'
        '<div class="jeg_share_float_container"><div class="jeg_sharelist"><a href="#" class="jeg_btn-facebook"><i class="fa fa-facebook-official"></i></a>'
        '<a href="#" class="jeg_btn-twitter"><i class="fa fa-twitter"></i></a></div></div></div>'
        f'<div class="content-inner ">{body}<div class="jeg_post_tags"><span>Thẻ:</span> {tag_html}</div></div></div>'
        f'<div class="jeg_share_bottom_container">{share}</div>'
        + _jnews_after(page, art)
    )  # fmt: skip


def jnews_nongsan(page: Page, url: str) -> str:
    site = "Tạp chí Nông sản và Thị trường"
    menu = ["Thời sự", "Nông sản", "Thị trường", "OCOP", "Nông thôn mới", "Khoa học", "Media"]
    nav = "".join(
        f'<li class="menu-item menu-item-type-taxonomy"><a href="/chuyen-muc/m{i}/">{m}</a></li>'
        for i, m in enumerate(menu)
    )
    if page.kind == "listing":
        title = "OCOP"
        posts = "".join(
            f'<article class="jeg_post jeg_pl_lg_2 format-standard"><div class="jeg_thumb"><a href="/tin-{i}/">'
            f'<div class="thumbnail-container"><img src="/wp-content/uploads/2026/11/t{i}-350x250.jpg" alt=""></div></a>'
            f'<div class="jeg_post_category"><span><a href="/chuyen-muc/ocop/" class="category-ocop">OCOP</a></span></div></div>'
            f'<div class="jeg_postblock_content"><h3 class="jeg_post_title"><a href="/tin-{i}/">{esc(t)}</a></h3>'
            f'<div class="jeg_post_meta"><div class="jeg_meta_author"><span class="by">bởi</span> <a href="/author/bbt/">Ban biên tập</a></div>'
            f'<div class="jeg_meta_date"><a href="/tin-{i}/"><i class="fa fa-clock-o"></i> {20 - i}/11/2026</a></div></div>'
            f'<div class="jeg_post_excerpt"><p>{esc(s)}</p><a href="/tin-{i}/" class="jeg_readmore">Đọc tiếp</a></div></div></article>'
            for i, (t, s) in enumerate(page.teasers(11))
        )  # fmt: skip
        main = (
            f'<div class="jeg_archive_header"><h1 class="jeg_archive_title">{title}</h1><h2 class="jeg_archive_description">'
            'Tin tức, câu chuyện và chính sách về Chương trình Mỗi xã một sản phẩm</h2></div>'
            f'<div class="jnews_archive_content_wrapper"><div class="jeg_postblock_4 jeg_postblock"><div class="jeg_posts jeg_load_more_flag">{posts}</div>'
            '<div class="jeg_navigation jeg_pagination jeg_pagenav_1"><div class="navigation_text"><span class="page_number active">1</span>'
            '<a class="page_number" href="/chuyen-muc/ocop/page/2/">2</a><a class="page_nav next" href="/chuyen-muc/ocop/page/2/">Tiếp</a></div></div></div></div>'
        )  # fmt: skip
        head = f"<title>Lưu trữ {title} - {site}</title>"
    else:
        art = page.art
        main = _jnews_post(page, url, site)
        head = (
            f"<title>{esc(art['title'])} - {site}</title>"
            f'<meta property="og:title" content="{esc(art["title"])}"><meta property="og:type" content="article">'
            + _ld(page, url, site)
        )  # fmt: skip
    popular = "".join(
        f'<div class="jeg_post jeg_pl_sm"><h3 class="jeg_post_title"><a href="/doc-nhieu-{i}/">{page.c(h)}</a></h3></div>'
        for i, h in enumerate(page.related(9)[6:])
    )
    footer = page.c(
        "Cơ quan chủ quản: Hội Khoa học Kinh tế Nông nghiệp. Chuyên trang OCOP phát hành định kỳ hằng tuần."
    )
    return (
        f'<!DOCTYPE html><html lang="vi" prefix="og: https://ogp.me/ns#"><head><meta charset="UTF-8">{head}'
        '<meta name="generator" content="WordPress 6.6.2"><link rel="stylesheet" id="jnews-frontend-css" href="/wp-content/themes/jnews/assets/dist/frontend.min.css" media="all"></head>'
        '<body class="wp-singular post-template-default single single-post jnews jsc_normal"><div class="jeg_viewport">'
        '<div class="jeg_header_wrapper"><div class="jeg_header normal"><div class="jeg_topbar jeg_container dark"><div class="container">'
        '<div class="jeg_nav_item jeg_top_date">Thứ Bảy, 21/11/2026</div></div></div><div class="jeg_midbar jeg_container normal">'
        f'<div class="jeg_logo jeg_desktop_logo"><a href="/"><img class="jeg_logo_img" src="/logo.png" alt="{site}"></a></div></div>'
        f'<div class="jeg_bottombar jeg_navbar jeg_container jeg_navbar_wrapper"><div class="jeg_nav_item jeg_main_menu_wrapper"><ul class="jeg_menu jeg_main_menu jeg_menu_style_1">{nav}</ul></div></div></div></div>'
        '<div class="jeg_main "><div class="jeg_container"><div class="jeg_content jeg_singlepage"><div class="container"><div class="row">'
        f'<div class="jeg_main_content col-md-8"><div class="jeg_inner_content">{main}</div></div>'
        '<div class="jeg_sidebar jeg_sticky_sidebar col-md-4"><div class="widget widget_jnews_module_block_21"><div class="jeg_block_heading jeg_block_heading_6">'
        f'<h3 class="jeg_block_title"><span>Đọc nhiều</span></h3></div><div class="jeg_posts">{popular}</div></div>'
        '<div class="widget widget_jnews_module_element_ads"><div class="ads-wrapper"><a href="/qc/sieu-thi"><img src="/qc/sieu-thi-ocop-300x600.jpg" alt="sieu-thi-ocop-300x600.jpg"></a></div></div></div>'
        f'</div></div></div></div></div><div class="footer-holder" id="footer"><div class="jeg_footer jeg_footer_2 dark"><p class="copyright">{footer}</p>'
        '<p>© 2026 Bản quyền thuộc về tạp chí. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p></div></div></div>'
        '<script type="text/javascript" src="/wp-content/themes/jnews/assets/dist/frontend.min.js"></script></body></html>'
    )  # fmt: skip


def jnews_url(kind: str) -> str:
    return "https://nongsanthitruong.example.vn/" + {
        "long": "che-shan-tuyet-co-thu-tu-bup-rung-den-ke-hang-ocop-4-sao/",
        "brief": "muoi-hai-san-pham-che-duoc-xet-cong-nhan-ocop/",
        "non_ocop": "mua-da-bat-ngo-lam-hu-hai-rau-vu-dong/", "listing": "chuyen-muc/ocop/"}[kind]  # fmt: skip


# ------------------------------------------------------------------ 2. ethnic-affairs committee portal
def _ubdt_article(page: Page) -> str:
    art = page.art
    body = page.body(
        lambda t: f'<p style="text-align: justify;">{t}</p>',
        lambda t: f'<p style="text-align: justify;"><strong>{t}</strong></p>',
        # the CMS editor puts photo and caption in two centred paragraphs inside the body
        lambda t, i: (f'<p style="text-align: center;"><img alt="" src="/Upload/Images/2026/11/21/dl-{i}.jpg" '
                      f'style="width: 600px; height: 400px;"></p><p style="text-align: center;"><em>{t}</em></p>'),
        lambda h: f'<p style="text-align: justify;"><strong>Xem thêm: </strong><a href="/tin/{len(h)}">{h}</a></p>',
    )  # fmt: skip
    tail = f'<p style="text-align: right;"><strong>{esc(art["byline"])}</strong></p>'
    if art.get("attribution"):
        tail += f'<p style="text-align: right;"><em>{esc(art["attribution"])}</em></p>'
    lead = f'<div class="summary"><b>{esc(art["lead"])}</b></div>' if art["lead"] else ""
    others = "".join(
        f'<li><a href="/tin-tuc/tin-khac-{i}.htm">{page.c(h)}</a> <span class="date">({20 - i}/11/2026)</span></li>'
        for i, h in enumerate(page.related(6))
    )  # fmt: skip
    return (
        '<div class="breadcrumb"><a href="/">Trang chủ</a> » <a href="/tin-tuc.htm">Tin tức</a> » '
        '<a href="/tin-tuc/tin-tuc-su-kien.htm">Tin tức - Sự kiện</a> » <a href="/tin-tuc/chinh-sach-dan-toc.htm">Chính sách dân tộc</a></div>'
        f'<div class="ContentDetail"><h1 class="title-news">{esc(art["title"])}</h1>'
        '<div class="date-view">08:10 AM 21/11/2026 |&nbsp;&nbsp; Lượt xem: 2317 |&nbsp;&nbsp; <a href="javascript:window.print()">In bài viết</a> |</div>'
        f'{lead}<div class="content-news">{body}{tail}</div>'
        '<div class="tools"><a href="#" onclick="sendMail()">Gửi cho bạn bè</a> | <a href="javascript:window.print()">In bài viết</a>'
        ' | <a href="#top">Về đầu trang</a></div>'
        '<div class="rating">Đánh giá bài viết: <span class="star" data-v="1">★</span><span class="star" data-v="2">★</span>'
        '<span class="star" data-v="3">★</span> (0 lượt)</div></div>'
        f'<div class="other-news"><div class="title-other">Các tin khác</div><ul>{others}</ul></div>'
    )  # fmt: skip


def cong_ubdt(page: Page, url: str) -> str:
    site = "Cổng Thông tin điện tử Ủy ban Dân tộc"
    menu = ["Trang chủ", "Giới thiệu", "Tin tức", "Chính sách dân tộc", "Văn bản", "Thông tin thị trường giá cả",
            "Dân tộc Việt Nam", "Hỏi đáp"]  # fmt: skip
    nav = "".join(
        f'<td class="menu-item"><a href="/m{i}.htm">{m}</a></td>' for i, m in enumerate(menu)
    )
    cats = ["Tin tức - Sự kiện", "Chính sách dân tộc", "Xóa đói giảm nghèo", "Giáo dục - Đào tạo",
            "Văn hóa - Xã hội", "Sản phẩm OCOP vùng dân tộc"]  # fmt: skip
    left = "".join(f'<li><a href="/tin-tuc/c{i}.htm">{c}</a></li>' for i, c in enumerate(cats))
    if page.kind == "listing":
        title = "Sản phẩm OCOP vùng dân tộc"
        items = "".join(
            f'<div class="news-item"><a href="/tin-tuc/ocop-{i}.htm"><img class="thumb" src="/Upload/Thumb/ocop-{i}.jpg" alt=""></a>'
            f'<a class="title" href="/tin-tuc/ocop-{i}.htm">{esc(t)}</a> <span class="date">{(20 - i):02d}/11/2026</span>'
            f'<div class="sapo">{esc(s)}</div><div class="clear"></div></div>'
            for i, (t, s) in enumerate(page.teasers(10))
        )  # fmt: skip
        main = (f'<div class="breadcrumb"><a href="/">Trang chủ</a> » <a href="/tin-tuc.htm">Tin tức</a> » {title}</div>'
                f'<div class="cat-title">{title}</div><div class="list-news">{items}</div>'
                '<div class="paging">Trang: <b>1</b> <a href="?p=2">2</a> <a href="?p=3">3</a> <a href="?p=2">»</a></div>')  # fmt: skip
        head = f"<title>{title}</title>"
    else:
        main = _ubdt_article(page)
        head = (f"<title>{esc(page.art['title'])}</title>"
                f'<meta name="description" content="{esc(page.art["lead"] or page.art["title"])}">')  # fmt: skip
    docs = page.c("Quyết định phê duyệt danh mục sản phẩm OCOP tiêu biểu vùng dân tộc thiểu số")
    notice = page.c("Thông báo tuyển chọn chủ thể OCOP tham gia tuần hàng tại thủ đô")
    footer = page.c(
        "Cơ quan chủ quản: Ủy ban Dân tộc. Giấy phép số 128/GP-TTĐT. Ghi rõ nguồn khi phát hành lại thông tin từ cổng thông tin này."
    )
    return (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">'
        f'<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />{head}'
        '<link href="/Portals/_default/Skins/ubdt/skin.css" rel="stylesheet" type="text/css" /></head><body><a name="top"></a>'
        f'<div id="wrapper"><div id="banner"><img src="/images/banner.jpg" alt="{site}" /></div>'
        '<div class="lang-bar"><a href="/vi">Tiếng Việt</a> | <a href="/en">English</a> | <a href="/dan-toc/mong">Hmông</a>'
        ' | <a href="/dan-toc/khmer">Khmer</a> | <a href="/dan-toc/ede">Ê Đê</a></div>'
        f'<table id="menu" cellpadding="0" cellspacing="0"><tr>{nav}</tr></table>'
        '<div class="search-box"><input type="text" name="q" value="Tìm kiếm..." /><input type="button" value="Tìm" /></div>'
        '<table id="layout" width="100%" cellpadding="0" cellspacing="0"><tr>'
        f'<td id="left" width="220" valign="top"><div class="box"><div class="box-title">Chuyên mục</div><ul class="cat-tree">{left}</ul></div>'
        f'<div class="box"><div class="box-title">Thông báo</div><marquee direction="up" scrollamount="2"><a href="/tb/1.htm">{notice}</a></marquee></div></td>'
        f'<td id="center" valign="top">{main}</td>'
        f'<td id="right" width="240" valign="top"><div class="box"><div class="box-title">Văn bản mới</div><ul><li><a href="/vb/1.htm">{docs}</a></li></ul></div>'
        '<div class="box"><div class="box-title">Liên kết website</div><select onchange="window.open(this.value)"><option>-- Chọn liên kết --</option>'
        '<option value="https://chinhphu.vn">Cổng TTĐT Chính phủ</option><option value="https://ocop.gov.vn">Chương trình OCOP</option></select></div>'
        '<div class="box"><a href="/qc/1"><img src="/Upload/Banner/tuan-hang-dan-toc-240x300.gif" alt="tuan-hang-dan-toc-240x300.gif" /></a></div>'
        '<div class="box counter">Đang truy cập: 312<br />Tổng lượt truy cập: 9.876.543</div></td></tr></table>'
        f'<div id="footer"><p>{footer}</p><p>Địa chỉ: 349 Đội Cấn, Ba Đình, Hà Nội</p></div></div></body></html>'
    )  # fmt: skip


def ubdt_url(kind: str) -> str:
    return "https://ubdt.example.gov.vn/tin-tuc/" + {
        "long": "phat-trien-san-pham-ocop-gan-voi-duoc-lieu-vung-dong-bao-dan-toc-thieu-so-24117.htm",
        "brief": "ho-tro-dong-bao-khmer-hoan-thien-ho-so-san-pham-ocop-24120.htm",
        "non_ocop": "cap-phat-gao-ho-tro-hoc-sinh-ban-tru-hoc-ky-i-24122.htm",
        "listing": "san-pham-ocop-vung-dan-toc.htm"}[kind]  # fmt: skip


# ------------------------------------------------------------------ 3. provincial daily, box + slider
def _box_article(page: Page) -> str:
    art = page.art
    caps = list(art.get("captions") or [])
    # the CMS shows the first photos as a swiper gallery between sapo and body
    top = caps[:2] if page.kind == "long" else []
    page.caption_samples.extend(top)
    slides = "".join(
        f'<div class="swiper-slide"><img src="/uploads/2026/11/21/nm-{i}.jpg" alt="nm-{i}.jpg">'
        f'<div class="slide-caption">{esc(c)}</div></div>'
        for i, c in enumerate(top)
    )  # fmt: skip
    gallery = (f'<div class="detail-gallery swiper-container"><div class="swiper-wrapper">{slides}</div>'
               '<div class="swiper-pagination"></div><div class="swiper-button-next"></div><div class="swiper-button-prev"></div></div>'
               if slides else "")  # fmt: skip
    saved, page.art = page.art, dict(art, captions=caps[len(top) :])
    box = esc(art.get("box") or "")
    body = page.body(
        # the writer's fact box is a one-cell table in the body: still the article's text
        lambda t: (f'<table class="box-note" align="center" border="0" cellpadding="8" style="width:90%;background:#f2f2f2">'
                   f'<tbody><tr><td><p><em>{t}</em></p></td></tr></tbody></table>' if box and t == box else f"<p>{t}</p>"),
        lambda t: f"<p><strong>{t}</strong></p>",
        lambda t, i: (f'<table class="image center"><tbody><tr><td><img src="/uploads/2026/11/21/nm-b{i}.jpg" alt=""></td></tr>'
                      f'<tr><td class="image-caption"><p>{t}</p></td></tr></tbody></table>'),
        lambda h: ('<div class="rel-inline"><div class="rel-title">TIN LIÊN QUAN</div><ul>'
                   f'<li><a href="/lang-nghe-ven-bien.html">{h}</a></li></ul></div>'),
    )  # fmt: skip
    page.art = saved
    return gallery + body


def bao_tinh_box(page: Page, url: str) -> str:
    site = "Báo Khánh Hòa điện tử"
    menu = ["Thời sự", "Kinh tế", "OCOP - Nông thôn mới", "Xã hội", "Văn hóa", "Thể thao", "Biển đảo", "Ảnh - Video"]  # fmt: skip
    nav = "".join(f'<li><a href="/c{i}/">{m}</a></li>' for i, m in enumerate(menu))
    hot = page.related(10)
    most = "".join(f'<li><span class="num">{i + 1}</span><a href="/xn-{i}.html">{page.c(h)}</a></li>' for i, h in enumerate(hot[5:]))  # fmt: skip
    if page.kind == "listing":
        title = "OCOP - Nông thôn mới"
        items = "".join(
            f'<div class="story"><a class="story-thumb" href="/ocop-{i}.html"><img src="/uploads/thumb/o{i}.jpg" alt=""></a>'
            f'<h3 class="story-title"><a href="/ocop-{i}.html">{esc(t)}</a></h3><div class="story-time">{(20 - i):02d}/11/2026 07:{10 + i}</div>'
            f'<p class="story-sapo">{esc(s)}</p></div>'
            for i, (t, s) in enumerate(page.teasers(12))
        )  # fmt: skip
        main = (f'<h1 class="cate-title">{title}</h1><div class="cate-list">{items}</div>'
                '<div class="pagination"><a class="active">1</a><a href="?page=2">2</a><a href="?page=2">Xem thêm</a></div>')  # fmt: skip
        head = f"<title>{title} - {site}</title>"
    else:
        art = page.art
        lead = f'<h2 class="detail-sapo">{esc(art["lead"])}</h2>' if art["lead"] else ""
        rel = "".join(
            f'<li><a href="/tlq-{i}.html">{page.c(h)}</a></li>' for i, h in enumerate(hot[:4])
        )
        tags = (
            ["nước mắm", "OCOP", "làng nghề"] if page.kind != "non_ocop" else ["áp thấp", "tàu cá"]
        )
        comment_note = page.c(
            "Ý kiến của bạn sẽ được biên tập trước khi đăng. Xin vui lòng gõ tiếng Việt có dấu."
        )
        main = (
            '<div class="breadcrumb"><a href="/">Trang chủ</a> / <a href="/c1/">Kinh tế</a></div>'
            f'<h1 class="detail-title">{esc(art["title"])}</h1><div class="detail-time">Thứ bảy, 21/11/2026 - 08:10'
            ' <span class="font-size">A- A+</span> <a class="print" href="?print=1">In</a></div>'
            f'{lead}<div class="detail-content">{_box_article(page)}</div>'
            f'<div class="detail-author">{esc(art["byline"])}</div>'
            '<div class="detail-share"><a class="fb" href="#">Chia sẻ</a> <a class="zalo" href="#">Zalo</a> <a class="copy" href="#">Sao chép liên kết</a></div>'
            '<div class="detail-tags"><b>Từ khóa:</b> ' + "".join(f'<a href="/tag/{i}">{esc(t)}</a>' for i, t in enumerate(tags)) + '</div>'
            f'<div class="box-related"><div class="box-title">Tin cùng chuyên mục</div><ul>{rel}</ul></div>'
            '<div class="box-comment"><div class="box-title">Ý kiến bạn đọc</div>'
            f'<p class="note">{comment_note}</p><form><textarea name="noidung"></textarea><input name="hoten" placeholder="Họ và tên">'
            '<input name="email" placeholder="Email"><button type="submit">Gửi ý kiến</button></form></div>'
        )  # fmt: skip
        head = f"<title>{esc(art['title'])}</title>" + _ld(page, url, site)
    footer = page.c("Báo Khánh Hòa - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh. Chuyên mục OCOP - Nông thôn mới cập nhật hằng ngày.")  # fmt: skip
    return (
        f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">{head}'
        '<link rel="stylesheet" href="/Content/swiper-bundle.min.css"><link rel="stylesheet" href="/Content/site.css?v=3.2"></head><body>'
        '<div class="topbar"><div class="container"><span class="today">Thứ bảy, 21/11/2026</span> <a href="/bao-in">Báo in</a> <a href="/rss">RSS</a></div></div>'
        f'<header class="header"><div class="container"><a class="logo" href="/"><img src="/images/logo.png" alt="{site}"></a>'
        '<a class="ad-header" href="/qc/h"><img src="/uploads/qc/banner-dac-san-ven-bien-970x90.jpg" alt="banner-dac-san-ven-bien-970x90.jpg"></a></div></header>'
        f'<nav class="mainmenu"><div class="container"><ul><li><a class="home" href="/">Trang chủ</a></li>{nav}</ul></div></nav>'
        f'<div class="container main"><div class="row"><div class="col-lg-8 col-main">{main}</div>'
        f'<aside class="col-lg-4 col-side"><div class="box-most"><div class="box-title">Xem nhiều</div><ol>{most}</ol></div>'
        '<div class="adv"><img src="/uploads/qc/tuan-le-ocop-300x250.gif" alt="tuan-le-ocop-300x250.gif"></div></aside></div></div>'
        f'<footer class="footer"><div class="container"><p>{footer}</p><p>Giấy phép số 59/GP-BTTTT. Tổng biên tập: Lê Văn Hòa.</p></div></footer>'
        '<script src="/Scripts/swiper-bundle.min.js"></script><script>new Swiper(".detail-gallery",{loop:true});</script></body></html>'
    )  # fmt: skip


def box_url(kind: str) -> str:
    return "https://baokhanhhoa.example.vn/" + {
        "long": "kinh-te/nuoc-mam-nhi-lang-chai-giu-nghe-bang-con-duong-ocop-318844.html",
        "brief": "kinh-te/trung-bay-nuoc-mam-va-hai-san-kho-ocop-tai-pho-di-bo-318850.html",
        "non_ocop": "thoi-su/ngu-dan-kip-dua-tau-vao-noi-tranh-tru-318861.html",
        "listing": "ocop-nong-thon-moi/"}[kind]  # fmt: skip


# ------------------------------------------------------------------ 4. provincial portal, <br> paragraphs
def _br_article(page: Page) -> str:
    art = page.art
    # the portal's old editor stores text lines separated by <br>, with no <p> at all
    body = page.body(
        lambda t: f"{t}<br><br>",
        lambda t: f"<b>{t}</b><br>",
        lambda t, i: (f'<div style="text-align:center"><img src="/Data/Images/2026/11/anh-{i}.jpg" alt="" width="600"><br>'
                      f"<i>{t}</i></div><br>"),
        lambda h: f'<b>Xem thêm:</b> <a href="/tin/{len(h)}">{h}</a><br><br>',
    )  # fmt: skip
    lead = f'<div class="ArticleSapo"><b>{esc(art["lead"])}</b></div>' if art["lead"] else ""
    files = page.c(
        {
            "long": "Kế hoạch phát triển sản phẩm OCOP giai đoạn 2026-2030.pdf",
            "brief": "Mẫu đơn đề nghị đánh giá sản phẩm OCOP.docx",
        }.get(page.kind, "Hướng dẫn nộp hồ sơ trực tuyến.pdf")
    )
    others = "".join(
        f'<li><a href="/tin/cung-chuyen-muc-{i}">{page.c(h)}</a> <i>({(19 - i):02d}/11/2026)</i></li>'
        for i, h in enumerate(page.related(5))
    )  # fmt: skip
    return (
        '<div class="PortletTitle"><a href="/">Trang chủ</a> &gt; <a href="/tin-tuc">Tin tức - Sự kiện</a> &gt; <span>Kinh tế</span></div>'
        f'<div class="ArticleDetail"><div class="ArticleTitle">{esc(art["title"])}</div>'
        '<div class="ArticleDate">Ngày đăng: 21/11/2026 | Lượt xem: 1.044 | <a href="#" onclick="window.print()">In trang</a></div>'
        f'{lead}<div class="ArticleContent">{body}'
        f'<div style="text-align:right"><b>{esc(art["byline"])}</b></div></div>'
        f'<div class="ArticleFiles"><b>Tệp đính kèm:</b> <a href="/Data/Files/kh-ocop.pdf">{files}</a></div>'
        '<div class="ArticleShare">Chia sẻ: <a href="#">Facebook</a> <a href="#">Zalo</a> <a href="#">Email</a></div></div>'
        f'<div class="ArticleOther"><div class="OtherTitle">Tin cùng chuyên mục</div><ul>{others}</ul></div>'
    )  # fmt: skip


def cong_br(page: Page, url: str) -> str:
    site = "Cổng Thông tin điện tử tỉnh Lâm Đồng"
    menu = ["Giới thiệu", "Tin tức - Sự kiện", "Chính quyền", "Công dân", "Doanh nghiệp", "Du khách", "Dịch vụ công"]  # fmt: skip
    nav = "".join(
        f'<li class="MenuItem"><a href="/menu/{i}">{m}</a></li>' for i, m in enumerate(menu)
    )
    if page.kind == "listing":
        title = "Tin tức - Sự kiện"
        items = "".join(
            f'<div class="NewsItem"><img src="/Data/Thumb/t{i}.jpg" alt="" class="NewsThumb"><a class="NewsTitle" href="/tin/t{i}">{esc(t)}</a>'
            f'<span class="NewsDate">({(20 - i):02d}/11/2026)</span><div class="NewsSapo">{esc(s)}</div></div>'
            for i, (t, s) in enumerate(page.teasers(10))
        )  # fmt: skip
        main = (f'<div class="PortletTitle">{title}</div><div class="NewsList">{items}</div>'
                '<div class="Paging"><span>1</span> <a href="?p=2">2</a> <a href="?p=3">3</a> <a href="?p=50">Cuối</a></div>')  # fmt: skip
        head = f"<title>{title} - {site}</title>"
    else:
        main = _br_article(page)
        head = f"<title>{esc(page.art['title'])}</title>"
    hot = page.c("Danh sách sản phẩm OCOP được công nhận năm 2026")
    footer = page.c("Cơ quan chủ quản: Ủy ban nhân dân tỉnh. Cơ quan thường trực Chương trình OCOP: Sở Nông nghiệp và Môi trường.")  # fmt: skip
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8">{head}<link rel="stylesheet" href="/Portal/Skins/Default/style.css"></head><body>'
        f'<div id="Header"><img src="/Portal/Skins/Default/banner.png" alt="{site}"><div class="Slogan">'
        '<marquee>Chào mừng kỷ niệm 80 năm Ngày Quốc khánh</marquee></div></div>'
        f'<div id="Menu"><ul>{nav}</ul></div><div id="Body"><div id="Left">'
        f'<div class="Box"><div class="BoxTitle">Tiêu điểm</div><ul><li><a href="/tin/tieu-diem">{hot}</a></li></ul></div>'
        '<div class="Box"><div class="BoxTitle">Dịch vụ công trực tuyến</div><a href="/dvc"><img src="/Data/Banner/dich-vu-cong-250x120.png" alt="dich-vu-cong-250x120.png"></a></div>'
        f'</div><div id="Content">{main}</div></div>'
        f'<div id="Footer">{footer}<br>Địa chỉ: số 36 đường Trần Phú. Điện thoại: 0263 xxx xxxx.</div></body></html>'
    )  # fmt: skip


def br_url(kind: str) -> str:
    return "https://lamdong.example.gov.vn/tin-tuc-su-kien/" + {
        "long": "tinh-dat-muc-tieu-moi-xa-co-it-nhat-hai-san-pham-ocop-a2811",
        "brief": "thong-bao-tiep-nhan-ho-so-danh-gia-san-pham-ocop-dot-2-a2815",
        "non_ocop": "tiep-nhan-ho-so-cap-doi-giay-phep-lai-xe-truc-tuyen-a2819",
        "listing": "kinh-te"}[kind]  # fmt: skip


# ------------------------------------------------------------------ 5. trade fair event site
def _fair_article(page: Page) -> str:
    art = page.art
    body = page.body(
        lambda t: f'<p class="mb-3">{t}</p>',
        lambda t: f'<h4 class="fw-bold mt-4">{t}</h4>',
        lambda t, i: (f'<figure class="figure w-100"><img class="figure-img img-fluid rounded" src="/assets/news/hc-{i}.webp" alt="">'
                      f'<figcaption class="figure-caption text-center">{t}</figcaption></figure>'),
        lambda h: (f'<div class="alert alert-warning d-flex"><i class="bi bi-map me-2"></i><a href="/so-do" class="alert-link">{h}</a></div>'),
    )  # fmt: skip
    lead = f'<p class="lead fw-semibold">{esc(art["lead"])}</p>' if art["lead"] else ""
    more = "".join(
        f'<div class="col-md-4"><div class="card h-100"><img class="card-img-top" src="/assets/news/m{i}.webp" alt="">'
        f'<div class="card-body"><h6 class="card-title"><a class="stretched-link" href="/tin-tuc/m{i}">{page.c(h)}</a></h6></div></div></div>'
        for i, h in enumerate(page.related(3))
    )  # fmt: skip
    return (
        '<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Hội chợ 2026</a></li>'
        '<li class="breadcrumb-item"><a href="/tin-tuc">Tin tức</a></li><li class="breadcrumb-item active" aria-current="page">Chi tiết</li></ol></nav>'
        f'<article class="event-news"><span class="badge bg-success mb-2">Tin hội chợ</span><h1 class="h2 fw-bold">{esc(art["title"])}</h1>'
        f'<div class="text-muted small mb-3"><i class="bi bi-calendar3"></i> 21/11/2026 · <i class="bi bi-person"></i> {esc(art["byline"])}</div>'
        f'{lead}<div class="event-news-content">{body}</div>'
        '<div class="d-flex gap-2 border-top pt-3 mt-4"><span class="small">Chia sẻ:</span><a class="btn btn-sm btn-outline-primary" href="#">Facebook</a>'
        '<a class="btn btn-sm btn-outline-info" href="#">Zalo</a><button class="btn btn-sm btn-outline-secondary" data-copy>Sao chép liên kết</button></div></article>'
        f'<section class="mt-5"><h5 class="section-title">Tin tức khác</h5><div class="row g-3">{more}</div></section>'
    )  # fmt: skip


def hoi_cho_event(page: Page, url: str) -> str:
    site = "Hội chợ Thương mại Quốc tế Biên giới 2026"
    menu = ["Giới thiệu", "Tin tức", "Sơ đồ gian hàng", "Khu OCOP", "Lịch sự kiện", "Đăng ký tham gia", "Liên hệ"]  # fmt: skip
    nav = "".join(
        f'<li class="nav-item"><a class="nav-link" href="/m{i}">{m}</a></li>'
        for i, m in enumerate(menu)
    )
    if page.kind == "listing":
        title = "Tin tức hội chợ"
        items = "".join(
            f'<div class="col-md-6"><div class="card mb-3"><div class="row g-0"><div class="col-4"><img class="img-fluid" src="/assets/news/l{i}.webp" alt=""></div>'
            f'<div class="col-8"><div class="card-body"><h5 class="card-title"><a href="/tin-tuc/l{i}">{esc(t)}</a></h5>'
            f'<p class="card-text">{esc(s)}</p><p class="card-text"><small class="text-muted">{(20 - i):02d}/11/2026</small></p></div></div></div></div></div>'
            for i, (t, s) in enumerate(page.teasers(10))
        )  # fmt: skip
        main = (f'<h1 class="h3 section-title">{title}</h1><div class="row">{items}</div>'
                '<nav><ul class="pagination"><li class="page-item active"><span class="page-link">1</span></li>'
                '<li class="page-item"><a class="page-link" href="?trang=2">2</a></li></ul></nav>')  # fmt: skip
        head = f"<title>{title} | {site}</title>"
    else:
        main = _fair_article(page)
        head = f"<title>{esc(page.art['title'])} | {site}</title>" + _ld(page, url, site)
    cta = page.c("Đăng ký gian hàng khu OCOP trước ngày 10/11 để được hỗ trợ 50% phí thuê")
    sponsors = "".join(
        f'<div class="col-2"><img class="img-fluid grayscale" src="/assets/sponsors/{n}.png" alt="{n}.png"></div>'
        for n in ("logo-ngan-hang-nong-nghiep", "logo-vietnam-post", "logo-san-tmdt", "logo-hiep-hoi-doanh-nghiep")
    )  # fmt: skip
    footer = page.c(
        "Đơn vị tổ chức: Sở Công Thương và Trung tâm Xúc tiến Thương mại tỉnh. Khu trưng bày sản phẩm OCOP mở cửa từ 8 giờ đến 22 giờ."
    )
    return (
        f'<!DOCTYPE html><html lang="vi" data-bs-theme="light"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">{head}'
        '<link href="/assets/css/bootstrap.min.css" rel="stylesheet"><link href="/assets/css/bootstrap-icons.min.css" rel="stylesheet"></head><body>'
        f'<div class="topbar bg-danger text-white small py-1"><div class="container d-flex justify-content-between"><span>{cta}</span>'
        '<a class="text-white" href="/dang-ky">Đăng ký ngay »</a></div></div>'
        f'<nav class="navbar navbar-expand-lg sticky-top bg-white shadow-sm"><div class="container"><a class="navbar-brand" href="/"><img src="/assets/logo-hoi-cho.svg" alt="{site}" height="48"></a>'
        f'<ul class="navbar-nav ms-auto">{nav}</ul></div></nav>'
        '<div class="countdown bg-light border-bottom py-2 text-center"><span class="me-2">Hội chợ diễn ra từ 24/11 đến 30/11/2026 · Còn</span>'
        '<b id="cd-days">03</b> ngày <b id="cd-hours">11</b> giờ <b id="cd-mins">42</b> phút</div>'
        f'<main class="container py-4"><div class="row"><div class="col-lg-9">{main}</div>'
        '<aside class="col-lg-3"><div class="card mb-3"><div class="card-header">Thông tin nhanh</div><ul class="list-group list-group-flush">'
        '<li class="list-group-item">Địa điểm: Khu kinh tế cửa khẩu</li><li class="list-group-item">Quy mô: 600 gian hàng</li>'
        '<li class="list-group-item">Hotline: 1900 xxxx</li></ul></div>'
        '<a href="/so-do"><img class="img-fluid" src="/assets/banner/so-do-gian-hang-300x400.jpg" alt="so-do-gian-hang-300x400.jpg"></a></aside></div></main>'
        f'<section class="sponsors border-top py-4"><div class="container"><h6 class="text-center text-muted">Đơn vị đồng hành</h6><div class="row justify-content-center">{sponsors}</div></div></section>'
        f'<footer class="bg-dark text-light py-4"><div class="container"><p>{footer}</p><p class="small">© 2026 Ban tổ chức hội chợ.</p></div></footer>'
        '<script src="/assets/js/bootstrap.bundle.min.js"></script><script src="/assets/js/countdown.js"></script></body></html>'
    )  # fmt: skip


def fair_url(kind: str) -> str:
    return "https://hoichobiengioi.example.vn/tin-tuc/" + {
        "long": "khu-gian-hang-ocop-chiem-mot-phan-ba-dien-tich-hoi-cho",
        "brief": "ngay-hoi-ocop-dien-ra-vao-thu-bay",
        "non_ocop": "phan-luong-giao-thong-quanh-khu-hoi-cho", "listing": ""}[kind]  # fmt: skip


# ------------------------------------------------------------------ 6. national daily, opinion column
def _op_article(page: Page) -> str:
    art = page.art
    body = page.body(
        lambda t: f"<p>{t}</p>",
        lambda t: f'<h2 class="op-subhead">{t}</h2>',
        lambda t, i: (f'<figure class="op-photo"><img src="/media/2026/11/op-{i}.jpg" alt="op-{i}.jpg">'
                      f"<figcaption>{t}</figcaption></figure>"),
        lambda h: f'<aside class="op-inline">{h}</aside>',
        quote_fmt=lambda t: f'<blockquote class="op-pullquote"><p>“{t}”</p></blockquote>',
    )  # fmt: skip
    # the editor's note (LTS) opens the page in italics, before the author card
    lead = f'<div class="op-lts"><em>{esc(art["lead"])}</em></div>' if art["lead"] else ""
    bio = page.c(
        "Nguyên Phó Viện trưởng một viện nghiên cứu chính sách nông nghiệp, tác giả nhiều công trình về chuỗi giá trị nông sản."
        if page.kind == "long"
        else "Cộng tác viên chuyên mục Diễn đàn của báo."
    )
    same = "".join(
        f'<li><a href="/goc-nhin/a{i}.html">{page.c(h)}</a></li>'
        for i, h in enumerate(page.related(4))
    )
    disclaimer = page.c(
        "Bài viết thể hiện quan điểm riêng của tác giả, không nhất thiết là quan điểm của tòa soạn."
    )
    return (
        '<div class="op-kicker"><a href="/goc-nhin/">GÓC NHÌN</a></div>'
        f'<h1 class="op-title">{esc(art["title"])}</h1>{lead}'
        f'<div class="op-author-card"><img src="/media/authors/a.jpg" alt=""><div><div class="op-author-name">{esc(art["byline"])}</div>'
        f'<div class="op-author-bio">{bio}</div></div></div>'
        f'<div class="op-body">{body}</div><p class="op-disclaimer">{disclaimer}</p>'
        '<div class="op-actions"><a href="#">Chia sẻ</a> · <a href="#binh-luan">Gửi ý kiến</a> · <a href="#">Lưu bài</a></div>'
        f'<section class="op-same-author"><h3>Bài cùng chuyên mục</h3><ul>{same}</ul></section>'
        '<section id="binh-luan" class="op-comment"><h3>Ý kiến của bạn</h3><form><textarea placeholder="Chia sẻ ý kiến của bạn"></textarea>'
        '<button type="submit">Gửi</button></form></section>'
    )  # fmt: skip


def goc_nhin(page: Page, url: str) -> str:
    site = "Báo Kinh tế Nông thôn"
    menu = ["Thời sự", "Góc nhìn", "Kinh tế", "Nhà nông", "OCOP", "Bạn đọc", "Pháp luật"]
    nav = "".join(f'<a class="menu-link" href="/m{i}/">{m}</a>' for i, m in enumerate(menu))
    if page.kind == "listing":
        title = "Góc nhìn"
        items = "".join(
            f'<article class="op-card"><h2><a href="/goc-nhin/l{i}.html">{esc(t)}</a></h2>'
            f'<p class="op-card-sapo">{esc(s)}</p><div class="op-card-author">Ban Diễn đàn · {(20 - i):02d}/11</div></article>'
            for i, (t, s) in enumerate(page.teasers(11))
        )  # fmt: skip
        main = f'<h1 class="cat-title">{title}</h1><div class="op-list">{items}</div><a class="more" href="?p=2">Xem thêm bài</a>'
        head = f"<title>{title} - {site}</title>"
    else:
        main = _op_article(page)
        head = f"<title>{esc(page.art['title'])} - {site}</title>" + _ld(
            page, url, site, "OpinionNewsArticle"
        )
    trend = "".join(
        f'<a class="trend" href="/t{i}/">#{esc(t)}</a>'
        for i, t in enumerate(["OCOP", "Giá lúa", "Nông thôn mới"])
    )
    footer = page.c(
        "Báo Kinh tế Nông thôn. Chuyên trang OCOP và nông thôn mới phát hành hằng ngày trên nền tảng số."
    )
    return (
        f'<!doctype html><html lang="vi"><head><meta charset="utf-8">{head}<link rel="stylesheet" href="/static/css/main.4f1c.css"></head><body>'
        f'<header class="site-header"><a class="logo" href="/">{site}</a><nav class="menu">{nav}</nav>'
        f'<div class="trending">Xu hướng: {trend}</div></header>'
        f'<main class="op-layout"><div class="op-main">{main}</div><aside class="op-side">'
        '<div class="ad-slot"><img src="/ads/may-nong-nghiep-300x250.jpg" alt="may-nong-nghiep-300x250.jpg"></div></aside></main>'
        f'<footer class="site-footer"><p>{footer}</p><p>© 2026. Giấy phép hoạt động báo điện tử số 210/GP-BTTTT.</p></footer></body></html>'
    )  # fmt: skip


def op_url(kind: str) -> str:
    return "https://kinhtenongthon.example.vn/goc-nhin/" + {
        "long": "dung-de-ngoi-sao-ocop-chi-nam-tren-vo-hop-a91204.html",
        "brief": "ban-doc-gop-y-can-them-diem-ban-ocop-tai-ben-xe-a91211.html",
        "non_ocop": "hoc-them-khong-phai-loi-cua-hoc-sinh-a91215.html", "listing": ""}[kind]  # fmt: skip


TEMPLATES = {
    "jnews_nongsan": (jnews_nongsan, jnews_url),
    "cong_ubdt": (cong_ubdt, ubdt_url),
    "bao_tinh_box": (bao_tinh_box, box_url),
    "cong_br": (cong_br, br_url),
    "hoi_cho_event": (hoi_cho_event, fair_url),
    "goc_nhin": (goc_nhin, op_url),
}
