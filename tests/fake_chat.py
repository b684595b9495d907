"""A fake OpenAI-compatible chat-completions endpoint on loopback, shared by the tests of the OpenAI provider.

The test sets ``server.answer``: a dict (sent as JSON), text (sent as is), ``"sleep"`` (answer late, for the
timeout cases) or ``"no-json-mode"`` (refuse ``response_format`` with a 400, then answer the default). Every
request is recorded in ``server.requests`` as ``{"body": ..., "auth": ...}``.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from resume_autofix.cache import cache_manager


class FakeChatServer(ThreadingHTTPServer):
    """The server, with the answer the test chose and what it was sent."""

    def __init__(self, default: Any) -> None:
        super().__init__(("127.0.0.1", 0), _Model)
        self.default = default
        self.answer: Any = default
        self.requests: list[dict[str, Any]] = []

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_port}/v1"


class _Model(BaseHTTPRequestHandler):
    server: FakeChatServer

    def do_POST(self) -> None:
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        self.server.requests.append({"body": body, "auth": self.headers.get("Authorization")})
        answer = self.server.answer
        if answer == "no-json-mode" and "response_format" in body:
            self.send_error(400, "response_format is not supported")
            return
        if answer in ("no-json-mode", "sleep"):
            if answer == "sleep":
                time.sleep(1.5)
            answer = self.server.default
        content = answer if isinstance(answer, str) else json.dumps(answer)
        payload = json.dumps({"choices": [{"index": 0, "message": {"role": "assistant", "content": content}}]}).encode()
        try:
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (the timeout case)

    def log_message(self, *_: Any) -> None:
        return


@contextmanager
def fake_chat_server(default: Any) -> Iterator[FakeChatServer]:
    """Serve on a free loopback port, with empty caches, until the block ends."""
    httpd = FakeChatServer(default)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    cache_manager.clear_all()
    try:
        yield httpd
    finally:
        httpd.shutdown()
        httpd.server_close()
