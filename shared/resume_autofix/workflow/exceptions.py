"""Errors of the workflow, and turning a failed step (a Lambda error inside Step Functions, or a failed local job)
into one clear error; each subclasses the project's family so the edge maps it to HTTP."""

from __future__ import annotations

import json
from typing import Any

from ..exceptions import AutofixError, InvalidInputError, UpstreamError


class InvalidAutofixRequestError(InvalidInputError):
    """The auto-fix request has a bad field (fixes, formats, template_id, job_description)."""


class StepFailedError(UpstreamError):
    """A workflow step (a Lambda action, or the state machine as a whole) failed.

    ``details`` carries ``step``, ``error`` (the error type) and ``cause`` (its message). The status is the failed
    step's own when that was a 4xx of this project (a bad request stays a 400), else 502.
    """

    @classmethod
    def of(cls, step: str, error_type: str | None, message: str, details: Any = None) -> StepFailedError:
        """The error whose message reads "<step> failed: <type>: <message>"."""
        err = cls(
            f"{step} failed: {error_type}: {message}" if error_type else f"{step} failed: {message}",
            details={"step": step, "error": error_type, "cause": message, **({"details": details} if details else {})},
        )
        err.status = _status_of(error_type)
        return err

    @classmethod
    def from_execution(cls, error: str | None, cause: str | None) -> StepFailedError:
        """Decode a failed execution's ``error`` / ``cause`` (as shaped by the ASL's ``*Failed`` states).

        The cause reads "<Step> failed: <Lambda error JSON or text>"; the Lambda error JSON holds
        ``errorType`` and ``errorMessage``.
        """
        cause = cause or ""
        step, sep, rest = cause.partition(" failed: ")
        if not sep:
            step, rest = "AutoFix", cause
        error_type, message = error, rest
        try:
            payload = json.loads(rest)
        except ValueError:
            payload = None
        if isinstance(payload, dict):
            error_type = payload.get("errorType") or error
            message = str(payload.get("errorMessage") or rest)
        return cls.of(step, error_type, message or "no cause given")


def _status_of(error_type: str | None) -> int:
    """The HTTP status of a project error class by name (a 4xx stays a 4xx); 502 for anything else."""
    pending: list[type[AutofixError]] = [AutofixError]
    while pending:
        cls = pending.pop()
        if cls.__name__ == error_type and 400 <= cls.status < 500:
            return cls.status
        pending.extend(cls.__subclasses__())
    return 502
