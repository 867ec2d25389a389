"""Figure rows of `indexer.nlp.enrich` over unannotated text, to see what an NLP change does
where no gold exists.

    .venv/bin/python bench/figure_rows.py dump before.json     # on the code before the change
    .venv/bin/python bench/figure_rows.py dump after.json      # … and after it
    .venv/bin/python bench/figure_rows.py diff before.json after.json

The text is every gold article (title, sapo, body) of the extraction template sets
(``bench/templates_blind*/``: ~360 articles written for extraction, never annotated for
figures), except the sets named in ``HELD_OUT``. A row is (value, unit, province, star,
min_star, potential_star, relation, base, the sentence's first 90 characters). ``diff`` prints
rows that disappeared (-) or appeared (+); a rule that should touch only one shape changes few
rows, each of which can be read.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

# template sets still held out (never run NLP over them either): add a new set's folder name
# here until its first extraction run is recorded
HELD_OUT: frozenset[str] = frozenset({"templates_blind16", "templates_blind17"})
FIELDS = ("value", "unit", "province", "star", "min_star", "potential_star", "relation", "base")


def dump(path: Path) -> int:
    from indexer.nlp import enrich

    out: dict[str, list] = {}
    for f in sorted((ROOT / "bench").glob("templates_blind*/*/*.json")):
        if f.parts[-3] in HELD_OUT:
            continue
        gold = json.loads(f.read_text(encoding="utf-8"))
        if not gold.get("is_article"):
            continue
        result = enrich(gold["title"], gold["lead"], gold["body"], datetime(2025, 12, 1))
        out[str(f.relative_to(ROOT))] = [
            [x.get(k) for k in FIELDS] + [x["sentence"][:90]] for x in result["figures"]
        ]
    path.write_text(json.dumps(out, ensure_ascii=False), encoding="utf-8")
    print(f"{sum(len(v) for v in out.values())} figure rows from {len(out)} articles -> {path}")
    return 0


def diff(before: Path, after: Path) -> int:
    a, b = (json.loads(p.read_text(encoding="utf-8")) for p in (before, after))
    changed = 0
    for key in sorted(set(a) | set(b)):
        ra, rb = a.get(key, []), b.get(key, [])
        for row in ra:
            if row not in rb:
                print("-", key, row)
                changed += 1
        for row in rb:
            if row not in ra:
                print("+", key, row)
                changed += 1
    print(f"{changed} row(s) changed")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dump", help="write the figure rows to a JSON file")
    d.add_argument("path", type=Path)
    c = sub.add_parser("diff", help="compare two dumps")
    c.add_argument("before", type=Path)
    c.add_argument("after", type=Path)
    args = ap.parse_args(argv)
    return dump(args.path) if args.cmd == "dump" else diff(args.before, args.after)


if __name__ == "__main__":
    raise SystemExit(main())
