"""Two words a PDF sets a little apart with no space between them ("JaneEyre" in a large name) are two words."""

from __future__ import annotations

import pytest

from resume_autofix.importer.service import read_document
from tests.unit.importer.rawpdf import one_page_pdf


def _pdf(first: str, kern: int, second: str) -> bytes:
    """A one-page PDF whose name is one TJ array: ``first``, a kerning of ``kern`` thousandths of an em, ``second``
    (no space glyph between them, as XeTeX and LuaTeX set a name in two weights)."""
    content = (
        f"BT /F1 36 Tf 72 700 Td [({first}) {kern} ({second})] TJ ET\nBT /F1 11 Tf 72 670 Td (jane@example.com) Tj ET\n"
    ).encode()
    return one_page_pdf(content)


@pytest.mark.parametrize("kern", [-60, -100])
def test_a_name_set_a_tenth_of_an_em_apart_is_two_words(kern: int) -> None:
    lines = read_document(_pdf("Jane", kern, "Eyre"), "cv.pdf").lines
    assert lines[0].text == "Jane Eyre"


def test_a_name_whose_letters_stand_as_close_as_any_stays_one_word() -> None:
    lines = read_document(_pdf("Mc", 0, "Donald"), "cv.pdf").lines
    assert lines[0].text == "McDonald"
