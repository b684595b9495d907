"""The local pool: workers write their own results and send back only rows; warm workers; crashes fail only theirs."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest

from resume_autofix.bulk import BatchOptions, JobSpec, Task, iter_rows, load_jobs, make_tasks, run_batch
from resume_autofix.bulk import runner as runner_module
from resume_autofix.bulk import worker as worker_module
from resume_autofix.bulk.summary import COLUMNS

GOOD = ("senior-engineer.json", "new-grad.json", "career-changer.json")


def write_variants(corpus: Path, folder: Path, n: int) -> Path:
    """``n`` distinct corpus resumes (a numbered name each, so each has its own content hash)."""
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        resume = json.loads((corpus / "resumes" / GOOD[i % len(GOOD)]).read_text(encoding="utf-8"))
        resume.setdefault("basics", {})["name"] = f"Candidate Ünïcode {i}"
        (folder / f"r{i:02d}.json").write_text(json.dumps(resume), encoding="utf-8")
    return folder


def run(corpus: Path, inputs: Path, out: Path, workers: int, **kwargs: Any) -> list[dict[str, Any]]:
    jobs = load_jobs(str(corpus / "jobs" / "backend-eng.txt"))
    run_batch(make_tasks([str(inputs)], len(jobs)), jobs=jobs, options=BatchOptions(fix=True), out=out,
              workers=workers, **kwargs)  # fmt: skip
    return sorted(iter_rows(out / "summary.jsonl"), key=lambda row: row["index"])


def comparable(row: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in row.items() if k != "seconds"}


def test_the_worker_writes_the_result_itself_and_returns_only_the_summary_row(tmp_path, corpus):
    # GIVEN a worker set up in this process, and one resume
    inputs = write_variants(corpus, tmp_path / "in", 1)
    job = JobSpec.of("backend-eng.txt", (corpus / "jobs" / "backend-eng.txt").read_text(encoding="utf-8"))
    worker_module.init_worker((job,), BatchOptions(fix=True), str(tmp_path / "out"), False)
    # WHEN it runs the task
    row = worker_module.run_task(Task(0, str(inputs / "r00.json")))
    # THEN the result file is on disk (written by the worker), and what would cross the pipe is the small row
    result = json.loads((tmp_path / "out" / row["result"]).read_text(encoding="utf-8"))
    assert result["summary"] == row
    assert {"analysis_before", "analysis_after", "resume"} <= result.keys()
    assert set(row) <= {*COLUMNS, "error_type"}
    assert len(json.dumps(row)) < 2000
    # the JSON is readable text (indented, non-ASCII as is)
    text = (tmp_path / "out" / row["result"]).read_text(encoding="utf-8")
    assert "Candidate Ünïcode 0" in text
    assert text.startswith("{\n  ")


@pytest.mark.parametrize("beside_a_thread", [False, True], ids=["forked", "fork-server"])
def test_a_pool_run_gives_the_rows_and_results_of_a_one_process_run(tmp_path, corpus, beside_a_thread):
    # GIVEN 6 resumes (and, for the fork-server path, a thread of the caller's running during the run)
    inputs = write_variants(corpus, tmp_path / "in", 6)
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    # WHEN they run in one process and in a pool of two
    one = run(corpus, inputs, tmp_path / "one", 1)
    if beside_a_thread:
        other.start()
        assert runner_module.start_method() == "forkserver"
    try:
        pool = run(corpus, inputs, tmp_path / "pool", 2)
    finally:
        stop.set()
        if beside_a_thread:
            other.join()
    # THEN every input has the same row (timings aside) and the same result file
    assert [r["index"] for r in pool] == list(range(6))
    assert [comparable(r) for r in pool] == [comparable(r) for r in one]
    for row in pool:
        a = json.loads((tmp_path / "one" / row["result"]).read_text(encoding="utf-8"))
        b = json.loads((tmp_path / "pool" / row["result"]).read_text(encoding="utf-8"))
        assert comparable(a["summary"]) == comparable(b["summary"])
        assert a["resume"] == b["resume"]
        assert a["applied"] == b["applied"]


def test_the_pool_forks_from_a_single_threaded_process_and_uses_the_fork_server_beside_other_threads():
    if "fork" not in __import__("multiprocessing").get_all_start_methods():
        pytest.skip("no fork on this platform")
    stop = threading.Event()
    if threading.active_count() == 1:  # (under pytest-xdist the test process has threads of its own)
        assert runner_module.start_method() == "fork"
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        assert runner_module.start_method() == "forkserver"
    finally:
        stop.set()
        other.join()


def test_a_forked_worker_drops_what_it_inherited_before_its_first_task(tmp_path, monkeypatch):
    # GIVEN a record of the snapshot-restore hook (closes inherited memcached sockets, re-seeds random)
    calls: list[str] = []
    monkeypatch.setattr(worker_module.warmup, "after_restore", lambda: calls.append("after_restore"))
    # WHEN the pool initializer runs
    worker_module.init_pool_worker((JobSpec.of("j", None),), BatchOptions(), str(tmp_path), False)
    # THEN the hook ran and the worker is ready
    assert calls == ["after_restore"]
    assert worker_module._state is not None


@pytest.mark.parametrize(
    ("options", "parts"),
    [
        (BatchOptions(), ("analysis",)),
        (BatchOptions(fix=True), ("analysis", "autofix")),
        (BatchOptions(fix=True, formats=("html", "pdf", "docx")), ("analysis", "autofix", "render", "pdf")),
    ],
)
def test_the_parent_warms_what_the_batch_will_use(options, parts):
    assert worker_module.warm_parts(options) == parts


def plant_crash_and_run(corpus: str, inputs: str, out: str) -> None:
    """In a fresh single-threaded process: the worker that takes r03.json dies (a crash in a native library)."""
    real = worker_module.process_input

    def crashing(data: bytes, filename: str, *args: Any) -> Any:
        if filename == "r03.json":
            os._exit(70)
        return real(data, filename, *args)

    worker_module.process_input = crashing  # type: ignore[assignment]  # forked workers inherit the plant
    assert runner_module.start_method() == "fork", "a fresh CLI-like process forks its workers"
    run(Path(corpus), Path(inputs), Path(out), 2)


def test_a_worker_that_dies_fails_its_inputs_and_the_run_goes_on(tmp_path, corpus):
    # GIVEN 6 resumes, one of which kills the worker process that takes it
    inputs = write_variants(corpus, tmp_path / "in", 6)
    # WHEN they run in a pool of two, in a process of their own as the CLI runs them (single-threaded, so it forks;
    # this test process may have threads, e.g. pytest-xdist's)
    code = "import sys; from tests.unit.bulk.test_runner import plant_crash_and_run as p; p(*sys.argv[1:])"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}
    args = [sys.executable, "-c", code, str(corpus), str(inputs), str(tmp_path / "out")]
    done = subprocess.run(args, env=env, capture_output=True, text=True, timeout=600, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    rows = sorted(iter_rows(tmp_path / "out" / "summary.jsonl"), key=lambda row: row["index"])
    # THEN every input has one row; the crashed one (and any that shared its pool) failed, named; the rest are done
    assert [r["index"] for r in rows] == list(range(6))
    by_name = {Path(r["input"]).name: r for r in rows}
    assert by_name["r03.json"]["status"] == "failed"
    assert by_name["r03.json"]["error_type"] == "BrokenProcessPool"
    assert all(r["status"] in ("ok", "failed") for r in rows)
    assert any(r["status"] == "ok" for r in rows)
    assert all((tmp_path / "out" / r["result"]).is_file() for r in rows if r["status"] == "ok")
