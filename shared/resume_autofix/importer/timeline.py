"""A timeline that prints each entry's end date at its top and its start date at its foot ("Present  Company 5"
… "06.2020"; "05.2020  Company 4" … "01.2019"), as React and Jekyll timeline templates draw a vertical line
between the two: the start date alone on its line is no entry of its own but the start of the entry above. A
date margin may do the same with a title beside each date ("September 2019  School of Physics" over "September
2013  Ph.D. in Physics", then a gap before the next entry): the two lines are one entry.
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
    """The lines with each entry's start date (alone on a line at its foot, or beside the entry's second line in a
    date margin) put before its end date on its title line ("06.2020 – Present  Company 5"), where two entries or
    more are written so and every start is no later than its end; other lines as they were."""
    lines = _paired_margin_dates(lines)
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
    # the bar drawn between the two dates, where the text layer keeps it ("2022  PhD Research Fellow" / "|  Jeffrey
    # Cheah School of Medicine" / "Monash University" / "2019"), makes one entry so written a timeline
    barred = {k for i, foot in pairs for k in range(i + 1, foot) if lines[k].cells[:1] == ["|"]}
    if len(pairs) < 2 and not barred:
        return lines
    out = list(lines)
    for i, foot in pairs:
        cells = list(lines[i].cells)
        cells[0] = f"{lines[foot].text.strip()} – {cells[0].strip()}"
        out[i] = lines[i].retext(CELL_SEP.join(cells), cells)
    for k in barred:
        if len(lines[k].cells) > 1:  # the bar before a line's text is no part of it
            out[k] = lines[k].retext(CELL_SEP.join(lines[k].cells[1:]), lines[k].cells[1:])
    drop = {foot for _i, foot in pairs}
    return [line for k, line in enumerate(out) if k not in drop]


#: how much more room (in lines) stands before an entry than between the two lines of one
_ENTRY_GAP = 0.25


def _paired_margin_dates(lines: list[Line]) -> list[Line]:
    """Two dated lines set close (no gap between them) in a laid-out page, the end date over the start ("September
    2019  School of Physics and Astronomy" over "September 2013  Ph.D. in Physics"), with a gap (or the section's
    start) before the pair and a gap or an undated line after it: one entry, the range on its first line. Two
    entries of this kind or more are needed, so that a list of single-dated items (awards) is left alone."""
    pairs: list[tuple[int, DateSpan, DateSpan]] = []
    for i in range(len(lines) - 1):
        top, below = lines[i], lines[i + 1]
        first, second = _margin_date(top), _margin_date(below)
        if first is None or second is None or top.x1 <= 0 or below.gap_before > 0.1:
            continue
        if (second.start or "") > (first.start or "") or (pairs and pairs[-1][0] >= i - 1):
            continue
        opened = i == 0 or top.gap_before >= below.gap_before + _ENTRY_GAP
        after = lines[i + 2] if i + 2 < len(lines) else None
        closed = after is None or _margin_date(after) is None or after.gap_before >= _ENTRY_GAP
        if opened and closed:
            pairs.append((i, first, second))
    if len(pairs) < 2:
        return lines
    out = list(lines)
    for i, _end, _start in pairs:
        top, below = lines[i], lines[i + 1]
        cells = [f"{below.cells[0].strip()} – {top.cells[0].strip()}", *top.cells[1:]]
        out[i] = top.retext(CELL_SEP.join(cells), cells)
        out[i + 1] = below.retext(CELL_SEP.join(below.cells[1:]), below.cells[1:])
    return out


def _margin_date(line: Line) -> DateSpan | None:
    """The single date a line's first cell holds, all of it, with more cells after it (as :func:`_top` reads a
    title line's end; "Present" is no date here)."""
    top = _top(line)
    return top[1] if top else None
