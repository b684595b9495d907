"""A word a PDF drew with a ligature its font maps to no text is made whole again."""

from __future__ import annotations

from resume_autofix.importer.ligatures import mended_glyphs
from resume_autofix.importer.pdf import Glyph


def _word(text: str, x0: float, x1: float, top: float = 100.0) -> Glyph:
    return Glyph(text, x0, x1, top, 10.0, False)


def test_a_word_broken_round_a_lost_ligature_is_one_word() -> None:
    # GIVEN "Scienti c Employee": the "fi" ligature drew no text and left a gap of half an em
    glyphs = [_word("Scienti", 10, 40), _word("c", 45.5, 50), _word("Employee", 53, 90)]
    # THEN the word is whole, with the ligature's letters, and spans both boxes
    assert [(g.text, g.x0, g.x1) for g in mended_glyphs(glyphs)] == [("Scientific", 10, 50), ("Employee", 53, 90)]


def test_a_private_use_ligature_inside_a_word_is_read_as_its_letters() -> None:
    glyphs = [_word("novels", 10, 40), _word("wri\ue03cen", 43, 70), _word("fi\ue039een", 73, 100)]
    assert [g.text for g in mended_glyphs(glyphs)] == ["novels", "written", "fifteen"]


def test_two_words_a_wide_space_parts_stay_two() -> None:
    # GIVEN justified text: "of" and "the" half an em apart; and a gap before a capital
    glyphs = [_word("of", 10, 20), _word("the", 25, 40), _word("c", 45, 50, top=300), _word("Employee", 55, 90, 300)]
    assert [g.text for g in mended_glyphs(glyphs)] == ["of", "the", "c", "Employee"]
