"""Markdown-ish emphasis in free-text fields, parsed once and drawn by both HTML and PDF.

Decision (documented for the API): real resumes carry ``**bold**``, ``*italic*``/``_italic_``, ``[text](url)``
and a few inline tags (``<strong>``, ``<b>``, ``<em>``, ``<i>``, ``<br>``) in summaries, descriptions and
highlights. These — and only these, written exactly so (tags without attributes, links only to ``http``,
``https`` or ``mailto``) — become emphasis, links and line breaks. Everything else is text: any other HTML
(``<script>``, ``<img onerror=...>``, a tag with attributes) is shown literally, escaped by Jinja2's autoescape
in HTML and drawn as characters in the PDF. Parsing produces plain ``Run`` values; HTML is built from them with
every piece of text escaped, so a parsed link or emphasis can never inject markup.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from markupsafe import Markup, escape

_INLINE = re.compile(
    r"\[(?P<ltext>[^\]\n]+)\]\((?P<lurl>(?:https?://|mailto:)[^\s()<>\"']+)\)"
    r"|\*\*(?P<b1>\S(?:.*?\S)?)\*\*"
    r"|(?<!\w)__(?P<b2>\S(?:.*?\S)?)__(?!\w)"
    r"|<(?P<btag>strong|b)>(?P<b3>.*?)</(?P=btag)>"
    r"|(?<![\w*])\*(?P<i1>[^\s*](?:[^*\n]*?[^\s*])?)\*(?![\w*])"
    r"|(?<![\w_])_(?P<i2>[^\s_](?:[^_\n]*?[^\s_])?)_(?![\w_])"
    r"|<(?P<itag>em|i)>(?P<i3>.*?)</(?P=itag)>"
    r"|(?P<br><br\s*/?>|\n)",
    re.IGNORECASE | re.DOTALL,
)


@dataclass(frozen=True, slots=True)
class Run:
    """A piece of text with one style; ``text == "\\n"`` is a line break."""

    text: str
    bold: bool = False
    italic: bool = False
    url: str | None = None


@lru_cache(maxsize=4096)
def parse(text: str) -> tuple[Run, ...]:
    """``text`` as styled runs (cached: the same highlight is parsed once per container)."""
    runs: list[Run] = []
    _parse(text, False, False, None, runs)
    return tuple(runs)


def _parse(text: str, bold: bool, italic: bool, url: str | None, out: list[Run]) -> None:
    pos = 0
    for m in _INLINE.finditer(text):
        if m.start() > pos:
            out.append(Run(text[pos : m.start()], bold, italic, url))
        pos = m.end()
        groups = m.groupdict()
        if groups["ltext"] is not None:
            _parse(groups["ltext"], bold, italic, url or groups["lurl"], out)
        elif groups["br"] is not None:
            out.append(Run("\n", bold, italic, None))
        else:
            inner_bold = next((groups[g] for g in ("b1", "b2", "b3") if groups[g] is not None), None)
            if inner_bold is not None:
                _parse(inner_bold, True, italic, url, out)
            else:
                inner = next(groups[g] for g in ("i1", "i2", "i3") if groups[g] is not None)
                _parse(inner, bold, True, url, out)
    if pos < len(text):
        out.append(Run(text[pos:], bold, italic, url))


def plain(text: str) -> str:
    """The text a reader sees (markers removed), e.g. for read-back checks."""
    return "".join(run.text for run in parse(text))


def to_html(text: str) -> Markup:
    """Runs as HTML, every text piece escaped."""
    parts: list[str] = []
    for run in parse(text):
        if run.text == "\n":
            parts.append("<br>")
            continue
        piece = str(escape(run.text))
        if run.italic:
            piece = f"<em>{piece}</em>"
        if run.bold:
            piece = f"<strong>{piece}</strong>"
        if run.url:
            piece = f'<a href="{escape(run.url)}">{piece}</a>'
        parts.append(piece)
    return Markup("".join(parts))  # noqa: S704 - built only from escaped pieces above
