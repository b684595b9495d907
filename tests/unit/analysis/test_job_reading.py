"""Job keywords as a recruiter reads a posting (issue 13)."""

from __future__ import annotations

import pytest

from resume_autofix.analysis import analyze
from resume_autofix.analysis.job_reading import degree_asked, negated, repair_extraction
from resume_autofix.analysis.keywords import extract_job_keywords
from resume_autofix.resume import load_job_description

POSTING = """Job Description Java Developer 3 Years of Experience

We build Java EE services with Spring. The client requires no AI.
BS/MS degree in Computer Science.
Experience with ObjectOriented design and scal able, highperforming systems.

Nice to have:
Kubernetes
"""
RESUME = {
    "basics": {"name": "Ana", "label": "Java Developer"},
    "education": [{"institution": "U", "studyType": "Bachelor of Science", "area": "Computer Science"}],
    "work": [{"name": "X", "highlights": ["Built Java EE services with Spring and object oriented design"]}],
}


def _keywords(text: str) -> dict[str, object]:
    return {k.name: k for k in extract_job_keywords(load_job_description(text))}


def test_the_title_line_is_the_title_not_a_keyword() -> None:
    job = load_job_description(POSTING)
    assert job.title == "Java Developer"
    assert not any("Description" in name or "Years" in name for name in _keywords(POSTING))
    summary = analyze(RESUME, POSTING).to_dict()["keywords"]
    assert summary["title_match"] == {
        "title": "Java Developer",
        "matched": True,
        "where": summary["title_match"]["where"],
    }
    assert all(m["category"] != "job_title" for m in summary["missing"] + summary["matched"])


def test_a_negated_term_is_not_asked_for() -> None:
    assert "artificial intelligence" not in _keywords(POSTING)
    assert negated("The client requires no AI", len("The client requires no "))
    assert not negated("We use Python, not Ruby", len("We use "))


def test_a_multi_word_name_stays_whole() -> None:
    names = _keywords(POSTING)
    assert "Java EE" in names
    assert "EE" not in names


def test_a_degree_is_checked_against_education_not_listed() -> None:
    names = _keywords(POSTING)
    assert not {"BS", "MS"} & set(names)
    analysis = analyze(RESUME, POSTING).to_dict()
    assert analysis["keywords"]["degree"]["met"] is True
    assert analysis["keywords"]["degree"]["asked"] == "BS/MS degree"
    without = analyze({**RESUME, "education": []}, POSTING).to_dict()
    assert without["keywords"]["degree"]["met"] is False
    assert any(r["type"] == "degree" for r in without["recommendations"])
    assert not any("BS" in r.get("as_written", "") and r["type"] == "add_keyword" for r in without["recommendations"])


def test_ms_office_is_not_a_degree() -> None:
    assert degree_asked("You know MS Office and Excel.") is None
    asked = degree_asked("PhD or MS in Statistics preferred.")
    assert asked is not None
    assert asked.level == "master"


def test_nice_to_haves_are_not_requirements() -> None:
    names = _keywords(POSTING)
    assert names["Kubernetes"].required is False
    assert names["Spring"].required is True
    assert _keywords("Backend Engineer\n\nPython required. Terraform is a plus.")["Terraform"].required is False


@pytest.mark.parametrize(
    ("damaged", "repaired"),
    [
        ("ObjectOriented design", "Object Oriented design"),
        ("scal able systems", "scalable systems"),
        ("highperforming teams", "high performing teams"),
        ("JavaScript and PowerPoint", "JavaScript and PowerPoint"),
        ("a data base", "a data base"),
    ],
)
def test_pdf_extraction_damage_is_repaired(damaged: str, repaired: str) -> None:
    assert repair_extraction(damaged) == repaired


def test_repaired_text_matches_like_clean_text() -> None:
    assert "object-oriented programming" in _keywords(POSTING)
