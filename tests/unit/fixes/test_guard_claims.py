"""The merge guard tells a new claim (refused) from the same claim corrected (applied) — issue 13."""

from __future__ import annotations

from typing import Any

import pytest

from resume_autofix.fixes import merge

RESUME: dict[str, Any] = {
    "basics": {"name": "Ana Ruiz", "summary": "Store manager."},
    "work": [
        {
            "name": "Corner Shop",
            "position": "Shift Lead",
            "startDate": "2018",
            "endDate": "2021",
            "highlights": [
                "Lead a team of five cashiers",
                "Managed inventroy for three stores",
                "Organised the stock room at the centre",
            ],
        }
    ],
}


def _one(path: str, old: str, new: str, fix: str = "spelling") -> dict[str, Any]:
    ops = [{"op": "test", "path": path, "value": old}, {"op": "replace", "path": path, "value": new}]
    return merge(RESUME, {fix: ops}).to_dict()


@pytest.mark.parametrize(
    ("index", "new", "fix"),
    [
        (0, "Led a team of five cashiers", "action_verbs"),  # tense of the same lemma
        (1, "Managed inventory for three stores", "spelling"),  # a dictionary correction of a misspelt token
        (0, "lead a team of five cashiers", "spelling"),  # capitalisation
    ],
)
def test_the_same_claim_corrected_is_applied(index: int, new: str, fix: str) -> None:
    old = RESUME["work"][0]["highlights"][index]
    result = _one(f"/work/0/highlights/{index}", old, new, fix)
    assert result["rejected"] == [], result["rejected"]
    assert result["resume"]["work"][0]["highlights"][index] == new


@pytest.mark.parametrize(
    ("index", "new", "words"),
    [
        (1, "Managed Kubernetes for three stores", "skill term"),  # a skill the resume never names
        (0, "Lead a team of 50 cashiers", "figure"),  # a number
        (0, "Lead a team of six cashiers", "figure"),  # a number written as a word
        (1, "Managed inventory for three Walmart stores", "evidence"),  # a name
        (2, "Organised the stock room at the center", "English variant"),  # centre → center
    ],
)
def test_a_new_claim_is_refused(index: int, new: str, words: str) -> None:
    old = RESUME["work"][0]["highlights"][index]
    result = _one(f"/work/0/highlights/{index}", old, new, "action_verbs")
    assert result["applied"] == []
    assert words in result["rejected"][0]["reason"]


def test_a_typo_inside_a_compound_is_corrected_word_by_word() -> None:
    doc = {"work": [{"name": "X", "highlights": ["Shipped produtcion-ready code for the proudct/UX team"]}]}
    old = doc["work"][0]["highlights"][0]
    new = "Shipped production-ready code for the product/UX team"
    ops = [{"op": "test", "path": "/work/0/highlights/0", "value": old}]
    ops.append({"op": "replace", "path": "/work/0/highlights/0", "value": new})
    result = merge(doc, {"spelling": ops}).to_dict()
    assert result["rejected"] == []
    invented = [
        *ops[:1],
        {"op": "replace", "path": "/work/0/highlights/0", "value": old.replace("proudct/UX", "Kafka/UX")},
    ]
    assert "skill term" in merge(doc, {"spelling": invented}).to_dict()["rejected"][0]["reason"]


def test_a_plain_word_is_never_refused_as_a_skill_term() -> None:
    # "Led" is a form of the soft skill "leadership"; as a tense change of "Lead" it adds no claim
    result = _one("/work/0/highlights/0", "Lead a team of five cashiers", "Led a team of five cashiers", "action_verbs")
    assert not any("skill term" in r["reason"] for r in result["rejected"])
