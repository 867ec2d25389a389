"""A local mock of Vietnamese news sites for the crawler tests, served on 127.0.0.1.

Runs in a child process (``MockSite`` context manager, ``demo_site.childserver``) so the crawl under test, which may be
a separate process itself, talks to it over real HTTP. Two hosts share the server:
``127.0.0.1`` is "Báo Mẫu A" (three page templates, sitemap index, news sitemap, RSS,
paginated listings) and ``localhost`` is "Báo Mẫu B", which republishes one of A's stories.

``EXPECTED`` lists what a complete crawl must store; the fault pages (500-then-200, slow,
mis-declared charset, windows-1258, 429 with Retry-After, oversize, non-HTML, redirect
loop, calendar trap, endless pagination, robots-disallowed) each have a known outcome.
"""

from __future__ import annotations

import random
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler
from urllib.parse import parse_qs, urlsplit

from corpus.textnorm import fold
from demo_site.childserver import ChildServer

PROVINCES = ["Quảng Ninh", "Bắc Giang", "Thái Nguyên", "Nghệ An", "Hà Tĩnh", "Đắk Lắk",
             "Lâm Đồng", "Đồng Tháp", "Sơn La", "Thừa Thiên Huế", "Nam Định", "Hà Giang"]  # fmt: skip
PRODUCTS = ["miến dong", "chè búp", "mật ong bạc hà", "nước mắm", "gạo hữu cơ", "cà phê bột",
            "tương bần", "vải thiều sấy", "chả mực", "bưởi da xanh", "rượu ngô", "nấm linh chi"]  # fmt: skip
SENTENCES = [
    "Năm nay tỉnh {p} có thêm {n} sản phẩm OCOP được công nhận, nâng tổng số lên {m} sản phẩm.",
    "Trong đó có {k} sản phẩm đạt 4 sao, chiếm {r}% tổng số sản phẩm được đánh giá đợt này.",
    "Sản phẩm {x} của hợp tác xã địa phương vừa được Hội đồng cấp tỉnh chấm đạt hạng {s} sao.",
    "Ông Nguyễn Văn {name}, Phó Chủ tịch UBND tỉnh {p}, cho biết chương trình sẽ tiếp tục được ưu tiên nguồn lực.",
    "Toàn tỉnh hiện có hơn {c} chủ thể tham gia, gồm doanh nghiệp, hợp tác xã và hộ sản xuất.",
    "Ngân sách hỗ trợ chương trình Mỗi xã một sản phẩm năm {y} đạt khoảng {b} tỷ đồng.",
    "Nhiều sản phẩm đã có mặt tại hệ thống siêu thị lớn và các sàn thương mại điện tử.",
    "Các chủ thể được tập huấn về thiết kế bao bì, truy xuất nguồn gốc và quảng bá sản phẩm.",
    "Hội chợ thường niên thu hút {c} gian hàng đến từ các huyện trong tỉnh và các địa phương lân cận.",
    "Thu nhập bình quân của lao động tại các cơ sở sản xuất đạt {i} triệu đồng/người/năm.",
    "Sở Nông nghiệp và Môi trường khuyến khích các địa phương phát triển sản phẩm gắn với du lịch.",
    "Một số sản phẩm tiềm năng 5 sao đang được hoàn thiện hồ sơ gửi Trung ương đánh giá.",
    "Người dân phấn khởi khi giá trị nông sản được nâng lên nhờ tiêu chuẩn hóa quy trình.",
    "Đoàn công tác đã khảo sát vùng nguyên liệu và dây chuyền chế biến của các hợp tác xã.",
    "Đến hết năm {y}, cả tỉnh phấn đấu có ít nhất {g} sản phẩm đạt từ 3 sao trở lên.",
    "Chương trình góp phần tạo việc làm ổn định cho gần {w} lao động nông thôn.",
    "Các sản phẩm đặc sản vùng cao được người tiêu dùng thành phố ưa chuộng nhờ chất lượng ổn định.",
    "Lãnh đạo huyện đề nghị các ngành hỗ trợ doanh nghiệp tiếp cận vốn vay ưu đãi để mở rộng sản xuất.",
    "Việc xây dựng thương hiệu tập thể giúp nông dân yên tâm gắn bó với cây trồng chủ lực.",
    "Nhiều hộ kinh doanh đã mạnh dạn đầu tư máy móc hiện đại và đăng ký mã vạch cho sản phẩm.",
]
OTHER = [
    "Lực lượng cảnh sát giao thông tăng cường tuần tra trên các tuyến quốc lộ dịp cuối tuần.",
    "Nhiều tuyến đường nội thị được cải tạo, nâng cấp hệ thống chiếu sáng và thoát nước.",
    "Dự báo thời tiết cho thấy khu vực sẽ có mưa rào và dông rải rác vào chiều tối.",
    "Các trường học chuẩn bị cơ sở vật chất cho năm học mới với nhiều phòng học được xây thêm.",
    "Giá xăng dầu trong nước được điều chỉnh giảm nhẹ theo diễn biến thị trường thế giới.",
    "Ban tổ chức giải chạy bộ cho biết có hơn một nghìn vận động viên đăng ký tham gia.",
]


@dataclass
class Story:
    slug: str
    title: str
    lead: str
    paragraphs: list[str]
    published: str  # "YYYY-MM-DDTHH:MM:SS+07:00"
    province: str
    template: str  # a | b | c


def _story(
    i: int, ocop: bool = True, template: str | None = None, slug: str | None = None
) -> Story:
    rnd = random.Random(i * 7919)
    p = PROVINCES[i % len(PROVINCES)]
    x = PRODUCTS[i % len(PRODUCTS)]
    values = dict(p=p, x=x, n=rnd.randint(5, 60), m=rnd.randint(100, 1500), k=rnd.randint(3, 40),
                  r=f"{rnd.randint(10, 40)},{rnd.randint(1, 9)}", s=rnd.choice([3, 4, 5]),
                  name=rnd.choice(["An", "Bình", "Cường", "Dũng", "Hải", "Long"]),
                  c=rnd.randint(50, 400), y=2024 + i % 3, b=f"{rnd.randint(2, 30)},{rnd.randint(1, 9)}",
                  i=rnd.randint(40, 90), g=rnd.randint(20, 90), w=rnd.randint(200, 2000))  # fmt: skip
    if ocop:
        chosen = rnd.sample(SENTENCES, 9)
        title = f"{p}: {x.capitalize()} và {values['n']} sản phẩm OCOP mới năm {values['y']}"
        lead = (f"(Báo Mẫu) - Chương trình OCOP tại {p} tiếp tục ghi nhận kết quả tích cực với "
                f"{values['n']} sản phẩm mới được công nhận, trong đó nổi bật là {x}.")  # fmt: skip
    else:
        chosen = rnd.sample(OTHER, 5) + rnd.sample(OTHER, 4)
        title = f"Tin địa phương số {i}: giao thông và thời tiết cuối tuần tại {p}"
        lead = f"(Báo Mẫu) - Tổng hợp tin tức địa phương đáng chú ý tại {p} trong tuần qua."
    paras = [" ".join(s.format(**values) for s in chosen[j : j + 3]) for j in range(0, 9, 3)]
    day = 1 + (i * 3) % 27
    month = 1 + i % 11
    published = f"2026-{month:02d}-{day:02d}T{7 + i % 12:02d}:{(i * 13) % 60:02d}:00+07:00"
    ascii_x = fold(x).replace(" ", "-")
    return Story(slug or f"{'ocop' if ocop else 'tin'}-{i}-{ascii_x}-{'san-pham-moi' if ocop else 'dia-phuong'}",
                 title, lead, paras, published, p, template or "abc"[i % 3])  # fmt: skip


def _vn_date(iso: str) -> str:
    d, t = iso[:10].split("-"), iso[11:16]
    return f"{d[2]}/{d[1]}/{d[0]} {t}"


NAV = ('<header class="site-header"><div class="logo"><a href="/">Báo Mẫu</a></div>'
       '<div class="weather">Hà Nội: 28°C | TP HCM: 33°C</div><nav><a href="/">Trang chủ</a> '
       '<a href="/chuyen-muc/ocop">OCOP</a> <a href="/chuyen-muc/kinh-te">Kinh tế</a> '
       '<a href="/lich/2026/11/22">Lịch sự kiện</a></nav></header>')  # fmt: skip
FOOTER = ('<footer class="footer"><p>© Bản quyền thuộc Báo Mẫu. Giấy phép số 123/GP-BTTTT.</p>'
          '<p>Địa chỉ: 1 Đường Mẫu, TP Mẫu. Điện thoại: 0203 000 000</p></footer>')  # fmt: skip


def related(links: list[tuple[str, str]]) -> str:
    items = "".join(f'<li><a href="{u}">{t}</a></li>' for u, t in links)
    return f'<div class="box-related"><h3>Tin liên quan</h3><ul>{items}</ul></div>'


def render(story: Story, url: str, rel: list[tuple[str, str]], extra: str = "",
           charset: str = "utf-8", attribution: str = "") -> str:  # fmt: skip
    body = "".join(f"<p>{p}</p>" for p in story.paragraphs)
    if attribution:
        body += f"<p><em>Theo {attribution}</em></p>"
    head = (f'<meta charset="{charset}"><title>{story.title} - Báo Mẫu</title>'
            f'<link rel="canonical" href="{url}"><meta property="og:type" content="article">'
            f'<meta property="og:title" content="{story.title}">')  # fmt: skip
    if story.template == "a":
        head += f'<meta property="article:published_time" content="{story.published}">'
        main = (f'<div class="breadcrumb"><a href="/">Trang chủ</a> › <a href="/chuyen-muc/ocop">OCOP</a></div>'
                f'<h1 class="detail-title">{story.title}</h1><div class="detail-time">{_vn_date(story.published)}</div>'
                f'<p class="sapo">{story.lead}</p><div class="detail-content">{body}'
                '<p style="text-align:right"><strong>MINH ANH</strong></p></div>')  # fmt: skip
    elif story.template == "b":
        head += ('<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",'
                 f'"headline":"{story.title}","datePublished":"{story.published}",'
                 '"author":{"@type":"Person","name":"Thu Trang"}}</script>')  # fmt: skip
        main = (f'<article><h1>{story.title}</h1><div class="article-meta">Thu Trang | {_vn_date(story.published)}</div>'
                f'<h2 class="article-lead">{story.lead}</h2><div class="article-body">{body}</div></article>')  # fmt: skip
    else:
        main = (f'<table class="main"><tr><td><h1 class="title">{story.title}</h1>'
                f'<div class="date">Cập nhật: {_vn_date(story.published)}</div>'
                f'<div class="summary"><b>{story.lead}</b></div><div id="content">{body}'
                '<p>Thực hiện: Ngọc Hà - Văn Toàn</p></div></td></tr></table>')  # fmt: skip
    share = '<div class="share">Chia sẻ: Facebook | Zalo</div><div class="comments"><h3>Bình luận</h3></div>'
    return (f'<!DOCTYPE html><html lang="vi"><head>{head}</head><body>{NAV}<main>{main}{share}'
            f'{related(rel)}{extra}</main>{FOOTER}</body></html>')  # fmt: skip


def listing(title: str, links: list[tuple[str, str]], next_url: str | None = None) -> str:
    items = "".join(f'<div class="story"><h3><a href="{u}">{t}</a></h3><p>Tóm tắt tin.</p></div>'
                    for u, t in links)  # fmt: skip
    nxt = f'<a class="next" href="{next_url}">Trang sau</a>' if next_url else ""
    return (f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{title}</title>'
            f'</head><body>{NAV}<h1>{title}</h1><div class="list">{items}</div>'
            f'<div class="paging">{nxt}</div>{FOOTER}</body></html>')  # fmt: skip


# --- the site --------------------------------------------------------------------------------
A = {i: _story(i) for i in range(1, 12)}  # articles 1..11 on host A
A_NON = {20: _story(20, ocop=False, template="a"), 21: _story(21, ocop=False, template="b")}
FAULTS = {
    "flaky": _story(30, template="a", slug="loi-tam-thoi-ocop-30-san-pham-moi"),
    "slow": _story(31, template="b", slug="trang-cham-ocop-31-san-pham-moi"),
    "charset": _story(32, template="c", slug="sai-bang-ma-ocop-32-san-pham-moi"),
    "legacy": _story(33, template="a", slug="bang-ma-cu-ocop-33-san-pham-moi"),
    "throttled": _story(34, template="b", slug="qua-tai-ocop-34-san-pham-moi"),
    "oversize": _story(35, template="a", slug="trang-qua-lon-ocop-35-san-pham-moi"),
}
SYNDICATED_OF = 3  # host B republishes A's story 3


def a_url(base: str, story: Story) -> str:
    return f"{base}/tin-tuc/{story.slug}.html"


# What a complete crawl stores: (source, slug) pairs. Story 3's copy on B is a near-duplicate.
EXPECTED_A = {s.slug for s in A.values()} | {FAULTS[k].slug for k in
                                             ("flaky", "slow", "charset", "legacy", "throttled")}  # fmt: skip
EXPECTED_B = {"ban-sao-" + A[SYNDICATED_OF].slug}
NOT_STORED = {s.slug for s in A_NON.values()} | {FAULTS["oversize"].slug,
                                                 "tai-lieu-ocop-tong-hop-nam-2026",
                                                 "vong-lap-chuyen-huong-ocop-san-pham",
                                                 "bai-noi-bo-ocop-khong-duoc-thu-thap"}  # fmt: skip


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    hits: dict[str, int] = {}
    lock = threading.Lock()

    def log_message(self, *args):  # quiet
        pass

    def _send(self, status: int, body: bytes | str, ctype: str = "text/html; charset=utf-8",
              headers: dict | None = None) -> None:  # fmt: skip
        if isinstance(body, str):
            body = body.encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):  # noqa: N802
        host = (self.headers.get("Host") or "").split(":")[0]
        parts = urlsplit(self.path)
        with self.lock:
            self.hits[self.path] = self.hits.get(self.path, 0) + 1
            hits = self.hits[self.path]
        base = f"http://{self.headers.get('Host')}"
        if parts.path == "/__hits":
            import json

            return self._send(200, json.dumps(self.hits), "application/json")
        if host == "localhost":
            return self.site_b(parts.path, base)
        return self.site_a(parts.path, parse_qs(parts.query), base, hits)

    # host B: one listing, a sitemap and the syndicated copy
    def site_b(self, path: str, base: str):
        copy = A[SYNDICATED_OF]
        slug = "ban-sao-" + copy.slug
        if path == "/robots.txt":
            return self._send(
                200, f"User-agent: *\nAllow: /\nSitemap: {base}/sitemap.xml\n", "text/plain"
            )
        if path == "/sitemap.xml":
            return self._send(200, f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                                   f"<url><loc>{base}/bai/{slug}.html</loc><lastmod>2026-10-01</lastmod></url></urlset>",
                              "application/xml")  # fmt: skip
        if path == f"/bai/{slug}.html":
            # republished later than the original, under another title, with one sentence cut
            paragraphs = copy.paragraphs[:-1] + [copy.paragraphs[-1].rsplit(". ", 1)[0] + "."]
            story = Story(
                slug,
                "Tái bản: " + copy.title,
                copy.lead,
                paragraphs,
                "2026-11-20T09:00:00+07:00",
                copy.province,
                "b",
            )
            return self._send(
                200, render(story, f"{base}/bai/{slug}.html", [], attribution="Báo Mẫu A")
            )
        if path == "/":
            return self._send(200, listing("Báo Mẫu B", [(f"/bai/{slug}.html", copy.title)]))
        return self._send(404, "<h1>Không tìm thấy</h1>")

    def site_a(self, path: str, query: dict, base: str, hits: int):
        rel = [(a_url("", A[1]), A[1].title), (a_url("", A[2]), A[2].title)]
        if path == "/robots.txt":
            return self._send(200, f"User-agent: *\nDisallow: /noi-bo/\nSitemap: {base}/sitemap_index.xml\n",
                              "text/plain")  # fmt: skip
        if path == "/sitemap_index.xml":
            return self._send(200, '<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                                   f"<sitemap><loc>{base}/sitemap-1.xml</loc><lastmod>2026-11-01</lastmod></sitemap>"
                                   f"<sitemap><loc>{base}/sitemap-news.xml</loc><lastmod>2026-11-20</lastmod></sitemap>"
                                   "</sitemapindex>", "application/xml")  # fmt: skip
        if path == "/sitemap-1.xml":
            urls = "".join(f"<url><loc>{a_url(base, A[i])}</loc><lastmod>{A[i].published[:10]}</lastmod></url>"
                           for i in (1, 2, 3, 4))  # fmt: skip
            return self._send(200, f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>',
                              "application/xml")  # fmt: skip
        if path == "/sitemap-news.xml":
            urls = "".join(f"<url><loc>{a_url(base, A[i])}</loc><news:news><news:publication_date>{A[i].published}"
                           "</news:publication_date></news:news></url>" for i in (5, 6))  # fmt: skip
            return self._send(200, '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
                                   f'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">{urls}</urlset>',
                              "application/xml")  # fmt: skip
        if path == "/rss.xml":
            items = "".join(f"<item><title>{A[i].title}</title><link>{a_url(base, A[i])}?utm_source=rss</link></item>"
                            for i in (7, 8, 1))  # fmt: skip
            return self._send(200, f'<?xml version="1.0"?><rss version="2.0"><channel><title>Báo Mẫu</title>{items}</channel></rss>',
                              "application/rss+xml")  # fmt: skip
        if path == "/":
            return self._send(200, listing("Báo Mẫu - Trang chủ", [(a_url("", A[i]), A[i].title) for i in (9, 10)])
                              .replace("</head>", '<link rel="alternate" type="application/rss+xml" href="/rss.xml"></head>'))  # fmt: skip
        if path == "/chuyen-muc/ocop":
            page = int(query.get("page", ["1"])[0])
            if page == 1:
                links = [(a_url("", A[i]), A[i].title) for i in (9, 10)]
                links += [(a_url("", A[1]) + "?utm_source=facebook&utm_medium=social#comments", A[1].title),
                          ("/tin-tuc/" + FAULTS["flaky"].slug + ".html", FAULTS["flaky"].title),
                          ("/tin-tuc/" + FAULTS["slow"].slug + ".html", FAULTS["slow"].title),
                          ("/tin-tuc/" + FAULTS["charset"].slug + ".html", FAULTS["charset"].title)]  # fmt: skip
                return self._send(200, listing("OCOP", links, "/chuyen-muc/ocop?page=2"))
            if page == 2:
                links = [(a_url("", A[11]), A[11].title), (a_url("", A_NON[20]), A_NON[20].title),
                         ("/tin-tuc/" + FAULTS["legacy"].slug + ".html", FAULTS["legacy"].title),
                         ("/tin-tuc/" + FAULTS["throttled"].slug + ".html", FAULTS["throttled"].title),
                         ("/tin-tuc/" + FAULTS["oversize"].slug + ".html", FAULTS["oversize"].title),
                         ("/tin-tuc/tai-lieu-ocop-tong-hop-nam-2026", "Tài liệu OCOP tổng hợp năm 2026 (PDF)"),
                         ("/tin-tuc/vong-lap-chuyen-huong-ocop-san-pham.html", "Bài chuyển hướng vòng lặp OCOP"),
                         ("/noi-bo/bai-noi-bo-ocop-khong-duoc-thu-thap.html", "Bài nội bộ về OCOP không được thu thập"),
                         ("/tin-tuc/bai-khong-ton-tai-ocop-da-xoa.html", "Bài đã xóa về OCOP")]  # fmt: skip
                return self._send(200, listing("OCOP - trang 2", links))
            return self._send(404, "<h1>Không tìm thấy</h1>")
        if path == "/chuyen-muc/kinh-te":  # endless pagination: always a next page
            page = int(query.get("page", ["1"])[0])
            links = [
                (a_url("", A_NON[21]), A_NON[21].title),
                (
                    f"/tin-tuc/kinh-te-trang-{page}-tin-dia-phuong-moi.html",
                    f"Tin kinh tế trang {page}",
                ),
            ]
            return self._send(200, listing(f"Kinh tế - trang {page}", links, f"/chuyen-muc/kinh-te?page={page + 1}"))  # fmt: skip
        if path.startswith("/lich/"):  # calendar trap: every day links to the previous one
            return self._send(
                200,
                listing("Lịch sự kiện", [("/lich/2026/11/21", "Ngày trước")], "/lich/2026/11/21"),
            )
        if path.startswith("/tin-tuc/kinh-te-trang-"):
            n = int(path.split("-")[4])
            return self._send(
                200, render(_story(100 + n, ocop=False, template="c"), base + path, rel)
            )
        for story in [*A.values(), *A_NON.values()]:
            if path == f"/tin-tuc/{story.slug}.html":
                return self._send(200, render(story, a_url(base, story), rel))
        f = {k: s for k, s in FAULTS.items() if path == f"/tin-tuc/{s.slug}.html"}
        if f:
            kind, story = next(iter(f.items()))
            html = render(story, base + path, rel)
            if kind == "flaky" and hits == 1:
                return self._send(500, "<h1>Lỗi máy chủ</h1>")
            if kind == "throttled" and hits == 1:
                return self._send(429, "<h1>Quá nhiều yêu cầu</h1>", headers={"Retry-After": "1"})
            if kind == "slow":
                time.sleep(1.5)
            if kind == "charset":  # UTF-8 bytes declared as Latin-1 by the server
                return self._send(200, html.encode("utf-8"), "text/html; charset=iso-8859-1")
            if kind == "legacy":
                html = html.replace('charset="utf-8"', 'charset="windows-1258"')
                return self._send(200, _cp1258(html), "text/html; charset=windows-1258")
            if kind == "oversize":
                html = html.replace("</main>", "<!--" + "x" * 300_000 + "--></main>")
            return self._send(200, html)
        if path == "/tin-tuc/tai-lieu-ocop-tong-hop-nam-2026":
            return self._send(200, b"%PDF-1.4 " + b"0" * 2000, "application/pdf")
        if path == "/tin-tuc/vong-lap-chuyen-huong-ocop-san-pham.html":
            return self._send(302, "", headers={"Location": path})
        if path.startswith("/noi-bo/"):
            return self._send(200, render(_story(40), base + path, rel))
        return self._send(404, "<h1>Không tìm thấy trang</h1>")


def _cp1258(text: str) -> bytes:
    """Encode to windows-1258 the way legacy sites did: base letters precomposed (â, ơ, ư …),
    tone marks as separate combining characters."""
    import unicodedata

    tones = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        parts = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in tones))
        marks = "".join(c for c in parts if c in tones)
        out += (base + marks).encode("cp1258", errors="xmlcharrefreplace")
    return bytes(out)


class MockSite:
    """``with MockSite() as site: site.base_a, site.base_b`` — the server in a child process."""

    def __enter__(self) -> MockSite:
        self.server = ChildServer(Handler, name="mock news site").start()
        self.port = self.server.port
        self.base_a = f"http://127.0.0.1:{self.port}"
        self.base_b = f"http://localhost:{self.port}"
        return self

    def hits(self) -> dict[str, int]:
        import json
        import urllib.request

        with urllib.request.urlopen(f"{self.base_a}/__hits") as resp:
            return json.loads(resp.read())

    def __exit__(self, *exc) -> None:
        self.server.shutdown()


def sources_toml(site: MockSite) -> str:
    return f"""
[[source]]
name = "bao-a"
home = "{site.base_a}/"
allowed_domains = ["127.0.0.1"]
sections = ["{site.base_a}/chuyen-muc/ocop", "{site.base_a}/chuyen-muc/kinh-te"]
sitemaps = ["{site.base_a}/sitemap_index.xml"]
feeds = ["{site.base_a}/rss.xml"]

[[source]]
name = "bao-b"
home = "{site.base_b}/"
allowed_domains = ["localhost"]
"""
