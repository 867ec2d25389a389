"""Writes the fifteenth blind template set: <template>/<page>.html + <page>.json (gold).

    .venv/bin/python bench/templates_blind15/_build.py

Unlike the earlier sets, every template has twelve pages (four OCOP briefs, three OCOP long
articles, three other articles, two listings), so that a site-mode run sees the same chrome on
many articles of one source. Pages are rendered from the texts in _content.py through the
hand-written templates of _templates.py; page and gold come from the same texts and cannot
drift apart. The shared machinery (Page, gold, check, esc) is bench/template_sets.py; its
`build` renders one page per kind, so this set has its own loop. Never change a text or a
template after the set has been scored: the set is held out.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
# this set's _content and _templates first, then bench/ (template_sets) and the repo (corpus)
sys.path[:0] = [str(HERE), str(HERE.parent), str(HERE.parents[1])]

from _content import HEADLINES, PAGES, TEASERS  # noqa: E402
from template_sets import _BLOCK_END, check, contains, esc, gold  # noqa: E402, F401
from template_sets import Page as _SharedPage  # noqa: E402

from corpus.textnorm import fold  # noqa: E402

# (file stem, gold kind, how many pages of that kind per template)
PLAN = (("ocop_brief", "brief", 4), ("ocop_long", "long", 3), ("other_article", "non_ocop", 3),
        ("listing", "listing", 2))  # fmt: skip


class Page(_SharedPage):
    """A page of this set: ``index`` differs on every page, so related, most-read and
    teaser boxes change from page to page while menus and footers stay the same."""

    HEADLINES = HEADLINES
    TEASERS = TEASERS
    n_teasers = 11

    def __init__(self, tpl: str, kind: str, art: dict | None, index: int, number: int):
        super().__init__(tpl, kind, art, index)
        self.number = number  # 1-based number of the page within its kind
        self.caption_samples = []


def render_page(
    tpl: str, render, url_of, kind: str, number: int, index: int
) -> tuple[str, dict, Page]:
    """One page and its gold."""
    art = None if kind == "listing" else PAGES[tpl][kind][number - 1]
    page = Page(tpl, kind, art, index, number)
    url = url_of(kind, number)
    # real CMS output breaks lines between blocks; whitespace only, text unchanged
    text = re.sub(_BLOCK_END, r"\1\n", render(page, url))
    return text, gold(page, url), page


def site_checks(tpl: str, golds: dict[str, dict], htmls: dict[str, str]) -> None:
    """Promises of a many-page template: body lines are never shared between two articles
    (site memory may remove only chrome), no chrome or caption sample of any page is text of
    another article, and the related boxes really change from page to page."""
    arts = {n: g for n, g in golds.items() if g["is_article"]}
    lines = Counter(
        line
        for g in arts.values()
        for line in set((g["lead"] + "\n" + g["body"]).split("\n"))
        if line
    )
    shared = [line for line, k in lines.items() if k > 1]
    assert not shared, (tpl, shared[:3])
    texts = {n: fold(" ".join([g["title"], g["lead"], g["body"]])) for n, g in arts.items()}
    for n, g in golds.items():
        for s in g.get("chrome_samples", []) + g.get("caption_samples", []):
            for other, text in texts.items():
                assert not contains(text, s), (tpl, n, other, s)
    samples = [frozenset(g["chrome_samples"]) for g in arts.values()]
    assert len(set(samples)) == len(samples), (tpl, "two articles with the very same chrome")
    assert sum(1 for h in htmls.values() if "OCOP" in h) == len(htmls), tpl


def main() -> int:
    from _templates import TEMPLATES

    total = 0
    for t, (tpl, (render, url_of)) in enumerate(TEMPLATES.items()):
        if tpl not in PAGES:
            continue
        folder = HERE / tpl
        folder.mkdir(exist_ok=True)
        golds, htmls, seq = {}, {}, 0
        for stem, kind, count in PLAN:
            for number in range(1, count + 1):
                seq += 1
                text, g, page = render_page(tpl, render, url_of, kind, number, 13 * t + 3 * seq)
                name = f"{stem}_{number}"
                check(g, text, f"{tpl}/{name}")
                if kind == "listing":
                    words = len(
                        " ".join(a + " " + b for a, b in page.teasers(page.n_teasers)).split()
                    )
                    assert words >= 300, (tpl, name, words)
                golds[name], htmls[name] = g, text
        site_checks(tpl, golds, htmls)
        for name, g in golds.items():
            (folder / f"{name}.html").write_text(htmls[name], encoding="utf-8")
            (folder / f"{name}.json").write_text(
                json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
            )
            total += 1
    print(f"wrote {total} pages in {sum(1 for tpl in TEMPLATES if tpl in PAGES)} templates")
    return 0


if __name__ == "__main__":
    sys.exit(main())
