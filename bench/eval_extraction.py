"""Extraction quality and speed on real pages: ours vs plain trafilatura, in the same run.

    .venv/bin/python bench/eval_extraction.py [--limit N] [--json]

1. ../shared/benchmarks/article-extraction/ (181 pages, gold article bodies): precision /
   recall / F1 over whitespace tokens (bag of tokens, as that benchmark scores), averaged
   over pages. Our body is the lead (sapo) plus the text, as plain trafilatura's is.
2. ../shared/benchmarks/fundus/ (real pages from many publishers): title exact match,
   publication date right to the minute, author F1 (set of names), body token F1; per
   country and overall. Plain trafilatura's title/date/authors come from its metadata.
3. Milliseconds per page (median, p95) for both.
"""

from __future__ import annotations

import argparse
import gzip
import json
import statistics
import sys
import time
from collections import Counter, defaultdict
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _find_shared() -> Path:
    """``shared/benchmarks`` beside the project, or beside an ancestor (git worktrees live
    one level deeper); ``OCOP_SHARED`` overrides."""
    import os

    if os.environ.get("OCOP_SHARED"):
        return Path(os.environ["OCOP_SHARED"]) / "benchmarks"
    for parent in ROOT.parents:
        if (parent / "shared" / "benchmarks").is_dir():
            return parent / "shared" / "benchmarks"
    return ROOT.parent / "shared" / "benchmarks"


SHARED = _find_shared()


def tokens(text: str) -> list[str]:
    return (text or "").split()


def prf(pred: list[str], gold: list[str]) -> tuple[float, float, float]:
    if not pred and not gold:
        return 1.0, 1.0, 1.0
    common = sum((Counter(pred) & Counter(gold)).values())
    p = common / len(pred) if pred else 0.0
    r = common / len(gold) if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def ours(html: bytes, url: str) -> dict:
    from crawler.extract import extract

    ex = extract(html, url)
    body = "\n\n".join(x for x in (ex.lead, ex.text) if x)
    return {"title": ex.title, "body": body, "authors": ex.authors, "date": ex.published_at}


def plain(html: bytes, url: str) -> dict:
    import trafilatura

    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True)
    if doc is None:
        return {"title": "", "body": "", "authors": [], "date": None}
    authors = [a.strip() for a in (doc.author or "").split(";") if a.strip()]
    date = None
    if doc.date:
        try:
            date = datetime.fromisoformat(doc.date)
        except ValueError:
            date = None
    return {"title": doc.title or "", "body": doc.text or "", "authors": authors, "date": date}


SYSTEMS = {"ours": ours, "trafilatura": plain}


def timed(fn, html, url):
    t0 = time.perf_counter()
    try:
        out = fn(html, url)
    except Exception as exc:  # a crash is scored as empty output
        out = {"title": "", "body": "", "authors": [], "date": None, "error": repr(exc)}
    return out, (time.perf_counter() - t0) * 1000


def article_extraction(limit: int | None) -> dict:
    base = SHARED / "article-extraction"
    gold = json.loads((base / "ground-truth.json").read_text(encoding="utf-8"))
    items = sorted(gold.items())[:limit]
    scores = {s: [] for s in SYSTEMS}
    ms = {s: [] for s in SYSTEMS}
    for key, g in items:
        html = gzip.decompress((base / "html" / f"{key}.html.gz").read_bytes())
        for name, fn in SYSTEMS.items():
            out, t = timed(fn, html, g["url"])
            ms[name].append(t)
            scores[name].append(prf(tokens(out["body"]), tokens(g["articleBody"])))
    return {
        name: {
            "pages": len(items),
            "precision": statistics.mean(s[0] for s in scores[name]),
            "recall": statistics.mean(s[1] for s in scores[name]),
            "f1": statistics.mean(s[2] for s in scores[name]),
            "median_ms": statistics.median(ms[name]),
            "p95_ms": sorted(ms[name])[int(0.95 * (len(ms[name]) - 1))],
        }
        for name in SYSTEMS
    }


def _fundus_body(article: dict) -> str:
    body = article.get("body") or {}
    parts = list(body.get("summary") or [])
    for section in body.get("sections") or []:
        parts += section.get("headline") or []
        parts += section.get("paragraphs") or []
    return "\n".join(parts)


def _same_minute(pred: datetime | None, gold: str | None) -> bool:
    if not gold:
        return pred is None
    if pred is None:
        return False
    g = datetime.fromisoformat(gold)
    if g.tzinfo is None:
        g = g.replace(tzinfo=UTC)
    if pred.tzinfo is None:  # plain trafilatura gives dates without zone: be generous, any zone
        return any(abs((pred.replace(tzinfo=timezone(timedelta(hours=h))) - g).total_seconds()) < 60
                   for h in range(-12, 15))  # fmt: skip
    return abs((pred - g).total_seconds()) < 60


def _same_day(pred: datetime | None, gold: str | None) -> bool:
    """The calendar day as the page states it (in the gold value's own zone)."""
    if not gold or pred is None:
        return not gold and pred is None
    g = datetime.fromisoformat(gold)
    if pred.tzinfo is not None and g.tzinfo is not None:
        pred = pred.astimezone(g.tzinfo)
    return pred.date() == g.date()


def _author_f1(pred: list[str], gold: list[str]) -> float:
    p = {a.strip().lower() for a in pred if a.strip()}
    g = {a.strip().lower() for a in gold if a.strip()}
    if not p and not g:
        return 1.0
    if not p or not g:
        return 0.0
    tp = len(p & g)
    if not tp:
        return 0.0
    pr, rc = tp / len(p), tp / len(g)
    return 2 * pr * rc / (pr + rc)


def fundus(limit: int | None) -> dict:
    base = SHARED / "fundus"
    rows: dict[str, dict[str, list]] = defaultdict(lambda: {s: [] for s in SYSTEMS})
    ms = {s: [] for s in SYSTEMS}
    count = 0
    for country in sorted(p for p in base.iterdir() if p.is_dir()):
        meta = json.loads((country / "meta.info").read_text(encoding="utf-8"))
        for gold_file in sorted(country.glob("*.json")):
            publisher = gold_file.stem
            gold_all = json.loads(gold_file.read_text(encoding="utf-8"))
            pages = sorted(country.glob(f"{publisher}_*.html.gz"))
            for page, (_, gold) in zip(pages, sorted(gold_all.items()), strict=False):
                if limit and count >= limit:
                    break
                url = meta.get(page.name, {}).get("url", "")
                html = gzip.decompress(page.read_bytes())
                count += 1
                for name, fn in SYSTEMS.items():
                    out, t = timed(fn, html, url)
                    ms[name].append(t)
                    rows[country.name][name].append((
                        float(out["title"].strip() == (gold.get("title") or "").strip()),
                        float(_same_minute(out["date"], gold.get("publishing_date"))),
                        float(_same_day(out["date"], gold.get("publishing_date"))),
                        _author_f1(out["authors"], gold.get("authors") or []),
                        prf(tokens(out["body"]), tokens(_fundus_body(gold)))[2],
                    ))  # fmt: skip

    def agg(values):
        return {k: statistics.mean(v[i] for v in values) for i, k in
                enumerate(("title", "date", "day", "authors", "body_f1"))} | {"pages": len(values)}  # fmt: skip

    out = {"countries": {c: {s: agg(v[s]) for s in SYSTEMS} for c, v in rows.items()}}
    out["overall"] = {s: agg([x for v in rows.values() for x in v[s]]) for s in SYSTEMS}
    out["speed"] = {s: {"median_ms": statistics.median(ms[s]),
                        "p95_ms": sorted(ms[s])[int(0.95 * (len(ms[s]) - 1))]} for s in SYSTEMS}  # fmt: skip
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, help="only the first N pages of each set")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    if not SHARED.is_dir():
        print(f"benchmarks not found at {SHARED}; nothing to evaluate")
        return 0
    report = {"article_extraction": article_extraction(args.limit), "fundus": fundus(args.limit)}
    if args.json:
        print(json.dumps(report, indent=2, default=str))
        return 0
    ae = report["article_extraction"]
    print(f"article-extraction ({ae['ours']['pages']} pages): body token P / R / F1, ms per page")
    for name, r in ae.items():
        print(f"  {name:<12} {r['precision']:.3f} / {r['recall']:.3f} / {r['f1']:.3f}   "
              f"median {r['median_ms']:.0f} ms, p95 {r['p95_ms']:.0f} ms")  # fmt: skip
    fu = report["fundus"]
    print(f"\nfundus ({fu['overall']['ours']['pages']} pages): title exact / date to the minute / "
          "date same day / author F1 / body F1")  # fmt: skip
    for country, systems in fu["countries"].items():
        for name, r in systems.items():
            print(f"  {country:<4} {name:<12} {r['title']:.2f} / {r['date']:.2f} / {r['day']:.2f} / "
                  f"{r['authors']:.2f} / {r['body_f1']:.3f}  ({r['pages']} pages)")  # fmt: skip
    for name, r in fu["overall"].items():
        print(f"  ALL  {name:<12} {r['title']:.3f} / {r['date']:.3f} / {r['day']:.3f} / "
              f"{r['authors']:.3f} / {r['body_f1']:.3f}")  # fmt: skip
    for name, r in fu["speed"].items():
        print(f"  speed {name:<12} median {r['median_ms']:.0f} ms, p95 {r['p95_ms']:.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
