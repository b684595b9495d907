"""Errors of the workflow; each subclasses the project's family so the edge maps it to HTTP."""

from __future__ import annotations

from ..exceptions import AutofixError, InvalidInputError, UpstreamError


class WorkflowError(AutofixError):
    """Base of the workflow's errors."""


class InvalidAutofixRequestError(InvalidInputError, WorkflowError):
    """The auto-fix request has a bad field (fixes, formats, template_id, job_description)."""


class StepFailedError(UpstreamError, WorkflowError):
    """A workflow step (a Lambda action, or the state machine as a whole) failed.

    ``details`` carries ``step``, ``error`` (the error type) and ``cause`` (its message).
    """
