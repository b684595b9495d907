"""Plain-text résumés for the importer's round tests: a whole text, or a body under one heading after a name."""

from __future__ import annotations

from resume_autofix.importer import import_resume


def text_resume(text: str) -> dict:
    """The JSON Resume the importer reads from ``text`` as a .txt file."""
    return import_resume(text.encode(), "cv.txt").resume


def section_resume(body: str, heading: str) -> dict:
    """The JSON Resume of a name, an e-mail and ``body`` under ``heading``."""
    return text_resume(f"Jane Doe\njane@example.com\n\n{heading}\n{body}")
