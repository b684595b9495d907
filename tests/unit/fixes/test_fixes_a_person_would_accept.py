"""Fixes a person would accept, and none they would not: cases the corpus review turned up."""

from __future__ import annotations

from typing import Any

import pytest

from resume_autofix.analysis.spelling import english_words
from resume_autofix.analysis.verbs import rewrite_opener, rewrite_tense
from resume_autofix.fixes.formatting import tidy
from resume_autofix.workflow import run_autofix


def _resume(highlights: list[str], end: str = "2021-06", skills: tuple[str, ...] = ()) -> dict[str, Any]:
    return {
        "basics": {"name": "Ada Park", "email": "ada@example.com"},
        "work": [
            {"name": "Acme", "position": "Manager", "startDate": "2019-01", "endDate": end, "highlights": highlights}
        ],
        "skills": [{"name": "Tools", "keywords": list(skills)}] if skills else [],
    }


def _fixed(resume: dict[str, Any], job: str | None = None) -> dict[str, Any]:
    return run_autofix(resume, job).to_dict()


@pytest.mark.parametrize(
    ("bullet", "rewrite"),
    [
        ("Responsible for hiring, training, and scheduling 12 staff", "Hired, trained, and scheduled 12 staff"),
        ("Responsible for hiring and onboarding engineers", "Hired and onboarded engineers"),
        ("Responsible for leading a team", "Led a team"),
        # a later "and <x>ing" may be a verb or a noun ("the onboarding and training programme"): left alone
        ("Responsible for managing a team and ensuring quality", None),
        ("Responsible for designing the onboarding and training programme", None),
    ],
)
def test_responsible_for_a_list_of_verbs_turns_whole_or_not_at_all(bullet: str, rewrite: str | None) -> None:
    assert rewrite_opener(bullet, current=False, known=english_words().dictionary) == rewrite


def test_the_whole_list_rewrite_is_applied() -> None:
    result = _fixed(_resume(["Responsible for hiring, training, and scheduling 12 staff"]))
    assert result["resume"]["work"][0]["highlights"][0] == "Hired, trained, and scheduled 12 staff"


@pytest.mark.parametrize(
    ("bullet", "rewrite"),
    [
        ("Manage a team of 5 engineers", "Managed a team of 5 engineers"),
        ("Lead the billing migration", "Led the billing migration"),
        ("Build an internal pricing tool", "Built an internal pricing tool"),
        ("Plan quarterly sprints", "Planned quarterly sprints"),
        ("Managed a team", None),  # already past
    ],
)
def test_present_tense_opener_to_past(bullet: str, rewrite: str | None) -> None:
    assert rewrite_tense(bullet) == rewrite


def test_an_ended_role_gets_the_past_tense_and_a_current_one_keeps_the_present() -> None:
    ended = _fixed(_resume(["Manage a team of 5 engineers"]))
    assert ended["resume"]["work"][0]["highlights"][0] == "Managed a team of 5 engineers"
    assert ended["analysis_after"]["score"] >= ended["analysis_before"]["score"]
    current = _fixed(_resume(["Manage a team of 5 engineers"], end=""))
    assert current["resume"]["work"][0]["highlights"][0] == "Manage a team of 5 engineers"


def test_helped_is_flagged_but_never_rewritten() -> None:
    result = _fixed(_resume(["Helped build the billing system for 40 clients"]))
    assert result["resume"]["work"][0]["highlights"][0] == "Helped build the billing system for 40 clients"
    assert any(i["type"] == "weak_opener" for i in result["analysis_after"]["issues"])


@pytest.mark.parametrize(
    ("bullet", "expected"),
    [
        ("etc", "etc"),
        ("iOS app with 10k users", "iOS app with 10k users"),
        ("npm package maintained for 3 years", "npm package maintained for 3 years"),
        ("eBay storefront redesign", "eBay storefront redesign"),
        ("shipped the new checkout", "Shipped the new checkout"),
    ],
)
def test_capitalisation_leaves_words_that_are_lower_case_on_purpose(bullet: str, expected: str) -> None:
    assert tidy(bullet, bullet=True) == expected


def test_rest_apis_is_no_evidence_for_api_design() -> None:
    result = _fixed(_resume(["Shipped 4 services"], skills=("REST APIs", "React")), "Engineer\n\nAPI design and React.")
    assert "API design" not in result["resume"]["skills"][0]["keywords"]
