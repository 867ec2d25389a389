"""Resolved application configuration: settings.py + OCOP_* environment + CLI flags."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import settings


def default_workers(configured: int) -> int:
    """A worker count: the configured one, or one per CPU core when it is 0."""
    return configured if configured > 0 else (os.cpu_count() or 1)


@dataclass
class AppConfig:
    home: Path
    backend: str = settings.OCOP_BACKEND
    es_url: str = settings.OCOP_ES_URL
    es_index: str = settings.OCOP_ES_INDEX
    es_api_key: str = settings.OCOP_ES_API_KEY
    nlp_workers: int = field(default_factory=lambda: default_workers(settings.OCOP_NLP_WORKERS))
    extract_workers: int = field(
        default_factory=lambda: default_workers(settings.OCOP_EXTRACT_WORKERS)
    )

    @classmethod
    def load(cls, home: str | Path | None = None, backend: str | None = None,
             es_url: str | None = None, es_index: str | None = None) -> AppConfig:  # fmt: skip
        """Configuration with CLI flags (when given) over environment over settings.py."""
        home_path = Path(home or os.environ.get("OCOP_HOME") or settings.OCOP_HOME).expanduser()
        return cls(
            home=home_path.resolve(),
            backend=backend or settings.OCOP_BACKEND,
            es_url=es_url or settings.OCOP_ES_URL,
            es_index=es_index or settings.OCOP_ES_INDEX,
        )

    @property
    def corpus_path(self) -> Path:
        return self.home / "corpus.sqlite"

    @property
    def index_path(self) -> Path:
        return self.home / "index.sqlite"

    @property
    def sources_path(self) -> Path:
        return self.home / "sources.toml"
