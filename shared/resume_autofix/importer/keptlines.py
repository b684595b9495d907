"""What the lines kept under a degree say besides its courses: a grade line is the entry's score ("Cumulative GPA:
3.7 / 4.0"), a later date alone or the date the degree is expected its end ("expected March 2016")."""

from __future__ import annotations

import re
from typing import Any

from .dates import find_dates
from .grades import GRADE, GRADE_NAMES, SCORED

#: a line that opens with a grade and its qualifier ("Cum. GPA: 3.83 / 4.0", "CGPA: 9.41", "Final grade 18/20",
#: "GPA: 3.97/4.00, Valedictorian", "Note: 1,3 (mit Auszeichnung)"); a rank is no grade, "Grade 12" a school year
GRADE_LINE = re.compile(
    r"(?i)^\s*(?:(?:current|cum\.?|cumulative|overall|final|major|total)\s+)?"
    rf"(?:{GRADE_NAMES})\b[^\d\n/_]{{0,16}}?[:：]?\s*(?P<value>{SCORED})(?!\s*scale)(?P<rest>.*)$"
)
_REST_SEPARATOR = re.compile(r"^[\s,;|/·–—-]+")


def score_from_courses(item: dict[str, Any]) -> None:
    """The first line kept under a degree that opens with a grade ("GPA: 3.97/4.00, Valedictorian") or is one alone
    (a date line's "90.41%") gives the entry's score where none was read; what follows the grade stays with the
    courses, the grade is not said twice."""
    courses = item.get("courses") or []
    if "score" in item:
        return
    for i, line in enumerate(courses):
        if m := GRADE_LINE.match(line):
            item["score"] = m["value"]
            rest = _REST_SEPARATOR.sub("", m["rest"]).rstrip()
            if any(c.isalnum() for c in rest):
                courses[i] = rest
            else:
                _taken(item, i)
            return
        if alone := GRADE.fullmatch(line.strip()):
            item["score"] = alone["value"]
            _taken(item, i)
            return


#: a line under a degree that is only its end date, or the date it is expected ("expected March 2016", "May 2022")
_END_LINE = re.compile(r"(?i)^(?:(?:expected|anticipated|graduating|graduation)\s*:?\s*)?(?P<date>[^\W_].{2,18})$")


def end_from_courses(item: dict[str, Any]) -> None:
    """An entry with a start and no end, and a line kept under it that is one date after the start alone (or when
    the degree is expected): that date is its end, not a course."""
    courses, start = item.get("courses") or [], str(item.get("startDate", ""))
    if not start or "endDate" in item:
        return
    for i, line in enumerate(courses):
        m = _END_LINE.match(line.strip())
        spans = find_dates(m["date"]) if m else []
        alone = m is not None and len(spans) == 1 and spans[0].stop - spans[0].begin >= len(m["date"].strip()) - 1
        if alone and spans[0].single and spans[0].start and spans[0].start > start:  # the date and nothing else
            item["endDate"] = spans[0].start
            _taken(item, i)
            return


def _taken(item: dict[str, Any], i: int) -> None:
    """Course line ``i`` said something else (the score, the end): out of the courses, and the courses out of the
    entry when it was the last."""
    del item["courses"][i]
    if not item["courses"]:
        del item["courses"]
