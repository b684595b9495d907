"""fpdf2 layouts of the themes: the same view (``render.view``) drawn top to bottom in reading order.

Reading order is what ATS parsers and pypdf see: a line's left part is drawn before its right-aligned date, a
heading before its section, and a heading never ends a page (it moves with its first line). Links (email,
website, profiles, entry URLs, markdown links) become link annotations over their text.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..render.markup import Run, parse
from .document import ResumePDF
from .linebreak import PT_TO_MM, Line, Metrics, atoms, break_lines

FAMILY = "resumesans"
FALLBACK = "resumesanscjk"
ITALIC = FAMILY + "I"


@dataclass(frozen=True)
class PdfStyle:
    """What distinguishes one theme's PDF from another's."""

    size: float = 10.0  # body text, pt
    name_size: float = 22.0
    label_size: float = 12.0
    heading_size: float = 11.5
    leading: float = 1.35  # line height / font size
    margin: float = 18.0  # mm
    center_header: bool = False
    upper_headings: bool = False
    heading_rule: bool = True
    accent: str = "0 g"  # fill colour operator for name and headings
    accent_rgb: tuple[int, int, int] = (0, 0, 0)
    muted: str = "0.3 g"
    inline_dates: bool = False  # compact: "Title, Org · dates" in one paragraph
    section_gap: float = 4.0  # mm before a heading
    entry_gap: float = 2.2  # mm between entries
    bullet: str = "•"


STYLES: dict[str, PdfStyle] = {
    "classic": PdfStyle(center_header=True, upper_headings=True, name_size=22, heading_size=11),
    "modern": PdfStyle(
        name_size=24,
        label_size=13,
        heading_size=12.5,
        accent="0.043 0.325 0.58 rg",
        accent_rgb=(11, 83, 148),
        muted="0.32 0.38 0.43 rg",
        margin=17.0,
    ),
    "compact": PdfStyle(
        size=8.8,
        name_size=16,
        label_size=10,
        heading_size=9.8,
        leading=1.25,
        margin=12.0,
        upper_headings=True,
        inline_dates=True,
        section_gap=2.6,
        entry_gap=1.2,
    ),
}


class _Writer:
    """Cursor, page breaks and run drawing on one ``ResumePDF``."""

    def __init__(self, pdf: ResumePDF, metrics: Metrics, style: PdfStyle) -> None:
        self.pdf = pdf
        self.m = metrics
        self.s = style
        self.left = style.margin
        self.width = pdf.w - 2 * style.margin
        self.bottom = pdf.h - style.margin
        self.y = style.margin

    def line_height(self, size: float) -> float:
        return size * self.s.leading * PT_TO_MM

    def new_page(self) -> None:
        self.pdf.add_page()
        self.y = self.s.margin

    def ensure(self, height: float) -> None:
        if self.y + height > self.bottom and self.y > self.s.margin + 0.01:
            self.new_page()

    def lines(self, runs: tuple[Run, ...] | list[Run], size: float, width: float, bold: bool = False) -> list[Line]:
        return break_lines(atoms(runs, self.m, size, bold), width, self.m, size)

    def put(self, x: float, baseline: float, text: str, face: str, *, size: float, color: str = "0 g") -> None:
        """Draw ``text`` in ``face`` ("", "B", "I") from x, with the fallback font for the characters only it has."""
        pdf = self.pdf
        for piece, fallback in self.m.segments(text, face):
            if fallback:
                pdf.ensure_font(FALLBACK, self.m.fallback)  # type: ignore[arg-type]  # segments checked it
                pdf.put_text(x, baseline, piece, FALLBACK, size=size, color=color)
            else:
                if face == "I":  # registered (and embedded) only in documents with italic text
                    pdf.ensure_font(ITALIC, self.m.font("I"))
                pdf.put_text(x, baseline, piece, FAMILY + face, size=size, color=color)
            x += self.m.width(piece, face, size)

    def draw_line(self, line: Line, x: float, size: float, color: str) -> None:
        """Draw one laid-out line at the cursor's baseline, one text object per style change."""
        baseline = self.y + size * PT_TO_MM * 0.95
        pdf = self.pdf
        group: list[str] = []
        group_face = line.atoms[0].face
        start = cursor = x
        links: list[tuple[float, float, str, int]] = []  # one rectangle per run of atoms sharing a URL
        start_link = -1
        for atom in line.atoms:
            if atom.face != group_face and group:
                self.put(start, baseline, "".join(group), group_face, size=size, color=color)
                group, start, group_face = [], cursor, atom.face
            group.append(atom.text)
            if atom.url:
                if links and links[-1][2] == atom.url and links[-1][3] == start_link:
                    lx, _, url, _ = links[-1]
                    links[-1] = (lx, cursor + atom.width - lx, url, start_link)
                else:
                    start_link = len(links)
                    links.append((cursor, atom.width, atom.url, start_link))
            else:
                start_link = -1
            cursor += atom.width + atom.space
        if group:
            self.put(start, baseline, "".join(group).rstrip(" "), group_face, size=size, color=color)
        for lx, lw, url, _ in links:
            pdf.link(lx, self.y, lw, size * PT_TO_MM * 1.15, url)

    def paragraph(
        self,
        runs: tuple[Run, ...] | list[Run],
        size: float,
        *,
        indent: float = 0.0,
        color: str = "0 g",
        bold: bool = False,
        center: bool = False,
        keep: float = 0.0,
    ) -> None:
        width = self.width - indent
        lh = self.line_height(size)
        for i, line in enumerate(self.lines(runs, size, width, bold)):
            self.ensure(lh + (keep if i == 0 else 0.0))
            x = self.left + indent + ((width - line.width) / 2 if center else 0.0)
            self.draw_line(line, x, size, color)
            self.y += lh

    def bullet(self, runs: tuple[Run, ...], size: float) -> None:
        indent = 4.5
        lh = self.line_height(size)
        lines = self.lines(runs, size, self.width - indent)
        for i, line in enumerate(lines):
            self.ensure(lh)
            if i == 0:
                self.put(self.left + 1.2, self.y + size * PT_TO_MM * 0.95, self.s.bullet, "", size=size)
            self.draw_line(line, self.left + indent, size, "0 g")
            self.y += lh


def _plain(text: str, bold: bool = False, url: str | None = None) -> Run:
    return Run(text, bold, False, url or None)


def _heading(w: _Writer, title: str) -> None:
    s = w.s
    size = s.heading_size
    lh = w.line_height(size)
    w.y += s.section_gap
    # keep the heading with the first line of what follows
    w.ensure(lh + 1.5 + 2 * w.line_height(s.size))
    w.paragraph([_plain(title.upper() if s.upper_headings else title, True)], size, color=s.accent)
    if s.heading_rule:
        w.pdf.set_draw_color(*s.accent_rgb)
        w.pdf.set_line_width(0.3 if s.accent_rgb != (0, 0, 0) else 0.2)
        w.pdf.line(w.left, w.y + 0.2, w.left + w.width, w.y + 0.2)
    w.y += 1.3


def _header(w: _Writer, view: dict[str, Any]) -> None:
    s = w.s
    if view["name"]:
        w.paragraph([_plain(view["name"], True)], s.name_size, color=s.accent, center=s.center_header)
    if view["label"]:
        w.paragraph([_plain(view["label"])], s.label_size, color=s.muted, center=s.center_header)
    runs: list[Run] = []
    for i, item in enumerate(view["contact"]):
        if i:
            runs.append(_plain(" | "))
        runs.append(_plain(item["text"], url=item["url"]))
    if runs:
        w.y += 0.8
        w.paragraph(runs, s.size * 0.95, color=s.muted, center=s.center_header)


def _entry_title(w: _Writer, e: dict[str, Any]) -> None:
    s = w.s
    size = s.size * 1.05
    title = [_plain(e["title"], True, e["url"])] if e["title"] else []
    if e["subtitle"]:
        title.append(_plain(", " + e["subtitle"]))
    if s.inline_dates:
        extra = " · ".join(p for p in (e["dates"], e["location"]) if p)
        if extra:
            title.append(_plain(("  " if title else "") + extra))
        if title:
            w.paragraph(title, size, keep=w.line_height(s.size))
        return
    if not e["title"]:
        # an entry with dates but no title/organisation (e.g. education without an institution): the dates
        # lead, left-aligned, rather than vanishing with the missing title line
        if e["dates"]:
            w.paragraph([_plain(e["dates"])], s.size, color=s.muted, keep=w.line_height(s.size))
    else:
        _title_line(w, e, title, size)
    if e["location"]:
        w.paragraph([_plain(e["location"])], s.size * 0.92, color=s.muted)


def _title_line(w: _Writer, e: dict[str, Any], title: list[Run], size: float) -> None:
    """Title and organisation on the left, the dates right-aligned, every phrase whole in the text layer.

    An ATS reads the text layer line by line: a date drawn beside the first line of a wrapped "title, employer"
    lands inside whichever phrase wraps ("…, VS  Feb 2026 – Present Industrie GmbH"). So the dates go beside a
    line that ends a phrase: beside "title, organisation" when both fit next to them; else beside the title
    alone, with the organisation on the next line; else on a line of their own after both.
    """
    s = w.s
    lh = w.line_height(size)
    if not e["dates"]:
        w.paragraph(title, size, keep=w.line_height(s.size))
        return
    date_w = w.m.width(e["dates"], "", s.size)
    if date_w > w.width / 2:
        # free text in a date field ("2019 – today, part-time with a break in 2020"): a wrapped line of its own
        w.paragraph(title, size, keep=lh + w.line_height(s.size))
        w.paragraph([_plain(e["dates"])], s.size, color=s.muted)
        return
    beside = w.width - date_w - 4
    lines = w.lines(title, size, beside)
    if len(lines) == 1:
        _dated_line(w, lines[0], e["dates"], date_w, size)
        return
    head = w.lines(title[:1], size, beside) if e["subtitle"] else []
    if len(head) == 1:
        _dated_line(w, head[0], e["dates"], date_w, size)
        w.paragraph([_plain(e["subtitle"])], size)
        return
    w.paragraph(title, size, keep=lh + w.line_height(s.size))
    _dated_line(w, None, e["dates"], date_w, size)


def _dated_line(w: _Writer, line: Line | None, dates: str, date_w: float, size: float) -> None:
    """One line: ``line`` on the left (if any), then the dates right-aligned — drawn after it, in reading order."""
    s = w.s
    w.ensure(w.line_height(size) + w.line_height(s.size))
    if line is not None:
        w.draw_line(line, w.left, size, "0 g")
    # the leading space keeps the words apart when extracted
    w.put(
        w.left + w.width - date_w - w.m.width(" ", "", s.size),
        w.y + size * PT_TO_MM * 0.95,
        " " + dates,
        "",
        size=s.size,
        color=s.muted,
    )
    w.y += w.line_height(size)


def _entries(w: _Writer, items: list[dict[str, Any]]) -> None:
    s = w.s
    for n, e in enumerate(items):
        if n:
            w.y += s.entry_gap
        _entry_title(w, e)
        if e["summary"]:
            w.paragraph(parse(e["summary"]), s.size)
        for h in e["highlights"]:
            w.bullet(parse(h), s.size)
        for label, value in e["details"]:
            w.paragraph([_plain(f"{label}: ", True), _plain(value)], s.size)


def _tags(w: _Writer, items: list[dict[str, str]]) -> None:
    for item in items:
        runs = [_plain(item["name"] + (": " if item["detail"] else ""), True)]
        if item["detail"]:
            runs.append(_plain(item["detail"]))
        w.paragraph(runs, w.s.size)


def draw_resume(pdf: ResumePDF, metrics: Metrics, view: dict[str, Any], style: PdfStyle) -> None:
    """Lay ``view`` out on ``pdf`` (fonts already registered under ``FAMILY``)."""
    pdf.set_auto_page_break(False)
    pdf.set_margins(style.margin, style.margin, style.margin)
    w = _Writer(pdf, metrics, style)
    w.new_page()
    _header(w, view)
    if view["summary"]:
        _heading(w, view["summary_title"])
        w.paragraph(parse(view["summary"]), style.size)
    for section in view["sections"]:
        _heading(w, section["title"])
        if section["kind"] == "tags":
            _tags(w, section["items"])
        else:
            _entries(w, section["items"])
