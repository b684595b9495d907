"""Right-to-left résumés (Hebrew, Arabic, Persian, Urdu) read from a PDF: pages read from their right edge.

A PDF places words where they are drawn, so a Hebrew or Persian line read left to right gives its words last
first ("2021 – 2019  חינוכי פסיכולוג"), and a layout built for left-to-right pages finds its dates in the "left
margin" and its main column on the "right". Such a page is mirrored before its layout is read: every word's box
is flipped across the page, so the right edge is where lines start, right-to-left words come in reading order, and
the dates, the sidebar and the columns stand where the layout rules expect them. Each word is written in its own
reading order already. What the mirror turns round is put back: a run of left-to-right words inside a line ("Deep
Learning"), and a line with no right-to-left letters at all (an English skills list).
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from typing import Literal

from .lines import CELL_SEP, Line
from .pdf import PdfPage

_RTL = re.compile(r"[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
_LTR = re.compile(r"[A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff]")


def right_to_left(text: str) -> bool:
    """Most of the text's letters are of a right-to-left script."""
    if not _RTL.search(text):  # nearly every page and line: no such letter at all, nothing to count
        return False
    rtl = len(_RTL.findall(text))
    return rtl > 0 and rtl >= len(_LTR.findall(text))


Direction = Literal["ltr", "rtl", "rtl-set-ltr"]

#: short words every Persian, Arabic and Hebrew text is full of, as they are spelt (their letters in reading order)
_COMMON = frozenset(
    " ".join(
        (
            "در به از که را با این های برای است یک تا می یا هم نیز",  # Persian
            "في من على إلى عن أن مع هذا التي الذي",  # Arabic
            "של את על עם לא גם כל או",  # Hebrew
        )
    ).split()
)
_HEBREW_FINAL = "םןץףך"  # letters written only at a Hebrew word's end


def letters_reversed(page: PdfPage) -> bool:
    """The page's right-to-left words have their letters last first (a text layer in drawing order, as Firefox
    prints Persian): the common short words are found spelt backwards far more often than forwards, or Hebrew's
    final letters open words."""
    words = [g.text for g in page.glyphs if _RTL.search(g.text)]
    if len(words) < 10:
        return False
    words = [w for w in words if w != w[::-1]]  # "و", "لا": the same either way, no evidence
    forwards = sum(w in _COMMON for w in words) + sum(w[-1] in _HEBREW_FINAL for w in words)
    backwards = sum(w[::-1] in _COMMON for w in words) + sum(w[0] in _HEBREW_FINAL for w in words)
    return backwards >= 3 and backwards > 3 * forwards


def letters_turned(page: PdfPage) -> PdfPage:
    """The page with each right-to-left word's letters in reading order again. A Persian page's lam-alef ligature
    ("لا" in "مشکلات") is one glyph, written in reading order already: it is kept whole (Arabic's article "ال",
    turned round, spells the same two letters, so an Arabic page's are turned with the rest)."""
    persian = any(_PERSIAN.search(g.text) for g in page.glyphs)

    def turned(word: str) -> str:
        return word.replace("لا", "\0")[::-1].replace("\0", "لا") if persian else word[::-1]

    glyphs = [dataclasses.replace(g, text=turned(g.text)) if _RTL.search(g.text) else g for g in page.glyphs]
    return dataclasses.replace(page, glyphs=glyphs)


_PERSIAN = re.compile("[پچژگکی]")  # letters Persian writes and Arabic does not


def direction(page: PdfPage) -> Direction:
    """How the page is written: left to right; right to left (read from its right edge, see :func:`flip`); or right
    to left but set flush left, its words in reading order from the left (a LaTeX class with no right-to-left support
    typesetting Arabic: "الملخص المهني" as a heading at the left margin), read as it stands."""
    if not right_to_left(" ".join(g.text for g in page.glyphs)):
        return "ltr"
    return "rtl-set-ltr" if _flush_left(page) else "rtl"


def flip(page: PdfPage) -> PdfPage:
    """The page with every word's box flipped across it: its right edge is where lines start."""
    width = page.width
    glyphs = [dataclasses.replace(g, x0=width - g.x1, x1=width - g.x0) for g in page.glyphs]
    return dataclasses.replace(page, glyphs=glyphs)


def mirrored(page: PdfPage) -> PdfPage | None:
    """The page flipped left to right when it is written right to left (else ``None``)."""
    return flip(page) if direction(page) == "rtl" else None


def _flush_left(page: PdfPage) -> bool:
    """Told by the short right-to-left lines (headings, dates, titles): three or more, twice as many sharing a left
    edge as a right edge, where a page written right to left sets them flush right."""
    bands: dict[int, list[float]] = {}
    texts: dict[int, list[str]] = {}
    for g in page.glyphs:
        key = round(g.top)
        box = bands.setdefault(key, [g.x0, g.x1])
        box[0], box[1] = min(box[0], g.x0), max(box[1], g.x1)
        texts.setdefault(key, []).append(g.text)
    lefts: Counter[int] = Counter()
    rights: Counter[int] = Counter()
    for key, (x0, x1) in bands.items():
        if x1 - x0 < 0.5 * page.width and right_to_left(" ".join(texts[key])):
            lefts[round(x0 / 3)] += 1
            rights[round(x1 / 3)] += 1
    left = lefts.most_common(1)[0][1] if lefts else 0
    right = rights.most_common(1)[0][1] if rights else 0
    return left >= 3 and left >= 2 * right


def unmirror(lines: list[Line]) -> list[Line]:
    """Lines read from a mirrored page with their left-to-right runs in their own order again."""
    return [_unmirror(line) for line in lines]


def _unmirror(line: Line) -> Line:
    if not _RTL.search(line.text) and _LTR.search(line.text):  # a left-to-right line: all of it was turned round
        cells = [" ".join(reversed(cell.split())) for cell in reversed(line.cells)]
    elif not _RTL.search(line.text):  # numbers and marks only ("2019 – 2021"): the mirror read them in order
        return line
    else:
        cells = [_ltr_runs_turned(cell) for cell in line.cells]
    text = CELL_SEP.join(cells)
    return line if text == line.text else line.retext(text, cells)


def _ltr_runs_turned(cell: str) -> str:
    """The words of one cell with each run of words that are not right to left and hold a left-to-right letter
    ("Deep Learning", "Python 3") put back in its own order. Numbers alone stay as the mirror left them: the page
    draws a right-to-left line's numbers last first ("2021 – 2019"), so the mirror reads them in order."""
    words = cell.split()
    out: list[str] = []
    run: list[str] = []
    for word in [*words, ""]:
        if word and not _RTL.search(word):
            run.append(word)
            continue
        if len(run) > 1 and any(_LTR.search(w) for w in run):
            run.reverse()
        out.extend(run)
        run = []
        if word:
            out.append(word)
    return " ".join(out)


def logical_lines(lines: list[Line]) -> list[Line]:
    """The right-to-left lines of a page read left to right (most of its text is not right to left) in reading
    order: their cells and words turned round, their left-to-right runs kept as written."""
    return [_turned(line) if right_to_left(line.text) else line for line in lines]


def _turned(line: Line) -> Line:
    cells = [_ltr_runs_turned(" ".join(reversed(cell.split()))) for cell in reversed(line.cells)]
    return line.retext(CELL_SEP.join(cells), cells)
