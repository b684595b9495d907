"""Programming languages a "Languages" section may list instead of spoken ones ("Python  100", "C++  60",
"Used in production: Kotlin, Go"): such a section is the skills."""

from __future__ import annotations

import re

from ..analysis.vocabulary import HARD, TOOL, lookup
from .lines import Line

#: languages a "Languages" section may list that no person speaks
_CODE_LANGUAGES = frozenset(
    [
        "python",
        "java",
        "javascript",
        "typescript",
        "c",
        "c++",
        "c#",
        "go",
        "golang",
        "rust",
        "ruby",
        "php",
        "scala",
        "kotlin",
        "swift",
        "r",
        "matlab",
        "sql",
        "bash",
        "shell",
        "haskell",
        "perl",
        "lua",
        "dart",
        "julia",
        "elixir",
        "erlang",
        "clojure",
        "fortran",
        "cobol",
        "assembly",
        "assembler",
        "html",
        "css",
        "objective-c",
        "f#",
        "ocaml",
        "lisp",
        "scheme",
        "prolog",
        "vhdl",
        "verilog",
        "solidity",
        "groovy",
        "powershell",
    ]
)


#: Microsoft's platforms, which the skills vocabulary does not hold under these names
_PLATFORMS = frozenset([".net", "asp", "asp.net", "vb.net", "wpf", "winforms", "xamarin", "delphi", "pascal"])


def technology(text: str) -> bool:
    """A programming language or a tool the skills vocabulary knows ("Perl", "React", "AWS"), no employer's name."""
    key = text.strip().lower()
    term = lookup(text.strip())
    return key in _CODE_LANGUAGES or key in _PLATFORMS or (term is not None and term.category in (HARD, TOOL))


def of_code(lines: list[Line]) -> bool:
    """A "Languages" section that lists programming languages ("Python  100", "C++  60"): skills, not tongues;
    told by half of its lines or more opening with one."""
    firsts = [_first_item(line) for line in lines if line.text.strip()]
    return bool(firsts) and sum(f in _CODE_LANGUAGES for f in firsts) * 2 >= len(firsts)


def _first_item(line: Line) -> str:
    """The line's first item, after a label that names a group ("Used in production: Kotlin, Go" → "kotlin")."""
    cell = (line.cells or [line.text])[0]
    label, colon, rest = cell.partition(":")
    if colon and rest.strip() and len(label.split()) <= 4:
        cell = rest
    return cell.split(",")[0].strip().casefold()


def opens_with_technology(item: str) -> bool:
    """The item is a technology, or opens with one ("PHP Cake", "Python (pandas)")."""
    words = item.split(maxsplit=1)
    return technology(item) or (bool(words) and technology(words[0]))


#: the words that join a list of technologies, in the languages résumés are written in
_STACK_JOIN = re.compile(r"\s*(?:,|/|\+|&|\band\b|\bund\b|\be\b|\by\b|\bet\b)\s*", re.IGNORECASE)


def is_stack(text: str) -> bool:
    """Technologies, one or joined ("ASP 3 e .NET", "Python, PHP Cake e Zend"): short items, the first and half of
    them or more opening with one the vocabulary knows."""
    items = [p.strip() for p in _STACK_JOIN.split(text) if p.strip()]
    # a letter alone is no technology here: "R&D", "C&C" are no stack of R, D and C
    known = [len(p) >= 2 and opens_with_technology(p) for p in items]
    return bool(items) and known[0] and sum(known) * 2 >= len(items) and all(len(p.split()) <= 3 for p in items)
