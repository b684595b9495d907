"""The font reader and the glyph-id-keeping subsetter, checked against fontTools."""

from __future__ import annotations

import io

import pytest
from fontTools.ttLib import TTFont

from resume_autofix.pdf.build import FONTS_DIR, fallback_font, prepared_fonts
from resume_autofix.pdf.fontdata import FontData, _checksum

FILES = ["ResumeSans-Regular.ttf", "ResumeSans-Bold.ttf", "ResumeSans-Oblique.ttf"]


@pytest.mark.parametrize("file", FILES)
def test_reader_agrees_with_fonttools(file: str) -> None:
    ours = FontData.load(FONTS_DIR / file)
    ref = TTFont(FONTS_DIR / file)
    order = ref.getGlyphOrder()
    assert {cp: order[gid] for cp, gid in ours.cmap.items()} == ref.getBestCmap()
    scale = 1000 / ref["head"].unitsPerEm
    for cp, name in list(ref.getBestCmap().items())[:500]:
        assert ours.widths[cp] == round(ref["hmtx"][name][0] * scale + 0.001)
    assert ours.num_glyphs == ref["maxp"].numGlyphs


@pytest.mark.parametrize(
    ("which", "text"), [("latin", "Łódź Zürich Αθήνα Москва ąęśćżź"), ("cjk", "黒音キト情報処理技術者、한국어")]
)
def test_subset_keeps_glyph_ids_outlines_and_checksums(which: str, text: str) -> None:
    data = prepared_fonts()[0][""] if which == "latin" else fallback_font()
    assert data is not None
    gids = {data.cmap[ord(c)] for c in text if c != " "}
    font_bytes = data.subset(gids)
    assert _checksum(font_bytes) == 0xB1B0AFBA  # head.checkSumAdjustment is right
    sub = TTFont(io.BytesIO(font_bytes), checkChecksums=2)  # raises on a wrong table checksum
    ref = TTFont(data.path)
    sub_glyf, ref_glyf = sub["glyf"], ref["glyf"]
    order = ref.getGlyphOrder()
    for gid in gids:
        name = order[gid]
        ours, theirs = sub_glyf[sub.getGlyphOrder()[gid]], ref_glyf[name]
        if theirs.isComposite():
            # composites keep their components (accented letters are built from base + accent)
            assert [sub.getGlyphID(c.glyphName) for c in ours.components] == [
                ref.getGlyphID(c.glyphName) for c in theirs.components
            ]
        else:
            assert list(ours.getCoordinates(sub_glyf)[0]) == list(theirs.getCoordinates(ref_glyf)[0])
    unused = data.cmap[ord("Q" if which == "latin" else "猫")]
    assert sub_glyf[sub.getGlyphOrder()[unused]].numberOfContours == 0
    assert len(font_bytes) < 0.25 * data.path.stat().st_size


def test_cjk_fallback_has_its_licence_and_is_renamed() -> None:
    licence = (FONTS_DIR / "LICENSE-DroidSansFallback.txt").read_text(encoding="utf-8")
    assert "Apache License" in licence
    assert "Changes" in licence
    names = TTFont(FONTS_DIR / "ResumeSansCJK-Regular.ttf")["name"]
    assert names.getDebugName(1) == "ResumeSansCJK"
    assert "Google" in names.getDebugName(0)


def test_shipped_fonts_have_their_licence_next_to_them() -> None:
    licence = (FONTS_DIR / "LICENSE-DejaVu.txt").read_text(encoding="utf-8")
    assert "Bitstream Vera" in licence
    assert "Arev" in licence
    for file in FILES:
        names = TTFont(FONTS_DIR / file)["name"]
        assert "Bitstream" in names.getDebugName(0)  # copyright notice kept inside the font
        assert "Vera" not in names.getDebugName(1)  # renamed family, as the licence asks
