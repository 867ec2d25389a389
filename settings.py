"""The Scrapy settings module at the top of a checkout (``scrapy.cfg`` points here).

The settings themselves live in ``crawler/settings.py`` so that an installed package carries
them; this file only lets the ``scrapy`` command line find them when run from the repository.
It is not installed as a module.
"""

from crawler.settings import *  # noqa: F403
