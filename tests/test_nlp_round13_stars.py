"""Round 13 (lead): stars of parts and lists, and the unit of a change of a per-person amount.

"nâng hạng từ N sao" with no "lên …" names a part's former rank, not its rating: the part carries
the batch's star, never a floor. A list of short kinds after a count keeps the rating at its end.
A change right after a per-person amount is in that amount's unit. Texts written for these tests.
"""

from __future__ import annotations

import pytest

from indexer.nlp import enrich


def rows(text: str) -> list[tuple]:
    figures = enrich("", "", text, None)["figures"]
    return [(f["value"], f.get("star"), f.get("min_star"), f.get("relation")) for f in figures]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a part upgraded from a lower rank: the batch's star, no floor
        (
            "Hội đồng tỉnh công nhận 12 sản phẩm đạt 4 sao, trong đó 7 sản phẩm được nâng hạng "
            "từ 3 sao.",
            [(12, 4, None, "total"), (7, 4, None, "part_of")],
        ),
        # "nâng cấp từ" inside a breakdown after "trong số đó"
        (
            "Đợt này có 8 sản phẩm 5 sao; trong số đó 3 sản phẩm nâng cấp từ 4 sao, 5 sản phẩm "
            "mới.",
            [(8, 5, None, "total"), (3, 5, None, "part_of"), (5, 5, None, "part_of")],
        ),
        # guard: the full upgrade still gives the new rank
        (
            "Năm nay huyện có 5 sản phẩm được nâng hạng từ 3 sao lên 4 sao.",
            [(5, 4, None, "total")],
        ),
        # guard: a floor stays a floor
        ("Tỉnh có 20 sản phẩm từ 3 sao trở lên.", [(20, None, 3, "total")]),
    ],
)
def test_a_former_rank_is_not_the_rating(text: str, expected: list) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a list of kinds after the count, rated at its end
        (
            "UBND tỉnh vừa công nhận 3 sản phẩm du lịch cộng đồng, du lịch sinh thái đạt OCOP 4 sao.",
            [(3, 4, None, "total")],
        ),
        (
            "Huyện có thêm 12 sản phẩm gạo, cà phê, hạt điều đạt chuẩn OCOP 3 sao.",
            [(12, 3, None, "total")],
        ),
        ("Năm nay xã có 5 sản phẩm chè, mật ong được công nhận 3 sao.", [(5, 3, None, "total")]),
        # guard: after "Trong N …," the list names a subset, not the kinds of all N
        (
            "Trong 7 sản phẩm OCOP của xã, miến dong và rượu ngô đạt 4 sao.",
            [(7, None, None, "total")],
        ),
        # guard: a segment with its own number ends the clause
        (
            "Tỉnh có 40 sản phẩm OCOP, 12 sản phẩm đạt 4 sao.",
            [(40, None, None, "total"), (12, 4, None, "total")],
        ),
    ],
)
def test_a_list_of_kinds_keeps_the_rating_at_its_end(text: str, expected: list) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Thu nhập bình quân ở xã ước đạt 32 triệu đồng/người/năm, tăng 4 triệu đồng so với "
            "năm 2024.",
            [(32000000, "VND/người/năm", "total"), (4000000, "VND/người/năm", "change_of")],
        ),
        (
            "Thu nhập bình quân đạt 45 triệu đồng/người, cao hơn 6 triệu đồng so với mức chung.",
            [(45000000, "VND/người", "total"), (6000000, "VND/người", "change_of")],
        ),
        # guard: a change after a plain amount stays in its currency
        (
            "Doanh thu đạt 12 tỷ đồng, tăng 2 tỷ đồng so với năm trước.",
            [(12000000000, "VND", "total"), (2000000000, "VND", "change_of")],
        ),
    ],
)
def test_a_change_of_a_per_person_amount_takes_its_unit(text: str, expected: list) -> None:
    figures = enrich("", "", text, None)["figures"]
    assert [(f["value"], f["unit"], f["relation"]) for f in figures] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Chương trình OCOP: số sản phẩm bị thu hồi trong năm 2025 là 87.", [(87, "sản phẩm")]),
        ("Chương trình OCOP: số sản phẩm được công nhận năm nay là 120.", [(120, "sản phẩm")]),
        ("Chương trình OCOP: số chủ thể đợt này là 15.", [(15, "chủ thể")]),
    ],
)
def test_a_count_named_before_its_number_may_say_what_happened_and_when(
    text: str, expected: list
) -> None:
    figures = enrich("", "", text, None)["figures"]
    assert [(f["value"], f["unit"]) for f in figures] == expected
