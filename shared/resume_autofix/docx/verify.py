"""Read a DOCX back with python-docx: its text in document order, and the same report as the PDF's read-back."""

from __future__ import annotations

import io
from typing import Any

from ..pdf.verify import readback_text


def extract_text(data: bytes) -> str:
    """Every paragraph's text (hyperlinks, tabs and breaks included), one paragraph a line, in document order."""
    import docx  # noqa: PLC0415 - only verification reads DOCX files

    document = docx.Document(io.BytesIO(data))
    return "\n".join(p.text for p in document.paragraphs)


def readback(data: bytes, view: dict[str, Any]) -> dict[str, Any]:
    """The PDF read-back report (``pdf.verify.readback_text``) for a DOCX; ``pages`` is None (Word paginates)."""
    return readback_text(extract_text(data), view, pages=None)
