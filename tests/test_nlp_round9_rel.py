"""Issue 10, round 9: relations and bases of list shares, product groups, stated wholes.

Each case is a general shape written in our own words (fictional places, counts and people),
never a sentence of real coverage. Figure rows are (value, unit, relation, base).
"""

from __future__ import annotations

import pytest

from indexer.nlp import enrich


def rows(text: str) -> list[tuple]:
    return [
        (f["value"], f["unit"], f["relation"], f["base"])
        for f in enrich("Sản phẩm OCOP của tỉnh Nam Định", "", text, None)["figures"]
    ]


def row(text: str, value: float, unit: str) -> tuple:
    found = [r for r in rows(text) if r[0] == value and r[1] == unit]
    assert len(found) == 1, rows(text)
    return found[0]


# participants by kind, each with a bare share in parentheses: the shares are of the
# participants' total stated before the list (the parts add up to it)
KINDS = (
    "Tỉnh Nam Định có 400 sản phẩm OCOP. Theo Sở Nông nghiệp tỉnh Nam Định, trong 200 chủ thể "
    "có 40 hợp tác xã (chiếm 20%), 10 tổ hợp tác (5%), 60 doanh nghiệp (30%) và 90 hộ kinh "
    "doanh (45%)."
)
# product groups listed after "nhóm <group>", the next ones without the word "nhóm"
GROUPS = (
    "Đến nay, tỉnh Nam Định có 250 sản phẩm OCOP từ 3 sao trở lên. Xét về cơ cấu, nhóm thực "
    "phẩm có 150 sản phẩm (60%), đồ uống 40 sản phẩm (16%), thủ công mỹ nghệ 25 sản phẩm (10%)."
)


@pytest.mark.parametrize(
    "text, value, unit, want",
    [
        (KINDS, 5, "%", ("share_of", 200)),
        (KINDS, 30, "%", ("share_of", 200)),
        (KINDS, 20, "%", ("share_of", 200)),
        (KINDS, 60, "doanh nghiệp", ("part_of", 200)),
        (GROUPS, 40, "sản phẩm", ("part_of", 250)),
        (GROUPS, 25, "sản phẩm", ("part_of", 250)),
        (GROUPS, 16, "%", ("share_of", 250)),
        (GROUPS, 10, "%", ("share_of", 250)),
        # a whole stated after the part, the part's kind and rating between them
        (
            "Xã Hải Đông (tỉnh Nam Định) có 5 sản phẩm cói mỹ nghệ đạt OCOP 3 sao trong tổng "
            "số 12 sản phẩm OCOP của xã.",
            5,
            "sản phẩm",
            ("part_of", 12),
        ),
        (
            "Tỉnh Nam Định có khoảng 3.000 ha lúa đặc sản với 60 cơ sở chế biến; có 35 sản phẩm "
            "gạo trong tổng số 180 sản phẩm OCOP của tỉnh.",
            35,
            "sản phẩm",
            ("part_of", 180),
        ),
        # an amount stated with its share of an unstated whole is the total it reports
        (
            "Năm 2025, doanh thu từ các sản phẩm OCOP của xã Hải Đông (tỉnh Nam Định) đạt hơn "
            "15 tỷ đồng, chiếm khoảng 40% tổng thu nhập của các hộ.",
            15_000_000_000,
            "VND",
            ("total", None),
        ),
        # a ";" ends the nesting: the count after "; riêng …" is one more part of the outer
        # whole, not of the former province's part before it
        (
            "Toàn tỉnh Nam Định hiện có 320 sản phẩm OCOP, trong đó khu vực Hà Nam cũ có 150 sản "
            "phẩm; riêng sản phẩm từ cói có 25 sản phẩm.",
            25,
            "sản phẩm",
            ("part_of", 320),
        ),
        # a count with its share of "số <unit> của tỉnh" (whole unstated) is a part
        (
            "Khu vực Hà Nam cũ hiện có 150 sản phẩm OCOP, chiếm khoảng 45% số sản phẩm của tỉnh "
            "Nam Định.",
            150,
            "sản phẩm",
            ("part_of", None),
        ),
        # a cooperative ("hợp tác xã đang …") is not a commune whose count is a part
        (
            "Tỉnh Nam Định: doanh thu của hợp tác xã đạt 6 tỷ đồng. Giám đốc cho biết hợp tác "
            "xã đang xây nhà xưởng trị giá 2 tỷ đồng, trong đó tỉnh hỗ trợ 40%.",
            2_000_000_000,
            "VND",
            ("total", None),
        ),
    ],
)
def test_relation_and_base(text: str, value: float, unit: str, want: tuple) -> None:
    assert row(text, value, unit)[2:] == want


@pytest.mark.parametrize(
    "text, value, unit, want",
    [
        # a count stated with its share of an unstated whole is still a part
        (
            "Năm 2025, tỉnh Nam Định có 45 sản phẩm được đưa lên sàn thương mại điện tử, chiếm "
            "khoảng 20% tổng số sản phẩm của tỉnh.",
            45,
            "sản phẩm",
            ("part_of", None),
        ),
        # "trong số" without "tổng" and words between: no stated base (a ranking's field)
        (
            "Tỉnh Nam Định có 18 sản phẩm cói, nhiều nhất trong số 12 tỉnh vùng đồng bằng.",
            18,
            "sản phẩm",
            ("total", None),
        ),
        # a comma keeps the nesting: "…, riêng X cũ có N, trong đó M …" (M of N)
        (
            "Toàn tỉnh Nam Định có 320 sản phẩm OCOP, riêng khu vực Hà Nam cũ có 150 sản phẩm, "
            "trong đó 12 sản phẩm 4 sao.",
            12,
            "sản phẩm",
            ("part_of", 150),
        ),
        # a cooperative named after a commune keeps its count as the commune's part
        (
            "Tỉnh Nam Định có 90 sản phẩm OCOP. Hợp tác xã Hải Đông có 6 sản phẩm.",
            6,
            "sản phẩm",
            ("part_of", 90),
        ),
    ],
)
def test_guards(text: str, value: float, unit: str, want: tuple) -> None:
    assert row(text, value, unit)[2:] == want


def test_restated_rated_count_keeps_its_rating() -> None:
    # "Trong 21 sản phẩm, …" restates the 21 recognised 4-star products: rating and part's
    # base follow
    text = (
        "UBND tỉnh Nam Định vừa công nhận 15 sản phẩm đạt OCOP 4 sao. Các sản phẩm gồm nước mắm, "
        "cói mỹ nghệ và gạo tám thơm. Trong 15 sản phẩm, Hợp tác xã Giao Tiến có nhiều nhất với 3 "
        "sản phẩm."
    )
    found = enrich("Tin OCOP", "", text, None)["figures"]
    got = [(f["value"], f["star"], f["relation"], f["base"]) for f in found]
    assert (15, 4, "total", None) in got and got.count((15, 4, "total", None)) == 2, got
    assert (3, 4, "part_of", 15) in got, got
