"""The Starlette application behind `ocop serve`: pages and their JSON twins.

Every page is a function ``(request) -> (template, context)``; ``?format=json`` or the
``/api/…`` route answers the same question as JSON (``context["data"]``), so the page and
the API cannot drift apart. Only GET routes exist: the web page never writes.
"""

from __future__ import annotations

import shutil
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.templating import Jinja2Templates

from corpus.config import AppConfig
from corpus.errors import OcopError
from corpus.store import CorpusStore
from indexer.indexing import open_backend
from indexer.query import GROUPS, StatsSpec
from search_cli.web import views
from search_cli.web.auth import AuthMiddleware, Credentials
from search_cli.web.charts import bar_chart_svg
from search_cli.web.highlight import highlight_words
from search_cli.web.params import facts_request, handbook_request, search_request

HERE = Path(__file__).parent
Page = tuple[str, dict[str, Any]]


class Engine:
    """What the pages read: the corpus store (articles) and the search backend."""

    def __init__(self, config: AppConfig) -> None:
        if not config.corpus_path.exists():
            raise OcopError(f"no data directory at {config.home}; run `ocop crawl` or pass --home")
        self.config = config
        self.store = CorpusStore(config.corpus_path, readonly=True)  # the page never writes

    def backend(self):
        return open_backend(self.config)


def search_page(engine: Engine, request: Request) -> Page:
    req = search_request(request.query_params)
    backend = engine.backend()
    try:
        data = views.search_data(backend, engine.store, req)
    finally:
        backend.close()
    return "search.html", {"req": req, "data": data}


def article_page(engine: Engine, request: Request) -> Page:
    article = engine.store.get_article(request.path_params["article_id"])
    if article is None:
        raise LookupError(f"no article with id {request.path_params['article_id']!r}")
    return "article.html", {
        "data": views.article_data(engine.store, article),
        "paragraphs": views.article_paragraphs(article),
    }


def facts_page(engine: Engine, request: Request) -> Page:
    req = facts_request(request.query_params)
    data = views.facts_data(engine.config, engine.store, req)
    return "facts.html", {"req": req, "data": data}


def coverage_page(engine: Engine, request: Request) -> Page:
    by = request.query_params.get("by") or "month"
    if by not in GROUPS:
        raise OcopError(f"by must be one of {', '.join(GROUPS)}")
    req = search_request(request.query_params)
    backend = engine.backend()
    try:
        rows = list(backend.stats(StatsSpec(query=replace(req.spec, limit=0), group_by=(by,))))
        total = backend.search(replace(req.spec, text="", provinces=(), sources=(), star=None,
                                       metric=None, limit=0)).total  # fmt: skip
    finally:
        backend.close()
    return "coverage.html", {"req": req, "by": by, "groups": GROUPS,
                             "data": views.coverage_data(rows, by, total)}  # fmt: skip


def handbook_page(engine: Engine, request: Request) -> Page:
    backend = engine.backend()
    try:
        return "handbook.html", {"data": views.handbook_choices(backend)}
    finally:
        backend.close()


def handbook_download(engine: Engine, request: Request) -> Response:
    """Build the handbook into a temporary directory and send it as an attachment."""
    import tempfile

    from starlette.background import BackgroundTask
    from starlette.responses import FileResponse

    req = handbook_request(request.query_params)
    folder = Path(tempfile.mkdtemp(prefix="ocop-web-handbook-"))
    target = folder / req.filename
    try:
        views.write_handbook_file(engine.store, req, target)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return FileResponse(target, filename=req.filename, media_type=req.media_type,
                        background=BackgroundTask(shutil.rmtree, folder, ignore_errors=True))  # fmt: skip


PAGES: dict[str, Callable[[Engine, Request], Page]] = {
    "search": search_page,
    "article": article_page,
    "facts": facts_page,
    "coverage": coverage_page,
    "handbook": handbook_page,
}


def _endpoint(engine: Engine, templates: Jinja2Templates, name: str, force_json: bool = False):
    page = PAGES[name]

    def endpoint(request: Request) -> Response:
        wants_json = force_json or request.query_params.get("format") == "json"
        started = time.perf_counter()
        try:
            template, context = page(engine, request)
        except OcopError as exc:
            return _error(templates, request, wants_json, 400, str(exc))
        except LookupError as exc:
            # args[0], not str(): a KeyError's str() adds quotes, and stripping them
            # would also cut the closing quote of an id in the message.
            return _error(
                templates, request, wants_json, 404, str(exc.args[0] if exc.args else exc)
            )
        if wants_json:
            return JSONResponse(context["data"])
        context["elapsed_ms"] = round((time.perf_counter() - started) * 1000)
        return templates.TemplateResponse(request, template, context)

    return endpoint


def _download(engine: Engine, templates: Jinja2Templates):
    def endpoint(request: Request) -> Response:
        try:
            return handbook_download(engine, request)
        except OcopError as exc:
            return _error(templates, request, False, 400, str(exc))

    return endpoint


def _error(templates, request, wants_json: bool, status: int, message: str) -> Response:
    if wants_json:
        return JSONResponse({"error": message}, status_code=status)
    return templates.TemplateResponse(
        request, "error.html", {"message": message, "status": status}, status_code=status
    )


def url_with(request: Request, path: str | None = None, **changes: Any) -> str:
    """The current URL with some parameters replaced (None removes one); page resets to 1."""
    items = [(k, v) for k, v in request.query_params.multi_items()
             if k not in changes and k != "page"]  # fmt: skip
    for key, value in changes.items():
        if value is None:
            continue
        values = value if isinstance(value, list | tuple) else [value]
        items.extend((key, str(v)) for v in values)
    query = urlencode(items)
    return (path or request.url.path) + (f"?{query}" if query else "")


def create_app(config: AppConfig, credentials: Credentials | None = None) -> Starlette:
    """The read-only web application over ``config``'s store and backend."""
    engine = Engine(config)
    templates = Jinja2Templates(directory=str(HERE / "templates"))  # autoescape on for .html
    templates.env.filters["vn_number"] = views.vn_number
    templates.env.globals["url_with"] = url_with
    templates.env.globals["highlight"] = highlight_words
    templates.env.globals["chart"] = bar_chart_svg
    routes = [
        Route("/", _endpoint(engine, templates, "search")),
        Route("/article/{article_id}", _endpoint(engine, templates, "article")),
        Route("/facts", _endpoint(engine, templates, "facts")),
        Route("/coverage", _endpoint(engine, templates, "coverage")),
        Route("/handbook", _endpoint(engine, templates, "handbook")),
        Route("/handbook/download", _download(engine, templates)),
        Route("/api/search", _endpoint(engine, templates, "search", force_json=True)),
        Route("/api/article/{article_id}", _endpoint(engine, templates, "article", True)),
        Route("/api/facts", _endpoint(engine, templates, "facts", force_json=True)),
        Route("/api/coverage", _endpoint(engine, templates, "coverage", force_json=True)),
        Route("/api/handbook", _endpoint(engine, templates, "handbook", force_json=True)),
        Mount("/static", app=StaticFiles(directory=str(HERE / "static")), name="static"),
    ]
    middleware = [Middleware(AuthMiddleware, credentials=credentials)] if credentials else []
    return Starlette(routes=routes, middleware=middleware)
