"""Resume → DOCX with a theme, cached in the tiered DOCX cache.

The engine is ``writer.build_docx``; this adds validation and the cache. Key:
``docx:{template_id}:{template_version}:{paper}:{resume_hash}`` (no user text); the cached value is the file.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..pdf.paper import paper_format
from ..render.cached import CachedFileRenderer
from ..render.themes import Theme
from .exceptions import DocxTooLargeError
from .verify import readback
from .writer import build_docx

#: a Lambda proxy answer is at most 6 MB and base64 grows bytes by 4/3
MAX_DOCX_BYTES = 4_400_000
MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


@dataclass(frozen=True)
class DocxResult:
    docx: bytes
    template_id: str
    template_version: str
    paper: str
    resume_hash: str
    readback: dict[str, Any] | None = None


class DocxRenderer(CachedFileRenderer[DocxResult]):
    """Renders resumes to Word files (``render`` is the base's)."""

    kind = "docx"

    def _paper(self, paper: str | None) -> str:
        return paper_format(paper)

    def _build(self, view: dict[str, Any], theme: Theme, fmt: str) -> bytes:
        docx = build_docx(view, theme.id, fmt)
        if len(docx) > MAX_DOCX_BYTES:
            raise DocxTooLargeError(f"The DOCX is {len(docx)} bytes; a Lambda answer holds at most {MAX_DOCX_BYTES}")
        return docx

    def _result(self, value: bytes, theme: Theme, fmt: str, digest: str, view: dict[str, Any] | None) -> DocxResult:
        report = readback(value, view) if view is not None else None
        return DocxResult(value, theme.id, theme.version, fmt, digest, report)
