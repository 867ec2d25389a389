"""Issue 10, round 12: the three annotation conventions of 2026-11-23 followed by the code
(bench/annotations/README.md, last section). Shapes written in our own words (fictional
counts, co-ops and places)."""

from __future__ import annotations

import pytest

from indexer.nlp import enrich


def _figures(text: str, title: str = "Tin OCOP Nghệ An") -> list[dict]:
    return enrich(title, "", text, None)["figures"]


def _rows(text: str, *keys: str, title: str = "Tin OCOP Nghệ An") -> list[tuple]:
    return [tuple(f.get(k) for k in keys) for f in _figures(text, title)]


# 1. A count written in words is a figure like one written in digits ("một" by the rules of 1)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a predicate noun: "X và Y là hai <unit>"
        ("Nem chua và chè lam của tỉnh là hai sản phẩm được du khách chọn mua.", [(2, "sản phẩm")]),
        # the object of support to come, after "thêm"
        ("Xã đang hướng dẫn thêm ba cơ sở làm nước mắm hoàn thiện hồ sơ.", [(3, "cơ sở")]),
        ("Năm tới huyện hỗ trợ hai chủ thể đổi mới bao bì.", [(2, "chủ thể")]),
        # the owners after "của"
        ("Phần lớn là bánh gai của hai công ty ở phường Bắc.", [(2, "doanh nghiệp")]),
        # the provinces a merger joined: a count of localities
        ("Đây là đợt đánh giá đầu tiên sau khi hợp nhất ba tỉnh.", [(3, "tỉnh")]),
        ("Hội chợ luân phiên tại trung tâm cũ của hai địa phương.", [(2, "tỉnh")]),
        # "một" after a count verb counts one
        ("Nghệ An có thêm một sản phẩm trà đạt OCOP 5 sao.", [(1, "sản phẩm")]),
        ("Xã Lam Sơn và phường Bến Thủy mỗi nơi có một sản phẩm.", [(1, "sản phẩm")]),
        # … elsewhere it is an article, and "năm" after "mỗi" is a year
        ("Bà Hoa, chủ một cơ sở làm tương, cho biết đơn hàng tăng.", []),
        ("Sản phẩm được giới thiệu tại một hội chợ ở Hà Nội.", []),
        ("Trà sen Kim Liên là một trong những sản phẩm tiêu biểu.", []),
        ("Mỗi năm hợp tác xã thu mua chè của nhiều hộ.", []),
        ("Chương trình Mỗi xã một sản phẩm được triển khai rộng.", []),
    ],
)
def test_counts_written_in_words(text: str, expected: list[tuple]) -> None:
    assert _rows(text, "value", "unit") == expected


# 2. A share counts what its numerator counts: star and floor (min_star) alike
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the count's own rating, written before the share
        (
            "Toàn tỉnh có 500 sản phẩm OCOP. Số sản phẩm 4 sao là 90, chiếm khoảng 18% tổng số.",
            (18, 4, None),
        ),
        ("Tỉnh có 300 sản phẩm, trong đó 60 sản phẩm 4 sao (chiếm 20%).", (20, 4, None)),
        # a floor of the count
        (
            "Khu vực Nghệ An cũ có 210 sản phẩm OCOP trên 3 sao, chiếm khoảng 35% tổng số "
            "sản phẩm của tỉnh.",
            (35, None, 3),
        ),
        # the completion of a plan by a count with a floor, and a second plan share after it
        (
            "Giai đoạn 2021 - 2025, tỉnh có 240 sản phẩm đạt từ 3 sao trở lên, đạt 120% kế "
            "hoạch giai đoạn.",
            (120, None, 3),
        ),
        (
            "Toàn tỉnh công nhận 150 sản phẩm đạt từ 3 sao trở lên, bằng 250% chỉ tiêu và đạt "
            "125% mục tiêu đến năm 2030.",
            (125, None, 3),
        ),
        # a share whose counted things carry no star has none
        ("Tỉnh có 400 chủ thể OCOP; hợp tác xã chiếm 45% số chủ thể.", (45, None, None)),
        (
            "Tỉnh có 320 sản phẩm đạt từ 3 sao trở lên; khu vực Hà Tĩnh cũ chiếm 30%.",
            (30, None, None),
        ),
    ],
)
def test_share_inherits_the_rating_of_what_it_counts(text: str, expected: tuple) -> None:
    shares = [f for f in _figures(text) if f["unit"] == "%" and f["value"] == expected[0]]
    assert [(f["value"], f["star"], f["min_star"]) for f in shares] == [expected]


def test_plan_share_after_a_rated_count_two_plans() -> None:
    text = (
        "Toàn tỉnh công nhận 150 sản phẩm đạt từ 3 sao trở lên, bằng 250% chỉ tiêu và đạt "
        "125% mục tiêu đến năm 2030."
    )
    shares = [(f["value"], f["min_star"]) for f in _figures(text) if f["unit"] == "%"]
    assert shares == [(250, 3), (125, 3)]


# 3. The base of a change is the earlier value the text states, never the new one
@pytest.mark.parametrize(
    ("text", "change", "base"),
    [
        # the new value then the change: no earlier value stated
        (
            "Năm 2025, doanh thu của hợp tác xã đạt 5,2 tỷ đồng, tăng 20% so với năm trước.",
            20,
            None,
        ),
        (
            "Đến nay toàn tỉnh có 460 sản phẩm OCOP, tăng 55 sản phẩm so với cuối năm 2024.",
            55,
            None,
        ),
        (
            "Cả nước có 18.100 sản phẩm OCOP từ 3 sao trở lên. Con số này tăng 2.100 sản phẩm "
            "so với cuối năm 2024.",
            2100,
            None,
        ),
        # "so với <value>": the value compared with
        ("Sản lượng năm nay tăng 12% so với 4.100 tấn năm trước.", 12, 4100),
        # an earlier figure dated before, and a change of a later time
        (
            "Năm 2024, hội chợ đạt doanh thu khoảng 30 tỷ đồng. Năm nay, ban tổ chức kỳ vọng "
            "doanh thu tăng 10%.",
            10,
            30_000_000_000,
        ),
        (
            "Thu nhập của người dân trước đây 20 triệu đồng/người/năm. Sau 5 năm, thu nhập đã "
            "tăng 15 triệu đồng/người/năm.",
            15_000_000,
            20_000_000,
        ),
    ],
)
def test_base_of_a_change_is_the_stated_earlier_value(text: str, change: float, base) -> None:
    changes = [f for f in _figures(text) if f["relation"] == "change_of"]
    assert [(f["value"], f["base"]) for f in changes] == [(change, base)]


# 4. (residuals, blind5/blind6/blind12) a part of a pending whole is pending too
@pytest.mark.parametrize(
    ("text", "parts"),
    [
        # parts in the sentence of the whole
        (
            "Tỉnh vừa trình Bộ đánh giá 6 sản phẩm tiềm năng OCOP 5 sao, gồm 4 sản phẩm chè và "
            "2 sản phẩm mật ong.",
            [(4, 5), (2, 5)],
        ),
        # parts in the next sentences, one by place
        (
            "Hội đồng tỉnh kiểm tra 7 sản phẩm đề xuất nâng hạng 4 sao. Trong đó, xã Nam Giang "
            "có 4 sản phẩm. Xã Kim Liên có 2 sản phẩm. Phường Trung Đô có 1 sản phẩm.",
            [(4, 4), (2, 4), (1, 4)],
        ),
    ],
)
def test_parts_of_a_pending_whole_are_pending(text: str, parts: list[tuple]) -> None:
    got = [(f["value"], f["potential_star"]) for f in _figures(text) if f["relation"] == "part_of"]
    assert got == parts


# 5. (residuals, blind7/blind9) a sentence opening with the count the last sentence stated
# names it again: it keeps that count's rating; "… khác" are other ones
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Xã Hưng Lộc vừa có thêm 2 sản phẩm OCOP 3 sao là mắm tôm và bánh đa. Hai sản phẩm "
            "do hợp tác xã của xã làm ra.",
            [(2, 3), (2, 3)],
        ),
        (
            "Huyện có thêm 3 sản phẩm đạt OCOP 4 sao. Ba sản phẩm mới gồm chè, mật ong và miến.",
            [(3, 4), (3, 4)],
        ),
        (
            "Huyện có thêm 3 sản phẩm đạt OCOP 4 sao. Ba sản phẩm khác đang hoàn thiện hồ sơ.",
            [(3, 4), (3, None)],
        ),
    ],
)
def test_a_count_named_again_keeps_its_rating(text: str, expected: list[tuple]) -> None:
    assert _rows(text, "value", "star") == expected


# 6. (residuals, blind11/blind13) a share in parentheses after a count whose unit goes on with
# a kind list is that count's share
@pytest.mark.parametrize(
    ("text", "share"),
    [
        (
            "Tỉnh có 500 chủ thể, gồm 120 doanh nghiệp (24%), 200 hộ sản xuất, kinh doanh (40%) "
            "và 180 hợp tác xã.",
            (40, "share_of", 500),
        ),
        (
            "Trong 400 chủ thể có 100 hợp tác xã (25%) và 300 cơ sở sản xuất, hộ kinh doanh (75%).",
            (75, "share_of", 400),
        ),
    ],
)
def test_share_after_a_kind_list(text: str, share: tuple) -> None:
    got = [(f["value"], f["relation"], f["base"]) for f in _figures(text) if f["unit"] == "%"]
    assert share in got


def test_one_per_product_is_a_norm() -> None:
    text = "Mức hỗ trợ cho một sản phẩm đạt 4 sao là 40 triệu đồng."
    assert [f["unit"] for f in _figures(text)] == ["VND"]
