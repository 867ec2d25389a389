"""More page shapes, written for these tests (no real page copied): one item of an issue or
stream, counters and stats lines, bilingual pages, tabbed articles with comments, video
pages with a description, government portals with the source inside the content.

Each shape renders a ``Story`` of ``tests.template_zoo`` into a full page; ``CHROME4`` lists
text that must never reach the extracted lead or body.
"""

from __future__ import annotations

from tests.template_zoo import STORIES, Story, _footer, _head, _nav, _paras

OTHER_ITEMS = (
    ("Lịch tiếp nhận hồ sơ đất đai trong tuần", "Bộ phận một cửa nhận hồ sơ từ thứ hai đến sáng thứ bảy, buổi chiều thứ sáu dành cho việc trả kết quả."),
    ("Hội thi nấu ăn của chi hội phụ nữ các thôn", "Mỗi thôn cử một đội ba người, món dự thi dùng nguyên liệu sản phẩm OCOP của địa phương."),
    ("Kế hoạch phun thuốc diệt muỗi ở khu dân cư", "Trạm y tế đề nghị các hộ đóng kín thùng nước và dọn dẹp vật dụng đọng nước quanh nhà."),
)  # fmt: skip
CONTENTS_LINE = "Nội dung kỳ này"
ISSUE_LINE = "Kỳ 12 - tháng 11/2026"
CHROME4_ITEMS = (CONTENTS_LINE, ISSUE_LINE, *(t for pair in OTHER_ITEMS for t in pair))


def union_bulletin(story: Story) -> tuple[str, str]:
    """A mass organisation's bulletin issue: the issue line, a contents list naming every
    entry, the highlighted entry (``<article class="entry entry-active">`` with the
    ``<h1>``) and the other entries of the issue in full (``<article class="entry">``
    with an ``<h4>``), one naming OCOP. No date, no byline, a short URL."""
    contents = "".join(f"<li>{t}</li>" for t in (story.title, *(t for t, _ in OTHER_ITEMS)))
    own = (f'<article class="entry entry-active"><h1>{story.title}</h1>'
           f'<p class="entry-lead"><em>{story.sapo}</em></p>{"".join(_paras(story))}</article>')  # fmt: skip
    others = "".join(
        f'<article class="entry"><h4>{t}</h4><p>{p}</p></article>' for t, p in OTHER_ITEMS
    )
    html = (f"<html><head><meta charset='utf-8'><title>{story.title} | Bản tin Hội</title>"
            f"</head><body><div class='issue'><p class='issue-no'>{ISSUE_LINE}</p>"
            f"<section class='contents'><strong>{CONTENTS_LINE}</strong><ul>{contents}</ul></section>"
            f"{own}<section class='more'>{others}</section></div></body></html>")  # fmt: skip
    return html, "https://hoiphunu.example.vn/ban-tin/ky-12/muc-1"


def feed_stream(story: Story) -> tuple[str, str]:
    """A live feed: every post an ``<li class="post">``, the one being read opened with its
    ``<h1>`` and date, the others below with an ``<h2>`` link and one paragraph."""
    own = (f'<li class="post post-open"><time>20/11/2026 08:15</time><h1>{story.title}</h1>'
           f'<div class="sapo">{story.sapo}</div>{"".join(_paras(story))}</li>')  # fmt: skip
    others = "".join(f'<li class="post"><time>20/11/2026 07:{10 + k}</time><h2><a href="/feed/{k}">{t}</a>'
                     f"</h2><p>{p}</p></li>" for k, (t, p) in enumerate(OTHER_ITEMS))  # fmt: skip
    html = (_head(story) + f"<body>{_nav()}<main><h2>Dòng sự kiện</h2><ul class='feed'>{own}{others}"
            f"</ul></main>{_footer()}</body></html>")  # fmt: skip
    return html, f"https://baotinh.vn/feed/{story.slug(7301)}"


ITEM_SHAPES = {"union-bulletin": union_bulletin, "feed-stream": feed_stream}
CASES = [(name, story) for name in ITEM_SHAPES for story in STORIES]
