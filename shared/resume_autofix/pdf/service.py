"""Resume → PDF with a theme, cached in the tiered PDF cache.

The engine is ``build.build_pdf``; this adds validation and the cache. Key:
``pdf:{template_id}:{template_version}:{paper}:{resume_hash}``; the cached value is the PDF with a small JSON
header (pages, undrawable characters), so a hit needs no work beyond one cache get.
"""

from __future__ import annotations

import logging
import struct
from dataclasses import dataclass, field
from typing import Any

import orjson

from ..render.cached import CachedFileRenderer
from ..render.themes import Theme
from .build import build_pdf
from .exceptions import PdfTooLargeError
from .paper import paper_format
from .verify import readback

logger = logging.getLogger(__name__)
#: a Lambda proxy answer is at most 6 MB and base64 grows bytes by 4/3
MAX_PDF_BYTES = 4_400_000
_MAGIC = b"RAPDF1"


def _pack(meta: dict[str, Any], pdf: bytes) -> bytes:
    header = orjson.dumps(meta)
    return _MAGIC + struct.pack(">I", len(header)) + header + pdf


def _unpack(value: bytes) -> tuple[dict[str, Any], bytes]:
    (size,) = struct.unpack_from(">I", value, len(_MAGIC))
    start = len(_MAGIC) + 4
    return orjson.loads(value[start : start + size]), value[start + size :]


@dataclass(frozen=True)
class PdfResult:
    pdf: bytes
    pages: int
    template_id: str
    template_version: str
    paper: str
    resume_hash: str
    missing_characters: list[str] = field(default_factory=list)
    readback: dict[str, Any] | None = None

    @property
    def warnings(self) -> list[str]:
        if not self.missing_characters:
            return []
        shown = " ".join(f"{c} (U+{ord(c):04X})" for c in self.missing_characters[:40])
        more = f" and {len(self.missing_characters) - 40} more" if len(self.missing_characters) > 40 else ""
        return [
            "The PDF fonts have no glyph for these characters; they are drawn as boxes but kept in the text "
            f"layer (copy/paste and ATS parsers read them): {shown}{more}"
        ]


class PdfRenderer(CachedFileRenderer[PdfResult]):
    """Renders resumes to PDF (``render`` is the base's); the cached value carries the page count."""

    kind = "pdf"

    def _paper(self, paper: str | None) -> str:
        return paper_format(paper)

    def _build(self, view: dict[str, Any], theme: Theme, fmt: str) -> bytes:
        pdf, pages, missing = build_pdf(view, theme.id, fmt)
        if len(pdf) > MAX_PDF_BYTES:
            raise PdfTooLargeError(f"The PDF is {len(pdf)} bytes; a Lambda answer holds at most {MAX_PDF_BYTES}")
        return _pack({"pages": pages, "missing": missing}, pdf)

    def _result(self, value: bytes, theme: Theme, fmt: str, digest: str, view: dict[str, Any] | None) -> PdfResult:
        meta, pdf = _unpack(value)
        return PdfResult(
            pdf=pdf,
            pages=meta["pages"],
            template_id=theme.id,
            template_version=theme.version,
            paper=fmt,
            resume_hash=digest,
            missing_characters=meta["missing"],
            readback=readback(pdf, view) if view is not None else None,
        )
