"""Peak memory and time of `ocop export` over a synthetic data directory.

    .venv/bin/python bench/bench_export.py --articles 1000 4000

Builds one data directory per size (articles of ~1,500 words, no enrichment) under a
temporary directory, then runs `ocop export` in a child process per format and reports
its peak resident memory (ru_maxrss) and wall time. Constant memory = the same peak for
every size.
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

from corpus.article import VIETNAM_TZ, Article
from corpus.store import CorpusStore
from indexer.backends.sqlite_fts import SqliteBackend
from indexer.indexing import sync_index

WORDS = [
    "sản",
    "phẩm",
    "OCOP",
    "tỉnh",
    "hợp",
    "tác",
    "xã",
    "đạt",
    "sao",
    "chương",
    "trình",
    "mỗi",
    "xã",
    "một",
    "nông",
    "dân",
]


def build_home(home: Path, n: int) -> None:
    """A store and SQLite index of ``n`` synthetic articles."""
    home.mkdir(parents=True)
    store = CorpusStore(home / "corpus.sqlite")
    rnd = random.Random(n)
    start = datetime(2024, 1, 1, tzinfo=VIETNAM_TZ)
    for i in range(n):
        text = " ".join(rnd.choice(WORDS) for _ in range(1500))
        store.upsert_article(Article(url=f"https://x.example.vn/bai-{i}.html", source="x",
                                     title=f"Bài OCOP số {i}", lead="Tin OCOP.", text=text,
                                     published_at=start + timedelta(hours=i)))  # fmt: skip
    backend = SqliteBackend(home / "index.sqlite")
    try:
        sync_index(store, backend)
    finally:
        backend.close()
        store.close()


def run_export(home: Path, fmt: str, out: Path) -> tuple[float, float]:
    """(peak RSS in MB, seconds) of one export in a child process."""
    code = (
        "import resource, sys; from search_cli.cli import cli\n"
        "try:\n    cli(sys.argv[1:], prog_name='ocop')\n"
        "except SystemExit:\n    pass\n"
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)"
    )
    t0 = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-c", code, "--home", str(home), "export", "-f", fmt, "-o", str(out)],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    seconds = time.perf_counter() - t0
    return int(proc.stderr.strip().splitlines()[-1]) / 1024, seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, nargs="+", default=[1000, 4000])
    parser.add_argument("--formats", nargs="+", default=["jsonl", "csv"])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        print("| articles | format | peak RSS | time |\n|---|---|---|---|")
        for n in args.articles:
            home = Path(tmp) / f"home-{n}"
            build_home(home, n)
            for fmt in args.formats:
                rss, seconds = run_export(home, fmt, Path(tmp) / f"out-{n}.{fmt}")
                print(f"| {n:,} | {fmt} | {rss:.0f} MB | {seconds:.1f} s |")


if __name__ == "__main__":
    main()
