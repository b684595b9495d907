"""The shipped demo sample keeps showing what the product does: every fix type, a rejection, coverage rising."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

import pytest

from resume_autofix.fixes import FIX_TYPES
from resume_autofix.fixes.dates import DATE_KEYS, same_date
from resume_autofix.fixes.merge import PROTECTED_KEYS
from resume_autofix.workflow import run_autofix

SAMPLES = resources.files("resume_autofix") / "samples"


@pytest.fixture(scope="module")
def demo() -> tuple[dict[str, Any], dict[str, Any]]:
    resume = json.loads((SAMPLES / "career-changer.json").read_text(encoding="utf-8"))
    job = (SAMPLES / "data-analyst-job.txt").read_text(encoding="utf-8")
    return resume, run_autofix(resume, job).to_dict()


def _leaves(node: Any, path: tuple[str, ...] = ()) -> dict[tuple[str, ...], Any]:
    if isinstance(node, dict):
        return {k: v for key, child in node.items() for k, v in _leaves(child, (*path, key)).items()}
    if isinstance(node, list):
        return {k: v for i, child in enumerate(node) for k, v in _leaves(child, (*path, str(i))).items()}
    return {path: node}


def test_every_fix_type_is_applied(demo: tuple[dict[str, Any], dict[str, Any]]) -> None:
    _, result = demo
    applied = {change["fix"] for change in result["applied"]}
    assert applied == set(FIX_TYPES)


def test_a_typo_correction_is_applied_and_any_rejection_has_its_reason(
    demo: tuple[dict[str, Any], dict[str, Any]],
) -> None:
    # issue 13: "inventroy" → "inventory" is the same claim corrected, not a new skill; it used to be refused
    _, result = demo
    assert all(r["reason"] and r["path"] for r in result["rejected"])
    assert not any("inventory" in r["reason"] for r in result["rejected"])
    assert any(c["fix"] == "spelling" and "inventory" in str(c["value"]) for c in result["applied"])


def test_score_and_keyword_coverage_rise(demo: tuple[dict[str, Any], dict[str, Any]]) -> None:
    _, result = demo
    before, after = result["analysis_before"], result["analysis_after"]
    assert after["keywords"]["coverage"] > before["keywords"]["coverage"]
    assert after["score"] > before["score"]
    keyword_part = {p["id"]: p["score"] for p in after["parts"]}["keywords"]
    assert keyword_part > {p["id"]: p["score"] for p in before["parts"]}["keywords"]
    assert any(c["fix"] == "keywords" and c["value"] == "data visualization" for c in result["applied"])


def test_missing_keywords_are_recommendations_not_edits(demo: tuple[dict[str, Any], dict[str, Any]]) -> None:
    _, result = demo
    recommended = {r["keyword"] for r in result["analysis_after"]["recommendations"] if r["type"] == "add_keyword"}
    assert {"PostgreSQL", "Power BI", "A/B testing", "forecasting"} <= recommended
    assert "BI" not in recommended  # the "BI" of "Power BI" is not a keyword of its own
    text = json.dumps(result["resume"])
    assert not any(keyword in text for keyword in ("PostgreSQL", "Power BI", "A/B testing", "forecasting"))


def test_no_protected_field_changes(demo: tuple[dict[str, Any], dict[str, Any]]) -> None:
    original, result = demo
    after = _leaves(result["resume"])
    for path, old in _leaves(original).items():
        if not any(token in PROTECTED_KEYS for token in path):
            continue
        if path[-1] in DATE_KEYS and after[path] != old:
            assert same_date(old, after[path]), path
        else:
            assert after[path] == old, path


def test_untouched_words_stay(demo: tuple[dict[str, Any], dict[str, Any]]) -> None:
    _, result = demo
    assert result["resume"]["work"][2]["highlights"][1] == "Trained six baristas who were later promoted"
