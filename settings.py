"""Settings: the Scrapy settings module and the home of the application's settings.

Every UPPER_CASE name below can be overridden by an environment variable: `OCOP_<NAME>`
for Scrapy settings (``OCOP_DOWNLOAD_DELAY=0.5``) and the name itself for the application
settings that already start with ``OCOP_`` (``OCOP_HOME=/data/ocop``). Values are coerced
to the type of the default (bool, int, float, list as comma-separated, dict as JSON).
CLI flags (``--home``, ``--backend`` …) override both.
"""

from __future__ import annotations

import json
import os

import platformdirs

VERSION = "0.1.0"
PROJECT_URL = "https://github.com/ocop-news/ocop-news-indexer"

# --- Application -------------------------------------------------------------------------
OCOP_HOME = platformdirs.user_data_dir("ocop-news-indexer", appauthor=False)
OCOP_BACKEND = "sqlite"  # sqlite | elasticsearch
OCOP_ES_URL = "http://localhost:9200"
OCOP_ES_INDEX = "ocop-articles"  # an alias; the real indices are versioned behind it
OCOP_ES_API_KEY = ""
OCOP_NLP_WORKERS = 0  # 0 = one per CPU core
OCOP_EXTRACT_WORKERS = 0  # 0 = one per CPU core (crawler extraction pool)
OCOP_RELEVANCE_KEYWORDS = ["OCOP", "Mỗi xã một sản phẩm"]
OCOP_REVISIT_LISTINGS_HOURS = 6.0  # listings, feeds and sitemaps are re-read after this
OCOP_MAX_LISTING_PAGES = 30  # pagination depth per section listing (bounds endless pagination)
OCOP_MAX_SITEMAPS = 50  # child sitemaps read per source and run, newest first
OCOP_RETRY_AFTER_MAX = 300  # longest Retry-After (seconds) a 429 response is honoured for

# --- Scrapy ------------------------------------------------------------------------------
BOT_NAME = "ocop"
SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"
USER_AGENT = f"ocop-news-indexer/{VERSION} (+{PROJECT_URL}; research crawler for OCOP news)"

# Politeness: what a site operator would accept from a research crawler.
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 16
CONCURRENT_ITEMS = 8  # Scrapy starts this many tasks per callback; 100 (default) costs CPU
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 1.0
DOWNLOAD_DELAY_JITTER = 0.5  # ±50% around DOWNLOAD_DELAY
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0

# Faults
RETRY_ENABLED = True
RETRY_TIMES = 3
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408]  # 429: RetryAfterMiddleware
DOWNLOAD_TIMEOUT = 30
DOWNLOAD_MAXSIZE = 8 * 1024 * 1024
DOWNLOAD_WARNSIZE = 2 * 1024 * 1024
REDIRECT_MAX_TIMES = 5
DOWNLOADER_MIDDLEWARES = {"crawler.middlewares.RetryAfterMiddleware": 560}
ITEM_PIPELINES = {"crawler.pipelines.ExtractStorePipeline": 300}
DEPTH_LIMIT = 60  # safety net; listings are bounded by OCOP_MAX_LISTING_PAGES

COOKIES_ENABLED = False
TELNETCONSOLE_ENABLED = False
LOG_LEVEL = "WARNING"
REQUEST_FINGERPRINTER_IMPLEMENTATION = "2.7"
TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
FEED_EXPORT_ENCODING = "utf-8"


def _coerce(raw: str, default: object) -> object:
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


def _apply_env_overrides(namespace: dict) -> None:
    for name, default in list(namespace.items()):
        if not name.isupper() or name.startswith("_"):
            continue
        env_name = name if name.startswith("OCOP_") else f"OCOP_{name}"
        if env_name in os.environ:
            try:
                namespace[name] = _coerce(os.environ[env_name], default)
            except (ValueError, json.JSONDecodeError) as exc:
                raise SystemExit(f"Error: invalid value for {env_name}: {exc}") from None


_apply_env_overrides(globals())
