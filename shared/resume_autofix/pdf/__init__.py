"""Resume → PDF with fpdf2: Unicode fonts prepared once per container, themes' layouts, read-back checks."""

from __future__ import annotations

from .document import ResumeFont, ResumeOutputProducer, ResumePDF
from .exceptions import PdfError, PdfTooLargeError, UnknownPaperError
from .fontdata import FontData
from .layout import STYLES, PdfStyle, draw_resume
from .readback import expected_words, extract_text, readback, words
from .service import MAX_PDF_BYTES, PdfRenderer, PdfResult, build_pdf, fonts, paper_format

__all__ = [
    "MAX_PDF_BYTES",
    "STYLES",
    "FontData",
    "PdfError",
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
    "fonts",
    "paper_format",
    "readback",
    "words",
]
