"""Every name, employer, title, institution and date range reads back as one phrase, in order (issue 15)."""

from __future__ import annotations

import pytest

from resume_autofix.pdf import build_pdf, extract_text, readback
from resume_autofix.pdf.verify import check_phrases, readback_text, words
from resume_autofix.render import build_view
from tests.cases import LONG_ENTRIES, THEMES, VALID, load

PAPERS = ("A4", "Letter")


@pytest.mark.parametrize("paper", PAPERS)
@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize("name", [*VALID, "long-entries"])
def test_every_phrase_reads_back_whole_and_in_order(name: str, theme: str, paper: str) -> None:
    view = build_view(LONG_ENTRIES if name == "long-entries" else load(name))
    pdf, _, _ = build_pdf(view, theme, paper)
    report = readback(pdf, view)
    assert report["broken_phrases"] == []
    assert (report["phrase_score"], report["word_score"], report["score"]) == (1.0, 1.0, 1.0)
    assert report["expected_phrases"] == report["found_phrases"]


@pytest.mark.parametrize("theme", ["classic", "modern"])
def test_the_dates_never_land_inside_a_wrapped_employer(theme: str) -> None:
    # GIVEN issue 15's entry: "Fullstack developer, lead engineer" at "VS Industrie GmbH", open-ended
    view = build_view(LONG_ENTRIES)
    text, _ = extract_text(build_pdf(view, theme, "A4")[0])
    flat = " ".join(text.split())
    # THEN the employer reads whole, and so does each long title and institution
    assert "VS Industrie GmbH" in flat
    assert "Feb 2026 – Present Industrie" not in flat
    for entry in LONG_ENTRIES["work"]:
        assert entry["position"] in flat
        assert entry["name"] in flat
    assert LONG_ENTRIES["education"][0]["institution"] in flat


def test_the_check_catches_what_the_word_score_missed() -> None:
    # the text layer issue 15 found: every word there, in order, but the employer split by the dates
    view = build_view({"work": [LONG_ENTRIES["work"][0]]})
    broken = "WORK EXPERIENCE\nFullstack developer, lead engineer, VS  Feb 2026 – Present\nIndustrie GmbH"
    report = readback_text(broken, view, 1)
    assert report["word_score"] == 1.0
    assert report["broken_phrases"] == ["vs industrie gmbh"]
    assert report["score"] == report["phrase_score"] < 1.0


def test_entries_must_come_back_in_order() -> None:
    view = build_view({"work": [{"name": "Alpha", "position": "One"}, {"name": "Beta", "position": "Two"}]})
    assert check_phrases(words("Two, Beta One, Alpha"), view)[1] < 4
    assert check_phrases(words("One, Alpha Two, Beta"), view) == (4, 4, [])
