"""The crawl's side of the site memory (``crawler.extract.sitememory``), kept in the store.

- ``clean()``: as each article is extracted, its body's line fingerprints are remembered
  under its source, and the lines the memory already knows as chrome are removed
  (``clean_and_sign()``: the same, and the signature to store with the article).
- ``remember_page()``: a page that is not stored (a listing, a non-OCOP article) still
  shows the source's chrome; its standalone blocks are remembered as evidence too.
- ``sweep()``: at the end of a crawl run (and of ``ocop reextract``), every stored article of
  a source is cleaned again with the whole memory, so the pages crawled first, before the
  memory knew the chrome, are cleaned too. An article that is no longer about OCOP once its
  chrome is gone is set aside with the reason (``CorpusStore.set_aside_article``), never
  silently deleted. A cleaned article is signed again and, given the crawl's ``Deduper``,
  grouped again: two copies of a short story often differ only by their sites' standing
  lines, so they are recognised as copies once those lines are gone.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

from corpus.article import Article
from corpus.store import CorpusStore
from crawler.dedupe import Deduper, article_signature
from crawler.extract.sitememory import clean_body, memory_keys, still_relevant

NOT_RELEVANT = "not about OCOP once the site's repeated lines are removed"


@dataclass
class SweepCounts:
    set_aside: int = 0  # articles no longer about OCOP once their repeated lines are gone
    set_aside_ids: tuple[str, ...] = ()
    grouped_ids: tuple[str, ...] = ()  # articles (or primaries they demoted) now copies


def clean(
    store: CorpusStore, article: Article, keywords: Iterable[str], page_lines: Iterable[str] = ()
) -> tuple[bool, str]:
    """Remember ``article``'s body lines (and its page's blocks, ``page_lines``) and remove
    the known chrome from its text in place. Returns (text changed, why it is no longer
    relevant or "")."""
    own = memory_keys(article.text)
    store.remember_lines(article.source, article.id, own | set(page_lines))
    text, removed = clean_body(article.id, article.text, own,
                               store.line_postings(article.source, own))  # fmt: skip
    if not removed:
        return False, ""
    article.text = text
    article.content_hash = article.compute_content_hash()
    if not still_relevant(keywords, article.title, article.lead, text, removed):
        return True, NOT_RELEVANT
    return True, ""


def clean_and_sign(
    store: CorpusStore, article: Article, keywords: Iterable[str], page_lines: Iterable[str],
    signature: bytes | None,
) -> tuple[bytes | None, str]:  # fmt: skip
    """``clean()`` before an article is stored: (its near-duplicate signature, "") — the
    worker's ``signature`` when the text is unchanged, else signed again — or (None, why it
    is no longer relevant)."""
    changed, gone = clean(store, article, keywords, page_lines)
    if gone:
        return None, gone
    return (article_signature(article) if changed else signature), ""


def remember_page(store: CorpusStore, source: str, url: str, page_lines: Iterable[str]) -> None:
    """Remember the blocks of a page that is not stored, as evidence of the source's chrome."""
    from corpus.article import article_id

    if page_lines:
        store.remember_lines(source, f"page:{article_id(url)}", set(page_lines))


def sweep(
    store: CorpusStore, source: str, keywords: Iterable[str], deduper: Deduper | None = None
) -> SweepCounts:
    """Clean every stored article of ``source`` with the source's whole memory; with a
    ``deduper``, group each cleaned article with the copies its new signature matches."""
    keywords = tuple(keywords)
    index = store.line_postings(source)
    counts = SweepCounts()
    aside: list[str] = []
    grouped: list[str] = []
    for article in list(store.iter_articles("source = ?", (source,))):
        # the memory also holds the page's other blocks; only body lines are removed
        text, removed = clean_body(article.id, article.text, memory_keys(article.text), index)
        if not removed:
            continue
        if not still_relevant(keywords, article.title, article.lead, text, removed):
            store.set_aside_article(article.id, NOT_RELEVANT)
            aside.append(article.id)
            continue
        article.text = text
        article.content_hash = article.compute_content_hash()
        with store.transaction():
            store.upsert_article(article)
            sig = article_signature(article)
            if sig is None:
                continue
            if deduper is None:
                store.save_signature(article.id, sig)
                continue
            was_copy = article.duplicate_of is not None
            primary = deduper.add(article.id, np.frombuffer(sig, dtype=np.uint64),
                                  article.published_at)  # fmt: skip
            grouped += deduper.demoted
            if primary is not None and not was_copy:
                grouped.append(article.id)
    counts.set_aside, counts.set_aside_ids = len(aside), tuple(aside)
    counts.grouped_ids = tuple(grouped)
    return counts
