"""Figure scope shapes of issue 10, round 6 (listed from the errors of the seen set blind8).

Each test is a general shape written in our own words, never a sentence of real coverage.
"""

from __future__ import annotations

import pytest

from indexer.nlp import enrich


def rows(title: str, text: str, *keys: str) -> list[tuple]:
    return [tuple(f[k] for k in keys) for f in enrich(title, "", text, None)["figures"]]


@pytest.mark.parametrize(
    "title, text, expected",
    [
        # "của tỉnh" is the article's province even with another province named before it
        (
            "Nghệ An phát triển sản phẩm vùng cao",
            "Tỉnh Nghệ An có 700 sản phẩm OCOP. Cùng thời điểm, Hà Nội có hơn 3.000 sản phẩm. "
            "Các huyện vùng cao của tỉnh có 250 sản phẩm.",
            [(700, "Nghệ An"), (3000, "Hà Nội"), (250, "Nghệ An")],
        ),
        # a decimal share of the country's total: "cả nước" is its base, not its scope
        (
            "An Giang có thêm sản phẩm OCOP",
            "Năm nay An Giang công nhận 60 sản phẩm. Tổng số sản phẩm OCOP của tỉnh lên "
            "900 sản phẩm, bằng khoảng 5,2% số sản phẩm của cả nước.",
            [(60, "An Giang"), (900, "An Giang"), (5.2, "An Giang")],
        ),
        # an integer share keeps working as before
        (
            "Đồng Tháp có thêm sản phẩm OCOP",
            "Tỉnh Đồng Tháp có 400 sản phẩm, bằng 3% số sản phẩm của cả nước.",
            [(400, "Đồng Tháp"), (3, "Đồng Tháp")],
        ),
        # "các tỉnh" stays a plural, not the article's province
        (
            "Hội chợ OCOP",
            "Cả nước có 17.000 sản phẩm OCOP, trong đó các tỉnh miền núi có 4.000 sản phẩm.",
            [(17000, "Việt Nam"), (4000, "Việt Nam")],
        ),
    ],
)
def test_own_province_after_cua_and_decimal_share_base(
    title: str, text: str, expected: list[tuple]
) -> None:
    assert rows(title, text, "value", "province") == expected


@pytest.mark.parametrize(
    "lead, expected",
    [
        # the host city named as co-organiser of a national fair is not the figures' province
        (
            "Sáng 2/9, tại Đà Nẵng, Bộ Công Thương phối hợp với UBND TP Đà Nẵng khai mạc "
            "Hội chợ hàng OCOP toàn quốc.",
            "Việt Nam",
        ),
        # a province's own fair, organised by its own committee, stays the province's
        (
            "Sáng 2/9, UBND TP Đà Nẵng khai mạc hội chợ sản phẩm OCOP của thành phố.",
            "Đà Nẵng",
        ),
    ],
)
def test_national_fair_cohost_is_not_the_subject(lead: str, expected: str) -> None:
    text = "Hội chợ có 300 gian hàng của 200 chủ thể OCOP."
    figures = enrich("Khai mạc hội chợ OCOP", lead, text, None)["figures"]
    assert [(f["value"], f["province"]) for f in figures] == [(300, expected), (200, expected)]


@pytest.mark.parametrize(
    "clause, expected",
    [
        # a district written as former ("huyện X cũ") keeps its pre-2025 province
        ("riêng huyện Hiệp Hòa cũ có 40 sản phẩm", "Bắc Giang"),
        # a district without "cũ" is read as the merged province's, as before
        ("riêng huyện Hiệp Hòa có 40 sản phẩm", "Bắc Ninh"),
    ],
)
def test_former_district_keeps_its_old_province(clause: str, expected: str) -> None:
    text = (
        f"Tỉnh Bắc Ninh (mới) có 500 sản phẩm OCOP. Khu vực Bắc Giang cũ có 300 sản phẩm, {clause}."
    )
    got = rows("Bắc Ninh phát triển OCOP", text, "value", "province")
    assert got == [(500, "Bắc Ninh"), (300, "Bắc Giang"), (40, expected)]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a count after a share of the province's total is the share's subject's, not "tỉnh"
        (
            "Khu vực Thái Bình cũ chiếm 45% tổng số sản phẩm của tỉnh với 270 sản phẩm.",
            [(45, "Thái Bình"), (270, "Thái Bình")],
        ),
        # the base's own count in parentheses stays the country's
        (
            "Tỉnh chiếm 3% số sản phẩm của cả nước (khoảng 19.000 sản phẩm).",
            [(3, "Hưng Yên"), (19000, "Việt Nam")],
        ),
    ],
)
def test_count_after_a_share_keeps_the_subject(sentence: str, expected: list[tuple]) -> None:
    text = "Tỉnh Hưng Yên (mới) có 600 sản phẩm OCOP. " + sentence
    assert rows("Hưng Yên phát triển OCOP", text, "value", "province")[1:] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the old province's count after a ";" in the merged total's own sentence
        (
            "Tỉnh Hưng Yên (mới) có 600 sản phẩm OCOP, gồm 20 sản phẩm 4 sao và 580 sản phẩm "
            "3 sao; khu vực Thái Bình cũ chiếm 250 sản phẩm.",
            (250, "Thái Bình", "part_of", 600),
        ),
        # "cũ" in an earlier comma clause of the same ";"-clause
        (
            "Tỉnh Hưng Yên (mới) có 600 sản phẩm OCOP. Khu vực Thái Bình cũ mạnh về bánh cáy "
            "và chiếu cói, với 250 sản phẩm.",
            (250, "Thái Bình", "part_of", 600),
        ),
        # a comparison's count is not a part
        (
            "Tỉnh Hưng Yên (mới) có 600 sản phẩm OCOP. Thái Bình cũ có 250 sản phẩm, tăng "
            "nhiều so với 180 sản phẩm năm 2022.",
            (180, "Thái Bình", "total", None),
        ),
    ],
)
def test_former_province_part_of_merged_total(text: str, expected: tuple) -> None:
    got = rows("Hưng Yên phát triển OCOP", text, "value", "province", "relation", "base")
    assert got[-1] == expected
