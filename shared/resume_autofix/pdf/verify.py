"""Read a PDF back with pypdf and check the resume's key words come out, in reading order.

Expected words: the name, each entry's title and organisation (employer, institution, issuer, ...), each
highlight, and each skill/language/interest name, in the order the layout draws them. Score = share of those
words found as an in-order subsequence of the extracted words (greedy match, a lower bound of the longest common
subsequence). CJK characters count one word each (they have no spaces); punctuation and emoji are not words.
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


def extract_text(pdf: bytes) -> tuple[str, int]:
    from pypdf import PdfReader  # noqa: PLC0415 - only verification needs pypdf (keeps the PDF cold start lean)

    reader = PdfReader(io.BytesIO(pdf))
    return "\n".join(page.extract_text() for page in reader.pages), len(reader.pages)


def readback(pdf: bytes, view: dict[str, Any]) -> dict[str, Any]:
    """``{"score", "expected_words", "found_words", "missing": [...first 20], "pages"}``."""
    text, pages = extract_text(pdf)
    got = words(text)
    want = expected_words(view)
    pos, found, missing = 0, 0, []
    for word in want:
        try:
            pos = got.index(word, pos) + 1
            found += 1
        except ValueError:
            missing.append(word)
    score = found / len(want) if want else 1.0
    return {
        "score": round(score, 3),
        "expected_words": len(want),
        "found_words": found,
        "missing": missing[:20],
        "pages": pages,
    }
