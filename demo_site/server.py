"""Serve the bundled demo news site on 127.0.0.1 (offline; used by `ocop demo` and the tests).

It runs in a child process (``demo_site.childserver``), like the tests' mock sites. The pages under ``site/`` are fictional OCOP news written for this project. ``{{BASE_URL}}``
in any file is replaced by the server's own address, so sitemaps, feeds and canonical links
point back at it whatever port it got.
"""

from __future__ import annotations

import argparse
import mimetypes
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from urllib.parse import unquote, urlsplit

from demo_site.childserver import HOST, ChildServer, LocalServer

SITE_DIR = Path(__file__).with_name("site")


class DemoSiteHandler(BaseHTTPRequestHandler):
    server_version = "OcopDemoSite/1.0"

    def do_GET(self) -> None:  # noqa: N802 (http.server API)
        body, ctype, status = self._resolve(urlsplit(self.path).path)
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_HEAD(self) -> None:  # noqa: N802
        body, ctype, status = self._resolve(urlsplit(self.path).path)
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()

    def _resolve(self, path: str) -> tuple[bytes, str, int]:
        rel = unquote(path).lstrip("/")
        target = (SITE_DIR / rel).resolve()
        if target.is_dir():
            target = target / "index.html"
        if SITE_DIR.resolve() not in target.parents or not target.is_file():
            return (
                b"<h1>404 - Kh\xc3\xb4ng t\xc3\xacm th\xe1\xba\xa5y trang</h1>",
                "text/html; charset=utf-8",
                HTTPStatus.NOT_FOUND,
            )
        data = target.read_bytes().replace(b"{{BASE_URL}}", self.server.base_url.encode())
        ctype = mimetypes.guess_type(target.name)[0] or "application/octet-stream"
        if target.suffix == ".xml":
            ctype = "application/xml"
        if ctype.startswith("text/") or ctype == "application/xml":
            ctype += "; charset=utf-8"
        return data, ctype, HTTPStatus.OK

    def log_message(self, format: str, *args) -> None:  # quiet
        pass


def start(port: int = 0) -> ChildServer:
    """Serve the demo site from a child process; ``.base_url`` is its address, ``.shutdown()``
    stops it. OcopError when the port cannot be used."""
    return ChildServer(DemoSiteHandler, port=port, name="demo site").start()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=8000)
    args = parser.parse_args()
    server = LocalServer((HOST, args.port), DemoSiteHandler)
    print(f"Demo news site on {server.base_url}/ (Ctrl+C to stop)", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
