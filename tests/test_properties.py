"""Property-based tests: the extractor, the number parser, the enrichment and the query parser
take anything a hostile or broken page can hold, never crash, and finish within a time bound
per input (hypothesis' deadline)."""

from __future__ import annotations

import math
import time
from datetime import timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crawler.extract import extract
from indexer.nlp import parse_number
from indexer.nlp.pipeline import enrich
from indexer.query import parse_query

VIETNAMESE = (
    "aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ"
)
TEXT = st.text(
    alphabet=st.sampled_from(VIETNAMESE + VIETNAMESE.upper() + "0123456789 .,;:%-–()\"'\n/"),
    max_size=3000,
)
SLOW = settings(max_examples=40, deadline=timedelta(seconds=3),
                suppress_health_check=[HealthCheck.too_slow])  # fmt: skip


@SLOW
@given(st.binary(max_size=20_000))
def test_extract_survives_arbitrary_bytes(data):
    extract(data, "https://bao.vn/bai-viet/mot-bai-123.html")


@SLOW
@given(TEXT, st.sampled_from(["utf-8", "windows-1258", "latin-1", "utf-16"]))
def test_extract_survives_mis_encoded_pages(body, encoding):
    html = f"<html><head><meta charset='utf-8'><title>{body[:60]}</title></head><body><h1>{body[:80]}</h1><p>{body}</p></body></html>"
    extract(html.encode(encoding, errors="replace"), "https://bao.vn/tin/a-1.html")


@SLOW
@given(st.integers(min_value=1, max_value=3000))
def test_extract_survives_deep_dom(depth):
    html = (
        "<html><body>"
        + "<div>" * depth
        + "<p>Sản phẩm OCOP đạt 4 sao.</p>"
        + "</div>" * depth
        + "</body></html>"
    )
    extract(html.encode(), "https://bao.vn/tin/a-2.html")


@settings(max_examples=300, deadline=timedelta(milliseconds=200))
@given(st.text(max_size=200))
def test_parse_number_never_crashes_and_is_finite(text):
    value = parse_number(text)
    assert value is None or math.isfinite(value)


@settings(max_examples=300, deadline=timedelta(milliseconds=200))
@given(st.integers(min_value=0, max_value=10**12))
def test_parse_number_reads_vietnamese_thousands(n):
    written = f"{n:,}".replace(",", ".")
    assert parse_number(written) == n


@settings(max_examples=200, deadline=timedelta(milliseconds=200))
@given(st.integers(min_value=0, max_value=10**6), st.integers(min_value=1, max_value=9))
def test_parse_number_reads_decimal_commas(whole, tenth):
    assert parse_number(f"{whole},{tenth}") == float(f"{whole}.{tenth}")


@SLOW
@given(TEXT)
def test_enrichment_survives_any_text_and_keeps_offsets_in_range(text):
    result = enrich("Tiêu đề", "", text, None)
    from indexer.nlp.segment import document_text

    doc = document_text("Tiêu đề", "", text)
    for figure in result["figures"]:
        assert 0 <= figure["start"] <= figure["end"] <= len(doc)
    for entity in result["entities"]:
        for start, end in entity["spans"]:
            assert 0 <= start < end <= len(doc)


def test_enrichment_is_not_quadratic_in_a_sentence_without_punctuation():
    # A page whose text has no sentence punctuation at all is one 20,000-character "sentence";
    # underthesea's feature extraction is quadratic in sentence length, so it must never see one.
    words = [
        "Nguyễn",
        "Văn",
        "Hải",
        "cho",
        "biết",
        "tỉnh",
        "Quảng",
        "Ninh",
        "có",
        "42",
        "sản",
        "phẩm",
        "OCOP",
        "đạt",
        "4",
        "sao",
        "và",
        "Trần",
        "Thị",
        "Lan",
        "nói",
    ]
    text = " ".join(words[i % len(words)] for i in range(3_500))
    started = time.perf_counter()
    enrich("Tiêu đề", "", text, None)
    assert time.perf_counter() - started < 6.0


@settings(max_examples=300, deadline=timedelta(milliseconds=200))
@given(st.text(max_size=300))
def test_query_parser_never_crashes(text):
    parsed = parse_query(text)
    assert all(word and " " not in word for word in parsed.terms)
