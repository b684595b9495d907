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
