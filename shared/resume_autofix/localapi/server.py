"""The local API: the template's routes served on loopback by each function's real ``lambda_handler``.

``sam local start-api`` needs Docker; this needs nothing. Each request becomes an API Gateway HTTP API v2
event, the function's handler runs in-process, and its proxy answer becomes the HTTP response — so what runs
locally is what runs in Lambda. The built web app (``web/dist``) is served at ``/`` from the same origin.
"""

from __future__ import annotations

import json
import logging
import mimetypes
import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from .events import LocalContext, build_event, decode_response
from .routes import Route, load_handler, load_routes

logger = logging.getLogger(__name__)

MAX_REQUEST_BYTES = 10 * 1024 * 1024  # API Gateway's own payload limit
Handler = Callable[[dict[str, Any], Any], dict[str, Any]]


class LocalApi:
    """The routing table: (method, path) → the function's handler, loaded once."""

    def __init__(self, root: Path, web_dir: Path | None = None) -> None:
        self.root = root
        self.routes = {r.key: r for r in load_routes(root / "template.yaml")}
        self.handlers: dict[str, Handler] = {key: load_handler(root, r) for key, r in self.routes.items()}
        self.web_dir = web_dir if web_dir is not None else root / "web" / "dist"
        self.lock = threading.Lock()

    def find(self, method: str, path: str) -> tuple[Route | None, bool]:
        """The route for ``method path``, and whether the path exists under another method."""
        route = self.routes.get(f"{method} {path}")
        return route, route is None and any(r.path == path for r in self.routes.values())

    def invoke(self, route: Route, event: dict[str, Any]) -> dict[str, Any]:
        return self.handlers[route.key](event, LocalContext(function_name=route.function))


def _json(status: int, message: str) -> tuple[int, dict[str, str], bytes]:
    body = json.dumps({"status": "error", "message": message, "details": None}).encode()
    return status, {"Content-Type": "application/json"}, body


class _RequestHandler(BaseHTTPRequestHandler):
    server_version = "resume-autofix-local/1"
    api: LocalApi  # set on the subclass made by make_server

    def do_GET(self) -> None:
        self._handle()

    def do_POST(self) -> None:
        self._handle()

    def do_PUT(self) -> None:
        self._handle()

    def do_DELETE(self) -> None:
        self._handle()

    def do_OPTIONS(self) -> None:
        self._handle()

    def log_message(self, format: str, *args: Any) -> None:
        logger.info("%s %s", self.address_string(), format % args)

    def _handle(self) -> None:
        parts = urlsplit(self.path)
        method = self.command.upper()
        raw_length = (self.headers.get("Content-Length") or "0").strip()
        if not raw_length.isdigit():
            self._send(*_json(400, f"Content-Length {raw_length[:40]!r} is not a byte count"))
            self.close_connection = True
            return
        length = int(raw_length)
        if length > MAX_REQUEST_BYTES:
            self._send(*_json(413, f"The body is {length} bytes; API Gateway accepts at most {MAX_REQUEST_BYTES}"))
            self.close_connection = True
            return
        body = self.rfile.read(length) if length else b""
        route, other_method = self.api.find(method, parts.path)
        if route is None:
            if method in ("GET", "HEAD") and not parts.path.startswith("/api/"):
                self._static(parts.path)
            elif other_method:
                self._send(*_json(405, f"{method} is not allowed on {parts.path}"))
            else:
                self._send(*_json(404, f"No route for {method} {parts.path}"))
            return
        event = build_event(
            method, parts.path, parts.query, self.headers.items(), body, route.key, self.client_address[0]
        )
        try:
            answer = self.api.invoke(route, event)
            status, headers, cookies, payload = decode_response(answer)
        except Exception:  # what API Gateway answers when the function itself crashes
            logger.exception("%s raised", route.function)
            self._send(*_json(502, "Internal server error (the function raised; see the server log)"))
            return
        self._send(status, headers, payload, cookies)

    def _static(self, path: str) -> None:
        web = self.api.web_dir.resolve()
        target = (web / path.lstrip("/")).resolve()
        if path in ("", "/") or target.is_dir():
            target = target / "index.html" if target.is_dir() else web / "index.html"
        if not target.is_relative_to(web) or not target.is_file():
            if not (web / "index.html").exists():
                self._send(*_json(404, "The web app is not built: run `make web` (or `make serve`, which builds it)"))
            else:
                self._send(*_json(404, f"Not found: {path}"))
            return
        ctype = mimetypes.guess_type(target.name)[0] or "application/octet-stream"
        if ctype.startswith("text/") or ctype in ("application/javascript", "application/json"):
            ctype += "; charset=utf-8"
        # hashed asset names never change content: cache them for a year; everything else revalidates
        immutable = target.is_relative_to(web / "assets")
        cache = "public, max-age=31536000, immutable" if immutable else "no-cache"
        self._send(200, {"Content-Type": ctype, "Cache-Control": cache}, target.read_bytes())

    def _send(self, status: int, headers: dict[str, str], body: bytes, cookies: list[str] | None = None) -> None:
        self.send_response(status)
        for key, value in headers.items():
            if key.lower() not in ("content-length", "connection", "transfer-encoding"):
                self.send_header(key, value)
        for cookie in cookies or []:
            self.send_header("Set-Cookie", cookie)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


LOCAL_ENV_DEFAULTS = {
    # no X-Ray daemon and no CloudWatch here: keep the handlers' EMF lines and trace warnings off the console
    "POWERTOOLS_METRICS_DISABLED": "true",
    "POWERTOOLS_TRACE_DISABLED": "true",
    "AWS_DEFAULT_REGION": "us-east-1",
}


def make_server(
    root: Path, host: str = "127.0.0.1", port: int = 8123, web_dir: Path | None = None
) -> ThreadingHTTPServer:
    """A ready (not yet serving) local API server; ``port=0`` picks a free port."""
    api = LocalApi(root, web_dir)
    handler = type("BoundHandler", (_RequestHandler,), {"api": api})
    server = ThreadingHTTPServer((host, port), handler)
    server.daemon_threads = True
    return server
