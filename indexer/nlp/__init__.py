"""Vietnamese NLP for OCOP news: entities, provinces, OCOP figures and named products.

Where things live:
- ``numbers.py``   - parse_number (Vietnamese digit grouping, spelled-out numbers, multipliers)
- ``provinces.py`` - the 63 -> 34 province table, aliases, normalise_province, gazetteer
- ``entities.py``  - PER / ORG / LOC: orchestration and places; ``persons.py`` (PER),
                     ``orgs.py`` (ORG), ``tokens.py`` (word helpers)
- ``figures.py``   - "where a figure is parsed": counts, money, percentages, ranges;
                     ``relations.py`` (total / part_of / share_of / change_of, base),
                     ``stars.py`` (star / min_star / potential_star), ``scope.py``
                     (province / district from the clause subject), ``periods.py``
- ``lexicon.py``   - word lists and rule tables read once from ``data/*.toml``
- ``products.py``  - named OCOP products ("Gạo hữu cơ An Lỗ ... đạt 4 sao")
- ``segment.py``   - document_text, paragraphs and sentences with offsets and zones
- ``pipeline.py``  - enrich(), the article's provinces

Bump ENRICHMENT_VERSION whenever the output of ``enrich`` changes, so stored
enrichments are recomputed.
"""

from typing import Any

from indexer.nlp.numbers import parse_number
from indexer.nlp.provinces import NEW_PROVINCE, NEW_PROVINCES, PROVINCES, normalise_province

_PIPELINE = ("ENRICHMENT_VERSION", "document_text", "enrich")


def __getattr__(name: str) -> Any:
    """The enrichment pipeline is imported on first use: a command that only resolves a
    province name (`ocop facts -p …`) does not pay ~100 ms for the figure and entity rules."""
    if name in _PIPELINE:
        from indexer.nlp import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module 'indexer.nlp' has no attribute {name!r}")


__all__ = [
    "ENRICHMENT_VERSION",
    "NEW_PROVINCE",
    "NEW_PROVINCES",
    "PROVINCES",
    "document_text",
    "enrich",
    "normalise_province",
    "parse_number",
]
