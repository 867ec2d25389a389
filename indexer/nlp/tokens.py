"""Word-level helpers shared by the entity recognisers (offsets are into the given text)."""

from __future__ import annotations

import re

# a typographic apostrophe between letters stays inside the word ("K’Bròi", "H’Hen"); at a
# word's edge it is a closing quote
_WORD = re.compile(r"(?:[^\s,;:()\[\]\"“”‘’!?…]|(?<=\w)[’‘](?=\w))+")

# Ê Đê / Gia Rai / M'Nông given names: "Y Phương Niê", "H'Hen Niê", "K'Bình" (no Kinh surname)
# (any apostrophe: ASCII, typographic ’ or the modifier letter ʼ; also "Ya’…", "Y’…")
APOSTROPHES = "'’‘ʼ"  # ASCII, typographic ’ and ‘, the modifier letter ʼ
# "H'", "K'", "Y'", "Ya'" opening a highland given name
HIGHLAND_PREFIX = rf"(?:[HKY]|Ya)[{APOSTROPHES}]"
HIGHLAND_FIRST = re.compile(rf"^(?:Y|{HIGHLAND_PREFIX}[A-ZĐÀ-Ỹ][a-zà-ỹđ]*)$")


def is_cap(word: str) -> bool:
    """The word starts with a capital letter."""
    return bool(word) and word[0].isupper()


def is_name_syllable(word: str) -> bool:
    """A capitalised, otherwise lower-case alphabetic syllable ("Minh"), or a highland prefix."""
    if HIGHLAND_FIRST.match(word):
        return True
    return (
        len(word) >= 1
        and word[0].isupper()
        and (len(word) == 1 or word[1:].islower())
        and word.isalpha()
    )


def words_of(text: str, start: int = 0) -> list[tuple[int, int, str]]:
    """(start, end, word) of every word from ``start`` on; punctuation separates words."""
    return [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text, start)]


def gap_ok(text: str, a: int, b: int) -> bool:
    """Only spaces between two words (no punctuation, no dash)."""
    return text[a:b].strip() == ""


def overlaps(a: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    """``a`` overlaps one of ``spans``."""
    return any(a[0] < e and s < a[1] for s, e in spans)
