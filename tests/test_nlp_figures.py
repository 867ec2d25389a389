"""Figures: one sentence in, the figures it states out (value, unit, qualifier, star, share ...)."""

from __future__ import annotations

from datetime import datetime

import pytest

from indexer.nlp import enrich


def figures(text: str, title: str = "", published_at: datetime | None = None) -> list[dict]:
    return enrich(title, "", text, published_at)["figures"]


def one(text: str, **kw) -> dict:
    found = figures(text, **kw)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "value", "unit", "metric", "kind"),
    [
        ("Tỉnh Quảng Ninh có 120 sản phẩm OCOP.", 120, "sản phẩm", "ocop_products", None),
        ("Tỉnh Quảng Ninh có 1.054 sản phẩm OCOP.", 1054, "sản phẩm", "ocop_products", None),
        (
            "Chương trình OCOP tỉnh Nghệ An có 215 chủ thể.",
            215,
            "chủ thể",
            "ocop_participants",
            None,
        ),
        ("Tham gia OCOP ở tỉnh Sơn La có 40 HTX.", 40, "HTX", "ocop_participants", "HTX"),
        ("Tham gia OCOP ở tỉnh Sơn La có 12 hợp tác xã.", 12, "HTX", "ocop_participants", "HTX"),
        (
            "Chủ thể OCOP của tỉnh Lào Cai gồm 9 doanh nghiệp.",
            9,
            "doanh nghiệp",
            "ocop_participants",
            "doanh nghiệp",
        ),
        ("Chủ thể OCOP của tỉnh Lào Cai gồm 30 hộ sản xuất.", 30, "hộ", "ocop_participants", "hộ"),
        (
            "Chủ thể OCOP của tỉnh Lào Cai gồm 4 tổ hợp tác.",
            4,
            "tổ hợp tác",
            "ocop_participants",
            "tổ hợp tác",
        ),
        ("Tỉnh Hà Nam có 15 làng nghề.", 15, "làng nghề", "craft_villages", None),
        ("Làng nghề ở tỉnh Hà Nam thu hút 2.000 lao động.", 2000, "lao động", "workers", None),
        ("Tỉnh Hà Nam hỗ trợ 2,5 tỷ đồng.", 2.5e9, "VND", "budget_vnd", None),
        ("Tỉnh Hà Nam chi 800 triệu đồng.", 800e6, "VND", "money_vnd", None),
        (
            "Thu nhập ở tỉnh Hà Nam đạt 75 triệu đồng/người/năm.",
            75e6,
            "VND/người/năm",
            "income_per_capita",
            None,
        ),
        (
            "Thu nhập ở tỉnh Hà Nam đạt 38tr/người/năm.",
            38e6,
            "VND/người/năm",
            "income_per_capita",
            None,
        ),
        (
            "Thu nhập ở tỉnh Hà Nam đạt 40 tr/người/năm.",
            40e6,
            "VND/người/năm",
            "income_per_capita",
            None,
        ),
        ("Tỉnh Hà Nam tổ chức 6 sự kiện xúc tiến.", 6, "sự kiện", "events", None),
        ("Các bên ở tỉnh Hà Nam ký 8 thỏa thuận hợp tác.", 8, "thỏa thuận", "agreements", None),
        ("Các bên ở tỉnh Hà Nam ký 3 biên bản ghi nhớ.", 3, "biên bản ghi nhớ", "agreements", None),
        ("Tỉnh Hà Nam có hai mươi mốt sản phẩm OCOP.", 21, "sản phẩm", "ocop_products", None),
        ("Tỉnh Hà Nam có ba sản phẩm OCOP.", 3, "sản phẩm", "ocop_products", None),
    ],
)
def test_units_and_metrics(text, value, unit, metric, kind):
    f = one(text)
    assert f["value"] == pytest.approx(value)
    assert (f["unit"], f["metric"], f["kind"]) == (unit, metric, kind)


def test_products_without_ocop_context_are_other():
    f = one("Hội chợ ở tỉnh Hà Nam bày bán 50 sản phẩm thủ công.")
    assert f["metric"] == "other"


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("Tỉnh Hà Nam có hơn 200 sản phẩm OCOP.", "more_than"),
        ("Tỉnh Hà Nam có trên 200 sản phẩm OCOP.", "more_than"),
        ("Tỉnh Hà Nam có gần 200 sản phẩm OCOP.", "less_than"),
        ("Tỉnh Hà Nam có khoảng 200 sản phẩm OCOP.", "about"),
        ("Tỉnh Hà Nam có chừng 200 sản phẩm OCOP.", "about"),
        ("Tỉnh Hà Nam phấn đấu có ít nhất 200 sản phẩm OCOP.", "at_least"),
        ("Tỉnh Hà Nam có 200 sản phẩm OCOP.", None),
    ],
)
def test_qualifiers(text, qualifier):
    f = one(text)
    assert f["value"] == 200 and f["qualifier"] == qualifier


@pytest.mark.parametrize(
    ("text", "star", "min_star"),
    [
        ("Tỉnh Hà Nam có 12 sản phẩm OCOP đạt 4 sao.", 4, None),
        ("Tỉnh Hà Nam có 12 sản phẩm OCOP hạng 4 sao.", 4, None),
        ("Tỉnh Hà Nam có 12 sản phẩm 4 sao.", 4, None),
        ("Tỉnh Hà Nam có 12 sản phẩm đạt từ 3 sao trở lên.", None, 3),
        ("Tỉnh Hà Nam có 12 sản phẩm đạt 3 sao trở lên.", None, 3),
        ("Tỉnh Hà Nam có 12 sản phẩm đạt sao cấp tỉnh.", None, None),
    ],
)
def test_stars(text, star, min_star):
    f = one(text)
    assert (f["star"], f["min_star"]) == (star, min_star)


def test_stars_belong_to_their_own_count():
    found = figures("Huyện Đầm Hà có 8 sản phẩm đạt 3 sao và 3 sản phẩm đạt 4 sao.")
    assert [(f["value"], f["star"]) for f in found] == [(8, 3), (3, 4)]


def test_share_attached_to_count():
    found = figures(
        "Tỉnh Bắc Giang có 42 sản phẩm 4 sao (chiếm 23,3%), 138 sản phẩm 3 sao (chiếm 76,7%)."
    )
    # every share is also a figure of its own (bench/annotations/README.md, issue 10 sets)
    assert [(f["value"], f["unit"], f["star"], f["percent"]) for f in found] == [
        (42, "sản phẩm", 4, 23.3),
        (23.3, "%", 4, None),
        (138, "sản phẩm", 3, 76.7),
        (76.7, "%", 3, None),
    ]
    assert [f["relation"] for f in found[1::2]] == ["share_of", "share_of"]


def test_share_without_count_is_a_percent_figure():
    f = one("Tỉnh Hà Nam có tỷ lệ sản phẩm 4 sao chiếm 18%.")
    assert (f["value"], f["unit"], f["star"]) == (18, "%", 4)


@pytest.mark.parametrize(
    "text",
    [
        "Tỉnh Hà Nam ban hành Quyết định số 1048/QĐ-UBND ngày 10/11/2022.",
        "Sản phẩm được sấy đến độ ẩm dưới 12% rồi đóng gói.",
        "Tỉnh hỗ trợ 100% kinh phí in tem truy xuất.",
        "Liên hệ đường dây nóng 0388308001 hoặc 0234 3822 111.",
        "Sau 10 năm, lần thứ 2 tỉnh Hà Nam tổ chức hội nghị vào năm 2019.",
        "1. Hà Nam\n2. Ninh Bình",
        "Chương trình Mỗi xã một sản phẩm được triển khai ở tỉnh Hà Nam.",
        "Có 5/10 cơ sở được cấp chứng nhận ISO.",
        "Phạt đến 100 triệu, tịch thu phương tiện.",
        "Trợ cấp khi nghỉ hưu tăng gấp 4 lần từ 1/7/2025.",
        "Top 10 sản phẩm OCOP tiêu biểu được vinh danh tại lễ tổng kết.",
        "Kỳ 2: Những sản phẩm OCOP 4 sao vùng cao.",
        "Đợt 2 sản phẩm OCOP được hội đồng chấm vào tháng 10.",
        "Chương trình Mỗi xã 1 sản phẩm (OCOP) khởi động từ năm 2018.",
        "Tỉnh phấn đấu mỗi xã có ít nhất 1 sản phẩm OCOP.",
        "Cơ sở ở tổ 5, ấp 3 làm bánh pía.",
        "Rượu 29 độ và nước mắm 40 độ đạm được công nhận 4 sao.",
        "Hội chợ OCOP Hà Nam lần thứ 3 năm 2025 khai mạc ngày 12/5.",
    ],
)
def test_numbers_that_are_not_figures(text):
    assert figures(text) == []


def test_national_figures_are_not_attributed_to_the_venue():
    found = figures(
        "Tại hội chợ ở TP.HCM, Bộ trưởng cho biết cả nước có hơn 16.000 sản phẩm OCOP, "
        "trong đó tỉnh Đồng Tháp có 312 sản phẩm."
    )
    assert [(f["value"], f["province"], f["new_province"]) for f in found] == [
        (16000, "Việt Nam", "Việt Nam"),
        (312, "Đồng Tháp", "Đồng Tháp"),
    ]


def test_province_from_sentence_paragraph_then_article():
    text = (
        "Tỉnh Quảng Ninh có 500 sản phẩm OCOP.\n\n"
        "Huyện Đầm Hà đã phát triển nhiều sản phẩm mới. Đến nay huyện có 29 sản phẩm OCOP.\n\n"
        "Các chủ thể đã có 31 điểm bán sản phẩm OCOP."
    )
    found = figures(text)
    assert [(f["value"], f["province"], f["district"]) for f in found] == [
        (500, "Quảng Ninh", None),
        (29, "Quảng Ninh", "Đầm Hà"),
        (31, "Quảng Ninh", None),
    ]
    assert found[0]["new_province"] == "Quảng Ninh"


def test_new_province_after_merger():
    f = one("Tỉnh Bắc Giang có 180 sản phẩm OCOP.")
    assert (f["province"], f["new_province"]) == ("Bắc Giang", "Bắc Ninh")


def test_no_province_at_all():
    f = one("Hiện có 180 sản phẩm OCOP.")
    assert f["province"] is None and f["new_province"] is None


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("Tính đến hết năm 2025, tỉnh Hà Nam có 100 sản phẩm OCOP.", "2025"),
        ("Giai đoạn 2018–2020, tỉnh Hà Nam có 100 sản phẩm OCOP.", "2018-2020"),
        ("Giai đoạn 2018-2020, tỉnh Hà Nam có 100 sản phẩm OCOP.", "2018-2020"),
        ("6 tháng đầu năm 2024, tỉnh Hà Nam có 100 sản phẩm OCOP.", "2024-06"),
        ("Tháng 10/2021, tỉnh Hà Nam có 100 sản phẩm OCOP.", "2021-10"),
        ("Ngày 10/11/2022, tỉnh Hà Nam có 100 sản phẩm OCOP.", "2022-11-10"),
        ("Tỉnh Hà Nam có 100 sản phẩm OCOP.", "2024-03-05"),
    ],
)
def test_periods(text, period):
    f = one(text, published_at=datetime(2024, 3, 5, 8, 0))
    assert f["period"] == period


def test_period_is_null_without_date():
    assert one("Tỉnh Hà Nam có 100 sản phẩm OCOP.")["period"] is None


def test_decision_date_is_not_the_period():
    f = one(
        "Theo Quyết định số 490/QĐ-TTg ngày 07/5/2018, tỉnh Hà Nam có 100 sản phẩm OCOP.",
        published_at=datetime(2024, 3, 5),
    )
    assert f["period"] == "2024-03-05"


def test_offsets_cover_number_and_unit():
    title = "Hà Nam có hơn 1.054 sản phẩm OCOP"
    result = enrich(title, "Mở đầu.", "Thu nhập đạt 2,5 tỷ đồng.", None)
    from indexer.nlp import document_text

    doc = document_text(title, "Mở đầu.", "Thu nhập đạt 2,5 tỷ đồng.")
    spans = [doc[f["start"] : f["end"]] for f in result["figures"]]
    assert spans == ["1.054 sản phẩm", "2,5 tỷ đồng"]
    assert result["figures"][0]["sentence"] == title


def test_related_news_list_is_not_the_article():
    text = "Tỉnh Hà Nam có 100 sản phẩm OCOP.\n\nTin liên quan\nTiền Giang có thêm 40 sản phẩm OCOP"
    assert [f["value"] for f in figures(text)] == [100]


def test_sub_share_after_trong_do_is_not_the_counts_share():
    found = figures("Tỉnh Đắk Nông hiện có 80 sản phẩm OCOP, trong đó cà phê chiếm 35%.")
    assert [(f["value"], f["unit"], f["percent"]) for f in found] == [
        (80, "sản phẩm", None),
        (35, "%", None),
    ]


def test_share_after_comma_belongs_to_the_count():
    f = figures("Tỉnh Hà Nam có 40 sản phẩm 4 sao, chiếm 30% tổng số sản phẩm.")[0]
    assert (f["value"], f["star"], f["percent"]) == (40, 4, 30)


def test_comparison_year_is_not_the_period():
    f = one(
        "Thu nhập ở tỉnh Hà Nam đạt 55,5 triệu đồng/người/năm, tăng 1,5 lần so với năm 2019.",
        published_at=datetime(2024, 3, 5),
    )
    assert f["value"] == pytest.approx(55.5e6) and f["period"] == "2024-03-05"


def test_nam_meaning_year_is_not_five():
    from indexer.nlp import enrich

    def figs(text):
        return [(f["value"], f["unit"]) for f in enrich("", "", text, None)["figures"]]

    assert figs("Mỗi năm làng nghề đón khoảng 30.000 lượt khách.") == [(30000.0, "lượt khách")]
    assert figs("Hằng năm hợp tác xã có 20 sản phẩm OCOP.") == [(20.0, "sản phẩm")]
    assert figs("Tỉnh có năm làng nghề được công nhận.") == [(5.0, "làng nghề")]


def test_local_sentence_is_not_attributed_to_a_later_national_total():
    from indexer.nlp import enrich

    text = ("Tỉnh Lào Cai có 412 sản phẩm OCOP.\n\nHiện toàn tỉnh có 96 hợp tác xã tham gia chương "
            "trình. Theo Bộ Nông nghiệp và Môi trường, cả nước hiện có hơn 17.400 sản phẩm OCOP.")  # fmt: skip
    figs = {f["value"]: f["province"] for f in enrich("", "", text, None)["figures"]}
    assert figs == {412.0: "Lào Cai", 96.0: "Lào Cai", 17400.0: "Việt Nam"}


def test_a_year_range_is_a_period_not_a_count():
    found = enrich("", "", "Giai đoạn 2021–2025 tỉnh Hà Nam có 300 sản phẩm OCOP.", None)["figures"]
    assert [(f["value"], f["period"]) for f in found] == [(300, "2021-2025")]
