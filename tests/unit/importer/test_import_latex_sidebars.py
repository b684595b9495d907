"""LaTeX sidebars (set 29): a column of skill tags set side by side, icon fonts that map their glyphs to names,
and a phone written as a country code and one group of digits."""

from __future__ import annotations

import pytest

from resume_autofix.importer.basics import parse_contacts
from resume_autofix.importer.layout import _gutter, _rows_aligned, _Segment
from resume_autofix.importer.lines import Line
from resume_autofix.importer.pdf import _icon_text


def _seg(text: str, x0: float, top: float) -> _Segment:
    return _Segment(text, x0, x0 + 6 * len(text), top, 10, False, len(text))


def _page() -> list[_Segment]:
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
