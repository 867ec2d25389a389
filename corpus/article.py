"""The Article model shared by every stage (crawl -> extract -> store -> enrich -> index).

Plain dataclasses, JSON-friendly: `Article.to_dict()` / `Article.from_dict()` round-trip
through the corpus store and the search backends.
"""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import asdict, dataclass, field, fields
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

#: Vietnam time (UTC+7, no daylight saving); the IANA zone rather than a fixed offset so that
#: datetimes carry the zone's name.
VIETNAM_TZ = ZoneInfo("Asia/Ho_Chi_Minh")


def article_id(canonical_url: str) -> str:
    """Stable id of an article: a hash of its canonical URL (16 hex chars)."""
    return hashlib.sha256(canonical_url.encode("utf-8")).hexdigest()[:16]


def content_hash(*parts: str | None) -> str:
    """Hash of the extracted content, used to detect changed articles."""
    h = hashlib.sha256()
    for part in parts:
        h.update(unicodedata.normalize("NFC", part or "").encode("utf-8"))
        h.update(b"\x00")
    return h.hexdigest()[:32]


def ensure_aware(dt: datetime | None) -> datetime | None:
    """A datetime with a zone: naive values are taken as Vietnam time (UTC+7)."""
    if dt is None:
        return None
    if dt.tzinfo is None:
        return dt.replace(tzinfo=VIETNAM_TZ)
    return dt


def _parse_dt(value: Any) -> datetime | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return ensure_aware(value)
    return ensure_aware(datetime.fromisoformat(str(value)))


@dataclass
class Image:
    url: str
    caption: str = ""


@dataclass
class Article:
    """One news article. Extraction fills the first block, enrichment the second."""

    url: str
    canonical_url: str = ""
    source: str = ""
    title: str = ""
    lead: str = ""
    text: str = ""
    authors: list[str] = field(default_factory=list)
    attribution: str = ""  # "Theo <outlet>" kept apart from the authors
    published_at: datetime | None = None
    modified_at: datetime | None = None
    section: str = ""
    tags: list[str] = field(default_factory=list)
    images: list[Image] = field(default_factory=list)
    language: str = "vi"
    fetched_at: datetime | None = None
    id: str = ""
    content_hash: str = ""
    duplicate_of: str | None = None  # id of the primary copy of a syndicated story
    # Enrichment (issue 5): lists of plain dicts, see indexer/nlp for their shapes.
    entities: list[dict] = field(default_factory=list)
    provinces: list[dict] = field(default_factory=list)
    figures: list[dict] = field(default_factory=list)
    products: list[dict] = field(default_factory=list)

    def __post_init__(self) -> None:
        if not self.canonical_url:
            self.canonical_url = self.url
        if not self.id:
            self.id = article_id(self.canonical_url)
        self.published_at = ensure_aware(self.published_at)
        self.modified_at = ensure_aware(self.modified_at)
        self.fetched_at = ensure_aware(self.fetched_at)
        self.images = [Image(**i) if isinstance(i, dict) else i for i in self.images]
        if not self.content_hash:
            self.content_hash = self.compute_content_hash()

    def compute_content_hash(self) -> str:
        return content_hash(self.title, self.lead, self.text)

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        for key in ("published_at", "modified_at", "fetched_at"):
            d[key] = d[key].isoformat() if d[key] else None
        return d

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        known = {f.name for f in fields(cls)}
        kwargs = {k: v for k, v in data.items() if k in known}
        for key in ("published_at", "modified_at", "fetched_at"):
            kwargs[key] = _parse_dt(kwargs.get(key))
        return cls(**kwargs)
