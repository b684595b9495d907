"""pyspellchecker's dictionaries, loaded fast and only when a text in that language turns up.

pyspellchecker 0.9.1 ships ar, de, en, es, eu, fa, fr, it, lv, nl, pt and ru. Spelling is checked for the
languages the detector in :mod:`.language` tells apart by their function words: en, de, es, fr, it, pt, nl.
Russian is left out on purpose: the detector knows Cyrillic text only by its script, which Ukrainian,
Bulgarian and Serbian share, and "correcting" one of those into Russian is the wrong-language fix we never make.
"""

from __future__ import annotations

import gzip
import pkgutil
import threading
from collections.abc import Callable
from functools import lru_cache

import orjson
from spellchecker import SpellChecker

from . import lexicon

OTHER_LANGUAGES = frozenset({"de", "es", "fr", "it", "pt", "nl"})
_load_lock = threading.Lock()
_checkers: dict[str, SpellChecker] = {}


def load_checker(language: str, extend: Callable[[dict[str, int]], dict[str, int]] | None = None) -> SpellChecker:
    """``SpellChecker(language=language, distance=1)``, built in about half the time.

    pyspellchecker parses its gzipped JSON with the stdlib and lower-cases every key (~0.27 s for English);
    orjson parses it in ~50 ms, and the shipped dictionaries are lower-case already, so the keys go in as they
    are. A dictionary with any upper-case key takes pyspellchecker's own path (which also merges counts).
    """
    raw = pkgutil.get_data("spellchecker", f"resources/{language}.json.gz")
    if raw is None:  # pragma: no cover - a package without its resources
        return SpellChecker(language=language, distance=1)  # (no extension: the resources are part of the package)
    data = orjson.loads(gzip.decompress(raw))
    checker = SpellChecker(language=None, distance=1)
    frequency = checker.word_frequency
    fill = getattr(frequency, "_update_dictionary", None)
    if fill is None or any(not key.islower() and key.lower() != key for key in data):
        frequency.load_json(data)
        if extend is not None:
            frequency.load_json(extend(frequency.dictionary))
        return checker
    frequency.dictionary.update(data)
    if extend is not None:  # before the one pass that sums the counts and collects the letters
        frequency.dictionary.update(extend(frequency.dictionary))
    fill()
    return checker


@lru_cache(maxsize=1)
def english_checker() -> SpellChecker:
    """The English checker (every variant, see :mod:`.lexicon`): most of a cold start, once per process."""
    return load_checker("en", lexicon.additions)


def checker_for(language: str) -> SpellChecker | None:
    """The checker of one of :data:`OTHER_LANGUAGES`, loaded on first use (German: ~0.3 s, 339k words)."""
    if language not in OTHER_LANGUAGES:
        return None
    checker = _checkers.get(language)
    if checker is None:
        with _load_lock:  # two threads meeting the first German text load it once
            checker = _checkers.get(language)
            if checker is None:
                checker = _checkers[language] = load_checker(language)
    return checker


def loaded_languages() -> list[str]:
    """The other-language dictionaries this process has loaded so far."""
    return sorted(_checkers)
