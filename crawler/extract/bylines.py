"""Authors from Vietnamese bylines, and the source attribution ("Theo …") kept apart."""

from __future__ import annotations

import re

from corpus.textnorm import fold

# "Thực hiện: A - B", "Tin và ảnh: A", "Bài và ảnh: A", "Bài, ảnh: A", "Nhóm PV", "Tác giả: A"
_LABELLED = re.compile(
    r"^\s*(?:thuc hien|tin va anh|bai va anh|bai, anh|bai anh|tin, anh|tin anh|bai|tin|"
    r"tac gia|phong vien|pv|nhom thuc hien|ghi chep|by|author|written by)\s*:\s*(?P<names>.+)$"
)
_GROUP = re.compile(r"^\s*(?:nhom|nhom phong vien|nhom pv|pv|ptv|ctv|btv)(?:\s+\S+){0,3}\s*$")
_ATTRIBUTION = re.compile(
    r"^\s*\(?\s*(?:theo|nguon|source)\s*:?\s+(?P<src>.{2,80}?)\s*\)?\s*\.?\s*$"
)
_PHOTO = re.compile(r"^\s*(?:anh|photo|video|do hoa|thiet ke)\s*:", re.I)
_SPLIT = re.compile(r"\s*(?:\s-\s|–|—|,|;|/|\s+va\s+|\s+and\s+|&)\s*")
_NAME_TOKEN = re.compile(r"^[^\W\d_](?:[^\W\d_]|['’-](?=[^\W\d_]))*\.?$")  # Reimer-Johansen, O'Neil
_STOP = {"bao", "tap chi", "thong tan xa", "dai", "truyen hinh", "cong thong tin", "ban bien tap",
         "toa soan", "admin", "quan tri", "btv", "http", "www"}  # fmt: skip


def looks_like_name(text: str, max_words: int = 5) -> bool:
    """A personal name or pen name: 1-5 capitalised words, no digits or sentence punctuation."""
    text = text.strip(" .")
    words = text.split()
    if not 1 <= len(words) <= max_words or len(text) > 60:
        return False
    if any(ch.isdigit() for ch in text) or re.search(r"[!?:;\"()\[\]@]", text):
        return False
    f = fold(text)
    if any(f.startswith(s) for s in _STOP):
        return False
    return all(_NAME_TOKEN.match(w) and w[0].isupper() for w in words)


def title_case(name: str) -> str:
    """NGỌC HÀ -> Ngọc Hà (all-caps bylines); mixed-case names are kept as written."""
    if name.isupper() and len(name) > 3:
        return " ".join(w[:1] + w[1:].lower() for w in name.split())
    return name


def split_names(value: str) -> list[str]:
    parts = _SPLIT.split(fold_keep(value))
    out = []
    for p in parts:
        p = p.strip(" .")
        if p and looks_like_name(p, max_words=6):
            out.append(title_case(p))
    return out


def fold_keep(value: str) -> str:
    """Normalise " và " spacing so the splitter sees it (keeps diacritics)."""
    return re.sub(r"\s+(và|and)\s+", " và ", value.strip()).replace(" và ", " va ")


def byline_of(line: str) -> tuple[list[str], str] | None:
    """(authors, attribution) if ``line`` is a byline or attribution line, else None."""
    text = " ".join(line.split())
    if not text or len(text) > 120:
        return None
    f = fold(text)
    m = _ATTRIBUTION.match(f)
    if m:
        start = len(text) - len(text.lstrip(" (")) + (len(f.lstrip(" (")) - len(f.lstrip(" (")))
        src = text[m.start("src") : m.end("src")].strip(" .()")
        return [], src if start >= 0 else src
    m = _LABELLED.match(f)
    if m:
        names = text[m.start("names") : m.end("names")]
        names = re.split(r"\s*[|(]\s*|\s+-\s+ảnh\s*:", names)[0]
        return split_names(names), ""
    if _GROUP.match(f):
        return [text.strip(" .")], ""
    return None


def trailing_name(line: str) -> str | None:
    """A bare signature at the end of an article ("MINH ANH", "Ngọc Hà", "Hoàng Long (TTXVN)")."""
    text = re.sub(r"\s*\((?:[^)]{1,30})\)\s*$", "", " ".join(line.split())).strip(" .")
    if _PHOTO.match(fold(text)):
        return None
    if (
        looks_like_name(text, max_words=4)
        and len(text.split()) >= 2
        or (text.isupper() and 2 <= len(text) <= 20 and looks_like_name(text))
    ):
        return title_case(text)
    return None


_CONJ = re.compile(r"\s+(?:và|and|und|og|och|et|en|e|y|i|a)\s+")


def split_conjoined(name: str) -> list[str]:
    """ "A og B" / "A und B" / "A và B" from a metadata field -> ["A", "B"] when both sides are
    full names (two words or more); a single name is returned as is."""
    parts = [p.strip() for p in _CONJ.split(name.strip())]
    if len(parts) > 1 and all(len(p.split()) >= 2 and looks_like_name(p, 6) for p in parts):
        return parts
    return [name.strip()]
