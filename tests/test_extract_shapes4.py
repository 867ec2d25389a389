"""Page shapes of round 4 (tests/template_zoo4.py): title, lead and body exact, no chrome,
kept or not by relevance on the article alone."""

from __future__ import annotations

import pytest

from crawler.extract import extract
from crawler.relevance import is_relevant_article
from tests.template_zoo import STORIES, Story, _paras
from tests.template_zoo4 import (
    CASES,
    CHROME4_BILINGUAL,
    CHROME4_INLINE,
    CHROME4_ITEMS,
    CHROME4_LONGFORM,
    CHROME4_PORTALS,
    CHROME4_TABS,
    ITEM_SHAPES,
    OFFICE,
    OTHER_ITEMS,
    PORTAL_CASES,
    PORTAL_SHAPES,
    QUESTIONS,
    SOURCE,
    TAB_CASES,
    TAB_SHAPES,
    VIDEO_STATS,
    VISITS,
    bilingual_page,
    listicle,
    longform,
    mobile_bem,
    weekly_digest,
)


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


@pytest.mark.parametrize(
    ("shape", "story"), PORTAL_CASES, ids=[f"{n}-{s.key}" for n, s in PORTAL_CASES]
)
def test_portal_and_video_pages(shape: str, story: Story):
    """Counters, stats lines, owner lines, centred italic captions and video descriptions
    never reach the body; the title is the heading the <title> starts with; a right-aligned
    office signature is the author and "Nguồn:" the attribution."""
    html, url = PORTAL_SHAPES[shape](story)
    ex = extract(html.encode("utf-8"), url)
    _check(ex, story, CHROME4_PORTALS)
    assert is_relevant_article(("OCOP", "Mỗi xã một sản phẩm"), ex) == story.ocop
    if shape == "district-portal":
        assert ex.authors == [OFFICE]
        assert ex.attribution == SOURCE.removeprefix("Nguồn: ")


def test_lone_label_number_line_in_a_story_stays():
    """A "label: number" line is a counter only when it names one (views, visits …) or
    holds several such pairs: a figure line of the story stays."""
    from crawler.extract.body import is_boilerplate_line

    assert is_boilerplate_line(VISITS) and is_boilerplate_line(VIDEO_STATS)
    assert not is_boilerplate_line("Năng suất bình quân: 62")
    assert not is_boilerplate_line("Sản lượng: 40 tấn - Giá bán: 20.000 đồng")


@pytest.mark.parametrize(("shape", "story"), TAB_CASES, ids=[f"{n}-{s.key}" for n, s in TAB_CASES])
def test_tabbed_article_with_collapsed_sections(shape: str, story: Story):
    """The story tab is the body, collapsed sections included, each section title a line
    before its text; the comment and photo tabs are not."""
    html, url = TAB_SHAPES[shape](story)
    ex = extract(html.encode("utf-8"), url)
    assert ex.is_article, ex.reason
    assert ex.lead == story.sapo
    expected = [x for k, p in enumerate(story.paragraphs) for x in (f"Phần {k + 1}", p)]
    assert ex.text.split("\n\n") == expected
    for line in CHROME4_TABS:
        assert line not in ex.text.split("\n\n") and line not in ex.lead, line
    assert is_relevant_article(("OCOP", "Mỗi xã một sản phẩm"), ex) == story.ocop


@pytest.mark.parametrize("story", STORIES, ids=[s.key for s in STORIES])
def test_bilingual_page_keeps_the_page_language_only(story: Story):
    """The translation block in another language is another document: not lead, not body."""
    html, url = bilingual_page(story)
    ex = extract(html.encode("utf-8"), url)
    _check(ex, story, CHROME4_BILINGUAL)


@pytest.mark.parametrize("story", STORIES, ids=[s.key for s in STORIES])
def test_mobile_bem_page_without_inline_boxes_and_next_story(story: Story):
    """Arrow link lines, a related box with a versioned class, the next story in a
    ``--next`` block and the masthead line never reach the body; the body continues."""
    html, url = mobile_bem(story)
    ex = extract(html.encode("utf-8"), url)
    _check(ex, story, CHROME4_INLINE)


def test_digest_of_unlinked_teasers_is_a_listing():
    """Bold headlines with a sentence each, no links, nothing of the page's own: a
    listing, whatever the OCOP words in one of its teasers."""
    html, url = weekly_digest()
    ex = extract(html.encode("utf-8"), url)
    assert not ex.is_article
    assert "unlinked teasers" in ex.reason


@pytest.mark.parametrize("story", STORIES, ids=[s.key for s in STORIES])
def test_article_with_bold_headed_rows_stays_an_article(story: Story):
    """The same rows after an article's own sapo and paragraphs: an article."""
    html, url = listicle(story)
    ex = extract(html.encode("utf-8"), url)
    assert ex.is_article, ex.reason
    assert ex.text.split("\n\n")[: len(story.paragraphs)] == list(story.paragraphs)


@pytest.mark.parametrize("story", STORIES, ids=[s.key for s in STORIES])
def test_longform_interview(story: Story):
    """Questions stay body; the credits line gives the author; the reading time and a
    pull quote restating a paragraph are not body."""
    html, url = longform(story)
    ex = extract(html.encode("utf-8"), url)
    assert ex.is_article, ex.reason
    assert ex.text.split("\n\n") == [QUESTIONS[0], *story.paragraphs, QUESTIONS[1]]
    assert ex.authors == ["Thu Trang"]
    for line in CHROME4_LONGFORM:
        assert line not in ex.text and line not in ex.lead, line


@pytest.mark.parametrize("story", STORIES, ids=[s.key for s in STORIES])
def test_sidebar_box_title_goes_with_its_link_list(story: Story):
    """A left-column box ("Danh mục tin" + a list of section links) beside the story: the
    list goes as a link list and the title left alone in its box goes with it."""
    links = "".join(f'<li><a href="/Pages/m{i}.aspx">Mục tin số {i}</a></li>' for i in range(6))
    html = (f"<html><head><meta charset='utf-8'><title>{story.title}</title></head><body>"
            f"<div class='main-portal'><div class='col-left'><div class='box-left'><div "
            f"class='box-head'>Danh mục tin</div><ul>{links}</ul></div></div><div class='col-main'>"
            f"<h1>{story.title}</h1><div class='date'>20/11/2026 08:15</div>{''.join(_paras(story))}"
            "</div></div></body></html>")  # fmt: skip
    ex = extract(html.encode("utf-8"), "https://huyen.example.gov.vn/Pages/tin-san-pham-3312.aspx")
    assert ex.is_article, ex.reason
    assert ex.text.split("\n\n") == list(story.paragraphs)


TOOLBARS = ("Nghe bài viết 00:00 / 03:12", "Cỡ chữ: A- A+", "In trang | Gửi email | Quay lại")


@pytest.mark.parametrize("story", STORIES, ids=[s.key for s in STORIES])
def test_toolbar_lines_inside_the_content(story: Story):
    """Audio-player, font-size and print/e-mail/back tool lines written as plain text
    inside the story container are not body; a sentence opening with "Quay lại" is."""
    tools = "".join(f"<p>{t}</p>" for t in TOOLBARS[:2])
    back = "Quay lại năm trước, cả huyện mới có vài sản phẩm được công nhận."
    html = (f"<html><head><meta charset='utf-8'><title>{story.title}</title></head><body>"
            f"<div class='noi-dung'><h1>{story.title}</h1><div>20/11/2026 08:15</div>{tools}"
            f"{''.join(_paras(story))}<p>{back}</p><p>{TOOLBARS[2]}</p></div></body></html>")  # fmt: skip
    ex = extract(html.encode("utf-8"), f"https://huyen.example.gov.vn/tin/{story.slug(3391)}")
    assert ex.is_article, ex.reason
    assert ex.text.split("\n\n") == [*story.paragraphs, back]


@pytest.mark.parametrize("story", STORIES, ids=[s.key for s in STORIES])
def test_header_block_with_a_mark_is_not_an_issue_item(story: Story):
    """``box box--head`` holds the headline and sapo, the body stands in another block and
    three ``box`` teasers follow: the header is not the story, the whole body stays."""
    teasers = "".join(f'<div class="box"><h3>{t}</h3><p>{p}</p></div>' for t, p in OTHER_ITEMS)
    html = (f"<html><head><meta charset='utf-8'><title>{story.title}</title></head><body>"
            f"<div class='box box--head'><h1>{story.title}</h1><p class='sapo'>{story.sapo}</p></div>"
            f"<div class='body-text'><div class='time'>20/11/2026 08:15</div>{''.join(_paras(story))}"
            f"</div>{teasers}</body></html>")  # fmt: skip
    ex = extract(html.encode("utf-8"), f"https://baotinh.vn/kinh-te/{story.slug(5530)}")
    assert ex.is_article, ex.reason
    assert ex.text.split("\n\n")[: len(story.paragraphs)] == list(story.paragraphs)


def test_listicle_brief_with_an_article_url_is_kept():
    """A brief that is a short intro and bold-headed rows, at an article URL: kept."""
    rows = "".join(
        f'<div class="row-item"><strong>{t}</strong><br>{p}</div>' for t, p in OTHER_ITEMS
    )
    html = ("<html><head><meta charset='utf-8'><title>Ba việc của xã trong tuần</title></head><body>"
            f"<h1>Ba việc của xã trong tuần</h1><div class='list'>{rows}</div></body></html>")  # fmt: skip
    ex = extract(
        html.encode("utf-8"), "https://xa.example.gov.vn/tin/ba-viec-cua-xa-trong-tuan-2211.html"
    )
    assert ex.is_article, ex.reason
