"""terms_in (one pass over a text's words) finds exactly the terms a search per strong form finds."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from resume_autofix.analysis import vocabulary as vocab

CORPUS = Path(__file__).resolve().parents[2] / "data" / "corpus"
TRICKY = [
    "İ KUBERNETES, Kubernetes, İnfrastructure ſql ſpark PoſtgreSQL naïve café Python3 Python 3.11",
    "K8s kubernetes AWS aws Amazon\nWeb  Services, machine-learning, CI/CD, CI CD, C#, .NET, node.js, Node.JS",
    "ıava Jıra JIRA jira iOS ios Go go GO, Series C, C, C++/C#, R&D, R, Dr. R. Lee, Go-to-market, C-suite",
    "github.com/acme/react-app and HTML/CSS, Type C, Vitamin C, Spark or Ray, Apache Spark, Django REST Framework",
]


def _by_search(text: str) -> list[str]:
    folded = vocab.fold(text)
    return [t.canonical for t in vocab.terms() if any(vocab.search_form(text, f, folded) for f in t.strong_forms)]


def _texts() -> list[str]:
    files = sorted((CORPUS / "resumes").glob("*.json")) + sorted((CORPUS / "jobs").iterdir())
    return TRICKY + [p.read_text(encoding="utf-8") for p in files]


@pytest.mark.parametrize("case", [str.strip, str.upper, str.lower])
def test_same_terms_as_a_search_per_form(case: Callable[[str], str]) -> None:
    for raw in _texts():
        text = vocab.for_matching(case(raw))
        assert [t.canonical for t in vocab.terms_in(text)] == _by_search(text), text[:60]


def test_every_form_alone_finds_its_term() -> None:
    for term in vocab.terms():
        for form in term.strong_forms:
            text = vocab.for_matching(f"Used {form}, daily")
            assert term in vocab.terms_in(text)
            assert [t.canonical for t in vocab.terms_in(text)] == _by_search(text)
