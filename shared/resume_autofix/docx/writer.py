"""A view (``render.view``) as a DOCX: WordprocessingML written straight from the view, zipped with the theme's parts.

python-docx builds each theme's styles once (``template``); the body is written here as text, because building it
through python-docx's object model costs ~15× more per document (``bench/docx_export.py`` measures both in one run). The
tests read every document back with python-docx and convert it with LibreOffice.

Reading order is the view's, as in the PDF: name, label, contact, then each section's heading and entries. An
entry's title line is "title, organisation<TAB>dates" in Heading 2, whose right-aligned tab stop puts the dates
at the right margin; text readers get the phrases whole and in that order.
"""

from __future__ import annotations

import io
import re
import unicodedata
import zipfile
from collections.abc import Callable
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from ..render.markup import Run, parse
from .template import EAST_ASIA_MARK, LANG_MARK, STYLES, TAB_MARK, DocxStyle, Template, template

#: page sizes in twips (1/20 pt)
PAPER_TWIPS = {"A4": (11906, 16838), "Letter": (12240, 15840)}
_NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
)
_HYPERLINK = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"
#: characters XML 1.0 cannot hold (lone surrogates, U+FFFE/U+FFFF, C0 controls but tab/newline)
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_CJK_LANGS = ("ja", "ko", "zh")
_STAMP = (1980, 1, 1, 0, 0, 0)  # fixed zip dates: the same view gives the same bytes


def _t(text: str) -> str:
    return escape(_NOT_XML.sub("\ufffd", text))


class _Body:
    """The document body as WordprocessingML text, and the hyperlinks it needs."""

    def __init__(self, ids: dict[str, str], fits: Callable[[str, str], bool] | None = None) -> None:
        self.ids = ids
        self.fits = fits or (lambda _left, _dates: True)
        self.out: list[str] = []
        self.links: dict[str, str] = {}  # url → relationship id

    def link_id(self, url: str) -> str:
        rid = self.links.get(url)
        if rid is None:
            rid = self.links[url] = f"rIdL{len(self.links) + 1}"
        return rid

    @staticmethod
    def run(text: str, style: str = "", *, bold: bool = False, italic: bool = False) -> str:
        props = (
            (f'<w:rStyle w:val="{style}"/>' if style else "")
            + ("<w:b/>" if bold else "")
            + ("<w:i/>" if italic else "")
        )
        rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
        if "\n" in text:
            return "<w:r><w:br/></w:r>".join(
                _Body.run(part, style, bold=bold, italic=italic) for part in text.split("\n")
            )
        return f'<w:r>{rpr}<w:t xml:space="preserve">{_t(text)}</w:t></w:r>'

    def runs(self, runs: tuple[Run, ...] | list[Run], style: str = "") -> str:
        """Styled runs; consecutive runs with one URL share one hyperlink."""
        parts: list[str] = []
        i = 0
        while i < len(runs):
            url = runs[i].url
            j = i + 1
            while url and j < len(runs) and runs[j].url == url:
                j += 1
            inner = "".join(
                "<w:r><w:br/></w:r>"
                if r.text == "\n"
                else self.run(r.text, self.ids["link"] if url else style, bold=r.bold, italic=r.italic)
                for r in runs[i:j]
            )
            parts.append(
                f'<w:hyperlink r:id="{self.link_id(url)}" w:history="1">{inner}</w:hyperlink>' if url else inner
            )
            i = j
        return "".join(parts)

    def paragraph(self, style: str, content: str) -> None:
        ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
        self.out.append(f"<w:p>{ppr}{content}</w:p>")


def _header(b: _Body, view: dict[str, Any]) -> None:
    ids = b.ids
    if view["name"]:
        b.paragraph(ids["title"], b.run(view["name"]))
    if view["label"]:
        b.paragraph(ids["subtitle"], b.run(view["label"]))
    pieces: list[Run] = []
    for i, item in enumerate(view["contact"]):
        if i:
            pieces.append(Run(" | "))
        pieces.append(Run(item["text"], url=item["url"] or None))
    if pieces:
        b.paragraph(ids["contact"], b.runs(pieces))


def _entry(b: _Body, e: dict[str, Any]) -> None:
    ids = b.ids
    line = ""
    if e["title"]:
        line = b.runs([Run(e["title"], url=e["url"] or None)])
        if e["subtitle"]:
            line += b.run(", " + e["subtitle"], ids["org"])
    if e["dates"]:
        # the space before the tab keeps the last word and the dates apart in text read from a PDF of the file
        # (LibreOffice/Word write no character for a tab: a reader would get "GmbHFeb 2026"); a line too long
        # for the dates beside it breaks before them, so the date range is never split across lines
        left = e["title"] + (", " + e["subtitle"] if e["subtitle"] else "")
        gap = b.run(" ") + ("" if b.fits(left, e["dates"]) else "<w:r><w:br/></w:r>") + "<w:r><w:tab/></w:r>"
        line += (gap if line else "") + b.run(e["dates"], ids["dates"])
    if line:
        b.paragraph(ids["h2"], line)
    if e["location"]:
        b.paragraph(ids["location"], b.run(e["location"]))
    if e["summary"]:
        b.paragraph("", b.runs(parse(e["summary"])))
    for h in e["highlights"]:
        b.paragraph(ids["bullet"], b.runs(parse(h)))
    for label, value in e["details"]:
        b.paragraph("", b.run(f"{label}: ", ids["strong"]) + b.run(value))


def _estimate(text: str, size: float, em: float) -> float:
    """Width in pt, roughly: ``em`` per Latin character, a full em per wide (CJK) one (Word measures the real)."""
    wide = sum(1 for ch in text if unicodedata.east_asian_width(ch) in "WF") if not text.isascii() else 0
    return size * (em * (len(text) - wide) + wide)


def _fits(style: DocxStyle, line_pt: float) -> Callable[[str, str], bool]:
    """Whether "title, organisation" and the dates share a line, erring towards a break (it costs one line)."""

    def fits(left: str, dates: str) -> bool:
        return _estimate(left, style.entry_size, 0.56) + _estimate(dates, style.size, 0.5) + 18 < line_pt

    return fits


def body_xml(view: dict[str, Any], tpl: Template, paper: str, margin_twips: int) -> tuple[str, dict[str, str]]:
    """(word/document.xml, hyperlinks url → relationship id)."""
    b = _Body(tpl.ids, _fits(tpl.style, (PAPER_TWIPS[paper][0] - 2 * margin_twips) / 20))
    _header(b, view)
    if view["summary"]:
        b.paragraph(tpl.ids["h1"], b.run(view["summary_title"]))
        b.paragraph("", b.runs(parse(view["summary"])))
    for section in view["sections"]:
        b.paragraph(tpl.ids["h1"], b.run(section["title"]))
        for item in section["items"]:
            if section["kind"] == "tags":
                detail = b.run(": " + item["detail"]) if item["detail"] else ""
                b.paragraph("", b.run(item["name"], tpl.ids["strong"]) + detail)
            else:
                _entry(b, item)
    width, height = PAPER_TWIPS[paper]
    m = margin_twips
    sect = (
        f'<w:sectPr><w:pgSz w:w="{width}" w:h="{height}"/><w:pgMar w:top="{m}" w:right="{m}" w:bottom="{m}" '
        f'w:left="{m}" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>'
    )
    xml = (
        f"<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n<w:document {_NS}><w:body>"
        f"{''.join(b.out)}{sect}</w:body></w:document>"
    )
    return xml, b.links


def _core(view: dict[str, Any]) -> str:
    title = view["name"] or "Resume"
    if view["label"]:
        title += f" – {view['label']}"
    return (
        "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        f"<dc:title>{_t(title)}</dc:title><dc:creator>{_t(view['name'])}</dc:creator>"
        f"<dc:language>{_t(view['lang'])}</dc:language><cp:lastModifiedBy>resume-autofix</cp:lastModifiedBy>"
        "<cp:revision>1</cp:revision></cp:coreProperties>"
    )


def _link_rel(url: str, rid: str) -> str:
    target = quoteattr(_NOT_XML.sub("", url))
    return f'<Relationship Id="{rid}" Type="{_HYPERLINK}" Target={target} TargetMode="External"/>'


def build_docx(view: dict[str, Any], template_id: str, paper: str = "A4") -> bytes:
    """The DOCX of ``view`` in theme ``template_id`` on ``paper`` ("A4" or "Letter"); no cache."""
    tpl = template(template_id)
    margin = round(STYLES[template_id].margin_mm * 1440 / 25.4)
    document, links = body_xml(view, tpl, paper, margin)
    lang = view["lang"]
    styles = (
        tpl.styles_xml.replace(LANG_MARK, lang, 1)
        .replace(EAST_ASIA_MARK, lang if lang in _CJK_LANGS else "ja-JP", 1)
        .replace(TAB_MARK, str(PAPER_TWIPS[paper][0] - 2 * margin), 1)
    )
    rels = tpl.rels_xml + "".join(_link_rel(url, rid) for url, rid in links.items()) + "</Relationships>"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as z:
        for name, data in (
            *tpl.parts,
            ("word/_rels/document.xml.rels", rels.encode()),
            ("word/styles.xml", styles.encode()),
            ("word/document.xml", document.encode()),
            ("docProps/core.xml", _core(view).encode()),
        ):
            z.writestr(zipfile.ZipInfo(name, _STAMP), data, zipfile.ZIP_DEFLATED, 1)
    return buffer.getvalue()
