"""Batch and parallel processing: bounded concurrency with per-item outcomes, fix stages in parallel."""

from __future__ import annotations

from .exceptions import BatchError, BatchProcessingError, BatchTimeoutError
from .processor import BatchProcessor, BatchResult, ItemResult, batch_processor, process_in_batches

__all__ = [
    "BatchError",
    "BatchProcessingError",
    "BatchProcessor",
    "BatchResult",
    "BatchTimeoutError",
    "ItemResult",
    "batch_processor",
    "process_in_batches",
]
