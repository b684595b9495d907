"""Paper sizes by name, shared by the PDF and DOCX writers (no fpdf2 import: the DOCX path does not need it)."""

from __future__ import annotations

from .exceptions import UnknownPaperError

#: accepted names (upper-cased) → the canonical name (fpdf2's format name)
PAPERS = {"A4": "A4", "LETTER": "Letter"}


def paper_format(paper: object) -> str:
    """``"a4"``/``"Letter"``/None → ``"A4"``/``"Letter"``; anything else → ``UnknownPaperError`` (400)."""
    if paper is None or paper == "":
        return "A4"
    if isinstance(paper, str) and paper.strip().upper() in PAPERS:
        return PAPERS[paper.strip().upper()]
    shown = repr(paper[:20]) if isinstance(paper, str) else f"of type {type(paper).__name__}"
    raise UnknownPaperError(f"Unknown paper {shown}; use one of: A4, Letter", details={"available": ["A4", "Letter"]})
