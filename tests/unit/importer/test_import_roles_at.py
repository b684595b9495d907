"""Roles a comma lists before "at" are one position; the employer after "at" is the other part."""

from __future__ import annotations

import pytest

from resume_autofix.importer.titles import split_title


@pytest.mark.parametrize(
    ("title", "parts"),
    [
        ("Product designer, web developer at ManaSky", ["Product designer, web developer", "ManaSky"]),
        (
            "Co-founder, product designer, front-end developer at Atbox.io (Rasht, Iran)",
            ["Co-founder, product designer, front-end developer", "Atbox.io", "Rasht, Iran"],
        ),
        ("Senior Engineer at Google", ["Senior Engineer", "Google"]),
        ("Acme Corp, Engineer at Foo", ["Acme Corp", "Engineer", "Foo"]),  # an employer first: no list of roles
        ("Engineer, Google", ["Engineer", "Google"]),
    ],
)
def test_roles_before_at_are_one_position(title: str, parts: list[str]) -> None:
    assert split_title(title) == parts


@pytest.mark.parametrize(
    ("title", "parts"),
    [
        (
            "Université de Marne-la-Vallée. Diplôme d’Études Approfondies.",
            ["Université de Marne-la-Vallée", "Diplôme d’Études Approfondies"],
        ),
        ("B.Sc. Computer Science", ["B.Sc. Computer Science"]),  # an abbreviation's stop parts nothing
        ("St. Mary College", ["St. Mary College"]),
        ("Worked on things. Did more things.", ["Worked on things. Did more things."]),  # no school, degree or firm
    ],
)
def test_a_title_written_as_sentences_parts_at_its_full_stop(title: str, parts: list[str]) -> None:
    assert split_title(title) == parts


def test_a_unit_written_after_the_job_is_part_of_the_position() -> None:
    from resume_autofix.importer import import_resume  # noqa: PLC0415

    text = (
        "Jane Doe\njane@example.com\n\nEXPERIENCE\nGraduate Advisor, Education Dept  2015 – 2017\nElm College\n"
        "Advised graduate students on their programmes.\n"
    )
    work = import_resume(text.encode(), "cv.txt").resume["work"][0]
    assert work["position"] == "Graduate Advisor, Education Dept"
    assert work.get("name") != "Education Dept"


def test_a_role_and_its_team_before_at_are_the_position() -> None:
    assert split_title("Senior Applied Scientist, Simulation at Cruise") == [
        "Senior Applied Scientist, Simulation",
        "Cruise",
    ]
    assert split_title("Software Engineer, Infrastructure at Google") == ["Software Engineer, Infrastructure", "Google"]
    # an employer before "at" stays a part of its own
    assert split_title("Engineer, Acme Corp at Berlin")[0] == "Engineer"
