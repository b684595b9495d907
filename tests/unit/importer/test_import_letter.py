"""A job application's cover letter before the résumé, and the résumé given twice (sets 19's German application)."""

from __future__ import annotations

from resume_autofix.importer import import_resume
from resume_autofix.importer.entries import split_entries
from resume_autofix.importer.letter import strip_consent, strip_copy, strip_letter
from resume_autofix.importer.lines import Line
from resume_autofix.importer.schools import education_items

_LETTER = [
    "Musterfirma",
    "Musterstraße 15",
    "12345 Musterstadt",
    "Max Mustermann",
    "Telefon: 0815/123456789",
    "27.11.2026",
    "Bewerbung als Entwickler",
    "Sehr geehrte Damen und Herren,",
    "mit großem Interesse habe ich Ihre Anzeige gelesen.",
    "Mit freundlichen Grüßen",
    "Unterschrift",
    "PS: Das Repository finden Sie unter https://github.com/",
    "example/application.",
    "Anlagen:",
    "Lebenslauf, Zeugnisse",
]
_CV = [
    "Max Mustermann",
    "Musterstraße 13, 12345 Musterstadt",
    "0815/123456789",
    "mustermann@example.com",
    "Berufslaufbahn",
    "02/2014",
    "-",
    "08/2018",
    "Musterstadt, Deutschland",
    "Zweitbester Mitarbeiter des Jahres",
    "Musterfirma",
    "viel Arbeit, wenig Schlaf",
]


def _lines(texts: list[str]) -> list[Line]:
    return [Line(t, 11.0) for t in texts]


def test_a_cover_letter_before_the_resume_is_left_out_with_a_warning() -> None:
    lines, warnings = strip_letter(_lines(_LETTER + _CV))
    assert [line.text for line in lines] == _CV
    assert warnings == [f"A cover letter came before the résumé: its {len(_LETTER)} lines were not imported"]


def test_the_signature_stops_where_the_resumes_name_has_its_address_under_it() -> None:
    letter = ["Dear Hiring Manager,", "I am writing to apply.", "Kind regards,", "Jane Doe"]
    cv = ["Jane Doe", "jane@example.com", "Experience", "Acme  2019 - 2020"]
    lines, _ = strip_letter(_lines(letter + cv))
    assert [line.text for line in lines] == cv


def test_a_resume_that_opens_with_a_section_or_has_no_closing_keeps_every_line() -> None:
    first = _lines(["Jane Doe", "Experience", "Dear colleagues, I led the team.", "Sincerely", "x"])
    assert strip_letter(first) == (first, [])
    unclosed = _lines(["Dear Hiring Manager,", "I am writing to apply.", "Jane Doe"])
    assert strip_letter(unclosed) == (unclosed, [])


def test_the_resume_given_a_second_time_is_cut_at_its_repeated_head() -> None:
    # the same résumé again, laid out as a table: its head, then the same sections
    again = [*_CV[:5], "02/2014 - 08/2018  Musterfirma", "Ausbildung", "08/2000 - 07/2008  Abitur"]
    copy = [*_CV, "Ausbildung", "Abitur  2000 - 2008", "Muster-Gymnasium", *again]
    lines, warnings = strip_copy(_lines(copy))
    assert [line.text for line in lines] == copy[: len(_CV) + 3]
    assert warnings == ["The résumé is in the file twice: the second copy (8 lines) was not imported"]
    assert strip_copy(_lines(_CV)) == (_lines(_CV), [])


def test_a_range_one_piece_a_line_under_its_place_then_title_and_company() -> None:
    (entry,) = split_entries(_lines(_CV[5:]), 11.0, False)
    assert (entry.parts, entry.location, entry.date.start, entry.date.end) == (
        ["Zweitbester Mitarbeiter des Jahres", "Musterfirma"],
        "Musterstadt, Deutschland",
        "2014-02",
        "2018-08",
    )


def test_table_cells_set_apart_around_the_place_still_make_one_title() -> None:
    def cell(text: str, gap: float = 0.0) -> Line:
        return Line(text, 11.0, gap_before=gap)

    lines = [
        cell("Industrie- und Handelskammer"),
        cell("Fachkraft für Leistungsträgertum"),
        cell("Musterstadt, Deutschland", 1.0),
        cell("08/2008 - 07/2011", 1.0),
        cell("2.0"),
        cell("Muster-Gymnasium"),
        cell("Abitur"),
        cell("Musterstadt, Deutschland", 1.0),
        cell("08/2000 - 07/2008", 1.0),
    ]
    first, second = education_items(split_entries(lines, 11.0, True))
    assert (first["institution"], first["studyType"], first["location"]) == (
        "Industrie- und Handelskammer",
        "Fachkraft für Leistungsträgertum",
        "Musterstadt, Deutschland",
    )
    assert "area" not in first  # "2.0" is a grade, no field of study
    assert (second["institution"], second["studyType"]) == ("Muster-Gymnasium", "Abitur")


def test_a_german_application_imports_the_resume_not_the_letter() -> None:
    text = "\n".join([*_LETTER, *_CV, "technische Kenntnisse", "Assembler", "Delphi"]).encode()
    result = import_resume(text, "bewerbung.txt")
    assert result.resume["basics"]["name"] == "Max Mustermann"
    [job] = result.resume["work"]
    assert (job["name"], job["position"]) == ("Musterfirma", "Zweitbester Mitarbeiter des Jahres")
    assert [s["name"] for s in result.resume["skills"]] == ["Assembler", "Delphi"]  # a skill a line
    assert result.warnings[0].startswith("A cover letter came before the résumé")


def test_the_consent_a_european_cv_ends_with_is_left_out() -> None:
    body = [f"Line {i}" for i in range(10)]
    consent = ["Ich, der/die Unterzeichnende, erkläre, dass die Angaben der Wahrheit entsprechen.", "Ort: Berlin"]
    lines, warnings = strip_consent(_lines([*body, *consent]))
    assert [line.text for line in lines] == body
    assert warnings == ["A consent or declaration at the end (2 lines) was not imported"]
    early = _lines([consent[0], *body])  # not at the end: a line like any other
    assert strip_consent(early) == (early, [])


def test_europass_personal_skills_keep_the_digital_skills_and_drop_the_language_grid() -> None:
    from resume_autofix.importer.lists import skills  # noqa: PLC0415

    lines = [
        Line("Lengua(s) materna(s)  Español", 8.5),
        Line("Autoevaluación · A1/A2 = Usuario básico · B1/B2 = Usuario independiente", 7.5),
        Line("Comprender  Hablar", 8.5),
        Line("Inglés  C1  C1  B2  B2  C1", 10.0),
        Line(
            "Competencias digitales  – Python, Docker, Kubernetes",
            10.0,
            cells=["Competencias digitales", "– Python, Docker, Kubernetes"],
            labels=frozenset({0}),  # the form's label cell, as the layout marks it
        ),
    ]
    found = skills(lines)
    assert [(g.get("name"), g.get("keywords")) for g in found] == [
        ("Competencias digitales", ["Python", "Docker", "Kubernetes"])
    ]


def test_a_second_page_that_repeats_the_name_and_contacts_over_new_sections_is_kept() -> None:
    page_one = [*_CV[:4], "Experience", "Acme  2019 - 2020", *(f"Built thing {n}" for n in range(8))]
    page_two = [*_CV[:4], "Education", "MIT  2010 - 2014", "Skills", "Python"]
    lines = _lines(page_one + page_two)
    assert strip_copy(lines) == (lines, [])
