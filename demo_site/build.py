"""Render the demo news site ("Báo Nông thôn Ngày mới") into ``site/`` from ``articles.py``.

    python -m demo_site.build

The output is committed (``ocop demo`` serves it as static files); rerun this after editing
the articles or the template. Links use ``{{BASE_URL}}``, which the demo server replaces by
its own address. The template has what real Vietnamese news pages have around an article:
a weather widget, navigation, breadcrumbs, share bar, related-news and "Đọc thêm" blocks,
comments, an ad slot and a footer with a licence line.
"""

from __future__ import annotations

import html
import json
import shutil
from datetime import datetime
from email.utils import format_datetime
from pathlib import Path

from demo_site.articles import ARTICLES

SITE = Path(__file__).with_name("site")
NAME = "Báo Nông thôn Ngày mới"
B = "{{BASE_URL}}"
SECTIONS = {"ocop": "OCOP", "kinh-te": "Kinh tế", "thoi-su": "Thời sự"}
PER_PAGE = 6

CSS = """body{font-family:Arial,sans-serif;margin:0;color:#222}header{background:#0b6e3a;color:#fff;padding:8px 16px}
.logo a{color:#fff;font-size:24px;font-weight:bold;text-decoration:none}.top-bar{font-size:12px;display:flex;gap:16px}
nav.menu a{color:#fff;margin-right:14px}main{display:flex;gap:24px;max-width:1100px;margin:16px auto}
.detail{flex:3}.sidebar{flex:1}.sapo,.article-lead{font-weight:bold;font-size:17px}figure img{max-width:100%}
.box-related,.read-more,.comments,.share-bar,.ads-slot{border-top:1px solid #ddd;margin-top:16px;padding-top:8px}
footer{background:#eee;padding:16px;font-size:13px}.story{border-bottom:1px solid #eee;padding:8px 0}"""


def when(a: dict) -> datetime:
    return datetime.fromisoformat(a["published"])


def url(a: dict) -> str:
    return f"{B}/bai-viet/{a['slug']}.html"


def esc(text: str) -> str:
    return html.escape(text, quote=True)


def visible_date(a: dict) -> str:
    return a.get("date_text") or when(a).strftime("%d/%m/%Y %H:%M")


def header(title: str, extra_head: str = "") -> str:
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
<link rel="stylesheet" href="/static/style.css">
<link rel="alternate" type="application/rss+xml" title="{NAME}" href="{B}/rss.xml">
{extra_head}</head>
<body>
<header class="site-header">
  <div class="top-bar"><span class="today">Chủ nhật, 22/11/2026</span>
    <span class="weather-widget">Hà Nội 24°C | Huế 27°C | TP HCM 33°C</span>
    <a href="/lien-he.html">Liên hệ tòa soạn</a></div>
  <div class="logo"><a href="/">{NAME}</a></div>
  <nav class="menu"><a href="/">Trang chủ</a><a href="/chuyen-muc/thoi-su/">Thời sự</a>
    <a href="/chuyen-muc/kinh-te/">Kinh tế</a><a href="/chuyen-muc/ocop/">OCOP</a>
    <a href="/tag/ocop.html">#OCOP</a></nav>
</header>
"""


FOOTER = f"""<footer class="footer">
  <p>© 2026 {NAME}. Giấy phép số 123/GP-BTTTT do Bộ Thông tin và Truyền thông cấp.</p>
  <p>Tổng biên tập: Nguyễn Văn Mẫu. Địa chỉ: 18 Đường Nông Thôn, Hà Nội. Điện thoại: 024 3000 0000.</p>
  <p><a href="/admin/">Quản trị</a> · <a href="/rss.xml">RSS</a> · <a href="/sitemap.xml">Sitemap</a></p>
</footer>
</body>
</html>
"""


def teaser(a: dict, href: str | None = None) -> str:
    return (f'<div class="story"><h3><a href="{href or url(a)}">{esc(a["title"])}</a></h3>'
            f'<p class="story-sapo">{esc(a["lead"][:140])}…</p>'
            f'<span class="story-time">{when(a).strftime("%d/%m/%Y")}</span></div>')  # fmt: skip


def body_of(a: dict, by_slug: dict) -> list[str]:
    if a.get("syndicated_from"):
        return by_slug[a["syndicated_from"]]["body"][:-1]
    return a["body"]


def json_ld(a: dict) -> str:
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": a["title"],
        "description": a["lead"],
        "datePublished": a["published"],
        "articleSection": a["section"][1],
        "keywords": ", ".join(a["tags"]),
        "publisher": {"@type": "Organization", "name": NAME},
    }
    if a.get("byline") and a["byline"][0] == "jsonld":
        data["author"] = {"@type": "Person", "name": a["byline"][1]}
    return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>\n'


def article_page(i: int, a: dict, by_slug: dict, others: list[dict]) -> str:
    head = (f'<link rel="canonical" href="{url(a)}">\n<meta property="og:type" content="article">\n'
            f'<meta property="og:title" content="{esc(a["title"])}">\n'
            f'<meta property="og:description" content="{esc(a["lead"])}">\n'
            f'<meta property="og:image" content="{B}/static/img/{a["image"][0]}">\n')  # fmt: skip
    if a["meta"] == "jsonld":
        head += json_ld(a)
    elif a["meta"] == "meta":
        head += f'<meta property="article:published_time" content="{a["published"]}">\n'
    sec_slug, sec_name = a["section"]
    byline = a.get("byline") or ("", "")
    author_div = f'<div class="author">{esc(byline[1])}</div>' if byline[0] == "div" else ""
    lead = (f'<p class="sapo">{esc(a["lead"])}</p>' if i % 2 == 0
            else f'<h2 class="article-lead">{esc(a["lead"])}</h2>')  # fmt: skip
    paras = []
    for n, p in enumerate(body_of(a, by_slug)):
        paras.append(f"<h2>{esc(p[3:])}</h2>" if p.startswith("## ") else f"<p>{esc(p)}</p>")
        if n == 0:
            img, cap = a["image"]
            paras.append(f'<figure class="image"><img src="/static/img/{img}" alt="{esc(cap)}">'
                         f"<figcaption>{esc(cap)}</figcaption></figure>")  # fmt: skip
    if byline[0] == "bold":
        paras.append(f'<p style="text-align:right"><strong>{esc(byline[1])}</strong></p>')
    elif byline[0] in ("label", "group"):
        paras.append(f"<p><strong>{esc(byline[1])}</strong></p>")
    if a.get("attribution"):
        paras.append(f"<p><em>Theo {esc(a['attribution'])}</em></p>")
    related = "".join(f'<li><a href="{url(o)}">{esc(o["title"])}</a></li>' for o in others[:3])
    more = "".join(f'<li><a href="{url(o)}">{esc(o["title"])}</a></li>' for o in others[3:5])
    tags = " ".join(f'<a href="/tag/ocop.html">{esc(t)}</a>' for t in a["tags"])
    return (header(f"{a['title']} - {NAME}", head)
            + f"""<main>
<div class="detail">
  <div class="breadcrumb"><a href="/">Trang chủ</a> › <a href="/chuyen-muc/{sec_slug}/">{sec_name}</a></div>
  <h1 class="detail-title">{esc(a["title"])}</h1>
  <div class="detail-meta"><span class="date">{esc(visible_date(a))}</span></div>
  {author_div}
  <div class="share-bar">Chia sẻ: <a href="#">Facebook</a> <a href="#">Zalo</a> <a href="#">In bài</a></div>
  {lead}
  <div class="detail-content">
  {"".join(paras)}
  </div>
  <div class="tags-box"><span>Từ khóa:</span> {tags}</div>
  <div class="read-more"><h3>Đọc thêm</h3><ul>{more}</ul></div>
  <div class="comments" id="comments"><h3>Bình luận (0)</h3>
    <form><textarea placeholder="Gửi bình luận của bạn"></textarea><button>Gửi bình luận</button></form></div>
</div>
<aside class="sidebar">
  <div class="ads-slot">Quảng cáo</div>
  <div class="box-related"><h3>Tin liên quan</h3><ul>{related}</ul></div>
</aside>
</main>
""" + FOOTER)  # fmt: skip


def listing_page(title: str, items: list[dict], prev: str | None, nxt: str | None,
                 extra: str = "") -> str:  # fmt: skip
    head = ""
    if nxt:
        head += f'<link rel="next" href="{nxt}">\n'
    if prev:
        head += f'<link rel="prev" href="{prev}">\n'
    paging = ""
    if prev:
        paging += f'<a class="prev" href="{prev}">‹ Trang trước</a> '
    if nxt:
        paging += f'<a class="next" href="{nxt}">Trang sau ›</a>'
    return (header(f"{title} - {NAME}", head + '<meta property="og:type" content="website">\n')
            + f'<main><div class="list"><h1>{esc(title)}</h1>{extra}'
            + "".join(teaser(a) for a in items)
            + f'<div class="paging">{paging}</div></div></main>\n' + FOOTER)  # fmt: skip


def build(site: Path = SITE) -> None:
    if site.exists():
        shutil.rmtree(site)
    (site / "bai-viet").mkdir(parents=True)
    by_slug = {a["slug"]: a for a in ARTICLES}
    newest = sorted(ARTICLES, key=when, reverse=True)
    for i, a in enumerate(ARTICLES):
        others = [o for o in newest if o is not a and o.get("syndicated_from") != a["slug"]
                  and a.get("syndicated_from") != o["slug"]]  # fmt: skip
        (site / "bai-viet" / f"{a['slug']}.html").write_text(
            article_page(i, a, by_slug, others), encoding="utf-8"
        )
    # Home page: latest stories; one link carries tracking parameters and a fragment.
    home = newest[:8]
    tracked = f"{url(home[1])}?utm_source=facebook&utm_medium=social#comments"
    extra = f'<div class="hot"><a href="{tracked}">Nổi bật: {esc(home[1]["title"])}</a></div>'
    (site / "index.html").write_text(listing_page("Tin mới nhất", home, None, None, extra),
                                     encoding="utf-8")  # fmt: skip
    for slug, name in SECTIONS.items():
        items = [a for a in newest if a["section"][0] == slug]
        pages = [items[k : k + PER_PAGE] for k in range(0, len(items), PER_PAGE)] or [[]]
        folder = site / "chuyen-muc" / slug
        folder.mkdir(parents=True)
        for n, chunk in enumerate(pages, 1):
            name_n = "index.html" if n == 1 else f"trang-{n}.html"
            prev = (
                None
                if n == 1
                else (
                    f"/chuyen-muc/{slug}/" if n == 2 else f"/chuyen-muc/{slug}/trang-{n - 1}.html"
                )
            )
            nxt = f"/chuyen-muc/{slug}/trang-{n + 1}.html" if n < len(pages) else None
            (folder / name_n).write_text(listing_page(name + (f" - trang {n}" if n > 1 else ""), chunk, prev, nxt),
                                         encoding="utf-8")  # fmt: skip
    (site / "tag").mkdir()
    tagged = [a for a in newest if "OCOP" in a["tags"]]
    (site / "tag" / "ocop.html").write_text(listing_page("Từ khóa: OCOP", tagged, None, None),
                                            encoding="utf-8")  # fmt: skip
    (site / "admin").mkdir()
    (site / "admin" / "index.html").write_text(
        header("Quản trị")
        + "<main><h1>Khu vực quản trị</h1><p>Đăng nhập để tiếp tục.</p></main>"
        + FOOTER,
        encoding="utf-8",
    )
    (site / "lien-he.html").write_text(
        header(f"Liên hệ - {NAME}") + "<main><h1>Liên hệ tòa soạn</h1><p>Email: toasoan@example.vn</p></main>"
        + FOOTER, encoding="utf-8")  # fmt: skip
    (site / "static").mkdir()
    (site / "static" / "style.css").write_text(CSS + "\n", encoding="utf-8")
    urls = "".join(
        f"  <url><loc>{url(a)}</loc><lastmod>{a['published']}</lastmod></url>\n" for a in newest
    )
    (site / "sitemap.xml").write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
        + urls + "</urlset>\n", encoding="utf-8")  # fmt: skip
    items = "".join(
        f"  <item><title>{esc(a['title'])}</title><link>{url(a)}</link><guid>{url(a)}</guid>"
        f"<pubDate>{format_datetime(when(a))}</pubDate><description>{esc(a['lead'])}</description></item>\n"
        for a in newest[:6]
    )
    (site / "rss.xml").write_text(
        f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>{NAME}</title>'
        f"<link>{B}/</link><description>Tin nông thôn, OCOP</description>\n{items}</channel></rss>\n",
        encoding="utf-8",
    )
    (site / "robots.txt").write_text(f"User-agent: *\nDisallow: /admin/\nSitemap: {B}/sitemap.xml\n",
                                     encoding="utf-8")  # fmt: skip
    write_manifest(site, newest, by_slug)


def write_manifest(site: Path, newest: list[dict], by_slug: dict) -> None:
    rows = ["# Demo site manifest", "", "Generated by `python -m demo_site.build`. Every page",
            "is fictional; the crawler must store exactly the OCOP articles.", "",
            "| path | OCOP | published | date form | byline | attribution | copy of |",
            "|---|---|---|---|---|---|---|"]  # fmt: skip
    for a in newest:
        body = " ".join(body_of(a, by_slug) + [a["title"], a["lead"]])
        is_ocop = "OCOP" in body or "Mỗi xã một sản phẩm" in body
        byline = a["byline"][1] if a.get("byline") else "-"
        rows.append(f"| /bai-viet/{a['slug']}.html | {'yes' if is_ocop else 'no'} | {a['published']} | "
                    f"{a['meta']} | {byline} | {a.get('attribution', '-')} | {a.get('syndicated_from', '-')} |")  # fmt: skip
    rows += ["", "Non-article pages: /, /chuyen-muc/{ocop,kinh-te,thoi-su}/ (paginated), /tag/ocop.html,",
             "/lien-he.html, /admin/ (disallowed by robots.txt).", ""]  # fmt: skip
    (site / "MANIFEST.md").write_text("\n".join(rows), encoding="utf-8")


if __name__ == "__main__":
    build()
    print(f"wrote {SITE}")
