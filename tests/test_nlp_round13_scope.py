"""Round 13 (issue 10): persons written with apostrophe variants or Khmer name prefixes, and
the scope of figures in merged provinces. Texts are written in our own words."""

from __future__ import annotations

import pytest

from indexer.nlp.persons import titled_names
from indexer.nlp.tokens import words_of


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a highland name with a typographic apostrophe, used as a speaker label
        ("Ông K’Brơi Ha Lan: Năm nay tỉnh có thêm 40 sản phẩm.", "K’Brơi Ha Lan"),
        ("Bà H’Liêm Byă, chủ cơ sở dệt, cho biết thêm.", "H’Liêm Byă"),
        # the modifier-letter apostrophe and the "Ya’"/"Y’" prefixes
        ("Theo ông KʼDũng, hợp tác xã có 30 thành viên.", "KʼDũng"),
        ("Ông Ya’Tuấn kể lại chuyện làm rượu cần.", "Ya’Tuấn"),
        ("Ông Y’Khoa Niê giới thiệu sản phẩm cà phê.", "Y’Khoa Niê"),
        # Khmer names: the female prefix "Néang", the male prefix "Chau", family name "Thạch"
        ("Bà Néang Sô Phia, Giám đốc hợp tác xã, nói.", "Néang Sô Phia"),
        ("Ông Chau Sóc Kha giới thiệu đường thốt nốt.", "Chau Sóc Kha"),
        ("Chị Thạch Thị Sa Vy bán hàng trên mạng.", "Thạch Thị Sa Vy"),
    ],
)
def test_person_names_with_apostrophes_and_khmer_prefixes(text: str, name: str | None) -> None:
    found = [n for _s, _e, n in titled_names(text)]
    assert found == ([name] if name else [])


def test_typographic_apostrophe_inside_a_word_but_not_a_closing_quote() -> None:
    words = [w for _s, _e, w in words_of("ông K’Brơi nói ‘được’ rồi")]
    assert words == ["ông", "K’Brơi", "nói", "được", "rồi"]


def _scopes(title: str, text: str) -> dict[float, str]:
    from indexer.nlp import enrich

    return {f["value"]: f["province"] for f in enrich(title, "", text, None)["figures"]}


# A former province as the SUBJECT of a count keeps its old name; as a product's origin, or
# as a part already counted inside the merged province's total, it scopes nothing after it.
@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        # a part of the merged total, then "Các sản phẩm này": the whole, not the part
        (
            "Đắk Lắk rà soát sản phẩm OCOP",
            "Tỉnh Đắk Lắk có 820 sản phẩm OCOP. Khu vực Phú Yên cũ đóng góp 310 sản phẩm.\n\n"
            "Các sản phẩm này thuộc về 415 chủ thể, gồm 61 hợp tác xã.",
            {820: "Đắk Lắk", 310: "Phú Yên", 415: "Đắk Lắk", 61: "Đắk Lắk"},
        ),
        (
            "Ninh Bình thống kê làng nghề",
            "Toàn tỉnh có 240 làng nghề, riêng vùng Nam Định cũ có 95 làng nghề.\n\n"
            "Những làng nghề này tạo việc làm cho 18.000 lao động.",
            {240: "Ninh Bình", 95: "Nam Định", 18000: "Ninh Bình"},
        ),
        # a district addressed with "thuộc tỉnh X cũ": the count keeps the former province
        (
            "Lào Cai sắp xếp xã",
            "Xã Mường Lai (mới) được lập từ 4 xã của huyện Lục Yên thuộc tỉnh Yên Bái cũ.",
            {4: "Yên Bái"},
        ),
        # a former province inside a list of goods names a product, not the counted things
        (
            "Tây Ninh mở điểm bán OCOP",
            "Quầy hàng bày 210 sản phẩm của 64 chủ thể, chủ yếu là mắm, nếp Long An và bánh "
            "tráng.\n\nSau hai tháng, quầy bán được 950 triệu đồng.",
            {210: "Tây Ninh", 64: "Tây Ninh", 950_000_000: "Tây Ninh"},
        ),
    ],
)
def test_scope_of_former_provinces(title: str, text: str, expected: dict) -> None:
    got = _scopes(title, text)
    assert {v: got.get(v) for v in expected} == expected


def test_former_province_subject_of_its_own_paragraph_still_carries() -> None:
    # guard: the former region named first (not as a part of a merged total) keeps its name
    got = _scopes(
        "Ninh Bình bảo tồn làng nghề",
        "Khu vực Hà Nam cũ (nay thuộc tỉnh Ninh Bình) có 31 làng nghề.\n\n"
        "Các làng nghề này thu hút 7.400 lao động.",
    )
    assert (got.get(31), got.get(7400)) == ("Hà Nam", "Hà Nam")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # an untitled speaker label: a short answer after it is no headline
        ("Chau Sóc Kha: Rất tốt.", [(0, 12)]),
        ("Thạch Văn Tha: Bán được nhiều.", [(0, 13)]),
        # guards: a headline stays a headline after its colon
        ("Nghề Đúc Đồng Đại Bái: Tinh Hoa Nghề Cổ Truyền Việt", []),
        ("Gạo Séng Cù: Ngon Và Thơm Nhất Vùng", []),
    ],
)
def test_untitled_speaker_label(line: str, expected: list) -> None:
    from indexer.nlp.persons import confirmed_names, untitled_candidates

    assert confirmed_names(line, untitled_candidates(line, [])) == expected
