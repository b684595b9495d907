"""The Jinja2 environment: built once per container, autoescape on for every template."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from jinja2 import Environment, FileSystemLoader, TemplateError, select_autoescape

from .exceptions import RenderError
from .markup import to_html
from .themes import THEMES_DIR, Theme


@lru_cache(maxsize=1)
def environment() -> Environment:
    """Compiled templates are kept by Jinja2's own cache for the life of the container (``auto_reload`` off)."""
    env = Environment(
        loader=FileSystemLoader(str(THEMES_DIR)),
        autoescape=select_autoescape(enabled_extensions=("j2", "html"), default=True, default_for_string=True),
        auto_reload=False,
        cache_size=64,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["inline"] = to_html
    return env


def render_view(view: dict[str, Any], theme: Theme) -> str:
    """The HTML of an already built view (no cache)."""
    try:
        return environment().get_template(theme.template).render(view=view)
    except TemplateError as exc:
        raise RenderError(f"Theme {theme.id!r} failed to render: {exc}") from exc
