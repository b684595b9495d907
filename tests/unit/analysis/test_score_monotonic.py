"""The score never drops when a problem is fixed: adding a job keyword the resume lacks, or running the auto-fix."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from resume_autofix.analysis import analyze
from resume_autofix.resume import InvalidResumeError, load_resume
from resume_autofix.workflow import run_autofix

CORPUS = Path(__file__).resolve().parents[2] / "data" / "corpus"


def _resumes() -> list[dict[str, Any]]:
    out = []
    for path in sorted((CORPUS / "resumes").glob("*.json")):
        try:
            out.append(load_resume(path.read_bytes()).to_dict())
        except InvalidResumeError:
            continue
    return out


RESUMES = _resumes()
JOBS = [p.read_text(encoding="utf-8") for p in sorted((CORPUS / "jobs").iterdir())]


def _with_skills(resume: dict[str, Any], keywords: list[str]) -> dict[str, Any]:
    doc = copy.deepcopy(resume)
    doc.setdefault("skills", []).append({"name": "Added", "keywords": keywords})
    return doc


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    resume=st.sampled_from(RESUMES),
    job=st.sampled_from(JOBS),
    data=st.data(),
)
def test_adding_a_missing_keyword_never_lowers_the_score(resume: dict[str, Any], job: str, data: Any) -> None:
    before = analyze(resume, job).to_dict()
    missing = [m["keyword"] for m in before["keywords"]["missing"] if m["category"] != "job_title"]
    if not missing:
        return
    chosen = data.draw(st.lists(st.sampled_from(missing), min_size=1, max_size=5, unique=True))
    after = analyze(_with_skills(resume, chosen), job).to_dict()
    parts = {p["id"]: p["score"] for p in before["parts"]}
    assert {p["id"]: p["score"] for p in after["parts"]}["keywords"] >= parts["keywords"]
    assert after["keywords"]["coverage"] >= before["keywords"]["coverage"]


@pytest.mark.parametrize("job", [None, *JOBS[:4]], ids=["no-job", "lab", "backend", "marketing", "writer"])
def test_the_auto_fix_never_lowers_the_score(job: str | None) -> None:
    for resume in RESUMES:
        result = run_autofix(resume, job).to_dict()
        assert result["analysis_after"]["score"] >= result["analysis_before"]["score"]


def test_an_alternative_never_lowers_the_keyword_part() -> None:
    job = "ML Engineer\n\nWork with Spark or Ray, and PySpark pipelines."
    base = {"basics": {"name": "Ada"}, "work": [{"name": "Acme", "highlights": ["Ran Ray jobs for 3 teams"]}]}
    scores = []
    for extra in ([], ["Spark"], ["Spark", "Ray"]):
        part = {p["id"]: p["score"] for p in analyze(_with_skills(base, extra), job).to_dict()["parts"]}
        scores.append(part["keywords"])
    assert scores == sorted(scores)
