"""What the news spider yields: dataclass items, plus Content-Type parsing in one place.

- ``FetchedPage``: an article page as downloaded; the pipelines archive it
  (``ArchivePipeline``), extract it (``ExtractPipeline``) and record the outcome
  (``StorePipeline``), each filling in its part.
- ``DiscoveryRead``: a sitemap, feed or listing page has been read; consumed by
  ``crawler.middlewares.FrontierMiddleware``, which marks it visited together with what
  it found.
- ``FetchFailed``: a request failed or was refused (robots.txt, offsite); recorded by
  ``StorePipeline``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from w3lib.encoding import http_content_type_encoding

from crawler.worker import PageResult

if TYPE_CHECKING:
    from scrapy.http import Response

# text/plain: misconfigured sites serve articles with it
HTML_TYPES = ("text/html", "application/xhtml+xml", "text/plain")


def content_type(value: bytes | str | None) -> tuple[str, str | None]:
    """(media type, charset or None) of a Content-Type header value; both lower-case."""
    if isinstance(value, bytes):
        value = value.decode("latin-1")
    media, _, params = (value or "").partition(";")
    charset = http_content_type_encoding(value or "")
    if charset is None:  # a label w3lib does not know ("vn"): extraction maps its own aliases
        for param in params.split(";"):
            key, _, val = param.partition("=")
            if key.strip().lower() == "charset":
                charset = val.strip().strip("\"'").lower() or None
    return media.strip().lower(), charset


def is_html(media_type: str) -> bool:
    """HTML or something that may be (no type at all, text/plain)."""
    return not media_type or media_type in HTML_TYPES


@dataclass
class FetchedPage:
    """One downloaded article page on its way through the pipelines."""

    source: str
    url: str  # the URL asked for: the frontier's key
    final_url: str  # after redirects
    status: int
    content_type: str  # the raw header value, archived as is
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)
    fetched_at: datetime = field(default_factory=lambda: datetime.now(UTC))
    # set by ExtractPipeline: the extraction result, or why there is none
    result: PageResult | None = None
    error: str = ""

    @property
    def media_type(self) -> str:
        return content_type(self.content_type)[0]

    @property
    def encoding(self) -> str | None:
        """The charset the HTTP header declares (extraction checks it against the bytes)."""
        return content_type(self.content_type)[1]

    @classmethod
    def from_response(cls, response: Response, source: str) -> FetchedPage:
        """The item for a downloaded response (``url`` is the URL asked for)."""
        headers = response.headers
        return cls(
            source=source,
            url=response.request.url,
            final_url=response.url,
            status=response.status,
            content_type=headers.get(b"Content-Type", b"").decode("latin-1"),
            body=response.body,
            headers={k.decode("latin-1"): v[0].decode("latin-1") for k, v in headers.items() if v},
        )


@dataclass
class DiscoveryRead:
    """A discovery page (sitemap, feed, listing) whose links have all been yielded."""

    source: str
    url: str  # as asked for, before redirects
    kind: str


@dataclass
class FetchFailed:
    """A request that produced no usable response."""

    source: str
    url: str
    kind: str  # "article", "listing", "sitemap", "feed" or "robots"
    reason: str
    refused: bool = False  # robots.txt or offsite: not an error, not to be retried
