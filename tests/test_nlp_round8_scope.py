"""Issue 10, round 8: persons, scope, stars and which numbers are figures (shapes listed from
the errors of the seen set blind10 and the unannotated template texts).

Each test is a general shape written in our own words, never a sentence of real coverage.
"""

from __future__ import annotations

import pytest

from indexer.nlp import enrich


def persons(text: str, title: str = "Tin OCOP") -> list[str]:
    ents = enrich(title, "", text, None)["entities"]
    return sorted(e["text"] for e in ents if e["type"] == "PER")


def rows(title: str, text: str, *keys: str) -> list[tuple]:
    return [tuple(f[k] for k in keys) for f in enrich(title, "", text, None)["figures"]]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a title that the organisation finder split ("Chánh | Văn phòng …"): the name after
        # the organisation is still the official's, also when its last syllable is a noun
        (
            "Chánh Văn phòng VPĐP NTM TW Hoàng Đức Trường nhận xét tỉnh làm tốt.",
            ["Hoàng Đức Trường"],
        ),
        (
            "Buổi lễ có Phó Chánh Văn phòng Điều phối nông thôn mới Trung ương Lưu Văn Thịnh; "
            "lãnh đạo tỉnh cùng dự.",
            ["Lưu Văn Thịnh"],
        ),
        # the organisation alone, with no name after it, names no person
        ("Chánh Văn phòng UBND tỉnh cho biết kết quả.", []),
        # a highland given name led by the one-letter syllable "A" or "Y", after an honorific
        ("Homestay do ông A Lót, người Ba Na, làm chủ.", ["A Lót"]),
        # … but not a list marker or a grade letter without an honorific
        ("Nhóm A Bình gồm 3 sản phẩm.", []),
        # a source line with the writer and the outlet
        ("Tỉnh có 40 sản phẩm.\n\nTheo Minh Châu/Báo Kinh tế Nông thôn", ["Minh Châu"]),
        ("Tỉnh có 40 sản phẩm.\n\nTheo Lan Hương (TTXVN)", ["Lan Hương"]),
        # "Theo <body>, …" is a source body, never a person
        ("Theo Sở Công Thương - Báo cáo năm, tỉnh có 5 sản phẩm.", []),
    ],
)
def test_person_shapes(text: str, expected: list[str]) -> None:
    assert persons(text) == expected
