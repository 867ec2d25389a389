"""Held-out shapes written anew: brief streams, HTML 4 table portals, key-point boxes,
titles with kickers. Title and body exact, no chrome; the lead where the page has a sapo."""

from __future__ import annotations

import pytest

from crawler.extract import extract
from tests.template_zoo import KEY_POINTS, SHAPES, STORIES, TABLE_CHROME, Story

CASES = [(name, story) for name in SHAPES for story in STORIES]


@pytest.mark.parametrize(("shape", "story"), CASES, ids=[f"{n}-{s.key}" for n, s in CASES])
def test_shape(shape: str, story: Story):
    html, url = SHAPES[shape](story)
    ex = extract(html.encode("utf-8"), url)
    assert ex.is_article, ex.reason
    assert ex.title == story.title
    body = ex.text.split("\n\n")
    if shape == "font-table":  # no sapo markup: the body is the story's paragraphs
        assert body == list(story.paragraphs)
    else:
        assert ex.lead == story.sapo
        assert body == list(story.paragraphs)
    for other in STORIES:
        if other is not story:
            assert other.title not in ex.text and other.sapo not in ex.text, other.key
    for chrome in (*TABLE_CHROME, *KEY_POINTS):
        assert chrome not in ex.text and chrome not in ex.lead, chrome


def test_long_article_with_sub_headings_is_not_cut():
    """Sub-headings inside a long article have no date line of their own: nothing is cut."""
    story = STORIES[0]
    parts = []
    for i, p in enumerate(story.paragraphs):
        parts.append(f"<h3>Phần {i + 1}: những việc đã làm được</h3><p>{p}</p>")
    html = (f"<html><head><meta charset='utf-8'><title>{story.title}</title></head><body>"
            f"<h1>{story.title}</h1><div class='time'>20/11/2026 08:15</div>{''.join(parts)}"
            "</body></html>")  # fmt: skip
    ex = extract(html.encode("utf-8"), "https://baotinh.vn/kinh-te/bai-dai-5513.html")
    assert story.paragraphs[-1] in ex.text


def test_table_portal_keeps_a_data_table_inside_the_story_cell():
    """Only the layout's cells beside the story go: a table of figures in the story stays."""
    story = STORIES[0]
    html, url = SHAPES["font-table"](story)
    figures = "<table><tr><td>Chè búp khô</td><td>320.000 đồng</td></tr></table>"
    html = html.replace(
        f"{story.paragraphs[-1]}</font></p>", f"{story.paragraphs[-1]}</font></p>{figures}"
    )
    ex = extract(html.encode("utf-8"), url)
    assert "320.000 đồng" in ex.text
    assert story.paragraphs[0] in ex.text
