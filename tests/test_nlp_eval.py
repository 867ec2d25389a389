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
