"""Held-out extraction test on unseen Vietnamese CMS templates (bench/templates_blind/).

    .venv/bin/python bench/eval_templates.py [--root DIR] [--verbose] [--json]

Every page <template>/<name>.html has a gold <name>.json (see bench/templates_blind/README.md).
For each page the product's ``crawler.extract.extract`` and its crawl-time keep decision
(extraction + ``crawler/relevance.py``, through ``crawler.worker.process_page`` when its
signature still fits) are run, and plain trafilatura for comparison. Printed per template
and overall:

- body F1: bag of whitespace tokens of lead + text against gold lead + body (as
  bench/eval_extraction.py); a gold article the product calls a non-article scores 0
- leaks: pages whose extracted lead/text contains any gold ``chrome_samples`` string
  (whole words, case- and diacritics-insensitive); captions kept are counted apart
- article accuracy (article / not-article), OCOP briefs and long articles kept,
  non-OCOP pages kept (non-OCOP articles and listings), "unextractable" (a gold article
  called a non-article) vs "garbage" (called an article with F1 < 0.9 or a leak, or a
  listing called an article)

Site mode (default; ``--no-site-memory`` to compare): each template's pages are one source,
as a crawl of them ends after its end-of-run sweep: body lines repeated in two or more other
articles of the template are removed (``crawler.extract.sitememory``) and the keep decision
is judged again on what remains.

Directories whose name starts with "_" are skipped (the generator, the self-test page).
The set is held out: never tune extraction on it; see its README.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SET = ROOT / "bench" / "templates_blind"
DEFAULT_KEYWORDS = ("OCOP", "Mỗi xã một sản phẩm")
TARGET_F1 = 0.97


def tokens(text: str) -> list[str]:
    return (text or "").split()


def prf(pred: list[str], gold: list[str]) -> tuple[float, float, float]:
    if not pred and not gold:
        return 1.0, 1.0, 1.0
    common = sum((Counter(pred) & Counter(gold)).values())
    p = common / len(pred) if pred else 0.0
    r = common / len(gold) if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _fold(text: str) -> str:
    from corpus.textnorm import fold

    return " ".join(fold(text or "").split())


def contains(text: str, sample: str) -> bool:
    """``sample`` occurs in ``text`` as whole words, ignoring case, diacritics and spacing."""
    needle = _fold(sample)
    if not needle:
        return False
    return re.search(r"(?<!\w)" + re.escape(needle) + r"(?!\w)", _fold(text)) is not None


def load_pages(root: Path) -> list[dict]:
    """Every page with its gold, sorted by template and name."""
    pages = []
    for folder in sorted(p for p in root.iterdir() if p.is_dir() and not p.name.startswith("_")):
        for html_file in sorted(folder.glob("*.html")):
            gold_file = html_file.with_suffix(".json")
            if not gold_file.is_file():
                raise SystemExit(f"{html_file}: no gold {gold_file.name}")
            gold = json.loads(gold_file.read_text(encoding="utf-8"))
            pages.append({"template": folder.name, "name": html_file.stem,
                          "html": html_file.read_bytes(), "gold": gold})  # fmt: skip
    return pages


def _keywords() -> tuple[str, ...]:
    try:
        from crawler import settings

        return tuple(getattr(settings, "OCOP_RELEVANCE_KEYWORDS", DEFAULT_KEYWORDS))
    except ImportError:
        return DEFAULT_KEYWORDS


def run_ours(html: bytes, url: str) -> dict:
    """The product's extraction, read defensively (fields may be renamed while it evolves)."""
    from crawler.extract import extract

    try:
        ex = extract(html, url)
    except Exception as exc:  # a crash is scored as a non-article with nothing extracted
        return {"is_article": False, "status": f"crash: {exc!r}", "title": "", "lead": "",
                "text": "", "tags": []}  # fmt: skip
    status = getattr(ex, "status", None)
    is_article = getattr(ex, "is_article", None)
    if is_article is None:
        is_article = str(status or "").lower() in ("article", "ok", "extracted")
    text = getattr(ex, "text", None)
    if text is None:
        text = getattr(ex, "body", "") or ""
    reason = getattr(ex, "reason", "") or ""
    return {
        "is_article": bool(is_article),
        "status": " ".join(str(x) for x in (status, reason) if x)
        or ("article" if is_article else ""),
        "title": getattr(ex, "title", "") or "",
        "lead": getattr(ex, "lead", "") or "",
        "text": text,
        "tags": list(getattr(ex, "tags", None) or []),
        "article_tags": list(getattr(ex, "article_tags", None) or []),
    }


def product_keeps(html: bytes, url: str, ours: dict, keywords: tuple[str, ...]) -> tuple[bool, str]:
    """Would a crawl store this page? (kept, how it was decided)."""
    try:
        from crawler.worker import PageJob, process_page

        job = PageJob(url=url, final_url=url, body=html, encoding=None, source="blind",
                      fetched_at="2026-11-23T00:00:00+00:00", overrides=None,
                      keywords=keywords)  # fmt: skip
    except (ImportError, TypeError):
        job = None
    if job is not None:
        try:
            result = process_page(job)
            return getattr(result, "article", None) is not None, "worker"
        except Exception:  # scored as not kept, like a crash in a crawl
            return False, "worker-crash"
    from crawler.relevance import is_relevant

    keep = ours["is_article"] and is_relevant(
        keywords, ours["title"], ours["lead"], ours["text"], " ".join(ours["tags"])
    )
    return bool(keep), "relevance"


def run_trafilatura(html: bytes, url: str) -> str:
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(html, url=url, with_metadata=True)
    except Exception:
        return ""
    return (doc.text or "") if doc is not None else ""


def score_page(page: dict, keywords: tuple[str, ...]) -> dict:
    """All measurements of one page."""
    gold, html = page["gold"], page["html"]
    url = gold.get("url") or f"https://blind.example.vn/{page['template']}/{page['name']}.html"
    t0 = time.perf_counter()
    ours = run_ours(html, url)
    ms = (time.perf_counter() - t0) * 1000
    kept, how = product_keeps(html, url, ours, keywords)
    row = {"template": page["template"], "name": page["name"], "kind": gold.get("kind", ""),
           "gold_article": bool(gold["is_article"]), "gold_ocop": bool(gold["is_ocop"]),
           "pred_article": ours["is_article"], "status": ours["status"], "kept": kept,
           "keep_via": how, "ms": ms}  # fmt: skip
    row["_ours"] = ours  # for the site pass (dropped from --json output)
    if not gold["is_article"]:
        return row
    row |= body_scores(gold, ours)
    row["traf_f1"] = prf(tokens(run_trafilatura(html, url)), tokens(_gold_text(gold)))[2]
    return row


def _gold_text(gold: dict) -> str:
    return "\n".join(x for x in (gold["lead"], gold["body"]) if x)


def body_scores(gold: dict, ours: dict) -> dict:
    """Body P/R/F1, title, leaks and captions of one gold article against our extraction."""
    extracted = "\n".join(x for x in (ours["lead"], ours["text"]) if x)
    p, r, f1 = prf(tokens(extracted if ours["is_article"] else ""), tokens(_gold_text(gold)))
    found = ours["is_article"]
    return {
        "precision": p,
        "recall": r,
        "f1": f1,
        "title_ok": _fold(ours["title"]) == _fold(gold["title"]),
        "leaks": [s for s in gold.get("chrome_samples", []) if found and contains(extracted, s)],
        "captions": [
            s for s in gold.get("caption_samples", []) if found and contains(extracted, s)
        ],  # fmt: skip
    }


def apply_site_memory(rows: list[dict], pages: list[dict], keywords: tuple[str, ...]) -> None:
    """Site mode: each template's pages are one source, as a crawl of them would end (after
    its end-of-run sweep): lines repeated in other articles of the template are removed
    (``crawler.extract.sitememory``) and the keep decision is judged again."""
    from lxml import html as lxml_html

    from crawler.extract.encoding import decode_html
    from crawler.extract.sitememory import clean_site, page_fingerprints, still_relevant

    golds = {(p["template"], p["name"]): p["gold"] for p in pages}
    seen: dict[str, dict[str, set[str]]] = defaultdict(dict)  # every page is evidence
    for p in pages:
        seen[p["template"]][p["name"]] = page_fingerprints(
            lxml_html.fromstring(decode_html(p["html"]))
        )
    groups: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        if r["_ours"]["is_article"]:
            groups[r["template"]].append(r)
    for group in groups.values():
        pages_seen = seen[group[0]["template"]]
        cleaned = clean_site({r["name"]: r["_ours"]["text"] for r in group}, pages_seen)
        for r in group:
            text, removed = cleaned[r["name"]]
            if not removed:
                continue
            ours = r["_ours"] = {**r["_ours"], "text": text}
            r["site_removed"] = len(removed)
            r["kept"] = r["kept"] and still_relevant(
                keywords, ours["title"], ours["lead"], text, removed
            )
            if r["gold_article"]:
                r |= body_scores(golds[(r["template"], r["name"])], ours)


def summarise(rows: list[dict]) -> dict:
    """Aggregate measurements of a group of pages."""
    arts = [r for r in rows if r["gold_article"]]
    extracted = [r for r in arts if r["pred_article"]]

    def mean(key, group):
        return statistics.mean(r[key] for r in group) if group else None

    briefs = [r for r in arts if r["gold_ocop"] and r["kind"] == "brief"]
    ocop_long = [r for r in arts if r["gold_ocop"] and r["kind"] != "brief"]
    not_ocop = [r for r in rows if not (r["gold_article"] and r["gold_ocop"])]
    return {
        "pages": len(rows),
        "articles": len(arts),
        "f1": mean("f1", arts),
        "f1_min": min((r["f1"] for r in arts), default=None),
        "f1_extracted": mean("f1", extracted),
        "f1_at_target": sum(r["f1"] >= TARGET_F1 for r in arts),
        "precision": mean("precision", arts),
        "recall": mean("recall", arts),
        "title_ok": sum(r["title_ok"] for r in arts),
        "leak_pages": sum(bool(r["leaks"]) for r in arts),
        "caption_pages": sum(bool(r["captions"]) for r in arts),
        "article_acc": sum(r["pred_article"] == r["gold_article"] for r in rows) / len(rows)
        if rows
        else None,
        "briefs_kept": sum(r["kept"] for r in briefs),
        "briefs": len(briefs),
        "ocop_long_kept": sum(r["kept"] for r in ocop_long),
        "ocop_long": len(ocop_long),
        "non_ocop_kept": sum(r["kept"] for r in not_ocop),
        "non_ocop": len(not_ocop),
        "unextractable": sum(not r["pred_article"] for r in arts),
        "garbage": sum(r["pred_article"] and (r["f1"] < 0.9 or bool(r["leaks"])) for r in arts)
        + sum(r["pred_article"] for r in rows if not r["gold_article"]),
        "traf_f1": mean("traf_f1", arts),
        "median_ms": statistics.median(r["ms"] for r in rows) if rows else None,
    }


def _fmt(x: float | None) -> str:
    return "  -  " if x is None else f"{x:.3f}"


def print_report(rows: list[dict], report: dict, verbose: bool) -> None:
    if verbose:
        print(
            "page                               kind      art(gold/ours) kept  F1     traf   leaks"
        )
        for r in rows:
            f1 = _fmt(r.get("f1")) if r["gold_article"] else "  -  "
            print(f"  {r['template'] + '/' + r['name']:<33} {r['kind']:<9} "
                  f"{int(r['gold_article'])}/{int(r['pred_article'])}            {int(r['kept'])}     "
                  f"{f1}  {_fmt(r.get('traf_f1'))}  {'; '.join(r.get('leaks', []))[:80]}")  # fmt: skip
            if r["gold_article"] and not r["pred_article"]:
                print(f"      called a non-article: {r['status']}")
            if r.get("captions"):
                print(f"      captions kept: {'; '.join(r['captions'])[:100]}")
    print("\ntemplate          pages  body F1 (min)   >=0.97  leaks  capt  art.acc  briefs  "
          "long  non-OCOP kept  unextr  garbage  trafilatura F1")  # fmt: skip
    for name, s in [*report["templates"].items(), ("ALL", report["overall"])]:
        print(f"  {name:<16} {s['pages']:>4}  {_fmt(s['f1'])} ({_fmt(s['f1_min'])})  "
              f"{s['f1_at_target']:>2}/{s['articles']:<2}  {s['leak_pages']:>4}  {s['caption_pages']:>4}  "
              f"{_fmt(s['article_acc'])}  {s['briefs_kept']}/{s['briefs']}     "
              f"{s['ocop_long_kept']}/{s['ocop_long']}   {s['non_ocop_kept']}/{s['non_ocop']}"
              f"            {s['unextractable']:>2}     {s['garbage']:>2}     {_fmt(s['traf_f1'])}")  # fmt: skip
    o = report["overall"]
    print(f"\nkeep decision via: {report['keep_via']}; title exact {o['title_ok']}/{o['articles']}; "
          f"body P/R {_fmt(o['precision'])}/{_fmt(o['recall'])}; F1 over pages extracted as "
          f"articles {_fmt(o['f1_extracted'])}; extraction median {o['median_ms']:.0f} ms/page")  # fmt: skip
    sm = report["site_memory"]
    print(f"site memory: {'on' if sm['on'] else 'off (--no-site-memory)'}; "
          f"{sm['lines_removed']} line(s) removed on {sm['pages_cleaned']} page(s)")  # fmt: skip
    print("issue 9 targets:")
    for label, ok in report["targets"].items():
        print(f"  {'PASS' if ok else 'FAIL'}  {label}")


def evaluate(root: Path, site_memory: bool = True) -> tuple[list[dict], dict]:
    pages = load_pages(root)
    if not pages:
        raise SystemExit(f"no pages under {root}")
    keywords = _keywords()
    run_ours(b"<html><body><p>warm-up</p></body></html>", "https://example.vn/")  # imports
    rows = [score_page(p, keywords) for p in pages]
    if site_memory:
        apply_site_memory(rows, pages, keywords)
    for r in rows:
        del r["_ours"]
    groups: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        groups[r["template"]].append(r)
    overall = summarise(rows)
    targets = {
        f"body F1 >= {TARGET_F1} (mean over gold articles)": (overall["f1"] or 0) >= TARGET_F1,
        "no page leaking boilerplate": overall["leak_pages"] == 0,
        "every OCOP brief kept": overall["briefs_kept"] == overall["briefs"],
        "no non-OCOP page kept": overall["non_ocop_kept"] == 0,
        "no garbage (unsure pages are non-articles, not bad text)": overall["garbage"] == 0,
    }
    report = {"templates": {k: summarise(v) for k, v in groups.items()}, "overall": overall,
              "targets": targets, "keep_via": dict(Counter(r["keep_via"] for r in rows)),
              "site_memory": {"on": site_memory,
                              "pages_cleaned": sum(bool(r.get("site_removed")) for r in rows),
                              "lines_removed": sum(r.get("site_removed", 0) for r in rows)}}  # fmt: skip
    return rows, report


_TAG_MANAGER = ('<noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-X" '
                'height="0" width="0" style="display:none"></iframe></noscript>')  # fmt: skip


def thin_check(root: Path) -> dict:
    """Diagnostics: every gold article cut to its first body paragraph (the <p> elements
    whose text is a later gold line are removed), alone and with a tag manager's <noscript>
    frame after <body>; how many are still extracted as articles (a thin brief must not be
    refused for the page's markup)."""
    from lxml import html as lxml_html

    from corpus.textnorm import fold
    from crawler.extract import extract

    counts: dict = defaultdict(Counter)
    refused = []
    for gold_path in sorted(root.glob("*/*.json")):
        if gold_path.parent.name.startswith("_"):
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        later = {fold(x) for x in gold.get("body", "").split("\n")[1:] if x.strip()}
        if not gold.get("is_article") or not later:
            continue
        doc = lxml_html.document_fromstring(gold_path.with_suffix(".html").read_bytes())
        cut = [p for p in doc.iter("p") if fold(" ".join(p.text_content().split())) in later]
        if not cut:
            continue
        for p in cut:
            if p.getparent() is not None:
                p.drop_tree()
        page = lxml_html.tostring(doc, encoding="unicode")
        for variant, html in (
            ("plain", page),
            ("tag manager", page.replace("<body>", "<body>" + _TAG_MANAGER, 1)),
        ):
            ex = extract(html, gold["url"])
            counts[variant][ex.status] += 1
            if ex.status != "article":
                refused.append(
                    f"{gold_path.parent.name}/{gold_path.stem} ({variant}): {ex.reason[:100]}"
                )
    return {"counts": {k: dict(v) for k, v in counts.items()}, "refused": refused}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--root", type=Path, default=SET, help="folder of <template>/<page>.html+.json")
    ap.add_argument("--verbose", "-v", action="store_true", help="one line per page")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--no-site-memory", action="store_true",
                    help="score each page alone (no removal of lines repeated across the site)")  # fmt: skip
    ap.add_argument("--thin", action="store_true",
                    help="diagnostics: articles cut to their first paragraph, still articles?")  # fmt: skip
    args = ap.parse_args()
    if args.thin:
        result = thin_check(args.root)
        print(json.dumps(result, indent=2, ensure_ascii=False))
        return 0
    rows, report = evaluate(args.root, site_memory=not args.no_site_memory)
    if args.json:
        print(json.dumps({"pages": rows, **report}, indent=2, ensure_ascii=False))
    else:
        print_report(rows, report, args.verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main())
