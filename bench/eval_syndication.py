"""Syndicated copies across unseen site templates: are they grouped, and are distinct stories kept apart?

    .venv/bin/python bench/eval_syndication.py [--root DIR ...] [-v]

Issue 9 asks that copies of one story published by several sites be grouped even when a copy
lacks the sapo or carries other chrome. The twelve-pages-per-template sets
(bench/templates_blind14, templates_blind15, …) give four unseen site templates each with seven
OCOP stories. Every OCOP story of template A is re-published in the next template B of the same
set (B's chrome, menus, related boxes and ad slots; B's template-specific fields taken from B's
article of the same kind and number), in the ways Vietnamese outlets republish:

- ``verbatim``: same title, sapo and body, the photos dropped, a "Theo <site A>" credit;
- ``no_sapo``: the sapo left out (the republishing site has no sapo slot or drops it);
- ``retitled_cut``: a new headline and the last body paragraph cut (long stories only);
- ``sapo_in_body``: the sapo printed as the first body paragraph.

Both pages go through the product's extraction (``crawler.extract.extract``) and its stored
signature (``crawler.dedupe.article_signature``: sapo + body), then through ``Deduper`` in a
temporary corpus store, originals first, as a crawl stores them. Printed: copies grouped with
their original per variant ("copy recall"), and distinct stories wrongly grouped ("false
merges": any group that mixes two different stories of the set; the set's 28 stories are
on related OCOP topics, so this is a hard negative set). The site memory is not applied.

Nothing here is tuned: the texts are the sets' gold texts, rendered by the sets' own templates.
"""

from __future__ import annotations

import argparse
import copy as copy_mod
import importlib
import json
import re
import sys
import tempfile
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]

from template_sets import _BLOCK_END, MANY_PLAN  # noqa: E402

DEFAULT_ROOTS = ("templates_blind14", "templates_blind15")
VARIANTS = ("verbatim", "no_sapo", "retitled_cut", "sapo_in_body")
_SET_MODULES = ("_build", "_content", "_templates")


def load_set(root: Path):
    """A many-page set's (PAGES, TEMPLATES, Page class), imported under its own module names."""
    for name in _SET_MODULES:
        sys.modules.pop(name, None)
    sys.path.insert(0, str(root))
    try:
        build = importlib.import_module("_build")
        content = importlib.import_module("_content")
        templates = importlib.import_module("_templates")
    finally:
        sys.path.remove(str(root))
    return content.PAGES, templates.TEMPLATES, build.Page


def copy_article(art: dict, donor: dict, variant: str, source_site: str) -> dict | None:
    """``art`` as republished in the donor's template; None when the variant does not apply."""
    paras = list(art["paras"])
    new = {**donor, "title": art["title"], "lead": art["lead"], "paras": paras, "captions": [],
           "byline": donor.get("byline", ""), "attribution": f"Theo {source_site}"}  # fmt: skip
    if variant == "no_sapo":
        if not art["lead"]:
            return None
        new["lead"] = ""
    elif variant == "retitled_cut":
        if len(paras) < 4:
            return None
        new["title"] = f"{art['title'].rstrip('.')}: thêm cơ hội cho sản phẩm địa phương"
        new["paras"] = paras[:-1]
    elif variant == "sapo_in_body":
        if not art["lead"]:
            return None
        new["lead"], new["paras"] = "", [art["lead"], *paras]
    return new


def _extracted(html_text: str, url: str) -> dict:
    from crawler.extract import extract

    ex = extract(html_text.encode("utf-8"), url)
    return {"url": url, "html": html_text, "lead": ex.lead or "", "text": ex.text or "",
            "is_article": bool(ex.is_article)}  # fmt: skip


def render(templates: dict, page_cls, tpl: str, kind: str, art: dict, index: int, number: int):
    """One page of template ``tpl`` showing ``art``: (html, url)."""
    fn, url_of = templates[tpl]
    page = page_cls(tpl, kind, art, index, number)
    url = url_of(kind, number)
    return re.sub(_BLOCK_END, r"\1\n", fn(page, url)), url


def _set_page(root: Path, tpl: str, name: str) -> dict:
    """A page of the set as written on disk, extracted."""
    gold = json.loads((root / tpl / f"{name}.json").read_text(encoding="utf-8"))
    return _extracted((root / tpl / f"{name}.html").read_text(encoding="utf-8"), gold["url"])


def stories_of(root: Path) -> tuple[list[dict], dict[str, list[dict]]]:
    """Every OCOP story of a set (its page on disk) with its republished copies, extracted;
    and every page shown by each template (the set's twelve plus the copies it shows)."""
    pages, templates, page_cls = load_set(root)
    tpls = [t for t in templates if t in pages]
    counts = {kind: count for _, kind, count in MANY_PLAN}
    on_disk = {
        tpl: {
            f"{stem}_{n}": _set_page(root, tpl, f"{stem}_{n}")
            for stem, _, c in MANY_PLAN
            for n in range(1, c + 1)
        }  # fmt: skip
        for tpl in tpls
    }
    shown = {tpl: list(named.values()) for tpl, named in on_disk.items()}
    out = []
    for t, tpl in enumerate(tpls):
        nxt = tpls[(t + 1) % len(tpls)]
        for kind, stem in (("brief", "ocop_brief"), ("long", "ocop_long")):
            for number in range(1, counts[kind] + 1):
                art = pages[tpl][kind][number - 1]
                original = on_disk[tpl][f"{stem}_{number}"]
                story = {"set": root.name, "tpl": tpl, "kind": kind, "number": number,
                         "title": art["title"], "original": original, "copies": {}}  # fmt: skip
                donor = pages[nxt][kind][number - 1]
                for v in VARIANTS:
                    new = copy_article(art, donor, v, tpl)
                    if new is None:
                        continue
                    idx = 13 * ((t + 1) % len(tpls)) + 5 * number + 1 + VARIANTS.index(v)
                    html_b, url_b = render(templates, page_cls, nxt, kind, new, idx, number)
                    # one URL per copy; the path keeps B's article shape
                    copy = _extracted(html_b, f"{url_b}?{v}")
                    story["copies"][v] = copy | {"source": f"{root.name}/{nxt}"}
                out.append(story)
    return out, shown


def apply_site_memory(shown: dict[str, list[dict]]) -> None:
    """Each template is one source: its articles' bodies as the end-of-run sweep leaves them
    (lines repeated across the source's pages removed, ``crawler.extract.sitememory``)."""
    from lxml import html as lxml_html

    from crawler.extract.sitememory import clean_site, page_fingerprints

    for tpl_pages in shown.values():
        seen = {p["url"]: page_fingerprints(lxml_html.fromstring(p["html"])) for p in tpl_pages}
        arts = {p["url"]: p for p in tpl_pages if p["is_article"]}
        cleaned = clean_site({u: p["text"] for u, p in arts.items()}, seen)
        for u, (text, _removed) in cleaned.items():
            arts[u]["text"] = text


def group(pages: list[dict]) -> dict[str, str]:
    """Every extracted article page through the product's Deduper, in order, as a crawl
    stores them: {url: url of its group's primary}."""
    from numpy import frombuffer, uint64

    from corpus.article import Article
    from corpus.store import CorpusStore
    from crawler.dedupe import Deduper, article_signature

    start = datetime(2026, 11, 1, 6)
    with tempfile.TemporaryDirectory() as tmp:
        store = CorpusStore(Path(tmp) / "c.sqlite")
        dd = Deduper(store)
        urls = {}
        for n, p in enumerate(pages):
            if not p["is_article"]:
                continue
            art = Article(url=p["url"], source=p["url"].split("/")[2], title=p["url"],
                          lead=p["lead"], text=p["text"],
                          published_at=start + timedelta(minutes=n))  # fmt: skip
            store.upsert_article(art)
            urls[art.id] = p["url"]
            blob = article_signature(art)
            sig = None if blob is None else frombuffer(blob, dtype=uint64)
            dd.add(art.id, sig, art.published_at)
        primary = {a.url: urls.get(a.duplicate_of, a.url) for a in store.iter_articles()}
        store.close()
    return primary


def _score(stories: list[dict], primary: dict[str, str]) -> dict:
    """Copies grouped with their original per (variant, kind), and groups mixing stories."""
    story_of = {}
    for i, s in enumerate(stories):
        for p in (s["original"], *s["copies"].values()):
            story_of[p["url"]] = i
    found, total, lost, misses = Counter(), Counter(), Counter(), []
    for s in stories:
        root = primary.get(s["original"]["url"])
        for v, c in s["copies"].items():
            total[v, s["kind"]] += 1
            ok = root is not None and primary.get(c["url"]) == root
            found[v, s["kind"]] += ok
            lost[v, s["kind"]] += not c["is_article"]
            if not ok:
                words = len((c["lead"] + " " + c["text"]).split())
                misses.append(f"  MISS {s['set']}/{s['tpl']} {s['kind']}_{s['number']} {v} "
                              f"({words} words{'' if c['is_article'] else ', not an article'})")  # fmt: skip
    members: dict[str, set[int]] = {}
    for url, root in primary.items():
        members.setdefault(root, set()).add(story_of[url])
    mixed = [g for g in members.values() if len(g) > 1]
    misses += ["  FALSE MERGE " + " + ".join(stories[i]["title"][:50] for i in sorted(g))
               for g in mixed]  # fmt: skip
    return {"found": found, "total": total, "lost": lost, "false_merges": len(mixed),
            "lines": misses}  # fmt: skip


def evaluate(roots: list[Path]) -> dict[str, dict]:
    """Scores per mode: signatures as extracted, and after each source's site memory. Each
    variant is its own crawl (a site republishes a story once): the originals, then that
    variant's copies."""
    stories, shown = [], {}
    for root in roots:
        st, sh = stories_of(root)
        stories += st
        shown |= {f"{root.name}/{tpl}": pages for tpl, pages in sh.items()}
    out = {}
    for mode in ("page by page", "after the site memory"):
        scores = []
        for v in VARIANTS:
            run = copy_mod.deepcopy([s | {"copies": {k: c for k, c in s["copies"].items()
                                                      if k == v}} for s in stories])  # fmt: skip
            if mode != "page by page":
                sources = copy_mod.deepcopy(shown)
                for s in run:
                    for c in s["copies"].values():
                        sources[c["source"]].append(c)
                originals = {s["original"]["url"]: s["original"] for s in run}
                for pages in sources.values():  # the stories' own objects, cleaned in place
                    pages[:] = [originals.get(p["url"], p) for p in pages]
                apply_site_memory(sources)
            order = [s["original"] for s in run] + [c for s in run for c in s["copies"].values()]
            scores.append(_score(run, group(order)))
        out[mode] = _merge(scores)
    out["stories"] = len(stories)
    return out


def _merge(scores: list[dict]) -> dict:
    return {"found": sum((r["found"] for r in scores), Counter()),
            "total": sum((r["total"] for r in scores), Counter()),
            "lost": sum((r["lost"] for r in scores), Counter()),
            "false_merges": sum(r["false_merges"] for r in scores),
            "lines": [line for r in scores for line in r["lines"]]}  # fmt: skip


def _print(mode: str, r: dict, verbose: bool) -> None:
    print(f"\n{mode}:")
    print(f"  {'variant':14} {'brief':>12} {'long':>12} {'all':>12}   copies not articles")
    for v in VARIANTS:
        cells = []
        for kinds in (("brief",), ("long",), ("brief", "long")):
            f = sum(r["found"][v, k] for k in kinds)
            t = sum(r["total"][v, k] for k in kinds)
            cells.append(f"{f}/{t} {f / t:.2f}" if t else "-")
        lost = sum(r["lost"][v, k] for k in ("brief", "long"))
        print(f"  {v:14} {cells[0]:>12} {cells[1]:>12} {cells[2]:>12}   {lost}")
    f, t = sum(r["found"].values()), sum(r["total"].values())
    print(f"  copy recall {f}/{t} = {f / t:.3f}; false merges (groups mixing two stories): "
          f"{r['false_merges']}")  # fmt: skip
    if verbose and r["lines"]:
        print("\n".join(r["lines"]))


def pair_check(shared: Path | None) -> tuple[int, int, int]:
    """Hard negatives at scale: the gold texts of every template set (full, body only, first
    31 words) and the gold bodies of ../shared article-extraction (full, first 31 words),
    compared pairwise with ``is_copy`` (``shared``: the benchmarks folder): (texts, pairs of different stories called copies,
    pairs of versions of one story called copies)."""
    import itertools

    from crawler.dedupe import is_copy, signature

    texts = []
    for f in sorted(HERE.glob("templates_blind*/*/*.json")):
        g = json.loads(f.read_text(encoding="utf-8"))
        if g.get("is_article"):
            words = g["body"].split()
            texts += [(f, g["lead"] + "\n" + g["body"]), (f, g["body"]), (f, " ".join(words[:31]))]
    gt = shared / "article-extraction" / "ground-truth.json" if shared else None
    if gt and gt.exists():
        for key, v in json.loads(gt.read_text(encoding="utf-8")).items():
            if v.get("articleBody"):
                words = v["articleBody"].split()
                texts += [(key, v["articleBody"]), (key, " ".join(words[:31]))]
    sigs = [(k, sig) for k, t in texts if (sig := signature(t)) is not None]
    wrong = same = 0
    for (ka, a), (kb, b) in itertools.combinations(sigs, 2):
        if is_copy(a, b):
            same += ka == kb
            wrong += ka != kb
    return len(sigs), wrong, same


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--root", action="append", type=Path,
                    help="a twelve-pages-per-template set (repeatable)")  # fmt: skip
    ap.add_argument("-v", "--verbose", action="store_true", help="list every miss")
    ap.add_argument("--pairs", action="store_true",
                    help="also compare every pair of distinct gold texts (~1M pairs, ~1 min)")  # fmt: skip
    args = ap.parse_args()
    roots = args.root or [HERE / r for r in DEFAULT_ROOTS]
    r = evaluate(roots)
    print(f"sets: {', '.join(p.name for p in roots)}; {r['stories']} OCOP stories, each "
          "republished in the next template of its set")  # fmt: skip
    for mode in ("page by page", "after the site memory"):
        _print(mode, r[mode], args.verbose)
    if args.pairs:
        from eval_extraction import SHARED

        n, wrong, same = pair_check(SHARED if SHARED.exists() else None)
        print(f"\npairs: {n} gold texts; different stories called copies: {wrong}; "
              f"versions of one story called copies: {same}")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
