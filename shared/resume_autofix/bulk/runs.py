"""POST /api/batch and GET /api/batch/{id}: start a bulk run from a manifest, and report its progress.

A run's id is its Step Functions execution name, so the execution ARN follows from the state machine's ARN and
the id, and no table of runs is needed.
"""

from __future__ import annotations

import json
import re
import uuid
from datetime import datetime
from typing import Any, Protocol

from ..resume import load_job_description
from .cloud import run_prefix
from .exceptions import BatchRunNotFoundError, BulkNotConfiguredError, InvalidBatchRequestError, RunExistsError
from .manifests import (
    MANIFEST_SUFFIXES,
    MANIFESTS_AREA,
    ManifestS3Client,
    list_prefix,
    needs_normalising,
    read_manifest,
    write_normalised,
)
from .models import FORMATS
from .settings import BulkSettings

RUN_ID = re.compile(r"^[A-Za-z0-9_-]{1,80}$")


class StepFunctionsClient(Protocol):
    def start_execution(self, **kwargs: Any) -> dict[str, Any]: ...
    def describe_execution(self, **kwargs: Any) -> dict[str, Any]: ...
    def list_map_runs(self, **kwargs: Any) -> dict[str, Any]: ...
    def describe_map_run(self, **kwargs: Any) -> dict[str, Any]: ...


class S3HeadClient(ManifestS3Client, Protocol):
    def head_object(self, **kwargs: Any) -> dict[str, Any]: ...


class BulkRuns:
    """Starts and describes bulk runs; clients are injected (boto3's, or moto's in the tests)."""

    def __init__(self, settings: BulkSettings, sfn: StepFunctionsClient, s3: S3HeadClient) -> None:
        self.settings = settings
        self.sfn = sfn
        self.s3 = s3

    def _require_configured(self) -> None:
        if not (self.settings.state_machine_arn and self.settings.input_bucket and self.settings.results_bucket):
            raise BulkNotConfiguredError(
                "Bulk runs are not configured here (BULK_STATE_MACHINE_ARN and the buckets are unset); "
                "deploy the stack, or run many resumes locally with `resume-autofix batch`"
            )

    def start(self, body: dict[str, Any]) -> dict[str, Any]:
        """Validate the body, check the manifest exists, start the execution; the answer says where to look."""
        self._require_configured()
        manifest, prefix = _manifest_or_prefix(body, self.settings.input_bucket)
        run_id = body.get("run_id") or f"run-{datetime.now().strftime('%Y%m%d-%H%M%S')}-{uuid.uuid4().hex[:8]}"
        if not isinstance(run_id, str) or not RUN_ID.match(run_id):
            raise InvalidBatchRequestError(
                '"run_id" may hold letters, digits, "-" and "_" (at most 80)', details={"path": "/run_id"}
            )
        job = body.get("job_description")
        if job not in (None, ""):
            load_job_description(job)  # a bad job is a 400 now, not 1,000 failed rows later
        fix = body.get("fix", False)
        if not isinstance(fix, bool):
            raise InvalidBatchRequestError('"fix" is true or false', details={"path": "/fix"})
        formats = body.get("formats") or []
        if not isinstance(formats, list) or any(f not in FORMATS for f in formats):
            raise InvalidBatchRequestError(
                f'"formats" is a list of {", ".join(FORMATS)}', details={"path": "/formats", "valid": list(FORMATS)}
            )
        concurrency = body.get("max_concurrency", self.settings.max_concurrency)
        if not isinstance(concurrency, int) or not 1 <= concurrency <= self.settings.max_concurrency:
            raise InvalidBatchRequestError(
                f'"max_concurrency" is a whole number from 1 to {self.settings.max_concurrency}',
                details={"path": "/max_concurrency"},
            )
        manifest_key, items = self._inputs(manifest, prefix, run_id)
        execution_input = {
            "manifest_key": manifest_key,
            "job_description": job if job not in (None, "") else None,
            "fix": fix,
            "formats": formats,
            "max_concurrency": concurrency,
            "items_per_batch": self.settings.items_per_batch,
            "tolerated_failure_percentage": self.settings.tolerated_failure_percentage,
        }
        try:
            started = self.sfn.start_execution(
                stateMachineArn=self.settings.state_machine_arn, name=run_id, input=json.dumps(execution_input)
            )
        except Exception as exc:
            if _code(exc) == "ExecutionAlreadyExists":
                raise RunExistsError(f"A run named {run_id!r} exists already; GET /api/batch/{run_id}") from None
            raise
        answer = {
            "status": "accepted",
            "run_id": run_id,
            "execution_arn": started["executionArn"],
            "progress": f"/api/batch/{run_id}",
            "results": f"s3://{self.settings.results_bucket}/{run_prefix(run_id)}",
            "manifest": f"s3://{self.settings.input_bucket}/{manifest_key}",
        }
        return answer if items is None else {**answer, "items": items}

    def _inputs(self, manifest: str | None, prefix: str | None, run_id: str) -> tuple[str, int | None]:
        """The JSON-array manifest the execution reads, and how many items it has when this code wrote it."""
        bucket = self.settings.input_bucket
        if manifest is not None:
            self._require_manifest(manifest)
            if not needs_normalising(manifest):
                return manifest, None
            keys = read_manifest(self.s3, bucket, manifest)
        else:
            keys = list_prefix(self.s3, bucket, prefix or "")
        return write_normalised(self.s3, bucket, run_id, keys), len(keys)

    def _require_manifest(self, key: str) -> None:
        try:
            self.s3.head_object(Bucket=self.settings.input_bucket, Key=key)
        except Exception as exc:
            if _code(exc) in ("404", "NoSuchKey", "NotFound", "403", "AccessDenied"):
                raise InvalidBatchRequestError(
                    f"No manifest at s3://{self.settings.input_bucket}/{key}; upload it first",
                    details={"path": "/manifest_key"},
                ) from None
            raise

    def describe(self, run_id: str) -> dict[str, Any]:
        """The run's state, item counts (from its map run) and, once finished, its summary and result location."""
        self._require_configured()
        if not RUN_ID.match(run_id):
            raise BatchRunNotFoundError(f"No batch run {run_id!r}")
        arn = execution_arn(self.settings.state_machine_arn, run_id)
        try:
            execution = self.sfn.describe_execution(executionArn=arn)
        except Exception as exc:
            if _code(exc) == "ExecutionDoesNotExist":
                raise BatchRunNotFoundError(f"No batch run {run_id!r}") from None
            raise
        prefix = f"s3://{self.settings.results_bucket}/{run_prefix(run_id)}"
        answer: dict[str, Any] = {
            "status": "success",
            "run_id": run_id,
            "state": execution["status"],
            "started": _iso(execution.get("startDate")),
            "stopped": _iso(execution.get("stopDate")),
            "items": self._item_counts(arn),
            "results": {
                "prefix": prefix,
                "summary_csv": f"{prefix}summary.csv",
                "summary_jsonl": f"{prefix}summary.jsonl",
            },
        }
        if execution["status"] == "SUCCEEDED" and execution.get("output"):
            answer["summary"] = json.loads(execution["output"])
        elif execution["status"] in ("FAILED", "TIMED_OUT", "ABORTED"):
            answer["error"] = {"error": execution.get("error"), "cause": (execution.get("cause") or "")[:1000]}
        return answer

    def _item_counts(self, arn: str) -> dict[str, Any] | None:
        runs = self.sfn.list_map_runs(executionArn=arn).get("mapRuns") or []
        if not runs:
            return None
        counts = self.sfn.describe_map_run(mapRunArn=runs[0]["mapRunArn"]).get("itemCounts") or {}
        keys = ("total", "succeeded", "failed", "running", "pending", "timedOut", "aborted")
        return {k: counts.get(k, 0) for k in keys}


def _manifest_or_prefix(body: dict[str, Any], bucket: str) -> tuple[str | None, str | None]:
    """Exactly one of "manifest_key" (a .json, .jsonl or .csv key) and "prefix" (not under manifests/)."""
    manifest, prefix = body.get("manifest_key"), body.get("prefix")
    if manifest is not None and prefix is not None:
        raise InvalidBatchRequestError(
            'Give "manifest_key" or "prefix", not both', details={"path": "/prefix", "bucket": bucket}
        )
    if prefix is not None:
        if not isinstance(prefix, str) or not prefix.strip() or prefix.startswith(MANIFESTS_AREA):
            raise InvalidBatchRequestError(
                f'"prefix" is a non-empty key prefix of the inputs in the input bucket, outside {MANIFESTS_AREA} '
                '(e.g. "resumes/2026-11-27/")',
                details={"path": "/prefix", "bucket": bucket},
            )
        return None, prefix
    if not isinstance(manifest, str) or not manifest.strip() or not manifest.endswith(MANIFEST_SUFFIXES):
        raise InvalidBatchRequestError(
            'The body needs "manifest_key" (the key in the input bucket of a manifest of input keys: a .json '
            'array like ["resumes/a.json", ...], a .jsonl file with one key or {"key": ...} a line, or a .csv '
            'file with a "key" column or one key a line) or "prefix" (every object under it is an input)',
            details={"path": "/manifest_key", "bucket": bucket, "suffixes": list(MANIFEST_SUFFIXES)},
        )
    return manifest, None


def execution_arn(state_machine_arn: str, name: str) -> str:
    """``arn:…:stateMachine:<machine>`` + name → ``arn:…:execution:<machine>:<name>``."""
    head, sep, machine = state_machine_arn.rpartition(":stateMachine:")
    if not sep:
        raise InvalidBatchRequestError(f"{state_machine_arn!r} is not a state machine ARN")
    return f"{head}:execution:{machine}:{name}"


def _code(exc: Exception) -> str:
    response = getattr(exc, "response", None) or {}
    return str(response.get("Error", {}).get("Code", ""))


def _iso(value: Any) -> str | None:
    return value.isoformat() if isinstance(value, datetime) else None
