"""Spelling with pyspellchecker's dictionaries, a technical vocabulary and the resume's proper nouns.

Each prose field's language is detected first, and a field is checked only against its own language's
dictionary (English always; de, es, fr, it, pt, nl loaded lazily, see :mod:`.spelling_other`), so a word is
never "corrected" into another language. Names, capitalised words inside a sentence, acronyms, CamelCase, words
with digits or punctuation (Node.js, C++, k8s) are technical or proper and are never flagged. An English
correction is *confident* only when the dictionary offers exactly one candidate one edit away, or one that is
far more frequent than the rest; otherwise it is a suggestion in the analysis, never a patch.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from spellchecker import SpellChecker

from . import spelling_other
from .dictionaries import OTHER_LANGUAGES, english_checker
from .language import detect
from .text import TextField, plain
from .vocabulary import vocabulary_words

_TOKEN = re.compile(r"(?<![\w@/.:#+-])([A-Za-z][a-z]*(?:'[a-z]+)?)(?![\w@/#+]|\.\w|-\w|'\w)")
_SENTENCE_START = re.compile(r"(?:^\s*|[.!?:;•\-–—]\s+|\n\s*|>\s*)$")
_lock = threading.Lock()
CONFIDENT_RATIO = 20.0
MIN_CONFIDENT_LENGTH = 6


@dataclass(frozen=True)
class Misspelling:
    path: str
    word: str
    start: int
    suggestion: str | None
    confident: bool


def _checker() -> SpellChecker:
    return english_checker()


def english_words() -> Any:
    return _checker().word_frequency


def is_known(word: str, language: str = "en") -> bool:
    """An English word or technical term; or a word of ``language`` when its dictionary is one we check."""
    lower = word.lower()
    if lower in _checker().word_frequency or lower in vocabulary_words():
        return True
    return language in OTHER_LANGUAGES and spelling_other.is_known(lower, language)


def language_of(text: str) -> str:
    """The detected language of a stored field value (memoised per text)."""
    return _language(text)


def proper_nouns(fields: list[TextField]) -> frozenset[str]:
    """Every capitalised or mixed-case word of the resume, lower-cased: names, employers, products."""
    found: set[str] = set()
    for f in fields:
        found.update(_names_in(f.text, f.role in {"label", "keyword"}))
    return frozenset(found)


@lru_cache(maxsize=4096)
def _names_in(raw: str, every: bool) -> frozenset[str]:
    # Per field text: the analysis after the fixes finds most fields unchanged.
    text = plain(raw)
    found: set[str] = set()
    for m in re.finditer(r"[^\W\d_][\w'-]*", text):
        word = m.group(0)
        if every or (
            not word.islower()
            and any(c.isupper() for c in word)
            and not _SENTENCE_START.search(text[max(0, m.start() - 3) : m.start()])
        ):
            found.add(word.lower())
            found.add(_fold(word.lower()))
    return frozenset(found)


def _fold(word: str) -> str:
    """ "café" → "cafe": the resume's own names count with or without accents."""
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def check_field(field: TextField, allowed: frozenset[str]) -> list[Misspelling]:
    """Misspellings in one prose field, with positions in the stored (raw) text."""
    return [Misspelling(field.path, *found) for found in _check_text(field.text, allowed)]


@lru_cache(maxsize=1024)
def _check_text(text: str, allowed: frozenset[str]) -> tuple[tuple[str, int, str | None, bool], ...]:
    # Memoised per (text, resume's names): the analysis after the fixes re-checks mostly unchanged fields.
    # Positions must refer to the raw value; a field with markup is checked on its visible words only.
    spans = _visible_spans(text) if "<" in text and ">" in text else [(0, len(text))]
    checker = _checker()
    vocab = vocabulary_words()
    found: list[tuple[str, int, str | None, bool]] = []
    for lo, hi in spans:
        for m in _TOKEN.finditer(text, lo, hi):
            word = m.group(1)
            lower = word.lower()
            if len(word) <= 2 or lower in vocab or lower in allowed:
                continue
            if word[0].isupper() and not _SENTENCE_START.search(text[max(0, m.start() - 3) : m.start()]):
                continue  # a capitalised word inside a sentence is a name
            with _lock:
                if lower in checker.word_frequency or _derived(lower, checker):
                    continue
                suggestion, confident = _suggest(checker, lower)
            if suggestion and word[0].isupper():
                suggestion = suggestion[0].upper() + suggestion[1:]
            found.append((word, m.start(1), suggestion, confident))
    return tuple(found)


_PREFIXES = ("re", "un", "pre", "co", "multi", "sub", "over", "under", "cross", "non", "up", "de", "inter", "micro")
_SUFFIXES = ("ed", "d", "ing", "s", "es", "er", "ers", "able", "ly", "ment", "ized", "ised")


def _derived(word: str, checker: SpellChecker) -> bool:
    """ "rebalance", "upstreamed", "queryable": a known word with a common prefix or suffix is not an error."""
    freq = checker.word_frequency
    stems = {word[len(p) :] for p in _PREFIXES if word.startswith(p) and len(word) - len(p) >= 4}
    stems.add(word)
    for stem in list(stems):
        stems.update(stem[: -len(x)] for x in _SUFFIXES if stem.endswith(x) and len(stem) - len(x) >= 4)
        stems.update(stem[: -len(x)] + "e" for x in ("ed", "ing", "able", "er") if stem.endswith(x))
    return any(s != word and s in freq for s in stems)


def _suggest(checker: SpellChecker, word: str) -> tuple[str | None, bool]:
    # Candidates cost ~2 ms a word (every one-edit variant looked up): once per word and process.
    return _suggest_cached(word) if checker is _checker() else _suggest_with(checker, word)


@lru_cache(maxsize=4096)
def _suggest_cached(word: str) -> tuple[str | None, bool]:
    return _suggest_with(_checker(), word)


def _suggest_with(checker: SpellChecker, word: str) -> tuple[str | None, bool]:
    candidates = sorted(checker.candidates(word) or (), key=lambda c: (-checker.word_usage_frequency(c), c))
    candidates = [c for c in candidates if c != word]
    if not candidates:
        return None, False
    # Short words have many near neighbours ("cafe" → "came"): only long words are ever corrected for sure.
    if len(word) < MIN_CONFIDENT_LENGTH:
        return candidates[0], False
    # "rebalance" → "rebalanced": an inflection of the word itself is a different word, not a fix.
    if any(c.startswith(word) or word.startswith(c) for c in candidates[:2]):
        return candidates[0], False
    # Typos rarely touch the first letter; a candidate that does ("baristas" → "aristas") is an unknown word
    # the dictionary lacks, not a misspelling.
    if candidates[0][0] != word[0]:
        return candidates[0], False
    if len(candidates) == 1:
        return candidates[0], True
    top, second = (checker.word_usage_frequency(c) for c in candidates[:2])
    return candidates[0], second == 0 or top / second >= CONFIDENT_RATIO


def _visible_spans(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for m in re.finditer(r"<[^>]{1,200}>", text):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(text)))
    return spans


def check_spelling(fields: list[TextField]) -> tuple[list[Misspelling], dict[str, str]]:
    """Misspellings of every prose field in a language we hold a dictionary for, and each field's language."""
    allowed = proper_nouns(fields)
    results: list[Misspelling] = []
    languages: dict[str, str] = {}
    for f in fields:
        if f.role not in {"summary", "prose", "bullet"}:
            continue
        lang = _language(f.text)
        languages[f.path] = lang
        if lang == "en":
            results.extend(check_field(f, allowed))
        elif lang in OTHER_LANGUAGES:  # the dictionary loads on the first text in that language
            results.extend(Misspelling(f.path, *found) for found in spelling_other.check_text(f.text, allowed, lang))
    return results, languages


@lru_cache(maxsize=4096)
def _language(raw: str) -> str:
    return detect(plain(raw), known_english=_checker().word_frequency.dictionary).language
