"""LaTeX sidebars (set 29): a column of skill tags set side by side, icon fonts that map their glyphs to names,
and a phone written as a country code and one group of digits."""

from __future__ import annotations

import pytest

from resume_autofix.importer.contacts import parse_contacts
from resume_autofix.importer.layout import _form_labels, _gutter, _margin_headings, _rows_aligned
from resume_autofix.importer.lines import CELL_SEP, Line
from resume_autofix.importer.pdf import _icon_text
from resume_autofix.importer.segments import Segment


def _seg(text: str, x0: float, top: float) -> Segment:
    return Segment(text, x0, x0 + 6 * len(text), top, 10, False, len(text))


def _page() -> list[Segment]:
    """A narrow left column (education) beside a right column whose rows are mostly tags, several a row."""
    segs = []
    for row in range(12):
        top = 100 + 14 * row
        segs.append(_seg(f"Left line {row}", 36, top))
        if row % 3 == 0:
            segs.append(_seg("Library, SDK & Framework", 214, top))
        else:
            segs += [_seg(tag, 218 + 60 * k, top) for k, tag in enumerate(("Flutter", "Docker", "Redis", "AWS"))]
    return segs


def test_a_column_of_tag_rows_is_a_column() -> None:
    # GIVEN rows right of x=200 that start on two edges but hold four tag segments each
    segs = _page()
    right = [s for s in segs if s.x0 >= 200]
    # THEN counting each row's first segment, the rows are aligned, and the page has a gutter
    assert _rows_aligned(right)
    gutter = _gutter(segs)
    assert gutter is not None
    assert 36 + 6 * len("Left line 11") <= gutter <= 214


def test_rows_starting_anywhere_are_not_aligned() -> None:
    right = [_seg("word", 200 + 17 * row, 100 + 14 * row) for row in range(12)]
    assert not _rows_aligned(right)


@pytest.mark.parametrize("word", ["GRADUATION-CAP", "Briefcase", "LINK", "\uf0e0", "in"])
def test_an_icon_fonts_glyph_names_are_icons(word: str) -> None:
    assert _icon_text(word)


@pytest.mark.parametrize("word", ["jane@example.com", "example.com/jane", "+49 30 1234"])
def test_an_address_after_an_icon_is_no_icon(word: str) -> None:
    assert not _icon_text(word)


def test_a_country_code_and_one_group_of_digits_is_a_phone() -> None:
    basics: dict[str, object] = {}
    rest: list[str] = []
    parse_contacts([Line("+12 3456891")], basics, rest)
    assert basics["phone"] == "+12 3456891"
    assert rest == []


def test_section_names_in_a_left_margin_set_lower_than_their_first_line_head_their_sections() -> None:
    # GIVEN react-pdf's margin labels: each section name a few points below its section's first body line
    segs = []
    for k, heading in enumerate(("About Me", "Experience", "Education", "Skills")):
        top = 100 + 80 * k
        segs.append(Segment(heading, 81, 160, top + 6, 15, True, len(heading)))
        segs += [_seg(f"Body line {k} {row} of the section", 234, top + 12 * row) for row in range(5)]
    segs += [_seg("JOHN DOE", 79, 60), _seg("English", 81, 440), _seg("Spanish", 81, 452)]  # the margin's other lines
    # WHEN the page is laid out
    gutter = _gutter(segs)
    assert gutter is not None
    snapped = _margin_headings(segs, gutter)
    # THEN each heading moves onto its first body line's baseline, to be read across
    assert snapped is not None
    heads = {s.text: s.top for s in snapped if s.x0 < gutter and s.size == 15}
    assert heads == {"About Me": 100, "Experience": 180, "Education": 260, "Skills": 340}
    # AND a sidebar of text, not names, stays a column
    sidebar = [_seg(f"Sidebar line {row} with text", 36, 100 + 12 * row) for row in range(12)]
    body = [_seg(f"Body line {row} of the main column", 234, 100 + 12 * row) for row in range(30)]
    assert _margin_headings(sidebar + body, 200) is None


def _right_flush(text: str, top: float, edge: float = 276) -> Segment:
    return Segment(text, edge - 6 * len(text), edge, top, 12, False, len(text))


def test_two_columns_of_sections_the_left_set_flush_right_are_no_form() -> None:
    # GIVEN llresume: the left column set flush right against the gutter, level with the right column's lines,
    # and headings side by side ("EDUCATION  WORK EXPERIENCE", "SELECTED PUBLICATIONS  SKILLS & LANGUAGES")
    segs = [_right_flush("EDUCATION", 100), _seg("WORK EXPERIENCE", 319, 100)]
    segs += [_right_flush(f"Learned line {row}", 112 + 12 * row) for row in range(8)]
    segs += [_seg(f"Right line {row} of the job", 319, 112 + 12 * row) for row in range(8)]
    segs += [_right_flush("SELECTED PUBLICATIONS", 220), _seg("SKILLS & LANGUAGES", 319, 220)]
    # THEN the left is no column of form labels
    assert _form_labels(segs, 300) == set()
    # AND a Europass form (labels flush right, values beside, one heading on the left) still is
    form = [_right_flush("WORK EXPERIENCE", 100)]
    for row in range(8):
        form += [_right_flush(f"Label {row}", 112 + 12 * row), _seg(f"Value {row} of the form", 319, 112 + 12 * row)]
    assert len(_form_labels(form, 300)) == 9


def test_a_sparse_pages_right_aligned_dates_are_no_column() -> None:
    # GIVEN a short one-column page whose only right-hand text is each entry's dates, flush right
    segs = [_seg(f"Body line {row}", 56, 100 + 12 * row) for row in range(30)]
    segs += [Segment("2013-01-01 - 2014-01-01", 428, 538, 100 + 60 * k, 10, False, 23) for k in range(5)]
    # THEN the dates are read across with their titles
    assert _gutter(segs) is None


def test_a_bold_bulleted_title_with_its_dates_in_a_cell_is_an_entry() -> None:
    from resume_autofix.importer.entries import split_entries  # noqa: PLC0415

    lines = [
        Line(f"• President{CELL_SEP}Company{CELL_SEP}2013-01-01 - 2014-01-01", bold=True),
        Line("Description of the job"),
        Line("• Started the company"),
    ]
    (entry,) = split_entries(lines, 10, True)
    assert entry.parts == ["President", "Company"]
    assert entry.date is not None
    assert (entry.date.start, entry.date.end) == ("2013-01-01", "2014-01-01")
    assert entry.bullets == ["Started the company"]


def test_contacts_parted_by_spaced_em_dashes() -> None:
    basics: dict[str, object] = {}
    parse_contacts([Line("https://johndoe.com — john@gmail.com — (912) 555-4321")], basics, [])
    assert (basics["url"], basics["email"], basics["phone"]) == (
        "https://johndoe.com",
        "john@gmail.com",
        "(912) 555-4321",
    )
