"""``propose``: run one fix job. An AI job is exactly one provider call for all its fix types."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from resume_autofix.ai import AIProvider
from resume_autofix.resume.pointer import assign, deep_copy, resolve

from .base import edits_to_ops
from .exceptions import FixPlanError
from .prompt import build_prompt, split_answer
from .registry import FIX_TYPES


def propose(
    job: Sequence[str],
    resume: dict[str, Any],
    analysis: dict[str, Any],
    job_description: str | None,
    provider: AIProvider,
) -> dict[str, list[dict[str, Any]]]:
    """``{fix_id: [JSON-Patch op, ...]}`` for one job of a plan stage.

    AI fix types go to ``provider`` in one combined prompt; rule fix types run locally. Each edit is checked by
    its fix type before it becomes ops (merge checks again); edits that fail are dropped here.
    """
    unknown = [f for f in job if f not in FIX_TYPES]
    if unknown:
        raise FixPlanError(f"Unknown fix type(s): {', '.join(unknown)}", {"unknown": unknown})
    ai_ids = [f for f in job if FIX_TYPES[f].needs_ai]
    edits: dict[str, list[dict[str, Any]]] = {}
    if ai_ids:
        answer = provider.generate(build_prompt(ai_ids, resume, analysis, job_description))
        edits.update(split_answer(answer, ai_ids))
    for fix_id in job:
        rules = FIX_TYPES[fix_id].rules
        if fix_id not in ai_ids:
            edits[fix_id] = rules(resume, analysis, job_description) if rules else []
    # Edits of one job may touch one field in turn (a verb fix, then a spelling fix): check and convert them
    # in merge order (by fix id) against a working copy, so each op's test value is what merge will see.
    working = deep_copy(resume)
    out: dict[str, list[dict[str, Any]]] = {}
    for fix_id in sorted(edits):
        good = _checked(fix_id, edits[fix_id], working, analysis)
        out[fix_id] = edits_to_ops(good, working)
        for edit in good:
            if not edit["path"].endswith("/-"):
                assign(working, edit["path"], edit["new"])
    return {f: out.get(f, []) for f in job}


def _checked(
    fix_id: str, edits: list[dict[str, Any]], resume: dict[str, Any], analysis: dict[str, Any]
) -> list[dict[str, Any]]:
    fix = FIX_TYPES[fix_id]
    good = []
    for edit in edits:
        path = edit.get("path")
        if not isinstance(path, str) or not isinstance(edit.get("new"), str) or not fix.allows(path):
            continue
        if not path.endswith("/-") and not isinstance(resolve(resume, path, None), str):
            continue
        if fix.check is not None and fix.check(edit, resume, analysis):
            continue
        good.append(edit)
    return good
