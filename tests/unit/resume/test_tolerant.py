"""Tolerant loading (issue 13): each unambiguous deviation of real files is converted, noted, and loses nothing."""

from __future__ import annotations

from typing import Any

import pytest

from resume_autofix.analysis import analyze
from resume_autofix.resume import InvalidResumeError, load_resume


def _load(doc: dict[str, Any]) -> tuple[dict[str, Any], set[str]]:
    resume = load_resume(doc)
    return resume.to_dict(), {n["path"] for n in resume.notes}


def test_location_as_text_becomes_city_and_region() -> None:
    doc, notes = _load({"basics": {"name": "A", "location": "Medellín, Colombia"}})
    assert doc["basics"]["location"] == {"city": "Medellín", "region": "Colombia"}
    assert notes == {"/basics/location"}


def test_country_name_in_country_code_is_kept_as_region() -> None:
    doc, notes = _load({"basics": {"location": {"city": "Lyon", "countryCode": "France"}}})
    assert doc["basics"]["location"] == {"city": "Lyon", "region": "France"}
    assert notes == {"/basics/location/countryCode"}


def test_skills_as_plain_strings_and_as_an_object() -> None:
    doc, notes = _load({"skills": ["Python", "Go"]})
    assert doc["skills"] == [{"name": "Python"}, {"name": "Go"}]
    assert notes == {"/skills/0", "/skills/1"}
    doc, notes = _load({"skills": {"Languages": ["Go", "Rust"], "Cloud": "AWS, GCP"}})
    assert doc["skills"] == [
        {"name": "Languages", "keywords": ["Go", "Rust"]},
        {"name": "Cloud", "keywords": ["AWS", "GCP"]},
    ]
    assert notes == {"/skills"}


def test_languages_and_interests_as_plain_strings() -> None:
    doc, _ = _load({"languages": ["English"], "interests": ["Chess"]})
    assert doc["languages"] == [{"language": "English"}]
    assert doc["interests"] == [{"name": "Chess"}]


def test_highlights_as_one_string_become_a_list_per_line() -> None:
    doc, notes = _load({"work": [{"name": "X", "highlights": "• Built a thing\n• Shipped it"}]})
    assert doc["work"][0]["highlights"] == ["Built a thing", "Shipped it"]
    assert notes == {"/work/0/highlights"}
    doc, _ = _load({"projects": [{"name": "P", "keywords": "Go, Rust"}]})
    assert doc["projects"][0]["keywords"] == ["Go", "Rust"]


def test_profiles_as_an_object_and_as_urls() -> None:
    doc, notes = _load({"basics": {"profiles": {"GitHub": "jdoe", "LinkedIn": "https://linkedin.com/in/jdoe"}}})
    assert doc["basics"]["profiles"] == [
        {"network": "GitHub", "username": "jdoe"},
        {"network": "LinkedIn", "url": "https://linkedin.com/in/jdoe"},
    ]
    assert notes == {"/basics/profiles"}
    doc, _ = _load({"basics": {"profiles": ["https://github.com/jdoe"]}})
    assert doc["basics"]["profiles"] == [{"network": "GitHub", "url": "https://github.com/jdoe"}]


def test_a_date_range_in_one_field_is_split() -> None:
    doc, notes = _load({"work": [{"name": "X", "startDate": "2019 - Present"}]})
    assert (doc["work"][0]["startDate"], doc["work"][0]["endDate"]) == ("2019", "Present")
    assert notes == {"/work/0/startDate"}
    doc, _ = _load({"education": [{"startDate": "Sep 2015 – Jun 2019", "endDate": ""}]})
    assert (doc["education"][0]["startDate"], doc["education"][0]["endDate"]) == ("Sep 2015", "Jun 2019")


def test_dates_people_write_load_as_written() -> None:
    # "Summer 2020" and "" are readable as they are: kept, no 4xx, no note
    doc, notes = _load({"work": [{"startDate": "Summer 2020", "endDate": ""}], "basics": {"website": "https://a.io"}})
    assert doc["work"][0]["startDate"] == "Summer 2020"
    assert doc["basics"]["website"] == "https://a.io"
    assert notes == set()


def test_a_section_as_one_object_becomes_a_list() -> None:
    doc, notes = _load({"education": {"institution": "U"}})
    assert doc["education"] == [{"institution": "U"}]
    assert notes == {"/education"}


def test_fresh_containers_become_json_resume_lists() -> None:
    doc, notes = _load(
        {"skills": {"sets": [{"name": "Web", "skills": ["Go"]}]}, "education": {"history": [{"start": "2012"}]}}
    )
    assert doc["skills"] == [{"name": "Web", "keywords": ["Go"]}]
    assert doc["education"] == [{"startDate": "2012"}]
    assert notes == {"/skills", "/education"}


def test_the_analysis_shows_every_conversion() -> None:
    analysis = analyze({"basics": {"name": "A", "location": "Paris"}, "skills": ["Go"]}).to_dict()
    notes = [i for i in analysis["issues"] if i["type"] == "converted_on_load"]
    assert {i["path"] for i in notes} == {"/basics/location", "/skills/0"}
    assert all(i["severity"] == "info" for i in notes)


def test_the_callers_dict_is_not_changed() -> None:
    raw = {"skills": ["Go"]}
    load_resume(raw)
    assert raw == {"skills": ["Go"]}


@pytest.mark.parametrize(
    ("doc", "pointer"),
    [
        ({"work": "Acme"}, "/work"),
        ({"skills": [42]}, "/skills/0"),
        ({"basics": {"email": "not an email"}}, "/basics/email"),
    ],
)
def test_what_cannot_be_read_is_still_a_400(doc: dict[str, Any], pointer: str) -> None:
    with pytest.raises(InvalidResumeError) as info:
        load_resume(doc)
    assert info.value.details[0]["path"] == pointer
