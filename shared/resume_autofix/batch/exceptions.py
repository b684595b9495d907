"""Errors of the batch package; each subclasses the project's family so the edge maps it to HTTP."""

from __future__ import annotations

from typing import Any

from ..exceptions import AutofixError, UpstreamError


class BatchTimeoutError(AutofixError):
    """An item did not finish within its batch's timeout."""

    status = 504


class BatchProcessingError(UpstreamError):
    """Some items of a batch failed; ``details`` lists each failed item's index and error.

    Raised by ``BatchResult.raise_for_failures`` so that partial failures are never swallowed: the caller either
    inspects ``BatchResult.failures`` itself or lets this error carry them to the edge.
    """

    def __init__(self, message: str, details: Any = None, errors: list[BaseException] | None = None) -> None:
        super().__init__(message, details)
        self.errors = errors or []
