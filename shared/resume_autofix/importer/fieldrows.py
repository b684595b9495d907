"""Entries written as rows of field labels: "Position   Senior Developer - 2012/Aug to Current", "Employer   Bogus
Company", "Institution   MIT - Cambridge, Massachusetts", "Degree Title   Master of Science – 2003/Sep to 2005/May".

LaTeX classes such as leancv and many form-like generators name every field of an entry in a label column. The label
says what the value is, so no word list has to guess it; an entry ends where a label comes again.
"""

from __future__ import annotations

import re

from .dateline import line_span
from .dates import DateSpan, find_dates
from .entries import RawEntry, add_body
from .lines import Line
from .titles import LOCATION

#: label (lower case, without a colon) → the field it names
_FIELDS = {
    "position": "role",
    "job title": "role",
    "title": "role",
    "role": "role",
    "employer": "org",
    "company": "org",
    "organisation": "org",
    "organization": "org",
    "institution": "school",
    "school": "school",
    "university": "school",
    "degree": "degree",
    "degree title": "degree",
    "qualification": "degree",
    "study field": "area",
    "field of study": "area",
    "major": "area",
    "dates": "dates",
    "period": "dates",
    "description": "body",
}
_MIN_ROWS = 3
_PLACE_TAIL = re.compile(r"\s+[-–—]\s+(?P<place>[^-–—]+)$")
_DASH_END = re.compile(r"\s*[-–—,|]\s*$")


def field_rows(lines: list[Line]) -> list[RawEntry] | None:
    """The entries, when the section is written as rows of field labels; ``None`` when it is not."""
    rows = [_row(line) for line in lines]
    named = [r for r in rows if r is not None]
    if len(named) < _MIN_ROWS or not {f for f, _ in named} & {"role", "org", "school", "degree"}:
        return None
    styles = {(round(line.size, 1), line.bold) for line, r in zip(lines, rows, strict=True) if r is not None}
    if len(styles) > 1:  # "Employer  City" bold over "Job title  year--year": a template's title, not a form
        return None
    entries: list[RawEntry] = []
    seen: set[str] = set()
    fields: dict[str, str] = {}
    body: list[Line] = []
    date: DateSpan | None = None
    for line, row in zip(lines, rows, strict=True):
        if row is None:
            body.append(line)
            continue
        field, value = row
        if field in seen:  # the label again: the next entry
            entries.append(_entry(fields, date, body))
            seen, fields, body, date = set(), {}, [], None
        seen.add(field)
        if field == "body":
            body.append(line.retext(value))
            continue
        spans = find_dates(value)
        if spans and date is None:
            date = line_span(Line(value), spans)
            value = _DASH_END.sub("", value[: date.begin] + value[date.stop :]).strip()
        if value:
            fields[field] = value
    if seen:
        entries.append(_entry(fields, date, body))
    return entries


def _row(line: Line) -> tuple[str, str] | None:
    """(field, value) of a labelled row; a one-character marker cell before the label ("I", "•") is dropped."""
    cells = line.cells[1:] if line.cells and len(line.cells[0].strip()) == 1 else line.cells
    if len(cells) < 2:
        return None
    field = _FIELDS.get(cells[0].strip().rstrip(":：").casefold())
    return (field, "  ".join(cells[1:]).strip()) if field else None


def _entry(fields: dict[str, str], date: DateSpan | None, body: list[Line]) -> RawEntry:
    location = None
    for key in ("org", "school"):
        tail = _PLACE_TAIL.search(fields.get(key, ""))
        if tail and LOCATION.match(tail.group("place")):  # "Massachusetts Institute of Technology - Cambridge, MA"
            location, fields[key] = tail.group("place"), fields[key][: tail.start()]
    if "school" in fields or "degree" in fields:
        parts = [fields[k] for k in ("school", "degree", "area") if fields.get(k)]
    else:
        parts = [fields[k] for k in ("role", "org") if fields.get(k)]
    entry = RawEntry(parts=parts, part_lines=[0] * len(parts), date=date, location=location)
    add_body(body, entry)
    return entry
