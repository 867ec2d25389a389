"""Issue 10, round 8: persons, scope, stars and which numbers are figures (shapes listed from
the errors of the seen set blind10 and the unannotated template texts).

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


@pytest.mark.parametrize(
    "text, expected",
    [
        # a title that the organisation finder split ("Chánh | Văn phòng …"): the name after
        # the organisation is still the official's, also when its last syllable is a noun
        (
            "Chánh Văn phòng VPĐP NTM TW Hoàng Đức Trường nhận xét tỉnh làm tốt.",
            ["Hoàng Đức Trường"],
        ),
        (
            "Buổi lễ có Phó Chánh Văn phòng Điều phối nông thôn mới Trung ương Lưu Văn Thịnh; "
            "lãnh đạo tỉnh cùng dự.",
            ["Lưu Văn Thịnh"],
        ),
        # the organisation alone, with no name after it, names no person
        ("Chánh Văn phòng UBND tỉnh cho biết kết quả.", []),
        # a highland given name led by the one-letter syllable "A" or "Y", after an honorific
        ("Homestay do ông A Lót, người Ba Na, làm chủ.", ["A Lót"]),
        # … but not a list marker or a grade letter without an honorific
        ("Nhóm A Bình gồm 3 sản phẩm.", []),
        # a source line with the writer and the outlet
        ("Tỉnh có 40 sản phẩm.\n\nTheo Minh Châu/Báo Kinh tế Nông thôn", ["Minh Châu"]),
        ("Tỉnh có 40 sản phẩm.\n\nTheo Lan Hương (TTXVN)", ["Lan Hương"]),
        # "Theo <body>, …" is a source body, never a person
        ("Theo Sở Công Thương - Báo cáo năm, tỉnh có 5 sản phẩm.", []),
        # a religious name before the full name: the person is the full name
        ("Ông Giuse Trần Văn Lợi, trưởng ban, phát biểu.", ["Trần Văn Lợi"]),
        # a product name whose place runs after a surname-like syllable
        ("Mật ong Bạc Hà Mèo Vạc của hợp tác xã được khách ưa chuộng.", []),
        # … but after a province's name, a name ending like a district is still a person
        ("Phó Chủ tịch UBND tỉnh Hà Tĩnh Lê Hồng Lĩnh ký quyết định.", ["Lê Hồng Lĩnh"]),
        # a business named in English after two Vietnamese syllables
        ("Quầy của Đào Nguyên Farm đông khách.", []),
        ("Sản phẩm của Lê Minh Group có mặt tại hội chợ.", []),
    ],
)
def test_person_shapes(text: str, expected: list[str]) -> None:
    assert persons(text) == expected


@pytest.mark.parametrize(
    "title, text, expected",
    [
        # a place where the goods are sold (after "bán … ở", also past a few words naming the
        # channel) is a market, not the producer's scope
        (
            "Thái Bình: HTX mật ong giữ hạng 4 sao",
            "Mỗi năm HTX bán khoảng 40 tấn mật ong, phần lớn được bán qua các cửa hàng đặc sản "
            "lớn ở Hà Nội.",
            [(40, "tấn", "Thái Bình")],
        ),
        # points of sale in a list of places written with "TP": several markets, no one scope
        (
            "Bến Tre: cơ sở kẹo dừa đạt OCOP",
            "Cơ sở đã ký hợp đồng giao kẹo cho 6 điểm bán ở Cần Thơ và TP Hồ Chí Minh.",
            [(6, "điểm bán", "Bến Tre")],
        ),
    ],
)
def test_market_places_do_not_scope(title: str, text: str, expected: list[tuple]) -> None:
    assert rows(title, text, "value", "unit", "province") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a per-unit floor in a target is a norm, not a count, for villages as for communes
        (
            "Xã phấn đấu đến năm 2028 mỗi bản có ít nhất 1 sản phẩm OCOP và 4 hộ làm du lịch.",
            [(4, "hộ")],
        ),
        ("Huyện phấn đấu mỗi ấp có 1 sản phẩm OCOP.", []),
        ("Tỉnh phấn đấu mỗi huyện có tối thiểu 2 sản phẩm OCOP 4 sao.", []),
        # … but a count shared out over named districts stays a figure
        ("Huyện Đông và huyện Tây mỗi huyện có 3 sản phẩm OCOP.", [(3, "sản phẩm")]),
    ],
)
def test_per_unit_norms_are_not_figures(text: str, expected: list[tuple]) -> None:
    assert rows("Nghệ An phát triển OCOP", text, "value", "unit") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # sent to the central council for a rating: pending, not awarded
        (
            "Tỉnh có 50 sản phẩm. 3 sản phẩm đạt trên 90 điểm sẽ được hoàn thiện hồ sơ gửi "
            "Trung ương xét công nhận 5 sao.",
            [(50, "sản phẩm", None, None, None), (3, "sản phẩm", None, None, 5)],
        ),
        # a share of communes after a rated count takes no rating
        (
            "Tỉnh phấn đấu có 20 sản phẩm 5 sao và 70% số xã có sản phẩm OCOP.",
            [(20, "sản phẩm", 5, None, None), (70, "%", None, None, None)],
        ),
        # a share of a plan counts what its count counts (conventions of 2026-11-23: the
        # floor too)
        (
            "Tỉnh công nhận 30 sản phẩm OCOP đạt từ 3 - 4 sao, bằng 50% kế hoạch năm.",
            [(30, "sản phẩm", None, 3, None), (50, "%", None, 3, None)],
        ),
        # a share of a count with a floor ("trên 3 sao") has that floor
        (
            "Khu vực Hà Giang cũ có 200 sản phẩm OCOP trên 3 sao, chiếm khoảng 40% tổng số "
            "sản phẩm OCOP của tỉnh.",
            [(200, "sản phẩm", None, 3, None), (40, "%", None, 3, None)],
        ),
        # … while a single rating before a share still rates it
        (
            "Tỉnh có 42 sản phẩm 4 sao (chiếm 23,3%).",
            [(42, "sản phẩm", 4, None, None), (23.3, "%", 4, None, None)],
        ),
        ("Tỷ lệ sản phẩm 4 sao chiếm 18% tổng số sản phẩm.", [(18, "%", 4, None, None)]),
    ],
)
def test_share_and_pending_ratings(text: str, expected: list[tuple]) -> None:
    got = rows("Tuyên Quang phát triển OCOP", text, "value", "unit", "star", "min_star")
    pot = rows("Tuyên Quang phát triển OCOP", text, "potential_star")
    assert [g + p for g, p in zip(got, pot)] == expected


def test_percentage_opening_a_breakdown_is_a_share() -> None:
    # "…, trong đó gần N% …": a share of the amount before it, in the amount's scope
    text = "Mỗi năm hợp tác xã thu hoạch khoảng 60 tấn bưởi, trong đó gần 40% được xuất đi xa."
    got = rows("Bắc Giang: hợp tác xã bưởi đạt OCOP 4 sao", text, "value", "unit", "province")
    assert got == [(60, "tấn", "Bắc Giang"), (40, "%", "Bắc Giang")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # the ratio of a fraction closing its clause is a share
        (
            "Đến tháng 9/2025, tỉnh có 120/150 sản phẩm OCOP đã lên sàn thương mại điện tử, "
            "đạt 80%.",
            [(80, "%", "share_of")],
        ),
        # a date is no fraction: a bare "đạt N%" after it stays out
        ("Tính đến ngày 30/11, độ ẩm của chè đạt 12%.", []),
    ],
)
def test_fraction_ratio_is_a_share(text: str, expected: list[tuple]) -> None:
    assert rows("Lâm Đồng", text, "value", "unit", "relation") == expected


def test_retail_chain_place_does_not_scope() -> None:
    # points of sale of a chain in another city belong to the producer's figures
    text = (
        "Hợp tác xã vừa đưa 3 sản phẩm OCOP vào 90 điểm bán của một chuỗi siêu thị mini ở Hà Nội."
    )
    got = rows("Hòa Bình: hợp tác xã mở rộng thị trường", text, "value", "unit", "province")
    assert got == [(3, "sản phẩm", "Hòa Bình"), (90, "điểm bán", "Hòa Bình")]


def test_respective_list_gives_each_number_the_unit_and_its_place() -> None:
    # "A cũ, B cũ và C cũ lần lượt là a, b và c <unit>": three figures, each of its province
    text = (
        "Tỉnh Lâm Đồng hiện có 600 sản phẩm OCOP. Số sản phẩm của khu vực Lâm Đồng cũ, "
        "Đắk Nông cũ và Bình Thuận cũ lần lượt là 250, 150 và 200 sản phẩm."
    )
    got = rows("Lâm Đồng phát triển sản phẩm OCOP", text, "value", "unit", "province")
    assert got == [
        (600, "sản phẩm", "Lâm Đồng"),
        (250, "sản phẩm", "Lâm Đồng"),
        (150, "sản phẩm", "Đắk Nông"),
        (200, "sản phẩm", "Bình Thuận"),
    ]


def test_respective_list_of_communes_keeps_the_scope() -> None:
    text = "Xã Đông và xã Tây là hai nơi có nhiều sản phẩm nhất, lần lượt 12 và 9 sản phẩm."
    got = rows("Thái Nguyên phát triển OCOP", text, "value", "unit", "province")
    assert got == [(12, "sản phẩm", "Thái Nguyên"), (9, "sản phẩm", "Thái Nguyên")]


def test_region_after_bare_tu_is_the_parts_place() -> None:
    # "N sản phẩm từ khu vực X cũ" as "đến từ khu vực X cũ": the former province's part
    text = "Đợt này tỉnh công nhận 12 sản phẩm 4 sao. Trong nhóm 4 sao có 5 sản phẩm từ khu vực Phú Yên cũ."
    got = rows("Đắk Lắk có thêm sản phẩm OCOP 4 sao", text, "value", "province")
    assert got == [(12, "Đắk Lắk"), (5, "Phú Yên")]
