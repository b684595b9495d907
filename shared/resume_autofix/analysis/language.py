"""A light language detector: Unicode script first, then function words, then dictionary share.

Why not lingua: its wheel is ~96 MB (all models), too much for a Lambda layer whose whole budget is 250 MB
unzipped; langid/py3langid need numpy. What the product needs is narrower: "is this text English (or another
language we hold a dictionary for)?" so that spelling is only ever checked where a dictionary applies.
Anything unsure is ``"und"`` and is left alone.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Container
from dataclasses import dataclass
from functools import lru_cache

from ..resume.function_words import FUNCTION_WORDS

_LETTERS = re.compile(r"[^\W\d_]+", re.UNICODE)

# The most frequent function words (English also "be"); they tell Latin-script languages apart in short prose.
_STOPWORDS: dict[str, frozenset[str]] = {**FUNCTION_WORDS, "en": FUNCTION_WORDS["en"] | {"be"}}
_SCRIPT_LANG = {
    "HIRAGANA": "ja",
    "KATAKANA": "ja",
    "HANGUL": "ko",
    "CYRILLIC": "ru",
    "ARABIC": "ar",
    "GREEK": "el",
    "HEBREW": "he",
    "DEVANAGARI": "hi",
    "THAI": "th",
    "CJK": "zh",
}


@dataclass(frozen=True)
class Detected:
    language: str  # ISO 639-1, or "und" when unsure
    confidence: float  # 0..1
    script: str  # "LATIN", "CJK", ...


def script_of(text: str) -> Counter[str]:
    counts: Counter[str] = Counter()
    if text.isascii():  # every ASCII letter is LATIN: skip the per-character name look-up
        letters = sum(ch.isalpha() for ch in text)
        if letters:
            counts["LATIN"] = letters
        return counts
    for ch in text:
        if ch.isalpha():
            counts[_script(ch)] += 1
    return counts


@lru_cache(maxsize=8192)
def _script(ch: str) -> str:
    name = unicodedata.name(ch, "")
    return name.split(" ")[0] if name else "UNKNOWN"


def detect(text: str, known_english: Container[str] | None = None) -> Detected:
    """The language of ``text``; ``known_english`` (lower-cased words) helps on short texts with no function word."""
    scripts = script_of(text)
    total = sum(scripts.values())
    if not total:
        return Detected("und", 0.0, "NONE")
    script, count = scripts.most_common(1)[0]
    if script != "LATIN" or count / total < 0.8:
        # Kana decides Japanese over Chinese even when kanji outnumber it.
        lang = "ja" if scripts["HIRAGANA"] + scripts["KATAKANA"] else _SCRIPT_LANG.get(script, "und")
        return Detected(lang, count / total, script)
    tokens = [w.lower() for w in _LETTERS.findall(text)]
    if not tokens:
        return Detected("und", 0.0, script)
    hits = {lang: sum(t in words for t in tokens) for lang, words in _STOPWORDS.items()}
    best = max(hits, key=lambda k: hits[k])
    ordered = sorted(hits.values(), reverse=True)
    if ordered[0] >= 2 and ordered[0] >= 2 * max(ordered[1], 1) - 1 and ordered[0] > ordered[1]:
        return Detected(best, min(1.0, ordered[0] / max(3, len(tokens) * 0.25)), script)
    if known_english is not None:
        share = sum(t in known_english for t in tokens) / len(tokens)
        if share >= 0.7:
            return Detected("en", share, script)
    return Detected("und", 0.0, script)
