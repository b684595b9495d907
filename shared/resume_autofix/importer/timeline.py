"""A timeline that prints each entry's end date at its top and its start date at its foot ("Present  Company 5"
… "06.2020"; "05.2020  Company 4" … "01.2019"), as React and Jekyll timeline templates draw a vertical line
between the two: the start date alone on its line is no entry of its own but the start of the entry above.
"""

from __future__ import annotations

import re

from .dates import PRESENT, DateSpan, find_dates
from .lines import CELL_SEP, Line

_PRESENT_CELL = re.compile(rf"(?i)^(?:{PRESENT})$")


def _alone(line: Line) -> DateSpan | None:
    """The single date a line holds and nothing else ("06.2020")."""
    spans = find_dates(line.text)
    if (
        len(spans) == 1
        and spans[0].single
        and not line.text[: spans[0].begin].strip()
        and not line.text[spans[0].stop :].strip()
    ):
        return spans[0]
    return None


def _top(line: Line) -> tuple[str, DateSpan | None] | None:
    """A title line that opens with its entry's end: one date or "Present", then the title's cells."""
    if len(line.cells) < 2:
        return None
    first = line.cells[0].strip()
    if _PRESENT_CELL.match(first):
        return first, None
    spans = find_dates(first)
    if len(spans) == 1 and spans[0].single and spans[0].begin == 0 and spans[0].stop >= len(first):
        return first, spans[0]
    return None


def joined_timeline(lines: list[Line]) -> list[Line]:
    """The lines with each entry's start date (alone on a line at its foot) put before its end date on its title
    line ("06.2020 – Present  Company 5"), where two entries or more are written so and every start is no later
    than its end; other lines as they were."""
    tops = [(i, top) for i, line in enumerate(lines) if (top := _top(line))]
    pairs: list[tuple[int, int]] = []
    for n, (i, (_cell, end)) in enumerate(tops):
        stop = tops[n + 1][0] if n + 1 < len(tops) else len(lines)
        found = next(((j, start) for j in range(stop - 1, i, -1) if (start := _alone(lines[j]))), None)
        if found is None:
            continue
        if end is not None and (end.start or "") < (found[1].start or ""):
            return lines  # a start after its end: no timeline
        pairs.append((i, found[0]))
    if len(pairs) < 2:
        return lines
    out = list(lines)
    for i, foot in pairs:
        cells = list(lines[i].cells)
        cells[0] = f"{lines[foot].text.strip()} – {cells[0].strip()}"
        out[i] = lines[i].retext(CELL_SEP.join(cells), cells)
    drop = {foot for _i, foot in pairs}
    return [line for k, line in enumerate(out) if k not in drop]
