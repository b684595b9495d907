"""Errors of the docx package; they subclass the project's family so the edge maps them to HTTP."""

from __future__ import annotations

from resume_autofix.exceptions import AutofixError, PayloadTooLargeError


class DocxError(AutofixError):
    """Building the DOCX failed (a bug: a 500)."""


class DocxTooLargeError(PayloadTooLargeError):
    """The DOCX would not fit in a Lambda answer (6 MB, base64 included)."""
