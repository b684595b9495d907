"""Rules the real PDFs from other tools showed were needed: dates beside bullets, margin headings, footers, bold."""

from __future__ import annotations

from pathlib import Path

from resume_autofix.importer import read_document
from resume_autofix.importer.assemble import _side_headings
from resume_autofix.importer.contacts import parse_contacts
from resume_autofix.importer.entries import split_entries
from resume_autofix.importer.lines import Line
from resume_autofix.importer.pdf import Glyph, _is_bold
from resume_autofix.importer.segments import band_segments
from resume_autofix.importer.service import drop_running_lines

REAL = Path(__file__).resolve().parents[2] / "data" / "real"


def test_a_date_beside_the_first_bullet_belongs_to_the_entry_title() -> None:
    # GIVEN RenderCV's grid: the title alone, the dates in a right cell level with the first bullet
    lines = [
        Line("Nexus AI, Co-Founder & CTO  San Francisco, CA", size=10, bold=True),
        Line("• Built model infrastructure serving 2M+ requests  June 2023 – present", size=10),
        Line("uptime  2 years 10 months", size=10),
        Line("• Raised $18M Series A", size=10),
    ]
    # WHEN the section is split into entries
    [entry] = split_entries(lines, body=10, typography=True)
    # THEN the dates are the entry's and the bullet keeps only its text
    assert (entry.date.start, entry.date.present) == ("2023-06", True)
    assert entry.location == "San Francisco, CA"
    assert entry.bullets[0] == "Built model infrastructure serving 2M+ requests uptime"


def test_a_section_name_in_the_left_margin_heads_its_own_line() -> None:
    lines = [Line("Experience  Creative Solutions Inc.  January 2019 to Present", size=9.8, bold=True)]
    assert [line.text for line in _side_headings(lines)] == [
        "Experience",
        "Creative Solutions Inc.  January 2019 to Present",
    ]
    # two different headings side by side are two columns, left alone
    assert len(_side_headings([Line("CONTACT  ABOUT ME", size=11, bold=True)])) == 1


def test_a_running_footer_goes_from_every_page_and_a_header_keeps_its_first_copy() -> None:
    lines = [
        Line("Jane Doe", page=0, top=40),
        Line("Experience", page=0, top=100),
        Line("February 10, 2026  Jane Doe · Résumé  1", page=0, top=800),
        Line("Jane Doe", page=1, top=40),
        Line("Education", page=1, top=100),
        Line("February 10, 2026  Jane Doe · Résumé  2", page=1, top=800),
    ]
    assert [(line.text, line.page) for line in drop_running_lines(lines)] == [
        ("Jane Doe", 0),
        ("Experience", 0),
        ("Education", 1),
    ]


def test_bold_is_the_name_or_a_weight_above_the_body() -> None:
    assert _is_bold(b"ABCDEF+IBMPlexSans-Medium", 704, 0, 625)
    assert not _is_bold(b"ABCDEF+IBMPlexSans-Regular", 625, 0, 625)
    assert _is_bold(b"ABCDEF+IBMPlexSans-Regular", 704, 0, 625)  # a variable font's bold keeps its name
    assert not _is_bold(b"ABCDEF+IBMPlexSerif-Regular", 704, 0, 704)  # every run at one weight: none is bold
    assert _is_bold(b"CMBX10", 0, 0, 0)


def test_labels_and_icon_glyphs_around_phone_numbers() -> None:
    basics: dict = {}
    parse_contacts([Line("phone: tel:000-00-0000 \ue989 jane@example.com \uec6a (555) 123-4567")], basics, [])
    assert basics["phone"] == "000-00-0000"
    assert basics["email"] == "jane@example.com"


def test_words_glued_by_a_generator_without_space_glyphs_are_cut() -> None:
    # GIVEN wkhtmltopdf's PDF (HackMyResume), whose words have no space glyph between them
    data = (REAL / "fresh" / "hackmyresume-modern.pdf").read_bytes()
    # WHEN it is read
    text = read_document(data, "cv.pdf").source_text
    # THEN words stand apart where their letters do, and URLs and names stay whole
    assert "years industry experience specializing" in text
    assert "industryexperience" not in text


def _band(pieces: list[tuple[str, float]], size: float, advance: float) -> list[Glyph]:
    """Words on one baseline: each with the gap before it (in em) and ``advance`` em per character."""
    glyphs, x = [], 0.0
    for text, gap in pieces:
        x += gap * size
        glyphs.append(Glyph(text, x, x + advance * size * len(text), 100.0, size, False))
        x += advance * size * len(text)
    return glyphs


def test_letter_spaced_words_are_joined_and_ordinary_short_words_are_not() -> None:
    def band(pieces: list[tuple[str, float]]) -> list[Glyph]:
        return _band(pieces, 12.0, 0.6)

    spaced = band([("J", 0), ("O", 0.2), ("H", 0.2), ("N", 0.2), ("D", 0.67), ("O", 0.2), ("E", 0.2)])
    assert [s.text for s in band_segments(spaced)] == ["JOHN DOE"]
    plain = band([("I", 0), ("am", 0.28), ("a", 0.28), ("CS", 0.28), ("TA", 0.28), ("at", 0.28), ("MIT", 0.28)])
    assert [s.text for s in band_segments(plain)] == ["I am a CS TA at MIT"]


def test_an_icon_glyph_between_words_parts_them_and_one_before_a_word_goes() -> None:

    def glyph(text: str, x0: float) -> Glyph:
        return Glyph(text, x0, x0 + 6.0 * len(text), 100.0, 12.0, False)

    title = [glyph("DEVELOPER", 0), glyph("\ue3c8", 58), glyph("COMPANY", 68), glyph("A", 114)]
    assert [c for s in band_segments(title) for c in s.text.split("  ")] == ["DEVELOPER", "COMPANY A"]
    assert [s.text for s in band_segments([glyph("\ue315", 0), glyph("HTML5", 10)])] == ["HTML5"]
    assert [s.text for s in band_segments([glyph("\uf0b7", 0), glyph("Python", 10)])] == ["\uf0b7 Python"]  # a bullet


def test_tags_set_side_by_side_are_cells_and_a_hole_in_a_sentence_is_not() -> None:
    def band(pieces: list[tuple[str, float]]) -> list[Glyph]:
        return _band(pieces, 11.0, 0.5)

    tags = band([("Python", 0), ("TypeScript", 0.8), ("React", 0.8), ("HTML", 0.8), ("+", 0.25), ("CSS", 0.25)])
    assert [c for s in band_segments(tags) for c in s.text.split("  ")] == [
        "Python",
        "TypeScript",
        "React",
        "HTML + CSS",
    ]
    justified = band([("Unix", 0), ("Git", 0.8), ("PostgreSQL", 0.8)])  # no narrow space: one cell
    assert [s.text for s in band_segments(justified)] == ["Unix Git PostgreSQL"]
    hole = band(
        [("work", 0), ("in", 0.25), ("the", 0.25), ("field", 0.9), ("of", 0.25), ("IBM", 0.25), ("Notes", 0.25)]
    )
    assert len(band_segments(hole)) == 1  # a lone wide gap in a sentence (a ligature with no text) parts nothing


def test_europass_labels_and_dates_left_of_their_values_are_read_across() -> None:
    from resume_autofix.importer.layout import _form_labels  # noqa: PLC0415
    from resume_autofix.importer.segments import Segment  # noqa: PLC0415

    def seg(text: str, x0: float, top: float, size: float, bold: bool = False) -> Segment:
        return Segment(text, x0, x0 + 5.0 * len(text), top, size, bold, len(text))

    rows = [("Adresse", "Example Street 1, Berlin"), ("Telefon", "+00 000 000 000"), ("E-Mail", "de@europass.example")]
    rows += [("Staatsangehörigkeit", "Deutsch"), ("Geburtsdatum", "01/01/1990"), ("Geschlecht", "Männlich")]
    rows += [("2021", "Senior-Softwareentwickler"), ("2013 – 2015", "Master in Informatik")]
    segments = [seg("PERSÖNLICHE ANGABEN", 182.0, 181.3, 11.0, bold=True)]
    for n, (label, value) in enumerate(rows):
        top = 211.0 + 16.6 * n
        segments += [seg(label, 59.0, top, 8.5, bold=True), seg(value, 182.3, top + 1.1, 10.0)]  # tops aligned
    labels = _form_labels(segments, 161.0)
    assert {s.text for s in segments if id(s) in labels} == {label for label, _ in rows}


def test_a_text_layer_jumbled_across_scripts_is_told() -> None:
    from resume_autofix.importer.service import _garbled  # noqa: PLC0415

    assert _garbled([Line("㺿 婹 剹 םֿר ֵֽׂׅדײכֹ ؠتؠت芌ח ٭ئٜ陭皑")])
    assert not _garbled([Line("高松灯 北京理工大学 Software Engineer")])
    assert not _garbled([Line("محمد أحمد Software Engineer at ACME")])
