"""The local batch: tasks through a process pool with a bounded number in flight, rows to the summary.

``workers=1`` runs in this process (the baseline the benchmark compares the pool with). For a pool this process
pays the cold start once (imports, dictionaries, the fix rules' first run: ``worker.warm``) and the workers are
forked from it, so a worker starts warm and costs a fork, not an import and a warm-up of its own (on a 2-core
machine a second cold start per worker was most of what the pool lost). Forking is safe only from a process with
one thread; when there are others (the caller's), the workers come from a fork server that imports and warms
``bulk.preload`` instead. Workers write their own result files and send back only the summary row. At most
``IN_FLIGHT_PER_WORKER × workers`` tasks are submitted and not yet collected, so memory does not grow with the
number of inputs. A worker that dies (a crash in a native library) fails the tasks it was running; the pool is
rebuilt and the run goes on.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import sys
import threading
import time
from collections.abc import Callable, Iterable
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .models import BatchOptions, JobSpec, Task
from .summary import SummaryWriter
from .worker import init_pool_worker, init_worker, run_task, warm, warm_parts

IN_FLIGHT_PER_WORKER = 4
PRELOAD = "resume_autofix.bulk.preload"
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
            _PoolRun(workers, initargs, collect, warm_parts(options)).run(tasks)
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


def start_method() -> str:
    """``fork`` from a single-threaded process on Linux (the CLI), else ``forkserver`` (``spawn`` where it is missing).

    Not on macOS: its system libraries are not safe to use in a forked child, which is why Python stopped forking
    there by default.
    """
    methods = multiprocessing.get_all_start_methods()
    if sys.platform.startswith("linux") and "fork" in methods and threading.active_count() == 1:
        return "fork"
    return "forkserver" if "forkserver" in methods else "spawn"


class _PoolRun:
    """The pool of one run: submits with a bound on tasks in flight, collects rows, rebuilds a broken pool."""

    def __init__(
        self, workers: int, initargs: tuple[Any, ...], collect: Callable[[dict[str, Any]], None], parts: tuple[str, ...]
    ) -> None:
        self.workers, self.initargs, self.collect, self.parts = workers, initargs, collect, parts
        self.in_flight: dict[Future[dict[str, Any]], Task] = {}
        self.frozen = False
        self.pool = self._new_pool()

    def _new_pool(self) -> ProcessPoolExecutor:
        method = start_method()
        if method == "fork":
            warm(self.parts)  # once here, inherited by every worker (again on a rebuild: by then it costs little)
            if threading.active_count() > 1:  # a warm-up thread that would not end: do not fork beside it
                method = "forkserver"
            else:
                # the warm objects move out of the collector's reach: a worker's collections would otherwise write
                # to every page that holds them (copy-on-write), costing each new worker its first seconds
                gc.freeze()
                self.frozen = True
        context = multiprocessing.get_context(method)
        if method == "forkserver":
            context.set_forkserver_preload([PRELOAD])
        return ProcessPoolExecutor(
            self.workers, mp_context=context, initializer=init_pool_worker, initargs=self.initargs
        )

    def run(self, tasks: Iterable[Task]) -> None:
        limit = self.workers * IN_FLIGHT_PER_WORKER
        try:
            for task in tasks:
                while len(self.in_flight) >= limit:
                    self._collect_some()
                self.in_flight[self.pool.submit(run_task, task)] = task
            while self.in_flight:
                self._collect_some()
        finally:
            self.pool.shutdown(wait=True, cancel_futures=True)
            if self.frozen:
                gc.unfreeze()

    def _collect_some(self) -> None:
        done, _ = wait(self.in_flight, return_when=FIRST_COMPLETED)
        broken = False
        for future in done:
            task = self.in_flight.pop(future)
            try:
                self.collect(future.result())
            except BrokenProcessPool:
                broken = True
                self.collect(_crashed_row(task, self.initargs))
        if broken:
            # every task still in the broken pool failed with it; they are reported, and the run goes on
            for future, task in list(self.in_flight.items()):
                self.in_flight.pop(future)
                self.collect(_crashed_row(task, self.initargs))
            self.pool.shutdown(wait=True, cancel_futures=True)  # its threads end, so the new pool can fork again
            self.pool = self._new_pool()


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
