"""Every public JSON Resume in tests/data/public loads, analyses, fixes, renders and prints a PDF (issue 13)."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest

from resume_autofix.workflow import run_autofix

PUBLIC = sorted((Path(__file__).resolve().parents[1] / "data" / "public").glob("*.json"))
JOB = (Path(__file__).resolve().parents[1] / "data" / "corpus" / "jobs" / "backend-eng.txt").read_text(encoding="utf-8")


@pytest.mark.slow
@pytest.mark.parametrize("path", PUBLIC, ids=lambda p: p.name)
def test_a_public_resume_goes_all_the_way(path: Path) -> None:
    result = run_autofix(json.loads(path.read_text(encoding="utf-8")), JOB, formats=["html", "pdf"]).to_dict()
    assert result["status"] == "success"
    assert result["html"]
    assert base64.b64decode(result["pdf_base64"]).startswith(b"%PDF")
    assert not any("skill term" in r["reason"] for r in result["rejected"])
