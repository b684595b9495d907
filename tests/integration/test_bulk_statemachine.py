"""statemachine/bulk.asl.json executed by moto's Step Functions interpreter, the bulk Lambda in-process, S3 in moto.

moto runs a Distributed Map in a STANDARD machine with an S3 getObject JSON manifest as its ItemReader, but its
ASL parser does not know ``ItemBatcher`` (moto 5.2.5). The test definition therefore replaces the ItemBatcher by
an ``ItemSelector`` that builds the very event an ItemBatcher batch of one item is (``{"BatchInput": ...,
"Items": [item]}``) — everything else (reader, processor, ResultWriter, the summary step) runs as written.
Batches of several items are covered by the handler's own test with events/batch-process.json.

moto runs the Map's iterations in threads; the parts of moto that are not thread-safe run one at a time
(``tests.moto_threads``), and a Python exception moto turns into a bare States.Runtime failure is recorded with
its traceback and shown when a run's counts are off. The handlers themselves run concurrently here, as they do
in the local API: Powertools' process-wide metric set
is made thread-safe by ``resume_autofix.http.metrics`` (unguarded, a flush racing an add failed 2 of 1,000
batches under CI load).
"""

from __future__ import annotations

import json
import logging
import time
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import boto3
import pytest
from moto import mock_aws
from moto.awslambda_simple.models import LambdaSimpleBackend

from functions.bulk import app as bulk_app
from functions.bulk_api import app as bulk_api_app
from resume_autofix.bulk.settings import BulkSettings
from tests.conftest import LambdaContext
from tests.moto_threads import RUNTIME_ERRORS, rerun_on_moto_fault, serialise_moto

ROOT = Path(__file__).resolve().parents[2]
ASL = ROOT / "statemachine" / "bulk.asl.json"
REGION = "us-east-1"
BULK_ARN = "arn:aws:lambda:us-east-1:123456789012:function:resume-autofix-bulk"
INPUT_BUCKET, RESULTS_BUCKET = "autofix-bulk-input", "autofix-bulk-results"
SUBSTITUTIONS = {"BulkFunctionArn": BULK_ARN, "InputBucketName": INPUT_BUCKET, "ResultsBucketName": RESULTS_BUCKET}
MAP_WORKERS = "moto.stepfunctions.parser.asl.component.state.exec.state_map"
JOB = "Backend engineer. Requirements: Python, SQL and Docker; Kubernetes is a plus."

Handler = Callable[[dict[str, Any], Any], Any]


def moto_definition() -> str:
    text = ASL.read_text(encoding="utf-8")
    for name, value in SUBSTITUTIONS.items():
        text = text.replace("${" + name + "}", value)
    doc = json.loads(text)
    state = doc["States"]["ProcessInputs"]
    batcher = state.pop("ItemBatcher")
    state["ItemSelector"] = {"BatchInput": batcher["BatchInput"], "Items.$": "States.Array($$.Map.Item.Value)"}
    return json.dumps(doc)


def small_resume(i: int) -> dict[str, Any]:
    skills = ["Python", "SQL", "Docker", "Go", "Kubernetes", "Terraform"]
    return {
        "basics": {"name": f"Candidate {i}", "email": f"c{i}@example.com", "summary": "Backend engineer."},
        "work": [
            {
                "name": f"Company {i % 17}",
                "position": "Engineer",
                "startDate": f"20{10 + i % 10}-01",
                "highlights": [f"Built {i % 7 + 2} services in {skills[i % 6]} serving {i + 10} teams"],
            }
        ],
        "skills": [{"name": "Backend", "keywords": skills[: 1 + i % 6]}],
    }


@contextmanager
def bulk_stack(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Any, Any, str]]:
    """moto S3 buckets, the Bulk machine from the ASL, and its Lambda tasks served by functions/bulk in-process."""
    settings = BulkSettings(input_bucket=INPUT_BUCKET, results_bucket=RESULTS_BUCKET)
    monkeypatch.setattr(bulk_app, "settings", settings)
    monkeypatch.setenv("AWS_DEFAULT_REGION", REGION)  # the handlers build their clients as Lambda does: no region

    def invoke(self, function_name, qualifier, body, headers, response_headers):
        assert function_name == BULK_ARN
        try:
            return json.dumps(bulk_app.lambda_handler(json.loads(body), LambdaContext())).encode()
        except Exception as exc:  # the Lambda runtime's shape for an unhandled error
            response_headers["x-amz-function-error"] = "Unhandled"
            return json.dumps(
                {
                    "errorType": type(exc).__name__,
                    "errorMessage": str(exc),
                    "stackTrace": traceback.format_tb(exc.__traceback__),
                }
            ).encode()

    monkeypatch.setattr(LambdaSimpleBackend, "invoke", invoke)
    serialise_moto(monkeypatch)
    config = {"stepfunctions": {"execute_state_machine": True}, "lambda": {"use_docker": False}}
    with mock_aws(config=config):
        bulk_app.s3.cache_clear()
        s3 = boto3.client("s3", region_name=REGION)
        for bucket in (INPUT_BUCKET, RESULTS_BUCKET):
            s3.create_bucket(Bucket=bucket)
        sfn = boto3.client("stepfunctions", region_name=REGION)
        arn = sfn.create_state_machine(
            name="resume-autofix-bulk",
            definition=moto_definition(),
            type="STANDARD",
            roleArn="arn:aws:iam::123456789012:role/bulk-sfn",
        )["stateMachineArn"]
        try:
            yield s3, sfn, arn
        finally:
            bulk_app.s3.cache_clear()


def wait_done(sfn: Any, execution_arn: str, timeout: float = 600) -> dict[str, Any]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        described = sfn.describe_execution(executionArn=execution_arn)
        if described["status"] != "RUNNING":
            return described
        time.sleep(0.1)
    raise AssertionError("the bulk execution did not finish")


def upload_inputs(s3: Any, n: int) -> list[str]:
    keys = [f"resumes/{i:04d}.json" for i in range(n)]
    for i, key in enumerate(keys):
        s3.put_object(Bucket=INPUT_BUCKET, Key=key, Body=json.dumps(small_resume(i)).encode())
    return keys


def start(sfn: Any, arn: str, s3: Any, keys: list[Any], run_id: str, **extra: Any) -> dict[str, Any]:
    s3.put_object(Bucket=INPUT_BUCKET, Key=f"manifests/{run_id}.json", Body=json.dumps(keys).encode())
    execution_input = {
        "manifest_key": f"manifests/{run_id}.json",
        "job_description": JOB,
        "fix": False,
        "formats": [],
        "max_concurrency": 8,
        "items_per_batch": 10,
        "tolerated_failure_percentage": 5,
        **extra,
    }
    started = sfn.start_execution(stateMachineArn=arn, name=run_id, input=json.dumps(execution_input))
    return wait_done(sfn, started["executionArn"])


def failure_events(sfn: Any, execution_arn: str) -> list[dict[str, Any]]:
    """The execution's failure events, with their causes: what a failed assertion should show."""
    events = sfn.get_execution_history(executionArn=execution_arn, maxResults=1000)["events"]
    return [e for e in events if "Failed" in e["type"] or "Aborted" in e["type"] or "TimedOut" in e["type"]]


def read_jsonl(s3: Any, key: str) -> list[dict[str, Any]]:
    body = s3.get_object(Bucket=RESULTS_BUCKET, Key=key)["Body"].read().decode()
    return [json.loads(line) for line in body.splitlines() if line.strip()]


@pytest.mark.slow
@rerun_on_moto_fault
def test_a_thousand_inputs_through_the_distributed_map(monkeypatch, caplog):
    caplog.set_level(logging.DEBUG, logger=MAP_WORKERS)  # moto says why an iteration failed only at DEBUG
    with bulk_stack(monkeypatch) as (s3, sfn, arn):
        # GIVEN 999 resumes and one deliberately broken input in the manifest
        keys = upload_inputs(s3, 999)
        s3.put_object(Bucket=INPUT_BUCKET, Key="resumes/broken.json", Body=b'{"basics": {"name": ')
        manifest = [{"key": k} for k in keys] + [{"key": "resumes/broken.json"}]
        # WHEN the run goes through the Distributed Map
        done = start(sfn, arn, s3, manifest, "run-1000")
        # THEN it succeeds, with one result object per good input in the results bucket
        assert done["status"] == "SUCCEEDED", done
        summary = json.loads(done["output"])
        counts = (summary["inputs"], summary["ok"], summary["failed"])
        worker_errors = [r.getMessage()[:2000] for r in caplog.records if r.name.startswith(MAP_WORKERS)]
        assert counts == (1000, 999, 1), (
            summary["failures"],
            failure_events(sfn, done["executionArn"]),
            worker_errors,
            RUNTIME_ERRORS,
        )
        results = set()
        for page in s3.get_paginator("list_objects_v2").paginate(
            Bucket=RESULTS_BUCKET, Prefix="runs/run-1000/results/"
        ):
            results |= {o["Key"] for o in page.get("Contents", [])}
        rows = read_jsonl(s3, "runs/run-1000/summary.jsonl")
        assert len(rows) == 1000
        assert {r["result"] for r in rows if r["status"] == "ok"} == results
        assert len(results) == 999
        # AND the broken input is counted as failed and named, in the answer and in summary.jsonl / summary.csv
        assert summary["failures"] == [{"input": "resumes/broken.json", "error": summary["failures"][0]["error"]}]
        assert "not valid JSON" in summary["failures"][0]["error"]
        failed = [r for r in rows if r["status"] == "failed"]
        assert [r["input"] for r in failed] == ["resumes/broken.json"]
        csv_text = s3.get_object(Bucket=RESULTS_BUCKET, Key="runs/run-1000/summary.csv")["Body"].read().decode()
        assert csv_text.count("\n") == 1001
        assert "resumes/broken.json" in csv_text
        # AND the map run saw every item, and the ResultWriter wrote under the run's prefix
        map_run = sfn.list_map_runs(executionArn=done["executionArn"])["mapRuns"][0]
        counts = sfn.describe_map_run(mapRunArn=map_run["mapRunArn"])["itemCounts"]
        assert counts["total"] == counts["succeeded"] == 1000
        assert summary["summary.csv"] == f"s3://{RESULTS_BUCKET}/runs/run-1000/summary.csv"
        one = json.loads(s3.get_object(Bucket=RESULTS_BUCKET, Key=sorted(results)[0])["Body"].read())
        assert {"analysis_before", "analysis_after", "resume", "summary", "must_haves"} <= set(one)
        assert one["must_haves"]["all"]  # the job's requirements name Python, SQL and Docker


@rerun_on_moto_fault
def test_the_api_starts_a_run_and_reports_its_progress_and_results(monkeypatch, load_event, lambda_context):
    with bulk_stack(monkeypatch) as (s3, sfn, arn):
        keys = upload_inputs(s3, 12)
        manifest = [*keys, "resumes/missing.json"]
        s3.put_object(Bucket=INPUT_BUCKET, Key="manifests/today.json", Body=json.dumps(manifest).encode())
        settings = BulkSettings(
            state_machine_arn=arn, input_bucket=INPUT_BUCKET, results_bucket=RESULTS_BUCKET, max_concurrency=4
        )
        monkeypatch.setattr(bulk_api_app, "bulk_settings", settings)
        bulk_api_app.runs.cache_clear()
        try:
            # WHEN POST /api/batch starts a run from the manifest
            answer = bulk_api_app.lambda_handler(load_event("batch-start"), lambda_context)
            assert answer["statusCode"] == 202, answer
            body = json.loads(answer["body"])
            assert body["run_id"] == "run-2026-11-27"
            assert body["progress"] == "/api/batch/run-2026-11-27"
            wait_done(sfn, body["execution_arn"])
            # THEN GET /api/batch/{id} reports the finished run, its counts and where the results are
            status = bulk_api_app.lambda_handler(load_event("batch-status"), lambda_context)
            assert status["statusCode"] == 200, status
            report = json.loads(status["body"])
            assert report["state"] == "SUCCEEDED"
            assert report["items"]["total"] == 13
            assert (report["summary"]["ok"], report["summary"]["failed"]) == (12, 1), RUNTIME_ERRORS
            assert report["summary"]["failures"][0]["input"] == "resumes/missing.json"
            assert "NoSuchKey" in report["summary"]["failures"][0]["error"]
            assert report["results"]["summary_csv"].endswith("runs/run-2026-11-27/summary.csv")
            # AND the same id again is a 409, an unknown id a 404, a missing manifest a 400 saying what to do
            again = bulk_api_app.lambda_handler(load_event("batch-start"), lambda_context)
            assert again["statusCode"] == 409
            unknown = load_event("batch-status")
            unknown["rawPath"] = unknown["requestContext"]["http"]["path"] = "/api/batch/no-such-run"
            unknown["pathParameters"] = {"id": "no-such-run"}
            assert bulk_api_app.lambda_handler(unknown, lambda_context)["statusCode"] == 404
            missing = bulk_api_app.lambda_handler(load_event("batch-start-missing-manifest"), lambda_context)
            assert missing["statusCode"] == 400
            assert "upload it first" in json.loads(missing["body"])["message"]
        finally:
            bulk_api_app.runs.cache_clear()


@rerun_on_moto_fault
def test_a_jsonl_manifest_and_a_prefix_run_through_the_distributed_map(monkeypatch, load_event, lambda_context):
    with bulk_stack(monkeypatch) as (s3, sfn, arn):
        keys = upload_inputs(s3, 5)
        lines = [json.dumps({"key": k}) if i % 2 else json.dumps(k) for i, k in enumerate(keys)]
        s3.put_object(Bucket=INPUT_BUCKET, Key="manifests/today.jsonl", Body="\n".join(lines).encode())
        settings = BulkSettings(
            state_machine_arn=arn, input_bucket=INPUT_BUCKET, results_bucket=RESULTS_BUCKET, max_concurrency=4
        )
        monkeypatch.setattr(bulk_api_app, "bulk_settings", settings)
        bulk_api_app.runs.cache_clear()
        try:
            for event, run_id in (("batch-start-jsonl", "run-jsonl"), ("batch-start-prefix", "run-prefix")):
                # WHEN POST /api/batch starts a run from a JSONL manifest, or from the inputs' prefix
                answer = bulk_api_app.lambda_handler(load_event(event), lambda_context)
                assert answer["statusCode"] == 202, answer
                body = json.loads(answer["body"])
                assert body["items"] == 5
                assert body["manifest"].startswith(f"s3://{INPUT_BUCKET}/manifests/normalised/{run_id}-")
                done = wait_done(sfn, body["execution_arn"])
                # THEN the Map reads the normalised JSON array, and every input has its row
                assert done["status"] == "SUCCEEDED", done
                summary = json.loads(done["output"])
                counts = (summary["inputs"], summary["ok"], summary["failed"])
                assert counts == (5, 5, 0), (summary["failures"], RUNTIME_ERRORS)
                rows = read_jsonl(s3, f"runs/{run_id}/summary.jsonl")
                assert sorted(r["input"] for r in rows) == keys
        finally:
            bulk_api_app.runs.cache_clear()
