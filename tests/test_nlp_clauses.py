"""Three clause shapes (lead's list of known gaps, 2026-11-23): bodies named after their tasks
with a comma inside the name, parts introduced by "Cùng với N …" / "(Cũng) trong số <unit>
<words>," and ratings written after "đủ điều kiện công nhận … N sao".

Every text is written for this test (structures seen in OCOP news, not their sentences).
"""

from __future__ import annotations

import pytest

from indexer.nlp import enrich


def figs(text: str) -> list[dict]:
    return enrich("", "", text, None)["figures"]


def orgs(text: str) -> list[str]:
    return [e["text"] for e in enrich("", "", text, None)["entities"] if e["type"] == "ORG"]


@pytest.mark.parametrize(
    "text, org",
    [
        (
            "Hội đồng thẩm định, xếp hạng sản phẩm OCOP tỉnh Phú Thọ vừa họp phiên cuối năm.",
            "Hội đồng thẩm định, xếp hạng sản phẩm OCOP tỉnh Phú Thọ",
        ),
        (
            "Kết quả do Hội đồng chấm điểm, phân loại sản phẩm OCOP cấp huyện công bố sáng nay.",
            "Hội đồng chấm điểm, phân loại sản phẩm OCOP cấp huyện",
        ),
        (
            "Hồ sơ đã gửi Hội đồng Đánh giá, phân hạng sản phẩm OCOP cấp tỉnh Gia Lai từ tháng 8.",
            "Hội đồng Đánh giá, phân hạng sản phẩm OCOP cấp tỉnh Gia Lai",
        ),
        (
            "Bà Đinh Thị Hạnh, Phó Chủ tịch Hội đồng đánh giá và phân hạng sản phẩm OCOP huyện "
            "Tân Kỳ, nhận xét bao bì đã đẹp hơn.",
            "Hội đồng đánh giá và phân hạng sản phẩm OCOP huyện Tân Kỳ",
        ),
    ],
)
def test_a_body_named_after_its_tasks_is_one_org_across_its_comma(text, org):
    assert org in orgs(text)


@pytest.mark.parametrize(
    "text",
    [
        "Hội đồng đã họp, thống nhất chấm điểm sản phẩm OCOP của 9 chủ thể.",
        "Hội đồng này xem xét hồ sơ sản phẩm OCOP trong hai ngày.",
    ],
)
def test_a_council_as_subject_of_a_verb_is_not_a_task_name(text):
    assert not any("OCOP" in o for o in orgs(text))


@pytest.mark.parametrize(
    "text, value, base",
    [
        (
            "Năm nay tỉnh Kon Tum có thêm 21 sản phẩm OCOP. Cùng với 34 sản phẩm được đánh giá "
            "lại, toàn tỉnh hiện có 118 sản phẩm còn hiệu lực.",
            34,
            118,
        ),
        (
            "Cùng với 6 hợp tác xã thành lập mới, tỉnh Kon Tum có 52 hợp tác xã tham gia OCOP.",
            6,
            52,
        ),
        (
            "Đợt 2, tỉnh Bình Phước công nhận 30 sản phẩm, gồm 11 sản phẩm mới và 19 sản phẩm "
            "nâng hạng. Cũng trong số sản phẩm mới, có 4 sản phẩm đạt 4 sao.",
            4,
            11,
        ),
        (
            "Huyện Đồng Phú có 26 sản phẩm, gồm 9 sản phẩm mới và 17 sản phẩm cũ. Trong số các "
            "sản phẩm cũ, 5 sản phẩm được nâng hạng.",
            5,
            17,
        ),
    ],
)
def test_parts_named_by_an_opening_phrase_get_their_base(text, value, base):
    found = [f for f in figs(text) if f["value"] == value]
    assert [(f["relation"], f["base"]) for f in found] == [("part_of", base)]


def test_a_head_that_names_no_earlier_figure_keeps_the_plain_breakdown():
    text = (
        "Tỉnh Bình Phước có 30 sản phẩm OCOP. Trong số sản phẩm được công nhận, 7 sản phẩm "
        "đạt 4 sao."
    )
    seven = [f for f in figs(text) if f["value"] == 7]
    assert [(f["relation"], f["base"], f["star"]) for f in seven] == [("part_of", 30, 4)]


@pytest.mark.parametrize(
    "text, star, potential",
    [
        ("Tỉnh Lào Cai có 14 sản phẩm đủ điều kiện công nhận sản phẩm OCOP 3 sao.", 3, None),
        ("Tỉnh Lào Cai có 14 sản phẩm đủ điều kiện công nhận là sản phẩm OCOP đạt 4 sao.", 4, None),
        ("Tỉnh Lào Cai có 14 sản phẩm đủ điều kiện để công nhận hạng 3 sao.", 3, None),
        ("Tỉnh Lào Cai có 14 sản phẩm đủ điều kiện công nhận OCOP 4 sao.", 4, None),
        # pending, not awarded: the award is asked of someone else, or only a potential
        ("Tỉnh Lào Cai có 2 sản phẩm đủ điều kiện đề nghị Trung ương xét 5 sao.", None, 5),
        ("Tỉnh Lào Cai có 2 sản phẩm được công nhận là sản phẩm tiềm năng 5 sao.", None, 5),
    ],
)
def test_a_rating_after_qualified_for_recognition_is_awarded(text, star, potential):
    rated = [(f["star"], f["potential_star"]) for f in figs(text) if f["unit"] == "sản phẩm"]
    assert rated == [(star, potential)]


@pytest.mark.parametrize(
    "text, value",
    [
        (
            "Tỉnh Hậu Giang có 64 chủ thể OCOP. Riêng HTX Rau sạch Long Mỹ đã liên kết với "
            "khoảng 150 hộ trồng rau.",
            150,
        ),
        (
            "Huyện Phụng Hiệp có 20 chủ thể OCOP, trong đó Công ty TNHH Mía Phụng Hiệp ký hợp "
            "đồng với 90 hộ trồng mía.",
            90,
        ),
    ],
)
def test_households_a_participant_links_with_are_not_parts_of_the_participants(text, value):
    found = [f for f in figs(text) if f["value"] == value]
    assert [(f["unit"], f["relation"], f["base"]) for f in found] == [("hộ", "total", None)]


@pytest.mark.parametrize(
    "text, absent, present",
    [
        (
            "Sở sẽ hướng dẫn Ban Chỉ đạo OCOP cấp dưới rà soát hồ sơ.",
            "Ban Chỉ đạo OCOP",
            None,
        ),
        (
            "Hội Nông dân các cấp và Sở Công Thương tỉnh Hà Nam cùng hỗ trợ.",
            "Hội Nông dân",
            "Sở Công Thương tỉnh Hà Nam",
        ),
    ],
)
def test_a_body_of_every_level_is_not_one_named_organisation(text, absent, present):
    found = orgs(text)
    assert absent not in found
    assert present is None or present in found
