"""Words a PDF broke at a line end with a hyphen: whole again where hyphenation broke them, compounds kept."""

from __future__ import annotations

import pytest

from resume_autofix.importer.guard import invented
from resume_autofix.importer.hyphens import join_broken, mend_broken_words
from resume_autofix.importer.lines import Line


@pytest.mark.parametrize(
    ("previous", "text", "joined"),
    [
        ("Constructor Univer-", "sity Bremen", "Constructor University Bremen"),  # the whole is a word
        ("sub-", "mission", "submission"),
        ("Akademie der Wis-", "senschaften", "Akademie der Wissenschaften"),  # no half is an English word
        ("improving cross-", "device apps", "improving cross-device apps"),  # both halves are words: a compound
        ("full-", "stack", "full-stack"),
        ("e-", "commerce", "e-commerce"),
        ("user-", "friendly", "user-friendly"),
    ],
)
def test_a_hyphenation_break_goes_and_a_compound_hyphen_stays(previous: str, text: str, joined: str) -> None:
    assert join_broken(previous, text) == joined


def test_the_broken_word_is_made_whole_on_its_first_line() -> None:
    lines = [Line(text="Constructor Univer-", top=10), Line(text="sity Bremen", top=20), Line(text="M.Sc.", top=30)]
    assert [line.text for line in mend_broken_words(lines)] == ["Constructor University", "Bremen", "M.Sc."]


def test_a_compound_a_capital_or_another_column_is_left_alone() -> None:
    lines = [
        Line(text="dynamic back-"),
        Line(text="end services."),
        Line(text="Test-"),
        Line(text="Driven Development"),
        Line(text="Univer-", column=0),
        Line(text="sity", column=1),
    ]
    assert [line.text for line in mend_broken_words(lines)] == [line.text for line in lines]


def test_the_guard_takes_a_word_read_whole_across_a_line_break() -> None:
    source = "Education\nConstructor Univer-\nsity Bremen\n"
    assert invented({"education": [{"institution": "Constructor University Bremen"}]}, source) == []
    assert invented({"education": [{"institution": "Constructor Universal"}]}, source) == ["/education/0/institution"]
