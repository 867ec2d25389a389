"""Parallel readers while `ocop index --rebuild` runs: errors, wrong totals, latency.

    .venv/bin/python bench/bench_load.py --articles 30000 --clients 8 --ops 500

Fills a fresh data directory with generated articles (bench_scale's generator), indexes it,
records the expected answer of every query, then runs ``--clients`` threads of ``--ops``
mixed searches/stats/facts (each opening the index read-only, as the CLI does) while a
separate process rebuilds the index again and again. Any exception, and any answer that
differs from the expected one, is counted; p50/p95 latency is printed.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import threading
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from corpus.config import AppConfig  # noqa: E402
from indexer.query import FactsSpec, QuerySpec, StatsSpec  # noqa: E402

_REBUILD_LOOP = """
import sys, time
sys.path.insert(0, {root!r})
from corpus.config import AppConfig
from corpus.store import CorpusStore
from indexer.indexing import open_backend, rebuild_index
config = AppConfig.load(home={home!r}, backend="sqlite")
store = CorpusStore(config.corpus_path)
n = 0
while True:
    with open_backend(config, rebuild=True) as backend:
        rebuild_index(store, backend)
    n += 1
    print(n, flush=True)
"""


def workload() -> list[tuple[str, object]]:
    return [
        ("search", QuerySpec(text="sản phẩm OCOP")),
        ("search", QuerySpec(text="quang ninh 4 sao")),
        ("search", QuerySpec(text="hợp tác xã", provinces=("Quảng Ninh",))),
        ("search", QuerySpec(text="OCOP", since=date(2024, 1, 1), until=date(2024, 6, 30))),
        ("search", QuerySpec(sort="newest", star=4)),
        ("stats", StatsSpec(QuerySpec(), group_by=("year",))),
        ("stats", StatsSpec(QuerySpec(text="OCOP"), group_by=("new_province",))),
        ("facts", FactsSpec(latest=True)),
        ("facts", FactsSpec(provinces=("Quảng Ninh",), star=4, limit=20)),
    ]


def answer(backend, kind: str, spec) -> object:
    """What must not change while the corpus does not: totals, groups, figure values."""
    if kind == "search":
        result = backend.search(spec)
        return (result.total, result.total_exact)
    if kind == "stats":
        return backend.stats(spec)
    return [(r["value"], r["url"]) for r in backend.facts(spec)]


def run_load(config: AppConfig, clients: int, ops: int, rebuild: bool = True) -> dict:
    """Run the load; returns counts of errors and wrong answers, latencies and rebuilds."""
    from indexer.indexing import open_backend

    work = workload()
    with open_backend(config) as backend:
        expected = [answer(backend, kind, spec) for kind, spec in work]
    errors: list[str] = []
    wrong: list[str] = []
    times: list[float] = []
    lock = threading.Lock()

    rebuilt = threading.Event()  # clients go on until one rebuild has switched under them
    rebuilds = [0]

    def client(seed: int) -> None:
        i = 0
        while i < ops or (rebuild and not rebuilt.is_set()):
            i += 1
            k = (seed * 7 + i) % len(work)
            kind, spec = work[k]
            t0 = time.perf_counter()
            try:
                with open_backend(config) as backend:
                    got = answer(backend, kind, spec)
            except Exception as exc:  # every failure is a finding, whatever its type
                with lock:
                    errors.append(f"{type(exc).__name__}: {exc}")
                continue
            with lock:
                times.append((time.perf_counter() - t0) * 1000)
                if got != expected[k]:
                    wrong.append(f"{kind} {spec}: {got!r} != {expected[k]!r}")

    def watch(proc: subprocess.Popen) -> None:
        for _ in proc.stdout:
            rebuilds[0] += 1
            rebuilt.set()

    proc = None
    if rebuild:
        code = _REBUILD_LOOP.format(root=str(ROOT), home=str(config.home))
        proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
        threading.Thread(target=watch, args=(proc,), daemon=True).start()
    threads = [threading.Thread(target=client, args=(s,)) for s in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    if proc is not None:
        proc.kill()
        proc.wait()
    times.sort()
    return {
        "requests": len(times) + len(errors), "errors": errors, "wrong": wrong, "rebuilds": rebuilds[0],
        "p50_ms": round(times[len(times) // 2], 1) if times else None,
        "p95_ms": round(times[int(len(times) * 0.95)], 1) if times else None,
    }  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=30000)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--ops", type=int, default=500)
    parser.add_argument("--workdir", default="")
    args = parser.parse_args()
    from bench_scale import fill_store

    from corpus.store import CorpusStore
    from indexer.indexing import open_backend, sync_index

    home = Path(args.workdir or tempfile.mkdtemp(prefix="ocop-load-"))
    config = AppConfig.load(home=home, backend="sqlite")
    store = CorpusStore(config.corpus_path)
    if store.count_articles() != args.articles:
        fill_store(store, args.articles)
    with open_backend(config, write=True) as backend:
        sync_index(store, backend)
    store.close()
    t0 = time.perf_counter()
    result = run_load(config, args.clients, args.ops)
    result["seconds"] = round(time.perf_counter() - t0, 1)
    summary = {**result, "errors": len(result["errors"]), "wrong": len(result["wrong"])}
    print(json.dumps(summary, ensure_ascii=False))
    for line in (result["errors"] + result["wrong"])[:5]:
        print("  ", line[:300])


if __name__ == "__main__":
    main()
