"""Page shapes of round 4 (tests/template_zoo4.py): title, lead and body exact, no chrome,
kept or not by relevance on the article alone."""

from __future__ import annotations

import pytest

from crawler.extract import extract
from crawler.relevance import is_relevant_article
from tests.template_zoo import STORIES, Story
from tests.template_zoo4 import CASES, CHROME4_ITEMS, ITEM_SHAPES


def _check(ex, story: Story, chrome: tuple[str, ...]) -> None:
    assert ex.is_article, ex.reason
    assert ex.title == story.title
    assert ex.lead == story.sapo
    assert ex.text.split("\n\n") == list(story.paragraphs)
    for line in chrome:
        assert line not in ex.text and line not in ex.lead, line


@pytest.mark.parametrize(("shape", "story"), CASES, ids=[f"{n}-{s.key}" for n, s in CASES])
def test_own_item_of_an_issue_or_stream(shape: str, story: Story):
    html, url = ITEM_SHAPES[shape](story)
    ex = extract(html.encode("utf-8"), url)
    _check(ex, story, CHROME4_ITEMS)
    assert is_relevant_article(("OCOP", "Mỗi xã một sản phẩm"), ex) == story.ocop


@pytest.mark.parametrize("head_class", ["part", "part part-head"])
def test_page_of_sections_with_headings_is_not_cut_to_one(head_class: str):
    """An ordinary article whose sub-sections repeat one class (each a heading and a
    text longer than the headline block) is not an issue: the whole article stays."""
    story = STORIES[0]
    sections = "".join(f'<div class="part"><h3>Phần {k}</h3><p>{p}</p></div>'
                       for k, p in enumerate(story.paragraphs))  # fmt: skip
    html = (f"<html><head><meta charset='utf-8'></head><body><div class='{head_class}'><h1>{story.title}"
            f"</h1><p>{story.sapo}</p></div>{sections}</body></html>")  # fmt: skip
    ex = extract(html.encode("utf-8"), "https://baotinh.vn/kinh-te/bai-viet-dai-5520.html")
    assert story.paragraphs[-1] in ex.text
