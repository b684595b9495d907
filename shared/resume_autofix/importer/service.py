"""``import_resume``: a PDF, DOCX, ODT, text or Markdown file → a JSON Resume document that invents nothing."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Any

from .assemble import build
from .bidi import direction, flip, letters_reversed, letters_turned, logical_lines, unmirror
from .contacts import EMAIL
from .dates import remembered
from .detect import resolve_kind
from .docx import read_docx
from .exceptions import EmptyFileError, FileTooLargeError, NotAResumeError, NoTextError
from .guard import Guard
from .hijri import ARABIC_SCRIPT
from .hyphens import mend_broken_words
from .layout import continued_column, page_lines, run_over
from .ligatures import mended_glyphs
from .limits import DEFAULT_LIMITS, Deadline, ImportLimits
from .lines import Document, Line
from .markdown import read_markdown
from .marks import unmarked
from .odt import read_odt
from .pdf import read_pdf
from .phones import find_phone
from .text import decode, read_text


@dataclass
class ImportResult:
    """The imported resume, what could not be placed, a confidence (0–1) per section, and the text read."""

    resume: dict[str, Any]
    warnings: list[str] = field(default_factory=list)
    confidence: dict[str, float] = field(default_factory=dict)
    source_text: str = ""
    kind: str = ""
    structured_by: str = ""  # when AI structuring was asked for: "rules" (not used) or the provider's name
    reader_warnings: int = 0  # how many of ``warnings`` (the first) come from reading the file, not from placing

    def to_dict(self) -> dict[str, Any]:
        """The API's answer fields (the source text stays on the server)."""
        out = {"resume": self.resume, "warnings": self.warnings, "confidence": self.confidence}
        if self.structured_by:
            out["structured_by"] = self.structured_by
        return out


_PAGE_NUMBER = re.compile(
    r"^(?:page|seite|página|pagina|стр\.?)?\s*\d{1,3}(?:\s*(?:of|/|von|de|di|из)\s*\d{1,3})?$", re.I
)


def drop_running_lines(lines: list[Line]) -> list[Line]:
    """Lines repeated at the same height on two or more pages (a running header or footer), and page numbers.

    A running header's first copy stays (it often holds the name and contact details); a running footer, in the
    bottom tenth of the text, goes from every page ("February 10, 2026 · Résumé  1" would read as a dated entry),
    but one that holds the person's e-mail or phone is read once, right after the document's first line.
    A footer's page number differs from page to page ("John Doe – 1/2"), so it is left out of the comparison.
    """
    bottom: dict[int, float] = {}
    for line in lines:
        bottom[line.page] = max(bottom.get(line.page, 0.0), line.top)
    pages_of: dict[tuple[str, int], set[int]] = {}
    keys = []
    for line in lines:
        key = (_PAGE_TAIL.sub("", line.text), round(line.top))
        keys.append(key)
        pages_of.setdefault(key, set()).add(line.page)

    def pages(key: tuple[str, int]) -> set[int]:
        found: set[int] = set()
        for d in (-2, -1, 0, 1, 2):
            found |= pages_of.get((key[0], key[1] + d), set())
        return found

    kept: list[Line] = []
    contacts: list[Line] = []  # a running footer of the person's e-mail or phone: read with the header
    for line, key in zip(lines, keys, strict=True):
        if _PAGE_NUMBER.match(line.text):
            continue
        on = pages(key) if key[0] else set()
        footer = line.top >= 0.9 * bottom[line.page]
        if len(on) > 1 and (footer or line.page != min(on)):
            # a footer of the person's e-mail or phone (moderncv's): its first copy is read with the header, the
            # only place they are said
            if footer and line.page == min(on) and (EMAIL.search(line.text) or find_phone(line.text)):
                contacts.append(line)
            continue
        kept.append(line)
    return [*kept[:1], *contacts, *kept[1:]]


# a line of icon-font glyphs alone (Font Awesome and the like draw from the private use area): decoration
_ICONS_ONLY = re.compile(r"[\s\ue000-\uf8ff]*")
_PAGE_TAIL = re.compile(r"\s*\[?(?:page\s*)?\d{1,3}(?:\s*(?:of|/)\s*\d{1,3})?\]?$", re.IGNORECASE)


#: letters of scripts a resume hardly mixes; a PDF whose font has no right Unicode map jumbles them
_SCRIPTS = {
    "hebrew": re.compile(r"[\u0590-\u05ff]"),
    "arabic": ARABIC_SCRIPT,
    "cjk": re.compile(r"[\u3400-\u9fff\ua000-\ua4cf]"),
    "hangul": re.compile(r"[\uac00-\ud7af]"),
}
_JUMBLE_SHARE = 0.05
_LETTER = re.compile(r"[^\W\d_]")


def _garbled(lines: list[Line]) -> bool:
    """Three or more such scripts, each a twentieth of the letters or more: no resume writes that, a broken font
    map does (the Typst 履歴書 whose Japanese reads as Hebrew, Arabic and rare ideographs)."""
    text = "".join(line.text for line in lines)
    if text.isascii():
        return False
    letters = len(_LETTER.findall(text)) or 1
    present = [k for k, pattern in _SCRIPTS.items() if len(pattern.findall(text)) >= _JUMBLE_SHARE * letters]
    return len(present) >= 3


def _pdf_document(data: bytes, limits: ImportLimits, deadline: Deadline, warnings: list[str]) -> Document:
    """A PDF's lines, page by page, and what the reading noticed (two columns, a jumbled font map)."""
    lines: list[Line] = []
    two_columns: list[int] = []
    for number, read in enumerate(read_pdf(data, limits, deadline)):
        page = replace(read, glyphs=mended_glyphs(read.glyphs))  # "Scienti c": a lost ligature's word
        turned = letters_reversed(page)  # "هداز تزع دمحم": letters last first, words where they are drawn
        page = letters_turned(page) if turned else page
        how = direction(page)
        if turned and how == "rtl-set-ltr":
            how = "ltr"  # flush left, yet its words drawn right to left: each such line is turned round
        flipped = flip(page) if how == "rtl" else None  # a right-to-left page is read from its right edge
        page_result, two = page_lines(flipped or page, number)
        if two and two_columns and two_columns[-1] == number:  # the page before was read as two columns too
            page_result = continued_column(page_result)
        if flipped:
            page_result = unmirror(page_result)
        elif how != "rtl-set-ltr":  # right-to-left words set left to right are read as they stand
            page_result = logical_lines(page_result)
        if not two and two_columns and two_columns[-1] == number:
            lines, page_result = run_over(lines, page_result, number - 1)
        lines.extend(page_result)
        if two:
            two_columns.append(number + 1)
    doc = Document(kind="pdf", lines=mend_broken_words(drop_running_lines(lines)), columns=2 if two_columns else 1)
    if _garbled(doc.lines):
        warnings.append(
            "This PDF's fonts map their letters to the wrong characters (the text reads as a jumble of "
            "scripts): export the resume again from your editor, or run OCR on it, and check what was read"
        )
    if two_columns:
        pages = ", ".join(str(p) for p in two_columns)
        warnings.append(f"Two-column layout (page {pages}): the right column was read after the left; check the order")
    return doc


def read_document(
    data: bytes, filename: str | None = None, media_type: str | None = None, limits: ImportLimits = DEFAULT_LIMITS
) -> Document:
    """The file's lines in reading order (the step before fields), with the reader's warnings."""
    if not data or not data.strip():
        raise EmptyFileError("The file is empty: choose the resume file again (it has 0 bytes of text)")
    if len(data) > limits.max_bytes:
        raise FileTooLargeError(
            f"The file is {len(data)} bytes; the limit is {limits.max_bytes}. Remove large images, or export the "
            "resume again as PDF",
            details={"size_bytes": len(data), "limit_bytes": limits.max_bytes},
        )
    kind, warnings = resolve_kind(data, filename, media_type)
    deadline = Deadline(limits.max_seconds)
    if kind == "pdf":
        doc = _pdf_document(data, limits, deadline, warnings)
    elif kind == "docx":
        doc = read_docx(data, limits, deadline)
    elif kind == "odt":
        doc = read_odt(data, limits, deadline)
    elif kind == "markdown" and len(source := decode(data)) <= limits.max_markdown_chars:
        doc = read_markdown(source)
    else:
        doc = read_text(source if kind == "markdown" else decode(data))
        if any(line.page for line in doc.lines):  # pages a form feed parts: their running heads and feet go
            doc.lines = drop_running_lines(doc.lines)
        if kind == "markdown":
            warnings.append(
                f"This Markdown file is far longer than a resume ({len(doc.source_text)} characters): "
                "it was read as plain text, without its Markdown marks"
            )
    doc.warnings[:0] = warnings
    doc.lines = [line for line in doc.lines if not _ICONS_ONLY.fullmatch(line.text)]
    if kind != "markdown":
        doc.lines = unmarked(doc.lines)  # "**Andrew Bailey**": Markdown pasted into Word, LibreOffice or a text file
    chars = sum(len(line.text) for line in doc.lines)
    if chars > limits.max_chars:
        raise FileTooLargeError(
            f"The file holds {chars} characters of text; a resume has far fewer (limit {limits.max_chars}). "
            "Send only the resume",
            details={"chars": chars, "limit_chars": limits.max_chars},
        )
    if not chars:
        raise NoTextError("The file has no text: export the resume from your editor as PDF, Word or text")
    return doc


def import_resume(
    data: bytes,
    filename: str | None = None,
    media_type: str | None = None,
    *,
    limits: ImportLimits = DEFAULT_LIMITS,
) -> ImportResult:
    """Read ``data`` (its kind from its content, checked against ``filename``/``media_type``) into JSON Resume.

    One optional model call may restructure the result: :func:`resume_autofix.ai.structure.import_structured`.

    Raises
    ------
    ImportFileError
        (a 4xx) for an empty, huge, encrypted, damaged, text-less or mislabelled file, with what to do about it.
    """
    with remembered():  # one import asks the date finder about the same lines many times
        doc = read_document(data, filename, media_type, limits)
        source_text = doc.source_text
        resume, warnings, confidence = build(doc)
        basics = resume.get("basics") or {}
        if len(resume) == 1 and not (basics.get("email") or basics.get("phone")):
            raise NotAResumeError(
                "This does not look like a resume: no contact details and no sections (Experience, Education, "
                "Skills, ...) were found. Send the resume itself (a JSON Resume file must end in .json)",
                details={"kind": doc.kind},
            )
        resume, removed = Guard(source_text).clean(resume)
    if removed:  # a bug if it ever happens: the rules only copy text; say so rather than ship a made-up value
        warnings.append(f"Left out {len(removed)} values not found verbatim in the file: {', '.join(removed[:5])}")
    return ImportResult(
        resume=resume,
        warnings=[*doc.warnings, *warnings],
        confidence=confidence,
        source_text=source_text,
        kind=doc.kind,
        reader_warnings=len(doc.warnings),
    )
