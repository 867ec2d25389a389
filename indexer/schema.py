"""The one definition of a figure record: every field, its type and what it means.

The NLP record (``indexer/nlp/figures.py``), the query model and both backends describe the
same figure; this table is where its fields are listed once. The Elasticsearch mapping is
built from it (``indexer.backends.es.figure_mapping``) and a test checks the mapping covers
every field, so adding a field here without mapping it fails the suite.

Imports nothing of the project: any layer may import it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

# Python value type of each kind of field (None is always allowed: a field may be unknown).
KINDS: dict[str, type | tuple[type, ...]] = {
    "number": (int, float),  # a measured value: floating point
    "integer": int,  # a small count such as a star rating
    "keyword": str,  # an exact code or name, filtered and grouped on
    "place": str,  # a province/district name: exact, and matched with or without diacritics
    "text": str,  # free text, searched by words
    "offset": int,  # a character offset into the article text
}

RELATIONS = ("total", "part_of", "share_of", "change_of")


@dataclass(frozen=True)
class FigureField:
    """One field of a figure record."""

    name: str
    kind: str  # a key of KINDS
    doc: str
    choices: tuple[str, ...] = ()  # the only values allowed, when the field is an enumeration


FIGURE_FIELDS: tuple[FigureField, ...] = (
    FigureField("value", "number", "the number as written (1.054 -> 1054, 23,3 -> 23.3)"),
    FigureField("unit", "keyword", "what is counted: sản phẩm, chủ thể, tỷ đồng, %, …"),
    FigureField("metric", "keyword", "ocop_products, ocop_participants, money_vnd, …, other"),
    FigureField("kind", "keyword", "sub-kind of the metric (e.g. cooperative, enterprise)"),
    FigureField("qualifier", "keyword", "more_than, less_than, about, at_least, or none"),
    FigureField("star", "integer", "the star rating the figure counts (đạt 4 sao)"),
    FigureField("min_star", "integer", "a lower bound on the rating (từ 3 sao trở lên)"),
    FigureField("potential_star", "integer", "a potential rating (tiềm năng 5 sao)"),
    FigureField(
        "relation", "keyword", "how the value relates to another figure", choices=RELATIONS
    ),
    FigureField("base", "number", "the value this one is a part, share or change of"),
    FigureField("of", "text", "what a share or change is of (doanh thu, số sản phẩm cả nước)"),
    FigureField("percent", "number", "a share attached to the count (chiếm 23,3%)"),
    FigureField("province", "place", "canonical pre-2025 province the figure is about"),
    FigureField("new_province", "place", "the post-July-2025 province (63 -> 34)"),
    FigureField("district", "place", "district or town, when the sentence names one"),
    FigureField("period", "keyword", "2025, 2025-06, 2021-2025 or the article's date"),
    FigureField("sentence", "text", "the sentence the figure was read from"),
    FigureField("start", "offset", "start offset of the number in the article text"),
    FigureField("end", "offset", "end offset of the number in the article text"),
)

FIGURE_FIELD_NAMES: tuple[str, ...] = tuple(f.name for f in FIGURE_FIELDS)


def figure_record(raw: dict[str, Any]) -> dict[str, Any]:
    """A figure with exactly the schema's fields: missing ones None, unknown keys dropped."""
    return {name: raw.get(name) for name in FIGURE_FIELD_NAMES}


def figure_problems(raw: dict[str, Any]) -> list[str]:
    """What in ``raw`` does not fit the schema (wrong type, value outside its choices)."""
    problems = []
    for f in FIGURE_FIELDS:
        value = raw.get(f.name)
        if value is None:
            continue
        expected = KINDS[f.kind]
        # bool is an int in Python but never a valid number here
        if isinstance(value, bool) or not isinstance(value, expected):
            problems.append(f"{f.name}: expected {f.kind}, got {type(value).__name__}")
        elif f.choices and value not in f.choices:
            problems.append(f"{f.name}: {value!r} is not one of {', '.join(f.choices)}")
    return problems
