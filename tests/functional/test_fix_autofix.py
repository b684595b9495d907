"""POST /api/autofix's service: in-process and state machine modes give one answer; duplicates run once."""

from __future__ import annotations

import json
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

from functions.fix import app
from resume_autofix.batch import domain
from resume_autofix.config import Settings
from resume_autofix.exceptions import InvalidInputError
from resume_autofix.idempotency import IdempotentRunner
from resume_autofix.workflow import AutofixService
from tests.integration.test_statemachine import action_handler, state_machine
from tests.moto_threads import rerun_on_moto_fault


def body_for(corpus, formats=()) -> dict:
    return {
        "resume": json.loads((corpus / "resumes" / "career-changer.json").read_text(encoding="utf-8")),
        "job_description": (corpus / "jobs" / "business-marketing-manager.txt").read_text(encoding="utf-8"),
        "formats": list(formats),
    }


def strip(answer: dict) -> dict:
    return {k: v for k, v in answer.items() if k != "timings_ms"}


def count_analyses(monkeypatch) -> list[int]:
    calls: list[int] = []
    lock = threading.Lock()
    real = domain.analyze

    def counting(resume, job_description=None):
        with lock:
            calls.append(1)
        return real(resume, job_description)

    monkeypatch.setattr(domain, "analyze", counting)
    return calls


@rerun_on_moto_fault
def test_in_process_and_state_machine_modes_answer_the_same(monkeypatch, corpus):
    body = body_for(corpus, formats=["html"])
    local = AutofixService(Settings.from_env({})).handle(body)
    assert local["status"] == "success"
    assert "html" in local
    with state_machine(monkeypatch, action_handler) as (client, arn):
        remote = AutofixService(Settings.from_env({}, state_machine_arn=arn), sfn_client=client).handle(body)
    assert strip(remote) == strip(local)


@pytest.mark.memcached
def test_concurrent_identical_requests_run_the_analysis_once(monkeypatch, corpus, memcached):
    analyses = count_analyses(monkeypatch)
    settings = Settings.from_env({"MEMCACHED_ENDPOINTS": memcached.endpoint})
    services = [AutofixService(settings, runner=IdempotentRunner.from_settings(settings)) for _ in range(10)]
    body = body_for(corpus)
    with ThreadPoolExecutor(10) as pool:
        answers = list(pool.map(lambda s: s.handle(body), services))
    assert len(analyses) == 2  # before and after the fixes, of the one run
    assert all(a == answers[0] for a in answers)


@pytest.mark.parametrize(
    ("body", "fragment"),
    [
        ({}, "resume"),
        ({"resume": {}, "formats": ["odt"]}, "odt"),
        ({"resume": {}, "fixes": ["teleport"]}, "teleport"),
    ],
)
def test_bad_bodies_are_400s(body, fragment):
    with pytest.raises(InvalidInputError) as info:
        AutofixService(Settings.from_env({})).handle(body)
    assert info.value.status == 400
    assert fragment in info.value.message


def test_the_handler_answers_post_autofix_from_the_event(load_event, lambda_context, monkeypatch):
    monkeypatch.setattr(app, "autofix_service", AutofixService(Settings.from_env({})))
    response = app.lambda_handler(load_event("fix-autofix"), lambda_context)
    assert response["statusCode"] == 200
    answer = json.loads(response["body"])
    assert answer["status"] == "success"
    assert answer["ai_calls"] == 1
    assert answer["html"].lstrip().lower().startswith("<!doctype html")
    assert {"analysis_before", "analysis_after", "resume", "applied", "rejected", "timings_ms"} <= set(answer)


def test_the_handler_answers_a_bad_autofix_body_with_400(load_event, lambda_context):
    event = load_event("fix-autofix")
    event["body"] = json.dumps({"resume": {}, "formats": ["odt"]})
    response = app.lambda_handler(event, lambda_context)
    assert response["statusCode"] == 400
    assert json.loads(response["body"])["status"] == "error"
