"""Errors of the idempotency package; each subclasses the project's family so the edge maps it to HTTP."""

from __future__ import annotations

from ..exceptions import AutofixError


class IdempotencyStoreUnavailableError(AutofixError):
    """memcached could not be used (down, timing out, or answering inconsistently); the caller runs without dedup."""


class DuplicateStillRunningError(AutofixError):
    """A duplicate waited as long as it may and the first request is still running (retry later)."""

    status = 503
