"""Star ratings of a figure: awarded (``star``), a floor (``min_star``: "từ 3 sao trở lên",
"trên 3 sao", "3–5 sao") or pending (``potential_star``: "tiềm năng 5 sao", "đề nghị Trung
ương công nhận 5 sao"). "nâng hạng từ 3 sao lên 4 sao" is 4 stars; "OCOP quốc gia" is 5.

Cue words live in `data/figures.toml` [stars].
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from indexer.nlp.lexicon import alternation, table

_CUES = table("figures")["stars"]
_N = r"[1-5]|một|hai|ba|bốn|năm"
_WORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5}
# "lên 4 sao" (an upgrade: the new rank)
_UPGRADE = re.compile(rf"lên\s+(?:hạng\s+)?(?P<n>{_N})\s*sao(?!\w)", re.I)
# "3–5 sao", "từ 3 - 4 sao", "từ 3 đến 5 sao", "3 sao và 4 sao": a floor
_RANGE = re.compile(
    rf"(?P<n>{_N})\s*(?:sao\s*)?(?:[-–—]|đến|tới|và|,)\s*(?P<m>{_N})\s*sao(?!\w)", re.I
)
# "được nâng hạng từ 3 sao" with no "lên …": the former rank, not the figure's rating (nor a
# floor "từ 3 sao trở lên"); the rating is the batch's, stated elsewhere
_FORMER_RANK = re.compile(
    rf"nâng\s+(?:hạng|cấp|sao)\s+từ\s+(?:hạng\s+)?(?:{_N})\s*sao(?!\w)(?!\s+trở lên)", re.I
)
_ONE = re.compile(rf"(?P<from>từ\s+|trên\s+)?(?P<n>{_N})\s*sao(?!\w)(?P<up>\s+trở lên)?", re.I)
# "đề nghị Bộ đánh giá, công nhận 5 sao": the comma of that pair of verbs ends no clause
_POTENTIAL = re.compile(
    rf"(?<!\w)(?:{alternation(_CUES['potential'], escape=False)})\b"
    r"(?:[^,;.()]|(?<=đánh giá),)*$",
    re.I,
)
_AWARDED = re.compile(
    rf"(?:{alternation(_CUES['awarded'], escape=False)})"
    rf"(?:\s+(?:{alternation(_CUES['award_filler'])}))*\s*$",
    re.I,
)
_NATIONAL = re.compile(rf"(?:{alternation(_CUES['national_level'], escape=False)})", re.I)


@dataclass(frozen=True)
class Stars:
    star: int | None = None
    min_star: int | None = None
    potential_star: int | None = None

    @property
    def any(self) -> bool:
        return any(x is not None for x in (self.star, self.min_star, self.potential_star))


def _n(raw: str) -> int:
    raw = raw.lower()
    return int(raw) if raw.isdigit() else _WORDS[raw]


# a proposal inside the award's own words ("được đề nghị công nhận", "được đề xuất xét …")
_PROPOSED = re.compile(r"(?<!\w)(?:đề nghị|đề xuất|chờ|(?<!chương )trình)(?!\w)", re.I)


def _pending(lead: str) -> bool:
    """A pending cue stands before the rating and no award is stated after it; "được đề
    nghị công nhận" is a proposal, not an award (the cue sits inside the award's words)."""
    if not _POTENTIAL.search(lead):
        return False
    award = _AWARDED.search(lead)
    return award is None or bool(_PROPOSED.search(award.group()))


def stars_in(window: str, before: str = "") -> Stars:
    """The rating stated in ``window`` (the figure's clause); ``before`` = text before it in
    the clause, where a pending cue ("đề nghị … công nhận") may stand."""
    m = _UPGRADE.search(window)
    if m:  # "nâng hạng từ 3 sao lên 4 sao" (the new rank), "chờ nâng hạng lên 5 sao" (pending)
        lead = before + " " + window[: m.start()]
        if _pending(lead):
            return Stars(potential_star=_n(m["n"]))
        return Stars(star=_n(m["n"]))
    window = _FORMER_RANK.sub(" ", window)
    r, one = _RANGE.search(window), _ONE.search(window)
    if r and (one is None or r.start() <= one.start()):
        return Stars(min_star=min(_n(r["n"]), _n(r["m"])))  # "4 sao và 3 sao": from 3
    if one is None:
        return Stars(star=5) if _NATIONAL.search(window) else Stars()
    if one["from"] or one["up"]:
        return Stars(min_star=_n(one["n"]))
    lead = before + " " + window[: one.start()]
    if _pending(lead):
        return Stars(potential_star=_n(one["n"]))
    return Stars(star=_n(one["n"]))
