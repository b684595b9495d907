"""Each theme's Word styles, made once per container with python-docx and kept as the package's fixed parts.

A person restyles a resume in Word by editing styles, so the themes are styles, not direct formatting: Title (the
name), Subtitle (the label), Heading 1 (sections), Heading 2 (an entry's title line, with a right-aligned tab stop
for its dates), List Bullet (highlights), and a few of our own (Contact, Entry Organization, Entry Dates, Entry
Location, Hyperlink). python-docx builds them from its default template; the parts that do not change between
documents are kept as bytes, and ``writer`` adds the body, the links and the core properties per document.

Left out of the default template: table styles (~300 KB of styles.xml that a resume never uses), the Word 2010
``stylesWithEffects`` copy of them, the thumbnail and the custom XML part.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

#: placeholders filled per document in styles.xml (``writer``): the language and the dates' tab stop
LANG_MARK = "@@LANG@@"
EAST_ASIA_MARK = "@@LANG_EA@@"
TAB_MARK = "@@TAB@@"
_DROP = ("word/stylesWithEffects.xml", "docProps/thumbnail.jpeg", "customXml/")


@dataclass(frozen=True)
class DocxStyle:
    """What distinguishes one theme's DOCX from another's (the same choices as its HTML and PDF)."""

    font: str = "Calibri"
    size: float = 10.5  # body, pt
    name_size: float = 22.0
    label_size: float = 12.0
    heading_size: float = 12.0
    entry_size: float = 10.5
    accent: str = "000000"  # name and headings, RGB hex
    muted: str = "4D4D4D"
    link: str = "1F4E79"
    margin_mm: float = 18.0
    center_header: bool = False
    upper_headings: bool = False


STYLES: dict[str, DocxStyle] = {
    "classic": DocxStyle(font="Cambria", center_header=True, upper_headings=True, heading_size=11.5),
    "modern": DocxStyle(
        name_size=24, label_size=13, heading_size=13, accent="0B5394", muted="525F6B", link="0B5394", margin_mm=17
    ),
    "compact": DocxStyle(
        size=9.5, name_size=16, label_size=10.5, heading_size=10.5, entry_size=9.8, margin_mm=12, upper_headings=True
    ),
}


@dataclass(frozen=True)
class Template:
    """A theme's fixed parts: ``parts`` (name → bytes, in zip order), styles.xml with placeholders, style ids."""

    parts: tuple[tuple[str, bytes], ...]
    styles_xml: str
    rels_xml: str  # word/_rels/document.xml.rels without the closing tag (hyperlinks are appended per document)
    ids: dict[str, str]  # our role → the style id to write in the body
    style: DocxStyle


@lru_cache(maxsize=8)
def template(theme_id: str) -> Template:
    """The prepared parts of ``theme_id`` (~60 ms the first time per container, then a dict look-up)."""
    import docx  # noqa: PLC0415 - python-docx and lxml load only where a DOCX is built
    from docx.enum.style import WD_STYLE_TYPE  # noqa: PLC0415
    from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: PLC0415
    from docx.oxml import OxmlElement  # noqa: PLC0415
    from docx.oxml.ns import qn  # noqa: PLC0415
    from docx.shared import Pt, RGBColor  # noqa: PLC0415

    s = STYLES[theme_id]
    document = docx.Document()
    styles = document.styles
    for element in styles.element.findall(qn("w:style")):
        if element.get(qn("w:type")) == "table" and element.get(qn("w:styleId")) != "TableNormal":
            styles.element.remove(element)

    def paragraph(
        name: str, size: float, color: str, *, bold: bool | None = None, before: float = 0, after: float = 0
    ) -> Any:
        style = styles[name] if name in [st.name for st in styles] else styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.font.name, style.font.size, style.font.color.rgb = s.font, Pt(size), RGBColor.from_string(color)
        _no_theme_fonts(style.element.rPr, qn)
        if bold is not None:
            style.font.bold = bold
        style.paragraph_format.space_before, style.paragraph_format.space_after = Pt(before), Pt(after)
        return style

    normal = paragraph("Normal", s.size, "000000", after=1)
    normal.paragraph_format.line_spacing = 1.1
    title = paragraph("Title", s.name_size, s.accent, bold=True, after=1)
    subtitle = paragraph("Subtitle", s.label_size, s.muted, after=2)
    subtitle.font.italic = False
    contact = paragraph("Contact", s.size * 0.95, s.muted, after=4)
    contact.base_style = normal
    for style in (title, subtitle, contact):
        style.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER if s.center_header else None
        _drop_borders(style.element, qn)
    h1 = paragraph("Heading 1", s.heading_size, s.accent, bold=True, before=10, after=3)
    h1.font.all_caps = s.upper_headings
    _bottom_border(h1.element, s.accent, OxmlElement, qn)
    h2 = paragraph("Heading 2", s.entry_size, "000000", bold=True, before=5, after=0)
    _tab_stop(h2.element, OxmlElement, qn)
    location = paragraph("Entry Location", s.size * 0.92, s.muted)
    location.base_style = normal
    bullet = paragraph("List Bullet", s.size, "000000", after=0)
    bullet.paragraph_format.line_spacing = 1.1
    for name, color, bold in (("Entry Organization", "000000", False), ("Entry Dates", s.muted, False)):
        char = styles.add_style(name, WD_STYLE_TYPE.CHARACTER)
        char.font.color.rgb, char.font.bold = RGBColor.from_string(color), bold
    link = styles.add_style("Hyperlink", WD_STYLE_TYPE.CHARACTER)
    link.font.color.rgb, link.font.underline = RGBColor.from_string(s.link), True
    _language_marks(styles.element, s.font, OxmlElement, qn)

    ids = {
        role: styles[name].style_id
        for role, name in (
            ("title", "Title"),
            ("subtitle", "Subtitle"),
            ("contact", "Contact"),
            ("h1", "Heading 1"),
            ("h2", "Heading 2"),
            ("location", "Entry Location"),
            ("bullet", "List Bullet"),
            ("org", "Entry Organization"),
            ("dates", "Entry Dates"),
            ("link", "Hyperlink"),
            ("strong", "Strong"),
        )
    }
    buffer = io.BytesIO()
    document.save(buffer)
    return _split(buffer.getvalue(), ids, s)


def _split(package: bytes, ids: dict[str, str], style: DocxStyle) -> Template:
    parts: list[tuple[str, bytes]] = []
    styles_xml = rels_xml = ""
    with zipfile.ZipFile(io.BytesIO(package)) as z:
        for name in z.namelist():
            if name.startswith(_DROP) or name in ("word/document.xml", "docProps/core.xml"):
                continue
            data = z.read(name)
            if name == "word/styles.xml":
                styles_xml = data.decode("utf-8")
                continue
            if name == "word/_rels/document.xml.rels":
                rels_xml = _drop_relationships(data.decode("utf-8"))
                continue
            if name == "[Content_Types].xml":
                data = re.sub(rb'<Override PartName="/(customXml|word/stylesWithEffects)[^>]*/>', b"", data)
            if name == "_rels/.rels":
                data = re.sub(rb'<Relationship [^>]*Target="docProps/thumbnail.jpeg"/>', b"", data)
            parts.append((name, data))
    return Template(tuple(parts), styles_xml, rels_xml.removesuffix("</Relationships>"), ids, style)


def _drop_relationships(rels: str) -> str:
    return re.sub(r'<Relationship [^>]*Target="(?:\.\./customXml/[^"]*|stylesWithEffects\.xml)"/>', "", rels)


def _drop_borders(style: Any, qn: Any) -> None:
    """The default Title has a bottom border; a name needs none."""
    ppr = style.find(qn("w:pPr"))
    if ppr is not None:
        for border in ppr.findall(qn("w:pBdr")):
            ppr.remove(border)


def _bottom_border(style: Any, color: str, make: Any, qn: Any) -> None:
    ppr = style.get_or_add_pPr()
    for border in ppr.findall(qn("w:pBdr")):
        ppr.remove(border)
    bdr = make("w:pBdr")
    bottom = make("w:bottom", {qn("w:val"): "single", qn("w:sz"): "6", qn("w:space"): "1", qn("w:color"): color})
    bdr.append(bottom)
    ppr.insert_element_before(bdr, *_AFTER_PBDR)


def _tab_stop(style: Any, make: Any, qn: Any) -> None:
    """A right-aligned tab stop at the text's right edge (its position is the paper's: filled per document)."""
    ppr = style.get_or_add_pPr()
    tabs = make("w:tabs")
    tabs.append(make("w:tab", {qn("w:val"): "right", qn("w:pos"): TAB_MARK}))
    ppr.insert_element_before(tabs, *_AFTER_TABS)


def _no_theme_fonts(rpr: Any, qn: Any) -> None:
    """Theme font attributes win over named fonts in Word: drop them (East Asian text keeps the theme's font)."""
    fonts = rpr.find(qn("w:rFonts")) if rpr is not None else None
    if fonts is not None:
        for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme"):
            fonts.attrib.pop(qn(attr), None)


def _language_marks(styles: Any, font: str, make: Any, qn: Any) -> None:
    """The document's language (and font) live in the defaults every style inherits (``w:docDefaults``)."""
    rpr = styles.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    _no_theme_fonts(rpr, qn)
    fonts = rpr.find(qn("w:rFonts"))
    for attr in ("w:ascii", "w:hAnsi", "w:cs"):
        fonts.set(qn(attr), font)
    for old in rpr.findall(qn("w:lang")):
        rpr.remove(old)
    rpr.append(make("w:lang", {qn("w:val"): LANG_MARK, qn("w:eastAsia"): EAST_ASIA_MARK, qn("w:bidi"): "ar-SA"}))


# CT_PPr children that come after w:pBdr / w:tabs (schema order), for ``insert_element_before``
_AFTER_TABS = (
    "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap", "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE",
    "w:autoSpaceDN", "w:bidi", "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing",
    "w:mirrorIndents", "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment", "w:textboxTightWrap",
    "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange",
)  # fmt: skip
_AFTER_PBDR = ("w:shd", "w:tabs", *_AFTER_TABS)
