"""Date normalisation: "March 2019" → "2019-03". The same date, written the schema's way; never a new date."""

from __future__ import annotations

from typing import Any

from resume_autofix.resume.dates import parse_iso, parse_loose
from resume_autofix.resume.pointer import resolve

from .base import Edit, FixType, issues_of

DATE_KEYS = ("startDate", "endDate", "date", "releaseDate")
DATE_PATHS = (
    r"/(work|volunteer|education|projects)/\d+/(startDate|endDate)",
    r"/(awards|certificates)/\d+/date",
    r"/publications/\d+/releaseDate",
)


def same_date(old: Any, new: Any) -> bool:
    """``new`` is the ISO form of exactly the date ``old`` says."""
    if not isinstance(old, str) or not isinstance(new, str):
        return False
    a, b = parse_loose(old), parse_iso(new)
    return a is not None and a == b


def rules(resume: dict[str, Any], analysis: dict[str, Any], _job: str | None) -> list[Edit]:
    edits = []
    for issue in issues_of(analysis, "date_format"):
        iso = (issue.get("data") or {}).get("iso")
        if iso and same_date(resolve(resume, issue["path"], None), iso):
            edits.append({"path": issue["path"], "new": iso, "reason": "ISO 8601 date"})
    return edits


def check(edit: Edit, resume: dict[str, Any], _analysis: dict[str, Any]) -> str | None:
    return None if same_date(resolve(resume, edit["path"], None), edit["new"]) else "not the same date"


FIX = FixType("dates", "Write readable dates as YYYY-MM-DD / YYYY-MM / YYYY", (), False, DATE_PATHS, rules, check)
