"""Application configuration: defaults below, overridden by OCOP_* environment variables,
overridden by CLI flags (``--home``, ``--backend`` …).

Every UPPER_CASE name can be overridden by the environment variable of the same name
(``OCOP_HOME=/data/ocop``); values are coerced to the type of the default (bool, int, float,
list as comma-separated, dict as JSON). The crawler's Scrapy settings live in
``crawler/settings.py`` and follow the same rule with an ``OCOP_`` prefix.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path

import platformdirs

VERSION = "0.1.0"
PROJECT_URL = "https://github.com/ocop-news/ocop-news-indexer"

_NOT_SETTINGS = frozenset({"VERSION", "PROJECT_URL"})

OCOP_HOME = platformdirs.user_data_dir("ocop-news-indexer", appauthor=False)
OCOP_BACKEND = "sqlite"  # sqlite | elasticsearch
OCOP_ES_URL = "http://localhost:9200"
OCOP_ES_INDEX = "ocop-articles"  # an alias; the real indices are versioned behind it
OCOP_ES_API_KEY = ""
OCOP_NLP_WORKERS = 0  # 0 = one per CPU core
OCOP_EXTRACT_WORKERS = 0  # 0 = one per CPU core (crawler extraction pool)
OCOP_MAX_INPUT_MB = 5.0  # `ocop analyze` refuses larger files (a news page is well under 1 MB)


def coerce_setting(raw: str, default: object) -> object:
    """An environment value converted to the type of the setting's default."""
    if isinstance(default, bool):
        if raw.strip().lower() in {"1", "true", "yes", "on"}:
            return True
        if raw.strip().lower() in {"0", "false", "no", "off", ""}:
            return False
        raise ValueError(f"expected a boolean, got {raw!r}")
    if isinstance(default, int):
        return int(raw)
    if isinstance(default, float):
        return float(raw)
    if isinstance(default, list):
        if raw.lstrip().startswith("["):
            return json.loads(raw)
        items = [item.strip() for item in raw.split(",") if item.strip()]
        if default and all(isinstance(d, int) for d in default):
            return [int(item) for item in items]
        return items
    if isinstance(default, dict):
        return json.loads(raw)
    return raw


def apply_env_overrides(namespace: dict) -> None:
    """Override a settings namespace's UPPER_CASE names from OCOP_* environment variables."""
    for name, default in list(namespace.items()):
        if not name.isupper() or name.startswith("_") or name in _NOT_SETTINGS:
            continue
        env_name = name if name.startswith("OCOP_") else f"OCOP_{name}"
        if env_name in os.environ:
            try:
                namespace[name] = coerce_setting(os.environ[env_name], default)
            except (ValueError, json.JSONDecodeError) as exc:
                raise SystemExit(f"Error: invalid value for {env_name}: {exc}") from None


apply_env_overrides(globals())


def default_workers(configured: int) -> int:
    """A worker count: the configured one, or one per CPU core when it is 0."""
    return configured if configured > 0 else (os.cpu_count() or 1)


@dataclass
class AppConfig:
    home: Path
    backend: str = OCOP_BACKEND
    es_url: str = OCOP_ES_URL
    es_index: str = OCOP_ES_INDEX
    es_api_key: str = OCOP_ES_API_KEY
    nlp_workers: int = field(default_factory=lambda: default_workers(OCOP_NLP_WORKERS))
    extract_workers: int = field(default_factory=lambda: default_workers(OCOP_EXTRACT_WORKERS))

    @classmethod
    def load(cls, home: str | Path | None = None, backend: str | None = None,
             es_url: str | None = None, es_index: str | None = None) -> AppConfig:  # fmt: skip
        """Configuration with CLI flags (when given) over environment over settings.py."""
        home_path = Path(home or os.environ.get("OCOP_HOME") or OCOP_HOME).expanduser()
        return cls(
            home=home_path.resolve(),
            backend=backend or OCOP_BACKEND,
            es_url=es_url or OCOP_ES_URL,
            es_index=es_index or OCOP_ES_INDEX,
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
