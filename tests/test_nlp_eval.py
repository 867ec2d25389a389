"""Regression gate: scores on the self-written annotation articles (bench/annotations/own_*)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench" / "eval_nlp.py"


@pytest.fixture(scope="module")
def report():
    spec = importlib.util.spec_from_file_location("eval_nlp", BENCH)
    module = importlib.util.module_from_spec(spec)
    sys.modules["eval_nlp"] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module.evaluate(own_only=True, baseline=False)


def test_annotations_are_scored(report):
    assert len(report["documents"]) >= 4
    assert report["total"]["figures"]["gold"] >= 30
    assert report["total"]["entities"]["gold"] >= 40


def test_figure_f1(report):
    assert report["total"]["figures"]["f1"] >= 0.9, report["total"]["figures"]


def test_entity_f1(report):
    assert report["total"]["entities"]["f1"] >= 0.8, report["total"]["entities"]


def _module():
    return sys.modules["eval_nlp"]


def _fig(value, unit="sản phẩm", province="Lào Cai", star=None, **extra):
    return {"value": value, "unit": unit, "province": province, "star": star, **extra}


def test_full_figure_scoring_uses_optional_gold_fields(report):
    ev = _module()
    gold = [
        {"value": 412, "unit": "sản phẩm", "province": "Lào Cai", "star": False, "min_star": 3,
         "relation": "total"},
        {"value": 8, "unit": "sản phẩm", "province": "Lào Cai", "star": 4,
         "relation": "part_of", "base": 412},
        {"value": 2, "unit": "sản phẩm", "province": "Lào Cai", "star": False,
         "potential_star": 5},
        {"value": 12.5, "unit": "%", "province": "Việt Nam", "star": False},
    ]  # fmt: skip
    pred = [
        _fig(412, min_star=3, relation="total"),
        _fig(8, star=4, relation="total", base=412),  # wrong relation
        _fig(2, potential_star=5),
        _fig(12.5, unit="%", province="Lào Cai"),  # wrong scope
        _fig(99),  # spurious
    ]
    assert ev.match_figures(pred, gold) == 3  # old column: value, unit, province, star
    assert ev.match_figures(pred, gold, full=True) == 2
    # a predicted figure without the new fields counts as null, not as right
    assert ev.match_figures([_fig(412)], gold[:1], full=True) == 0
    # gold without the optional fields (old files) is scored as before
    assert ev.match_figures([_fig(412)], [{**gold[0], "min_star": 3, "relation": "total"}]) == 1
    # a gold figure without province/star leaves them unscored
    assert (
        ev.match_figures([_fig(5, province=None, star=3)], [{"value": 5, "unit": "sản phẩm"}]) == 1
    )
    hits = ev.attribute_hits(pred, gold)
    assert hits["relation"] == [1, 2]
    assert hits["province"] == [3, 4]
    assert hits["base"] == [1, 1]
    assert hits["potential_star"] == [1, 1]


def test_person_names_are_exact_and_distinct(report):
    ev = _module()
    text = "Ông Hoàng Quốc Khánh nói. Ông Khánh và bà Lò Thị Mai."

    def at(name, start=0):
        k = text.index(name, start)
        return ("PER", k, k + len(name))

    spans = {at("Hoàng Quốc Khánh"), at("Khánh", 25), at("Lò Thị Mai"), ("ORG", 0, 3)}
    names = ev.person_names(text, spans)
    assert names == {"Hoàng Quốc Khánh", "Khánh", "Lò Thị Mai"}
    gold = ev.person_names(
        text,
        ev.gold_entity_spans(
            text,
            (0, len(text)),
            [{"type": "PER", "text": "Hoàng Quốc Khánh"}, {"type": "PER", "text": "Lò Thị Mai"}],
        ),
    )
    assert len(names & gold) == 2 and len(gold) == 2  # fmt: skip


def test_default_run_leaves_out_dev2_and_blind2(report):
    ev = _module()
    files = ev.annotation_files()
    assert files, "no annotation files"
    assert not [p for p in files if {"dev2", "blind2"} & set(p.parts)]
    assert ev.annotation_files(ev.ANNOTATIONS / "dev2")
    assert all("dev2" in p.parts for p in ev.annotation_files(ev.ANNOTATIONS / "dev2"))


def test_set_scores_one_folder(tmp_path, report):
    ev = _module()
    (tmp_path / "x_01.toml").write_text(
        'title = "Sơn La có 120 sản phẩm OCOP"\n'
        'text = "Ông Lò Văn Hùng, Giám đốc Sở Nông nghiệp và Môi trường tỉnh Sơn La, cho biết."\n'
        "[[figures]]\n"
        'value = 120\nunit = "sản phẩm"\nprovince = "Sơn La"\nstar = false\nrelation = "total"\n'
        '[[entities]]\ntype = "PER"\ntext = "Lò Văn Hùng"\n',
        encoding="utf-8",
    )
    out = ev.evaluate(baseline=False, folder=tmp_path)
    assert list(out["documents"]) == ["x_01"]
    assert out["total"]["figures"]["gold"] == 1
    assert out["total"]["figures_full"]["gold"] == 1
    assert out["total"]["persons"]["gold"] == 1
    (tmp_path / "bad.toml").write_text("title = ", encoding="utf-8")
    with pytest.raises(SystemExit, match="not valid TOML"):
        ev.evaluate(baseline=False, folder=tmp_path)
