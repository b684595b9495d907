"""POST /api/batch over a JSON, JSONL or CSV manifest or an input prefix (S3 in moto): one JSON array for the Map."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import boto3
import pytest
from moto import mock_aws

from resume_autofix.bulk import manifests
from resume_autofix.bulk.exceptions import InvalidBatchRequestError
from resume_autofix.bulk.runs import BulkRuns, execution_arn
from resume_autofix.bulk.settings import BulkSettings

MACHINE = "arn:aws:states:us-east-1:123456789012:stateMachine:stack-bulk"
BUCKET = "autofix-input"
SETTINGS = BulkSettings(state_machine_arn=MACHINE, input_bucket=BUCKET, results_bucket="out", max_concurrency=8)
KEYS = ["resumes/a.json", "resumes/b.pdf", "resumes/c d.docx"]


class Sfn:
    """Records the executions that would have been started."""

    def __init__(self) -> None:
        self.started: list[dict[str, Any]] = []

    def start_execution(self, **kwargs: Any) -> dict[str, Any]:
        self.started.append({**kwargs, "input": json.loads(kwargs["input"])})
        return {"executionArn": execution_arn(MACHINE, kwargs["name"])}


@pytest.fixture
def s3() -> Iterator[Any]:
    with mock_aws():
        client = boto3.client("s3", region_name="us-east-1")
        client.create_bucket(Bucket=BUCKET)
        yield client


def start(s3: Any, body: dict[str, Any]) -> tuple[dict[str, Any], list[Any]]:
    """The answer, and the items of the JSON manifest the execution was started on."""
    sfn = Sfn()
    answer = BulkRuns(SETTINGS, sfn, s3).start({"run_id": "r1", **body})  # type: ignore[arg-type]
    key = sfn.started[0]["input"]["manifest_key"]
    return answer, json.loads(s3.get_object(Bucket=BUCKET, Key=key)["Body"].read())


def put(s3: Any, key: str, text: str) -> None:
    s3.put_object(Bucket=BUCKET, Key=key, Body=text.encode("utf-8"))


def test_a_json_array_manifest_is_read_by_the_map_as_it_is(s3):
    put(s3, "manifests/m.json", json.dumps(KEYS))
    answer, items = start(s3, {"manifest_key": "manifests/m.json"})
    assert answer["manifest"] == f"s3://{BUCKET}/manifests/m.json"
    assert "items" not in answer
    assert items == KEYS


@pytest.mark.parametrize(
    "text",
    [
        '"resumes/a.json"\n"resumes/b.pdf"\n\n"resumes/c d.docx"\n',
        '{"key": "resumes/a.json"}\n{"key": "resumes/b.pdf", "note": "x"}\n"resumes/c d.docx"',
    ],
)
def test_a_jsonl_manifest_is_normalised_to_a_json_array(s3, text):
    put(s3, "manifests/m.jsonl", text)
    answer, items = start(s3, {"manifest_key": "manifests/m.jsonl"})
    assert items == KEYS
    assert answer["items"] == 3
    assert answer["manifest"].startswith(f"s3://{BUCKET}/manifests/normalised/r1-")
    assert answer["manifest"].endswith(".json")


@pytest.mark.parametrize(
    "text",
    [
        "name,key\nAda,resumes/a.json\nBob,resumes/b.pdf\r\nCy,resumes/c d.docx\n",
        "\ufeffKey\nresumes/a.json\nresumes/b.pdf\nresumes/c d.docx\n",
        "resumes/a.json\nresumes/b.pdf\n\nresumes/c d.docx",
    ],
    ids=["key-column", "bom-header", "one-a-line"],
)
def test_a_csv_manifest_is_normalised_to_a_json_array(s3, text):
    put(s3, "manifests/m.csv", text)
    answer, items = start(s3, {"manifest_key": "manifests/m.csv"})
    assert items == KEYS
    assert answer["items"] == 3


def test_a_prefix_lists_every_input_across_pages_without_folders_or_manifests(s3):
    keys = [f"resumes/{i:04d}.json" for i in range(1005)]  # two ListObjectsV2 pages
    for key in keys:
        put(s3, key, "{}")
    put(s3, "resumes/", "")
    put(s3, "resumes/sub/", "")
    put(s3, "other/x.json", "{}")
    answer, items = start(s3, {"prefix": "resumes/"})
    assert items == keys
    assert answer["items"] == 1005
    # the prefix "" is refused, and the manifests area is never read as inputs
    put(s3, "manifests/m.json", "[]")
    for bad in ("", "manifests/", 3):
        with pytest.raises(InvalidBatchRequestError, match='"prefix"'):
            start(s3, {"prefix": bad})


def test_a_second_start_under_the_same_id_does_not_overwrite_the_first_runs_manifest(s3):
    put(s3, "manifests/m.csv", "\n".join(KEYS))
    first, _ = start(s3, {"manifest_key": "manifests/m.csv"})
    second, _ = start(s3, {"manifest_key": "manifests/m.csv"})
    assert first["manifest"] != second["manifest"]


@pytest.mark.parametrize(
    ("key", "text", "says"),
    [
        ("m.jsonl", "", "lists no input keys"),
        ("m.jsonl", "\n  \n", "lists no input keys"),
        ("m.jsonl", '"resumes/a.json"\nresumes/b.pdf\n', "line 2 is not JSON"),
        ("m.jsonl", '{"key": "resumes/a.json"}\n{"file": "resumes/b.pdf"}\n', "line 2 holds no key"),
        ("m.jsonl", "42\n", "line 1 holds no key"),
        ("m.csv", "", "lists no input keys"),
        ("m.csv", "key\n", "lists no input keys"),
        ("m.csv", "name,file\nAda,resumes/a.json\n", 'none named "key"'),
        ("m.csv", "name,key\nAda,resumes/a.json\nBob,\n", 'row 3 has an empty "key" cell'),
        ("m.csv", 'key\n"resumes/a.json\n', "not readable CSV"),
    ],
)
def test_a_bad_manifest_is_a_400_that_says_what_to_fix(s3, key, text, says):
    put(s3, f"manifests/{key}", text)
    sfn = Sfn()
    with pytest.raises(InvalidBatchRequestError, match=says) as info:
        BulkRuns(SETTINGS, sfn, s3).start({"manifest_key": f"manifests/{key}"})  # type: ignore[arg-type]
    assert info.value.status == 400
    assert sfn.started == []


def test_bad_bytes_missing_manifests_empty_prefixes_and_both_fields_are_400s(s3):
    put(s3, "manifests/latin1.csv", "")
    s3.put_object(Bucket=BUCKET, Key="manifests/latin1.csv", Body="key\nrésumé.pdf\n".encode("latin-1"))
    cases = [
        ({"manifest_key": "manifests/latin1.csv"}, "not UTF-8"),
        ({"manifest_key": "manifests/none.jsonl"}, "upload it first"),
        ({"prefix": "nothing-here/"}, "No inputs under"),
        ({"manifest_key": "manifests/m.json", "prefix": "resumes/"}, "not both"),
    ]
    for body, says in cases:
        sfn = Sfn()
        with pytest.raises(InvalidBatchRequestError, match=says):
            BulkRuns(SETTINGS, sfn, s3).start(body)  # type: ignore[arg-type]
        assert sfn.started == []


def test_too_many_inputs_is_a_400_that_says_to_split(s3, monkeypatch):
    monkeypatch.setattr(manifests, "MAX_ITEMS", 2)
    monkeypatch.setattr(manifests, "MAX_PREFIX_ITEMS", 2)
    put(s3, "manifests/m.jsonl", "\n".join(json.dumps(k) for k in KEYS))
    put(s3, "manifests/m.csv", "\n".join(KEYS))
    for key in KEYS:
        put(s3, key, "{}")
    for body, says in (
        ({"manifest_key": "manifests/m.jsonl"}, "more than 2 inputs; split it"),
        ({"manifest_key": "manifests/m.csv"}, "more than 2 inputs; split it"),
        ({"prefix": "resumes/"}, "more than 2 objects; give a narrower prefix"),
    ):
        with pytest.raises(InvalidBatchRequestError, match=says):
            BulkRuns(SETTINGS, Sfn(), s3).start(body)  # type: ignore[arg-type]
