"""OpenDocument text (LibreOffice's .odt) → lines: headings with their outline level, paragraphs, list items,
layout and data tables, text boxes, and the page header, with the weight and size their styles give them.

LibreOffice saves a résumé as .odt unless told otherwise, so a job seeker who writes with it has this file. The
document is ZIP-packed XML (``content.xml``, its styles in ``styles.xml``): read with lxml's parser, entities and
network off, after the same ZIP-bomb check a Word file gets.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from typing import Any

from .docx import check_zip, is_layout_table, label_column
from .exceptions import CorruptFileError, NoTextError
from .limits import Deadline, ImportLimits
from .lines import CELL_SEP, Document, Line, clean, styled_run_cell

_NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
    "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
    "xlink": "http://www.w3.org/1999/xlink",
}
_MAX_DEPTH = 6
#: parts of a document that are no text of it: notes, comments, tracked deletions, forms
_SKIP = {"note", "annotation", "tracked-changes", "forms", "sequence-decls", "bookmark-ref"}


def _q(prefix: str, name: str) -> str:
    return f"{{{_NS[prefix]}}}{name}"


def _parse(archive: zipfile.ZipFile, name: str) -> Any:
    from lxml import etree  # noqa: PLC0415 - lxml comes with python-docx; only an .odt pays for it here

    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, remove_comments=True)
    try:
        return etree.fromstring(archive.read(name), parser)
    except (KeyError, etree.XMLSyntaxError, ValueError) as exc:
        raise CorruptFileError(
            "This OpenDocument file is damaged: open it in LibreOffice and save it again (.odt or .docx)",
            details={"error": type(exc).__name__},
        ) from None


def read_odt(data: bytes, limits: ImportLimits, deadline: Deadline) -> Document:
    check_zip(data, limits, what="OpenDocument file", suffix=".odt")
    archive = zipfile.ZipFile(io.BytesIO(data))
    content = _parse(archive, "content.xml")
    styles_root = _parse(archive, "styles.xml") if "styles.xml" in archive.namelist() else None
    reader = _Reader(_Styles(content, styles_root), deadline)
    lines: list[Line] = []
    try:
        if styles_root is not None:  # contact details often live in the page header
            for header in styles_root.iter(_q("style", "header"), _q("style", "header-first")):
                lines.extend(reader.blocks(header))
        body = content.find(f"{_q('office', 'body')}/{_q('office', 'text')}")
        if body is not None:
            lines.extend(reader.blocks(body))
    except (ValueError, TypeError, AttributeError) as exc:  # XML that parses but is no OpenDocument text
        raise CorruptFileError(
            "This OpenDocument file could not be read: open it in LibreOffice and save it again (.odt or .docx)",
            details={"error": type(exc).__name__},
        ) from None
    if not lines:
        raise NoTextError("This OpenDocument file has no text: if the resume is an image in it, export it as PDF")
    return Document(kind="odt", lines=lines)


class _Styles:
    """Each named style's weight and size, its parents' where it says none (paragraph and text styles)."""

    def __init__(self, content: Any, styles: Any) -> None:
        self._own: dict[str, tuple[str | None, bool | None, float | None]] = {}
        self.default_size = 11.0
        for root in (styles, content):
            if root is None:
                continue
            for default in root.iter(_q("style", "default-style")):
                if default.get(_q("style", "family")) == "paragraph":
                    _bold, size = _properties(default)
                    self.default_size = size or self.default_size
            for style in root.iter(_q("style", "style")):
                bold, size = _properties(style)
                self._own[style.get(_q("style", "name"), "")] = (
                    style.get(_q("style", "parent-style-name")),
                    bold,
                    size,
                )

    def look(self, name: str | None) -> tuple[bool, float | None]:
        """Bold, and the size in points (``None``: the default), walking up the style's parents."""
        bold: bool | None = None
        size: float | None = None
        for _ in range(_MAX_DEPTH):
            if not name or name not in self._own:
                break
            parent, own_bold, own_size = self._own[name]
            bold = own_bold if bold is None else bold
            size = own_size if size is None else size
            name = parent
        return bool(bold), size


def _properties(style: Any) -> tuple[bool | None, float | None]:
    props = style.find(_q("style", "text-properties"))
    if props is None:
        return None, None
    weight = props.get(_q("fo", "font-weight"))
    bold = None if weight is None else weight in ("bold", "600", "700", "800", "900")
    size_text = props.get(_q("fo", "font-size")) or ""
    m = re.fullmatch(r"([\d.]+)pt", size_text.strip())
    return bold, float(m.group(1)) if m else None


class _Reader:
    def __init__(self, styles: _Styles, deadline: Deadline) -> None:
        self.styles = styles
        self.deadline = deadline

    def blocks(self, container: Any, depth: int = 0, bullet: bool = False) -> Iterator[Line]:
        """The lines of a container's block elements, in order."""
        gap = 0.0
        for element in container:
            self.deadline.check()
            tag = element.tag if isinstance(element.tag, str) else ""
            name = tag.rsplit("}", 1)[-1]
            if tag in (_q("text", "p"), _q("text", "h")):
                produced = list(self._paragraph(element, bullet, depth))
                for line in produced:
                    line.gap_before, gap = max(line.gap_before, gap), 0.0
                yield from produced
                gap = gap if produced else 1.0
            elif tag == _q("text", "list") and depth < _MAX_DEPTH:
                for item in element:
                    yield from self.blocks(item, depth + 1, bullet=True)
            elif tag == _q("table", "table") and depth < _MAX_DEPTH:
                yield from self._table(element, depth + 1)
                gap = 1.0
            elif name not in _SKIP and depth < _MAX_DEPTH and tag.startswith(f"{{{_NS['text']}}}"):
                yield from self.blocks(element, depth + 1, bullet)  # text:section, text:list-header, ...

    def _table(self, table: Any, depth: int) -> Iterator[Line]:
        rows = [r for r in table.iter(_q("table", "table-row")) if _owner_table(r) is table]
        cells = [[c for c in row if c.tag == _q("table", "table-cell")] for row in rows]
        columns = max((len(c) for c in cells), default=0)
        if is_layout_table(columns, len(rows)):  # sidebar | main: column by column
            for index in range(columns):
                for row in cells:
                    if index < len(row):
                        yield from self.blocks(row[index], depth)
            return
        found: list[list[Line]] = []
        for row in cells:
            read = [list(self.blocks(cell, depth)) for cell in row]
            found.append([inner[0] for inner in read if inner] if all(len(i) <= 1 for i in read) else [])
            if not found[-1]:
                found[-1:] = [[line] for inner in read for line in inner]  # cells of several lines: each a line
        labelled = label_column([[line.text for line in row] for row in found if len(row) > 1])
        for row in found:
            if len(row) == 1:
                yield row[0]
            elif row:  # a data row, its cells side by side ("Languages | Python, Go": the label names the value)
                texts = [line.text for line in row]
                line = Line(CELL_SEP.join(texts), self.styles.default_size, cells=texts)  # as a Word row reads
                if labelled and len(texts) == 2:
                    line.labels = frozenset({0})
                yield line

    def _paragraph(self, element: Any, bullet: bool, depth: int) -> Iterator[Line]:
        heading = element.tag == _q("text", "h")
        raw_level = element.get(_q("text", "outline-level"), "") if heading else ""
        level = int(raw_level) if raw_level.isdigit() and len(raw_level) <= 2 else (1 if heading else 0)
        style_bold, style_size = self.styles.look(element.get(_q("text", "style-name")))
        runs: list[tuple[str, bool, float | None]] = []
        boxes: list[Any] = []
        self._runs(element, style_bold, runs, boxes)
        text = _styled_head("".join(t for t, _b, _s in runs), runs)
        chars = sum(len(t.strip()) for t, _b, _s in runs)
        bold = chars > 0 and sum(len(t.strip()) for t, b, _s in runs if b) * 2 > chars
        sizes = [s for t, _b, s in runs if s and t.strip()]
        size = max(sizes) if sizes else (style_size or self.styles.default_size)
        for n, part in enumerate(text.split("\n")):
            cleaned = clean(part)
            if cleaned:
                # a heading numbered as a list item (LibreOffice's outline numbering) is no bullet
                yield Line(cleaned, size, bold, heading=heading, level=level, bullet=bullet and n == 0 and not heading)
        for box in boxes:  # a frame's text box: its own body after the paragraph
            if depth < _MAX_DEPTH:
                yield from self.blocks(box, depth + 1)

    def _runs(self, element: Any, bold: bool, runs: list[tuple[str, bool, float | None]], boxes: list[Any]) -> None:
        """The element's text as (text, bold, size) runs in order, spans taking their own style; text boxes in
        frames are collected apart."""
        if element.text:
            runs.append((element.text, bold, None))
        for child in element:
            tag = child.tag if isinstance(child.tag, str) else ""
            name = tag.rsplit("}", 1)[-1]
            if tag == _q("text", "s"):  # typed spaces: one space (two would read as a cell gap, as a tab does)
                runs.append((" ", bold, None))
            elif tag == _q("text", "tab"):
                runs.append((CELL_SEP, bold, None))
            elif tag == _q("text", "line-break"):
                runs.append(("\n", bold, None))
            elif tag.startswith(f"{{{_NS['draw']}}}"):  # a frame, shape or group: its text is a box of its own
                boxes.extend(_text_holders(child))
            elif name not in _SKIP:
                span_bold, span_size = self.styles.look(child.get(_q("text", "style-name")))
                inner: list[tuple[str, bool, float | None]] = []
                self._runs(child, span_bold or bold, inner, boxes)
                runs.extend((t, b, s or span_size) for t, b, s in inner)
            if child.tail:
                runs.append((child.tail, bold, None))


_BLOCK_TAGS = frozenset({_q("text", "p"), _q("text", "h"), _q("text", "list"), _q("table", "table")})


def _text_holders(drawing: Any) -> list[Any]:
    """The elements of a drawing that hold text blocks directly (a frame's text box, a shape with its text), in
    document order, none inside another."""
    found: list[Any] = []
    for element in drawing.iter():
        if any(child.tag in _BLOCK_TAGS for child in element) and not any(
            ancestor in found for ancestor in element.iterancestors()
        ):
            found.append(element)
    return found


def _owner_table(row: Any) -> Any:
    """The table a row belongs to (rows of a nested table belong to it, not the outer one)."""
    parent = row.getparent()
    while parent is not None and parent.tag != _q("table", "table"):
        parent = parent.getparent()
    return parent


def _styled_head(text: str, runs: list[tuple[str, bool, float | None]]) -> str:
    """A one-line paragraph that opens with bold runs before plain ones ("<b>Co-Founder</b> VisualQ AI | 2019–Present"):
    the bold run is a cell of its own, as DOCX and PDF title lines read (:func:`~.lines.styled_head`)."""
    if "\n" in text or not runs or not runs[0][1]:
        return text
    k = next((i for i, (t, b, _s) in enumerate(runs) if not b and t.strip()), 0)
    if k == 0 or any(b and t.strip() for t, b, _s in runs[k:]):
        return text
    head = "".join(t for t, _b, _s in runs[:k])
    rest = "".join(t for t, _b, _s in runs[k:])
    if styled_run_cell(head, rest):
        return f"{head.strip()}{CELL_SEP}{rest.strip()}"
    return text
