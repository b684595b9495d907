"""The auto-fix workflow: its steps (the Lambda task actions), the local runner, and the state machine call."""

from __future__ import annotations

from .actions import ACTIONS, handle_action, is_action_event
from .exceptions import InvalidAutofixRequestError, StepFailedError
from .outputs import resolve_outputs
from .request import AutofixRequest, build_request, request_from_body
from .result import AutofixResult
from .runner import run_autofix, run_request
from .service import AutofixService, autofix_service
from .sfn import run_state_machine, start_and_wait, start_sync_execution
from .state import Answer, Plan, State

__all__ = [
    "ACTIONS",
    "Answer",
    "AutofixRequest",
    "AutofixResult",
    "AutofixService",
    "InvalidAutofixRequestError",
    "Plan",
    "State",
    "StepFailedError",
    "autofix_service",
    "build_request",
    "handle_action",
    "is_action_event",
    "request_from_body",
    "resolve_outputs",
    "run_autofix",
    "run_request",
    "run_state_machine",
    "start_and_wait",
    "start_sync_execution",
]
