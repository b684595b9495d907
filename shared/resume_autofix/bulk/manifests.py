"""A bulk run's inputs as the state machine reads them: one JSON array of input keys in the input bucket.

POST /api/batch takes a JSON-array manifest as it is (the Distributed Map reads it with ``s3:getObject``,
InputType JSON). A JSONL or CSV manifest, or an input-bucket prefix, is read here and written once as a JSON
array under ``manifests/normalised/``, so the state machine (and moto's interpreter in the tests) keeps one reader.
"""

from __future__ import annotations

import csv
import io
import json
import uuid
from typing import Any, Protocol

from .exceptions import InvalidBatchRequestError

JSON_SUFFIX, JSONL_SUFFIX, CSV_SUFFIX = ".json", ".jsonl", ".csv"
MANIFEST_SUFFIXES = (JSON_SUFFIX, JSONL_SUFFIX, CSV_SUFFIX)
MANIFESTS_AREA = "manifests/"
NORMALISED_PREFIX = "manifests/normalised/"
MAX_ITEMS = 100_000  # a JSONL/CSV manifest or a prefix listing; more → several runs, or a JSON-array manifest
MAX_PREFIX_ITEMS = 10_000  # ListObjectsV2 pages of 1,000 inside the API Lambda's 10 s
MAX_MANIFEST_BYTES = 32 * 1024 * 1024
EXAMPLE = '"resumes/a.pdf" or {"key": "resumes/a.pdf"}'


class ManifestS3Client(Protocol):
    def get_object(self, **kwargs: Any) -> dict[str, Any]: ...
    def put_object(self, **kwargs: Any) -> dict[str, Any]: ...
    def get_paginator(self, operation_name: str) -> Any: ...


def needs_normalising(manifest_key: str) -> bool:
    return not manifest_key.endswith(JSON_SUFFIX)


def read_manifest(s3: ManifestS3Client, bucket: str, key: str) -> list[str]:
    """The input keys of a JSONL or CSV manifest; a 400 naming the line to fix when one is bad."""
    where = f"s3://{bucket}/{key}"
    response = s3.get_object(Bucket=bucket, Key=key)
    if int(response.get("ContentLength") or 0) > MAX_MANIFEST_BYTES:
        raise _bad(f"{where} is larger than {MAX_MANIFEST_BYTES // 2**20} MiB; split it into several runs")
    try:
        text = response["Body"].read().decode("utf-8-sig")
    except UnicodeDecodeError:
        raise _bad(f"{where} is not UTF-8 text; save it as UTF-8") from None
    keys = parse_jsonl(text, where) if key.endswith(JSONL_SUFFIX) else parse_csv(text, where)
    if not keys:
        raise _bad(f"{where} lists no input keys; put one key per line")
    return keys


def parse_jsonl(text: str, where: str) -> list[str]:
    """One JSON value a line: a key string, or an object with a "key"; blank lines are skipped."""
    keys: list[str] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except json.JSONDecodeError:
            raise _bad(f"{where} line {number} is not JSON; write each line as {EXAMPLE}") from None
        key = value.get("key") if isinstance(value, dict) else value
        if not isinstance(key, str) or not key.strip():
            raise _bad(f"{where} line {number} holds no key; write each line as {EXAMPLE}")
        _add(keys, key.strip(), where)
    return keys


def parse_csv(text: str, where: str) -> list[str]:
    """A header row with a ``key`` column, or one key per line (a single column, no header)."""
    try:
        reader = csv.reader(io.StringIO(text, newline=""), strict=True)
        rows = [row for row in reader if any(cell.strip() for cell in row)]
    except csv.Error as exc:
        raise _bad(f"{where} is not readable CSV ({exc})") from None
    if not rows:
        return []
    header = [cell.strip().lower() for cell in rows[0]]
    if "key" in header:
        column, body, first = header.index("key"), rows[1:], 2
    elif len(header) == 1:
        column, body, first = 0, rows, 1
    else:
        raise _bad(f'{where} has several columns but none named "key"; add a header row with a "key" column')
    keys: list[str] = []
    for number, row in enumerate(body, start=first):
        cell = row[column].strip() if column < len(row) else ""
        if not cell:
            raise _bad(f'{where} row {number} has an empty "key" cell; give every row an input key')
        _add(keys, cell, where)
    return keys


def list_prefix(s3: ManifestS3Client, bucket: str, prefix: str) -> list[str]:
    """Every object under ``prefix`` (ListObjectsV2, paginated), folder markers and ``manifests/`` left out."""
    where = f"s3://{bucket}/{prefix}"
    keys: list[str] = []
    for page in s3.get_paginator("list_objects_v2").paginate(Bucket=bucket, Prefix=prefix):
        for obj in page.get("Contents", []):
            key = obj["Key"]
            if key.endswith("/") or key.startswith(MANIFESTS_AREA):
                continue
            if len(keys) >= MAX_PREFIX_ITEMS:
                raise _bad(
                    f"{where} holds more than {MAX_PREFIX_ITEMS} objects; give a narrower prefix, "
                    'or list the keys in a manifest ("manifest_key")',
                    "/prefix",
                )
            keys.append(key)
    if not keys:
        raise _bad(f"No inputs under {where}; upload them first, or check the prefix", "/prefix")
    return keys


def write_normalised(s3: ManifestS3Client, bucket: str, run_id: str, keys: list[str]) -> str:
    """The keys as a JSON array at a new key (never over another run's manifest, even on a 409)."""
    key = f"{NORMALISED_PREFIX}{run_id}-{uuid.uuid4().hex[:8]}.json"
    body = json.dumps(keys, ensure_ascii=False).encode("utf-8")
    s3.put_object(Bucket=bucket, Key=key, Body=body, ContentType="application/json")
    return key


def _add(keys: list[str], key: str, where: str) -> None:
    if len(keys) >= MAX_ITEMS:
        raise _bad(f"{where} lists more than {MAX_ITEMS} inputs; split it into several runs")
    keys.append(key)


def _bad(message: str, path: str = "/manifest_key") -> InvalidBatchRequestError:
    return InvalidBatchRequestError(message, details={"path": path})
