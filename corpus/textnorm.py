"""Vietnamese text normalisation shared by every stage.

`fold` is the one definition of "the same word with or without diacritics": the
crawler's relevance filter, the NLP gazetteers and both search backends use it.
"""

from __future__ import annotations

import re
import unicodedata

_WS = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
_BLANK_LINES = re.compile(r"\n\s*\n+")


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text or "")


def _fold_char(ch: str) -> str:
    decomposed = unicodedata.normalize("NFD", ch)
    return (
        "".join(c for c in decomposed if unicodedata.category(c) != "Mn")
        .replace("đ", "d")
        .replace("Đ", "D")
    )


# Latin, Latin Extended and Vietnamese letters precomputed; combining marks deleted.
_FOLD_TABLE = {cp: _fold_char(chr(cp)) for cp in [*range(0xC0, 0x250), *range(0x1E00, 0x1F00)]}
_FOLD_TABLE.update({cp: None for cp in range(0x300, 0x370)})


def fold(text: str) -> str:
    """Lower-case, strip every diacritic and map đ/Đ to d ("Đắk Lắk" -> "dak lak")."""
    text = (text or "").translate(_FOLD_TABLE)
    if not text.isascii():  # other scripts: the general (slower) rule
        text = "".join(_fold_char(ch) if ord(ch) > 0x7F else ch for ch in text)
    return text.lower()


def tidy(text: str) -> str:
    """NFC, collapse runs of spaces inside lines, keep paragraph breaks (one blank line)."""
    text = nfc(text).replace("\r\n", "\n").replace("\r", "\n")
    lines = [_WS.sub(" ", line).strip() for line in text.split("\n")]
    text = "\n".join(lines)
    return _BLANK_LINES.sub("\n\n", text).strip()


class _AlignedTable(dict):
    """A `str.translate` table filled on first use: each character's fold, cut to one
    character (or the character itself when it folds to nothing)."""

    def __missing__(self, code: int) -> str:
        folded = fold(chr(code))
        self[code] = value = folded[:1] if folded else chr(code)
        return value


_ALIGNED = _AlignedTable()


def fold_aligned(text: str) -> str:
    """`fold` character by character, so offsets in the result are offsets in ``text``
    (one `str.translate` with a cached per-character table: the extractor calls it on every
    body line of every strategy it tries)."""
    return text.translate(_ALIGNED)
