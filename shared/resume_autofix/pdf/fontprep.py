"""Build the shipped font files (run by a developer, not at run time).

``python -m resume_autofix.pdf.fontprep`` cuts DejaVu Sans (Regular and Bold, from Debian's fonts-dejavu-core) down
to the scripts a resume in a European language needs: Latin with every extension, Greek, Cyrillic, punctuation,
currency and a few symbols. Hinting, OpenType layout tables (no ligatures, so text reads back letter by letter) and
bitmap tables are dropped, which takes each file from ~750 KB to well under 200 KB; the family is renamed
(the Bitstream Vera licence asks that modified fonts do not carry "Bitstream" or "Vera" in their names).
"""

from __future__ import annotations

import sys
from pathlib import Path

SOURCE_DIR = Path("/usr/share/fonts/truetype/dejavu")
TARGET_DIR = Path(__file__).resolve().parent / "fonts"
FONTS = {"DejaVuSans.ttf": "ResumeSans-Regular.ttf", "DejaVuSans-Bold.ttf": "ResumeSans-Bold.ttf"}
FAMILY = "ResumeSans"

#: Unicode blocks kept: Basic Latin .. Latin Extended-B, IPA, spacing modifiers, combining marks, Greek, Cyrillic
#: (+ supplement), Latin Extended Additional (Vietnamese), Greek Extended, punctuation, super/subscripts, currency,
#: letterlike (™ №), number forms, arrows, a few math operators, box/geometric shapes (bullets), misc symbols.
RANGES: tuple[tuple[int, int], ...] = (
    (0x0020, 0x024F), (0x0250, 0x02FF), (0x0300, 0x036F), (0x0370, 0x03FF), (0x0400, 0x052F),
    (0x1E00, 0x1EFF), (0x1F00, 0x1FFF), (0x2000, 0x206F), (0x2070, 0x209F), (0x20A0, 0x20CF),
    (0x2100, 0x214F), (0x2150, 0x218F), (0x2190, 0x21FF), (0x2200, 0x22FF), (0x2500, 0x25FF),
    (0x2600, 0x26FF), (0x2700, 0x27BF), (0xFB00, 0xFB06), (0xFFFD, 0xFFFD),
)


def build(source_dir: Path = SOURCE_DIR, target_dir: Path = TARGET_DIR) -> list[Path]:
    """Write the subset fonts into ``target_dir`` and return their paths."""
    from fontTools import subset as ftsubset  # noqa: PLC0415 - a build-time tool only
    from fontTools.ttLib import TTFont  # noqa: PLC0415

    unicodes = [cp for lo, hi in RANGES for cp in range(lo, hi + 1)]
    written = []
    for src, dst in FONTS.items():
        font = TTFont(source_dir / src, recalcTimestamp=False)
        options = ftsubset.Options()
        options.hinting = False
        options.layout_features = []
        options.drop_tables += ["GSUB", "GPOS", "GDEF", "kern", "hdmx", "FFTM", "MATH", "VDMX", "LTSH"]
        options.name_IDs = [0, 1, 2, 3, 4, 5, 6, 13, 14]  # keep copyright, licence and licence URL
        options.notdef_outline = True
        options.glyph_names = False
        subsetter = ftsubset.Subsetter(options)
        subsetter.populate(unicodes=unicodes)
        subsetter.subset(font)
        style = "Bold" if "Bold" in src else "Regular"
        name = font["name"]
        # Windows/Unicode English records only: the Mac duplicates would be embedded in every PDF for nothing
        name.names = [r for r in name.names if r.platformID == 3 and r.langID == 0x409]
        for record in list(name.names):
            if record.nameID in (1, 16):
                record.string = FAMILY
            elif record.nameID in (3, 4):
                record.string = f"{FAMILY} {style}"
            elif record.nameID == 6:
                record.string = f"{FAMILY}-{style}"
            elif record.nameID == 17:
                record.string = style
        out = target_dir / dst
        font.save(out)
        written.append(out)
    return written


if __name__ == "__main__":  # pragma: no cover - developer tool
    for path in build(*(Path(a) for a in sys.argv[1:3])):
        print(path, path.stat().st_size)
