"""`enrich`: one article in, entities / provinces / figures / products out (plain dicts).

Pure and deterministic; the caller runs it in a process pool. Gazetteers and regexes are
built at import, underthesea's NER runs at most once per sentence and only where it can add
something (see `entities.py`).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from datetime import datetime

from indexer.nlp.entities import extract_entities
from indexer.nlp.figures import extract_figures
from indexer.nlp.products import extract_products
from indexer.nlp.provinces import NATIONAL, NEW_PROVINCE
from indexer.nlp.scope import current_province
from indexer.nlp.segment import Document, analyse, document_text

#: Bump whenever the output of `enrich` changes for the same input.
ENRICHMENT_VERSION = 26

# How much a mention counts towards the article's main province, by zone.
# A province named only in related-news lists or widgets is never the article's province.
_ZONE_WEIGHT = {"title": 3.0, "lead": 2.0, "body": 1.0, "tail": 0.0, "widget": 0.0, "link": 0.0}

__all__ = ["ENRICHMENT_VERSION", "document_text", "enrich", "province_summary"]


def _zone_at(doc: Document, offset: int) -> str:
    for s in doc.sentences:
        if s.start <= offset < s.end:
            return s.zone
    return "body"


def province_summary(doc: Document) -> list[dict]:
    """Provinces mentioned (districts count for their province), with the primary one(s).

    Primary = the highest weighted score (title x3, lead x2, body x1, related-news lists and
    page widgets x0); ties give several primaries; a province only named in page furniture
    is never primary.
    """
    mentions: Counter[str] = Counter()
    score: defaultdict[str, float] = defaultdict(float)
    order: dict[str, int] = {}
    for p in doc.places:
        zone = _zone_at(doc, p.start)
        mentions[p.province] += 1
        score[p.province] += _ZONE_WEIGHT[zone]
        order.setdefault(p.province, p.start)
    best = max(score.values(), default=0.0)
    out = []
    for name in sorted(mentions, key=lambda n: (-score[n], order[n])):
        out.append(
            {
                "name": name,
                "new_province": NEW_PROVINCE[name],
                "mentions": mentions[name],
                "primary": best > 0 and score[name] == best,
            }
        )
    return out


# a headline or lead about the whole country ("cả nước", "Bộ …", "cấp quốc gia")
_NATIONAL_HEAD = re.compile(
    r"(?<!\w)(?:cả nước|toàn quốc|trung ương|cấp quốc gia|ocop quốc gia|bộ nông nghiệp)(?!\w)",
    re.IGNORECASE,
)


_VENUE = re.compile(
    r"(?<!\w)(?:(?:diễn ra|tổ chức|khai mạc)?\s*(?:tại|ở)\s+(?:trung tâm\s+)?"
    r"(?:(?:tỉnh|thành phố|thủ đô|tp\.?)\s+)?"
    # "Bộ … phối hợp với UBND TP Hà Nội khai mạc Hội chợ … toàn quốc": a co-host, not the subject
    r"|phối hợp với\s+(?:ubnd|ủy ban nhân dân)\s+(?:tỉnh|thành phố|tp\.?)\s+)$",
    re.IGNORECASE,
)


# "TP Vinh (Nghệ An)", "thành phố Pleiku (tỉnh Gia Lai)": a province locating the place before
_LOCATED = re.compile(r"\s*\(\s*(?:(?:tỉnh|thành phố|tp\.?)\s+)?", re.IGNORECASE)


def figure_scope(doc: Document, primary: list[str]) -> list[str]:
    """The territory of a figure that names none: the main province, except in a national
    article (its title or lead speak of the country and name no province), where the places
    of the body are list items ("1. Trà … - HTX …, tỉnh Hà Giang"), not the subject."""
    heads = [s for s in doc.sentences if s.zone in ("title", "lead")]
    if not heads or not any(_NATIONAL_HEAD.search(s.text) for s in heads):
        # "xã Bố Trạch (khu vực Quảng Bình cũ, nay thuộc tỉnh Quảng Trị)": a place written
        # as a former province lies in today's merged one; only counts that name "X cũ"
        # themselves keep the old name (their sentence anchors them)
        return list(dict.fromkeys(current_province(doc, p) for p in primary))
    end = max(s.end for s in heads)
    # "Festival OCOP … cấp quốc gia … diễn ra tại Hà Nội": the venue is not the subject
    places = doc.places_in(0, end)
    venues = [p for p in places if _VENUE.search(doc.text[: p.start])]
    # "tại TP Vinh (Nghệ An)": the province in parentheses locates the venue city
    venues += [
        p for p in places if any(_LOCATED.fullmatch(doc.text[v.end : p.start]) for v in venues)
    ]
    named = [p for p in places if p not in venues]
    return primary if named else [NATIONAL]


def enrich(title: str, lead: str, text: str, published_at: datetime | None) -> dict:
    """Entities, provinces, figures and products of one article; offsets into document_text."""
    doc = analyse(title or "", lead or "", text or "")
    provinces = province_summary(doc)
    primary = [p["name"] for p in provinces if p["primary"]]
    return {
        "entities": extract_entities(doc),
        "provinces": provinces,
        "figures": extract_figures(doc, figure_scope(doc, primary), published_at),
        "products": extract_products(doc, primary),
    }
