"""The most frequent function words of the Latin-script languages the project tells apart.

They tell those languages apart even in short prose. Two readers share them: ``analysis.language`` (which adds
English "be") and ``render.locale``, which picks a resume's headings in the PDF Lambda and must not import the
analysis package (~150 ms of its cold start). Plain data, so importing it costs nothing.
"""

from __future__ import annotations

FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        [
            "the",
            "and",
            "of",
            "to",
            "in",
            "a",
            "for",
            "with",
            "on",
            "as",
            "by",
            "is",
            "at",
            "from",
            "an",
            "was",
            "were",
            "this",
            "that",
            "i",
            "my",
            "our",
            "we",
        ]
    ),
    "de": frozenset(
        [
            "der",
            "die",
            "das",
            "und",
            "ist",
            "nicht",
            "mit",
            "von",
            "zu",
            "den",
            "für",
            "auf",
            "ein",
            "eine",
            "im",
            "dem",
            "des",
            "sich",
            "bei",
            "als",
        ]
    ),
    "fr": frozenset(
        [
            "le",
            "la",
            "les",
            "et",
            "des",
            "du",
            "un",
            "une",
            "est",
            "pour",
            "dans",
            "avec",
            "sur",
            "au",
            "aux",
            "par",
            "ce",
            "qui",
            "que",
            "en",
        ]
    ),
    "es": frozenset(
        [
            "el",
            "la",
            "los",
            "las",
            "y",
            "de",
            "del",
            "un",
            "una",
            "es",
            "para",
            "con",
            "por",
            "en",
            "que",
            "se",
            "al",
            "como",
            "su",
        ]
    ),
    "it": frozenset(
        [
            "il",
            "lo",
            "la",
            "gli",
            "le",
            "e",
            "di",
            "del",
            "della",
            "un",
            "una",
            "è",
            "per",
            "con",
            "che",
            "nel",
            "non",
            "sono",
        ]
    ),
    "pt": frozenset(
        [
            "o",
            "a",
            "os",
            "as",
            "e",
            "de",
            "do",
            "da",
            "um",
            "uma",
            "é",
            "para",
            "com",
            "em",
            "que",
            "não",
            "no",
            "na",
            "dos",
            "das",
        ]
    ),
    "nl": frozenset(
        ["de", "het", "een", "en", "van", "is", "op", "te", "dat", "die", "voor", "met", "zijn", "niet", "aan", "bij"]
    ),
}
