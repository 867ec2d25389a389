"""Figure shapes found by listing every error on the development sets (issue 10, round 4).

Each test is a general shape (clause structure), written in our own words: the numbers,
lists and scope words of real OCOP coverage, never its sentences.
"""

from __future__ import annotations

import pytest

from indexer.nlp import enrich


def rows(title: str, lead: str, text: str, *keys: str) -> list[tuple]:
    return [tuple(f[k] for k in keys) for f in enrich(title, lead, text, None)["figures"]]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a bare percentage in parentheses after each count of a breakdown is its share
        (
            "Toàn tỉnh Phú Thọ có 400 chủ thể OCOP, gồm 100 doanh nghiệp (25%) và "
            "300 hộ kinh doanh (75%).",
            [
                (400, "chủ thể", "total", None),
                (100, "doanh nghiệp", "part_of", 400),
                (25, "%", "share_of", 400),
                (300, "hộ", "part_of", 400),
                (75, "%", "share_of", 400),
            ],
        ),
        # a count in parentheses is a part, not a share
        (
            "Năm 2022, tỉnh Sơn La công nhận 30 sản phẩm OCOP (5 sản phẩm 4 sao, 25 sản phẩm "
            "3 sao).",
            [
                (30, "sản phẩm", "total", None),
                (5, "sản phẩm", "part_of", 30),
                (25, "sản phẩm", "part_of", 30),
            ],
        ),
    ],
)
def test_parenthesised_shares_and_parts(text, expected):
    assert rows("", "", text, "value", "unit", "relation", "base") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "the remaining N" after a count of the sentence before: both add up to the total
        (
            "Tỉnh Long An công nhận 15 sản phẩm OCOP. Ba sản phẩm đạt 4 sao là mắm và bánh. "
            "Mười hai sản phẩm còn lại đạt 3 sao.",
            [(15, "total", None, None), (3, "part_of", 15, 4), (12, "part_of", 15, 3)],
        ),
        # star classes of an earlier total with "còn lại" for the last class
        (
            "Tỉnh Yên Bái có 250 sản phẩm OCOP của 120 chủ thể. Tỉnh có 2 sản phẩm 5 sao, "
            "70 sản phẩm 4 sao, còn lại đạt 3 sao.",
            [
                (250, "total", None, None),
                (120, "total", None, None),
                (2, "part_of", 250, 5),
                (70, "part_of", 250, 4),
            ],
        ),
        # counts of two sentences and "the remaining" add up to the number assessed
        (
            "Hội đồng tỉnh Kon Tum chấm 20 sản phẩm OCOP. Kết quả, 12 sản phẩm đạt 4 sao; 3 sản "
            "phẩm tiềm năng 5 sao. 5 sản phẩm còn lại phải bổ sung hồ sơ.",
            [
                (20, "total", None, None),
                (12, "part_of", 20, 4),
                (3, "part_of", 20, None),
                (5, "part_of", 20, None),
            ],
        ),
        # "Trong N X, …, còn lại là …" restates N: no new whole
        (
            "Tỉnh Kon Tum có 90 chủ thể OCOP. Trong 90 chủ thể, doanh nghiệp chiếm 30%, còn lại "
            "là hộ sản xuất.",
            [(90, "total", None, None), (90, "total", None, None), (30, "share_of", 90, None)],
        ),
    ],
)
def test_the_rest_makes_the_counts_parts(text, expected):
    assert rows("", "", text, "value", "relation", "base", "star") == expected


def test_a_category_group_is_a_part_of_the_total_it_classifies():
    lead = "Năm 2024, tỉnh Đồng Nai có 200 sản phẩm đạt chuẩn OCOP."
    text = (
        "Nhóm thực phẩm có nhiều nhất với 120 sản phẩm, chiếm 60%; nhóm đồ uống có "
        "50 sản phẩm (25%)."
    )
    assert rows("", lead, text, "value", "relation", "base") == [
        (200, "total", None),
        (120, "part_of", 200),
        (60, "share_of", 200),
        (50, "part_of", 200),
        (25, "share_of", 200),
    ]


@pytest.mark.parametrize(
    "text, value, relation",
    [
        # "Với kết quả này" concludes; it does not break down the sentence before
        (
            "Tỉnh Hưng Yên công nhận 20 sản phẩm 4 sao. Với kết quả này, tỉnh có 300 sản "
            "phẩm OCOP.",
            300,
            "total",
        ),
        # "Riêng năm 2025" is a period of its own, not a part of the cumulative total
        (
            "Tỉnh Bến Tre có 400 sản phẩm OCOP. Riêng năm 2025, tỉnh công nhận mới 60 sản phẩm.",
            60,
            "total",
        ),
    ],
)
def test_sentence_openers_that_are_not_breakdowns(text, value, relation):
    found = {v: r for v, r in rows("", "", text, "value", "relation")}
    assert found[value] == relation


def test_a_former_province_named_after_the_total_is_its_parts_place():
    lead = "Sở Công Thương tỉnh Lào Cai mở điểm bán sản phẩm OCOP mới."
    text = (
        "Điểm bán có 120 sản phẩm của 40 chủ thể, trong đó 70 sản phẩm đến từ khu vực Yên Bái cũ."
    )
    assert rows("", lead, text, "value", "province", "relation") == [
        (120, "Lào Cai", "total"),
        (40, "Lào Cai", "total"),
        (70, "Yên Bái", "part_of"),
    ]


def test_a_former_province_in_the_next_sentence_does_not_scope_the_total():
    title = "Tuyên Quang thưởng 90 sản phẩm OCOP"
    text = (
        "Theo quyết định, 90 sản phẩm được thưởng gồm 80 sản phẩm 3 sao và 10 sản phẩm 4 sao. "
        "Trong số này, 50 sản phẩm thuộc khu vực Hà Giang cũ."
    )
    got = rows(title, "", text, "value", "province")
    assert got[1:] == [(90, "Tuyên Quang"), (80, "Tuyên Quang"), (10, "Tuyên Quang"),
                       (50, "Hà Giang")]  # fmt: skip


def test_a_place_goods_are_sold_to_is_not_the_scope():
    lead = "Bà Lâm Thị Hoa ở xã Long Hiệp, tỉnh Vĩnh Long, làm bánh đạt OCOP 3 sao."
    text = (
        "Doanh thu năm 2024 khoảng 1,5 tỷ đồng; phần lớn được đưa vào chợ đầu mối ở TP Hồ "
        "Chí Minh. Cơ sở có 12 lao động."
    )
    assert [p for _v, p in rows("", lead, text, "value", "province")] == [
        "Vĩnh Long",
        "Vĩnh Long",
    ]


def test_a_ward_named_after_a_former_province_belongs_to_the_merged_one():
    title = "Cần Thơ có 500 sản phẩm OCOP"
    text = (
        "Khu vực Hậu Giang cũ có 180 sản phẩm.\n\nÔng Lê Văn Tám cho biết sẽ mở 4 điểm bán "
        "tại chợ nổi và phường Hậu Giang."
    )
    assert rows(title, "", text, "value", "province")[-1] == (4, "Cần Thơ")


def test_several_linked_places_give_the_figure_no_single_one():
    lead = "Hội chợ OCOP tỉnh Lai Châu có 30 gian hàng."
    text = "Tỉnh có 20 gian hàng; 10 gian hàng còn lại đến từ Sơn La, Lào Cai và Yên Bái."
    assert rows("", lead, text, "value", "province")[-1] == (10, "Lai Châu")


def test_a_national_event_held_in_a_city_keeps_its_figures_national():
    title = "Festival OCOP Việt Nam 2026 có 250 gian hàng"
    lead = "Festival, sự kiện cấp quốc gia do Bộ Nông nghiệp và Môi trường tổ chức, diễn ra tại Hà Nội."
    text = (
        "Sự kiện có 250 gian hàng của các tỉnh. Cả nước có 17.000 sản phẩm OCOP. Hà Nội dẫn "
        "đầu với 3.000 sản phẩm.\n\nBan tổ chức dự kiến đón 40.000 lượt khách."
    )
    got = rows(title, lead, text, "value", "province")
    assert got == [
        (250, "Việt Nam"),
        (250, "Việt Nam"),
        (17000, "Việt Nam"),
        (3000, "Hà Nội"),
        (40000, "Việt Nam"),
    ]


def test_a_breakdown_inside_a_clause_ends_at_the_semicolon():
    lead = "Hội đồng OCOP tỉnh Thái Bình chấm 30 sản phẩm."
    text = (
        "Kết quả, 24 sản phẩm đạt 4 sao, gồm 16 sản phẩm mới và 8 sản phẩm nâng hạng; "
        "2 sản phẩm đủ điều kiện đề nghị Trung ương xét công nhận 5 sao; 4 sản phẩm còn lại "
        "chưa đạt."
    )
    assert rows("", lead, text, "value", "relation", "base", "star", "potential_star") == [
        (30, "total", None, None, None),
        (24, "part_of", 30, 4, None),
        (16, "part_of", 24, 4, None),
        (8, "part_of", 24, 4, None),
        (2, "part_of", 30, None, 5),
        (4, "part_of", 30, None, None),
    ]


def test_a_breakdown_by_district_survives_a_count_and_a_nested_breakdown():
    lead = "Tỉnh Bắc Ninh công nhận 15 sản phẩm OCOP 4 sao."
    text = (
        "Cụ thể, huyện Gia Bình có 6 sản phẩm của ba công ty; huyện Thuận Thành có 5 sản "
        "phẩm, trong đó có bánh và rượu; huyện Quế Võ có 4 sản phẩm."
    )
    got = [r for r in rows("", lead, text, "value", "unit", "relation", "base", "star")]
    assert [r for r in got if r[1] == "sản phẩm"] == [
        (15, "sản phẩm", "total", None, 4),
        (6, "sản phẩm", "part_of", 15, 4),
        (5, "sản phẩm", "part_of", 15, 4),
        (4, "sản phẩm", "part_of", 15, 4),
    ]


def test_a_rating_before_its_round_and_year_rates_the_count():
    lead = "Bộ ký quyết định công nhận sản phẩm OCOP 5 sao đợt 2 năm 2025 cho 40 sản phẩm."
    assert rows("", lead, "", "value", "star") == [(40, 5)]


def test_a_provinces_count_in_a_national_article_is_part_of_the_national_total():
    title = "Thêm 40 sản phẩm đạt OCOP 5 sao cấp quốc gia"
    text = (
        "Theo Bộ, đợt này có 40 sản phẩm 5 sao. Sơn La là địa phương có nhiều nhất với 7 sản phẩm."
    )
    assert rows(title, "", text, "value", "province", "relation", "base", "star")[-1] == (
        7,
        "Sơn La",
        "part_of",
        40,
        5,
    )


def test_a_change_after_a_star_floor_is_a_change():
    text = "Toàn tỉnh Bình Phước có 200 sản phẩm OCOP từ 3 sao trở lên, tăng 40 sản phẩm so với năm 2023."
    assert rows("", "", text, "value", "relation", "base") == [
        (200, "total", None),
        # the new value, not an earlier one: no base (conventions of 2026-11-23)
        (40, "change_of", None),
    ]


def test_a_place_in_a_quote_after_the_figure_is_not_its_scope():
    lead = "Bà Y Lan, chủ cơ sở ở tỉnh Kon Tum, làm sản phẩm từ sâm."
    text = (
        "Bà cho biết gia đình có 3 sản phẩm OCOP 3 sao là trà và mật ong. “Có sao OCOP, "
        "khách ở Hà Nội đặt nhiều hơn”, bà nói."
    )
    assert rows("", lead, text, "value", "province") == [(3, "Kon Tum")]


@pytest.mark.parametrize(
    "text",
    [
        "Tỉnh Thái Bình có 400 sản phẩm OCOP, đứng trong nhóm 10 địa phương nhiều sản phẩm nhất.",
        "Tỉnh Thái Bình có 400 sản phẩm OCOP; mỗi xã, phường có ít nhất 1 sản phẩm OCOP.",
    ],
)
def test_rank_groups_and_per_commune_norms_are_not_figures(text):
    assert rows("", "", text, "value") == [(400,)]


def test_a_share_in_a_breakdown_takes_the_total_of_the_unit_its_clause_names():
    text = (
        "Thành phố Cần Thơ có 500 sản phẩm OCOP của 280 chủ thể. Trong đó, khu vực Hậu "
        "Giang cũ chiếm 40% với 200 sản phẩm."
    )
    got = rows("", "", text, "value", "relation", "base")
    assert got[2] == (40, "share_of", 500)


def test_a_part_named_again_keeps_its_relation_and_a_change_its_rating():
    text = (
        "Năm 2024, tỉnh Tây Ninh có 90 sản phẩm OCOP, trong đó 3 sản phẩm 4 sao. Ba sản "
        "phẩm 4 sao là bánh tráng, muối tôm và mật ong. Cả nước có 150 sản phẩm 5 sao, "
        "tăng 60 sản phẩm so với năm 2023."
    )
    got = rows("", "", text, "value", "relation", "base", "star")
    assert got[2] == (3, "part_of", 90, 4)
    # the new value, not an earlier one: no base (conventions of 2026-11-23)
    assert got[-1] == (60, "change_of", None, 5)


def test_districts_listed_with_their_amounts_are_parts_of_the_provinces_total():
    lead = "Hội chợ OCOP tỉnh Quảng Ninh bế mạc."
    text = (
        "Tổng doanh thu hội chợ đạt 9,5 tỷ đồng. Các gian hàng bán nhiều nhất là thị xã "
        "Đông Triều: 700 triệu đồng; huyện Vân Đồn: 420 triệu đồng."
    )
    assert rows("", lead, text, "value", "relation", "base", "district") == [
        (9.5e9, "total", None, None),  # the district of a later sentence is not its own
        (7e8, "part_of", 9.5e9, "Đông Triều"),
        (4.2e8, "part_of", 9.5e9, "Vân Đồn"),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        # "N% là <participant kind>" is a share of the participants
        (
            "Cả nước có 9.000 chủ thể OCOP; trong đó, 30% là hợp tác xã.",
            [(9000, "chủ thể", "total", None), (30, "%", "share_of", 9000)],
        ),
        # a class named again with "hạng … gồm:" keeps its relation
        (
            "Tỉnh Huế công nhận 9 sản phẩm OCOP. Trong đó, sản phẩm đạt hạng 4 sao có 2 sản "
            "phẩm. 2 sản phẩm đạt hạng 4 sao gồm: nước mắm và trà.",
            [
                (9, "sản phẩm", "total", None),
                (2, "sản phẩm", "part_of", 9),
                (2, "sản phẩm", "part_of", 9),
            ],
        ),
    ],
)
def test_shares_named_by_kind_and_classes_named_again(text, expected):
    assert rows("", "", text, "value", "unit", "relation", "base") == expected


def test_a_former_provinces_count_after_before_the_merger_is_a_part():
    text = "Sau sáp nhập, tỉnh Hưng Yên có 800 sản phẩm OCOP. Trước sáp nhập, Thái Bình có 330 sản phẩm."
    assert rows("", "", text, "value", "province", "relation", "base") == [
        (800, "Hưng Yên", "total", None),
        (330, "Thái Bình", "part_of", 800),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        # the first word of the total's unit, repeated in its breakdown; located elsewhere
        (
            "Tỉnh Vĩnh Long đã mở 30 điểm bán sản phẩm OCOP, trong đó 8 điểm tại TP Hồ Chí Minh.",
            [
                (30, "điểm bán", "total", None, "Vĩnh Long"),
                (8, "điểm bán", "part_of", 30, "Vĩnh Long"),
            ],
        ),
        # a score is not such a part
        (
            "Tỉnh Nam Định có 30 sản phẩm OCOP, trong đó 5 sản phẩm đạt 92 điểm.",
            [
                (30, "sản phẩm", "total", None, "Nam Định"),
                (5, "sản phẩm", "part_of", 30, "Nam Định"),
            ],
        ),
        # a change after a list of parts is a change of the list's total
        (
            "Tỉnh Hưng Yên có 1.000 sản phẩm OCOP, gồm 100 sản phẩm 4 sao và 900 sản phẩm 3 sao, "
            "tăng 90 sản phẩm so với năm 2024.",
            [
                (1000, "sản phẩm", "total", None, "Hưng Yên"),
                (100, "sản phẩm", "part_of", 1000, "Hưng Yên"),
                (900, "sản phẩm", "part_of", 1000, "Hưng Yên"),
                (90, "sản phẩm", "change_of", None, "Hưng Yên"),
            ],
        ),
    ],
)
def test_short_units_scores_and_changes_after_a_list(text, expected):
    assert rows("", "", text, "value", "unit", "relation", "base", "province") == expected


def test_with_n_this_round_the_district_has_m_and_its_province_in_parentheses():
    text = "Với 4 sản phẩm được công nhận đợt này, đến nay huyện Can Lộc (Hà Tĩnh) đã có 20 sản phẩm OCOP."
    assert rows("", "", text, "value", "relation", "base", "province", "district") == [
        (4, "part_of", 20, "Hà Tĩnh", "Can Lộc"),
        (20, "total", None, "Hà Tĩnh", "Can Lộc"),
    ]


def test_a_growth_range_after_tang_them_tu_is_a_change():
    text = "Tỉnh Gia Lai cho biết số hợp đồng liên kết của chủ thể OCOP tăng thêm từ 10 - 20% so với trước."
    assert rows("", "", text, "value", "unit", "relation", "qualifier") == [
        (10, "%", "change_of", "about")
    ]


def test_a_share_after_a_comma_and_voi_takes_the_cue_and_subject_of_the_clause_before():
    text = (
        "Cả nước có 9.000 sản phẩm OCOP của 5.000 chủ thể. Sản phẩm nhóm thực phẩm chiếm tỷ "
        "lệ cao nhất, với 78,5%."
    )
    got = rows("", "", text, "value", "relation", "base", "of")
    assert got[-1] == (78.5, "share_of", 9000, "sản phẩm nhóm thực phẩm")


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Huyện Trùng Khánh (Cao Bằng) có 12 sản phẩm được công nhận OCOP 3 sao, 4 sao.",
            [(12, None, 3)],
        ),
        ("Tỉnh Sơn La có 20 sản phẩm 3 sao, 5 sản phẩm 4 sao.", [(20, 3, None), (5, 4, None)]),
    ],
)
def test_a_list_of_ratings_is_a_floor_but_two_rated_counts_are_not(text, expected):
    assert rows("", "", text, "value", "star", "min_star") == expected


def test_a_share_keeps_its_counts_own_rating_not_an_inherited_one():
    text = (
        "Bộ công nhận 40 sản phẩm OCOP 5 sao. Xét theo nhóm, thực phẩm có 20 sản phẩm, chiếm "
        "50%. Tỉnh Nghệ An có 30 sản phẩm 4 sao (chiếm 10%)."
    )
    got = rows("", "", text, "value", "star")
    assert got == [(40, 5), (20, 5), (50, None), (30, 4), (10, 4)]


def test_a_part_is_never_larger_than_its_whole():
    text = (
        "Toàn tỉnh Thái Nguyên có 600 sản phẩm OCOP từ 3 sao trở lên và 6 sản phẩm 5 sao. "
        "Trong đó, sản phẩm từ chè có 280 sản phẩm."
    )
    assert rows("", "", text, "value", "relation", "base", "star")[-1] == (
        280,
        "part_of",
        600,
        None,
    )


def test_the_counts_of_an_outcome_are_parts_of_the_number_assessed():
    lead = "Hội đồng OCOP tỉnh Đắk Nông chấm điểm 15 sản phẩm của 9 chủ thể."
    text = "Kết quả, 12 sản phẩm đạt 4 sao, gồm 8 sản phẩm mới và 4 sản phẩm nâng hạng; 3 sản phẩm chưa đạt."
    assert rows("", lead, text, "value", "relation", "base") == [
        (15, "total", None),
        (9, "total", None),
        (12, "part_of", 15),
        (8, "part_of", 12),
        (4, "part_of", 12),
        (3, "part_of", 15),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Các chủ thể OCOP của tỉnh Bắc Kạn gồm 30 doanh nghiệp, 40 hợp tác xã và 50 hộ kinh doanh.",
            [(30, "part_of", None), (40, "part_of", None), (50, "part_of", None)],
        ),
        ("Đoàn công tác của tỉnh Nghệ An gồm 20 đại biểu.", [(20, "total", None)]),
        # a demonstrative points to the earlier total
        (
            "Tỉnh Hưng Yên có 700 sản phẩm OCOP. Số sản phẩm này gồm 100 sản phẩm 4 sao và "
            "500 sản phẩm 3 sao.",
            [(700, "total", None), (100, "part_of", 700), (500, "part_of", 700)],
        ),
    ],
)
def test_a_list_after_gom_of_an_uncounted_whole_is_parts_without_base(text, expected):
    assert rows("", "", text, "value", "relation", "base") == expected


def test_districts_named_without_prefix_in_a_list_of_amounts():
    lead = "Hội chợ OCOP tỉnh Quảng Ninh bế mạc."
    text = (
        "Tổng doanh thu đạt 10 tỷ đồng. Các gian hàng bán nhiều là Đông Triều 700 triệu đồng, "
        "Cô Tô 400 triệu đồng."
    )
    assert rows("", lead, text, "value", "relation", "base", "district") == [
        (1e10, "total", None, None),
        (7e8, "part_of", 1e10, "Đông Triều"),
        (4e8, "part_of", 1e10, "Cô Tô"),
    ]


def test_a_province_named_as_what_it_used_to_be_is_a_former_one():
    lead = "Bà Thạch Thị Lan ở xã Long Đức, tỉnh Vĩnh Long, làm bánh tét OCOP."
    text = (
        "Năm 2020, khi còn là tỉnh Trà Vinh, bà đăng ký sản phẩm đầu tiên. Đến năm 2024, cả 2 sản "
        "phẩm của cơ sở đều đạt 4 sao."
    )
    assert rows("", lead, text, "value", "province", "star") == [(2, "Vĩnh Long", 4)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # tourism sites are a unit of their own
        (
            "Toàn tỉnh Bến Tre có 30 điểm du lịch cộng đồng.",
            [(30, "điểm du lịch", "total", None)],
        ),
        # "giảm còn" / "tăng lên" give the new level, not a change
        (
            "Tỷ lệ hộ nghèo của tỉnh Bến Tre giảm còn 1,5%.",
            [(1.5, "%", "share_of", None)],
        ),
        # a growth % after a ";" is of its own clause's subject, not the figure before
        (
            "HTX ở tỉnh Bến Tre có 100 ha dừa; giá bán cao hơn 10% so với dừa thường.",
            [(100, "ha", "total", None), (10, "%", "change_of", None)],
        ),
        # "X và Y là hai <unit>": a count written in words is a figure like one in digits
        # (conventions of 2026-11-23)
        (
            "Kẹo dừa và bánh phồng của tỉnh Bến Tre là hai sản phẩm được khách ưa chuộng.",
            [(2, "sản phẩm", "total", None)],
        ),
    ],
)
def test_units_levels_growth_bases_and_descriptions(text, expected):
    assert rows("", "", text, "value", "unit", "relation", "base") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # one count before "số còn lại" is no class of the earlier cumulative total
        (
            "Tỉnh Thanh Hóa có 500 sản phẩm OCOP. Năm 2025, tỉnh công nhận 60 sản phẩm, số còn "
            "lại đang hoàn thiện hồ sơ.",
            [(500, "total", None), (60, "total", None)],
        ),
        # "nhóm hộ ông A" is a participant, not a product group
        (
            "Tỉnh Sơn La có 200 sản phẩm OCOP. Nhóm hộ ông Lò Văn Piếng có 3 sản phẩm.",
            [(200, "total", None), (3, "total", None)],
        ),
    ],
)
def test_the_rest_and_groups_do_not_overreach(text, expected):
    assert rows("", "", text, "value", "relation", "base") == expected


def test_a_provinces_own_count_in_another_paragraph_is_not_part_of_a_national_round():
    title = "Thêm 50 sản phẩm OCOP 5 sao cấp quốc gia"
    text = (
        "Theo Bộ, đợt này có 50 sản phẩm đạt OCOP 5 sao.\n\n"
        "Ở địa phương, Quảng Ninh có 40 sản phẩm OCOP được khách ưa chuộng.\n\n"
        "Trong cả nước, Hà Nội dẫn đầu với 12 sản phẩm."
    )
    got = rows(title, "", text, "value", "relation", "star", "province")
    assert got[-2:] == [(40, "total", None, "Quảng Ninh"), (12, "part_of", 5, "Hà Nội")]


def test_the_country_as_a_base_in_an_earlier_sentence_is_no_scope_for_the_next():
    lead = "Tỉnh Phú Yên tổng kết chương trình OCOP."
    text = (
        "Tỉnh hiện có 600 sản phẩm OCOP, bằng 4% số sản phẩm của cả nước. Lợi nhuận của "
        "các chủ thể tăng 12%."
    )
    assert rows("", lead, text, "value", "province") == [
        (600, "Phú Yên"),
        (4, "Phú Yên"),
        (12, "Phú Yên"),
    ]
