"""Pathological text fields: repeated openers of every markup and pattern the code knows.

Shared by the tests (small sizes, behaviour and work counts) and ``bench/hostile.py`` (200 KB fields, timing).
Each generator repeats one unit to ``size`` characters; a regular expression that rescans the rest of the text
for every unit (a lazy ``.*?`` with no closer, an unbounded group before a failing look-ahead) turns that into
quadratic time, while a linear pass stays proportional to ``size``.
"""

from __future__ import annotations

from typing import Any

#: units that open a construct and never close it (or close it ambiguously), one per pattern the code has
UNITS: dict[str, str] = {
    "bold_stars": "**a ",
    "bold_unders": "__a ",
    "italic_star": "*a ",
    "italic_under": "_a ",
    "tag_bold": "<b>a ",
    "tag_strong": "<strong>",
    "tag_em": "<em>a ",
    "tag_open": "<a ",
    "link_open": "[x](",
    "link_text": "[x",
    "link_url": "[x](http://a ",
    "mixed": "**<b>*_[",
    "mixed_links": "[**x](mailto:",
    "html_entity": "&amp",
    "repeated_words": "a ",
    "acronym_dots": "A.",
    "camel": "aB",
    "dotted": "a.js.",
    "hyphen_word": "a-",
    "apostrophes": "a'",
    "plus_hash": "c+#",
    "gerunds": "doing, ",
    "or_lists": " or ",
    "commas": ", ",
    "numbers": "1.",
    "spaces": " ",
    "tabs": "\t ",
    "newlines": "\n",
    "bullets": "- ",
    "urls": "http://a",
    "slashes": "a/",
    "dates": "2020-",
    "cjk": "黒音",
    "long_word": "a",
    "angle": "<",
}

PROSE = (
    "Led a team of seven engineers building payment services in Python and Go, cut latency by forty percent, "
    "and mentored new hires through design reviews and on-call rotations. "
)


def field(unit: str, size: int) -> str:
    """``unit`` repeated to exactly ``size`` characters."""
    return (unit * (size // len(unit) + 1))[:size]


def prose(size: int) -> str:
    """Plain prose of ``size`` characters: the baseline every pathological field is compared with."""
    return field(PROSE, size)


def resume_with(text: str) -> dict[str, Any]:
    """A small valid resume whose summary, one description and one highlight are ``text``."""
    return {
        "basics": {"name": "Ada Lovelace", "label": "Engineer", "email": "ada@example.com", "summary": text},
        "work": [
            {
                "name": "Analytical Engines",
                "position": "Engineer",
                "startDate": "2020-01",
                "summary": text,
                "highlights": [text],
            }
        ],
        "skills": [{"name": "Python", "keywords": ["Go"]}],
    }


def cases(size: int) -> dict[str, str]:
    """Every pathological field at ``size`` characters, and ``prose`` as the baseline."""
    out = {name: field(unit, size) for name, unit in UNITS.items()}
    out["prose"] = prose(size)
    return out
