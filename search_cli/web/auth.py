"""Access control for `ocop serve` when it listens beyond localhost.

Local binds need nothing. Any other bind needs HTTP basic credentials read from a file
(``--auth user:/path/to/password-file``; the file must not be readable by group or others) or
a bearer token from the environment (``OCOP_WEB_TOKEN``). Comparisons are constant-time.
"""

from __future__ import annotations

import base64
import hmac
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from starlette.types import ASGIApp, Receive, Scope, Send

from corpus.errors import OcopError

LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1"}


@dataclass(frozen=True)
class Credentials:
    user: str = ""
    password: str = ""
    token: str = ""

    def accepts(self, header: str) -> bool:
        scheme, _, value = header.partition(" ")
        if scheme.lower() == "bearer" and self.token:
            return hmac.compare_digest(value.strip().encode(), self.token.encode())
        if scheme.lower() == "basic" and self.user:
            try:
                decoded = base64.b64decode(value.strip()).decode("utf-8")
            except (ValueError, UnicodeDecodeError):
                return False
            user, _, password = decoded.partition(":")
            return hmac.compare_digest(user.encode(), self.user.encode()) & hmac.compare_digest(
                password.encode(), self.password.encode()
            )
        return False


def load_credentials(auth: str | None, host: str) -> Credentials | None:
    """The credentials a bind needs: None for localhost without --auth, else a Credentials."""
    token = os.environ.get("OCOP_WEB_TOKEN", "")
    if auth:
        user, sep, path = auth.partition(":")
        if not sep or not user or not path:
            raise OcopError("--auth expects USER:PASSWORD_FILE")
        file = Path(path).expanduser()
        if not file.is_file():
            raise OcopError(f"password file {file} does not exist")
        if file.stat().st_mode & (stat.S_IRWXG | stat.S_IRWXO):
            raise OcopError(f"password file {file} is readable by others; run chmod 600 {file}")
        password = file.read_text(encoding="utf-8").strip()
        if not password:
            raise OcopError(f"password file {file} is empty")
        return Credentials(user=user, password=password, token=token)
    if token:
        return Credentials(token=token)
    if host not in LOCAL_HOSTS:
        raise OcopError(
            f"serving on {host} exposes the page to the network: pass --auth USER:PASSWORD_FILE"
            " or set OCOP_WEB_TOKEN"
        )
    return None


class AuthMiddleware:
    """Reject requests without the credentials (401 with a Basic challenge)."""

    def __init__(self, app: ASGIApp, credentials: Credentials) -> None:
        self.app = app
        self.credentials = credentials

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            headers = dict(scope.get("headers") or [])
            header = headers.get(b"authorization", b"").decode("latin-1")
            if not self.credentials.accepts(header):
                await send({"type": "http.response.start", "status": 401, "headers": [
                    (b"content-type", b"text/plain; charset=utf-8"),
                    (b"www-authenticate", b'Basic realm="ocop"'),
                ]})  # fmt: skip
                await send({"type": "http.response.body", "body": b"authentication required\n"})
                return
        await self.app(scope, receive, send)
