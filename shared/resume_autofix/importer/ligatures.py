"""Words a PDF drew with a ligature its font maps to no letters: "Scienti c" (the "fi" glyph has no text, so the
word falls apart round a gap) or "wri\ue03cen" (the "tt" glyph is a private-use character).

Which ligature it was is asked of SymSpell's English frequency list (read once, on the first broken word): the
word made whole with one of the ligatures TeX, Typst and browsers draw ("fi", "ffi", "tt", …) must be a word, and
one half at least must not be one, so two real words set apart by a wide space stay two.

A font's small capitals can map every letter to its capital but the "i" ("SCiENTiST", "NATiONAL"): a word in
capitals with an inner "i", whose letters are an English word, is read in capitals ("TiDB", "ESXi" are no words).
"""

from __future__ import annotations

import dataclasses
import re
from functools import lru_cache

from ..wordlists import symspell_counts
from .pdf import LIGATURE_MARK, Glyph

# the longest first: "ffi" before "ff" and "fi"
_LIGATURES = ("ffi", "ffl", "ff", "fi", "fl", "ft", "tt", "st", "ct", "fj", "th")
#: a private-use character inside a word, or a ">" that a font's "ti" glyph was mapped to ("crea>ve", "applica>on":
#: Calibri's ligature as some converters write it)
_PRIVATE = re.compile(r"(?<=[^\W\d_])[\ue000-\uf8ff>](?=[^\W\d_])")
_TAIL = re.compile(r"[^\W\d_]+$")
_HEAD = re.compile(r"^[^\W\d_]+")
#: the room a missing ligature leaves, in ems of the type: wider than a word space, narrower than two letters more
_GAP = (0.3, 1.1)


def mended_glyphs(glyphs: list[Glyph]) -> list[Glyph]:
    """The page's words with each word a lost ligature broke made whole again; other words as they were."""
    out: list[Glyph] = []
    small_caps = _small_caps_words(glyphs)  # the English words the page's small capitals set, where it has such
    for read in glyphs:
        glyph = read
        if (max(glyph.text, default="") >= "\ue000" or ">" in glyph.text) and _PRIVATE.search(glyph.text):
            glyph = dataclasses.replace(glyph, text=_PRIVATE.sub(_inner(glyph.text), glyph.text, count=1))
        if small_caps and _small_cap_word(glyph.text):
            text = _SMALL_CAP_I.sub(lambda m: m.group().upper() if m.group() in small_caps else m.group(), glyph.text)
            glyph = dataclasses.replace(glyph, text=text)
        last = out[-1] if out else None
        if last is not None and (joined := _joined(last, glyph)) is not None:
            out[-1] = joined
        else:
            out.append(glyph)
    return out


#: a word in capitals but an inner "i" or more, three capitals at least ("MACHiNE", "SANDiA"; not "iOS", "ESXi")
_SMALL_CAP_I = re.compile(r"(?<![\w])(?=(?:[A-Zi]*[A-Z]){3})[A-Z][A-Zi]*i[A-Z][A-Zi]*(?![\w])")


def _small_cap_word(text: str) -> bool:
    # most words are in lower case or title case: no search for them
    return "i" in text and not text.islower() and not text.istitle() and _SMALL_CAP_I.search(text) is not None


#: how many words of a page, at least, a small-capitals font that keeps the i sets ("GiST", "BiOS" alone are names)
_SMALL_CAPS_WORDS = 3


def _small_caps_words(glyphs: list[Glyph]) -> frozenset[str]:
    """The words the page sets in capitals with a lower-case i whose letters are an English word, where there are
    three or more: its font's small capitals ("SCiENTiST"); none where fewer, names written so ("GiST", "BiOS")."""
    found = {
        m.group()
        for glyph in glyphs
        if _small_cap_word(glyph.text)
        for m in _SMALL_CAP_I.finditer(glyph.text)
        if m.group().lower() in symspell_counts()
    }
    return frozenset(found) if len(found) >= _SMALL_CAPS_WORDS else frozenset()


def _inner(text: str) -> str:
    """The ligature a private-use character inside ``text`` stands for, or the character itself."""
    m = _PRIVATE.search(text)
    if m is None:
        return ""
    before, after = _TAIL.search(text[: m.start()]), _HEAD.match(text[m.end() :])
    unread = "-" if m.group() == LIGATURE_MARK else m.group()  # PDFium's mark, unread, is the hyphen it seemed
    if before is None or after is None:
        return unread
    if m.group() == ">":  # Calibri's "ti", which no other ligature would stand for there
        return "ti" if before.group().lower() + "ti" + after.group().lower() in symspell_counts() else unread
    return _ligature(before.group(), after.group(), halves_are_words=False) or unread


def _joined(left: Glyph, right: Glyph) -> Glyph | None:
    """``left`` and ``right`` as one word, when a ligature's gap is all that stands between them."""
    if abs(left.top - right.top) > 0.1 * left.size or abs(left.size - right.size) > 0.05 * left.size:
        return None
    gap = (right.x0 - left.x1) / left.size if left.size > 0 else 0.0
    if not _GAP[0] <= gap <= _GAP[1] or not right.text[:1].islower():
        return None
    before, after = _TAIL.search(left.text), _HEAD.match(right.text)
    if before is None or after is None or before.end() != len(left.text):
        return None
    if len(before.group()) > 1 and before.group().isupper():
        return None  # no ligature follows capitals: "BA in Computer Science" set with a wide space is no "BAffin"
    ligature = _ligature(before.group(), after.group(), halves_are_words=True)
    if ligature is None:
        return None
    return dataclasses.replace(left, text=left.text + ligature + right.text, x1=right.x1)


@lru_cache(maxsize=2048)
def _ligature(before: str, after: str, *, halves_are_words: bool) -> str | None:
    """The one ligature that makes ``before`` + it + ``after`` a word; ``None`` when none or more than one does,
    or (``halves_are_words``) when both halves are words of more than one letter on their own."""
    words = symspell_counts()
    first, second = before.lower(), after.lower()
    if halves_are_words and first in words and second in words and min(len(first), len(second)) > 1:
        return None
    found = [lig for lig in _LIGATURES if first + lig + second in words]
    return found[0] if len(found) == 1 else None
