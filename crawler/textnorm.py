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


def fold(text: str) -> str:
    """Lower-case, strip every diacritic and map đ/Đ to d ("Đắk Lắk" -> "dak lak")."""
    text = unicodedata.normalize("NFD", text or "")
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Mn")
    return text.replace("đ", "d").replace("Đ", "D").lower()


def tidy(text: str) -> str:
    """NFC, collapse runs of spaces inside lines, keep paragraph breaks (one blank line)."""
    text = nfc(text).replace("\r\n", "\n").replace("\r", "\n")
    lines = [_WS.sub(" ", line).strip() for line in text.split("\n")]
    text = "\n".join(lines)
    return _BLANK_LINES.sub("\n\n", text).strip()


def fold_aligned(text: str) -> str:
    """`fold` character by character, so offsets in the result are offsets in ``text``."""
    out = []
    for ch in text:
        folded = fold(ch)
        out.append(folded[:1] if folded else ch)
    return "".join(out)
