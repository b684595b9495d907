"""Errors of the bulk package; each subclasses the project's family so the CLI and the edge map it one way."""

from __future__ import annotations

from ..exceptions import AutofixError, InvalidInputError, NotFoundError


class BulkError(AutofixError):
    """Base of the bulk package's errors."""


class UnsupportedFormatError(InvalidInputError):
    """A file whose format this build cannot read (an extension we do not know, or no importer installed)."""


class InvalidBatchRequestError(InvalidInputError):
    """A batch request (CLI options or POST /api/batch body) that cannot run; the message says what to fix."""


class BatchRunNotFoundError(NotFoundError):
    """GET /api/batch/{id} for a run that does not exist."""


class RunExistsError(BulkError):
    """POST /api/batch with the id of a run that was already started."""

    status = 409


class BulkNotConfiguredError(InvalidInputError):
    """A bulk route where the stack's state machine and buckets are not configured (e.g. the local API)."""
