"""enrich(): the output contract, JSON, offsets, provinces summary, determinism."""

from __future__ import annotations

import json
from datetime import datetime

import indexer.nlp
from indexer.nlp import ENRICHMENT_VERSION, document_text, enrich

ARTICLE = (
    "Bắc Giang nâng chất sản phẩm OCOP",
    "Sáng 10/11, UBND tỉnh Bắc Giang tổ chức hội thảo.",
    "Ông Lê Bá Thành, Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn tỉnh Bắc Giang cho biết, "
    "tỉnh có 180 sản phẩm OCOP đạt từ 3 sao trở lên, trong đó 42 sản phẩm 4 sao (chiếm 23,3%). "
    "Nhiều sản phẩm như vải thiều Lục Ngạn đã xuất khẩu.\n\n"
    "Đề nghị các tỉnh bạn (Quảng Ninh, Thái Nguyên) tiếp tục phối hợp.",
)


def test_pipeline_module_exists():
    from indexer.nlp import pipeline

    assert pipeline.enrich is enrich


def test_public_interface():
    names = ("ENRICHMENT_VERSION", "document_text", "enrich", "normalise_province",
             "parse_number", "PROVINCES")  # fmt: skip
    assert [n for n in names if not hasattr(indexer.nlp, n)] == []  # the pipeline loads lazily
    assert isinstance(ENRICHMENT_VERSION, int) and ENRICHMENT_VERSION >= 1


def test_document_text():
    assert document_text("T", "", "B") == "T\n\nB"
    assert document_text("", "", "") == ""
    assert document_text("Hoa\u0300", "L", "B") == "Hoà\n\nL\n\nB"  # NFC


def test_output_is_json_and_offsets_slice_back():
    result = enrich(*ARTICLE, datetime(2022, 11, 24))
    assert set(result) == {"entities", "provinces", "figures", "products"}
    assert json.loads(json.dumps(result, ensure_ascii=False)) == result
    doc = document_text(*ARTICLE)
    assert result["entities"] and result["figures"] and result["products"]  # the loops check
    for e in result["entities"]:
        assert set(e) == {"type", "text", "norm", "count", "spans"}
        assert doc[e["spans"][0][0] : e["spans"][0][1]] == e["text"]
    for f in result["figures"]:
        assert doc[f["start"] : f["end"]].split()[0][0].isdigit()
        assert f["sentence"] in doc
        assert (
            doc.find(f["sentence"])
            <= f["start"]
            < f["end"]
            <= doc.find(f["sentence"]) + len(f["sentence"])
        )
    for p in result["products"]:
        assert doc[p["start"] : p["end"]] == p["name"]
    keys = {"value", "unit", "metric", "kind", "qualifier", "star", "min_star", "percent", "province",
            "new_province", "district", "period", "sentence", "start", "end", "potential_star",
            "relation", "base", "of"}  # fmt: skip
    assert all(set(f) == keys for f in result["figures"])


def test_provinces_summary_and_primary():
    result = enrich(*ARTICLE, None)
    by_name = {p["name"]: p for p in result["provinces"]}
    assert by_name["Bắc Giang"]["primary"] is True
    assert by_name["Bắc Giang"]["new_province"] == "Bắc Ninh"
    # title, lead (inside the ORG), body (inside the ORG); unprefixed "Lục Ngạn" is not counted
    assert by_name["Bắc Giang"]["mentions"] == 3
    assert by_name["Quảng Ninh"]["primary"] is False
    assert by_name["Quảng Ninh"]["mentions"] == 1


def test_title_outweighs_body():
    result = enrich("Quảng Ninh có thêm sản phẩm", "", "Hà Nội và Hà Nội hợp tác.", None)
    primary = [p["name"] for p in result["provinces"] if p["primary"]]
    assert primary == ["Quảng Ninh"]


def test_ties_give_several_primaries_and_none_without_province():
    result = enrich("", "", "Hà Nội và Quảng Ninh hợp tác.", None)
    assert sorted(p["name"] for p in result["provinces"] if p["primary"]) == [
        "Hà Nội",
        "Quảng Ninh",
    ]
    assert enrich("", "", "Không có địa danh nào.", None)["provinces"] == []


def test_weather_widget_is_not_primary():
    text = "Hà Nội: 28°C Hà Nội\nĐà Nẵng: 28°C Đà Nẵng\n\nHội nghị OCOP tỉnh Quảng Ninh năm 2019."
    result = enrich("", "", text, None)
    assert [p["name"] for p in result["provinces"] if p["primary"]] == ["Quảng Ninh"]


def test_deterministic_and_empty_input():
    assert enrich(*ARTICLE, None) == enrich(*ARTICLE, None)
    assert enrich("", "", "", None) == {
        "entities": [],
        "provinces": [],
        "figures": [],
        "products": [],
    }


def test_seed_articles_offsets(shared_dir):
    for path in sorted((shared_dir / "seeds").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        result = enrich("", "", text, None)
        doc = document_text("", "", text)
        json.dumps(result)
        assert result["entities"] and result["figures"], path.name  # real OCOP articles
        for e in result["entities"]:
            for s, t in e["spans"]:
                assert doc[s:t]
        for f in result["figures"]:
            assert doc[f["start"] : f["end"]] in f["sentence"]


def test_sentence_splitting_keeps_abbreviations_and_offsets():
    from indexer.nlp.segment import analyse

    text = "TS. Phan Anh Tuấn phát biểu.Tổ chức OCOP tốt. Công nghệ 4.0 tại TP. Hồ Chí Minh! Hết"
    doc = analyse("", "", text)
    assert [s.text for s in doc.sentences] == [
        "TS. Phan Anh Tuấn phát biểu.",
        "Tổ chức OCOP tốt.",
        "Công nghệ 4.0 tại TP. Hồ Chí Minh!",
        "Hết",
    ]
    assert all(doc.text[s.start : s.end] == s.text for s in doc.sentences)


def test_zones():
    from indexer.nlp.segment import analyse

    doc = analyse("Tiêu đề", "Sa pô", "Hà Nội: 28°C\nThân bài.\nTin liên quan\nBài khác.")
    assert [s.zone for s in doc.sentences] == ["title", "lead", "widget", "body", "tail", "tail"]


def test_inline_read_more_link_does_not_end_the_article():
    text = "Xem thêm: Hội chợ OCOP\nTỉnh Hà Nam có 100 sản phẩm OCOP.\nXem thêm\nTỉnh Hà Nam có 7 sản phẩm."
    assert [f["value"] for f in enrich("", "", text, None)["figures"]] == [100]


def test_figure_records_follow_the_one_schema():
    from indexer.schema import FIGURE_FIELD_NAMES, figure_problems

    text = ("Tỉnh hiện có 612 sản phẩm OCOP, chiếm 5% số sản phẩm của cả nước; trong đó có "
            "2 sản phẩm 5 sao. Doanh thu tăng 12%. Ngân sách hỗ trợ 4,5 tỷ đồng.")  # fmt: skip
    figures = enrich("Quảng Ninh", "", text, datetime(2026, 1, 5))["figures"]
    assert len(figures) >= 4
    for figure in figures:
        assert set(figure) <= set(FIGURE_FIELD_NAMES), set(figure) - set(FIGURE_FIELD_NAMES)
        assert figure_problems(figure) == []
