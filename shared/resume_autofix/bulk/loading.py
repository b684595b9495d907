"""Turning one input file into a JSON Resume dict, and a job file into a job description.

PDF, DOCX and text resumes go through ``resume_autofix.importer.import_resume(data, filename)``, imported lazily:
a build without the importer reports those files as an unsupported format instead of failing the run. The same
holds for the DOCX writer (``resume_autofix.docx``).
"""

from __future__ import annotations

import importlib
from pathlib import Path
from types import ModuleType
from typing import Any

from ..resume import load_job_description, load_resume, parse_json
from .discovery import IMPORTED_EXTENSIONS
from .exceptions import InvalidBatchRequestError, UnsupportedFormatError


def optional_module(name: str) -> ModuleType | None:
    """``resume_autofix.<name>`` if this build has it, else None (a missing dependency of it still raises)."""
    dotted = f"resume_autofix.{name}"
    try:
        return importlib.import_module(dotted)
    except ModuleNotFoundError as exc:
        if exc.name is not None and (dotted == exc.name or dotted.startswith(exc.name + ".")):
            return None
        raise


def load_resume_file(data: bytes, filename: str) -> dict[str, Any]:
    """The validated JSON Resume in ``data``.

    Raises
    ------
    UnsupportedFormatError
        an extension we do not read, or a PDF/DOCX/text file while the importer is not installed.
    InvalidInputError
        a JSON file that is not a valid JSON Resume (the message names the JSON path).
    """
    suffix = Path(filename).suffix.lower()
    if suffix == ".json":
        return load_resume(data).to_dict()
    if suffix in IMPORTED_EXTENSIONS:
        importer = optional_module("importer")
        if importer is None:
            raise UnsupportedFormatError(
                f"unsupported format: {suffix} files need the importer (resume_autofix.importer), "
                "which this version does not have; convert the file to JSON Resume"
            )
        imported = importer.import_resume(data, filename)
        return load_resume(_resume_of(imported)).to_dict()
    raise UnsupportedFormatError(
        f"unsupported format: {suffix or 'no extension'}; use .json (JSON Resume), .pdf, .docx, .odt, .txt or .md"
    )


def _resume_of(imported: Any) -> dict[str, Any]:
    """The resume in the importer's answer: an object with ``.resume``, a ``{"resume": ...}`` dict, or the resume."""
    resume = getattr(imported, "resume", None)
    if resume is None and isinstance(imported, dict):
        resume = imported.get("resume", imported)
    to_dict = getattr(resume, "to_dict", None)
    if callable(to_dict):
        resume = to_dict()
    if not isinstance(resume, dict):
        raise UnsupportedFormatError("the importer returned no resume for this file")
    return resume


def read_job_file(path: Path) -> Any:
    """A job file's description as the analysis takes it: text, or a parsed JSON job document.

    Raises
    ------
    InvalidBatchRequestError
        the file cannot be read, or is JSON that is not a job document.
    """
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InvalidBatchRequestError(f"{path}: cannot read the job ({exc.strerror})") from None
    text = raw.decode("utf-8-sig", errors="replace")
    data: Any = text
    if path.suffix.lower() == ".json" or text.lstrip().startswith("{"):
        try:
            data = parse_json(raw, what="job description")
        except Exception as exc:
            message = getattr(exc, "message", exc)
            raise InvalidBatchRequestError(f"{path}: not a valid JSON job document: {message}") from None
    try:
        load_job_description(data)
    except Exception as exc:
        raise InvalidBatchRequestError(f"{path}: {getattr(exc, 'message', exc)}") from None
    return data
