"""The name in a header: large type beside small contacts on one baseline, and a spaced-out document title."""

from __future__ import annotations

from fpdf import FPDF

from resume_autofix.importer import import_resume
from resume_autofix.importer.basics import parse_header
from resume_autofix.importer.lines import Line


def test_a_large_name_beside_small_contacts_on_its_baseline_is_the_name() -> None:
    # GIVEN a KOMA-Script CV: the address in small type first, then "Jane Eyre" (36 pt) with "facebook.com/jane"
    # (11 pt) on the same baseline, far right
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", "", 11)
    pdf.text(120, 20, "Ferndean House")
    pdf.text(120, 26, "Ferndean Village")
    pdf.text(120, 32, "jeyre@ferndean.me.uk")
    pdf.set_font("Helvetica", "", 36)
    pdf.text(20, 50, "Jane Eyre")
    pdf.set_font("Helvetica", "", 11)
    pdf.text(150, 50, "facebook.com/jane")
    pdf.set_font("Helvetica", "B", 14)
    pdf.text(20, 70, "Experience")
    pdf.set_font("Helvetica", "", 11)
    pdf.text(20, 78, "Governess, Thornfield Hall  1846 - 1847")
    basics = import_resume(bytes(pdf.output()), "cv.pdf").resume["basics"]
    assert basics["name"] == "Jane Eyre"


def test_a_document_title_spaced_out_is_no_name() -> None:
    lines = [Line("履 歴 書", 22.0, bold=True), Line("ふりがな  ヤマダ タロウ", 8.0), Line("山田 太郎", 18.0)]
    basics, _rest, _prose = parse_header(lines)
    assert basics["name"] == "山田 太郎"


def test_a_labelled_name_in_the_first_section_is_the_name_when_the_top_holds_only_a_title() -> None:
    text = "職務経歴書\n\nプロフィール\n氏名: 山田太郎  電話: 03-1234-5678\nメール: yamada@example.com\n"
    assert import_resume(text.encode(), "cv.txt").resume["basics"]["name"] == "山田太郎"


def test_a_company_whose_dates_stood_in_full_width_brackets_keeps_no_empty_brackets() -> None:
    text = "山田太郎\nyamada@example.com\n\n職務経歴\n株式会社○○（2020-04 〜 2023-03）\nデータアナリスト\n"
    [job] = import_resume(text.encode(), "cv.txt").resume["work"]
    assert job["name"] == "株式会社○○"
