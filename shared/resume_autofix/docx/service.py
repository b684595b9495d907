"""Resume → DOCX with a theme, cached in the tiered DOCX cache.

The engine is ``writer.build_docx``; this adds validation and the cache. Key:
``docx:{template_id}:{template_version}:{paper}:{resume_hash}`` (no user text); the cached value is the file.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..pdf.paper import paper_format
from ..render.inputs import identify, validate
from ..render.themes import get_theme
from ..render.view import build_view
from ..resume import Resume
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


class DocxRenderer:
    """Renders resumes to DOCX; build one per container. ``builds`` counts actual (uncached) builds."""

    def __init__(self, cache: Any = None) -> None:
        self._cache = cache
        self.builds = 0

    @property
    def cache(self) -> Any:
        if self._cache is None:
            from resume_autofix.cache import cache_manager  # noqa: PLC0415 - lazy: the manager reads settings

            return cache_manager.get_docx_cache()
        return self._cache

    def render(
        self,
        resume: Resume | dict[str, Any],
        template_id: str | None = None,
        paper: str | None = None,
        *,
        verify: bool = False,
    ) -> DocxResult:
        theme = get_theme(template_id)
        fmt = paper_format(paper)
        data, digest = identify(resume)
        key = f"docx:{theme.id}:{theme.version}:{fmt}:{digest}"
        view: dict[str, Any] | None = None

        def load() -> bytes:
            nonlocal view
            validate(resume)
            self.builds += 1
            view = build_view(data)
            docx = build_docx(view, theme.id, fmt)
            if len(docx) > MAX_DOCX_BYTES:
                raise DocxTooLargeError(
                    f"The DOCX is {len(docx)} bytes; a Lambda answer holds at most {MAX_DOCX_BYTES}"
                )
            return docx

        docx = bytes(self.cache.get_or_load(key, load))
        report = readback(docx, view or build_view(data)) if verify else None
        return DocxResult(docx, theme.id, theme.version, fmt, digest, report)
