"""Batch and parallel processing: bounded concurrency with per-item outcomes, fix stages in parallel."""

from __future__ import annotations

from .adaptive import AdaptiveSizer, BatchSizer, classify
from .exceptions import BatchError, BatchProcessingError, BatchTimeoutError
from .parallel import (
    ParallelFixProcessor,
    ParallelFixResult,
    combine_fixes_for_single_ai_call,
    parallel_fix_processor,
    process_fixes_in_parallel,
)
from .processor import BatchProcessor, BatchResult, ItemResult, batch_processor, process_in_batches

__all__ = [
    "AdaptiveSizer",
    "BatchError",
    "BatchProcessingError",
    "BatchProcessor",
    "BatchResult",
    "BatchSizer",
    "BatchTimeoutError",
    "ItemResult",
    "ParallelFixProcessor",
    "ParallelFixResult",
    "batch_processor",
    "classify",
    "combine_fixes_for_single_ai_call",
    "parallel_fix_processor",
    "process_fixes_in_parallel",
    "process_in_batches",
]
