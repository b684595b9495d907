"""Bulk API Lambda: POST /api/batch (start a run from an S3 manifest) and GET /api/batch/{id} (IAM-only routes)."""

from __future__ import annotations

from functools import cache

import boto3
from aws_lambda_powertools.event_handler import Response
from aws_lambda_powertools.metrics import MetricUnit

from resume_autofix.bulk.runs import BulkRuns
from resume_autofix.bulk.settings import BulkSettings
from resume_autofix.config import get_settings
from resume_autofix.http import json_body, json_response, make_edge

edge = make_edge("bulk-api")
logger, metrics, tracer, app = edge.logger, edge.metrics, edge.tracer, edge.app
settings = get_settings()
bulk_settings = BulkSettings.from_env()


@cache
def runs() -> BulkRuns:
    """The service with its clients, built on first use and reused by warm invocations."""
    return BulkRuns(bulk_settings, boto3.client("stepfunctions"), boto3.client("s3"))


@app.post("/api/batch")
def start() -> Response:
    body = json_body(app.current_event, settings.max_body_bytes)
    answer = runs().start(body)
    metrics.add_metric(name="BulkRunsStarted", unit=MetricUnit.Count, value=1)
    logger.info("bulk run started", extra={"run_id": answer["run_id"]})
    return json_response(answer, status=202)


@app.get("/api/batch/<run_id>")
def describe(run_id: str) -> Response:
    return json_response(runs().describe(run_id))


lambda_handler = edge.http_handler()
