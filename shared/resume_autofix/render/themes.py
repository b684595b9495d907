"""The shipped themes: ``themes/<id>/theme.json`` (name, description, version) + ``template.html.j2``.

A theme's cache version is its declared version plus a short hash of its files, the shared base template and
``RENDERER_VERSION``: editing a theme (or the shared view code, with a bump of ``RENDERER_VERSION``) changes every
key that holds its output, so stale HTML/PDF is never served after a deploy.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from .exceptions import UnknownTemplateError

THEMES_DIR = Path(__file__).resolve().parent / "themes"
#: bump when view.py / markup.py / the PDF layout change what any theme produces
RENDERER_VERSION = "3"
DEFAULT_THEME = "classic"


@dataclass(frozen=True)
class Theme:
    id: str
    name: str
    description: str
    declared_version: str
    version: str  # declared version + content hash, safe in a cache key
    template: str  # Jinja2 template name

    def describe(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "description": self.description, "version": self.version}


@lru_cache(maxsize=1)
def all_themes() -> dict[str, Theme]:
    """Every theme, read once per container, keyed by id (sorted)."""
    base = (THEMES_DIR / "_base.html.j2").read_bytes()
    found: dict[str, Theme] = {}
    for meta_path in sorted(THEMES_DIR.glob("*/theme.json")):
        folder = meta_path.parent
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        digest = hashlib.sha256(base + RENDERER_VERSION.encode())
        for file in sorted(folder.iterdir()):
            digest.update(file.name.encode() + b"\0" + file.read_bytes())
        theme_id = folder.name
        found[theme_id] = Theme(
            id=theme_id,
            name=str(meta.get("name", theme_id)),
            description=str(meta["description"]),
            declared_version=str(meta["version"]),
            version=f"{meta['version']}-{digest.hexdigest()[:10]}",
            template=f"{theme_id}/template.html.j2",
        )
    return found


def get_theme(template_id: object) -> Theme:
    """The theme ``template_id`` names (``None``/"" → the default), or ``UnknownTemplateError`` (a 404)."""
    if template_id is None or template_id == "":
        template_id = DEFAULT_THEME
    available = all_themes()
    if isinstance(template_id, str) and template_id in available:
        return available[template_id]
    raise UnknownTemplateError(template_id, sorted(available))
