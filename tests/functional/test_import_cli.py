"""`resume-autofix import` and the commands that accept a PDF/DOCX/text/Markdown resume wherever they take JSON."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from resume_autofix.cli import main

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "data" / "import"
ENV = os.environ | {"PYTHONPATH": f"{ROOT / 'shared'}{os.pathsep}{ROOT}"}


def test_import_writes_json_resume_to_stdout_and_warnings_to_stderr() -> None:
    # the contract the checks use: JSON on stdout, exit 0
    done = subprocess.run(
        [sys.executable, "-m", "resume_autofix", "import", str(FIXTURES / "new-grad-two-columns.docx")],
        capture_output=True,
        env=ENV,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    resume = json.loads(done.stdout)
    assert resume["basics"]["name"] == "Maya Okonkwo"


@pytest.mark.parametrize("fixture", ["scanned.pdf", "encrypted.pdf"])
def test_import_of_a_bad_file_exits_2_with_one_line(fixture) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "resume_autofix", "import", str(FIXTURES / fixture)],
        capture_output=True,
        env=ENV,
        timeout=120,
        check=False,
    )
    assert done.returncode == 2
    assert done.stdout == b""
    assert len(done.stderr.decode().strip().splitlines()) == 1


def test_import_out_file(tmp_path: Path, capsys) -> None:
    out = tmp_path / "resume.json"
    assert main(["import", str(FIXTURES / "career-changer.txt"), "--out", str(out)]) == 0
    assert json.loads(out.read_text())["basics"]["email"]


@pytest.mark.parametrize("fixture", ["senior-engineer-modern.pdf", "new-grad.md"])
def test_analyze_and_render_accept_resume_files(fixture, capsys) -> None:
    assert main(["analyze", str(FIXTURES / fixture), "--json"]) == 0
    analysis = json.loads(capsys.readouterr().out)
    assert analysis["score"] > 0
    assert main(["render", str(FIXTURES / fixture)]) == 0
    assert "<html" in capsys.readouterr().out.lower()


def test_pdf_and_autofix_accept_a_docx(tmp_path: Path) -> None:
    docx = str(FIXTURES / "new-grad-two-columns.docx")
    assert main(["pdf", docx, "--out", str(tmp_path / "out.pdf")]) == 0
    assert (tmp_path / "out.pdf").read_bytes().startswith(b"%PDF")
    assert main(["autofix", docx, "--formats", "html", "--out", str(tmp_path / "fixed")]) == 0
    assert json.loads((tmp_path / "fixed" / "resume.fixed.json").read_text())["basics"]["name"] == "Maya Okonkwo"


def test_analyze_accepts_an_odt_and_every_importable_suffix_is_one_the_cli_imports(capsys) -> None:
    from resume_autofix.cli.inputs import is_importable  # noqa: PLC0415
    from resume_autofix.importer import IMPORTABLE_SUFFIXES  # noqa: PLC0415

    odt = str(FIXTURES / "odt" / "resume-engine-workers-docx-npm.odt")
    assert main(["analyze", odt, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["score"] > 0
    # the CLI's own list of the suffixes it imports (kept apart so `analyze` on JSON never loads the importer)
    assert all(is_importable(f"cv{suffix}", b"x") for suffix in IMPORTABLE_SUFFIXES)
