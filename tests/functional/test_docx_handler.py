"""POST /api/docx on its event files: a base64 Word file, ?verify=true reports, cache hits, clear 4xx; and the
autofix answer's ``docx_base64`` (issue 15)."""

from __future__ import annotations

import base64
import copy
import io
import json
from pathlib import Path

import docx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from functions.pdf import app
from resume_autofix.config import Settings
from resume_autofix.docx import MEDIA_TYPE, extract_text
from resume_autofix.workflow import run_autofix
from tests.cases import load

EVENTS = sorted(p.stem for p in (Path(__file__).resolve().parents[2] / "events").glob("docx-*.json"))


def with_body(event: dict, body: object) -> dict:
    event = copy.deepcopy(event)
    event["body"] = body if isinstance(body, str) else json.dumps(body)
    return event


@pytest.mark.parametrize("name", EVENTS)
def test_every_docx_event_gets_an_answer(name, load_event, lambda_context, decode_body) -> None:
    response = app.lambda_handler(load_event(name), lambda_context)
    if "unknown" in name:
        assert response["statusCode"] == 400
        assert "A4, Letter" in decode_body(response)["message"]
        return
    assert response["statusCode"] == 200
    body = decode_body(response)
    if "verify" in name:
        assert body["readback"]["score"] == 1.0
        assert body["readback"]["broken_phrases"] == []
        assert body["paper"] == "Letter"
        assert base64.b64decode(body["docx_base64"]).startswith(b"PK")
    else:
        assert response["isBase64Encoded"] is True
        assert response["headers"]["Content-Type"] == MEDIA_TYPE
        assert response["headers"]["Content-Disposition"] == 'attachment; filename="resume.docx"'
        assert docx.Document(io.BytesIO(body)).paragraphs[0].text == "Dr. Lena Vasquez"


def test_second_call_hits_the_cache(load_event, lambda_context) -> None:
    event = load_event("docx-a4")
    first = app.lambda_handler(event, lambda_context)
    second = app.lambda_handler(event, lambda_context)
    assert (first["headers"]["X-Cache"], second["headers"]["X-Cache"]) == ("miss", "hit")
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
    response = app.lambda_handler(with_body(load_event("docx-a4"), body), lambda_context)
    assert response["statusCode"] == status
    assert fragment in decode_body(response)["message"]


_TEXT = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=40) | st.sampled_from(
    ["<w:t>", "]]>", "&amp;", "\x0b\x0c", "\ufffe", "javascript:alert(1)", "**a", "[x](https://e.com)"]
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=_TEXT, position=_TEXT, highlight=_TEXT, url=_TEXT)
def test_any_text_is_a_docx_or_a_clear_4xx(load_event, lambda_context, name, position, highlight, url) -> None:
    resume = {"basics": {"name": name}, "work": [{"name": name, "position": position, "highlights": [highlight]}]}
    resume["work"][0]["url"] = url
    response = app.lambda_handler(with_body(load_event("docx-a4"), {"resume": resume}), lambda_context)
    assert response["statusCode"] in (200, 400)
    if response["statusCode"] == 200:
        extract_text(base64.b64decode(response["body"]))  # python-docx opens it


def test_autofix_answers_docx_base64() -> None:
    result = run_autofix(load("new-grad"), formats=["docx"], settings=Settings.from_env({}))
    assert result.docx is not None
    body = result.to_dict()
    text = extract_text(base64.b64decode(body["docx_base64"]))
    assert result.resume["basics"]["name"] in text
    assert "docx" in body["timings_ms"]
    assert "pdf_base64" not in body


def test_the_state_machine_answer_gets_its_docx_at_the_edge() -> None:
    # the ASL has no DOCX state: the edge makes it from the fixed resume (through the DOCX cache)
    from resume_autofix.workflow.outputs import resolve_outputs  # noqa: PLC0415

    resume = load("new-grad")
    answer = resolve_outputs({"status": "success", "resume": resume}, "compact", ("docx",))
    assert resume["basics"]["name"] in extract_text(base64.b64decode(answer["docx_base64"]))
    assert "docx_base64" not in resolve_outputs({"status": "success", "resume": resume}, "compact")
