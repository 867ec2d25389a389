"""Bulk indexing throughput of the Elasticsearch backend against the fake ES (no cluster).

    .venv/bin/python bench/bench_es_bulk.py [--articles 4000] [--delay-ms 100] [--bulk-docs 200]

``tests/fake_es.py`` runs in a child process and answers each ``_bulk`` after ``--delay-ms``
(standing in for the cluster's indexing time): the numbers show the client side's ceiling
(document building, JSON, HTTP) and what parallel requests buy against a slow cluster, not
Elasticsearch's own speed. Each run is a full ``rebuild`` (refresh off, alias switch).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from corpus.article import Article  # noqa: E402
from corpus.config import AppConfig  # noqa: E402
from indexer.backends.es import ElasticsearchBackend, EsOptions  # noqa: E402

SERVER = (
    "import sys, time; sys.path.insert(0, sys.argv[2]); from tests.fake_es import FakeES; "
    "f = FakeES().start(); d = float(sys.argv[1]); "
    "d and f.fail('*', '_bulk$', None, times=None, delay=d); print(f.url, flush=True); "
    "time.sleep(3600)"
)


def make_articles(n: int) -> list[Article]:
    """Articles of a realistic size: ~3 KB of text and five figures each."""
    text = "Tỉnh đã công nhận thêm nhiều sản phẩm OCOP đạt 3 sao và 4 sao trong năm. " * 40
    figure = {"value": 25.0, "unit": "sản phẩm", "metric": "ocop_products", "star": 4,
              "province": "Quảng Ninh", "sentence": "Có 25 sản phẩm đạt 4 sao.",
              "start": 1, "end": 3}  # fmt: skip
    return [
        Article(
            url=f"https://bench.example.vn/{i}",
            source="bench",
            title=f"Bài {i}",
            text=text,
            published_at=datetime(2026, 1, 1),
            figures=[figure] * 5,
        )  # fmt: skip
        for i in range(n)
    ]


def run(articles: list[Article], threads: int, bulk_docs: int, delay: float) -> float:
    """Documents per second of one rebuild with ``threads`` bulk threads."""
    proc = subprocess.Popen([sys.executable, "-c", SERVER, str(delay), str(ROOT)],
                            stdout=subprocess.PIPE, text=True)  # fmt: skip
    try:
        url = proc.stdout.readline().strip()
        config = AppConfig.load(home=ROOT / ".bench-es", backend="elasticsearch", es_url=url,
                                es_index="bench")  # fmt: skip
        options = EsOptions(bulk_threads=threads, bulk_docs=bulk_docs, replicas=0)
        with ElasticsearchBackend.connect(config, options=options) as backend:
            start = time.perf_counter()
            n = backend.rebuild(articles)
            return n / (time.perf_counter() - start)
    finally:
        proc.kill()
        proc.wait()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=4000)
    parser.add_argument("--delay-ms", type=float, default=100)
    parser.add_argument("--bulk-docs", type=int, default=200)
    args = parser.parse_args()
    articles = make_articles(args.articles)
    for threads in (1, 2, 4):
        rate = run(articles, threads, args.bulk_docs, args.delay_ms / 1000)
        print(f"bulk_threads={threads} bulk_docs={args.bulk_docs} "
              f"server_delay={args.delay_ms:.0f}ms: {rate:,.0f} docs/s")  # fmt: skip


if __name__ == "__main__":
    main()
