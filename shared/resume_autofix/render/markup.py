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
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from markupsafe import Markup, escape

#: how deep emphasis may nest inside emphasis; deeper markers stay as text (real resumes nest two or three)
MAX_DEPTH = 8
#: texts up to this length are memoised per container (highlights repeat); longer ones are parsed each time,
#: so a 200 KB field cannot pin megabytes of runs in the memo
MEMO_MAX_CHARS = 4096
#: openers looked at per text (nested ones included); past it the rest of the text stays as written. A real
#: field has a few dozen; a hostile one (200 KB of ``*a `` or line breaks) would otherwise cost a Python step
#: and a run per character, where prose costs one C-speed search
MAX_OPENERS = 2000

# The openers, each tried at the positions where its first character is (the scanner jumps between them).
_SPECIAL = re.compile(r"[\[*_<\n]")
_SCHEME = re.compile(r"https?://|mailto:", re.IGNORECASE)
_URL_RUN = re.compile(r"[^\s()<>\"']*")
_BOLD_TAG = re.compile(r"<(strong|b)>", re.IGNORECASE)
_ITALIC_TAG = re.compile(r"<(em|i)>", re.IGNORECASE)
_BR = re.compile(r"<br\s*/?>", re.IGNORECASE)
_CLOSE_TAGS = {name: re.compile(rf"</{name}>", re.IGNORECASE) for name in ("strong", "b", "em", "i")}


@dataclass(frozen=True, slots=True)
class Run:
    """A piece of text with one style; ``text == "\\n"`` is a line break."""

    text: str
    bold: bool = False
    italic: bool = False
    url: str | None = None


def parse(text: str) -> tuple[Run, ...]:
    """``text`` as styled runs, in time linear in its length (short texts memoised: highlights repeat)."""
    if len(text) <= MEMO_MAX_CHARS:
        return _parse_memo(text)
    return _parse_runs(text)


@lru_cache(maxsize=4096)
def _parse_memo(text: str) -> tuple[Run, ...]:
    return _parse_runs(text)


def _parse_runs(text: str) -> tuple[Run, ...]:
    runs: list[Run] = []
    _parse(text, _Style(), runs, 0, [MAX_OPENERS])
    return tuple(runs)


@dataclass(frozen=True, slots=True)
class _Style:
    bold: bool = False
    italic: bool = False
    url: str | None = None


def _parse(text: str, style: _Style, out: list[Run], depth: int, budget: list[int]) -> None:
    if depth > MAX_DEPTH or budget[0] <= 0:
        out.append(Run(text, style.bold, style.italic, style.url))
        return
    scanner = _Scanner(text)
    pos = i = 0
    while budget[0] > 0 and (m := _SPECIAL.search(text, i)) is not None:
        budget[0] -= 1
        start = m.start()
        found = scanner.match_at(start)
        if found is None:
            i = start + 1
            continue
        if start > pos:
            out.append(Run(text[pos:start], style.bold, style.italic, style.url))
        pos = i = found.end
        if found.kind == "br":
            out.append(Run("\n", style.bold, style.italic, None))
        elif found.kind == "link":
            _parse(found.inner, _Style(style.bold, style.italic, style.url or found.url), out, depth + 1, budget)
        elif found.kind == "bold":
            _parse(found.inner, _Style(True, style.italic, style.url), out, depth + 1, budget)
        else:
            _parse(found.inner, _Style(style.bold, True, style.url), out, depth + 1, budget)
    if pos < len(text):
        out.append(Run(text[pos:], style.bold, style.italic, style.url))


@dataclass(frozen=True, slots=True)
class _Found:
    end: int
    kind: str  # "bold" | "italic" | "link" | "br"
    inner: str = ""
    url: str | None = None


class _Next:
    """The first position >= ``start`` that ``find`` reports, for starts that never decrease.

    The answer is remembered: a later start at or before it gets it again without a search, and a search that
    found nothing is not repeated. So every stretch of the text is searched once per marker kind, however many
    openers wait for the same (or a missing) closer — the rescan that made a lazy ``.*?`` quadratic.
    """

    __slots__ = ("_find", "_found", "_start")

    def __init__(self, find: Callable[[int], int]) -> None:
        self._find = find
        self._start = -1
        self._found = -1

    def at_or_after(self, start: int) -> int:
        if start >= self._start and ((self._found == -1 and self._start >= 0) or start <= self._found):
            return self._found
        self._start, self._found = start, self._find(start)
        return self._found


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"  # what ``\w`` matches in a str pattern


class _Scanner:
    """Which construct (if any) starts at a position of one text: the grammar the module docstring describes.

    At each position the constructs are tried in this order: link, ``**``, ``__``, ``<b>``/``<strong>``,
    ``*``, ``_``, ``<i>``/``<em>``, line break. Emphasis takes the nearest closer that qualifies (inner text
    starts and ends with a non-space; ``*``/``_`` emphasis stays on one line; ``__``/``_`` only between words).
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.memos: dict[str, _Next] = {}  # one per closer kind, made when first needed (most texts need none)
        self._url_at = (-1, -1)  # (position of "](" , end of its URL or -1): openers sharing one "](" ask once

    def next(self, closer: str, start: int) -> int:
        """The nearest ``closer`` at or after ``start`` (-1: none): ``**``/``__`` only where they may close."""
        memo = self.memos.get(closer)
        if memo is None:
            memo = self.memos[closer] = _Next(self._finder(closer))
        return memo.at_or_after(start)

    def _finder(self, closer: str) -> Callable[[int], int]:
        text = self.text
        if closer in ("**", "__"):
            return lambda start: self._find_double(start, closer)
        if closer in _CLOSE_TAGS:
            return lambda start: _search(_CLOSE_TAGS[closer], text, start)
        char = closer[0]  # "*", "_", "]", and "\n" / "\n]" (newlines, asked by emphasis and by links)
        return lambda start: text.find(char, start)

    def match_at(self, p: int) -> _Found | None:
        ch = self.text[p]
        if ch == "[":
            return self._link(p)
        if ch in "*_":
            return self._double(p, ch * 2) or self._single(p, ch)
        if ch == "<":
            return self._tag(p, _BOLD_TAG, "bold") or self._tag(p, _ITALIC_TAG, "italic") or self._br(p)
        return _Found(p + 1, "br")  # "\n"

    def _closer_ok(self, q: int, mark: str) -> bool:
        """``mark`` at ``q`` closes: after a non-space, and for ``__`` not followed by a word character."""
        text = self.text
        if text[q - 1].isspace():
            return False
        return mark == "**" or q + 2 >= len(text) or not _is_word(text[q + 2])

    def _find_double(self, start: int, mark: str) -> int:
        text = self.text
        while (q := text.find(mark, start)) >= 0:
            if self._closer_ok(q, mark):
                return q
            start = q + 1
        return -1

    def _double(self, p: int, mark: str) -> _Found | None:
        text = self.text
        c = p + 2
        if text[p:c] != mark or c >= len(text) or text[c].isspace():
            return None
        if mark == "__" and p > 0 and _is_word(text[p - 1]):
            return None
        q = self.next(mark, c + 2)  # inner text of two or more characters, the nearest closer
        if q < 0:
            q = c + 1  # else a one-character inner text
            if text[q : q + 2] != mark or not self._closer_ok(q, mark):
                return None
        return _Found(q + 2, "bold", text[c:q])

    def _single(self, p: int, mark: str) -> _Found | None:
        text, n = self.text, len(self.text)
        c = p + 1
        if c >= n or text[c].isspace() or text[c] == mark:
            return None
        if p > 0 and (_is_word(text[p - 1]) or text[p - 1] == mark):
            return None
        q = self.next(mark, c + 1)  # the inner text holds no marker: only the next one can close
        if q < 0:
            return None
        if q > c + 1:
            newline = self.next("\n", c)
            if 0 <= newline < q or text[q - 1].isspace():
                return None
        if q + 1 < n and (_is_word(text[q + 1]) or text[q + 1] == mark):
            return None
        return _Found(q + 1, "italic", text[c:q])

    def _tag(self, p: int, opener: re.Pattern[str], kind: str) -> _Found | None:
        m = opener.match(self.text, p)
        if m is None:
            return None
        name = {6: "strong", 2: "em"}.get(len(m.group(1)), "b" if kind == "bold" else "i")
        q = self.next(name, m.end())
        if q < 0:
            return None
        return _Found(q + len(name) + 3, kind, self.text[m.end() : q])

    def _br(self, p: int) -> _Found | None:
        m = _BR.match(self.text, p)
        return None if m is None else _Found(m.end(), "br")

    def _link(self, p: int) -> _Found | None:
        text = self.text
        e = self.next("]", p + 1)
        if e <= p + 1 or text[e + 1 : e + 2] != "(":
            return None
        newline = self.next("\n]", p + 1)
        if 0 <= newline < e:
            return None
        if self._url_at[0] != e:
            scheme = _SCHEME.match(text, e + 2)
            end = -1
            if scheme is not None:
                run = _URL_RUN.match(text, scheme.end())
                if run is not None and run.end() > scheme.end() and text[run.end() : run.end() + 1] == ")":
                    end = run.end()
            self._url_at = (e, end)
        end = self._url_at[1]
        if end < 0:
            return None
        return _Found(end + 1, "link", text[p + 1 : e], text[e + 2 : end])


def _search(pattern: re.Pattern[str], text: str, start: int) -> int:
    m = pattern.search(text, start)
    return -1 if m is None else m.start()


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
