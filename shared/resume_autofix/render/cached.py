"""The part the file renderers (PDF, DOCX) share: one cached build per theme, paper and resume.

Key: ``{kind}:{template_id}:{template_version}:{paper}:{resume_hash}`` (no user text). A miss validates the resume
(a 400 for an invalid one), then builds the view model and the file; ``kind`` also names the typed cache.
"""

from __future__ import annotations

from typing import Any, ClassVar, Generic, TypeVar

from ..resume import Resume
from .inputs import identify, validate
from .themes import Theme, get_theme
from .view import build_view

ResultT = TypeVar("ResultT")


class CachedFileRenderer(Generic[ResultT]):
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

    def render(
        self,
        resume: Resume | dict[str, Any],
        template_id: str | None = None,
        paper: str | None = None,
        *,
        verify: bool = False,
    ) -> ResultT:
        """The file for ``resume``; with ``verify``, read back against the view model."""
        theme = get_theme(template_id)
        fmt = self._paper(paper)
        data, digest = identify(resume)
        key = f"{self.kind}:{theme.id}:{theme.version}:{fmt}:{digest}"
        view: dict[str, Any] | None = None

        def load() -> bytes:
            nonlocal view
            validate(resume)
            self.builds += 1
            view = build_view(data)
            return self._build(view, theme, fmt)

        value = bytes(self.cache.get_or_load(key, load))
        return self._result(value, theme, fmt, digest, (view or build_view(data)) if verify else None)

    def _paper(self, paper: str | None) -> str:
        """The paper size's canonical name (a 400 for an unknown one)."""
        raise NotImplementedError

    def _build(self, view: dict[str, Any], theme: Theme, fmt: str) -> bytes:
        """The value to cache for a view (an uncached build)."""
        raise NotImplementedError

    def _result(self, value: bytes, theme: Theme, fmt: str, digest: str, view: dict[str, Any] | None) -> ResultT:
        """The result from the cached value; ``view`` is given when the caller asked to verify."""
        raise NotImplementedError
