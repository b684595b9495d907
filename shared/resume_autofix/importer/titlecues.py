"""What stands under or over a line set in a heading's style, telling an entry's title from a section's heading:
its dates below it ("Founder CEO/CTO" over "Statium" over "depuis septembre 2014"), a dated title above it (an
employer in a heading's style), a dated entry under a summary's heading (a career)."""

from __future__ import annotations

from .dateline import dated, only_dates
from .lines import Line
from .vocabulary import exact_key


def careers(lines: list[Line], known: dict[int, str]) -> None:
    """A summary heading over a dated entry ("Career Summary" over "2018 – present   Job title") heads the work
    section: the career, job by job (in place)."""
    for i in [i for i, key in known.items() if key == "summary" and _jobs_below(lines, i)]:
        known[i] = "work"


def _jobs_below(lines: list[Line], i: int) -> bool:
    """The line under heading ``i`` opens a dated entry: its dates and a title of a few words, in cells of their
    own ("2018 – present   Job title")."""
    below = lines[i + 1] if i + 1 < len(lines) else None
    if below is None or below.bullet or len(below.cells) < 2 or dated(below) is None:
        return False
    rest = [c for c in below.cells if not dated(below.retext(c))]
    return bool(rest) and all(len(c.split()) <= 8 for c in rest)


def dated_below(lines: list[Line], i: int) -> bool:
    """The line under line ``i`` holds dates and a title cell beside them ("11.2012 – 10.2013   ESOC")."""
    below = lines[i + 1] if i + 1 < len(lines) else None
    return (
        below is not None
        # "Uber | 2013 - 2014", "React Developer · 8 months · Apr 2024 – Nov 2024"
        and (len(below.cells) >= 2 or " | " in below.text or " · " in below.text)
        and dated(below) is not None
        and not only_dates(below)
    )


def over_its_dates(lines: list[Line], i: int) -> bool:
    """Line ``i`` stands right over a line of its dates alone ("Web Developer / something.com" over "Mar 2012 -
    Dec 2014"): an entry's title in a heading's type, not a section the vocabulary does not know."""
    below = lines[i + 1] if i + 1 < len(lines) else None
    return below is not None and len(below.cells) == 1 and dated(below) is not None and only_dates(below)


def over_name_and_dates(lines: list[Line], i: int) -> bool:
    """Line ``i`` stands over a short name and a line of dates ("Founder CEO/CTO" / "Statium" / "depuis septembre
    2014", "Ingénieur informatique" / "ENSEIRB (Bordeaux)" / "Diplômé en septembre 2004"): an entry's title in a
    heading's type, not a section."""
    if i + 2 >= len(lines) or lines[i].heading or lines[i].caps:  # "## Projects", "ARTICLES": headings all the same
        return False
    name, when = lines[i + 1], lines[i + 2]
    return (
        len(name.cells) == 1
        and len(name.text.split()) <= 6
        and dated(name) is None
        and not exact_key(name.text)
        and len(when.cells) == 1
        and len(when.text.split()) <= 6
        and dated(when) is not None
    )


def first_entry(lines: list[Line], i: int) -> bool:
    """Line ``i``, which only a word of it names a section by ("Ingénieur informatique": computing), stands right
    under a section's heading and over a short name and its dates: the section's first entry (a section is never
    empty)."""
    return exact_key(lines[i].text) is None and over_name_and_dates(lines, i)


def under_dated_title(lines: list[Line], i: int) -> bool:
    """Line ``i`` stands right under a title with its dates in a cell of their own ("DESENVOLVEDOR SOFTWARE
    Set/2021 – atual" over "RN Software"): the entry's employer in a heading's style, not a section."""
    above = lines[i - 1] if i > 0 else None
    return (
        above is not None
        and above.page == lines[i].page
        and lines[i].gap_before < 0.5  # set close under it: not the next entry's title after a gap
        and len(above.cells) >= 2
        and dated(above) is not None
        and not only_dates(above)
    )
