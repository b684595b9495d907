"""Reading a job posting as a recruiter does: the title line, requirements vs nice-to-haves, negations, degrees,
and the damage text extraction from PDFs leaves ("ObjectOriented", "scal able", "highperforming").

A recruiter does not list the header line as a skill, does not ask for what the posting rules out ("requires no
AI"), reads "Kubernetes is a plus" as a bonus, and checks "BS/MS degree" against education, not against where a
skill was used. These helpers feed :mod:`.keywords` and the analysis.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from . import lexicon
from . import vocabulary as vocab
from .dictionaries import english_checker

# --- negations ----------------------------------------------------------------------------------------------------

_CLAUSE_END = re.compile(r"[.;:!?\n•]|\bbut\b|\bhowever\b", re.I)
_NEGATION = re.compile(r"\b(?:no|not|without|never|nor|none)\b|n't\b", re.I)


def negated(text: str, start: int) -> bool:
    """The mention at ``start`` is ruled out by a negation a few words before it, in the same clause.

    "The client requires no AI", "not Java", "without Kubernetes experience" → True.
    """
    before = text[max(0, start - 60) : start]
    ends = list(_CLAUSE_END.finditer(before))
    clause = before[ends[-1].end() :] if ends else before
    window = " ".join(clause.split()[-4:])
    return bool(_NEGATION.search(window))


# --- requirements and nice-to-haves -------------------------------------------------------------------------------

_NICE_HEADING = re.compile(
    r"^\W*(?:nice[- ]to[- ]haves?|preferred(?:\s+\w+)?|bonus(?:\s+points)?|pluses|desired(?:\s+\w+)?|desirable"
    r"|good[- ]to[- ]haves?|optional|extra credit|it would be great if|would be a plus)\b[^\n]{0,40}$",
    re.I | re.M,
)
_HEADING = re.compile(r"^[^\n.]{2,60}:\s*$|^\W*[A-Z][A-Za-z /&'-]{2,50}$", re.M)
_NICE_PHRASE = re.compile(
    r"\b(?:(?:is|are|would be)\s+(?:a\s+)?(?:big\s+|huge\s+|strong\s+)?(?:plus|bonus|advantage)|a\s+plus"
    r"|nice[- ]to[- ]have|preferred|preferably|desirable|ideally|advantageous|bonus points?)\b",
    re.I,
)
_SENTENCE = re.compile(r"[^.!?\n;]+[.!?;]?")


@dataclass(frozen=True)
class Spans:
    """Sorted, non-overlapping ``(start, end)`` spans with an O(log n) "inside?" test."""

    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def __contains__(self, pos: object) -> bool:
        if not isinstance(pos, int):
            return False
        i = bisect_right(self.starts, pos) - 1
        return i >= 0 and pos < self.ends[i]


@lru_cache(maxsize=64)
def nice_to_have(text: str) -> Spans:
    """Where the posting speaks of bonuses: a "Nice to have" / "Preferred" section, or a sentence saying "a plus"."""
    spans: list[tuple[int, int]] = []
    for m in _NICE_HEADING.finditer(text):
        nxt = next((h for h in _HEADING.finditer(text, m.end()) if h.start() > m.end() + 1), None)
        spans.append((m.start(), nxt.start() if nxt else len(text)))
    spans.extend((s.start(), s.end()) for s in _SENTENCE.finditer(text) if _NICE_PHRASE.search(s.group(0)))
    merged: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    return Spans(tuple(s for s, _ in merged), tuple(e for _, e in merged))


# --- degrees ------------------------------------------------------------------------------------------------------

LEVELS = {"associate": 1, "bachelor": 2, "master": 3, "doctorate": 4}
_DEGREE_WORDS = (
    (r"A\.?A\.?S?\.?|A\.?S\.?|Associate(?:'s)?", "associate"),
    (r"B\.?S\.?c?\.?|B\.?A\.?|B\.?Eng\.?|B\.?Tech|B\.?E\.?|Bachelor(?:'s|s)?|undergraduate", "bachelor"),
    (r"M\.?S\.?c?\.?|M\.?A\.?|M\.?Eng\.?|M\.?Tech|MBA|Master(?:'s|s)?|graduate", "master"),
    (r"Ph\.?\s?D\.?|Doctorate|doctoral", "doctorate"),
)
_DEGREE = re.compile(
    "|".join(rf"(?P<{level}>(?<![\w.]){pattern}(?![\w]))" for pattern, level in _DEGREE_WORDS),
)
_DEGREE_CONTEXT = re.compile(r"\bdegree|diploma|\bin\s+[A-Z]|\bor\s+equivalent|/|\bfield\b|\bdiscipline", re.I)


@dataclass(frozen=True)
class DegreeAsk:
    as_written: str  # "BS/MS degree"
    level: str  # the lowest level that meets it: "bachelor"
    start: int
    end: int
    forms: tuple[str, ...]  # every degree word the job wrote ("BS", "MS")


@lru_cache(maxsize=64)
def degree_asked(text: str) -> DegreeAsk | None:
    """The degree the posting asks for, if any: only degree words in a degree context ("BS/MS degree")."""
    for sentence in _SENTENCE.finditer(text):
        found = [m for m in _DEGREE.finditer(sentence.group(0)) if _is_degree(m)]
        if not found or not _DEGREE_CONTEXT.search(sentence.group(0)):
            continue
        if all(negated(text, sentence.start() + m.start()) for m in found):
            continue
        level = min((m.lastgroup or "bachelor" for m in found), key=lambda lv: LEVELS[lv])
        first, last = found[0], found[-1]
        tail = re.match(r"\s*degree", sentence.group(0)[last.end() :], re.I)
        end = last.end() + (tail.end() if tail else 0)
        written = " ".join(sentence.group(0)[first.start() : end].split())
        start = sentence.start() + first.start()
        return DegreeAsk(written, level, start, sentence.start() + end, tuple(m.group(0) for m in found))
    return None


def _is_degree(m: re.Match[str]) -> bool:
    word = m.group(0)
    # lower-case "graduate"/"undergraduate" and all-caps two-letter abbreviations are degrees only in context
    return not (word.islower() and m.lastgroup in {"bachelor", "master"} and word not in {"undergraduate", "graduate"})


def education_level(doc: dict[str, Any]) -> tuple[int, str | None]:
    """The highest degree level the resume's education states (0 when none is readable), and where."""
    best, where = 0, None
    for i, entry in enumerate(doc.get("education") or []):
        if not isinstance(entry, dict):
            continue
        for key in ("studyType", "area"):
            value = entry.get(key)
            if not isinstance(value, str):
                continue
            for m in _DEGREE.finditer(value):
                level = LEVELS[m.lastgroup or "bachelor"]
                if level > best:
                    best, where = level, f"/education/{i}/{key}"
            if (
                re.search(r"\b(?:bachelor|licenciatura|licence|laurea|diplom)", value, re.I)
                and best < LEVELS["bachelor"]
            ):
                best, where = LEVELS["bachelor"], f"/education/{i}/{key}"
    return best, where


def degree_forms() -> frozenset[str]:
    """Degree abbreviations that are never skills ("BS", "MS", "PhD")."""
    return frozenset({"BS", "BA", "BSc", "MS", "MA", "MSc", "MBA", "PhD", "BE", "BEng", "MEng", "AA", "AS", "AAS"})


# --- PDF-extraction repairs ---------------------------------------------------------------------------------------

_GLUED_CAMEL = re.compile(r"\b([A-Z][a-z]{2,})([A-Z][a-z]{2,})\b")
_WORD_PAIR = re.compile(r"\b([a-z]{2,})[ \t]([a-z]{2,})\b")
_LONG_WORD = re.compile(r"\b[a-z]{8,}\b")


@lru_cache(maxsize=64)
def repair_extraction(text: str) -> str:
    """Undo what PDF text extraction does to words: glued words split, split words joined.

    "ObjectOriented" → "Object Oriented", "scal able" → "scalable", "highperforming" → "high performing". Only
    where the result is plain dictionary words and the original is not (a product name like "JavaScript" stays).
    """
    words = english_checker().word_frequency.dictionary

    def plain(w: str) -> bool:
        return lexicon.is_plain_word(w, words) and len(w) >= 2

    def camel(m: re.Match[str]) -> str:
        whole = m.group(0)
        if vocab.lookup(whole) or whole.lower() in words or not (plain(m.group(1)) and plain(m.group(2))):
            return whole
        return f"{m.group(1)} {m.group(2)}"

    def pair(m: re.Match[str]) -> str:
        a, b = m.group(1), m.group(2)
        joined = a + b
        if not plain(joined) or vocab.lookup(a) or vocab.lookup(b):
            return m.group(0)
        # "scal able": a fragment (rare or unknown) beside a word, together a common word; "data base" stays
        rarer = min(words.get(a, 0), words.get(b, 0))
        return joined if rarer * 50 < words.get(joined, 0) else m.group(0)

    def glued(m: re.Match[str]) -> str:
        w = m.group(0)
        if w in words or vocab.lookup(w) or w in vocab.vocabulary_words():
            return w
        splits = [(w[:i], w[i:]) for i in range(3, len(w) - 2) if plain(w[:i]) and plain(w[i:])]
        if not splits:
            return w
        best = max(splits, key=lambda s: min(words.get(s[0], 0), words.get(s[1], 0)))
        return f"{best[0]} {best[1]}"

    text = _GLUED_CAMEL.sub(camel, text)
    text = _WORD_PAIR.sub(pair, text)
    return _LONG_WORD.sub(glued, text)
