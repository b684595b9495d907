"""One prompt for all AI fix types of a job, and splitting the answer back per fix type.

The fix types own what the model is asked (their descriptions, allowed paths and issues); the AI package only
carries the prompt. Prompts are cached in the prompt cache under the hash of their inputs: building one (issue
selection, JSON serialisation of the resume) is repeated for the same resume on every retry, replay and duplicate
request.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import orjson

from resume_autofix.ai import Prompt, embed_payload
from resume_autofix.cache import cache_manager, hash_key, make_key

from .registry import FIX_TYPES

SYSTEM = (
    "You improve resumes for applicant tracking systems without ever inventing facts. Never add or change an "
    "employer, job title, date, degree, institution, figure or skill that the resume does not already show. "
    'Answer with JSON only, exactly: {"fixes": {"<fix id>": [{"path": "<JSON Pointer>", "new": '
    '"<whole new value>", "reason": "<short>"}]}}. Use only the paths and fix ids given.'
)
_ISSUES_FOR = {
    "spelling": ("spelling", "repeated_word"),
    "action_verbs": ("weak_opener",),
    "keywords": ("keyword_variant",),
}


def build_prompt(
    fix_ids: Sequence[str], resume: dict[str, Any], analysis: dict[str, Any], job_description: str | None
) -> Prompt:
    """The combined prompt for ``fix_ids`` (cached by the hash of its inputs)."""
    ids = tuple(sorted(fix_ids))
    key = make_key("prompt", "v1", ids, hash_key(resume), hash_key(analysis), hash_key(job_description or ""))
    cache = cache_manager.get_prompt_cache()
    cached = cache.get(key)
    if isinstance(cached, dict):
        return Prompt(
            cached["system"], cached["user"], tuple(cached["fix_ids"]), cached["key"], orjson.loads(cached["payload"])
        )
    prompt = _build(ids, resume, analysis, job_description)
    cache.set(
        key,
        {
            "system": prompt.system,
            "user": prompt.user,
            "fix_ids": list(prompt.fix_ids),
            "key": prompt.key,
            "payload": orjson.dumps(prompt.payload).decode(),
        },
    )
    return prompt


def _build(
    ids: tuple[str, ...], resume: dict[str, Any], analysis: dict[str, Any], job_description: str | None
) -> Prompt:
    tasks = {}
    for fix_id in ids:
        fix = FIX_TYPES[fix_id]
        wanted = _ISSUES_FOR.get(fix_id, ())
        tasks[fix_id] = {
            "instruction": fix.description,
            "allowed_paths": list(fix.allowed_paths),
            "issues": [i for i in analysis.get("issues", []) if i.get("type") in wanted],
        }
    payload = {
        "fix_ids": list(ids),
        "tasks": tasks,
        "resume": resume,
        "keywords": analysis.get("keywords") or {},
        "issues": analysis.get("issues") or [],
        "job_description": job_description or "",
    }
    body = orjson.dumps(payload, option=orjson.OPT_SORT_KEYS).decode()
    user = (
        f"Fix types to apply: {', '.join(ids)}.\n"
        "The resume, its analysis and the tasks are in the JSON between the markers.\n"
        f"{embed_payload(body)}"
    )
    return Prompt(SYSTEM, user, ids, hash_key([SYSTEM, user]), payload)


def split_answer(answer: dict[str, Any], fix_ids: Sequence[str]) -> dict[str, list[dict[str, Any]]]:
    """``{fix_id: [edit, ...]}`` for the requested ids only (anything else the model said is dropped)."""
    fixes = answer.get("fixes") if isinstance(answer, dict) else None
    fixes = fixes if isinstance(fixes, dict) else {}
    return {f: [e for e in fixes.get(f) or [] if isinstance(e, dict)] for f in fix_ids}
