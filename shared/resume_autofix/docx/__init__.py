"""Resume → DOCX: every theme as real Word styles (python-docx), the body written from the shared view model.

Names are re-exported lazily (PEP 562) so that importing one submodule does not import the others.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .exceptions import DocxError, DocxTooLargeError
    from .service import MAX_DOCX_BYTES, MEDIA_TYPE, DocxRenderer, DocxResult
    from .template import STYLES, DocxStyle, template
    from .verify import extract_text, readback
    from .writer import build_docx

_EXPORTS = {
    "DocxError": "exceptions",
    "DocxTooLargeError": "exceptions",
    "MAX_DOCX_BYTES": "service",
    "MEDIA_TYPE": "service",
    "DocxRenderer": "service",
    "DocxResult": "service",
    "STYLES": "template",
    "DocxStyle": "template",
    "template": "template",
    "extract_text": "verify",
    "readback": "verify",
    "build_docx": "writer",
}

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


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(import_module(f".{_EXPORTS[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
