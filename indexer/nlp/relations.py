"""How the figures of a sentence relate: a total, a part of a total, a share of a base, a change.

A clause that opens with a breakdown cue ("trong đó", "gồm", "trong số này", a parenthesis
after a count) lists parts of the nearest earlier total with a compatible unit; the parts
inherit its scope, period and unit. "9 làng nghề trong tổng số 14 làng nghề" makes 14 the base
of 9. A sentence that opens with "Trong đó," / "Trong số này," breaks down the last total
of the previous sentence. Cue words live in `data/figures.toml` [relations].
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from indexer.nlp.lexicon import alternation, table

_CUES = table("figures")["relations"]
_BREAKDOWN = re.compile(rf"^\s*(?:{alternation(_CUES['breakdown'])})\b", re.I)
_BREAKDOWN_INSIDE = re.compile(
    rf"(?:^|[,;:(]|\s)(?:{alternation(_CUES['breakdown'])})\b(?!.*[,;:(])", re.I
)
_BASE_AFTER = re.compile(rf"^\W*(?:{alternation(_CUES['base_after'])})\W*$", re.I)
_CHANGE = re.compile(rf"(?<!\w)(?:{alternation(_CUES['change'])})(?!\w)", re.I)
_BOUNDARY = re.compile(r"[;:()]|[,.](?!\d)")
# a new subject inside a breakdown: "…, trong đó tỉnh Đồng Tháp có 312 sản phẩm"
_OWN_SCOPE = re.compile(r"\b(?:tỉnh|thành phố|huyện|toàn|cả nước|riêng)\b", re.I)
PARTICIPANT_TOTALS = frozenset({"chủ thể", "cơ sở"})


@dataclass
class Item:
    """What relations need to know about one figure (offsets relative to the sentence)."""

    start: int  # the number
    end: int  # end of number + unit
    value: float
    unit: str | None  # None: a bare number in a breakdown, takes the total's unit
    metric: str
    relation: str = "total"
    base: float | None = None
    total: Item | None = field(default=None, repr=False)
    own_scope: bool = False
    ref: object = field(default=None, repr=False)  # the Figure built from this item


def compatible(part: Item, total: Item) -> bool:
    """A part can belong to this total (same unit, participants of "chủ thể", a share)."""
    if part.unit is None or part.unit == "%":
        return total.unit != "%"
    if part.unit == total.unit:
        return True
    return total.unit in PARTICIPANT_TOTALS and part.metric == "ocop_participants"


def _clause_start(low: str, pos: int) -> int:
    cut = 0
    for m in _BOUNDARY.finditer(low, 0, pos):
        cut = m.end()
    return cut


def _opens_breakdown(low: str, prev_end: int, item: Item) -> bool:
    """A breakdown cue or an opening parenthesis between the previous figure and this one."""
    between = low[prev_end : item.start]
    if "(" in between and ")" not in between:
        return True
    return bool(_BREAKDOWN_INSIDE.search(between))


def _closes_breakdown(low: str, prev_end: int, item: Item, in_paren: bool) -> bool:
    between = low[prev_end : item.start]
    return (in_paren and ")" in between) or ";" in between and bool(_OWN_SCOPE.search(between))


def _find_total(part: Item, totals: list[Item]) -> Item | None:
    for total in reversed(totals):
        if compatible(part, total):
            return total
    return None


def relate(low: str, items: list[Item], previous: list[Item]) -> None:
    """Set relation / base / total of every item of one sentence (in text order).

    ``previous`` holds the totals of the previous sentence of the paragraph, used when this
    sentence opens with a breakdown cue."""
    totals: list[Item] = list(previous) if _BREAKDOWN.match(low) else []
    breakdown = bool(totals)
    in_paren = False
    prev_end = 0
    for i, item in enumerate(items):
        if _closes_breakdown(low, prev_end, item, in_paren):
            breakdown = in_paren = False
        if i > 0 and _opens_breakdown(low, prev_end, item):
            breakdown = True
            in_paren = "(" in low[prev_end : item.start]
        clause = low[_clause_start(low, item.start) : item.start]
        item.own_scope = bool(_OWN_SCOPE.search(clause))
        if _CHANGE.search(low[max(prev_end, _clause_start(low, item.start)) : item.start]):
            item.relation = "change_of"
            same = [t for t in totals if t.unit == item.unit]
            item.base = same[-1].value if same and item.unit != "%" else None
        elif breakdown and (total := _find_total(item, totals)):
            item.relation = "share_of" if item.unit == "%" else "part_of"
            item.base, item.total = total.value, total
        elif item.unit == "%":
            item.relation = "share_of"
        if item.relation == "total" and item.unit is not None:
            totals.append(item)
        prev_end = item.end
    _stated_bases(low, items)


def _stated_bases(low: str, items: list[Item]) -> None:
    """ "9 làng nghề trong tổng số 14 làng nghề": 14 is the base of 9."""
    for a, b in zip(items, items[1:]):
        if a.unit == b.unit and _BASE_AFTER.match(low[a.end : b.start]):
            a.relation, a.base = "part_of", b.value
