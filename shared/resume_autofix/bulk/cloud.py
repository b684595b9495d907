"""The bulk state machine's two task actions: process a batch of input keys, and summarize a finished run.

S3 layout of a run in the results bucket (``runs/<run_id>/``): ``results/<key>.json`` (one per input, named by
content hash, with ``.html``/``.pdf``/``.docx`` beside it when asked), ``rows/<batch>.jsonl`` (one summary row
per input of a batch), ``summary.jsonl`` and ``summary.csv`` (every row, failures named), and ``map/`` (the
Distributed Map's own ResultWriter manifest). An input that cannot be read or processed is a failed row, not a
failed batch: the other inputs of its batch still get their results. ``ToleratedFailurePercentage`` is for what
the code cannot catch (timeouts, crashed runtimes).
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import posixpath
import tempfile
from collections import Counter
from typing import IO, Any, Protocol

from .exceptions import InvalidBatchRequestError
from .models import FORMATS, BatchOptions, JobSpec, result_key
from .process import failed_row, process_input
from .settings import BulkSettings
from .summary import COLUMNS, FAILURES_KEPT, csv_cell

CONTENT_TYPES = {
    "json": "application/json",
    "jsonl": "application/x-ndjson",
    "csv": "text/csv; charset=utf-8",
    "html": "text/html; charset=utf-8",
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}


class S3Client(Protocol):
    """The few S3 calls the bulk code makes (boto3's client has them)."""

    def get_object(self, **kwargs: Any) -> dict[str, Any]: ...
    def put_object(self, **kwargs: Any) -> dict[str, Any]: ...
    def get_paginator(self, operation_name: str) -> Any: ...
    def upload_fileobj(self, fileobj: Any, bucket: str, key: str, ExtraArgs: Any = None) -> None: ...  # noqa: N803


def run_prefix(run_id: str) -> str:
    return f"runs/{run_id}/"


def options_of(batch_input: dict[str, Any]) -> tuple[JobSpec, BatchOptions]:
    """The job and options a run's ``BatchInput`` carries (set by POST /api/batch)."""
    formats = tuple(f for f in batch_input.get("formats") or () if f in FORMATS)
    job = JobSpec.of("job", batch_input.get("job_description"))
    return job, BatchOptions(fix=bool(batch_input.get("fix")), formats=formats)


def process_batch(event: dict[str, Any], s3: S3Client, settings: BulkSettings) -> dict[str, Any]:
    """One ItemBatcher batch: ``{"BatchInput": {...}, "Items": [{"key": ...} | "key", ...]}``."""
    batch_input = event.get("BatchInput") or {}
    run_id = str(batch_input.get("run_id") or "")
    items = event.get("Items")
    if not run_id or not isinstance(items, list):
        raise InvalidBatchRequestError('a bulk batch needs "BatchInput.run_id" and an "Items" list')
    job, options = options_of(batch_input)
    fingerprint = options.fingerprint()
    prefix = run_prefix(run_id)
    rows = [
        _process_item(item, s3=s3, settings=settings, job=job, options=options, fingerprint=fingerprint, prefix=prefix)
        for item in items
    ]
    keys = [str(r["input"]) for r in rows]
    part = hashlib.sha256("\n".join(keys).encode()).hexdigest()[:32]  # same batch on a retry → same part
    body = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode("utf-8")
    s3.put_object(
        Bucket=settings.results_bucket, Key=f"{prefix}rows/{part}.jsonl", Body=body, ContentType=CONTENT_TYPES["jsonl"]
    )
    counts = Counter(r["status"] for r in rows)
    return {"items": len(rows), "ok": counts.get("ok", 0), "failed": counts.get("failed", 0)}


def _process_item(
    item: Any,
    *,
    s3: S3Client,
    settings: BulkSettings,
    job: JobSpec,
    options: BatchOptions,
    fingerprint: str,
    prefix: str,
) -> dict[str, Any]:
    key = item.get("key") if isinstance(item, dict) else item
    row: dict[str, Any] = {"input": str(key), "job": job.name}
    if not isinstance(key, str) or not key:
        return {**row, **failed_row(InvalidBatchRequestError('a manifest item must be a key or {"key": "..."}'))}
    try:
        data = s3.get_object(Bucket=settings.input_bucket, Key=key)["Body"].read()
    except Exception as exc:
        code = getattr(exc, "response", {}).get("Error", {}).get("Code", type(exc).__name__)
        return {**row, "status": "failed", "error": f"cannot read s3://{settings.input_bucket}/{key} ({code})"}
    rkey = result_key(data, job, fingerprint)
    row.update(key=rkey, result=f"{prefix}results/{rkey}.json")
    try:
        outcome = process_input(data, posixpath.basename(key), job, options)
    except Exception as exc:
        return {**row, **failed_row(exc), "result": None}
    full = {**row, **outcome.row}
    for suffix, blob in outcome.files.items():
        s3.put_object(
            Bucket=settings.results_bucket,
            Key=f"{prefix}results/{rkey}.{suffix}",
            Body=blob,
            ContentType=CONTENT_TYPES[suffix],
        )
    document = {"input": key, "summary": full, **outcome.result}
    s3.put_object(
        Bucket=settings.results_bucket,
        Key=full["result"],
        Body=json.dumps(document, ensure_ascii=False).encode("utf-8"),
        ContentType=CONTENT_TYPES["json"],
    )
    return full


LOST = "its batch failed (a Lambda error or timeout the Distributed Map tolerated); start a run for it again"


def summarize(event: dict[str, Any], s3: S3Client, settings: BulkSettings) -> dict[str, Any]:
    """Every row part of the run → ``summary.jsonl`` and ``summary.csv``; counts and the first failures back.

    Streams through two temporary files, so a run of any size needs the memory of one part (plus the set of
    input keys seen). With ``manifest_key``, every manifest input without a row — its whole batch failed, within
    the tolerated percentage — gets a failed row too, so the summary names every input.
    """
    run_id = str(event.get("run_id") or "")
    if not run_id:
        raise InvalidBatchRequestError('summarize needs "run_id"')
    prefix = run_prefix(run_id)
    counts: Counter[str] = Counter()
    failures: list[dict[str, Any]] = []
    with tempfile.TemporaryFile() as jsonl, tempfile.TemporaryFile() as csv_file:
        text = io.TextIOWrapper(csv_file, encoding="utf-8", newline="")
        writer = csv.DictWriter(text, fieldnames=COLUMNS, extrasaction="ignore")
        writer.writeheader()
        seen: set[str] = set()

        def add(row: dict[str, Any]) -> None:
            seen.add(str(row.get("input")))
            counts[row["status"]] += 1
            if row["status"] == "failed" and len(failures) < FAILURES_KEPT:
                failures.append({"input": row.get("input"), "error": row.get("error")})
            jsonl.write(json.dumps(row, ensure_ascii=False).encode("utf-8") + b"\n")
            writer.writerow({k: csv_cell(row.get(k)) for k in COLUMNS})

        pages = s3.get_paginator("list_objects_v2").paginate(Bucket=settings.results_bucket, Prefix=f"{prefix}rows/")
        for page in pages:
            for obj in page.get("Contents", []):
                part = s3.get_object(Bucket=settings.results_bucket, Key=obj["Key"])["Body"].read()
                for line in part.splitlines():
                    if line.strip():
                        add(json.loads(line))
        manifest_key = event.get("manifest_key")
        if isinstance(manifest_key, str) and manifest_key:
            manifest = json.loads(s3.get_object(Bucket=settings.input_bucket, Key=manifest_key)["Body"].read())
            for item in manifest if isinstance(manifest, list) else []:
                key = str(item.get("key") if isinstance(item, dict) else item)
                if key not in seen:
                    add({"input": key, "job": "job", "status": "failed", "error": LOST, "error_type": "BatchFailed"})
        text.flush()
        text.detach()  # the CSV bytes stay in csv_file; closing the wrapper would close it
        locations = {}
        for name, handle, kind in (("summary.jsonl", jsonl, "jsonl"), ("summary.csv", csv_file, "csv")):
            _put_file(s3, settings.results_bucket, f"{prefix}{name}", handle, CONTENT_TYPES[kind])
            locations[name] = f"s3://{settings.results_bucket}/{prefix}{name}"
    return {
        "run_id": run_id,
        "inputs": sum(counts.values()),
        "ok": counts.get("ok", 0),
        "failed": counts.get("failed", 0),
        "failures": failures,
        "results": f"s3://{settings.results_bucket}/{prefix}results/",
        **locations,
    }


def _put_file(s3: S3Client, bucket: str, key: str, handle: IO[bytes], content_type: str) -> None:
    handle.seek(0)
    s3.upload_fileobj(handle, bucket, key, ExtraArgs={"ContentType": content_type})  # multipart when large
