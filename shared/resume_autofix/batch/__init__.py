"""Batch and parallel processing: bounded concurrency with per-item outcomes, and the one loop over fix stages."""

from __future__ import annotations

from .adaptive import AdaptiveSizer, BatchSizer, classify
from .exceptions import BatchProcessingError, BatchTimeoutError
from .parallel import (
    JobOutput,
    ParallelFixProcessor,
    ParallelFixResult,
    StageMerge,
    combine_fixes_for_single_ai_call,
    job_name,
    parallel_fix_processor,
    process_fixes_in_parallel,
)
from .processor import BatchProcessor, BatchResult, ItemResult, batch_processor

__all__ = [
    "AdaptiveSizer",
    "BatchProcessingError",
    "BatchProcessor",
    "BatchResult",
    "BatchSizer",
    "BatchTimeoutError",
    "ItemResult",
    "JobOutput",
    "ParallelFixProcessor",
    "ParallelFixResult",
    "StageMerge",
    "batch_processor",
    "classify",
    "combine_fixes_for_single_ai_call",
    "job_name",
    "parallel_fix_processor",
    "process_fixes_in_parallel",
]
