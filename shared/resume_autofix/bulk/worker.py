"""What a pool process does with one task: read the file, skip it if its result exists, process, store.

Each process gets the jobs and options once (``init_worker``), not with every task; a task is a path and two
numbers. The worker writes the result files itself and what comes back across the pipe is one small summary row,
so the parent does no serialising and memory stays flat however many inputs there are. Importing this module
imports the analysis and the workflow; ``warm`` pays the rest of a cold start (dictionaries, lexicon, the fix
rules' first run) once in the process the workers are forked from, so no worker pays it again.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .. import warmup
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


def warm_parts(options: BatchOptions) -> tuple[str, ...]:
    """The ``warmup`` parts a batch with ``options`` uses (analysis always; fixes and documents when asked)."""
    parts = ["analysis"]
    if options.fix:
        parts.append("autofix")
    parts += [name for name in ("html", "pdf") if name in options.formats]
    return tuple("render" if name == "html" else name for name in parts)


def warm(parts: Iterable[str]) -> dict[str, float]:
    """Pay the cold start now, in the process the workers will be forked from; ms per part.

    The fix pipeline runs its jobs on threads; they are joined here, so the process is single-threaded again when
    it forks (a fork copies only the calling thread, and a lock another thread held would stay locked).
    """
    timings = warmup.warm_up(*parts)
    for thread in threading.enumerate():
        if thread is not threading.main_thread() and not thread.daemon:
            thread.join(timeout=5)
    return timings


def init_pool_worker(jobs: tuple[JobSpec, ...], options: BatchOptions, out: str, skip_done: bool) -> None:
    """Pool initializer: a forked copy makes its own connections and random sequence, then ``init_worker``."""
    warmup.after_restore()  # a memcached socket opened by the parent must not be shared by the copies
    init_worker(jobs, options, out, skip_done)


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
