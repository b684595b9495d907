"""What every reader produces: lines of text in reading order, with the typography the section finder uses.

PDF, DOCX, text and Markdown differ in how they say "this is a heading" (size and weight, a Word heading style,
a ``#``), so each reader fills the same few attributes and everything after reading is shared.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

#: bullet characters people and generators use at the start of a list item
BULLETS = "•●▪■◦○‣∙·–—-*►▶➢✓✔➤➔➜→◆◇♦❖\uf0b7\uf0a7\uf076\uf0d8\uf0fc\uf06e\uf0a8"  # and Symbol/Wingdings ones
# and a Symbol or Wingdings glyph a Word file maps into the private use area ("\uf0fe", a checkbox) before an item
# of four words or more: before fewer it is an icon font's glyph, which leads a heading or a contact piece
_BULLET = re.compile(r"^\s*(?:[" + re.escape(BULLETS) + r"]|\d{1,2}[.)]|[\uf020-\uf0ff](?=\s+(?:\S+\s+){3}\S))\s+")
#: a letter of a script written without spaces between words (Japanese kana, CJK ideographs, Hangul)
CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
#: wider than this between two runs of one line: separate cells (a right-aligned date, a table cell)
CELL_SEP = "  "


@dataclass
class Line:
    """One line of the document in reading order."""

    text: str
    size: float = 0.0
    bold: bool = False
    page: int = 0
    column: int = 0
    top: float = 0.0
    x0: float = 0.0
    x1: float = 0.0
    gap_before: float = 0.0
    heading: bool = False
    level: int = 0  # a styled heading's outline level (Word's Heading 1, 2, ...); 0 = none or unknown
    bullet: bool = False
    cells: list[str] = field(default_factory=list)
    #: indexes into ``cells`` of margin labels, each naming the cell after it ("category 1", "XXX, YYY")
    labels: frozenset[int] = frozenset()

    def __post_init__(self) -> None:
        if not self.cells:
            self.cells = [c for c in (p.strip() for p in self.text.split(CELL_SEP)) if c]
        m = _BULLET.match(self.text)
        if m and len(self.text) > m.end():
            self.bullet = True
            self.text = self.text[m.end() :]
            self.cells = [c for c in (p.strip() for p in self.text.split(CELL_SEP)) if c]
            self.labels = frozenset()

    def retext(self, text: str, cells: list[str] | None = None, **changes: Any) -> Line:
        """This line with new text (and cells, split from the text unless given); its margin labels follow their
        cells: a label is kept where the same label cell still stands before the same value cell, else dropped,
        so a rewritten line never pairs a label with a cell it did not name."""
        new = dataclasses.replace(self, text=text, cells=list(cells or []), labels=frozenset(), **changes)
        pairs = set(self.labelled())
        if pairs and new.text == text:  # a bullet stripped on the way is a list item, which has no labels
            new.labels = frozenset(j for j in range(len(new.cells) - 1) if (new.cells[j], new.cells[j + 1]) in pairs)
        return new

    def labelled(self) -> list[tuple[str, str]]:
        """The line's (margin label, the cell it names) pairs, in order."""
        return [(self.cells[i], self.cells[i + 1]) for i in sorted(self.labels) if i + 1 < len(self.cells)]

    @property
    def caps(self) -> bool:
        letters = [c for c in self.text if c.isalpha()]
        cased = [c for c in letters if c.lower() != c.upper()]  # Chinese, Korean, Hebrew... have no capitals
        if len(letters) < 3 or not cased:
            return False
        if all(c.isupper() for c in cased):
            return True
        # small capitals whose font maps its capital I to "i" (Awesome-CV's "PROGRAMMiNG LANGUAGES"): no other
        # lower-case letter, and no "I" anywhere
        upper = sum(1 for c in cased if c.isupper())
        return upper >= 4 and "I" not in cased and all(c.isupper() or c == "i" for c in cased)


@dataclass
class Document:
    """The lines a reader found, the text it read (``source_text``), and what it noticed on the way."""

    kind: str
    lines: list[Line]
    warnings: list[str] = field(default_factory=list)
    columns: int = 1

    @property
    def source_text(self) -> str:
        return "\n".join(line.text if not line.bullet else f"• {line.text}" for line in self.lines)


#: a title short enough that a differently styled run at its end is a cell of its own
STYLED_TAIL_WORDS = 10


def styled_tail(head: str, tail: str) -> str:
    """ "Acme Corp" + an emphasised "Remote" (Markdown's ``*Remote*``, a Word italic run): two cells, as a PDF's
    differently styled place or date is; a separator before the run goes ("Andy Dufresne | *Headline*")."""
    return f"{head.strip().rstrip('|–—·•,').strip()}{CELL_SEP}{tail.strip()}"


#: a styled run that opens a line is a cell of its own when it is this short, and the line no longer than a title
STYLED_HEAD_WORDS = 8
STYLED_LINE_WORDS = 20


def styled_head(head: str, rest: str) -> bool:
    """A bold or emphasised run that opens a title line ("**B.A. in Marketing** New York University") is a cell of
    its own, as a PDF's bold title before regular text is; not a label ("**Skills:** Python"), a run that
    begins a sentence ("**Acme** is a …") or a description ("**Programming** Lorem ipsum dolor sit amet"), a run
    a separator or a bracket follows ("**Firma 2** (Ort)", "**Engineer** / Acme"), or a line as long as a
    paragraph."""
    head, rest = head.strip(), rest.strip()
    return (
        bool(head)
        and bool(rest)
        and not head.endswith((":", "：", "-", "–"))
        and len(head.split()) <= STYLED_HEAD_WORDS
        and len(head.split()) + len(rest.split()) <= STYLED_LINE_WORDS
        and rest[0].isalnum()
        and not rest[0].islower()
        and not rest.endswith(".")
        and sum(w[0].islower() and len(w) > 3 for w in rest.split()) * 3 <= len(rest.split())
    )


def styled_run_cell(head: str, rest: str) -> bool:
    """A styled run that opens a line, set apart from the plain text after it by a space or a tab, is a cell of its
    own (:func:`styled_head`): Word's and LibreOffice's runs, read the same way."""
    return (head.endswith((" ", "\t")) or rest.startswith((" ", "\t"))) and styled_head(head, rest)


def clean(text: str) -> str:
    """NFC, ligatures unfolded (ﬁ → fi), control and zero-width characters dropped, spaces collapsed."""
    if not text.isascii():
        text = text.translate(_TRANSLATE)
        if _SPACING_ACCENT.search(text):  # "Formaci´on", "Pa´ıs": TeX's accent drawn as a glyph before its letter
            text = _SPACING_ACCENT.sub(_accented, text)
        text = unicodedata.normalize("NFC", text)
    if "<" in text:  # "<p>HTML</p>": a theme that printed its data's markup as text
        text = _PRINTED_TAG.sub("", text)
    return CELL_SEP.join(" ".join(p.split()) for p in _CELLS.split(text.strip()) if p.strip())


#: a spacing accent, the letters it goes on, and the combining mark it stands for: old TeX fonts (dvips, Type 1)
#: draw "é" as "´" then "e". An acute before a consonant is an apostrophe ("it´s", "O´Brien"), never composed.
_ACCENTS = {
    "´": ("aeiouyıAEIOUY", "\u0301"),
    "¨": ("aeiouyıAEIOUY", "\u0308"),
    "ˆ": ("aeiouıAEIOU", "\u0302"),
    "˜": ("anoANO", "\u0303"),
    "ˇ": ("cdenrstzCDENRSTZ", "\u030c"),
    "˘": ("agiuAGIU", "\u0306"),
    "˚": ("auAU", "\u030a"),
    "˝": ("ouOU", "\u030b"),
    "¸": ("cCsStT", "\u0327"),  # "Boğazi¸ci" (pdfTeX's cedilla before its letter)
    "˙": ("IzZgGeEcC", "\u0307"),  # "˙Istanbul"
}
#: the spacing accents TeX may draw apart from their letter
SPACING_ACCENTS = frozenset(_ACCENTS)
_SPACING_ACCENT = re.compile("|".join(f"{re.escape(a)}[{letters}]" for a, (letters, _mark) in _ACCENTS.items()))


def _accented(m: re.Match[str]) -> str:
    accent, letter = m.group()[0], m.group()[1]
    return ("i" if letter == "ı" else letter) + _ACCENTS[accent][1]


_PRINTED_TAG = re.compile(r"</?(?:p|br|b|i|em|strong|u|ul|ol|li|span|div|h[1-6])\s*/?>", re.IGNORECASE)


_CELLS = re.compile(r"\s{2,}|\t|\s?(?:\.\s?){4,}")  # wide gaps, tabs, and dot leaders ("Vocational . . . . .")
_LIGATURES = {"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"}
_DROP = {"\u00ad", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"}
_CONTROLS = [chr(c) for c in (*range(0x20), *range(0x7F, 0xA0)) if chr(c) not in "\t\n"]  # Unicode's "Cc"
#: one C-speed pass: ligatures unfolded, invisible characters dropped, no-break and thin spaces made spaces
_TRANSLATE = str.maketrans(
    {
        **_LIGATURES,
        **dict.fromkeys(_DROP, None),
        **dict.fromkeys(_CONTROLS, None),
        **dict.fromkeys("\u00a0\u202f\u2009", " "),
        **dict.fromkeys("\u2010\u2011\u2212", "-"),  # hyphens a typesetter keeps from breaking, and minus
    }
)
