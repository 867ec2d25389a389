"""Scrapy settings of the crawler (flat UPPER_CASE names, components by dotted path).

Every name can be overridden by an environment variable ``OCOP_<NAME>`` (``OCOP_DOWNLOAD_DELAY=0.5``);
names that already start with ``OCOP_`` by the name itself. Values take the type of the default.
"""

from __future__ import annotations

from corpus.config import PROJECT_URL, VERSION, apply_env_overrides

# --- Crawl policy (read by crawler/run.py) -------------------------------------------------
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
# 600: engine side of the depth and URL-length filters, so only what is scheduled is marked
SPIDER_MIDDLEWARES = {"crawler.middlewares.FrontierMiddleware": 600}
ITEM_PIPELINES = {
    "crawler.pipelines.ArchivePipeline": 100,
    "crawler.pipelines.ExtractPipeline": 200,
    "crawler.pipelines.StorePipeline": 300,
}
DEPTH_LIMIT = 60  # safety net; listings are bounded by OCOP_MAX_LISTING_PAGES

COOKIES_ENABLED = False
TELNETCONSOLE_ENABLED = False
LOG_LEVEL = "WARNING"
REQUEST_FINGERPRINTER_IMPLEMENTATION = "2.7"
TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
FEED_EXPORT_ENCODING = "utf-8"


apply_env_overrides(globals())
