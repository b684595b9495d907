"""Weak openers → action verbs ("Responsible for <verb>ing ..." forms, whose verbs the bullet already has), and
the opening verb of an ended role's bullet into the past tense ("Manage ..." → "Managed ...").

"Helped", "worked on" and the like stay flagged only: "Helped build X" → "Built X" would claim more than the
person wrote.
"""

from __future__ import annotations

from typing import Any

from resume_autofix.analysis.checks import ended_role
from resume_autofix.analysis.spelling import english_words
from resume_autofix.analysis.verbs import gerund_to_past, rewrite_opener, rewrite_tense
from resume_autofix.resume.pointer import resolve

from .base import BULLET_PATHS, Edit, FixType, issues_of


def rules(resume: dict[str, Any], analysis: dict[str, Any], _job: str | None) -> list[Edit]:
    edits = []
    for issue in issues_of(analysis, "weak_opener"):
        rewrite = (issue.get("data") or {}).get("rewrite")
        current = resolve(resume, issue["path"], None)
        if rewrite and isinstance(current, str):
            edits.append({"path": issue["path"], "new": rewrite, "reason": "action verb"})
    for issue in issues_of(analysis, "tense"):
        rewrite = (issue.get("data") or {}).get("rewrite")
        if rewrite and isinstance(resolve(resume, issue["path"], None), str):
            edits.append({"path": issue["path"], "new": rewrite, "reason": "past tense for a role that has ended"})
    return edits


def check(edit: Edit, resume: dict[str, Any], _analysis: dict[str, Any]) -> str | None:
    """The rest of the bullet must be unchanged and the new verb must come from the bullet's own gerund."""
    old = resolve(resume, edit["path"], None)
    if not isinstance(old, str):
        return "the path holds no text"
    if rewrite_tense(old) == edit["new"]:
        return None if ended_role(resume, edit["path"]) else "the role has not ended: it keeps the present tense"
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
    "action_verbs",
    "Turn 'Responsible for managing ...' into 'Managed ...'; past tense for ended roles",
    (),
    True,
    BULLET_PATHS,
    rules,
    check,
)
