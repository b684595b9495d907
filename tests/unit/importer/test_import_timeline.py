"""A timeline with each entry's end date at its top and its start date alone at its foot."""

from __future__ import annotations

from resume_autofix.importer import import_resume
from resume_autofix.importer.lines import Line
from resume_autofix.importer.timeline import joined_timeline

_TEXT = """Jane Doe
jane@example.com

EXPERIENCE
Present  Company 5  Berlin, Germany
Senior Engineer
Built the platform the company runs on.
06.2020
05.2020  Company 4  Paris, France
Engineer
Kept the lights on and the builds green.
01.2019
"""


def test_the_start_date_at_an_entrys_foot_joins_its_end_at_the_top() -> None:
    work = import_resume(_TEXT.encode(), "cv.txt").resume["work"]
    assert [(w["name"], w["startDate"], w.get("endDate")) for w in work] == [
        ("Company 5", "2020-06", None),
        ("Company 4", "2019-01", "2020-05"),
    ]


def test_no_timeline_where_a_start_would_come_after_its_end_or_only_one_entry_is_so() -> None:
    lines = [Line("05.2020  Acme"), Line("Engineer"), Line("01.2022"), Line("03.2019  Globex"), Line("01.2018")]
    assert joined_timeline(lines) == lines
    single = [Line("Present  Acme"), Line("Engineer"), Line("06.2020")]
    assert joined_timeline(single) == single


def _margin(text: str, gap: float, x0: float = 51.5) -> Line:
    return Line(text, 10, x0=x0, x1=450, gap_before=gap)


def test_a_date_margin_with_the_end_over_the_start_beside_two_title_lines_is_one_entry_each() -> None:
    # GIVEN a LaTeX CV's date margin: "September 2019 | School, University" over "September 2013 | Ph.D. in
    # Physics", a gap, then the bachelor's the same way
    lines = [
        _margin("September 2019  Shanghai Jiao Tong University", 0.55),
        _margin("September 2013  Ph.D. in Physics", 0.0),
        _margin("June 2013  Shanghai Jiao Tong University", 0.46, x0=80.6),
        _margin("September 2009  Bachelor’s Degree in Applied Physics", 0.0),
    ]
    joined = joined_timeline(lines)
    # THEN each pair is one title, the range on its first line and the degree under it
    assert [line.cells for line in joined] == [
        ["September 2013 – September 2019", "Shanghai Jiao Tong University"],
        ["Ph.D. in Physics"],
        ["September 2009 – June 2013", "Shanghai Jiao Tong University"],
        ["Bachelor’s Degree in Applied Physics"],
    ]


def test_a_list_of_single_dated_items_set_close_is_left_alone() -> None:
    # GIVEN awards, one date each, no gap between them
    lines = [
        _margin("2018-04  Engineering Science Award of Excellence", 0.5),
        _margin("2018-01  3rd in Ontario Engineering Competition", 0.0),
        _margin("2016-03  1st in Ontario Engineering Competition", 0.0),
        _margin("2015-10  1st in Canada in IEEEXtreme 9.0", 0.0),
    ]
    assert joined_timeline(lines) == lines
