"""Issue 10, round 10: scope of figures in articles written around a former province.

Each case is a general shape written in our own words (fictional co-ops, counts and people),
never a sentence of real coverage.
"""

from __future__ import annotations

import pytest

from indexer.nlp import enrich

# a co-op profile whose commune is placed in a former province "now in" the merged one:
# its own figures belong to today's province; only the count that names "X cũ" keeps it
PROFILE = (
    "Hợp tác xã chè Suối Mây giữ hạng 4 sao",
    "Hợp tác xã chè Suối Mây ở xã Lũng Cú (khu vực Hà Giang cũ, nay thuộc tỉnh Tuyên Quang) "
    "vừa được công nhận lại 3 sản phẩm OCOP 4 sao.",
    "Hợp tác xã có 5 sản phẩm 3 sao và vùng chè rộng 40 ha. Năm 2024, doanh thu đạt 3,5 tỷ "
    "đồng.\n\nKhu vực Hà Giang cũ hiện có 210 sản phẩm OCOP.",
)
# the same profile placed with a plain address keeps its only province
PLAIN = (
    "Hợp tác xã chè Suối Mây giữ hạng 4 sao",
    "Hợp tác xã chè Suối Mây ở xã Lũng Cú, tỉnh Hà Giang vừa được công nhận lại 3 sản phẩm "
    "OCOP 4 sao.",
    "Hợp tác xã có 5 sản phẩm 3 sao và vùng chè rộng 40 ha.",
)


def province_of(article: tuple[str, str, str], value: float, unit: str) -> str:
    found = [
        f["province"]
        for f in enrich(*article, None)["figures"]
        if f["value"] == value and f["unit"] == unit
    ]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("value", "unit", "province"),
    [
        (3, "sản phẩm", "Tuyên Quang"),
        (5, "sản phẩm", "Tuyên Quang"),
        (40, "ha", "Tuyên Quang"),
        (3_500_000_000, "VND", "Tuyên Quang"),
        (210, "sản phẩm", "Hà Giang"),
    ],
)
def test_former_province_address_scopes_to_merged(value: float, unit: str, province: str) -> None:
    assert province_of(PROFILE, value, unit) == province


@pytest.mark.parametrize(("value", "unit"), [(3, "sản phẩm"), (5, "sản phẩm"), (40, "ha")])
def test_plain_address_keeps_its_province(value: float, unit: str) -> None:
    assert province_of(PLAIN, value, unit) == "Hà Giang"


# a national conference held in a city located by its province in parentheses: the
# province locates the venue, the unplaced figures stay the country's
CONFERENCE = (
    "Cả nước có hơn 15.000 sản phẩm OCOP",
    "Sáng 4/3, tại TP Pleiku (Gia Lai), Bộ Nông nghiệp và Môi trường tổ chức hội nghị toàn "
    "quốc sơ kết Chương trình OCOP.",
    "Giai đoạn tới, Chương trình phấn đấu có thêm 3.000 sản phẩm được công nhận.",
)


@pytest.mark.parametrize("venue", ["TP Pleiku (Gia Lai)", "thành phố Pleiku (tỉnh Gia Lai)"])
def test_venue_city_with_province_in_parentheses(venue: str) -> None:
    title, lead, text = CONFERENCE
    article = (title, lead.replace("TP Pleiku (Gia Lai)", venue), text)
    assert province_of(article, 3000, "sản phẩm") == "Việt Nam"


def test_province_after_a_non_venue_place_still_counts() -> None:
    article = (
        "Cả nước có hơn 15.000 sản phẩm OCOP",
        "Hợp tác xã ở xã Ia Grai (Gia Lai) có thêm sản phẩm được công nhận.",
        "Hợp tác xã hiện có 3 sản phẩm OCOP.",
    )
    assert province_of(article, 3, "sản phẩm") == "Gia Lai"


# in a national article, "tỉnh" after a provincial speaker's title is the speaker's province
SPEAKER = (
    "Cả nước có hơn 15.000 sản phẩm OCOP",
    "Bộ Nông nghiệp và Môi trường tổ chức hội nghị toàn quốc tổng kết Chương trình OCOP.",
    "Cả nước hiện có 15.200 sản phẩm OCOP.\n\nPhát biểu tại hội nghị, Phó Chủ tịch UBND tỉnh "
    "Lào Cai Trần Văn Minh cho biết, tỉnh hiện có 310 sản phẩm OCOP. Theo Sở Nông nghiệp tỉnh "
    "Sơn La, toàn tỉnh có 190 sản phẩm.",
)


@pytest.mark.parametrize(
    ("value", "province"), [(15200, "Việt Nam"), (310, "Lào Cai"), (190, "Sơn La")]
)
def test_speaker_province_in_national_article(value: float, province: str) -> None:
    assert province_of(SPEAKER, value, "sản phẩm") == province


def figures_of(text: str) -> list[tuple]:
    article = ("Sản phẩm OCOP của tỉnh Hà Tĩnh", "", text)
    return [(f["value"], f["unit"]) for f in enrich(*article, None)["figures"]]


# a floor per kind of unit is a norm, not a count; a count in a plain sentence stays one
@pytest.mark.parametrize(
    "text",
    [
        "Tỉnh đặt mục tiêu mỗi xã miền núi có ít nhất 2 sản phẩm OCOP.",
        "Kế hoạch yêu cầu mỗi huyện vùng cao đạt tối thiểu 2 sản phẩm OCOP.",
        "Đề án hướng tới mỗi xã đặc biệt khó khăn có ít nhất 2 sản phẩm OCOP.",
    ],
)
def test_floor_per_kind_of_unit_is_no_figure(text: str) -> None:
    assert (2, "sản phẩm") not in figures_of(text)


def test_count_of_a_kind_of_commune_stays() -> None:
    assert (2, "sản phẩm") in figures_of("Xã miền núi Kỳ Thượng có 2 sản phẩm OCOP.")


# "(trước đây thuộc tỉnh X)" writes X as a former province, like "X cũ"; the company's
# figures belong to the merged province the address names
ADDRESS = (
    "Nữ giám đốc đưa mật ong Yên Thế đi xa",
    "Công ty TNHH Ong mật Cầu Gồ nay có 4 sản phẩm OCOP.",
    "Công ty đặt xưởng tại xã Bố Hạ, tỉnh Bắc Ninh (trước đây thuộc tỉnh Bắc Giang). Doanh "
    "nghiệp liên kết với nông dân trên diện tích 30 ha.",
)


def test_earlier_province_in_an_address_is_former() -> None:
    assert province_of(ADDRESS, 30, "ha") == "Bắc Ninh"


def persons_of(text: str) -> list[str]:
    found = enrich("Phiên chợ OCOP cuối tuần", "", text, None)["entities"]
    return [e["text"] for e in found if e["type"] == "PER"]


# a walking street or avenue named after a historical figure is no person
@pytest.mark.parametrize(
    "text",
    [
        "Gian hàng đặt tại phố đi bộ Trần Quang Khải thu hút du khách.",
        "Phiên chợ diễn ra trên tuyến phố Lê Thánh Tông vào tối thứ bảy.",
        "Các quầy hàng dọc đại lộ Hùng Vương đông khách.",
    ],
)
def test_walking_street_is_no_person(text: str) -> None:
    assert persons_of(text) == []


def test_person_at_a_walking_street_stays() -> None:
    text = "Bà Phạm Thị Hoa bày hàng ở phố đi bộ ven hồ."
    assert persons_of(text) == ["Phạm Thị Hoa"]


# a two-syllable name right after a public body ending with its province is its officer
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Phó Chủ tịch UBND tỉnh Lào Cai Trần Minh nêu, tỉnh có 300 sản phẩm.", "Trần Minh"),
        ("Giám đốc Sở Công Thương tỉnh Hà Tĩnh Lê Giang cho biết thêm.", "Lê Giang"),
        ("Chủ tịch UBND tỉnh Bắc Ninh Phan Tâm phát biểu.", "Phan Tâm"),
    ],
)
def test_short_name_after_provincial_office(text: str, name: str) -> None:
    assert persons_of(text) == [name]


def test_full_name_after_provincial_office_stays_whole() -> None:
    text = "Phó Chủ tịch UBND tỉnh Lào Cai Trần Văn Minh nêu ý kiến."
    assert persons_of(text) == ["Trần Văn Minh"]


# the provinces a merger joined are a count of localities, in words as in digits (conventions
# of 2026-11-23), like merged communes and a count of participating provinces
@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        ("Đợt đánh giá đầu tiên sau khi hợp nhất hai tỉnh có 40 sản phẩm.", (2, "tỉnh"), True),
        ("Tỉnh có 640 sản phẩm OCOP sau sáp nhập ba tỉnh.", (3, "tỉnh"), True),
        ("Huyện có 90 sản phẩm OCOP sau sáp nhập 4 xã.", (4, "xã"), True),
        ("Hội chợ OCOP có 12 tỉnh tham gia.", (12, "tỉnh"), True),
    ],
)
def test_merged_provinces_are_a_count_of_localities(
    text: str, figure: tuple, expected: bool
) -> None:
    assert (figure in figures_of(text)) is expected
