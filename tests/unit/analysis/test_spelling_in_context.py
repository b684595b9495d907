"""Short typos corrected from their context (issue 13): the neighbours and the resume's own words decide."""

from __future__ import annotations

import pytest

from resume_autofix.analysis import lexicon
from resume_autofix.analysis.spelling import _check_text, check_spelling, english_words
from resume_autofix.analysis.text import TextField


def _found(text: str, vocabulary: frozenset[str] = frozenset(), variant: str | None = "us") -> dict[str, tuple]:
    return {w: (s, c) for w, _, s, c in _check_text(text, frozenset(), variant, frozenset(), vocabulary)}


def test_the_neighbours_choose_between_rival_short_words() -> None:
    # "taem" is "team" swapped or "them" mistyped; "led the taem" only fits one.
    counts = english_words().dictionary
    assert lexicon.fit("the", "team", counts) > lexicon.fit("the", "them", counts)
    assert _found("Led the taem of five.")["taem"] == ("team", True)


@pytest.mark.parametrize(
    ("text", "word", "fix"),
    [
        ("Led the taem of five.", "taem", "team"),
        ("Spend less tiem on support.", "tiem", "time"),
        ("Cut turnaround frmo hours to minutes.", "frmo", "from"),
        ("Won the awad at school.", "awad", "award"),
        ("Kept the famr running.", "famr", "farm"),  # "far" would need a stray "m" far from its neighbours
    ],
)
def test_short_transpositions_are_corrected(text: str, word: str, fix: str) -> None:
    assert _found(text)[word] == (fix, True)


def test_a_word_the_resume_writes_elsewhere_is_the_likelier_fix() -> None:
    text = "Kept the wool and lmbs healthy."
    assert _found(text)["lmbs"] == ("limbs", False)
    assert _found(text, frozenset({"lambs", "sheep", "wool"}))["lmbs"] == ("lambs", True)
    # Everyday words ("the", "could") are in every resume: writing them is no evidence.
    assert _found("Owned the colud stack.", frozenset({"could"}))["colud"][1] is False


def test_names_and_technical_terms_are_untouched() -> None:
    text = "Met Taem Okonkwo at Hooli; wrote kubectl and tsx plugins with Vite."
    found = _check_text(text, frozenset({"okonkwo", "hooli"}), "us", frozenset(), frozenset({"tax"}))
    assert [w for w, _, _, certain in found if certain] == []  # "tsx" may be asked about, never changed


def test_no_correction_moves_the_variant() -> None:
    gb = [TextField("/basics/summary", "I organised the colur programme at the centre.", "summary", "basics")]
    found, _ = check_spelling(gb)
    assert [(m.word, m.suggestion, m.confident) for m in found] == [("colur", "colour", True)]
    us = [TextField("/basics/summary", "I organized the colur program at the center.", "summary", "basics")]
    found, _ = check_spelling(us)
    assert [(m.word, m.suggestion) for m in found] == [("colur", "color")]


def test_a_short_typo_with_close_rivals_stays_a_suggestion() -> None:
    assert _found("Worked at houe, remote.")["houe"][1] is False  # house? home? hope?
    assert _found("Liked the shep farming.")["shep"][1] is False  # "the she" does not fit: sheep? ship?
    assert _found("Shipped the houe plan.")["houe"] == ("house", True)  # "the house plan" does


def test_a_rival_a_commoner_slip_explains_keeps_the_fix_unsure() -> None:
    assert _found("Ate with no psoon.")["psoon"][1] is False  # "spoon" swapped, or "soon" with a stray p?
    assert _found("Evaluatign retrieval quality.")["Evaluatign"] == ("Evaluating", True)  # g/o are far apart


@pytest.mark.parametrize(("typo", "fix"), [("comany", "company"), ("untill", "until"), ("presure", "pressure")])
def test_a_typo_that_reads_as_prefix_plus_word_is_still_corrected(typo: str, fix: str) -> None:
    assert _found(f"We did {typo} work.")[typo] == (fix, True)


@pytest.mark.parametrize("word", ["cofound", "rebalance", "upstreamed", "queryable", "colocations", "chartable"])
def test_real_derived_words_are_not_flagged(word: str) -> None:
    assert word not in _found(f"We did {word} work.")


def test_the_unigram_total_matches_the_pinned_symspell_list() -> None:
    assert sum(int(c) for c in lexicon.symspell_counts().values()) == lexicon.UNIGRAM_TOTAL
