"""Markdown → lines, through a CommonMark parser (markdown-it-py) rather than line patterns.

Real Markdown résumés use more of the language than headings and bullets: Pandoc definition lists for dated
entries ("2010-2014" / ":   *Consultant* at **ACME Inc.**"), block quotes, paragraphs wrapped over several
lines, hard breaks, autolinks ("<jane@example.com>"), tables, code spans around dates, raw HTML blocks and
Jekyll front matter. The parser reads all of them the way a Markdown renderer would; this module turns its
tokens into the same ``Line`` objects every other reader makes:

- each source line of a paragraph stays a line of its own (résumé writers put the company, the title and the
  dates on consecutive lines, which Markdown would run together);
- a heading keeps its level (``#`` = 1), so section headings are told from entry titles by the document's own
  habit, as Word's heading styles are;
- a definition term and its definition's first line are one line of two cells, the term a margin label, like
  the date column of a PDF;
- raw HTML becomes its text, with a line for each block element; scripts and styles are dropped, never run.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser
from typing import TYPE_CHECKING, Any

from .lines import BULLETS, CELL_SEP, STYLED_TAIL_WORDS, Document, Line, clean, styled_head, styled_tail

if TYPE_CHECKING:
    from markdown_it.token import Token

#: block elements of HTML: each starts a line of its own
_BLOCKS = frozenset(
    {"address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "footer", "header", "hr", "li"}
    | {"main", "nav", "ol", "p", "pre", "section", "table", "tbody", "td", "th", "thead", "tr", "ul"}
    | {f"h{n}" for n in range(1, 7)}
)
#: the type size a browser gives body text and headings h1…h6 (its defaults, h4–h6 kept above the body): the
#: name in "# Jane Roe" is then the largest line, as it is on the rendered page
_SIZES = (10.0, 20.0, 15.0, 12.0, 10.5, 10.5, 10.5)
_SKIP = frozenset({"script", "style", "template", "noscript", "head", "title"})


def _parser() -> Any:
    from markdown_it import MarkdownIt  # noqa: PLC0415 - only Markdown imports pay for the parser
    from mdit_py_plugins.deflist import deflist_plugin  # noqa: PLC0415
    from mdit_py_plugins.front_matter import front_matter_plugin  # noqa: PLC0415

    return MarkdownIt("commonmark", {"html": True}).enable("table").use(deflist_plugin).use(front_matter_plugin)


class _HTMLText(HTMLParser):
    """The text of an HTML fragment, as (text, heading level, bold) per line; links keep their address."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[tuple[str, int, bool]] = []
        self._parts: list[str] = []
        self._level = 0
        self._bold = 0
        self._skip = 0
        self._href: str | None = None
        self._link_text: list[str] = []

    def _flush(self) -> None:
        text = " ".join("".join(self._parts).split())
        if text:
            self.lines.append((text, self._level, self._bold > 0 and not self._level))
        self._parts = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self._skip += 1
        elif tag in _BLOCKS:
            self._flush()
            if tag[0] == "h" and tag[1:].isdigit():
                self._level = int(tag[1:])
        elif tag in ("b", "strong"):
            self._bold += 1
        elif tag == "a":
            self._href = dict(attrs).get("href")
            self._link_text = []

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self._skip = max(0, self._skip - 1)
        elif tag in _BLOCKS:
            self._flush()
            self._level = 0
        elif tag in ("b", "strong"):
            self._bold = max(0, self._bold - 1)
        elif tag == "a" and self._href is not None:
            self._parts.append(_link_tail("".join(self._link_text), self._href))
            self._href = None

    def handle_data(self, data: str) -> None:
        if self._skip:
            return
        self._parts.append(data)
        if self._href is not None:
            self._link_text.append(data)

    def close(self) -> None:
        super().close()
        self._flush()


def _link_tail(text: str, url: str) -> str:
    """What follows a link's text: its address where the text does not already say it ("GitHub: https://…")."""
    text, url = text.strip(), url.strip()
    bare = url.removeprefix("mailto:").removeprefix("tel:")
    if not bare or bare.startswith("#") or bare == text or url.split("://")[-1].rstrip("/") == text:
        return ""
    return f": {bare}" if text else bare


def _html_lines(source: str) -> list[tuple[str, int, bool]]:
    parser = _HTMLText()
    parser.feed(source)
    parser.close()
    return parser.lines


def _inline(token: Token) -> list[tuple[str, bool]]:
    """An inline token's text, one entry per source line (soft and hard breaks, ``<br>``), each with whether the
    whole line is strong. Two inline HTML elements side by side ("<span>CEO, Pied Piper</span> <span>Dec 2013 –
    Dec 2014</span>") are two cells, as a PDF's left and right halves are."""
    lines: list[tuple[str, bool]] = []
    parts: list[str] = []
    strong_text: list[str] = []
    depth = 0
    link: list[str] = []
    closed = False  # an inline HTML element just ended

    def end_line() -> None:
        text = _styled_runs("".join(parts))
        bold = bool(text.strip()) and "".join(strong_text).strip() == text.strip()
        lines.append((text, bold))
        parts.clear()
        strong_text.clear()

    for child in token.children or []:
        kind = child.type
        if kind in ("softbreak", "hardbreak"):
            end_line()
        elif kind in ("text", "code_inline"):
            parts.append(child.content)
            closed = closed and not child.content.strip()
            if depth:
                strong_text.append(child.content)
        elif kind in ("strong_open", "strong_close"):
            depth = depth + 1 if kind == "strong_open" else max(0, depth - 1)
            parts.append(_RUN_OPEN if kind == "strong_open" else _RUN_CLOSE)
        elif kind in ("em_open", "em_close"):
            parts.append(_RUN_OPEN if kind == "em_open" else _RUN_CLOSE)
        elif kind == "link_open":
            link.append(str(child.attrs.get("href", "")))
            parts.append("\x00")  # where the link's text starts
        elif kind == "link_close" and link:
            joined = "".join(parts)
            start = joined.rfind("\x00")
            text = joined[start + 1 :]
            parts[:] = [joined[:start] + text + _link_tail(text, link.pop())]
        elif kind == "html_inline":
            tag = child.content.lower().replace(" ", "")
            if tag.startswith(("<br", "</p", "<p")):
                end_line()
            elif tag.startswith("</"):
                closed = True
            elif closed and "".join(parts).strip():
                parts.append(CELL_SEP)
                closed = False
        # images, emphasis marks: no text of their own (an image's alt text is no résumé content)
    end_line()
    return [(text.replace("\x00", ""), bold) for text, bold in lines]


_RUN_OPEN, _RUN_CLOSE = "\x01", "\x02"  # where an emphasised run starts and ends in a line being built
_TRAILING_RUN = re.compile(r"^(?P<head>[^\x01\x02]*\S)\s+\x01+(?P<run>[^\x01\x02]+)\x02+\s*$")


_LEADING_RUN = re.compile(r"^\s*\x01+(?P<run>[^\x01\x02]+)\x02+\s+(?P<rest>\S.*)$")


def _styled_runs(text: str) -> str:
    """A short line that opens with an emphasised run ("**B.A. in Marketing** New York University", "**Engineer**
    Acme Corp | 2019"): the run is a cell of its own, as a PDF's bold title before its regular text is; then the
    trailing run as :func:`_trailing_run` reads it. A label ("**Skills:** Python") and a sentence stay one cell."""
    m = _LEADING_RUN.match(text)
    if m and styled_head(m.group("run"), _plain(m.group("rest"))):
        return f"{m.group('run').strip()}{CELL_SEP}{_trailing_run(m.group('rest'))}"
    return _trailing_run(text)


def _plain(text: str) -> str:
    return text.replace(_RUN_OPEN, "").replace(_RUN_CLOSE, "")


def _trailing_run(text: str) -> str:
    """A short line that ends in an emphasised run set off by a space ("Acme Corp *Remote*", "Engineer
    *(01/2020 - present)*"): the run is a cell of its own, as a PDF's differently styled place or date is.
    Elsewhere emphasis marks nothing."""
    m = _TRAILING_RUN.match(text)
    if m and len(text.split()) <= STYLED_TAIL_WORDS:
        return styled_tail(m.group("head"), m.group("run"))
    return _plain(text)


#: front-matter keys that hold the person's own details (Jekyll, Pandoc, Quarto résumé templates), in the order
#: a header prints them; keys that configure a theme or a layout are no part of the résumé
_CONTACT_KEYS = (
    ("name", "author", "fullname", "full_name"),
    ("label", "headline", "position", "role", "job_title"),  # not "title": a page title ("Lebenslauf")
    ("email", "mail", "e-mail"),
    ("phone", "mobile", "telephone", "tel"),
    ("location", "address", "city"),
    ("website", "url", "homepage", "web"),
    ("linkedin", "github", "gitlab", "twitter", "x", "mastodon", "orcid", "scholar"),
)
#: a name given in two keys, as pandoc's and moderncv's templates take it
_GIVEN_KEYS = ("firstname", "first_name", "first-name", "givenname", "given_name", "forename")
_FAMILY_KEYS = ("lastname", "last_name", "last-name", "familyname", "family_name", "surname")
_LABELS = {"phone": "Phone", "mobile": "Phone", "telephone": "Phone", "tel": "Phone", "email": "Email"}


def _front_matter(content: str) -> list[tuple[str, int, bool]]:
    """The person's details in YAML front matter ("name: Jane Smith", "phone: +1 (555) 123-4567"), as the lines a
    rendered header shows: the name as the title, a phone or email with its label, a profile as "GitHub: jane".
    Nothing when the front matter names no person (a layout's "title: Lebenslauf" alone)."""
    import yaml  # noqa: PLC0415 - only Markdown with front matter pays for the parser

    try:
        data = yaml.safe_load(content)
    except yaml.YAMLError:
        return []
    if not isinstance(data, dict):
        return []
    found = {str(k).strip().lower(): v for k, v in data.items() if isinstance(v, str | int) and str(v).strip()}
    given = next((str(found[k]).strip() for k in _GIVEN_KEYS if k in found), "")
    family = next((str(found[k]).strip() for k in _FAMILY_KEYS if k in found), "")
    if given and family and not any(key in found for key in _CONTACT_KEYS[0]):
        found["name"] = f"{given} {family}"  # "firstname: Chan-Ho" / "lastname: Suh": as the template prints them
    if not any(key in found for key in (*_CONTACT_KEYS[0], *_CONTACT_KEYS[2], *_CONTACT_KEYS[3])):
        return []
    lines: list[tuple[str, int, bool]] = []
    for n, keys in enumerate(_CONTACT_KEYS):
        for key in keys:
            if key not in found:
                continue
            value = str(found[key]).strip()
            if n == 0:
                lines.append((value, 1, True))
            elif n == len(_CONTACT_KEYS) - 1:
                lines.append((f"{key}: {value}", 0, False))
            else:
                lines.append((f"{_LABELS[key]}: {value}" if key in _LABELS else value, 0, False))
            if n < len(_CONTACT_KEYS) - 1:
                break  # one name, one phone: the first key that holds it
    return lines


#: Pandoc's attributes after a heading ("### Example Corp {location="Remote"}", "## Experience {.hidden}")
_HEADING_ATTRIBUTES = re.compile(
    r"^(?P<heading>#{1,6}[ \t].*?)[ \t]*"
    r"\{(?P<attrs>(?:\s*(?:[#.][\w-]+|[\w-]+=(?:\"[^\"\n]*\"|[^\s}]+)))+)\s*\}[ \t]*$",
    re.MULTILINE,
)
_ATTRIBUTE_VALUE = re.compile(r"(?P<key>[\w-]+)=(?:\"(?P<quoted>[^\"\n]*)\"|(?P<bare>[^\s}\"]+))")
#: attributes that lay a heading out rather than say something of it: no text of the résumé
_LAYOUT_KEYS = frozenset({"photo", "image", "img", "src", "width", "height", "style", "class", "id", "lang", "icon"})


def _heading_attributes(source: str) -> str:
    """A heading's Pandoc attributes: ids and classes go, the values of key="value" pairs (a date, a place) stay
    as cells of the heading's line ("Senior Example Engineer  2022 - Present")."""
    if "{" not in source:
        return source

    def values(m: re.Match[str]) -> str:
        found = [
            (v.group("quoted") or v.group("bare") or "").strip()
            for v in _ATTRIBUTE_VALUE.finditer(m["attrs"])
            if v.group("key").lower() not in _LAYOUT_KEYS
        ]
        return CELL_SEP.join([m["heading"], *(v for v in found if v)])

    return _HEADING_ATTRIBUTES.sub(values, source)


def read_markdown(source: str) -> Document:
    """The lines of a Markdown document, in order."""
    walker = _Walker()
    tokens = _parser().parse(_heading_attributes(source))
    for at, token in enumerate(tokens):
        walker.token(token, tokens[at - 1].type if at else "")
    return Document(kind="markdown", lines=walker.lines)


class _Walker:
    """Block tokens in order → lines; it remembers the open heading, list item, table row and definition term."""

    _GAP_BEFORE = frozenset(
        {"paragraph_open", "heading_open", "bullet_list_open", "ordered_list_open", "hr", "dl_open"}
    )

    def __init__(self) -> None:
        self.lines: list[Line] = []
        self.gap = 0.0
        self.heading = 0
        self.bullet = False
        self.term: str | None = None
        self.row: list[str] | None = None

    def add(self, text: str, *, bold: bool = False, level: int = 0, label: bool = False) -> None:
        cleaned = clean(html.unescape(text)) if "&" in text else clean(text)
        if not cleaned:
            return
        if self.bullet and cleaned[0] not in BULLETS:
            cleaned = f"• {cleaned}"
        self.bullet = False
        size = _SIZES[min(level, 6)]
        line = Line(cleaned, size, bold or level > 0, heading=level > 0, level=level, gap_before=self.gap)
        if label:
            line.labels = frozenset({0})
        self.lines.append(line)
        self.gap = 0.0

    def token(self, token: Token, before: str) -> None:
        kind = token.type
        if kind in self._GAP_BEFORE:
            self.gap = 1.0
        if kind in ("heading_open", "heading_close"):
            self.heading = int(token.tag[1:]) if kind == "heading_open" else 0
        elif kind == "list_item_open":
            self.bullet, self.gap = True, max(self.gap, 0.5)
        elif kind in ("tr_open", "tr_close"):
            if self.row is not None:
                self.add(CELL_SEP.join(c for c in self.row if c))
            self.row = [] if kind == "tr_open" else None
        elif kind == "inline":
            self.inline(token, before)
        elif kind == "dd_close" and self.term:
            self.add(self.term)
            self.term = None
        elif kind in ("html_block", "front_matter"):
            rows = _html_lines(token.content) if kind == "html_block" else _front_matter(token.content)
            for text, level, bold in rows:
                self.add(text, bold=bold, level=level)
            self.gap = 1.0
        elif kind in ("code_block", "fence"):
            for text in token.content.splitlines():
                self.add(text)
            self.gap = 1.0

    def inline(self, token: Token, before: str) -> None:
        found = _inline(token)
        if self.row is not None:
            self.row.append(" ".join(text.strip() for text, _bold in found))
        elif before == "dt_open":
            self.term = " ".join(text.strip() for text, _bold in found)
        else:
            for n, (text, bold) in enumerate(found):
                term, self.term = self.term, None
                if term and n == 0:  # "2010-2014" / ":   Consultant at ACME": one row, the term its margin label
                    self.add(f"{term}{CELL_SEP}{text.strip()}", label=True)
                else:
                    self.add(text, bold=bold, level=self.heading)
