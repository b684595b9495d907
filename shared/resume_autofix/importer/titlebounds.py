"""Where a dated entry's title block starts above its dates' line and ends below it: the short, styled lines
that belong to the title, not the body or the entry before.
"""

from __future__ import annotations

import re

from .dateline import dated, line_span, only_dates, title_text
from .hyphens import broken_word
from .lines import Line
from .places import LOCATION
from .rawentry import (
    FIELD_LABEL,
    URL_LINE,
    Marks,
    alike,
    block_break,
    cells_of,
    is_placed,
    is_short,
    is_styled,
    shape_of,
)
from .roles import institution_score
from .titleblock import dates_then_list
from .titles import split_title
from .wraps import (
    after_bullet,
    goes_on,
    link_then_title,
    mirrors,
    only_duration,
    opens_degree,
    opens_paragraph,
    opens_role,
    parts_in,
    runs_on,
    title_wraps,
    title_x0,
    wraps_title,
)


def title_end(lines: list[Line], span: tuple[int, int, int], body: float, typography: bool, marks: Marks) -> int:
    """The last line of the title block of anchor ``a`` (title from ``first``, next anchor at ``limit``): up to two
    short lines below it, three when a place line comes first."""
    first, a, limit = span
    last = a
    title_empty = not title_text(lines[a], line_span(lines[a]))
    placed = 0  # a place line right under the dates' line ("Berkeley, CA"): the title may go on below it
    one_part = parts_in(lines, first, a) <= 1  # none: only a place beside the dates
    while last + 1 < limit and last - a < 2 + placed:
        below = lines[last + 1]
        # it goes on below; or a word broken at the line's end does ("Constructor Univer-" / "sity Bremen")
        # (not an employer's site under the dates: "cytoscapeconsortium.org")
        if not _SITE.fullmatch(below.text.strip()) and (
            (last == a and runs_on(lines[a], below, marks.edge) and not opens_degree(below))
            or goes_on(lines[last], below)
        ):
            marks.wrapped.add(last + 1)
            last += 1
            continue
        if last == a and first == a and title_empty and LOCATION.match(below.text.strip()):
            last += 1  # a line of dates alone, no title above it, then its place: the title comes below
            placed = 1
            continue
        if not is_short(below) or (block_break(below) and not (typography and one_part and last == a + placed)):
            break
        if first < a and last + 2 < limit and opens_paragraph(below, lines[last + 2]):
            break  # a title above the dates, then a sentence that wraps on: the body
        if (
            limit < len(lines)
            and only_dates(lines[limit])
            and (limit - last == 2 or (limit - last in (3, 4) and a - first >= 2))
        ) or _stepped_title(lines, last, limit):
            break  # the title of the next entry, whose own line holds only its dates (and place)
        if first < a and last + 2 == limit < len(lines) and is_placed(below) and is_placed(lines[first]):
            break  # "Kasa   Seoul" right over the next dated line, as "Danggeun Market Inc.   Seoul" over this one
        if first == a - 1 and last + 2 == limit < len(lines) and alike(below, lines[first]):
            break  # "BA, International Relations" over "State University (2010-2014)", as this entry's title is
        if wraps_title(lines[last], below, body) and not (last == a and title_empty):  # dates alone do not wrap
            marks.wrapped.add(last + 1)
            last += 1
            continue
        if last == a and not placed and (LOCATION.match(below.text.strip()) or link_then_title(lines, last, limit)):
            last += 1  # the place (or a link) under the dates' line: the title may go on below it
            placed = 1
            continue
        if last == a and one_part and mirrors(lines[a], below):
            marks.mirrored.add(last + 1)
            last += 1
            continue
        if not (
            title_empty
            or (typography and is_styled(below, body) and below.size >= body * 0.98)
            or (
                one_part
                and last == a + placed
                # a role may run on ("Undergraduate Research Assistant, Advised by Jana Doppa")
                and (len(below.text.split()) <= 8 or opens_role(below.text))
                and sum(1 for c in below.cells if not LOCATION.match(c)) == 1
            )
        ):
            break
        last += 1
    return last


#: a web site's address alone, with or without its scheme ("nrnb.org/gsoc", "www.acme.com")
_SITE = re.compile(
    r"(?i)(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|io|dev|edu|gov|co|ai|app|me|info|uk|de|fr|br|in|"
    r"es|it|nl|ca|au|eu)(?:/\S*)?"
)


def _stepped_title(lines: list[Line], last: int, limit: int) -> bool:
    """LinkedIn's "Cytoscape Consortium" / "Vice President" / "April 2013 - Present (12 years 3 months)" right
    under the last title line: an employer over a role over the dates and how long they ran, each line smaller than
    the one above, is the next entry's title."""
    if limit - last != 3 or limit >= len(lines) or not dated(lines[limit]):
        return False
    rest = title_text(lines[limit], line_span(lines[limit])).strip("()（） ")
    return only_duration(rest) and lines[last + 1].size > lines[last + 2].size > lines[limit].size


def echoes(lines: list[Line], last_block: tuple[int, int, int], a: int, previous_end: int) -> bool:
    """The line above anchor ``a`` and ``a`` repeat the last entry's one-line title over its dated line, in the
    same type and indent: the title of this entry, however small a sidebar sets it."""
    first, anchor, _last = last_block
    return (
        first == anchor - 1
        and a - 1 > previous_end
        and not lines[a - 1].bullet
        and shape_of(lines[a - 1]) == shape_of(lines[first])
        and shape_of(lines[a]) == shape_of(lines[anchor])
        and not dated(lines[a - 1])
    )


def title_start(lines: list[Line], a: int, previous_end: int, body: float, typography: bool, *, marks: Marks) -> int:
    """The first line of anchor ``a``'s title block: up to two short lines above it, after the last entry (a line
    the one above it wrapped into, in a narrow column, is not counted: "Yildiz Technical" / "University")."""
    first = a
    wraps = 0
    # a line of only dates (and a place, or what the job used) has its title right above it, styled or not
    span = line_span(lines[a])
    bare = only_dates(lines[a]) or dates_then_list(lines[a], span, title_text(lines[a], span))
    # a styled line holding two title parts and its dates is a whole title: plain text above it is the last body
    whole = (
        typography
        and is_styled(lines[a], body)
        and sum(len(split_title(c)) for c in cells_of(title_text(lines[a], span))) >= 2
    )
    form = bool(FIELD_LABEL.match(lines[a].text))  # "Graduation Year: 2020" under "University Name: Stanford"
    while first - 1 > previous_end and a - first - wraps < (4 if form else 3 if bare else 2):
        above = lines[first - 1]
        if _tail_of_line(lines, first - 1, previous_end) or (first < a and _last_grade(above.text)):
            # the end of a list the line before wrapped (", Pangea Logging, Haptics SDK."), no title; or the last
            # school's grade ("German GPA 1.1" over "B.E. in Electronics" / "Visvesvaraya …")
            break
        if form and FIELD_LABEL.match(above.text) and not dated(above):
            first -= 1
            continue
        if form and a - first >= 2:
            break
        if (
            bare
            and first == a
            and _GRADE_LINE.match(above.text)
            and first - 2 > previous_end
            and is_short(lines[first - 2])
        ):
            first -= 1  # "Virginia Tech — Degree in progress" / "Current GPA: 3.76" / "August 2019 - May 2023, …"
            wraps += 1  # the grade between the title and its dates is no title line of its own
            continue
        if (
            bare
            and first >= a - 1
            and URL_LINE.match(above.text)
            and first - 2 > previous_end
            and is_styled(lines[first - 2], body)
            and is_short(lines[first - 2])
        ):
            # "Software Developer at Example Inc." / "http://www.example.org" / "From 2014-02"; "Klarrio" / its link
            # / "Site Reliability Engineer" / "Dates Employed: Dec 2018 – Present"
            first -= 2
            break
        # a line of dates alone under its place ("Musterstadt, Deutschland"), each a table cell set apart: the gaps
        # around the place part no title from its dates
        place_gap = bare and any(LOCATION.match(x.text.strip()) for x in (above, lines[first]) if x is not lines[a])
        # a line of dates alone set a little apart under its title, in the body's type ("Automation Engineer @ …,
        # KForce" over "September 2020 — December 2020   3 months"): no sentence ends above it
        titled = (
            first == a
            and (bare or not cells_of(title_text(lines[a], span)) or only_duration(title_text(lines[a], span)))
            and not above.text.rstrip().endswith((".", "!", "?", ":"))
        )
        # "M.S. Engineering, Omni University, Berlin," over "Germany, 2022": a title that goes on, however long
        ends_on_comma = bare and first == a and above.text.rstrip().endswith(",")
        if (
            not (is_short(above) or ends_on_comma)
            or dated(above)
            or (block_break(lines[first]) and not (above.bold or above.heading or place_gap or titled))
        ):
            break
        # or a list that wrapped after a comma into the dated line (LinkedIn's "Computer Programming, …, Data Analysis,"
        # over "Neuroscience, Gamification, HCI · (2012)")
        listed = first == a and above.text.rstrip().endswith(",") and abs(above.size - lines[a].size) < 0.2
        if wraps < 3 and (title_wraps(above, lines[first], marks.column_edge) or listed):
            first -= 1  # the title's first line, wrapped in a narrow column ("Systems - Example" / "University | 2019")
            marks.wrapped.add(first + 1)
            wraps += 1
            continue
        placed = is_placed(above)  # "Company Name   City, Country"
        if typography and not (
            bare
            or placed
            or is_styled(above, body)
            or is_styled(lines[a], body)
            or above.gap_before >= 0.45
            or first - 1 == 0  # the section's first line: set apart by its heading
        ):
            break
        if whole and not is_styled(above, body):
            break
        small = (
            above.size < body * 0.95
            and not (bare and above.size > lines[a].size)  # dates smaller still
            and not (shape_of(above)[:3] == shape_of(lines[a])[:3] and not lines[a].bullet)  # a sidebar's small entry
        )
        # a Word list item never wraps into a paragraph; a line set apart by a gap wraps no bullet
        wrap = above.x1 > 0 and above.gap_before < 0.45 and after_bullet(lines, first - 1)
        if typography and not is_styled(above, body) and (small or wrap):
            break  # small print (tags) or the wrapped end of the last entry's bullet, not a title
        if (
            lines[a].x0 > 0
            and above.x0 > title_x0(lines[a], span) + 0.75 * above.size
            and abs(above.x1 - lines[a].x1) > 2
        ):
            break  # indented like a list item under the last entry (bullets drawn as graphics), not a title
            # (in a right-aligned column every line starts elsewhere, and ends where the title does)
        first -= 1
    return first


#: a line that gives only a grade ("Current GPA: 3.76", "GPA: 3.9/4.0", "GPA: 4"; the grade lines under a degree
#: that give its score, ``keptlines.GRADE_LINE``, need decimals or a scale: "Grade 12" is a school year there)
_GRADE_LINE = re.compile(r"(?i)^\s*(?:current |cumulative |overall |major )?c?gpa\s*[:：]?\s*\d[\d.,/ ]*$")
#: a grade named in a line ("German GPA 1.1", "CGPA: 8.2")
_GRADE_IN = re.compile(r"(?i)\bc?gpa\b\s*[:：]?\s*\d")


def _last_grade(text: str) -> bool:
    """A line of a grade alone, or with one word of what scale it is on ("German GPA 1.1"): the last school's,
    no title line of the next (not "Stanford University, GPA: 3.9/4.0", the school's own line)."""
    m = _GRADE_IN.search(text)
    return m is not None and len(text[: m.start()].split()) <= 1 and institution_score(text[: m.start()]) <= 0


def _tail_of_line(lines: list[Line], k: int, previous_end: int) -> bool:
    """Line ``k`` goes on with the line above it: it opens with a comma, or finishes a word that line broke
    ("Core-" / "Data, RESTful APIs, TDD.")."""
    text = lines[k].text.lstrip()
    if text.startswith((",", ";")):
        return True
    before = lines[k - 1].text.rstrip() if k - 1 > previous_end else ""
    # a word broken at the line's end, or a compound its hyphen parts there ("Core-" / "Data, …")
    return bool(before) and (broken_word(before, text) or (before.endswith("-") and text[:1].isalpha()))


def expected_below(lines: list[Line], i: int) -> bool:
    """ "Master student in EE, expected March 2016" under a dated title line: a detail, not a new entry."""
    span = line_span(lines[i])
    return i > 0 and span.single and bool(dated(lines[i - 1])) and bool(_EXPECTED.search(lines[i].text[: span.begin]))


_EXPECTED = re.compile(r"\b(?:expected|anticipated|graduating|graduation)\b[^\d]{0,20}$", re.IGNORECASE)
