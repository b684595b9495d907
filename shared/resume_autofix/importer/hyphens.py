"""A word a PDF broke at a line end with a hyphen: joined whole ("Univer-" + "sity" → "University") where the hyphen
only broke it, kept where the word is a compound that breaks at its own hyphen ("cross-" + "device").

TeX, Typst and Chromium hyphenate long words at line ends; PDFium marks each such hyphen (and a compound's own
hyphen that falls at a line end) as a line-end hyphen. Which of the two it was is a question of words, asked of
SymSpell's English frequency list (already a dependency, read once on first use): the joined word is a word, or
both halves are words and the joined one is not. A word the list does not know either way ("Wis-" +
"senschaften") was broken by hyphenation: a compound's halves are common words.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..wordlists import symspell_counts
from .lines import CELL_SEP, Line

_BROKEN = re.compile(r"[^\W\d_]{2,}-$")
_FIRST_WORD = re.compile(r"[^\W\d_]+")
#: a cell of dates alone, after the cell a word was broken in ("08/2019", "2018 – 2020"): a year in it
_DATES_ONLY = re.compile(r"[\d\s./–—-]*(?:1[6-9]|20)\d\d[\d\s./–—-]*")


def broken_word(text: str, below: str) -> bool:
    """``text`` ends in a word broken by a hyphen and ``below`` goes on with the rest of it, in lower case."""
    return bool(_BROKEN.search(text)) and below[:1].islower()


def join_broken(previous: str, text: str) -> str:
    """``previous`` (ending in "-") and the line that goes on from it, as one text: without the hyphen where it
    broke a word, with it where the word is a compound ("cross-device", "e-commerce")."""
    return previous[:-1] + text if _mended(previous, text) else previous + text


def _mended(text: str, below: str) -> re.Match[str] | None:
    """The first word of ``below`` where ``text`` ends in a word hyphenation broke and ``below`` holds its rest;
    ``None`` for a compound's own hyphen or no broken word."""
    head, tail = _BROKEN.search(text), _FIRST_WORD.match(below)
    if head and tail and _hyphenated(head.group()[:-1].lower(), tail.group().lower()):
        return tail
    return None


@lru_cache(maxsize=1024)
def _hyphenated(first: str, second: str) -> bool:
    words = symspell_counts()  # read on the first broken word: most documents have none
    if first + second in words:
        return True  # "univer" + "sity", "sub" + "mission"
    return not (first in words and second in words)  # "cross" + "device": a compound; "wis" + "senschaften": no


def mend_broken_words(lines: list[Line]) -> list[Line]:
    """Each word hyphenation broke at a line end made whole on its first line ("Constructor Univer-" / "sity
    Bremen" → "Constructor University" / "Bremen"), where the next line of the same column goes on with it; a
    compound's own hyphen stays where it is ("cross-" / "device", joined later as "cross-device")."""
    out: list[Line] = []
    for line in lines:
        last = out[-1] if out else None
        if last is None or last.page != line.page or last.column != line.column or not line.cells or not last.cells:
            out.append(line)
            continue
        # the broken cell is the line's last, or the one before its dates ("ΞΕΝΟΔΟΧΕΙΑΚΑΙ ΕΠΙ-  08/2019")
        beside_dates = len(last.cells) >= 2 and bool(_DATES_ONLY.fullmatch(last.cells[-1]))
        k = len(last.cells) - 2 if beside_dates else -1
        broken = last.cells[k]
        first = line.cells[0].split()
        upper = broken[:-1].isupper() and bool(first) and first[0].isupper()  # "ΕΠΙ-" / "ΧΕΙΡΗΣΕΙΣ"
        tail = _mended(broken, line.cells[0]) if line.cells[0][:1].islower() or upper else None
        if tail is None:
            out.append(line)
            continue
        cells = list(last.cells)
        # a title cell beside its dates wrapped: the rest of the cell's next line goes on with it
        end = len(line.cells[0]) if beside_dates and len(line.cells) == 1 else tail.end()
        cells[k] = broken[:-1] + line.cells[0][:end]
        out[-1] = last.retext(CELL_SEP.join(cells), cells)
        rest = [c for c in [line.cells[0][end:].strip(), *line.cells[1:]] if c]
        if rest:
            out.append(line.retext(CELL_SEP.join(rest), rest))
    return out
