"""Authors from Vietnamese bylines, and the source attribution ("Theo …") kept apart."""

from __future__ import annotations

import re

from corpus.textnorm import fold, tidy

# "Thực hiện: A - B", "Tin và ảnh: A", "Bài và ảnh: A", "Bài, ảnh: A", "Nhóm PV", "Tác giả: A"
# "Viết bởi A" (a CMS's "written by", the colon optional)
_LABELLED = re.compile(
    r"^\s*(?:(?:thuc hien|tin va anh|bai va anh|bai, anh|bai anh|tin, anh|tin anh|bai|tin|"
    r"tac gia(?: bai viet)?|phong vien|pv|nhom thuc hien|ghi chep|by|author)\s*:|"
    r"(?:viet boi|dang boi|gui boi|written by|posted by)\s*:?)\s*(?P<names>.+)$"
)
_GROUP = re.compile(r"^\s*(?:nhom|nhom phong vien|nhom pv|pv|ptv|ctv|btv)(?:\s+\S+){0,3}\s*$")
_ATTRIBUTION = re.compile(
    r"^\s*\(?\s*(?:theo|nguon|source)\s*:?\s+(?P<src>.{2,80}?)\s*\)?\s*\.?\s*$"
)
# "theo" + one lower-case word + comma opens a sentence ("Theo đó, …", "Theo ông, …"); a
# source is named ("Theo Báo X", "Theo Reuters, AFP")
_CONNECTIVE = re.compile(r"^[^\W\d_]+,")
_SOURCE_URL = re.compile(
    r"^\s*\(?\s*(?:theo|nguon|source)\s*:?\s+https?://(?P<host>[^/\s)]+)\S*\s*\)?\s*$"
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
    """Names from a byline value ("A - B", "A, B", "A và B"), title-cased if all caps."""
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


# a credits line: two or more "role: names" parts ("Nội dung: A - Ảnh: B - Thiết kế: C")
_ROLE = (r"(?:noi dung|bai|bai viet|anh|thiet ke|do hoa|video|bien tap|ky thuat(?: dung)?|"
         r"quay phim|dung phim|trinh bay|thuc hien|tin|phong vien)")  # fmt: skip
_CREDIT_PART = re.compile(rf"(?:^|\s[-|–]\s|\s*[|;]\s*){_ROLE}\s*:\s*")


def _credits(text: str, folded: str) -> list[str] | None:
    """The writer's names from a credits line (its first part), or None."""
    parts = list(_CREDIT_PART.finditer(folded))
    if len(parts) < 2 or parts[0].start() != 0 or len(text.split()) > 30:
        return None
    first = text[parts[0].end() : parts[1].start()].strip(" -|;")
    names = split_names(first)
    return names if names and all(looks_like_name(n) for n in names) else None


def _is_question_or_prose(rest: str) -> bool:
    """After a "PV:" / "Bài:" label: a question, an exclamation or a sentence, not names."""
    rest = rest.strip()
    return rest.endswith(("?", "!")) or len(rest.split()) > 12


def byline_of(line: str) -> tuple[list[str], str] | None:
    """(authors, attribution) if ``line`` is a byline or attribution line, else None."""
    text = " ".join(line.split())
    m = _SOURCE_URL.match(fold(text))
    if m:  # "Nguồn: https://host/…": the host is the source
        return [], m.group("host").removeprefix("www.")
    if not text or len(text) > 120:
        return None
    f = fold(text)
    m = _ATTRIBUTION.match(f)
    if m and (c := _CONNECTIVE.match(text[m.start("src") :])) and c.group(0).islower():
        return None  # "Theo đó, …", "Theo tôi, …": a sentence opening, not a source
    if m:
        start = len(text) - len(text.lstrip(" (")) + (len(f.lstrip(" (")) - len(f.lstrip(" (")))
        src = text[m.start("src") : m.end("src")].strip(" .()")
        return [], src if start >= 0 else src
    credits = _credits(text, f)
    if credits is not None:
        return credits, ""
    m = _LABELLED.match(f)
    if m and _is_question_or_prose(text[m.start("names") :]):
        return None  # "PV: Thưa ông, …?": an interviewer's question, not a byline
    if m:
        names = text[m.start("names") : m.end("names")]
        names = re.split(r"\s*[|(]\s*|\s+-\s+ảnh\s*:", names)[0]
        return split_names(names), ""
    if _GROUP.match(f):
        return [text.strip(" .")], ""
    return None


# an outlet's abbreviation after the reporter's name ("/TTXVN", "/VOV4", "/Báo Lào Cai" is not)
_OUTLET_AFTER = re.compile(r"\s*/\s*(?=(?:[^/\s]*[A-ZĐ]){2})[A-ZĐ][A-Za-zĐđ0-9.]{1,15}$")


def trailing_name(line: str) -> str | None:
    """A bare signature at the end of an article ("MINH ANH", "Ngọc Hà", "Hoàng Long (TTXVN)",
    "Mai Hoa/VOV4")."""
    text = re.sub(r"\s*\((?:[^)]{1,30})\)\s*$", "", " ".join(line.split())).strip(" .")
    text = _OUTLET_AFTER.sub("", text)  # "Mai Hoa/VOV4", "Minh Anh/TTXVN": name/outlet
    if _PHOTO.match(fold(text)):
        return None
    if (
        looks_like_name(text, max_words=4)
        and len(text.split()) >= 2
        or (text.isupper() and 2 <= len(text) <= 20 and looks_like_name(text))
    ):
        return title_case(text)
    return None


# "and" by page language: joins two names in one metadata field ("A và B", "A og B")
_AND_BY_LANGUAGE = {"vi": "và", "en": "and", "da": "og", "no": "og", "nb": "og", "nn": "og",
                    "sv": "och", "de": "und", "nl": "en", "fr": "et", "es": "y", "it": "e",
                    "pt": "e", "pl": "i", "cs": "a", "sk": "a"}  # fmt: skip


def split_conjoined(name: str, language: str = "") -> list[str]:
    """ "A và B" -> ["A", "B"] when both sides are full names (two words or more); the
    word for "and" is Vietnamese or English, or the page language's own; a single name is
    returned as is."""
    words = {"và", "and", "&", _AND_BY_LANGUAGE.get(language, "and")}
    conj = re.compile(r"\s+(?:" + "|".join(re.escape(w) for w in words) + r")\s+")
    parts = [p.strip() for p in conj.split(name.strip())]
    if len(parts) > 1 and all(len(p.split()) >= 2 and looks_like_name(p, 6) for p in parts):
        return parts
    return [name.strip()]


# --- the article's authors: a fallback chain ------------------------------------------------

_AUTHOR_ATTR = re.compile(r"author|byline|tac-?gia|writer|reporter|signature|nguon", re.I)
_AUTHOR_META = ("author", "article:author", "dc.creator", "byl", "parsely-author",
                "sailthru.author")  # fmt: skip


def _text(el) -> str:
    return " ".join(el.text_content().split())


def from_rules(doc, rules) -> list[str]:
    """Names in the source's CSS author elements."""
    out: list[str] = []
    for el in rules.select(doc, "author"):
        t = _text(el)
        out += split_names(t) or ([t] if t else [])
    return out


def right_aligned_lines(doc) -> set[str]:
    """Short right-aligned lines (``text-align: right``, ``align="right"``): where portals
    sign an article with a person's or an office's name."""
    out = set()
    for el in doc.xpath("//body//*[self::p or self::div][@style or @align]"):
        style = (el.get("style") or "").replace(" ", "").lower()
        if "text-align:right" in style or (el.get("align") or "").lower() == "right":
            t = _text(el)
            if t and len(t.split()) <= _SIGNATURE_WORDS and not t.endswith((".", "!", "?")):
                out.add(t)
    return out


_SIGNATURE_WORDS = 12


def from_visible_lines(
    paragraphs: list[str], signed: frozenset[str] | set[str] = frozenset()
) -> tuple[list[str], list[str], str]:
    """Vietnamese bylines among the last three paragraphs and the first one: (paragraphs
    without them, authors, attribution). A last line in ``signed`` (right-aligned, short)
    is a signature even when it names an office, not a person."""
    keep = list(paragraphs)
    authors: list[str] = []
    attribution = ""
    for i in [*range(len(keep) - 1, max(-1, len(keep) - 4), -1), 0]:
        if not 0 <= i < len(keep) or not keep[i]:
            continue
        found = byline_of(keep[i])
        if found:
            authors += [n for n in found[0] if n not in authors]
            attribution = attribution or found[1]
            keep[i] = ""
        elif i >= len(keep) - 2 and i > 0:
            name = trailing_name(keep[i]) or (keep[i] if keep[i] in signed else None)
            if name:
                authors.append(name)
                keep[i] = ""
    return [p for p in keep if p], authors, attribution


def from_json_ld(ld: dict | None, language: str = "") -> list[str]:
    """JSON-LD people, as written (trafilatura drops initials' dots)."""
    from crawler.extract.metadata import ld_names

    if not ld:
        return []
    names = [n for name in ld_names(ld.get("author")) for n in split_conjoined(name, language)]
    return [n for n in names if looks_like_name(n, 6)]


# a byline label left before the names ("Viết bởi A", "Tác giả bài viết: A", "By A")
_NAME_LABEL = re.compile(
    r"^(?:viết bởi|đăng bởi|gửi bởi|written by|posted by|by|bởi|tác giả(?: bài viết)?)\s*:?\s+",
    re.I,
)


def from_trafilatura(traf: dict | None) -> list[str]:
    """trafilatura's author metadata ("A; B"), without a byline label it kept."""
    names = ((traf or {}).get("author") or "").split(";")
    return [_NAME_LABEL.sub("", a.strip()) for a in names if a.strip()]


def from_meta(meta: dict[str, str]) -> list[str]:
    """The first author-ish <meta> that is not a URL."""
    for key in _AUTHOR_META:
        v = meta.get(key, "")
        if v and not v.startswith("http"):
            return split_names(re.sub(r"^(by|bởi)\s+", "", v, flags=re.I))
    return []


def from_byline_elements(doc) -> list[str]:
    """The first short element whose class/id/itemprop/rel says author or byline."""
    for el in doc.xpath("//*[@class or @id or @itemprop or @rel]"):
        attrs = " ".join(el.get(a) or "" for a in ("class", "id", "itemprop", "rel"))
        if not _AUTHOR_ATTR.search(attrs) or el.tag in ("body", "html", "meta", "link"):
            continue
        t = _text(el)
        if not t or len(t) > 80:
            continue
        t = _NAME_LABEL.sub("", t)
        names = split_names(re.split(r"\s*[|•]\s*|\s+-\s+\d", t)[0])
        if names:
            return names
    return []


def find_authors(paragraphs: list[str], doc, meta: dict[str, str], ld: dict | None, rules,
                 traf: dict | None = None,
                 language: str = "vi") -> tuple[list[str], list[str], str]:  # fmt: skip
    """(paragraphs without byline lines, authors, attribution). Visible Vietnamese bylines
    (only on Vietnamese pages) and site CSS first, then JSON-LD, trafilatura, <meta>,
    byline elements."""
    authors = from_rules(doc, rules)
    attribution = ""
    if language == "vi":
        signed = right_aligned_lines(doc)
        paragraphs, visible, attribution = from_visible_lines(paragraphs, signed)
        authors += visible
    if not authors:
        authors = (
            from_json_ld(ld, language) or from_trafilatura(traf) or from_meta(meta)
            or from_byline_elements(doc)
        )  # fmt: skip
    out: list[str] = []
    for a in authors:
        a = tidy(a)
        if a and a not in out:
            out.append(a)
    return paragraphs, out[:8], attribution
