"""Resume → HTML: ATS-safe Jinja2 themes (autoescaped), one view model shared with the PDF layouts.

Names are re-exported lazily (``lazy.exports``, PEP 562): the PDF Lambda imports ``render.view``/``render.markup``
and should not pay for importing Jinja2 on a cold start.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from resume_autofix.lazy import exports

if TYPE_CHECKING:
    from .exceptions import RenderError, UnknownTemplateError
    from .jinja import environment, render_view
    from .markup import Run, parse, plain, to_html
    from .service import HtmlRenderer, RenderResult
    from .themes import DEFAULT_THEME, RENDERER_VERSION, Theme, all_themes, get_theme
    from .view import SECTIONS, build_view

__getattr__ = exports(
    __name__,
    {
        "exceptions": ("RenderError", "UnknownTemplateError"),
        "jinja": ("environment", "render_view"),
        "markup": ("Run", "parse", "plain", "to_html"),
        "service": ("HtmlRenderer", "RenderResult"),
        "themes": ("DEFAULT_THEME", "RENDERER_VERSION", "Theme", "get_theme", "all_themes"),
        "view": ("SECTIONS", "build_view"),
    },
)

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
