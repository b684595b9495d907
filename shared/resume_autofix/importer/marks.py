"""Markdown's emphasis marks left in a file that is not Markdown: "**Andrew Bailey**", "**Data Assistant, Acme**
Evesham, UK", "*July 2017 – Present*", as a résumé written in Markdown (or by a chat assistant) and pasted into
Word, LibreOffice or a text file shows them. The marks go; a strong run that opens a title line is a cell of its
own, as :func:`~.lines.styled_head` reads it in a Markdown file.
"""

from __future__ import annotations

import re

from .lines import CELL_SEP, Line, styled_head

_STRONG = re.compile(r"(\*\*|__)(?=\S)(?P<run>.+?)(?<=\S)\1")
_LEADING = re.compile(r"^(\*\*|__)(?=\S)(?P<run>.+?)(?<=\S)\1\s+(?P<rest>\S.*)$")
#: an emphasised run: "*July 2017 – Present*", "*Languages* – Python, SQL" (not "a*b*c", not a "* " list mark)
_EMPHASIS = re.compile(r"(?<![\w*])\*(?=[^\s*])(?P<run>[^*]+?)(?<=\S)\*(?![\w*])")


def unmarked(lines: list[Line]) -> list[Line]:
    """The lines with Markdown's strong and emphasis marks taken out (only where a line holds a pair of them)."""
    if not any("**" in line.text or "__" in line.text or line.text.count("*") >= 2 for line in lines):
        return lines
    out: list[Line] = []
    for line in lines:
        cells = [piece for cell in line.cells for piece in _cell(cell)]
        if cells == line.cells:
            out.append(line)
            continue
        bold = line.bold or (len(line.cells) == 1 and bool(_STRONG.fullmatch(line.cells[0])))
        out.append(line.retext(CELL_SEP.join(cells), cells, bold=bold))
    return out


def _cell(cell: str) -> list[str]:
    if "*" not in cell and "__" not in cell:
        return [cell]
    if (lead := _LEADING.match(cell)) and styled_head(lead.group("run"), _plain(lead.group("rest"))):
        return [lead.group("run").strip(), _plain(lead.group("rest"))]
    return [_plain(cell)]


def _plain(text: str) -> str:
    text = _STRONG.sub(lambda m: m.group("run"), text)
    return _EMPHASIS.sub(lambda m: m.group("run"), text).strip()
