"""What the search index knows about an article, as one hash (changes trigger re-indexing)."""

from __future__ import annotations

import hashlib
import json

from corpus.article import Article


def index_signature(article: Article) -> str:
    """Changes whenever anything a search backend shows about the article changes."""
    payload = json.dumps(
        [
            article.content_hash,
            article.duplicate_of,
            article.source,
            article.url,
            article.published_at.isoformat() if article.published_at else None,
            article.provinces,
            article.figures,
            article.entities,
            article.products,
        ],
        ensure_ascii=False,
        sort_keys=True,
        default=str,
    )
    return hashlib.sha256(payload.encode()).hexdigest()[:24]
