"""Unextractable pages: kept raw, not fetched again by every crawl, retried by reextract."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

from corpus.config import AppConfig
from corpus.store import CorpusStore, RawPage
from crawler.reextract import reextract
from tests.template_zoo import LAYOUTS, STORIES

SHELL_URL = "https://baotinh.vn/video/xem-lai-phien-cho-nong-san-cuoi-tuan-77001.html"


def _home(tmp_path) -> AppConfig:
    config = AppConfig.load(home=tmp_path)
    (tmp_path / "sources.toml").write_text(
        '[[source]]\nname = "zoo"\nhome = "https://baotinh.vn/"\n'
        'allowed_domains = ["baotinh.vn"]\n',
        encoding="utf-8",
    )
    return config


def _archive(store: CorpusStore, url: str, html: str) -> None:
    store.save_page(RawPage(url=url, final_url=url, status=200, body=html.encode("utf-8"),
                            content_type="text/html", encoding="utf-8", source="zoo",
                            fetched_at=datetime(2026, 11, 22, tzinfo=UTC)))  # fmt: skip
    store.mark_url(url, "unextractable", source="zoo", reason="unextractable: no main text")


def _script_shell() -> str:
    """A typed article page whose body container is filled by script (nothing to extract)."""
    html, _ = LAYOUTS["portal"](STORIES[1])
    start, end = html.index('<div class="detail-content">'), html.index('<div class="tags">')
    return html[:start] + '<div class="detail-content"><script>load(7)</script></div>' + html[end:]


def test_reextract_retries_unextractable_pages(tmp_path):
    """A page that now extracts (better rules since the crawl) becomes a stored, deduped
    article with its URL marked ``article``; one that still fails stays unextractable."""
    config = _home(tmp_path)
    store = CorpusStore(config.corpus_path)
    html, url = LAYOUTS["express"](STORIES[0])
    _archive(store, url, html)
    _archive(store, SHELL_URL, _script_shell())
    store.close()

    counts = reextract(config)
    assert (counts.retried, counts.recovered) == (2, 1)
    store = CorpusStore(config.corpus_path)
    try:
        assert store.url_state(url)["state"] == "article"
        article_id = store.url_state(url)["article_id"]
        article = store.get_article(article_id)
        assert article is not None and article.title == STORIES[0].title
        assert store.get_page(url).article_id == article_id
        assert [a for a, _ in store.iter_signatures()] == [article_id]  # in the deduper
        assert store.url_state(SHELL_URL)["state"] == "unextractable"
    finally:
        store.close()
    again = reextract(config)  # nothing left to recover; the article is now refreshed
    assert (again.retried, again.recovered, again.pages) == (1, 0, 1)


def test_spider_does_not_fetch_unextractable_urls_again(tmp_path):
    """Crawl after crawl, a listing linking an unextractable page does not fetch it again
    (``ocop reextract`` retries it offline); ``--refresh`` does."""
    from crawler.discovery import Candidate
    from crawler.progress import CrawlProgress
    from crawler.sources import Source
    from crawler.spiders.news import CrawlContext, NewsSpider

    store = CorpusStore(tmp_path / "corpus.sqlite")
    store.mark_url(SHELL_URL, "unextractable", source="zoo", reason="no main text")
    source = Source(name="zoo", home="https://baotinh.vn/", sections=["https://baotinh.vn/video"])
    for refresh, expected in ((False, []), (True, [SHELL_URL])):
        ctx = CrawlContext(store=store, progress=CrawlProgress(store, store.start_run()),
                           keywords=("OCOP",), refresh=refresh)  # fmt: skip
        spider = NewsSpider([source], ctx)

        async def drain(sp=spider) -> None:
            async for _ in sp.start():
                pass

        asyncio.run(drain())
        found = [r.url for r in spider._candidates(source, [Candidate(SHELL_URL, None)])]
        assert found == expected
    store.close()


def test_reextract_names_an_unknown_source_instead_of_doing_nothing(tmp_path):
    import pytest

    from corpus.errors import OcopError

    config = _home(tmp_path)
    store = CorpusStore(config.corpus_path)
    _archive(store, SHELL_URL, _script_shell())
    store.close()
    with pytest.raises(OcopError, match=r"^unknown source\(s\) zo; known: zoo$"):
        reextract(config, sources=["zo"])
    assert reextract(config, sources=["zoo"]).retried == 1
