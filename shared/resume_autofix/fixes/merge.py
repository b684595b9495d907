"""The only place patches are applied, through the guards of ARCHITECTURE.md.

Guards, in order: a known fix type; an allowed operation (``add``/``replace``, each ``replace`` preceded by its
``test``); the path on the fix type's allow-list; no protected field (name, employer, title, dates, degree,
institution, contact) — except a date rewritten as the *same* date by the dates fix; the path exists; the
``test`` of the old value passes (so a conflicting earlier patch wins, deterministically); the fix type's own
check; and no invented content (no new figure, no new proper noun or skill without evidence in the resume).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import jsonpatch
import jsonpointer

from resume_autofix.analysis import lexicon, verbs
from resume_autofix.analysis import vocabulary as vocab
from resume_autofix.analysis.dictionaries import OTHER_LANGUAGES
from resume_autofix.analysis.spelling import english_words, language_of
from resume_autofix.analysis.spelling_other import is_known as known_in
from resume_autofix.analysis.text import iter_fields, plain
from resume_autofix.resume.pointer import deep_copy, resolve, split

from .dates import DATE_KEYS, same_date
from .registry import FIX_TYPES

PROTECTED_KEYS = frozenset(
    {
        "name",
        "company",
        "organization",
        "position",
        "label",
        "title",
        "startDate",
        "endDate",
        "date",
        "releaseDate",
        "studyType",
        "area",
        "institution",
        "issuer",
        "awarder",
        "publisher",
        "email",
        "phone",
        "url",
        "website",
        "location",
        "profiles",
        "score",
        "gpa",
        "level",
        "fluency",
        "language",
    }
)
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
# A figure written as a word is a figure too: "a team of five" → "a team of six" adds a claim.
_NUMBER_WORDS = frozenset(
    [
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
        "twenty",
        "thirty",
        "forty",
        "fifty",
        "sixty",
        "seventy",
        "eighty",
        "ninety",
        "hundred",
        "hundreds",
        "thousand",
        "thousands",
        "million",
        "millions",
        "billion",
        "billions",
        "dozen",
        "dozens",
        "half",
        "double",
        "twice",
        "triple",
        "tripled",
        "doubled",
    ]
)
_TOKEN = re.compile(r"[A-Za-z][\w.+#/-]*[\w+#]|[A-Za-z]")


@dataclass
class MergeResult:
    resume: dict[str, Any]
    applied: list[dict[str, Any]] = field(default_factory=list)
    rejected: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"resume": self.resume, "applied": self.applied, "rejected": self.rejected}


def merge(
    resume: dict[str, Any], proposals: dict[str, list[dict[str, Any]]], analysis: dict[str, Any] | None = None
) -> MergeResult:
    """Apply ``proposals`` ({fix id: [JSON-Patch op, ...]}) to a copy of ``resume`` through the guards.

    Order is by fix id, then op order, so the result never depends on which job finished first.
    ``analysis`` (the analysis the proposals were made from) lets each fix type re-check its own edits.
    """
    doc = deep_copy(resume)
    result = MergeResult(doc)
    words = _evidence(resume)
    for fix_id in sorted(proposals):
        pending_test: dict[str, Any] | None = None
        for op in proposals[fix_id] or []:
            if not isinstance(op, dict):
                result.rejected.append({"fix": fix_id, "op": None, "path": None, "reason": "not a JSON-Patch op"})
                continue
            if op.get("op") == "test":
                pending_test = op
                continue
            reason = _guard(fix_id, op, pending_test, doc, words, analysis)
            test, pending_test = pending_test, None
            entry = {"fix": fix_id, "op": op.get("op"), "path": op.get("path")}
            if reason:
                result.rejected.append({**entry, "reason": reason})
                continue
            old = resolve(doc, op["path"], None) if op["op"] == "replace" else None
            patch = [test, op] if test is not None else [op]
            try:
                doc = jsonpatch.apply_patch(doc, patch, in_place=True)
            except (jsonpatch.JsonPatchException, jsonpointer.JsonPointerException) as exc:
                result.rejected.append({**entry, "reason": f"patch failed: {exc}"})
                continue
            result.applied.append({**entry, "value": op.get("value"), "old": old})
    result.resume = doc
    return result


def _guard(  # noqa: PLR0911, PLR0912, PLR0917 - one guard per step reads best as a flat list
    fix_id: str,
    op: dict[str, Any],
    test: dict[str, Any] | None,
    doc: dict[str, Any],
    words: frozenset[str],
    analysis: dict[str, Any] | None,
) -> str | None:
    fix = FIX_TYPES.get(fix_id)
    if fix is None:
        return f"unknown fix type {fix_id!r}"
    kind, path, value = op.get("op"), op.get("path"), op.get("value")
    if kind not in {"replace", "add"}:
        return f"operation {kind!r} is not allowed; fixes may only replace or add"
    if not isinstance(path, str) or not isinstance(value, str):
        return "a fix must set text at a JSON Pointer"
    try:
        tokens = split(path)
    except ValueError:
        return "not a JSON Pointer"
    protected = [t for t in tokens if t in PROTECTED_KEYS]
    if protected and not (fix_id == "dates" and tokens[-1] in DATE_KEYS and protected == [tokens[-1]]):
        return f"{path} is a protected field ({protected[0]}) and is never changed"
    if not fix.allows(path):
        return f"{path} is not a path the {fix_id} fix may touch"
    reason = _exists(doc, path, kind)
    if reason:
        return reason
    if kind == "replace":
        if test is None or test.get("path") != path:
            return "a replace must be preceded by a test of the old value"
        current = resolve(doc, path)
        if current != test.get("value"):
            return "conflict: the value changed since the fix was proposed (an earlier fix won)"
        if fix_id == "dates" and not same_date(current, value):
            return "a date may only be rewritten as the same date"
        before = current
    else:
        before = ""
    if analysis is not None and fix.check is not None:
        edit_doc = doc
        why = fix.check({"path": path, "new": value}, edit_doc, analysis)
        if why:
            return why
    # A same-date rewrite ("March 2019" → "2019-03") is checked above; its digits are the date's own.
    return None if fix_id == "dates" else _invents(before, value, words)


def _exists(doc: dict[str, Any], path: str, kind: str) -> str | None:
    if kind == "replace":
        return None if resolve(doc, path, _MISSING) is not _MISSING else f"{path} does not exist in the resume"
    parent = resolve(doc, path.rsplit("/", 1)[0], None)
    return None if isinstance(parent, list) and path.endswith("/-") else f"can only append to an existing list: {path}"


_MISSING = object()


def _evidence(resume: dict[str, Any]) -> frozenset[str]:
    """Every word of the resume, plus every form of a skill the resume names in some form (lower-cased)."""
    return _evidence_of("\n".join(plain(f.text) for f in iter_fields(resume)))


@lru_cache(maxsize=64)
def _evidence_of(text: str) -> frozenset[str]:
    # Memoised on the resume's text: both merges of one run, and retries of one request, share the scan.
    words = {t.lower() for t in _TOKEN.findall(text)}
    text = vocab.for_matching(text)
    for term in vocab.terms_in(text):  # one pass over the text's words, not a search per form
        words.update(form.lower() for form in term.forms)
    return frozenset(words)


def _invents(before: str, after: str, words: frozenset[str]) -> str | None:
    """Why ``after`` claims something ``before`` (and the resume) does not, or ``None``.

    A *new claim* is refused: a figure, a skill or tool term, a name, an employer or title word not in the resume.
    *The same claim, corrected* is not a new claim: a misspelt token replaced by the dictionary word one typing
    slip away ("inventroy" → "inventory"), or a word in another tense, number or case ("Lead" → "Led").
    """
    new_numbers = set(_NUMBER.findall(after)) - set(_NUMBER.findall(before))
    if new_numbers:
        return f"adds a figure the resume does not have: {sorted(new_numbers)[0]}"
    old_tokens = _tokens(before)
    after_tokens = _tokens(after)
    new_words = (after_tokens - old_tokens) & _NUMBER_WORDS
    if new_words:
        return f"adds a figure the resume does not have: {sorted(new_words)[0]}"
    gone = old_tokens - after_tokens
    moved = next((t for t in gone if (lexicon.counterpart(t) or "") in after_tokens), None)
    if moved:
        return f"respells {moved!r} in another English variant ({lexicon.counterpart(moved)!r}); the resume's own stays"
    # A German or Spanish field's own words count as dictionary words (its dictionary is loaded by then).
    language = language_of(before) if before else "en"
    other = language if language in OTHER_LANGUAGES else None
    for m in _TOKEN.finditer(after):
        token = m.group(0)
        opens = not after[: m.start()].strip() or after[: m.start()].rstrip()[-1] in ".!?:;•-–—"
        why = _new_word(token, opens, old_tokens | words, gone, other)
        if why and _COMPOUND.search(token) and not vocab.lookup(token):
            # "produtcion-ready" → "production-ready", "proudct/UX" → "product/UX": judged word by word
            parts = [p for p in _COMPOUND.split(token) if p]
            why = next(
                (
                    w
                    for i, p in enumerate(parts)
                    if (w := _new_word(p, opens and i == 0, old_tokens | words, gone, other))
                ),
                None,
            )
        if why:
            return why
    return None


_COMPOUND = re.compile(r"[-/]")


def _tokens(text: str) -> set[str]:
    """The text's tokens, lower-cased, and the words of its compounds ("produtcion-ready" → produtcion, ready)."""
    tokens = {t.lower() for t in _TOKEN.findall(text)}
    return tokens | {p for t in tokens if _COMPOUND.search(t) for p in _COMPOUND.split(t) if p}


def _new_word(
    token: str, opens: bool, known: set[str] | frozenset[str], gone: set[str], other: str | None
) -> str | None:
    """Why one token of an edit is a new claim, or ``None`` when the resume (or a correction) already has it."""
    low = token.lower()
    dictionary = english_words().dictionary
    if low in known or _same_claim(low, gone, dictionary):
        return None
    if vocab.lookup(token):
        return f"adds {token!r}, a skill term the resume does not name anywhere else (skills need evidence)"
    if not token.islower() and not (opens and _sentence_case(token, other)):
        return f"adds {token!r}, which the resume gives no evidence for"
    if not lexicon.is_plain_word(low, dictionary) and not (other and known_in(low, other)):
        return f"adds {token!r}, which is neither in the resume nor a dictionary word"
    return None


def _same_claim(low: str, gone: set[str], dictionary: Any) -> bool:
    """``low`` restates a word the edit removed: the same lemma ("lead" → "led"), or a misspelt token corrected."""
    forms = verbs.lemmas(low)
    for old in gone:
        if forms & verbs.lemmas(old):
            return True
        if old not in dictionary and lexicon.is_plain_word(low, dictionary) and _one_slip(old, low):
            return True
    return False


def _one_slip(a: str, b: str) -> bool:
    """Damerau distance 1: one letter dropped, added, replaced, or two neighbours swapped."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    at = next((i for i in range(min(len(a), len(b))) if a[i] != b[i]), min(len(a), len(b)))
    if len(a) == len(b):
        swapped = at + 1 < len(a) and a[at] == b[at + 1] and a[at + 1] == b[at] and a[at + 2 :] == b[at + 2 :]
        return swapped or a[at + 1 :] == b[at + 1 :]
    return a[at + 1 :] == b[at:] if len(a) > len(b) else a[at:] == b[at + 1 :]


def _sentence_case(token: str, other: str | None = None) -> bool:
    # "Managed" (a capitalised common word) is fine; "PostgreSQL" or "Oracle" are names.
    if not (token[:1].isupper() and token[1:].islower()) or vocab.lookup(token):
        return False
    low = token.lower()
    return lexicon.is_plain_word(low, english_words().dictionary) or bool(other and known_in(low, other))
