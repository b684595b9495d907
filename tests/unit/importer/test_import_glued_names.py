"""Two words a PDF sets a little apart with no space between them ("JaneEyre" in a large name) are two words."""

from __future__ import annotations

import pytest

from resume_autofix.importer.service import read_document


def _pdf(first: str, kern: int, second: str) -> bytes:
    """A one-page PDF whose name is one TJ array: ``first``, a kerning of ``kern`` thousandths of an em, ``second``
    (no space glyph between them, as XeTeX and LuaTeX set a name in two weights)."""
    content = (
        f"BT /F1 36 Tf 72 700 Td [({first}) {kern} ({second})] TJ ET\nBT /F1 11 Tf 72 670 Td (jane@example.com) Tj ET\n"
    ).encode()
    objects = [
        b"<</Type/Catalog/Pages 2 0 R>>",
        b"<</Type/Pages/Kids[3 0 R]/Count 1>>",
        b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]/Resources<</Font<</F1 4 0 R>>>>/Contents 5 0 R>>",
        b"<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>",
        b"<</Length %d>>stream\n" % len(content) + content + b"endstream",
    ]
    out, offsets = b"%PDF-1.4\n", []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    return out + b"trailer <</Size %d/Root 1 0 R>>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)


@pytest.mark.parametrize("kern", [-60, -100])
def test_a_name_set_a_tenth_of_an_em_apart_is_two_words(kern: int) -> None:
    lines = read_document(_pdf("Jane", kern, "Eyre"), "cv.pdf").lines
    assert lines[0].text == "Jane Eyre"


def test_a_name_whose_letters_stand_as_close_as_any_stays_one_word() -> None:
    lines = read_document(_pdf("Mc", 0, "Donald"), "cv.pdf").lines
    assert lines[0].text == "McDonald"
