"""The variant-aware English lexicon (issue 13): every variant known, none imposed, the shipped file in step."""

from __future__ import annotations

import gzip

import orjson
import pytest

from resume_autofix.analysis import lexicon
from resume_autofix.analysis.dictionaries import load_checker
from resume_autofix.analysis.spelling import _check_text, english_words, resume_variant
from resume_autofix.analysis.text import TextField


def test_the_shipped_additions_match_the_pinned_packages() -> None:
    # WHEN a pin or data/tech_words.txt changes THEN rebuild: lexicon.write_additions(<the data file>)
    raw = (lexicon.files("resume_autofix.analysis") / "data" / lexicon.ADDITIONS_FILE).read_bytes()
    shipped = orjson.loads(gzip.decompress(raw))
    assert shipped["stamp"] == lexicon._stamp()
    assert shipped["words"] == lexicon.build_additions(load_checker("en").word_frequency.dictionary)


@pytest.mark.parametrize(
    "word",
    ["centre", "colour", "organised", "programme", "analyse", "licence", "travelled", "center", "color", "organized"],
)
def test_every_english_variant_is_known(word: str) -> None:
    assert word in english_words()


@pytest.mark.parametrize(
    "word", ["app", "crypto", "tech", "websockets", "wireframes", "bootcamp", "baristas", "daypart", "fullstack"]
)
def test_everyday_and_technical_words_are_not_flagged(word: str) -> None:
    assert _check_text(f"We use {word} daily.", frozenset(), None) == ()


def test_the_resume_decides_its_variant_and_corrections_keep_it() -> None:
    gb = [TextField("/basics/summary", "I organised the programme and the centre.", "summary", "basics")]
    assert resume_variant(gb) == "gb"
    assert resume_variant([TextField("/x", "A plain text.", "summary", "basics")], "AU") == "gb"
    assert _check_text("Our colur scheme.", frozenset(), "gb")[0][2:] == ("colour", True)
    assert _check_text("Our colur scheme.", frozenset(), "us")[0][2] == "color"  # never the British twin
    assert _check_text("Our colur scheme.", frozenset(), None)[0][3] is False  # which one? not certain


def test_variant_pairs() -> None:
    known = english_words().dictionary
    assert lexicon.variant_of("colour", known) == "gb"
    assert lexicon.variant_of("expertise", known) is None  # "-ise" that US English writes too
    assert lexicon.moves_variant("centre", "center")
    assert not lexicon.moves_variant("centre", "centres")


@pytest.mark.parametrize(
    ("text", "word", "fix"),
    [
        ("Built featrues for clients.", "featrues", "features"),
        ("Shipped produtcion-ready code.", "produtcion", "production"),
        ("Owned proudct/UX decisions.", "proudct", "product"),
        ("Community deveolped themes", "deveolped", "developed"),
        ("Improved the team's websties.", "websties", "websites"),
        ("<b>Managed inventroy</b> for stores", "inventroy", "inventory"),
    ],
)
def test_typos_beside_slashes_hyphens_possessives_and_markup_are_corrected(text: str, word: str, fix: str) -> None:
    found = {w: (s, c) for w, _, s, c in _check_text(text, frozenset(), None)}
    assert found[word] == (fix, True)
