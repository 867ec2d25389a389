"""Issue 10 (clean-up): the general rule behind each rule that was first written for one
passage, tested on at least two shapes written in our own words (fictional places and
counts), with a guard that the rule does not over-reach.

- A clause whose subject is all of the count before it ("tất cả", "toàn bộ …") and whose
  predicate is a rating rates that count (figures._STAR_NEXT).
- A "Trong (số) N <unit>" head restates the latest earlier figure of value N: an unrated
  restatement keeps its one rating, star or pending, never a floor (figures._restated).
- A ";" closes a clause group: a breakdown cue after it ("; riêng …") lists one more part of
  the outer whole, not a part of the part written before the ";" (relations.relate).
- A pending count after the rated parts of a whole, in their sentence, is one more part of
  that whole (relations._pending_parts).
- The first counts (>= 2) of a sentence that add up exactly to an earlier total are its
  parts, whatever follows them after a ";" (relations._sums).
- A rating written after a count belongs to the count's phrase: it parts the count neither
  from its stated base nor from its share of a whole (relations._BASE_AFTER, _SHARE_AFTER).
- A count whose unit is written first may qualify its participants ("Số chủ thể có sản
  phẩm OCOP là N", figures._UNIT_FIRST).
- Amounts that add up exactly to the whole before them are its parts whatever purpose words
  their clause names (relations._adds_up); a completion rate with no stated target takes the
  earlier amount that the achieved amount is that share of (relations._fitting).
"""

from __future__ import annotations

import pytest

from indexer.nlp import enrich


def rows(text: str, *keys: str) -> list[tuple]:
    found = enrich("Tin OCOP của tỉnh", "", text, None)["figures"]
    return [tuple(f[k] for k in keys) for f in found]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Năm nay huyện có 14 sản phẩm được công nhận, tất cả đều đạt 3 sao.", [(14, 3)]),
        ("Xã có 5 sản phẩm OCOP, toàn bộ các sản phẩm này đều đạt 4 sao.", [(5, 4)]),
        ("Đợt này hội đồng chấm 7 sản phẩm dự thi, toàn bộ đều được xếp hạng 3 sao.", [(7, 3)]),
        # guards: a clause about something else does not rate the count, nor does "tất cả"
        # of something else (households)
        (
            "Năm nay huyện có 14 sản phẩm được công nhận, nhiều hộ dân đạt thu nhập khá.",
            [(14, None)],
        ),
        (
            "Năm nay huyện có 14 sản phẩm được công nhận, tất cả các hộ dân đều đạt thu nhập khá.",
            [(14, None)],
        ),
    ],
)
def test_a_clause_about_all_of_the_count_rates_it(text: str, expected: list) -> None:
    assert rows(text, "value", "star") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a star, restated with "Trong N sản phẩm," (its part follows the rating)
        (
            "Đợt này tỉnh công nhận 12 sản phẩm 4 sao. Trong 12 sản phẩm, hợp tác xã chè Tân "
            "Hương có nhiều nhất với 3 sản phẩm.",
            [(12, 4, None, None), (12, 4, None, None), (3, 4, None, 12)],
        ),
        # "Trong số N sản phẩm," after a star written with "đạt"
        (
            "Huyện Bảo Lâm có thêm 9 sản phẩm đạt 3 sao. Trong số 9 sản phẩm, các hợp tác xã có "
            "5 sản phẩm.",
            [(9, 3, None, None), (9, 3, None, None), (5, 3, None, 9)],
        ),
        # a pending rating, restated with "này"
        (
            "Hội đồng cấp tỉnh đề nghị Trung ương xét công nhận 6 sản phẩm tiềm năng 5 sao. "
            "Trong 6 sản phẩm này, có 4 sản phẩm chè và 2 sản phẩm mật ong.",
            # the parts of a pending whole are pending too (round 12)
            [(6, None, 5, None), (6, None, 5, None), (4, None, 5, 6), (2, None, 5, 6)],
        ),
        # guard: a floor is no one rating; the restatement opens a breakdown by rating
        (
            "Tỉnh trao chứng nhận cho 30 sản phẩm đạt 3 - 4 sao. Trong 30 sản phẩm có 10 sản "
            "phẩm 4 sao và 20 sản phẩm 3 sao.",
            [(30, None, None, None), (30, None, None, None), (10, 4, None, 30), (20, 3, None, 30)],
        ),
    ],
)
def test_a_restated_count_keeps_its_one_rating(text: str, expected: list) -> None:
    assert rows(text, "value", "star", "potential_star", "base") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Toàn tỉnh Nam Định hiện có 320 sản phẩm OCOP, trong đó khu vực Hà Nam cũ có 150 "
            "sản phẩm; riêng sản phẩm từ cói có 25 sản phẩm.",
            [(320, "total", None), (150, "part_of", 320), (25, "part_of", 320)],
        ),
        (
            "Tỉnh Phú Thọ có 48 làng nghề được công nhận, trong đó thị xã Phú Thọ có 15 làng "
            "nghề; riêng nghề dệt có 6 làng nghề.",
            [(48, "total", None), (15, "part_of", 48), (6, "part_of", 48)],
        ),
        # guard: without the ";" the cue breaks down the part before it
        (
            "Toàn tỉnh Nam Định có 320 sản phẩm OCOP, riêng khu vực Hà Nam cũ có 150 sản phẩm, "
            "trong đó 12 sản phẩm 4 sao.",
            [(320, "total", None), (150, "part_of", 320), (12, "part_of", 150)],
        ),
    ],
)
def test_a_semicolon_ends_the_nesting_under_a_part(text: str, expected: list) -> None:
    assert rows(text, "value", "relation", "base") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a pending count after the rated parts of a whole, in their sentence, is one more
        # part of that whole (relations._pending_parts)
        (
            "Huyện có 120 sản phẩm OCOP, gồm 20 sản phẩm 4 sao và 100 sản phẩm 3 sao; 3 sản "
            "phẩm đang được đề nghị Trung ương đánh giá 5 sao.",
            (3, 5, "part_of", 120),
        ),
        (
            "Toàn tỉnh hiện có 410 sản phẩm OCOP, trong đó 5 sản phẩm 5 sao, 85 sản phẩm 4 sao, "
            "320 sản phẩm 3 sao; 4 sản phẩm đủ điều kiện trình Trung ương xét 5 sao.",
            (4, 5, "part_of", 410),
        ),
        # guard: without rated parts in its sentence the pending count stays a total
        (
            "Tỉnh có 90 sản phẩm OCOP 3 sao. Năm nay có 12 sản phẩm đang được đề nghị Trung "
            "ương đánh giá 5 sao.",
            (12, 5, "total", None),
        ),
    ],
)
def test_a_pending_count_after_rated_parts_is_a_part(text: str, expected: tuple) -> None:
    last = rows(text, "value", "potential_star", "relation", "base")[-1]
    assert last == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the first counts (>= 2) of a sentence that add up exactly to an earlier total are
        # its parts, whatever count follows them after a ";" (relations._sums)
        (
            "Tỉnh có 58 sản phẩm được công nhận. Về hạng sao, có 14 sản phẩm đạt 4 sao và 44 "
            "sản phẩm đạt 3 sao; 2 sản phẩm sẽ được gửi Trung ương xét 5 sao.",
            [(58, "total", None), (14, "part_of", 58), (44, "part_of", 58)],
        ),
        (
            "Đợt này thành phố công nhận 27 sản phẩm. Có 9 sản phẩm 4 sao, 18 sản phẩm 3 sao; "
            "5 sản phẩm chưa đạt.",
            [(27, "total", None), (9, "part_of", 27), (18, "part_of", 27)],
        ),
        # guard: counts that do not add up stay totals
        (
            "Đợt này thành phố công nhận 27 sản phẩm. Có 9 sản phẩm 4 sao, 16 sản phẩm 3 sao; "
            "5 sản phẩm chưa đạt.",
            [(27, "total", None), (9, "total", None), (16, "total", None)],
        ),
    ],
)
def test_the_first_counts_that_add_up_are_parts(text: str, expected: list) -> None:
    assert rows(text, "value", "relation", "base")[:3] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a rating written after a count belongs to the count's phrase: it does not part the
        # count from the base stated after it (relations._BASE_AFTER) ...
        (
            "Tỉnh Nam Định có 18 sản phẩm 4 sao trong số 30 sản phẩm được đánh giá.",
            [(18, "part_of", 30), (30, "total", None)],
        ),
        (
            "Huyện có 7 sản phẩm đạt 3 sao trên tổng 25 sản phẩm dự thi.",
            [(7, "part_of", 25), (25, "total", None)],
        ),
        # ... nor from the share of a whole written after it (relations._SHARE_AFTER)
        (
            "Toàn tỉnh có 500 sản phẩm OCOP. Trong năm, 120 sản phẩm trên 3 sao, chiếm khoảng "
            "24% tổng số sản phẩm, được bán qua sàn thương mại điện tử.",
            [(500, "total", None), (120, "part_of", 500), (24, "share_of", 500)],
        ),
        (
            "Tỉnh có 900 sản phẩm OCOP. Hiện có 45 sản phẩm 4 sao, chiếm 5% tổng số, được "
            "xuất khẩu.",
            [(900, "total", None), (45, "part_of", 900), (5, "share_of", 900)],
        ),
    ],
)
def test_a_rating_does_not_part_a_count_from_its_base(text: str, expected: list) -> None:
    assert rows(text, "value", "relation", "base") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "Số chủ thể có sản phẩm OCOP …": the unit written first may say which participants
        # (figures._UNIT_FIRST); the kinds after "gồm" are its parts
        (
            "Số chủ thể có sản phẩm OCOP của tỉnh đã đạt 212, gồm 80 doanh nghiệp, 100 hợp tác "
            "xã và 32 hộ.",
            [
                (212, "chủ thể", "total"),
                (80, "doanh nghiệp", "part_of"),
                (100, "HTX", "part_of"),
                (32, "hộ", "part_of"),
            ],
        ),  # fmt: skip
        (
            "Số chủ thể OCOP có sản phẩm là 95, trong đó 40 hợp tác xã.",
            [(95, "chủ thể", "total"), (40, "HTX", "part_of")],
        ),
    ],
)
def test_a_unit_first_count_may_qualify_its_participants(text: str, expected: list) -> None:
    assert rows(text, "value", "unit", "relation") == expected


def money(text: str) -> list[tuple]:
    found = enrich("Tin OCOP tỉnh Phú Thọ", "", text, None)["figures"]
    return [(f["value"], f["unit"], f["relation"], f["base"]) for f in found]


@pytest.mark.parametrize(
    "text, expected",
    [
        # amounts that add up exactly to the whole before them are its parts even when their
        # clause names another purpose word than the whole's (relations._adds_up)
        (
            "Năm 2026, tổng kinh phí dành cho Chương trình OCOP của tỉnh Phú Thọ là 12,5 tỷ "
            "đồng. Nguồn vốn gồm 8,5 tỷ đồng ngân sách Trung ương và 4 tỷ đồng ngân sách tỉnh.",
            [
                (12.5e9, "VND", "total", None),
                (8.5e9, "VND", "part_of", 12.5e9),
                (4e9, "VND", "part_of", 12.5e9),
            ],
        ),  # fmt: skip
        (
            "Năm nay, tổng giá trị đầu tư cho các mô hình OCOP của huyện là 9 tỷ đồng. Nguồn vay "
            "ưu đãi gồm 5 tỷ đồng của ngân hàng chính sách và 4 tỷ đồng của quỹ hỗ trợ nông dân.",
            [
                (9e9, "VND", "total", None),
                (5e9, "VND", "part_of", 9e9),
                (4e9, "VND", "part_of", 9e9),
            ],
        ),  # fmt: skip
        # guard: amounts that do not add up keep no base
        (
            "Năm nay, tổng giá trị đầu tư cho các mô hình OCOP của huyện là 9 tỷ đồng. Nguồn vay "
            "ưu đãi gồm 5 tỷ đồng của ngân hàng chính sách và 3 tỷ đồng của quỹ hỗ trợ nông dân.",
            [
                (9e9, "VND", "total", None),
                (5e9, "VND", "part_of", None),
                (3e9, "VND", "part_of", None),
            ],
        ),  # fmt: skip
    ],
)
def test_amounts_that_add_up_keep_their_whole(text: str, expected: list) -> None:
    assert money(text) == expected


@pytest.mark.parametrize(
    "text, base",
    [
        # a completion rate with no stated target takes the earlier amount that the achieved
        # amount is that share of (relations._fitting)
        (
            "Năm 2026, kinh phí bố trí cho chương trình của tỉnh Phú Thọ là 20 tỷ đồng; đến "
            "tháng 10 đã giải ngân 15 tỷ đồng, đạt 75% kế hoạch.",
            20e9,
        ),
        (
            "Tổng vốn phân bổ cho các dự án OCOP là 50 tỷ đồng. Đến nay đã giải ngân 40 tỷ đồng, "
            "đạt 80% kế hoạch.",
            50e9,
        ),
        # guard: an amount that does not fit the rate is no base
        (
            "Tổng vốn phân bổ cho các dự án OCOP là 60 tỷ đồng. Đến nay đã giải ngân 40 tỷ đồng, "
            "đạt 80% kế hoạch.",
            None,
        ),
    ],
)
def test_a_completion_rate_takes_the_amount_it_fits(text: str, base: float | None) -> None:
    assert money(text)[-1][2:] == ("share_of", base)
