"""A TrueType font read once per container, and a per-document subset that costs about a millisecond.

fpdf2's own path (``add_font``) parses the whole TTF with fontTools for every document and, at ``output()``, runs
fontTools' subsetter (~110 ms per PDF together). Here the shipped font is read once with ``struct`` (no fontTools),
and a document's subset *keeps the original glyph ids*: the embedded ``glyf`` holds only the glyphs the document
drew (plus their composite components), every other glyph is empty, so no renumbering, no ``cmap`` rebuilding and
no fontTools are needed. The PDF maps its codes to these glyph ids with a small ``CIDToGIDMap``.
"""

from __future__ import annotations

import struct
import sys
from array import array
from dataclasses import dataclass, field
from itertools import accumulate
from pathlib import Path

_CHECKSUM_MAGIC = 0xB1B0AFBA
#: Tables copied into every embedded subset (``cmap`` is not needed by a CIDFontType2 with a CIDToGIDMap).
_KEEP_TABLES = ("head", "hhea", "maxp", "OS/2", "name", "post")

# composite glyph flags (OpenType 'glyf' spec)
_ARG_1_AND_2_ARE_WORDS = 0x0001
_WE_HAVE_A_SCALE = 0x0008
_MORE_COMPONENTS = 0x0020
_WE_HAVE_AN_X_AND_Y_SCALE = 0x0040
_WE_HAVE_A_TWO_BY_TWO = 0x0080


def _checksum(data: bytes) -> int:
    padded = data + b"\0" * (-len(data) % 4)
    words = array("I", padded)
    if sys.byteorder == "little":
        words.byteswap()
    return sum(words) & 0xFFFFFFFF


@dataclass
class FontData:
    """The parts of one TrueType font that layout and embedding need, parsed once.

    Widths are in 1/1000 em (PDF glyph space), rounded as fpdf2 rounds them.
    """

    path: Path
    postscript_name: str
    units_per_em: int
    cmap: dict[int, int]
    #: code point -> advance width in 1/1000 em, for every code point the font maps
    widths: dict[int, int]
    #: glyph id -> advance width in 1/1000 em
    glyph_widths: list[int]
    ascent: int
    descent: int
    cap_height: int
    bbox: tuple[int, int, int, int]
    italic_angle: int
    weight_class: int
    underline_position: int
    underline_thickness: int
    missing_width: int
    num_hmetrics: int
    _glyf: bytes = field(repr=False)
    _loca: list[int] = field(repr=False)
    _tables: dict[str, bytes] = field(repr=False)
    _components: dict[int, tuple[int, ...]] = field(default_factory=dict, repr=False)
    _glyph_sums: dict[int, int] = field(default_factory=dict, repr=False)
    _table_sums: dict[str, int] = field(default_factory=dict, repr=False)

    @classmethod
    def load(cls, path: Path) -> FontData:
        """Parse ``path`` (a TrueType-outline ``.ttf``)."""
        raw = path.read_bytes()
        num_tables = struct.unpack_from(">H", raw, 4)[0]
        tables: dict[str, bytes] = {}
        for i in range(num_tables):
            tag, _, offset, length = struct.unpack_from(">4sIII", raw, 12 + 16 * i)
            tables[tag.decode("latin-1")] = raw[offset : offset + length]
        head, hhea, maxp = tables["head"], tables["hhea"], tables["maxp"]
        units_per_em = struct.unpack_from(">H", head, 18)[0]
        x_min, y_min, x_max, y_max = struct.unpack_from(">hhhh", head, 36)
        loca_format = struct.unpack_from(">h", head, 50)[0]
        num_glyphs = struct.unpack_from(">H", maxp, 4)[0]
        ascent, descent = struct.unpack_from(">hh", hhea, 4)
        num_hmetrics = struct.unpack_from(">H", hhea, 34)[0]
        scale = 1000 / units_per_em

        def scaled(v: float) -> int:
            return round(scale * v + 0.001)

        hmtx = tables["hmtx"]
        advances = list(struct.unpack_from(f">{2 * num_hmetrics}H", hmtx)[::2])
        advances += [advances[-1]] * (num_glyphs - num_hmetrics)
        glyph_widths = [round(scale * a + 0.001) for a in advances]
        loca_raw = tables["loca"]
        if loca_format == 0:
            loca = [2 * v for v in struct.unpack_from(f">{num_glyphs + 1}H", loca_raw)]
        else:
            loca = list(struct.unpack_from(f">{num_glyphs + 1}I", loca_raw))
        cmap = _parse_cmap(tables["cmap"])
        os2 = tables["OS/2"]
        weight_class = struct.unpack_from(">H", os2, 4)[0]
        version = struct.unpack_from(">H", os2, 0)[0]
        cap_height = struct.unpack_from(">h", os2, 88)[0] if version >= 2 and len(os2) >= 90 else ascent
        post = tables["post"]
        italic_angle = struct.unpack_from(">i", post, 4)[0] / 65536
        underline_position, underline_thickness = struct.unpack_from(">hh", post, 8)
        return cls(
            path=path,
            postscript_name=_postscript_name(tables["name"]) or path.stem,
            units_per_em=units_per_em,
            cmap=cmap,
            widths={cp: glyph_widths[gid] for cp, gid in cmap.items()},
            glyph_widths=glyph_widths,
            ascent=scaled(ascent),
            descent=scaled(descent),
            cap_height=scaled(cap_height),
            bbox=(scaled(x_min), scaled(y_min), scaled(x_max), scaled(y_max)),
            italic_angle=int(italic_angle),
            weight_class=weight_class,
            underline_position=scaled(underline_position),
            underline_thickness=scaled(underline_thickness),
            missing_width=glyph_widths[0],
            num_hmetrics=num_hmetrics,
            _glyf=tables["glyf"],
            _loca=loca,
            _tables={t: tables[t] for t in _KEEP_TABLES if t in tables}
            | {"hmtx": hmtx, "name": _trim_name(tables["name"])},
        )

    @property
    def num_glyphs(self) -> int:
        return len(self._loca) - 1

    def components(self, gid: int) -> tuple[int, ...]:
        """The glyph ids a composite glyph is built from (recursively), ``()`` for a simple glyph."""
        found = self._components.get(gid)
        if found is not None:
            return found
        start, end = self._loca[gid], self._loca[gid + 1]
        result: list[int] = []
        if end - start >= 10 and struct.unpack_from(">h", self._glyf, start)[0] < 0:
            pos = start + 10
            while True:
                flags, child = struct.unpack_from(">HH", self._glyf, pos)
                pos += 4 + (4 if flags & _ARG_1_AND_2_ARE_WORDS else 2)
                if flags & _WE_HAVE_A_SCALE:
                    pos += 2
                elif flags & _WE_HAVE_AN_X_AND_Y_SCALE:
                    pos += 4
                elif flags & _WE_HAVE_A_TWO_BY_TWO:
                    pos += 8
                result.append(child)
                result.extend(self.components(child))
                if not flags & _MORE_COMPONENTS:
                    break
        self._components[gid] = tuple(result)
        return self._components[gid]

    def _glyph_checksum(self, gid: int) -> int:
        found = self._glyph_sums.get(gid)
        if found is None:
            found = self._glyph_sums[gid] = _checksum(self._glyf[self._loca[gid] : self._loca[gid + 1]])
        return found

    def subset(self, gids: set[int]) -> bytes:
        """A valid TrueType font holding only ``gids`` (and .notdef), every glyph id unchanged.

        Table checksums are summed from per-glyph and per-table parts cached on first use (each glyph is padded
        to 4 bytes, so a table's checksum is the sum of its glyphs'), which keeps this at a few hundred µs.
        """
        keep = {0}
        for gid in gids:
            keep.add(gid)
            keep.update(self.components(gid))
        n = self.num_glyphs
        loca, glyf_src = self._loca, self._glyf
        halves = [0] * n  # glyph lengths / 2 (every glyph is padded to 4 bytes)
        pieces = []
        hmtx_src = self._tables["hmtx"]
        hmtx = bytearray(len(hmtx_src))
        nh = self.num_hmetrics
        glyf_sum = 0
        for gid in sorted(keep):
            start, end = loca[gid], loca[gid + 1]
            size = end - start
            if size:
                pad = -size % 4
                pieces.append(glyf_src[start:end] + b"\0" * pad)
                halves[gid] = (size + pad) >> 1
                glyf_sum += self._glyph_checksum(gid)
            # only the glyphs drawn keep their metrics (the PDF's /W array carries the widths anyway)
            at, size = (4 * gid, 4) if gid < nh else (4 * nh + 2 * (gid - nh), 2)
            hmtx[at : at + size] = hmtx_src[at : at + size]
        short = sum(halves) <= 0xFFFF  # short loca (offset / 2 in 16 bits): half the bytes to compress
        offsets = (
            array("H", accumulate(halves, initial=0))
            if short
            else array("I", [2 * o for o in accumulate(halves, initial=0)])
        )
        if sys.byteorder == "little":
            offsets.byteswap()
        head = bytearray(self._tables["head"])
        head[8:12] = b"\0\0\0\0"  # checkSumAdjustment, set below
        head[50:52] = b"\0\0" if short else b"\0\1"  # indexToLocFormat
        if not self._table_sums:
            self._table_sums.update({t: _checksum(d) for t, d in self._tables.items() if t != "hmtx"})
        tables = dict(self._tables)
        tables.update({"head": bytes(head), "hmtx": bytes(hmtx), "loca": offsets.tobytes(), "glyf": b"".join(pieces)})
        sums = dict(self._table_sums)
        sums.update(
            {
                "head": _checksum(tables["head"]),
                "hmtx": _checksum(tables["hmtx"]),
                "loca": _checksum(tables["loca"]),
                "glyf": glyf_sum & 0xFFFFFFFF,
            }
        )
        font, directory_sum = _write_sfnt(tables, sums)
        adjustment = (_CHECKSUM_MAGIC - (directory_sum + sum(sums.values()))) & 0xFFFFFFFF
        entry = 12 + 16 * sorted(tables).index("head")  # the head table's directory entry
        (table_start,) = struct.unpack_from(">I", font, entry + 8)
        return font[: table_start + 8] + struct.pack(">I", adjustment) + font[table_start + 12 :]


def _write_sfnt(tables: dict[str, bytes], sums: dict[str, int]) -> tuple[bytes, int]:
    """The font file and the checksum of its header + table directory."""
    tags = sorted(tables)
    num = len(tags)
    entry_selector = num.bit_length() - 1
    search_range = 16 * (1 << entry_selector)
    header = struct.pack(">IHHHH", 0x00010000, num, search_range, entry_selector, num * 16 - search_range)
    offset = 12 + 16 * num
    directory = []
    bodies = []
    for tag in tags:
        data = tables[tag]
        directory.append(struct.pack(">4sIII", tag.encode("latin-1"), sums[tag], offset, len(data)))
        padded = data + b"\0" * (-len(data) % 4)
        bodies.append(padded)
        offset += len(padded)
    head = header + b"".join(directory)
    return head + b"".join(bodies), _checksum(head)


def _parse_cmap(cmap: bytes) -> dict[int, int]:
    """Unicode → glyph id from the best subtable (format 12 if present, else format 4)."""
    num = struct.unpack_from(">H", cmap, 2)[0]
    subtables: dict[int, int] = {}
    for i in range(num):
        platform, encoding, offset = struct.unpack_from(">HHI", cmap, 4 + 8 * i)
        if (platform, encoding) in ((3, 10), (0, 4), (0, 6)):
            subtables[12] = offset
        elif (platform, encoding) in ((3, 1), (0, 3)):
            subtables.setdefault(4, offset)
    if 12 in subtables and struct.unpack_from(">H", cmap, subtables[12])[0] == 12:
        return _parse_cmap12(cmap, subtables[12])
    return _parse_cmap4(cmap, subtables[4])


def _parse_cmap12(cmap: bytes, base: int) -> dict[int, int]:
    result: dict[int, int] = {}
    groups = struct.unpack_from(">I", cmap, base + 12)[0]
    for g in range(groups):
        start, end, gid = struct.unpack_from(">III", cmap, base + 16 + 12 * g)
        for cp in range(start, end + 1):
            result[cp] = gid + cp - start
    return result


def _parse_cmap4(cmap: bytes, base: int) -> dict[int, int]:
    result: dict[int, int] = {}
    seg_x2 = struct.unpack_from(">H", cmap, base + 6)[0]
    segs = seg_x2 // 2
    ends = struct.unpack_from(f">{segs}H", cmap, base + 14)
    starts = struct.unpack_from(f">{segs}H", cmap, base + 16 + seg_x2)
    deltas = struct.unpack_from(f">{segs}h", cmap, base + 16 + 2 * seg_x2)
    range_base = base + 16 + 3 * seg_x2
    range_offsets = struct.unpack_from(f">{segs}H", cmap, range_base)
    for i in range(segs):
        for cp in range(starts[i], ends[i] + 1):
            if cp == 0xFFFF:
                continue
            if range_offsets[i] == 0:
                gid = (cp + deltas[i]) & 0xFFFF
            else:
                addr = range_base + 2 * i + range_offsets[i] + 2 * (cp - starts[i])
                gid = struct.unpack_from(">H", cmap, addr)[0]
                if gid:
                    gid = (gid + deltas[i]) & 0xFFFF
            if gid:
                result[cp] = gid
    return result


def _trim_name(name: bytes, keep: frozenset[int] = frozenset(range(7))) -> bytes:
    """The ``name`` table with copyright and font names only (IDs 0-6, as fpdf2's own subsets keep).

    The licence text (ID 13, ~10 KB) stays in the shipped font file and its LICENSE file; embedding it in every
    PDF would double the bytes each document compresses.
    """
    count, string_offset = struct.unpack_from(">HH", name, 2)
    records, strings = [], bytearray()
    for i in range(count):
        platform, enc, lang, name_id, length, offset = struct.unpack_from(">HHHHHH", name, 6 + 12 * i)
        if name_id in keep:
            data = name[string_offset + offset : string_offset + offset + length]
            records.append(struct.pack(">HHHHHH", platform, enc, lang, name_id, length, len(strings)))
            strings += data
    header = struct.pack(">HHH", 0, len(records), 6 + 12 * len(records))
    return header + b"".join(records) + bytes(strings)


def _postscript_name(name: bytes) -> str | None:
    count, string_offset = struct.unpack_from(">HH", name, 2)
    for i in range(count):
        platform, _enc, _lang, name_id, length, offset = struct.unpack_from(">HHHHHH", name, 6 + 12 * i)
        if name_id == 6:
            data = name[string_offset + offset : string_offset + offset + length]
            return data.decode("utf-16-be") if platform in (0, 3) else data.decode("latin-1")
    return None
