"""Nineteenth round (held-out sets 116-120: random samples, one of them of résumés not in English)."""

from __future__ import annotations

from resume_autofix.importer import import_resume


def _markdown(text: str) -> dict:
    return import_resume(text.encode(), "cv.md").resume


def test_a_section_that_is_one_list_of_dated_items_stays_one_entry_per_item_with_a_note_after_it() -> None:
    # GIVEN a Markdown education list, each item "degree · school · year", then an undated note under the list
    resume = _markdown(
        "# Jane Doe\njane@example.com\n\n## Education\n"
        "- **BA, Philosophy and English** · University of California, Santa Barbara · 1995\n"
        "- **Certificate in Professional Editing** · UC Berkeley Extension · 2023\n\n"
        "**Writing:** Short fiction published in Fourteen Hills.\n"
    )
    # THEN each item is a school of its own, as it is without the note
    assert [(s.get("institution"), s.get("studyType"), s.get("endDate")) for s in resume["education"]] == [
        ("University of California, Santa Barbara", "BA", "1995"),
        ("UC Berkeley Extension", "Certificate", "2023"),
    ]
