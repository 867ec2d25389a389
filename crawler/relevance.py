"""Is a page about OCOP? Keyword match in any casing, with or without diacritics, over the
article's own text only: title, sapo, body and the tags the article itself shows."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING

from corpus.textnorm import fold

if TYPE_CHECKING:
    from crawler.extract import Extraction


@lru_cache(maxsize=32)
def _pattern(keywords: tuple[str, ...]) -> re.Pattern[str]:
    parts = []
    for kw in keywords:
        words = fold(kw).split()
        if words:
            parts.append(r"\s+".join(re.escape(w) for w in words))
    if not parts:
        raise ValueError("no relevance keywords configured")
    return re.compile(r"(?<![a-z0-9])(?:" + "|".join(parts) + r")(?![a-z0-9])")


def is_relevant(keywords: Iterable[str], *texts: str | None) -> bool:
    """True when any keyword occurs as whole words in any of ``texts``."""
    pattern = _pattern(tuple(keywords))
    return any(pattern.search(fold(t)) for t in texts if t)


def is_relevant_article(keywords: Iterable[str], ex: Extraction) -> bool:
    """Relevance of an extracted article from article-level signals only: never the page's
    <meta> keywords, which many sites repeat on every page (chrome, like a menu)."""
    return is_relevant(keywords, ex.title, ex.lead, ex.text, " ".join(ex.article_tags))
