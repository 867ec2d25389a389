"""Render time of the web pages (`ocop serve`) on an existing data directory.

    .venv/bin/python bench/bench_web.py --home DIR [--repeat 30]

Builds the app in-process and requests each page through Starlette's test client (no
network), printing p50/p95 per page. Use it on a large generated corpus (bench/bench_scale.py
keeps one with --keep) to check the 200 ms p95 target for the search page.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from starlette.testclient import TestClient  # noqa: E402

from corpus.config import AppConfig  # noqa: E402
from search_cli.web.app import create_app  # noqa: E402

PAGES = [
    ("search: common words", "/?q=s%E1%BA%A3n+ph%E1%BA%A9m+OCOP"),
    ("search: no diacritics", "/?q=san+pham+ocop"),
    ("search: province facet", "/?q=ocop&province=quang+ninh"),
    ("search: year + star", "/?q=ocop&year=2025&star=4"),
    ("search: newest, page 3", "/?q=ocop&sort=newest&page=3"),
    ("search: empty query", "/"),
    ("facts: latest", "/facts?province=quang+ninh"),
    ("coverage: by month", "/coverage?by=month"),
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--home", required=True, type=Path)
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args()
    client = TestClient(create_app(AppConfig.load(home=args.home)))
    print(f"{'page':28} {'p50 ms':>8} {'p95 ms':>8}")
    for label, url in PAGES:
        client.get(url)  # warm caches
        times = []
        for _ in range(args.repeat):
            started = time.perf_counter()
            response = client.get(url)
            times.append((time.perf_counter() - started) * 1000)
            assert response.status_code == 200, (url, response.status_code)
        times.sort()
        p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
        print(f"{label:28} {statistics.median(times):8.1f} {p95:8.1f}")


if __name__ == "__main__":
    main()
