"""Two entries set side by side on a one-column page, read one after the other.

Reactive Resume's Kakuna and similar templates put two jobs (or schools, or projects) in a row: both companies on
one baseline, both titles on the next, then their dates and bullets. Read across, each line mixes the two entries;
read as two short columns, each entry is whole.
"""

from __future__ import annotations

from collections import Counter
from typing import Protocol, TypeVar

from .dates import find_dates
from .vocabulary import exact_key


class _Cell(Protocol):
    """What this module needs of a cell: its box, its text and whether it is a margin label."""

    @property
    def x0(self) -> float: ...
    @property
    def x1(self) -> float: ...
    @property
    def top(self) -> float: ...
    @property
    def size(self) -> float: ...
    @property
    def text(self) -> str: ...
    @property
    def label(self) -> bool: ...


S = TypeVar("S", bound=_Cell)


def reading_order(segments: list[S]) -> list[list[S]]:
    """A one-column page's segments in reading order: a block of two entries set side by side (Reactive Resume's
    Kakuna puts two jobs in a row: both companies on one baseline, both titles on the next, then their dates and
    bullets) is read left half first, then right half, like a column, instead of across.

    Such a block is four or more consecutive baselines that no segment crosses at one x in the middle of the page,
    where most of them start a segment at that x (the right entry's left edge): a date or a label column beside an
    entry sits at a margin, not mid-page, and right-aligned dates share no left edge.
    """
    if len(segments) < 8:
        return [segments]
    left_edge, right_edge = min(s.x0 for s in segments), max(s.x1 for s in segments)
    width = right_edge - left_edge
    rows = _rows(segments)
    starts = Counter(round(s.x0 / 2) for row in rows for s in row if 0.35 * width <= s.x0 - left_edge <= 0.65 * width)
    out: list[list[S]] = []
    done = 0
    for split_bin, _n in starts.most_common(3):
        split = split_bin * 2 - 1.0
        i = done

        def edge(row: list[S], split: float = split) -> bool:
            return any(abs(s.x0 - split - 1.0) <= 2.0 for s in row)

        while i < len(rows):
            while i < len(rows) and _beside(rows[i], split) and not edge(rows[i]):
                i += 1  # a block starts where both entries' first lines start, the right one at the split
            j = i
            # a section heading (alone, or in a left margin) ends the block
            while j < len(rows) and _beside(rows[j], split) and not (j > i and exact_key(rows[j][0].text)):
                j += 1
            block = rows[i:j]
            both = sum(1 for row in block if any(s.x1 <= split for s in row) and any(s.x0 >= split for s in row))
            aligned = sum(1 for row in block if edge(row))
            left = [s for row in block for s in row if s.x1 <= split]
            dated = sum(1 for s in left if find_dates(s.text))  # a wide margin of dates (and notes) beside entries
            if (
                len(block) >= 4
                and both * 2 >= len(block)
                and aligned >= 3
                and aligned * 3 >= len(block)
                and dated * 2 < len(left)
                and not _flush_right([min(r, key=lambda s: s.x0) for r in block if any(s.x1 <= split for s in r)])
                and not _labels_and_lists(block, split)
            ):
                out.append([s for row in rows[done:i] for s in row])
                out.append([s for row in block for s in row if s.x1 <= split])
                out.append([s for row in block for s in row if s.x0 >= split])
                done = j
            i = max(j, i + 1)
    out.append([s for row in rows[done:] for s in row])
    return [group for group in out if group]


def _flush_right(cells: list[S]) -> bool:
    """Most rows' first cells end at one x (within 3 pt) and start at three or more: a column of labels set flush
    right against their values ("Linguaggi di Programmazione | Python, Java", "Chief Technology Officer  Iran
    Medical Services | https://…"), read across, not an entry of its own."""
    ends = Counter(round(s.x1 / 3) for s in cells).most_common(1)
    return bool(ends) and ends[0][1] * 4 >= len(cells) * 3 and len({round(s.x0) for s in cells}) >= 3


def _labels_and_lists(block: list[list[S]], split: float) -> bool:
    """Short labels on the left ("Build tools", "Version control") and lists on the right ("CMake, Makefile,
    Catkin"), row by row: a table of skills, read across, not two entries side by side."""
    left = [s for row in block for s in row if s.x1 <= split]
    right = [s for row in block for s in row if s.x0 >= split]
    if not left or not right:
        return False
    short = sum(1 for s in left if len(s.text.split()) <= 3 and not find_dates(s.text))
    listed = sum(1 for s in right if "," in s.text)
    return short * 5 >= len(left) * 4 and listed * 2 >= len(right)


def _beside(row: list[S], split: float) -> bool:
    """The row can be part of a side-by-side block: nothing crosses the split, no margin label (label rows are
    read across), and it is no section heading (a section ends the block)."""
    return not any(s.x0 < split < s.x1 or s.label for s in row) and not (
        (len(row) == 1 and exact_key(row[0].text)) or row[0].text.rstrip().endswith((":", "："))
    )


def _rows(segments: list[S]) -> list[list[S]]:
    """Segments grouped by baseline, top to bottom (as ``_lines`` groups them)."""
    rows: list[list[S]] = []
    for seg in sorted(segments, key=lambda s: (s.top, s.x0)):
        if rows and abs(seg.top - rows[-1][0].top) <= max(1.0, 0.35 * min(seg.size, rows[-1][0].size)):
            rows[-1].append(seg)
        else:
            rows.append([seg])
    return rows
