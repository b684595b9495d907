"""Where the words of a resume are: every text field with its JSON Pointer and its role."""

from __future__ import annotations

import html
import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from cachetools import LRUCache, cached

from resume_autofix.resume.pointer import to_pointer

# Sections whose entries carry prose ("summary", "description", "highlights").
PROSE_SECTIONS = ("work", "volunteer", "projects", "awards", "publications", "certificates", "education")
PROSE_KEYS = ("summary", "description")
LIST_KEYS = ("highlights",)
# Short fields that still count for keyword matching but are never rewritten.
LABEL_KEYS = (
    "name",
    "company",
    "position",
    "label",
    "title",
    "area",
    "studyType",
    "organization",
    "institution",
    "issuer",
    "awarder",
    "publisher",
    "entity",
)
KEYWORD_LIST_KEYS = ("keywords", "courses", "roles")

# A tag holds no "<": each "<" is looked at up to the next "<" or ">" (at most 200 characters), never further.
_TAG = re.compile(r"<[^<>]{1,200}>")
_EMPHASIS = re.compile(r"\*\*|__")
WORD = re.compile(r"[^\W\d_](?:[\w'’.+#-]*[\w+#])?", re.UNICODE)


@dataclass(frozen=True)
class TextField:
    path: str  # JSON Pointer
    text: str  # the raw value (HTML and markdown included: they are data)
    role: str  # "summary" | "prose" | "bullet" | "label" | "keyword"
    section: str  # "basics", "work", ...
    entry: int | None = None


def plain(text: str) -> str:
    """Text for reading (tags, markdown emphasis and entities removed); the stored value is never changed."""
    if "<" not in text and "&" not in text and "**" not in text and "__" not in text and "](" not in text:
        return text  # nothing any of the three steps below could change: most fields
    return _plain(text)


# Every check reads each field's plain text: remembered (bounded by characters, not entries) so a field with
# 50,000 entities or tags is unescaped once per analysis, not once per check.
@cached(LRUCache(maxsize=4_000_000, getsizeof=len), lock=threading.Lock())
def _plain(text: str) -> str:
    text = _TAG.sub(" ", text)
    return html.unescape(_strip_markdown(text))


def _strip_markdown(text: str) -> str:
    """``**``/``__`` removed and ``[text](url)`` → ``text``, in one pass.

    Between links, the markers go in one C-speed ``re.sub``. A link's ``]`` and ``)`` are the nearest ones
    after its ``[``; they are searched for once and remembered, so a field of ``[x](`` repeated (no ``)``
    anywhere) costs one search, not one per ``[`` to the end of the text.
    """
    start = text.find("[")
    if start < 0:
        return _EMPHASIS.sub("", text)
    out: list[str] = []
    pos = 0
    bracket = paren = -2  # the nearest "]" / ")" found so far (-1: none left); -2: not searched yet
    while start >= 0:
        if bracket != -1 and bracket <= start:
            bracket = text.find("]", start + 1)
        if bracket < 0:
            break  # no "]" after this "[": no link anywhere further on
        if text[bracket + 1 : bracket + 2] == "(":
            if paren != -1 and paren <= bracket + 1:
                paren = text.find(")", bracket + 2)
            if paren < 0:
                break  # no ")" left: no link further on
            out.append(_EMPHASIS.sub("", text[pos:start]))
            out.append(text[start + 1 : bracket])
            pos = paren + 1
            start = text.find("[", pos)
        else:
            start = text.find("[", start + 1)
    out.append(_EMPHASIS.sub("", text[pos:]))
    return "".join(out)


def iter_fields(doc: dict[str, Any]) -> Iterator[TextField]:
    """Every string of interest in document order, with its pointer and role."""
    basics = doc.get("basics")
    if isinstance(basics, dict):
        for key in ("label", "summary"):
            if isinstance(basics.get(key), str) and basics[key].strip():
                yield TextField(
                    to_pointer(("basics", key)), basics[key], "summary" if key == "summary" else "label", "basics"
                )
    for section in PROSE_SECTIONS:
        entries = doc.get(section)
        if not isinstance(entries, list):
            continue
        for i, entry in enumerate(entries):
            if not isinstance(entry, dict):
                continue
            yield from _entry_fields(section, i, entry)
    for section in ("skills", "interests", "languages"):
        entries = doc.get(section)
        if isinstance(entries, list):
            for i, entry in enumerate(entries):
                if isinstance(entry, dict):
                    yield from _keyword_fields(section, i, entry)


def _keyword_fields(section: str, i: int, entry: dict[str, Any]) -> Iterator[TextField]:
    for key in ("name", "language"):
        if isinstance(entry.get(key), str) and entry[key].strip():
            yield TextField(to_pointer((section, i, key)), entry[key], "keyword", section, i)
    keywords = entry.get("keywords")
    for j, kw in enumerate(keywords if isinstance(keywords, list) else []):
        if isinstance(kw, str) and kw.strip():
            yield TextField(to_pointer((section, i, "keywords", j)), kw, "keyword", section, i)


def _entry_fields(section: str, i: int, entry: dict[str, Any]) -> Iterator[TextField]:
    for key in LABEL_KEYS:
        if isinstance(entry.get(key), str) and entry[key].strip():
            yield TextField(to_pointer((section, i, key)), entry[key], "label", section, i)
    for key in PROSE_KEYS:
        if isinstance(entry.get(key), str) and entry[key].strip():
            yield TextField(to_pointer((section, i, key)), entry[key], "prose", section, i)
    for keys, kind in ((LIST_KEYS, "bullet"), (KEYWORD_LIST_KEYS, "keyword")):
        for key in keys:
            items = entry.get(key)
            if isinstance(items, list):
                for j, item in enumerate(items):
                    if isinstance(item, str) and item.strip():
                        yield TextField(to_pointer((section, i, key, j)), item, kind, section, i)


def words(text: str) -> list[str]:
    return WORD.findall(text)
