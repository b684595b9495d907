"""functions/bulk with its event files: one ItemBatcher batch of several inputs, then the run's summary (moto S3)."""

from __future__ import annotations

import json

import boto3
import pytest
from moto import mock_aws

from functions.bulk import app
from resume_autofix.bulk.settings import BulkSettings

INPUT, RESULTS = "autofix-bulk-input", "autofix-bulk-results"


@pytest.fixture
def buckets(monkeypatch, corpus):
    monkeypatch.setenv("AWS_DEFAULT_REGION", "us-east-1")
    monkeypatch.setattr(app, "settings", BulkSettings(input_bucket=INPUT, results_bucket=RESULTS))
    with mock_aws():
        app.s3.cache_clear()
        s3 = boto3.client("s3", region_name="us-east-1")
        for bucket in (INPUT, RESULTS):
            s3.create_bucket(Bucket=bucket)
        for i, name in enumerate(("senior-engineer.json", "new-grad.json")):
            s3.put_object(Bucket=INPUT, Key=f"resumes/{i:04d}.json", Body=(corpus / "resumes" / name).read_bytes())
        s3.put_object(Bucket=INPUT, Key="resumes/broken.json", Body=b"{not json")
        # the manifest also names an input whose batch never reported (a Lambda that timed out)
        manifest = ["resumes/0000.json", {"key": "resumes/0001.json"}, "resumes/broken.json", "resumes/lost.json"]
        s3.put_object(Bucket=INPUT, Key="manifests/today.json", Body=json.dumps(manifest).encode())
        yield s3
        app.s3.cache_clear()


def test_a_batch_of_three_writes_two_results_and_names_the_broken_one(buckets, load_event, lambda_context):
    s3 = buckets
    # WHEN the state machine hands the Lambda one batch (events/batch-process.json: fix + html, 3 items)
    answer = app.lambda_handler(load_event("batch-process"), lambda_context)
    # THEN the two good inputs have their results (JSON and HTML) and the broken one is a failed row
    assert answer == {"items": 3, "ok": 2, "failed": 1}
    keys = {o["Key"] for o in s3.list_objects_v2(Bucket=RESULTS, Prefix="runs/run-2026-11-27/")["Contents"]}
    results = {k for k in keys if "/results/" in k}
    assert len([k for k in results if k.endswith(".json")]) == 2
    assert len([k for k in results if k.endswith(".html")]) == 2
    one = json.loads(
        s3.get_object(Bucket=RESULTS, Key=sorted(k for k in results if k.endswith(".json"))[0])["Body"].read()
    )
    assert {"analysis_before", "analysis_after", "resume", "applied", "rejected"} <= set(one)
    # AND the summary step gathers every row into summary.jsonl / summary.csv with the failures named,
    # including the manifest input whose batch never wrote a row
    summary = app.lambda_handler(load_event("batch-summarize"), lambda_context)
    assert (summary["inputs"], summary["ok"], summary["failed"]) == (4, 2, 2)
    failures = {f["input"]: f["error"] for f in summary["failures"]}
    assert "not valid JSON" in failures["resumes/broken.json"]
    assert failures["resumes/lost.json"].startswith("its batch failed")
    csv_text = s3.get_object(Bucket=RESULTS, Key="runs/run-2026-11-27/summary.csv")["Body"].read().decode()
    assert csv_text.splitlines()[0].startswith("index,input,job,status")
    assert len(csv_text.splitlines()) == 5


def test_a_retried_batch_overwrites_its_rows_instead_of_doubling_them(buckets, load_event, lambda_context):
    event = load_event("batch-process")
    app.lambda_handler(event, lambda_context)
    app.lambda_handler(event, lambda_context)
    summary = app.lambda_handler(load_event("batch-summarize"), lambda_context)
    assert summary["inputs"] == 4


def test_an_unknown_action_is_a_clear_error(buckets, lambda_context):
    with pytest.raises(Exception, match="unknown bulk action"):
        app.lambda_handler({"action": "explode"}, lambda_context)
