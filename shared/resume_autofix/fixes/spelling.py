"""Spelling/grammar: confident misspellings and repeated words. Unsure words stay suggestions in the analysis."""

from __future__ import annotations

import re
from typing import Any

from resume_autofix.analysis import lexicon
from resume_autofix.analysis.spelling import is_known, language_of
from resume_autofix.resume.pointer import resolve

from .base import PROSE_PATHS, Edit, FixType, issues_of


def rules(resume: dict[str, Any], analysis: dict[str, Any], _job: str | None) -> list[Edit]:
    spots: dict[str, list[tuple[int, str, str]]] = {}
    repeats: dict[str, list[str]] = {}
    for issue in issues_of(analysis, "spelling", "repeated_word"):
        data = issue.get("data") or {}
        if issue["type"] == "spelling" and data.get("confident") and data.get("suggestion"):
            spots.setdefault(issue["path"], []).append((int(data.get("start", -1)), data["word"], data["suggestion"]))
        elif issue["type"] == "repeated_word":
            repeats.setdefault(issue["path"], []).append(data.get("word", ""))
    texts: dict[str, str] = {}
    for path in [*spots, *(p for p in repeats if p not in spots)]:
        text = resolve(resume, path, None)
        if not isinstance(text, str):
            continue
        # Right to left, so each analysis position still points at its word in the stored text.
        for at, word, fix in sorted(spots.get(path, []), reverse=True):
            if at >= 0 and text[at : at + len(word)] == word:
                text = text[:at] + fix + text[at + len(word) :]
            else:
                text = re.sub(rf"(?<![\w]){re.escape(word)}(?![\w])", fix, text, count=1)
        for word in repeats.get(path, []):
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
        if a == b:
            continue
        for part_a, part_b in zip(_parts(a), _parts(b), strict=False):
            if part_a != part_b and lexicon.moves_variant(part_a, part_b):
                return f"{part_a!r} → {part_b!r} moves the resume to another English variant"
        unknown = [p for p in _parts(b) if p and not is_known(p, language)]
        if unknown or len(_parts(a)) != len(_parts(b)):
            return f"{b!r} is not a dictionary word"
    return None


def _parts(token: str) -> list[str]:
    """The words of one whitespace token: "produtcion-ready" → produtcion, ready; "team's" → team."""
    word = re.sub(r"['’]s$", "", re.sub(r"^[^\w]+|[^\w]+$", "", token))
    return [p for p in re.split(r"[/\-–—]", word) if p]


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
