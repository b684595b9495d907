"""Bounded, batched concurrency with per-item outcomes (Powertools batch utility's partial-failure spirit).

``process`` / ``process_in_batches`` never swallow an error: every item ends as a success or a failure that keeps
its exception, and ``BatchResult.raise_for_failures()`` turns the failures into one error naming each failed item.
Plain functions run on a ``ThreadPoolExecutor`` and each batch is awaited with ``concurrent.futures.wait(timeout)``;
coroutine functions run on the caller's event loop.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
import time
from collections.abc import Awaitable, Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from ..config import Settings, get_settings
from .adaptive import BatchSizer
from .exceptions import BatchProcessingError, BatchTimeoutError

logger = logging.getLogger(__name__)

T = TypeVar("T")
R = TypeVar("R")

Processor = Callable[[T], R] | Callable[[T], Awaitable[R]]


@dataclass(frozen=True)
class ItemResult(Generic[T, R]):
    """The outcome of one item: ``ok`` with its ``value``, or not ``ok`` with its ``error``."""

    index: int
    item: T
    ok: bool
    value: R | None = None
    error: BaseException | None = None

    def describe_error(self) -> dict[str, Any]:
        """A JSON-able summary of the failure (index, error type, message)."""
        err = self.error
        return {
            "index": self.index,
            "error": type(err).__name__ if err else None,
            "message": getattr(err, "message", None) or str(err),
        }


@dataclass
class BatchResult(Generic[T, R]):
    """Every item's outcome, in input order."""

    results: list[ItemResult[T, R]] = field(default_factory=list)

    @property
    def successes(self) -> list[ItemResult[T, R]]:
        return [r for r in self.results if r.ok]

    @property
    def failures(self) -> list[ItemResult[T, R]]:
        return [r for r in self.results if not r.ok]

    @property
    def all_ok(self) -> bool:
        return all(r.ok for r in self.results)

    def values(self) -> list[R]:
        """The values in input order; raises ``BatchProcessingError`` if any item failed."""
        self.raise_for_failures()
        return [r.value for r in self.results]  # type: ignore[misc]

    def raise_for_failures(self) -> None:
        """Raise one ``BatchProcessingError`` naming every failed item (no-op when all succeeded)."""
        failed = self.failures
        if not failed:
            return
        first = failed[0].describe_error()
        raise BatchProcessingError(
            f"{len(failed)} of {len(self.results)} items failed; first: item {first['index']}: "
            f"{first['error']}: {first['message']}",
            details={"failed": [r.describe_error() for r in failed], "total": len(self.results)},
            errors=[r.error for r in failed if r.error is not None],
        )


class BatchProcessor:
    """Runs a processor over items in batches of ``batch_size``, at most ``max_workers`` at a time.

    Parameters
    ----------
    max_workers
        Upper bound on items processed concurrently (``BATCH_MAX_WORKERS``).
    batch_size
        Items per batch (``BATCH_SIZE``); batches run one after another, so a batch's timeout covers only its items.
    timeout
        Seconds a batch may take (``BATCH_TIMEOUT``); items still running then are reported as
        ``BatchTimeoutError`` failures (a thread already running a sync processor cannot be killed; its result is
        dropped).
    sizer
        Optional: chooses each batch's size (and so its concurrency, at most ``max_workers``) from what the previous
        batches showed (``AdaptiveSizer``); an explicit ``batch_size`` argument still wins.
    """

    def __init__(
        self, max_workers: int = 5, batch_size: int = 10, timeout: float = 30.0, sizer: BatchSizer | None = None
    ) -> None:
        if max_workers < 1 or batch_size < 1 or not timeout > 0:
            raise ValueError("max_workers and batch_size must be >= 1 and timeout > 0")
        self.max_workers = max_workers
        self.batch_size = batch_size
        self.timeout = timeout
        self.sizer = sizer

    @classmethod
    def from_settings(cls, settings: Settings) -> BatchProcessor:
        return cls(settings.batch_max_workers, settings.batch_size, settings.batch_timeout)

    # -- the sizing seam: an adaptive sizer overrides these two -----------------------------------------------------
    def next_batch_size(self, requested: int | None, remaining: int) -> int:  # noqa: ARG002 - the sizer's input
        """How many of the ``remaining`` items the next batch takes (``requested`` wins; else ``batch_size``)."""
        if requested is None and self.sizer is not None:
            return max(1, min(self.sizer.next_size(), self.max_workers))
        size = requested or self.batch_size
        if size < 1:
            raise ValueError("batch_size must be >= 1")
        return size

    def batch_done(self, size: int, elapsed_s: float, failures: int) -> None:
        """Called after each batch with what it took (a fixed-size processor has nothing to learn)."""

    # -- running ----------------------------------------------------------------------------------------------------
    def process(
        self, items: Iterable[T], processor: Processor[T, R], batch_size: int | None = None
    ) -> BatchResult[T, R]:
        """Process ``items`` on worker threads and report every item's outcome (callable from anywhere).

        A coroutine-function ``processor`` runs one event loop per item on the worker threads; inside an event loop,
        prefer ``await process_in_batches``, which runs it on that loop.
        """
        run: Callable[[T], Any] = processor
        if inspect.iscoroutinefunction(processor):
            run = lambda item: asyncio.run(processor(item))  # noqa: E731
        result: BatchResult[T, R] = BatchResult()
        with _Pool(self.max_workers) as pool:
            for start, chunk in self._batches(list(items), batch_size):
                began = time.perf_counter()
                futures = [pool.submit(run, item) for item in chunk]
                done, _ = wait(futures, timeout=self.timeout)
                outcomes = [
                    self._outcome(start + i, item, f, f in done)
                    for i, (item, f) in enumerate(zip(chunk, futures, strict=True))
                ]
                self._finish_batch(result, outcomes, began, learn=batch_size is None)
        return result

    async def process_in_batches(
        self,
        items: Iterable[T],
        processor: Processor[T, R],
        batch_size: int | None = None,
    ) -> BatchResult[T, R]:
        """Process ``items`` and report every item's outcome, without blocking the caller's event loop.

        ``processor`` may be a plain function (run on worker threads, as ``process``) or a coroutine function (run on
        this loop); either way no more than ``max_workers`` items run at once.
        """
        if not inspect.iscoroutinefunction(processor):
            return await asyncio.to_thread(self.process, items, processor, batch_size)
        limit = asyncio.Semaphore(self.max_workers)

        async def one(item: T) -> R:
            async with limit:
                return await processor(item)

        result: BatchResult[T, R] = BatchResult()
        for start, chunk in self._batches(list(items), batch_size):
            began = time.perf_counter()
            tasks = [asyncio.ensure_future(one(item)) for item in chunk]
            done, pending = await asyncio.wait(tasks, timeout=self.timeout)
            for task in pending:
                task.cancel()
            outcomes = [
                self._outcome(start + i, item, t, t in done)
                for i, (item, t) in enumerate(zip(chunk, tasks, strict=True))
            ]
            self._finish_batch(result, outcomes, began, learn=batch_size is None)
        return result

    def _batches(self, items: list[T], batch_size: int | None) -> Iterator[tuple[int, list[T]]]:
        start = 0
        while start < len(items):
            size = self.next_batch_size(batch_size, len(items) - start)
            yield start, items[start : start + size]
            start += size

    def _outcome(self, index: int, item: T, future: Future[R] | asyncio.Future[R], finished: bool) -> ItemResult[T, R]:
        if not finished:
            future.cancel()
            error: BaseException = BatchTimeoutError(
                f"item {index} did not finish within the batch timeout of {self.timeout:g} s",
                details={"index": index, "timeout_s": self.timeout},
            )
            return ItemResult(index, item, ok=False, error=error)
        exc = future.exception()
        if exc is not None:
            return ItemResult(index, item, ok=False, error=exc)
        return ItemResult(index, item, ok=True, value=future.result())

    def _finish_batch(
        self, result: BatchResult[T, R], outcomes: list[ItemResult[T, R]], began: float, *, learn: bool
    ) -> None:
        failures = [o for o in outcomes if not o.ok]
        for failure in failures:
            # the type only: an error's message may quote the resume
            logger.warning("batch item %d failed: %s", failure.index, type(failure.error).__name__)
        result.results.extend(outcomes)
        elapsed = time.perf_counter() - began
        if learn and self.sizer is not None:  # an explicit batch size taught it nothing
            self.sizer.observe(len(outcomes), elapsed, [o.error for o in outcomes])
        self.batch_done(len(outcomes), elapsed, len(failures))


class _Pool(ThreadPoolExecutor):
    """A worker pool that does not wait for stuck items on exit (their results are dropped as timeouts)."""

    def __init__(self, max_workers: int) -> None:
        super().__init__(max_workers, thread_name_prefix="batch")

    def __exit__(self, *exc: object) -> None:
        self.shutdown(wait=False, cancel_futures=True)


def _default_processor() -> BatchProcessor:
    return BatchProcessor.from_settings(get_settings())


batch_processor: BatchProcessor = _default_processor()
"""The process-wide processor, sized from ``BATCH_MAX_WORKERS`` / ``BATCH_SIZE`` / ``BATCH_TIMEOUT`` (a contract)."""
