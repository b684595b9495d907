"""Weak openers → action verbs: only "Responsible for <verb>ing ..." forms, whose verb the bullet already has."""

from __future__ import annotations

from typing import Any

from resume_autofix.analysis.spelling import english_words
from resume_autofix.analysis.verbs import gerund_to_past, rewrite_opener
from resume_autofix.resume.pointer import resolve

from .base import BULLET_PATHS, Edit, FixType, issues_of


def rules(resume: dict[str, Any], analysis: dict[str, Any], _job: str | None) -> list[Edit]:
    edits = []
    for issue in issues_of(analysis, "weak_opener"):
        rewrite = (issue.get("data") or {}).get("rewrite")
        current = resolve(resume, issue["path"], None)
        if rewrite and isinstance(current, str):
            edits.append({"path": issue["path"], "new": rewrite, "reason": "action verb"})
    return edits


def check(edit: Edit, resume: dict[str, Any], _analysis: dict[str, Any]) -> str | None:
    """The rest of the bullet must be unchanged and the new verb must come from the bullet's own gerund."""
    old = resolve(resume, edit["path"], None)
    if not isinstance(old, str):
        return "the path holds no text"
    known = english_words().dictionary
    for current in (False, True):
        if rewrite_opener(old, current, known) == edit["new"]:
            return None
    new_first = edit["new"].split(" ", 1)
    if len(new_first) == 2 and old.endswith(new_first[1]):
        verb = new_first[0].lower()
        gerunds = [w for w in old.lower().split() if w.endswith("ing")]
        if any(gerund_to_past(g, known) == verb for g in gerunds):
            return None
    return "an action-verb fix may only turn the bullet's own '<verb>ing' into '<verb>ed'"


FIX = FixType(
    "action_verbs", "Turn 'Responsible for managing ...' into 'Managed ...'", (), True, BULLET_PATHS, rules, check
)
