"""Which of a job's keywords are must-haves: those its requirements name, not its nice-to-haves.

A job says what it requires in a "Requirements:" / "Qualifications:" / "Must have" section, or in a sentence with
"required", "must" or "essential"; a "Preferred" / "Nice to have" / "Bonus" section, or a sentence that says
"not required", "a plus" or "appreciated", does not make a requirement. A JSON job document's ``qualifications``
and ``skills`` are requirements. Every pass is a linear scan (no pattern rescans its input).
"""

from __future__ import annotations

import re
from typing import Any

_HEADING = re.compile(r"^\s*(?:[-*•]\s*)?([A-Za-z][A-Za-z &'/()-]{1,40}):\s*(.*)$")
_REQUIRED_HEADING = re.compile(r"requir|qualification|must|essential|need|you have|you bring|skills", re.IGNORECASE)
_OPTIONAL_HEADING = re.compile(r"prefer|nice|bonus|plus|desir|optional", re.IGNORECASE)
_REQUIRED_SENTENCE = re.compile(
    r"\b(?:required|must|essential|mandatory)\b|\b(?:requirements|qualifications|must[- ]haves?)\s*:", re.IGNORECASE
)
_OPTIONAL_SENTENCE = re.compile(
    r"\b(?:not required|nice to have|nice-to-have|a plus|preferred|bonus|appreciated|desirable|optional)\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"(?<=[.;!?])\s+|\n")


def requirement_text(job: Any) -> str:
    """The parts of a job (text or job document) that state requirements, lower-cased and joined."""
    if isinstance(job, dict):
        parts = [str(q) for q in job.get("qualifications") or [] if isinstance(q, str | int | float)]
        for skill in job.get("skills") or []:
            if isinstance(skill, dict):
                parts.append(str(skill.get("name") or ""))
                parts.extend(str(k) for k in skill.get("keywords") or [] if isinstance(k, str))
        prose = " \n".join(str(job.get(k) or "") for k in ("description", "experience"))
        return "\n".join([*parts, _from_text(prose)]).lower()
    return _from_text(job if isinstance(job, str) else "").lower()


def _from_text(text: str) -> str:
    kept: list[str] = []
    section = "other"
    blank_run = 0
    section_lines = 0
    for line in text.splitlines():
        if not line.strip():
            blank_run += 1
            continue
        heading = _HEADING.match(line)
        body = line
        if heading and not heading.group(1).strip().lower().startswith(("http", "e.g")):
            label = heading.group(1)
            if _OPTIONAL_HEADING.search(label):
                section = "optional"
            elif _REQUIRED_HEADING.search(label):
                section = "required"
            else:
                section = "other"
            body = heading.group(2)
            section_lines = 0
        elif blank_run and section == "required" and section_lines and not line.lstrip().startswith(("-", "*", "•")):
            # a paragraph after the requirements' own lines ends them unless it is another bullet
            section = "other"
        blank_run = 0
        section_lines += bool(body.strip())
        for sentence in _SENTENCE_END.split(body):
            if _OPTIONAL_SENTENCE.search(sentence):
                continue
            if section == "required" or _REQUIRED_SENTENCE.search(sentence):
                kept.append(sentence)
    return "\n".join(kept)


def must_haves(analysis: dict[str, Any], job: Any) -> tuple[list[str], list[str]]:
    """``(must_haves, missing)``: the job's keywords its requirements name, and those the resume lacks.

    Keywords come from the analysis (``keywords.matched`` / ``keywords.missing``, the job title excluded), named
    as the job wrote them.
    """
    text = requirement_text(job)
    if not text:
        return [], []
    keywords = analysis.get("keywords") or {}
    found: list[str] = []
    missing: list[str] = []
    for bucket, out in (("matched", found), ("missing", missing)):
        for item in keywords.get(bucket) or []:
            if item.get("category") == "job_title":
                continue
            names = {str(item.get("as_written") or ""), str(item.get("keyword") or "")} - {""}
            if any(_mentions(text, name.lower()) for name in names):
                out.append(str(item.get("as_written") or item.get("keyword")))
    return found + missing, missing


def _mentions(text: str, term: str) -> bool:
    start = text.find(term)
    while start != -1:
        end = start + len(term)
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        if not (before.isalnum() or after.isalnum()):
            return True
        start = text.find(term, start + 1)
    return False
