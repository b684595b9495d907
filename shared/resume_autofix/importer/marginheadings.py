"""Section headings a laid-out page sets apart from its body: in a narrow left margin (broken over two lines, or
level with the middle of their block rather than its top) and with a right-aligned line of dates floated above them.
Read by baseline, such a heading comes in the wrong place; these put it back before its section's lines."""

from __future__ import annotations

import itertools

from .dateline import only_dates
from .dates import find_dates
from .lines import CJK, Line
from .rawentry import right_edges
from .vocabulary import exact_key


def broken_margin_headings(lines: list[Line]) -> list[Line]:
    """A section name in a narrow left margin broken over two lines ("工作" / "经历", body lines read between them):
    one heading again where the two halves, in one type at one left edge, name a section together."""
    out = list(lines)
    drop: set[int] = set()
    for i, line in enumerate(out):
        if i in drop or line.x1 <= 0 or len(line.cells) != 1 or len(line.text) > 12 or not line.text.strip().isalpha():
            continue  # a word, not a mark ("*" over "Certifications")
        for j in range(i + 1, min(i + 4, len(out))):
            other = out[j]
            if other.page != line.page or (other.x0 > line.x1 + 4 and other.x0 > line.x0 + 4):
                continue  # a body line set right of the margin
            glue = "" if CJK.search(line.text) else " "
            joined = f"{line.text.strip()}{glue}{other.text.strip()}"
            if (
                len(other.cells) == 1
                and other.text.strip().replace(" ", "").isalpha()
                and abs(other.x0 - line.x0) <= 2
                and abs(other.size - line.size) < 0.5
                and (key := exact_key(joined))  # looked up once, after the cheap tests
                and key != exact_key(line.text)
            ):
                out[i] = line.retext(joined, x1=max(line.x1, other.x1))
                drop.add(j)
            break
    return [line for k, line in enumerate(out) if k not in drop]


def centred_margin_headings(lines: list[Line]) -> list[Line]:
    """Section names in a left margin, each set level with the middle of its section's first lines (JSON Resume
    themes that print "Work" beside its first job's title and dates): read by baseline, a name came after those
    lines. Where two names or more stand so, each goes back before the lines above it that belong to its block (up
    to two of its heights above it, after the block's opening gap)."""
    moves: list[tuple[int, int]] = []
    for i, line in enumerate(lines):
        if not (0 < i < len(lines) - 1 and len(line.cells) == 1 and line.x1 > 0 and exact_key(line.text)):
            continue
        if not (lines[i - 1].x0 > line.x1 + 4 and lines[i + 1].x0 > line.x1 + 4):
            continue  # a heading in the margin, the body to its right on both sides
        if lines[i + 1].page == line.page and lines[i + 1].top - line.top <= 0.15 * line.size:
            continue  # level with the line after it: the top of its block, already read first
        j = i - 1
        while (
            j >= 0
            and lines[j].page == line.page
            and lines[j].x0 > line.x1 + 4
            and not exact_key(lines[j].text)
            and 0 <= line.top - lines[j].top <= 2.0 * line.size
        ):
            j -= 1
        first = j + 1
        if first == i:
            continue
        opening = lines[first].top - lines[j].top if j >= 0 and lines[j].page == line.page else None
        steps = [b.top - a.top for a, b in itertools.pairwise(lines[first:i])] or [lines[first].size * 1.2]
        if (start := _centred_block(lines, i)) is not None:
            moves.append((start, i))
        elif opening is None or opening > 1.5 * max(steps):
            moves.append((first, i))
    if len(moves) < 2:
        return lines
    out = list(lines)
    for first, i in reversed(moves):
        out.insert(first, out.pop(i))
    return out


def _centred_block(lines: list[Line], i: int) -> int | None:
    """Where the block of margin heading ``i`` starts when the heading stands level with the middle of its whole
    section (Canva's "Experience" beside its two jobs): after the widest gap between the body lines above it, a
    third wider than any other there, with the heading in the middle half of the block that gap and the widest one
    below it bound; ``None`` otherwise."""
    line = lines[i]

    def body(k: int) -> bool:
        return lines[k].page == line.page and lines[k].x0 > line.x1 + 4 and not exact_key(lines[k].text)

    above = list(itertools.takewhile(body, range(i - 1, max(i - 13, -1), -1)))[::-1]
    below = list(itertools.takewhile(body, range(i + 1, min(i + 13, len(lines)))))
    if len(above) < 2 or not below:
        return None
    gaps = [(lines[b].top - lines[a].top, b) for a, b in itertools.pairwise([above[0] - 1, *above]) if a >= 0]
    gaps = [(gap, b) for gap, b in gaps if lines[b - 1].page == line.page]
    widest, start = max(gaps, default=(0.0, above[0]))
    if any(gap * 1.3 > widest for gap, b in gaps if b != start):
        return None  # no gap stands out: the heading's block has no clear top (entries part as sections do)
    after = [lines[b].top - lines[a].top for a, b in itertools.pairwise([above[-1], *below])]
    end = below[after.index(max(after)) - 1] if max(after) > widest * 0.8 and after.index(max(after)) > 0 else below[-1]
    span = lines[end].top - lines[start].top
    middle = line.top + line.size / 2 - lines[start].top
    return (
        start if span > 0 and 0.25 * span <= middle <= 0.75 * span and widest > 1.5 * min(g for g, _ in gaps) else None
    )


def dates_under_headings(lines: list[Line]) -> list[Line]:
    """A right-aligned line of dates set a little higher than the section heading beside it (a theme that floats
    the first entry's dates to the top of its box: "June 2011 - January 2014" over "Education"): the dates come
    after the heading, on the entry's side of it."""
    out = list(lines)
    right = right_edges(lines)
    for i in range(len(out) - 2):
        dates, heading = out[i], out[i + 1]
        if (
            dates.x1 > 0
            and len(dates.cells) == 1
            and (dates.page, dates.column) == (heading.page, heading.column)
            and dates.x1 >= right[dates.page, dates.column] - 3  # set flush right
            and dates.x0 > (heading.x0 + dates.x1) / 2
            and find_dates(dates.text)
            and only_dates(dates)
            and exact_key(heading.text)
            and not find_dates(out[i + 2].text)
        ):
            out[i], out[i + 1] = heading, dates
    return out


#: a label or a street in a line that reads like a name ("name: Alex Doe", "False Street")
