"""Plain text → lines, and the decoding every text file shares (Markdown is read by ``markdown.py``)."""

from __future__ import annotations

import re

from .datedlists import dates_item
from .exceptions import UnsupportedFileError
from .lines import CELL_SEP, Document, Line, clean
from .roles import job_score
from .vocabulary import exact_key, vocabulary_key

_NUMBERED = re.compile(r"^(?:(?P<number>\d{1,2})|[IVX]{1,4})[.)]\s+(?P<name>\S.{0,60})$")
#: what str.splitlines() breaks at, and a form feed, which also starts a page (kept at the head of its line)
_NEWLINE = re.compile(r"\r\n|[\n\r\v\x1c-\x1e\x85\u2028\u2029]|(?=\f)")
#: dots that lead to a page number: a table of contents' line (a run of dots read from its first dot only)
_DOT_LEADER = re.compile(r"(?<![.\s])\s?(?:\.\s?){5,}\s*\d{1,3}\s*$")
_PAGE_NUMBER_END = re.compile(r"\d{1,3}\s*$")
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
    rules ("──── Experience ────") marks a heading, and so does a number before a section's name ("4.  Work
    Experience"); where two known names are numbered, so is the next number, a name not known too ("6.  Talks"), but
    not a numbered list's item under a section ("1. Cut AWS spend by 30 percent")."""
    raw_lines = _NEWLINE.split(source)
    numbered_headings = _numbered_headings(raw_lines)
    section = 0  # the number of the last numbered heading: the next one follows it ("6." after "5.")
    lines: list[Line] = []
    gap = 0.0
    page = row = 0  # a form feed starts a page (xml2rfc, man pages): each line's page and row on it
    for n, printed in enumerate(raw_lines):
        if "\f" in printed:
            page, row = page + 1, 0
        raw = printed.replace("\f", "")
        row += 1
        if not raw.strip() or (_PAGE_NUMBER_END.search(raw) and _DOT_LEADER.search(raw)):  # "Education . . .  2"
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
        if numbered and (
            exact_key(numbered.group("name")) is not None
            or (numbered_headings and raw[:1].isdigit() and int(numbered.group("number") or 0) == section + 1)
        ):
            cleaned, framed = numbered.group("name"), numbered
            section = int(numbered.group("number") or section)
        lines.append(Line(text=cleaned, gap_before=gap, heading=bool(framed), page=page, top=float(row)))
        gap = 0.0
    _headings_set_apart(lines)
    return Document(kind="text", lines=_outline_entries(lines))


def _headings_set_apart(lines: list[Line]) -> None:
    """Plain text has no type to set a heading in, only blank lines: a short line alone between them that ends in
    the name of the jobs' or the skills' section ("Commercial Full-time/Half-time work experience", "Tools
    Proficiency") is a heading, as a styled one would be; a section's name alone, as written, needed no blank lines."""
    for i, line in enumerate(lines):
        after = lines[i + 1].gap_before > 0 if i + 1 < len(lines) else True
        if (
            i > 0
            and line.gap_before > 0
            and after
            and not line.heading
            and not line.bullet
            and len(line.text.split()) <= _SET_APART_WORDS
            and not any(ch.isdigit() or ch in "@:.," for ch in line.text)
            and (key := _SET_APART_ENDS.get(line.text.split()[-1].lower())) is not None
            and vocabulary_key(line.text) == key
            and job_score(line.text) <= 0
        ):
            line.heading = True


_SET_APART_WORDS = 8
#: the word a long heading of jobs or skills ends in, and its section ("Commercial Full-time/Half-time work
#: experience", "Tools Proficiency"); a line alone that only holds a section's word elsewhere ("Education
#: Coordinator", "Key Achievements", "Led research projects") is a double-spaced résumé's line, no heading
_SET_APART_ENDS = {
    **dict.fromkeys(("experience", "experiences", "history"), "work"),
    **dict.fromkeys(("skills", "proficiency", "proficiencies", "competencies", "competences"), "skills"),
}


def _numbered_headings(raw_lines: list[str]) -> bool:
    """The sections are numbered at the line's start ("2.  Education", "4.  Work Experience"), two known section
    names or more so."""
    known = 0
    for raw in raw_lines:
        if raw[:1].isdigit() and (m := _NUMBERED.match(raw.strip())) and exact_key(m.group("name")) is not None:
            known += 1
    return known >= 2


#: an outline's second-level number before an entry's title ("4.1.  Staff Software Engineer @ Stripe"; not "2.5
#: years of Python", whose number has no stop after it)
_OUTLINE = re.compile(r"^\d{1,2}\.\d{1,2}\.\s+(?P<title>\S.*)$")
_DATES_WITHIN = 8  # lines under an outline's title in which its dates' list item is looked for


def _outline_entries(lines: list[Line]) -> list[Line]:
    """Entries numbered as an outline ("2.1.  MSc.  Mathematics (University of Alberta)" over "*  Thesis work …" /
    "*  2006 - 2007"), two or more: each numbered line is a title without its number, and the first list item under
    it that holds only dates joins it, where the entry splitter looks for an entry's dates."""
    marks = [(i, m.group("title")) for i, line in enumerate(lines) if (m := _OUTLINE.match(line.text))]
    if len(marks) < 2:
        return lines
    taken: set[int] = set()
    for k, (i, title) in enumerate(marks):
        end = min(marks[k + 1][0] if k + 1 < len(marks) else len(lines), i + _DATES_WITHIN)
        cells = [title]
        if (j := dates_item(lines, i, end)) is not None:
            cells.append(lines[j].text)
            taken.add(j)
        lines[i] = lines[i].retext(CELL_SEP.join(cells), cells)
    return [line for j, line in enumerate(lines) if j not in taken]
