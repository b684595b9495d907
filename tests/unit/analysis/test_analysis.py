"""analyze(): keywords with variants, checks, spelling, an explained score; every corpus pair without a crash."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from resume_autofix.analysis import WEIGHTS_NO_JOB, WEIGHTS_WITH_JOB, analyze
from resume_autofix.analysis.spelling import check_field
from resume_autofix.analysis.text import TextField
from resume_autofix.analysis.verbs import gerund_to_past, rewrite_opener
from resume_autofix.resume import InvalidResumeError, load_resume

CORPUS = Path(__file__).resolve().parents[2] / "data" / "corpus"

GOLDEN = Path(__file__).parent / "golden"
JOB = "We are hiring a Backend Engineer. Requirements: Python, Kubernetes, PostgreSQL, Kafka, Terraform, JavaScript."


def test_weights_sum_to_100() -> None:
    assert sum(WEIGHTS_WITH_JOB.values()) == sum(WEIGHTS_NO_JOB.values()) == 100


def test_score_explanation_golden(sample_resume: dict) -> None:
    # GIVEN a fixed resume and job  WHEN analysed  THEN the explanation is exactly the stored one
    analysis = analyze(sample_resume, JOB)
    assert analysis.explain() == (GOLDEN / "sample_with_job.txt").read_text(encoding="utf-8").rstrip("\n")
    parts = analysis.to_dict()["parts"]
    assert analysis.score == round(sum(p["weight"] * p["score"] / 100 for p in parts))


def test_analysis_is_deterministic_and_json_able(sample_resume: dict) -> None:
    a, b = analyze(sample_resume, JOB).to_dict(), analyze(sample_resume, JOB).to_dict()
    assert a == b
    assert json.loads(json.dumps(a)) == a


def test_keywords_match_whole_words_with_variants(sample_resume: dict) -> None:
    kw = analyze(sample_resume, JOB).to_dict()["keywords"]
    matched = {m["keyword"]: m for m in kw["matched"]}
    assert matched["Kubernetes"]["via_variant"] is True
    assert {w["form"] for w in matched["Kubernetes"]["where"]} == {"k8s"}
    assert matched["PostgreSQL"]["where"][0]["form"] == "Postgres"
    assert matched["Python"]["via_variant"] is False
    missing = {m["keyword"] for m in kw["missing"]}
    assert {"Terraform", "JavaScript"} <= missing
    # "Java" must not be found inside "JavaScript" and "JS" not inside "JSON"
    resume = {"basics": {"summary": "Wrote JavaScript and parsed JSON."}}
    kw2 = analyze(resume, "Java and JS developer").to_dict()["keywords"]
    found = {m["keyword"]: m for m in kw2["matched"]}
    assert "Java" not in found
    assert found["JavaScript"]["where"][0]["form"] == "JavaScript"


def test_missing_keyword_becomes_a_recommendation(sample_resume: dict) -> None:
    recs = analyze(sample_resume, JOB).to_dict()["recommendations"]
    assert any(
        r["type"] == "add_keyword" and r["keyword"] == "Terraform" and "if it is true" in r["message"] for r in recs
    )


def test_issues_have_json_pointers(sample_resume: dict) -> None:
    issues = analyze(sample_resume, JOB).to_dict()["issues"]
    by_type = {i["type"]: i for i in issues}
    assert by_type["weak_opener"]["path"] == "/work/0/highlights/0"
    assert by_type["weak_opener"]["data"]["rewrite"] == "Managed the k8s clusters of 40 services"
    assert by_type["date_format"]["data"] == {"value": "March 2019", "iso": "2019-03"}
    assert by_type["spelling"]["data"]["suggestion"] == "experience"
    for issue in issues:
        assert set(issue) >= {"id", "type", "severity", "path", "message"}
        assert issue["path"] == "" or issue["path"].startswith("/")


def test_spelling_leaves_technical_terms_and_names_alone() -> None:
    field = TextField(
        "/work/0/highlights/0",
        "Migrated Hooli's kubernetes and postgresql clusters with Terraform, "
        "Node.js, k8s, gRPC and PySpark for Okonkwo",
        "bullet",
        "work",
        0,
    )
    assert check_field(field, frozenset({"hooli", "okonkwo"})) == []


def test_spelling_skips_other_languages() -> None:
    resume = {
        "basics": {"summary": "Ich habe die Softwre mit dem Team entwickelt und getestet."},
        "work": [{"highlights": ["Web フロントエンドエンジニア"]}],
    }
    assert not [i for i in analyze(resume).to_dict()["issues"] if i["type"] == "spelling"]


def test_html_is_data_not_stripped() -> None:
    resume = {"basics": {"summary": "<strong>Experiance</strong> with Python and the teams of the company."}}
    issues = [i for i in analyze(resume).to_dict()["issues"] if i["type"] == "spelling"]
    assert issues
    assert issues[0]["data"]["start"] == len("<strong>")
    assert issues[0]["path"] == "/basics/summary"


def test_date_order_and_invalid_dates() -> None:
    resume = {"work": [{"startDate": "2020-05", "endDate": "2019"}, {"startDate": "someday"}]}
    types = {(i["type"], i["path"]) for i in analyze(resume).to_dict()["issues"]}
    assert ("date_order", "/work/0/endDate") in types
    assert ("date_invalid", "/work/1/startDate") in types


def test_verbs_never_guess() -> None:
    assert gerund_to_past("managing") == "managed"
    assert gerund_to_past("leading") == "led"
    assert gerund_to_past("frobnicating") is None
    assert rewrite_opener("Responsible for leading a team", current=False) == "Led a team"
    assert rewrite_opener("Responsible for the budget", current=False) is None
    assert rewrite_opener("Responsible for coding the app", current=True) is None  # "cod" or "code": unsure


def test_no_job_uses_no_job_weights(sample_resume: dict) -> None:
    parts = analyze(sample_resume).to_dict()["parts"]
    assert [p["id"] for p in parts] == list(WEIGHTS_NO_JOB)


RESUMES = sorted((CORPUS / "resumes").glob("*.json"))
JOBS = [None, *sorted((CORPUS / "jobs").iterdir())]


@pytest.mark.parametrize("resume_path", RESUMES, ids=lambda p: p.name)
def test_every_corpus_resume_against_every_job(resume_path: Path) -> None:
    try:
        resume = load_resume(resume_path.read_bytes())
    except InvalidResumeError as exc:
        assert resume_path.name.startswith("invalid-")
        assert exc.details[0]["path"].startswith("/")  # noqa: PT017 - both outcomes are checked
        return
    for job_path in JOBS:
        job = job_path.read_text(encoding="utf-8") if job_path else None
        result = analyze(resume, job).to_dict()
        assert 0 <= result["score"] <= 100
        assert sum(p["weight"] for p in result["parts"]) == 100
