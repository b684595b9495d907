"""The local API under load and abuse: a real listen backlog, idle bodies dropped, every error in JSON, admin token."""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests

from resume_autofix.cache import cache_manager
from resume_autofix.config import Settings
from resume_autofix.localapi import make_server

ROOT = Path(__file__).resolve().parents[2]
RESUME = {"basics": {"name": "Ada Lovelace", "summary": "Wrote the first program."}}


@pytest.fixture(scope="module")
def server() -> Iterator[tuple[str, str]]:
    cache_manager.configure(Settings.from_env({}), None)
    srv = make_server(ROOT, port=0, channel_timeout=1)
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    host, port = srv.server_address
    yield f"http://{host}:{port}", srv.admin_token
    srv.shutdown()
    srv.server_close()


def test_50_simultaneous_posts_all_get_answers(server) -> None:
    # GIVEN 50 clients that connect and post at the same moment
    base_url, _token = server
    start = threading.Barrier(50)
    results: list[int | str] = []
    lock = threading.Lock()

    def client(i: int) -> None:
        body = {"resume": {**RESUME, "basics": {**RESUME["basics"], "label": f"Engineer {i}"}}}
        start.wait()
        try:
            status: int | str = requests.post(f"{base_url}/api/render", json=body, timeout=120).status_code
        except requests.RequestException as exc:  # a reset or refused connection
            status = type(exc).__name__
        with lock:
            results.append(status)

    threads = [threading.Thread(target=client, args=(i,)) for i in range(50)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    # THEN every one got its answer: no reset, no refusal
    assert results == [200] * 50


def test_a_body_that_stops_short_is_dropped_after_the_timeout(server) -> None:
    # GIVEN a client that promises 100 bytes of body and sends 10, then goes quiet
    base_url, _token = server
    host, port = base_url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=20) as sock:
        sock.sendall(b"POST /api/analyze HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n")
        sock.sendall(b'Content-Length: 100\r\n\r\n{"resume":')
        # WHEN it waits THEN the server closes the connection (the channel timeout), rather than holding a thread
        assert sock.recv(65536) == b""


@pytest.mark.parametrize(
    ("method", "path", "status"),
    [
        ("PATCH", "/api/analyze", 405),
        ("DELETE", "/api/render", 405),
        ("BREW", "/api/analyze", 405),
        ("BREW", "/", 404),
        ("GET", "/api/" + "x" * 9000, 414),
        ("POST", "/nothing?" + "q=1&" * 3000, 414),
    ],
)
def test_every_error_is_in_the_json_shape(server, method: str, path: str, status: int) -> None:
    base_url, _token = server
    r = requests.request(method, f"{base_url}{path}", timeout=30)
    assert r.status_code == status, r.text[:200]
    assert r.headers["Content-Type"] == "application/json"
    assert r.json()["status"] == "error"


def test_head_answers_headers_only(server) -> None:
    base_url, _token = server
    r = requests.head(f"{base_url}/api/analyze", timeout=30)
    assert r.status_code == 405
    assert r.headers["Content-Type"] == "application/json"
    assert r.content == b""


def test_a_malformed_request_line_is_a_json_400(server) -> None:
    base_url, _token = server
    host, port = base_url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=10) as sock:
        sock.sendall(b"POST /api/analyze HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n")
        raw = b""
        while chunk := sock.recv(65536):
            raw += chunk
    head, _, body = raw.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 400"), head[:80]
    assert json.loads(body)["status"] == "error"


@pytest.mark.parametrize("auth", [None, "Bearer wrong", "Basic dXNlcjpwYXNz"])
def test_admin_routes_need_the_local_token(server, auth: str | None) -> None:
    base_url, token = server
    headers = {"Authorization": auth} if auth else {}
    for method, path in (("GET", "/api/cache/stats"), ("POST", "/api/cache/clear")):
        r = requests.request(method, f"{base_url}{path}", headers=headers, timeout=30)
        assert r.status_code == 401
        assert "token" in r.json()["message"]
    ok = requests.get(f"{base_url}/api/cache/stats", headers={"Authorization": f"Bearer {token}"}, timeout=30)
    assert ok.status_code == 200


def test_shutdown_ends_the_serving_thread_without_an_error() -> None:
    # GIVEN the local server serving in a thread, its loop waiting in select()
    cache_manager.configure(Settings.from_env({}), None)
    errors: list[BaseException] = []
    for _ in range(2):
        srv = make_server(ROOT, port=0, channel_timeout=1)

        def serve(server: Any = srv) -> None:  # the server of this round
            try:
                server.serve_forever()
            except BaseException as exc:  # collected, asserted below
                errors.append(exc)

        thread = threading.Thread(target=serve, daemon=True)
        thread.start()
        # WHEN another thread shuts it down (its sockets close under the select)
        srv.shutdown()
        srv.server_close()
        thread.join(5)
        # THEN the thread ended, and with no "Bad file descriptor"
        assert not thread.is_alive()
    assert errors == []
