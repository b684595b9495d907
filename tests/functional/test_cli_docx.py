"""`resume-autofix docx RESUME [--template T] [--paper A4|Letter] --out FILE`, like `pdf` (issue 15)."""

from __future__ import annotations

import io
from pathlib import Path

import docx
from docx.shared import Mm

from resume_autofix.cli.app import main
from tests.cases import CORPUS


def test_docx_writes_a_word_file(tmp_path: Path, capsys) -> None:
    out = tmp_path / "cv.docx"
    assert main(["docx", str(CORPUS / "senior-engineer.json"), "--template", "modern", "--out", str(out)]) == 0
    document = docx.Document(io.BytesIO(out.read_bytes()))
    assert document.paragraphs[0].text == "Dr. Lena Vasquez"
    assert abs(document.sections[0].page_width - Mm(210)) < Mm(1)
    assert "wrote" in capsys.readouterr().err


def test_docx_letter_with_verify_reports_the_read_back(tmp_path: Path, capsys) -> None:
    out = tmp_path / "cv.docx"
    assert main(["docx", str(CORPUS / "new-grad.json"), "--paper", "Letter", "--verify", "--out", str(out)]) == 0
    assert '"score": 1.0' in capsys.readouterr().err
    assert docx.Document(str(out)).sections[0].page_width == docx.shared.Inches(8.5)


def test_docx_mistakes_exit_2_with_a_message(tmp_path: Path, capsys) -> None:
    resume = str(CORPUS / "new-grad.json")
    assert main(["docx", resume, "--paper", "A5", "--out", str(tmp_path / "x.docx")]) == 2
    assert "A4, Letter" in capsys.readouterr().err
    assert main(["docx", resume, "--template", "gothic", "--out", str(tmp_path / "x.docx")]) == 2
    assert "classic, compact, modern" in capsys.readouterr().err


def test_autofix_writes_resume_docx(tmp_path: Path) -> None:
    assert main(["autofix", str(CORPUS / "new-grad.json"), "--formats", "docx", "--out", str(tmp_path)]) == 0
    assert (tmp_path / "resume.docx").read_bytes().startswith(b"PK")
    assert not (tmp_path / "resume.pdf").exists()
