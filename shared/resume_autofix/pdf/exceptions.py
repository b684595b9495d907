"""Errors of the pdf package; they subclass the project's family so the edge maps them to HTTP."""

from __future__ import annotations

from resume_autofix.exceptions import InvalidInputError, PayloadTooLargeError


class UnknownPaperError(InvalidInputError):
    """``paper`` is not A4 or Letter (a 400 naming the valid ones)."""


class PdfTooLargeError(PayloadTooLargeError):
    """The PDF would not fit in a Lambda answer (6 MB, base64 included)."""
