"""POST /api/analyze through the real handler with the event files in events/."""

from __future__ import annotations

import json

import pytest

from functions.fix import app
from resume_autofix.cache import cache_manager


@pytest.fixture(autouse=True)
def _fresh_cache() -> None:
    cache_manager.clear_all()


def call(load_event, lambda_context, name: str) -> tuple[int, dict]:
    response = app.lambda_handler(load_event(name), lambda_context)
    return response["statusCode"], json.loads(response["body"])


def test_analyze_with_job(load_event, lambda_context) -> None:
    status, body = call(load_event, lambda_context, "fix-analyze")
    assert status == 200
    assert body["status"] == "success"
    analysis = body["analysis"]
    assert 0 <= analysis["score"] <= 100
    assert {p["id"] for p in analysis["parts"]} >= {"keywords", "contact", "dates"}
    assert analysis["keywords"]["job_title"] == "Senior Backend Engineer"
    assert any(m["keyword"] == "Python" for m in analysis["keywords"]["matched"])


def test_analyze_is_cached_and_identical(load_event, lambda_context) -> None:
    _, first = call(load_event, lambda_context, "fix-analyze")
    _, second = call(load_event, lambda_context, "fix-analyze")
    assert first == second
    assert cache_manager.get_general_cache().stats()["hits"] >= 1


@pytest.mark.parametrize("name", ["fix-analyze-no-job", "fix-analyze-job-document"])
def test_analyze_other_shapes(load_event, lambda_context, name: str) -> None:
    status, body = call(load_event, lambda_context, name)
    assert status == 200
    assert body["analysis"]["parts"]


def test_invalid_resume_names_the_path(load_event, lambda_context) -> None:
    status, body = call(load_event, lambda_context, "fix-analyze-invalid-resume")
    assert status == 400
    assert body["status"] == "error"
    assert "/basics/website" in body["message"]
    assert {d["path"] for d in body["details"]} == {"/basics/website", "/basics/email"}


def test_not_json_is_400(load_event, lambda_context) -> None:
    status, body = call(load_event, lambda_context, "fix-analyze-not-json")
    assert status == 400
    assert "not valid JSON" in body["message"]


def test_missing_resume_is_400(load_event, lambda_context) -> None:
    event = load_event("fix-analyze")
    event["body"] = json.dumps({"job_description": "x"})
    response = app.lambda_handler(event, lambda_context)
    assert response["statusCode"] == 400
    assert json.loads(response["body"])["details"] == {"path": "/resume"}
