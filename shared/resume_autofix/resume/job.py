"""The job description: plain text, or a JSON Resume job document (``sample.job.json`` shape)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from .exceptions import InvalidJobDescriptionError, InvalidResumeError
from .loader import parse_json

_TEXT_KEYS = ("title", "description", "experience")
_LIST_KEYS = ("responsibilities", "qualifications")


@dataclass(frozen=True)
class JobDescription:
    """What analysis needs from a job: its whole text, its title, and the keywords it names outright.

    ``keywords`` are hints (a job document's ``skills[].name`` and ``skills[].keywords``); analysis still
    extracts keywords from ``text``.
    """

    text: str
    title: str = ""
    keywords: tuple[str, ...] = ()
    company: str = ""
    source: dict[str, Any] | None = field(default=None, compare=False)

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "title": self.title, "keywords": list(self.keywords), "company": self.company}


def load_job_description(text_or_dict: str | bytes | dict[str, Any] | JobDescription | None) -> JobDescription:
    """Accept a job as text, JSON text of a job document, or a parsed job document.

    Raises
    ------
    InvalidJobDescriptionError
        when the value is neither text nor an object, or a job document field has the wrong type.
    """
    if isinstance(text_or_dict, JobDescription):
        return text_or_dict
    if text_or_dict is None:
        return JobDescription(text="")
    if isinstance(text_or_dict, bytes):
        text_or_dict = text_or_dict.decode("utf-8", "replace").removeprefix("\ufeff")
    if isinstance(text_or_dict, str):
        stripped = text_or_dict.strip().removeprefix("\ufeff")
        if stripped.startswith("{"):
            try:
                parsed = parse_json(stripped, what="job description")
            except InvalidResumeError:
                return JobDescription(text=text_or_dict)  # prose that happens to start with "{"
            if isinstance(parsed, dict):
                return _from_document(parsed)
        return JobDescription(text=text_or_dict, title=_guess_title(text_or_dict))
    if isinstance(text_or_dict, dict):
        return _from_document(text_or_dict)
    raise InvalidJobDescriptionError(
        f"job_description must be text or a JSON object, not {type(text_or_dict).__name__}",
        [{"path": "/job_description", "message": "must be text or an object"}],
    )


def _from_document(doc: dict[str, Any]) -> JobDescription:
    parts: list[str] = []
    for key in _TEXT_KEYS:
        value = doc.get(key)
        if value is None:
            continue
        if not isinstance(value, str | int | float):
            raise InvalidJobDescriptionError(
                f"job_description.{key} must be text", [{"path": f"/job_description/{key}", "message": "must be text"}]
            )
        parts.append(str(value))
    for key in _LIST_KEYS:
        items = doc.get(key) or []
        if not isinstance(items, list):
            raise InvalidJobDescriptionError(
                f"job_description.{key} must be a list of text",
                [{"path": f"/job_description/{key}", "message": "must be a list"}],
            )
        parts.extend(str(i) for i in items if isinstance(i, str | int | float))
    hints: list[str] = []
    skills = doc.get("skills") or []
    if not isinstance(skills, list):
        raise InvalidJobDescriptionError(
            "job_description.skills must be a list", [{"path": "/job_description/skills", "message": "must be a list"}]
        )
    for skill in skills:
        if isinstance(skill, dict):
            if isinstance(skill.get("name"), str) and skill["name"].strip():
                hints.append(skill["name"].strip())
            kws = skill.get("keywords") or []
            if isinstance(kws, list):
                hints.extend(k.strip() for k in kws if isinstance(k, str) and k.strip())
        elif isinstance(skill, str) and skill.strip():
            hints.append(skill.strip())
    if hints:
        parts.append("Skills: " + ", ".join(hints))
    title = doc.get("title") if isinstance(doc.get("title"), str) else ""
    company = doc.get("company") if isinstance(doc.get("company"), str) else ""
    return JobDescription(
        text="\n".join(parts),
        title=title or "",
        keywords=tuple(dict.fromkeys(hints)),
        company=company or "",
        source=doc,
    )


_HIRING = re.compile(
    r"\b(?:looking for|hiring|seeking|searching for)\s+(?:an?|our)\s+((?:[A-Z][\w+#./-]*\s?){1,6})", re.UNICODE
)


_TITLE_PREFIX = re.compile(
    r"^\s*(?:job\s+(?:description|title|posting|opening)|position|role|title|vacancy)\b\s*[:\-–—]?\s*", re.IGNORECASE
)
# What follows a title on a posting's first line: experience asked, place, kind of contract.
_TITLE_TAIL = re.compile(
    r"\s*(?:[-–—,|(/]\s*)?\(?\s*(?:\d+\s*(?:\+|-\s*\d+|to\s*\d+)?\s*(?:years?|yrs?)\b.*|remote\b.*|hybrid\b.*"
    r"|on[- ]?site\b.*|full[- ]time\b.*|part[- ]time\b.*|contract\b.*)$",
    re.IGNORECASE,
)


def clean_title(line: str) -> str:
    """ "Job Description Java Developer 3 Years of Experience" → "Java Developer"."""
    title = _TITLE_PREFIX.sub("", line.strip())
    return _TITLE_TAIL.sub("", title).strip(" -–—,|:()")


def _guess_title(text: str) -> str:
    """A short first line reads as the title; in prose, "looking for a Senior Backend Engineer to ..." does."""
    first = clean_title(next((line.strip() for line in text.splitlines() if line.strip()), ""))
    if 0 < len(first) <= 60 and not first.endswith((".", ":", ";")) and len(first.split()) <= 8 and ". " not in first:
        return first
    m = _HIRING.search(text[:600])
    return re.split(r"[.,;:]\s", m.group(1).strip() + " ")[0].strip(" .,;:") if m else ""
