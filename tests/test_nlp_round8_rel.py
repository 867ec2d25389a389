"""Issue 10, round 8: related-news zones, the part/whole hierarchy of units, and bases.

Each case is a general shape written in our own words (fictional places, counts and people),
never a sentence of real coverage. Figure rows are (value, unit, relation, base).
"""

from __future__ import annotations

import pytest

from indexer.nlp import enrich
from indexer.nlp.segment import analyse


def rows(title: str, text: str) -> list[tuple]:
    return [
        (f["value"], f["unit"], f["relation"], f["base"])
        for f in enrich(title, "", text, None)["figures"]
    ]


def row(title: str, text: str, value: float, unit: str) -> tuple:
    found = [r for r in rows(title, text) if r[0] == value and r[1] == unit]
    assert len(found) == 1, rows(title, text)
    return found[0]


T = "Sản phẩm OCOP của tỉnh Phú Thọ"
PROSE_1 = (
    "Toàn tỉnh Phú Thọ hiện có 318 sản phẩm OCOP còn hiệu lực, phần lớn thuộc nhóm thực phẩm "
    "và đồ uống của các hợp tác xã vùng trung du."
)
PROSE_2 = (
    "Năm nay, các huyện phía tây tập trung nâng hạng những sản phẩm chè, măng và mật ong, "
    "với sự hỗ trợ của nhiều doanh nghiệp bao tiêu."
)


def zones(text: str) -> list[tuple[str, str]]:
    return [(s.zone, s.text[:25]) for s in analyse("", "", text).sentences]


@pytest.mark.parametrize(
    "text, prose_zone",
    [
        # the related box at the top: its headlines, a blank line, then the story's prose
        (
            f"Bài liên quan\nYên Bái có 12 sản phẩm OCOP mới\nHội chợ nông sản mở tại Việt Trì\n\n"
            f"{PROSE_1}\n\n{PROSE_2}",
            "body",
        ),
        # in the middle of the story
        (
            f"{PROSE_2}\n\nTin liên quan\n\nNinh Bình trao 30 chứng nhận OCOP\n\n{PROSE_1}\n\n"
            f"{PROSE_2}",
            "body",
        ),
        # one prose line closing the page is a teaser of the list
        (f"{PROSE_2}\n\nTin liên quan\nHà Nam có 9 sản phẩm 4 sao\n\n{PROSE_1}", "tail"),
        # a teaser of the list (one prose line between headlines) stays in the list
        (
            f"{PROSE_2}\n\nTin liên quan\n\nHội thi ẩm thực tại Lào Cai\n\n{PROSE_1}\n\n"
            f"Một mùa cam bội thu ở Hàm Yên\n\n{PROSE_2}",
            "tail",
        ),
        # without a blank line the long line belongs to the list
        (f"Tin liên quan\nHà Nam có 9 sản phẩm 4 sao\n{PROSE_1}\n\n{PROSE_2}", "tail"),
    ],
)
def test_related_box_ends_where_prose_resumes(text: str, prose_zone: str) -> None:
    found = [z for z, head in zones(text) if head == PROSE_1[:25]]
    assert found == [prose_zone]


def test_related_box_headlines_stay_out_of_the_figures() -> None:
    text = f"Bài liên quan\nYên Bái có 12 sản phẩm OCOP mới\n\n{PROSE_1}\n\n{PROSE_2}"
    assert [r[0] for r in rows(T, text)] == [318]


@pytest.mark.parametrize(
    "text, value, unit, relation, base",
    [
        # kinds of participant listed after a share, adding up to the participants' total
        (
            "Tỉnh Phú Thọ có 420 sản phẩm OCOP của 300 chủ thể.\n\nVề chủ thể, hộ kinh doanh "
            "chiếm 50% với 150 hộ; tiếp đến là 90 doanh nghiệp, 55 hợp tác xã và 5 tổ hợp tác.",
            90,
            "doanh nghiệp",
            "part_of",
            300,
        ),
        # "Các chủ thể gồm …": a whole named without its count, the kinds add up to it
        (
            "Toàn tỉnh Phú Thọ có 210 sản phẩm OCOP của 140 chủ thể. Các chủ thể gồm 70 "
            "hợp tác xã, 40 doanh nghiệp và 30 hộ sản xuất.",
            40,
            "doanh nghiệp",
            "part_of",
            140,
        ),
        # kinds that do not add up to it stay counts of their own
        (
            "Tỉnh Phú Thọ có 420 sản phẩm OCOP của 300 chủ thể.\n\nNăm nay, 12 doanh nghiệp "
            "và 9 hợp tác xã mới tham gia chương trình.",
            12,
            "doanh nghiệp",
            "total",
            None,
        ),
    ],
)
def test_kinds_of_a_whole(text: str, value: float, unit: str, relation: str, base) -> None:
    assert row(T, text, value, unit)[2:] == (relation, base)


def test_kinds_are_data() -> None:
    from indexer.nlp.relations import part_unit

    assert part_unit("HTX", "chủ thể") and part_unit("hộ", "chủ thể")
    assert part_unit("sản phẩm", "sản phẩm")
    assert not part_unit("chủ thể", "HTX") and not part_unit("tấn", "chủ thể")


@pytest.mark.parametrize(
    "text, value, unit, relation, base",
    [
        # a share opening the breakdown of the count before it
        (
            "Mỗi năm hợp tác xã ở tỉnh Phú Thọ sấy khoảng 60 tấn măng, trong đó gần 40% được "
            "xuất đi các tỉnh phía Nam.",
            40,
            "%",
            "share_of",
            60,
        ),
        (
            "Tỉnh Phú Thọ có 48 ha chè hữu cơ, trong số này khoảng 25% đã được cấp mã vùng.",
            25,
            "%",
            "share_of",
            48,
        ),
    ],
)
def test_share_opening_a_breakdown(text: str, value: float, unit: str, relation: str, base) -> None:
    assert row(T, text, value, unit)[2:] == (relation, base)


def test_a_rate_after_trong_do_without_a_count_is_no_share() -> None:
    # no count before the cue: "trong đó" here is no breakdown of a figure
    text = "Trong đó 12% là lãi suất vay ưu đãi của các hộ ở tỉnh Phú Thọ."
    assert [r for r in rows(T, text) if r[1] == "%"] == []


def test_money_parts_that_add_up_keep_their_whole() -> None:
    # the parts' clause names another purpose word ("vốn" vs "kinh phí"), but they add up
    text = (
        "Năm 2026, tổng kinh phí dành cho Chương trình OCOP của tỉnh Phú Thọ là 12,5 tỷ đồng. "
        "Nguồn vốn gồm 8,5 tỷ đồng ngân sách Trung ương và 4 tỷ đồng ngân sách tỉnh."
    )
    assert row(T, text, 8_500_000_000, "VND")[2:] == ("part_of", 12_500_000_000)
    assert row(T, text, 4_000_000_000, "VND")[2:] == ("part_of", 12_500_000_000)


@pytest.mark.parametrize(
    "text, base",
    [
        # no target is named: the earlier amount the achieved one is that share of
        (
            "Năm 2026, kinh phí bố trí cho chương trình của tỉnh Phú Thọ là 20 tỷ đồng; đến "
            "tháng 10 đã giải ngân 15 tỷ đồng, đạt 75% kế hoạch.",
            20_000_000_000,
        ),
        # an amount that does not fit the rate is no base
        (
            "Năm 2026, kinh phí bố trí cho chương trình của tỉnh Phú Thọ là 30 tỷ đồng; đến "
            "tháng 10 đã giải ngân 15 tỷ đồng, đạt 75% kế hoạch.",
            None,
        ),
    ],
)
def test_completion_rate_takes_the_amount_it_fits(text: str, base) -> None:
    assert row(T, text, 75, "%")[2:] == ("share_of", base)


@pytest.mark.parametrize(
    "text, value, relation, base",
    [
        # star groups after an assessed count: the first ones add up to it, a later pending
        # count after ";" is no part of that sum
        (
            "Hội đồng tỉnh Phú Thọ đề nghị công nhận 40 sản phẩm OCOP. Về hạng sao, có 11 sản "
            "phẩm đạt 4 sao và 29 sản phẩm đạt 3 sao; 3 sản phẩm sẽ được đề nghị xét 5 sao.",
            29,
            "part_of",
            40,
        ),
        (
            "Hội đồng tỉnh Phú Thọ đề nghị công nhận 40 sản phẩm OCOP. Về hạng sao, có 11 sản "
            "phẩm đạt 4 sao và 29 sản phẩm đạt 3 sao; 3 sản phẩm sẽ được đề nghị xét 5 sao.",
            11,
            "part_of",
            40,
        ),
        # counts that add up to nothing stay totals
        (
            "Hội đồng tỉnh Phú Thọ đề nghị công nhận 40 sản phẩm OCOP. Về hạng sao, có 12 sản "
            "phẩm đạt 4 sao và 29 sản phẩm đạt 3 sao; 3 sản phẩm sẽ được đề nghị xét 5 sao.",
            29,
            "total",
            None,
        ),
    ],
)
def test_star_groups_adding_up(text: str, value: float, relation: str, base) -> None:
    assert row(T, text, value, "sản phẩm")[2:] == (relation, base)


@pytest.mark.parametrize(
    "text, value, base",
    [
        # product groups' shares take the whole the latest products' count belongs to
        (
            "Tỉnh Phú Thọ hiện có 750 sản phẩm OCOP còn hiệu lực. Khu vực Vĩnh Phúc cũ có 400 "
            "sản phẩm, khu vực Hòa Bình cũ có 350 sản phẩm.\n\n"
            "Theo nhóm ngành, thực phẩm chiếm 70,5%, đồ uống 12,5%, "
            "còn lại là thủ công mỹ nghệ.",
            12.5,
            750,
        ),
        (
            "Tỉnh Phú Thọ có 240 sản phẩm OCOP. Các sản phẩm từ chè như chè xanh, chè búp "
            "chiếm 25%.",
            25,
            240,
        ),
    ],
)
def test_group_shares_take_the_products_whole(text: str, value: float, base) -> None:
    assert row(T, text, value, "%")[2:] == ("share_of", base)


def test_share_takes_the_unit_named_right_after_it() -> None:
    # the clause names products first and participants later: the whole is the products
    text = (
        "Tỉnh Phú Thọ có 640 sản phẩm OCOP của 410 chủ thể. Khoảng 25% sản phẩm sẽ hết hạn "
        "trong năm tới nhưng nhiều chủ thể chưa chuẩn bị hồ sơ đánh giá lại."
    )
    assert row(T, text, 25, "%")[2:] == ("share_of", 640)


@pytest.mark.parametrize(
    "text, base",
    [
        # a share of the output is of the tonnes stated before, not of the revenue between
        (
            "Hợp tác xã ở tỉnh Phú Thọ mỗi năm sấy khoảng 150 tấn măng; doanh thu năm 2025 đạt "
            "9 tỷ đồng. Khoảng 20% sản lượng được xuất sang Nhật Bản.",
            150,
        ),
        # no output stated: no base (the revenue is not the whole)
        (
            "Doanh thu năm 2025 của hợp tác xã ở tỉnh Phú Thọ đạt 9 tỷ đồng; khoảng 20% sản "
            "lượng được xuất sang Nhật Bản.",
            None,
        ),
        # raw material bought in is not the output
        (
            "Hợp tác xã ở tỉnh Phú Thọ mỗi năm thu mua 400 tấn nguyên liệu; doanh thu đạt 9 tỷ "
            "đồng. Khoảng 20% sản lượng được xuất sang Nhật Bản.",
            None,
        ),
    ],
)
def test_share_of_a_measured_whole(text: str, base) -> None:
    assert row(T, text, 20, "%")[2:] == ("share_of", base)


@pytest.mark.parametrize(
    "text, value, base",
    [
        # a share restating a fraction before it is a figure, of the fraction's whole
        (
            "Đến tháng 9, tỉnh Phú Thọ có 300/400 sản phẩm OCOP được bán trên sàn thương mại "
            "điện tử, đạt 75%.",
            75,
            400,
        ),
        # the fraction's whole outweighs a nearer count
        (
            "Tỉnh Phú Thọ có 400 sản phẩm OCOP của 250 chủ thể. Có 300/400 sản phẩm đã lên "
            "sàn thương mại điện tử, đạt 75%.",
            75,
            400,
        ),
    ],
)
def test_share_restating_a_fraction(text: str, value: float, base) -> None:
    assert row(T, text, value, "%")[2:] == ("share_of", base)


def test_a_rate_that_does_not_fit_the_fraction_is_no_share() -> None:
    # "đạt 60%" after 300/400 is no restatement (75%): not a share by the fraction
    text = "Tỉnh Phú Thọ có 300/400 sản phẩm OCOP bán trên sàn, đạt 60%."
    assert [r for r in rows(T, text) if r[1] == "%"] == []


@pytest.mark.parametrize(
    "national, base",
    [
        ("Theo Bộ Nông nghiệp và Môi trường, cả nước hiện có gần 16.000 sản phẩm OCOP.", 16000),
        # a national count the share does not fit is not its whole
        ("Theo Bộ Nông nghiệp và Môi trường, cả nước hiện có gần 9.000 sản phẩm OCOP.", None),
    ],
)
def test_share_of_the_country_takes_the_national_count(national: str, base) -> None:
    text = (
        "Tỉnh Phú Thọ hiện có 480 sản phẩm OCOP còn hiệu lực, bằng khoảng 3% số sản phẩm OCOP "
        f"của cả nước.\n\n{national}"
    )
    assert row(T, text, 3, "%")[2:] == ("share_of", base)


def test_rated_count_with_its_share_of_an_unstated_whole_is_a_part() -> None:
    text = (
        "Khu vực Vĩnh Phúc cũ hiện có 180 sản phẩm OCOP trên 3 sao, chiếm khoảng 40% tổng số "
        "sản phẩm OCOP của tỉnh Phú Thọ."
    )
    assert row(T, text, 180, "sản phẩm")[2] == "part_of"


@pytest.mark.parametrize(
    "second, base",
    [
        ("Ở nhóm 4 sao, có 3 sản phẩm được nâng hạng từ 3 sao.", 5),
        ("Trong số sản phẩm 4 sao, có 3 sản phẩm đang chờ xét nâng hạng.", 5),
        # a floor ("3 sao trở lên") is no rated group
        ("Trong số 3 sao trở lên, có 3 sản phẩm mới.", None),
    ],
)
def test_rated_group_head(second: str, base) -> None:
    text = (
        "Tỉnh Phú Thọ vừa công nhận 20 sản phẩm OCOP. Trong đợt này có 5 sản phẩm đạt 4 sao "
        f"và 15 sản phẩm đạt 3 sao. {second}"
    )
    assert row(T, text, 3, "sản phẩm")[3] == base


def test_pending_count_after_rated_parts_is_a_part() -> None:
    text = (
        "Toàn tỉnh Phú Thọ có 250 sản phẩm OCOP, trong đó 60 sản phẩm 4 sao, 190 sản phẩm "
        "3 sao; 3 sản phẩm đang được đề nghị Trung ương đánh giá 5 sao."
    )
    assert row(T, text, 3, "sản phẩm")[2:] == ("part_of", 250)


def test_participants_counted_unit_first_hold_their_kinds() -> None:
    text = (
        "Tỉnh Phú Thọ có 500 sản phẩm OCOP. Số chủ thể có sản phẩm OCOP là 300, gồm 120 "
        "doanh nghiệp, 130 hợp tác xã và 50 hộ sản xuất."
    )
    assert row(T, text, 300, "chủ thể")[2] == "total"
    assert row(T, text, 130, "HTX")[2:] == ("part_of", 300)


def test_stated_base_after_a_rating() -> None:
    text = "Đến nay, tỉnh Phú Thọ có 4 sản phẩm 5 sao trong tổng số 530 sản phẩm OCOP."
    assert row(T, text, 4, "sản phẩm")[2:] == ("part_of", 530)
