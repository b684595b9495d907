"""A date range stacked down a narrow margin ("2015" / "|" / "present", or the end over the start), joined into
one range on the title's line before a section is split into entries (see :mod:`datemargin`)."""

from __future__ import annotations

import re

from .dateline import fills_cell
from .dates import PRESENT, find_dates
from .lines import CELL_SEP, Line

_STACK_BAR = re.compile(r"^[|–—-]$")


def stacked_dates(lines: list[Line]) -> list[Line]:
    """A range set down a narrow date margin: the start beside the title and the end below it ("2015", a "|",
    "present" two lines down), or the end beside the title and the start right under it ("Actual" over "01/2019",
    "12/2018" over "09/2018"). The range joins the title line's cell; the bar and the other date's line go.

    Only in laid-out documents (PDF), where the other date sits in the margin, left of where the title begins.
    """
    out = list(lines)
    drop: set[int] = set()
    for i, line in enumerate(out):
        if line.x1 <= 0 or len(line.cells) < 2 or i in drop or not date_or_present(line.cells[0]):
            continue
        found = _other_date(out, i, drop)
        if found is None:
            continue
        j, joined, beside = found
        out[i] = line.retext(CELL_SEP.join([joined, *line.cells[1:]]), [joined, *line.cells[1:]])
        if beside:
            out[j] = out[j].retext(CELL_SEP.join(out[j].cells[1:]), out[j].cells[1:])
        else:
            drop.add(j)
        for k in range(i + 1, j):  # "|  (remote)": the bar goes, the rest of its line stays
            if out[k].cells and _STACK_BAR.match(out[k].cells[0]):
                rest = out[k].cells[1:]
                if rest:
                    out[k] = out[k].retext(CELL_SEP.join(rest), rest)
                else:
                    drop.add(k)
    return [line for k, line in enumerate(out) if k not in drop]


def months_over_years(lines: list[Line]) -> list[Line]:
    """A margin date printed as its month over its year ("Feb" / "2022", R pagedown's datadrivencv): one date, on
    the month's line; the year's line keeps what stands beside it."""
    out = list(lines)
    drop: set[int] = set()
    for i in range(len(out) - 1):
        month, year = out[i], out[i + 1]
        if month.x1 <= 0 or not month.cells or not year.cells or abs(month.x0 - year.x0) > _MARGIN_SLACK:
            continue
        if not (_MONTH_ALONE.fullmatch(month.cells[0]) and _YEAR_ALONE.fullmatch(year.cells[0])):
            continue
        joined = f"{month.cells[0]} {year.cells[0]}"
        spans = find_dates(joined)
        if len(spans) != 1 or len(spans[0].start or "") != len("2022-02"):  # "Feb 2022": a month of a year
            continue
        out[i] = month.retext(CELL_SEP.join([joined, *month.cells[1:]]), [joined, *month.cells[1:]])
        if rest := year.cells[1:]:  # what stood beside the year begins where the title's column does
            column = next(
                (line.x0 for line in out[i + 2 : i + 6] if line.x0 > year.x0 + _MARGIN_SLACK and len(line.text) > 1),
                year.x0,
            )
            out[i + 1] = year.retext(CELL_SEP.join(rest), rest, x0=column)
        else:
            drop.add(i + 1)
    return [line for k, line in enumerate(out) if k not in drop]


_MONTH_ALONE = re.compile(r"[^\W\d_]{3,9}\.?")
_YEAR_ALONE = re.compile(r"(?:19|20)\d\d")
_MARGIN_SLACK = 6  # points between a centred month's and its year's left edges


def _other_date(out: list[Line], i: int, drop: set[int]) -> tuple[int, str, bool] | None:
    """The line of the range's other half under margin date ``i``, the range, and whether that line also holds
    the title's wrapped end beside the date; ``None`` when there is none."""
    top = out[i].cells[0]
    present_top = bool(_PRESENT_ONLY.match(top))
    title_x = _title_x(out, i)
    barred = False  # a bar stood in the margin between the two dates
    for j in range(i + 1, min(i + 4, len(out))):
        below = out[j]
        if j in drop or below.x1 <= 0:
            return None
        margin = below.x1 < title_x and len(below.cells) == 1
        # after a bar, the other date may share its line with the title's wrapped end ("Juil 2020  International)")
        beside = barred and below.x0 < title_x - 10 and len(below.cells) >= 2 and date_or_present(below.cells[0])
        # or, right under a title of role and employer cells, beside the body's first sentence ("Nov 2017  Desarrollador
        # Sistemas y Computadores" over "Jun 2019  Mantener y mejorar la aplicación …")
        beside = beside or (j == i + 1 and _body_beside_date(out[i], below, title_x))
        if below.cells and _STACK_BAR.match(below.cells[0]) and below.x0 < title_x - 10:
            barred = True
        if not (margin or beside) or _STACK_BAR.match(below.text):
            continue  # the title's other lines, a bar ("|  (remote)")
        if not date_or_present(below.cells[0]):
            return None
        joined = stacked_range(top, below.cells[0], present_top)
        return None if joined is None else (j, joined, beside)
    return None


def _body_beside_date(title: Line, below: Line, title_x: float) -> bool:
    return (
        len(title.cells) >= 3
        and len(below.cells) == 2
        and below.x0 < title_x - 10
        and date_or_present(below.cells[0])
        and len(below.cells[1].split()) >= 6
    )


def stacked_range(top: str, below: str, present_top: bool) -> str | None:
    """The range two stacked margin cells write, earlier first, with or without a bar between them (R pagedown's
    timeline prints the end on top, a bar, then the start: "2020" / "|" / "2016"); ``None`` when they are no
    range."""
    if present_top:  # the end on top: "Actual" over "01/2019"
        return None if _PRESENT_ONLY.match(below) else f"{below} – {top}"
    if _PRESENT_ONLY.match(below):
        return f"{top} – {below}"
    first, second = find_dates(top)[0].start or "", find_dates(below)[0].start or ""
    if first <= second:
        return f"{top} – {below}"
    return f"{below} – {top}"  # "12/2018" over "09/2018": the end on top


def date_or_present(text: str) -> bool:
    """The cell is one date alone, or a word for "present" alone: half of a range split over two cells."""
    return bool(_PRESENT_ONLY.match(text)) or single(text)


def single(text: str) -> bool:
    spans = find_dates(text)
    return len(spans) == 1 and spans[0].single and fills_cell(text, spans[0])


def _title_x(lines: list[Line], i: int) -> float:
    """Where the title beside a margin date begins: the first line below that does not start in the margin."""
    return min(
        (
            line.x0
            for line in lines[i + 1 : i + 4]
            if line.x0 > lines[i].x0 + 10 and not (line.cells and _STACK_BAR.match(line.cells[0]))
        ),
        default=lines[i].x1,
    )


_PRESENT_ONLY = re.compile(r"^(?:" + PRESENT + r")$", re.IGNORECASE)
