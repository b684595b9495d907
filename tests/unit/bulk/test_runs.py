"""POST /api/batch's validation: every bad body is a 4xx that says what to fix, before anything starts."""

from __future__ import annotations

from typing import Any

import pytest

from resume_autofix.bulk.exceptions import BulkNotConfiguredError, InvalidBatchRequestError
from resume_autofix.bulk.runs import BulkRuns, execution_arn
from resume_autofix.bulk.settings import BulkSettings
from resume_autofix.exceptions import ConfigError, InvalidInputError

MACHINE = "arn:aws:states:us-east-1:123456789012:stateMachine:stack-bulk"
SETTINGS = BulkSettings(state_machine_arn=MACHINE, input_bucket="in", results_bucket="out", max_concurrency=8)


class Recorder:
    """Stands in for both clients; records what would have been started."""

    def __init__(self) -> None:
        self.started: list[dict[str, Any]] = []

    def head_object(self, **kwargs: Any) -> dict[str, Any]:
        return {}

    def start_execution(self, **kwargs: Any) -> dict[str, Any]:
        self.started.append(kwargs)
        return {"executionArn": execution_arn(MACHINE, kwargs["name"])}


@pytest.mark.parametrize(
    ("body", "says"),
    [
        ({}, "manifest_key"),
        ({"manifest_key": "keys.txt"}, "manifest_key"),
        ({"manifest_key": "m.json", "run_id": "no spaces please"}, "run_id"),
        ({"manifest_key": "m.json", "formats": ["html", "gif"]}, "formats"),
        ({"manifest_key": "m.json", "fix": "yes"}, "fix"),
        ({"manifest_key": "m.json", "max_concurrency": 9}, "from 1 to 8"),
        ({"manifest_key": "m.json", "job_description": 42}, "job_description"),
    ],
)
def test_a_bad_body_is_a_400_that_names_the_field(body, says):
    recorder = Recorder()
    with pytest.raises(InvalidInputError, match=says) as info:
        BulkRuns(SETTINGS, recorder, recorder).start(body)
    assert info.value.status == 400
    assert recorder.started == []


def test_a_good_body_starts_a_run_with_the_deployers_limits():
    recorder = Recorder()
    answer = BulkRuns(SETTINGS, recorder, recorder).start({"manifest_key": "m.json", "run_id": "r1", "fix": True})
    assert answer["progress"] == "/api/batch/r1"
    assert answer["execution_arn"] == "arn:aws:states:us-east-1:123456789012:execution:stack-bulk:r1"
    started = recorder.started[0]
    assert started["name"] == "r1"
    assert '"max_concurrency": 8' in started["input"]
    assert '"items_per_batch": 10' in started["input"]


def test_without_the_stack_the_routes_say_to_use_the_cli():
    recorder = Recorder()
    with pytest.raises(BulkNotConfiguredError, match="resume-autofix batch"):
        BulkRuns(BulkSettings(), recorder, recorder).start({"manifest_key": "m.json"})
    with pytest.raises(BulkNotConfiguredError):
        BulkRuns(BulkSettings(), recorder, recorder).describe("r1")
    with pytest.raises(InvalidBatchRequestError, match="not a state machine ARN"):
        execution_arn("arn:aws:lambda:us-east-1:1:function:f", "r1")


def test_settings_name_the_bad_variable():
    assert BulkSettings.from_env({"BULK_MAX_CONCURRENCY": "50"}).max_concurrency == 50
    with pytest.raises(ConfigError, match="BULK_ITEMS_PER_BATCH"):
        BulkSettings.from_env({"BULK_ITEMS_PER_BATCH": "0"})
    with pytest.raises(ConfigError, match="BULK_TOLERATED_FAILURE_PERCENTAGE"):
        BulkSettings.from_env({"BULK_TOLERATED_FAILURE_PERCENTAGE": "lots"})
