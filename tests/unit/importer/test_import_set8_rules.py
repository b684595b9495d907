"""Rules set 8 (held out until measured, then tuned on) showed were needed: Word's deeper headings inside a job,
"School: Degree" titles, bulleted entry titles with their dates, and a German application's headings."""

from __future__ import annotations

from resume_autofix.importer.entries import split_entries
from resume_autofix.importer.lines import Line
from resume_autofix.importer.sections import split_sections


def test_a_deeper_word_heading_that_names_a_section_stays_inside_the_job() -> None:
    lines = [
        Line("Full Name", size=26, heading=True, level=0),
        Line("PROFESSIONAL EXPERIENCE", size=14, bold=True, heading=True, level=1),
        Line("Role Name/Title", size=13, bold=True, heading=True, level=2),
        Line("Technical Skills", size=11, bold=True, heading=True, level=4),
        Line("These · Are · The Key · Skills", size=11),
        Line("EDUCATION", size=14, bold=True, heading=True, level=1),
    ]
    _header, sections, _warnings = split_sections(lines)
    assert [s.key for s in sections] == ["work", "education"]
    assert "Technical Skills" in [line.text for line in sections[0].lines]


def test_a_bold_school_colon_degree_line_is_a_title_and_a_gpa_is_not() -> None:
    entries = split_entries(
        [
            Line("School or Institution Name: Degree or Area of Study", size=11, bold=True),
            Line("Another School: Another Degree", size=11, bold=True),
        ],
        body=11,
        typography=True,
    )
    assert [e.parts for e in entries] == [
        ["School or Institution Name", "Degree or Area of Study"],
        ["Another School", "Another Degree"],
    ]
    [entry] = split_entries(
        [Line("Cornell University  May 2014", size=10, bold=True), Line("Cum. GPA: 3.83 / 4.0", size=10, bold=True)],
        body=10,
        typography=True,
    )
    assert entry.parts == ["Cornell University"]


def test_bulleted_titles_with_their_dates_over_deeper_bullets_are_entries() -> None:
    section = [
        Line("First American University, Springfield", size=10, x0=136.8),
        Line("■ Ph.D. in Geophysical Engineering  Dec 2009 – Jul 2014", size=10, x0=141.1),
        Line("• Thesis: A Statistical Approach", size=8.6, x0=152.7),
        Line("■ M.B.A.  Nov 2008 – Jun 2009", size=10, x0=141.1),
        Line("• Cumulative GPA: 3.7 / 4.0", size=8.6, x0=152.7),
    ]
    entries = split_entries(section, body=10, typography=True)
    assert [e.date.start if e.date else None for e in entries] == ["2009-12", "2008-11"]
    assert entries[0].parts[-1] == "Ph.D. in Geophysical Engineering"
    assert entries[1].parts == ["M.B.A."]


def test_a_german_application_names_its_sections() -> None:
    lines = [
        Line("Eva Mustermann", size=12, bold=True),
        Line("Zu meiner Person", size=20.7),
        Line("Promotion", size=17.2, bold=True),
        Line("Mai 2015  Doktor der Veterinärmedizin", size=12),
        Line("Praktische Tätigkeiten", size=17.2, bold=True),
        Line("2005  Volontariat Udawalawe-Nationalpark", size=12),
    ]
    _header, sections, _warnings = split_sections(lines)
    assert [s.key for s in sections] == ["contact", "education", "work"]
