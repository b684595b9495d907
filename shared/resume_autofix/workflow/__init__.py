"""The auto-fix workflow: its steps (the Lambda task actions), the local runner, and the state machine call."""

from __future__ import annotations

from .actions import ACTIONS, handle_action, is_action_event
from .exceptions import InvalidAutofixRequestError, StepFailedError, WorkflowError
from .limits import MAX_DEPTH, check_depth
from .outputs import resolve_outputs
from .request import AutofixRequest, build_request, request_from_body
from .result import AutofixResult
from .runner import run_autofix
from .service import AutofixService, autofix_service
from .sfn import run_state_machine, start_and_wait, start_sync_execution

__all__ = [
    "ACTIONS",
    "MAX_DEPTH",
    "AutofixRequest",
    "AutofixResult",
    "AutofixService",
    "InvalidAutofixRequestError",
    "StepFailedError",
    "WorkflowError",
    "autofix_service",
    "build_request",
    "check_depth",
    "handle_action",
    "is_action_event",
    "request_from_body",
    "resolve_outputs",
    "run_autofix",
    "run_state_machine",
    "start_and_wait",
    "start_sync_execution",
]
