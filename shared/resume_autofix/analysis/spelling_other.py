"""Spelling in German, Spanish, French, Italian, Portuguese and Dutch: certain corrections only.

The dictionaries are word-frequency lists built from subtitles, so they miss much professional vocabulary
(Spanish has no "liderazgo", German few compounds). An unknown word is therefore never reported on its own
here, unlike in English; only a misspelling with one clear correction is, and that one becomes a patch. A word
is left alone when it is:

- capitalised inside a sentence (a name), or capitalised at all in German (every noun is, compounds abound);
- an English word, a technical term, or one of the resume's own names ("Software", "Scrum", "Müller");
- shorter than :data:`MIN_LENGTH`, or with a digit, apostrophe or hyphen attached.

A correction must be the only candidate one edit away (or :data:`RATIO` times more frequent than the next),
keep the first letter, not merely extend or shorten the word (an inflection), and not be an English word or a
technical term itself: a word is never "corrected" into another language, a name or a technical term.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Container
from functools import lru_cache

from spellchecker import SpellChecker

from .dictionaries import checker_for, english_checker
from .vocabulary import vocabulary_words

MIN_LENGTH = 7
RATIO = 20.0
_WORD = re.compile(r"(?<![\w@/.:#+'’-])([^\W\d_]+)(?![\w@/#+'’]|\.\w|-\w)")
_SENTENCE_START = re.compile(r"(?:^\s*|[.!?:;•\-–—]\s+|\n\s*|>\s*|[¿¡«\"„“(]\s*)$")
_lock = threading.Lock()
_TAG = re.compile(r"<[^>]{1,200}>")


@lru_cache(maxsize=1024)
def check_text(text: str, allowed: frozenset[str], language: str) -> tuple[tuple[str, int, str | None, bool], ...]:
    """``(word, start, suggestion, True)`` for each certain misspelling of ``text`` in ``language``.

    ``allowed`` holds the resume's names (lower-cased); positions refer to ``text`` as stored.
    """
    checker = checker_for(language)
    if checker is None:
        return ()
    known_english = english_checker().word_frequency.dictionary
    vocab = vocabulary_words()
    found: list[tuple[str, int, str | None, bool]] = []
    tags = [m.span() for m in _TAG.finditer(text)] if "<" in text else []
    for m in _WORD.finditer(text):
        if any(lo <= m.start() < hi for lo, hi in tags):
            continue  # a tag's name, not a word of the text
        word = m.group(1)
        lower = word.lower()
        if len(word) < MIN_LENGTH or lower in vocab or lower in allowed or lower in known_english:
            continue
        at_start = _SENTENCE_START.search(text[max(0, m.start() - 3) : m.start()])
        if word[0].isupper() and (language == "de" or not at_start):
            continue
        with _lock:
            if lower in checker.word_frequency:
                continue
            suggestion = _certain(checker, lower, known_english, vocab)
        if suggestion is None:
            continue
        if word[0].isupper():
            suggestion = suggestion[0].upper() + suggestion[1:]
        found.append((word, m.start(1), suggestion, True))
    return tuple(found)


def _certain(checker: SpellChecker, word: str, english: Container[str], vocab: frozenset[str]) -> str | None:
    candidates = sorted(checker.candidates(word) or (), key=lambda c: (-checker.word_usage_frequency(c), c))
    candidates = [c for c in candidates if c != word]
    if not candidates:
        return None
    best = candidates[0]
    if len(candidates) > 1:
        top, second = (checker.word_usage_frequency(c) for c in candidates[:2])
        if second and top / second < RATIO:
            return None
    if best[0] != word[0] or best.startswith(word) or word.startswith(best):
        return None
    if best in english or best in vocab:
        return None
    return best


def is_known(word: str, language: str) -> bool:
    """``word`` is in ``language``'s dictionary (only for a language whose dictionary is in use)."""
    checker = checker_for(language)
    return checker is not None and word.lower() in checker.word_frequency
