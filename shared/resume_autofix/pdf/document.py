"""fpdf2 with fonts prepared once per container.

``ResumeFont`` is an fpdf2 ``TTFFont`` built from a shared ``FontData`` in microseconds (fpdf2's constructor parses
the TTF with fontTools for every document). ``ResumeOutputProducer`` (passed to ``FPDF.output`` through its
``output_producer_class`` hook) embeds each ``ResumeFont`` with ``FontData.subset``, which keeps glyph ids, so
the fontTools subsetter never runs. Relies on fpdf2 internals (``fonts``, ``OutputProducer._add_fonts``); fpdf2 is
pinned in shared/requirements.txt and the PDF tests read every document back.

The layout sends CJK to the fallback font (``layout._Writer.put``). A character no shipped font has (emoji, rare
scripts) is still written: it gets its own code, drawn with the font's .notdef box and mapped to the real character
in the ``ToUnicode`` CMap, so copy/paste and ATS parsers get the text back; it is listed in ``missing`` so the answer
can warn about it. Nothing is dropped or turned into "?".
"""

from __future__ import annotations

import sys
import unicodedata
from array import array
from typing import Any

from fpdf import FPDF
from fpdf.enums import FontDescriptorFlags, PDFResourceType, TextEmphasis
from fpdf.fonts import CoreFont, PDFFontDescriptor, TTFFont
from fpdf.output import CIDSystemInfo, OutputProducer, PDFFont, PDFFontStream
from fpdf.syntax import Name, PDFArray, PDFContentStream
from fpdf.util import escape_parens

from .fontdata import FontData

_TO_UNICODE_HEAD = (
    "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
    "/CIDSystemInfo\n<</Registry (Adobe)\n/Ordering (UCS)\n/Supplement 0\n>> def\n"
    "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"
)
_TO_UNICODE_TAIL = "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend"


def char_width(data: FontData, cp: int) -> int:
    """Advance of ``cp`` in 1/1000 em; a missing character takes an em (wide scripts) or the .notdef width."""
    width = data.widths.get(cp)
    if width is not None:
        return width
    if unicodedata.combining(chr(cp)) or unicodedata.category(chr(cp)) in ("Mn", "Cf"):
        return 0
    return 1000 if unicodedata.east_asian_width(chr(cp)) in ("W", "F") else data.missing_width


class _CodeMap:
    """Per-document code assignment: code n (1-based, in order of first use) → (glyph id, code point, width)."""

    def __init__(self, data: FontData) -> None:
        self._data = data
        self._codes: dict[int, int] = {}
        #: ``str.translate`` table code point -> chr(code): encoding a string is then one C call
        self.table: dict[int, str] = {}
        self._known: set[str] = set()
        self.entries: list[tuple[int, int, int]] = []
        self.missing: list[int] = []

    def code(self, cp: int) -> int:
        code = self._codes.get(cp)
        if code is None:
            gid = self._data.cmap.get(cp, 0)
            if not gid:
                self.missing.append(cp)
            if len(self.entries) >= 0xD7FF:  # codes must stay below the UTF-16 surrogates
                raise ValueError("too many distinct characters for one font in one document")
            self.entries.append((gid, cp, char_width(self._data, cp)))
            code = self._codes[cp] = len(self.entries)
            self.table[cp] = chr(code)
        return code

    def encode(self, text: str) -> bytes:
        """``text`` as big-endian 2-byte codes (Identity-H)."""
        table = self.table
        if not self._known.issuperset(text):
            for ch in dict.fromkeys(text):
                if ch not in self._known:
                    self.code(ord(ch))
                    self._known.add(ch)
        return text.translate(table).encode("utf-16-be")

    # fpdf2 reads ``font.subset.items()`` when it needs the glyphs (e.g. text-quad recording)
    def items(self) -> list[tuple[Any, int]]:
        return [(None, i + 1) for i in range(len(self.entries))]


class ResumeFont(TTFFont):
    """An fpdf2 TTF font sharing one parsed ``FontData``; created per document in microseconds."""

    __slots__ = ("data",)

    def __init__(self, fpdf: FPDF, data: FontData, fontkey: str, style: str) -> None:
        # TTFFont.__init__ is skipped on purpose: it parses the file with fontTools.
        self.i = len(fpdf.fonts) + 1
        self.type = "TTF"
        self.data = data
        self.name = data.postscript_name
        self.fontkey = fontkey
        self.ttffile = data.path
        self.ttfont = None
        self._hbfont = None
        self.is_compressed = self.is_cff = self.is_cid_keyed = self.is_symbol = False
        self.cff_ros = None
        self.collection_font_number = 0
        self.biggest_size_pt = 0
        self.scale = 1000 / data.units_per_em
        self.cw = data.widths  # type: ignore[assignment]
        self.cmap = data.cmap  # type: ignore[assignment]
        self.glyph_ids = data.cmap
        self.up, self.ut = data.underline_position, data.underline_thickness
        self.sp, self.ss = 250, 50
        self.emphasis = TextEmphasis.coerce(style)
        self.subset = _CodeMap(data)  # type: ignore[assignment]
        self.missing_glyphs = self.subset.missing  # type: ignore[attr-defined]
        self.palette_index = 0
        self.color_font = None
        self.unicode_range = None
        flags = FontDescriptorFlags.SYMBOLIC
        if data.weight_class >= 600:
            flags |= FontDescriptorFlags.FORCE_BOLD
        if data.italic_angle:
            flags |= FontDescriptorFlags.ITALIC
        self.desc = PDFFontDescriptor(
            ascent=data.ascent,
            descent=data.descent,
            cap_height=data.cap_height,
            flags=flags,
            font_b_box="[{} {} {} {}]".format(*data.bbox),
            italic_angle=data.italic_angle,
            stem_v=round(50 + int(pow(data.weight_class / 65, 2))),
            missing_width=data.missing_width,
        )

    def encode_text(self, text: str) -> str:
        encoded = self.subset.encode(text)  # type: ignore[attr-defined]
        return f"({escape_parens(encoded.decode('latin-1'))}) Tj"

    def get_text_width(
        self,
        text: str,
        font_size_pt: float,
        text_shaping_params: Any = None,  # noqa: ARG002 - fpdf2's signature
    ) -> tuple[int, float]:
        self.biggest_size_pt = max(self.biggest_size_pt, font_size_pt)
        return len(text), sum(char_width(self.data, ord(c)) for c in text) * font_size_pt * 0.001

    def close(self) -> None:
        """Nothing to close: the shared ``FontData`` outlives the document."""

    def __repr__(self) -> str:
        return f"ResumeFont(i={self.i}, fontkey={self.fontkey})"


class ResumeOutputProducer(OutputProducer):
    """fpdf2's producer, embedding ``ResumeFont`` subsets without fontTools."""

    def _add_fonts(self, *args: Any, **kwargs: Any) -> dict[int, Any]:  # noqa: ARG002 - fpdf2 passes resources we do not need
        result: dict[int, Any] = {}
        for font in sorted(self.fpdf.fonts.values(), key=lambda f: f.i):
            if isinstance(font, ResumeFont):
                result[font.i] = self._add_resume_font(font)
            elif isinstance(font, CoreFont):
                encoding = "WinAnsiEncoding" if font.name not in ("Symbol", "ZapfDingbats") else None
                obj = PDFFont(subtype="Type1", base_font=font.name, encoding=encoding)
                self._add_pdf_obj(obj, "fonts")
                result[font.i] = obj
            else:  # pragma: no cover - documents are built only with the fonts above
                raise TypeError(f"unsupported font {font!r}")
        return result

    def _add_resume_font(self, font: ResumeFont) -> PDFFont:
        codes: _CodeMap = font.subset  # type: ignore[assignment]
        entries = codes.entries
        fontname = f"RSAAAA+{font.name}"
        composite = PDFFont(subtype="Type0", base_font=fontname, encoding="Identity-H")
        self._add_pdf_obj(composite, "fonts")
        widths = " ".join(str(w) for _, _, w in entries)
        cid_font = PDFFont(subtype="CIDFontType2", base_font=fontname, d_w=font.data.missing_width, w=f"[1 [{widths}]]")
        self._add_pdf_obj(cid_font, "fonts")
        composite.descendant_fonts = PDFArray([cid_font])

        bfchars = [f"<{i + 1:04X}> <{_utf16_hex(cp)}>\n" for i, (_, cp, _) in enumerate(entries)]
        blocks = "".join(
            f"{len(chunk)} beginbfchar\n{''.join(chunk)}endbfchar\n"
            for chunk in (bfchars[i : i + 100] for i in range(0, len(bfchars), 100))
        )
        to_unicode = PDFContentStream((_TO_UNICODE_HEAD + blocks + _TO_UNICODE_TAIL).encode("latin-1"), compress=True)
        self._add_pdf_obj(to_unicode, "fonts")
        composite.to_unicode = to_unicode

        system_info = CIDSystemInfo()
        self._add_pdf_obj(system_info, "fonts")
        cid_font.c_i_d_system_info = system_info

        descriptor = font.desc
        descriptor.font_name = Name(fontname)
        self._add_pdf_obj(descriptor, "fonts")
        cid_font.font_descriptor = descriptor

        gid_map = array("H", [0] + [gid for gid, _, _ in entries])
        if sys.byteorder == "little":
            gid_map.byteswap()
        cid_to_gid = PDFContentStream(gid_map.tobytes(), compress=True)
        self._add_pdf_obj(cid_to_gid, "fonts")
        cid_font.c_i_d_to_g_i_d_map = cid_to_gid

        font_file = _FastFontStream(font.data.subset({gid for gid, _, _ in entries if gid}))
        self._add_pdf_obj(font_file, "fonts")
        descriptor.font_file2 = font_file  # type: ignore[attr-defined]
        return composite


class _FastFontStream(PDFFontStream):
    """Level-1 deflate for the embedded subset: ~2x faster than the default for ~7% more bytes."""

    _COMPRESSION_LEVEL = 1


def _utf16_hex(cp: int) -> str:
    if cp > 0xFFFF:
        cp -= 0x10000
        return f"{0xD800 | (cp >> 10):04X}{0xDC00 | (cp & 0x3FF):04X}"
    return f"{cp:04X}"


class ResumePDF(FPDF):
    """An ``FPDF`` whose TTF fonts come from shared ``FontData`` (see ``use_fonts``)."""

    def use_fonts(self, family: str, fonts: dict[str, FontData]) -> None:
        """Register ``fonts`` (style "" or "B" → data) under ``family`` for this document."""
        for style, data in fonts.items():
            key = f"{family.lower()}{style}"
            self.fonts[key] = ResumeFont(self, data, key, style)

    def ensure_font(self, fontkey: str, data: FontData) -> None:
        """Register a font on first use (the CJK fallback is embedded only in documents that draw with it)."""
        if fontkey not in self.fonts:
            self.fonts[fontkey] = ResumeFont(self, data, fontkey, "")

    def put_text(self, x: float, y: float, text: str, fontkey: str, *, size: float, color: str = "0 g") -> None:
        """Draw ``text`` with its baseline at (x, y) mm: fpdf2's ``text()`` without its per-call overhead.

        ``color`` is a PDF fill-colour operator ("0 g", "0.043 0.325 0.58 rg").
        """
        font = self.fonts[fontkey]
        state = (self.page, font.i, size, color)
        last = self._text_state
        ops = []
        if last is None or last[0] != self.page or last[1] != font.i or last[2] != size:
            self._resource_catalog.add(PDFResourceType.FONT, font.i, self.page)
            ops.append(f"/F{font.i} {size:.2f} Tf")
        if last is None or last[0] != self.page or last[3] != color:
            ops.append(color)
        k = self.k
        ops.append(f"{x * k:.2f} {(self.h - y) * k:.2f} Td {font.encode_text(text)}")
        self._out(f"BT {' '.join(ops)} ET")
        self._text_state = state

    _text_state: tuple[int, int, float, str] | None = None

    def missing_characters(self) -> list[str]:
        """Characters drawn as .notdef boxes (still in the text layer), in order of first use, de-duplicated."""
        seen: dict[str, None] = {}
        for font in self.fonts.values():
            if isinstance(font, ResumeFont):
                seen.update((chr(cp), None) for cp in font.subset.missing)  # type: ignore[attr-defined]
        return list(seen)

    def to_bytes(self) -> bytes:
        producer = ResumeOutputProducer if any(isinstance(f, ResumeFont) for f in self.fonts.values()) else None
        if producer is None:
            return bytes(self.output())
        return bytes(self.output(output_producer_class=producer))
