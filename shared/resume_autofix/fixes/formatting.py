"""Formatting: extra whitespace, typed bullet markers, lower-case bullet starts. Runs last (after text fixes)."""

from __future__ import annotations

import re
from typing import Any

from resume_autofix.analysis.checks import needs_capital
from resume_autofix.analysis.text import iter_fields
from resume_autofix.resume.pointer import resolve

from .base import PROSE_PATHS, Edit, FixType

_MARK = re.compile(r"^\s*[-•*·▪–]\s+")


def tidy(text: str, bullet: bool) -> str:
    out = re.sub(r"[ \t]{2,}", " ", text).strip()
    if bullet:
        out = _MARK.sub("", out)
        if needs_capital(out):
            out = out[0].upper() + out[1:]
    return out


def rules(resume: dict[str, Any], _analysis: dict[str, Any], _job: str | None) -> list[Edit]:
    edits = []
    for f in iter_fields(resume):
        if f.role not in {"summary", "prose", "bullet"}:
            continue
        new = tidy(f.text, f.role == "bullet")
        if new != f.text and new:
            edits.append({"path": f.path, "new": new, "reason": "formatting"})
    return edits


def _letters(text: str) -> str:
    return re.sub(r"\W", "", _MARK.sub("", text)).lower()


def check(edit: Edit, resume: dict[str, Any], _analysis: dict[str, Any]) -> str | None:
    old = resolve(resume, edit["path"], None)
    if not isinstance(old, str):
        return "the path holds no text"
    return None if _letters(old) == _letters(edit["new"]) and edit["new"].strip() else "formatting changed the words"


FIX = FixType(
    "formatting",
    "Tidy whitespace, bullet markers and capitals",
    ("spelling", "action_verbs", "keywords"),
    False,
    PROSE_PATHS,
    rules,
    check,
)
