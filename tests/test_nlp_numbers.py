"""parse_number: Vietnamese digit grouping, decimals, multipliers and spelled-out numbers."""

from __future__ import annotations

import pytest

from indexer.nlp import parse_number


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1.054", 1054.0),
        ("23,3", 23.3),
        ("1.234,5", 1234.5),
        ("01", 1.0),
        ("12.500.000", 12_500_000.0),
        ("0.5", 0.5),
        ("2.5", 2.5),
        ("76,7", 76.7),
        ("2,5 tỷ", 2.5e9),
        ("3 nghìn", 3000.0),
        ("4 ngàn", 4000.0),
        ("75 triệu", 75e6),
        ("1,2 tỉ", 1.2e9),
        ("một", 1.0),
        ("hai", 2.0),
        ("năm", 5.0),
        ("mười", 10.0),
        ("mười lăm", 15.0),
        ("mười một", 11.0),
        ("hai mươi", 20.0),
        ("hai mươi mốt", 21.0),
        ("ba mươi tư", 34.0),
        ("chín mươi chín", 99.0),
        ("một trăm", 100.0),
        ("một trăm linh năm", 105.0),
        ("hai trăm năm mươi", 250.0),
        ("hai nghìn", 2000.0),
        ("Mười Lăm", 15.0),
    ],
)
def test_parse_number(text, expected):
    assert parse_number(text) == pytest.approx(expected)


@pytest.mark.parametrize("text", ["", "abc", "tư", "mốt", "lăm", "sản phẩm", "1/2", "mươi", "trăm"])
def test_not_a_number(text):
    assert parse_number(text) is None
