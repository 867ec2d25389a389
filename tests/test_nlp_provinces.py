"""The province table, aliases, the 63 -> 34 merger and the gazetteer over running text."""

from __future__ import annotations

import pytest

from corpus.textnorm import fold
from indexer.nlp import NEW_PROVINCE, NEW_PROVINCES, PROVINCES, normalise_province
from indexer.nlp.provinces import ALIASES, DISTRICTS, find_places


def test_table_sizes():
    assert len(PROVINCES) == 63
    assert len(set(PROVINCES)) == 63
    assert len(NEW_PROVINCES) == 34
    assert set(NEW_PROVINCE) == set(PROVINCES)
    assert set(NEW_PROVINCE.values()) == set(NEW_PROVINCES)


@pytest.mark.parametrize("name", PROVINCES)
def test_every_canonical_name_round_trips(name):
    assert normalise_province(name) == (name, NEW_PROVINCE[name])
    assert normalise_province(fold(name)) == (name, NEW_PROVINCE[name])  # no diacritics
    assert normalise_province(name.upper()) == (name, NEW_PROVINCE[name])
    assert normalise_province(f"tỉnh {name}")[0] == name


@pytest.mark.parametrize(
    ("canonical", "alias"), [(c, a) for c, aliases in ALIASES.items() for a in aliases]
)
def test_every_alias(canonical, alias):
    assert normalise_province(alias) == (canonical, NEW_PROVINCE[canonical])


@pytest.mark.parametrize(
    ("text", "canonical", "new"),
    [
        ("TP HCM", "TP Hồ Chí Minh", "TP Hồ Chí Minh"),
        ("TP.HCM", "TP Hồ Chí Minh", "TP Hồ Chí Minh"),
        ("HCM", "TP Hồ Chí Minh", "TP Hồ Chí Minh"),
        ("Sài Gòn", "TP Hồ Chí Minh", "TP Hồ Chí Minh"),
        ("TP. Hồ Chí Minh", "TP Hồ Chí Minh", "TP Hồ Chí Minh"),
        ("thành phố Hồ Chí Minh", "TP Hồ Chí Minh", "TP Hồ Chí Minh"),
        ("TT Huế", "Thừa Thiên Huế", "Huế"),
        ("TT-Huế", "Thừa Thiên Huế", "Huế"),
        ("Thừa Thiên - Huế", "Thừa Thiên Huế", "Huế"),
        ("thua thien hue", "Thừa Thiên Huế", "Huế"),
        ("Huế", "Thừa Thiên Huế", "Huế"),
        ("BR-VT", "Bà Rịa - Vũng Tàu", "TP Hồ Chí Minh"),
        ("Bà Rịa – Vũng Tàu", "Bà Rịa - Vũng Tàu", "TP Hồ Chí Minh"),
        ("Đắc Lắc", "Đắk Lắk", "Đắk Lắk"),
        ("Daklak", "Đắk Lắk", "Đắk Lắk"),
        ("Dak Lak", "Đắk Lắk", "Đắk Lắk"),
        ("Khánh Hoà", "Khánh Hòa", "Khánh Hòa"),
        ("Thanh Hoá", "Thanh Hóa", "Thanh Hóa"),
        ("Hoà Bình", "Hòa Bình", "Phú Thọ"),
        ("tỉnh Bắc Giang", "Bắc Giang", "Bắc Ninh"),
        ("Bắc Kạn", "Bắc Kạn", "Thái Nguyên"),
        ("Bắc Cạn", "Bắc Kạn", "Thái Nguyên"),
        ("Hà Giang", "Hà Giang", "Tuyên Quang"),
        ("Kiên Giang", "Kiên Giang", "An Giang"),
        ("Quảng Nam", "Quảng Nam", "Đà Nẵng"),
        ("TP. Cần Thơ", "Cần Thơ", "Cần Thơ"),
        ("thành phố Hà Nội", "Hà Nội", "Hà Nội"),
    ],
)
def test_aliases_and_merger(text, canonical, new):
    assert normalise_province(text) == (canonical, new)


@pytest.mark.parametrize("text", ["", "   ", "Atlantis", "Lục Ngạn", "sản phẩm", "tỉnh"])
def test_unknown_names(text):
    assert normalise_province(text) is None


def test_every_new_name_resolves_to_itself_as_new():
    for new in NEW_PROVINCES:
        result = normalise_province(new)
        assert result is not None and result[1] == new


def test_table_agrees_with_underthesea_address():
    convert_address = pytest.importorskip("underthesea.address").convert_address

    def short(name: str) -> str:
        for prefix in ("Thành phố ", "Tỉnh "):
            if name.startswith(prefix):
                return name[len(prefix) :]
        return name

    checked = 0
    for old, new in NEW_PROVINCE.items():
        query = "Huế" if old == "Thừa Thiên Huế" else old  # it only knows "Huế"
        query = "Hồ Chí Minh" if old == "TP Hồ Chí Minh" else query
        result = convert_address(query)
        if not result.new.province:
            continue
        expected = "Hồ Chí Minh" if new == "TP Hồ Chí Minh" else new
        assert fold(short(result.new.province)) == fold(expected), old
        checked += 1
    assert checked >= 60


def test_districts_table():
    assert DISTRICTS and all(d.province in PROVINCES for d in DISTRICTS.values())
    names = {d.name: d.province for d in DISTRICTS.values()}
    assert names["Lục Ngạn"] == "Bắc Giang"
    assert names["Cẩm Phả"] == "Quảng Ninh"


def test_find_places_offsets_and_capitalisation():
    text = "Tỉnh Bắc Giang, huyện Lục Ngạn và TP.HCM; không phải long an toàn. TT-Huế."
    places = find_places(text)
    assert [(p.surface, p.province, p.district) for p in places] == [
        ("Bắc Giang", "Bắc Giang", None),
        ("Lục Ngạn", "Bắc Giang", "Lục Ngạn"),
        ("HCM", "TP Hồ Chí Minh", None),
        ("TT-Huế", "Thừa Thiên Huế", None),
    ]
    for p in places:
        assert text[p.start : p.end] == p.surface


def test_unprefixed_district_is_not_a_place_mention():
    assert find_places("vải thiều Lục Ngạn") == []
