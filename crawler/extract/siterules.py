"""Per-source CSS overrides (``[source.css]`` in sources.toml) as one typed value."""

from __future__ import annotations

from dataclasses import dataclass, field

from corpus.textnorm import tidy


@dataclass(frozen=True)
class SiteRules:
    """CSS selectors that beat the generic rules for one source; empty means "no rule"."""

    title: str = ""
    lead: str = ""
    body: str = ""
    date: str = ""
    author: str = ""
    remove: tuple[str, ...] = field(default_factory=tuple)

    @classmethod
    def from_overrides(cls, overrides: dict | SiteRules | None) -> SiteRules:
        """Build from the ``css`` table of a source (unknown keys are ignored)."""
        if isinstance(overrides, SiteRules):
            return overrides
        o = overrides or {}
        remove = o.get("remove") or ()
        if isinstance(remove, str):
            remove = (remove,)
        return cls(
            title=o.get("title") or "",
            lead=o.get("lead") or "",
            body=o.get("body") or "",
            date=o.get("date") or "",
            author=o.get("author") or "",
            remove=tuple(remove),
        )

    def select(self, doc, name: str) -> list:
        """Elements matching the selector of field ``name`` (``[]`` when unset or invalid)."""
        return css(doc, getattr(self, name))

    def first_text(self, doc, name: str) -> str:
        """Text of the first non-empty element matching field ``name``."""
        for el in self.select(doc, name):
            if text_of(el):
                return text_of(el)
        return ""

    def apply_removals(self, doc) -> None:
        """Drop the elements the source marks as never article text (in place)."""
        for sel in self.remove:
            for el in css(doc, sel):
                if el.getparent() is not None:
                    el.drop_tree()


def css(doc, selector: str | None) -> list:
    """``doc.cssselect`` that treats a bad selector from sources.toml as no match."""
    if not selector:
        return []
    try:
        return doc.cssselect(selector)
    except Exception:  # a bad selector in sources.toml must not break extraction
        return []


def text_of(el) -> str:
    """An element's visible text with whitespace collapsed."""
    return tidy(" ".join(el.text_content().split()))
