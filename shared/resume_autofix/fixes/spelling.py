"""Spelling/grammar: confident misspellings and repeated words. Unsure words stay suggestions in the analysis."""

from __future__ import annotations

import re
from typing import Any

from resume_autofix.analysis.spelling import is_known, language_of
from resume_autofix.resume.pointer import resolve

from .base import PROSE_PATHS, Edit, FixType, issues_of


def rules(resume: dict[str, Any], analysis: dict[str, Any], _job: str | None) -> list[Edit]:
    texts: dict[str, str] = {}
    for issue in issues_of(analysis, "spelling", "repeated_word"):
        data = issue.get("data") or {}
        path = issue["path"]
        text = texts.get(path, resolve(resume, path, None))
        if not isinstance(text, str):
            continue
        if issue["type"] == "spelling" and data.get("confident") and data.get("suggestion"):
            word, fix = data["word"], data["suggestion"]
            text = re.sub(rf"(?<![\w]){re.escape(word)}(?![\w])", fix, text, count=1)
        elif issue["type"] == "repeated_word":
            word = data.get("word", "")
            text = re.sub(rf"\b({re.escape(word)})\s+\1\b", r"\1", text, count=1, flags=re.IGNORECASE)
        texts[path] = text
    return [{"path": p, "new": t, "reason": "spelling"} for p, t in texts.items()]


def check(edit: Edit, resume: dict[str, Any], _analysis: dict[str, Any]) -> str | None:
    """Only word swaps to known dictionary words, or a removed repeat; nothing else may change."""
    old = resolve(resume, edit["path"], None)
    if not isinstance(old, str):
        return "the path holds no text"
    old_words, new_words = re.findall(r"\S+", old), re.findall(r"\S+", edit["new"])
    if len(new_words) == len(old_words) - 1:
        return None if _is_repeat_removal(old_words, new_words) else "removes more than a repeated word"
    if len(new_words) != len(old_words):
        return "spelling may only swap words, not add or drop them"
    language = language_of(old)
    for a, b in zip(old_words, new_words, strict=True):
        if a != b and not is_known(re.sub(r"[^\w'-]", "", b), language):
            return f"{b!r} is not a dictionary word"
    return None


def _is_repeat_removal(old: list[str], new: list[str]) -> bool:
    return any(old[i].lower() == old[i - 1].lower() and old[:i] + old[i + 1 :] == new for i in range(1, len(old)))


FIX = FixType(
    "spelling",
    "Correct confident misspellings and repeated words (en, de, es, fr, it, pt, nl)",
    (),
    True,
    PROSE_PATHS,
    rules,
    check,
)
