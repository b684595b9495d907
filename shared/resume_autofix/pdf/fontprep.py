"""Build the shipped font files (run by a developer, not at run time).

``python -m resume_autofix.pdf.fontprep`` cuts DejaVu Sans (Regular and Bold, from Debian's fonts-dejavu-core, and
Oblique, from fonts-dejavu-extra, both 2.37-6) down to the scripts a resume in a European language needs: Latin
with every extension, Greek, Cyrillic, punctuation, currency and a few symbols. Hinting, OpenType layout tables
(no ligatures, so text reads back letter by letter) and bitmap tables are dropped, which takes each file from
~700 KB to ~260 KB; the family is renamed (the Bitstream Vera licence asks that modified fonts do not carry
"Bitstream" or "Vera" in their names).
"""

from __future__ import annotations

import sys
from pathlib import Path

SOURCE_DIR = Path("/usr/share/fonts/truetype/dejavu")
TARGET_DIR = Path(__file__).resolve().parent / "fonts"
FONTS = {
    "DejaVuSans.ttf": "ResumeSans-Regular.ttf",
    "DejaVuSans-Bold.ttf": "ResumeSans-Bold.ttf",
    "DejaVuSans-Oblique.ttf": "ResumeSans-Oblique.ttf",
}
FAMILY = "ResumeSans"
#: Droid Sans Fallback (Apache-2.0, Debian fonts-droid-fallback: ``apt-get download fonts-droid-fallback`` and
#: ``dpkg-deb -x`` it): TrueType outlines for Han, kana and Hangul, loaded only by documents that need them.
CJK_SOURCE = Path("/usr/share/fonts-droid-fallback/truetype/DroidSansFallback.ttf")
CJK_TARGET = "ResumeSansCJK-Regular.ttf"
CJK_FAMILY = "ResumeSansCJK"
CJK_RANGES: tuple[tuple[int, int], ...] = (
    (0x1100, 0x11FF),
    (0x2E80, 0x2FDF),
    (0x3000, 0x303F),
    (0x3040, 0x30FF),
    (0x3100, 0x31FF),
    (0x3200, 0x33FF),
    (0x3400, 0x4DBF),
    (0x4E00, 0x9FFF),
    (0xA960, 0xA97F),
    (0xAC00, 0xD7AF),
    (0xD7B0, 0xD7FF),
    (0xF900, 0xFAFF),
    (0xFE30, 0xFE4F),
    (0xFF00, 0xFFEF),
)

#: Unicode blocks kept: Basic Latin .. Latin Extended-B, IPA, spacing modifiers, combining marks, Greek, Cyrillic
#: (+ supplement), Latin Extended Additional (Vietnamese), Greek Extended, punctuation, super/subscripts, currency,
#: letterlike (™ №), number forms, arrows, a few math operators, box/geometric shapes (bullets), misc symbols.
RANGES: tuple[tuple[int, int], ...] = (
    (0x0020, 0x024F),
    (0x0250, 0x02FF),
    (0x0300, 0x036F),
    (0x0370, 0x03FF),
    (0x0400, 0x052F),
    (0x1E00, 0x1EFF),
    (0x1F00, 0x1FFF),
    (0x2000, 0x206F),
    (0x2070, 0x209F),
    (0x20A0, 0x20CF),
    (0x2100, 0x214F),
    (0x2150, 0x218F),
    (0x2190, 0x21FF),
    (0x2200, 0x22FF),
    (0x2500, 0x25FF),
    (0x2600, 0x26FF),
    (0x2700, 0x27BF),
    (0xFB00, 0xFB06),
    (0xFFFD, 0xFFFD),
)


def build(source_dir: Path = SOURCE_DIR, target_dir: Path = TARGET_DIR, cjk_source: Path = CJK_SOURCE) -> list[Path]:
    """Write the subset fonts into ``target_dir`` and return their paths."""
    jobs = [(source_dir / src, target_dir / dst, FAMILY, RANGES) for src, dst in FONTS.items()]
    if cjk_source.exists():
        jobs.append((cjk_source, target_dir / CJK_TARGET, CJK_FAMILY, CJK_RANGES))
    return [_subset(*job) for job in jobs]


def _subset(src: Path, out: Path, family: str, ranges: tuple[tuple[int, int], ...]) -> Path:
    from fontTools import subset as ftsubset  # noqa: PLC0415 - a build-time tool only
    from fontTools.ttLib import TTFont  # noqa: PLC0415

    unicodes = [cp for lo, hi in ranges for cp in range(lo, hi + 1)]
    font = TTFont(src, recalcTimestamp=False)
    options = ftsubset.Options()
    options.hinting = False
    options.layout_features = []
    options.drop_tables += ["GSUB", "GPOS", "GDEF", "kern", "hdmx", "FFTM", "MATH", "VDMX", "LTSH", "vhea", "vmtx"]
    options.name_IDs = [0, 1, 2, 3, 4, 5, 6, 13, 14]  # keep copyright, licence and licence URL
    options.notdef_outline = True
    options.glyph_names = False
    subsetter = ftsubset.Subsetter(options)
    subsetter.populate(unicodes=unicodes)
    subsetter.subset(font)
    style = "Bold" if "Bold" in src.name else "Oblique" if "Oblique" in src.name else "Regular"
    name = font["name"]
    # Windows/Unicode English records only: the Mac duplicates would be embedded in every PDF for nothing
    name.names = [r for r in name.names if r.platformID == 3 and r.langID == 0x409]
    for record in list(name.names):
        if record.nameID in (1, 16):
            record.string = family
        elif record.nameID in (3, 4):
            record.string = f"{family} {style}"
        elif record.nameID == 6:
            record.string = f"{family}-{style}"
        elif record.nameID == 17:
            record.string = style
    font.save(out)
    return out


if __name__ == "__main__":  # pragma: no cover - developer tool
    for path in build(*(Path(a) for a in sys.argv[1:4])):
        print(path, path.stat().st_size)
