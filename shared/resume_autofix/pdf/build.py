"""The PDF engine without caches or validation: fonts parsed once per container, one document per call.

Kept apart from ``service`` so that a cold start that only builds PDFs imports fpdf2 and nothing heavier.
"""

from __future__ import annotations

import logging
from functools import lru_cache
from pathlib import Path
from typing import Any

from .document import ResumePDF
from .fontdata import FontData
from .layout import FAMILY, STYLES
from .layout import draw_resume as _draw
from .linebreak import Metrics
from .paper import paper_format

logger = logging.getLogger(__name__)
FONTS_DIR = Path(__file__).resolve().parent / "fonts"


@lru_cache(maxsize=1)
def fallback_font() -> FontData | None:
    """The CJK fallback (Droid Sans Fallback subset, ~4 MB), parsed on first need only (~35 ms)."""
    path = FONTS_DIR / "ResumeSansCJK-Regular.ttf"
    return FontData.load(path) if path.exists() else None


@lru_cache(maxsize=1)
def italic_font() -> FontData:
    """The oblique face (DejaVu Sans Oblique subset), parsed on first italic run only (most resumes have none)."""
    return FontData.load(FONTS_DIR / "ResumeSans-Oblique.ttf")


@lru_cache(maxsize=1)
def prepared_fonts() -> tuple[dict[str, FontData], Metrics]:
    """The shipped Latin/Greek/Cyrillic fonts, parsed once per container (~10 ms), and their width tables."""
    regular = FontData.load(FONTS_DIR / "ResumeSans-Regular.ttf")
    bold = FontData.load(FONTS_DIR / "ResumeSans-Bold.ttf")
    return {"": regular, "B": bold}, Metrics(regular, bold, fallback_font, italic_font)


def build_pdf(view: dict[str, Any], template_id: str, paper: str = "A4") -> tuple[bytes, int, list[str]]:
    """(PDF bytes, page count, characters drawn as boxes) for a view; no cache."""
    font_data, metrics = prepared_fonts()
    pdf = ResumePDF(format=paper_format(paper))
    pdf.set_creator("resume-autofix")
    pdf.set_title(view["name"] or "Resume")
    pdf.set_lang(view["lang"])
    pdf.use_fonts(FAMILY, font_data)
    _draw(pdf, metrics, view, STYLES[template_id])
    data = pdf.to_bytes()
    return data, pdf.pages_count, pdf.missing_characters()
