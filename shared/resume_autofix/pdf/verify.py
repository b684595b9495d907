"""Read a PDF back with pypdf and check the resume's key words and phrases come out, in reading order.

Words: the name, each entry's title and organisation (employer, institution, issuer, ...), each highlight, and
each skill/language/interest name, in the order the layout draws them. Word score = share of those words found as
an in-order subsequence of the extracted words (greedy match, a lower bound of the longest common subsequence).

Phrases: the name, and each entry's title, organisation and date range, each of which must come back as one
contiguous run of words (an ATS that reads "Industrie GmbH" split by a date reads the wrong employer). Entries come
back in order; within an entry the layout may put the dates before the organisation. Tag names are phrases too.

``score`` is the lower of the two. CJK characters count one word each (they have no spaces); punctuation and emoji
are not words. The same report reads DOCX files back (``docx.verify``).
"""

from __future__ import annotations

import io
import re
import unicodedata
from typing import Any

from ..render.markup import plain

_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
_WORD = re.compile(rf"[{_CJK}]|[^\W_{_CJK}]+")


def words(text: str) -> list[str]:
    return _WORD.findall(unicodedata.normalize("NFKC", text).casefold())


def expected_words(view: dict[str, Any]) -> list[str]:
    out = words(view["name"])
    for section in view["sections"]:
        for item in section["items"]:
            if section["kind"] == "tags":
                out += words(item["name"])
            else:
                out += words(item["title"]) + words(item["subtitle"])
                for h in item["highlights"]:
                    out += words(plain(h))
    return out


def expected_phrases(view: dict[str, Any]) -> list[list[list[str]]]:
    """Groups of phrases (each a word list): the groups in order, the phrases of a group in any order."""
    groups = [[words(view["name"])]]
    for section in view["sections"]:
        for item in section["items"]:
            if section["kind"] == "tags":
                groups.append([words(item["name"])])
            else:
                groups.append([words(item[k]) for k in ("title", "subtitle", "dates")])
    return [[p for p in group if p] for group in groups if any(group)]


def _find(got: list[str], phrase: list[str], start: int) -> int:
    """Index just past the first contiguous occurrence of ``phrase`` in ``got`` at or after ``start``; -1 if none."""
    first, n = phrase[0], len(phrase)
    pos = start
    while True:
        try:
            pos = got.index(first, pos)
        except ValueError:
            return -1
        if got[pos : pos + n] == phrase:
            return pos + n
        pos += 1


def check_phrases(got: list[str], view: dict[str, Any]) -> tuple[int, int, list[str]]:
    """(phrases expected, phrases found whole and in order, the broken ones as text)."""
    total = found = 0
    broken: list[str] = []
    pos = 0
    for group in expected_phrases(view):
        end = pos
        for phrase in group:
            total += 1
            at = _find(got, phrase, pos)
            if at < 0:
                broken.append(" ".join(phrase))
            else:
                found += 1
                end = max(end, at)
        pos = end
    return total, found, broken


def extract_text(pdf: bytes) -> tuple[str, int]:
    from pypdf import PdfReader  # noqa: PLC0415 - only verification needs pypdf (keeps the PDF cold start lean)

    reader = PdfReader(io.BytesIO(pdf))
    return "\n".join(page.extract_text() for page in reader.pages), len(reader.pages)


def readback_text(text: str, view: dict[str, Any], pages: int | None) -> dict[str, Any]:
    """The read-back report of extracted ``text`` against ``view`` (any format)."""
    got = words(text)
    want = expected_words(view)
    pos, found, missing = 0, 0, []
    for word in want:
        try:
            pos = got.index(word, pos) + 1
            found += 1
        except ValueError:
            missing.append(word)
    word_score = found / len(want) if want else 1.0
    phrases, phrases_found, broken = check_phrases(got, view)
    phrase_score = phrases_found / phrases if phrases else 1.0
    return {
        "score": round(min(word_score, phrase_score), 3),
        "word_score": round(word_score, 3),
        "phrase_score": round(phrase_score, 3),
        "expected_words": len(want),
        "found_words": found,
        "missing": missing[:20],
        "expected_phrases": phrases,
        "found_phrases": phrases_found,
        "broken_phrases": broken[:20],
        "pages": pages,
    }


def readback(pdf: bytes, view: dict[str, Any]) -> dict[str, Any]:
    """``{"score", "word_score", "phrase_score", "missing": [...first 20], "broken_phrases", "pages", ...}``."""
    text, pages = extract_text(pdf)
    return readback_text(text, view, pages)
