"""Running the AutoFix state machine synchronously, behind one small function.

Production uses ``StartSyncExecution`` (EXPRESS). moto has no StartSyncExecution, so tests swap ``execute`` for
``start_and_wait`` (StartExecution + DescribeExecution polling) — the rest of the path is the same.
"""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Callable
from typing import Any

from .exceptions import StepFailedError
from .outputs import resolve_outputs
from .request import AutofixRequest

Execute = Callable[[Any, str, str], dict[str, Any]]


def start_sync_execution(client: Any, arn: str, payload: str) -> dict[str, Any]:
    """StartSyncExecution → ``{"status", "output"?, "error"?, "cause"?}``."""
    res = client.start_sync_execution(stateMachineArn=arn, input=payload)
    return {k: res.get(k) for k in ("status", "output", "error", "cause")}


def start_and_wait(
    client: Any, arn: str, payload: str, poll_s: float = 0.02, timeout_s: float = 60.0
) -> dict[str, Any]:
    """StartExecution, then DescribeExecution until it leaves RUNNING (for moto, which has no sync start)."""
    execution = client.start_execution(stateMachineArn=arn, name=uuid.uuid4().hex, input=payload)["executionArn"]
    deadline = time.monotonic() + timeout_s
    while True:
        res = client.describe_execution(executionArn=execution)
        if res["status"] != "RUNNING" or time.monotonic() > deadline:
            return {k: res.get(k) for k in ("status", "output", "error", "cause")}
        time.sleep(poll_s)


execute: Execute = start_sync_execution


def run_state_machine(request: AutofixRequest, arn: str, client: Any) -> dict[str, Any]:
    """Run the state machine for ``request`` and return the answer (html/pdf references resolved).

    Raises
    ------
    StepFailedError
        the execution failed; the message names the failed step and its error.
    """
    start = time.perf_counter()
    res = execute(client, arn, json.dumps(request.to_payload(), ensure_ascii=False))
    if res.get("status") != "SUCCEEDED":
        raise StepFailedError.from_execution(res.get("error") or str(res.get("status")), res.get("cause"))
    answer = resolve_outputs(json.loads(res["output"]), request.template_id)
    answer["timings_ms"] = {**answer.get("timings_ms", {}), "total": round((time.perf_counter() - start) * 1000, 3)}
    return answer
