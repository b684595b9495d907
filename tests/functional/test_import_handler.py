"""The import Lambda on its event files: raw bodies (base64 from API Gateway), the JSON form, 4xx, the cache."""

from __future__ import annotations

import base64
import copy
import importlib
import json
from pathlib import Path

import pytest

app = importlib.import_module("functions.import.app")  # "import" is a keyword: the folder the template names

EVENTS = sorted(p.stem for p in (Path(__file__).resolve().parents[2] / "events").glob("import-*.json"))


@pytest.mark.parametrize("name", EVENTS)
def test_every_import_event_gets_an_answer(name, load_event, lambda_context, decode_body) -> None:
    response = app.lambda_handler(load_event(name), lambda_context)
    body = decode_body(response)
    if "scanned" in name:
        assert response["statusCode"] == 422
        assert body["message"] == "This PDF has no text: export it from your editor, or run OCR first"
        return
    if "not-a-pdf" in name:
        assert response["statusCode"] == 415
        assert body["status"] == "error"
        return
    assert response["statusCode"] == 200, body
    assert body["status"] == "success"
    assert set(body) == {"status", "resume", "warnings", "confidence"}
    assert body["resume"]["basics"]["name"]
    assert isinstance(body["confidence"], dict)


def test_same_file_twice_is_a_cache_hit(load_event, lambda_context, decode_body) -> None:
    event = load_event("import-pdf")
    first = app.lambda_handler(event, lambda_context)
    second = app.lambda_handler(copy.deepcopy(event), lambda_context)
    assert second["headers"]["X-Cache"] == "hit"
    assert decode_body(first)["resume"] == decode_body(second)["resume"]


@pytest.mark.parametrize(
    ("body", "status", "words"),
    [
        ("", 400, "no file"),
        (json.dumps({"filename": "cv.pdf"}), 400, "content_base64"),
        (json.dumps({"filename": "cv.pdf", "content_base64": "***"}), 400, "not valid base64"),
        (json.dumps({"filename": "cv.pdf", "content_base64": ""}), 400, "empty"),
        ("{not json", 400, "not valid JSON"),
    ],
)
def test_bad_json_uploads(body, status, words, load_event, lambda_context, decode_body) -> None:
    event = load_event("import-json-base64")
    event["body"] = body
    response = app.lambda_handler(event, lambda_context)
    assert response["statusCode"] == status
    assert words in decode_body(response)["message"]


def test_text_body_not_base64_is_read_as_sent(load_event, lambda_context, decode_body) -> None:
    event = load_event("import-text")
    assert event["isBase64Encoded"] is False
    event["body"] = base64.b64encode(event["body"].encode()).decode()
    event["isBase64Encoded"] = True
    response = app.lambda_handler(event, lambda_context)
    assert response["statusCode"] == 200
    assert decode_body(response)["resume"]["basics"]["name"]
