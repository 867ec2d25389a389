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
