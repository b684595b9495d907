"""Old TeX output (dvips, Type 1 fonts) and template placeholders: accents drawn as glyphs before their letter,
a name after a form's label, and dates left to fill in."""

from __future__ import annotations

import pytest

from resume_autofix.importer.contacts import parse_contacts
from resume_autofix.importer.entries import split_entries
from resume_autofix.importer.lines import CELL_SEP, Line, clean


@pytest.mark.parametrize(
    ("drawn", "meant"),
    [
        ("Formaci´on", "Formación"),
        ("Pa´ıs", "País"),
        ("desempe˜no", "desempeño"),
        ("Miˇsko", "Miško"),
        ("M¨uller", "Müller"),
    ],
)
def test_an_accent_drawn_before_its_letter_is_composed(drawn: str, meant: str) -> None:
    assert clean(drawn) == meant


@pytest.mark.parametrize("text", ["it´s", "O´Brien", "don´t", "Stra¨sse"])
def test_an_acute_used_as_an_apostrophe_stays(text: str) -> None:
    assert clean(text) == text


def test_a_name_after_a_full_name_label() -> None:
    basics: dict[str, object] = {}
    parse_contacts([Line(f"Nombre completo{CELL_SEP}Ana Ruiz Pérez")], basics, [])
    assert basics["name"] == "Ana Ruiz Pérez"


def test_dates_left_to_fill_in_are_no_title_part() -> None:
    lines = [
        Line(f"0000 a la fecha{CELL_SEP}La empresa actual", x0=72),
        Line("Puesto actual", x0=197),
        Line(f"0000 a 0000{CELL_SEP}La empresa anterior", x0=72),
        Line("Puesto", x0=197),
    ]
    entries = split_entries(lines, 12, True)
    assert [e.parts[0] for e in entries] == ["La empresa actual", "La empresa anterior"]


@pytest.mark.filterwarnings("error::UserWarning")
def test_a_docx_whose_normal_style_has_another_name_reads_without_a_warning() -> None:
    import io  # noqa: PLC0415

    import docx  # noqa: PLC0415
    from docx.shared import Pt  # noqa: PLC0415

    from resume_autofix.importer import import_resume  # noqa: PLC0415

    # GIVEN a Word file whose default paragraph style is named "Standard" (as a German Word names it)
    document = docx.Document()
    document.styles["Normal"].font.size = Pt(10)
    document.styles["Normal"].name = "Standard"
    document.add_paragraph("Jane Doe")
    document.add_paragraph("jane@example.com")
    buffer = io.BytesIO()
    document.save(buffer)
    # WHEN it is imported (a deprecated lookup by style id would warn, and the warning is an error here)
    result = import_resume(buffer.getvalue(), "cv.docx")
    # THEN it reads as any other
    assert result.resume["basics"]["email"] == "jane@example.com"


def test_a_name_then_a_comma_and_the_job_title_in_the_largest_type() -> None:
    from resume_autofix.importer.basics import parse_header  # noqa: PLC0415

    basics, _rest, _prose = parse_header(
        [Line("Richard Hendricks, Programmer", size=15), Line("richard@example.com", size=9)]
    )
    assert (basics["name"], basics["label"]) == ("Richard Hendricks", "Programmer")
    # AND a name with a comma and no job after it stays whole
    whole, _rest, _prose = parse_header([Line("Doe, Jane", size=15), Line("jane@example.com", size=9)])
    assert whole["name"] == "Doe, Jane"


@pytest.mark.parametrize("text", ["XXXX/XX/XX-YYYY/YY/YY", "0000 a la fecha", "20XX – Present", "YYYY"])
def test_placeholder_dates_are_known(text: str) -> None:
    from resume_autofix.importer.titleblock import PLACEHOLDER_DATES  # noqa: PLC0415

    assert PLACEHOLDER_DATES.fullmatch(text)


@pytest.mark.parametrize("text", ["2020", "XXX Corp", "Y Combinator"])
def test_real_dates_and_names_are_no_placeholders(text: str) -> None:
    from resume_autofix.importer.titleblock import PLACEHOLDER_DATES  # noqa: PLC0415

    assert not PLACEHOLDER_DATES.fullmatch(text)


def test_labelled_contacts_with_longer_labels() -> None:
    from resume_autofix.importer.basics import parse_header  # noqa: PLC0415

    lines = [
        Line("Name Surname", size=35),
        Line("Phone number: 123 456 789", size=10),
        Line("Email address: hire@domain.com", size=10),
    ]
    basics, _rest, _prose = parse_header(lines)
    # THEN the label vouches for a number no numbering plan allows, and no label is a place or a job title
    assert (basics["phone"], basics["email"]) == ("123 456 789", "hire@domain.com")
    assert "label" not in basics
    assert "location" not in basics


def test_a_japanese_work_history_header_and_job() -> None:
    from resume_autofix.importer.basics import parse_header  # noqa: PLC0415
    from resume_autofix.importer.entries import split_entries  # noqa: PLC0415
    from resume_autofix.importer.jobs import work_items  # noqa: PLC0415

    # GIVEN a 職務経歴書: its title, the date it was written, the name after its label
    basics, _rest, _prose = parse_header(
        [Line("職務経歴書", size=18), Line("2026年6月13日現在", size=10), Line("氏名 見本 太郎", size=10)]
    )
    # THEN the name is the name, not the date or the title
    assert basics["name"] == "見本 太郎"
    assert "location" not in basics
    # AND a large "■ employer   dates" line over "役職：role" is the job, the labelled role its position
    lines = [
        Line(f"■ 見本モバイル株式会社{CELL_SEP}2020年4月 - 現在", size=11.5),
        Line("役職：モバイルテックリード", size=9.5),
        Line("月間数百万ユーザー規模のアプリのモバイル開発を牽引。", size=9.5),
    ]
    [job] = work_items(split_entries(lines, 9.5, True), "name")
    assert (job["name"], job["position"], job["startDate"]) == (
        "見本モバイル株式会社",
        "モバイルテックリード",
        "2020-04",
    )
