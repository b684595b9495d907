"""Seventeenth round (held-out sets 102-105: a random sample, résumés printed from HTML, LaTeX sidebars)."""

from __future__ import annotations

from resume_autofix.importer.layout import _gutter
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
