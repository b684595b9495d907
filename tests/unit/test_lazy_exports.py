"""Packages load their names on first use: the importer's cold start does not load pydantic or the analyser."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import resume_autofix.analysis as analysis
import resume_autofix.resume as resume
from resume_autofix.analysis.analyzer import analyze
from resume_autofix.resume.model import Resume

ROOT = Path(__file__).resolve().parents[2]


def test_every_listed_name_is_there_and_is_the_module_s_own() -> None:
    for package in (resume, analysis):
        for name in package.__all__:
            assert getattr(package, name) is not None, name
    assert resume.Resume is Resume
    assert analysis.analyze is analyze


def test_an_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="has no attribute 'Nope'"):
        _ = resume.Nope  # type: ignore[attr-defined]


def test_importing_a_file_loads_neither_pydantic_nor_the_analyser(tmp_path: Path) -> None:
    text = tmp_path / "cv.txt"
    text.write_text("Ada Lovelace\nada@example.com\n\nExperience\nEngineer, Acme Corp\n2019 - 2021\n")
    code = (
        "import sys\n"
        "from resume_autofix.importer import import_resume\n"
        f"import_resume(open({str(text)!r}, 'rb').read(), 'cv.txt')\n"
        "print(sorted(m for m in ('pydantic', 'resume_autofix.resume.model', 'resume_autofix.analysis.analyzer')"
        " if m in sys.modules))\n"
    )
    env = {**os.environ, "PYTHONPATH": f"{ROOT / 'shared'}{os.pathsep}{ROOT}"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert out.stdout.strip() == "[]"


def test_the_import_lambdas_cold_start_loads_no_pydantic() -> None:
    # its handler imports the AI structuring, whose local provider copies documents with resume.pointer.deep_copy
    code = (
        "import importlib.util, sys\n"
        "spec = importlib.util.spec_from_file_location('app', 'functions/import/app.py')\n"
        "module = importlib.util.module_from_spec(spec)\n"
        "spec.loader.exec_module(module)\n"
        "print('pydantic' in sys.modules)\n"
    )
    env = {**os.environ, "PYTHONPATH": f"{ROOT / 'shared'}{os.pathsep}{ROOT}", "AWS_DEFAULT_REGION": "us-east-1"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=ROOT, check=True)
    assert out.stdout.strip() == "False"
