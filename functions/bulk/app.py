"""Bulk Lambda: the Bulk state machine's tasks — "process" (one ItemBatcher batch of input keys) and "summarize"."""

from __future__ import annotations

from functools import cache
from typing import Any

import boto3
from aws_lambda_powertools.metrics import MetricUnit
from aws_lambda_powertools.utilities.typing import LambdaContext

from resume_autofix.bulk.cloud import process_batch, summarize
from resume_autofix.bulk.exceptions import InvalidBatchRequestError
from resume_autofix.bulk.settings import BulkSettings
from resume_autofix.http import make_edge

edge = make_edge("bulk")
logger, metrics, tracer = edge.logger, edge.metrics, edge.tracer
settings = BulkSettings.from_env()


@cache
def s3() -> Any:
    """One S3 client per container, built on first use (warm invocations reuse its connections)."""
    return boto3.client("s3")


@edge.entry
def lambda_handler(event: dict[str, Any], _context: LambdaContext) -> dict[str, Any]:
    action = event.get("action")
    if action == "process":
        answer = process_batch(event, s3(), settings)
        metrics.add_metric(name="BulkInputs", unit=MetricUnit.Count, value=answer["items"])
        metrics.add_metric(name="BulkInputsFailed", unit=MetricUnit.Count, value=answer["failed"])
        logger.info("bulk batch done", extra={k: answer[k] for k in ("items", "ok", "failed")})
        return answer
    if action == "summarize":
        answer = summarize(event, s3(), settings)
        logger.info("bulk run summarized", extra={k: answer[k] for k in ("run_id", "inputs", "ok", "failed")})
        return answer
    raise InvalidBatchRequestError(f"unknown bulk action {action!r}; use process or summarize")
