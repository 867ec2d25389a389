from __future__ import annotations

from datetime import date

import pytest

from corpus.errors import OcopError
from corpus.textnorm import fold, fold_aligned
from indexer.backends.sqlite_fts import fts_match, make_snippet
from indexer.query import ParsedQuery, QuerySpec, StatsSpec, parse_query, period_key


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Đắk Lắk", "dak lak"),
        ("ĐỒNG THÁP", "dong thap"),
        ("Thừa Thiên Huế", "thua thien hue"),
        ("sản phẩm OCOP 4 sao", "san pham ocop 4 sao"),
    ],
)
def test_fold(text, expected):
    assert fold(text) == expected


def test_fold_aligned_keeps_offsets():
    text = "Đồng Tháp có 12 sản phẩm"
    assert len(fold_aligned(text)) == len(text)
    assert fold_aligned(text).lower().index("san pham") == text.index("sản phẩm")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("quảng ninh", ParsedQuery(("quang", "ninh"))),
        ('gạo "4 sao" -hà', ParsedQuery(("gao",), ("4 sao",), ("ha",))),
        ("TP.HCM", ParsedQuery((), ("tp hcm",))),
        ("vải OR nhãn", ParsedQuery(("vai", "nhan"), any_terms=True)),
        ('"" - ', ParsedQuery()),
    ],
)
def test_parse_query(text, expected):
    assert parse_query(text) == expected


def test_fts_match_quotes_every_word():
    assert fts_match(parse_query('gạo "4 sao" -hà')) == '"gao" AND "4 sao" NOT "ha"'
    assert fts_match(parse_query("vải OR nhãn")) == '("vai" OR "nhan")'
    # FTS5 syntax typed by a user is just text
    assert fts_match(parse_query("NEAR(a b) ^x*")) == '"b" AND "x" AND "near a"'


def test_snippet_finds_word_without_diacritics():
    text = "Mở đầu. " * 40 + "Tỉnh Quảng Ninh có 25 sản phẩm đạt 4 sao." + " Kết." * 40
    snip = make_snippet(text, ["quang", "ninh"], width=80)
    assert "Quảng Ninh" in snip and snip.startswith("…") and snip.endswith("…")


@pytest.mark.parametrize("words", [["quang", "ninh"], [], ["khong-co"]])
def test_snippet_never_ends_inside_a_word(words):
    text = "Trong đợt đánh giá năm nay, tỉnh Quảng Ninh công nhận thêm sản phẩm. " * 12
    snip = make_snippet(text, words, width=70)
    assert snip.endswith("…")
    cut = snip[:-1].split(" ")[-1]
    assert cut in text.split(" "), f"snippet ends in the middle of a word: {cut!r}"
    assert len(snip) <= 72


@pytest.mark.parametrize(
    "kwargs, message",
    [
        ({"sort": "random"}, "unknown sort"),
        ({"since": date(2026, 2, 1), "until": date(2026, 1, 1)}, "is after"),
        ({"star": 6}, "between 1 and 5"),
        ({"limit": -1}, "negative"),
    ],
)
def test_query_spec_validation(kwargs, message):
    with pytest.raises(OcopError, match=message):
        QuerySpec(**kwargs)


def test_stats_spec_rejects_unknown_group():
    with pytest.raises(OcopError, match="unknown grouping"):
        StatsSpec(group_by=("colour",))


@pytest.mark.parametrize(
    "group, expected",
    [("year", "2026"), ("month", "2026-09"), ("week", "2026-W38"), ("day", "2026-09-17")],
)
def test_period_key(group, expected):
    assert period_key("2026-09-17T07:31:00+07:00", group) == expected


def test_metrics_cover_what_the_figure_parser_assigns():
    from indexer.nlp import enrich
    from indexer.query import METRICS

    text = ("Toàn tỉnh có 120 sản phẩm OCOP, 35 HTX và 12 làng nghề. Doanh thu tăng 12%. "
            "Thu nhập bình quân đạt 75 triệu đồng/người/năm. Kim ngạch xuất khẩu đạt 2 triệu USD. "
            "Tỉnh đã hỗ trợ 4,5 tỷ đồng cho 20 trang trại trên diện tích 300 ha.")  # fmt: skip
    metrics = {f["metric"] for f in enrich("t", "", text, None)["figures"]}
    assert len(metrics) >= 6 and metrics <= set(METRICS)
    assert {"money_vnd", "money_usd", "share", "farms", "area_ha"} <= set(METRICS)
