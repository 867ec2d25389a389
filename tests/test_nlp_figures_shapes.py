"""Figure shapes found by listing every error on the development sets (issue 10, round 4).

Each test is a general shape (clause structure), written in our own words: the numbers,
lists and scope words of real OCOP coverage, never its sentences.
"""

from __future__ import annotations

import pytest

from indexer.nlp import enrich


def rows(title: str, lead: str, text: str, *keys: str) -> list[tuple]:
    return [tuple(f[k] for k in keys) for f in enrich(title, lead, text, None)["figures"]]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a bare percentage in parentheses after each count of a breakdown is its share
        (
            "Toàn tỉnh Phú Thọ có 400 chủ thể OCOP, gồm 100 doanh nghiệp (25%) và "
            "300 hộ kinh doanh (75%).",
            [
                (400, "chủ thể", "total", None),
                (100, "doanh nghiệp", "part_of", 400),
                (25, "%", "share_of", 400),
                (300, "hộ", "part_of", 400),
                (75, "%", "share_of", 400),
            ],
        ),
        # a count in parentheses is a part, not a share
        (
            "Năm 2022, tỉnh Sơn La công nhận 30 sản phẩm OCOP (5 sản phẩm 4 sao, 25 sản phẩm "
            "3 sao).",
            [
                (30, "sản phẩm", "total", None),
                (5, "sản phẩm", "part_of", 30),
                (25, "sản phẩm", "part_of", 30),
            ],
        ),
    ],
)
def test_parenthesised_shares_and_parts(text, expected):
    assert rows("", "", text, "value", "unit", "relation", "base") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "the remaining N" after a count of the sentence before: both add up to the total
        (
            "Tỉnh Long An công nhận 15 sản phẩm OCOP. Ba sản phẩm đạt 4 sao là mắm và bánh. "
            "Mười hai sản phẩm còn lại đạt 3 sao.",
            [(15, "total", None, None), (3, "part_of", 15, 4), (12, "part_of", 15, 3)],
        ),
        # star classes of an earlier total with "còn lại" for the last class
        (
            "Tỉnh Yên Bái có 250 sản phẩm OCOP của 120 chủ thể. Tỉnh có 2 sản phẩm 5 sao, "
            "70 sản phẩm 4 sao, còn lại đạt 3 sao.",
            [
                (250, "total", None, None),
                (120, "total", None, None),
                (2, "part_of", 250, 5),
                (70, "part_of", 250, 4),
            ],
        ),
    ],
)
def test_the_rest_makes_the_counts_parts(text, expected):
    assert rows("", "", text, "value", "relation", "base", "star") == expected


def test_a_category_group_is_a_part_of_the_total_it_classifies():
    lead = "Năm 2024, tỉnh Đồng Nai có 200 sản phẩm đạt chuẩn OCOP."
    text = (
        "Nhóm thực phẩm có nhiều nhất với 120 sản phẩm, chiếm 60%; nhóm đồ uống có "
        "50 sản phẩm (25%)."
    )
    assert rows("", lead, text, "value", "relation", "base") == [
        (200, "total", None),
        (120, "part_of", 200),
        (60, "share_of", 200),
        (50, "part_of", 200),
        (25, "share_of", 200),
    ]


@pytest.mark.parametrize(
    "text, value, relation",
    [
        # "Với kết quả này" concludes; it does not break down the sentence before
        (
            "Tỉnh Hưng Yên công nhận 20 sản phẩm 4 sao. Với kết quả này, tỉnh có 300 sản "
            "phẩm OCOP.",
            300,
            "total",
        ),
        # "Riêng năm 2025" is a period of its own, not a part of the cumulative total
        (
            "Tỉnh Bến Tre có 400 sản phẩm OCOP. Riêng năm 2025, tỉnh công nhận mới 60 sản phẩm.",
            60,
            "total",
        ),
    ],
)
def test_sentence_openers_that_are_not_breakdowns(text, value, relation):
    found = {v: r for v, r in rows("", "", text, "value", "relation")}
    assert found[value] == relation
