"""Figure shapes of issue 10, round 5 (listed from the errors of the seen sets blind5–7).

Each test is a general shape written in our own words: numbers, lists and scope words of
real OCOP coverage, never its sentences.
"""

from __future__ import annotations

import pytest

from indexer.nlp import enrich
from indexer.nlp.segment import analyse
from indexer.nlp.stars import Stars, stars_in


def rows(title: str, text: str, *keys: str) -> list[tuple]:
    return [tuple(f[k] for k in keys) for f in enrich(title, "", text, None)["figures"]]


@pytest.mark.parametrize(
    "body, zone",
    [
        # a one-line link to another story after its heading and a colon
        ("Bài liên quan: Tỉnh Yên Bái có thêm 7 sản phẩm OCOP 4 sao", "link"),
        ("Tin liên quan: Lạng Sơn công nhận 12 sản phẩm | Cao Bằng có 3 sản phẩm 4 sao", "link"),
        # other stories' headlines on one line, " | " between them
        (
            "Bắc Ninh rót hơn 2.000 tỷ đồng cho hai tuyến đường | Hội nông dân tỉnh tổng kết",
            "link",
        ),
        # a sentence of the article stays the article's
        ("Giá bán tăng 10%, sản lượng đạt 2.000 tấn.", "body"),
    ],
)
def test_other_stories_lines_are_not_the_article(body: str, zone: str) -> None:
    doc = analyse("Tin OCOP", "", "Năm nay tỉnh có 30 sản phẩm OCOP.\n\n" + body)
    assert doc.sentences[-1].zone == zone


def test_teaser_lines_give_no_figures() -> None:
    text = (
        "Năm 2025, tỉnh Yên Bái công nhận 30 sản phẩm OCOP.\n\n"
        "Bài liên quan: Lào Cai có thêm 9 sản phẩm OCOP 4 sao\n\n"
        "Thái Nguyên gọi vốn 5.000 tỷ đồng cho ba dự án | Hội doanh nhân trẻ tổng kết năm"
    )
    assert rows("Yên Bái có thêm sản phẩm OCOP", text, "value") == [(30,)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # places with their counts in parentheses after a batch of one rating
        (
            "UBND tỉnh Bình Định công nhận 20 sản phẩm đạt OCOP 4 sao.\n"
            "Các sản phẩm tập trung ở Hoài Nhơn (6 sản phẩm), Phù Cát (5 sản phẩm).",
            [(20, 4, "total", None), (6, 4, "part_of", 20), (5, 4, "part_of", 20)],
        ),
        # owners and a ranking after the batch
        (
            "Tỉnh Bình Định vừa công nhận 20 sản phẩm đạt OCOP 4 sao.\n"
            "Nhiều nhất là HTX Nông nghiệp Cát Hanh với 4 sản phẩm; Công ty TNHH Gạo Xanh có "
            "2 sản phẩm.",
            [(20, 4, "total", None), (4, 4, "part_of", 20), (2, 4, "part_of", 20)],
        ),
        # a stock stated after the batch ends it: an owner's count then is its own
        (
            "Tỉnh Bình Định vừa công nhận 20 sản phẩm đạt OCOP 4 sao.\n"
            "Đến nay, toàn tỉnh có 350 sản phẩm OCOP. Công ty Cổ phần An Phú có 12 sản phẩm.",
            [(20, 4, "total", None), (350, None, "total", None), (12, None, "total", None)],
        ),
        # a batch of mixed ratings gives no star to an owner's count
        (
            "Tỉnh Bình Định vừa công nhận 20 sản phẩm OCOP từ 3 sao trở lên.\n"
            "Công ty TNHH Gạo Xanh có 2 sản phẩm.",
            [(20, None, "total", None), (2, None, "total", None)],
        ),
    ],
)
def test_parts_of_a_single_star_batch_carry_its_star(text: str, expected: list) -> None:
    got = rows("Bình Định có thêm sản phẩm OCOP", text, "value", "star", "relation", "base")
    assert got == expected


@pytest.mark.parametrize(
    "text, star",
    [
        # a list of owner kinds after "của" does not end the clause before the rating
        (
            "Năm 2025, tỉnh Hưng Yên có 17 sản phẩm của hợp tác xã, tổ hợp tác được công nhận "
            "OCOP 4 sao.",
            4,
        ),  # fmt: skip
        # a list of counts does
        ("Năm 2025, tỉnh Hưng Yên có 17 sản phẩm, 5 hợp tác xã được công nhận OCOP 4 sao.", None),
    ],
)
def test_owner_kinds_after_of_keep_the_rating(text: str, star: int | None) -> None:
    assert rows("Tin OCOP", text, "value", "star")[0] == (17, star)


@pytest.mark.parametrize(
    "text, expected",
    [
        # districts ranked after a batch of one rating carry the batch's star
        (
            "Năm 2024, tỉnh Bến Tre có thêm 30 sản phẩm được công nhận OCOP 4 sao. Huyện Chợ "
            "Lách dẫn đầu với 8 sản phẩm, tiếp theo là huyện Mỏ Cày Nam 6 sản phẩm.",
            [(30, 4, "total", None), (8, 4, "part_of", 30), (6, 4, "part_of", 30)],
        ),
        # a district's count of registered candidates is not rated
        (
            "Năm 2024, tỉnh Bến Tre công nhận 30 sản phẩm OCOP đạt 3 sao. Huyện Chợ Lách có "
            "9 sản phẩm đăng ký.",
            [(30, 3, "total", None), (9, None, "part_of", 30)],
        ),
    ],
)
def test_place_parts_of_a_single_star_total(text: str, expected: list) -> None:
    got = rows("Bến Tre có thêm sản phẩm OCOP", text, "value", "star", "relation", "base")
    assert got == expected


def test_national_ranking_ranks_the_batch_not_the_candidates_after_it() -> None:
    text = (
        "Bộ Nông nghiệp và Môi trường vừa công nhận 40 sản phẩm đạt OCOP 5 sao.\n"
        "Trước đó, Hội đồng cấp Trung ương đã chấm điểm 65 sản phẩm của 20 tỉnh, thành phố.\n"
        "Lâm Đồng có nhiều sản phẩm được công nhận nhất với 9 sản phẩm, tiếp đến là Gia Lai "
        "5 sản phẩm."
    )
    got = rows("Cả nước có thêm 40 sản phẩm OCOP 5 sao", text, "value", "province", "star", "base")
    assert (9, "Lâm Đồng", 5, 40) in got
    assert (5, "Gia Lai", 5, 40) in got


def test_where_buyers_come_from_is_no_scope() -> None:
    text = (
        "Chị Hoa cho biết giá bán miến của hợp tác xã cao hơn khoảng 10% so với trước, đơn "
        "hàng từ Hà Nội tăng mạnh. Năm nay hợp tác xã đầu tư 500 triệu đồng mua máy sấy."
    )
    got = rows("Tuyên Quang: miến dong OCOP tăng giá", text, "value", "province")
    assert got == [(10, "Tuyên Quang"), (500_000_000, "Tuyên Quang")]


def test_venue_of_a_national_event_is_no_scope() -> None:
    text = (
        "Sáng 3/12, tại Hà Nội, Bộ Nông nghiệp và Môi trường tổ chức hội nghị tổng kết "
        "Chương trình OCOP với khoảng 300 đại biểu tham dự. Năm 2025, 3 tỉnh có nhiều sản "
        "phẩm mới nhất là Hà Nội (210 sản phẩm), Nghệ An (150 sản phẩm)."
    )
    got = rows("Tổng kết Chương trình OCOP toàn quốc", text, "value", "unit", "province")
    assert got[:3] == [
        (300, "người", "Việt Nam"),
        (3, "tỉnh", "Việt Nam"),
        (210, "sản phẩm", "Hà Nội"),
    ]


def test_provinces_counted_at_a_provincial_fair_stay_the_hosts() -> None:
    text = "Hội chợ có 150 gian hàng của doanh nghiệp đến từ 20 tỉnh, thành phố."
    got = rows("Bắc Ninh: khai mạc hội chợ OCOP tỉnh Bắc Ninh", text, "value", "province")
    assert got == [(150, "Bắc Ninh"), (20, "Bắc Ninh")]


def test_teaser_lines_keep_their_entities_but_give_no_main_province() -> None:
    text = "Năm 2025, tỉnh Yên Bái công nhận 30 sản phẩm OCOP.\n\nBài liên quan: Lào Cai có thêm 9 sản phẩm"
    out = enrich("Yên Bái có thêm sản phẩm OCOP", "", text, None)
    assert ("LOC", "Lào Cai") in [(e["type"], e["text"]) for e in out["entities"]]
    assert [p["name"] for p in out["provinces"] if p["primary"]] == ["Yên Bái"]


@pytest.mark.parametrize(
    "text, person",
    [
        # a commune's name runs on into the official's name after it
        ("Chủ tịch UBND xã Lương Minh Đinh Thị Hoa cho biết xã có 60 ha chè.", "Đinh Thị Hoa"),
        ("Chủ tịch UBND xã Phúc Ngọc Hà Văn Tú cho biết xã có 60 ha chè.", "Hà Văn Tú"),
        # a highland name of one syllable after a title
        ("Bà H'Linh, Giám đốc HTX Dệt thổ cẩm Buôn Jun, cho biết HTX có 2 sản phẩm.", "H'Linh"),
        # a photo credit whose given name starts with an accented capital
        ("Ảnh: Ngọc Ánh", "Ngọc Ánh"),
    ],
)
def test_person_shapes_round5(text: str, person: str) -> None:
    out = enrich("Tin OCOP", "", "Năm nay xã có 4 sản phẩm OCOP.\n\n" + text, None)
    assert person in [e["text"] for e in out["entities"] if e["type"] == "PER"]


def test_places_listed_with_counts_are_not_people() -> None:
    text = "Các sản phẩm tập trung ở các xã Tân Phú (9 sản phẩm), Hoàng Mai (4 sản phẩm)."
    out = enrich("Tin OCOP", "", text, None)
    assert [e["text"] for e in out["entities"] if e["type"] == "PER"] == []


@pytest.mark.parametrize(
    "window, expected",
    [
        # a proposal written inside the award's words is pending
        (" được đề nghị công nhận OCOP 5 sao", Stars(potential_star=5)),
        (" được đề xuất xét công nhận 5 sao", Stars(potential_star=5)),
        # an award stays an award
        (" đủ điều kiện được công nhận 4 sao", Stars(star=4)),
        (" được UBND tỉnh công nhận 3 sao", Stars(star=3)),
    ],
)
def test_proposed_inside_award_words(window: str, expected: Stars) -> None:
    assert stars_in(window) == expected


def test_interview_answer_opens_after_the_speaker_label() -> None:
    text = (
        "PV: Sản phẩm OCOP đã xuất khẩu đến đâu?\n\n"
        "Ông Lê Văn Nam: Trong 90 sản phẩm OCOP 5 sao cấp quốc gia, đã có 40 sản phẩm xuất "
        "khẩu được."
    )
    got = rows("Xuất khẩu sản phẩm OCOP cả nước", text, "value", "star", "relation", "base")
    assert got == [(90, 5, "total", None), (40, 5, "part_of", 90)]


@pytest.mark.parametrize(
    "text, values",
    [
        # a requirement per unit is no figure
        ("Trong khi đó, một lô hàng xuất khẩu thường cần từ 15 tấn trở lên.", []),
        ("Mỗi cửa hàng phải có ít nhất 30 sản phẩm OCOP.", []),
        # a yearly need is one
        ("Mỗi năm hợp tác xã cần 250 tấn nguyên liệu.", [250]),
    ],
)
def test_requirements_per_unit(text: str, values: list) -> None:
    assert [r[0] for r in rows("Xuất khẩu sản phẩm OCOP cả nước", text, "value")] == values


def test_one_owner_with_a_count_is_a_figure() -> None:
    text = "Một hợp tác xã ở xã Tân Phú có 5 sản phẩm OCOP 3 sao."
    assert [r[0] for r in rows("Đồng Nai có thêm sản phẩm OCOP", text, "value")] == [5]


@pytest.mark.parametrize(
    "text, expected",
    [
        # the unit written before the count, as the subject of "đạt"
        ("Số chủ thể OCOP đạt 8.900, trong đó 30% là hợp tác xã.", [(8900, "chủ thể"), (30, "%")]),
        # a rise from one level to another: both levels are counts
        (
            "Số chủ thể tăng từ 2.800 lên 8.700 sau 5 năm.",
            [(2800, "chủ thể"), (8700, "chủ thể")],
        ),
        # the unit's rating before the verb ("Tổng số sản phẩm đạt 4 sao là 238")
        (
            "Tổng số sản phẩm đạt 4 sao là 120, chiếm 40%.",
            [(120, "sản phẩm"), (40, "%")],
        ),
        # a score after the subject is not a count of it
        ("Số sản phẩm đạt 90 điểm trở lên là 12.", []),
    ],
)
def test_unit_before_the_count(text: str, expected: list) -> None:
    assert rows("Chương trình OCOP cả nước", text, "value", "unit") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a percentage of a measured whole written right after it is a share
        ("Khoảng 20% sản lượng được xuất khẩu sang Nhật Bản.", [(20, "share_of", "sản lượng")]),
        ("Gần 65% diện tích được cấp mã vùng trồng.", [(65, "share_of", "diện tích")]),
        # a subsidy rate is not
        ("Tỉnh hỗ trợ 50% kinh phí in bao bì cho chủ thể.", []),
    ],
)
def test_share_of_a_whole_without_a_cue(text: str, expected: list) -> None:
    assert (
        rows("Hợp tác xã ở Cần Thơ có sản phẩm OCOP 4 sao", text, "value", "relation", "of")
        == expected
    )


def test_hosts_of_a_national_event_are_no_scope_of_later_sentences() -> None:
    text = (
        "Tuần lễ sản phẩm OCOP năm 2025 khai mạc tại Hà Nội với 400 gian hàng.\n"
        "Sự kiện do Bộ Nông nghiệp và Môi trường phối hợp với UBND thành phố Hà Nội tổ chức. "
        "Tuần lễ quy tụ khoảng 300 doanh nghiệp, hợp tác xã và hộ sản xuất."
    )
    got = rows("Tuần lễ sản phẩm OCOP toàn quốc", text, "value", "province")
    assert got == [(400, "Việt Nam"), (300, "Việt Nam")]


def test_a_place_with_its_own_count_does_not_scope_the_next_clause() -> None:
    text = (
        "Hội đồng cấp Trung ương đã chấm điểm 50 sản phẩm. Gia Lai có 6 sản phẩm, tiếp đến "
        "là Lâm Đồng 4 sản phẩm; 15 sản phẩm chưa đạt 90 điểm sẽ được hướng dẫn hoàn thiện."
    )
    got = rows("Cả nước có thêm sản phẩm OCOP 5 sao", text, "value", "province")
    assert got[-1] == (15, "Việt Nam")


def test_a_row_written_with_pipes_stays_the_article() -> None:
    doc = analyse(
        "Tin OCOP", "", "Năm nay tỉnh có 30 sản phẩm OCOP.\n\nChè búp khô loại 1 | 120 tấn mỗi năm"
    )
    assert doc.sentences[-1].zone == "body"


def test_national_ranking_after_a_stock_ranks_the_stock() -> None:
    text = (
        "Bộ Nông nghiệp và Môi trường vừa công nhận 40 sản phẩm đạt OCOP 5 sao.\n"
        "Đến nay cả nước có 17.000 sản phẩm OCOP. Lâm Đồng dẫn đầu với 30 sản phẩm."
    )
    got = rows("Cả nước có thêm 40 sản phẩm OCOP 5 sao", text, "value", "star", "base")
    assert got[-1] == (30, None, 17000)


def test_rated_class_named_before_a_level_and_a_ranking_of_the_batch() -> None:
    text = (
        "Bộ Nông nghiệp và Môi trường vừa công nhận 40 sản phẩm đạt OCOP 5 sao, nâng tổng số "
        "sản phẩm 5 sao của cả nước lên 230.\n"
        "Trước đó, Hội đồng cấp Trung ương đã chấm điểm 65 sản phẩm của 20 tỉnh, thành phố.\n"
        "Lâm Đồng có nhiều sản phẩm được công nhận nhất với 9 sản phẩm."
    )
    got = rows("Cả nước có thêm 40 sản phẩm OCOP 5 sao", text, "value", "star", "base")
    assert (230, 5, None) in got  # the level of a rated class keeps the class's rating
    assert got[-1] == (9, 5, 40)  # the ranking shares out the batch, not the rated stock


def test_a_colon_breaks_down_the_total_before_it_by_place() -> None:
    text = (
        "Các điểm bán có tổng cộng khoảng 200 gian hàng: xã Phúc Thọ khoảng 80 gian hàng, "
        "xã Đan Phượng 70 gian hàng."
    )
    got = rows("Hà Nội mở điểm bán sản phẩm OCOP", text, "value", "relation", "base")
    assert got == [(200, "total", None), (80, "part_of", 200), (70, "part_of", 200)]


def test_places_listed_after_an_unrated_total_are_its_parts() -> None:
    text = (
        "Huyện Chợ Gạo, tỉnh Tiền Giang đã có 40 sản phẩm OCOP.\n"
        "Các sản phẩm tập trung ở các xã: Hòa Định (12 sản phẩm), Bình Phan (9 sản phẩm).\n"
        "Công ty TNHH Trái Cây Xanh có 3 sản phẩm."
    )
    got = rows("Chợ Gạo có 40 sản phẩm OCOP", text, "value", "star", "relation", "base")
    assert got[-3:] == [
        (12, None, "part_of", 40),
        (9, None, "part_of", 40),
        (3, None, "total", None),
    ]
