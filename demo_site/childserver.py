"""An HTTP server on 127.0.0.1 in a child process: the one helper behind every local site.

``ocop demo`` (``demo_site.server``), the tests' mock news sites (``tests/mocksite.py``) and
the crawl benchmark (``bench/bench_crawl.py``) all serve through ``ChildServer``. A child
process rather than a thread, so the crawl under test (Scrapy's reactor, extraction pools)
never competes with the server for the parent's GIL and talks to it over real HTTP.

    with ChildServer(MyHandler) as server:     # port 0: any free port, reported back
        crawl(server.base_url)

The handler is a ``BaseHTTPRequestHandler`` subclass, or a module-level function returning
one (called in the child with ``args``, e.g. to build a generated site there). The child
exits with its parent even when the parent is killed (``corpus.lifeline``).
"""

from __future__ import annotations

import multiprocessing
import signal
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from corpus.errors import OcopError
from corpus.lifeline import exit_with_parent

HandlerSpec = type[BaseHTTPRequestHandler] | Callable[..., type[BaseHTTPRequestHandler]]
HOST = "127.0.0.1"


class LocalServer(ThreadingHTTPServer):
    """A threading server that knows its own address and keeps quiet about clients that
    hang up (crawlers stop downloads early on purpose)."""

    daemon_threads = True

    @property
    def base_url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host}:{port}"

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass


def _handler_class(spec: HandlerSpec, args: tuple) -> type[BaseHTTPRequestHandler]:
    if isinstance(spec, type) and issubclass(spec, BaseHTTPRequestHandler):
        return spec
    return spec(*args)


def _child(spec: HandlerSpec, args: tuple, port: int, conn: Any) -> None:
    """Runs in the child: bind, report ("ok", port) or ("error", message), serve forever."""
    exit_with_parent()
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C is the parent's to handle
    try:
        server = LocalServer((HOST, port), _handler_class(spec, args))
    except OSError as exc:
        conn.send(("error", str(exc)))
        return
    conn.send(("ok", server.server_address[1]))
    conn.close()
    server.serve_forever()


class ChildServer:
    """Serve ``handler`` on 127.0.0.1:``port`` (0 = any free port) from a child process."""

    def __init__(self, handler: HandlerSpec, *args: Any, port: int = 0, name: str = "local site"):
        self.handler, self.args, self.requested_port, self.name = handler, args, port, name
        self.proc: multiprocessing.process.BaseProcess | None = None
        self.port = 0

    @property
    def base_url(self) -> str:
        return f"http://{HOST}:{self.port}"

    def start(self, timeout: float = 60.0) -> ChildServer:
        """Start the child and wait until it listens; OcopError if it cannot."""
        ctx = multiprocessing.get_context("spawn")  # no copy of the parent's threads or reactor
        parent, child = ctx.Pipe(duplex=False)
        self.proc = ctx.Process(
            target=_child, args=(self.handler, self.args, self.requested_port, child),
            name=self.name, daemon=True,
        )  # fmt: skip
        self.proc.start()
        child.close()
        if not parent.poll(timeout):
            self.shutdown()
            raise OcopError(f"the {self.name} did not start within {timeout:.0f}s")
        try:
            status, value = parent.recv()
        except EOFError:
            status, value = "error", f"the server process exited ({self.proc.exitcode})"
        if status != "ok":
            self.shutdown()
            raise OcopError(
                f"cannot serve the {self.name} on {HOST}:{self.requested_port}: {value}"
            )
        self.port = int(value)
        return self

    def shutdown(self) -> None:
        """Stop the child (terminate, then kill if it does not go within 5 s)."""
        proc, self.proc = self.proc, None
        if proc is None:
            return
        proc.terminate()
        proc.join(5)
        if proc.is_alive():
            proc.kill()
            proc.join(5)

    def __enter__(self) -> ChildServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.shutdown()
