"""A small fake Elasticsearch for fault tests: no cluster needed.

``FakeES`` serves on 127.0.0.1 (port 0, a daemon thread) just enough of the REST API for
``indexer.backends.es``: root info, indices (create/exists/delete/mapping/settings/refresh),
aliases, component and index templates (applied on index creation), ``_bulk`` (checking
the strict mapping), ``_search`` (ids/match_all, sort on one keyword, search_after, paging;
no relevance), ``_count`` and ``_delete_by_query``.

Faults are scripted:

- ``fail(method, path_regex, status=..., times=...)``: answer an HTTP error (429, 503, a 400
  mapping conflict …) to matching requests; ``delay=`` sleeps first (a timeout when it is
  longer than the client's ``request_timeout``), and ``status=None`` then answers normally.
- ``fail_docs(ids, status=..., times=...)``: bulk items for these ids come back with an
  error (a partial bulk failure); ``times=None`` fails them on every attempt.
"""

from __future__ import annotations

import fnmatch
import json
import re
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

_RESERVED = {"_bulk", "_search", "_count", "_mapping", "_settings", "_refresh", "_delete_by_query"}


@dataclass
class Fault:
    method: str
    path: re.Pattern
    status: int | None
    times: int | None  # None: forever
    error_type: str
    reason: str
    delay: float = 0.0


@dataclass
class DocFault:
    status: int
    error_type: str
    reason: str
    times: int | None


@dataclass
class Request:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


@dataclass
class Index:
    mappings: dict[str, Any]
    settings: dict[str, Any]
    aliases: dict[str, dict] = field(default_factory=dict)
    docs: dict[str, dict] = field(default_factory=dict)


class ApiError(Exception):
    def __init__(self, status: int, error_type: str, reason: str):
        self.status, self.error_type, self.reason = status, error_type, reason


def _flat_settings(settings: dict[str, Any]) -> dict[str, Any]:
    """{"index": {"refresh_interval": "-1"}} and {"refresh_interval": "-1"} alike."""
    flat = {k: v for k, v in settings.items() if k != "index"}
    flat.update(settings.get("index", {}))
    return flat


class FakeES:
    """The fake cluster's state, its fault script and its HTTP server."""

    def __init__(self, api_key: str | None = None):
        self.indices: dict[str, Index] = {}
        self.component_templates: dict[str, dict] = {}
        self.index_templates: dict[str, dict] = {}
        self.requests: list[Request] = []
        self.api_key = api_key  # when set, every request must carry it
        self.on_request: Callable[[str, str, bytes], None] | None = None
        self._faults: list[Fault] = []
        self._doc_faults: dict[str, DocFault] = {}
        self.lock = threading.RLock()
        self._server: ThreadingHTTPServer | None = None

    # --- scripting ----------------------------------------------------------------------
    def fail(self, method: str, path: str, status: int | None = 503, *, times: int | None = 1,
             error_type: str = "", reason: str = "", delay: float = 0.0) -> None:  # fmt: skip
        """Answer ``status`` to the next ``times`` requests matching method and path regex.

        ``method`` "*" matches any method (the client sends _bulk as PUT or POST).
        """
        default = {
            429: "es_rejected_execution_exception",
            503: "unavailable_shards_exception",
        }.get(status or 0, "illegal_argument_exception")
        self._faults.append(Fault(method, re.compile(path), status, times,
                                  error_type or default, reason or "scripted fault", delay))  # fmt: skip

    def fail_docs(self, ids: list[str], status: int = 400, *, times: int | None = None,
                  error_type: str = "document_parsing_exception",
                  reason: str = "failed to parse field") -> None:  # fmt: skip
        """Bulk items for these ids fail ``times`` times (None: always)."""
        for doc_id in ids:
            self._doc_faults[doc_id] = DocFault(status, error_type, reason, times)

    def count_requests(self, method: str, path: str) -> int:
        pattern = re.compile(path)
        return sum(1 for r in self.requests if method in ("*", r.method) and pattern.search(r.path))

    # --- server ---------------------------------------------------------------------------
    @property
    def url(self) -> str:
        assert self._server is not None
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def start(self) -> FakeES:
        fake = self

        class Handler(_Handler):
            pass

        Handler.fake = fake
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        if self._server:
            self._server.shutdown()
            self._server.server_close()

    def __enter__(self) -> FakeES:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # --- request handling -----------------------------------------------------------------
    def _take_fault(self, method: str, path: str) -> Fault | None:
        with self.lock:
            for fault in self._faults:
                if fault.method in ("*", method) and fault.path.search(path) and fault.times != 0:
                    if fault.times is not None:
                        fault.times -= 1
                    return fault
        return None

    def handle(self, method: str, target: str, headers: dict[str, str], body: bytes):
        """(status, JSON body or None) for one request."""
        path = urlsplit(target).path
        query = {k: v[-1] for k, v in parse_qs(urlsplit(target).query).items()}
        self.requests.append(Request(method, path, headers, body))
        if self.on_request:
            self.on_request(method, path, body)
        if self.api_key and headers.get("authorization") != f"ApiKey {self.api_key}":
            return 401, _error(401, "security_exception", "missing authentication credentials")
        fault = self._take_fault(method, path)
        if fault:
            time.sleep(fault.delay)
            if fault.status is not None:
                return fault.status, _error(fault.status, fault.error_type, fault.reason)
        try:
            with self.lock:
                return self._route(method, path, query, body)
        except ApiError as exc:
            return exc.status, _error(exc.status, exc.error_type, exc.reason)

    def _route(self, method: str, path: str, query: dict, body: bytes):
        parts = [p for p in path.split("/") if p]
        data = json.loads(body) if body and not path.endswith("_bulk") else {}
        if not parts:
            return 200, {"name": "fake", "cluster_name": "fake-cluster",
                         "version": {"number": "9.0.0"}, "tagline": "You Know, for Search"}  # fmt: skip
        head = parts[0]
        if head == "_component_template" and method == "PUT":
            self.component_templates[parts[1]] = data
            return 200, {"acknowledged": True}
        if head == "_index_template" and method == "PUT":
            self.index_templates[parts[1]] = data
            return 200, {"acknowledged": True}
        if head in ("_component_template", "_index_template") and method == "DELETE":
            store = (
                self.component_templates if head == "_component_template" else self.index_templates
            )
            if store.pop(parts[1], None) is None:
                raise ApiError(404, "resource_not_found_exception", f"[{parts[1]}] missing")
            return 200, {"acknowledged": True}
        if head == "_aliases" and method == "POST":
            return self._aliases(data["actions"])
        if head == "_alias":
            return self._get_alias(parts[1])
        if head == "_bulk" or (len(parts) == 2 and parts[1] == "_bulk"):
            return self._bulk(body)
        if len(parts) == 2 and parts[1] in _RESERVED:
            return self._on_target(method, parts[0], parts[1], data)
        if len(parts) == 1:
            return self._on_index(method, parts[0], data)
        raise ApiError(400, "illegal_argument_exception", f"fake: no route {method} {path}")

    def _resolve(self, target: str) -> list[str]:
        names = [n for n, ix in self.indices.items() if n == target or target in ix.aliases]
        if not names:
            raise ApiError(404, "index_not_found_exception", f"no such index [{target}]")
        return sorted(names)

    def _write_index(self, target: str) -> str:
        names = self._resolve(target)
        if len(names) == 1:
            return names[0]
        writers = [
            n for n in names if self.indices[n].aliases.get(target, {}).get("is_write_index")
        ]
        if len(writers) != 1:
            raise ApiError(400, "illegal_argument_exception", f"no write index for [{target}]")
        return writers[0]

    def _on_index(self, method: str, name: str, data: dict):
        if method == "HEAD":
            return (200 if name in self.indices else 404), None
        if method == "DELETE":
            self._resolve(name)
            del self.indices[name]
            return 200, {"acknowledged": True}
        if method == "PUT":
            if name in self.indices:
                raise ApiError(400, "resource_already_exists_exception", f"[{name}] exists")
            self.indices[name] = self._from_templates(name, data)
            return 200, {"acknowledged": True, "index": name}
        return 200, {n: {"mappings": self.indices[n].mappings} for n in self._resolve(name)}

    def _from_templates(self, name: str, data: dict) -> Index:
        mappings: dict[str, Any] = {}
        settings: dict[str, Any] = {}
        matching = [t for t in self.index_templates.values()
                    if any(fnmatch.fnmatch(name, p) for p in t.get("index_patterns", []))]  # fmt: skip
        if matching:
            template = max(matching, key=lambda t: t.get("priority", 0))
            for component in template.get("composed_of", []):
                inner = self.component_templates.get(component, {}).get("template", {})
                settings.update(_flat_settings(inner.get("settings", {})))
                mappings.update(inner.get("mappings", {}))
        settings.update(_flat_settings(data.get("settings", {})))
        mappings.update(data.get("mappings", {}))
        return Index(mappings=mappings, settings=settings)

    def _on_target(self, method: str, target: str, action: str, data: dict):
        if action == "_mapping":
            return 200, {n: {"mappings": self.indices[n].mappings} for n in self._resolve(target)}
        if action == "_settings":
            for n in self._resolve(target):
                if method == "PUT":
                    self.indices[n].settings.update(_flat_settings(data))
            return 200, {n: {"settings": {"index": self.indices[n].settings}}
                         for n in self._resolve(target)}  # fmt: skip
        if action == "_refresh":
            self._resolve(target)
            return 200, {"_shards": {"total": 1, "successful": 1, "failed": 0}}
        docs = {i: d for n in self._resolve(target) for i, d in self.indices[n].docs.items()}
        if action == "_count":
            return 200, {"count": len(docs)}
        if action == "_delete_by_query":
            ids = set(data["query"]["ids"]["values"])
            for n in self._resolve(target):
                for doc_id in ids & set(self.indices[n].docs):
                    del self.indices[n].docs[doc_id]
            return 200, {"deleted": len(ids & set(docs))}
        return 200, _search(docs, data)

    def _get_alias(self, alias: str):
        found = {n: {"aliases": {alias: ix.aliases[alias]}}
                 for n, ix in self.indices.items() if alias in ix.aliases}  # fmt: skip
        if not found:
            return 404, {"error": f"alias [{alias}] missing", "status": 404}
        return 200, found

    def _aliases(self, actions: list[dict]):
        for action in actions:  # validate first: the switch is atomic
            ((kind, spec),) = action.items()
            if spec["index"] not in self.indices:
                raise ApiError(404, "index_not_found_exception", f"no such index [{spec['index']}]")
        for action in actions:
            ((kind, spec),) = action.items()
            aliases = self.indices[spec["index"]].aliases
            if kind == "add":
                aliases[spec["alias"]] = {"is_write_index": spec.get("is_write_index", False)}
            else:
                aliases.pop(spec["alias"], None)
        return 200, {"acknowledged": True}

    def _bulk(self, body: bytes):
        lines = [json.loads(line) for line in body.splitlines() if line.strip()]
        items = []
        for action, doc in zip(lines[::2], lines[1::2], strict=True):
            meta = action["index"]
            items.append({"index": self._bulk_item(meta["_index"], str(meta["_id"]), doc)})
        return 200, {"took": 1, "errors": any("error" in i["index"] for i in items), "items": items}

    def _bulk_item(self, target: str, doc_id: str, doc: dict) -> dict:
        fault = self._doc_faults.get(doc_id)
        if fault and fault.times != 0:
            if fault.times is not None:
                fault.times -= 1
            return {"_index": target, "_id": doc_id, "status": fault.status,
                    "error": {"type": fault.error_type, "reason": fault.reason}}  # fmt: skip
        try:
            name = self._write_index(target)
        except ApiError as exc:
            return {"_index": target, "_id": doc_id, "status": exc.status,
                    "error": {"type": exc.error_type, "reason": exc.reason}}  # fmt: skip
        unknown = _unknown_fields(self.indices[name].mappings, doc)
        if unknown:
            return {"_index": name, "_id": doc_id, "status": 400,
                    "error": {"type": "strict_dynamic_mapping_exception",
                              "reason": f"mapping set to strict, [{unknown}] not allowed"}}  # fmt: skip
        created = doc_id not in self.indices[name].docs
        self.indices[name].docs[doc_id] = doc
        return {"_index": name, "_id": doc_id, "status": 201 if created else 200,
                "result": "created" if created else "updated"}  # fmt: skip


def _unknown_fields(mappings: dict, doc: dict) -> str | None:
    """The first field of ``doc`` a strict mapping does not declare (one nested level)."""
    if mappings.get("dynamic") != "strict":
        return None
    props = mappings.get("properties", {})
    for key, value in doc.items():
        if key not in props:
            return key
        inner = props[key].get("properties")
        if inner and isinstance(value, list):
            for item in value:
                extra = set(item) - set(inner)
                if extra:
                    return f"{key}.{sorted(extra)[0]}"
    return None


def _search(docs: dict[str, dict], body: dict) -> dict:
    query = body.get("query", {"match_all": {}})
    ids = query.get("ids", {}).get("values") if isinstance(query, dict) else None
    rows = [(i, d) for i, d in docs.items() if ids is None or i in ids]
    sort_field = None
    for key in body.get("sort", []):
        if isinstance(key, dict):
            sort_field = next(iter(key))
            break
    if sort_field:
        rows.sort(key=lambda r: str(r[1].get(sort_field) or ""))
        after = body.get("search_after")
        if after:
            rows = [r for r in rows if str(r[1].get(sort_field) or "") > str(after[0])]
    start = body.get("from", 0)
    rows_page = rows[start : start + body.get("size", 10)]
    wanted = body.get("_source")
    hits = []
    for doc_id, doc in rows_page:
        src = {k: v for k, v in doc.items() if k in wanted} if isinstance(wanted, list) else doc
        hit = {"_id": doc_id, "_score": 1.0, "_source": src}
        if sort_field:
            hit["sort"] = [doc.get(sort_field)]
        hits.append(hit)
    return {"hits": {"total": {"value": len(rows), "relation": "eq"}, "hits": hits},
            "aggregations": {}}  # fmt: skip


def _error(status: int, error_type: str, reason: str) -> dict:
    cause = {"type": error_type, "reason": reason}
    return {"error": {"root_cause": [cause], **cause}, "status": status}


class _Handler(BaseHTTPRequestHandler):
    fake: FakeES
    protocol_version = "HTTP/1.1"

    def setup(self) -> None:
        super().setup()
        # headers and body go out in two writes: without this, delayed ACKs add ~40 ms each
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def log_message(self, format: str, *args: Any) -> None:  # keep test output clean
        pass

    def _serve(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        headers = {k.lower(): v for k, v in self.headers.items()}
        status, payload = self.fake.handle(self.command, self.path, headers, body)
        data = b"" if payload is None or self.command == "HEAD" else json.dumps(payload).encode()
        try:
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("X-Elastic-Product", "Elasticsearch")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (a scripted timeout)

    do_GET = do_PUT = do_POST = do_DELETE = do_HEAD = _serve
