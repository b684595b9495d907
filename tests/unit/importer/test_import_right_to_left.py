"""Right-to-left PDFs (Hebrew, Arabic, Persian): a page is read from its right edge, words in reading order."""

from __future__ import annotations

from resume_autofix.importer.bidi import logical_lines, mirrored, right_to_left, unmirror
from resume_autofix.importer.layout import page_lines
from resume_autofix.importer.lines import Line
from resume_autofix.importer.pdf import Glyph, PdfPage
from resume_autofix.importer.vocabulary import vocabulary_key

WIDTH = 600.0


def _drawn(*words: tuple[str, float], top: float = 100.0, size: float = 10.0) -> list[Glyph]:
    """Words drawn on one baseline, each at its left edge, 6 points wide per letter."""
    return [Glyph(text, x, x + 6 * len(text), top, size, False) for text, x in words]


def _read(glyphs: list[Glyph]) -> list[str]:
    page = PdfPage(WIDTH, 800.0, glyphs)
    flipped = mirrored(page)
    lines, _ = page_lines(flipped or page, 0)
    return [line.text for line in (unmirror(lines) if flipped else lines)]


def test_a_hebrew_line_is_read_from_its_right_edge_with_its_dates_in_order() -> None:
    # "פסיכולוג חינוכי" (educational psychologist) drawn from the right, its dates at the left margin
    glyphs = _drawn(("2021", 40.0), ("–", 70.0), ("2019", 80.0), ("חינוכי", 440.0), ("פסיכולוג", 484.0))
    assert _read(glyphs) == ["פסיכולוג חינוכי  2019 – 2021"]


def test_left_to_right_words_inside_a_right_to_left_line_keep_their_order() -> None:
    # "یادگیری عمیق (Deep Learning)": the English words are drawn left to right inside the Persian line
    glyphs = _drawn(("Deep", 300.0), ("Learning", 328.0), ("عمیق", 380.0), ("یادگیری", 408.0), ("توسعه", 454.0))
    assert _read(glyphs) == ["توسعه یادگیری عمیق Deep Learning"]


def test_an_english_line_on_a_hebrew_page_reads_as_written() -> None:
    glyphs = _drawn(("שפות", 500.0)) + _drawn(("Linux,", 40.0), ("Git,", 82.0), ("Docker", 112.0), top=120.0)
    assert _read(glyphs) == ["שפות", "Linux, Git, Docker"]


def test_a_left_to_right_page_is_not_mirrored() -> None:
    page = PdfPage(WIDTH, 800.0, _drawn(("Software", 40.0), ("Engineer", 100.0)))
    assert mirrored(page) is None
    assert not right_to_left("Software Engineer (שפות)")


def test_section_headings_in_hebrew_arabic_and_persian() -> None:
    assert [vocabulary_key(h) for h in ("ניסיון תעסוקתי", "השכלה", "כישורים", "שפות")] == [
        "work",
        "education",
        "skills",
        "languages",
    ]
    assert [vocabulary_key(h) for h in ("الخبرة العملية", "التعليم", "المهارات")] == ["work", "education", "skills"]
    # a zero-width non-joiner parts the Persian plural: "مهارت‌ها" is "مهارت ها" (skills)
    assert [vocabulary_key(h) for h in ("تجربیات کاری", "تحصیلات", "مهارت\u200cها")] == ["work", "education", "skills"]


def test_a_right_to_left_line_on_a_left_to_right_page_is_turned_round() -> None:
    # an English page with one Hebrew line drawn from the right: "פסיכולוג חינוכי" (educational psychologist)
    lines = [Line("Software Engineer"), Line("חינוכי פסיכולוג")]
    assert [line.text for line in logical_lines(lines)] == ["Software Engineer", "פסיכולוג חינוכי"]
