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
from indexer.nlp.numbers import parse_number

_CUES = table("figures")["relations"]
_BREAKDOWN = re.compile(rf"^\s*(?:cũng\s+)?(?:{alternation(_CUES['breakdown'])})\b(?!\s*\d)", re.I)
# sentence openers that look like a breakdown cue but are not: "Với kết quả này, …" (a
# conclusion), "Riêng năm 2025, …" (a period of its own, not a part)
# "Kết quả, 16 sản phẩm đạt 4 sao" after "chấm điểm 19 sản phẩm": the outcome's counts are
# parts of the number assessed
_OUTCOME = re.compile(r"^\s*kết quả\s*[,:]\s*(?:có\s+)?\d", re.I)
_NOT_BREAKDOWN = re.compile(
    r"^\s*(?:với\b|riêng\s+(?:trong\s+)?(?:năm|tháng|quý|giai đoạn|đợt|kỳ|dịp)\b)", re.I
)
# "Cũng trong số sản phẩm mới, …": the parts of an earlier figure named by its unit and the
# words after it ("12 sản phẩm mới"), which need not be a total
_NAMED_HEAD = re.compile(
    r"^\s*(?:cũng\s+)?trong\s+số\s+(?:các\s+|những\s+)?(?P<phrase>[^\W\d][^\d,;:()]*?)\s*,",
    re.I,
)
# "Cùng với 18 sản phẩm được công nhận lại, toàn tỉnh có 63 sản phẩm": 18 is a part of 63
_ALONG_WITH = re.compile(r"^\s*(?:cùng với|cộng với|cùng|với)\s+(?:\w+\s+)?\d", re.I)
_TO_LEVEL = re.compile(r"\s*(?:xuống\s+)?(?:còn|lên|xuống)(?!\w)", re.I)
_RANGE_AT = re.compile(r"\d[\d.,]*\s*%?\s*(?:-|–|đến|tới)\s*\d")
_BREAKDOWN_INSIDE = re.compile(
    rf"(?:^|[,;:(]|\s)(?<!so )(?:{alternation(_CUES['breakdown'])})\b(?!.*[,;:(])", re.I
)
# "Trong 47 sản phẩm mới, …" (not a period: "Trong 6 tháng đầu năm, …")
TRONG_HEAD = re.compile(
    r"^\s*trong\s+(?:(?:tổng\s+)?số\s+)?(?:\w+\s+)?\d[\d.,]*(?![\d.,])\s*(?!tháng|năm|quý|ngày|tuần|giờ)(?=\S)",
    re.I,
)
# (a rating may stand between: "5 sản phẩm 5 sao trong tổng số 612 sản phẩm")
_BASE_AFTER = re.compile(
    rf"^\W*(?:(?:đạt\s+)?[1-5]\s*sao\W*)?(?:{alternation(_CUES['base_after'])})\W*$", re.I
)
# the same with the kind's words between ("48 sản phẩm chè trong tổng số 141 …"): only the
# explicit "tổng số" cues, a rating the one number allowed
_NAMED_BASE = re.compile(r"^[^\d,;:()]*?(?:[1-5]\s*sao\s*)?(?:trong|trên)\s+tổng\s+số\W*$", re.I)
_CHANGE = re.compile(rf"(?<!\w)(?:{alternation(_CUES['change'])})(?!\w)", re.I)
_COMPARED = re.compile(r"(?<!\w)(?:so với|so cùng kỳ|từ)(?!\w)", re.I)
_STAR_CLASS = re.compile(r"\bsao\s+(?:gồm|có|là)\s*$", re.I)
_BOUNDARY = re.compile(r"[;:()]|[,.](?!\d)")
# where a clause ends for the words around a figure: a comma, ";", ":", a bracket or a full
# stop that is not a decimal point (shared with figures.py)
CLAUSE_CUT = re.compile(r"[,;:()]|\.(?!\d)")


def clause_before(low: str, pos: int) -> str:
    """The text of the clause that ends at ``pos`` (from the last CLAUSE_CUT before it)."""
    cut = 0
    for m in CLAUSE_CUT.finditer(low, 0, pos):
        cut = m.end()
    return low[cut:pos]


def clause_after(low: str, pos: int) -> str:
    """The text from ``pos`` to the end of its clause (the next CLAUSE_CUT)."""
    return CLAUSE_CUT.split(low[pos:], maxsplit=1)[0]


# a new subject inside a breakdown: "…, trong đó tỉnh Đồng Tháp có 312 sản phẩm"
_OWN_SCOPE = re.compile(r"\b(?:tỉnh|thành phố|huyện|toàn|cả nước|riêng)\b", re.I)
# "tổng giá trị", "tổng cộng", "tổng số" right before a number: a total, not a part
_TOTAL_WORD = re.compile(
    r"(?<!trong )(?<!trên )(?<!\w)tổng(?: cộng| số| giá trị| kinh phí)?\s+$", re.I
)
# "HTX A liên kết với hơn 300 hộ": the partners of one participant, a count of its own
_LINKED = re.compile(rf"(?<!\w)(?:{alternation(_CUES['linked'])})\s+(?:\w+\s+)?$", re.I)
# a share of the whole country's count ("bằng 4% số sản phẩm của cả nước"): its base is not
# the province's total (data: [relations.document] outside_whole)
OUTSIDE_WHOLE = alternation(_CUES["document"]["outside_whole"])  # "cả nước", "toàn quốc"
_OUTSIDE = re.compile(rf"^[^,;:()]*?(?<!\w)(?:{OUTSIDE_WHOLE})(?!\w)", re.I)
# "42 sản phẩm 4 sao (chiếm 23,3%)", "…, chiếm 30%": the share the count is of the whole (a
# kind list may continue the count's unit: "3.060 hộ sản xuất, kinh doanh (29,4%)")
_OWN_SHARE = re.compile(
    r"^[^,;:()]*(?:(?:,\s*[^\W\d]+(?:\s+[^\W\d]+){0,3})*\s*\(\s*(?:(?:chiếm|bằng|tương đương)\s+)?"
    r"|,\s*(?:chiếm|bằng|tương đương)\s+)"
    r"(?:khoảng\s+|gần\s+|hơn\s+|trên\s+)?$",
    re.I,
)
# whole unit -> the units its parts may be counted in (data: [relations.kinds])
KINDS: dict[str, frozenset[str]] = {
    whole: frozenset(parts) for whole, parts in _CUES["kinds"].items()
}
# the wholes that kinds of participant add up to ("chủ thể", "cơ sở"), from the same table
PARTICIPANT_TOTALS = frozenset(KINDS)


def part_unit(part: str | None, whole: str | None) -> bool:
    """A count in unit ``part`` can be a part of a count in unit ``whole`` (same unit, a kind
    of it: "doanh nghiệp" of "chủ thể", or an amount in USD of one in VND)."""
    if not part or not whole:
        return False
    if part == "USD" and whole == "VND":
        return True
    return part == whole or part in KINDS.get(whole, ())


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
    mentions: frozenset[str] = frozenset()  # units named in the clause of a percentage
    star: int | None = None  # the rating in the figure's clause (star, floor or pending)
    ref: object = field(default=None, repr=False)  # the Figure built from this item
    count: Item | None = field(default=None, repr=False)  # the count a share is written after
    tail: str = ""  # the words after the unit, to the end of the clause ("mới", "đạt 4 sao")
    short: str | None = None  # "9 điểm" in a breakdown: the first word of the total's unit


def compatible(part: Item, total: Item) -> bool:
    """A part can belong to this total (same unit, participants of "chủ thể", a share)."""
    if part.short is not None:
        return part.unit is None and bool(total.unit) and total.unit.startswith(part.short + " ")
    if part.unit is None or part.unit == "%":
        return total.unit != "%"
    return part_unit(part.unit, total.unit)


def _clause_start(low: str, pos: int) -> int:
    cut = 0
    for m in _BOUNDARY.finditer(low, 0, pos):
        cut = m.end()
    return cut


_ASIDE = re.compile(r"\([^()\d]*\)")


def _opens_breakdown(low: str, prev_end: int, item: Item) -> bool:
    """A breakdown cue between the previous figure and this one; not "hạng 3 sao gồm 07 sản
    phẩm" (a star class and its count) nor "… trong tổng số 14" (a stated base). An aside in
    brackets without numbers ("xuất khẩu sang Đài Loan (Trung Quốc) đạt …") is no clause."""
    between = _ASIDE.sub(lambda m: " " * len(m.group()), low[prev_end : item.start])
    if _BASE_AFTER.match(between) or _STAR_CLASS.search(between):
        return False
    cue = _BREAKDOWN_INSIDE.search(between)
    if cue and cue.group().strip(" ,;:(").lower() == "với":
        # "88 chủ thể với 14 sản phẩm 4 sao", not "…, tiếp theo là xã B với 27 sản phẩm"
        return not re.sub(r"[\d.,]+\s*|\s*sao\s*", "", between[: cue.start()]).strip(" ,")
    return bool(cue)


_AMONG_AFTER_SEMICOLON = re.compile(r"[^;]*;\s*(?:trong đó|trong số đó|trong số này)(?!\w)", re.I)


def _scope_break(low: str, prev_end: int, item: Item) -> bool:
    """ "…; huyện X có …": a new subject after a semicolon ends the breakdown."""
    between = low[prev_end : item.start]
    return ";" in between and bool(_OWN_SCOPE.search(between))


def _is_change(low: str, start: int, item: Item) -> bool:
    """A change cue ("tăng", "cao hơn") before the item in its clause, except "tăng mạnh so
    với con số 240" (240 is compared with), "giảm còn 1,2%" (the new level); "tăng thêm từ
    10 - 25%" is a range, still a change."""
    change = _CHANGE.search(low, start, item.start)
    if change is None or _TO_LEVEL.match(low, change.end()):
        return False
    compared = _COMPARED.search(low, change.end(), item.start)
    if compared and compared[0] == "từ" and _RANGE_AT.match(low, item.start):
        return True
    if _LEVEL_BEFORE.search(low, change.end(), item.start) or _EARLIER_OF.match(low, item.end):
        return False  # "cao hơn mức 26% của năm 2024": the earlier level compared with
    return compared is None


# "cao hơn mức 26%", "nhiều hơn 64 sản phẩm của năm 2024": the number after the comparison is
# the earlier level, not the difference ("cao hơn mức bình quân khoảng 18 triệu" is one)
_LEVEL_BEFORE = re.compile(r"(?<!\w)(?:mức|tỷ lệ|tỉ lệ)\s+(?:khoảng\s+|gần\s+)?$", re.I)
_EARLIER_OF = re.compile(
    r"\s*(?:của|ở|trong)\s+(?:năm\s+\d{4}|năm trước|năm ngoái|cùng kỳ|kỳ trước|đợt trước"
    r"|giai đoạn trước)(?!\w)",
    re.I,
)


def _semicolon(low: str, prev_end: int, item: Item, before: list[Item], breakdown: bool,
               opens: bool, totals: list[Item]) -> tuple[bool, list[Item]]:  # fmt: skip
    """What a ";" before ``item`` ends: "…; huyện X có …" ends a breakdown unless it is by
    place ("Trong đó, huyện A có 24 sản phẩm; huyện B có 18"); a breakdown opened inside a
    clause ("21 sản phẩm 4 sao, gồm 14 … và 7 …; 2 …") ends with it, nested totals too."""
    by_place = any(x.relation == "part_of" and x.own_scope for x in before)
    if _scope_break(low, prev_end, item) and not by_place:
        breakdown = False
    if ";" in low[prev_end : item.start]:
        breakdown = breakdown and (opens or by_place)
        totals = [t for t in totals if t.relation == "total"]
    return breakdown, totals


def _own_share(item: Item, count: Item) -> None:
    """The share of a count written right after it: a share of what the count is a part of."""
    item.relation, item.count = "share_of", count
    item.base, item.total = count.base, count.total


def _find_total(part: Item, totals: list[Item]) -> Item | None:
    """The latest total the part can belong to; a share whose clause names a unit ("chiếm
    41% với 231 sản phẩm") takes the latest total of that unit."""
    if part.unit == "%" and part.mentions:
        named = [t for t in totals if t.unit in part.mentions and t.unit != "%"]
        if named:
            return named[-1]
    for total in reversed(totals):
        # a part is never larger than its whole ("7 sản phẩm 5 sao. Trong đó, … 295 sản phẩm")
        if compatible(part, total) and (part.unit == "%" or part.value <= total.value):
            return total
    return None


def _change(item: Item, before: list[Item], totals: list[Item], previous: list[Item],
            listed: bool = False, cut: int = 0) -> None:  # fmt: skip
    """ "tăng 3.200 sản phẩm so với …": a change of the last total of the same unit (this
    sentence, else the previous one: "Con số này tăng …"); "…, tăng 18%": of the figure before."""
    item.relation = "change_of"
    if item.unit == "%":  # of the figure before it in its clause group, not past a ";"
        found = [x for x in before if x.unit not in (None, "%") and x.end > cut]
    else:
        # the count of its unit right before it in the sentence, even a part ("trong đó 151
        # sản phẩm 5 sao, tăng 62 sản phẩm"), else the last total of its unit
        found = [x for x in before[-1:] if x.unit == item.unit]
        if found and found[0].total is not None and listed:
            found = [found[0].total]  # "gồm 5 …, 318 … và 802 …, tăng 97": the list's total
        found = found or [t for t in totals if t.unit == item.unit]
        found = found or [t for t in previous if t.unit == item.unit]
    if found:
        item.base, item.total = found[-1].value, found[-1]


def _share_base(item: Item, before: list[Item], previous: list[Item]) -> None:
    """The total a share is of: the nearest total whose unit its clause names ("hợp tác xã
    chiếm 35%" -> the participants' total), else the nearest total of the same sentence."""
    item.relation = "share_of"
    near = [x for x in reversed(before) if x.relation == "total" and x.unit not in (None, "%")]
    named = [
        t
        for t in near + list(reversed(previous))
        if t.unit in item.mentions or t.unit in PARTICIPANT_TOTALS and "chủ thể" in item.mentions
    ]
    # "100% sản phẩm đã có mã QR" after "96 sản phẩm …; đợt này 07 sản phẩm 3 sao": a share
    # without a rating is of the nearest total without one (and a rated share of a rated one)
    # "30% sản phẩm sẽ hết hạn … nhiều chủ thể chưa …": the unit right after the % is its whole
    head = [t for t in named if _names_first(item.tail, t.unit)]
    named = head or named
    same_star = [t for t in named if t.star == item.star]
    if named:
        total = (same_star or named)[0]
        item.base, item.total = total.value, total
        return
    if near and not item.mentions:
        item.base, item.total = near[0].value, near[0]


def _names_first(tail: str, unit: str | None) -> bool:
    """The words after a percentage start by naming ``unit`` ("sản phẩm …", "số sản phẩm …")."""
    if not unit:
        return False
    return (
        re.match(rf"(?:(?:tổng\s+)?số\s+|các\s+)?{re.escape(unit.lower())}(?!\w)", tail) is not None
    )


# "Trong tổng kinh phí (của đề án), …": the amounts after it share out the latest stated budget
_MONEY_HEAD = re.compile(
    r"^\s*trong\s+tổng\s+(?:số\s+)?(?:kinh phí|vốn|nguồn vốn|ngân sách|số tiền)\b[^\d,;:]*,", re.I
)


def named_referent(low: str, earlier: list[Item]) -> Item | None:
    """The earlier figure a "(Cũng) trong số <unit> <words>," head names: the most recent one
    of that unit whose own words start with the rest of the phrase ("sản phẩm mới")."""
    if _MONEY_HEAD.match(low):  # "Trong tổng kinh phí, ngân sách tỉnh bố trí 29,6 tỷ đồng"
        money = [x for x in earlier if x.unit == "VND" and x.relation == "total"]
        return money[-1] if money else None
    m = _NAMED_HEAD.match(low)
    if not m:
        return None
    phrase = m["phrase"].strip()
    for x in reversed(earlier):
        if x.unit in (None, "%") or not phrase.startswith(x.unit.lower()):
            continue
        rest = phrase[len(x.unit) :].strip()
        if rest and x.tail.startswith(rest):
            return x
    return None


def _shares_follow(items: list[Item]) -> None:
    """ "06 tổ hợp tác (2%), 84 doanh nghiệp (28,3%)": a share written right after its count
    is of the count's whole, also when a later step (a sum) found that whole."""
    for x in items:
        c = x.count
        if x.relation == "share_of" and c is not None and c.relation == "part_of" and c.base:
            x.base, x.total = c.base, c.total


def _along_with(low: str, items: list[Item]) -> None:
    """ "Cùng với N X …, <subject> có M X": N is one of the parts of M."""
    if not _ALONG_WITH.match(low) or not items or items[0].relation != "total":
        return
    first = items[0]
    for x in items[1:]:
        if (
            x.relation == "total"
            and x.unit == first.unit
            and _BOUNDARY.search(low[first.end : x.start])
        ):
            first.relation, first.base, first.total = "part_of", x.value, x
            return


# "Năm 2025 có 143 sản phẩm hết hạn, nhưng chỉ 96 sản phẩm đăng ký đánh giá lại": "only M"
# after a contrast counts the part of N that did something
_ONLY_OF = re.compile(r"^[^;:()]*?(?<!\w)(?:nhưng|thì|song|mà)\s+(?:chỉ|mới)(?:\s+có)?\s+$", re.I)


def _only_of(low: str, items: list[Item]) -> None:
    """ "N X …, nhưng/thì chỉ M X …": M is part of N (same unit, not larger)."""
    for a, b in zip(items, items[1:]):
        if (
            b.relation == "total"
            and a.unit not in (None, "%")
            and b.unit == a.unit
            and b.value <= a.value
            and _ONLY_OF.match(low[a.end : b.start])
        ):
            b.relation, b.base, b.total = "part_of", a.value, a


# "…, tiếp đến là X cũ (148 sản phẩm)", "…, sau đó là X (…": the next item of a ranking
_RANK_NEXT = re.compile(r",\s*(?:tiếp đến|tiếp theo|kế đến|sau đó|thứ hai|thứ ba)(?: là)?\s", re.I)


def _sibling(between: str) -> bool:
    """The count in brackets is the next ranked item's, not a breakdown of the one before."""
    return bool(_RANK_NEXT.search(between[: between.find("(")]))


def relate(low: str, items: list[Item], previous: list[Item], earlier: list[Item] = ()) -> None:
    """Set relation / base / total of every item of one sentence (in text order).

    ``previous`` holds the totals of the sentences before, used when this sentence opens with
    a breakdown cue, for a change of an earlier total, and for parts that add up to it;
    ``earlier`` all their figures (a head "Trong số sản phẩm mới," may name a part)."""
    named = named_referent(low, list(earlier))
    opens = bool(_BREAKDOWN.match(low) and not _NOT_BREAKDOWN.match(low)) or named is not None
    opens = opens or bool(_OUTCOME.match(low))
    totals: list[Item] = [named] if named else list(previous) if opens else []
    breakdown, outer, prev_end = opens, None, 0
    nested: Item | None = None  # a part broken down inside a parenthesis
    head = bool(TRONG_HEAD.match(low))  # "Trong 47 sản phẩm mới, có 6 sản phẩm 4 sao"
    for i, item in enumerate(items):
        between = low[prev_end : item.start]
        if outer is not None and ")" in between:  # a parenthesis ends: back to the outer list
            breakdown, outer = outer, None
            if nested in totals:
                totals.remove(nested)
        breakdown, totals = _semicolon(low, prev_end, item, items[:i], breakdown, opens, totals)
        own = item.unit == "%" and _OWN_SHARE.match(between)
        if i > 0 and own and items[i - 1].unit not in (None, "%"):
            _own_share(item, items[i - 1])
            prev_end = item.end
            continue
        if i > 0 and "(" in between and ")" not in between and items[i - 1].unit == "%":
            # "chiếm 2,6% số sản phẩm cả nước (gần 18.250 sản phẩm)": the share's whole
            items[i - 1].base = item.value
        elif i > 0 and "(" in between and ")" not in between and not _sibling(between):
            outer, breakdown = breakdown, True  # "41 doanh nghiệp (96 sản phẩm), …"
            if items[i - 1].relation == "part_of" and items[i - 1].unit not in (None, "%"):
                nested = items[i - 1]  # "152 sản phẩm còn hiệu lực (5 sản phẩm 5 sao, …)"
                totals.append(nested)
        elif i > 0 and _opens_breakdown(low, prev_end, item):
            breakdown = True
            # not after a ";", which closes the clause group (as in _semicolon): "…, trong đó
            # khu vực A cũ có 150 sản phẩm; riêng sản phẩm từ cói có 25 sản phẩm" is one more
            # part of the outer whole
            # … but "…; trong đó 6 …" right after a count breaks that count down
            nests = ";" not in low[prev_end : item.start] or bool(
                _AMONG_AFTER_SEMICOLON.match(low, prev_end, item.start)
            )
            if (
                nests
                and items[i - 1].relation == "part_of"
                and items[i - 1].unit not in (None, "%")
            ):
                totals.append(items[i - 1])  # "Riêng Bạc Liêu cũ có 142, trong đó 2 …": nested
        clause_start = _clause_start(low, item.start)
        item.own_scope = bool(_OWN_SCOPE.search(low[clause_start : item.start]))
        if _is_change(low, max(prev_end, clause_start), item):
            # the count before it closes a list of parts (not one after a ";")
            listed = i > 1 and ";" not in low[items[i - 2].end : items[i - 1].start]
            _change(item, items[:i], totals, previous, listed, low.rfind(";", 0, item.start))
        elif _TOTAL_WORD.search(low[clause_start : item.start]) or _LINKED.search(
            low[clause_start : item.start]
        ):
            pass  # "ký 27 hợp đồng với tổng giá trị 9,5 tỷ đồng": a total of its own
        elif group := _group_total(low, clause_start, item, totals, previous):
            item.relation, item.base, item.total = "part_of", group.value, group
        elif breakdown and (total := _find_total(item, totals) or _find_total(item, previous)):
            item.relation = "share_of" if item.unit == "%" else "part_of"
            item.base, item.total = total.value, total
        elif item.unit == "%":
            _share_base(item, items[:i], previous)
            if _OUTSIDE.match(low[item.end :]):  # "bằng 4% số sản phẩm của cả nước"
                item.base = item.total = None
        if item.relation == "total" and item.unit is not None:
            totals.append(item)
        breakdown = breakdown or (head and i == 0)
        prev_end = item.end
    _after_the_sentence(low, items, previous, list(earlier), head)


def _after_the_sentence(
    low: str, items: list[Item], previous: list[Item], earlier: list[Item], head: bool
) -> None:
    """The relations that need the whole sentence read (bases stated after, the rest, sums)."""
    _stated_bases(low, items)
    _the_rest(low, items, previous, earlier)
    _along_with(low, items)
    _only_of(low, items)
    _sums(items, previous)
    _parts_that_add_up(items, previous)
    _headless(low, items, previous)
    _shares_follow(items)
    if head and items:  # "Trong 47 sản phẩm mới, …" restates an earlier total of 47
        same = [t for t in previous if t.unit == items[0].unit and t.value == items[0].value]
        if same and items[0].relation == "total":
            first, restated = items[0], same[-1]
            first.relation, first.base, first.total = restated.relation, restated.base, restated


# "Nhóm thực phẩm có 96 sản phẩm", "Xét theo nhóm, thủ công mỹ nghệ có 11 sản phẩm": a
# category's count is a part of the total it classifies
_GROUPS = alternation(_CUES["product_groups"])
_GROUP = re.compile(rf"^\s*(?:và\s+)?nhóm\s+(?:{_GROUPS})\b[^\d,;:]*$", re.I)
_GROUP_HEAD = re.compile(r"^\s*(?:xét|phân|chia|tính)\s+theo\s+(?:nhóm|ngành|lĩnh vực)", re.I)
# "nhóm thực phẩm có 352 sản phẩm (75,2%), đồ uống 71 sản phẩm, …": the next groups of the
# list drop the word "nhóm"
_BARE_GROUP = re.compile(rf"^\s*(?:và\s+)?(?:{_GROUPS})\b[^\d,;:]*$", re.I)
_GROUP_BEFORE = re.compile(rf"(?<!\w)nhóm\s+(?:{_GROUPS})\b", re.I)


def _group_total(
    low: str, clause_start: int, item: Item, totals: list[Item], previous: list[Item]
) -> Item | None:
    """The total a category's count belongs to: the latest larger total of its unit."""
    clause = low[clause_start : item.start]
    grouped = _GROUP.match(clause) or _GROUP_HEAD.match(low)
    if not grouped and _BARE_GROUP.match(clause):
        before = low[low.rfind(";", 0, clause_start) + 1 : clause_start]
        grouped = _GROUP_BEFORE.search(before)
    if item.unit in (None, "%") or not grouped:
        return None
    for t in reversed(totals + [p for p in previous if p not in totals]):
        if t.unit == item.unit and t.relation == "total" and t.value > item.value:
            return t
    return None


# "Các chủ thể OCOP của thành phố gồm 58 doanh nghiệp, 49 hợp tác xã và 64 hộ": a whole
# named without its count, broken down
_HEADLESS = re.compile(r"^[^\d;]*?(?<!\w)(?:bao gồm|gồm)\s*:?\s*(?=\d)", re.I)


def _headless(low: str, items: list[Item], previous: list[Item]) -> None:
    """The counts listed after "gồm" when nothing before it is counted: parts of a whole
    the text does not count (part_of, no base), or of the earlier total a demonstrative
    points to ("số sản phẩm này gồm …"); a list of at least two."""
    m = _HEADLESS.match(low)
    if m is None:
        return
    stop = low.find(";", m.end())
    listed = [x for x in items if stop < 0 or x.start < stop]
    if len(listed) < 2 or any(x.relation != "total" or x.unit in (None, "%") for x in listed):
        return
    value = sum(x.value for x in listed if x.unit == listed[0].unit)
    whole = None
    if re.search(r"(?<!\w)(?:này|đó|trên)(?!\w)", m[0]):
        same = [t for t in previous if t.unit == listed[0].unit and t.value >= value]
        whole = same[-1] if same else None
    for x in listed:
        x.relation = "part_of"
        if whole is not None and compatible(x, whole):
            x.base, x.total = whole.value, whole


_REST = re.compile(r"(?<!\w)còn lại(?!\w)")


def _make_part(x: Item, total: Item) -> None:
    """Mark ``x`` (and the figure already built from it, if any) as a part of ``total``."""
    x.relation, x.base, x.total = "part_of", total.value, total
    if x.ref is not None:
        x.ref.relation, x.ref.base = "part_of", total.value


def _the_rest(low: str, items: list[Item], previous: list[Item], seen: list[Item]) -> None:
    """ "Chín sản phẩm còn lại đạt 3 sao", "có 4 sản phẩm 5 sao, 121 sản phẩm 4 sao, còn lại
    đạt 3 sao": the rest of a whole. The counts, with the counts of their unit stated since
    an earlier figure when all add up to it ("15 … 4 sao; 2 … tiềm năng 5 sao. 7 sản phẩm còn
    lại" after 24), are its parts; else the counts are parts of the latest larger total."""
    if not _REST.search(low) or any(x.relation == "part_of" for x in items):
        return  # "Trong 74 sản phẩm mới, A có 21, B có 30, còn lại …": a breakdown already
    run = [x for x in items if x.relation == "total" and x.unit not in (None, "%")]
    if not run:
        return
    unit = run[0].unit
    run = [x for x in run if x.unit == unit]
    value = sum(x.value for x in run)
    if TRONG_HEAD.match(low) or len(run) == 1 and any(t.value == value for t in seen):
        return  # "Trong 301 chủ thể, … còn lại là hộ": the head is the whole, restated
    for k in range(len(seen) - 1, -1, -1):
        whole = seen[k]
        since = [
            x
            for x in seen[k + 1 :]
            if x.unit == unit and (x.relation == "total" or x.total is whole)
        ]
        if whole.unit == unit and abs(sum(x.value for x in since) + value - whole.value) < 1e-9:
            for x in since + run:
                _make_part(x, whole)
            return
    larger = [t for t in previous if t.relation == "total" and t.unit == unit and t.value > value]
    # without a sum, only star classes ("4 sản phẩm 5 sao, 121 … 4 sao, còn lại đạt 3 sao")
    # or a list ("100 gian hàng …; 110 gian hàng …; phần còn lại …") are parts of an earlier
    # whole; one count ("công nhận 60 sản phẩm, số còn lại đang …") is not
    if larger and (len(run) > 1 or all(x.star is not None for x in run)):
        for x in run:
            _make_part(x, larger[-1])


def _parts_that_add_up(items: list[Item], previous: list[Item]) -> None:
    """Parts given to the latest total that add up exactly to an earlier one belong to that
    one ("… 53 sản phẩm đợt 2, nâng tổng số lên 640. Cụ thể, 12 sản phẩm 4 sao, 41 …")."""
    groups: dict[int, list[Item]] = {}
    for x in items:
        if x.relation == "part_of" and x.total is not None and x.unit not in (None, "%"):
            groups.setdefault(id(x.total), []).append(x)
    for parts in groups.values():
        total, value = parts[0].total, sum(x.value for x in parts)
        if len(parts) < 2 or total is None or abs(value - total.value) < 1e-9:
            continue
        same = [t for t in previous + items if t.relation == "total" and t.unit == total.unit]
        found = [t for t in same if t is not total and abs(t.value - value) < 1e-9]
        if found:
            for x in parts:
                x.base, x.total = found[-1].value, found[-1]


def _stated_bases(low: str, items: list[Item]) -> None:
    """ "9 làng nghề trong tổng số 14 làng nghề", "6 sản phẩm chè đạt 3 sao trong tổng số 15
    sản phẩm": 15 is the base of 6 (the words between name a kind, no other figure)."""
    for a, b in zip(items, items[1:]):
        between = low[a.end : b.start]
        if a.unit == b.unit and (_BASE_AFTER.match(between) or _NAMED_BASE.match(between)):
            a.relation, a.base = "part_of", b.value


def _sums(items: list[Item], previous: list[Item]) -> None:
    """Counts that add up exactly to an earlier total are its parts ("sản phẩm đạt hạng 4
    sao có 3 sản phẩm, … 3 sao có 38 sản phẩm" after a total of 41)."""
    for total in list(reversed(previous)) + items:
        if total.unit in (None, "%") or total.relation != "total":
            continue
        after = items[items.index(total) + 1 :] if total in items else items
        # kinds count too: "trong 200 chủ thể có 40 HTX, 60 doanh nghiệp và 100 hộ"
        run = [x for x in after if x.relation == "total" and part_unit(x.unit, total.unit)]
        # the first counts may add up on their own ("có 14 … 4 sao và 44 … 3 sao; 2 sản phẩm
        # … xét 5 sao" after 58): the longest prefix that does
        while len(run) >= 2 and abs(sum(x.value for x in run) - total.value) >= 1e-9:
            run = run[:-1]
        if len(run) >= 2:
            for x in run:
                x.relation, x.base, x.total = "part_of", total.value, total
            # go on: products and their participants may each add up to their own total


# --- the document-level pass --------------------------------------------------------------
# After every sentence has been read, some links need the whole article: a count whose share
# of a whole is stated ("287 sản phẩm, chiếm 40% tổng số") belongs to the nearest earlier
# larger total of its unit and scope; a target is never a part of an achieved total (nor the
# reverse); a whole introduced by "trong N …" holds every smaller count after it in its
# sentence; a percentage change that names a quantity ("doanh thu tăng 16%") is a change of
# the latest earlier figure naming it. The word lists are data ([relations.document]).

_DOC = _CUES["document"]
# the share right after the count, or at the end of the count's clause group ("112 sản phẩm
# được đưa lên sàn, chiếm khoảng 64% tổng số"; a rating may stand between: "214 sản phẩm trên
# 3 sao, chiếm 45% …")
# a share verb and its hedge right before the percentage ("chiếm khoảng")
_SHARE_VERB = (
    rf"(?:{alternation(_DOC['share_verbs'])})\s+(?:(?:{alternation(_DOC['share_hedges'])})\s+)?$"
)
_SHARE_AFTER = re.compile(rf"^(?:(?:[^\d;:()]|[1-5]\s*sao)*?,)?\s*\(?\s*{_SHARE_VERB}", re.I)
_SHARE_BEFORE = re.compile(rf"(?<!\w){_SHARE_VERB}", re.I)
_WITH_COUNT = re.compile(r"^[^,;:.()\d]*?(?<!\w)với\s+(?:khoảng\s+|gần\s+|hơn\s+)?$", re.I)
# "đạt 118% kế hoạch" is a completion, not a target
_TARGET = re.compile(rf"(?<!%)(?<!% )(?<!\w)(?:{alternation(_DOC['target'])})(?!\w)", re.I)
_METRIC = re.compile(rf"(?<!\w)(?:{alternation(_DOC['metric_words'])})(?!\w)", re.I)
_ASSESSING = re.compile(rf"(?<!\w)(?:{alternation(_DOC['assessing'])})\s+$", re.I)
# the outcome word opens what follows the count ("38 sản phẩm đạt …", "22 sản phẩm chưa đạt")
_OUTCOME_WORD = re.compile(
    rf"^\s*(?:(?:{alternation(_DOC['outcome_lead'])})\s+)?(?:{alternation(_DOC['outcome'])})(?!\w)",
    re.I,
)
_PURPOSE = re.compile(rf"(?<!\w)(?:{alternation(_DOC['purpose'])})(?!\w)", re.I)
# "86,7% kế hoạch": the words right after a completion rate
_PLAN_AFTER = re.compile(rf"^\s*(?:{alternation(_DOC['target'])})(?!\w)", re.I)
# a stock or running total is not the outcome of one assessment
_STOCK = re.compile(rf"(?<!\w)(?:{alternation(_DOC['stock'])})(?!\w)", re.I)
_WHOLE_HEAD = re.compile(r"(?<!\w)trong\s+(?:tổng\s+)?(?:số\s+)?$", re.I)


@dataclass
class Placed:
    """One figure of the document with its sentence's start (a view for the document pass)."""

    fig: object  # a figures.Figure (value, unit, relation, base, province, sentence, start …)
    sentence_start: int

    @property
    def at(self) -> int:
        """The number's offset in its sentence."""
        return self.fig.start - self.sentence_start

    def prefix(self) -> str:
        """The sentence before the number, from the last ";" (its clause group)."""
        head = self.fig.sentence[: self.at]
        return head[head.rfind(";") + 1 :].lower()

    def clause_before(self) -> str:
        """The clause before the number (lower-cased)."""
        return clause_before(self.fig.sentence.lower(), self.at)

    def clause_after(self) -> str:
        """The clause after the number and its unit (lower-cased)."""
        return clause_after(self.fig.sentence.lower(), self.fig.end - self.sentence_start)


_MONEY = frozenset({"VND", "USD"})
# "chiếm 9% tổng số sản phẩm", "chiếm 19% số sản phẩm của tỉnh": a whole the text names only
_UNSTATED_WHOLE = re.compile(r"(?<!\w)(?:tổng|số)(?!\w)")


def _same_scope(a: object, b: object) -> bool:
    """Both figures speak of the same territory (a former province inside its merged one)."""
    if a.province == b.province:
        return True
    return a.new_province is not None and a.new_province == b.province


def _counted(f: object) -> bool:
    return bool(f.unit) and f.unit != "%"


def _whole_before(part: Placed, figs: list[Placed]) -> Placed | None:
    """The nearest earlier total the part can belong to: its unit, larger, its scope, and no
    other rating than the part's."""
    p = part.fig
    for w in reversed([x for x in figs if x.fig.start < p.start]):
        f = w.fig
        if f.unit != p.unit or f.relation != "total" or f.value <= p.value:
            continue
        if not _same_scope(p, f) or (p.star and f.star and p.star != f.star):
            continue
        return w
    return None


def _share_pairs(figs: list[Placed]) -> list[tuple[Placed, Placed]]:
    """(count, share) written together: "287 sản phẩm, chiếm 40%" or "chiếm 38% tổng số …
    với 393 sản phẩm"."""
    out = []
    for a, b in zip(figs, figs[1:]):
        if a.sentence_start != b.sentence_start:
            continue
        between = a.fig.sentence[a.fig.end - a.sentence_start : b.at]
        if _counted(a.fig) and b.fig.unit == "%" and _SHARE_AFTER.match(between):
            out.append((a, b))
        elif (
            a.fig.unit == "%"
            and _counted(b.fig)
            and _WITH_COUNT.match(between)
            and _SHARE_BEFORE.search(a.fig.sentence[: a.at])
        ):
            out.append((b, a))
    return out


def _shares_of_wholes(figs: list[Placed]) -> None:
    """A count stated with its share of a whole is a part of that whole."""
    for count, share in _share_pairs(figs):
        c, s = count.fig, share.fig
        if _OUTSIDE.match(share.clause_after()):
            continue
        if c.relation == "part_of" and s.base is None:
            s.base = c.base  # "Khu vực X cũ có 352 sản phẩm, chiếm 55,5%": of the same whole
        if c.relation != "total":
            continue
        whole = _whole_before(count, figs)
        if whole is not None:
            c.relation, c.base = "part_of", whole.fig.value
            s.base = whole.fig.value
        elif _UNSTATED_WHOLE.search(share.clause_after()) and c.unit not in _MONEY:
            # "chiếm 9% tổng số sản phẩm của tỉnh": the whole is unstated; an amount ("doanh
            # thu đạt 21 tỷ đồng, chiếm 35% tổng thu nhập") stays the total it reports
            c.relation = "part_of"


def _parenthesised_shares(figs: list[Placed]) -> None:
    """ "06 tổ hợp tác (2%), 84 doanh nghiệp (28,3%)": a bare share in parentheses right after
    a part is of that part's whole, also when the whole was found by the document pass."""
    for a, b in zip(figs, figs[1:]):
        c, s = a.fig, b.fig
        if a.sentence_start != b.sentence_start or s.unit != "%" or s.base is not None:
            continue
        between = c.sentence[c.end - a.sentence_start : b.at]
        if (
            _counted(c)
            and c.relation == "part_of"
            and c.base
            and re.fullmatch(r"\s*\(\s*", between)
        ):
            s.relation, s.base = "share_of", c.base


def _outside_wholes(figs: list[Placed]) -> None:
    """ "402 sản phẩm, bằng khoảng 2,2% số sản phẩm của cả nước" and elsewhere "cả nước có gần
    18.300 sản phẩm": a share of a whole outside the article's scope is of the count of that
    whole the text states anywhere, when the count fits the share."""
    for count, share in _share_pairs(figs):
        c, s = count.fig, share.fig
        if s.base is not None or not _OUTSIDE.match(share.clause_after()):
            continue
        found = [
            w.fig
            for w in figs
            if w.fig.unit == c.unit
            and w.fig.province != c.province
            and _fits(c.value, w.fig.value, s.value)
        ]
        if found:
            s.base = found[0].value


# "Ở nhóm 4 sao, có 2 sản phẩm …", "Trong số sản phẩm 4 sao, có 1 …": a sentence opened by a
# rating's group breaks down the latest count with that rating
_RATED_HEAD = re.compile(
    r"^\s*(?:ở|trong|trong số|riêng)\s+(?:nhóm|hạng|số)?\s*(?:sản phẩm\s+)?(?:đạt\s+)?"
    r"(?P<star>[1-5])\s*sao\b(?!\s*trở lên)",
    re.I,
)


def _rated_groups(figs: list[Placed]) -> None:
    """The counts of a sentence opened by a rating's group ("Ở nhóm 4 sao, có 2 sản phẩm …")
    are parts of the latest earlier count with that rating, when smaller."""
    for k, x in enumerate(figs):
        head = _RATED_HEAD.match(x.fig.sentence)
        if head is None or not _counted(x.fig):
            continue
        star = int(head["star"])
        group = [
            w.fig
            for w in figs[:k]
            if w.sentence_start != x.sentence_start
            and w.fig.unit == x.fig.unit
            and w.fig.star == star
        ]
        if group and group[-1].value > x.fig.value:
            x.fig.relation, x.fig.base = "part_of", group[-1].value


# "Tỉnh có 4 sản phẩm 5 sao", "Có 5 sản phẩm đã được Trung ương công nhận 5 sao": a stative
# count of rated products (no event of its own: no year, round, "mới", "thêm")
_HAS_RATED = re.compile(
    r"(?:^|[,;]\s*|(?<!\w)(?<!hợp tác )(?:tỉnh|thành phố|huyện|xã|phường|toàn tỉnh|toàn thành phố)\s+)"
    r"(?:hiện\s+|đã\s+|mới\s+)*có\s+$",
    re.I,
)
_OWN_EVENT = re.compile(r"(?<!\w)(?:năm\s+\d{4}|đợt|mới|thêm|lần đầu|vừa)(?!\w)", re.I)


def _rated_stock_parts(figs: list[Placed]) -> None:
    """A stative count of rated products after the article's stock total of the same scope
    ("toàn tỉnh có 721 sản phẩm OCOP … Tỉnh có 4 sản phẩm 5 sao") is a part of that stock."""
    for k, x in enumerate(figs):
        f = x.fig
        rated = f.star or f.potential_star
        if f.relation != "total" or not rated or f.unit != "sản phẩm" or f.min_star:
            continue
        head = x.fig.sentence[: x.at]
        if not _HAS_RATED.search(head) or _OWN_EVENT.search(x.fig.sentence):
            continue
        stock = [
            w.fig
            for w in figs[:k]
            if w.sentence_start != x.sentence_start
            and w.fig.unit == f.unit
            and w.fig.relation == "total"
            and not w.fig.star
            and not w.fig.potential_star
            and _same_scope(f, w.fig)
            and _STOCK.search(w.prefix() + " " + w.clause_after())
        ]
        if stock and stock[-1].value > f.value:
            f.relation, f.base = "part_of", stock[-1].value


def _pending_parts(figs: list[Placed]) -> None:
    """ "372 sản phẩm, trong đó 81 … 4 sao, 291 … 3 sao; 2 sản phẩm đang được đề nghị xét 5
    sao": a pending count after the rated parts of a whole, in their sentence, is one more
    part of that whole (the candidates are among its products)."""
    for k, x in enumerate(figs):
        f = x.fig
        if f.relation != "total" or not f.potential_star or not _counted(f):
            continue
        parts = [
            w.fig
            for w in figs[:k]
            if w.sentence_start == x.sentence_start
            and w.fig.unit == f.unit
            and w.fig.relation == "part_of"
            and w.fig.star
            and w.fig.base is not None
        ]
        if parts and f.value < parts[-1].base:
            f.relation, f.base = "part_of", parts[-1].base


def _wholes_named_first(figs: list[Placed]) -> None:
    """ "trong 214 sản phẩm của tỉnh có 128 …", "Trong số 58 …, có 9 … và 49 …; 21 …": every
    smaller count of the unit after such a whole, in its sentence, is one of its parts."""
    for i, w in enumerate(figs):
        if not _counted(w.fig) or not _WHOLE_HEAD.search(w.fig.sentence[: w.at].lower()):
            continue
        for x in figs[i + 1 :]:
            if x.sentence_start != w.sentence_start:
                break
            f = x.fig
            if f.unit == w.fig.unit and f.relation == "total" and f.value < w.fig.value:
                f.relation, f.base = "part_of", w.fig.value


def _assessed(figs: list[Placed]) -> None:
    """ "Hội đồng chấm điểm 45 sản phẩm; 38 sản phẩm đạt …", "họp đánh giá 63 sản phẩm. …
    22 sản phẩm chưa đạt": the outcomes of an assessment (a count of its unit with a passing or
    failing word, after a ";" or in the next sentences of the paragraph-sized reach) are parts
    of the number assessed."""
    reach = int(_DOC["outcome_reach"])
    for i, w in enumerate(figs):
        if not _counted(w.fig) or not _ASSESSING.search(w.clause_before()):
            continue
        for x in figs[i + 1 :]:
            f = x.fig
            if f.unit == w.fig.unit and f.value == w.fig.value:
                continue  # "Trong 14 sản phẩm có …": the number assessed, restated
            if f.start - w.fig.end > reach or (f.unit == w.fig.unit and f.value > w.fig.value):
                break  # a new, larger count of the unit starts another story
            same = x.sentence_start == w.sentence_start
            if same and ";" not in w.fig.sentence[w.fig.end - w.sentence_start : x.at]:
                continue  # the assessed count's own clause group (its breakdown is read already)
            if (
                f.unit == w.fig.unit
                and f.relation == "total"
                and _OUTCOME_WORD.match(x.clause_after())
                and not _STOCK.search(x.clause_before())
            ):
                f.relation, f.base = "part_of", w.fig.value


def _targets_apart(figs: list[Placed]) -> None:
    """A part that is a target of an achieved total (or the reverse) is a count of its own."""
    for k, x in enumerate(figs):
        f = x.fig
        if f.relation != "part_of" or f.base is None or not _counted(f):
            continue
        owner = [
            w for w in figs[:k] if w.fig.unit == f.unit and w.fig.value == f.base
        ]  # the total it was given (value and unit; the latest one)
        if not owner:
            continue
        target = bool(_TARGET.search(x.prefix()))
        of_target = bool(_TARGET.search(owner[-1].prefix()))
        # a sentence opening with "Trong đó," (or "Trong tổng kinh phí,") breaks down the total
        # before it, target or not
        opener = x.sentence_start != owner[-1].sentence_start and (
            _BREAKDOWN.match(f.sentence) or _MONEY_HEAD.match(f.sentence.lower())
        )
        if target != of_target and (target or not opener):
            f.relation, f.base = "total", None


def _purposes(x: Placed) -> set[str]:
    return {m.group().lower() for m in _PURPOSE.finditer(x.clause_before())}


def _purposes_apart(figs: list[Placed]) -> None:
    """ "đầu tư 800 triệu đồng" after "doanh thu đạt 2,1 tỷ đồng": amounts of different
    sentences whose clauses name different purposes are not part and total of each other."""
    for k, x in enumerate(figs):
        f = x.fig
        if f.relation != "part_of" or f.base is None or not _counted(f):
            continue
        owner = [w for w in figs[:k] if w.fig.unit == f.unit and w.fig.value == f.base]
        if not owner or owner[-1].sentence_start == x.sentence_start:
            continue  # a breakdown in the total's sentence names its parts' purposes
        if _MONEY_HEAD.match(f.sentence.lower()):
            continue  # "Trong tổng kinh phí, …": the sources of that budget, whatever their names
        own, of_owner = _purposes(x), _purposes(owner[-1])
        if own and of_owner and not own & of_owner and not _adds_up(figs, x, owner[-1]):
            f.relation, f.base = "total", None


def _adds_up(figs: list[Placed], x: Placed, whole: Placed) -> bool:
    """The parts of ``x``'s sentence given the whole add up to it exactly ("nguồn vốn gồm 11,9
    tỷ đồng … và 6,5 tỷ đồng" after "kinh phí … 18,4 tỷ đồng"): the sum outweighs the words."""
    w = whole.fig
    parts = [
        y.fig
        for y in figs
        if y.sentence_start == x.sentence_start and y.fig.unit == w.unit and y.fig.base == w.value
    ]
    return len(parts) >= 2 and abs(sum(f.value for f in parts) - w.value) < 1e-6 * w.value


# "431/553 sản phẩm … được bán trên sàn, đạt 78%": a count written as a fraction of its whole
_FRACTION = re.compile(r"(?<![\d/.,])(\d[\d.]*)\s*/\s*(\d[\d.]*)(?![\d/])")


def fraction_fit(head: str, rate: float) -> float | None:
    """The whole of the last fraction in ``head`` whose ratio is ``rate`` percent, if any."""
    for m in reversed(list(_FRACTION.finditer(head))):
        done, whole = parse_number(m.group(1)), parse_number(m.group(2))
        if done is not None and whole and _fits(done, whole, rate):
            return whole
    return None


def _fraction_bases(figs: list[Placed]) -> None:
    """A share after a fraction of its sentence that it restates is of the fraction's whole
    (the arithmetic outweighs a nearer total: "… của 462 chủ thể. Có 861/1.046 sản phẩm …")."""
    for x in figs:
        f = x.fig
        if f.unit == "%" and f.relation == "share_of":
            f.base = fraction_fit(f.sentence[: x.at], f.value) or f.base


def _fits(done: float, target: float, rate: float) -> bool:
    """The count achieved is the rate's share of the target (rounding of a written rate)."""
    return target > 0 and abs(100 * done / target - rate) <= 0.5 + 0.01 * rate


def _fitting(figs: list[Placed], rate: Placed, done: object, reach: int) -> list:
    """(distance, figure) of the counts of the achieved count's unit, before the rate and
    within reach, of which the achieved count is the rate's share."""
    f = rate.fig
    return [
        (f.start - w.fig.start, w)
        for w in figs
        if w.fig is not done
        and w.fig.unit == done.unit
        and w.fig.start < f.start
        and f.start - w.fig.start <= reach
        and _fits(done.value, w.fig.value, f.value)
    ]


def _plan_bases(figs: list[Placed], reach: int) -> None:
    """ "đạt 86,7% kế hoạch": a completion rate is a share of the target the text states
    nearest to it (before, "đặt kế hoạch có thêm 60 sản phẩm; … đạt 86,7% kế hoạch", or
    after, "(kế hoạch giao 60 sản phẩm)")."""
    for x in figs:
        f = x.fig
        if f.unit != "%" or f.base is not None or not _PLAN_AFTER.match(x.clause_after()):
            continue
        near = [
            (abs(w.fig.start - f.start), w)
            for w in figs
            if w is not x and _counted(w.fig) and _TARGET.search(w.prefix())
        ]
        near = [(d, w) for d, w in near if d <= reach]
        # the count achieved, before the rate in its sentence: the target must fit the rate
        done = [
            w.fig
            for w in figs
            if w.sentence_start == x.sentence_start
            and _counted(w.fig)
            and w.fig.end <= f.start
            and not _TARGET.search(w.prefix())
        ]
        if done:
            near = [(d, w) for d, w in near if _fits(done[-1].value, w.fig.value, f.value)]
            # no stated target fits: the amount the achieved one is that share of ("kinh phí
            # bố trí là 18,4 tỷ đồng; đã giải ngân 15,2 tỷ đồng, đạt 82,6% kế hoạch")
            near = near or _fitting(figs, x, done[-1], reach)
        if near:
            f.base = min(near, key=lambda p: p[0])[1].fig.value


def _named_bases(figs: list[Placed], reach: int) -> None:
    """ "Doanh thu tăng khoảng 16%" after "doanh thu ước đạt 21 tỷ đồng": the change (or share)
    of the latest earlier figure naming the same quantity."""
    for k, x in enumerate(figs):
        f = x.fig
        if f.unit != "%" or f.base is not None or f.relation not in ("change_of", "share_of"):
            continue
        words = {m.group().lower() for m in _METRIC.finditer(x.clause_before() + x.clause_after())}
        if not words:
            continue
        for w in reversed(figs[:k]):
            if f.start - w.fig.start > reach or not _counted(w.fig):
                continue
            own = w.clause_before() + " " + w.fig.unit.lower()
            if any(word in own for word in words):
                f.base = w.fig.value
                break


def _kinds_add_up(figs: list[Placed]) -> None:
    """ "… 612 chủ thể. … hộ chiếm 58% với 356 hộ; tiếp đến là 149 doanh nghiệp, 101 HTX và
    6 tổ hợp tác": counts of one sentence in kinds of a whole's unit (two kinds at least) that
    add up exactly to an earlier count of that unit and scope are its parts."""
    by_sentence: dict[int, list[Placed]] = {}
    for x in figs:
        by_sentence.setdefault(x.sentence_start, []).append(x)
    for group in by_sentence.values():
        for w in reversed([x for x in figs if x.fig.start < group[0].fig.start]):
            whole = w.fig
            kinds = KINDS.get(whole.unit or "", frozenset())
            run = [
                x.fig
                for x in group
                if x.fig.unit in kinds
                and _same_scope(x.fig, whole)
                and (x.fig.relation == "total" or x.fig.base in (None, whole.value))
            ]
            if len({f.unit for f in run}) < 2 or whole.relation != "total":
                continue
            if abs(sum(f.value for f in run) - whole.value) < 1e-9:
                for f in run:
                    f.relation, f.base = "part_of", whole.value
                break


_MEASURED = {word: frozenset(units) for word, units in _CUES["measured"].items()}
_INPUT = re.compile(rf"^\s*(?:{alternation(_CUES['measured_inputs']['words'])})(?!\w)", re.I)
_MEASURED_AFTER = re.compile(rf"^\s*(?:tổng\s+)?({alternation(list(_MEASURED))})(?!\w)", re.I)


def measured_whole(after: str) -> frozenset[str] | None:
    """The units of the measured whole named right after a share ("25% sản lượng" -> tấn)."""
    m = _MEASURED_AFTER.match(after)
    return _MEASURED[m.group(1).lower()] if m else None


def _measured_bases(figs: list[Placed], reach: int) -> None:
    """ "220 tấn …; doanh thu đạt 14,5 tỷ đồng. Khoảng 25% sản lượng được xuất khẩu": a share of
    a measured whole is of the latest earlier figure in its units within reach, else of none."""
    for k, x in enumerate(figs):
        f = x.fig
        units = measured_whole(x.fig.sentence[f.end - x.sentence_start :].lower())
        if f.unit != "%" or f.relation != "share_of" or units is None:
            continue
        found = [
            w.fig
            for w in figs[:k]
            if w.fig.unit in units
            and f.start - w.fig.start <= reach
            and _same_scope(f, w.fig)
            and not _INPUT.match(w.clause_after())
        ]
        if any(w.value == f.base for w in found):
            continue  # "160 tấn …, chiếm 46% sản lượng": the whole its count is a part of
        f.base = found[-1].value if found else None


# "Theo nhóm ngành, thực phẩm chiếm 71,2%, đồ uống 13,5%", "Các sản phẩm từ sen … chiếm 18%":
# a product group's share of the products
_GROUP_SHARE = re.compile(
    rf"(?<!\w)(?:nhóm|{alternation(_CUES['product_groups'])})(?!\w)[^\d;]*$", re.I
)


def _group_share_bases(figs: list[Placed], reach: int) -> None:
    """A product group's share with no stated whole is of the products the text counts last:
    the latest count of products, or the whole that count is a part of."""
    for k, x in enumerate(figs):
        f = x.fig
        if f.unit != "%" or f.relation != "share_of" or f.base is not None:
            continue
        head = x.fig.sentence[: x.at].lower()
        if not _GROUP_SHARE.search(head) or _CHANGE.search(x.clause_before()):
            continue
        for w in reversed(figs[:k]):
            if f.start - w.fig.start > reach:
                break
            if w.fig.unit == "sản phẩm" and _same_scope(f, w.fig):
                f.base = w.fig.value if w.fig.relation == "total" else w.fig.base
                break


_EARLIER_TIME = re.compile(
    rf"(?<!\w)(?:{alternation(_DOC['earlier_time'], escape=False)})(?!\w)", re.I
)
_LATER_TIME = re.compile(rf"(?<!\w)(?:{alternation(_DOC['later_time'], escape=False)})(?!\w)", re.I)
# "tăng 12% so với 4.100 tấn năm trước": the value the change is compared with, stated
_COMPARED_WITH = re.compile(
    r"^\s*(?:[^\W\d]+\s+){0,3}?so với\s+(?:mức\s+|con số\s+)?(?:khoảng\s+|gần\s+|hơn\s+)?$",
    re.I,
)


def _stated_earlier(w: Placed, x: Placed) -> bool:
    """``w`` (before the change ``x``) is dated earlier than the change: its sentence names an
    earlier time before it and the words from it to the change a later one."""
    if w.sentence_start == x.sentence_start:
        between = x.fig.sentence[w.fig.end - w.sentence_start : x.at]
    else:
        between = w.fig.sentence[w.fig.end - w.sentence_start :] + " " + x.fig.sentence[: x.at]
    earlier = _EARLIER_TIME.search(w.fig.sentence[: w.at])
    return bool(earlier) and bool(_LATER_TIME.search(between))


def _change_bases(figs: list[Placed]) -> None:
    """The base of a change is the earlier value the text states ("so với 4.100 tấn", or a figure
    dated before it), never the new value it produced ("đạt 6,8 tỷ đồng, tăng 15%")."""
    for k, x in enumerate(figs):
        f = x.fig
        if f.relation != "change_of":
            continue
        nxt = figs[k + 1] if k + 1 < len(figs) else None
        if (
            nxt is not None
            and nxt.sentence_start == x.sentence_start
            and _counted(nxt.fig)
            and _COMPARED_WITH.match(f.sentence[f.end - x.sentence_start : nxt.at])
        ):
            f.base = nxt.fig.value
            continue
        if f.base is None:
            continue
        w = next((w for w in reversed(figs[:k]) if _counted(w.fig) and w.fig.value == f.base), None)
        if w is not None and not _stated_earlier(w, x):
            f.base = None


def link_document(figs: list[Placed]) -> None:
    """The relations that need the whole article (see the comment above), in text order."""
    _kinds_add_up(figs)
    _parenthesised_shares(figs)
    _rated_groups(figs)
    _rated_stock_parts(figs)
    _pending_parts(figs)
    _wholes_named_first(figs)
    _shares_of_wholes(figs)
    _assessed(figs)
    _targets_apart(figs)
    _purposes_apart(figs)
    _named_bases(figs, int(_DOC["metric_reach"]))
    _plan_bases(figs, int(_DOC["metric_reach"]))
    _group_share_bases(figs, int(_DOC["metric_reach"]))
    _measured_bases(figs, int(_DOC["metric_reach"]))
    _fraction_bases(figs)
    _outside_wholes(figs)
    _change_bases(figs)
