"""Twentieth round (the long tail of degrees and schools; held-out sets 123-125 measured after it)."""

from __future__ import annotations

from resume_autofix.importer import import_resume
from resume_autofix.importer.degreemarks import before_grade


def _resume(body: str, heading: str = "Education") -> dict:
    return import_resume(f"Jane Doe\njane@example.com\n\n{heading}\n{body}".encode(), "cv.txt").resume


def test_a_degree_line_keeps_its_name_apart_from_when_it_is_expected() -> None:
    # GIVEN a school over a degree line that ends with the date the degree is expected
    resume = _resume(
        "Shanghai Jiao Tong University, Shanghai, China    2013 – Present\n"
        "Master student in Electronics Engineering (EE), expected March 2016\n"
    )
    # THEN the degree and its field are read without the expected date
    (school,) = resume["education"]
    assert (school.get("studyType"), school.get("area")) == ("Master student", "Electronics Engineering (EE)")


def test_a_rank_after_a_degree_is_no_part_of_it() -> None:
    assert before_grade("Bachelor student in Computer Science & Technology, Rank: 4th/124") == (
        "Bachelor student in Computer Science & Technology",
        "Rank: 4th/124",
    )
    assert before_grade("Master of Science, expected May 2025") == ("Master of Science", "expected May 2025")
    assert before_grade("Bachelor of Science in Frankly Expected Outcomes") == (
        "Bachelor of Science in Frankly Expected Outcomes",
        "",
    )
