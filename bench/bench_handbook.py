"""Speed of the knowledge base on a generated corpus: `ocop handbook` and `ocop facts`.

Generates N enriched articles (figures, entities, products as the NLP stage stores them; 10%
syndicated copies) into a temporary data directory, then times the real commands:

    .venv/bin/python bench/bench_handbook.py --articles 10000

The text is filler; what matters is the volume the handbook has to gather and render.
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

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from corpus.article import Article  # noqa: E402
from corpus.store import CorpusStore  # noqa: E402
from indexer.nlp import ENRICHMENT_VERSION, NEW_PROVINCE, PROVINCES  # noqa: E402

SOURCES = ["baoquangninh", "nongnghiep", "vietnamplus", "baobacgiang", "dantri", "vnexpress"]


def _figures(rng: random.Random, province: str, day: datetime) -> list[dict]:
    out = []
    for star in (3, 4, 5):
        value = float(rng.randint(5, 400) // star)
        year = rng.choice([day.year - 1, day.year])
        sentence = f"Tính đến hết năm {year}, tỉnh có {value:.0f} sản phẩm OCOP đạt {star} sao."
        out.append({"value": value, "unit": "sản phẩm", "metric": "ocop_products", "kind": None,
                    "qualifier": None, "star": star, "min_star": None, "percent": None,
                    "province": province, "new_province": NEW_PROVINCE[province],
                    "district": None, "period": str(year), "sentence": sentence,
                    "start": 200, "end": 210})  # fmt: skip
    money = float(rng.randint(1, 90)) * 1e9
    out.append({"value": money, "unit": "VND", "metric": "money_vnd", "kind": None,
                "qualifier": "about", "star": None, "min_star": None, "percent": None,
                "province": province, "new_province": NEW_PROVINCE[province], "district": None,
                "period": None, "sentence": "Tỉnh bố trí khoảng … tỷ đồng.", "start": 300,
                "end": 310})  # fmt: skip
    return out


def generate(store: CorpusStore, n: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    start = datetime(2023, 1, 1, 8)
    primaries: list[Article] = []
    for i in range(n):
        syndicated = primaries and rng.random() < 0.1
        if syndicated:
            base = rng.choice(primaries[-50:])
            province, day = base.provinces[0]["name"], base.published_at + timedelta(days=1)
        else:
            province = rng.choice(PROVINCES[:20])
            day = start + timedelta(hours=rng.randint(0, 3 * 365 * 24))
        a = Article(url=f"https://{rng.choice(SOURCES)}.example.vn/bai-{i}", source=rng.choice(SOURCES),
                    title=f"Sản phẩm OCOP của {province} số {i}", lead=f"Sapo bài {i} về OCOP tại {province}.",
                    text="Nội dung bài viết về chương trình OCOP. " * 40, published_at=day,
                    duplicate_of=base.id if syndicated else None)  # fmt: skip
        enrichment = {
            "provinces": [{"name": province, "new_province": NEW_PROVINCE[province], "mentions": 3,
                           "primary": True}],
            "figures": _figures(rng, province, day),
            "entities": [{"type": "PER", "text": f"Nguyễn Văn {rng.choice('ABCDEFGH')}",
                          "norm": f"Nguyễn Văn {rng.choice('ABCDEFGH')}", "count": 1, "spans": []},
                         {"type": "ORG", "text": f"HTX Số {rng.randint(1, 60)}",
                          "norm": f"HTX Số {rng.randint(1, 60)}", "count": 1, "spans": []}],
            "products": [{"name": f"Sản phẩm {rng.randint(1, 400)}", "star": rng.choice([3, 4, 5]),
                          "owner": f"HTX Số {rng.randint(1, 60)}", "province": province,
                          "sentence": "", "start": 0, "end": 0}],
        }  # fmt: skip
        store.upsert_article(a)
        store.save_enrichment(a.id, enrichment, ENRICHMENT_VERSION, a.content_hash)
        if syndicated:
            store.set_duplicate_of(a.id, base.id)
        else:
            a.provinces = enrichment["provinces"]
            primaries.append(a)


def timed(*args: str, home: Path) -> float:
    t0 = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "search_cli.cli", "--home", str(home), *args],
                          cwd=REPO, capture_output=True, text=True)  # fmt: skip
    if proc.returncode != 0:
        raise SystemExit(proc.stderr)
    return time.perf_counter() - t0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        t0 = time.perf_counter()
        store = CorpusStore(home / "corpus.sqlite")
        generate(store, args.articles)
        store.close()
        print(f"generated {args.articles} articles in {time.perf_counter() - t0:.1f}s")
        runs = [
            ("handbook --national -o vn.docx", ["handbook", "--national", "-o", f"{tmp}/vn.docx"]),
            ("handbook --national -o vn.html", ["handbook", "--national", "-o", f"{tmp}/vn.html"]),
            ("handbook -p 'Quảng Ninh' -o qn.docx", ["handbook", "-p", "Quảng Ninh", "-o", f"{tmp}/qn.docx"]),
            ("facts --latest", ["facts", "--latest"]),
            ("facts --history --star 4", ["facts", "--history", "--star", "4", "--limit", "0"]),
        ]  # fmt: skip
        for label, argv in runs:
            print(f"ocop {label}: {timed(*argv, home=home):.1f}s")
        size = (home / "vn.docx").stat().st_size
        print(f"national handbook: {size / 1e6:.1f} MB .docx")


if __name__ == "__main__":
    main()
