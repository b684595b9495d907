"""A page whose left column is a margin of headings and entry titles, the right column their content, read block by
block rather than column by column.

Some HTML and LaTeX résumés set each section's name and each entry's title, employer, place and dates in a narrow
left column, and the entry's description beside it on the right ("Freelancer / Remote / Since Sept. 2016" beside
"PHP, WordPress, MySQL" and two sentences). Read as two columns, every title comes first and every description after
them, and no entry keeps its description. Read block by block (a left block, then the right lines beside it), each
entry is whole. A sidebar is not such a margin: it has headings of its own on both sides, or holds as much text.
"""

from __future__ import annotations

import statistics

from .lines import Line
from .roles import position_score
from .vocabulary import exact_key, vocabulary_key

#: how far below the line above (in its type size) a left line starts a new block: a blank line between them
_BLOCK_GAP = 1.8


def margin_order(left: list[Line], right: list[Line]) -> list[Line] | None:
    """The two columns' lines block by block, when the left column is a margin of headings and titles for the right
    one; ``None`` otherwise (read them as two columns)."""
    if not left or not right or not _is_margin(left, right):
        return None
    blocks: list[list[Line]] = []
    for line in sorted(left, key=lambda x: x.top):
        last = blocks[-1][-1] if blocks else None
        if last is None or line.top - last.top > _BLOCK_GAP * max(last.size, line.size) or exact_key(line.text):
            blocks.append([line])
        else:
            blocks[-1].append(line)
    tops = [block[0].top for block in blocks]
    beside: list[list[Line]] = [[] for _ in blocks]
    before: list[Line] = []
    for line in sorted(right, key=lambda x: x.top):
        at = max((k for k, top in enumerate(tops) if top <= line.top + 0.5 * line.size), default=None)
        (before if at is None else beside[at]).append(line)
    return before + [line for block, lines in zip(blocks, beside, strict=True) for line in (*block, *lines)]


def _is_margin(left: list[Line], right: list[Line]) -> bool:
    """The left column names two sections or more and the right none, and the right holds twice its text; a
    margin holds no list of its own (a sidebar's bulleted languages and skills beside a body of unheaded jobs)."""
    headings_left = sum(1 for line in left if exact_key(line.text))
    body = statistics.median(line.size for line in right)
    # a heading the vocabulary knows only loosely counts where it is set larger than the text ("Applicable
    # Experience" atop a sidebar's body column)
    headings_right = sum(
        1
        for line in right
        if exact_key(line.text)
        or (
            line.size > 1.15 * body
            and len(line.text.split()) <= 5
            and vocabulary_key(line.text)
            and position_score(line.text) <= 0  # "Research Engineer" over its job's lines is a role, no heading
        )
    )
    chars_left = sum(len(line.text) for line in left)
    chars_right = sum(len(line.text) for line in right)
    listed = sum(1 for line in left if line.bullet) >= 3
    return headings_left >= 2 and headings_right == 0 and chars_right >= 2 * chars_left and not listed
