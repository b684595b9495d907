"""The fast dictionary load gives exactly the checker pyspellchecker builds itself."""

from __future__ import annotations

from spellchecker import SpellChecker

from resume_autofix.analysis.dictionaries import load_checker


def test_fast_load_equals_pyspellcheckers_own() -> None:
    fast, slow = load_checker("en"), SpellChecker(language="en", distance=1)
    a, b = fast.word_frequency, slow.word_frequency
    assert a.dictionary == b.dictionary
    assert (a.total_words, a.unique_words, a.letters, a.longest_word_length) == (
        b.total_words,
        b.unique_words,
        b.letters,
        b.longest_word_length,
    )
    assert fast.distance == slow.distance == 1
    for word in ("experiance", "accross", "baristas", "kubernetes"):
        assert fast.candidates(word) == slow.candidates(word)
        assert (word in fast) == (word in slow)
