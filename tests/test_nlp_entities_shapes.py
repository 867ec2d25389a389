"""Entities, round 4 (issue 10): organisation names end before "ở"/"mỗi" and a dash, a
village's name is no organisation, lists of places after a plural administrative word,
an ethnic group is no country. Every text is written for this test."""

from __future__ import annotations

import pytest

from indexer.nlp import enrich


def found(text: str) -> set[tuple[str, str]]:
    return {(e["type"], e["text"]) for e in enrich("", "", text, None)["entities"]}


@pytest.mark.parametrize(
    ("text", "org", "loc"),
    [
        (
            "Ông Lý Văn Sáng, Giám đốc Hợp tác xã Mật ong Bản Liền ở xã Bản Liền, cho biết.",
            "Hợp tác xã Mật ong Bản Liền",
            "Bản Liền",
        ),
        (
            "Riêng Công ty TNHH Nước mắm Cửa Việt mỗi năm bán ra 90 tấn.",
            "Công ty TNHH Nước mắm Cửa Việt",
            None,
        ),
        (
            "Bà Trần Thị Nga - Giám đốc Hợp tác xã Miến Yên Thành - cho biết.",
            "Hợp tác xã Miến Yên Thành",
            None,
        ),
    ],
)
def test_an_organisation_ends_before_o_moi_and_a_dash(text, org, loc):
    ents = found(text)
    assert ("ORG", org) in ents
    assert not any(t == "ORG" and n != org for t, n in ents)
    if loc:
        assert ("LOC", loc) in ents


def test_a_village_named_like_an_association_is_a_place():
    ents = found("Bà Phan Thị Hoa ở thôn Hội An Đông làm bánh tráng.")
    assert ("LOC", "Hội An Đông") in ents
    assert not any(t == "ORG" for t, _ in ents)


def test_the_central_council_alone_is_no_organisation():
    ents = found("Hai sản phẩm được đề nghị Hội đồng Trung ương đánh giá 5 sao.")
    assert not any(t == "ORG" for t, _ in ents)


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "Vùng trồng tập trung ở các xã Phước Thành, Phước Lộc và Trà Giác.",
            ["Phước Thành", "Phước Lộc", "Trà Giác"],
        ),
        ("Hội đồng chấm sản phẩm của các huyện Ea Súp, Krông Bông.", ["Ea Súp", "Krông Bông"]),
        ("Hai xã Tân Lập, Tân Hòa có nhiều sản phẩm nhất.", ["Tân Lập", "Tân Hòa"]),
    ],
)
def test_places_listed_after_a_plural_administrative_word(text, places):
    ents = found(text)
    assert all(("LOC", p) in ents for p in places)


def test_a_single_place_does_not_swallow_the_next_capitalised_words():
    ents = found("Sản phẩm của xã Tân Lập, Giám đốc HTX cho biết.")
    assert ("LOC", "Tân Lập") in ents and ("LOC", "Giám đốc HTX") not in ents


def test_an_ethnic_group_named_like_a_country_is_no_place():
    ents = found("Chị Lò Thị Xuân, người dân tộc Lào ở bản Na Hẹ, dệt thổ cẩm.")
    assert ("LOC", "Lào") not in ents
    assert ("LOC", "Lào") in found("Sản phẩm đã xuất sang Lào và Campuchia.")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Nhiều khách tìm mua sâm Ngọc Linh và miến dong.", "Ngọc Linh"),
        ("Gian hàng bày gốm Phù Lãng, chiếu cói và mây tre.", "Phù Lãng"),
        ("Tỉnh có mật ong rừng Phìn Hồ đạt 3 sao.", "Phìn Hồ"),
        ("Rượu Kim Sơn 40 độ được nhiều người ưa chuộng.", "Kim Sơn"),
    ],
)
def test_a_place_inside_a_product_name_is_a_place(text, place):
    assert ("LOC", place) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        # a variety: the capitalised word runs on into a lower-case one
        "Vùng chè Shan tuyết cổ thụ rộng 300 ha.",
        # a title between the product and a name: a nickname brand
        "Quầy bán bún khô cô Thoa và miến dong.",
        # a word of several vowel groups is no Vietnamese place
        "Hợp tác xã có 3 sản phẩm cà phê Robusta của xã viên.",
    ],
)
def test_varieties_and_brands_after_a_product_noun_are_no_places(text):
    assert not any(t == "LOC" for t, _ in found(text))


def test_a_capitalised_product_noun_counts_only_at_a_sentence_start():
    ents = found("Nổi bật có chè cổ thụ Cao Phạ và mật ong bạc hà.")
    assert ("LOC", "Phạ") not in ents


def test_a_nickname_brand_after_a_product_noun_is_no_place():
    ents = found("Được tái công nhận có bánh tét thập cẩm Sáu Lành, tôm khô Út Hiền.")
    assert not any(t == "LOC" for t, _ in ents)


def test_places_with_y_inside_a_vowel_group_are_vietnamese():
    ents = found("Các sản phẩm gồm trà Tân Cương, chè Tuyết Sơn và miến Nguyễn Bình.")
    assert ("LOC", "Tuyết Sơn") in ents


def test_a_village_number_after_its_name_is_part_of_it():
    ents = found("Chị Lò Thị Xuân ở bản Huổi Một 2, xã Chiềng Sơn, dệt thổ cẩm.")
    assert ("LOC", "Huổi Một 2") in ents
    # a commune's name is never numbered; a count after it is not part of it
    assert ("LOC", "Chiềng Sơn") in found("Xã Chiềng Sơn 3 năm liền có sản phẩm mới.")


def test_a_one_word_district_standing_alone_is_a_place_but_not_after_a_title():
    assert ("LOC", "Pleiku") in found("Chúng tôi mang hàng xuống hội chợ ở Pleiku, bán rất chạy.")
    assert ("LOC", "Vinh") not in found("Ông Trần Đức Vinh chia sẻ. Sau đó ông Vinh giới thiệu.")


def test_regions_are_places():
    ents = found("Tỉnh dẫn đầu khu vực Đồng bằng sông Cửu Long và vượt nhiều tỉnh Tây Nguyên.")
    assert {("LOC", "Đồng bằng sông Cửu Long"), ("LOC", "Tây Nguyên")} <= ents


def test_a_plural_list_of_places_after_a_qualifier():
    ents = found("Sản lượng lớn nhất ở các xã ven biển Hải Ninh, Hải An và Hải Khê.")
    assert {("LOC", "Hải Ninh"), ("LOC", "Hải An"), ("LOC", "Hải Khê")} <= ents
