"""Article extraction: HTML bytes + URL in, Article fields out (pure, no network).

Built on trafilatura (body) and htmldate (date fallback) with rules for Vietnamese news
pages; each concern has its own module:

- ``encoding.py`` - bytes to NFC text (mis-declared charsets, windows-1258)
- ``metadata.py`` - JSON-LD, <meta>, canonical URL, language, tags, section, images
- ``dates.py``    - published/modified datetimes (structured, then visible Vietnamese forms)
- ``bylines.py``  - authors ("Thực hiện: …", trailing bold names, "Nhóm PV"), "Theo …" attribution
- ``body.py``     - boilerplate pruning, body paragraphs, related-news cut-off
- ``extractor.py`` - ``extract()`` tying them together, lead (sapo) and article/non-article test
"""

from crawler.extract.encoding import decode_html
from crawler.extract.extractor import Extraction, extract

__all__ = ["Extraction", "decode_html", "extract"]
