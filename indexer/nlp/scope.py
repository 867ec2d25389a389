"""The territory a figure belongs to: its province (or Việt Nam) and district.

Order: a place linked to the figure ("27 sản phẩm tiêu biểu của Quảng Ninh"), the nearest
subject before it in the sentence - a place, a national cue ("cả nước") or a local one
("toàn tỉnh", "Tỉnh hiện có", "huyện" without a name, resolved to the place the text is
about) - then after it, then the paragraph, then the article's primary province.

A place or "cả nước" after a share or comparison word ("bằng 5% số sản phẩm của cả nước",
"so với cả nước") is the base of that share, not the figure's territory.
"""

from __future__ import annotations

import re

from indexer.nlp.lexicon import alternation, table
from indexer.nlp.provinces import NATIONAL, PROVINCES, new_province_of
from indexer.nlp.segment import Document, Sentence

Anchor = tuple[int, str | None, str | None]  # (offset, province, district)
LOCAL = "<local>"  # "toàn tỉnh": the province the text is about, resolved later

NATIONAL_RE = re.compile(r"\b(?:cả nước|toàn quốc|phạm vi cả nước)\b", re.IGNORECASE)
# words that scope a sentence to the article's own province or city
LOCAL_SCOPE = re.compile(
    r"\b(?:toàn tỉnh|tỉnh|toàn thành phố|thành phố|địa phương|toàn huyện|huyện)\b", re.IGNORECASE
)
# a local subject: "toàn tỉnh", "Tỉnh hiện có", not "tỉnh Nghệ An" nor "các tỉnh"
_LOCAL_CUE = re.compile(
    r"(?:(?<!\w)(?i:toàn tỉnh|toàn thành phố|toàn huyện)"  # "năm 2025 toàn tỉnh có …"
    # "… của tỉnh nâng lên 897": after "của" it is the article's own province
    r"|(?<!các )(?<!những )(?<!nhiều )(?<!mỗi )(?:(?<=(?i:của) )|(?<![\d\w] ))(?<!\w)"
    r"(?i:tỉnh|thành phố|huyện|địa phương))(?!\w)"
    r"(?!\s+[A-ZĐÀ-Ỹ])",
)
# a share or comparison: what follows (to the end of the clause) is a base, not a scope
_BASE_CUE = re.compile(
    # a decimal comma ("bằng 4,8% số sản phẩm của cả nước") does not end the clause
    r"(?<!\w)(?:chiếm|bằng|tương đương|so với|trong tổng số|trên tổng số)(?!\w)"
    r"(?:[^,;:()]|(?<=\d),(?=\d))*"
    r"(?:\([^()]*\))?",  # "… số sản phẩm cả nước (gần 18.250 sản phẩm)": the base's own count
    re.IGNORECASE,
)
# a superlative or comparison against the country ("lớn nhất cả nước", "cao hơn mức bình
# quân cả nước (khoảng 38%)"): "cả nước" is what the subject is measured against, a base
_COMPARED = re.compile(
    r"(?<!\w)(?:nhất|hơn)(?:\s+[^\W\d]+){0,4}?\s+(?:của\s+)?(?i:cả nước|toàn quốc)(?!\w)"
    r"(?:\s*\([^()]*\))?"
)
_PLACE_LINK = re.compile(
    # "5 sản phẩm từ khu vực Phú Yên cũ": a bare "từ" links only a region of the province
    r"^[^,;:()\d]{0,60}?\b(?:(?:của|tại|ở|thuộc|trên địa bàn|đến từ)\s+(?:khu vực\s+|vùng\s+)?"
    r"|từ\s+(?:khu vực|vùng)\s+)"
    r"(?:tỉnh|thành phố|tp\.?|huyện|quận|thị xã)?\s*$",
    re.IGNORECASE,
)


# "và nâng …", "đồng thời mở rộng …": a coordinated clause with its own verb; a star, unit or
# scope written in it is that clause's (verbs: data/figures.toml [clauses])
COORDINATED = re.compile(
    rf"(?<!\w)(?:và|đồng thời)\s+(?:{alternation(table('figures')['clauses']['coordinated_verbs'])})"
    r"(?!\w)",
    re.IGNORECASE,
)

# "phường Sóc Trăng", "xã Hà Giang": a ward or commune named after a (former) province
_WARD_BEFORE = re.compile(r"(?i:phường|xã|thị trấn)\s+$")
# "đưa vào siêu thị ở TP Hồ Chí Minh", "xuất khẩu sang Nhật": where goods go, not a subject
_DESTINATION = re.compile(
    r"(?i:(?<!\w)(?:vào|sang|ra|tới)\s+(?:[^\W\d]+\s+){0,4}?(?:ở|tại)?\s*"
    r"(?:tỉnh|thành phố|tp\.?)?\s*)$"
)

# "đơn hàng từ Hà Nội tăng gấp 2 lần", "khách từ TP Hồ Chí Minh": where buyers come from
_ORIGIN = re.compile(
    r"(?i:(?<!\w)(?:đơn hàng|đơn đặt hàng|khách hàng|khách|du khách|thương lái|người mua)"
    r"(?:\s+[^\W\d]+){0,2}?\s+từ\s+(?:tỉnh\s+|thành phố\s+|tp\.?\s+)?)$"
)

# "ký 3 hợp đồng với đối tác ở TP X", "bán tại Hà Nội", "có mặt ở các siêu thị tại Y": where
# a product is sold or who buys it (a market, a partner), not who the figure is about
_MARKET = re.compile(
    r"(?i:(?<!\w)(?:(?:đối tác|bạn hàng|nhà phân phối|đại lý|thương nhân|nhà nhập khẩu"
    # "120 điểm bán của một chuỗi cửa hàng tiện lợi ở TP X": the retailer's place
    r"|chuỗi|siêu thị|cửa hàng)"
    r"(?:\s+[^\W\d]+){0,4}?\s+(?:ở|tại)"
    r"|(?:bán|tiêu thụ|phân phối|có mặt|bày bán|xuất bán|cung ứng|cung cấp)"
    # "bán qua các chuỗi siêu thị ở Hà Nội": the sales channel may take a few words
    r"(?:\s+[^\W\d]+){0,8}?\s+(?:ở|tại|cho))"
    r"\s+(?:các\s+)?(?:tỉnh\s+|thành phố\s+|tp\.?\s*)?)$"
)


# "…, chủ yếu là bánh tráng, nếp Long An và trái cây sấy": in an enumeration of goods, a
# place right after a common noun names a product's origin ("nếp X", "chè Y"), not a subject
_NOT_PRODUCT_WORD = (
    r"(?:tỉnh|thành phố|tp|huyện|quận|thị xã|xã|phường|thôn|ấp|bản|tại|ở|của|từ|thuộc|vùng"
    r"|khu vực|và|hoặc|với|cũ|địa bàn|trong|ngoài)"
)
_PRODUCT_NAMED = re.compile(
    r"(?<!\w)(?:[Cc]hủ yếu là|[Bb]ao gồm|[Gg]ồm|[Nn]hư)\s[^.;:()“”\d]{0,70}?"
    r"(?<!\w)(?!" + _NOT_PRODUCT_WORD + r"\s+$)[a-zà-ỹđ]+\s+$"
)


def _anchors(doc: Document, start: int, end: int) -> list[Anchor]:
    """Places and national cues between ``start`` and ``end``, in text order; a ward named
    after a province counts as a district (a part of the merged province), a destination
    of goods is no anchor."""
    out: list[Anchor] = []
    places = doc.places_in(start, end)
    listed = _listed(doc, places)
    for i, p in enumerate(places):
        head = doc.text[max(0, p.start - 40) : p.start]
        if _DESTINATION.search(head) or _ORIGIN.search(head) or _MARKET.search(head):
            continue
        if _PRODUCT_NAMED.search(doc.text[max(0, p.start - 80) : p.start]):
            continue
        if i in listed:
            if listed[i] is not None:  # a list inside one province ("các xã A, B và C")
                out.append((p.start, listed[i], None))
            continue
        ward = p.district is None and _WARD_BEFORE.search(head)
        if ward and ward[0].lower().startswith("xã") and not _province_named(doc, p):
            continue  # "xã Hòa Bình" in Thái Nguyên: a common commune name, no province
        if ward:
            # "phường Bạc Liêu": a ward named after a former province's seat is a unit of
            # the merged province (such wards exist only since the 2025 merger)
            merged = new_province_of(p.province)
            province = merged if merged in PROVINCES else p.province
            out.append((p.start, province, doc.text[p.start : p.end]))
            continue
        out.append((p.start, p.province, p.district))
    out += [(start + m.start(), NATIONAL, None) for m in NATIONAL_RE.finditer(doc.text[start:end])]
    out.sort(key=lambda a: a[0])
    return out


def _province_named(doc: Document, p) -> bool:
    """The province (or merged province) of ``p`` is also named as a province elsewhere in
    the text: a commune sharing its name may lie in it."""
    merged = new_province_of(p.province)
    return any(
        q.district is None
        and q.start != p.start
        and not _WARD_BEFORE.search(doc.text[max(0, q.start - 40) : q.start])
        and (q.province == p.province or new_province_of(q.province) == merged)
        for q in doc.places
    )


# the gap between two places of one list: "A, B và C", "A (cũ), B", "tỉnh A và tỉnh B"
_PLACE_GAP = re.compile(
    r"^\s*(?:\(?cũ\)?)?\s*(?:,\s*(?:và\s+)?|và\s+|hoặc\s+)"
    r"(?:(?i:tỉnh|thành phố|tp\.?|huyện|quận|thị xã|xã|phường|thị trấn)\s+)?$"
)


def _listed(doc: Document, places: list) -> dict[int, str | None]:
    """Indexes of places written as a list of two or more ("bán tại A, B và C", "sự tham
    gia của các tỉnh A, B, C"): no list member is one figure's subject. Each maps to the
    list's one province when all its members lie in it (communes of one province), else
    None."""
    groups: list[list[int]] = []
    for i in range(1, len(places)):
        if not _PLACE_GAP.match(doc.text[places[i - 1].end : places[i].start]):
            continue
        if _locator(places[i - 1], places[i]):
            continue  # "huyện Tu Mơ Rông, tỉnh Kon Tum cũ": an address, not a list
        if groups and groups[-1][-1] == i - 1:
            groups[-1].append(i)
        else:
            groups.append([i - 1, i])
    out: dict[int, str | None] = {}
    for g in groups:
        provinces = {places[i].province for i in g}
        only = provinces.pop() if len(provinces) == 1 else None
        out.update({i: (only if j == 0 else None) for j, i in enumerate(g)})
    return out


def _locator(part, whole) -> bool:
    """``whole`` is the province written after its own district or ward ("xã A, huyện B,
    tỉnh C"): the address of one place, whose province may be a former one."""
    return part.district is not None and whole.district is None and part.province == whole.province


def _bases(sentence: Sentence, num_start: int | None = None) -> list[tuple[int, int]]:
    """Absolute spans of the base phrases of the sentence; the one holding the figure (at
    ``num_start``) is a base only up to its number ("chiếm 38% tổng số sản phẩm của tỉnh với
    393 sản phẩm"). Without ``num_start`` every span is whole."""
    spans = [(sentence.start + m.start(), sentence.start + m.end())
             for cue in (_BASE_CUE, _COMPARED) for m in cue.finditer(sentence.text)]  # fmt: skip
    out = []
    for s, e in spans:
        if num_start is None or not s <= num_start < e:
            out.append((s, e))
        elif "(" not in sentence.text[s - sentence.start : num_start - sentence.start]:
            out.append((s, num_start))
        # else the base's own count in parentheses ("cả nước (gần 18.250 sản phẩm)"): its scope
    return out


def _subjects(doc: Document, sentence: Sentence, num_start: int) -> list[Anchor]:
    """Anchors of the sentence that can be the figure's subject (bases left out)."""
    bases = _bases(sentence, num_start)
    anchors = _anchors(doc, sentence.start, sentence.end)
    anchors += [
        (sentence.start + m.start(), LOCAL, "huyện" if "huyện" in m.group() else None)
        for m in _LOCAL_CUE.finditer(sentence.text)
        if sentence.start + m.start() < num_start
    ]
    anchors.sort(key=lambda a: a[0])
    return [a for a in anchors if not any(s <= a[0] < e for s, e in bases)]


def _current(doc: Document, province: str) -> str:
    """The province "tỉnh" means today: an article about "Phú Yên cũ" inside Đắk Lắk says
    "Tỉnh" for the merged province when it names it."""
    merged = new_province_of(province)
    former = merged and merged != province and province in doc.old_provinces()
    if former and any(p.province == merged for p in doc.places):
        return merged
    return province


current_province = _current  # public name for the article's scope (pipeline.figure_scope)


# a national event ("Hội chợ OCOP toàn quốc … tại Quảng Ninh"): its figures are national,
# the place after "tại/ở" is only the venue
_NATIONAL_EVENT = re.compile(
    r"(?i:hội chợ|tuần lễ|triển lãm|festival|hội nghị|diễn đàn)[^,;.:]{0,40}?"
    r"(?:(?i:toàn quốc|quốc gia|cả nước)|Việt Nam)(?!\w)"
)
_VENUE = re.compile(r"(?i:tại|ở)\s+(?:(?i:tỉnh|thành phố|tp\.?)\s+)?$")


# an event's words in the sentence of its venue ("tổ chức hội nghị … tại Hà Nội với 400 …")
_EVENT = re.compile(
    r"(?<!\w)(?:hội chợ|tuần lễ|triển lãm|festival|hội nghị|hội thảo|diễn đàn|tọa đàm|"
    r"khai mạc|tổ chức|diễn ra)(?!\w)",
    re.IGNORECASE,
)


def _event_venue(doc: Document, a: Anchor, host: bool = False) -> bool:
    """In a national article, the anchor is only where an event takes place ("… tại Hà Nội"
    in the sentence of a conference or a fair): the country's figures are not the venue's;
    with ``host``, any place of an earlier sentence about the event (its hosts) is not."""
    if a[1] == NATIONAL:
        return False
    if not host and not _VENUE.search(doc.text[max(0, a[0] - 30) : a[0]]):
        return False
    sentence = next((x for x in doc.sentences if x.start <= a[0] < x.end), None)
    return sentence is not None and bool(_EVENT.search(sentence.text))


def _national_event(doc: Document, sentence: Sentence, num_start: int) -> Anchor | None:
    """The national scope of a figure after a national event's name, unless a place other
    than the venue is its subject."""
    ev = _NATIONAL_EVENT.search(sentence.text, 0, num_start - sentence.start)
    if ev is None:
        return None
    for p in doc.places_in(sentence.start + ev.end(), num_start):
        if not _VENUE.search(doc.text[sentence.start : p.start]):
            return None
    return sentence.start + ev.start(), NATIONAL, None


def linked_place(
    doc: Document, sentence: Sentence, unit_end: int, owner: bool = False
) -> Anchor | None:
    """A place linked to the figure's own clause ("27 sản phẩm tiêu biểu của Quảng Ninh",
    "84 sản phẩm thuộc khu vực Bắc Giang cũ"); ``owner``: only a place it belongs to, not
    where it stands ("9 điểm tại TP Hồ Chí Minh" of a province's points of sale)."""
    places = doc.places_in(sentence.start, sentence.end)
    for i, p in enumerate(places):
        link = _PLACE_LINK.match(doc.text[unit_end : p.start]) if p.start > unit_end else None
        if link and COORDINATED.search(link[0]):
            return None  # "20 sản phẩm và mở rộng thị trường ở Hà Nội": another clause's place
        if link and _MARKET.search(link[0]):
            continue  # "3 hợp đồng với đối tác ở TP X": the partner's place, not the figure's
        if link and not (owner and _AT.search(link[0])):
            nxt = places[i + 1] if i + 1 < len(places) else None
            if nxt and _LIST_GAP.match(doc.text[p.end : nxt.start]):
                return None  # "đến từ Điện Biên, Lào Cai và Sơn La": several, not one
            return p.start, p.province, p.district
    return None


_AT = re.compile(r"(?<!\w)(?:tại|ở)\s+\S*\s*$", re.I)
# "ở Cần Thơ và TP Hồ Chí Minh": a list of places, also with "TP" before the next one
_LIST_GAP = re.compile(
    r"^\s*(?:\(?cũ\)?)?\s*(?:,|và|hoặc)\s*(?:tỉnh\s+|thành phố\s+|tp\.?\s*)?$", re.I
)


def _in_sentence(doc: Document, sentence: Sentence, num_start: int, unit_end: int,
                 primary: list[str]) -> Anchor | None:  # fmt: skip
    if event := _national_event(doc, sentence, num_start):
        return event
    # "27 sản phẩm tiêu biểu của Quảng Ninh": a place linked to the figure's own clause.
    if linked := linked_place(doc, sentence, unit_end):
        return linked
    anchors = _subjects(doc, sentence, num_start)
    if primary == [NATIONAL]:
        anchors = [a for a in anchors if not _event_venue(doc, a)]
    anchors = _own_clause(doc, sentence, num_start, anchors)
    before = [a for a in anchors if a[0] < num_start]
    if before and before[-1][1] == LOCAL:
        named = [a for a in before if a[1] not in (LOCAL, NATIONAL) and a[2] is None]
        if before[-1][2] is None and primary == [NATIONAL] and named:
            # a national article: "Phó Chủ tịch UBND tỉnh X … nêu, tỉnh hiện có 452 sản
            # phẩm": "tỉnh" is the province the sentence named, not the country
            return before[-1][0], _current(doc, named[-1][1]), None
        if before[-1][2] is None and len(primary) == 1:
            return before[-1][0], _current(doc, primary[0]), None  # "toàn tỉnh"
        # "Theo Sở NN huyện Đầm Hà, toàn huyện có …": the place named earlier in the sentence
        places = [a for a in before if a[1] not in (LOCAL, NATIONAL)]
        return places[-1] if places else (before[-1][0], LOCAL, None)
    if len(before) > 1 and _now_in(doc, sentence, before[-2], before[-1]):
        # "Khu vực Hà Nam cũ (nay thuộc tỉnh Ninh Bình) có 31 làng nghề": a count of the
        # former region keeps its old name; the merged province only locates it
        return before[-2]
    if len(before) > 1 and _qualifies(doc, before[-2], before[-1]):
        return before[-2]  # "huyện Can Lộc (Hà Tĩnh) có 23 sản phẩm": the district
    if before:
        return before[-1]
    # a place after the figure, in its own ";"-clause ("…; khoảng 15% … ở TP X" is not it)
    # nor inside a quote that follows it (“… khách từ Hà Nội đặt hàng”)
    stops = [i for c in ';“"' if (i := doc.text.find(c, num_start, sentence.end)) >= 0]
    # nor in a coordinated clause with its own verb ("… 20 sản phẩm và mở rộng sang Hà Nội")
    if coord := COORDINATED.search(doc.text, num_start, sentence.end):
        stops.append(coord.start())
    stop = min(stops, default=-1)
    after = [a for a in anchors if a[0] > num_start and (stop < 0 or a[0] < stop)]
    if after and _is_former(doc, after[0]):
        # "150 sản phẩm …, trong đó 97 sản phẩm đến từ Hà Giang cũ": the part's place
        return after[0][0], _current(doc, after[0][1]), None
    return after[0] if after else None


# "Hà Nam cũ (nay thuộc tỉnh Ninh Bình)", "Quảng Bình cũ, nay là tỉnh Quảng Trị"
_NOW_IN = re.compile(
    r"\s*\(?cũ\)?\s*[(,]\s*(?:hiện\s+)?nay\s+(?:thuộc|là)\s+(?:(?:tỉnh|thành phố|tp\.?)\s+)?$",
    re.IGNORECASE,
)


def _now_in(doc: Document, sentence: Sentence, old: Anchor, new: Anchor) -> bool:
    """``old`` is a former province that subjects the sentence (not itself in brackets, as in
    "xã A (khu vực X cũ, nay thuộc tỉnh Y)") and ``new`` the merged province locating it."""
    place = next((p for p in doc.places if p.start == old[0] and p.district is None), None)
    if place is None or not doc.is_former(place):
        return False
    lead = doc.text[sentence.start : old[0]]
    if lead.count("(") > lead.count(")"):
        return False
    return bool(_NOW_IN.fullmatch(doc.text[place.end : new[0]]))


# "Quảng Ninh 5 sản phẩm", "khu vực Yên Bái cũ có 289 sản phẩm": a place with its own count
_COUNTED_PLACE = re.compile(r"^\s*(?:\(?cũ\)?\s*)?\(?\s*(?:có\s+|với\s+)?\d")


def _own_clause(
    doc: Document, sentence: Sentence, num_start: int, anchors: list[Anchor]
) -> list[Anchor]:
    """ "…, Quảng Ninh 5 sản phẩm và Thái Nguyên 4 sản phẩm; 22 sản phẩm chưa đạt …": a place
    written with its own count in an earlier ";"-clause is that count's, not the next one's."""
    cut = doc.text.rfind(";", sentence.start, num_start)
    if cut < 0:
        return anchors
    earlier = [a for a in anchors if a[0] < cut and a[1] not in (LOCAL, NATIONAL)]
    if not earlier:
        return anchors
    end = next((p.end for p in doc.places if p.start == earlier[-1][0]), earlier[-1][0])
    if not _COUNTED_PLACE.match(doc.text[end:cut]):
        return anchors
    return [a for a in anchors if a[0] > cut]


def _qualifies(doc: Document, district: Anchor, province: Anchor) -> bool:
    """The province is written in parentheses right after a district of its own."""
    if district[2] is None or province[2] is not None or district[1] != province[1]:
        return False
    between = doc.text[district[0] : province[0]]
    return between.rstrip().endswith("(") and not re.search(r"[,;)]", between)


def _is_former(doc: Document, a: Anchor) -> bool:
    """The anchor is a place written as a former province ("Hà Giang cũ")."""
    return any(p.start == a[0] and doc.is_former(p) for p in doc.places)


def _former_at(doc: Document, start: int) -> bool:
    """The place at ``start`` is written as former ("huyện Lục Ngạn cũ"), or is a district
    whose address names its former province ("huyện Tu Mơ Rông, tỉnh Kon Tum cũ")."""
    places = doc.places
    for i, p in enumerate(places):
        if p.start != start:
            continue
        if doc.is_former(p):
            return True
        nxt = places[i + 1] if i + 1 < len(places) else None
        gap = doc.text[p.end : nxt.start] if nxt else ""
        return bool(
            nxt
            and _locator(p, nxt)
            and (_PLACE_GAP.match(gap) or _BELONGS_GAP.match(gap))
            and doc.is_former(nxt)
        )
    return False


# "huyện A thuộc tỉnh X cũ": the district's address written with "thuộc" instead of a comma
_BELONGS_GAP = re.compile(r"^\s*,?\s*thuộc\s+(?:(?i:tỉnh|thành phố|tp\.?)\s+)?$")


def _in_paragraph(
    doc: Document, sentence: Sentence, local: bool = False, national: bool = False
) -> Anchor | None:
    """The last anchor of the paragraph before this sentence, else the first local one after
    (not in a ``national`` article, where later places are the country's parts)."""
    pstart, pend = doc.paragraphs[sentence.paragraph]
    # "bằng 5% số sản phẩm của cả nước" in an earlier sentence is a base, not a subject
    bases = [
        span
        for x in doc.sentences
        if x.paragraph == sentence.paragraph and x.end <= sentence.start
        for span in _bases(x)
    ]
    anchors = [a for a in _anchors(doc, pstart, pend) if not any(s <= a[0] < e for s, e in bases)]
    if national:  # "Sự kiện do Bộ … phối hợp với UBND thành phố Hà Nội tổ chức": hosts too
        anchors = [a for a in anchors if not _event_venue(doc, a, host=a[0] < sentence.start)]
    # a place in someone's quoted words ("khách ở Vinh và Hà Nội đặt mua") scopes nothing after
    # the quote
    before = [
        a
        for a in anchors
        if a[0] < sentence.start and not _quoted_then_closed(doc.text, pstart, a[0], sentence.start)
    ]
    if local or LOCAL_SCOPE.search(sentence.text):
        # "toàn tỉnh có 96 HTX": a local figure, whatever national total the paragraph cites
        before = [a for a in before if a[1] != NATIONAL]
    if before:
        return before[-1]
    # a place named later in the paragraph may be what the sentence talks about; a national
    # total cited later ("… Theo Bộ, cả nước có …") is not
    after = [
        a
        for a in anchors
        if a[0] >= sentence.end and a[1] != NATIONAL and not _quoted(doc.text[sentence.end : a[0]])
    ]
    if after and _is_former(doc, after[0]):  # "… Trong số này, 84 sản phẩm thuộc X cũ"
        return after[0][0], _current(doc, after[0][1]), None
    # a district named in a later sentence gives its province, not itself ("Tổng doanh thu
    # đạt 9,5 tỷ đồng. … huyện Vân Đồn: 420 triệu đồng": the total is the province's)
    return (after[0][0], after[0][1], None) if after and not national else None


def _quoted_then_closed(text: str, pstart: int, pos: int, later: int) -> bool:
    """The place at ``pos`` stands inside a quotation that closes before ``later``."""
    return _quoted(text[pstart:pos]) and "”" in text[pos:later]


def _quoted(text: str) -> bool:
    """The end of ``text`` is inside a quotation (“… khách từ Hà Nội …”): someone's words."""
    return text.rfind("“") > text.rfind("”")


def _merged_scope(doc: Document, found: Anchor, earlier: bool, num_start: int) -> str | None:
    """After a merger, a former province ("Kiên Giang cũ") is the scope of its own sentence
    only; a later sentence of the paragraph (``earlier``: the anchor is before it), or a
    commune or district, belongs to the merged province (when the article names it)."""
    province = found[1]
    old = doc.old_provinces()
    district = found[2] is not None
    former = _former_at(doc, found[0])
    if province not in old:
        if (former or _of_former_district(doc, found[0])) and _address_only(
            doc, found[0], num_start
        ):
            # "trên địa bàn huyện Đắk Song cũ của tỉnh Đắk Nông, hiện liên kết với 214 hộ": a
            # former district's address locates the subject, whose province is today's
            merged = new_province_of(province)
            if merged and any(p.province == merged for p in doc.places):
                return merged
        return province
    if district and former and not earlier and not _address_only(doc, found[0], num_start):
        # "riêng khu vực huyện Lục Ngạn cũ có 46 sản phẩm": a former district lay in its old
        # province, which is the count's canonical (pre-2025) province
        return province
    if district or (earlier and former):
        return _current(doc, province)
    return province


# "huyện Đắk Song cũ của tỉnh Đắk Nông", "huyện A (cũ), tỉnh B": a district's address
_DISTRICT_OF = re.compile(r"^\s*\(?cũ\)?\s*(?:,|của|thuộc)\s*(?:(?i:tỉnh|thành phố|tp\.?)\s+)?$")


def _of_former_district(doc: Document, start: int) -> bool:
    """The province at ``start`` is the address of a former district written before it."""
    before = [p for p in doc.places if p.end <= start]
    d = before[-1] if before else None
    return bool(
        d is not None
        and d.district is not None
        and doc.is_former(d)
        and _DISTRICT_OF.match(doc.text[d.end : start])
    )


def _address_only(doc: Document, start: int, num_start: int) -> bool:
    """The place at ``start`` (with its address) ends a clause before the number: "thành lập
    trên địa bàn huyện Đắk Song cũ của tỉnh Đắk Nông, hiện liên kết với 214 hộ" locates the
    subject; the count is not of the place."""
    last = max((p.end for p in doc.places if start <= p.start and p.end <= num_start), default=None)
    return last is not None and bool(re.search(r"[,;:]", doc.text[last:num_start]))


def anchor(doc: Document, sentence: Sentence, num_start: int, unit_end: int, primary: list[str],
           last: tuple[str | None, str | None] = (None, None)) -> tuple[str | None, str | None]:  # fmt: skip
    """(province, district) for a figure: linked place, sentence, paragraph, then article;
    an article without a main province keeps the scope of its ``last`` figure."""
    found = _in_sentence(doc, sentence, num_start, unit_end, primary)
    from_paragraph = found is None or found[1] == LOCAL
    if from_paragraph:
        found = _in_paragraph(doc, sentence, found is not None, primary == [NATIONAL])
    if found:
        before = from_paragraph and found[0] < sentence.start
        return _merged_scope(doc, found, before, num_start), found[2]
    if (
        last[0] in doc.old_provinces()
        and _ANAPHOR.match(sentence.text)
        and not _former_as_part(doc, last[0], sentence.start)
    ):
        # "Khu vực Hà Nam cũ có 31 làng nghề … ¶ Các làng nghề này thu hút 9.800 lao động":
        # the villages are still those of the former region
        return last
    return (primary[0], None) if primary else last


# "Các làng nghề này", "Những hợp tác xã này": a sentence about the things just counted
_ANAPHOR = re.compile(r"\s*(?:các|những)\s+(?:\w+\s+){1,3}?này(?!\w)", re.IGNORECASE)


def _former_as_part(doc: Document, province: str, before: int) -> bool:
    """The last mention of the former ``province`` before ``before`` follows, in its
    paragraph, the merged province itself ("tỉnh Gia Lai có 1.036 sản phẩm … Khu vực Bình Định
    cũ đóng góp 612"): the former region was a part, and "Các sản phẩm này" the whole."""
    merged = _current(doc, province)
    former = [p for p in doc.places if p.start < before and p.province == province]
    if merged == province or not former:
        return False
    last = former[-1]
    pstart = next((s for s, e in doc.paragraphs if s <= last.start < e), last.start)
    # "Toàn tỉnh có 240 …, riêng vùng X cũ có 95": "tỉnh" is the merged province too
    local = _LOCAL_CUE.search(doc.text, pstart, last.start)
    return bool(local) or any(a[1] == merged for a in _anchors(doc, pstart, last.start))
