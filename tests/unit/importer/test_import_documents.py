"""Import of whole documents: our PDFs, python-docx, text, Markdown; nothing invented in any of them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fpdf import FPDF

from bench._import_docs import docx_resume, markdown_resume, score_of, text_resume
from resume_autofix.importer import import_resume, invented, read_document
from resume_autofix.importer.assemble import build
from resume_autofix.pdf import PdfRenderer
from resume_autofix.resume import load_resume

ROOT = Path(__file__).resolve().parents[3]
FIXTURES = ROOT / "tests" / "data" / "import"
CORPUS = ROOT / "tests" / "data" / "corpus" / "resumes"
RESUMES = (
    "senior-engineer",
    "new-grad",
    "career-changer",
    "jsonresume-sample",
    "fresh-jane-fullstacker",
    "japanese-cv-sample",
    "light-singlecolumn-sample",
    "hackmyresume-jane-incomplete",
)
THEMES = ("classic", "modern", "compact")


class _NoCache:
    def get_or_load(self, _key, loader):
        return loader()


def _resume(name: str) -> dict:
    return load_resume((CORPUS / f"{name}.json").read_bytes()).to_dict()


def _documents() -> list[tuple[str, str, bytes]]:
    docs = [
        (p.name, p.name, p.read_bytes())
        for p in sorted(FIXTURES.iterdir())
        if p.suffix in (".pdf", ".docx", ".txt", ".md") and p.stem not in ("encrypted", "scanned")
    ]
    renderer = PdfRenderer(cache=_NoCache())
    for name in RESUMES:
        resume = _resume(name)
        docs += [(f"{name}-{t}.pdf", f"{name}.pdf", renderer.render(resume, t).pdf) for t in THEMES]
        docs.append((f"{name}.docx", f"{name}.docx", docx_resume(resume)))
        docs.append((f"{name}-2col.docx", f"{name}.docx", docx_resume(resume, two_columns=True, style="iso")))
        docs.append((f"{name}.txt", f"{name}.txt", text_resume(resume).encode()))
        docs.append((f"{name}.md", f"{name}.md", markdown_resume(resume).encode()))
    return docs


DOCUMENTS = _documents()


@pytest.mark.parametrize(("label", "filename", "data"), DOCUMENTS, ids=[d[0] for d in DOCUMENTS])
def test_the_rules_never_invent_a_value(label, filename, data) -> None:
    # GIVEN any document WHEN the rules build a resume (before the guard runs)
    doc = read_document(data, filename)
    resume, _warnings, _confidence = build(doc)
    # THEN every string occurs in the text read (dates: ISO forms of dates written there)
    assert invented(resume, doc.source_text) == []
    # AND the result after the guard is a valid JSON Resume
    load_resume(json.dumps(import_resume(data, filename).resume).encode())


def test_own_pdf_round_trip_keeps_the_scored_fields() -> None:
    resume = _resume("senior-engineer")
    data = (FIXTURES / "senior-engineer-modern.pdf").read_bytes()
    result = import_resume(data, "cv.pdf")
    assert score_of(resume, result.resume).f1() == 1.0
    basics = result.resume["basics"]
    assert basics["name"] == "Dr. Lena Vasquez"
    assert basics["phone"] == "(415) 555-0117"  # as written, not reformatted
    assert [w["name"] for w in result.resume["work"]] == ["Confluent", "Dropbox", "Rackspace"]
    assert result.resume["work"][0]["startDate"] == "2020-02"
    assert "endDate" not in result.resume["work"][0]  # "Present"
    assert result.resume["education"][1]["studyType"] == "Bachelor of Science Computer Science"  # wrapped title
    assert result.confidence["work"] == 1.0
    assert result.source_text.startswith("Dr. Lena Vasquez\n")


def test_docx_reads_page_header_and_layout_table() -> None:
    result = import_resume((FIXTURES / "new-grad-two-columns.docx").read_bytes(), "cv.docx")
    assert result.kind == "docx"
    assert result.resume["basics"]["name"] == "Maya Okonkwo"
    assert result.resume["basics"]["email"] == "maya.okonkwo@example.com"
    assert [w["position"] for w in result.resume["work"]] == ["Software Engineering Intern", "Research Intern"]
    assert score_of(_resume("new-grad"), result.resume).f1() >= 0.95


@pytest.mark.parametrize("fixture", ["career-changer.txt", "new-grad.md"])
def test_text_and_markdown(fixture) -> None:
    result = import_resume((FIXTURES / fixture).read_bytes(), fixture)
    assert score_of(_resume(fixture.split(".")[0]), result.resume).f1() >= 0.95


def test_two_column_pdf_is_read_column_by_column_with_a_warning() -> None:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", "B", 20)
    pdf.text(15, 20, "Ada Example")
    pdf.set_font("helvetica", "", 10)
    left = ["CONTACT", "ada@example.com", "+1 415 555 0100", "SKILLS", "Python", "SQL", "Go", "Kubernetes"]
    right = [
        "EXPERIENCE",
        "Data Engineer, Initech    2019 - 2023",
        "Built pipelines for billing data",
        "Analyst, Globex    2016 - 2019",
        "Wrote reports for the finance team",
        "EDUCATION",
        "University of Leeds    2012 - 2016",
        "BSc Mathematics",
    ]
    for i, (a, b) in enumerate(zip(left, right, strict=True)):
        pdf.text(15, 35 + i * 7, a)
        pdf.text(80, 35 + i * 7, b)
    result = import_resume(bytes(pdf.output()), "cv.pdf")
    assert any("Two-column" in w for w in result.warnings)
    assert result.resume["basics"]["email"] == "ada@example.com"
    assert [s["name"] for s in result.resume["skills"]] == ["Python", "SQL", "Go", "Kubernetes"]
    assert [(w["name"], w["position"]) for w in result.resume["work"]] == [
        ("Initech", "Data Engineer"),
        ("Globex", "Analyst"),
    ]
    assert result.resume["education"][0]["institution"] == "University of Leeds"


def test_word_heading_2_entries_are_jobs_of_a_heading_1_section() -> None:
    # GIVEN a plain Word resume: Heading 1 per section, Heading 2 per job, a line of ISO dates, List Bullets
    import io  # noqa: PLC0415

    import docx  # noqa: PLC0415

    document = docx.Document()
    document.add_paragraph("Daniel Reyes", style="Title")
    document.add_paragraph("daniel.reyes@example.com | (512) 555-0188 | Austin")
    document.add_heading("Experience", level=1)
    for title, dates, bullet in [
        ("Data Analyst (Contract), Freelance", "2024-08-01 – 2025-04-01", "Wrote SQL models in dbt"),
        ("General Manager, Salt & Cedar Restaurant Group", "2018-03-01 – 2024-07-01", "Grew annual revenue 28%"),
    ]:
        document.add_heading(title, level=2)
        document.add_paragraph(dates)
        document.add_paragraph(bullet, style="List Bullet")
    document.add_heading("Education", level=1)
    document.add_paragraph("Associate of Applied Science, Austin Community College (2012-09-01 – 2014-05-01)")
    buffer = io.BytesIO()
    document.save(buffer)
    # WHEN it is imported
    result = import_resume(buffer.getvalue(), "cv.docx")
    # THEN each Heading 2 is a job (not a section of its own), with its dates, and nothing is invented
    work = result.resume["work"]
    assert [(w["name"], w["position"], w["startDate"], w["endDate"]) for w in work] == [
        ("Freelance", "Data Analyst (Contract)", "2024-08-01", "2025-04-01"),
        ("Salt & Cedar Restaurant Group", "General Manager", "2018-03-01", "2024-07-01"),
    ]
    assert result.resume["education"][0]["institution"] == "Austin Community College"
    assert not any("is not a JSON Resume section" in w for w in map(str, result.warnings))
    assert invented(result.resume, result.source_text) == []
