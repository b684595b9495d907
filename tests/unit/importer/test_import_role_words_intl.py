"""Job, employer, school and degree words in further languages, and compounds written as one word."""

from __future__ import annotations

import pytest

from resume_autofix.importer import import_resume
from resume_autofix.importer.roles import degree_score, institution_score, job_score, position_score


@pytest.mark.parametrize(
    "job",
    [
        "Softwareentwickler",  # German compounds end in their job word
        "Projektleiter",
        "ohjelmistokehittäjä",  # Finnish
        "szoftverfejlesztő",  # Hungarian
        "Programista",
        "Yazılım Mühendisi",
        "Pengembang Perangkat Lunak",
        "Chercheuse",
        "Ricercatore",
        "Разработчик",
        "Розробник",
    ],
)
def test_a_job_in_another_language_is_a_job(job: str) -> None:
    assert position_score(job) > 0


@pytest.mark.parametrize("company", ["Beispiel Versicherung", "Acme Kft.", "ООО Ромашка", "Bankası", "PT Maju Tbk"])
def test_an_employer_in_another_language_is_no_job(company: str) -> None:
    assert position_score(company) < 0


@pytest.mark.parametrize("school", ["Uniwersytet Warszawski", "Helsingin yliopisto", "Universitas Indonesia"])
def test_a_school_in_another_language_is_a_school(school: str) -> None:
    assert institution_score(school) > 0


@pytest.mark.parametrize("degree", ["Licencjat", "Dipl.-Ing.", "Yüksek Lisans", "Sarjana Komputer", "Doctorat"])
def test_a_degree_in_another_language_is_a_degree(degree: str) -> None:
    assert degree_score(degree) > 0


def test_a_place_that_ends_like_a_job_word_is_no_job() -> None:
    assert position_score("Flagstaff") == 0  # compounds are read only for the languages that glue them


def test_the_job_and_the_employer_of_a_german_entry_are_told_apart() -> None:
    assert job_score("Softwareentwickler") > job_score("Beispiel Versicherung")
    text = (
        "Max Mustermann\nmax@example.de\n\nBerufserfahrung\n"
        "Beispiel Versicherung AG, Softwareentwickler  03.2017 – 12.2020\nEntwicklung von Webanwendungen\n"
    )
    [job] = import_resume(text.encode(), "cv.txt").resume["work"]
    assert (job["name"], job["position"]) == ("Beispiel Versicherung AG", "Softwareentwickler")


def test_university_abbreviations_are_schools() -> None:
    assert institution_score("TU Munich") > 0
    assert institution_score("ETH Zürich") > 0


def test_a_typographic_apostrophe_in_a_degree() -> None:
    assert degree_score("Bachelor’s in Computer Science") > 0


def test_degrees_spelt_with_spaced_abbreviations_or_in_portuguese_and_polish_are_degrees() -> None:
    for degree in ("M. Eng. Elektrotechnik", "B. Sc. Informatik", "Bacharel em Engenharia da Computação", "Inżynier"):
        assert degree_score(degree) > 0, degree
    assert degree_score("St. John") <= 0
