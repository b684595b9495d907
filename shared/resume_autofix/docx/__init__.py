"""Resume → DOCX: every theme as real Word styles (python-docx), the body written from the shared view model.

Names are re-exported lazily (``lazy.exports``, PEP 562) so that importing one submodule does not import the
others.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from resume_autofix.lazy import exports

if TYPE_CHECKING:
    from .exceptions import DocxError, DocxTooLargeError
    from .service import MAX_DOCX_BYTES, MEDIA_TYPE, DocxRenderer, DocxResult
    from .template import STYLES, DocxStyle, template
    from .verify import extract_text, readback
    from .writer import build_docx

__getattr__ = exports(
    __name__,
    {
        "exceptions": ("DocxError", "DocxTooLargeError"),
        "service": ("MAX_DOCX_BYTES", "MEDIA_TYPE", "DocxRenderer", "DocxResult"),
        "template": ("STYLES", "DocxStyle", "template"),
        "verify": ("extract_text", "readback"),
        "writer": ("build_docx",),
    },
)

__all__ = [
    "MAX_DOCX_BYTES",
    "MEDIA_TYPE",
    "STYLES",
    "DocxError",
    "DocxRenderer",
    "DocxResult",
    "DocxStyle",
    "DocxTooLargeError",
    "build_docx",
    "extract_text",
    "readback",
    "template",
]
