"""Vietnamese numbers: "1.054" = 1054, "23,3" = 23.3, "1.234,5", "01", spelled-out numbers.

Vietnamese writes "." for thousands and "," for decimals. A lone separator followed by exactly
three digits is a thousands separator ("1.054", "2,500" is read as 2500 only with a dot); any
other lone separator is a decimal one ("23,3", "2.5").
"""

from __future__ import annotations

import re

from corpus.textnorm import fold, nfc

#: Multipliers written after a number ("2,5 tỷ đồng").
MULTIPLIERS: dict[str, float] = {
    "nghin": 1e3,
    "ngan": 1e3,
    "trieu": 1e6,
    "ty": 1e9,
    "ti": 1e9,
}

_UNITS = {
    "không": 0,
    "một": 1,
    "mốt": 1,
    "hai": 2,
    "ba": 3,
    "bốn": 4,
    "tư": 4,
    "năm": 5,
    "lăm": 5,
    "nhăm": 5,
    "sáu": 6,
    "bảy": 7,
    "bẩy": 7,
    "tám": 8,
    "chín": 9,
}
# Forms only used after a ten ("hai mươi mốt", "mười lăm", "ba mươi tư").
_AFTER_TENS_ONLY = {"mốt", "tư", "lăm", "nhăm"}

# Numbers written with digits; the figure regexes reuse this.
NUMBER_RE = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d{1,3}(?:,\d{3}){2,}|\d+(?:[.,]\d+)?"
_NUMBER_FULL = re.compile(rf"^(?:{NUMBER_RE})$")

#: Spelled-out number words, for regexes over the original (diacritics kept) text.
SPELLED_WORDS = "|".join(
    sorted(
        [*_UNITS, "mười", "mươi", "chục", "trăm", "linh", "lẻ", "nghìn", "ngàn"],
        key=len,
        reverse=True,
    )
)


def _parse_digits(text: str) -> float | None:
    if not _NUMBER_FULL.match(text):
        return None
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", text):
        return float(text.replace(".", "").replace(",", "."))
    if re.fullmatch(r"\d{1,3}(?:,\d{3}){2,}", text):
        return float(text.replace(",", ""))
    if "," in text:
        return float(text.replace(",", "."))
    if "." in text:
        whole, frac = text.split(".")
        if len(frac) == 3 and whole != "0":
            return float(whole + frac)  # "1.054" thousands
        return float(text)
    return float(text)


def _parse_spelled(words: list[str]) -> float | None:
    """Spelled-out numbers below a million: "hai mươi mốt", "một trăm linh năm", "mười lăm"."""
    total = 0
    current = 0  # the part below one thousand
    pending: int | None = None  # a unit digit waiting for "mươi"/"trăm"
    tens = False
    for raw in words:
        w = raw.lower()
        if w in _UNITS:
            if pending is not None or (w in _AFTER_TENS_ONLY and not tens):
                return None
            pending = _UNITS[w]
        elif w == "mười":
            if pending is not None:
                return None
            current += 10
            tens = True
        elif w in ("mươi", "chục"):
            if pending is None or pending < 2 and w == "mươi":
                return None
            current += pending * 10
            pending, tens = None, True
        elif w == "trăm":
            if pending is None:
                return None
            current += pending * 100
            pending, tens = None, False
        elif w in ("linh", "lẻ"):
            continue
        elif w in ("nghìn", "ngàn"):
            total += (current + (pending or 0) or 1) * 1000
            current, pending, tens = 0, None, False
        else:
            return None
    return float(total + current + (pending or 0))


def parse_number(text: str) -> float | None:
    """A Vietnamese number, written with digits or spelled out; None when it is not one.

    A trailing multiplier word is applied ("2,5 tỷ" -> 2.5e9, "3 nghìn" -> 3000).
    """
    if text is None:
        return None
    text = nfc(text).strip()
    if not text:
        return None
    words = text.split()
    multiplier = 1.0
    if len(words) > 1 and fold(words[-1]) in MULTIPLIERS:
        multiplier = MULTIPLIERS[fold(words[-1])]
        words = words[:-1]
    if len(words) == 1:
        value = _parse_digits(words[0])
        if value is not None:
            return value * multiplier
    value = _parse_spelled(words)
    return None if value is None else value * multiplier
