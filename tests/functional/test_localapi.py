"""The local API (`make serve`): every template route over real HTTP, served by the real handlers."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from resume_autofix.cache import cache_manager
from resume_autofix.config import Settings
from resume_autofix.localapi import build_event, decode_response, load_routes, make_server

ROOT = Path(__file__).resolve().parents[2]
ADMIN_TOKEN = "t0ken"


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    cache_manager.configure(Settings.from_env({}), None)
    server = make_server(ROOT, port=0, admin_token=ADMIN_TOKEN)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    host, port = server.server_address[:2]
    yield f"http://{host}:{port}"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def sample_resume(corpus: Path) -> dict:
    return json.loads((corpus / "resumes" / "senior-engineer.json").read_text())


def test_routes_come_from_the_template() -> None:
    keys = {r.key for r in load_routes(ROOT / "template.yaml")}
    assert keys == {
        "POST /api/analyze",
        "POST /api/autofix",
        "POST /api/render",
        "GET /api/templates",
        "POST /api/pdf",
        "POST /api/docx",
        "POST /api/import",
        "GET /api/cache/stats",
        "POST /api/cache/clear",
        "POST /api/batch",
        "GET /api/batch/{id}",
    }


def test_batch_route_says_bulk_runs_need_the_stack_locally(base_url: str) -> None:
    # IAM-only in AWS, so the local admin token is needed (as for the cache admin routes)
    body = {"manifest_key": "manifests/a.json"}
    assert requests.post(f"{base_url}/api/batch", json=body, timeout=60).status_code == 401
    admin = {"Authorization": f"Bearer {ADMIN_TOKEN}"}
    r = requests.post(f"{base_url}/api/batch", json=body, headers=admin, timeout=60)
    assert r.status_code == 400
    assert "resume-autofix batch" in r.json()["message"]


def test_analyze(base_url: str, sample_resume: dict, corpus: Path) -> None:
    job = (corpus / "jobs" / "backend-eng.txt").read_text()
    r = requests.post(f"{base_url}/api/analyze", json={"resume": sample_resume, "job_description": job}, timeout=60)
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["status"] == "success"
    assert 0 <= body["analysis"]["score"] <= 100


def test_autofix_with_html_and_pdf(base_url: str, sample_resume: dict) -> None:
    payload = {"resume": sample_resume, "job_description": "Python and Kubernetes engineer", "formats": ["html", "pdf"]}
    r = requests.post(f"{base_url}/api/autofix", json=payload, timeout=120)
    assert r.status_code == 200, r.text
    body = r.json()
    assert {"analysis_before", "analysis_after", "resume", "applied", "rejected", "ai_calls", "timings_ms"} <= set(body)
    assert body["html"].lstrip().lower().startswith("<!doctype html")
    assert body["pdf_base64"]


def test_render_and_templates(base_url: str, sample_resume: dict) -> None:
    templates = requests.get(f"{base_url}/api/templates", timeout=30)
    assert templates.status_code == 200
    body = templates.json()
    ids = [t["id"] for t in body["templates"]]
    assert len(ids) >= 3
    r = requests.post(f"{base_url}/api/render", json={"resume": sample_resume, "template_id": ids[0]}, timeout=60)
    assert r.status_code == 200
    assert r.headers["Content-Type"].startswith("text/html")
    assert sample_resume["basics"]["name"].split()[-1] in r.text


def test_pdf_is_binary(base_url: str, sample_resume: dict) -> None:
    r = requests.post(f"{base_url}/api/pdf", json={"resume": sample_resume, "template_id": "classic"}, timeout=60)
    assert r.status_code == 200, r.text[:500]
    assert r.headers["Content-Type"] == "application/pdf"
    assert r.content.startswith(b"%PDF")


def test_cache_admin_routes(base_url: str) -> None:
    # the routes that are IAM-only in AWS need the local admin token (printed by `serve`)
    admin = {"Authorization": f"Bearer {ADMIN_TOKEN}"}
    stats = requests.get(f"{base_url}/api/cache/stats", headers=admin, timeout=30)
    assert stats.status_code == 200
    assert "template_cache" in stats.json()["caches"]
    cleared = requests.post(f"{base_url}/api/cache/clear", params={"cache_type": "pdf"}, headers=admin, timeout=30)
    assert cleared.json()["cleared"] == ["pdf"]


@pytest.mark.parametrize(
    ("method", "path", "kwargs", "status", "words"),
    [
        ("POST", "/api/analyze", {"data": b"{not json"}, 400, "not valid JSON"),
        ("POST", "/api/analyze", {"json": ["a", "list"]}, 400, "JSON object"),
        ("POST", "/api/analyze", {"json": {"resume": {"basics": {"email": "nope"}}}}, 400, "email"),
        ("POST", "/api/render", {"json": {"resume": {"basics": {"name": "A"}}, "template_id": "nope"}}, 404, "classic"),
        ("POST", "/api/cache/clear?cache_type=bogus", {"headers": {"Authorization": "Bearer t0ken"}}, 400, "template"),
        ("POST", "/api/analyze", {"data": b"x" * 2_000_000}, 413, "limit"),
        ("GET", "/api/analyze", {}, 405, "not allowed"),
        ("GET", "/api/nothing-here", {}, 404, "No route"),
    ],
)
def test_errors_are_clear_4xx(base_url: str, method: str, path: str, kwargs: dict, status: int, words: str) -> None:
    r = requests.request(method, f"{base_url}{path}", timeout=30, **kwargs)
    assert r.status_code == status, r.text[:300]
    body = r.json()
    assert body["status"] == "error"
    assert words.lower() in json.dumps(body).lower()


def test_event_shape_round_trip() -> None:
    event = build_event(
        "POST", "/api/pdf", "a=1&a=2&b=", {"Content-Type": "application/json"}, b'{"x":1}', "POST /api/pdf"
    )
    assert event["queryStringParameters"] == {"a": "1,2", "b": ""}
    assert event["isBase64Encoded"] is False
    assert event["body"] == '{"x":1}'
    assert event["requestContext"]["http"]["method"] == "POST"
    binary = build_event("POST", "/x", "", {"Content-Type": "application/pdf"}, b"%PDF\xff", "POST /x")
    assert binary["isBase64Encoded"] is True
    status, headers, cookies, body = decode_response(
        {"statusCode": 201, "headers": {"a": "b"}, "body": "JVBERg==", "isBase64Encoded": True, "cookies": ["c=1"]}
    )
    assert (status, headers, cookies, body) == (201, {"a": "b"}, ["c=1"], b"%PDF")


def test_event_headers_and_cookies_as_api_gateway_sends_them() -> None:
    # GIVEN a request with a repeated header and two Cookie headers (HTTP/1.1 allows both)
    pairs = [
        ("Accept", "text/html"),
        ("X-Forwarded-For", "10.0.0.1"),
        ("x-forwarded-for", "10.0.0.2"),
        ("Cookie", "a=1; b=2"),
        ("Cookie", "c=3"),
    ]
    event = build_event("GET", "/api/templates", "", pairs, b"", "GET /api/templates")
    # THEN names are lower-cased, repeats joined with commas, and cookies moved to "cookies" (API Gateway v2)
    assert event["headers"]["accept"] == "text/html"
    assert event["headers"]["x-forwarded-for"] == "10.0.0.1,10.0.0.2"
    assert "cookie" not in event["headers"]
    assert event["cookies"] == ["a=1", "b=2", "c=3"]
    # AND a request without cookies has no "cookies" key, as API Gateway sends it
    plain = build_event("GET", "/api/templates", "", {"Accept": "*/*"}, b"", "GET /api/templates")
    assert "cookies" not in plain
    assert "queryStringParameters" not in plain
    assert "body" not in plain


def test_a_bad_content_length_is_a_400_in_the_error_shape(base_url: str) -> None:
    import socket  # noqa: PLC0415

    host, port = base_url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=10) as sock:
        sock.sendall(b"POST /api/analyze HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\nConnection: close\r\n\r\n")
        raw = b""
        while chunk := sock.recv(65536):
            raw += chunk
    head, _, body = raw.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.0 400") or head.startswith(b"HTTP/1.1 400"), head[:80]
    assert json.loads(body)["status"] == "error"


def test_requests_reuse_memcached_connections(base_url: str, sample_resume: dict, memcached) -> None:
    # GIVEN the local API on a memcached tier (ThreadingHTTPServer runs every request in a new thread)
    from tests.integration.test_cache_memcached import _curr_connections  # noqa: PLC0415

    cache_manager.configure(Settings.from_env({"MEMCACHED_ENDPOINTS": memcached.endpoint}))
    try:
        payload = {"resume": sample_resume, "template_id": "classic"}
        assert requests.post(f"{base_url}/api/render", json=payload, timeout=60).status_code == 200
        before = _curr_connections(memcached.port)
        # WHEN 40 more requests arrive, each on its own thread
        for _ in range(40):
            cache_manager.get_template_cache().clear_local()  # every request goes to memcached
            assert requests.post(f"{base_url}/api/render", json=payload, timeout=60).status_code == 200
        # THEN they shared the connections of the first: none was left open by a finished request thread
        assert _curr_connections(memcached.port) - before <= 2
    finally:
        cache_manager.configure(Settings.from_env({}), None)


def test_import_route_takes_a_raw_pdf(base_url: str) -> None:
    # the browser sends the file itself with its type; the local API base64-encodes it as API Gateway does
    pdf = (
        Path(__file__).resolve().parents[2] / "tests" / "data" / "import" / "senior-engineer-modern.pdf"
    ).read_bytes()
    r = requests.post(f"{base_url}/api/import", data=pdf, headers={"Content-Type": "application/pdf"}, timeout=60)
    assert r.status_code == 200, r.text
    assert r.json()["resume"]["basics"]["name"] == "Dr. Lena Vasquez"
