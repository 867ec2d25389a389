"""Precision / recall / F1 of indexer.nlp against the hand annotations in bench/annotations/.

    .venv/bin/python bench/eval_nlp.py            # table
    .venv/bin/python bench/eval_nlp.py --json     # machine-readable
    .venv/bin/python bench/eval_nlp.py --own-only # only the self-written articles

Figures match when value, unit, province and star are all right (one-to-one). Entities match
on type and exact span. The same entity scores are computed for raw underthesea `ner`
(entities read from its B-/I- tags, one call per sentence) as a baseline. Seed documents
live outside the repository (``../shared/seeds``); they are skipped with a note when absent.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tomllib
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from indexer.nlp import document_text, enrich  # noqa: E402
from indexer.nlp.segment import analyse  # noqa: E402

ANNOTATIONS = ROOT / "bench" / "annotations"
SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@dataclass
class EvalDoc:
    name: str
    title: str
    lead: str
    text: str
    published_at: datetime | None
    scope: tuple[int, int]
    gold: dict


def load_docs(own_only: bool = False, notes: list[str] | None = None) -> list[EvalDoc]:
    docs = []
    for path in sorted(ANNOTATIONS.rglob("*.toml")):
        gold = tomllib.loads(path.read_text(encoding="utf-8"))
        if "seed" in gold:
            if own_only:
                continue
            seed = SHARED / "seeds" / gold["seed"]
            if not seed.exists():
                if notes is not None:
                    notes.append(f"skipped {path.name}: {seed} not found")
                continue
            title, lead, text, published = "", "", seed.read_text(encoding="utf-8"), None
        elif "demo" in gold:  # an article of the bundled demo site, as extraction yields it
            from demo_site.articles import ARTICLES

            art = next(a for a in ARTICLES if a["slug"] == gold["demo"])
            title, lead, published = art["title"], art["lead"], None
            text = "\n\n".join(p.removeprefix("## ") for p in art["body"])
        else:
            title, lead = gold.get("title", ""), gold.get("lead", "")
            text = gold["text"].strip()
            published = (
                datetime.fromisoformat(gold["published_at"]) if gold.get("published_at") else None
            )
        full = document_text(title, lead, text)
        start, end = 0, len(full)
        if "scope" in gold:
            start = full.find(gold["scope"]["start"])
            if start < 0:
                raise ValueError(f"{path.name}: scope start not found")
            end = full.find(gold["scope"]["end"], start)
            end = len(full) if end < 0 else end
        docs.append(EvalDoc(path.stem, title, lead, text, published, (start, end), gold))
    return docs


def gold_entity_spans(doc_text: str, scope: tuple[int, int], entities: list[dict]) -> set:
    """Every occurrence of every annotated surface; longer annotations win overlaps (flat)."""
    cands = []
    for ent in entities:
        pat = re.compile(r"(?<!\w)" + re.escape(ent["text"]) + r"(?!\w)")
        occ = [m.span() for m in pat.finditer(doc_text, scope[0], scope[1])]
        for s, e in occ[ent.get("skip", 0) :]:
            cands.append((ent["type"], s, e))
    cands.sort(key=lambda c: -(c[2] - c[1]))
    kept: list[tuple[str, int, int]] = []
    for c in cands:
        if not any(c[1] < k[2] and k[1] < c[2] for k in kept):
            kept.append(c)
    return set(kept)


def _prf(tp: int, n_pred: int, n_gold: int) -> dict:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"tp": tp, "pred": n_pred, "gold": n_gold, "precision": p, "recall": r, "f1": f}


def _star(v):
    return None if v is False or v is None else int(v)


def match_figures(pred: list[dict], gold: list[dict]) -> int:
    used = set()
    tp = 0
    for g in gold:
        for i, f in enumerate(pred):
            if i in used:
                continue
            if (
                abs(f["value"] - float(g["value"])) <= 1e-6 * max(1.0, abs(float(g["value"])))
                and f["unit"] == g["unit"]
                and f["province"] == g["province"]
                and f["star"] == _star(g.get("star"))
            ):
                used.add(i)
                tp += 1
                break
    return tp


def underthesea_spans(doc_text: str, title: str, lead: str, text: str, scope) -> set:
    """Raw underthesea NER, one call per sentence, spans from B-/I- tags."""
    from underthesea import ner

    out = set()
    for sentence in analyse(title, lead, text).sentences:
        if sentence.end <= scope[0] or sentence.start >= scope[1]:
            continue
        pos = 0
        cur = None
        for token, _pos, _chunk, tag in ner(sentence.text):
            idx = sentence.text.find(token, pos)
            if idx < 0:
                cur = None
                continue
            s, e = sentence.start + idx, sentence.start + idx + len(token)
            pos = idx + len(token)
            kind = tag[2:] if tag[:2] in ("B-", "I-") else None
            if kind not in ("PER", "ORG", "LOC"):
                cur = None
                continue
            if tag.startswith("B-") or cur is None or cur[0] != kind:
                cur = [kind, s, e]
                out.add(tuple(cur))
            else:
                out.discard(tuple(cur))
                cur[2] = e
                out.add(tuple(cur))
    return {c for c in out if scope[0] <= c[1] and c[2] <= scope[1]}


def evaluate(own_only: bool = False, baseline: bool = True) -> dict:
    notes: list[str] = []
    docs = load_docs(own_only, notes)
    totals = {k: [0, 0, 0] for k in ("figures", "entities", "underthesea")}
    groups: dict[str, dict[str, list[int]]] = {}
    per_doc = {}
    for d in docs:
        result = enrich(d.title, d.lead, d.text, d.published_at)
        full = document_text(d.title, d.lead, d.text)
        s0, s1 = d.scope
        figs = [f for f in result["figures"] if s0 <= f["start"] < s1]
        gold_figs = d.gold.get("figures", [])
        ftp = match_figures(figs, gold_figs)
        pred_ents = {
            (e["type"], s, t)
            for e in result["entities"]
            for s, t in e["spans"]
            if s0 <= s and t <= s1
        }
        gold_ents = gold_entity_spans(full, d.scope, d.gold.get("entities", []))
        etp = len(pred_ents & gold_ents)
        row = {
            "figures": _prf(ftp, len(figs), len(gold_figs)),
            "entities": _prf(etp, len(pred_ents), len(gold_ents)),
        }
        for k, (tp, n_pred, n_gold) in (
            ("figures", (ftp, len(figs), len(gold_figs))),
            ("entities", (etp, len(pred_ents), len(gold_ents))),
        ):
            group = groups.setdefault(d.name.split("_")[0], {})
            for acc in (totals[k], group.setdefault(k, [0, 0, 0])):
                acc[0] += tp
                acc[1] += n_pred
                acc[2] += n_gold
        if baseline:
            raw = underthesea_spans(full, d.title, d.lead, d.text, d.scope)
            utp = len(raw & gold_ents)
            row["underthesea"] = _prf(utp, len(raw), len(gold_ents))
            totals["underthesea"][0] += utp
            totals["underthesea"][1] += len(raw)
            totals["underthesea"][2] += len(gold_ents)
        per_doc[d.name] = row
    summary = {k: _prf(*v) for k, v in totals.items() if baseline or k != "underthesea"}
    by_group = {g: {k: _prf(*v) for k, v in t.items()} for g, t in sorted(groups.items())}
    return {"documents": per_doc, "groups": by_group, "total": summary, "notes": notes}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--json", action="store_true", help="print JSON")
    ap.add_argument("--own-only", action="store_true", help="skip the seed documents")
    args = ap.parse_args(argv)
    report = evaluate(own_only=args.own_only)
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
        return 0
    for note in report["notes"]:
        print(f"note: {note}")
    header = f"{'document':<12} {'what':<12} {'P':>6} {'R':>6} {'F1':>6}  tp/pred/gold"
    print(header)
    print("-" * len(header))
    rows = list(report["documents"].items())
    rows += [(f"[{g}]", t) for g, t in report["groups"].items()] + [("TOTAL", report["total"])]
    for name, row in rows:
        for what, m in row.items():
            print(
                f"{name:<12} {what:<12} {m['precision']:>6.3f} {m['recall']:>6.3f} {m['f1']:>6.3f}"
                f"  {m['tp']}/{m['pred']}/{m['gold']}"
            )
    t = report["total"]
    if "underthesea" in t and t["underthesea"]["precision"]:
        ratio = t["entities"]["precision"] / t["underthesea"]["precision"]
        print(f"\nentity precision, ours / raw underthesea: {ratio:.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
