"""DOCX → lines with python-docx: the body in order (paragraphs and layout tables), page headers and footers,
hyperlink addresses, list items and heading styles. The ZIP directory is checked before anything is inflated.
"""

from __future__ import annotations

import functools
import io
import logging
import re
import zipfile
from collections.abc import Iterator
from typing import Any

from .contacts import network_named, profile_from_url
from .dates import find_dates
from .exceptions import CorruptFileError, FileTooLargeError, NoTextError
from .limits import Deadline, ImportLimits
from .lines import CELL_SEP, STYLED_TAIL_WORDS, Document, Line, clean, styled_run_cell, styled_tail
from .vocabulary import exact_key

logger = logging.getLogger(__name__)
_MAX_TABLE_DEPTH = 4
_BOX_NAMESPACES = {
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
}


@functools.cache
def _boxes() -> Any:
    """The XPath to a paragraph's text boxes, compiled once (lxml comes with python-docx, on a DOCX's arrival)."""
    from lxml import etree  # noqa: PLC0415

    return etree.XPath(".//w:txbxContent[not(ancestor::mc:Fallback)]", namespaces=_BOX_NAMESPACES)


def check_zip(data: bytes, limits: ImportLimits, what: str = "Word file", suffix: str = ".docx") -> None:
    """Refuse a ZIP bomb from its directory: too many members, too much inflated data, absurd ratios.

    The sizes in the directory bound what ``zipfile`` will inflate (it stops at the declared size), so checking
    them is enough. ``what`` and ``suffix`` name the kind of file in the messages (an OpenDocument file too).
    """
    try:
        infos = zipfile.ZipFile(io.BytesIO(data)).infolist()
    except (zipfile.BadZipFile, ValueError, OSError):
        raise CorruptFileError(f"This {what} is damaged: open it and save it again as {suffix}") from None
    if len(infos) > limits.max_zip_members:
        raise FileTooLargeError(
            f"This {what} holds {len(infos)} parts; a resume has far fewer. Save it again as {suffix}",
            details={"members": len(infos), "limit_members": limits.max_zip_members},
        )
    total = sum(i.file_size for i in infos)
    if total > limits.max_decompressed_bytes:
        raise FileTooLargeError(
            f"This {what} unpacks to {total} bytes, over the {limits.max_decompressed_bytes}-byte limit: remove "
            "large images, or export the resume as PDF",
            details={"decompressed_bytes": total, "limit_bytes": limits.max_decompressed_bytes},
        )
    for info in infos:
        if info.file_size > 1_000_000 and info.file_size > limits.max_compression_ratio * max(info.compress_size, 1):
            raise FileTooLargeError(
                f"This {what} contains a part compressed over "
                f"{limits.max_compression_ratio}:1, as ZIP bombs are: save the resume again as {suffix}",
                details={"limit_ratio": limits.max_compression_ratio},
            )


def read_docx(data: bytes, limits: ImportLimits, deadline: Deadline) -> Document:
    check_zip(data, limits)
    import docx  # noqa: PLC0415 - python-docx pulls lxml: only when a DOCX arrives

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:
        logger.info("docx parse failed", extra={"error": type(exc).__name__})
        raise CorruptFileError(
            "This Word file is damaged or not a real .docx: open it in Word or LibreOffice and save it again",
            details={"error": type(exc).__name__},
        ) from None
    _unwrap_controls(document)
    reader = _Reader(document, deadline)
    lines: list[Line] = []
    try:
        seen: set[str] = set()
        for section in document.sections[:20]:  # contact details often live in the page header
            for part in (section.first_page_header, section.header):
                for line in reader.block_lines(part):
                    if line.text not in seen:
                        seen.add(line.text)
                        lines.append(line)
        lines.extend(reader.block_lines(document))
        for section in document.sections[:20]:
            for line in reader.block_lines(section.footer):
                if line.text not in seen:
                    seen.add(line.text)
                    lines.append(line)
    except Exception as exc:
        if isinstance(exc, CorruptFileError | FileTooLargeError) or type(exc).__name__ == "ImportTimeoutError":
            raise
        logger.info("docx read failed", extra={"error": type(exc).__name__})
        raise CorruptFileError(
            "This Word file could not be read: open it in Word or LibreOffice and save it again as .docx",
            details={"error": type(exc).__name__},
        ) from None
    if not lines:
        raise NoTextError(
            "This Word file has no text: if the resume is an image inside it, export it from your editor as text"
        )
    return Document(kind="docx", lines=lines)


#: wrappers python-docx reads past: content controls (Word's own résumé templates fill every field with one),
#: tracked insertions, smart tags, custom XML and simple fields; their content is the document's text
_WRAPPERS = ("sdt", "ins", "moveTo", "smartTag", "customXml", "fldSimple")


def _unwrap_controls(document: Any) -> None:
    """Each wrapper in the document, its page headers and footers is replaced by its content, in place, so the
    reader sees the paragraphs, rows, cells and runs inside. A content control's properties and a wrapper's own
    properties go; deleted text (``w:del``) stays out, as Word shows it."""
    from docx.oxml.ns import qn  # noqa: PLC0415

    tags = {qn(f"w:{t}") for t in _WRAPPERS}
    content, props = qn("w:sdtContent"), {qn("w:sdtPr"), qn("w:sdtEndPr"), qn("w:smartTagPr"), qn("w:customXmlPr")}
    for part in document.part.package.iter_parts():
        kind = getattr(part, "content_type", "")
        if not kind.endswith(("document.main+xml", "header+xml", "footer+xml")) or not hasattr(part, "element"):
            continue
        for wrapper in [e for e in part.element.iter() if e.tag in tags]:
            parent = wrapper.getparent()
            if parent is None:
                continue
            inner: list[Any] = []
            for child in wrapper:
                if child.tag == content:
                    inner.extend(child)
                elif child.tag not in props:
                    inner.append(child)
            at = parent.index(wrapper)
            parent.remove(wrapper)
            for k, child in enumerate(inner):
                parent.insert(at + k, child)


class _Reader:
    def __init__(self, document: Any, deadline: Deadline) -> None:
        self.document = document
        self.deadline = deadline
        from docx.enum.style import WD_STYLE_TYPE  # noqa: PLC0415

        # the default paragraph style, not styles["Normal"]: a file whose Normal style is named otherwise made
        # python-docx fall back to a deprecated lookup by style id, with a warning
        normal = document.styles.default(WD_STYLE_TYPE.PARAGRAPH)
        self.default_size: float = (_points(normal.font) if normal is not None else None) or 11.0
        self.box_depth = 0  # text boxes inside text boxes: read to the depth tables are

    def block_lines(self, container: Any, depth: int = 0) -> Iterator[Line]:
        from docx.table import Table  # noqa: PLC0415
        from docx.text.paragraph import Paragraph  # noqa: PLC0415

        gap = 0.0
        for block in container.iter_inner_content():
            self.deadline.check()
            if isinstance(block, Paragraph):
                produced = False
                for line in self._paragraph(block):
                    line.gap_before = max(line.gap_before, gap)
                    gap = 0.0
                    produced = True
                    yield line
                if not produced:
                    gap = 1.0
            elif isinstance(block, Table) and depth < _MAX_TABLE_DEPTH:
                yield from self._table(block, depth)
                gap = 1.0

    def _table(self, table: Any, depth: int) -> Iterator[Line]:
        rows = list(table.rows)
        columns = max((len(r.cells) for r in rows), default=0)
        # a layout table (sidebar | main): read column by column; a data table: row by row, cells side by side
        if is_layout_table(columns, len(rows)):
            for index in range(columns):
                seen: set[Any] = set()
                for row in rows:
                    cells = row.cells
                    if index < len(cells) and cells[index]._tc not in seen:
                        seen.add(cells[index]._tc)
                        yield from self.block_lines(cells[index], depth + 1)
            return
        # each row: its cells' texts side by side (a data row), or, where a cell holds several paragraphs (a Word
        # template's "EXPERIENCE | the jobs" row), the cells' own lines one after another, so no title, date or
        # bullet is run into one line
        found: list[tuple[list[str], list[Line]]] = []
        # a cell merged across columns or down rows is one cell: read once, where it starts (python-docx hands the
        # same cell element to every row and column it spans; the set keeps the elements, so their identity holds)
        emitted: set[Any] = set()
        for row in rows:
            cells = self._row_cells(row, emitted, depth)
            if any(len(inner) > 1 for inner in cells):
                found.append(([], [line for inner in cells for line in inner]))
            elif len(cells) >= 2 and _heads_row([inner[0] for inner in cells]):  # "LEADERSHIP | CISV | 2012"
                found.extend([([], [cells[0][0]]), ([inner[0].text for inner in cells[1:]], [])])
            elif cells:
                found.append(([inner[0].text for inner in cells], []))
        labelled = label_column([texts for texts, _lines in found if texts])
        for texts, lines in found:
            if lines:
                yield from lines
                continue
            line = Line(text="  ".join(texts), size=self.default_size)
            if labelled and len(line.cells) == len(texts) >= 2:
                line.labels = frozenset({0})  # "Email | j.bloggs@…": the form's label names the cell after it
            yield line

    def _row_cells(self, row: Any, emitted: set[Any], depth: int) -> list[list[Line]]:
        """Each cell's lines, for the cells of ``row`` not read before (``emitted``: the cell elements read)."""
        cells: list[list[Line]] = []
        for cell in row.cells:
            if cell._tc in emitted:
                continue
            emitted.add(cell._tc)
            if inner := list(self.block_lines(cell, depth + 1)):
                cells.append(inner)
        return cells

    def _paragraph(self, paragraph: Any) -> Iterator[Line]:
        text = paragraph.text
        if not text.strip():  # an empty paragraph may still anchor a template's text boxes
            yield from self._text_boxes(paragraph)
            return
        style = paragraph.style
        style_name = (style.name or "") if style is not None else ""
        heading = style_name.lower().startswith(("heading", "title", "überschrift", "titre", "título", "titolo"))
        level = int(style_name.rsplit(" ", 1)[-1]) if heading and style_name.rsplit(" ", 1)[-1].isdigit() else 0
        bullet = "list" in style_name.lower() or (paragraph._p.pPr is not None and paragraph._p.pPr.numPr is not None)
        size, bold = self._typography(paragraph, style)
        parts = _styled_cells(paragraph, text).split("\n")
        for n, part in enumerate(parts):
            cleaned = clean(part)
            if not cleaned:
                continue
            line = Line(text=cleaned, size=size, bold=bold, heading=heading, level=level)
            if bullet and n == 0 and not line.bullet:
                line.bullet = True
            yield line
        yield from self._text_boxes(paragraph)
        for link in paragraph.hyperlinks:
            address = (link.address or "").strip()
            if address.startswith(("http://", "https://", "mailto:")) and _contact_link(link.text, address):
                shown = address.removeprefix("mailto:")
                if shown not in text:
                    yield Line(text=shown, size=size)

    def _text_boxes(self, paragraph: Any) -> Iterator[Line]:
        """The text boxes anchored in ``paragraph`` (a template's sidebar, a name banner), each read as a body of
        its own after the paragraph. Word writes each box twice, as a DrawingML shape and as a VML fallback for old
        readers: the fallback is passed over, so each box is read once."""
        boxes = _boxes()(paragraph._p)
        if not boxes or self.box_depth >= _MAX_TABLE_DEPTH:
            return
        self.box_depth += 1
        try:
            outer = [box for box in boxes if not any(a in boxes for a in box.iterancestors())]  # inner: with outer
            for box in _in_layout_order(outer):
                yield from self.block_lines(_Box(box, paragraph))
        finally:
            self.box_depth -= 1

    def _typography(self, paragraph: Any, style: Any) -> tuple[float, bool]:
        size = None
        bold_chars = 0
        chars = 0
        style_font = style.font if style is not None else None
        style_bold = bool(style_font.bold) if style_font is not None and style_font.bold is not None else False
        style_size = _points(style_font) if style_font is not None else None
        for run in paragraph.runs:
            n = len(run.text.strip())
            if not n:
                continue
            chars += n
            if run.bold or (run.bold is None and style_bold):
                bold_chars += n
            if (run_size := _points(run.font)) is not None:
                size = max(size or 0.0, run_size)
        return (size or style_size or self.default_size), (chars > 0 and bold_chars * 2 > chars)


def _points(font: Any) -> float | None:
    """A font's size in points, or ``None``: a size written as a decimal ("40.0" half-points, as some exporters
    write it, which python-docx cannot read as an integer) is read as written rather than failing the file."""
    try:
        return font.size.pt if font.size is not None else None
    except ValueError:
        from docx.oxml.ns import qn  # noqa: PLC0415

        rpr = getattr(font._element, "rPr", None)  # python-docx keeps the raw XML there only
        sz = rpr.find(qn("w:sz")) if rpr is not None else None
        raw = sz.get(qn("w:val")) if sz is not None else None
        try:
            return float(raw) / 2 if raw else None
        except ValueError:
            return None


_WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"
_EMU_PER_PT = 12700


def _offset(box: Any, axis: str) -> float | None:
    """The box's offset in points along ``axis`` ("H" or "V") from its anchor's frame, if Word wrote one."""
    anchor = next((a for a in box.iterancestors() if a.tag == f"{_WP}anchor"), None)
    position = anchor.find(f"{_WP}position{axis}") if anchor is not None else None
    offset = position.find(f"{_WP}posOffset") if position is not None else None
    try:
        return int(offset.text) / _EMU_PER_PT if offset is not None and offset.text else None
    except ValueError:
        return None


def _in_layout_order(boxes: list[Any]) -> list[Any]:
    """Text boxes anchored in one paragraph, in the order a reader takes them: Word keeps them in the order they
    were drawn, which a template of dozens of boxes (a sidebar, the main column) scatters. Where every box has an
    offset, the left column is read before the right one (when the boxes span more than 100 pt across), each top
    to bottom; otherwise the drawn order stays."""
    offsets = [(_offset(box, "H"), _offset(box, "V")) for box in boxes]
    places = [(x, y) for x, y in offsets if x is not None and y is not None]
    if len(boxes) < 2 or len(places) < len(boxes):
        return boxes
    xs = [x for x, _ in places]
    middle = (min(xs) + max(xs)) / 2 if max(xs) - min(xs) > 100 else None
    order = sorted(range(len(boxes)), key=lambda k: (middle is not None and places[k][0] >= middle, places[k][1], k))
    return [boxes[k] for k in order]


def _heads_row(row: list[Line]) -> bool:
    """A row whose first cell is a section's heading (a label column of section names beside their first entry,
    "SELECTED LEADERSHIP | CISV International | Jun 2012 – Present"): a heading the vocabulary knows, or one in
    capitals beside an entry's dates; a line of its own, not a part of the entry beside it. A bold group name in a
    row ("Languages | Java, Go") stays the row's label."""
    head = row[0]
    if not (head.heading or head.caps) or len(head.text.split()) > 4:
        return False
    return exact_key(head.text) is not None or (head.bold and any(find_dates(line.text) for line in row[1:]))


#: a link's text that stands for a way to reach the person: the person's site, an icon, an address; a network's
#: name ("GitHub") counts only where the address is a profile on it
_CONTACT_TEXT = re.compile(
    r"(?i)^\W*(?:website|web\s*site|web|homepage|home page|portfolio|blog|site|profile|e-?mail|mail|contact|cv|"
    r"resume|résumé|here|google scholar|scholar|orcid|researchgate)?\W*$"
)
#: an address of one page on its site (a profile's: "linkedin.com/in/x", "github.com/x"; not a repository's)
_ONE_PAGE = re.compile(r"(?i)^(?:https?://)?[^/\s]+/(?:in/|pub/|@)?[^/\s?#]+/?$")


def _contact_link(text: str, address: str) -> bool:
    """A hyperlink whose address is read as a line of its own: a way to reach the person (a profile's address, a
    mail, a link shown as "LinkedIn", an icon), not the link behind a skill's or an employer's name that a page
    sets on every word ("Scrum", "Spring Boot", "ING Bank")."""
    # a profile's page, or any page on a network where the link is shown as its name ("GitHub" → github.com/x/cv)
    found = profile_from_url(address)
    profile = bool(found and "username" in found) and bool(_ONE_PAGE.match(address) or network_named(text or ""))
    return address.startswith("mailto:") or profile or bool(_CONTACT_TEXT.match(text or ""))


class _Box:
    """A text box's content as a block container: its paragraphs and tables in order (python-docx gives text boxes
    no container of their own)."""

    def __init__(self, element: Any, parent: Any) -> None:
        self.element = element
        self.parent = parent

    def iter_inner_content(self) -> Iterator[Any]:
        from docx.oxml.ns import qn  # noqa: PLC0415
        from docx.table import Table  # noqa: PLC0415
        from docx.text.paragraph import Paragraph  # noqa: PLC0415

        for child in self.element:
            if child.tag == qn("w:p"):
                yield Paragraph(child, self.parent)
            elif child.tag == qn("w:tbl"):
                yield Table(child, self.parent)


def is_layout_table(columns: int, rows: int) -> bool:
    """A table used for layout (sidebar | main: two columns, a row or three), read column by column; any other
    table is data, read row by row."""
    return columns == 2 and rows <= 3


def label_column(rows: list[list[str]]) -> bool:
    """A table whose first column labels the second (a CV form: "Name | Joe Bloggs", "2008 – 2010 | Lorem…"):
    three or more two-cell rows, their first cells short, the second ones longer."""
    pairs = [r for r in rows if len(r) == 2]
    if len(pairs) < 3 or len(pairs) * 3 < len(rows) * 2:
        return False
    firsts = [len(r[0]) for r in pairs]
    seconds = [len(r[1]) for r in pairs]
    return max(firsts) <= 40 and sum(firsts) / len(firsts) <= 25 and sum(seconds) > sum(firsts)


def _styled_cells(paragraph: Any, text: str) -> str:
    """A short paragraph that opens with bold (or italic) runs before plain ones ("**B.A. in Marketing** New York
    University", as Pandoc writes Markdown's strong text): the styled run is a cell of its own; then the italic tail
    as :func:`_italic_tail` reads it."""
    if "\n" in text:
        return text
    runs = [r for r in paragraph.runs if r.text]
    for style in ("bold", "italic"):
        k = next((i for i, r in enumerate(runs) if not getattr(r, style) and r.text.strip()), 0)
        if k == 0 or any(getattr(r, style) for r in runs[k:]):
            continue
        head = "".join(r.text for r in runs[:k])
        rest = "".join(r.text for r in runs[k:])
        if styled_run_cell(head, rest):
            return f"{head.strip()}{CELL_SEP}{_italic_tail(runs[k:], rest)}"
        return _italic_tail(runs, text)
    return _italic_tail(runs, text)


def _italic_tail(runs: list[Any], text: str) -> str:
    """A short one-line paragraph that ends in an italic run set off by a space ("Acme Corp *Remote*", "Engineer
    *(01/2020 - present)*", as Pandoc writes Markdown emphasis): the run is a cell of its own, as a PDF's
    differently styled place or date is."""
    if "\n" in text or len(text.split()) > STYLED_TAIL_WORDS:
        return text
    if len(runs) < 2 or not runs[-1].italic or any(r.italic for r in runs[:-1]):
        return text
    tail = runs[-1].text.strip()
    head = "".join(r.text for r in runs[:-1])
    if not tail or not head.endswith((" ", "\t")) or not head.strip():
        return text
    return styled_tail(head, tail)
