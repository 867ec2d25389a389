"""Issue 10, round 7: general structure rules for the precision of figures on unseen text.

Each case is a shape written in our own words (never a sentence of real coverage): a list
of places is no figure's subject; a star never crosses into a coordinated clause with its
own verb.
"""

from __future__ import annotations

import pytest

from indexer.nlp import enrich


def rows(title: str, text: str, *keys: str) -> list[tuple]:
    return [tuple(f[k] for k in keys) for f in enrich(title, "", text, None)["figures"]]


@pytest.mark.parametrize(
    "title, text, expected",
    [
        # markets a product is sold in: the count keeps the article's province
        (
            "OCOP Lâm Đồng",
            "Tỉnh Lâm Đồng hiện có 300 sản phẩm OCOP. Năm qua, hợp tác xã bán tại Hà Nội, "
            "Đà Nẵng và TP Hồ Chí Minh 45 tấn chè.",
            [(300, "Lâm Đồng"), (45, "Lâm Đồng")],
        ),
        # participants of a fair named as a list: the booths are not the last one's
        (
            "Hội chợ OCOP Ninh Thuận",
            "Tỉnh Ninh Thuận khai mạc hội chợ OCOP. Hội chợ có sự tham gia của các tỉnh "
            "Hà Nam, Nam Định, Ninh Bình với 120 gian hàng.",
            [(120, "Ninh Thuận")],
        ),
        # a list before a ";": the next clause's count is still the article's
        (
            "OCOP Lâm Đồng",
            "Tỉnh Lâm Đồng có nhiều sản phẩm. Chè đã có mặt ở Hà Nội, Hải Phòng, Quảng Ninh; "
            "hợp tác xã có 12 sản phẩm OCOP 4 sao.",
            [(12, "Lâm Đồng")],
        ),
        # one place alone is still the subject
        (
            "OCOP miền Bắc",
            "Năm nay Quảng Ninh có 90 sản phẩm OCOP mới.",
            [(90, "Quảng Ninh")],
        ),
        # places joined by "và" in a merged province's two halves name no single one
        (
            "OCOP Gia Lai",
            "Tỉnh Gia Lai có 400 sản phẩm OCOP. Các chủ thể ở Kon Tum và Bình Định có "
            "thêm 25 sản phẩm mới.",
            [(400, "Gia Lai"), (25, "Gia Lai")],
        ),
    ],
)
def test_a_list_of_places_is_no_subject(title: str, text: str, expected: list) -> None:
    assert rows(title, text, "value", "province") == expected


def test_districts_of_one_province_keep_that_province() -> None:
    text = "Các huyện Tiên Yên, huyện Bình Liêu và huyện Đầm Hà có 30 sản phẩm OCOP."
    assert rows("OCOP miền núi", text, "value", "province", "district") == [
        (30, "Quảng Ninh", None)
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        # the star belongs to the coordinated clause, not to the count before it
        (
            "Năm 2025, tỉnh phấn đấu có thêm 60 sản phẩm OCOP và nâng tỷ lệ sản phẩm 4 sao "
            "lên 20%.",
            [(60, None), (20, 4)],
        ),
        (
            "Huyện hỗ trợ 8 hợp tác xã đồng thời phát triển sản phẩm 3 sao.",
            [(8, None)],
        ),
        # the same predicate continued by "và" keeps the rating
        ("Huyện có 12 sản phẩm được đánh giá và công nhận 4 sao.", [(12, 4)]),
        # a rating written right after the count is still its own
        ("Tỉnh công nhận 15 sản phẩm 4 sao và nâng hạng 2 sản phẩm.", [(15, 4), (2, None)]),
    ],
)
def test_a_star_stays_in_its_clause(text: str, expected: list) -> None:
    assert rows("OCOP Hà Tĩnh", text, "value", "star") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a spelled count after "của" / a support verb is a figure like a written one
        # (conventions of 2026-11-23)
        (
            "Thị xã có 8 sản phẩm, phần lớn là bánh kẹo của hai doanh nghiệp ở phường Đông.",
            [8, 2],
        ),
        ("Năm tới huyện sẽ hỗ trợ ba chủ thể hoàn thiện hồ sơ đánh giá.", [3]),
        # "một" in apposition to a name is an article, also before a rating
        ("Mứt gừng Tây Sơn, một sản phẩm OCOP 3 sao, được bán ở nhiều chợ.", []),
        # a spelled count that opens a clause is still a figure
        ("Tỉnh có 40 sản phẩm 3 sao. Hai sản phẩm đạt 4 sao là chè và mật ong.", [40, 2]),
        ("Huyện có một sản phẩm 5 sao.", [1]),
        # digits after "của" stay a figure: statistics are written in digits
        ("Hội chợ có 120 gian hàng của 60 doanh nghiệp.", [120, 60]),
    ],
)
def test_spelled_counts_are_figures_but_an_apposed_one_is_not(text: str, expected: list) -> None:
    assert [r[0] for r in rows("OCOP Bình Định", text, "value")] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a caption line ending in its photo credit gives no figures
        (
            "Tỉnh có 90 sản phẩm OCOP.\n\nGian hàng của 12 hợp tác xã tại hội chợ. Ảnh: Minh Hà",
            [90],
        ),
        ("Tỉnh có 90 sản phẩm OCOP.\n\nHai sản phẩm chè đạt 4 sao (Ảnh: Lê Vy)", [90]),
        # a body paragraph that only mentions a photo elsewhere keeps its figures
        (
            "Tỉnh có 90 sản phẩm OCOP. Ảnh chụp tại hội chợ cho thấy 30 gian hàng đông khách.",
            [90, 30],
        ),
    ],
)
def test_a_caption_gives_no_figures(text: str, expected: list) -> None:
    assert [r[0] for r in rows("OCOP Phú Thọ", text, "value")] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a partner's or a market's place is not the figure's territory
        (
            "Tỉnh Đắk Nông có 120 sản phẩm OCOP. Hợp tác xã đã ký 4 hợp đồng với đối tác ở "
            "TP Hồ Chí Minh.",
            [(120, "Đắk Nông"), (4, "Đắk Nông")],
        ),
        (
            "Tỉnh Đắk Nông có 120 sản phẩm OCOP. Mỗi tháng hợp tác xã bán tại Hà Nội "
            "khoảng 6 tấn hạt điều.",
            [(120, "Đắk Nông"), (6, "Đắk Nông")],
        ),
        # a place that owns the count is still linked to it
        (
            "Tỉnh Đắk Nông có 120 sản phẩm OCOP. Hội chợ có 40 gian hàng của Lâm Đồng.",
            [(120, "Đắk Nông"), (40, "Lâm Đồng")],
        ),
    ],
)
def test_a_market_or_partner_is_no_subject(text: str, expected: list) -> None:
    assert rows("OCOP Đắk Nông", text, "value", "province") == expected


@pytest.mark.parametrize(
    "text",
    [
        # a place in a coordinated clause with its own verb is that clause's, not the count's
        "Tỉnh Lâm Đồng có nhiều đặc sản. Hợp tác xã có thêm 20 sản phẩm và mở rộng thị "
        "trường ở Hà Nội.",
        "Tỉnh Lâm Đồng có nhiều đặc sản. Hợp tác xã có thêm 20 sản phẩm đồng thời tổ chức "
        "phiên chợ tại Đà Nẵng.",
    ],
)
def test_a_scope_stays_in_its_clause(text: str) -> None:
    assert rows("OCOP Lâm Đồng", text, "value", "province") == [(20, "Lâm Đồng")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a commune named like a province is no evidence of that province
        (
            "Tỉnh Thái Nguyên có 300 sản phẩm OCOP. Hợp tác xã chè ở xã Hòa Bình có 4 sản "
            "phẩm 4 sao.",
            [(300, "Thái Nguyên"), (4, "Thái Nguyên")],
        ),
        # a ward named after a former province's capital still lies in the merged province
        (
            "Tỉnh Cà Mau có 350 sản phẩm OCOP. Hợp tác xã ở phường Bạc Liêu có 5 sản phẩm.",
            [(350, "Cà Mau"), (5, "Cà Mau")],
        ),
    ],
)
def test_a_commune_named_like_a_province(text: str, expected: list) -> None:
    assert rows("OCOP", text, "value", "province") == expected


def test_a_count_in_parentheses_after_a_place_is_that_places() -> None:
    text = (
        "Cả nước có 15.000 sản phẩm OCOP.\n\nNăm nay, 3 tỉnh có nhiều sản phẩm mới nhất là "
        "Hà Nội (300 sản phẩm), Nghệ An (150 sản phẩm) và Thanh Hóa (120 sản phẩm)."
    )
    got = rows("Chương trình OCOP cả nước", text, "value", "province")
    assert got[2:] == [(300, "Hà Nội"), (150, "Nghệ An"), (120, "Thanh Hóa")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # narrative texts spell real counts after "của"/"cho" and after a completed support
        ("Hội đồng xem xét chín sản phẩm của bảy chủ thể trên địa bàn huyện.", [9, 7]),
        ("Trung tâm mở lớp tập huấn cho bốn mươi học viên.", [40]),
        ("Sau chiến dịch, đội đã hỗ trợ ba mươi chủ thể cập nhật mã truy xuất.", [30]),
    ],
)
def test_spelled_counts_in_narrative_stay(text: str, expected: list) -> None:
    assert [r[0] for r in rows("OCOP Nghệ An", text, "value")] == expected
