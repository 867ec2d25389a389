"""Throughput of `enrich` vs raw underthesea `ner` on every sentence, 2 worker processes.

    .venv/bin/python bench/bench_nlp.py [--repeat 20] [--workers 2] [--rounds 3]

Articles: the seeds in ../shared/seeds (when present) plus the self-written annotation
articles (``own_*`` and the development passages in ``dev2/``; never the held-out sets),
repeated ``--repeat`` times. Both measurements run in the same invocation with the same pool
size; each pool is warmed up (models loaded) before the clock starts. The two are measured
alternately ``--rounds`` times and the best round of each is reported, so that load from
other processes on a shared machine weighs on both alike.
"""

from __future__ import annotations

import argparse
import sys
import time
import tomllib
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def load_articles() -> list[tuple[str, str, str]]:
    articles = []
    seeds = SHARED / "seeds"
    if seeds.is_dir():
        for path in sorted(seeds.glob("*.txt")):
            articles.append(("", "", path.read_text(encoding="utf-8")))
    annotations = ROOT / "bench" / "annotations"
    paths = sorted(annotations.glob("own_*.toml")) + sorted(annotations.glob("dev2/*.toml"))
    for path in paths:
        d = tomllib.loads(path.read_text(encoding="utf-8"))
        articles.append((d.get("title", ""), d.get("lead", ""), d["text"].strip()))
    return articles


def run_enrich(article: tuple[str, str, str]) -> int:
    from indexer.nlp import enrich

    result = enrich(*article, None)
    return len(result["figures"]) + len(result["entities"])


def run_raw_ner(article: tuple[str, str, str]) -> int:
    from underthesea import ner

    from indexer.nlp.segment import analyse

    return sum(len(ner(s.text)) for s in analyse(*article).sentences)


def _warm(fn) -> None:
    # "Lê Dương" is an untitled 2-syllable name: enrich asks underthesea to confirm it, so its
    # models are loaded here and not inside the timed run
    fn(("", "", "Lê Dương cho biết tỉnh Quảng Ninh có 10 sản phẩm OCOP đạt 4 sao."))


def _noop(_: int) -> None:
    time.sleep(0.05)


def measure(fn, articles: list, workers: int) -> float:
    # every worker warms up in its initializer: a warm-up task could land twice on one worker
    # and leave the other to load its models inside the timed run
    with ProcessPoolExecutor(max_workers=workers, initializer=_warm, initargs=(fn,)) as pool:
        list(pool.map(_noop, range(workers * 4)))  # start every worker before the clock
        t0 = time.perf_counter()
        list(pool.map(fn, articles, chunksize=4))
        elapsed = time.perf_counter() - t0
    return len(articles) / elapsed


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=20)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args(argv)
    base = load_articles()
    if not (SHARED / "seeds").is_dir():
        print(f"note: {SHARED / 'seeds'} not found, using the annotation articles only")
    articles = base * args.repeat
    chars = sum(len(a[0]) + len(a[1]) + len(a[2]) for a in articles)
    print(
        f"{len(articles)} articles ({len(base)} distinct x {args.repeat}), {chars / len(articles):.0f} chars/article, {args.workers} workers"
    )
    ours, raw = 0.0, 0.0
    for i in range(args.rounds):
        o, r = (
            measure(run_enrich, articles, args.workers),
            measure(run_raw_ner, articles, args.workers),
        )
        print(
            f"round {i + 1}: enrich {o:8.1f} articles/s, raw ner {r:6.1f} articles/s ({o / r:.2f}x)"
        )
        ours, raw = max(ours, o), max(raw, r)
    print(f"enrich (indexer.nlp), best:    {ours:8.1f} articles/s")
    print(f"raw underthesea ner, best:     {raw:8.1f} articles/s")
    print(f"ratio of the bests:            {ours / raw:8.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
