"""statemachine/autofix.asl.json executed by moto's Step Functions interpreter, with the fix Lambda in-process.

moto's lambda-simple backend (``"lambda": {"use_docker": False}``) normally echoes; here its ``invoke`` is routed
to the real handler, so every Task of the ASL runs our code. moto has no StartSyncExecution: the runs go through
``workflow.sfn.start_and_wait`` (StartExecution + DescribeExecution polling), the one function swapped for tests.
"""

from __future__ import annotations

import json
import re
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import boto3
import pytest
from moto import mock_aws
from moto.awslambda_simple.models import LambdaSimpleBackend
from statelint.linter import Linter

from functions.fix import app
from resume_autofix.config import Settings
from resume_autofix.workflow import StepFailedError, build_request, handle_action, run_autofix, run_state_machine, sfn
from tests.moto_threads import rerun_on_moto_fault, serialise_moto
from tests.unit.workflow.workflow_fakes import FakeDomain, overlapped

ASL = Path(__file__).resolve().parents[2] / "statemachine" / "autofix.asl.json"
REGION = "us-east-1"
FIX_ARN = "arn:aws:lambda:us-east-1:123456789012:function:resume-autofix-fix"
SUBSTITUTIONS = {"FixFunctionArn": FIX_ARN, "BatchMaxWorkers": "4"}
SETTINGS = Settings.from_env({"BATCH_MAX_WORKERS": "4"})

Handler = Callable[[dict[str, Any], Any], Any]


def definition(substitutions: dict[str, str]) -> str:
    text = ASL.read_text(encoding="utf-8")
    for name, value in substitutions.items():
        text = text.replace("${" + name + "}", value)
    return text


@contextmanager
def state_machine(monkeypatch: pytest.MonkeyPatch, handler: Handler) -> Iterator[tuple[Any, str]]:
    """A moto state machine from the ASL whose Lambda tasks call ``handler`` in-process (Lambda's error shape)."""

    def invoke(self, function_name, qualifier, body, headers, response_headers):
        assert function_name == FIX_ARN
        try:
            return json.dumps(handler(json.loads(body), None)).encode()
        except Exception as exc:  # what the Lambda runtime does with an unhandled error
            response_headers["x-amz-function-error"] = "Unhandled"
            return json.dumps(
                {
                    "errorType": type(exc).__name__,
                    "errorMessage": getattr(exc, "message", str(exc)),
                    "stackTrace": traceback.format_tb(exc.__traceback__),
                }
            ).encode()

    monkeypatch.setattr(LambdaSimpleBackend, "invoke", invoke)
    monkeypatch.setattr(sfn, "execute", sfn.start_and_wait)
    serialise_moto(monkeypatch)  # the Map's fix branches run in moto's threads
    with mock_aws(config={"stepfunctions": {"execute_state_machine": True}, "lambda": {"use_docker": False}}):
        client = boto3.client("stepfunctions", region_name=REGION)
        arn = client.create_state_machine(
            name="resume-autofix-autofix",
            definition=definition(SUBSTITUTIONS),
            type="EXPRESS",
            roleArn="arn:aws:iam::123456789012:role/autofix-sfn",
        )["stateMachineArn"]
        yield client, arn


def action_handler(event: dict[str, Any], context: Any) -> Any:
    return handle_action(event, SETTINGS)


def without_timings(answer: dict) -> dict:
    return {k: v for k, v in answer.items() if k != "timings_ms"}


# -- the definition itself -----------------------------------------------------------------------------------------
def test_statelint_finds_no_problem_raw_and_substituted():
    assert Linter.validate(ASL.read_text(encoding="utf-8")) == []
    assert Linter.validate(definition(SUBSTITUTIONS)) == []


def test_every_arn_is_a_substitution_and_every_task_retries_lambda_errors():
    text = ASL.read_text(encoding="utf-8")
    assert set(re.findall(r"\$\{(\w+)\}", text)) == {"FixFunctionArn", "BatchMaxWorkers"}
    assert not re.search(r'"arn:aws:(lambda|states):[^:"]+:\d', text)  # no inline resource ARN
    doc = json.loads(text)
    tasks = [s for s in doc["States"].values() if s["Type"] == "Task"]
    tasks += list(doc["States"]["ApplyStage"]["ItemProcessor"]["States"].values())
    assert len(tasks) == 5
    for task in tasks:
        assert task["Parameters"]["FunctionName"] == "${FixFunctionArn}"
        assert "Lambda.TooManyRequestsException" in task["Retry"][0]["ErrorEquals"]
        assert task["Retry"][0]["BackoffRate"] > 1


# -- executions on the fake domain (the orchestration alone) --------------------------------------------------------
@rerun_on_moto_fault
def test_state_machine_output_equals_the_local_run(monkeypatch, corpus):
    FakeDomain().install(monkeypatch)
    resume = json.loads((corpus / "resumes" / "new-grad.json").read_text(encoding="utf-8"))
    request = build_request(resume, "Backend engineer", fixes=["spelling", "verbs", "dates", "format"])
    local = run_autofix(
        resume, "Backend engineer", fixes=["spelling", "verbs", "dates", "format"], settings=SETTINGS
    ).to_dict()
    with state_machine(monkeypatch, action_handler) as (client, arn):
        remote = run_state_machine(request, arn, client)
    assert without_timings(remote) == without_timings(local)
    assert remote["ai_calls"] == 1
    assert {"analyze", "apply:1:spelling+verbs", "merge:2", "total"} <= set(remote["timings_ms"])


@rerun_on_moto_fault
def test_map_iterations_really_run_concurrently(monkeypatch, corpus):
    # GIVEN two stage-1 jobs (the AI job, the dates job) that can only finish once both are running at once
    fake = FakeDomain(gate_parties=2, gate_timeout=20).install(monkeypatch)
    resume = json.loads((corpus / "resumes" / "career-changer.json").read_text(encoding="utf-8"))
    request = build_request(resume, fixes=["spelling", "verbs", "dates"])
    with state_machine(monkeypatch, action_handler) as (client, arn):
        answer = run_state_machine(request, arn, client)
    # THEN the Map's iterations overlapped in time
    assert overlapped(fake.spans, "spelling+verbs", "dates")
    assert answer["status"] == "success"


@rerun_on_moto_fault
def test_a_failing_iteration_fails_the_execution_with_a_clear_error(monkeypatch, corpus):
    FakeDomain().install(monkeypatch)
    resume = json.loads((corpus / "resumes" / "new-grad.json").read_text(encoding="utf-8"))
    request = build_request(resume, fixes=["dates", "explode"])
    with state_machine(monkeypatch, action_handler) as (client, arn), pytest.raises(StepFailedError) as info:
        run_state_machine(request, arn, client)
    assert info.value.message == "Apply failed: ValueError: exploded on purpose"
    assert info.value.details["step"] == "Apply"
    assert info.value.status == 502


@rerun_on_moto_fault
def test_no_fix_stages_goes_straight_to_the_answer(monkeypatch, corpus):
    FakeDomain().install(monkeypatch)
    resume = json.loads((corpus / "resumes" / "new-grad.json").read_text(encoding="utf-8"))
    with state_machine(monkeypatch, action_handler) as (client, arn):
        answer = run_state_machine(build_request(resume, fixes=[]), arn, client)
    assert answer["analysis_after"] == answer["analysis_before"]
    assert answer["applied"] == []


# -- executions on the real domain core ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("resume_name", "job_name", "formats"),
    [("jsonresume-sample.json", "backend-eng.txt", ["html", "pdf"]), ("fresh-jane-fullstacker.json", None, [])],
)
@rerun_on_moto_fault
def test_corpus_output_equals_run_autofix(monkeypatch, corpus, resume_name, job_name, formats):
    resume = json.loads((corpus / "resumes" / resume_name).read_text(encoding="utf-8"))
    jd = (corpus / "jobs" / job_name).read_text(encoding="utf-8") if job_name else None
    local = run_autofix(resume, jd, formats=formats, settings=SETTINGS).to_dict()
    with state_machine(monkeypatch, action_handler) as (client, arn):
        remote = run_state_machine(build_request(resume, jd, formats=formats), arn, client)
    assert without_timings(remote) == without_timings(local)
    assert remote["ai_calls"] == 1
    assert ("pdf_base64" in remote) == ("pdf" in formats)


@rerun_on_moto_fault
def test_the_real_fix_handler_serves_the_task_actions(monkeypatch, corpus, lambda_context):
    resume = json.loads((corpus / "resumes" / "new-grad.json").read_text(encoding="utf-8"))
    local = run_autofix(resume, settings=SETTINGS).to_dict()
    with state_machine(monkeypatch, lambda event, _ctx: app.lambda_handler(event, lambda_context)) as (client, arn):
        remote = run_state_machine(build_request(resume), arn, client)
    assert without_timings(remote) == without_timings(local)
