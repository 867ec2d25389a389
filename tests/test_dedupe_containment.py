"""Syndicated copies grouped by containment of body shingles: a copy without the sapo, or
with an extra caption or related box, is still a copy; a different story is not."""

from __future__ import annotations

from datetime import datetime

import numpy as np

from corpus.article import Article
from corpus.store import CorpusStore
from crawler.dedupe import NUM_PERM, THRESHOLD, Deduper, containment, is_copy, signature, similarity
from tests.template_zoo import CAPTION, OCOP_LONG, OCOP_SHORT, OTHER_LONG, RELATED, Story


def _text(story: Story, sapo: bool = True, extra: tuple[str, ...] = ()) -> str:
    return "\n".join([*([story.sapo] if sapo else []), *story.paragraphs, *extra])


def test_copy_without_sapo_is_contained_where_jaccard_misses_it():
    full, bare = signature(_text(OCOP_SHORT)), signature(_text(OCOP_SHORT, sapo=False))
    assert similarity(full, bare) < THRESHOLD  # whole-text Jaccard would call them different
    assert containment(full, bare) >= 0.9
    assert is_copy(full, bare)


def test_copies_differing_in_sapo_and_chrome_are_grouped(tmp_path):
    store = CorpusStore(tmp_path / "c.sqlite")
    dd = Deduper(store)
    texts = {
        "original": (_text(OCOP_LONG), 10),
        "no-sapo-caption": (_text(OCOP_LONG, sapo=False, extra=(CAPTION,)), 11),
        "related-box": (_text(OCOP_LONG, extra=("Tin liên quan", *RELATED)), 12),
        "other-story": (_text(OTHER_LONG, extra=("Tin liên quan", *RELATED)), 13),
    }
    ids = {}
    for n, (key, (text, day)) in enumerate(texts.items()):
        art = Article(url=f"https://s{n}.vn/bai-{n}.html", source=f"s{n}", title=key, text=text,
                      published_at=datetime(2026, 11, day, 8))  # fmt: skip
        store.upsert_article(art)
        ids[key] = art.id
        dd.add(art.id, signature(text), art.published_at)
    groups = {a.title: a.duplicate_of for a in store.iter_articles()}
    assert groups == {
        "original": None,
        "no-sapo-caption": ids["original"],
        "related-box": ids["original"],
        "other-story": None,
    }


def test_signatures_stored_without_counts_fall_back_to_jaccard():
    a, b = signature(_text(OCOP_LONG)), signature(_text(OCOP_LONG, extra=(CAPTION,)))
    old_a, old_b = a[:NUM_PERM], b[:NUM_PERM]
    assert containment(old_a, old_b) is None
    assert is_copy(old_a, old_b) == (similarity(a, b) >= THRESHOLD)
    assert not is_copy(signature(_text(OTHER_LONG)), a)
    assert isinstance(a, np.ndarray) and len(a) == NUM_PERM + 1
