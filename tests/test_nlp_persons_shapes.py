"""People, round 4 (issue 10): back-references after a capitalised honorific, names an
organisation swallowed, surnames missing from the list, owners of household businesses,
hyphenated titles, credits with an outlet, signatures that are also district names, and
capitalised product names. Every text is written for this test."""

from __future__ import annotations

import pytest

from indexer.nlp import enrich
from indexer.nlp.persons import untitled_candidates


def found(text: str) -> set[tuple[str, str]]:
    return {(e["type"], e["text"]) for e in enrich("", "", text, None)["entities"]}


def people(text: str) -> list[str]:
    return [e["text"] for e in enrich("", "", text, None)["entities"] if e["type"] == "PER"]


@pytest.mark.parametrize(
    "text",
    [
        "Ông Tường đề nghị các xã rà soát lại hồ sơ sản phẩm.",
        "Bà Nhàn cho biết đơn hàng tết đã kín đến tháng Giêng.",
        "Ông Khải chia sẻ, hợp tác xã sẽ mở thêm điểm bán ở thành phố.",
    ],
)
def test_an_honorific_and_a_given_name_is_a_back_reference_not_a_name(text):
    assert people(text) == []


def test_a_full_name_after_a_capitalised_honorific_is_still_found():
    assert people("Ông Đào Quang Vũ giới thiệu sản phẩm miến dong.") == ["Đào Quang Vũ"]


def test_a_name_swallowed_with_a_verb_after_a_ministry_is_cut_out():
    text = "Bộ trưởng Bộ Nông nghiệp và Môi trường Trịnh Quốc Hải nhấn mạnh mỗi sản phẩm OCOP cần có câu chuyện."
    assert ("PER", "Trịnh Quốc Hải") in found(text)
    assert ("ORG", "Bộ Nông nghiệp và Môi trường") in found(text)
    text = "Bộ trưởng Bộ NN&PTNT Đỗ Văn Cường nhấn mạnh vai trò của hợp tác xã."
    assert people(text) == ["Đỗ Văn Cường"]


def test_a_province_before_an_official_is_not_part_of_the_name():
    text = "Chủ tịch UBND tỉnh Hà Tĩnh Phan Quốc Dũng vừa ký quyết định công nhận 30 sản phẩm."
    assert people(text) == ["Phan Quốc Dũng"]
    assert ("ORG", "UBND tỉnh Hà Tĩnh") in found(text)


def test_a_highland_name_after_a_province_council():
    text = "Phó Chủ tịch UBND tỉnh Đắk Lắk Y Khuê Niê vừa ký quyết định công nhận 40 sản phẩm."
    assert people(text) == ["Y Khuê Niê"]
    assert ("ORG", "UBND tỉnh Đắk Lắk") in found(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Hà Nhì / Si La surnames that no list had: the middle name marks the person
        ("Hộ kinh doanh Sừ Văn Chang có 2 sản phẩm mật ong.", "Sừ Văn Chang"),
        ("Chị Pà Thị Dín cùng các chị em trong bản làm thổ cẩm.", "Pà Thị Dín"),
        # surnames added to the list
        ("Tổng giám đốc FAO Khuất Minh Đông đánh giá cao mô hình này.", "Khuất Minh Đông"),
        (
            "Chị Chử Thị Minh Nguyệt, quản lý gian hàng, cho biết đơn hàng tăng.",
            "Chử Thị Minh Nguyệt",
        ),
        # a household business named after its owner: two syllables suffice after the title
        ("Cà phê của hộ kinh doanh Trịnh Hào ở xã Ia Hrung đạt 3 sao.", "Trịnh Hào"),
        ("Hộ sản xuất, kinh doanh Lê Thành Đạt có vườn ổi 3 ha.", "Lê Thành Đạt"),
        # a title run on after a hyphen without spaces
        ("Phó Chủ tịch UBND tỉnh Dương Mah Khải-Chủ tịch Hội đồng phát biểu.", "Dương Mah Khải"),
        # a photo credit with the outlet after a dash
        ("Gian hàng của tỉnh tại hội chợ.\n\nẢnh: Lê Thu Hằng - Báo Nông thôn", "Lê Thu Hằng"),
        # Jrai name with a one-letter middle syllable and an apostrophe given name
        ("Chị Rơ Ô H'Liên ở làng Plei Ktu làm muối lá é đạt 3 sao.", "Rơ Ô H'Liên"),
    ],
)
def test_names_of_new_shapes(text, name):
    assert name in people(text)


def test_officials_listed_after_a_colon_and_semicolons():
    text = (
        "Dự lễ khai mạc có các đồng chí: Hồ Minh Tâm, Phó Bí thư Tỉnh ủy; Lưu Thị Hạnh, Phó "
        "Chủ tịch UBND tỉnh; Quách Văn Lực, Chủ tịch Ủy ban MTTQ tỉnh."
    )
    assert people(text) == ["Hồ Minh Tâm", "Lưu Thị Hạnh", "Quách Văn Lực"]


def test_a_place_led_word_without_a_middle_name_is_not_a_person():
    # "Văn" needs a third syllable after it; an unknown first word alone proves nothing
    assert people("Hội Văn học Nghệ thuật tỉnh tổ chức trại sáng tác.") == []
    assert people("Sở Văn hóa và Thể thao phối hợp tổ chức hội chợ.") == []


def test_the_tail_of_a_capitalised_product_name_is_not_a_person():
    text = "Các sản phẩm gồm rượu Men Lá Bản Đinh Lăng 29% và rượu Men Lá Bản Gold."
    assert untitled_candidates(text, []) == []
    assert people(text) == []
    # … but a name right after a title or after the sentence's first word is a candidate
    assert untitled_candidates("Giám đốc Mai Tuấn, cho biết.", []) == [(9, 17)]
    assert untitled_candidates("Theo Mai Tuấn, đơn hàng tăng.", []) == [(5, 13)]


def test_a_district_name_signed_under_the_article_is_its_author():
    text = (
        "Huyện Thanh Hà có 12 sản phẩm vải thiều đạt OCOP.\n\n"
        "Năm nay tỉnh đặt mục tiêu thêm 20 sản phẩm.\n\nThanh Hà"
    )
    ents = found(text)
    assert ("PER", "Thanh Hà") in ents and ("LOC", "Thanh Hà") in ents


def test_a_province_signed_at_the_end_is_still_no_person():
    text = "Tỉnh có 40 sản phẩm OCOP.\n\nNhiều hộ dân đã tăng thu nhập.\n\nBắc Giang"
    assert people(text) == []


@pytest.mark.parametrize(
    ("signature", "names"),
    [
        ("Minh Châu – Quốc Toản", ["Minh Châu", "Quốc Toản"]),
        ("Hoài An - Đức Huy", ["Hoài An", "Đức Huy"]),
        ("Ngọc Diệp (CTV)", ["Ngọc Diệp"]),
    ],
)
def test_signatures_with_two_authors_or_a_contributor_mark(signature, names):
    text = f"Tỉnh có 40 sản phẩm OCOP.\n\nNhiều hộ dân đã tăng thu nhập.\n\n{signature}"
    assert people(text) == names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ông Lê Văn Tâm Hà Nội mang 20 sản phẩm tới hội chợ.", "Lê Văn Tâm"),
        ("Gian hàng của bà Phạm Thị Hương Thái Bình bán hết sau hai ngày.", "Phạm Thị Hương"),
        # a four-syllable name with nothing after it stays whole
        ("Ông Nguyễn Văn An Phú, Giám đốc HTX, cho biết.", "Nguyễn Văn An Phú"),
    ],
)
def test_a_place_running_on_after_a_name_is_not_part_of_it(text, name):
    assert people(text) == [name]


def test_a_name_after_a_party_committee_and_its_place():
    text = "Tại buổi làm việc, Bí thư Huyện ủy Si Ma Cai Giàng Seo Lử yêu cầu các xã rà soát."
    assert people(text) == ["Giàng Seo Lử"]
    assert ("ORG", "Huyện ủy Si Ma Cai") in found(text)
    # a business may carry a place and a person-like name in its own name
    assert people("Giám đốc HTX Lục Ngạn Hoàng Gia Phát cho biết.") == []


def test_an_ede_name_with_the_short_surname_spelling():
    assert people("Chị Nie Kđăm H'Loan cho biết sản phẩm đã vào siêu thị.") == ["Nie Kđăm H'Loan"]


def test_a_cooperative_named_after_its_founder_is_one_organisation():
    # annotation convention: ORG is the full name; the founder's name inside it is no PER
    text = "Sản phẩm của HTX Nguyễn Văn Hưng đạt 4 sao."
    assert found(text) == {("ORG", "HTX Nguyễn Văn Hưng")}
    # a household business is annotated by its owner's name
    assert people("Sản phẩm của hộ kinh doanh Nguyễn Văn Hưng đạt 4 sao.") == ["Nguyễn Văn Hưng"]
