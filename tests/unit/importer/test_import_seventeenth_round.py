"""Seventeenth round (held-out sets 102-105: a random sample, résumés printed from HTML, LaTeX sidebars)."""

from __future__ import annotations

from resume_autofix.importer import import_resume
from resume_autofix.importer.layout import _gutter
from resume_autofix.importer.lines import Line
from resume_autofix.importer.sections import split_sections
from resume_autofix.importer.segments import Segment


def _seg(text: str, x0: float, top: float, width: float | None = None) -> Segment:
    return Segment(text, x0, x0 + (width or 6 * len(text)), top, 10, False, len(text))


def _sidebar_page(footer_at: float) -> list[Segment]:
    """A name and a four-line summary across the page, a body and a sidebar, and a print note across the foot."""
    segs = [_seg("Your name here", 170, 40, width=250)]
    segs += [_seg(f"Summary line {i}", 85, 70 + 12 * i, width=400) for i in range(4)]
    segs += [_seg(f"Body line {i} of the job", 85, 140 + 14 * i) for i in range(14)]
    segs += [_seg(f"Skill {i}", 360, 140 + 14 * i) for i in range(8)]
    segs += [_seg(f"Print note {i}", 170, footer_at + 12 * i, width=250) for i in range(3)]
    return segs


def test_a_header_and_a_footer_across_a_short_two_column_page_leave_its_gutter() -> None:
    # GIVEN a short page whose header and footer cross the gutter (8 segments of 30: more than the 12% allowed)
    page = _sidebar_page(footer_at=400)
    # THEN the gutter between body and sidebar is found, for nothing crosses it between the first and last rows
    gutter = _gutter(page)
    assert gutter is not None
    assert 85 + 6 * len("Body line 13 of the job") <= gutter <= 360


def test_lines_across_the_gutter_among_the_columns_rows_still_make_one_column() -> None:
    # GIVEN the same crossings, but the "footer" sits among the body's rows (a full-width bullet under a school)
    page = _sidebar_page(footer_at=200)
    # THEN no gutter: the page is read across, as before
    assert _gutter(page) is None


def _line(text: str, size: float = 10.0, bold: bool = False) -> Line:
    return Line(text=text, size=size, bold=bold, page=1)


def test_a_heading_with_a_long_aside_in_brackets_is_still_a_heading() -> None:
    # GIVEN an unknown heading in the known headings' style whose bracketed aside makes it seven words long
    lines = [
        _line("Jesús González", size=20, bold=True),
        _line("Work Experience", size=13, bold=True),
        _line("Software Engineer  2018-current"),
        _line("Wrote games in Unity for mobile players and the web."),
        _line("Other Games (and Game Jams and Experiments)", size=13, bold=True),
        _line("Graveyard Bones  2019"),
        _line("A top down open exploration game made with Unity."),
        _line("Skills", size=13, bold=True),
        _line("Unity, Python"),
    ]
    _, sections, _ = split_sections(lines)
    # THEN it opens a section of its own: its games are not the last job's lines
    assert [s.heading for s in sections] == ["Work Experience", "Other Games (and Game Jams and Experiments)", "Skills"]


def test_a_field_that_did_not_graduate_leaves_the_note_out() -> None:
    text = (
        "Jane Doe\njane@example.com\n\nEducation\nUniversidad Nacional de Asunción\n"
        "B.S. in Mechatronics Engineering (didn't graduate)\n2008 - 2012\n"
    )
    (school,) = import_resume(text.encode(), "cv.txt").resume["education"]
    assert (school["studyType"], school["area"]) == ("B.S.", "Mechatronics Engineering")
