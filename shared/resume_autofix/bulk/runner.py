"""The local batch: tasks through a process pool with a bounded number in flight, rows to the summary.

``workers=1`` runs in this process (the baseline the benchmark compares the pool with). The pool's processes come
from a fork server that has already imported the pipeline, so a new worker costs a fork, not an import; at most
``IN_FLIGHT_PER_WORKER × workers`` tasks are submitted and not yet collected, so memory does not grow with the
number of inputs. A worker that dies (a crash in a native library) fails the tasks it was running; the pool is
rebuilt and the run goes on.
"""

from __future__ import annotations

import multiprocessing
import os
import time
from collections.abc import Callable, Iterable
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .models import BatchOptions, JobSpec, Task
from .summary import SummaryWriter
from .worker import init_worker, run_task

IN_FLIGHT_PER_WORKER = 4
Progress = Callable[[dict[str, Any]], None]


@dataclass
class BatchReport:
    """What a run did: counts by status, the first failures, the time it took, where the summaries are."""

    counts: dict[str, int]
    failures: list[dict[str, Any]]
    seconds: float
    summary_jsonl: Path
    summary_csv: Path
    workers: int
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def processed(self) -> int:
        """Inputs this run actually processed (ok or failed; resumed ones are not counted)."""
        return self.counts.get("ok", 0) + self.counts.get("failed", 0)


def default_workers() -> int:
    """Every core this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


def run_batch(
    tasks: Iterable[Task],
    *,
    jobs: tuple[JobSpec, ...],
    options: BatchOptions,
    out: Path,
    workers: int | None = None,
    skip_done: bool = False,
    progress: Progress | None = None,
) -> BatchReport:
    """Run every task; each finished row goes to the summary (and to ``progress``) as it arrives."""
    workers = workers or default_workers()
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    summary = SummaryWriter(out)
    started = time.perf_counter()

    def collect(row: dict[str, Any]) -> None:
        summary.add(row)
        if progress is not None:
            progress(row)

    initargs = (jobs, options, str(out), skip_done)
    try:
        if workers == 1:
            init_worker(*initargs)
            for task in tasks:
                collect(run_task(task))
        else:
            _run_pool(tasks, workers, initargs, collect)
    finally:
        summary.close()
    return BatchReport(
        counts=dict(summary.counts),
        failures=summary.failures,
        seconds=time.perf_counter() - started,
        summary_jsonl=summary.jsonl_path,
        summary_csv=summary.csv_path,
        workers=workers,
    )


def _pool(workers: int, initargs: tuple[Any, ...]) -> ProcessPoolExecutor:
    context: multiprocessing.context.BaseContext
    if "forkserver" in multiprocessing.get_all_start_methods():
        forkserver = multiprocessing.get_context("forkserver")
        forkserver.set_forkserver_preload(["resume_autofix.bulk.worker"])
        context = forkserver
    else:
        context = multiprocessing.get_context("spawn")
    return ProcessPoolExecutor(workers, mp_context=context, initializer=init_worker, initargs=initargs)


def _run_pool(
    tasks: Iterable[Task], workers: int, initargs: tuple[Any, ...], collect: Callable[[dict[str, Any]], None]
) -> None:
    limit = workers * IN_FLIGHT_PER_WORKER
    pool = _pool(workers, initargs)
    in_flight: dict[Future[dict[str, Any]], Task] = {}
    try:
        for task in tasks:
            while len(in_flight) >= limit:
                pool = _collect_some(pool, in_flight, workers, initargs, collect)
            in_flight[pool.submit(run_task, task)] = task
        while in_flight:
            pool = _collect_some(pool, in_flight, workers, initargs, collect)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _collect_some(
    pool: ProcessPoolExecutor,
    in_flight: dict[Future[dict[str, Any]], Task],
    workers: int,
    initargs: tuple[Any, ...],
    collect: Callable[[dict[str, Any]], None],
) -> ProcessPoolExecutor:
    done, _ = wait(in_flight, return_when=FIRST_COMPLETED)
    broken = False
    for future in done:
        task = in_flight.pop(future)
        try:
            collect(future.result())
        except BrokenProcessPool:
            broken = True
            collect(_crashed_row(task, initargs))
    if broken:
        # every task still in the broken pool failed with it; they are reported, and the run goes on
        for future, task in list(in_flight.items()):
            in_flight.pop(future)
            collect(_crashed_row(task, initargs))
        pool.shutdown(wait=False, cancel_futures=True)
        pool = _pool(workers, initargs)
    return pool


def _crashed_row(task: Task, initargs: tuple[Any, ...]) -> dict[str, Any]:
    jobs: tuple[JobSpec, ...] = initargs[0]
    return {
        "index": task.index,
        "input": task.path,
        "job": jobs[task.job].name,
        "status": "failed",
        "error": "the worker process died while this input was in it (run again with --resume to retry)",
        "error_type": "BrokenProcessPool",
    }
