"""`resume-autofix batch` end to end: folders, a failing file, a run killed and resumed, --rank, the pool."""

from __future__ import annotations

import csv
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from resume_autofix.bulk import process as process_module
from resume_autofix.cli import main

ROOT = Path(__file__).resolve().parents[2]
ENV = os.environ | {"PYTHONPATH": f"{ROOT / 'shared'}{os.pathsep}{ROOT}"}
GOOD = ("senior-engineer.json", "new-grad.json", "career-changer.json", "jsonresume-sample.json")


def write_variants(corpus: Path, folder: Path, n: int) -> list[Path]:
    """``n`` distinct resumes: corpus resumes with a numbered name and summary (so each has its own hash)."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        resume = json.loads((corpus / "resumes" / GOOD[i % len(GOOD)]).read_text(encoding="utf-8"))
        basics = resume.setdefault("basics", {})
        basics["name"] = f"{basics.get('name', 'Candidate')} {i}"
        basics["summary"] = f"{basics.get('summary', '')} Variant {i}.".strip()
        path = folder / f"resume-{i:03d}.json"
        path.write_text(json.dumps(resume), encoding="utf-8")
        paths.append(path)
    return paths


def rows(out: Path) -> list[dict]:
    return [json.loads(line) for line in (out / "summary.jsonl").read_text(encoding="utf-8").splitlines()]


def test_a_failing_file_is_reported_and_the_run_goes_on(tmp_path, corpus, capsys):
    # GIVEN a folder of good resumes, one that is not JSON, one invalid, and a PDF (no importer in this test)
    inputs = tmp_path / "in"
    write_variants(corpus, inputs, 4)
    (inputs / "broken.json").write_text('{"basics": {"name": ', encoding="utf-8")
    (inputs / "invalid.json").write_bytes((corpus / "resumes" / "invalid-bad-country-code.json").read_bytes())
    (inputs / "scan.pdf").write_bytes(b"%PDF-1.7 not really")
    out = tmp_path / "out"
    # WHEN the batch runs (one process: the same code as a worker, in this process)
    code = main(
        ["batch", str(inputs), "--job", str(corpus / "jobs" / "backend-eng.txt"), "--fix", "--workers", "1",
         "--formats", "html", "--out", str(out)]
    )  # fmt: skip
    # THEN it finishes with exit code 3, every input has a row, the failures are named with their reason
    assert code == 3
    by_name = {Path(r["input"]).name: r for r in rows(out)}
    assert len(by_name) == 7
    assert by_name["broken.json"]["status"] == "failed"
    assert "not valid JSON" in by_name["broken.json"]["error"]
    assert "countryCode" in by_name["invalid.json"]["error"]
    pdf_row = by_name["scan.pdf"]
    assert pdf_row["status"] == "failed"
    if process_module.optional_module("importer") is None:
        assert pdf_row["error"].startswith("unsupported format")
    # AND each good input has its result file (with its HTML) and a complete row
    for i in range(4):
        r = by_name[f"resume-{i:03d}.json"]
        assert r["status"] == "ok"
        result = json.loads((out / r["result"]).read_text(encoding="utf-8"))
        assert result["summary"]["key"] == r["key"]
        assert (out / r["result"]).with_suffix(".html").is_file()
        assert r["score_before"] is not None
        assert r["coverage_after"] is not None
        assert isinstance(r["issues_by_type"], dict)
    with (out / "summary.csv").open(encoding="utf-8") as handle:
        table = list(csv.DictReader(handle))
    assert len(table) == 7
    assert {t["status"] for t in table} == {"ok", "failed"}
    assert "failed: " in capsys.readouterr().err


def test_docx_without_the_docx_module_fails_each_input_clearly(tmp_path, corpus, monkeypatch):
    monkeypatch.setattr(process_module, "optional_module", lambda name: None)
    write_variants(corpus, tmp_path / "in", 1)
    code = main(["batch", str(tmp_path / "in"), "--formats", "docx", "--workers", "1", "--out", str(tmp_path / "out")])
    assert code == 3
    assert rows(tmp_path / "out")[0]["error"].startswith("unsupported format: docx")


@pytest.mark.slow
def test_a_run_killed_half_way_resumes_with_only_the_rest(tmp_path, corpus):
    # GIVEN 30 distinct resumes and a one-process run killed once some results exist
    inputs = tmp_path / "in"
    write_variants(corpus, inputs, 30)
    out = tmp_path / "out"
    argv = [sys.executable, "-m", "resume_autofix", "batch", str(inputs), "--job", str(corpus / "jobs" / "ml-eng.txt")]
    proc = subprocess.Popen(
        [*argv, "--workers", "1", "--out", str(out)], env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline and len(list((out / "results").glob("*.json"))) < 8:
            assert proc.poll() is None, "the run ended before it could be killed"
            time.sleep(0.05)
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    done_before = {p.stem for p in (out / "results").glob("*.json")}
    assert 8 <= len(done_before) < 30
    # WHEN it runs again with --resume, in a pool of two processes
    result = subprocess.run(
        [*argv, "--workers", "2", "--resume", "--out", str(out)],
        env=ENV,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    # THEN the results that existed are skipped, only the rest is processed, and every input has its result
    assert result.returncode == 0, result.stderr
    summary = rows(out)
    assert len(summary) == 30
    resumed = {r["key"] for r in summary if r["status"] == "resumed"}
    assert resumed == done_before
    assert sum(r["status"] == "ok" for r in summary) == 30 - len(done_before)
    assert len(list((out / "results").glob("*.json"))) == 30
    assert f"{30 - len(done_before)} done, {len(done_before)} already done, 0 failed" in result.stdout


def test_rank_orders_the_corpus_jobs_and_writes_the_ranking(tmp_path, corpus, capsys):
    out = tmp_path / "out"
    resume = str(corpus / "resumes" / "senior-engineer.json")
    code = main(["batch", resume, "--job", str(corpus / "jobs"), "--rank", "--workers", "1", "--out", str(out)])
    assert code == 0
    printed = capsys.readouterr().out
    assert "1. backend-eng.txt:" in printed
    table = (out / "ranking.md").read_text(encoding="utf-8")
    assert table.count("\n| ") == len(list((corpus / "jobs").iterdir())) + 1
    with (out / "ranking.csv").open(encoding="utf-8") as handle:
        ranked = list(csv.DictReader(handle))
    assert [int(r["rank"]) for r in ranked] == list(range(1, len(ranked) + 1))


def test_rank_needs_one_resume_and_jobs(tmp_path, corpus, capsys):
    code = main(["batch", str(corpus / "resumes"), "--job", str(corpus / "jobs"), "--rank", "--out", str(tmp_path)])
    assert code == 2
    assert "--rank takes one resume" in capsys.readouterr().err
