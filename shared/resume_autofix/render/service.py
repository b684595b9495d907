"""Resume → HTML with a theme, cached in the tiered template cache.

The cache is looked up by the resume's hash first; a miss validates (a 400 for an invalid resume), then renders.
Key: ``render:{template_id}:{template_version}:{resume_hash}`` — the theme id is a validated known id, the version
changes with the theme's files, and the hash is the canonical SHA-256 of the resume (no user text in the key).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from resume_autofix.resume import Resume

from .inputs import identify, validate
from .jinja import render_view
from .themes import all_themes, get_theme
from .view import build_view

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class RenderResult:
    html: str
    template_id: str
    template_version: str
    resume_hash: str


class HtmlRenderer:
    """Renders resumes to HTML; build one per container and reuse it.

    ``cache`` is a typed cache from ``cache_manager`` (default: the template cache), looked up lazily so that
    tests can swap the cache manager's state. ``renders`` counts actual (uncached) renders.
    """

    def __init__(self, cache: Any = None) -> None:
        self._cache = cache
        self.renders = 0

    @property
    def cache(self) -> Any:
        if self._cache is None:
            from resume_autofix.cache import cache_manager  # noqa: PLC0415 - lazy: the manager reads settings

            return cache_manager.get_template_cache()
        return self._cache

    @staticmethod
    def templates() -> list[dict[str, Any]]:
        """The themes with ids, names, descriptions and versions (for GET /api/templates)."""
        return [t.describe() for t in all_themes().values()]

    def render(self, resume: Resume | dict[str, Any], template_id: str | None = None) -> RenderResult:
        theme = get_theme(template_id)
        data, digest = identify(resume)
        key = f"render:{theme.id}:{theme.version}:{digest}"

        def load() -> str:
            validate(resume)
            self.renders += 1
            return render_view(build_view(data), theme)

        html = self.cache.get_or_load(key, load)
        return RenderResult(html=html, template_id=theme.id, template_version=theme.version, resume_hash=digest)
