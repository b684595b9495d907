"""Cases the demo sample turned up: an unknown word "corrected" by dropping its first letter, a product's word
taken for a keyword of its own."""

from __future__ import annotations

from resume_autofix.analysis import analyze
from resume_autofix.analysis.keywords import extract_job_keywords
from resume_autofix.resume import load_job_description

RESUME = {
    "basics": {"name": "Dana Cole", "email": "dana@example.com", "summary": "Shift lead in a busy cafe."},
    "work": [
        {
            "name": "Cafe",
            "position": "Shift Lead",
            "startDate": "2019",
            "endDate": "2021",
            "highlights": [
                "Trained six baristas who were later promoted",
                "Cleaned three years of distribution spreadhseets",
            ],
        }
    ],
}


def test_a_correction_that_changes_the_first_letter_is_never_certain() -> None:
    spelling = {i["data"]["word"]: i["data"] for i in analyze(RESUME).to_dict()["issues"] if i["type"] == "spelling"}
    assert spelling["baristas"]["confident"] is False
    assert spelling["spreadhseets"] == {**spelling["spreadhseets"], "suggestion": "spreadsheets", "confident": True}


def test_an_acronym_inside_a_known_product_name_is_not_a_keyword() -> None:
    job = load_job_description("Data Analyst\n\nBuild reports in Power BI and Tableau; some SSRS is a plus.")
    names = {k.name for k in extract_job_keywords(job)}
    assert {"Power BI", "Tableau", "SSRS"} <= names
    assert "BI" not in names
