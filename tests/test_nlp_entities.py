"""Entities: organisation patterns, titled person names, gazetteer places, false positives."""

from __future__ import annotations

import pytest

from indexer.nlp import enrich


def entities(text: str, title: str = "") -> list[tuple[str, str]]:
    return [(e["type"], e["text"]) for e in enrich(title, "", text, None)["entities"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("UBND tỉnh Quảng Ninh vừa công nhận sản phẩm.", ("ORG", "UBND tỉnh Quảng Ninh")),
        ("Ủy ban nhân dân tỉnh Quảng Ninh vừa họp.", ("ORG", "Ủy ban nhân dân tỉnh Quảng Ninh")),
        ("UBND huyện Gia Lâm cho biết như vậy.", ("ORG", "UBND huyện Gia Lâm")),
        (
            "Sở Nông nghiệp và Phát triển nông thôn tỉnh Bắc Giang cho biết.",
            ("ORG", "Sở Nông nghiệp và Phát triển nông thôn tỉnh Bắc Giang"),
        ),
        ("Bộ Nông nghiệp và Môi trường chủ trì hội nghị.", ("ORG", "Bộ Nông nghiệp và Môi trường")),
        ("Ban Chỉ đạo Chương trình OCOP tỉnh đã họp.", ("ORG", "Ban Chỉ đạo Chương trình OCOP")),
        (
            "Văn phòng Điều phối nông thôn mới tỉnh tổ chức lớp học.",
            ("ORG", "Văn phòng Điều phối nông thôn mới"),
        ),
        ("Sản phẩm của Công ty TNHH Sa Giang, đạt 4 sao.", ("ORG", "Công ty TNHH Sa Giang")),
        (
            "Giám đốc công ty TNHH Thủy sản Hạ Long chia sẻ.",
            ("ORG", "công ty TNHH Thủy sản Hạ Long"),
        ),
        ("HTX Chè Phìn Hồ đạt 5 sao.", ("ORG", "HTX Chè Phìn Hồ")),
        (
            "Hợp tác xã Nông nghiệp Bảo Hưng được thành lập.",
            ("ORG", "Hợp tác xã Nông nghiệp Bảo Hưng"),
        ),
        (
            "Viện khoa học và Công nghệ MeKong chia sẻ kinh nghiệm.",
            ("ORG", "Viện khoa học và Công nghệ MeKong"),
        ),
        (
            "Trường Đại học Nông lâm Bắc Giang tiếp tục nghiên cứu.",
            ("ORG", "Trường Đại học Nông lâm Bắc Giang"),
        ),
        ("Hội Nông dân tỉnh phối hợp tổ chức.", ("ORG", "Hội Nông dân")),
        (
            "Trung tâm Khuyến nông tỉnh Đồng Tháp mở lớp.",
            ("ORG", "Trung tâm Khuyến nông tỉnh Đồng Tháp"),
        ),
        ("Cục Kinh tế hợp tác đã hướng dẫn.", ("ORG", "Cục Kinh tế hợp tác")),
    ],
)
def test_organisations(text, expected):
    assert expected in entities(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ông Lê Bá Thành - Phó Giám đốc Sở cho biết.", "Lê Bá Thành"),
        ("bà Phạm Thị Thu Hiền – Giám đốc công ty chia sẻ.", "Phạm Thị Thu Hiền"),
        ("Đến dự có đ/c Vũ Thành Long, Trưởng ban.", "Vũ Thành Long"),
        ("TS. Phan Anh Tuấn – Viện trưởng chia sẻ.", "Phan Anh Tuấn"),
        ("Phát biểu, đồng chí Nguyễn Mạnh Quyền nhấn mạnh.", "Nguyễn Mạnh Quyền"),
        ("Phó Chủ tịch Trần Văn Tuấn kết luận.", "Trần Văn Tuấn"),
        ("Nghệ nhân Đặng Văn Hậu tái hiện con giống.", "Đặng Văn Hậu"),
    ],
)
def test_people_after_titles(text, name):
    assert ("PER", name) in entities(text)


def test_person_mentioned_again_without_title_is_counted():
    result = enrich(
        "", "", "Ông Lê Ánh Dương phát biểu. Sau đó Lê Ánh Dương cảm ơn đại biểu.", None
    )
    people = [e for e in result["entities"] if e["type"] == "PER"]
    assert len(people) == 1 and people[0]["count"] == 2


def test_places_are_names_without_admin_word_and_normalised():
    result = enrich("", "", "Tỉnh TT-Huế và huyện Lục Ngạn, xã Dương Xá, TP.HCM.", None)
    locs = {e["text"]: e["norm"] for e in result["entities"] if e["type"] == "LOC"}
    assert locs == {
        "TT-Huế": "Thừa Thiên Huế",
        "Lục Ngạn": "Lục Ngạn",
        "Dương Xá": "Dương Xá",
        "HCM": "TP Hồ Chí Minh",
    }


def test_entities_are_deduplicated_by_type_and_norm():
    result = enrich("", "", "Tỉnh Thừa Thiên Huế và TT Huế là một. Huế đẹp.", None)
    locs = [e for e in result["entities"] if e["type"] == "LOC"]
    assert len(locs) == 1
    assert locs[0]["norm"] == "Thừa Thiên Huế" and locs[0]["count"] == 3
    assert locs[0]["text"] == "Thừa Thiên Huế"  # the first surface form


def test_org_norm_is_tidy():
    result = enrich("", "", "Ủy ban nhân dân  Tỉnh Quảng Ninh đã họp.", None)
    orgs = [e for e in result["entities"] if e["type"] == "ORG"]
    assert orgs[0]["norm"] == "UBND tỉnh Quảng Ninh"


def test_flat_entities_no_loc_inside_org():
    found = entities("UBND tỉnh Bắc Giang tổ chức hội thảo.")
    assert found == [("ORG", "UBND tỉnh Bắc Giang")]


@pytest.mark.parametrize(
    "text",
    [
        "Các sản phẩm OCOP được trưng bày.",
        "Chương trình OCOP giúp nông dân.",
        "Tin liên quan",
        "Trang chủ > Kinh tế",
        "Ngày 10/11/2022 có 180 sản phẩm.",
        "Hội nghị đối tác OCOP diễn ra sáng nay.",
        "Hội thảo có sự tham dự của các Viện nghiên cứu, Trường Đại học, các Sở, ngành.",
        "UBND các huyện, thành phố tiếp tục hỗ trợ.",
        "Quyết định số 612/QĐ-UBND công nhận kết quả.",
        "Viện trưởng cho biết như vậy.",
        "Ban tổ chức cảm ơn đại biểu.",
        "Tỉnh có 1 HTX OCOP mới.",
        "NGHỀ ĐÚC ĐỒNG ĐẠI BÁI TINH HOA",
        "sản phẩm long an toàn cho người dùng",
    ],
)
def test_false_positives_removed(text):
    assert entities(text) == []


def test_title_case_headline_is_not_a_person():
    assert not [e for e in entities("Nghề Đúc Đồng Đại Bái: Tinh Hoa Văn Hóa") if e[0] == "PER"]


def test_spans_slice_back_to_text():
    from indexer.nlp import document_text

    title, text = (
        "Bắc Giang nâng chất OCOP",
        "Ông Lê Ánh Dương - Chủ tịch UBND tỉnh Bắc Giang phát biểu.",
    )
    doc = document_text(title, "", text)
    for e in enrich(title, "", text, None)["entities"]:
        for s, t in e["spans"]:
            assert doc[s:t] in (e["text"], e["text"].upper()) or doc[s:t] == e["text"]
        assert e["count"] == len(e["spans"])


def test_place_names_need_their_own_diacritics():
    # "Quang Trí" folds like "Quảng Trị" but is part of a person's name
    found = entities("Gạo của Doanh nghiệp tư nhân Hồ Quang Trí đạt 5 sao.")
    assert ("ORG", "Doanh nghiệp tư nhân Hồ Quang Trí") in found
    assert not [e for e in found if e[0] == "LOC"]


def test_place_names_without_any_diacritics_still_match():
    assert ("LOC", "Quang Tri") in entities("Tinh Quang Tri co nhieu san pham.")
    assert ("LOC", "Khánh Hoà") in entities("Tỉnh Khánh Hoà có nhiều sản phẩm.")


def test_untitled_name_with_van_or_thi_middle_name():
    assert ("PER", "Nguyễn Thị Mai") in entities(
        "Nguyễn Thị Mai (SN 1985) là chủ HTX Hoa Ban Trắng."
    )


def test_youth_union_is_an_organisation():
    assert ("ORG", "Tỉnh đoàn Yên Bái") in entities(
        "Hội Liên hiệp Phụ nữ và Tỉnh đoàn Yên Bái tổ chức hội chợ."
    )


def test_org_names_stop_at_verbs_and_at_va_plus_common_noun_for_businesses():
    from indexer.nlp import enrich

    def orgs(text):
        return [e["text"] for e in enrich("", "", text, None)["entities"] if e["type"] == "ORG"]

    assert orgs("Sản phẩm vừa được Bộ Nông nghiệp và Môi trường công nhận đạt 5 sao.") == [
        "Bộ Nông nghiệp và Môi trường"
    ]
    assert orgs("Chè của HTX Chè Lũng Phìn và mật ong của HTX Ong Mật Cao Nguyên đạt 4 sao.") == [
        "HTX Chè Lũng Phìn", "HTX Ong Mật Cao Nguyên"]  # fmt: skip
    assert orgs("Viện Chính sách và chiến lược phát triển nông nghiệp nông thôn cho biết.") == [
        "Viện Chính sách và chiến lược phát triển nông nghiệp nông thôn"
    ]


def test_highland_given_names_after_titles():
    from indexer.nlp import enrich

    def people(text):
        return [e["text"] for e in enrich("", "", text, None)["entities"] if e["type"] == "PER"]

    assert people("Theo ông Y Phương Niê, Phó Giám đốc Sở Công Thương, doanh thu tăng.") == [
        "Y Phương Niê"
    ]
    assert people("Bà H'Hen Niê, Giám đốc HTX Buôn Đôn, cho biết.") == ["H'Hen Niê"]
    assert people("Ông Y tế xã đến thăm.") == []


# --- h-nlp2: signatures, names after a public body, places at the start of a sentence --------


@pytest.mark.parametrize("signature", ["Thanh Tâm", "TRỌNG NGHĨA", "Ngọc Mai (thực hiện)"])
def test_an_authors_signature_at_the_end_is_a_person(signature):
    text = f"Tỉnh có 40 sản phẩm OCOP.\n\nNhiều hộ dân đã tăng thu nhập.\n\n{signature}"
    name = signature.split(" (")[0]
    assert ("PER", name) in entities(text)


def test_a_short_capitalised_line_elsewhere_or_a_place_is_no_signature():
    found = entities("Thanh Tâm\n\nTỉnh có 40 sản phẩm.\n\nCác hộ tăng thu nhập.\n\nĐắk Lắk")
    assert ("PER", "Thanh Tâm") not in found and ("PER", "Đắk Lắk") not in found


def test_a_name_after_a_ministry_is_a_person_not_part_of_it():
    found = entities("Thứ trưởng Bộ Nông nghiệp và Môi trường Hoàng Trung Kiên chủ trì cuộc họp.")
    assert ("PER", "Hoàng Trung Kiên") in found
    assert ("ORG", "Bộ Nông nghiệp và Môi trường") in found
    found = entities("Bà Lan, Giám đốc HTX Nông nghiệp Công Bằng Ea Tu, cho biết.")
    assert all(t != "PER" or "Công" not in n for t, n in found)


def test_a_ward_or_village_at_the_start_of_a_sentence_is_a_place():
    assert ("LOC", "Châu Đốc") in entities("Phường Châu Đốc dẫn đầu với 31 sản phẩm.")
    assert ("LOC", "Ma Rai") in entities("Bà H'Lan ở buôn Ma Rai làm thổ cẩm.")
