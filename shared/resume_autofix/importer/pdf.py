"""PDF → words with positions, sizes and weights, read with PDFium (pypdfium2: BSD-3/Apache-2.0; not PyMuPDF, AGPL).

PDFium parses the file and its fonts in C and orders each page's characters; this module asks it for the text of
a page in one call and then only for each word's box, baseline, size and font (a few calls a word, not a few a
character): a 2-page resume is read in a few milliseconds where pdfminer.six's pure-Python interpreter took over
a hundred. The functions are called through ctypes without argument conversion (handles passed as ``c_void_p``),
which is what makes a call cost well under a microsecond. PDFium is not thread-safe, so one lock covers a read.
Every failure crosses this boundary as an ``ImportFileError`` that says what to do.
"""

from __future__ import annotations

import ctypes
import logging
import re
import struct
import threading
from dataclasses import dataclass
from typing import Any

from .exceptions import CorruptFileError, EncryptedFileError, FileTooLargeError, NoTextError
from .limits import Deadline, ImportLimits

logger = logging.getLogger(__name__)

#: fonts of pictograms (phone, mail, pin): their letters are icons ("H" is a phone in MarVoSym), never text
_ICON_FONTS = ("marvosym", "fontawesome", "academicons", "wingding", "dingbat", "webdings", "fa-", "bootstrap-icons")
#: what an icon-font letter becomes: a private-use glyph, which the layout treats as an icon (a separator)
ICON_GLYPH = "\ue000"
_BOLD_NAMES = ("bold", "black", "heavy", "semibold", "demibold", "demi", "extrabold", "medium", "cmbx", "-bd", ",bd")
#: a word; \x02 and U+FFFE are PDFium's marks for a hyphen at a line end ("Univer\ufffesity": the word goes on
#: on the next line, where it is a word of its own)
_WORD = re.compile(r"[^\s\x00-\x01\x03-\x1f\ufffe\uffff]+\ufffe?")
_ERR_PASSWORD, _ERR_SECURITY = 4, 6
_LOCK = threading.Lock()
_LIB: Any = None


@dataclass(frozen=True, slots=True)
class Glyph:
    """One drawn word: ``top`` is the baseline measured from the top of the page."""

    text: str
    x0: float
    x1: float
    top: float
    size: float
    bold: bool


@dataclass
class PdfPage:
    width: float
    height: float
    glyphs: list[Glyph]
    images: int = 0


class _Rect(ctypes.Structure):
    _fields_ = [(n, ctypes.c_float) for n in ("left", "top", "right", "bottom")]


class _Matrix(ctypes.Structure):
    _fields_ = [(n, ctypes.c_float) for n in "abcdef"]


def _lib() -> Any:
    """PDFium's shared library (shipped in the pypdfium2 wheel), initialised once; loaded on the first PDF."""
    global _LIB  # noqa: PLW0603 - one process-wide handle
    if _LIB is None:
        import pypdfium2_raw  # noqa: PLC0415 - a PDF import is the only user; keeps other cold starts small

        lib = ctypes.CDLL(str(pypdfium2_raw.__file__).rsplit("/", 1)[0] + "/libpdfium.so")
        for name, restype in {
            "FPDF_LoadMemDocument64": ctypes.c_void_p,
            "FPDF_LoadPage": ctypes.c_void_p,
            "FPDFText_LoadPage": ctypes.c_void_p,
            "FPDFPage_GetObject": ctypes.c_void_p,
            "FPDFText_GetTextObject": ctypes.c_void_p,
            "FPDF_GetPageWidthF": ctypes.c_float,
            "FPDF_GetPageHeightF": ctypes.c_float,
            "FPDFText_GetFontSize": ctypes.c_double,
            "FPDFText_GetFontInfo": ctypes.c_ulong,
            "FPDF_GetLastError": ctypes.c_ulong,
        }.items():
            getattr(lib, name).restype = restype
        lib.FPDF_InitLibrary()
        _LIB = lib
    return _LIB


def _is_bold(name: bytes, weight: int, flags: int, body: int) -> bool:
    """Bold by the font's name, else by a weight above the page's body weight or the ForceBold flag.

    The weight is compared with the body's because Chromium's variable fonts keep one name ("IBMPlexSans-Regular")
    for every weight and write weights such as 625 for the body text and 704 for its bold.
    """
    base = name.decode("latin-1").lower().split("+")[-1]
    return any(b in base for b in _BOLD_NAMES) or (weight >= 600 and weight > body + 50) or bool(flags & (1 << 18))


def read_pdf(data: bytes, limits: ImportLimits, deadline: Deadline) -> list[PdfPage]:
    """The words of every page, or a 4xx for an encrypted, corrupt, huge or text-less PDF."""
    if b"%%EOF" not in data[-2048:]:  # cut short: PDFium would rebuild what it can and lose the rest silently
        raise _corrupt("truncated")
    with _LOCK:
        lib = _lib()
        doc = lib.FPDF_LoadMemDocument64(data, ctypes.c_size_t(len(data)), None)
        if not doc:
            error = lib.FPDF_GetLastError()
            if error == _ERR_PASSWORD:
                raise EncryptedFileError(
                    "This PDF is protected by a password: open it, print or export it to a new PDF without a "
                    "password, and send that one"
                )
            if error == _ERR_SECURITY:
                raise EncryptedFileError(
                    "This PDF is encrypted in a way that cannot be read: export it again from your editor without "
                    "protection"
                )
            raise _corrupt(f"pdfium error {error}")
        doc = ctypes.c_void_p(doc)
        try:
            return _read_pages(lib, doc, limits, deadline)
        finally:
            lib.FPDF_CloseDocument(doc)


def _read_pages(lib: Any, doc: ctypes.c_void_p, limits: ImportLimits, deadline: Deadline) -> list[PdfPage]:
    count = lib.FPDF_GetPageCount(doc)
    if count > limits.max_pages:
        raise FileTooLargeError(
            f"This PDF has {count} pages; a resume has at most {limits.max_pages}. Send only the resume's pages",
            details={"pages": count, "limit_pages": limits.max_pages},
        )
    if count <= 0:
        raise CorruptFileError("This PDF has no pages: export it again from your editor")
    pages: list[PdfPage] = []
    total = 0
    for number in range(count):
        deadline.check()
        page = lib.FPDF_LoadPage(doc, number)
        if not page:
            raise _corrupt("page")
        page = ctypes.c_void_p(page)
        try:
            result = _read_page(lib, page)
        finally:
            lib.FPDF_ClosePage(page)
        total += result[1]
        if total > limits.max_glyphs:
            raise FileTooLargeError(
                f"This PDF draws more than {limits.max_glyphs} characters; a resume has far fewer. "
                "Send only the resume's pages",
                details={"limit_glyphs": limits.max_glyphs},
            )
        pages.append(result[0])
    if not any(p.glyphs for p in pages):
        raise NoTextError(
            "This PDF has no text: export it from your editor, or run OCR first",
            details={"pages": len(pages), "images": sum(p.images for p in pages)},
        )
    return pages


def _read_page(lib: Any, page: ctypes.c_void_p) -> tuple[PdfPage, int]:
    width = float(lib.FPDF_GetPageWidthF(page))
    height = float(lib.FPDF_GetPageHeightF(page))
    textpage = lib.FPDFText_LoadPage(page)
    if not textpage:
        raise _corrupt("text page")
    tp = ctypes.c_void_p(textpage)
    try:
        count = lib.FPDFText_CountChars(tp)
        if count <= 0:
            return PdfPage(width, height, [], images=_images(lib, page)), 0
        buffer = ctypes.create_string_buffer(2 * (count + 1))
        lib.FPDFText_GetText(tp, 0, count, buffer)
        raw = buffer.raw[: 2 * count]
        text = raw.decode("utf-16-le", "replace")
        if len(text) != count:  # PDFium counts UTF-16 units (an emoji is two): keep its indexes, pair them per word
            text = "".join(map(chr, struct.unpack(f"<{count}H", raw)))
        glyphs = _words(lib, tp, text, height)
        return PdfPage(width, height, glyphs, images=0 if glyphs else _images(lib, page)), count
    finally:
        lib.FPDFText_ClosePage(tp)


def _words(lib: Any, tp: ctypes.c_void_p, text: str, height: float) -> list[Glyph]:
    """Each word's box (loose: advance widths), baseline, size and weight; rotated and mirrored words are left out.

    The size is the font's size times the text's scale (Chromium draws 10 pt as 13.33 "px" at a 0.75 scale).
    """
    rect, matrix, flags = _Rect(), _Matrix(), ctypes.c_int()
    p_rect, p_matrix, p_flags = ctypes.byref(rect), ctypes.byref(matrix), ctypes.byref(flags)
    name = ctypes.create_string_buffer(128)
    loose, char_of, object_of = (
        lib.FPDFText_GetLooseCharBox,
        lib.FPDFText_GetCharIndexFromTextIndex,
        lib.FPDFText_GetTextObject,
    )
    # per text object (a run drawn by one Tj/TJ: one font, size, matrix and baseline): (size, font, baseline)
    runs: dict[int, tuple[float, tuple[bytes, int, int], float] | None] = {}
    words: list[tuple[str, float, float, float, float, tuple[bytes, int, int]]] = []
    append = words.append
    tracked: dict[int, float] = {}  # word index → the gap between its last two letters
    # the page text may leave out characters PDFium counts (and add line breaks): then every word's text indexes
    # are mapped to characters; checked at each line end, where a shift would show (most files have none)
    same = all(char_of(tp, i) == i for i in _line_ends(text)) and char_of(tp, len(text) - 1) == len(text) - 1
    if "\ufffe" in text:
        text = _ligature_marks(
            text, lambda i: i if same else char_of(tp, i), lambda k: _box(loose, tp, p_rect, rect, k)
        )
    for match in _WORD.finditer(text):
        end = match.end() - (text[match.end() - 1] == "\ufffe")  # the hyphen's box is none of the word's
        if same:
            start, last = match.start(), end - 1
        else:
            start, last = char_of(tp, match.start()), char_of(tp, end - 1)
            if start < 0 or last < start:
                continue
        obj = object_of(tp, start)
        while not obj and start < last:  # a character PDFium made up (no text object)
            start += 1
            obj = object_of(tp, start)
        if not obj:
            continue
        run = runs.get(obj, _UNSEEN)
        if run is _UNSEEN:
            run = runs[obj] = _run(lib, tp, start, matrix, p_matrix, name, p_flags, flags, height)
        if run is None:  # rotated or mirrored: watermarks, side labels
            continue
        loose(tp, start, p_rect)
        first_left, first_right = rect.left, rect.right
        tracking = _letter_gap(loose, tp, p_rect, rect, match.group().rstrip("\ufffe"), last)
        word = _clean_word(match.group())
        # a right-to-left word's first letter is its rightmost: the box spans both ends either way
        x0, x1 = min(first_left, rect.left), max(first_right, rect.right)
        glued = len(word) >= _LONG_WORD or (len(word) >= _CAMEL_WORD and _CAMEL.search(word))  # "JaneEyre"
        if glued and word == match.group() and last - start + 1 == len(word) and _PLAIN.match(word):
            for piece, left, right in _split_glued(loose, tp, p_rect, rect, start, word, run[0]):
                append((piece, left, right, run[2], run[0], run[1]))
            continue
        append((word, x0, x1, run[2], run[0], run[1]))
        tracked[len(words) - 1] = tracking
    words = _spaced_letters_joined(words, tracked)
    weights: dict[int, int] = {}
    for w in words:
        weights[w[5][1]] = weights.get(w[5][1], 0) + len(w[0])
    body = max(weights.items(), key=lambda kv: kv[1])[0] if weights else 400
    fonts = {w[5] for w in words}
    bold_of = {font: _is_bold(*font, body) for font in fonts}
    icons = {font for font in fonts if _is_icon_font(font[0])}
    return [
        Glyph(ICON_GLYPH if w[5] in icons and _icon_text(w[0]) else w[0], w[1], w[2], w[3], w[4], bold_of[w[5]])
        for w in words
    ]


_Word = tuple[str, float, float, float, float, tuple[bytes, int, int]]


def _letter_gap(  # noqa: PLR0917 - the reused ctypes buffers of the caller's loop
    loose: Any, tp: ctypes.c_void_p, p_rect: Any, rect: _Rect, word: str, last: int
) -> float:
    """The gap between the word's last two letters, wide where a tool spaces its letters out (0 for a word of one
    letter or ending in a mark); ``rect`` is left holding the last letter's box."""
    before = None
    if len(word) >= 2 and word[-2].isalnum() and word[-1].isalnum():
        loose(tp, last - 1, p_rect)
        before = rect.right
    loose(tp, last, p_rect)
    return rect.left - before if before is not None else 0.0


def _spaced_letters_joined(words: list[_Word], tracked: dict[int, float]) -> list[_Word]:
    """Words a space PDFium made up cut in two: where a tool spaces every letter out (Canva's Type 3 fonts, tracked
    capitals), PDFium may read a gap between two letters as a space ("Cur so", "Uni ver s idade"); a gap no wider
    than the letters' own spacing, on one baseline in one font, joins the two words again."""
    if not tracked or not any(t > 0 for t in tracked.values()):
        return words
    rows: dict[int, list[float]] = {}  # each baseline's letter gaps: a letter alone ("L i vro") has none of its own
    for k, word in enumerate(words):
        if tracked.get(k, 0.0) > 0:
            rows.setdefault(round(word[3]), []).append(tracked[k])
    row_gap = {row: sorted(gaps)[len(gaps) // 2] for row, gaps in rows.items()}
    out: list[_Word] = []
    for k, word in enumerate(words):
        prev = out[-1] if out else None
        # the letters' gap in the word before (as joined so far), in this one, or along the baseline
        letters = (
            max(tracked.get(k - 1, 0.0), tracked.get(k, 0.0), row_gap.get(round(word[3]), 0.0))
            if prev is not None
            else 0.0
        )
        if (
            prev is not None
            and letters > _TRACKED * prev[4]
            and abs(prev[3] - word[3]) < 0.5
            and prev[5] == word[5]
            and prev[0][-1:].isalnum()
            and word[0][:1].isalnum()
            and 0 <= word[1] - prev[2] <= _SPACED * letters
        ):
            out[-1] = (prev[0] + word[0], prev[1], word[2], prev[3], prev[4], prev[5])
            tracked[k] = tracked.get(k, 0.0) or letters  # the joined word's letters are spaced alike
            continue
        out.append(word)
    return out


#: letters spaced out: a gap between a word's last two letters of this share of the type size or more
_TRACKED = 0.04
#: a made-up space no wider than this many times the letters' own gap is no space
_SPACED = 1.6


_ICON_NAME = re.compile(r"[A-Za-z][A-Za-z0-9-]+")


def _icon_text(word: str) -> bool:
    """What an icon-font word says: a letter or two, or the icon's name when the font maps its glyphs to names
    (LuaTeX's Font Awesome 5: "GRADUATION-CAP", "Briefcase", "LINK"); an address glued after an icon is no icon."""
    return len(word) <= 2 or bool(_ICON_NAME.fullmatch(word))


def _is_icon_font(name: bytes) -> bool:
    base = name.decode("latin-1").lower().split("+")[-1].replace(" ", "")
    return any(marker in base for marker in _ICON_FONTS)


_UNSEEN: Any = object()
#: PDFium's U+FFFE before a letter: a hyphen that broke a word at the line's end, or a glyph it could not read
_MARK_BEFORE_LETTER = re.compile(r"\ufffe(?=[^\W\d_])")
#: what a U+FFFE drawn inside a word becomes: a private-use character, which ``ligatures`` reads as the ligature
#: that makes the word whole ("So\ufffeware": the "ft" glyph of a web font), or as the hyphen it was taken for
LIGATURE_MARK = "\uf8fe"


def _box(loose: Any, tp: ctypes.c_void_p, p_rect: Any, rect: Any, k: int) -> tuple[float, float, float]:
    loose(tp, k, p_rect)
    return rect.left, rect.right, rect.top


def _ligature_marks(text: str, index: Any, box: Any) -> str:
    """``text`` with each U+FFFE whose next letter stands right after it on the same line (a glyph PDFium could
    not read, inside a word) made a ``LIGATURE_MARK``; a hyphen at a line's end, its word going on below, stays."""
    chars = list(text)
    for m in _MARK_BEFORE_LETTER.finditer(text):
        a, b = index(m.start()), index(m.start() + 1)
        if a < 0 or b < 0:
            continue
        (_, right, top), (left, _, next_top) = box(a), box(b)
        if abs(next_top - top) < 1 and -1 < left - right < 3:
            chars[m.start()] = LIGATURE_MARK
    return "".join(chars)


def _clean_word(word: str) -> str:
    if "\x02" in word:  # PDFium's mark for a hyphen at a line end
        word = word.replace("\x02", "-")
    if word.endswith("\ufffe"):
        word = word[:-1] + "-"
    if not word.isascii():
        # a drawn soft hyphen is a visible hyphen (LuaTeX maps "-" to U+00AD: "high-impact", "2023 - 2024"),
        # and a surrogate pair PDFium counted as two characters is one
        word = word.replace("\u00ad", "-").encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    return word


_LONG_WORD = 10
#: a shorter word with a capital after a small letter may be two glued too ("JaneEyre", "TimVisée"; not "McDonald",
#: whose letters stand as close as any)
_CAMEL_WORD = 6
_CAMEL = re.compile(r"[a-zß-ÿ][A-ZÀ-Þ]")
_PLAIN = re.compile(r"^[^\W\d_][^@/.:]*$")  # no URL, address or number: a run of words that may be glued


def _split_glued(  # noqa: PLR0917 - the reused ctypes buffers of the caller's loop
    loose: Any, tp: ctypes.c_void_p, p_rect: Any, rect: _Rect, start: int, word: str, size: float
) -> list[tuple[str, float, float]]:
    """A long "word" cut where its letters stand apart: wkhtmltopdf and XeTeX draw no space glyph between words,
    and where the gap is narrow PDFium adds no space ("industryexperience"). A cut needs a gap wider than the
    word's usual gap between letters by an eighth of an em, between two letters."""
    lefts, rights = [], []
    for i in range(len(word)):
        loose(tp, start + i, p_rect)
        lefts.append(rect.left)
        rights.append(rect.right)
    gaps = [lefts[i + 1] - rights[i] for i in range(len(word) - 1)]
    usual = sorted(gaps)[len(gaps) // 2]
    pieces: list[tuple[str, float, float]] = []
    begin = 0
    for i, gap in enumerate(gaps):
        # a capital after a small letter needs less: "Jane" and "Eyre" a tenth of an em apart
        wide = 0.05 if word[i].islower() and word[i + 1].isupper() else 0.12
        if gap > 0 and gap - usual > wide * size and word[i].isalpha() and word[i + 1].isalpha():
            pieces.append((word[begin : i + 1], lefts[begin], rights[i]))
            begin = i + 1
    pieces.append((word[begin:], lefts[begin], rights[-1]))
    return pieces


def _line_ends(text: str) -> list[int]:
    return [m.start() for m in _LINE_END.finditer(text)]


_LINE_END = re.compile(r"\r")


#: the most a line of text leans and is read: an oblique font's 12° or so is 0.21; a side label turned 90° is none
_SLANT = 0.5


def _run(  # noqa: PLR0917 - the reused ctypes buffers of the caller's loop
    lib: Any,
    tp: ctypes.c_void_p,
    index: int,
    matrix: _Matrix,
    p_matrix: Any,
    name: Any,
    p_flags: Any,
    flags: ctypes.c_int,
    height: float,
) -> tuple[float, tuple[bytes, int, int], float] | None:
    """A text object's size (font size times its scale), font (name, weight, flags) and baseline."""
    lib.FPDFText_GetMatrix(tp, index, p_matrix)
    # a slant alone (c, no b) is an italic a tool made by skewing an upright face (Google Docs): kept
    if matrix.b or matrix.a <= 0 or matrix.d <= 0 or abs(matrix.c) > _SLANT * matrix.d:
        return None
    n = lib.FPDFText_GetFontInfo(tp, index, name, 128, p_flags)
    font = (name.raw[: max(n - 1, 0)], lib.FPDFText_GetFontWeight(tp, index), flags.value)
    return lib.FPDFText_GetFontSize(tp, index) * matrix.d, font, height - matrix.f


def _images(lib: Any, page: ctypes.c_void_p) -> int:
    """How many image objects a page without text has (said in the "no text" error: it is probably a scan)."""
    images = 0
    for i in range(lib.FPDFPage_CountObjects(page)):
        obj = lib.FPDFPage_GetObject(page, i)
        if obj and lib.FPDFPageObj_GetType(ctypes.c_void_p(obj)) == 3:  # FPDF_PAGEOBJ_IMAGE
            images += 1
    return images


def _corrupt(reason: str) -> CorruptFileError:
    logger.info("pdf parse failed", extra={"error": reason})
    return CorruptFileError(
        "This PDF is damaged and cannot be read: open it and export or save it again as PDF, then retry",
        details={"error": reason},
    )
