"""Resume → HTML: ATS-safe Jinja2 themes (autoescaped), one view model shared with the PDF layouts.

Names are re-exported lazily (PEP 562): the PDF Lambda imports ``render.view``/``render.markup`` and should not
pay for importing Jinja2 on a cold start.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .exceptions import RenderError, UnknownTemplateError
    from .jinja import environment, render_view
    from .markup import Run, parse, plain, to_html
    from .service import HtmlRenderer, RenderResult
    from .themes import DEFAULT_THEME, RENDERER_VERSION, Theme, all_themes, get_theme
    from .view import SECTIONS, build_view

_EXPORTS = {
    "environment": "jinja",
    "RenderError": "exceptions",
    "UnknownTemplateError": "exceptions",
    "Run": "markup",
    "parse": "markup",
    "plain": "markup",
    "to_html": "markup",
    "HtmlRenderer": "service",
    "RenderResult": "service",
    "render_view": "jinja",
    "DEFAULT_THEME": "themes",
    "RENDERER_VERSION": "themes",
    "Theme": "themes",
    "get_theme": "themes",
    "all_themes": "themes",
    "SECTIONS": "view",
    "build_view": "view",
}

__all__ = [
    "DEFAULT_THEME",
    "RENDERER_VERSION",
    "SECTIONS",
    "HtmlRenderer",
    "RenderError",
    "RenderResult",
    "Run",
    "Theme",
    "UnknownTemplateError",
    "all_themes",
    "build_view",
    "environment",
    "get_theme",
    "parse",
    "plain",
    "render_view",
    "to_html",
]


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(import_module(f".{_EXPORTS[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
