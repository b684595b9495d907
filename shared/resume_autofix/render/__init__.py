"""Resume → HTML: ATS-safe Jinja2 themes (autoescaped), one view model shared with the PDF layouts."""

from __future__ import annotations

from .environment import environment
from .exceptions import RenderError, UnknownTemplateError
from .markup import Run, parse, plain, to_html
from .service import HtmlRenderer, RenderResult, prepare, render_view
from .themes import DEFAULT_THEME, RENDERER_VERSION, Theme, get_theme, themes
from .view import SECTIONS, build_view

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
    "build_view",
    "environment",
    "get_theme",
    "parse",
    "plain",
    "prepare",
    "render_view",
    "themes",
    "to_html",
]
