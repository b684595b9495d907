"""Reading the user's files (or stdin) with errors that say what to fix."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from ..exceptions import AutofixError
from ..resume import load_job_description, load_resume, parse_json
from .exceptions import UsageError


def read_bytes(source: str) -> bytes:
    """The bytes of ``source``: a path, or ``-`` for stdin."""
    if source == "-":
        return sys.stdin.buffer.read()
    path = Path(source)
    if not path.exists():
        raise UsageError(f"{source}: no such file")
    if path.is_dir():
        raise UsageError(f"{source}: is a folder, not a file")
    try:
        return path.read_bytes()
    except OSError as exc:
        raise UsageError(f"{source}: cannot read it ({exc.strerror})") from None


def read_resume(source: str) -> dict[str, Any]:
    """A validated JSON Resume as a dict; errors name the file and the JSON path.

    A PDF, DOCX, text or Markdown resume is imported first (its warnings go to stderr).
    """
    raw = read_bytes(source)
    if is_importable(source, raw):
        return import_file(source, raw).resume
    try:
        return load_resume(raw).to_dict()
    except UsageError:
        raise
    except Exception as exc:
        message = getattr(exc, "message", str(exc))
        raise UsageError(f"{source}: {message}", details=getattr(exc, "details", None)) from None


def read_job(source: str | None) -> Any:
    """The job description: plain text, or a JSON Resume job document (``sample.job.json`` shape)."""
    if source is None:
        return None
    raw = read_bytes(source)
    text = raw.decode("utf-8-sig", errors="replace")
    stripped = text.lstrip()
    data: Any = text
    if stripped.startswith("{"):
        try:
            data = parse_json(raw)
        except Exception as exc:
            raise UsageError(
                f"{source}: looks like JSON but is not valid JSON: {getattr(exc, 'message', exc)}"
            ) from None
    try:
        load_job_description(data)
    except Exception as exc:
        raise UsageError(f"{source}: {getattr(exc, 'message', exc)}") from None
    return data


def parse_list(raw: str | None, valid: tuple[str, ...], what: str) -> tuple[str, ...]:
    """``"html,pdf"`` → ``("html", "pdf")``, each checked against ``valid``."""
    if not raw:
        return ()
    items = tuple(dict.fromkeys(p.strip().lower() for p in raw.split(",") if p.strip()))
    bad = [i for i in items if i not in valid]
    if bad:
        raise UsageError(f"unknown {what}: {', '.join(bad)}; use {', '.join(valid)}")
    return items


def is_importable(source: str, raw: bytes) -> bool:
    """A resume file to import rather than JSON: by its suffix, or (stdin) by its first bytes."""
    if Path(source).suffix.lower() in (".pdf", ".docx", ".txt", ".md", ".markdown", ".text"):
        return True
    return source == "-" and raw[:1024].lstrip().startswith((b"%PDF-", b"PK\x03\x04"))


def import_file(source: str, raw: bytes) -> Any:
    """``source`` imported into JSON Resume; a bad file is a usage error (exit 2) naming the file."""
    from ..importer import import_resume  # noqa: PLC0415 - pdfminer/python-docx load only for imports

    try:
        result = import_resume(raw, filename=None if source == "-" else Path(source).name)
    except AutofixError as exc:
        raise UsageError(f"{source}: {exc.message}") from None
    for warning in result.warnings:
        print(f"resume-autofix: {Path(source).name}: {warning}", file=sys.stderr)
    return result
