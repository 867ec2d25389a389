"""Escaped HTML with marks: query words in snippets, enrichment spans in an article.

Scraped text is untrusted: every piece of it goes through `markupsafe.escape`; only the
``<mark>`` tags we add are markup. Matching is diacritic-insensitive because `fold()` keeps
offsets one-to-one with the original text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from markupsafe import Markup, escape

from corpus.textnorm import fold


def word_spans(text: str, words: Iterable[str]) -> list[tuple[int, int]]:
    """Offsets of every whole-word occurrence of the (folded) ``words`` in ``text``."""
    folded = fold(text).lower()
    spans: list[tuple[int, int]] = []
    for word in {w.lower() for w in words if w}:
        pattern = r"(?<!\w)" + r"\s+".join(re.escape(p) for p in word.split()) + r"(?!\w)"
        spans.extend(m.span() for m in re.finditer(pattern, folded))
    return spans


def mark_spans(text: str, spans: Iterable[tuple[int, int, str]]) -> Markup:
    """``text`` escaped, with each non-overlapping (start, end, css_class) span in <mark>."""
    out: list[str] = []
    pos = 0
    for start, end, css in sorted(spans, key=lambda s: (s[0], -s[1])):
        if start < pos or end <= start or end > len(text):
            continue  # overlapping or out of range: keep the first, longest span
        out.append(str(escape(text[pos:start])))
        cls = f' class="{escape(css)}"' if css else ""
        out.append(f"<mark{cls}>{escape(text[start:end])}</mark>")
        pos = end
    out.append(str(escape(text[pos:])))
    return Markup("".join(out))


def highlight_words(text: str, words: Iterable[str]) -> Markup:
    """``text`` escaped with the query words marked."""
    return mark_spans(text, [(s, e, "") for s, e in word_spans(text, words)])
