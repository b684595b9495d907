"""The parts of the importer: date ranges, section vocabulary, contact pieces, the never-invent guard."""

from __future__ import annotations

import pytest

from resume_autofix.importer.contacts import parse_contacts
from resume_autofix.importer.dates import find_dates
from resume_autofix.importer.guard import Guard, invented
from resume_autofix.importer.lines import Line
from resume_autofix.importer.titles import split_title
from resume_autofix.importer.vocabulary import vocabulary_key
from resume_autofix.resume import parse_loose


@pytest.mark.parametrize(
    ("text", "start", "end", "present"),
    [
        ("Staff Engineer, Confluent  Feb 2020 – Present", "2020-02", None, True),
        ("2019–21", "2019", "2021", False),
        ("03/2018 - 05/2020", "2018-03", "2020-05", False),
        ("Sept. 2006 – Jun 2011", "2006-09", "2011-06", False),
        ("März 2020 – heute", "2020-03", None, True),
        ("janvier 2015 à juin 2017", "2015-01", "2017-06", False),
        ("2019年4月 ～ 現在", "2019-04", None, True),
        ("2012-09 – 2016-06", "2012-09", "2016-06", False),
        ("since 2020", "2020", None, True),
        ("Austin Community College (2012-09-01 – 2014-05-01)", "2012-09-01", "2014-05-01", False),
    ],
)
def test_date_ranges(text, start, end, present) -> None:
    span = find_dates(text)[-1]
    assert (span.start, span.end, span.present) == (start, end, present)


def test_no_dates_in_scores_or_versions() -> None:
    assert find_dates("GPA 3.9/4.0, Python 3.12") == []


@pytest.mark.parametrize(("text", "month"), [("Dezember 2020", 12), ("mai 2019", 5), ("Sept. 2019", 9)])
def test_project_date_parser_reads_localised_months(text, month) -> None:
    assert parse_loose(text).month == month


@pytest.mark.parametrize(
    ("heading", "key"),
    [
        ("WORK EXPERIENCE", "work"),
        ("Professional Experience:", "work"),
        ("Berufserfahrung", "work"),
        ("Expérience professionnelle", "work"),
        ("Formación académica", "education"),
        ("Competenze", "skills"),
        ("Werkervaring", "work"),
        ("Опыт работы", "work"),
        ("職務経歴", "work"),
        ("학력", "education"),
        ("S K I L L S", "skills"),
        ("Skills & Tools", "skills"),
        ("Volunteer Experience", "volunteer"),
        ("Awards and Honors", "awards"),
        ("Staff Software Engineer", None),
        ("\uf19d EDUCATION", "education"),  # an icon-font glyph before the heading (HackMyResume)
        ("▸ Skills", "skills"),
    ],
)
def test_heading_vocabulary(heading, key) -> None:
    assert vocabulary_key(heading) == key


def test_contact_pieces_are_kept_as_written() -> None:
    basics: dict = {}
    rest: list[str] = []
    parse_contacts(
        [
            Line(text="ada@example.com | +44 20 7946 0958 | London, UK | github.com/ada | https://ada.dev"),
            Line(text="LinkedIn: ada-l"),
        ],
        basics,
        rest,
    )
    assert basics["email"] == "ada@example.com"
    assert basics["phone"] == "+44 20 7946 0958"
    assert basics["location"] == {"city": "London", "region": "UK"}
    assert basics["url"] == "https://ada.dev"
    assert {"url": "https://github.com/ada", "username": "ada"} in basics["profiles"]
    assert {"network": "LinkedIn", "username": "ada-l"} in basics["profiles"]
    assert rest == []


def test_guard_removes_what_the_text_does_not_hold() -> None:
    source = "Jane Doe\nSenior multi-\nregion engineer  Feb 2020 – Present\nBachelor of Science Computer  2019\nScience"
    resume = {
        "basics": {"name": "Jane Doe", "label": "Principal Engineer"},
        "work": [{"position": "Senior multi-region engineer", "startDate": "2020-02", "endDate": "2021-01"}],
        "education": [{"studyType": "Bachelor of Science Computer Science"}],
    }
    assert invented(resume, source) == ["/basics/label", "/work/0/endDate"]
    cleaned, removed = Guard(source).clean(resume)
    assert "label" not in cleaned["basics"]
    assert cleaned["work"][0]["startDate"] == "2020-02"
    assert len(removed) == 2


@pytest.mark.parametrize(
    ("title", "parts"),
    [
        ("R.O.K Cyber Command, MND", ["R.O.K Cyber Command, MND"]),
        ("University of California, Los Angeles", ["University of California, Los Angeles"]),
        ("University of Texas, Austin", ["University of Texas, Austin"]),
        ("Staff Engineer, Confluent", ["Staff Engineer", "Confluent"]),
        ("Engineer, IBM", ["Engineer", "IBM"]),
        ("BSCS, Cornell University", ["BSCS", "Cornell University"]),
        ("Princeton University, Computer Science", ["Princeton University", "Computer Science"]),
        ("Acme, Inc.", ["Acme, Inc."]),
    ],
)
def test_a_comma_inside_a_name_does_not_split_it(title, parts) -> None:
    assert split_title(title) == parts
