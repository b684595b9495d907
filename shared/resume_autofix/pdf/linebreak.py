"""Line breaking over styled runs, measured with the prepared font widths (no fpdf2 per-character machinery).

Words break at spaces; CJK ideographs and kana may break anywhere (they carry no spaces); a word wider than the
line is cut by characters as a last resort. No hyphenation and no ligatures, so every word reads back whole.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from ..render.markup import Run
from .document import char_width
from .fontdata import FontData

_BREAKABLE = "\u2e80-\u2fff\u3000-\u303f\u3040-\u30ff\u3100-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef"
_ATOMS = re.compile(rf"[{_BREAKABLE}][ ]*|[^ {_BREAKABLE}]+[ ]*|[ ]+")
PT_TO_MM = 25.4 / 72


def face_of(bold: bool, italic: bool) -> str:
    """The face a run is drawn with: "B" (bold; no bold-oblique face is shipped, bold wins), "I" or "" (regular)."""
    return "B" if bold else "I" if italic else ""


class Metrics:
    """Text widths in mm per face ("" regular, "B" bold, "I" italic) and the fallback, with a cache of word widths.

    A character the face lacks is measured — and drawn, see ``segments`` — with the fallback font when that has it
    (CJK), else as the face's .notdef box. The italic face is loaded on first use only (most resumes have no
    italic text); without an italic loader, italic text is measured with the regular face.
    """

    def __init__(
        self,
        regular: FontData,
        bold: FontData,
        fallback: Callable[[], FontData | None] | None = None,
        italic: Callable[[], FontData] | None = None,
    ) -> None:
        self._fonts: dict[str, FontData] = {}
        self._char: dict[str, dict[str, int]] = {}
        self._charset: dict[str, frozenset[str]] = {}
        self._add("", regular)
        self._add("B", bold)
        self._italic_loader = italic
        self._words: dict[tuple[str, str], int] = {}
        self._fallback_loader = fallback
        self._fallback: FontData | None = None

    def _add(self, face: str, data: FontData) -> None:
        self._fonts[face] = data
        self._char[face] = table = {chr(cp): w for cp, w in data.widths.items()}
        self._charset[face] = frozenset(table)

    def _face(self, face: str) -> str:
        """``face`` once its font is loaded (the italic face on first use)."""
        if face in self._fonts:
            return face
        if face == "I" and self._italic_loader is not None:
            self._add("I", self._italic_loader())
            self._italic_loader = None
            return face
        return ""

    def font(self, face: str) -> FontData:
        """The font drawing ``face`` (loading it on first use)."""
        return self._fonts[self._face(face)]

    @property
    def fallback(self) -> FontData | None:
        if self._fallback is None and self._fallback_loader is not None:
            self._fallback = self._fallback_loader()
            self._fallback_loader = None
        return self._fallback

    def _missing_width(self, ch: str, face: str) -> int:
        fallback = self.fallback
        if fallback is not None and ord(ch) in fallback.cmap:
            return fallback.widths[ord(ch)]
        return char_width(self._fonts[face], ord(ch))

    def segments(self, text: str, face: str) -> list[tuple[str, bool]]:
        """``text`` cut where the font changes: ``(piece, drawn with the fallback)``."""
        face = self._face(face)
        if self._charset[face].issuperset(text):
            return [(text, False)]
        fallback = self.fallback
        table = self._char[face]
        out: list[tuple[str, bool]] = []
        for ch in text:
            use = ch not in table and fallback is not None and ord(ch) in fallback.cmap
            if out and out[-1][1] == use:
                out[-1] = (out[-1][0] + ch, use)
            else:
                out.append((ch, use))
        return out

    def units(self, text: str, face: str) -> int:
        """Width in 1/1000 em."""
        key = (text, face)
        cached = self._words.get(key)
        if cached is not None:
            return cached
        face = self._face(face)
        table = self._char[face]
        total = sum(table[c] if c in table else self._missing_width(c, face) for c in text)
        if len(self._words) < 50_000:
            self._words[key] = total
        return total

    def width(self, text: str, face: str, size: float) -> float:
        return self.units(text, face) * size * 0.001 * PT_TO_MM


@dataclass(slots=True)
class Atom:
    text: str  # may end with spaces
    face: str  # "", "B" or "I" (``face_of``)
    url: str | None
    width: float  # mm, without trailing spaces
    space: float  # mm of the trailing spaces


@dataclass(slots=True)
class Line:
    atoms: list[Atom]
    width: float  # mm, without the last atom's trailing spaces


def atoms(runs: Iterable[Run], metrics: Metrics, size: float, bold: bool = False) -> list[Atom | None]:
    """``None`` marks a forced line break."""
    out: list[Atom | None] = []
    scale = size * 0.001 * PT_TO_MM
    units = metrics.units
    for run in runs:
        if run.text == "\n":
            out.append(None)
            continue
        face = face_of(bold or run.bold, run.italic)
        space = units(" ", face) * scale
        url = run.url
        for piece in _ATOMS.findall(run.text):
            word = piece.rstrip(" ")
            out.append(Atom(piece, face, url, units(word, face) * scale, space * (len(piece) - len(word))))
    return out


def _split_long(atom: Atom, metrics: Metrics, size: float, width: float) -> list[Atom]:
    pieces: list[Atom] = []
    current = ""
    for ch in atom.text.rstrip(" "):
        if current and metrics.width(current + ch, atom.face, size) > width:
            pieces.append(Atom(current, atom.face, atom.url, metrics.width(current, atom.face, size), 0.0))
            current = ""
        current += ch
    tail = atom.text[len(atom.text.rstrip(" ")) :]
    pieces.append(Atom(current + tail, atom.face, atom.url, metrics.width(current, atom.face, size), atom.space))
    return pieces


def break_lines(items: list[Atom | None], width: float, metrics: Metrics, size: float) -> list[Line]:
    """Greedy line filling; leading spaces of a line are kept only on the first line."""
    lines: list[Line] = []
    current: list[Atom] = []
    used = 0.0  # width including trailing spaces of the atoms so far
    for item in items:
        if item is None:
            lines.append(_finish(current))
            current, used = [], 0.0
            continue
        if item.width > width:
            for piece in _split_long(item, metrics, size, width):
                if current and used + piece.width > width:
                    lines.append(_finish(current))
                    current, used = [], 0.0
                current.append(piece)
                used += piece.width + piece.space
            continue
        if current and used + item.width > width + 1e-6:
            lines.append(_finish(current))
            current, used = [], 0.0
            if not item.text.strip():
                continue
        current.append(item)
        used += item.width + item.space
    if current:
        lines.append(_finish(current))
    return [line for line in lines if line.atoms]


def _finish(atoms_: list[Atom]) -> Line:
    if not atoms_:
        return Line([], 0.0)
    width = sum(a.width + a.space for a in atoms_) - atoms_[-1].space
    return Line(atoms_, width)
