"""What a pool process does with one task: read the file, skip it if its result exists, process, store.

Each process gets the jobs and options once (``init_worker``), not with every task; a task is a path and two
numbers, and what comes back is one small summary row, so memory stays flat however many inputs there are.
Importing this module imports the analysis and the workflow, so the pool's fork server loads them once.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import process as _process  # noqa: F401 — preloaded by the fork server: the pipeline's imports
from .models import BatchOptions, JobSpec, Task, result_key
from .process import failed_row, process_input
from .results import ResultStore


@dataclass
class WorkerState:
    jobs: tuple[JobSpec, ...]
    options: BatchOptions
    fingerprint: str
    store: ResultStore
    skip_done: bool


_state: WorkerState | None = None


def init_worker(jobs: tuple[JobSpec, ...], options: BatchOptions, out: str, skip_done: bool) -> None:
    """Pool initializer (also called in-process for a one-process run)."""
    global _state  # noqa: PLW0603 — one state per worker process, set once by the pool
    _state = WorkerState(jobs, options, options.fingerprint(), ResultStore(Path(out)), skip_done)


def run_task(task: Task) -> dict[str, Any]:
    """The summary row of ``task``; an error in this input becomes a failed row, never an exception."""
    if _state is None:
        raise RuntimeError("init_worker was not called in this process")
    state = _state
    job = state.jobs[task.job]
    row: dict[str, Any] = {"index": task.index, "input": task.path, "job": job.name}
    try:
        data = Path(task.path).read_bytes()
    except OSError as exc:
        return {**row, **failed_row(exc), "error": f"cannot read the file ({exc.strerror})"}
    key = result_key(data, job, state.fingerprint)
    row.update(key=key, result=state.store.relative(key))
    if state.skip_done and state.store.has(key):
        stored = state.store.read_row(key)
        if stored is not None:
            return {**stored, **row, "status": "resumed"}
    try:
        outcome = process_input(data, Path(task.path).name, job, state.options)
    except Exception as exc:
        return {**row, **failed_row(exc), "result": None}
    full = {**row, **outcome.row}
    state.store.write(key, {"input": task.path, "job": job.name, "summary": full, **outcome.result}, outcome.files)
    return full
