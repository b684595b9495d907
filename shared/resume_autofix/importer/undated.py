"""Entries of a section with no dates: each short title line in the titles' style opens one, the lines under it are
its second title part or its body."""

from __future__ import annotations

import re

from .lines import Line
from .places import LOCATION
from .rawentry import RawEntry, add_body, bold_pair, cells_of, is_short
from .roles import position_score
from .titleblock import PLACEHOLDER_DATES
from .titles import AT_WORDS, split_title
from .wraps import list_label


def _second_line(entry: RawEntry, line: Line) -> bool:
    """In a document of one type style, a short line right under a one-part title with nothing between them
    ("Advertising Manager" / "State College Student News") is the title's second part."""
    return (
        len(entry.parts) == 1
        and set(entry.part_lines) == {0}
        and not (entry.bullets or entry.paragraphs or entry.labelled)
        and not line.bullet
        and not line.gap_before
        and len(line.cells) == 1
        and len(line.text.split()) <= 8
        and not line.text.rstrip().endswith((".", ":"))
        and not list_label(line.text)  # "Key Achievements" over the entry's list
    )


#: "DevOps Engineer at GlobaLeaks", "Web Developer @ Tahoe-LAFS": a role at its employer, in one list item
_ROLE_AT = re.compile(rf"^(?P<role>\S.{{1,80}}?)\s+(?:{AT_WORDS}|@)\s+(?P<org>\S.{{0,80}})$")


def _jobs_listed(lines: list[Line]) -> list[RawEntry] | None:
    """A list of two or more items, each a role at its employer and nothing else ("• DevOps Engineer at
    GlobaLeaks"): each item is a job of its own, not a duty of one; ``None`` when the lines are not such a list."""
    if len(lines) < 2 or not all(line.bullet for line in lines):
        return None
    found = [(m, line) for line in lines if (m := _ROLE_AT.match(line.text.strip()))]
    if len(found) < len(lines) or not all(
        len(line.text.split()) <= 12 and position_score(m["role"]) > 0 for m, line in found
    ):
        return None
    return [
        RawEntry(parts=[m["role"], m["org"]], part_lines=[0, 0], date=None, cells=[line.text.strip()])
        for m, line in found
    ]


def undated_entries(lines: list[Line], typography: bool) -> list[RawEntry]:
    lines = [line for line in lines if not PLACEHOLDER_DATES.fullmatch(line.text.strip())]  # "Dates From - To"
    if (listed := _jobs_listed(lines)) is not None:
        return listed
    entries: list[RawEntry] = []
    body: list[Line] = []  # the last entry's body lines
    title_line: Line | None = None  # the last entry's title line
    title_style = None
    for line in lines:
        if not line.bullet and is_short(line):
            title_style = (round(line.size, 1), line.bold)
            break
    for line in lines:
        # one type style: a short line right under a one-part title is its second part, not a new entry
        second_line = not typography and bool(entries) and _second_line(entries[-1], line)
        starts = (
            not line.bullet
            and is_short(line)
            and (not typography or (round(line.size, 1), line.bold) == title_style or not entries)
            and (
                not entries
                or entries[-1].bullets
                or entries[-1].paragraphs
                or (not typography and not second_line)
                or (len(entries[-1].parts) >= 2 and bold_pair(line))  # "School: Degree" lines, one per entry
            )
        )
        second_title = (
            typography
            and not starts
            and entries
            and entries[-1].parts
            and not (entries[-1].bullets or entries[-1].paragraphs or entries[-1].labelled)
            and set(entries[-1].part_lines) == {0}
            and len(entries[-1].parts) == 1  # a line of two parts is a whole title: the next one is another entry
            and not line.bullet
            and is_short(line)
            and (line.bold or entries[-1].title_bold)
        ) or second_line
        if (
            entries
            and entries[-1].parts
            and title_line is not None
            and title_line.text.rstrip().endswith(",")
            and not (entries[-1].bullets or entries[-1].paragraphs)
            and not line.bullet
            and is_short(line)
            and len(line.cells) == 1
        ):  # "Bachelor of Arts in History, Queens College," / "City University of New York": the name goes on
            entries[-1].parts[-1] = f"{entries[-1].parts[-1].rstrip(',')}, {line.text.strip()}"
            title_line = line
        elif (
            entries
            and entries[-1].parts
            and entries[-1].location is None
            and not (entries[-1].bullets or entries[-1].paragraphs)
            and len(line.cells) == 1
            and LOCATION.match(line.text.strip())
        ):  # "Courier, Consolidated Messenger" / "Rochester, NY": the title's place
            entries[-1].location = line.text.strip()
        elif second_title:  # "Job Title 1" / "Company 1": the title block's second line
            pieces = [p for c in cells_of(line.text) for p in split_title(c)]
            entries[-1].parts.extend(pieces)
            entries[-1].part_lines.extend([1] * len(pieces))
        elif starts or not entries:
            cells = cells_of(line.text)
            # a cell that is a place ("University of Engineering & Technology   Lahore, Pakistan") is the place
            place = next((c for c in cells[1:] if LOCATION.match(c.strip())), None)
            parts = [
                p
                for c in cells
                if c is not place and not PLACEHOLDER_DATES.fullmatch(c)
                for p in split_title(c)
                if not PLACEHOLDER_DATES.fullmatch(p)
            ]
            entries.append(
                RawEntry(
                    parts=parts,
                    part_lines=[0] * len(parts),
                    date=None,
                    location=place,
                    title_bold=line.bold,
                    cells=cells,
                )
            )
            body, title_line = [], line
            if not starts:  # no title: the line opens the body as a paragraph, even a list item
                entries[-1].parts = []
                _add_line(entries[-1], body, line.retext(line.text, line.cells, bullet=False))
        else:
            _add_line(entries[-1], body, line)
    return entries


def _add_line(entry: RawEntry, body: list[Line], line: Line) -> None:
    """One more body line for ``entry``: its body is read again whole, so a line that wraps a bullet joins it."""
    body.append(line)
    entry.bullets, entry.paragraphs, entry.labelled, entry.label_lines = [], [], {}, {}
    add_body(body, entry)
