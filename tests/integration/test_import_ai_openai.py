"""AI structuring of an import through an OpenAI-compatible endpoint (a real HTTP server on loopback), end to end:
``import_resume``, ``POST /api/import`` (JSON field and query flag) and ``resume-autofix import --ai``."""

from __future__ import annotations

import base64
import importlib
import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from resume_autofix.ai import LocalRulesProvider
from resume_autofix.ai.openai import OpenAIProvider
from resume_autofix.ai.structure import import_structured
from resume_autofix.cli.app import main
from resume_autofix.config import Settings, get_settings
from resume_autofix.fixes import FIX_RULES
from resume_autofix.importer import import_resume, invented
from tests.fake_chat import FakeChatServer, fake_chat_server
from tests.functional.conftest import body_of

app = importlib.import_module("functions.import.app")

DATA = Path(__file__).resolve().parents[1] / "data" / "ai-structure"
TEXT = (DATA / "resume.txt").read_bytes()
ANSWER: dict[str, Any] = json.loads((DATA / "answer.json").read_text())


@pytest.fixture
def server() -> Iterator[FakeChatServer]:
    with fake_chat_server(ANSWER) as httpd:
        yield httpd


def _url(server: FakeChatServer) -> str:
    return server.url


def _provider(server: Any, timeout: float = 5.0) -> OpenAIProvider:
    return OpenAIProvider(_url(server), "local-model", timeout=timeout, fallback=LocalRulesProvider(FIX_RULES))


def test_a_good_answer_is_used(server: Any) -> None:
    provider = _provider(server)
    result = import_structured(TEXT, "cv.txt", model=provider)
    assert result.structured_by == "openai"
    assert result.resume["work"][0]["name"] == "R.O.K Cyber Command, MND"
    assert invented(result.resume, result.source_text) == []
    assert len(server.requests) == 1
    sent = server.requests[0]["body"]
    assert sent["temperature"] == 0
    assert [m["role"] for m in sent["messages"]] == ["system", "user"]
    assert "R.O.K Cyber Command, MND" in sent["messages"][1]["content"]


def test_an_invented_employer_is_dropped(server: Any) -> None:
    server.answer = {**ANSWER, "work": [*ANSWER["work"], {"name": "Google", "position": "Developer"}]}
    result = import_structured(TEXT, "cv.txt", model=_provider(server))
    assert result.structured_by == "openai"
    assert "Google" not in json.dumps(result.resume)
    assert any(w.startswith("AI structuring: left out 1 values") for w in result.warnings)


def test_garbage_falls_back_to_the_rules_in_one_call(server: Any) -> None:
    server.answer = "I cannot help with that."
    result = import_structured(TEXT, "cv.txt", model=_provider(server))
    assert len(server.requests) == 1  # no retry: exactly one call per import
    assert result.structured_by == "rules"
    assert result.resume == import_resume(TEXT, "cv.txt").resume
    assert any("not valid JSON Resume" in w for w in result.warnings)


def test_a_timeout_falls_back_to_the_rules(server: Any) -> None:
    server.answer = "sleep"
    started = time.perf_counter()
    result = import_structured(TEXT, "cv.txt", model=_provider(server, timeout=0.3))
    assert time.perf_counter() - started < 1.4  # the import did not wait for the answer
    assert result.structured_by == "rules"
    assert any("could not be reached (timed out)" in w for w in result.warnings)


def test_a_cached_second_import_makes_no_call(server: Any) -> None:
    provider = _provider(server)
    first = import_structured(TEXT, "cv.txt", model=provider)
    second = import_structured(TEXT, "cv.txt", model=_provider(server))
    assert len(server.requests) == 1
    assert second.resume == first.resume


def _event(load_event: Any, body: dict[str, Any], query: dict[str, str] | None = None) -> dict[str, Any]:
    event = load_event("import-json-base64")
    event["body"] = json.dumps(body)
    event["isBase64Encoded"] = False
    event["queryStringParameters"] = query
    return event


@pytest.mark.parametrize("how", ["field", "query"])
def test_the_api_structures_when_asked(
    how: str, server: Any, load_event: Any, lambda_context: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(app, "settings", Settings(ai_provider="openai", openai_base_url=_url(server)))
    body = {"filename": "cv.txt", "content_base64": base64.b64encode(TEXT).decode()}
    if how == "field":
        event = _event(load_event, {**body, "ai_structure": True})
    else:
        event = _event(load_event, body, {"ai_structure": "true"})
    response = app.lambda_handler(event, lambda_context)
    answer = body_of(response)
    assert response["statusCode"] == 200, answer
    assert answer["structured_by"] == "openai"
    assert answer["resume"]["education"][0]["institution"] == "University of California, Los Angeles"
    assert len(server.requests) == 1


def test_the_api_without_the_flag_or_with_a_broken_model_never_fails(
    server: Any, load_event: Any, lambda_context: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(app, "settings", Settings(ai_provider="openai", openai_base_url=_url(server)))
    body = {"filename": "cv.txt", "content_base64": base64.b64encode(TEXT).decode()}
    plain = body_of(app.lambda_handler(_event(load_event, body), lambda_context))
    assert "structured_by" not in plain
    assert server.requests == []
    server.answer = "{broken"
    response = app.lambda_handler(_event(load_event, {**body, "ai_structure": True}), lambda_context)
    answer = body_of(response)
    assert response["statusCode"] == 200
    assert answer["structured_by"] == "rules"
    assert answer["resume"] == plain["resume"]
    bad = app.lambda_handler(_event(load_event, {**body, "ai_structure": "yes"}), lambda_context)
    assert bad["statusCode"] == 400
    assert "ai_structure" in body_of(bad)["message"]


@pytest.fixture
def _fresh_settings() -> Iterator[None]:
    """The CLI reads its settings from the environment once per process: read them again, and after."""
    get_settings.cache_clear()
    yield
    get_settings.cache_clear()


@pytest.mark.usefixtures("_fresh_settings")
def test_the_cli_import_ai_flag(
    server: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "cv.txt"
    source.write_bytes(TEXT)
    monkeypatch.setenv("AI_PROVIDER", "openai")
    monkeypatch.setenv("OPENAI_BASE_URL", _url(server))
    assert main(["import", str(source), "--ai"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["work"][0]["position"] == "Security Engineer"
    assert len(server.requests) == 1
    monkeypatch.setenv("AI_PROVIDER", "local")
    get_settings.cache_clear()
    assert main(["import", str(source), "--ai"]) == 0
    assert "no model" in capsys.readouterr().err
    assert len(server.requests) == 1
