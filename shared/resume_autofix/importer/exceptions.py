"""Errors of the importer: each one a 4xx whose message says what the person can do about their file."""

from __future__ import annotations

from ..exceptions import InvalidInputError


class ImportFileError(InvalidInputError):
    """A file the importer cannot read; the base of the family (400)."""


class EmptyFileError(ImportFileError):
    """Zero bytes, or only whitespace."""


class UnsupportedFileError(ImportFileError):
    """Not a PDF, DOCX, plain-text or Markdown file (or a file whose name or type says one thing and is another)."""

    status = 415


class CorruptFileError(ImportFileError):
    """The file starts like a PDF/DOCX but cannot be parsed."""

    status = 422


class EncryptedFileError(ImportFileError):
    """A PDF protected by a password."""

    status = 422


class NoTextError(ImportFileError):
    """A PDF whose pages have no text layer (a scan), or a document with no text at all."""

    status = 422


class FileTooLargeError(ImportFileError):
    """Over a limit: bytes, pages, decompressed size, characters."""

    status = 413


class ImportTimeoutError(ImportFileError):
    """Reading the file took longer than the limit (a hostile or pathological document)."""

    status = 422


class NotAResumeError(ImportFileError):
    """Text with no contact details and no resume section: a job ad, a letter, a JSON file named .txt."""

    status = 422
