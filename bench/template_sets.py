"""Shared machinery of the held-out extraction template sets (bench/templates_blind2/,
bench/templates_blind3/): the page being rendered, its gold record and the set's own checks.

Each set's ``_build.py`` puts its folder first on ``sys.path`` (so ``_content`` and
``_templates`` are its own), subclasses `Page` with its headline and teaser pools and calls
`build` (one page per kind) or, from templates_blind14 on, subclasses `ManyPage` and calls
`build_many` (twelve pages per template, `MANY_PLAN`). The generated pages do not depend on where
this code lives: rebuilding a set writes identical files.
"""

from __future__ import annotations

import html
import json
import re
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from corpus.textnorm import fold

_BLOCK_END = (
    r"(</(?:p|div|li|ul|ol|h[1-6]|figure|table|tr|section|article|header|footer|nav|head|script)>)"
)


def contains(folded_text: str, sample: str) -> bool:
    """Does ``sample`` occur as whole words in the already folded text?"""
    needle = " ".join(fold(sample).split())
    return (
        re.search(r"(?<!\w)" + re.escape(needle) + r"(?!\w)", " ".join(folded_text.split()))
        is not None
    )


def esc(s: str) -> str:
    return html.escape(s, quote=True)


class Page:
    """One page being rendered: remembers which chrome strings it placed.

    A set's ``_build.py`` subclasses it with its own headline and teaser pools."""

    HEADLINES: Sequence[str] = ()
    TEASERS: Sequence[tuple[str, str]] = ()

    def __init__(self, tpl: str, kind: str, art: dict | None, index: int):
        self.tpl, self.kind, self.art, self.index = tpl, kind, art or {}, index
        self.chrome: list[str] = []

    def c(self, s: str) -> str:
        """A chrome string that must not reach the extracted body."""
        if s not in self.chrome:
            self.chrome.append(s)
        return esc(s)

    def related(self, n: int = 5) -> list[str]:
        """Headlines for related/most-read boxes; always at least one mentioning OCOP."""
        mid = set(self.art.get("mid") or [])
        size = len(self.HEADLINES)
        pool = [self.HEADLINES[(5 * self.index + 7 * j) % size] for j in range(size)]
        pool = [h for h in pool if h not in mid]
        out = pool[:n]
        if not any("OCOP" in h for h in out):
            out[-1] = next(h for h in pool if "OCOP" in h)
        return out

    def teasers(self, n: int = 10) -> list[tuple[str, str]]:
        return [self.TEASERS[(2 * self.index + j) % len(self.TEASERS)] for j in range(n)]

    def body(self, p_fmt, h_fmt, fig_fmt, mid_fmt, q_fmt=None, quote_fmt=None, spread=False):
        """The article body HTML: paragraphs, sub-headings, interview questions, figures,
        pull quotes and mid-body boxes. ``spread`` places one figure after every few paragraphs
        (photo stories) instead of after paragraphs 1, 5, 9, …"""
        paras = self.art["paras"]
        n = len(paras)
        caps = self.art.get("captions") or []
        figs: dict[int, list[str]] = {}
        for i, cap in enumerate(caps):
            at = (i * n) // len(caps) if spread else 1 + 4 * i
            if spread or at < n - 1:
                figs.setdefault(at, []).append(cap)
        mids = {}
        for i, h in enumerate(self.art.get("mid") or []):
            mids[max(2, (n * (2 + i)) // 5)] = h
        quotes = self.art.get("quotes") or []
        quote_at = {max(1, (n * (i + 1)) // (len(quotes) + 1)): q for i, q in enumerate(quotes)}
        out = []
        for i, para in enumerate(paras):
            if para.startswith("## "):
                out.append(h_fmt(esc(para[3:])))
            elif para.startswith("?? "):
                out.append((q_fmt or p_fmt)(esc(para[3:])))
            else:
                out.append(p_fmt(esc(para)))
            for k, cap in enumerate(figs.get(i, [])):
                self.caption_samples.append(cap)
                out.append(fig_fmt(esc(cap), 10 * i + k))
            if i in quote_at and quote_fmt is not None and i < n - 1:
                # pull quotes restate the body: counted with captions, not as leaks
                self.caption_samples.append(quote_at[i])
                out.append(quote_fmt(esc(quote_at[i])))
            if i in mids and i < n - 1:
                out.append(mid_fmt(self.c(mids[i])))
        return "\n".join(out)

    caption_samples: list[str]


def gold(page: Page, url: str) -> dict:
    art = page.art
    if page.kind in ("listing", "shell", "tag"):
        return {
            "url": url,
            "kind": "listing" if page.kind == "tag" else page.kind,
            "is_article": False,
            "is_ocop": False,
            "title": "",
            "lead": "",
            "body": "",
            "chrome_samples": [],
            "caption_samples": [],
        }
    body = "\n".join(p[3:] if p[:3] in ("## ", "?? ") else p for p in art["paras"])
    return {
        "url": url,
        "kind": page.kind,
        "is_article": True,
        "is_ocop": page.kind != "non_ocop",
        "title": art["title"],
        "lead": art["lead"],
        "body": body,
        "byline": art.get("byline") or "",
        "attribution": art.get("attribution") or "",
        "chrome_samples": page.chrome,
        "caption_samples": page.caption_samples,
    }


def check(g: dict, html_text: str, name: str) -> None:
    """The set's own promises (word counts, OCOP only where it should be, chrome not body)."""
    words = len((g["lead"] + " " + g["body"]).split())
    text = fold(" ".join([g["title"], g["lead"], g["body"]]))
    if g["kind"] == "brief":
        assert 40 <= words <= 120, (name, words)
    if g["kind"] == "long":
        assert 400 <= words <= 900, (name, words)
    if g["kind"] in ("brief", "long"):
        assert "ocop" in text or "moi xa mot san pham" in text, name
    if g["kind"] == "non_ocop":
        assert "ocop" not in text and "moi xa mot san pham" not in text, name
        assert "OCOP" in html_text, (name, "a non-OCOP page must mention OCOP in its chrome")
    if g["kind"] == "listing":
        assert "OCOP" in html_text, name
    for s in g["chrome_samples"] + g["caption_samples"]:
        assert not contains(text, s), (name, s)
        assert esc(s) in html_text or s in html_text, (name, s)


def build(here: Path, pages: dict, page_cls: type[Page]) -> int:
    """Render every template of the set in ``here`` and write pages and gold beside it."""
    from _templates import TEMPLATES  # the calling set's own, first on sys.path

    total = 0
    for index, (tpl, (render, url_of)) in enumerate(TEMPLATES.items()):
        folder = here / tpl
        folder.mkdir(exist_ok=True)
        listing = () if getattr(render, "no_listing", False) else ("listing",)
        for kind in ("long", "brief", "non_ocop", *listing, *getattr(render, "extra_kinds", ())):
            art = None if kind in ("listing", "shell", "tag") else pages[tpl][kind]
            page = page_cls(tpl, kind, art, index)
            page.caption_samples = []
            url = url_of(kind)
            # real CMS output breaks lines between blocks; whitespace only, text unchanged
            text = re.sub(_BLOCK_END, r"\1\n", render(page, url))
            g = gold(page, url)
            name = {"long": "ocop_long", "brief": "ocop_brief", "non_ocop": "other_article",
                    "listing": "listing", "shell": "script_shell", "tag": "tag_page"}[kind]  # fmt: skip
            check(g, text, f"{tpl}/{name}")
            if kind in ("listing", "tag"):
                words = len(" ".join(t + " " + s for t, s in page.teasers()).split())
                assert words >= 300, (tpl, words)
            (folder / f"{name}.html").write_text(text, encoding="utf-8")
            (folder / f"{name}.json").write_text(
                json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
            )
            total += 1
    print(f"wrote {total} pages in {len(TEMPLATES)} templates")
    return 0


# ---------------------------------------------------------------- many pages per template
# Sets from templates_blind14 on render twelve pages per template, so that a site-mode run sees
# the same chrome on many articles of one source: (file stem, gold kind, pages of that kind).
MANY_PLAN = (("ocop_brief", "brief", 4), ("ocop_long", "long", 3), ("other_article", "non_ocop", 3),
             ("listing", "listing", 2))  # fmt: skip


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")


def insert_after(body_html: str, at: int, block: str) -> str:
    """Put a block after the ``at``-th top-level line of a rendered body."""
    lines = body_html.split("\n")
    return "\n".join(lines[:at] + [block] + lines[at:])


def many_url_for(pages: dict, first_id: int):
    """A set's url_for(tpl, base, listing, fmt) → url_of(kind, number): article URLs from the
    title slug and an id counted from ``first_id``."""
    ids = {"brief": 100, "long": 200, "non_ocop": 300}

    def url_for(tpl: str, base: str, listing: str, fmt: str):
        def url_of(kind: str, number: int) -> str:
            if kind == "listing":
                return base + listing.format(n=number)
            art = pages[tpl][kind][number - 1]
            return base + fmt.format(slug=slug(art["title"]), id=first_id + ids[kind] + 7 * number)

        return url_of

    return url_for


class ManyPage(Page):
    """A page of a many-page set: ``index`` differs on every page, so related, most-read and
    teaser boxes change from page to page while menus and footers stay the same."""

    n_teasers = 11

    def __init__(self, tpl: str, kind: str, art: dict | None, index: int, number: int):
        super().__init__(tpl, kind, art, index)
        self.number = number  # 1-based number of the page within its kind
        self.caption_samples = []


def _site_checks(tpl: str, golds: dict[str, dict], htmls: dict[str, str]) -> None:
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


def _render_template(tpl: str, t: int, render, url_of, pages: dict, page_cls: type[ManyPage]):
    """Every page of one template with its gold, checked: ({name: gold}, {name: html})."""
    golds, htmls, seq = {}, {}, 0
    for stem, kind, count in MANY_PLAN:
        for number in range(1, count + 1):
            seq += 1
            art = None if kind == "listing" else pages[tpl][kind][number - 1]
            page = page_cls(tpl, kind, art, 13 * t + 3 * seq, number)
            url = url_of(kind, number)
            # real CMS output breaks lines between blocks; whitespace only, text unchanged
            text = re.sub(_BLOCK_END, r"\1\n", render(page, url))
            g, name = gold(page, url), f"{stem}_{number}"
            check(g, text, f"{tpl}/{name}")
            if kind == "listing":
                words = len(" ".join(a + " " + b for a, b in page.teasers(page.n_teasers)).split())
                assert words >= 300, (tpl, name, words)
            golds[name], htmls[name] = g, text
    _site_checks(tpl, golds, htmls)
    return golds, htmls


def build_many(here: Path, pages: dict, page_cls: type[ManyPage]) -> int:
    """Render every template of a many-page set in ``here`` (`MANY_PLAN` pages each) and write
    pages and gold beside it."""
    from _templates import TEMPLATES  # the calling set's own, first on sys.path

    total = 0
    for t, (tpl, (render, url_of)) in enumerate(TEMPLATES.items()):
        if tpl not in pages:
            continue
        folder = here / tpl
        folder.mkdir(exist_ok=True)
        golds, htmls = _render_template(tpl, t, render, url_of, pages, page_cls)
        for name, g in golds.items():
            (folder / f"{name}.html").write_text(htmls[name], encoding="utf-8")
            (folder / f"{name}.json").write_text(
                json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
            )
            total += 1
    print(f"wrote {total} pages in {sum(1 for tpl in TEMPLATES if tpl in pages)} templates")
    return 0


def json_ld(page: Page, url: str, site: str, kind: str = "NewsArticle", *, date: str) -> str:
    """The article's JSON-LD block (description: the lead, else the start of its last paragraph)."""
    art = page.art
    data = {"@context": "https://schema.org", "@type": kind, "headline": art["title"],
            "description": art["lead"] or art["paras"][-1][:150], "datePublished": date,
            "url": url, "publisher": {"@type": "Organization", "name": site}}  # fmt: skip
    if art.get("byline"):
        data["author"] = {"@type": "Person", "name": art["byline"]}
    return (
        '<script type="application/ld+json">' + json.dumps(data, ensure_ascii=False) + "</script>"
    )
