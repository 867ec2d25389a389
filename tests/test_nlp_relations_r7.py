"""Relations of issue 10, round 7: the document-level pass (`relations.link_document`).

Each case is a general shape written in our own words (fictional places, counts and people),
never a sentence of real coverage. Rows are (value, unit, relation, base).
"""

from __future__ import annotations

import pytest

from indexer.nlp import enrich


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


@pytest.mark.parametrize(
    "text, value, unit, relation, base",
    [
        # a count with its share of a whole, the whole a paragraph earlier
        (
            "Đến nay tỉnh Phú Thọ có 640 sản phẩm OCOP.\n\nNgười dân vùng cao rất phấn khởi. "
            "Các xã vùng cao của tỉnh có 256 sản phẩm, chiếm 40% tổng số.",
            256,
            "sản phẩm",
            "part_of",
            640,
        ),
        # … and the share takes the same whole
        (
            "Đến nay tỉnh Phú Thọ có 640 sản phẩm OCOP.\n\nNgười dân vùng cao rất phấn khởi. "
            "Các xã vùng cao của tỉnh có 256 sản phẩm, chiếm 40% tổng số.",
            40,
            "%",
            "share_of",
            640,
        ),
        # the share at the end of the count's clause group, after words of its own
        (
            "Tỉnh Phú Thọ có 150 sản phẩm OCOP. Sở cho biết đã có 90 sản phẩm được bán trên "
            "sàn thương mại điện tử, chiếm khoảng 60% tổng số.",
            90,
            "sản phẩm",
            "part_of",
            150,
        ),
        # the share written first, the count after "với"
        (
            "Tỉnh Phú Thọ có 500 sản phẩm OCOP. Khu vực Vĩnh Phúc cũ chiếm 30% tổng số sản "
            "phẩm của tỉnh với 150 sản phẩm.",
            150,
            "sản phẩm",
            "part_of",
            500,
        ),
        # a whole named first mid-sentence: "trong N … có M"
        (
            "Ông Hà Văn Lâm cho biết trong 300 sản phẩm OCOP của tỉnh Phú Thọ có 120 sản phẩm "
            "đã xuất khẩu.",
            120,
            "sản phẩm",
            "part_of",
            300,
        ),
        # the whole's sentence goes on past a ";"
        (
            "Trong số 40 sản phẩm được xét đợt này, có 5 sản phẩm đạt 4 sao và 35 sản phẩm đạt "
            "3 sao; 12 sản phẩm là đánh giá lại.",
            12,
            "sản phẩm",
            "part_of",
            40,
        ),
        # an assessment's outcomes are parts of the number assessed
        (
            "Hội đồng tỉnh Phú Thọ chấm điểm 50 sản phẩm; 44 sản phẩm đạt từ 3 sao trở lên.",
            44,
            "sản phẩm",
            "part_of",
            50,
        ),
    ],
)
def test_parts_of_a_whole_across_the_document(
    text: str, value: float, unit: str, relation: str, base: float
) -> None:
    assert row(T, text, value, unit) == (value, unit, relation, base)


@pytest.mark.parametrize(
    "text, value",
    [
        # a target is not a part of the count achieved before it
        (
            "Năm nay tỉnh Phú Thọ công nhận 70 sản phẩm OCOP. Năm tới, xã đặt mục tiêu có "
            "thêm 3 sản phẩm 3 sao.",
            3,
        ),
        # the plan, in parentheses after the count achieved
        (
            "Ông Lò Văn Sáng cho biết ngoài 80 sản phẩm mới (kế hoạch giao 65 sản phẩm), còn "
            "10 sản phẩm được đánh giá lại.",
            65,
        ),
        # an owner's own products are not parts of the province's target
        (
            "Mục tiêu đến năm 2030, Phú Thọ có khoảng 900 sản phẩm OCOP, trong đó ít nhất 10 "
            "sản phẩm 5 sao.\n\nGiám đốc Công ty Minh An cho biết công ty có 4 sản phẩm OCOP "
            "4 sao.",
            4,
        ),
        # a stock stated after an assessment is no outcome of it
        (
            "Hội đồng chấm điểm 30 sản phẩm. Toàn tỉnh hiện có 25 sản phẩm đạt 4 sao.",
            25,
        ),
    ],
)
def test_counts_of_their_own(text: str, value: float) -> None:
    assert row(T, text, value, "sản phẩm")[2:] == ("total", None)


def test_target_breakdown_keeps_its_target_total() -> None:
    """Both a target and its parts ("trong đó") stay linked."""
    text = "Mục tiêu đến năm 2030, tỉnh có 900 sản phẩm OCOP, trong đó ít nhất 10 sản phẩm 5 sao."
    assert row(T, text, 10, "sản phẩm")[2:] == ("part_of", 900)


def test_a_breakdown_sentence_keeps_its_target_total() -> None:
    text = "Năm 2026, tỉnh phấn đấu có thêm 50 sản phẩm OCOP. Trong đó, 8 sản phẩm đạt 4 sao."
    assert row(T, text, 8, "sản phẩm")[2:] == ("part_of", 50)


def test_share_of_the_country_makes_no_part() -> None:
    text = "Năm ngoái tỉnh có 800 sản phẩm. Năm nay tỉnh có 600 sản phẩm, chiếm 4% số sản phẩm của cả nước."
    assert row(T, text, 600, "sản phẩm")[2:] == ("total", None)


@pytest.mark.parametrize(
    "text, value, base",
    [
        # a change naming a quantity is a change of the latest figure naming it
        (
            "Hội chợ năm trước đón 50.000 lượt khách, doanh thu đạt 30 tỷ đồng. Năm nay, ban tổ "
            "chức kỳ vọng doanh thu tăng 12%.",
            12,
            30_000_000_000,
        ),
        (
            "Hội chợ năm trước đón 50.000 lượt khách, doanh thu đạt 30 tỷ đồng. Năm nay, ban tổ "
            "chức kỳ vọng lượng khách tăng 20%.",
            20,
            50_000,
        ),
    ],
)
def test_change_of_a_named_quantity(text: str, value: float, base: float) -> None:
    assert row(T, text, value, "%")[2:] == ("change_of", base)


def test_amounts_of_different_purposes_are_not_parts() -> None:
    """An investment in a later sentence is no part of the revenue stated before it."""
    text = (
        "Mỗi năm hợp tác xã bán 50 tấn chè, doanh thu đạt 3 tỷ đồng. Năm nay, hợp tác xã "
        "đầu tư 900 triệu đồng mua máy sấy."
    )
    assert row(T, text, 900_000_000, "VND")[2:] == ("total", None)


def test_a_breakdown_of_an_amount_keeps_its_parts() -> None:
    """Parts in the total's own sentence keep it whatever purposes they name."""
    text = (
        "Tổng kinh phí là 50 tỷ đồng, trong đó 35 tỷ đồng dành cho hỗ trợ chủ thể và 15 tỷ "
        "đồng cho xúc tiến thương mại."
    )
    assert row(T, text, 15_000_000_000, "VND")[2:] == ("part_of", 50_000_000_000)


@pytest.mark.parametrize(
    "text, base",
    [
        # the plan stated before the rate
        (
            "Năm nay tỉnh đặt kế hoạch có thêm 50 sản phẩm; đến nay đã công nhận 45 sản phẩm, "
            "đạt 90% kế hoạch.",
            50,
        ),
        # the plan stated after the rate, in parentheses
        (
            "Năm nay tỉnh công nhận 66 sản phẩm mới, đạt 110% kế hoạch. Ông Vi Văn Tâm cho biết "
            "ngoài 66 sản phẩm mới (kế hoạch giao 60 sản phẩm), còn 9 sản phẩm được đánh giá lại.",
            60,
        ),
        # a stated plan the count does not fit is not the rate's base
        (
            "Năm tới tỉnh đặt mục tiêu có thêm 100 sản phẩm. Hiện toàn tỉnh có 240 sản phẩm, đạt "
            "120% mục tiêu đề án.",
            None,
        ),
    ],
)
def test_completion_rate_takes_the_plan(text: str, base: float | None) -> None:
    value = [r[0] for r in rows(T, text) if r[1] == "%"][0]
    assert row(T, text, value, "%")[2:] == ("share_of", base)
