"""Figures as clause structure: scope from the clause subject, breakdowns, shares, changes,
star floors and pending stars, lists of counts with their own units (issue 10).

Every text is written for this test (structures seen in OCOP news, not their sentences).
"""

from __future__ import annotations

from datetime import datetime

import pytest

from indexer.nlp import enrich


def figs(text: str, title: str = "", published_at: datetime | None = None) -> list[dict]:
    return enrich(title, "", text, published_at)["figures"]


def rows(text: str, *keys: str, title: str = "") -> list[tuple]:
    return [tuple(f[k] for k in keys) for f in figs(text, title=title)]


def test_breakdown_inherits_the_province_not_the_base_of_a_share():
    text = (
        "Tỉnh Gia Lai tổ chức hội nghị tổng kết.\n\n"
        "Tỉnh hiện có 540 sản phẩm OCOP, bằng 4% số sản phẩm của cả nước; trong số này có "
        "3 sản phẩm 5 sao, 120 sản phẩm 4 sao và 417 sản phẩm 3 sao."
    )
    assert rows(text, "value", "province", "star", "relation", "base") == [
        (540, "Gia Lai", None, "total", None),
        (4, "Gia Lai", None, "share_of", None),  # of the country's count, which is not stated
        (3, "Gia Lai", 5, "part_of", 540),
        (120, "Gia Lai", 4, "part_of", 540),
        (417, "Gia Lai", 3, "part_of", 540),
    ]
    assert figs(text)[0]["percent"] == 4


def test_national_subject_wins_over_a_province_in_related_news():
    text = (
        "Cả nước hiện có khoảng 8.700 chủ thể tham gia Chương trình OCOP.\n\n"
        "Tin liên quan\nBình Định có thêm 30 sản phẩm OCOP"
    )
    assert rows(text, "value", "province") == [(8700, "Việt Nam")]
    provinces = enrich("", "", text, None)["provinces"]
    assert not any(p["primary"] for p in provinces)


def test_breakdown_in_next_sentence_inherits_period_and_scope():
    text = (
        "Tính đến hết năm 2024, tỉnh Hà Tĩnh có 350 sản phẩm OCOP. Trong đó, 60 sản phẩm đạt "
        "4 sao và 290 sản phẩm đạt 3 sao."
    )
    found = figs(text, published_at=datetime(2025, 2, 1))
    assert [(f["value"], f["province"], f["period"], f["relation"], f["base"]) for f in found] == [
        (350, "Hà Tĩnh", "2024", "total", None),
        (60, "Hà Tĩnh", "2024", "part_of", 350),
        (290, "Hà Tĩnh", "2024", "part_of", 350),
    ]


def test_bare_numbers_in_a_breakdown_take_the_total_unit():
    found = figs("Huyện Yên Thế có 24 sản phẩm OCOP, trong đó 5 đạt 4 sao và 19 đạt 3 sao.")
    assert [(f["value"], f["unit"], f["star"], f["relation"]) for f in found] == [
        (24, "sản phẩm", None, "total"),
        (5, "sản phẩm", 4, "part_of"),
        (19, "sản phẩm", 3, "part_of"),
    ]


def test_participants_break_down_their_total():
    found = figs("Tỉnh Bến Tre có 130 chủ thể OCOP, gồm 40 doanh nghiệp, 35 HTX và 55 hộ.")
    assert [(f["value"], f["relation"], f["base"]) for f in found] == [
        (130, "total", None),
        (40, "part_of", 130),
        (35, "part_of", 130),
        (55, "part_of", 130),
    ]


def test_part_of_a_stated_total():
    found = figs("Tỉnh Bắc Ninh đã khôi phục 9 làng nghề trong tổng số 14 làng nghề.")
    assert [(f["value"], f["relation"], f["base"]) for f in found] == [
        (9, "part_of", 14),
        (14, "total", None),
    ]


@pytest.mark.parametrize(
    ("text", "value", "relation", "of"),
    [
        ("Tại tỉnh Sóc Trăng, nhóm thực phẩm chiếm 41% tổng số sản phẩm.", 41, "share_of",
         "tổng số sản phẩm"),
        ("Ở tỉnh Sóc Trăng, gần 70% chủ thể đã có website bán hàng.", 70, "share_of", "chủ thể"),
        ("Năm nay doanh thu của HTX ở tỉnh Sóc Trăng tăng 15%.", 15, "change_of",
         "doanh thu của htx ở tỉnh sóc trăng"),
        ("Tỉnh Sóc Trăng đạt 110% kế hoạch năm về sản phẩm OCOP.", 110, "share_of", "kế hoạch năm về sản phẩm ocop"),
    ],
)  # fmt: skip
def test_percentages_are_figures_with_what_they_are_of(text, value, relation, of):
    (f,) = figs(text)
    assert (f["value"], f["unit"], f["relation"], f["of"]) == (value, "%", relation, of)
    assert f["province"] == "Sóc Trăng"


def test_percentage_range_is_its_lower_bound():
    (f,) = figs("Nhờ có tem OCOP, giá bán ở tỉnh Long An cao hơn 8–10%.")
    assert (f["value"], f["relation"], f["qualifier"]) == (8, "change_of", "about")


def test_shares_in_a_breakdown_are_shares_of_the_total():
    found = figs(
        "Cả nước có 12.000 sản phẩm OCOP; trong đó 70% sản phẩm 3 sao, 28% sản phẩm 4 sao."
    )
    assert [(f["value"], f["unit"], f["relation"], f["base"], f["star"]) for f in found] == [
        (12000, "sản phẩm", "total", None, None),
        (70, "%", "share_of", 12000, 3),
        (28, "%", "share_of", 12000, 4),
    ]
    assert {f["province"] for f in found} == {"Việt Nam"}


@pytest.mark.parametrize(
    ("text", "star", "min_star", "potential"),
    [
        ("Tỉnh Hà Nam có 12 sản phẩm OCOP trên 3 sao.", None, 3, None),
        ("Tỉnh Hà Nam có 12 sản phẩm OCOP từ 3 sao trở lên.", None, 3, None),
        ("Tỉnh Hà Nam có 12 sản phẩm OCOP 3–5 sao.", None, 3, None),
        ("Tỉnh Hà Nam có 12 sản phẩm OCOP từ 3 đến 4 sao.", None, 3, None),
        ("Tỉnh Hà Nam có 12 sản phẩm OCOP đạt 3 sao trở lên.", None, 3, None),
        ("Tỉnh Hà Nam có 2 sản phẩm OCOP tiềm năng 5 sao.", None, None, 5),
        ("Tỉnh Hà Nam đề nghị Trung ương công nhận 5 sao cho 2 sản phẩm OCOP.", None, None, 5),
        ("Tỉnh Hà Nam có 2 sản phẩm OCOP được Trung ương công nhận 5 sao.", 5, None, None),
        ("Tỉnh Hà Nam có 2 sản phẩm OCOP được nâng hạng từ 3 sao lên 4 sao.", 4, None, None),
    ],
)
def test_star_floors_and_pending_stars(text, star, min_star, potential):
    (f,) = figs(text)
    assert (f["star"], f["min_star"], f["potential_star"]) == (star, min_star, potential)


def test_list_of_counts_with_their_own_units():
    text = (
        "Hiện toàn huyện Tiên Du có 70 hợp tác xã, hơn 210 trang trại, 9 chuỗi liên kết và "
        "khoảng 35 mô hình sản xuất hữu cơ trên 1.200 ha."
    )
    assert rows(text, "value", "unit", "metric", "qualifier", "relation") == [
        (70, "HTX", "other", None, "total"),
        (210, "trang trại", "farms", "more_than", "total"),
        (9, "chuỗi liên kết", "value_chains", None, "total"),
        (35, "mô hình", "models", "about", "total"),
        (1200, "ha", "area_ha", "more_than", "total"),
    ]
    assert {f["district"] for f in figs(text)} == {"Tiên Du"}


@pytest.mark.parametrize(
    ("text", "value", "unit", "metric"),
    [
        ("Doanh thu của làng nghề ở tỉnh Vĩnh Phúc đạt 300 tỷ đồng.", 300e9, "VND", "revenue_vnd"),
        ("Kim ngạch xuất khẩu của tỉnh Vĩnh Phúc đạt 12 triệu USD.", 12e6, "USD", "export_value_usd"),
        ("Sản lượng chè của tỉnh Vĩnh Phúc đạt 550 nghìn tấn.", 550e3, "tấn", "output_tonnes"),
        ("Các làng nghề tỉnh Vĩnh Phúc tạo 4.000 việc làm.", 4000, "việc làm", "jobs"),
        ("Tỉnh Vĩnh Phúc tổ chức 3 hội nghị kết nối cung cầu.", 3, "hội nghị", "events"),
    ],
)  # fmt: skip
def test_broader_metrics(text, value, unit, metric):
    (f,) = figs(text)
    assert (f["value"], f["unit"], f["metric"]) == (pytest.approx(value), unit, metric)


def test_a_change_of_a_count_has_its_base():
    found = figs("Cả nước có 14.500 sản phẩm OCOP, tăng 3.200 sản phẩm so với năm trước.")
    assert [(f["value"], f["relation"], f["base"]) for f in found] == [
        (14500, "total", None),
        # the new value, not an earlier one: no base (conventions of 2026-11-23)
        (3200, "change_of", None),
    ]


def test_a_breakdown_may_open_the_next_paragraph():
    found = figs(
        "Đến nay toàn tỉnh Phú Yên có 210 sản phẩm OCOP từ 3 sao trở lên.\n\n"
        "Trong số này có 2 sản phẩm 5 sao và 48 sản phẩm 4 sao."
    )
    assert [(f["value"], f["relation"], f["base"], f["province"]) for f in found] == [
        (210, "total", None, "Phú Yên"),
        (2, "part_of", 210, "Phú Yên"),
        (48, "part_of", 210, "Phú Yên"),
    ]


def test_counts_that_add_up_to_the_total_are_its_parts():
    found = figs(
        "Tỉnh Nam Định công nhận 30 sản phẩm OCOP. Sản phẩm 4 sao có 7 sản phẩm, "
        "sản phẩm 3 sao có 23 sản phẩm."
    )
    assert [(f["value"], f["relation"], f["base"], f["star"]) for f in found] == [
        (30, "total", None, None),
        (7, "part_of", 30, 4),
        (23, "part_of", 30, 3),
    ]


def test_counts_that_do_not_add_up_stay_totals():
    found = figs(
        "Tỉnh Nam Định có 30 sản phẩm OCOP. Năm 2024 có 7 sản phẩm, năm 2025 có 9 sản phẩm."
    )
    assert [f["relation"] for f in found] == ["total", "total", "total"]
    # a district's or commune's count is a part of its province's total, even when the
    # parts do not add up (issue-10 convention: a breakdown by place, dev3 annotations)
    found = figs("Tỉnh Nam Định có 30 sản phẩm OCOP. Huyện A có 7 sản phẩm, huyện B có 9 sản phẩm.")
    assert [(f["relation"], f["base"]) for f in found] == [
        ("total", None),
        ("part_of", 30),
        ("part_of", 30),
    ]


def test_a_sentence_opening_with_trong_n_heads_its_breakdown():
    found = figs("Trong 20 sản phẩm được công nhận ở tỉnh Hưng Yên, có 4 sản phẩm 4 sao.")
    assert [(f["value"], f["relation"], f["base"]) for f in found] == [
        (20, "total", None),
        (4, "part_of", 20),
    ]


def test_change_of_an_earlier_total_and_a_compared_total():
    found = figs(
        "Cả nước có 15.000 sản phẩm OCOP. Con số này tăng 2.000 sản phẩm so với năm trước."
    )
    assert [(f["value"], f["relation"], f["base"], f["province"]) for f in found] == [
        (15000, "total", None, "Việt Nam"),
        # the new value, not an earlier one: no base (conventions of 2026-11-23)
        (2000, "change_of", None, "Việt Nam"),
    ]
    found = figs("Tỉnh Hòa Bình có 300 sản phẩm, tăng nhanh so với con số 200 sản phẩm năm 2022.")
    assert [(f["value"], f["relation"]) for f in found] == [(300, "total"), (200, "total")]


def test_growth_percentage_is_a_change_of_the_figure_before():
    found = figs("Doanh thu của HTX ở tỉnh Hòa Bình đạt 3 tỷ đồng, tăng 25% so với năm trước.")
    assert [(f["value"], f["relation"], f["base"]) for f in found] == [
        (3e9, "total", None),
        # the new value, not an earlier one: no base (conventions of 2026-11-23)
        (25, "change_of", None),
    ]


def test_a_share_takes_the_total_its_clause_names():
    found = figs(
        "Tỉnh Bình Phước có 150 sản phẩm OCOP của 90 chủ thể; hợp tác xã chiếm 40%, "
        "sản phẩm từ điều chiếm 30% tổng số sản phẩm."
    )
    assert [(f["value"], f["unit"], f["relation"], f["base"]) for f in found] == [
        (150, "sản phẩm", "total", None),
        (90, "chủ thể", "total", None),
        (40, "%", "share_of", 90),
        (30, "%", "share_of", 150),
    ]


def test_a_range_is_one_figure_with_its_lower_bound():
    (f,) = figs("Tỉnh Bình Phước phấn đấu có từ 40 đến 50 sản phẩm OCOP mới.")
    assert (f["value"], f["qualifier"]) == (40, "about")


def test_a_count_over_several_participant_kinds_is_of_participants():
    (f,) = figs("Tỉnh Bình Phước có 75 doanh nghiệp, hợp tác xã, hộ sản xuất tham gia OCOP.")
    assert (f["value"], f["unit"], f["kind"]) == (75, "chủ thể", None)


def test_local_subject_is_the_articles_province_not_a_merged_one():
    text = (
        "Tỉnh Gia Lai đẩy mạnh OCOP sau sáp nhập.\n\n"
        "Sau khi hợp nhất với Bình Định, toàn tỉnh có 400 sản phẩm OCOP."
    )
    assert rows(text, "value", "province", title="Gia Lai: OCOP sau sáp nhập") == [(400, "Gia Lai")]


def test_pending_cue_of_an_earlier_item_does_not_leak():
    found = figs("Cả nước có 2 sản phẩm tiềm năng 5 sao và 150 sản phẩm đạt 5 sao cấp quốc gia.")
    assert [(f["value"], f["star"], f["potential_star"]) for f in found] == [
        (2, None, 5),
        (150, 5, None),
    ]


def test_parts_in_parentheses_inside_a_participant_breakdown():
    text = (
        "Tỉnh Trà Vinh có 120 sản phẩm OCOP. Các sản phẩm thuộc 70 chủ thể, gồm 30 doanh "
        "nghiệp (60 sản phẩm) và 40 hợp tác xã (60 sản phẩm)."
    )
    assert rows(text, "value", "unit", "relation", "base") == [
        (120, "sản phẩm", "total", None),
        (70, "chủ thể", "total", None),
        (30, "doanh nghiệp", "part_of", 70),
        (60, "sản phẩm", "part_of", 120),
        (40, "HTX", "part_of", 70),
        (60, "sản phẩm", "part_of", 120),
    ]


def test_star_class_with_its_count_is_not_a_breakdown_of_the_previous_count():
    text = (
        "Tỉnh Tây Ninh công nhận 15 sản phẩm OCOP. Hạng 4 sao gồm 04 sản phẩm, "
        "hạng 3 sao gồm 11 sản phẩm."
    )
    assert rows(text, "value", "star", "relation", "base") == [
        (15, None, "total", None),
        (4, 4, "part_of", 15),
        (11, 3, "part_of", 15),
    ]


def test_a_share_refers_to_an_earlier_total_by_its_unit():
    text = (
        "Làng nghề ở tỉnh Hà Nam có 1.200 hộ tham gia. Thu nhập đạt 60 triệu đồng/người/năm; "
        "khoảng 40% số hộ đã có sản phẩm OCOP."
    )
    found = figs(text)
    assert [(f["value"], f["relation"], f["base"]) for f in found][-1] == (40, "share_of", 1200)


def test_an_ocop_title_makes_the_products_ocop_products():
    found = enrich(
        "Hải Dương có thêm sản phẩm OCOP", "", "Năm nay tỉnh Hải Dương có thêm 40 sản phẩm.", None
    )["figures"]
    assert [(f["value"], f["metric"]) for f in found] == [(40, "ocop_products")]


def test_a_plan_share_has_no_count_as_base():
    found = figs("Năm nay tỉnh Hải Dương có thêm 40 sản phẩm OCOP, đạt 120% kế hoạch.")
    assert [(f["value"], f["relation"], f["base"], f["of"]) for f in found] == [
        (40, "total", None, None),
        (120, "share_of", None, "kế hoạch"),
    ]


def test_a_share_without_its_whole_names_no_whole():
    found = figs("Cả nước có 16.000 sản phẩm OCOP, tỉnh Hải Dương chiếm khoảng 2%.")
    assert [(f["value"], f["relation"], f["base"], f["of"]) for f in found] == [
        (16000, "total", None, None),
        (2, "share_of", 16000, None),
    ]


@pytest.mark.parametrize(
    ("text", "value", "unit", "qualifier"),
    [
        ("Tỉnh Hà Nam phấn đấu có khoảng 40-50 sản phẩm OCOP mới.", 40, "sản phẩm", "about"),
        ("Công suất của xưởng ở tỉnh Hà Nam đạt 3-5 tấn/ngày.", 3, "tấn", "about"),
        ("Tỉnh Hà Nam có 12 công ty, hợp tác xã tham gia OCOP.", 12, "chủ thể", None),
    ],
)
def test_unspaced_ranges_and_company_lists(text, value, unit, qualifier):
    (f,) = figs(text)
    assert (f["value"], f["unit"], f["qualifier"]) == (value, unit, qualifier)


def test_waiting_for_an_upgrade_is_pending():
    (f,) = figs("Tỉnh Hà Nam có 2 sản phẩm OCOP đang chờ nâng hạng lên 5 sao.")
    assert (f["star"], f["potential_star"]) == (None, 5)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hội chợ ở tỉnh Hà Nam đón 20.000 lượt khách.", [(20000, "lượt khách", "visits")]),
        ("Lớp tập huấn ở tỉnh Hà Nam có 120 học viên.", [(120, "người", "participants")]),
        ("Lễ hội ở tỉnh Hà Nam được tổ chức 3 lượt trong năm.", []),
    ],
)
def test_visits_and_participants(text, expected):
    assert rows(text, "value", "unit", "metric") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tỉnh Bình Định công nhận 139 sản phẩm OCOP của 88 chủ thể với 14 sản phẩm 4 sao, "
            "125 sản phẩm 3 sao.",
            [(139, None, None, "total", None), (88, None, None, "total", None),
             (14, 4, None, "part_of", 139), (125, 3, None, "part_of", 139)],
        ),
        (
            "Tỉnh Cà Mau có 271 sản phẩm OCOP, trong đó: 16 sản phẩm 4 sao; 253 sản phẩm 3 sao; "
            "2 sản phẩm tiềm năng 5 sao.",
            [(271, None, None, "total", None), (16, 4, None, "part_of", 271),
             (253, 3, None, "part_of", 271), (2, None, 5, "part_of", 271)],
        ),
        (
            "Tỉnh Cà Mau có 138 sản phẩm từ 3 - 4 sao (19 sản phẩm 4 sao, 118 sản phẩm 3 sao và "
            "1 sản phẩm tiềm năng 5 sao).",
            [(138, None, None, "total", None), (19, 4, None, "part_of", 138),
             (118, 3, None, "part_of", 138), (1, None, 5, "part_of", 138)],
        ),
        (
            "Đợt này tỉnh Phú Thọ có 53 sản phẩm OCOP được công nhận; nâng tổng số sản phẩm "
            "OCOP của tỉnh lên 412 sản phẩm.",
            [(53, None, None, "total", None), (412, None, None, "total", None)],
        ),
    ],
)  # fmt: skip
def test_breakdown_shapes(text, expected):
    assert rows(text, "value", "star", "potential_star", "relation", "base") == expected


# --- h-nlp2: ratings in the next clause, mergers, restated counts -----------------------------


@pytest.mark.parametrize(
    "text, star, potential",
    [
        ("Hội đồng chấm 12 sản phẩm đạt từ 70 đến 85 điểm, đủ điều kiện công nhận 4 sao.", 4, None),
        ("Năm nay huyện có 7 sản phẩm mới, đều được công nhận 3 sao.", 3, None),
        ("Có 3 sản phẩm đủ điều kiện dự thi 5 sao.", None, 5),
    ],
)
def test_a_rating_in_the_next_clause_belongs_to_the_count(text, star, potential):
    assert rows(text, "star", "potential_star") == [(star, potential)]


def test_a_count_in_the_next_clause_keeps_its_own_rating():
    text = "Tỉnh có 250 sản phẩm OCOP, hiện 6 sản phẩm đạt 4 sao."
    assert rows(text, "value", "star") == [(250, None), (6, 4)]


def test_former_provinces_counts_are_parts_of_the_merged_total():
    text = (
        "Sau sáp nhập, tỉnh Lâm Đồng có 620 sản phẩm OCOP.\n\n"
        "Đắk Nông cũ có 150 sản phẩm, còn Bình Thuận (cũ) có 210 sản phẩm, tăng so với "
        "con số 180 sản phẩm năm 2023."
    )
    assert rows(text, "value", "province", "relation", "base") == [
        (620, "Lâm Đồng", "total", None),
        (150, "Đắk Nông", "part_of", 620),
        (210, "Bình Thuận", "part_of", 620),
        (180, "Bình Thuận", "total", None),
    ]


def test_a_former_province_without_a_merged_total_stays_a_total():
    text = "Hà Tây cũ có 90 làng nghề. Tỉnh Lâm Đồng có 300 sản phẩm OCOP."
    assert rows(text, "value", "relation") == [(90, "total"), (300, "total")]


def test_tinh_in_an_article_about_a_former_province_is_the_merged_one():
    text = (
        "Khu vực Phú Yên cũ đóng góp 160 sản phẩm vào tổng số 540 sản phẩm OCOP của tỉnh "
        "Đắk Lắk.\n\nTỉnh phấn đấu đến năm 2030 có 700 sản phẩm OCOP."
    )
    found = rows(text, "value", "province", title="Sản phẩm OCOP vùng biển Phú Yên cũ")
    assert found[-1] == (700, "Đắk Lắk")
    assert found[0] == (160, "Phú Yên")


def test_a_restated_part_keeps_its_relation():
    text = (
        "Khu vực Phú Yên cũ có 160 sản phẩm trong tổng số 540 sản phẩm OCOP của tỉnh Đắk Lắk. "
        "Trong 160 sản phẩm này có 20 sản phẩm 4 sao."
    )
    assert rows(text, "value", "relation", "base") == [
        (160, "part_of", 540),
        (540, "total", None),
        (160, "part_of", 540),
        (20, "part_of", 160),
    ]


def test_a_share_without_rating_is_of_the_unrated_total_not_the_nearest_rated_count():
    text = (
        "Hiện tỉnh có 96 sản phẩm OCOP. Đợt này tỉnh công nhận 03 sản phẩm 4 sao và 07 sản "
        "phẩm 3 sao. Giám đốc Sở cho biết 100% sản phẩm đã có mã QR."
    )
    assert rows(text, "value", "relation", "base")[-1] == (100, "share_of", 96)


def test_a_national_list_article_keeps_its_figures_national():
    title = "Thêm 9 sản phẩm được công nhận OCOP 5 sao cấp quốc gia"
    text = (
        "Danh sách: 1. Mật ong bạc hà - HTX Hoa Bạc Hà, huyện Quản Bạ, tỉnh Hà Giang; "
        "2. Chè Tân Cương - HTX Chè Hảo Đạt, tỉnh Thái Nguyên.\n\n"
        "Theo Văn phòng Điều phối, chương trình có hơn 16.000 sản phẩm của 8.600 chủ thể."
    )
    found = [(f["value"], f["province"]) for f in enrich(title, "", text, None)["figures"]]
    assert found == [(9, "Việt Nam"), (16000, "Việt Nam"), (8600, "Việt Nam")]
    # a provincial headline keeps its province
    local = enrich("Hà Giang có thêm 2 sản phẩm OCOP 5 sao cấp quốc gia", "", "", None)
    assert [f["province"] for f in local["figures"]] == ["Hà Giang"]


def test_a_breakdown_by_district_continues_after_semicolons():
    text = (
        "Toàn tỉnh có 226 sản phẩm OCOP. Trong đó, huyện Bình Sơn có 24 sản phẩm; huyện Lý Sơn "
        "có 18 sản phẩm; huyện Sơn Tịnh có 11 sản phẩm."
    )
    found = rows(text, "value", "relation", "base", "district", title="Quảng Ngãi")
    assert found == [
        (226, "total", None, None),
        (24, "part_of", 226, "Bình Sơn"),
        (18, "part_of", 226, "Lý Sơn"),
        (11, "part_of", 226, "Sơn Tịnh"),
    ]


def test_parts_that_add_up_to_the_round_belong_to_the_round_not_the_new_cumulative_total():
    text = (
        "Tỉnh vừa công nhận 53 sản phẩm OCOP đợt 2, nâng tổng số sản phẩm lên 640 sản phẩm. "
        "Cụ thể, đợt 2 có 12 sản phẩm 4 sao, 41 sản phẩm 3 sao."
    )
    assert rows(text, "value", "relation", "base")[2:] == [
        (12, "part_of", 53),
        (41, "part_of", 53),
    ]


def test_parts_named_after_former_provinces_keep_their_province():
    text = (
        "Sau hợp nhất, tỉnh Phú Thọ có 1.215 sản phẩm OCOP. Trong đó, khu vực Vĩnh Phúc cũ có "
        "315 sản phẩm, Hòa Bình cũ có 420 sản phẩm. Xã Tam Đảo (Vĩnh Phúc cũ) có 9 sản phẩm."
    )
    assert rows(text, "value", "province", "relation", "base") == [
        (1215, "Phú Thọ", "total", None),
        (315, "Vĩnh Phúc", "part_of", 1215),
        (420, "Hòa Bình", "part_of", 1215),
        (9, "Vĩnh Phúc", "total", None),  # a commune's count, not a former province's
    ]


def test_a_share_of_the_country_with_its_whole_in_parentheses():
    text = (
        "Năm 2025 toàn tỉnh có 468 sản phẩm, chiếm khoảng 2,6% số sản phẩm OCOP cả nước "
        "(gần 18.250 sản phẩm)."
    )
    found = rows(text, "value", "province", "relation", "base", title="An Giang tổng kết OCOP")
    assert found == [
        (468, "An Giang", "total", None),
        (2.6, "An Giang", "share_of", 18250),
        (18250, "Việt Nam", "total", None),
    ]


def test_rieng_gives_a_part_and_tong_a_total():
    text = "Toàn tỉnh có 232 sản phẩm OCOP, riêng xã Chi Lăng có 9 sản phẩm."
    assert rows(text, "value", "relation", "base") == [(232, "total", None), (9, "part_of", 232)]
    text = "Doanh thu đạt 39 tỷ đồng; các doanh nghiệp ký 27 hợp đồng với tổng giá trị 9,5 tỷ đồng."
    assert rows(text, "value", "relation") == [(39e9, "total"), (27, "total"), (9.5e9, "total")]
    text = "Sau hợp nhất, tỉnh Gia Lai có 700 sản phẩm. Bình Định cũ có tổng cộng 611 sản phẩm."
    assert rows(text, "value", "relation") == [(700, "total"), (611, "total")]


def test_a_period_at_the_start_is_not_a_restated_count():
    text = "Trong 6 tháng đầu năm, tỉnh công nhận 74 sản phẩm, nâng tổng số lên 1.139 sản phẩm."
    assert rows(text, "value", "relation") == [(74, "total"), (1139, "total")]


def test_a_rating_after_the_owners_is_the_products_and_both_lists_add_up():
    text = (
        "Tỉnh công nhận 28 sản phẩm OCOP của 13 chủ thể. Trong đợt này, 3 sản phẩm của 2 chủ "
        "thể đạt hạng 4 sao, 25 sản phẩm của 11 chủ thể đạt hạng 3 sao."
    )
    assert rows(text, "value", "unit", "star", "relation", "base")[2:] == [
        (3, "sản phẩm", 4, "part_of", 28),
        (2, "chủ thể", None, "part_of", 13),
        (25, "sản phẩm", 3, "part_of", 28),
        (11, "chủ thể", None, "part_of", 13),
    ]


def test_parts_of_a_rated_total_share_its_rating_and_a_part_can_be_broken_down():
    text = "Đợt này có 14 sản phẩm OCOP 3 sao, gồm 10 sản phẩm mới và 4 sản phẩm đánh giá lại."
    assert rows(text, "value", "star", "relation") == [
        (14, 3, "total"),
        (10, 3, "part_of"),
        (4, 3, "part_of"),
    ]
    text = (
        "Sau hợp nhất, tỉnh Cà Mau có 371 sản phẩm OCOP. Riêng khu vực Bạc Liêu cũ có 142 "
        "sản phẩm, trong đó 2 sản phẩm 5 sao."
    )
    assert rows(text, "value", "province", "relation", "base") == [
        (371, "Cà Mau", "total", None),
        (142, "Bạc Liêu", "part_of", 371),
        (2, "Bạc Liêu", "part_of", 142),
    ]


def test_after_a_list_of_former_provinces_the_paragraph_is_the_merged_provinces_again():
    text = (
        "Năm 2025 toàn tỉnh có 468 sản phẩm OCOP. Trong tổng số này, An Giang cũ có 214 sản "
        "phẩm, Kiên Giang cũ có 254 sản phẩm. Nhóm thực phẩm chiếm 81,5%. Gia đình chị Lan ở "
        "huyện Phú Quốc thu 150 triệu đồng mỗi năm."
    )
    found = rows(text, "value", "province", title="An Giang tổng kết OCOP")
    assert found == [
        (468, "An Giang"),
        (214, "An Giang"),
        (254, "Kiên Giang"),
        (81.5, "An Giang"),
        (150e6, "An Giang"),
    ]


def test_a_share_in_a_later_sentence_is_of_the_paragraphs_total():
    text = (
        "Toàn tỉnh có 468 sản phẩm OCOP. Nhóm thực phẩm chiếm 81,5%, nhóm đồ uống chiếm 13,2%. "
        "Phường Châu Đốc dẫn đầu với 31 sản phẩm, tiếp theo là đặc khu Phú Quốc với 27 sản phẩm."
    )
    assert rows(text, "value", "relation", "base", title="An Giang") == [
        (468, "total", None),
        (81.5, "share_of", 468),
        (13.2, "share_of", 468),
        (31, "part_of", 468),
        (27, "part_of", 468),
    ]


def test_a_star_class_with_its_own_count_does_not_rate_the_total_before_it():
    text = "Tỉnh có 120 sản phẩm OCOP, đạt 4 sao là 20 sản phẩm."
    assert rows(text, "value", "star") == [(120, None), (20, 4)]
    text = "Năm 2024, HTX có 2 sản phẩm, đạt hạng 4 sao và 3 sao."
    assert rows(text, "value", "star", "min_star") == [(2, None, 3)]


def test_a_list_of_shares_after_the_first_one_and_a_nested_parenthesis():
    text = "Theo nhóm ngành, thực phẩm chiếm 81,6%, đồ uống 13,8%, thủ công mỹ nghệ 3,9%."
    assert rows(text, "value", "relation") == [
        (81.6, "share_of"),
        (13.8, "share_of"),
        (3.9, "share_of"),
    ]
    text = (
        "Tỉnh có 186 sản phẩm OCOP. Trong số này, 152 sản phẩm còn hiệu lực (5 sản phẩm 5 sao, "
        "147 sản phẩm 3 sao); 34 sản phẩm đã hết hạn."
    )
    assert rows(text, "value", "relation", "base") == [
        (186, "total", None),
        (152, "part_of", 186),
        (5, "part_of", 152),
        (147, "part_of", 152),
        (34, "part_of", 186),
    ]


def test_participants_and_localities_carry_no_star():
    text = "Cả nước có 45 tỉnh có sản phẩm 5 sao; Hà Giang có 8 chủ thể có sản phẩm 4 sao."
    assert rows(text, "value", "unit", "star") == [(45, "tỉnh", None), (8, "chủ thể", None)]


def test_a_national_events_figures_are_national_not_the_venues():
    text = "Hội chợ OCOP toàn quốc năm 2025 tại Quảng Ninh thu hút 600 gian hàng của 63 tỉnh."
    assert rows(text, "value", "province") == [(600, "Việt Nam"), (63, "Việt Nam")]
    text = "Tại Hội chợ OCOP toàn quốc, tỉnh Đồng Tháp có 30 gian hàng."
    assert rows(text, "value", "province") == [(30, "Đồng Tháp")]
    text = "Hội chợ OCOP Quảng Ninh 2025 có 300 gian hàng."  # a provincial fair: the host's
    assert rows(text, "value", "province") == [(300, "Quảng Ninh")]


def test_spelled_one_with_a_rating_is_a_count_but_the_slogan_is_not():
    text = "Tỉnh có 12 sản phẩm OCOP, gồm một sản phẩm 5 sao và 11 sản phẩm 4 sao."
    assert rows(text, "value", "star", "relation") == [
        (12, None, "total"),
        (1, 5, "part_of"),
        (11, 4, "part_of"),
    ]
    assert figs("Mỗi xã một sản phẩm là chương trình lớn.") == []
