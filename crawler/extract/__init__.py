"""Article extraction: HTML bytes + URL in, Article fields out (pure, no network).

Built on trafilatura (body) and htmldate (date fallback) with rules for Vietnamese news
pages; each concern has its own module:

- ``encoding.py``  - bytes to NFC text (mis-declared charsets, windows-1258)
- ``metadata.py``  - JSON-LD, <meta>, canonical URL, language, tags, section, images
- ``siterules.py`` - ``SiteRules``: per-source CSS overrides from sources.toml
- ``title.py``     - headline: site CSS, JSON-LD/og:title confirmed by the <h1>, <h1>, <title>
- ``lead.py``      - sapo: site CSS, CMS lead classes, meta description seen near the headline
- ``body.py``      - boxes pruned wherever they stand; site CSS, trafilatura, densest block
- ``sideboxes.py`` - short titled boxes after the story's block, found on a single page
- ``dates.py``     - published/modified datetimes (structured, then visible Vietnamese forms)
- ``bylines.py``   - authors ("Thực hiện: …", trailing bold names, "Nhóm PV"), "Theo …" attribution
- ``pagetype.py``  - article or not from page signals, with the reason
- ``extractor.py`` - ``extract()`` running the chains in order
"""

from crawler.extract.encoding import decode_html
from crawler.extract.extractor import ARTICLE, NOT_ARTICLE, UNEXTRACTABLE, Extraction, extract
from crawler.extract.siterules import SiteRules

__all__ = [
    "ARTICLE",
    "NOT_ARTICLE",
    "UNEXTRACTABLE",
    "Extraction",
    "SiteRules",
    "decode_html",
    "extract",
]
