"""Validating a resume once and naming it by its canonical hash (no Jinja2 here: the PDF path imports this)."""

from __future__ import annotations

from typing import Any

from resume_autofix.resume import Resume, load_resume, resume_hash


def prepare(resume: Resume | dict[str, Any]) -> tuple[dict[str, Any], str]:
    """Validate ``resume`` (``InvalidResumeError`` → 400) and return its plain dict and canonical hash."""
    if isinstance(resume, Resume):
        data = resume.to_dict()
    else:
        load_resume(resume)  # validation only; the dict itself is what themes read
        data = resume
    return data, resume_hash(data)
