"""A PDF page's words grouped into baselines and each baseline into cells (segments): where a gap, a label's tab
stop, a bold or larger run, spaced-out letters or chips start a cell of their own."""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from .lines import BULLETS, CELL_SEP, SPACING_ACCENTS, clean, styled_head
from .pdf import Glyph

# an icon-font glyph (the private use area, Font Awesome and the like), except the Symbol/Wingdings bullets
_PUA_BULLETS = "".join(c for c in BULLETS if "\ue000" <= c <= "\uf8ff")
_ICON = re.compile(f"(?![{_PUA_BULLETS}])[\ue000-\uf8ff]")
_WORD_GAP = 0.16  # × font size: wider than letter-spacing, narrower than the thinnest drawn space
_CELL_GAP = 1.1  # × font size: wider than a stretched justified space


@dataclass(frozen=True, slots=True)
class Segment(Glyph):
    """A cell of one baseline: its text and box as one word's, and how many characters it holds."""

    chars: int
    label: bool = False  # a margin label: the cell before a tab stop the page's label lines share


def glyph_bands(glyphs: list[Glyph]) -> list[list[Glyph]]:
    """Words grouped by baseline (within a third of the font size), each band sorted left to right."""
    ordered = sorted(glyphs, key=lambda g: (g.top, g.x0))
    bands: list[list[Glyph]] = []
    current: list[Glyph] = []
    base = 0.0
    for g in ordered:
        if current and abs(g.top - base) <= max(1.0, 0.35 * min(g.size, current[0].size)):
            current.append(g)
        else:
            if current:
                bands.append(current)
            current, base = [g], g.top
    if current:
        bands.append(current)
    for band in bands:
        band.sort(key=lambda g: g.x0)
    return [_accents_placed(band) for band in bands]


def _accents_placed(band: list[Glyph]) -> list[Glyph]:
    """A spacing accent drawn over a letter of a word as a word of its own ("Daniken" and "¨" over its "a", as
    pdfTeX draws "\\"a"): put before that letter, where ``clean`` composes the two ("Däniken"); a word cut after the
    accent ("Z", "¨urich") is one word again."""
    if not any(g.text[:1] in SPACING_ACCENTS for g in band):
        return band
    out: list[Glyph] = []
    for g in band:  # "Z" and "¨urich" an accent's width apart: one word ("Zürich")
        if out and g.text[:1] in SPACING_ACCENTS and len(g.text) > 1 and g.x0 - out[-1].x1 < 0.18 * g.size:
            out[-1] = replace(out[-1], text=out[-1].text + g.text, x1=g.x1)
        else:
            out.append(g)
    for accent in [g for g in out if g.text in SPACING_ACCENTS]:
        centre = (accent.x0 + accent.x1) / 2
        word = next((g for g in out if g is not accent and g.x0 < centre < g.x1 and len(g.text) > 1), None)
        if word is None:
            continue
        at = min(len(word.text) - 1, max(0, int((centre - word.x0) / (word.x1 - word.x0) * len(word.text))))
        out[out.index(word)] = replace(word, text=f"{word.text[:at]}{accent.text}{word.text[at:]}")
        out.remove(accent)
    return out


def _letter_runs(chunk: list[Glyph], seps: list[str]) -> None:
    """Letter-spaced words joined: a run of four or more one-letter pieces (a kerned pair of two allowed) set at
    an even spacing, where PDFium guessed a space between every letter ("J O H N  D O E", "S o f t w a r e").

    Inside a run, only a gap wider than the run's usual gap by a fifth of an em is a space between words.
    """
    i = 0
    while i < len(chunk):
        j = i
        while j < len(chunk) and len(chunk[j].text) <= 2 and chunk[j].text.isalnum():
            j += 1
        run = chunk[i:j]
        if len(run) >= 4 and sum(len(g.text) == 1 for g in run) >= 0.75 * len(run):
            gaps = [b.x0 - a.x1 for a, b in itertools.pairwise(run)]
            usual = sorted(gaps)[len(gaps) // 2]
            size = min(g.size for g in run)
            if usual <= 0.5 * size:
                for k, gap in enumerate(gaps, start=i + 1):
                    seps[k] = " " if gap > usual + 0.2 * size else ""
        i = max(j, i + 1)


def label_stops(bands: list[list[Glyph]]) -> list[float]:
    """The x of each tab stop that label lines share: moderncv's and Europass's "label  text" rows.

    A word after a gap wider than a stretched space (``_STOP_GAP`` em), ending a short label that opens its line
    or cell, that starts where such words start on at least two other baselines is the start of a cell
    ("year–year  Degree, Institution", "category 1  Python, SQL"): justified text puts no such gaps at one x.
    """
    seen: list[int] = []
    for band in bands:
        start = 0
        xs: set[int] = set()
        for k, (a, b) in enumerate(itertools.pairwise(band), start=1):
            gap = b.x0 - a.x1
            if gap > _CELL_GAP * max(a.size, b.size):
                start = k
            elif _at_label_end(band, start, k):
                xs.add(round(b.x0))
        seen.extend(xs)
    counts = Counter(seen)
    stops: list[float] = []
    for x in sorted(counts):
        near = sum(n for y, n in counts.items() if abs(y - x) <= 1)
        if near >= _STOP_BANDS and not any(abs(x - s) <= 1 for s in stops):
            stops.append(float(x))
    return stops


def _at_label_end(band: list[Glyph], start: int, k: int) -> bool:
    """Whether words ``start``..``k - 1`` can be a margin label before word ``k``: a gap of ``_STOP_GAP`` em or
    more, at most four words, no list separator in or after them."""
    a, b = band[k - 1], band[k]
    return (
        b.x0 - a.x1 >= _STOP_GAP * b.size
        and k - start <= _LABEL_WORDS
        and b.text[:1].isalnum()
        and not any(c in g.text for g in band[start:k] for c in "|•·,;")
    )


def _bold_head(chunk: list[Glyph], seps: list[str]) -> int:
    """Where a bold run that opens a cell ends, when regular words follow it after a space and
    :func:`styled_head` makes it a cell of its own ("**Marketing Analyst** Acme Corp"); 0 otherwise."""
    if not chunk or not chunk[0].bold or chunk[-1].bold:
        return 0
    k = next(i for i, g in enumerate(chunk) if not g.bold)
    if seps[k] != " " or any(g.bold for g in chunk[k:]):
        return 0
    head = "".join(sep + g.text for sep, g in zip(seps[:k], chunk[:k], strict=True))
    rest = "".join(sep + g.text for sep, g in zip(seps[k:], chunk[k:], strict=True))
    return k if styled_head(head, rest) else 0


def _larger_head(chunk: list[Glyph], seps: list[str]) -> int:
    """Where a run of capitals in a larger type that opens a cell ends, when two words or more in a smaller type
    follow it after a space: a heading set on the baseline of its section's first line ("EDUCATION University of
    Texas at Austin", the heading 12 pt, the school 10 pt); 0 otherwise."""
    if len(chunk) < 3 or chunk[0].size <= 0:
        return 0
    k = next((i for i, g in enumerate(chunk) if g.size < chunk[0].size / 1.15), 0)
    if not k or seps[k] != " " or len(chunk) - k < 2 or any(g.size > chunk[k].size * 1.05 for g in chunk[k:]):
        return 0
    if any(abs(g.size - chunk[0].size) > 0.05 * chunk[0].size for g in chunk[:k]):
        return 0
    letters = [c for g in chunk[:k] for c in g.text if c.isalpha()]
    return k if len(letters) >= 3 and all(c.isupper() for c in letters) else 0


_LABEL_WORDS = 4
_STOP_GAP = 0.6
_STOP_BANDS = 3


def band_segments(band: list[Glyph], stops: Sequence[float] = (), gutter: float | None = None) -> list[Segment]:
    """A baseline's words joined into cells: a gap wider than ``_CELL_GAP`` × the font size starts a new cell, and
    so does a word at a label tab stop after a gap (the cell before it is a margin label), and a word across a
    column gutter after a gap wider than a space ("contact   Scolarité": a sidebar's heading beside the body's, set
    large)."""
    segments: list[Segment] = []
    chunk: list[Glyph] = []
    seps: list[str] = []  # what stands before each word of the chunk: "" or " "
    last: Glyph | None = None

    def close(label: bool = False) -> None:
        _letter_runs(chunk, seps)
        _chip_gaps(chunk, seps)
        k = _bold_head(chunk, seps) or _larger_head(chunk, seps)
        if k:  # "Marketing Analyst Acme Corp" with the title in bold, "EDUCATION University of Texas": two cells
            emit(chunk[:k], seps[:k], label)
            emit(chunk[k:], ["", *seps[k + 1 :]], False)
        else:
            emit(chunk, seps, label)

    def emit(chunk: list[Glyph], seps: list[str], label: bool) -> None:
        text = clean("".join(sep + g.text for sep, g in zip(seps, chunk, strict=True)))
        if _ICON.search(text):  # an icon between words parts them ("DEVELOPER  COMPANY A"); one before a word goes
            text = CELL_SEP.join(p for p in (q.strip() for q in _ICON.split(text)) if p)
        if not text:
            return
        sizes: dict[float, int] = {}
        bold = 0
        for g in chunk:
            key = round(g.size, 1)
            sizes[key] = sizes.get(key, 0) + len(g.text)
            bold += len(g.text) if g.bold else -len(g.text)
        size = max(sizes.items(), key=lambda kv: kv[1])[0]
        chars = sum(len(g.text) for g in chunk)
        segments.append(Segment(text, chunk[0].x0, chunk[-1].x1, chunk[0].top, size, bold > 0, chars, label))

    for g in band:
        sep = ""
        if last is not None:
            if last.text == g.text and abs(g.x0 - last.x0) < 0.1 * g.size:
                continue  # the same word drawn twice (fake bold, shadows)
            gap = g.x0 - last.x1
            # a cell ends at a wide gap, where a bold run-in label ends with an em of space ("Languages   English"),
            # or where the type size changes across an em of space (a margin heading beside its first entry)
            resized = abs(g.size - last.size) > 0.15 * max(g.size, last.size)
            if (
                gap > _CELL_GAP * max(g.size, last.size)
                or (gutter is not None and last.x1 <= gutter <= g.x0 and gap > _GUTTER_GAP * max(g.size, last.size))
                or (last.bold and not g.bold and gap > 0.8 * last.size)
                or (resized and gap > 0.8 * max(g.size, last.size))
            ):
                close()
                chunk, seps = [], []
            elif stops and any(abs(round(g.x0) - x) <= 1 for x in stops) and _at_label_end([*chunk, g], 0, len(chunk)):
                close(label=True)
                chunk, seps = [], []
            elif (
                gap > _WORD_GAP * min(g.size, last.size)
                or len(last.text) > 2
                or len(g.text) > 2
                or not (last.text.isupper() and g.text.isupper())
            ):
                sep = " "
            # else: letter-spaced capitals ("C O N TA C T"), where PDFium guessed spaces that are not drawn
        chunk.append(g)
        seps.append(sep)
        last = g
    if chunk:
        close()
    return _spaced_words(segments)


_GUTTER_GAP = 0.6  # × font size: a gap this wide, across a column gutter, parts two cells
_CHIP_GAP = 0.55  # × font size: at least this wide
_CHIP_RATIO = 2.0  # and this many times the line's usual space
_CHIP_EVEN = 0.9  # × font size: a line whose every space is this wide is a row of one-word tags


def _chip_gaps(chunk: list[Glyph], seps: list[str]) -> None:
    """Tags set side by side ("Python  TypeScript  React  HTML + CSS"): where a line's spaces come in two widths,
    its narrowest and gaps at least twice as wide (and over half an em), the wide ones part cells. A justified or
    letter-spaced line widens every space alike, so it stays one cell."""
    if len(chunk) < 4:  # three gaps at least: two wide and a narrow one
        return
    gaps = [(i, chunk[i].x0 - chunk[i - 1].x1) for i in range(1, len(chunk)) if seps[i] == " "]
    if len(gaps) < 3:
        return
    size = max(g.size for g in chunk)
    usual = min(g for _, g in gaps)  # a narrow space inside a tag ("HTML + CSS")
    if usual > _CHIP_EVEN * size and len(gaps) + 1 == len(chunk):
        wide = [i for i, _ in gaps]  # one-word tags set an em apart: every space parts them
    else:
        threshold = max(_CHIP_GAP * size, _CHIP_RATIO * max(usual, 0.1 * size))
        # tags an em apart with their own words half as far apart ("Visual Basic   GitLab CI")
        even = max(_CHIP_EVEN * size, 1.5 * usual)
        wide = [i for i, gap in gaps if gap > min(threshold, even)]
    cuts = [0, *wide, len(chunk)]
    # tags are short and set at one spacing; a lone hole in a sentence (a ligature with no text) is no gap
    if len(wide) < 2 or any(sum(1 for s in seps[a + 1 : b] if s == " ") >= 4 for a, b in itertools.pairwise(cuts)):
        return
    for i in wide:
        seps[i] = CELL_SEP


_SPACED = re.compile(r"[^\W\d_](?: [^\W\d_])+")


def _spaced_words(segments: list[Segment]) -> list[Segment]:
    """Letter-spaced words of one heading or name kept together: "J O H N" and "D O E", parted as two cells by the
    wide gap that letter-spacing adds to a space, are one cell "JOHN DOE" (within three ems, same size)."""
    out: list[Segment] = []
    for seg in segments:
        prev = out[-1] if out else None
        if (
            prev is not None
            and _SPACED.fullmatch(seg.text)
            and _SPACED.fullmatch(prev.text)
            and abs(prev.size - seg.size) < 0.05 * seg.size
            and seg.x0 - prev.x1 < 3 * seg.size
            and max(len(prev.text), len(seg.text)) >= 5
        ):
            text = f"{prev.text.replace(' ', '')} {seg.text.replace(' ', '')}"
            out[-1] = Segment(text, prev.x0, seg.x1, prev.top, prev.size, prev.bold, prev.chars + seg.chars)
        else:
            out.append(seg)
    return out
