"""The local workflow on a fake domain: stages, parallel jobs, the answer shape, failures, action-by-action parity."""

from __future__ import annotations

import json

import pytest

from resume_autofix.config import Settings
from resume_autofix.exceptions import InvalidInputError
from resume_autofix.workflow import (
    AutofixResult,
    StepFailedError,
    build_request,
    handle_action,
    is_action_event,
    run_autofix,
)
from tests.unit.workflow.workflow_fakes import FakeDomain, overlapped

SETTINGS = Settings.from_env({"BATCH_MAX_WORKERS": "4"})


@pytest.fixture
def resume(corpus) -> dict:
    return json.loads((corpus / "resumes" / "jsonresume-sample.json").read_text(encoding="utf-8"))


def drive_actions(request: dict, settings: Settings = SETTINGS) -> dict:
    """What the ASL does, action by action (sequentially): the parity reference for the local runner."""
    state = handle_action({"action": "analyze", "request": request, "max_concurrency": 4}, settings)
    while state["plan"]["stages"]:
        outputs = [
            handle_action(
                {
                    "action": "apply",
                    "job": job,
                    "stage": state["plan"]["stage"],
                    "resume": state["answer"]["resume"],
                    "analysis": state["answer"]["analysis_before"],
                    "job_description": state["plan"]["job_description"],
                },
                settings,
            )
            for job in state["plan"]["stages"][0]
        ]
        state = handle_action({"action": "merge", "state": {**state, "proposals": outputs}}, settings)
    return state["answer"]


def without_timings(answer: dict) -> dict:
    return {k: v for k, v in answer.items() if k != "timings_ms"}


def test_run_autofix_runs_the_stages_and_answers_in_the_documented_shape(monkeypatch, resume):
    # GIVEN a domain whose stage-1 jobs (the AI job and the dates job) must run at the same time to finish
    fake = FakeDomain(gate_parties=2).install(monkeypatch)

    # WHEN the default fixes run
    result = run_autofix(resume, "Senior Python engineer", settings=SETTINGS)

    # THEN both stage-1 jobs overlapped, stage 2 ran after them, and the answer has every documented key
    assert overlapped(fake.spans, "spelling+verbs", "dates")
    fmt = next(s for s in fake.spans if s[0] == "format")
    assert all(end <= fmt[1] for name, _, end in fake.spans if name != "format")
    body = result.to_dict()
    assert set(body) == {
        "status",
        "analysis_before",
        "analysis_after",
        "resume",
        "applied",
        "rejected",
        "ai_calls",
        "timings_ms",
    }
    assert body["status"] == "success"
    assert body["ai_calls"] == 1  # spelling and verbs went out as one call
    assert [a["fix"] for a in body["applied"]] == ["dates", "spelling", "verbs", "format"]
    assert body["analysis_after"]["fixed"] == ["x_dates", "x_format", "x_spelling", "x_verbs"]
    assert body["analysis_before"]["fixed"] == []
    assert body["resume"]["x_format"] == "format after score 50"  # stage 2 got the analysis of the input
    assert {
        "analyze",
        "apply:1:spelling+verbs",
        "apply:1:dates",
        "merge:1",
        "apply:2:format",
        "merge:2",
        "analyze_after",
        "total",
    } <= set(body["timings_ms"])
    assert body["analysis_before"]["job"] == "Senior Python engine"


def test_the_local_runner_equals_the_action_by_action_run(monkeypatch, resume):
    FakeDomain().install(monkeypatch)
    request = build_request(resume, "Data analyst", fixes=["dates", "spelling", "format"]).to_payload()
    local = run_autofix(resume, "Data analyst", fixes=["dates", "spelling", "format"], settings=SETTINGS).to_dict()
    assert without_timings(local) == without_timings(drive_actions(request))


def test_no_fixes_means_no_stages_and_the_same_analysis(monkeypatch, resume):
    fake = FakeDomain().install(monkeypatch)
    body = run_autofix(resume, fixes=[], settings=SETTINGS).to_dict()
    assert body["analysis_after"] == body["analysis_before"]
    assert body["applied"] == []
    assert body["ai_calls"] == 0
    assert fake.analyses == 1


def test_a_failing_job_fails_the_run_with_a_message_naming_the_step_and_error(monkeypatch, resume):
    FakeDomain().install(monkeypatch)
    with pytest.raises(StepFailedError) as info:
        run_autofix(resume, fixes=["spelling", "explode"], settings=SETTINGS)
    assert info.value.message == "Apply failed: ValueError: exploded on purpose"
    assert info.value.status == 502
    assert info.value.details["step"] == "Apply"
    assert info.value.details["details"]["failed"][0]["error"] == "ValueError"


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"formats": ["docx"]}, "formats"),
        ({"formats": "pdf"}, "formats"),
        ({"fixes": "spelling"}, "fixes"),
        ({"fixes": [1]}, "fixes"),
        ({"fixes": 5}, "fixes"),
        ({"fixes": {"spelling": True}}, "fixes"),
        ({"formats": 5}, "formats"),
        ({"formats": {"html": True}}, "formats"),
        ({"template_id": 3}, "template_id"),
    ],
)
def test_bad_request_fields_are_400s_naming_the_field(monkeypatch, resume, kwargs, field):
    FakeDomain().install(monkeypatch)
    with pytest.raises(InvalidInputError) as info:
        build_request(resume, **kwargs)
    assert info.value.status == 400
    assert info.value.details["field"] == field


def test_unknown_fix_ids_are_rejected_before_any_work(monkeypatch, resume):
    fake = FakeDomain().install(monkeypatch)
    with pytest.raises(InvalidInputError, match="Unknown fix type"):
        run_autofix(resume, fixes=["spelling", "teleport"], settings=SETTINGS)
    assert fake.analyses == 0


def test_unknown_action_is_rejected():
    with pytest.raises(InvalidInputError, match="Unknown action 'dance'"):
        handle_action({"action": "dance"}, SETTINGS)


def test_is_action_event_tells_task_events_from_api_events():
    assert is_action_event({"action": "merge", "state": {}})
    assert not is_action_event({"action": "merge", "requestContext": {}})
    assert not is_action_event({"version": "2.0", "rawPath": "/api/autofix"})


def test_failed_execution_is_decoded_into_step_type_and_message():
    err = StepFailedError.from_execution(
        "ValueError", 'Apply failed: {"errorType":"ValueError","errorMessage":"bad job"}'
    )
    assert err.message == "Apply failed: ValueError: bad job"
    assert err.status == 502
    err = StepFailedError.from_execution(
        "InvalidResumeError", 'Analyze failed: {"errorType":"InvalidResumeError","errorMessage":"x"}'
    )
    assert err.status == 400  # a project 4xx stays a 4xx
    err = StepFailedError.from_execution("States.Timeout", "Merge failed: Task timed out")
    assert err.message == "Merge failed: States.Timeout: Task timed out"


def test_result_round_trips_through_its_answer(monkeypatch, resume):
    FakeDomain().install(monkeypatch)
    result = run_autofix(resume, fixes=["dates"], settings=SETTINGS)
    result.pdf = b"%PDF-1.7 fake"
    again = AutofixResult.from_answer(result.to_dict())
    assert again == result
