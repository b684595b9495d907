"""Reading the user's files (or stdin) with errors that say what to fix."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from ..exceptions import AutofixError
from ..resume import load_job_description, load_resume, parse_json
from ..resume.normalize import nfc
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
        return dict(nfc(load_resume(raw).to_dict()))  # NFC, as the HTTP edge: keys and results see one text
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
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 with its BOM (Windows "Unicode" text)
        raw = raw.decode("utf-16", errors="replace").encode("utf-8")
    if b"\x00" in raw:  # PDF, Word, images...: text files hold no NUL byte (a legacy 8-bit text still reads)
        raise UsageError(
            f"{source}: is not text (a binary file, e.g. a PDF or Word file?); "
            "give the job description as UTF-8 text or a JSON job document"
        )
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
    return nfc(data)


def check_output(out: str) -> None:
    """Refuse, before any work, an output path that cannot be written: a folder, or a file in a missing folder."""
    if out == "-":
        return
    path = Path(out)
    if path.is_dir():
        raise UsageError(f"{out}: is a folder; give a file name, e.g. {Path(out) / 'resume.pdf'}")
    if not path.parent.is_dir():
        raise UsageError(f"{out}: the folder {path.parent} does not exist")


def write_output(out: str, data: bytes) -> None:
    """Write ``data`` to the file ``out`` (checked as ``check_output`` does); a failure is a usage error."""
    check_output(out)
    try:
        Path(out).write_bytes(data)
    except OSError as exc:
        raise UsageError(f"{out}: cannot write it ({exc.strerror})") from None


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
    if Path(source).suffix.lower() in (".pdf", ".docx", ".odt", ".txt", ".md", ".markdown", ".text"):
        return True
    return source == "-" and raw[:1024].lstrip().startswith((b"%PDF-", b"PK\x03\x04"))


def import_file(source: str, raw: bytes, ai: Any = None, ai_timeout: float = 20.0) -> Any:
    """``source`` imported into JSON Resume; a bad file is a usage error (exit 2) naming the file.

    ``ai``: a real model to structure the text with (one call; the rules stand when it cannot do better).
    """
    from ..importer import import_resume  # noqa: PLC0415 - PDFium/python-docx load only for imports

    name = None if source == "-" else Path(source).name
    try:
        if ai is None:
            result = import_resume(raw, filename=name)
        else:
            from ..ai.structure import import_structured  # noqa: PLC0415

            result = import_structured(raw, name, model=ai, timeout=ai_timeout)
    except AutofixError as exc:
        raise UsageError(f"{source}: {exc.message}") from None
    for warning in result.warnings:
        print(f"resume-autofix: {Path(source).name}: {warning}", file=sys.stderr)
    return result
