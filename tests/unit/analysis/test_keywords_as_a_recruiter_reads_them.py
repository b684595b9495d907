"""Keyword extraction and matching as a recruiter reads a job: one test per case the corpus review turned up."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from resume_autofix.analysis import analyze
from resume_autofix.analysis import vocabulary as vocab
from resume_autofix.analysis.keywords import extract_job_keywords
from resume_autofix.fixes.keywords import evidence
from resume_autofix.resume import load_job_description

JOBS = Path(__file__).resolve().parents[2] / "data" / "corpus" / "jobs"


def _names(job_text: str) -> set[str]:
    return {k.name for k in extract_job_keywords(load_job_description(job_text))}


def _corpus(name: str) -> dict[str, Any]:
    return {k.name: k for k in extract_job_keywords(load_job_description((JOBS / name).read_text(encoding="utf-8")))}


def _resume(*highlights: str, skills: tuple[str, ...] = ()) -> dict[str, Any]:
    return {
        "basics": {"name": "Ada Park", "email": "ada@example.com"},
        "work": [{"name": "Acme", "position": "Engineer", "startDate": "2020", "highlights": list(highlights)}],
        "skills": [{"name": "Tech", "keywords": list(skills)}] if skills else [],
    }


def _keywords(resume: dict[str, Any], job: str) -> dict[str, Any]:
    return analyze(resume, job).to_dict()["keywords"]


# --- junk keywords -------------------------------------------------------------------------------------------


def test_ownership_is_not_a_skill() -> None:
    assert "ownership" not in _corpus("backend-eng.txt")


def test_a_name_inside_a_longer_name_is_not_a_keyword_of_its_own() -> None:
    backend = _corpus("backend-eng.txt")
    assert {"GitHub Actions", "Django REST Framework"} <= set(backend)
    assert not {"GitHub", "Django", "REST"} & set(backend)
    assert "data analysis" not in _names("Marketer\n\nDaily work in Google Analytics and Google Ads.")


def test_generic_words_do_not_make_a_requirement() -> None:
    frontend = _corpus("frontend-eng.txt")  # "performance budgets", "GraphQL API team", "lead the development"
    assert not {"budgeting", "API design", "leadership", "compliance", "regulatory compliance"} & set(frontend)
    assert "A/B testing" not in _corpus("creative-graphic-designer.txt")  # "We encourage experimentation"


def test_the_company_in_the_header_is_not_a_skill_anywhere() -> None:
    assert "GrowthLab" not in _corpus("business-marketing-manager.txt")
    assert "VisualImpact" not in _corpus("creative-graphic-designer.txt")
    assert "ContentCraft" not in _corpus("creative-content-writer.txt")


def test_a_journal_is_not_a_skill() -> None:
    assert "PNAS" not in _corpus("academic-lab-coordinator.txt")


# --- missed keywords -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("job", "expected"),
    [
        ("frontend-eng.txt", {"Core Web Vitals", "CSS-in-JS", "design systems", "unit testing", "end-to-end testing"}),
        ("java-developer.txt", {"Oracle", "SQL Server", "object-oriented programming"}),
        ("business-marketing-manager.txt", {"Marketo", "Mailchimp", "Hotjar", "SEMrush", "Canva", "Facebook Ads"}),
        ("creative-graphic-designer.txt", {"CMYK", "Premiere Pro", "color theory", "logo design", "HTML", "CSS"}),
        ("academic-lab-coordinator.txt", {"cell culture", "molecular biology", "Microsoft Office", "grant writing"}),
        ("product-manager.txt", {"PRD", "OKR", "NPS", "go-to-market", "competitive analysis"}),
        ("ml-eng.txt", {"Spark", "Ray", "Feast", "Tecton", "Evidently", "WhyLogs"}),
    ],
)
def test_the_keywords_a_recruiter_would_list_are_found(job: str, expected: set[str]) -> None:
    assert expected <= set(_corpus(job))


# --- whole words ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("form", "text", "found"),
    [
        ("HTML", "basic HTML/CSS", True),
        ("CSS", "basic HTML/CSS", True),
        ("C", "Embedded C/C++ on ARM", True),
        ("C++", "Embedded C/C++ on ARM", True),
        ("C", "Presented to the C-suite", False),
        ("C", "Raised a Series C round", False),
        ("C", "Reference: Dr. C. Lee", False),
        ("R", "Led R&D for a new line", False),
        ("R", "Statistics in R, MATLAB and Python", True),
        ("Go", "Go-to-market launch in five cities", False),
        ("Go", "Services in Go and Rust", True),
        ("Go", "Worked at Google", False),
        ("Java", "JavaScript and TypeScript", False),
        ("Node", "Replaced a failed storage node", False),
        ("Rails", "Set guard rails for spending", False),
        ("React", "Code at github.com/ada/react-demo", False),
        ("CI/CD", "Built CI/CD for 4 teams", True),
        ("SQL", "Grew SQLs (sales-qualified leads) 30%", False),
    ],
)
def test_whole_word_forms(form: str, text: str, found: bool) -> None:
    assert bool(vocab.search_form(vocab.for_matching(text), form)) is found


# --- alternatives --------------------------------------------------------------------------------------------


def test_one_of_the_jobs_alternatives_meets_the_requirement() -> None:
    job = "ML Engineer\n\nDistributed compute with Spark or Ray; feature stores (Feast or Tecton)."
    with_spark = _keywords(_resume("Built batch features on Spark for 40 models"), job)
    missing = {m["keyword"] for m in with_spark["missing"]}
    assert "Ray" not in missing
    assert {"Feast", "Tecton"} <= missing
    ray = next(m for m in with_spark["matched"] if m["keyword"] == "Ray")
    assert ray["satisfied_by"] == "Spark"
    assert ray["where"] == []


def test_a_keyword_also_required_on_its_own_is_not_an_alternative() -> None:
    backend = _corpus("backend-eng.txt")  # "Kubernetes or ECS", but also "AWS (ECS, RDS, ElastiCache)"
    assert backend["ECS"].alternatives == ()
    assert backend["Kubernetes"].alternatives == ("ECS",)


def test_a_plain_list_is_not_a_choice() -> None:
    job = load_job_description("Data Engineer\n\nExperience with distributed compute (Spark, Dask).")
    assert all(k.alternatives == () for k in extract_job_keywords(job))


def test_alternatives_are_listed_in_a_stable_order() -> None:
    assert _corpus("product-manager.txt")["Looker"].alternatives == ("Amplitude", "Mixpanel")


# --- variants, and evidence for the keyword fix ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("job_word", "resume_word"),
    [("JavaScript", "JS"), ("Kubernetes", "k8s"), ("PostgreSQL", "Postgres"), ("Core Web Vitals", "LCP")],
)
def test_variants_match(job_word: str, resume_word: str) -> None:
    found = _keywords(_resume(f"Shipped features with {resume_word} for 3 teams"), f"Engineer\n\nWe use {job_word}.")
    assert job_word in {m["keyword"] for m in found["matched"]}


def test_a_generic_word_is_no_evidence_for_the_keyword_fix() -> None:
    assert evidence(_resume(skills=("REST APIs",)), "API design") is None
    assert evidence(_resume(skills=("Kubernetes (k8s)",)), "Kubernetes") == "Kubernetes"
    assert evidence(_resume("Cut the monthly budget by 10%"), "budgeting") is None


def test_a_generic_word_still_earns_credit_in_the_resume() -> None:
    found = _keywords(_resume("Led a team of 6 engineers"), "Engineer\n\nStrong leadership.")
    assert "leadership" in {m["keyword"] for m in found["matched"]}
