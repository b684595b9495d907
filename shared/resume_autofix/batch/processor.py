"""Bounded, batched concurrency with per-item outcomes (Powertools batch utility's partial-failure spirit).

``process_in_batches`` never swallows an error: every item ends as a success or a failure that keeps its exception,
and ``BatchResult.raise_for_failures()`` turns the failures into one error that names each failed item.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
import threading
import time
from collections.abc import Awaitable, Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
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
    """

    def __init__(
        self, max_workers: int = 5, batch_size: int = 10, timeout: float = 30.0, sizer: BatchSizer | None = None
    ) -> None:
        if max_workers < 1 or batch_size < 1 or not timeout > 0:
            raise ValueError("max_workers and batch_size must be >= 1 and timeout > 0")
        self.max_workers = max_workers
        self.batch_size = batch_size
        self.timeout = timeout
        self.sizer = sizer  # optional: chooses each batch's size from what the previous batches showed

    @classmethod
    def from_settings(cls, settings: Settings) -> BatchProcessor:
        return cls(settings.batch_max_workers, settings.batch_size, settings.batch_timeout)

    async def process_in_batches(
        self,
        items: Iterable[T],
        processor: Processor[T, R],
        batch_size: int | None = None,
    ) -> BatchResult[T, R]:
        """Process ``items`` and report every item's outcome.

        ``processor`` may be a plain function (run in worker threads) or a coroutine function (run on this loop);
        either way no more than ``max_workers`` items run at once.
        """
        size = batch_size or self.batch_size
        if size < 1:
            raise ValueError("batch_size must be >= 1")
        all_items = list(items)
        result: BatchResult[T, R] = BatchResult()
        if not all_items:
            return result
        is_async = inspect.iscoroutinefunction(processor)
        executor = None if is_async else ThreadPoolExecutor(self.max_workers, thread_name_prefix="batch")
        sizer = self.sizer if batch_size is None else None
        try:
            start = 0
            while start < len(all_items):
                chunk = all_items[start : start + (min(sizer.next_size(), self.max_workers) if sizer else size)]
                began = time.perf_counter()
                outcomes = await self._run_batch(start, chunk, processor, executor)
                if sizer is not None:
                    sizer.observe(len(chunk), time.perf_counter() - began, [o.error for o in outcomes])
                result.results.extend(outcomes)
                start += len(chunk)
        finally:
            if executor is not None:
                executor.shutdown(wait=False, cancel_futures=True)
        for failure in result.failures:
            # the type only: an error's message may quote the resume
            logger.warning("batch item %d failed: %s", failure.index, type(failure.error).__name__)
        return result

    def process(
        self, items: Iterable[T], processor: Processor[T, R], batch_size: int | None = None
    ) -> BatchResult[T, R]:
        """Synchronous ``process_in_batches`` for callers without an event loop (Lambda handlers, the CLI).

        Inside a running loop it runs in a helper thread with its own loop, so it is safe to call from anywhere.
        """
        coro_factory = lambda: self.process_in_batches(items, processor, batch_size)  # noqa: E731
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            return asyncio.run(coro_factory())
        box: dict[str, Any] = {}

        def runner() -> None:
            try:
                box["value"] = asyncio.run(coro_factory())
            except BaseException as exc:
                box["error"] = exc

        thread = threading.Thread(target=runner, name="batch-loop")
        thread.start()
        thread.join()
        if "error" in box:
            raise box["error"]
        return box["value"]

    async def _run_batch(
        self,
        start: int,
        chunk: Sequence[T],
        processor: Processor[T, R],
        executor: ThreadPoolExecutor | None,
    ) -> list[ItemResult[T, R]]:
        loop = asyncio.get_running_loop()
        limit = asyncio.Semaphore(self.max_workers)

        async def one(item: T) -> R:
            if executor is not None:  # the executor's own size bounds the threads
                return await loop.run_in_executor(executor, processor, item)  # type: ignore[arg-type]
            async with limit:
                return await processor(item)  # type: ignore[misc]

        tasks = [asyncio.ensure_future(one(item)) for item in chunk]
        done, pending = await asyncio.wait(tasks, timeout=self.timeout)
        for task in pending:
            task.cancel()
        outcomes: list[ItemResult[T, R]] = []
        for offset, (item, task) in enumerate(zip(chunk, tasks, strict=True)):
            index = start + offset
            if task in pending:
                error: BaseException = BatchTimeoutError(
                    f"item {index} did not finish within the batch timeout of {self.timeout:g} s",
                    details={"index": index, "timeout_s": self.timeout},
                )
                outcomes.append(ItemResult(index, item, ok=False, error=error))
            elif task.exception() is not None:
                outcomes.append(ItemResult(index, item, ok=False, error=task.exception()))
            else:
                outcomes.append(ItemResult(index, item, ok=True, value=task.result()))
        assert done.isdisjoint(pending)
        return outcomes


def _default_processor() -> BatchProcessor:
    return BatchProcessor.from_settings(get_settings())


batch_processor: BatchProcessor = _default_processor()
"""The process-wide processor, sized from ``BATCH_MAX_WORKERS`` / ``BATCH_SIZE`` / ``BATCH_TIMEOUT``."""


async def process_in_batches(
    items: Iterable[T], processor: Processor[T, R], batch_size: int | None = None
) -> BatchResult[T, R]:
    """``batch_processor.process_in_batches`` as a module function (the seed's call style)."""
    return await batch_processor.process_in_batches(items=items, processor=processor, batch_size=batch_size)
