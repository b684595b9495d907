"""The part the file renderers (PDF, DOCX) share: one cached build per theme, paper and resume.

Key: ``{kind}:{template_id}:{template_version}:{paper}:{resume_hash}`` (no user text). A miss validates the resume
(a 400 for an invalid one), then builds the view model and the file; ``kind`` also names the typed cache.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

from ..resume import Resume
from .inputs import identify, validate
from .themes import Theme
from .view import build_view


class CachedFileRenderer:
    """Base of the file renderers; build one per container. ``builds`` counts actual (uncached) builds."""

    #: the key prefix, and the ``cache_manager.get_{kind}_cache`` that holds the files
    kind: ClassVar[str]

    def __init__(self, cache: Any = None) -> None:
        self._cache = cache
        self.builds = 0

    @property
    def cache(self) -> Any:
        if self._cache is None:
            from resume_autofix.cache import cache_manager  # noqa: PLC0415 - lazy: the manager reads settings

            return getattr(cache_manager, f"get_{self.kind}_cache")()
        return self._cache

    def _cached(
        self,
        resume: Resume | dict[str, Any],
        theme: Theme,
        fmt: str,
        build: Callable[[dict[str, Any]], bytes],
        *,
        want_view: bool = False,
    ) -> tuple[bytes, str, dict[str, Any] | None]:
        """The cached value, the resume's hash and (with ``want_view``, or after a build) the view model."""
        data, digest = identify(resume)
        key = f"{self.kind}:{theme.id}:{theme.version}:{fmt}:{digest}"
        view: dict[str, Any] | None = None

        def load() -> bytes:
            nonlocal view
            validate(resume)
            self.builds += 1
            view = build_view(data)
            return build(view)

        value = bytes(self.cache.get_or_load(key, load))
        if want_view and view is None:
            view = build_view(data)
        return value, digest, view
