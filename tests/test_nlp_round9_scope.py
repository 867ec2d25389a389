"""Issue 10, round 9: scope in merged provinces and persons (shapes listed from the errors
of the seen set blind11, counted over the other sets and the unannotated template texts).

Each test is a general shape written in our own words, never a sentence of real coverage.
"""

from __future__ import annotations

import pytest

from indexer.nlp import enrich


def persons(text: str, title: str = "Tin OCOP") -> list[str]:
    ents = enrich(title, "", text, None)["entities"]
    return sorted(e["text"] for e in ents if e["type"] == "PER")


def rows(title: str, text: str, *keys: str) -> list[tuple]:
    return [tuple(f[k] for k in keys) for f in enrich(title, "", text, None)["figures"]]


def test_commune_addressed_in_a_former_province_counts_in_the_merged_one() -> None:
    # "xã …, huyện …, tỉnh X cũ" is one address, not a list of places: the count of old
    # communes keeps the old province; the commune's own figures after it are the merged one's
    text = (
        "Xã Biển Động được lập từ 4 xã của huyện Lục Ngạn, tỉnh Bắc Giang cũ. "
        "Toàn xã có 1.200 ha vải thiều, trong đó 300 ha đạt chuẩn VietGAP."
    )
    got = rows("Vải thiều xã Biển Động (tỉnh Bắc Ninh) vào vụ", text, "value", "unit", "province")
    assert got == [
        (4.0, "xã", "Bắc Giang"),
        (1200.0, "ha", "Bắc Ninh"),
        (300.0, "ha", "Bắc Ninh"),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a superlative against the country is what the province is measured by, not a scope
        (
            "Sau sáp nhập, tỉnh Hưng Yên có diện tích nhãn lớn nhất cả nước và 120 sản phẩm "
            "OCOP từ nhãn.",
            [(120.0, "Hưng Yên")],
        ),
        (
            "Hưng Yên là địa phương trồng nhãn nhiều nhất toàn quốc; tỉnh có 120 sản phẩm OCOP.",
            [(120.0, "Hưng Yên")],
        ),
        # … while the country's own count stays national
        ("Cả nước có 17.000 sản phẩm OCOP.", [(17000.0, "Việt Nam")]),
    ],
)
def test_comparison_with_the_country_is_no_scope(text: str, expected: list[tuple]) -> None:
    assert rows("Nhãn Hưng Yên", text, "value", "province") == expected


def test_former_province_with_its_own_count_does_not_carry_to_the_next_clause() -> None:
    text = (
        "Tỉnh Lào Cai hiện có 600 sản phẩm OCOP, trong đó khu vực Yên Bái cũ có 280 sản phẩm; "
        "riêng nhóm chè có 45 sản phẩm."
    )
    got = rows("OCOP Lào Cai", text, "value", "province")
    assert got == [(600.0, "Lào Cai"), (280.0, "Yên Bái"), (45.0, "Lào Cai")]


@pytest.mark.parametrize(
    "title, text, expected",
    [
        # a product noun that is also a surname, before a district's name: a product
        ("Tin OCOP", "Đoàn khách mua Quế Văn Yên tại hội chợ.", []),
        ("Tin OCOP", "Gian hàng giới thiệu Chè Văn Chấn và mật ong bạc hà.", []),
        # a real name with the same surname stays a person
        ("Tin OCOP", "Ông Quế Văn Hùng, chủ cơ sở, cho biết như vậy.", ["Quế Văn Hùng"]),
        # a short reference to a person already named in full is that person
        (
            "Tin OCOP",
            "Hộ kinh doanh Trần Thị Mai Anh có 2 sản phẩm OCOP. Chị Mai Anh cho biết sẽ mở rộng.",
            ["Trần Thị Mai Anh"],
        ),
        # an official's full name right after the commune's two-syllable name
        (
            "Tin OCOP",
            "Chủ tịch UBND xã Tân Lập Nguyễn Đức Hải cho biết xã có 5 sản phẩm.",
            ["Nguyễn Đức Hải"],
        ),
    ],
)
def test_person_shapes(title: str, text: str, expected: list[str]) -> None:
    assert persons(text, title) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a spelled count is a figure like a written one (conventions of 2026-11-23)
        (
            "Phường đang hỗ trợ thêm ba hộ làm bánh hoàn thiện hồ sơ tham gia đánh giá.",
            [(3.0, "hộ")],
        ),
        # … a written count stays one
        ("Phường đang hỗ trợ thêm 3 hộ làm bánh hoàn thiện hồ sơ.", [(3.0, "hộ")]),
    ],
)
def test_spelled_support_count_is_a_figure(text: str, expected: list[tuple]) -> None:
    assert rows("Tin OCOP", text, "value", "unit") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "đánh giá, công nhận": the comma of the verb pair ends no clause; the rating is
        # still pending after "đề nghị"/"đề xuất"
        (
            "Tỉnh đang hoàn thiện hồ sơ của 3 sản phẩm đề nghị Bộ đánh giá, công nhận OCOP 5 sao.",
            [(3.0, None, 5)],
        ),
        (
            "Có 2 sản phẩm chè đạt trên 90 điểm, đủ điều kiện đề xuất Trung ương đánh giá, "
            "công nhận OCOP 5 sao.",
            [(2.0, None, 5)],
        ),
        # … and an award stays an award
        ("Năm nay tỉnh có 6 sản phẩm được đánh giá, công nhận 4 sao.", [(6.0, 4, None)]),
    ],
)
def test_pending_rating_across_the_verb_pair(text: str, expected: list[tuple]) -> None:
    assert rows("Tin OCOP", text, "value", "star", "potential_star") == expected


def test_more_than_a_spelled_number_is_a_qualifier_not_a_comparison() -> None:
    got = rows(
        "Nhãn Hưng Yên", "Hiện có hơn hai nghìn sản phẩm cả nước dự hội chợ.", "value", "province"
    )
    assert got == [(2000.0, "Việt Nam")]
