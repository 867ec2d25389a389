"""People (issue 10): names without a title, after long titles with abbreviations, several
officials in one sentence, highland names. Texts written for this test."""

from __future__ import annotations

import pytest

from indexer.nlp import enrich


def people(text: str) -> list[str]:
    return [e["norm"] for e in enrich("", "", text, None)["entities"] if e["type"] == "PER"]


def orgs(text: str) -> list[str]:
    return [e["text"] for e in enrich("", "", text, None)["entities"] if e["type"] == "ORG"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # untitled, by shape: surname + two syllables
        ("Theo chia sẻ của Đặng Minh Khoa, sản phẩm đã có mặt ở siêu thị.", ["Đặng Minh Khoa"]),
        ("Lò Văn Pấng giới thiệu sản phẩm chè tại gian hàng.", ["Lò Văn Pấng"]),
        # a two-syllable name in apposition to a title
        ("Mai Tuấn, Giám đốc HTX, cho biết đơn hàng tăng mạnh.", ["Mai Tuấn"]),
        # long titles with abbreviations before the name
        ("Ủy viên thường trực BCĐ TW Nguyễn Hữu Lộc phát biểu tại hội nghị.", ["Nguyễn Hữu Lộc"]),
        (
            "Chánh văn phòng VPĐP NTM TW Trần Quốc Bảo chủ trì buổi làm việc.",
            ["Trần Quốc Bảo"],
        ),
        ("Phó Chủ tịch UBND tỉnh Lâm Đồng Phạm Thị Ngân dự lễ trao chứng nhận.", ["Phạm Thị Ngân"]),
        # several officials in one sentence
        (
            "Dự buổi lễ có ông Vũ Đình Hải, Giám đốc Sở Công Thương, và bà Tạ Thu Hằng, "
            "Phó Chủ tịch Hội Nông dân tỉnh.",
            ["Vũ Đình Hải", "Tạ Thu Hằng"],
        ),
        # highland names
        ("Ông Ksor Nhiên, Giám đốc HTX, giới thiệu cà phê của đồng bào.", ["Ksor Nhiên"]),
        ("Y Khăm Niê cùng gia đình trồng 3 ha cà phê sạch.", ["Y Khăm Niê"]),
        ("Bà H'Lan Byă chia sẻ về nghề dệt thổ cẩm.", ["H'Lan Byă"]),
        ("Rơ Châm Hiếu là người đầu tiên đưa mật ong vào chuỗi.", ["Rơ Châm Hiếu"]),
    ],
)
def test_people(text, expected):
    assert people(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Cửa hàng nằm trên đường Nguyễn Văn Linh, gần chợ trung tâm.",
        "Sản phẩm được bày bán tại Hà Nội và TP Hồ Chí Minh.",
        "Nhãn hàng “Hồ Văn Cẩm” được nhiều khách chọn mua.",
    ],
)
def test_not_people(text):
    assert people(text) == []


def test_the_organisation_before_an_officials_name_keeps_its_own_span():
    text = "Phó Chủ tịch UBND tỉnh Lâm Đồng Phạm Thị Ngân dự lễ trao chứng nhận."
    assert orgs(text) == ["UBND tỉnh Lâm Đồng"]
    text = "Chánh văn phòng VPĐP NTM TW Trần Quốc Bảo chủ trì buổi làm việc."
    assert orgs(text) == ["VPĐP NTM TW"]


def test_a_city_after_an_organisation_is_not_a_person():
    text = "Phó Giám đốc Sở Công Thương TP Hồ Chí Minh Lê Minh Tâm cho biết như vậy."
    assert orgs(text) == ["Sở Công Thương TP Hồ Chí Minh"]


def test_council_is_an_organisation():
    assert orgs("Hội đồng OCOP tỉnh Yên Bái đã chấm điểm 20 sản phẩm.") == [
        "Hội đồng OCOP tỉnh Yên Bái"
    ]


def test_related_news_headlines_give_no_entities():
    text = "Ông Lê Văn Ba dự hội nghị.\n\nTin liên quan\nĐồng Nai có thêm 12 sản phẩm OCOP"
    types = {(e["type"], e["norm"]) for e in enrich("", "", text, None)["entities"]}
    assert types == {("PER", "Lê Văn Ba")}


def test_photo_credit_in_a_caption_is_a_person_but_initials_are_not():
    assert people("Gian hàng của tỉnh tại hội chợ (Ảnh: Quang An).") == ["Quang An"]
    assert people("Ảnh: T.HỒNG") == []


def test_a_council_without_its_place_name_is_no_organisation():
    text = "Phó Chủ tịch UBND tỉnh Lê Thị Hoa chủ trì hội nghị."
    assert (people(text), orgs(text)) == (["Lê Thị Hoa"], [])
