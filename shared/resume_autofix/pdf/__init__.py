"""Resume → PDF with fpdf2: Unicode fonts prepared once per container, themes' layouts, read-back checks.

Names are re-exported lazily (PEP 562) so that importing one submodule does not import the others.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .build import build_pdf, paper_format, prepared_fonts
    from .document import ResumeFont, ResumeOutputProducer, ResumePDF
    from .exceptions import PdfTooLargeError, UnknownPaperError
    from .fontdata import FontData
    from .layout import STYLES, PdfStyle, draw_resume
    from .service import MAX_PDF_BYTES, PdfRenderer, PdfResult
    from .verify import expected_words, extract_text, readback, words

_EXPORTS = {
    "ResumeFont": "document",
    "ResumeOutputProducer": "document",
    "ResumePDF": "document",
    "PdfTooLargeError": "exceptions",
    "UnknownPaperError": "exceptions",
    "FontData": "fontdata",
    "STYLES": "layout",
    "PdfStyle": "layout",
    "draw_resume": "layout",
    "expected_words": "verify",
    "extract_text": "verify",
    "readback": "verify",
    "words": "verify",
    "MAX_PDF_BYTES": "service",
    "PdfRenderer": "service",
    "PdfResult": "service",
    "build_pdf": "build",
    "prepared_fonts": "build",
    "paper_format": "build",
}

__all__ = [
    "MAX_PDF_BYTES",
    "STYLES",
    "FontData",
    "PdfRenderer",
    "PdfResult",
    "PdfStyle",
    "PdfTooLargeError",
    "ResumeFont",
    "ResumeOutputProducer",
    "ResumePDF",
    "UnknownPaperError",
    "build_pdf",
    "draw_resume",
    "expected_words",
    "extract_text",
    "paper_format",
    "prepared_fonts",
    "readback",
    "words",
]


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(import_module(f".{_EXPORTS[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
