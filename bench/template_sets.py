"""Shared machinery of the held-out extraction template sets (bench/templates_blind2/,
bench/templates_blind3/): the page being rendered, its gold record and the set's own checks.

Each set's ``_build.py`` puts its folder first on ``sys.path`` (so ``_content`` and
``_templates`` are its own), subclasses `Page` with its headline and teaser pools and calls
`build`. The generated pages do not depend on where this code lives: rebuilding a set writes
identical files.
"""

from __future__ import annotations

import html
import json
import re
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
