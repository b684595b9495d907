"""Keyword injection with evidence only: the job's "Kubernetes" goes in where the resume already says "k8s".

A job keyword with no form in the resume is never added; analysis recommends "add X if true" instead.
"""

from __future__ import annotations

import re
from typing import Any

from resume_autofix.analysis import vocabulary as vocab
from resume_autofix.analysis.text import iter_fields, plain
from resume_autofix.resume.pointer import resolve, split

from .base import PROSE_PATHS, Edit, FixType

INJECTABLE = (vocab.HARD, vocab.TOOL, vocab.CERT)


def evidence(resume: dict[str, Any], keyword: str) -> str | None:
    """The form of ``keyword`` the resume already uses (any field), or ``None``."""
    term = vocab.lookup(keyword)
    if term is None:
        return None
    for f in iter_fields(resume):
        text = vocab.for_matching(plain(f.text))
        folded = vocab.fold(text)
        for form in term.strong_forms:  # "REST APIs" is no evidence of "API design"
            if vocab.search_form(text, form, folded):
                return form
    return None


def _candidates(analysis: dict[str, Any]) -> list[dict[str, Any]]:
    matched = (analysis.get("keywords") or {}).get("matched") or []
    return [m for m in matched if m.get("via_variant") and m.get("category") in INJECTABLE]


def rules(resume: dict[str, Any], analysis: dict[str, Any], _job: str | None) -> list[Edit]:
    edits: list[Edit] = []
    skills: list[Any] = resume["skills"] if isinstance(resume.get("skills"), list) else []
    texts: dict[str, str] = {}
    for m in _candidates(analysis):
        keyword, where = m["keyword"], m.get("where") or []
        if not where or evidence(resume, keyword) is None:
            continue
        target = _skill_entry(skills, where)
        if target is not None:
            edits.append(
                {
                    "path": f"/skills/{target}/keywords/-",
                    "new": keyword,
                    "reason": f"the resume says {where[0]['form']!r}",
                }
            )
            continue
        for w in where:
            text = texts.get(w["path"], resolve(resume, w["path"], None))
            if isinstance(text, str) and any(re.fullmatch(p, w["path"]) for p in PROSE_PATHS):
                found = vocab.form_regex(w["form"]).search(text)
                if found:
                    texts[w["path"]] = f"{text[: found.start()]}{keyword} ({found.group(0)}){text[found.end() :]}"
                break
    edits.extend({"path": p, "new": t, "reason": "job keyword with evidence"} for p, t in texts.items())
    return edits


def _skill_entry(skills: list[Any], where: list[dict[str, str]]) -> int | None:
    for w in where:
        parts = split(w["path"])
        if parts[:1] == ["skills"] and len(parts) > 2 and isinstance(skills[int(parts[1])].get("keywords"), list):
            return int(parts[1])
    for i, entry in enumerate(skills):
        if isinstance(entry, dict) and isinstance(entry.get("keywords"), list):
            return i
    return None


def check(edit: Edit, resume: dict[str, Any], analysis: dict[str, Any]) -> str | None:
    allowed = {m["keyword"] for m in _candidates(analysis)}
    if edit["path"].endswith("/-"):
        keyword = edit["new"]
        if keyword not in allowed or evidence(resume, keyword) is None:
            return f"no evidence in the resume for {keyword!r}"
        existing = resolve(resume, edit["path"][:-2], [])
        if any(isinstance(k, str) and k.lower() == keyword.lower() for k in existing):
            return f"{keyword!r} is already listed"
        return None
    old = resolve(resume, edit["path"], None)
    if not isinstance(old, str):
        return "the path holds no text"
    for keyword in allowed:
        term = vocab.lookup(keyword)
        for form in term.forms if term else ():
            for x in vocab.form_regex(form).finditer(old):
                if old[: x.start()] + f"{keyword} ({x.group(0)})" + old[x.end() :] == edit["new"]:
                    return None
    return "a keyword fix may only name a job keyword next to the resume's own variant of it"


FIX = FixType(
    "keywords",
    "Name job keywords where the resume already has a variant (k8s → Kubernetes)",
    (),
    True,
    (*PROSE_PATHS, r"/skills/\d+/keywords/-"),
    rules,
    check,
)
