"""The PDF Lambda on its event files: base64 application/pdf, ?verify=true reports, warnings, clear 4xx."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from functions.pdf import app
from resume_autofix.pdf import extract_text

EVENTS = sorted(p.stem for p in (Path(__file__).resolve().parents[2] / "events").glob("pdf-*.json"))


@pytest.fixture(autouse=True)
def _count_from_zero():
    app.renderer.builds = 0


def with_body(event: dict, body: object) -> dict:
    event = copy.deepcopy(event)
    event["body"] = body if isinstance(body, str) else json.dumps(body)
    return event


@pytest.mark.parametrize("name", EVENTS)
def test_every_pdf_event_gets_an_answer(name, load_event, lambda_context, decode_body) -> None:
    response = app.lambda_handler(load_event(name), lambda_context)
    if "unknown" in name:
        assert response["statusCode"] == 400
        return
    assert response["statusCode"] == 200
    body = decode_body(response)
    if "verify" in name:
        assert body["readback"]["score"] == 1.0
        assert body["size_bytes"] > 1000
    else:
        assert response["isBase64Encoded"] is True
        assert response["headers"]["Content-Type"] == "application/pdf"
        assert body.startswith(b"%PDF-")


def test_pdf_answer_reads_back(load_event, lambda_context, decode_body) -> None:
    response = app.lambda_handler(load_event("pdf-a4"), lambda_context)
    text, pages = extract_text(decode_body(response))
    assert "Dr. Lena Vasquez" in text
    assert str(pages) == response["headers"]["X-PDF-Pages"]
    assert len(response["body"]) < 6_000_000


def test_japanese_answer_draws_cjk_and_warns_about_the_emoji(load_event, lambda_context, decode_body) -> None:
    response = app.lambda_handler(load_event("pdf-japanese-verify"), lambda_context)
    body = decode_body(response)
    # the CJK fallback font draws the Japanese; only the emoji 🐱 has no glyph in any shipped font
    assert response["headers"]["X-PDF-Warnings"] == "drawn as boxes (kept in the text layer): U+1F431"
    assert len(body["warnings"]) == 1
    assert "🐱" in body["warnings"][0]
    assert body["readback"]["score"] == 1.0


def test_second_call_hits_the_cache(load_event, lambda_context) -> None:
    event = load_event("pdf-a4")
    first = app.lambda_handler(event, lambda_context)
    second = app.lambda_handler(event, lambda_context)
    assert (first["headers"]["X-Cache"], second["headers"]["X-Cache"]) == ("miss", "hit")
    assert app.renderer.builds == 1
    assert second["body"] == first["body"]


@pytest.mark.parametrize(
    ("body", "status", "fragment"),
    [
        ("{", 400, "not valid JSON"),
        ({"template_id": "modern"}, 400, '"resume"'),
        ({"resume": {"basics": {"url": "no url"}}, "template_id": "modern"}, 400, "/basics/url"),
        ({"resume": {"basics": {"name": "A"}}, "template_id": "gothic"}, 404, "classic, compact, modern"),
        ({"resume": {"basics": {"name": "A"}}, "paper": "A5"}, 400, "A4, Letter"),
        ({"resume": {"basics": {"summary": "x" * 1_100_000}}}, 413, "limit"),
    ],
)
def test_bad_input_gets_a_clear_4xx(load_event, lambda_context, decode_body, body, status, fragment) -> None:
    response = app.lambda_handler(with_body(load_event("pdf-a4"), body), lambda_context)
    assert response["statusCode"] == status
    assert fragment in decode_body(response)["message"]
