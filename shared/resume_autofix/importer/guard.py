"""The never-invent guard: every string in an imported resume occurs in the text the importer read.

Comparison is after whitespace and hyphenation normalisation (a line break is a space; "multi-\\nregion" is
"multi-region", and "Univer-\\nsity" is "University" too), case kept. Two derived kinds of value are allowed, each
checked against its source: dates are ISO forms of a date written in the text, and a URL may gain "https://" in
front of a host written in the text; a value without spaces (an address, a URL) may have been broken across two
lines ("…@PIEDPIP" / "ER.COM"), and a word broken at a line's end with a cell set right of the break
("submis-  4 months" / "sions"); a template's placeholders may lose their square brackets; a text of several
paragraphs (a summary, a description) is checked paragraph by paragraph, as the file need not hold them together.
A value that fails is removed and named in a warning; a model's structuring passes the same guard.
"""

from __future__ import annotations

import re
from functools import cached_property
from typing import Any

from .dates import find_dates
from .lines import CELL_SEP

DATE_KEYS = frozenset({"startDate", "endDate", "date", "releaseDate"})
_HYPHEN_BREAK = re.compile(r"(?<=[^\W\d_])-\s*\n\s*")
# a word broken at a line's end; a cell set to the right of the break ("submis-  4 months" / "sions)") is no part of it
_WORD_BREAK = re.compile(r"(?<=[^\W\d_])-(?:[ \t]{2,}[^\n]*)?[ \t]*\n\s*(?=[^\W\d_])")


def normalise(text: str) -> str:
    if "\n" in text and "-" in text:
        text = _HYPHEN_BREAK.sub("-", text)
    if "•" in text:
        text = text.replace("•", " ")
    return " ".join(text.split())  # str.split() and re's \s agree on what Unicode whitespace is


def _in_order(words: list[str], text: str, splits: int) -> bool:
    """The words occur as up to ``splits + 1`` runs, in order, each within 300 characters of the last.

    A title wrapped around a right-aligned date ("Bachelor of Science Computer  Sep 2002 – May 2006 / Science")
    is such a value: every word is in the file, in the file's order.
    """
    for k in range(len(words) - 1, 0, -1):
        prefix = " ".join(words[:k])
        rest = " ".join(words[k:])
        pos = text.find(prefix)
        tries = 0
        while pos >= 0 and tries < 5:
            window = text[pos + len(prefix) : pos + len(prefix) + 300]
            if rest in window or (splits > 1 and _in_order(words[k:], window, splits - 1)):
                return True
            pos = text.find(prefix, pos + 1)
            tries += 1
    return False


class Guard:
    """Checks values against one document's source text."""

    def __init__(self, source_text: str) -> None:
        self.text = normalise(source_text)
        self.dates = all_iso_dates(source_text)
        self._source = source_text

    @cached_property
    def unbroken(self) -> str:
        """The source with its line breaks taken out (built on first use: most documents never need it)."""
        return normalise(self._source.replace("\n", ""))

    @cached_property
    def unbracketed(self) -> str:
        """The source without square brackets: a Word template's placeholders ("[Volunteer], [Baldwin Museum]"), whose
        text the importer keeps and whose brackets it drops."""
        return normalise(self._source.replace("[", "").replace("]", ""))

    @cached_property
    def dehyphenated(self) -> str:
        """The source with each line-end hyphen between letters taken out with its line break ("Univer-\nsity")."""
        return normalise(_WORD_BREAK.sub("", self._source))

    def allows(self, key: str, value: str) -> bool:
        if key in DATE_KEYS:
            return value in self.dates
        norm = normalise(value)
        if not norm or norm in self.text:
            return True
        if len(norm) <= 300 and _in_order(norm.split(" "), self.text, 2):
            return True
        if (
            (" " not in norm and norm in self.unbroken)  # an address or URL a narrow column broke across two lines
            or ("-" in self._source and norm in self.dehyphenated)  # "Univer-" / "sity" as one word
            or ("[" in self._source and norm in self.unbracketed)  # a template's placeholders without their brackets
        ):
            return True
        if key == "url" or key.endswith("url"):
            return norm.removeprefix("https://") in self.text
        # a summary or description of paragraphs, each in the file, not all next to another
        return "\n" in value.strip() and all(self.allows(key, paragraph) for paragraph in value.split("\n"))

    def clean(self, value: Any, path: str = "", key: str = "") -> tuple[Any, list[str]]:
        """``value`` without any string that does not occur in the source, and the paths removed."""
        removed: list[str] = []
        if isinstance(value, dict):
            out: dict[str, Any] = {}
            for k, v in value.items():
                kept, gone = self.clean(v, f"{path}/{k}", k)
                removed.extend(gone)
                if kept not in (None, "", [], {}):
                    out[k] = kept
            return out, removed
        if isinstance(value, list):
            items: list[Any] = []
            for i, v in enumerate(value):
                kept, gone = self.clean(v, f"{path}/{i}", key)
                removed.extend(gone)
                if kept not in (None, "", [], {}):
                    items.append(kept)
            return items, removed
        if isinstance(value, str):
            if self.allows(key, value):
                return value, removed
            return None, [path]
        return value, removed


def invented(resume: dict[str, Any], source_text: str) -> list[str]:
    """The JSON paths of strings in ``resume`` that do not occur in ``source_text`` (empty when none)."""
    return Guard(source_text).clean(resume)[1]


def all_iso_dates(text: str) -> set[str]:
    """Every ISO value :func:`find_dates` can read from ``text`` (what the never-invent guard allows)."""
    values: set[str] = set()
    lines = text.splitlines()
    for n, line in enumerate(lines):
        # a line and the next joined as well: a range wrapped in a narrow column ("Jul 2011 – Aug" / "2013"); and
        # their first cells, a margin's month over its year ("Sep  • Wrote …" / "2020  Program …")
        after = lines[n + 1] if n + 1 < len(lines) else ""
        stacked = f"{line.split(CELL_SEP)[0]} {after.split(CELL_SEP)[0]}" if after else ""
        for part in (line, f"{line} {after}" if after else "", stacked):
            for span in find_dates(part):
                values.update(v for v in (span.start, span.end) if v)
    return values
