"""Action verbs, weak openers, and turning "Responsible for leading ..." into "Led ..." without guessing."""

from __future__ import annotations

import re
from collections.abc import Container

from .verb_words import ACTION_VERBS, IRREGULAR_PAST, PRESENT_VERBS

# "X <gerund> ..." openers we can rewrite; others ("helped", "worked on") are flagged but never rewritten.
REWRITABLE_OPENERS = (
    "responsible for",
    "was responsible for",
    "were responsible for",
    "in charge of",
    "tasked with",
    "duties included",
    "duties include",
    "involved in",
    "accountable for",
)
WEAK_OPENERS = (
    *REWRITABLE_OPENERS,
    "helped",
    "helped to",
    "assisted",
    "assisted with",
    "assisted in",
    "worked on",
    "worked with",
    "participated in",
    "handled",
    "did",
    "was",
    "were",
    "got",
)
_WEAK = re.compile(
    r"^\s*(?:[-•*·]\s*)?(" + "|".join(sorted((re.escape(o) for o in WEAK_OPENERS), key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)
_REWRITE = re.compile(
    r"^(\s*(?:[-•*·]\s*)?)("
    + "|".join(sorted((re.escape(o) for o in REWRITABLE_OPENERS), key=len, reverse=True))
    + r")\s+(?:the\s+)?([a-z]+ing)\b",
    re.IGNORECASE,
)


def first_word(text: str) -> str:
    m = re.match(r"^\s*(?:[-•*·]\s*)?([A-Za-z]+)", text)
    return m.group(1).lower() if m else ""


def weak_opener(text: str) -> str | None:
    m = _WEAK.match(text)
    return m.group(1) if m else None


def is_action(text: str) -> bool:
    word = first_word(text)
    return word in ACTION_VERBS or word in PRESENT_VERBS


def is_past(word: str) -> bool:
    return word in ACTION_VERBS


def is_present(word: str) -> bool:
    return word in PRESENT_VERBS


def gerund_to_past(gerund: str, known: Container[str] | None = None) -> str | None:
    """ "managing" → "managed", "planning" → "planned", "studying" → "studied"; ``None`` when unsure.

    ``known`` (English words) must contain the result, so a wrong inflection is never proposed.
    """
    g = gerund.lower()
    if g in IRREGULAR_PAST:
        return IRREGULAR_PAST[g] or None
    if not g.endswith("ing") or len(g) < 6:
        return None
    stem = g[:-3]
    past = stem[:-1] + "ied" if stem.endswith("y") and stem[-2:-1] not in "aeiou" else stem + "ed"
    if past in ACTION_VERBS:
        return past
    if known is not None and past in known:
        return past
    return None


_NEXT_GERUND = re.compile(r"(\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)([a-z]+ing)\b")
_LATER_GERUND = re.compile(r"(?:,\s*|\s(?:and|or)\s+)([a-z]+ing)\b")


def rewrite_opener(text: str, current: bool, known: Container[str] | None = None) -> str | None:
    """The bullet with "Responsible for <verb>ing" replaced by the past tense (or ``None`` when unsure).

    A current role keeps the present tense, which we only produce when the base form is a listed verb. A list
    of gerunds ("hiring, training and scheduling staff") turns as a whole; a later coordinated gerund ("managing
    a team and ensuring quality") could be a verb or a noun, so such a bullet is left to the person.
    """
    m = _REWRITE.match(text)
    if not m:
        return None

    def turn(gerund: str) -> str | None:
        return _gerund_to_base(gerund.lower()) if current else gerund_to_past(gerund, known)

    verb = turn(m.group(3))
    if verb is None:
        return None
    out, pos = [f"{m.group(1)}{verb[0].upper()}{verb[1:]}"], m.end()
    while nxt := _NEXT_GERUND.match(text, pos):
        following = turn(nxt.group(2))
        if following is None:
            return None
        out.append(f"{nxt.group(1)}{following}")
        pos = nxt.end()
    rest = text[pos:]
    if any(gerund_to_past(g[1], known) or _gerund_to_base(g[1].lower()) for g in _LATER_GERUND.finditer(rest)):
        return None
    return "".join(out) + rest


def _gerund_to_base(g: str) -> str | None:
    stem = g[:-3]
    options = [
        c
        for c in (stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else "")
        if c and c in PRESENT_VERBS
    ]
    return options[0] if len(options) == 1 else None


# Present → past for verbs whose past is not regular; only results that are listed action verbs are used.
_IRREGULAR_PRESENT = {
    "lead": "led",
    "build": "built",
    "run": "ran",
    "write": "wrote",
    "make": "made",
    "teach": "taught",
    "oversee": "oversaw",
    "drive": "drove",
    "grow": "grew",
    "set": "set",
    "bring": "brought",
    "sell": "sold",
    "hold": "held",
    "give": "gave",
    "take": "took",
    "find": "found",
    "speak": "spoke",
    "keep": "kept",
    "meet": "met",
    "send": "sent",
    "spend": "spent",
    "win": "won",
    "cut": "cut",
}
_FIRST = re.compile(r"^(\s*(?:[-•*·]\s*)?)([A-Za-z]+)\b")


def present_to_past(word: str) -> str | None:
    """ "manage" → "managed", "lead" → "led"; ``None`` unless exactly one listed action verb is the answer."""
    w = word.lower()
    if w in _IRREGULAR_PRESENT:
        past = _IRREGULAR_PRESENT[w]
        return past if past in ACTION_VERBS else None
    options = {w + "ed", w + "d" if w.endswith("e") else "", w + w[-1:] + "ed"}
    if len(w) > 2 and w.endswith("y") and w[-2] not in "aeiou":
        options.add(w[:-1] + "ied")
    found = options & ACTION_VERBS
    return found.pop() if len(found) == 1 else None


def rewrite_tense(text: str) -> str | None:
    """The bullet of an ended role with its opening present-tense verb in the past ("Manage ..." → "Managed ...")."""
    m = _FIRST.match(text)
    if not m or m.group(2).lower() not in PRESENT_VERBS or m.group(2).lower() in ACTION_VERBS:
        return None
    past = present_to_past(m.group(2))
    if past is None:
        return None
    word = m.group(2)
    new = past.upper() if word.isupper() and len(word) > 1 else (past.capitalize() if word[0].isupper() else past)
    return f"{m.group(1)}{new}{text[m.end() :]}"


_PAST_TO_BASE = {past: base for base, past in _IRREGULAR_PRESENT.items()} | {"began": "begin"}
_INFLECTION_ENDINGS: tuple[tuple[str, str], ...] = (
    ("ied", "y"),
    ("ies", "y"),
    ("ing", ""),
    ("ing", "e"),
    ("ed", ""),
    ("ed", "e"),
    ("es", ""),
    ("s", ""),
    ("d", ""),
)


def lemmas(word: str) -> frozenset[str]:
    """Every base form ``word`` may inflect: "Led" → {led, lead}; "managed" → {managed, manag, manage}.

    Two words sharing one are the same word in another tense or number (the merge guard's "same claim").
    """
    w = word.lower()
    out = {w, _PAST_TO_BASE.get(w, w), _IRREGULAR_PRESENT.get(w, w)}
    for ending, base in _INFLECTION_ENDINGS:
        if w.endswith(ending) and len(w) - len(ending) >= 3:
            stem = w[: -len(ending)]
            out.add(stem + base)
            if len(stem) > 3 and stem[-1] == stem[-2]:  # "planned" → "plan"
                out.add(stem[:-1])
    return frozenset(out)
