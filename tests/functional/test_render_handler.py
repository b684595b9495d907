"""The render Lambda on its event files: text/html, the templates list, cache hits and clear 4xx answers."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from functions.render import app

EVENTS = sorted(p.stem for p in (Path(__file__).resolve().parents[2] / "events").glob("render-*.json"))


@pytest.fixture(autouse=True)
def _count_from_zero():
    app.renderer.renders = 0


def with_body(event: dict, body: object) -> dict:
    event = copy.deepcopy(event)
    event["body"] = body if isinstance(body, str) else json.dumps(body)
    return event


@pytest.mark.parametrize("name", EVENTS)
def test_every_render_event_gets_an_answer(name, load_event, lambda_context, decode_body) -> None:
    response = app.lambda_handler(load_event(name), lambda_context)
    if "unknown" in name:
        assert response["statusCode"] == 404
    elif "invalid" in name:
        assert response["statusCode"] == 400
    else:
        assert response["statusCode"] == 200
        assert response["headers"]["Content-Type"].startswith("text/html")
        assert decode_body(response).startswith(b"<!DOCTYPE html>")


def test_templates_route_lists_the_themes(load_event, lambda_context, decode_body) -> None:
    body = decode_body(app.lambda_handler(load_event("templates-list"), lambda_context))
    assert body["status"] == "success"
    assert {t["id"] for t in body["templates"]} >= {"classic", "modern", "compact"}
    assert all(t["description"] and t["version"] for t in body["templates"])


def test_second_call_hits_the_cache(load_event, lambda_context) -> None:
    event = load_event("render-classic")
    first = app.lambda_handler(event, lambda_context)
    second = app.lambda_handler(event, lambda_context)
    assert (first["headers"]["X-Cache"], second["headers"]["X-Cache"]) == ("miss", "hit")
    assert app.renderer.renders == 1
    assert second["body"] == first["body"]


def test_xss_in_the_event_stays_text(load_event, lambda_context, decode_body) -> None:
    html = decode_body(app.lambda_handler(load_event("render-modern-unicode"), lambda_context)).decode()
    assert "<script>" not in html
    assert "&lt;script&gt;" in html
    assert "<h1>Zoë Łukasiewicz-Müller</h1>" in html


def test_unknown_template_names_the_available_ones(load_event, lambda_context, decode_body) -> None:
    body = decode_body(app.lambda_handler(load_event("render-unknown-template"), lambda_context))
    assert body["status"] == "error"
    assert body["details"]["available"] == ["classic", "compact", "modern"]


@pytest.mark.parametrize(
    ("body", "status", "fragment"),
    [
        ("not json", 400, "not valid JSON"),
        ([1, 2], 400, "JSON object"),
        ({"template_id": "classic"}, 400, '"resume"'),
        ({"resume": "text", "template_id": "classic"}, 400, '"resume"'),
        ({"resume": {"basics": {"email": "nope"}}}, 400, "/basics/email"),
        ({"resume": {"basics": {"name": "x" * 1_100_000}}}, 413, "limit"),
    ],
)
def test_bad_input_gets_a_clear_4xx(load_event, lambda_context, decode_body, body, status, fragment) -> None:
    response = app.lambda_handler(with_body(load_event("render-classic"), body), lambda_context)
    assert response["statusCode"] == status
    assert fragment in decode_body(response)["message"]
