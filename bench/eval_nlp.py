"""Precision / recall / F1 of indexer.nlp against the hand annotations in bench/annotations/.

    .venv/bin/python bench/eval_nlp.py            # table
    .venv/bin/python bench/eval_nlp.py --json     # machine-readable
    .venv/bin/python bench/eval_nlp.py --own-only # only the self-written articles
    .venv/bin/python bench/eval_nlp.py --set bench/annotations/dev2   # one folder only
    .venv/bin/python bench/eval_nlp.py --each bench/annotations/blind15 bench/annotations/blind16
        # one line per folder (name every folder: held-out ones are never globbed)

Figures are scored twice, one-to-one: ``figures`` (the old column) match on value, unit,
province and star; ``figures_full`` also on every optional field the gold figure carries:
``min_star``, ``potential_star`` and ``relation`` (total / part_of / share_of / change_of). A
field absent from a predicted figure counts as null. ``attributes`` reports, over the pairs
matched on value and unit alone, how often each attribute (incl. ``base``) is right.
Entities match on type and exact span; ``persons`` scores the distinct exact PER names. The
same entity scores are computed for raw underthesea `ner` (entities read from its B-/I- tags,
one call per sentence) as a baseline. Seed documents live outside the repository
(``../shared/seeds``); they are skipped with a note when absent. The default run leaves out
``dev2/`` and ``blind2/`` (score them with ``--set``; ``blind2/`` is held out, see its README).
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
# Folders scored only on request (--set): dev2/dev3 are development data, blind2/blind3 are
# held out.
# Held-out and development sets are scored one folder at a time (``--set``): any folder named
# blindN or devN (N a number) stays out of the default run, so a new held-out set is never
# scored by accident before its first run is recorded.
NOT_DEFAULT = re.compile(r"(?:blind|dev)\d+")
# Optional gold fields of the full figure match (absent in a prediction = null).
FULL_FIELDS = ("min_star", "potential_star", "relation")
# Attributes compared over pairs matched on value + unit (a diagnostic).
ATTRIBUTES = ("province", "star", "min_star", "potential_star", "relation", "base")


@dataclass
class EvalDoc:
    name: str
    title: str
    lead: str
    text: str
    published_at: datetime | None
    scope: tuple[int, int]
    gold: dict


def annotation_files(folder: Path | None = None) -> list[Path]:
    """The TOML files of one folder (``--set``), or the default sets (all but NOT_DEFAULT)."""
    if folder is not None:
        if not folder.is_dir():
            raise SystemExit(f"error: {folder} is not a folder")
        return sorted(folder.rglob("*.toml"))
    return [
        p
        for p in sorted(ANNOTATIONS.rglob("*.toml"))
        if not any(NOT_DEFAULT.fullmatch(part) for part in p.relative_to(ANNOTATIONS).parts)
    ]


def load_docs(
    own_only: bool = False, notes: list[str] | None = None, folder: Path | None = None
) -> list[EvalDoc]:
    """The annotated documents with their text, as `enrich` sees them, and their scope."""
    docs = []
    for path in annotation_files(folder):
        try:
            gold = tomllib.loads(path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise SystemExit(f"error: {path}: not valid TOML ({exc})") from None
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
                raise SystemExit(f"error: {path}: scope start not found in the text")
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


def _null(v):
    """TOML has no null: ``false`` in the gold means null."""
    return None if v is False else v


def _same_value(a, b) -> bool:
    if a is None or b is None or a is False or b is False:
        return a in (None, False) and b in (None, False)
    return abs(float(a) - float(b)) <= 1e-6 * max(1.0, abs(float(b)))


def _loose(f: dict, g: dict) -> bool:
    return _same_value(f["value"], g["value"]) and f["unit"] == g["unit"]


def _old(f: dict, g: dict) -> bool:
    """Value, unit, province and star (a gold figure without province/star: not scored)."""
    return (
        _loose(f, g)
        and ("province" not in g or f.get("province") == _null(g["province"]))
        and ("star" not in g or f.get("star") == _star(g["star"]))
    )


def _full(f: dict, g: dict) -> bool:
    """The old match plus every optional field the gold figure carries."""
    if not _old(f, g):
        return False
    return all(_null(f.get(k)) == _null(g[k]) for k in FULL_FIELDS if k in g)


def _pairs(pred: list[dict], gold: list[dict], same) -> list[tuple[int, int]]:
    """Greedy one-to-one pairs (gold order, first free prediction that matches)."""
    used: set[int] = set()
    out = []
    for j, g in enumerate(gold):
        for i, f in enumerate(pred):
            if i not in used and same(f, g):
                used.add(i)
                out.append((i, j))
                break
    return out


def match_figures(pred: list[dict], gold: list[dict], full: bool = False) -> int:
    """True positives: value + unit + province + star (``full``: + optional gold fields)."""
    return len(_pairs(pred, gold, _full if full else _old))


def attribute_hits(pred: list[dict], gold: list[dict]) -> dict[str, list[int]]:
    """Over the pairs matched on value + unit: per attribute [right, compared]."""
    out = {a: [0, 0] for a in ATTRIBUTES}
    for i, j in _pairs(pred, gold, _loose):
        f, g = pred[i], gold[j]
        for a in ATTRIBUTES:
            if not _compared(g, a):
                continue
            want = _star(g.get("star")) if a == "star" else _null(g.get(a))
            got = f.get(a)
            right = _same_value(got, want) if a == "base" else _null(got) == want
            out[a][0] += int(right)
            out[a][1] += 1
    return out


def person_names(doc_text: str, spans) -> set[str]:
    """Distinct exact surface names of the PER spans."""
    return {doc_text[s:e] for t, s, e in spans if t == "PER"}


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


def score_document(d: EvalDoc, baseline: bool) -> tuple[dict, dict[str, list[int]]]:
    """Scores of one document: {what: (tp, pred, gold)} and the attribute diagnostic."""
    result = enrich(d.title, d.lead, d.text, d.published_at)
    full = document_text(d.title, d.lead, d.text)
    s0, s1 = d.scope
    figs = [f for f in result["figures"] if s0 <= f["start"] < s1]
    gold_figs = d.gold.get("figures", [])
    pred_ents = {
        (e["type"], s, t) for e in result["entities"] for s, t in e["spans"] if s0 <= s and t <= s1
    }
    gold_ents = gold_entity_spans(full, d.scope, d.gold.get("entities", []))
    pred_per, gold_per = person_names(full, pred_ents), person_names(full, gold_ents)
    counts = {
        "figures": (match_figures(figs, gold_figs), len(figs), len(gold_figs)),
        "figures_full": (match_figures(figs, gold_figs, full=True), len(figs), len(gold_figs)),
        "entities": (len(pred_ents & gold_ents), len(pred_ents), len(gold_ents)),
        "persons": (len(pred_per & gold_per), len(pred_per), len(gold_per)),
    }
    if baseline:
        raw = underthesea_spans(full, d.title, d.lead, d.text, d.scope)
        counts["underthesea"] = (len(raw & gold_ents), len(raw), len(gold_ents))
    return counts, attribute_hits(figs, gold_figs)


def figure_errors(d: EvalDoc) -> list[str]:
    """Lines listing one document's false positives, misses and wrong full-match fields."""
    result = enrich(d.title, d.lead, d.text, d.published_at)
    full = document_text(d.title, d.lead, d.text)
    figs = [f for f in result["figures"] if d.scope[0] <= f["start"] < d.scope[1]]
    gold = d.gold.get("figures", [])
    pairs = _pairs(figs, gold, _old)
    hit_p, hit_g = {i for i, _ in pairs}, {j for _, j in pairs}
    out = []
    for i, f in enumerate(figs):
        if i not in hit_p:
            ctx = full[max(0, f["start"] - 60) : f["end"] + 40].replace("\n", " ")
            keys = ("value", "unit", "province", "star", "relation")
            out.append(f"{d.name} FP {[f.get(k) for k in keys]} …{ctx}…")
    for j, g in enumerate(gold):
        if j not in hit_g:
            out.append(f"{d.name} FN {g}")
    out += _person_errors(d, result, full)
    for i, j in pairs:
        f, g = figs[i], gold[j]
        bad = [k for k in (*FULL_FIELDS, "base") if _compared(g, k) and not _attr_right(f, g, k)]
        if bad:
            got = {k: f.get(k) for k in bad}
            out.append(
                f"{d.name} ATTR {g['value']} {g['unit']} want {[g.get(k) for k in bad]} got {got}"
            )
    return out


def _person_errors(d: EvalDoc, result: dict, full: str) -> list[str]:
    """Person names found but not annotated (PER-FP) and annotated but missed (PER-FN)."""
    s0, s1 = d.scope
    pred = {
        (e["type"], s, t) for e in result["entities"] for s, t in e["spans"] if s0 <= s and t <= s1
    }
    pred_per = person_names(full, pred)
    gold_per = person_names(full, gold_entity_spans(full, d.scope, d.gold.get("entities", [])))
    out = [f"{d.name} PER-FP {n!r}" for n in sorted(pred_per - gold_per)]
    return out + [f"{d.name} PER-FN {n!r}" for n in sorted(gold_per - pred_per)]


def _compared(g: dict, a: str) -> bool:
    """The gold figure states attribute ``a``; a change with no stated earlier value has no
    base (conventions of 2026-11-23), so its base is compared as null."""
    return a in g or (a == "base" and g.get("relation") == "change_of")


def _attr_right(f: dict, g: dict, a: str) -> bool:
    want = _star(g.get("star")) if a == "star" else _null(g.get(a))
    return _same_value(f.get(a), want) if a == "base" else _null(f.get(a)) == want


def evaluate(own_only: bool = False, baseline: bool = True, folder: Path | None = None) -> dict:
    """Per-document, per-group and total scores (``folder``: only that annotation set)."""
    notes: list[str] = []
    docs = load_docs(own_only, notes, folder)
    totals: dict[str, list[int]] = {}
    attributes = {a: [0, 0] for a in ATTRIBUTES}
    groups: dict[str, dict[str, list[int]]] = {}
    per_doc = {}
    for d in docs:
        counts, hits = score_document(d, baseline)
        group = groups.setdefault(d.name.split("_")[0], {})
        for k, triple in counts.items():
            if k != "underthesea":
                acc = group.setdefault(k, [0, 0, 0])
                acc[:] = [a + b for a, b in zip(acc, triple)]
            tot = totals.setdefault(k, [0, 0, 0])
            tot[:] = [a + b for a, b in zip(tot, triple)]
        for a, (right, n) in hits.items():
            attributes[a][0] += right
            attributes[a][1] += n
        per_doc[d.name] = {k: _prf(*v) for k, v in counts.items()}
    summary = {k: _prf(*v) for k, v in totals.items()}
    by_group = {g: {k: _prf(*v) for k, v in t.items()} for g, t in sorted(groups.items())}
    attr = {
        a: {"right": r, "compared": n, "accuracy": r / n if n else 0.0}
        for a, (r, n) in attributes.items()
    }
    return {
        "documents": per_doc,
        "groups": by_group,
        "total": summary,
        "attributes": attr,
        "notes": notes,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--json", action="store_true", help="print JSON")
    ap.add_argument("--own-only", action="store_true", help="skip the seed documents")
    ap.add_argument("--set", type=Path, metavar="DIR", help="score only the annotations in DIR")
    ap.add_argument("--no-baseline", action="store_true", help="skip raw underthesea")
    ap.add_argument("--each", type=Path, nargs="+", metavar="DIR",
                    help="one summary line per folder (figures, figures_full, persons)")  # fmt: skip
    ap.add_argument(
        "--errors", action="store_true", help="list figure errors (FP, FN, wrong fields) only"
    )
    args = ap.parse_args(argv)
    if args.each:
        print(f"{'set':<10} {'figures P / R':>15} {'figures_full P / R':>20} {'tp/pred/gold':>14}"
              f" {'persons P / R':>15}")  # fmt: skip
        for folder in args.each:
            t = evaluate(baseline=False, folder=folder)["total"]
            f, ff, pe = t["figures"], t["figures_full"], t["persons"]
            print(f"{folder.name:<10} {f['precision']:>7.3f} / {f['recall']:.3f}"
                  f" {ff['precision']:>12.3f} / {ff['recall']:.3f}"
                  f" {ff['tp']:>6}/{ff['pred']}/{ff['gold']}"
                  f" {pe['precision']:>7.3f} / {pe['recall']:.3f}")  # fmt: skip
        return 0
    if args.errors:
        for d in load_docs(args.own_only, None, args.set):
            print("\n".join(figure_errors(d)))
        return 0
    report = evaluate(own_only=args.own_only, baseline=not args.no_baseline, folder=args.set)
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
    print("\nfigure attributes over pairs matched on value + unit:")
    for a, m in report["attributes"].items():
        print(f"  {a:<15} {m['accuracy']:>6.3f}  {m['right']}/{m['compared']}")
    t = report["total"]
    if "underthesea" in t and t["underthesea"]["precision"]:
        ratio = t["entities"]["precision"] / t["underthesea"]["precision"]
        print(f"\nentity precision, ours / raw underthesea: {ratio:.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
