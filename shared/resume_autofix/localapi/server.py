"""The local API: the template's routes served on loopback by each function's real ``lambda_handler``.

``sam local start-api`` needs Docker; this needs nothing. Each request becomes an API Gateway HTTP API v2
event, the function's handler runs in-process, and its proxy answer becomes the HTTP response — so what runs
locally is what runs in Lambda. The built web app (``web/dist``) is served at ``/`` from the same origin.

The HTTP server is waitress (a maintained WSGI server): a real listen backlog, a bounded thread pool, idle
connections (a body that stops arriving) closed after ``channel_timeout``, and its own protocol errors answered
in the API's JSON error shape. The routes that are IAM-only in AWS need ``Authorization: Bearer <token>`` here,
with a token made at start (printed by ``serve``), so another local user or a web page cannot clear the caches.
"""

from __future__ import annotations

import hmac
import json
import logging
import mimetypes
import secrets
import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any
from urllib.parse import quote

from waitress import create_server
from waitress.channel import HTTPChannel
from waitress.task import ErrorTask

from .events import LocalContext, build_event, decode_response
from .routes import Route, load_handler, load_routes

logger = logging.getLogger(__name__)

MAX_REQUEST_BYTES = 10 * 1024 * 1024  # API Gateway's own payload limit
MAX_URL_BYTES = 8 * 1024  # a longer path and query string is a 414 (API Gateway's request line limit is ~10 KB)
Handler = Callable[[dict[str, Any], Any], dict[str, Any]]
StartResponse = Callable[[str, list[tuple[str, str]]], Any]
_REASONS = {200: "OK", 400: "Bad Request", 401: "Unauthorized", 404: "Not Found", 405: "Method Not Allowed"}
_REASONS |= {413: "Payload Too Large", 414: "URI Too Long", 502: "Bad Gateway"}


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


class LocalApp:
    """The WSGI application: static files, the template's routes, and the admin token on the IAM-only ones."""

    def __init__(self, api: LocalApi, admin_token: str) -> None:
        self.api = api
        self.admin_token = admin_token

    def __call__(self, environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        status, headers, body, cookies = self.respond(environ)
        pairs = [(k, v) for k, v in headers.items() if k.lower() not in ("content-length", "connection")]
        pairs += [("Set-Cookie", c) for c in cookies]
        pairs.append(("Content-Length", str(len(body))))
        start_response(f"{status} {_REASONS.get(status, 'Status')}", pairs)
        return [] if environ["REQUEST_METHOD"] == "HEAD" else [body]

    def respond(self, environ: dict[str, Any]) -> tuple[int, dict[str, str], bytes, list[str]]:
        method = environ["REQUEST_METHOD"].upper()
        path = environ.get("PATH_INFO", "") or "/"
        refused = self._refused(environ, path)
        if refused is not None:
            return (*refused, [])
        length = int((environ.get("CONTENT_LENGTH") or "0").strip())
        body = environ["wsgi.input"].read(length) if length else b""
        route, other_method = self.api.find(method, path)
        if route is None:
            if method in ("GET", "HEAD") and not path.startswith("/api/"):
                return (*self._static(path), [])
            if other_method:
                return (*_json(405, f"{method} is not allowed on {path}"), [])
            return (*_json(404, f"No route for {method} {quote(path[:200])}"), [])
        if route.iam_only and not self._admin(environ):
            message = f"{route.key} is an admin route: send Authorization: Bearer <the token `serve` printed>"
            status, headers, payload = _json(401, message)
            return status, headers | {"WWW-Authenticate": 'Bearer realm="resume-autofix local admin"'}, payload, []
        return self._invoke(route, method, path, environ, body)

    @staticmethod
    def _refused(environ: dict[str, Any], path: str) -> tuple[int, dict[str, str], bytes] | None:
        """A 414/400/413 for a request refused before routing (URL too long, bad or too large body length)."""
        if len(path) + len(environ.get("QUERY_STRING", "")) > MAX_URL_BYTES:
            return _json(414, f"The URL is over {MAX_URL_BYTES} bytes; send data in the body")
        raw_length = (environ.get("CONTENT_LENGTH") or "0").strip()
        if not raw_length.isdigit():
            return _json(400, f"Content-Length {raw_length[:40]!r} is not a byte count")
        if int(raw_length) > MAX_REQUEST_BYTES:
            return _json(413, f"The body is {raw_length} bytes; API Gateway accepts at most {MAX_REQUEST_BYTES}")
        return None

    def _invoke(
        self, route: Route, method: str, path: str, environ: dict[str, Any], body: bytes
    ) -> tuple[int, dict[str, str], bytes, list[str]]:
        headers_in = [(k[5:].replace("_", "-"), v) for k, v in environ.items() if k.startswith("HTTP_")]
        for key, name in (("CONTENT_TYPE", "Content-Type"), ("CONTENT_LENGTH", "Content-Length")):
            if environ.get(key):
                headers_in.append((name, environ[key]))
        source_ip = str(environ.get("REMOTE_ADDR") or "127.0.0.1")
        event = build_event(method, path, environ.get("QUERY_STRING", ""), headers_in, body, route.key, source_ip)
        try:
            status, headers, cookies, payload = decode_response(self.api.invoke(route, event))
        except Exception:  # what API Gateway answers when the function itself crashes
            logger.exception("%s raised", route.function)
            return (*_json(502, "Internal server error (the function raised; see the server log)"), [])
        return status, headers, payload, cookies

    def _admin(self, environ: dict[str, Any]) -> bool:
        scheme, _, token = str(environ.get("HTTP_AUTHORIZATION", "")).partition(" ")
        return scheme.lower() == "bearer" and hmac.compare_digest(token.strip().encode(), self.admin_token.encode())

    def _static(self, path: str) -> tuple[int, dict[str, str], bytes]:
        web = self.api.web_dir.resolve()
        target = (web / path.lstrip("/")).resolve()
        if path in ("", "/") or target.is_dir():
            target = target / "index.html" if target.is_dir() else web / "index.html"
        if not target.is_relative_to(web) or not target.is_file():
            if not (web / "index.html").exists():
                return _json(404, "The web app is not built: run `make web` (or `make serve`, which builds it)")
            return _json(404, f"Not found: {quote(path[:200])}")
        ctype = mimetypes.guess_type(target.name)[0] or "application/octet-stream"
        if ctype.startswith("text/") or ctype in ("application/javascript", "application/json"):
            ctype += "; charset=utf-8"
        # hashed asset names never change content: cache them for a year; everything else revalidates
        immutable = target.is_relative_to(web / "assets")
        cache = "public, max-age=31536000, immutable" if immutable else "no-cache"
        return 200, {"Content-Type": ctype, "Cache-Control": cache}, target.read_bytes()


class _JsonErrorTask(ErrorTask):
    """waitress's own protocol errors (bad request line, headers too large, ...) in the API's error shape."""

    def execute(self) -> None:
        error = self.request.error
        body = json.dumps(
            {"status": "error", "message": f"{error.reason}: {str(error.body)[:200]}", "details": None}
        ).encode()
        self.status = f"{error.code} {error.reason}"
        self.response_headers.append(("Content-Type", "application/json"))
        self.set_close_on_finish()
        self.content_length = len(body)
        self.write(body)


class _Channel(HTTPChannel):
    error_task_class = _JsonErrorTask


class LocalServer:
    """A waitress server with the interface the CLI, the tests and the benches use (``serve_forever``, ...)."""

    def __init__(self, app: LocalApp, host: str, port: int, **adjustments: Any) -> None:
        self.app = app
        self._server: Any = create_server(app, host=host, port=port, **adjustments)
        self._server.channel_class = _Channel
        self._stopped = threading.Event()
        self._closing = threading.Event()

    @property
    def admin_token(self) -> str:
        return self.app.admin_token

    @property
    def server_address(self) -> tuple[str, int]:
        return str(self._server.effective_host), int(self._server.effective_port)

    def serve_forever(self) -> None:
        try:
            self._server.run()
        except OSError:
            if not self._closing.is_set():
                raise
            # shutdown() closed the sockets while the loop was in select(): "Bad file descriptor" is its end
        finally:
            self._stopped.set()

    def shutdown(self) -> None:
        """Stop serving (from another thread): close every socket, then the worker threads."""
        self._closing.set()
        self._server.task_dispatcher.shutdown(timeout=5)
        self._server.asyncore.close_all(self._server._map)  # the loop ends when nothing is left to watch
        self._stopped.wait(5)

    def server_close(self) -> None:
        if not self._stopped.is_set():
            self.shutdown()


LOCAL_ENV_DEFAULTS = {
    # no X-Ray daemon and no CloudWatch here: keep the handlers' EMF lines and trace warnings off the console
    "POWERTOOLS_METRICS_DISABLED": "true",
    "POWERTOOLS_TRACE_DISABLED": "true",
    "AWS_DEFAULT_REGION": "us-east-1",
}


def make_server(
    root: Path,
    host: str = "127.0.0.1",
    port: int = 8123,
    web_dir: Path | None = None,
    *,
    admin_token: str | None = None,
    threads: int = 8,
    channel_timeout: int = 30,
    backlog: int = 1024,
) -> LocalServer:
    """A ready (not yet serving) local API server; ``port=0`` picks a free port.

    ``admin_token`` (made at random when not given) guards the IAM-only routes. A connection that sends
    nothing for ``channel_timeout`` seconds (a body that stops short) is closed.
    """
    app = LocalApp(LocalApi(root, web_dir), admin_token or secrets.token_urlsafe(24))
    return LocalServer(
        app,
        host,
        port,
        threads=threads,
        backlog=backlog,
        connection_limit=max(100, backlog),
        channel_timeout=channel_timeout,
        cleanup_interval=max(1, min(30, channel_timeout)),
        max_request_body_size=MAX_REQUEST_BYTES + 1024,  # ours is the limit that answers in JSON
        max_request_header_size=64 * 1024,
        ident="resume-autofix-local",
        clear_untrusted_proxy_headers=True,
    )
