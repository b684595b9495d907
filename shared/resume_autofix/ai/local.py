"""The offline rules engine behind the provider interface: reads the prompt's JSON, answers JSON."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from resume_autofix.resume.pointer import assign, deep_copy

from .base import AIProvider, Prompt, read_payload

Rule = Callable[[dict[str, Any], dict[str, Any], str | None], list[dict[str, Any]]]
"""A fix type's offline rules: ``(resume, analysis, job text) -> [{"path", "new", "reason"?}, ...]``."""


class LocalRulesProvider(AIProvider):
    """Runs each fix type's rules on the resume in the prompt, in fix-id order, each seeing the previous edits.

    Parameters
    ----------
    rules
        The rules by fix id (``fixes.FIX_RULES``); the fix types own them, so they come in here rather than
        the AI package importing the fixes (which import it).
    """

    name = "local"

    def __init__(self, rules: Mapping[str, Rule]) -> None:
        super().__init__()
        self.rules = rules

    def _generate(self, prompt: Prompt) -> dict[str, Any]:
        payload = read_payload(prompt)
        resume = deep_copy(payload.get("resume") or {})
        analysis = {"issues": payload.get("issues") or [], "keywords": payload.get("keywords") or {}}
        job = payload.get("job_description") or None
        fixes: dict[str, list[dict[str, Any]]] = {}
        for fix_id in sorted(payload.get("fix_ids") or []):
            rules = self.rules.get(fix_id)
            if rules is None:
                continue
            edits = [
                {"path": e["path"], "new": e["new"], "reason": e.get("reason", fix_id)}
                for e in rules(resume, analysis, job)
            ]
            fixes[fix_id] = edits
            for e in edits:
                assign(resume, e["path"], e["new"])
        return {"fixes": fixes}
