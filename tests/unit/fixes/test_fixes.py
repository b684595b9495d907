"""Fix types, plan, propose and the guarded merge: nothing is ever invented."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from resume_autofix.ai import LocalRulesProvider
from resume_autofix.analysis import analyze
from resume_autofix.fixes import (
    DEFAULT_FIXES,
    FIX_RULES,
    FIX_TYPES,
    FixPlanError,
    FixType,
    merge,
    plan_stages,
    propose,
)
from resume_autofix.resume import InvalidResumeError, load_resume
from resume_autofix.resume.pointer import resolve

CORPUS = Path(__file__).resolve().parents[2] / "data" / "corpus"
JOB = "We are hiring a Backend Engineer. Requirements: Python, Kubernetes, PostgreSQL, Kafka, Terraform, JavaScript."
PROTECTED_PATHS = [
    "/basics/name",
    "/basics/label",
    "/basics/email",
    "/work/0/name",
    "/work/0/position",
    "/work/0/startDate",
    "/work/0/endDate",
    "/education/0/institution",
    "/education/0/studyType",
]


def run_all(resume: dict, job: str | None, provider: LocalRulesProvider) -> tuple[dict, list, list]:
    analysis = analyze(resume, job).to_dict()
    doc, applied, rejected = resume, [], []
    for stage in plan_stages(DEFAULT_FIXES):
        proposals: dict = {}
        for fix_job in stage:
            proposals.update(propose(fix_job, doc, analysis, job, provider))
        result = merge(doc, proposals, analysis)
        doc = result.resume
        applied += result.applied
        rejected += result.rejected
    return doc, applied, rejected


def test_default_plan_is_one_ai_call_then_formatting() -> None:
    assert plan_stages(DEFAULT_FIXES) == [[["spelling", "action_verbs", "keywords"], ["dates"]], [["formatting"]]]
    assert plan_stages(["formatting", "dates"]) == [[["dates"], ["formatting"]]]
    for fix in FIX_TYPES.values():
        assert fix.id
        assert isinstance(fix.depends_on, tuple)
        assert fix.allowed_paths


def test_plan_rejects_unknown_and_cycles() -> None:
    with pytest.raises(FixPlanError) as info:
        plan_stages(["spelling", "nope"])
    assert info.value.status == 400
    assert info.value.details["unknown"] == ["nope"]
    cyclic = {"a": FixType("a", "", ("b",)), "b": FixType("b", "", ("a",))}
    with pytest.raises(FixPlanError):
        plan_stages(["a", "b"], cyclic)


def test_sample_is_fixed_without_inventing(sample_resume: dict) -> None:
    provider = LocalRulesProvider(FIX_RULES)
    doc, applied, _ = run_all(sample_resume, JOB, provider)
    assert provider.calls == 1
    hl = doc["work"][0]["highlights"]
    assert hl[0] == "Managed the k8s clusters of 40 services"
    assert "experience" in hl[1]
    assert doc["work"][0]["startDate"] == "2019-03"
    assert doc["skills"][0]["keywords"] == ["Python", "Postgres", "k8s", "Kubernetes", "PostgreSQL"]
    assert "Terraform" not in json.dumps(doc)  # no evidence: a recommendation, never an injection
    assert {a["fix"] for a in applied} == {"spelling", "action_verbs", "keywords", "dates"}


def test_guards_reject_protected_unknown_and_invented(sample_resume: dict) -> None:
    analysis = analyze(sample_resume, JOB).to_dict()
    hl0 = sample_resume["work"][0]["highlights"][0]
    proposals = {
        "spelling": [
            {"op": "test", "path": "/work/0/name", "value": "Hooli"},
            {"op": "replace", "path": "/work/0/name", "value": "Google"},
            {"op": "test", "path": "/work/0/highlights/0", "value": hl0},
            {"op": "replace", "path": "/work/0/highlights/0", "value": hl0.replace("40", "400")},
            {"op": "replace", "path": "/work/0/highlights/2", "value": "Built ingestion"},
            {"op": "remove", "path": "/work/0/highlights/2"},
        ],
        "keywords": [{"op": "add", "path": "/skills/0/keywords/-", "value": "Terraform"}],
        "dates": [
            {"op": "test", "path": "/work/0/endDate", "value": "2021-06"},
            {"op": "replace", "path": "/work/0/endDate", "value": "2022-06"},
        ],
        "made_up": [{"op": "replace", "path": "/basics/summary", "value": "x"}],
    }
    result = merge(sample_resume, proposals, analysis)
    assert result.applied == []
    assert result.resume == sample_resume
    reasons = [r["reason"] for r in result.rejected]
    assert len(reasons) == 7
    assert any("protected" in r for r in reasons)
    assert any("figure" in r or "not a dictionary" in r for r in reasons)
    assert any("preceded by a test" in r for r in reasons)
    assert any("not allowed" in r for r in reasons)
    assert any("evidence" in r for r in reasons)
    assert any("same date" in r for r in reasons)
    assert any("unknown fix" in r for r in reasons)


def test_conflicts_resolve_deterministically(sample_resume: dict) -> None:
    path, old = "/basics/summary", sample_resume["basics"]["summary"]
    proposals = {
        "spelling": [{"op": "test", "path": path, "value": old}, {"op": "replace", "path": path, "value": old + " "}],
        "formatting": [
            {"op": "test", "path": path, "value": old},
            {"op": "replace", "path": path, "value": old.replace(" ", "  ", 1)},
        ],
    }
    a = merge(sample_resume, proposals)
    b = merge(sample_resume, dict(reversed(list(proposals.items()))))
    assert a.to_dict() == b.to_dict()
    assert [x["fix"] for x in a.applied] == ["formatting"]
    assert "conflict" in a.rejected[0]["reason"]


RESUMES = sorted((CORPUS / "resumes").glob("*.json"))
JOBS = [None, *sorted((CORPUS / "jobs").iterdir())]


@pytest.mark.parametrize("resume_path", RESUMES, ids=lambda p: p.name)
def test_every_corpus_pair_loads_analyzes_fixes_merges(resume_path: Path) -> None:
    try:
        resume = load_resume(resume_path.read_bytes()).to_dict()
    except InvalidResumeError:
        assert resume_path.name.startswith("invalid-")
        return
    for job_path in JOBS:
        job = job_path.read_text(encoding="utf-8") if job_path else None
        doc, _, _ = run_all(resume, job, LocalRulesProvider(FIX_RULES))
        for path in PROTECTED_PATHS:
            assert resolve(doc, path, None) == resolve(resume, path, None) or path.endswith("Date")
        # no new employer/education entries, no new skills without evidence
        for section in ("work", "education", "volunteer", "projects", "awards", "certificates"):
            assert len(doc.get(section) or []) == len(resume.get(section) or [])
        load_resume(doc)  # still a valid resume


texts = st.text(alphabet=st.sampled_from("abcde XYZ019 .-"), max_size=30)


# merge never mutates its input (asserted below), so sharing the fixture across examples is safe.
@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    fix=st.sampled_from([*FIX_TYPES, "bogus"]),
    path=st.sampled_from(
        [
            "/basics/summary",
            "/basics/name",
            "/work/0/highlights/0",
            "/work/0/startDate",
            "/work/0/name",
            "/work/5/highlights/0",
            "/skills/0/keywords/-",
            "/nope",
            "bad",
        ]
    ),
    kind=st.sampled_from(["replace", "add", "remove", "move", "copy"]),
    value=texts,
    with_test=st.booleans(),
)
def test_merge_guards_property(
    sample_resume: dict, fix: str, path: str, kind: str, value: str, with_test: bool
) -> None:
    # Property: whatever is proposed, protected fields never change, every op is applied or rejected with a
    # reason, and the result is still a loadable resume.
    before = json.dumps(sample_resume, sort_keys=True)
    ops = []
    if with_test:
        ops.append(
            {"op": "test", "path": path, "value": resolve(sample_resume, path, None) if path[:1] == "/" else None}
        )
    ops.append({"op": kind, "path": path, "value": value})
    result = merge(sample_resume, {fix: ops})
    assert len(result.applied) + len(result.rejected) == 1
    for r in result.rejected:
        assert r["reason"]
    for p in PROTECTED_PATHS:
        if not p.endswith("Date"):
            assert resolve(result.resume, p, None) == resolve(sample_resume, p, None)
    assert resolve(result.resume, "/work/0/startDate") in {"March 2019", "2019-03"}
    assert len(result.resume["work"]) == 1
    load_resume(result.resume)
    assert json.dumps(sample_resume, sort_keys=True) == before
