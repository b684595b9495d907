"""Programming languages a "Languages" section may list instead of spoken ones ("Python  100", "C++  60",
"Used in production: Kotlin, Go"): such a section is the skills."""

from __future__ import annotations

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
