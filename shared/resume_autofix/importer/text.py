"""Plain text → lines, and the decoding every text file shares (Markdown is read by ``markdown.py``)."""

from __future__ import annotations

import re

from .dateline import only_dates
from .dates import find_dates
from .exceptions import UnsupportedFileError
from .lines import CELL_SEP, Document, Line, clean
from .vocabulary import exact_key

_NUMBERED = re.compile(r"^(?:\d{1,2}|[IVX]{1,4})[.)]\s+(?P<name>\S.{0,60})$")
_NEWLINE = re.compile(r"\r\n|\r|\n")
#: dots that lead to a page number: a table of contents' line
_DOT_LEADER = re.compile(r"(?:\s?\.){5,}\s*\d{1,3}\s*$")
_SETEXT = re.compile(r"^\s{0,3}(=+|-+)\s*$")
_RULE_CHARS = re.escape("─━═╌┄┈╍┅┉—–=*#~_-")
_RULE = f"[{_RULE_CHARS}]{{3,}}"
_RULE_ONLY = re.compile(f"^\\s*{_RULE}\\s*$")
# "──────── Experience ────────", "=== SKILLS ===": a heading framed by rules drawn with characters
_FRAMED = re.compile(f"^\\s*{_RULE}\\s+(?P<text>[^{_RULE_CHARS}\\s].{{0,80}}?)\\s+{_RULE}\\s*$")


def decode(data: bytes) -> str:
    """UTF-8 (with or without BOM), UTF-16 with a BOM, else the encoding charset-normalizer finds."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes  # noqa: PLC0415

    best = from_bytes(data[:200_000]).best()
    if best is None:
        raise UnsupportedFileError(
            "This file is not text in any encoding we can recognise: save it as UTF-8 text, or send a PDF or .docx"
        )
    return str(best)


def read_text(source: str) -> Document:
    """Plain text: a line per line, blank lines set visual gaps, an underline of "=" or "-" or a frame of drawn
    rules ("──── Experience ────") marks a heading."""
    raw_lines = _NEWLINE.split(source)
    numbered_headings = _numbered_headings(raw_lines)
    lines: list[Line] = []
    gap = 0.0
    page = row = 0  # a form feed starts a page (xml2rfc, man pages): each line's page and row on it
    for n, printed in enumerate(raw_lines):
        if "\f" in printed:
            page, row = page + 1, 0
        raw = printed.replace("\f", "")
        row += 1
        if not raw.strip() or _DOT_LEADER.search(raw):  # a table of contents' line ("Education . . . . .  2")
            gap = 1.0
            continue
        if _SETEXT.match(raw) and lines and raw_lines[n - 1].strip() and len(raw.strip()) >= 3:
            lines[-1].heading = True
            continue
        if _RULE_ONLY.match(raw):  # a line drawn across the page: a gap, not text
            gap = 1.0
            continue
        framed = _FRAMED.match(raw)
        cleaned = clean(framed.group("text") if framed else raw)
        if not cleaned:
            continue
        numbered = _NUMBERED.match(cleaned)  # "4.  Work Experience": a numbered heading, no list's item
        if numbered and (exact_key(numbered.group("name")) is not None or (numbered_headings and raw[:1].isdigit())):
            cleaned, framed = numbered.group("name"), numbered
        lines.append(Line(text=cleaned, gap_before=gap, heading=bool(framed), page=page, top=float(row)))
        gap = 0.0
    return Document(kind="text", lines=_outline_entries(lines))


def _numbered_headings(raw_lines: list[str]) -> bool:
    """The sections are numbered at the line's start ("2.  Education", "4.  Work Experience"), two known section
    names or more so: then every such line is a heading, a name the vocabulary does not know too ("6.  Talks and
    Public Speaking"), so it ends the section before."""
    known = 0
    for raw in raw_lines:
        if raw[:1].isdigit() and (m := _NUMBERED.match(raw.strip())) and exact_key(m.group("name")) is not None:
            known += 1
    return known >= 2


#: an outline's second-level number before an entry's title ("4.1.  Staff Software Engineer @ Stripe")
_OUTLINE = re.compile(r"^\d{1,2}\.\d{1,2}\.?\s+(?P<title>\S.*)$")
_DATES_WITHIN = 8  # lines under an outline's title in which its dates' list item is looked for


def _outline_entries(lines: list[Line]) -> list[Line]:
    """Entries numbered as an outline ("2.1.  MSc.  Mathematics (University of Alberta)" over "*  Thesis work …" /
    "*  2006 - 2007"), two or more: each numbered line is a title without its number, and the first list item
    under it that holds only dates joins it, where the entry splitter looks for an entry's dates."""
    marks = [(i, m.group("title")) for i, line in enumerate(lines) if (m := _OUTLINE.match(line.text))]
    if len(marks) < 2:
        return lines
    taken: set[int] = set()
    for k, (i, title) in enumerate(marks):
        end = min(marks[k + 1][0] if k + 1 < len(marks) else len(lines), i + _DATES_WITHIN)
        cells = [title]
        for j in range(i + 1, end):
            if lines[j].heading:
                break
            if lines[j].bullet and find_dates(lines[j].text) and only_dates(lines[j]):
                cells.append(lines[j].text)
                taken.add(j)
                break
        lines[i] = lines[i].retext(CELL_SEP.join(cells), cells)
    return [line for j, line in enumerate(lines) if j not in taken]
