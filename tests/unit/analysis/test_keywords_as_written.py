"""Keywords in the job's own wording: the canonical id still matches, people read what the job wrote."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from resume_autofix.analysis import analyze
from resume_autofix.analysis.keywords import extract_job_keywords
from resume_autofix.resume import load_job_description

JOBS = Path(__file__).resolve().parents[2] / "data" / "corpus" / "jobs"
RESUME: dict[str, Any] = {
    "basics": {"name": "Ada Park", "email": "ada@example.com", "summary": "Engineer who ships."},
    "work": [{"name": "Acme", "position": "Engineer", "startDate": "2020", "highlights": ["Built a billing API."]}],
}


def _corpus(name: str) -> dict[str, str]:
    job = load_job_description((JOBS / name).read_text(encoding="utf-8"))
    return {k.name: k.as_written for k in extract_job_keywords(job)}


@pytest.mark.parametrize(
    ("job", "keyword", "written"),
    [
        ("creative-content-writer.txt", "data analysis", "data analytics"),
        ("product-manager.txt", "OKR", "OKRs"),
        ("ml-eng.txt", "artificial intelligence", "AI"),
        ("backend-eng.txt", "event-driven architecture", "event-driven"),
        ("frontend-eng.txt", "unit testing", "unit tests"),
        ("backend-eng.txt", "PostgreSQL", "PostgreSQL"),  # written as the canonical name: unchanged
    ],
)
def test_corpus_jobs_keep_their_wording(job: str, keyword: str, written: str) -> None:
    assert _corpus(job)[keyword] == written


def test_first_mention_wins_and_lines_are_joined() -> None:
    job = load_job_description("Backend Engineer\n\nWe run Postgres (PostgreSQL 16) and machine\nlearning jobs.")
    got = {k.name: k.as_written for k in extract_job_keywords(job)}
    assert got["PostgreSQL"] == "Postgres"
    assert got["machine learning"] == "machine learning"


def test_messages_use_the_jobs_wording_and_keys_stay() -> None:
    result = analyze(RESUME, "Backend Engineer\n\nYou know Postgres and CI/CD well.").to_dict()
    missing = {m["keyword"]: m for m in result["keywords"]["missing"]}
    assert missing["PostgreSQL"] == {
        "keyword": "PostgreSQL",
        "category": "tool",
        "as_written": "Postgres",
        "required": True,  # issue 13: requirement vs nice-to-have
    }
    assert missing["CI/CD"]["as_written"] == "CI/CD"  # the slash matching blanks out is shown as written
    rec = next(r for r in result["recommendations"] if r.get("keyword") == "PostgreSQL")
    assert rec["id"] == "add_keyword:PostgreSQL"
    assert rec["as_written"] == "Postgres"
    assert rec["message"].startswith("Add 'Postgres' if it is true")
    issue = next(i for i in result["issues"] if i["id"] == "keyword_missing::PostgreSQL")
    assert issue["message"] == "The job asks for 'Postgres'; the resume does not mention it"
    assert issue["data"]["keyword"] == "PostgreSQL"


def test_the_jobs_own_wording_is_no_variant() -> None:
    # ml-eng.txt says "AI"; a resume saying "AI" matches it exactly: no "variant" issue, no canonical name injected.
    resume = {**RESUME, "skills": [{"name": "Data", "keywords": ["Postgres"]}]}
    result = analyze(resume, "Backend Engineer\n\nYou know Postgres well.").to_dict()
    matched = {m["keyword"]: m for m in result["keywords"]["matched"]}
    assert matched["PostgreSQL"]["via_variant"] is False
    assert not [i for i in result["issues"] if i["type"] == "keyword_variant"]
    resume = {**RESUME, "skills": [{"name": "Data", "keywords": ["psql"]}]}
    issues = analyze(resume, "You know Postgres well.").to_dict()["issues"]
    issue = next(i for i in issues if i["type"] == "keyword_variant")
    assert issue["message"] == "The job says 'Postgres'; the resume says 'psql'"
    assert issue["data"] == {"keyword": "PostgreSQL", "form": "psql", "as_written": "Postgres"}


def test_canonical_name_in_the_resume_is_still_exact() -> None:
    resume = {**RESUME, "skills": [{"name": "Data", "keywords": ["PostgreSQL"]}]}
    result = analyze(resume, "Backend Engineer\n\nYou know Postgres well.").to_dict()
    matched = {m["keyword"]: m for m in result["keywords"]["matched"]}
    assert matched["PostgreSQL"]["as_written"] == "Postgres"
    assert matched["PostgreSQL"]["via_variant"] is False  # matching is still by the canonical id


def test_hinted_and_unknown_keywords_show_as_given() -> None:
    skills = '[{"name": "Postgres"}, {"name": "Snowflakez"}]'
    doc = f'{{"name": "Data Engineer", "skills": {skills}, "description": "Use ZQL."}}'
    got = {k.name: k.as_written for k in extract_job_keywords(load_job_description(doc))}
    assert got["PostgreSQL"] == "Postgres"
    assert got["Snowflakez"] == "Snowflakez"
    assert got["ZQL"] == "ZQL"
