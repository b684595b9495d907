"""Rules set 10 (held out until measured, then tuned on) showed were needed: the Europass CV, a form of label
rows whose labels sit flush right against a gutter, read across rather than as two columns."""

from __future__ import annotations

from resume_autofix.importer.contacts import parse_contacts
from resume_autofix.importer.forms import entries_of
from resume_autofix.importer.layout import page_lines
from resume_autofix.importer.lines import Line
from resume_autofix.importer.pdf import Glyph, PdfPage

ROWS = [
    ("Surname(s) / First name(s)", "Surname, Name"),
    ("Telephone(s)", "+00 11 22 33 44"),
    ("Email(s)", "yourmail@goeshere.com"),
    ("Dates", "2056 - current"),
    ("Occupation or position held", "Position X"),
    ("Name and address of employer", "Company X, Address X, 0001 CityX"),
    ("Dates", "2050 – 2056"),
    ("Occupation or position held", "Position Y"),
]


def _row(label: str, value: str, top: float) -> list[Glyph]:
    glyphs, x = [], 198.0 - 5.0 * len(label)  # the label flush right at x=198
    for word in label.split():
        glyphs.append(Glyph(word, x, x + 5.0 * len(word), top, 10.0, False))
        x += 5.0 * len(word) + 5.0
    x = 222.0
    for word in value.split():
        glyphs.append(Glyph(word, x, x + 5.0 * len(word), top, 10.0, False))
        x += 5.0 * len(word) + 3.0
    return glyphs


def test_a_column_of_labels_flush_against_a_gutter_is_read_across_as_label_rows() -> None:
    glyphs = [g for i, (label, value) in enumerate(ROWS) for g in _row(label, value, 100.0 + 14 * i)]
    lines, two_columns = page_lines(PdfPage(600, 800, glyphs), 0)
    assert not two_columns
    assert [line.labelled() for line in lines][:2] == [
        [("Surname(s) / First name(s)", "Surname, Name")],
        [("Telephone(s)", "+00 11 22 33 44")],
    ]


def test_europass_rows_make_entries_and_the_labelled_name_and_phone_are_taken() -> None:
    lines = [Line(f"{label}  {value}", size=10, labels=frozenset({0})) for label, value in ROWS]
    basics: dict = {}
    parse_contacts(lines[:3], basics, [])
    assert (basics["name"], basics["phone"], basics["email"]) == ("Surname, Name", "+00 11 22 33 44", ROWS[2][1])
    entries = entries_of(lines[3:], body=10, typography=True)
    assert [(e.parts, e.date.start if e.date else None) for e in entries] == [
        (["Position X", "Company X"], "2056"),
        (["Position Y"], "2050"),
    ]
    school = [
        Line("Dates  2043 – 2045", labels=frozenset({0})),
        Line("Title of qualification awarded  MSc in This Discipline", labels=frozenset({0})),
        Line("Name and type of organisation  University X, Faculty of This Discipline", labels=frozenset({0})),
    ]
    [entry] = entries_of(school, body=10, typography=True)
    assert entry.parts == ["University X, Faculty of This Discipline", "MSc in This Discipline"]


def test_a_year_before_its_month_is_a_month() -> None:
    from resume_autofix.importer.dates import find_dates  # noqa: PLC0415

    assert [(d.start, d.end) for d in find_dates("2023 Mar. — 2024 Jul.")] == [("2023-03", "2024-07")]
    assert [(d.start, d.present) for d in find_dates("2024 Aug. — present")] == [("2024-08", True)]
    assert [d.start for d in find_dates("2019 Python developer")] == ["2019"]  # a year, then no month
