"""Italic runs (``*x*``, ``_x_``, ``<em>``, ``<i>``) are drawn with the oblique face, which loads only when needed."""

from __future__ import annotations

import io
from typing import Any

import pytest
from fontTools.ttLib import TTFont
from pypdf import PdfReader

from resume_autofix.pdf import STYLES, ResumePDF, build_pdf, draw_resume, readback
from resume_autofix.pdf.build import FONTS_DIR, italic_font, prepared_fonts
from resume_autofix.pdf.fontdata import FontData
from resume_autofix.pdf.layout import FAMILY
from resume_autofix.pdf.linebreak import Metrics
from resume_autofix.pdf.verify import extract_text
from resume_autofix.render import build_view
from tests.cases import THEMES

ITALIC = "Built *fast* engines in _Łódź_, <em>Αθήνα</em> and <i>Москва</i>; **bold _both_** stays bold"


def _fonts(pdf: bytes) -> dict[str, dict[str, Any]]:
    """BaseFont (subset tag removed) → its font descriptor, over every page's font resources."""
    out = {}
    for page in PdfReader(io.BytesIO(pdf)).pages:
        resources: Any = page["/Resources"]
        for ref in resources["/Font"].values():
            font: Any = ref.get_object()
            descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"].get_object()
            out[str(font["/BaseFont"]).split("+", 1)[1]] = dict(descriptor)
    return out


def _resume(highlight: str) -> dict[str, object]:
    return {
        "basics": {"name": "Ada Lovelace"},
        "work": [{"name": "Acme", "position": "Engineer", "highlights": [highlight]}],
    }


@pytest.mark.parametrize("theme", THEMES)
def test_an_italic_run_uses_the_oblique_font_and_reads_back(theme: str) -> None:
    # GIVEN a highlight with every italic syntax, in Latin, Greek and Cyrillic
    view = build_view(_resume(ITALIC))
    pdf, _, missing = build_pdf(view, theme)
    # THEN the oblique face is a font resource, marked italic, and every word reads back in order
    fonts = _fonts(pdf)
    assert set(fonts) == {"ResumeSans-Regular", "ResumeSans-Bold", "ResumeSans-Oblique"}
    assert fonts["ResumeSans-Oblique"]["/ItalicAngle"] == -11
    assert int(fonts["ResumeSans-Oblique"]["/Flags"]) & 0x40  # Italic flag
    assert not int(fonts["ResumeSans-Regular"]["/Flags"]) & 0x40
    assert missing == []
    assert readback(pdf, view)["score"] == 1.0
    assert "Built fast engines in Łódź, Αθήνα and Москва; bold both stays bold" in extract_text(pdf)[0]


def test_the_italic_words_are_drawn_with_the_oblique_font() -> None:
    # GIVEN one italic word among regular ones
    view = build_view(_resume("plain *slanted* plain"))
    pdf, _, _ = build_pdf(view, "modern")
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    seen: list[tuple[str, str]] = []  # (text shown, the font it was shown with)

    def visit(text: str, _cm: object, _tm: object, font_dict: object, _size: object) -> None:
        if font_dict is not None and text.strip():
            seen.append((text.strip(), str(font_dict["/BaseFont"]).split("+", 1)[1]))  # type: ignore[index]

    page.extract_text(visitor_text=visit)
    assert ("slanted", "ResumeSans-Oblique") in seen
    assert [font for text, font in seen if "plain" in text] == ["ResumeSans-Regular"] * 2


def test_documents_without_italic_do_not_embed_or_load_the_oblique_font() -> None:
    # GIVEN fresh metrics whose italic loader counts its calls
    fonts, _ = prepared_fonts()
    calls = []

    def loader() -> FontData:
        calls.append(1)
        return italic_font()

    metrics = Metrics(fonts[""], fonts["B"], None, loader)

    def draw(resume: dict[str, object]) -> bytes:
        pdf = ResumePDF(format="A4")
        pdf.use_fonts(FAMILY, fonts)
        draw_resume(pdf, metrics, build_view(resume), STYLES["classic"])
        return pdf.to_bytes()

    # WHEN a document without italic text is drawn THEN the oblique face is neither loaded nor embedded
    plain_pdf = draw(_resume("**bold** and plain"))
    assert calls == []
    assert "ResumeSans-Oblique" not in _fonts(plain_pdf)
    # WHEN italic documents follow THEN it is loaded once for them all
    draw(_resume("*one*"))
    draw(_resume("_two_"))
    assert calls == [1]


def test_italic_text_is_measured_with_the_oblique_widths() -> None:
    _, metrics = prepared_fonts()
    # « and » are wider in DejaVu Sans Oblique than in DejaVu Sans
    assert metrics.units("«»", "I") == sum(italic_font().widths[ord(c)] for c in "«»")
    assert metrics.units("«»", "I") != metrics.units("«»", "")


def test_the_oblique_font_is_renamed_and_keeps_its_licence() -> None:
    names = TTFont(FONTS_DIR / "ResumeSans-Oblique.ttf")["name"]
    assert names.getDebugName(1) == "ResumeSans"
    assert names.getDebugName(6) == "ResumeSans-Oblique"
    assert "Bitstream" in names.getDebugName(0)
    assert "dejavu" in names.getDebugName(14).lower()
