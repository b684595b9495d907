"""The command line end to end on corpus resumes, into a temp dir."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from resume_autofix.cli import main

ROOT = Path(__file__).resolve().parents[2]
ENV = os.environ | {"PYTHONPATH": f"{ROOT / 'shared'}{os.pathsep}{ROOT}"}


@pytest.mark.parametrize(
    ("resume", "job"),
    [
        ("senior-engineer.json", "backend-eng.txt"),
        ("japanese-cv-sample.json", None),
        ("fresh-empty.json", "ml-eng.txt"),
    ],
)
def test_autofix_writes_every_output(tmp_path: Path, corpus: Path, resume: str, job: str | None, capsys) -> None:
    argv = ["autofix", str(corpus / "resumes" / resume), "--out", str(tmp_path)]
    if job:
        argv += ["--job", str(corpus / "jobs" / job)]
    assert main(argv) == 0
    names = {p.name for p in tmp_path.iterdir()}
    assert names == {"analysis.json", "resume.fixed.json", "changes.md", "resume.html", "resume.pdf"}
    analysis = json.loads((tmp_path / "analysis.json").read_text())
    assert {"before", "after"} == set(analysis)
    fixed = json.loads((tmp_path / "resume.fixed.json").read_text())
    original = json.loads((corpus / "resumes" / resume).read_text())
    assert fixed.get("basics", {}).get("name") == original.get("basics", {}).get("name")
    text = " ".join(page.extract_text() for page in PdfReader(tmp_path / "resume.pdf").pages)
    name = (original.get("basics") or {}).get("name") or ""
    if name.strip():
        assert name.split()[0] in text
    out = capsys.readouterr().out
    assert "score" in out
    assert "AI calls" in out
    assert "# Changes" in (tmp_path / "changes.md").read_text()


def test_analyze_report_and_json(corpus: Path, capsys) -> None:
    resume = str(corpus / "resumes" / "new-grad.json")
    assert main(["analyze", resume, "--job", str(corpus / "jobs" / "frontend-eng.txt")]) == 0
    assert "ATS score" in capsys.readouterr().out
    assert main(["analyze", resume, "--json"]) == 0
    assert "score" in json.loads(capsys.readouterr().out)


def test_templates_render_pdf(tmp_path: Path, corpus: Path, capsys) -> None:
    assert main(["templates"]) == 0
    assert "classic" in capsys.readouterr().out
    resume = str(corpus / "resumes" / "jsonresume-sample.json")
    assert main(["render", resume, "--template", "modern", "--out", str(tmp_path / "r.html")]) == 0
    assert "Richard Hendriks" in (tmp_path / "r.html").read_text()
    assert main(["pdf", resume, "--paper", "Letter", "--out", str(tmp_path / "r.pdf")]) == 0
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (["analyze", "does-not-exist.json"], "no such file"),
        (["analyze", "{corpus}/jobs/backend-eng.txt"], "does not look like a resume"),  # .txt: imported (#18)
        (["analyze", "{corpus}/resumes/invalid-url-and-email.json"], "email"),
        (["autofix", "{corpus}/resumes/new-grad.json", "--formats", "odt"], "unknown format"),
        (["render", "{corpus}/resumes/new-grad.json", "--template", "nope"], "classic"),
        (["cache", "clear", "bogus"], "template"),
    ],
)
def test_user_mistakes_exit_2_with_a_message(corpus: Path, tmp_path: Path, argv: list[str], words: str, capsys) -> None:
    argv = [a.replace("{corpus}", str(corpus)) for a in argv]
    if argv[0] == "autofix":
        argv += ["--out", str(tmp_path)]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert words.lower() in err.lower()
    assert "Traceback" not in err


def test_stdin_and_module_entry_point(corpus: Path) -> None:
    data = (corpus / "resumes" / "new-grad.json").read_bytes()
    result = subprocess.run(
        [sys.executable, "-m", "resume_autofix", "analyze", "-", "--json"],
        env=ENV,
        input=data,
        capture_output=True,
        cwd=ROOT,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr.decode()
    assert "score" in json.loads(result.stdout)
    bad = subprocess.run(
        [sys.executable, "-m", "resume_autofix", "analyze", "-"],
        env=ENV,
        input=b"\xff\xfe not json",
        capture_output=True,
        cwd=ROOT,
        check=False,
        timeout=120,
    )
    assert bad.returncode == 2
    assert b"Traceback" not in bad.stderr


def test_demo_runs_on_the_shipped_sample(tmp_path: Path, capsys) -> None:
    assert main(["demo", "--out", str(tmp_path)]) == 0
    assert (tmp_path / "resume.pdf").read_bytes().startswith(b"%PDF")
    assert "→" in capsys.readouterr().out
