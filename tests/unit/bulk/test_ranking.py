"""--rank: a resume against the corpus jobs, ordered by must-haves then coverage, each place (and tie) explained."""

from __future__ import annotations

import json

import pytest

from resume_autofix.analysis import analyze
from resume_autofix.bulk import must_haves, rank, requirement_text


def row(job, share_of, coverage, score, missing=()):
    total, found = share_of
    missing = list(missing) or [f"k{i}" for i in range(total - found)]
    return {
        "status": "ok",
        "job": job,
        "must_haves": total,
        "missing_must_haves": missing,
        "coverage_after": coverage,
        "score_after": score,
    }


def corpus_rows(corpus, resume_name):
    resume = json.loads((corpus / "resumes" / resume_name).read_text(encoding="utf-8"))
    rows = []
    for path in sorted((corpus / "jobs").iterdir()):
        job = json.loads(path.read_text()) if path.suffix == ".json" else path.read_text(encoding="utf-8")
        analysis = analyze(resume, job).to_dict()
        required, missing = must_haves(analysis, job)
        rows.append(
            {
                "status": "ok",
                "job": path.name,
                "must_haves": len(required),
                "missing_must_haves": missing,
                "coverage_after": analysis["keywords"]["coverage"],
                "score_after": analysis["score"],
            }
        )
    return rows


def test_requirements_sections_and_sentences_make_must_haves_and_nice_to_haves_do_not():
    job = (
        "About us: we use Rust and Elixir.\n\n"
        "Requirements: Python and SQL; Terraform is a plus.\n"
        "- Docker\n\n"
        "Nice to have: Kubernetes.\n"
        "Experience with Go is required. Scala is not required.\n"
    )
    text = requirement_text(job)
    for needed in ("python", "sql", "docker", "go is required"):
        assert needed in text
    for optional in ("terraform", "kubernetes", "rust", "scala"):
        assert optional not in text


@pytest.mark.parametrize("resume_name", ["senior-engineer.json", "career-changer.json", "new-grad.json"])
def test_order_agrees_with_must_haves_then_coverage_on_the_corpus_jobs(corpus, resume_name):
    ranked = rank(corpus_rows(corpus, resume_name))
    assert len(ranked) == len(list((corpus / "jobs").iterdir()))
    keys = [(r.must_have_share, r.coverage) for r in ranked]
    # THEN no job is placed above one that beats it on must-haves, or ties on them and beats it on coverage
    assert keys == sorted(keys, key=lambda k: (-k[0], -k[1]))
    for r in ranked:
        assert "keyword coverage" in r.why
        if r.must_haves:
            assert f"{r.must_haves - len(r.missing_must_haves)}/{r.must_haves} must-haves" in r.why
        for missing in r.missing_must_haves[:5]:
            assert missing in r.why


def test_the_backend_resume_fits_the_backend_job_best(corpus):
    ranked = rank(corpus_rows(corpus, "senior-engineer.json"))
    assert ranked[0].job == "backend-eng.txt"


def test_ties_are_explained_and_the_deciding_key_named():
    ranked = rank(
        [
            row("b-job", (4, 3), 0.5, 70),
            row("a-job", (4, 3), 0.5, 70),
            row("c-job", (4, 3), 0.5, 80),
            row("d-job", (4, 4), 0.2, 60),
            row("e-job", (0, 0), 0.9, 60),  # no stated must-haves: its coverage stands in for them
            row("broken", (1, 1), 1.0, 99) | {"status": "failed"},
        ]
    )
    assert [r.job for r in ranked] == ["d-job", "e-job", "c-job", "a-job", "b-job"]
    by_job = {r.job: r for r in ranked}
    assert "states no must-haves" in by_job["e-job"].why
    assert "tied with a-job on must-haves (75%) and coverage (50%)" in by_job["c-job"].why
    assert "the ATS score decides (80 here, 70 for the one below)" in by_job["c-job"].why
    assert "tied with b-job" in by_job["a-job"].why
    assert "ordered by name" in by_job["a-job"].why
    assert "tied with" not in by_job["d-job"].why
