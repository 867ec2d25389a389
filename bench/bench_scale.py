"""SQLite backend at newsroom scale: index throughput, sizes and query latency at N articles.

    .venv/bin/python bench/bench_scale.py --sizes 3000,30000,100000 [--enrich-sample 300]

For each N, a fresh data directory gets N distinct generated Vietnamese OCOP articles
(varied provinces, dates, sources, stars, figures, rare place names) written straight into
the corpus store with their enrichment (no crawl, no NLP), then ``sync_index`` indexes them
(index-only throughput) and ``rebuild_index`` rebuilds them. Each query is run ``--repeat``
times in-process; p50/p95 are printed in milliseconds. ``--enrich-sample K`` also measures
the real enrichment stage (2 processes) on K generated articles, for the end-to-end rate.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from corpus.article import Article  # noqa: E402
from corpus.store import CorpusStore  # noqa: E402

SOURCES = ["baonongnghiep", "baochinhphu", "vnexpress", "dantri", "baoquangninh", "baobacgiang",
           "baothanhhoa", "baonghean", "baolamdong", "baocantho", "baodaklak", "baohagiang",
           "vietnamplus", "laodong", "tuoitre", "thanhnien", "nhandan", "baotintuc"]  # fmt: skip
PRODUCTS = ["chè shan tuyết", "mật ong bạc hà", "nước mắm", "vải thiều", "gạo ST25", "cà phê",
            "bưởi da xanh", "miến dong", "hồng không hạt", "cam sành", "sâm Ngọc Linh", "tỏi cô đơn",
            "nem chua", "bánh đa nem", "rượu ngô", "mắm tôm", "chả mực", "sá sùng khô",
            "hạt điều", "tiêu đen", "xoài cát", "dừa sáp", "nhãn lồng", "trà hoa vàng",
            "thịt trâu gác bếp", "măng khô", "gà đồi", "mì gạo", "hồ tiêu", "sữa bò tươi"]  # fmt: skip
SYLLABLES = ["an", "bình", "cẩm", "đông", "gia", "hòa", "khê", "lạc", "minh", "na", "phú",
             "quế", "sơn", "tân", "thạch", "uyên", "vân", "xuân", "yên", "lũng", "pù", "mường",
             "nậm", "chiềng", "bản", "tà", "khuổi", "nà", "cốc", "phìn"]  # fmt: skip
RARE = ["séo", "phiêng", "khoèn", "lìn", "chải", "thàng", "sủng", "mồ", "xìn", "páo"]
OPENINGS = [
    "Sáng {day}, UBND tỉnh {prov} tổ chức hội nghị tổng kết Chương trình Mỗi xã một sản phẩm.",
    "Theo Văn phòng Điều phối nông thôn mới tỉnh {prov}, chương trình OCOP tiếp tục lan tỏa.",
    "Ngày {day}, Hội đồng đánh giá, phân hạng sản phẩm OCOP tỉnh {prov} họp xét công nhận.",
    "Những năm qua, sản phẩm OCOP của {prov} từng bước khẳng định thương hiệu trên thị trường.",
]
SENTENCES = [
    "Toàn tỉnh hiện có {n} sản phẩm OCOP, trong đó {k} sản phẩm đạt {star} sao.",
    "Sản phẩm {product} của hợp tác xã {village} được công nhận đạt {star} sao.",
    "Năm {year}, tỉnh {prov} phấn đấu có thêm {n} sản phẩm OCOP mới.",
    "Tổng kinh phí hỗ trợ chương trình đạt khoảng {money} tỷ đồng.",
    "Nhiều chủ thể đã đầu tư máy móc, cải tiến bao bì, truy xuất nguồn gốc cho {product}.",
    "Hợp tác xã {village} hiện tạo việc làm cho hơn {k} lao động địa phương.",
    "Thu nhập bình quân đầu người ở xã {village} tăng lên {money} triệu đồng mỗi năm.",
    "Các sản phẩm được giới thiệu tại hội chợ xúc tiến thương mại ở {prov2}.",
    "Sở Nông nghiệp và Môi trường đề nghị các địa phương nâng hạng sản phẩm {product}.",
    "Người tiêu dùng ngày càng tin dùng {product} mang nhãn OCOP {star} sao.",
    "Chương trình góp phần phát triển kinh tế nông thôn theo hướng bền vững.",
    "Đến nay có {k} làng nghề truyền thống tham gia chuỗi giá trị sản phẩm OCOP.",
]


def load_provinces() -> list[tuple[str, str]]:
    rows = (ROOT / "indexer/nlp/data/provinces.tsv").read_text(encoding="utf-8").splitlines()
    return [tuple(r.split("\t")[:2]) for r in rows if r and not r.startswith("#")]


def generate(n: int, seed: int = 7) -> Iterator[Article]:
    """``n`` distinct articles with enrichment (provinces, figures) already attached."""
    rnd = random.Random(seed)
    provinces = load_provinces()
    weights = [rnd.paretovariate(1.2) for _ in provinces]  # some provinces far more covered
    villages = [" ".join(rnd.sample(SYLLABLES, 2)).title() for _ in range(3000)]
    for v in range(0, 3000, 50):  # a few villages carry rare syllables ("rare word" query)
        villages[v] = f"{villages[v]} {RARE[v // 50 % len(RARE)].title()}"
    start = date(2019, 1, 1)
    for i in range(n):
        (prov, new), (prov2, new2) = rnd.choices(provinces, weights, k=2)
        day = start + timedelta(days=rnd.randrange(8 * 365))
        star = rnd.choice([3, 3, 3, 4, 4, 5])
        product = rnd.choice(PRODUCTS)
        village = rnd.choice(villages)
        n_products, k = rnd.randrange(20, 900), rnd.randrange(2, 120)
        fill = {"prov": prov, "prov2": prov2, "day": day.strftime("%d/%m/%Y"), "star": star,
                "product": product, "village": village, "n": n_products, "k": k,
                "year": day.year, "money": rnd.randrange(2, 300)}  # fmt: skip
        paragraphs = [rnd.choice(OPENINGS).format(**fill)]
        for _ in range(rnd.randrange(4, 9)):
            paragraphs.append(" ".join(rnd.choice(SENTENCES).format(**fill) for _ in range(3)))
        title = (
            f"{prov}: {rnd.choice(['thêm', 'công nhận', 'nâng hạng'])} {k} sản phẩm OCOP {star} sao"
        )
        figure = {"value": float(n_products), "unit": "sản phẩm", "metric": "ocop_products",
                  "kind": None, "qualifier": None, "star": None, "min_star": None,
                  "percent": None, "province": prov, "new_province": new, "district": None,
                  "period": str(day.year), "sentence": paragraphs[1][:160]}  # fmt: skip
        starred = {**figure, "value": float(k), "star": star}
        yield Article(
            url=f"https://{SOURCES[i % len(SOURCES)]}.example.vn/ocop/{i}-{day:%Y%m%d}.html",
            source=SOURCES[i % len(SOURCES)],
            title=title,
            lead=f"Chương trình OCOP tại {prov} ghi nhận {product} của {village} đạt {star} sao.",
            text="\n\n".join(paragraphs),
            published_at=datetime(day.year, day.month, day.day, rnd.randrange(6, 22), 0),
            provinces=[{"name": prov, "new_province": new, "mentions": 3, "primary": True},
                       {"name": prov2, "new_province": new2, "mentions": 1, "primary": False}],
            figures=[figure, starred],
        )  # fmt: skip


def fill_store(store: CorpusStore, n: int) -> None:
    batch = []
    for a in generate(n):
        batch.append(a)
        if len(batch) == 1000:
            _write(store, batch)
            batch = []
    _write(store, batch)


def _write(store: CorpusStore, batch: list[Article]) -> None:
    with store.transaction():
        for a in batch:
            store.upsert_article(a)
            enrichment = {"provinces": a.provinces, "figures": a.figures}
            store.save_enrichment(a.id, enrichment, 0, a.content_hash)


def queries() -> dict[str, object]:
    from indexer.query import FactsSpec, QuerySpec, StatsSpec

    return {
        "common word": QuerySpec(text="sản phẩm OCOP"),
        "rare word": QuerySpec(text="séo"),
        "no diacritics": QuerySpec(text="quang ninh 4 sao"),
        "phrase": QuerySpec(text='"mỗi xã một sản phẩm" "hợp tác xã"'),
        "province filter": QuerySpec(text="sản phẩm OCOP", provinces=("Quảng Ninh",)),
        "date window": QuerySpec(text="OCOP", since=date(2024, 1, 1), until=date(2024, 3, 31)),
        "newest": QuerySpec(sort="newest"),
        "newest with text": QuerySpec(text="hợp tác xã", sort="newest"),
        "stats by month": StatsSpec(QuerySpec(), group_by=("month",)),
        "stats by month, text": StatsSpec(QuerySpec(text="OCOP 4 sao"), group_by=("month",)),
        "stats by province": StatsSpec(QuerySpec(), group_by=("province",)),
        "facts latest": FactsSpec(latest=True),
        "facts latest, province": FactsSpec(provinces=("Quảng Ninh",), latest=True),
    }


def time_queries(backend, repeat: int) -> dict[str, tuple[float, float]]:
    from indexer.query import FactsSpec, StatsSpec

    out = {}
    for name, spec in queries().items():
        run = backend.facts if isinstance(spec, FactsSpec) else (
            backend.stats if isinstance(spec, StatsSpec) else backend.search)  # fmt: skip
        run(spec)  # warm the page cache once
        times = []
        for _ in range(repeat):
            t0 = time.perf_counter()
            run(spec)
            times.append((time.perf_counter() - t0) * 1000)
        times.sort()
        out[name] = (statistics.median(times), times[max(0, int(len(times) * 0.95) - 1)])
    return out


def bench_size(n: int, repeat: int, workdir: Path) -> dict[str, object]:
    from corpus.config import AppConfig
    from indexer.indexing import open_backend, rebuild_index, sync_index

    home = workdir / f"n{n}"
    shutil.rmtree(home, ignore_errors=True)
    config = AppConfig.load(home=home, backend="sqlite")
    store = CorpusStore(config.corpus_path)
    t0 = time.perf_counter()
    fill_store(store, n)
    gen_s = time.perf_counter() - t0
    with open_backend(config, write=True) as backend:
        t0 = time.perf_counter()
        indexed, _ = sync_index(store, backend)
        sync_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        resync = sync_index(store, backend)
        noop_s = time.perf_counter() - t0
    with open_backend(config, rebuild=True) as backend:
        t0 = time.perf_counter()
        rebuild_index(store, backend)
        rebuild_s = time.perf_counter() - t0
    store.close()
    with open_backend(config) as backend:
        latencies = time_queries(backend, repeat)
    return {
        "n": n, "generate_s": round(gen_s, 1), "indexed": indexed,
        "index_per_s": round(n / sync_s, 1), "noop_sync_s": round(noop_s, 2),
        "resync": resync, "rebuild_per_s": round(n / rebuild_s, 1),
        "index_mb": round(config.index_path.stat().st_size / 2**20, 1),
        "corpus_mb": round(config.corpus_path.stat().st_size / 2**20, 1),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "latency_ms": {k: [round(v, 1) for v in p] for k, p in latencies.items()},
    }  # fmt: skip


def requery(n: int, repeat: int, workdir: Path) -> dict[str, object]:
    """Query latencies only, on an index an earlier run left in ``workdir``."""
    from corpus.config import AppConfig
    from indexer.indexing import open_backend

    config = AppConfig.load(home=workdir / f"n{n}", backend="sqlite")
    with open_backend(config) as backend:
        latencies = time_queries(backend, repeat)
    return {
        "n": n, "index_per_s": "-", "rebuild_per_s": "-", "noop_sync_s": "-",
        "index_mb": round(config.index_path.stat().st_size / 2**20, 1),
        "corpus_mb": round(config.corpus_path.stat().st_size / 2**20, 1),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "latency_ms": {k: [round(v, 1) for v in p] for k, p in latencies.items()},
    }  # fmt: skip


FACT_COMMANDS = {
    "ocop --help (startup floor)": None,
    "facts --latest": ["--latest"],
    "facts --latest -p X": ["--latest", "-p", "Quảng Ninh"],
    "facts --latest --json": ["--latest", "--json"],
    "facts --latest --metric --star 4": ["--latest", "--metric", "ocop_products", "--star", "4"],
    "facts --history -p X": ["--history", "-p", "Quảng Ninh"],
    "facts -p X --since/--until": ["-p", "Quảng Ninh", "--since", "2024-01-01",
                                   "--until", "2024-12-31"],
    "facts -n 0 --json": ["-n", "0", "--json"],
}  # fmt: skip


def bench_factbase(home: Path) -> dict[str, object]:
    """Full build of the fact base, then an incremental refresh after adding 10 articles."""
    from indexer.factbase import factbase_path, refresh

    store = CorpusStore(home / "corpus.sqlite")
    try:
        full = refresh(store, factbase_path(store.path), full=True)
        new = [replace(a, url=a.url.replace("/ocop/", "/ocop-new/"), canonical_url="", id="",
                       content_hash="") for a in generate(10, seed=store.count_articles())]  # fmt: skip
        _write(store, new)  # 10 new distinct articles
        incremental = refresh(store, factbase_path(store.path))
    finally:
        store.close()
    size = factbase_path(home / "corpus.sqlite").stat().st_size
    return {"full": vars(full), "incremental": vars(incremental),
            "factbase_mb": round(size / 2**20, 1)}  # fmt: skip


def time_fact_commands(home: Path, repeat: int) -> dict[str, list[float | None]]:
    """Per `ocop facts` variant: in-process p50/p95 ms (not for ``-n 0``: the test runner
    would hold the whole output), whole command median wall ms of 3 and peak RSS MB."""
    from click.testing import CliRunner

    from search_cli.cli import cli

    out: dict[str, list[float | None]] = {}
    for name, args in FACT_COMMANDS.items():
        argv = ["--home", str(home), "facts", *args] if args is not None else ["--help"]
        p50 = p95 = None
        if args is not None and "-n" not in args:
            times = []
            for _ in range(repeat):
                t0 = time.perf_counter()
                result = CliRunner().invoke(cli, argv)
                times.append((time.perf_counter() - t0) * 1000)
                assert result.exit_code == 0, result.output[-500:]
            times.sort()
            p50 = round(statistics.median(times), 1)
            p95 = round(times[max(0, int(len(times) * 0.95) - 1)], 1)
        runs = sorted(whole_command(argv) for _ in range(3))
        out[name] = [p50, p95, runs[1][0], max(r[1] for r in runs)]
    return out


def whole_command(argv: list[str]) -> tuple[float, float]:
    """Wall ms and peak RSS (MB) of `ocop ARGV` as its own process, output to /dev/null
    (RSS by /usr/bin/time: a child forked from this process would inherit its peak)."""
    ocop = Path(sys.executable).with_name("ocop")
    with tempfile.NamedTemporaryFile("r") as rss:
        t0 = time.perf_counter()
        subprocess.run(["/usr/bin/time", "-f", "%M", "-o", rss.name, str(ocop), *argv],
                       stdout=subprocess.DEVNULL, check=True)  # fmt: skip
        wall = (time.perf_counter() - t0) * 1000
        peak_kb = int(rss.read().split()[-1])
    return round(wall, 1), round(peak_kb / 1024, 1)


def bench_facts(home: Path, repeat: int) -> dict[str, object]:
    return {"factbase": bench_factbase(home), "commands": time_fact_commands(home, repeat)}


def bench_enrich(k: int, workdir: Path) -> float:
    """Articles/s of the real enrichment stage (2 processes) on ``k`` generated articles."""
    from indexer.enrich import enrich_pending

    store = CorpusStore(workdir / "enrich" / "corpus.sqlite")
    with store.transaction():
        for a in generate(k, seed=11):
            a.provinces, a.figures = [], []
            store.upsert_article(a)
    t0 = time.perf_counter()
    enrich_pending(store, workers=2)
    rate = k / (time.perf_counter() - t0)
    store.close()
    return round(rate, 1)


def print_report(r: dict[str, object]) -> None:
    print(f"\nN = {r['n']:,}: index {r['index_per_s']} articles/s (sync), rebuild "
          f"{r['rebuild_per_s']}/s, no-op sync {r['noop_sync_s']} s, index {r['index_mb']} MB, "
          f"corpus {r['corpus_mb']} MB, peak RSS {r['peak_rss_mb']} MB")  # fmt: skip
    for name, (p50, p95) in r["latency_ms"].items():
        print(f"  {name:<24} p50 {p50:7.1f} ms   p95 {p95:7.1f} ms")
    if "facts" in r:
        fb = r["facts"]["factbase"]
        print(f"  fact base: full build {fb['full']['seconds']} s ({fb['full']['facts_written']:,}"
              f" facts, {fb['full']['keys']} identities, {fb['factbase_mb']} MB); +10 articles:"
              f" {fb['incremental']['seconds']} s, {fb['incremental']['keys']} identities,"
              f" {fb['incremental']['facts_written']:,} facts rewritten")  # fmt: skip
        for name, (p50, p95, wall, peak) in r["facts"]["commands"].items():
            inproc = f"p50 {p50:7.1f} ms   p95 {p95:7.1f} ms" if p50 is not None else " " * 31
            print(f"  {name:<34} {inproc}   whole command {wall:7.1f} ms, peak {peak:6.1f} MB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="3000,30000", help="comma-separated N")
    parser.add_argument("--repeat", type=int, default=40)
    parser.add_argument("--enrich-sample", type=int, default=0)
    parser.add_argument("--workdir", default="", help="keep the data here (default: temp)")
    parser.add_argument("--json", default="", help="also write the results to this file")
    parser.add_argument("--no-facts", action="store_true", help="skip the knowledge base")
    parser.add_argument("--facts-repeat", type=int, default=10)
    parser.add_argument("--queries-only", action="store_true",
                        help="time the queries on the indexes already in --workdir")  # fmt: skip
    args = parser.parse_args()
    workdir = Path(args.workdir or tempfile.mkdtemp(prefix="ocop-scale-"))
    results = []
    for n in (int(x) for x in args.sizes.split(",")):
        if args.queries_only:
            results.append(requery(n, args.repeat, workdir))
        else:
            results.append(bench_size(n, args.repeat, workdir))
        if not args.no_facts:
            results[-1]["facts"] = bench_facts(workdir / f"n{n}", args.facts_repeat)
        print_report(results[-1])
    if args.enrich_sample:
        rate = bench_enrich(args.enrich_sample, workdir)
        print(f"\nenrichment alone (2 processes, {args.enrich_sample} articles): {rate} articles/s")
        results.append({"enrich_per_s": rate})
    if args.json:
        Path(args.json).write_text(json.dumps(results, ensure_ascii=False, indent=1))
    if not args.workdir:
        shutil.rmtree(workdir, ignore_errors=True)
    print(f"\n(cores: {os.cpu_count()})")


if __name__ == "__main__":
    main()
