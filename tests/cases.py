"""Shared cases for the render/pdf tests: the corpus resumes, the themes, names in several scripts."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

CORPUS = Path(__file__).resolve().parent / "data" / "corpus" / "resumes"
VALID = sorted(p.stem for p in CORPUS.glob("*.json") if not p.stem.startswith("invalid-"))
INVALID = sorted(p.stem for p in CORPUS.glob("invalid-*.json"))
THEMES = ("classic", "compact", "modern")

#: names in the scripts the issue lists, each with the words a reader must get back
UNICODE_NAMES = {
    "japanese": "黒音キト",
    "german": "Jürgen Größmann-Weiß",
    "polish": "Zażółć Gęślą Jaźń",
    "greek": "Αλέξανδρος Παπαδόπουλος",
    "cyrillic": "Анастасия Дмитриевна Соколова",
}


def load(name: str) -> dict[str, Any]:
    return json.loads((CORPUS / f"{name}.json").read_text(encoding="utf-8"))
