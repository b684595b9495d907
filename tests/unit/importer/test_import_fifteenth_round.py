"""Rules of the fifteenth round: academic CVs' units and open ranges, made before a held-out wave arrived."""

from __future__ import annotations

from resume_autofix.importer import import_resume
from resume_autofix.importer.dates import find_dates
from resume_autofix.importer.entries import split_entries
from resume_autofix.importer.lines import CELL_SEP, Line
from resume_autofix.importer.places import LOCATION
from resume_autofix.importer.roles import institution_score


def _jobs(text: str) -> list[dict[str, object]]:
    return import_resume(f"Jane Doe\njane@example.com\n\nEXPERIENCE\n{text}".encode(), "cv.txt").resume["work"]


def test_a_template_placeholder_of_town_state_and_country_is_a_place() -> None:
    # GIVEN a template's "TOWN, STATE, COUNTRY" beside its school
    for place in ("TOWN, STATE, COUNTRY", "City, State", "City, Country"):
        # THEN it is a place, not a degree's field
        assert LOCATION.match(place), place
    assert not LOCATION.match("City, University")


def test_french_and_spanish_polytechnic_schools_are_institutions() -> None:
    for school in ("Polytechnique Montréal", "Universidad Politécnica de Madrid", "Politehnica University"):
        assert institution_score(school) > 0, school


def test_a_date_with_a_dash_and_nothing_after_it_in_its_cell_is_an_open_range() -> None:
    # GIVEN a year and a dash alone in its cell, the role in the next
    (span,) = find_dates(f"2023-{CELL_SEP}Doctoral Faculty, Dept. of Physics")
    # THEN the range is open: the job is still held
    assert (span.start, span.end, span.present) == ("2023", None, True)
    assert find_dates("Jan 2019 –")[0].present
    # BUT a dash that parts a year from its title on one line opens no range, nor does a range
    assert not find_dates("2019 - Engineer")[0].present
    assert find_dates("2019-2020")[0].end == "2020"


def test_a_department_and_its_organisation_after_the_role_are_the_employer_as_printed() -> None:
    jobs = _jobs(
        f"2024-{CELL_SEP}Doctoral Faculty, Dept. of Physics, CUNY Graduate Center\n"
        f"2021-23{CELL_SEP}Associate Research Scholar, Program in Atmospheric Sciences, Princeton University\n"
    )
    # THEN the unit and its organisation are one employer, the role the position
    assert [(j["name"], j["position"]) for j in jobs] == [
        ("Dept. of Physics, CUNY Graduate Center", "Doctoral Faculty"),
        ("Program in Atmospheric Sciences, Princeton University", "Associate Research Scholar"),
    ]
    # AND the open range has no end, though a later job stands above it
    assert "endDate" not in jobs[0]
    # BUT of a chair and its university, the university is the employer
    (chair,) = _jobs(f"Researcher, Chair of Joy, University of Excellence{CELL_SEP}2015 - 2023\n")
    assert (chair["name"], chair["position"]) == ("University of Excellence", "Researcher")


def _line(text: str, size: float, bold: bool, x0: float, top: float) -> Line:
    return Line(text=text, size=size, bold=bold, x0=x0, x1=540.0, top=top)


def test_a_title_set_half_a_point_left_is_still_the_next_entrys_title() -> None:
    # GIVEN two entries of a bold title over a line of its subject and dates, the second title's first letter set
    # 0.9 pt left of the first's
    lines = [
        _line(f"Master's Thesis{CELL_SEP}OtherUniversity", 11.0, True, 42.6, 100.0),
        _line(f"A Carefully Chosen Topic{CELL_SEP}February - July 2016", 10.0, False, 42.6, 115.0),
        _line(f"Joint Bachelor and Master's of Science{CELL_SEP}Université de Technologie", 11.0, True, 41.7, 136.0),
        _line(
            f"Major in Process Engineering, minor in Modelling{CELL_SEP}September 2011 - August 2016",
            10.0,
            False,
            42.6,
            151.0,
        ),
    ]
    entries = split_entries(lines, 10.0, True)
    # THEN the second bold title opens the second entry
    assert [e.parts[0] for e in entries] == ["Master's Thesis", "Joint Bachelor and Master's of Science"]
