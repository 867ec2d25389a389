"""Crawl throughput: fetch + extract + store against a generated local news site.

    .venv/bin/python bench/bench_crawl.py [--articles 2000] [--workers N]
    .venv/bin/python bench/bench_crawl.py --worker-only [--articles 400] [--profile]

A site of N OCOP articles (distinct generated Vietnamese text, realistic page template with
navigation, related news and footer) plus listing pages and a sitemap is served from a
separate process on 127.0.0.1 (``demo_site.childserver``). The real crawler
(`crawler.run.run_crawl`) crawls it with politeness off into a fresh data directory.
Prints articles/s end to end and the counts.

``--worker-only``: no server and no crawl; the extraction worker's own step
(``crawler.worker.process_page``) runs in this process over the same generated pages
(articles and listings) and its CPU time per page is printed: elapsed time on a machine
busy with other work mostly measures the others. ``--profile`` adds the functions with the
most cumulative time (where a crawl's CPU goes).
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
import tempfile
import time
from http.server import BaseHTTPRequestHandler
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

SUBJECTS = ["Hợp tác xã", "Tổ hợp tác", "Công ty TNHH", "Hộ kinh doanh", "Doanh nghiệp", "Nhóm nông dân",
            "Cơ sở sản xuất", "Làng nghề"]  # fmt: skip
PLACES = ["Quảng Ninh", "Bắc Giang", "Thái Nguyên", "Nghệ An", "Hà Tĩnh", "Đắk Lắk", "Lâm Đồng",
          "Đồng Tháp", "Sơn La", "Huế", "Nam Định", "Hà Giang", "Cà Mau", "An Giang", "Lào Cai"]  # fmt: skip
PRODUCTS = ["miến dong", "chè búp", "mật ong", "nước mắm", "gạo hữu cơ", "cà phê", "tương", "vải sấy",
            "chả mực", "bưởi", "rượu ngô", "nấm linh chi", "măng khô", "tỏi đen", "trà hoa vàng"]  # fmt: skip
VERBS = ["mở rộng vùng nguyên liệu", "đầu tư dây chuyền chế biến", "hoàn thiện bao bì nhãn mác",
         "đăng ký nhãn hiệu tập thể", "áp dụng truy xuất nguồn gốc", "tham gia hội chợ xúc tiến",
         "liên kết tiêu thụ với siêu thị", "bán hàng trên sàn thương mại điện tử",
         "chuẩn hóa quy trình sản xuất", "nâng hạng sản phẩm OCOP"]  # fmt: skip
EXTRAS = ["với sự hỗ trợ của huyện", "trong bối cảnh thị trường nhiều biến động",
          "nhờ nguồn vốn ưu đãi", "sau nhiều năm tích lũy kinh nghiệm", "theo định hướng của tỉnh",
          "để đáp ứng yêu cầu xuất khẩu", "cùng sự đồng hành của ngân hàng chính sách"]  # fmt: skip


def article_html(i: int) -> bytes:
    rnd = random.Random(i)
    place, product = rnd.choice(PLACES), rnd.choice(PRODUCTS)
    title = f"{place}: {product} đạt {rnd.choice([3, 4, 5])} sao OCOP, bài số {i}"
    sentences = []
    for _ in range(rnd.randint(12, 22)):
        sentences.append(
            f"{rnd.choice(SUBJECTS)} {rnd.choice(PRODUCTS)} ở {rnd.choice(PLACES)} đã "
            f"{rnd.choice(VERBS)} {rnd.choice(EXTRAS)}, với {rnd.randint(2, 900)} thành viên và "
            f"doanh thu {rnd.randint(1, 99)},{rnd.randint(0, 9)} tỷ đồng mỗi năm."
        )
    paras = "".join(f"<p>{' '.join(sentences[j : j + 4])}</p>" for j in range(0, len(sentences), 4))
    day = 1 + i % 28
    month = 1 + (i // 28) % 12
    related = "".join(f'<li><a href="/tin/bai-{(i + k) % 9999}-san-pham-ocop-moi.html">Tin {k}</a></li>'
                      for k in range(1, 6))  # fmt: skip
    return (
        '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">'
        f"<title>{title} - Báo Thử</title>"
        f'<meta property="article:published_time" content="2025-{month:02d}-{day:02d}T08:00:00+07:00">'
        '</head><body><header><a href="/">Báo Thử</a><nav><a href="/chuyen-muc/ocop">OCOP</a>'
        '<a href="/chuyen-muc/kinh-te">Kinh tế</a></nav><div class="weather">Hà Nội 28°C</div></header>'
        f'<main><h1>{title}</h1><div class="time">{day:02d}/{month:02d}/2025 08:00</div>'
        f'<p class="sapo">Chương trình OCOP tại {place} ghi nhận {product} được nâng hạng.</p>'
        f'<div class="detail-content">{paras}<p><strong>PV</strong></p></div>'
        f'<div class="box-related"><h3>Tin liên quan</h3><ul>{related}</ul></div></main>'
        "<footer>© Báo Thử. Giấy phép số 1/GP.</footer></body></html>"
    ).encode()


def build_site(n: int, per_page: int = 50) -> dict[str, bytes]:
    pages: dict[str, bytes] = {}
    for i in range(n):
        pages[f"/tin/bai-{i}-san-pham-ocop-moi.html"] = article_html(i)
    urls = list(pages)
    for p in range(0, (n + per_page - 1) // per_page):
        links = "".join(f'<h3><a href="{u}">Bài viết về sản phẩm OCOP số {u.split("-")[1]}</a></h3>'
                        for u in urls[p * per_page:(p + 1) * per_page])  # fmt: skip
        nxt = (
            f'<a href="/chuyen-muc/ocop?page={p + 2}">Trang sau</a>'
            if (p + 1) * per_page < n
            else ""
        )
        path = "/chuyen-muc/ocop" + (f"?page={p + 1}" if p else "")
        pages[path] = (f'<html><head><meta charset="utf-8"><title>OCOP</title></head><body>'
                       f"{links}{nxt}</body></html>").encode()  # fmt: skip
    pages["/robots.txt"] = b"User-agent: *\nAllow: /\n"
    return pages


def site_handler(n: int) -> type[BaseHTTPRequestHandler]:
    """The handler serving the generated site; built in the server's child process."""
    pages = build_site(n)

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args):
            pass

        def do_GET(self):  # noqa: N802
            body = pages.get(self.path)
            status = 200 if body is not None else 404
            body = body or b"not found"
            self.send_response(status)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    return Handler


def worker_only(n: int, profile: bool) -> None:
    """The worker's CPU time per page over the generated site, in this process."""
    from crawler.settings import OCOP_RELEVANCE_KEYWORDS
    from crawler.worker import PageJob, process_page, warm_up

    warm_up()
    pages = [(path, body) for path, body in build_site(n).items() if path != "/robots.txt"]
    jobs = [PageJob(url=f"http://127.0.0.1{path}", final_url=f"http://127.0.0.1{path}", body=body,
                    encoding="utf-8", source="bench", fetched_at="2026-11-23T00:00:00+00:00",
                    overrides=None, keywords=tuple(OCOP_RELEVANCE_KEYWORDS))
            for path, body in pages]  # fmt: skip
    process_page(jobs[0])  # first-call imports and caches are not per-page cost
    profiler = None
    if profile:
        import cProfile

        profiler = cProfile.Profile()
        profiler.enable()
    t0, cpu0 = time.perf_counter(), time.process_time()
    kept = sum(process_page(job).article is not None for job in jobs)
    elapsed, cpu = time.perf_counter() - t0, time.process_time() - cpu0
    print(f"worker only: {len(jobs)} pages ({n} articles + listings), kept {kept}")
    print(f"CPU {cpu:.2f}s = {1000 * cpu / len(jobs):.2f} ms per page "
          f"({len(jobs) / cpu:.1f} pages per CPU second); elapsed {elapsed:.2f}s")  # fmt: skip
    if profiler is not None:
        import pstats

        profiler.disable()
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--workers", type=int, default=0, help="extraction processes (0 = cores)")
    ap.add_argument("--worker-only", action="store_true",
                    help="only the extraction step, in this process: CPU ms per page")  # fmt: skip
    ap.add_argument("--profile", action="store_true", help="with --worker-only: cProfile top 25")
    args = ap.parse_args()
    if args.worker_only:
        worker_only(args.articles, args.profile)
        return

    from corpus.config import AppConfig
    from crawler.run import run_crawl
    from crawler.sources import Source
    from demo_site.childserver import ChildServer

    server = ChildServer(site_handler, args.articles, name="benchmark site").start()
    base = server.base_url
    home = Path(tempfile.mkdtemp(prefix="ocop-bench-"))
    try:
        config = AppConfig.load(home=home)
        source = Source(name="bench", home=f"{base}/", sections=[f"{base}/chuyen-muc/ocop"])
        t0, cpu0 = time.perf_counter(), time.process_time()
        result = run_crawl(config, sources=[source], polite=False, workers=args.workers or None,
                           scrapy_overrides={"OCOP_MAX_LISTING_PAGES": 10_000})  # fmt: skip
        elapsed = time.perf_counter() - t0
        cpu = time.process_time() - cpu0  # the crawl process alone (reactor + store writes)
        counts = result["sources"]["bench"]
        from corpus.store import CorpusStore

        stored = CorpusStore(config.corpus_path).count_articles()
        print(f"site: {args.articles} articles + listings, served from a separate process")
        print(f"extraction workers: {config.extract_workers if not args.workers else args.workers}")
        print(f"fetched {counts['fetched']} pages, kept {counts['kept']}, duplicates "
              f"{counts['duplicates']}, errors {counts['errors']}, stored {stored}")  # fmt: skip
        print(f"elapsed {elapsed:.1f}s -> {stored / elapsed:.1f} articles/s end to end "
              f"(fetch + extract + store), {counts['fetched'] / elapsed:.1f} pages/s")  # fmt: skip
        print(f"crawl process CPU {cpu:.1f}s = {1000 * cpu / max(stored, 1):.2f} ms per article "
              "(less sensitive to other load on the machine than elapsed time)")  # fmt: skip
    finally:
        server.shutdown()
        shutil.rmtree(home, ignore_errors=True)


if __name__ == "__main__":
    main()
