"""Every zoo layout × short and long stories × OCOP and not: kept or not, exact body, no chrome."""

from __future__ import annotations

import json

import pytest

from crawler.extract import NOT_ARTICLE, UNEXTRACTABLE, extract
from crawler.relevance import is_relevant_article
from tests.template_zoo import (
    CHROME,
    LAYOUTS,
    MENU,
    RELATED,
    STORIES,
    TEASER_LISTINGS,
    TEASERS,
    Story,
    liferay_listing,
    listing,
    mobile_stream,
    script_shell,
)

KEYWORDS = ("OCOP", "Mỗi xã một sản phẩm")
CASES = [(name, story) for name in LAYOUTS for story in STORIES]


@pytest.mark.parametrize(("layout", "story"), CASES, ids=[f"{n}-{s.key}" for n, s in CASES])
def test_zoo_page(layout: str, story: Story):
    html, url = LAYOUTS[layout](story)
    ex = extract(html.encode("utf-8"), url)
    assert ex.is_article, ex.reason
    assert ex.title == story.title
    assert ex.lead == story.sapo
    assert ex.text.split("\n\n") == list(story.paragraphs)
    for chrome in CHROME:
        assert chrome not in ex.text and chrome not in ex.lead, chrome
    assert ex.authors == [story.author]
    assert ex.published_at == story.published
    assert is_relevant_article(KEYWORDS, ex) == story.ocop


def test_short_stories_are_within_brief_length():
    """The short stories are briefs (40-120 words): kept for their signals, not their length."""
    for story in STORIES:
        words = len(" ".join([story.sapo, *story.paragraphs]).split())
        assert (40 <= words <= 120) == story.key.endswith("short"), (story.key, words)


@pytest.mark.parametrize(("og_type", "item_list"), [("website", False), ("", False), ("", True)])
def test_listing_with_300_words_is_not_an_article(og_type: str, item_list: bool):
    html, url = listing(300, og_type, item_list)
    ex = extract(html.encode("utf-8"), url)
    assert not ex.is_article and ex.status == NOT_ARTICLE
    assert ex.reason


def test_article_reason_lists_the_signals():
    html, url = LAYOUTS["portal"](STORIES[1])
    ex = extract(html.encode("utf-8"), url)
    assert ex.is_article and "JSON-LD NewsArticle" in ex.reason and "date" in ex.reason


def test_no_whole_page_fallback():
    """An article whose text is loaded by script: no body to isolate, so nothing is stored
    as its body and the page is marked unextractable (menus and sidebars never become it)."""
    html, url = LAYOUTS["portal"](STORIES[0])
    start, end = html.index('<div class="detail-content">'), html.index('<div class="tags">')
    html = html[:start] + '<div class="detail-content"><script>load(1)</script></div>' + html[end:]
    ex = extract(html.encode("utf-8"), url)
    assert not ex.is_article and ex.status == UNEXTRACTABLE
    assert ex.reason.startswith("unextractable") and ex.text == ""


def _job(html: str, url: str):
    from crawler.worker import PageJob

    return PageJob(url=url, final_url=url, body=html.encode("utf-8"), encoding="utf-8",
                   source="zoo", fetched_at="2026-11-23T08:00:00+00:00", overrides=None,
                   keywords=KEYWORDS)  # fmt: skip


def test_worker_keeps_by_article_text_and_marks_unextractable():
    """The crawl worker keeps the OCOP story, skips the other one although its menus and
    sidebar say OCOP, and gives an unextractable page its own URL state."""
    from crawler.worker import process_page

    kept = process_page(_job(*LAYOUTS["express"](STORIES[0])))
    assert kept.article is not None and kept.article["title"] == STORIES[0].title
    other = process_page(_job(*LAYOUTS["express"](STORIES[2])))
    assert other.article is None and other.reason == "not about OCOP"
    html, url = LAYOUTS["portal"](STORIES[0])
    start, end = html.index('<div class="detail-content">'), html.index('<div class="tags">')
    html = html[:start] + "<div></div>" + html[end:]
    failed = process_page(_job(html, url))
    assert failed.article is None and failed.state == "unextractable"


def test_forty_word_brief_with_signals_is_an_article():
    """No markup, no sapo: a dated brief at an article URL is kept, whatever its length."""
    text = ("Sáng nay, hội đồng của huyện đã chấm điểm bốn sản phẩm OCOP mới gồm miến dong, mật "
            "ong rừng, chè xanh và rượu men lá; kết quả chính thức sẽ được công bố vào cuối tuần "
            "sau tại trụ sở ủy ban huyện.")  # fmt: skip
    assert 30 <= len(text.split()) <= 45
    html = (f"<html><head><meta charset='utf-8'><title>Chấm điểm 4 sản phẩm OCOP mới</title></head>"
            f"<body><div class='menu'><a href='/'>Trang chủ</a></div><h1>Chấm điểm 4 sản phẩm OCOP "
            f"mới</h1><div class='time'>20/11/2026 10:05</div><div class='content'><p>{text}</p>"
            f"</div>{'<p><a href=/x>Trang chủ</a></p>'}</body></html>")  # fmt: skip
    ex = extract(html.encode("utf-8"), "https://baotinh.vn/tin-van/cham-diem-4-san-pham-9911.html")
    assert ex.is_article, ex.reason
    assert ex.text == text and "date" in ex.reason and "article URL" in ex.reason


@pytest.mark.parametrize(
    "heading", ["Tin liên quan", "TIN LIÊN QUAN", "Bài viết liên quan", "Đọc thêm", "Xem thêm:",
                "Các tin khác", "Tin cùng chuyên mục", "Có thể bạn quan tâm"],
)  # fmt: skip
@pytest.mark.parametrize("shape", ["box", "heading-then-list", "bold-paragraph"])
def test_embedded_related_box_and_the_body_continues(heading: str, shape: str):
    """Wherever a related box stands and whatever it is called, it goes and the paragraphs
    after it stay."""
    links = "".join(
        f'<li><a href="/x/{i}-tin-{i}0001.html">{t}</a></li>' for i, t in enumerate(RELATED)
    )
    box = {
        "box": f'<div class="khung"><h4>{heading}</h4><ul>{links}</ul></div>',
        "heading-then-list": f"<h3>{heading}</h3><ul>{links}</ul>",
        "bold-paragraph": f"<p><b>{heading}</b></p>{links.replace('li>', 'p>')}",
    }[shape]
    story = STORIES[2]
    html, url = LAYOUTS["print"](story)
    first = f"<p>{story.paragraphs[0]}</p>"
    html = html.replace(first, first + box)
    ex = extract(html.encode("utf-8"), url)
    assert ex.text.split("\n\n") == list(story.paragraphs)
    assert not any(t in ex.text for t in RELATED)


def test_article_with_a_json_ld_list_of_related_stories_stays_an_article():
    items = [{"@type": "ListItem", "position": k, "item": {"@type": "NewsArticle", "headline": t}}
             for k, t in enumerate(RELATED * 2)]  # fmt: skip
    ld = json.dumps({"@type": "ItemList", "itemListElement": items}, ensure_ascii=False)
    html, url = LAYOUTS["portal"](STORIES[0])
    html = html.replace("</head>", f'<script type="application/ld+json">{ld}</script></head>')
    ex = extract(html.encode("utf-8"), url)
    assert ex.is_article and "JSON-LD NewsArticle" in ex.reason
    assert ex.title == STORIES[0].title and ex.authors == [STORIES[0].author]


SITE_KEYWORDS = "OCOP, sản phẩm OCOP, nông thôn mới, tin tức tỉnh"


def _site_wide_keywords(html: str) -> str:
    """The page's <meta name="keywords"> replaced by the site's list (the same on every page)."""
    start = html.index('<meta name="keywords"')
    end = html.index(">", start) + 1
    return html[:start] + f'<meta name="keywords" content="{SITE_KEYWORDS}">' + html[end:]


@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_site_wide_meta_keywords_never_make_a_story_relevant(layout: str):
    """A road-building story on a site whose every page carries "OCOP" in its meta keywords
    is not about OCOP: relevance reads the article, not the site's chrome."""
    from crawler.worker import process_page

    html, url = LAYOUTS[layout](STORIES[2])
    if '<meta name="keywords"' not in html:
        html = html.replace("</title>", f'</title><meta name="keywords" content="{SITE_KEYWORDS}">')
    html = _site_wide_keywords(html)
    ex = extract(html.encode("utf-8"), url)
    assert ex.is_article and not is_relevant_article(KEYWORDS, ex)
    result = process_page(_job(html, url))
    assert result.article is None and result.reason == "not about OCOP"


def test_article_own_tags_count_for_relevance_but_a_header_topic_bar_does_not():
    """Tags shown in the article's tag box or its own JSON-LD keywords are article signals;
    a "hot topics" bar in the page header is chrome."""
    story = STORIES[2]
    html, url = LAYOUTS["portal"](story)
    bar = '<div class="hot-tags"><a href="/tag/ocop">OCOP</a><a href="/tag/ntm">Nông thôn mới</a></div>'
    topic_bar = html.replace("<body><header>", f"<body><header>{bar}")
    ex = extract(_site_wide_keywords(topic_bar).encode("utf-8"), url)
    assert ex.is_article and not is_relevant_article(KEYWORDS, ex)
    tagged = html.replace("<a href=/tag/0>giao thông</a>", "<a href=/tag/0>OCOP</a>")
    assert tagged != html
    assert is_relevant_article(KEYWORDS, extract(tagged.encode("utf-8"), url))
    ld_kw = html.replace(
        '"@type": "NewsArticle",', '"@type": "NewsArticle", "keywords": "OCOP, chè",'
    )
    assert ld_kw != html
    assert is_relevant_article(KEYWORDS, extract(ld_kw.encode("utf-8"), url))


@pytest.mark.parametrize(
    "marker", ["", "next-article", "article-next", "story-next", "infinite-item"]
)
@pytest.mark.parametrize("story", STORIES, ids=[s.key for s in STORIES])
def test_next_article_below_the_story_is_never_body(story: Story, marker: str):
    """The body ends where a second article header (headline + its own date/sapo block)
    begins, or at a container marked as the next article: none of its text is kept."""
    html, url = mobile_stream(story, marker)
    nxt = STORIES[(STORIES.index(story) + 1) % len(STORIES)]
    ex = extract(html.encode("utf-8"), url)
    assert ex.is_article, ex.reason
    assert (ex.title, ex.lead) == (story.title, story.sapo)
    assert ex.text.split("\n\n") == list(story.paragraphs)
    assert ex.authors == [story.author]
    for line in (nxt.title, nxt.sapo, *nxt.paragraphs):
        assert line not in ex.text and line not in ex.lead


@pytest.mark.parametrize("player", [True, False])
@pytest.mark.parametrize("visible", ["line", "sapo", "both", "none"])
@pytest.mark.parametrize("story", STORIES[:2], ids=[s.key for s in STORIES[:2]])
def test_script_shell_page_is_unextractable_not_an_article(
    story: Story, visible: str, player: bool
):
    """Headline, date and article markup, but the story is loaded by script: the HTML holds
    a player placeholder and a sentence or two. No garbage article: kept raw for a retry."""
    from crawler.worker import process_page

    html, url = script_shell(story, visible, player)
    ex = extract(html.encode("utf-8"), url)
    assert not ex.is_article and ex.status == UNEXTRACTABLE, ex.reason
    assert ex.reason.startswith("unextractable") and ex.text == "" and ex.lead == ""
    assert process_page(_job(html, url)).state == "unextractable"


def test_brief_beside_a_sidebar_video_box_stays_an_article():
    """A video box in the sidebar is page chrome: a short brief next to it is kept."""
    story = STORIES[1]
    html, url = LAYOUTS["magazine"](story)
    box = '<aside class="box-video"><div class="video-player"></div><a href="/v">Video</a></aside>'
    html = html.replace("</main>", f"</main>{box}")
    ex = extract(html.encode("utf-8"), url)
    assert ex.is_article, ex.reason
    assert ex.text.split("\n\n") == list(story.paragraphs)


@pytest.mark.parametrize("teasers", [3, 5, 6])
@pytest.mark.parametrize("layout", list(TEASER_LISTINGS))
def test_page_of_teasers_is_a_listing_whatever_its_markup(layout: str, teasers: int):
    """Teasers (a headline link to another page of the site + a date and a summary) making
    up the main content, with no body of its own: a listing, even at an article-like URL,
    dated, or typed og:type article site-wide; the reason says so."""
    html, url = TEASER_LISTINGS[layout](teasers)
    ex = extract(html.encode("utf-8"), url)
    assert not ex.is_article and ex.status == NOT_ARTICLE
    assert ex.reason.startswith(f"a listing: the main content is {teasers} teasers"), ex.reason


@pytest.mark.parametrize("layout", ["print", "portal", "magazine"])
@pytest.mark.parametrize("story", STORIES, ids=[s.key for s in STORIES])
def test_story_followed_by_teasers_with_summaries_stays_an_article(layout: str, story: Story):
    """An unlabelled block of teasers with summaries after a story (even a brief) does not
    make it a listing: the story has a body of its own."""
    block = "".join(
        f'<div class="it"><h3><a href="/kinh-te/bai-{k}-{4000 + k}.html">{h}</a></h3>'
        f"<span>1{k}/11/2026</span><p>{t}</p></div>"
        for k, (h, t) in enumerate(TEASERS)
    )
    html, url = LAYOUTS[layout](story)
    last = f"<p>{story.paragraphs[-1]}</p>"
    html = html.replace(last, f'{last}<div class="box-x">{block}</div>', 1)
    assert block in html
    ex = extract(html.encode("utf-8"), url)
    assert ex.is_article, ex.reason
    assert all(p in ex.text for p in story.paragraphs)


def test_site_name_headline_above_the_story_does_not_cut_the_story():
    """A site name set as a plain <h1> like the story's (same tag, no class) above it: the
    story's own headline (the one its <title> names) is never taken for a next article."""
    story = STORIES[0]
    html, url = mobile_stream(story)
    html = html.replace('class="m-title"', "", 1).replace('<h1 class="m-title">', "<h1>")
    site = "<h1>Cổng thông tin điện tử của tỉnh</h1><div>Cập nhật 20/11/2026 06:00</div>"
    menu = (
        "<nav>" + "".join(f"<a href='/m{i}'>{m} {i}</a>" for i, m in enumerate(MENU * 4)) + "</nav>"
    )
    html = html.replace('<div class="m-scroll">', f'{site}{menu}<div class="m-scroll">')
    ex = extract(html.encode("utf-8"), url)
    assert ex.is_article and ex.title == story.title
    assert ex.text.split("\n\n") == list(story.paragraphs)


@pytest.mark.parametrize("story", STORIES, ids=[s.key for s in STORIES])
def test_next_article_with_h2_headlines_is_cut_too(story: Story):
    """The same stream with <h2> headlines (no <h1> on the page)."""
    html, url = mobile_stream(story)
    html = html.replace('<h1 class="m-title">', '<h2 class="m-title">').replace("</h1>", "</h2>")
    nxt = STORIES[(STORIES.index(story) + 1) % len(STORIES)]
    ex = extract(html.encode("utf-8"), url)
    assert ex.is_article, ex.reason
    assert ex.text.split("\n\n") == list(story.paragraphs)
    assert not any(line in ex.text for line in (nxt.title, nxt.sapo, *nxt.paragraphs))


@pytest.mark.parametrize("link_host", ["https://www.tinh.gov.vn", "https://snn.tinh.gov.vn"])
def test_teasers_linking_to_the_parent_portal_make_a_listing(link_host: str):
    """Teaser links may be absolute, on the www host or on the portal the site belongs to."""
    html, url = liferay_listing(5, link_host)
    assert link_host in html
    ex = extract(html.encode("utf-8"), url)
    assert not ex.is_article and ex.reason.startswith("a listing: the main content is 5 teasers")


def test_teasers_linking_to_another_site_are_not_the_page_s_own():
    """Links to a different site are not teasers of this one (a partner's feed)."""
    html, url = liferay_listing(5, "https://baokhac.vn")
    ex = extract(html.encode("utf-8"), url)
    assert "teasers" not in ex.reason
