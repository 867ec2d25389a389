"""Round 14 (lead): counts whose unit is written before them with the words that say which
ones, rates that restate a count, ratings written after the owners of the products.

Texts written for these tests (structures seen in blind15/blind16 and older sets, not their
sentences).
"""

from __future__ import annotations

import pytest

from indexer.nlp import enrich


def rows(text: str, *keys: str) -> list[tuple]:
    figures = enrich("Tin OCOP", "", text, None)["figures"]
    return [tuple(f.get(k) for k in ("value", "unit", *keys)) for f in figures]


@pytest.mark.parametrize(
    "text, expected",
    [
        # which products, between "số sản phẩm" and the number
        (
            "Tỉnh có 820 sản phẩm OCOP. Số sản phẩm của khu vực Hà Tây cũ là 305.",
            [(820, "sản phẩm"), (305, "sản phẩm")],
        ),
        (
            "Huyện công nhận thêm 9 sản phẩm, nâng tổng số sản phẩm còn hạn lên 64.",
            [(9, "sản phẩm"), (64, "sản phẩm")],
        ),
        (
            "Năm nay tỉnh nâng số sản phẩm du lịch cộng đồng của tỉnh lên 14.",
            [(14, "sản phẩm")],
        ),
        # participants counted by their kind
        (
            "Số chủ thể là hợp tác xã tăng từ 40 lên 57 trong hai năm.",
            [(40, "HTX"), (57, "HTX")],
        ),
        # a rating between the unit and the verb still gives the count, not the star
        ("Số sản phẩm đạt 4 sao là 26.", [(26, "sản phẩm")]),
        # guards: a score is no count; a number after another clause is not this one
        ("Số sản phẩm OCOP đạt 90 điểm là 7.", []),
        ("Số sản phẩm tham gia hội chợ, theo ban tổ chức là 120 gian hàng.", [(120, "gian hàng")]),
    ],
)
def test_unit_before_the_count_with_words_between(text: str, expected: list) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Đến nay 410 sản phẩm OCOP đã có mặt trên sàn thương mại điện tử, đạt 62,5%.",
            [(410, "sản phẩm", "total"), (62.5, "%", "share_of")],
        ),
        (
            "Có 90 sản phẩm OCOP hết hạn nhưng chỉ 61 sản phẩm đăng ký đánh giá lại, tức khoảng 68%.",
            [(90, "sản phẩm", "total"), (61, "sản phẩm", "part_of"), (68, "%", "share_of")],
        ),
        (
            "Kế hoạch năm là 40 sản phẩm OCOP mới, đến nay huyện đã thực hiện được 85%.",
            [(40, "sản phẩm", "total"), (85, "%", "share_of")],
        ),
        (
            "Có 50 sản phẩm OCOP đến hạn, nhưng mới 31 sản phẩm nộp hồ sơ, chưa tới 65%.",
            [(50, "sản phẩm", "total"), (31, "sản phẩm", "part_of"), (65, "%", "share_of")],
        ),
        # guard: a percentage with no count before it in the sentence is no restated rate
        ("Sản phẩm OCOP sấy khô có độ ẩm đạt 12%.", []),
    ],
)
def test_a_rate_restating_a_count_is_a_share(text: str, expected: list) -> None:
    assert rows(text, "relation") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the rating after "của N tỉnh, thành phố" is the products'
        (
            "Bộ công nhận 24 sản phẩm của 11 tỉnh, thành phố đạt OCOP 5 sao.",
            [(24, "sản phẩm", 5), (11, "tỉnh", None)],
        ),
        (
            "Hội đồng công nhận 15 sản phẩm của 6 huyện đạt 4 sao.",
            [(15, "sản phẩm", 4), (6, "huyện", None)],
        ),
        # as after "của N chủ thể" before
        (
            "Tỉnh công nhận 12 sản phẩm của 9 chủ thể đạt OCOP 4 sao.",
            [(12, "sản phẩm", 4), (9, "chủ thể", None)],
        ),
    ],
)
def test_a_rating_after_the_owners_is_the_products(text: str, expected: list) -> None:
    assert rows(text, "star") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "gồm" followed by names (no number) spells out what was counted
        (
            "Ba sản phẩm gồm miến dong, mật ong bạc hà và chè shan vừa được công nhận OCOP 4 sao.",
            [(3, "sản phẩm", 4)],
        ),
        (
            "Tỉnh có thêm 2 sản phẩm gồm cà phê rang xay và hạt mắc ca đạt 3 sao.",
            [(2, "sản phẩm", 3)],
        ),
        # guard: "gồm" followed by counts is a breakdown, the parts carry their own ratings
        (
            "Tỉnh có 12 sản phẩm, gồm 3 sản phẩm 4 sao và 9 sản phẩm 3 sao.",
            [(12, "sản phẩm", None), (3, "sản phẩm", 4), (9, "sản phẩm", 3)],
        ),
        # an address in brackets without numbers ends no clause
        (
            "Hai sản phẩm của Hợp tác xã Tả Van (xã Tả Van, tỉnh Lào Cai) vừa được nâng hạng 4 sao.",
            [(2, "sản phẩm", 4)],
        ),
        (
            "Cơ sở Hòa Bình (phường Tân Phú, TP Cần Thơ) có 3 sản phẩm (bánh pía, lạp xưởng, "
            "mứt dừa) đạt 3 sao.",
            [(3, "sản phẩm", 3)],
        ),
        # a rating in words in the clause that rates the count
        ("Năm 2024 huyện công nhận 7 sản phẩm, đều đạt ba sao.", [(7, "sản phẩm", 3)]),
        ("Đợt này có 5 sản phẩm, tất cả đều đạt bốn sao.", [(5, "sản phẩm", 4)]),
    ],
)
def test_the_rating_of_a_count_past_names_and_asides(text: str, expected: list) -> None:
    assert rows(text, "star") == expected


def scopes(title: str, lead: str, text: str) -> list[tuple]:
    from datetime import datetime

    figures = enrich(title, lead, text, datetime(2025, 12, 1))["figures"]
    return [(f["value"], f["unit"], f.get("province")) for f in figures if f["start"] > len(title)]


TITLE = "Hợp tác xã chè ở Hoàng Su Phì có 4 sản phẩm OCOP"
LEAD = "Hợp tác xã chè Phìn Hồ (xã Thông Nguyên, tỉnh Tuyên Quang) có 4 sản phẩm OCOP."


@pytest.mark.parametrize(
    "text, expected",
    [
        # a former district's address locates the co-op: its figures are today's province's
        (
            "Hợp tác xã ra đời năm 2015 tại huyện Hoàng Su Phì cũ của tỉnh Hà Giang, nay có 86 "
            "hộ thành viên và 140 ha chè.",
            [(4, "sản phẩm", "Tuyên Quang"), (86, "hộ", "Tuyên Quang"), (140, "ha", "Tuyên Quang")],
        ),
        (
            "Cơ sở đặt tại huyện Xín Mần (cũ), tỉnh Hà Giang; năm nay bán ra 35 tấn chè khô.",
            [(4, "sản phẩm", "Tuyên Quang"), (35, "tấn", "Tuyên Quang")],
        ),
        # guard: a count OF the former district keeps its old province
        (
            "Riêng huyện Hoàng Su Phì cũ của tỉnh Hà Giang có 12 sản phẩm OCOP.",
            [(4, "sản phẩm", "Tuyên Quang"), (12, "sản phẩm", "Hà Giang")],
        ),
    ],
)
def test_a_former_districts_address_gives_todays_province(text: str, expected: list) -> None:
    assert scopes(TITLE, LEAD, text) == expected


def test_without_the_merged_province_named_the_old_one_stays() -> None:
    text = "Hợp tác xã ra đời tại huyện Hoàng Su Phì cũ của tỉnh Hà Giang, nay có 86 hộ thành viên."
    assert scopes("Hợp tác xã chè", "", text) == [(86, "hộ", "Hà Giang")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # an export amount in USD is a part of the revenue in VND
        (
            "Doanh thu năm 2025 đạt 42 tỷ đồng, trong đó xuất khẩu 520.000 USD.",
            [(42e9, "VND", "total", None), (520000, "USD", "part_of", 42e9)],
        ),
        (
            "Công ty có doanh thu 9,5 tỷ đồng, trong đó giá trị xuất khẩu sang Nhật Bản đạt "
            "khoảng 150.000 USD.",
            [(9.5e9, "VND", "total", None), (150000, "USD", "part_of", 9.5e9)],
        ),
        # a bracketed aside without numbers does not end the breakdown's clause
        (
            "Hợp tác xã bán ra 300 tấn gạo, trong đó xuất sang Hồng Kông (Trung Quốc) 45 tấn.",
            [(300, "tấn", "total", None), (45, "tấn", "part_of", 300)],
        ),
        (
            "Huyện có 60 sản phẩm OCOP, trong đó các xã vùng cao (Tà Xùa, Háng Đồng) có 14 sản phẩm.",
            [(60, "sản phẩm", "total", None), (14, "sản phẩm", "part_of", 60)],
        ),
        # guard: a VND amount is no part of a USD total
        (
            "Kim ngạch xuất khẩu đạt 2 triệu USD, trong đó chi phí vận chuyển 3 tỷ đồng.",
            [(2e6, "USD", "total", None), (3e9, "VND", "total", None)],
        ),
    ],
)
def test_parts_in_another_currency_and_past_asides(text: str, expected: list) -> None:
    assert rows(text, "relation", "base") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "only M" after a contrast: the part of N that did something
        (
            "Năm nay có 88 sản phẩm OCOP hết hạn 36 tháng, nhưng chỉ 51 sản phẩm đăng ký đánh giá lại.",
            [(88, "sản phẩm", "total", None), (51, "sản phẩm", "part_of", 88)],
        ),
        (
            "Huyện mời 40 hợp tác xã dự tập huấn thì mới có 25 hợp tác xã tham gia.",
            [(40, "HTX", "total", None), (25, "HTX", "part_of", 40)],
        ),
        # guard: a larger number is no part
        (
            "Năm ngoái có 30 sản phẩm OCOP, nhưng chỉ năm nay đã có 45 sản phẩm.",
            [(30, "sản phẩm", "total", None), (45, "sản phẩm", "total", None)],
        ),
        # a stative count of rated products after the stock total: a part of it
        (
            "Toàn tỉnh hiện có 640 sản phẩm OCOP còn hiệu lực. Tỉnh có 3 sản phẩm 5 sao và 5 "
            "sản phẩm tiềm năng 5 sao.",
            [
                (640, "sản phẩm", "total", None),
                (3, "sản phẩm", "part_of", 640),
                (5, "sản phẩm", "part_of", 640),
            ],
        ),
        (
            "Đến nay thành phố có 310 sản phẩm OCOP. Có 4 sản phẩm đã được Trung ương công nhận 5 sao.",
            [(310, "sản phẩm", "total", None), (4, "sản phẩm", "part_of", 310)],
        ),
        # guards: an event of its own (a year, "mới") and a co-op's own products stay totals
        (
            "Toàn tỉnh hiện có 640 sản phẩm OCOP. Năm 2025 tỉnh có 3 sản phẩm 5 sao mới.",
            [(640, "sản phẩm", "total", None), (3, "sản phẩm", "total", None)],
        ),
        (
            "Toàn tỉnh hiện có 640 sản phẩm OCOP. Giám đốc cho biết hợp tác xã có 2 sản phẩm 4 sao.",
            [(640, "sản phẩm", "total", None), (2, "sản phẩm", "total", None)],
        ),
    ],
)
def test_parts_named_by_contrast_and_rated_parts_of_the_stock(text: str, expected: list) -> None:
    assert rows(text, "relation", "base") == expected


def entities(text: str) -> list[tuple[str, str]]:
    return [(e["type"], e["text"]) for e in enrich("Tin", "", text, None)["entities"]]


@pytest.mark.parametrize(
    "text, person",
    [
        # a name after "UBND tỉnh" whose first syllables fold to a district ("Hà Quảng") when
        # tones are ignored: with its own tones it is no place
        ("Phó Chủ tịch UBND tỉnh Hà Quang Vinh, Chủ tịch Hội đồng, phát biểu.", "Hà Quang Vinh"),
        ("Chủ tịch UBND tỉnh Lục Ngân Hà dự buổi làm việc.", "Lục Ngân Hà"),
        # a country's syllable inside a name ("Đức") is the name's
        ("Phó Chủ tịch UBND tỉnh Thanh Hóa Lê Đức Giang ký quyết định.", "Lê Đức Giang"),
        (
            "Phó Chủ tịch UBND tỉnh Nguyễn Đức Tâm (giữa) nghe giới thiệu sản phẩm.",
            "Nguyễn Đức Tâm",
        ),
    ],
)
def test_names_that_look_like_places(text: str, person: str) -> None:
    assert ("PER", person) in entities(text)
    assert not any(t == "LOC" and p in person for t, p in entities(text))


def test_a_country_outside_a_name_stays_a_place() -> None:
    assert ("LOC", "Đức") in entities("Sản phẩm được xuất khẩu sang Đức và Nhật Bản.")


@pytest.mark.parametrize(
    "text, expected",
    [
        # the level compared with is an earlier value, not the difference
        (
            "Tỷ lệ sản phẩm 4 sao đạt 34%, cao hơn mức 29% của năm 2024.",
            [(34, "%", "share_of", 4), (29, "%", "share_of", 4)],
        ),
        (
            "Số sản phẩm bị thu hồi năm nay là 41, nhiều hơn 30 sản phẩm của năm trước.",
            [(41, "sản phẩm", "total", None), (30, "sản phẩm", "total", None)],
        ),
        (
            "Tỷ lệ sản phẩm 3 sao chiếm 58%, thấp hơn tỷ lệ 70% của cùng kỳ.",
            [(58, "%", "share_of", 3), (70, "%", "share_of", 3)],
        ),
        # guards: a difference stays a change
        ("Doanh thu tăng 12% so với năm 2024.", [(12, "%", "change_of", None)]),
        (
            "Thu nhập của thành viên cao hơn mức bình quân khoảng 18 triệu đồng.",
            [(18e6, "VND", "change_of", None)],
        ),
    ],
)
def test_the_level_compared_with_is_no_change(text: str, expected: list) -> None:
    assert rows(text, "relation", "star") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "…; trong đó …" right after a count breaks that count down (and the parts keep its star)
        (
            "Hội đồng chấm 14 sản phẩm. Kết quả, 12 sản phẩm được công nhận 3 sao; trong đó 8 sản "
            "phẩm mới, 4 sản phẩm đánh giá lại.",
            [
                (14, None, "total", None),
                (12, 3, "part_of", 14),
                (8, 3, "part_of", 12),
                (4, 3, "part_of", 12),
            ],
        ),
        (
            "Tỉnh có 300 sản phẩm OCOP, gồm 40 sản phẩm 4 sao; trong số đó 15 sản phẩm của khu "
            "vực miền núi.",
            [(300, None, "total", None), (40, 4, "part_of", 300), (15, 4, "part_of", 40)],
        ),
    ],
)
def test_among_them_after_a_semicolon_nests(text: str, expected: list) -> None:
    assert [x[:1] + x[2:] for x in rows(text, "star", "relation", "base")] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "Trong tổng kinh phí, …" shares out the latest stated budget, planned or not
        (
            "Đề án có tổng kinh phí dự kiến 40 tỷ đồng. Trong tổng kinh phí, ngân sách tỉnh bố "
            "trí 16 tỷ đồng, vốn lồng ghép 12 tỷ đồng.",
            [(40e9, "total", None), (16e9, "part_of", 40e9), (12e9, "part_of", 40e9)],
        ),
        (
            "Chương trình được duyệt 9 tỷ đồng. Trong tổng nguồn vốn, xã đóng góp 1,5 tỷ đồng.",
            [(9e9, "total", None), (1.5e9, "part_of", 9e9)],
        ),
        # guard: a later sentence without the head keeps its own amount
        (
            "Đề án có tổng kinh phí dự kiến 40 tỷ đồng. Năm nay tỉnh chi 3 tỷ đồng cho quảng bá.",
            [(40e9, "total", None), (3e9, "total", None)],
        ),
    ],
)
def test_in_the_total_budget_heads_its_parts(text: str, expected: list) -> None:
    assert [(v, r, b) for v, _u, r, b in rows(text, "relation", "base")] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a national round's products of many provinces, in a provincial article
        (
            "Hội đồng cấp Trung ương đã xem xét 58 sản phẩm của 21 tỉnh, thành phố; 35 sản phẩm "
            "của 15 địa phương được công nhận 5 sao.",
            [(58, "Việt Nam"), (21, "Việt Nam"), (35, "Việt Nam"), (15, "Việt Nam")],
        ),
        (
            "Bộ vừa công nhận 40 sản phẩm từ 16 tỉnh, thành phố đạt OCOP 5 sao.",
            [(40, "Việt Nam"), (16, "Việt Nam")],
        ),
        # guards: a fair showing products of many provinces is the host's; a province's own
        # products "của 9 xã" stay the province's
        (
            "Khu trưng bày giới thiệu 26 sản phẩm OCOP 5 sao của 11 tỉnh, thành phố.",
            [(26, "Gia Lai"), (11, "Gia Lai")],
        ),
        ("Hội đồng tỉnh công nhận 30 sản phẩm của 9 xã.", [(30, "Gia Lai"), (9, "Gia Lai")]),
    ],
)
def test_a_national_round_in_a_provincial_article(text: str, expected: list) -> None:
    from datetime import datetime

    title = "Gia Lai có thêm 2 sản phẩm OCOP 5 sao"
    figures = enrich(title, "", text, datetime(2025, 12, 1))["figures"]
    got = [(f["value"], f.get("province")) for f in figures if f["start"] > len(title)]
    assert got == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a count after another count's unit and a slash
        (
            "Năm nay tỉnh phát triển mới 52 sản phẩm/33 chủ thể, đạt 104% kế hoạch.",
            [(52, "sản phẩm"), (33, "chủ thể"), (104, "%")],
        ),
        # guard: a fraction of two numbers is no count
        ("Đến nay 61/75 xã có sản phẩm OCOP.", []),
        # the last bracketed share of a list, after the item's own words
        (
            "Tỉnh có 200 sản phẩm OCOP, gồm 50 sản phẩm 4 sao (25%), 146 sản phẩm 3 sao (73%) "
            "và 4 sản phẩm đang được đề nghị Bộ đánh giá 5 sao (2%).",
            [
                (200, "sản phẩm"),
                (50, "sản phẩm"),
                (25, "%"),
                (146, "sản phẩm"),
                (73, "%"),
                (4, "sản phẩm"),
                (2, "%"),
            ],
        ),
        # guard: a bracketed percentage alone is no share
        ("Sản phẩm có độ cồn thấp (12%) được nhiều người chọn.", []),
    ],
)
def test_slash_lists_and_the_last_bracketed_share(text: str, expected: list) -> None:
    assert rows(text) == expected


def test_a_restated_number_assessed_does_not_end_its_outcomes() -> None:
    lead = "Hội đồng tỉnh tổ chức chấm điểm 16 sản phẩm do các xã đề xuất trong đợt cuối năm."
    text = (
        "Trong 16 sản phẩm có 10 sản phẩm đánh giá lần đầu và 6 sản phẩm đánh giá lại.\n\n"
        "Kết quả, 12 sản phẩm đạt từ 70 điểm, đủ điều kiện đề nghị UBND tỉnh công nhận 4 sao; "
        "4 sản phẩm chưa đạt do thiếu hợp đồng liên kết."
    )
    figures = enrich("Tin OCOP", lead, text, None)["figures"]
    got = [(f["value"], f["relation"], f["base"]) for f in figures]
    assert got[-2:] == [(12, "part_of", 16), (4, "part_of", 16)]


def test_a_place_in_quoted_words_scopes_nothing_after_the_quote() -> None:
    from datetime import datetime

    lead = "Tổ hợp tác dệt lanh ở xã Lũng Cú, tỉnh Tuyên Quang có sản phẩm đạt OCOP 3 sao."
    text = (
        "“Trước đây vải chỉ bán ở chợ phiên. Có tem OCOP, khách ở Sa Pa và Hà Nội đặt hàng qua "
        "mạng”, chị Mai nói. Thu nhập của các thành viên khoảng 60 triệu đồng/người/năm."
    )
    figures = enrich("Tin OCOP", lead, text, datetime(2025, 12, 1))["figures"]
    assert [(f["value"], f["province"]) for f in figures] == [(60e6, "Tuyên Quang")]
