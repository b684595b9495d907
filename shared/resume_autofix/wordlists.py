"""Word lists the packages share: SymSpell's English frequency list, read once per process.

The analysis builds its spelling lexicon from it, and the importer asks it whether a word a PDF hyphenated at a line
end is one word or a compound; both sit above this module, so neither imports the other.
"""

from __future__ import annotations

from functools import lru_cache
from importlib.resources import files


@lru_cache(maxsize=1)
def symspell_counts() -> dict[str, str]:
    """SymSpell's English frequency dictionary (``word count`` per line); counts stay text until one is needed."""
    fields = iter((files("symspellpy") / "frequency_dictionary_en_82_765.txt").read_text(encoding="utf-8").split())
    return dict(zip(fields, fields, strict=False))
