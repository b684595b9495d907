"""PDF, DOCX, OpenDocument, text and Markdown resumes → JSON Resume, every value found verbatim in the file."""

from __future__ import annotations

from .exceptions import (
    CorruptFileError,
    EmptyFileError,
    EncryptedFileError,
    FileTooLargeError,
    ImportFileError,
    ImportTimeoutError,
    NotAResumeError,
    NoTextError,
    UnsupportedFileError,
)
from .guard import invented
from .limits import DEFAULT_LIMITS, ImportLimits
from .service import ImportResult, import_resume, read_document

#: part of every import cache key: changed (to the day) whenever the rules change what a file imports to, so a
#: cached import from older rules is never served
IMPORTER_VERSION = "2026-11-28"
IMPORTABLE_SUFFIXES = (".pdf", ".docx", ".odt", ".txt", ".md", ".markdown", ".text")

__all__ = [
    "DEFAULT_LIMITS",
    "IMPORTABLE_SUFFIXES",
    "IMPORTER_VERSION",
    "CorruptFileError",
    "EmptyFileError",
    "EncryptedFileError",
    "FileTooLargeError",
    "ImportFileError",
    "ImportLimits",
    "ImportResult",
    "ImportTimeoutError",
    "NoTextError",
    "NotAResumeError",
    "UnsupportedFileError",
    "import_resume",
    "invented",
    "read_document",
]
