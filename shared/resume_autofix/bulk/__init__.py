"""Many at once: a folder of resumes against a job, or one resume against many jobs (locally and on AWS)."""

from __future__ import annotations

from .discovery import IMPORTED_EXTENSIONS, JOB_EXTENSIONS, RESUME_EXTENSIONS, count, discover
from .exceptions import BatchRunNotFoundError, BulkError, InvalidBatchRequestError, UnsupportedFormatError
from .loading import load_resume_file, optional_module, read_job_file
from .models import FORMATS, BatchOptions, JobSpec, Task, result_key
from .plan import load_jobs, make_tasks
from .process import Outcome, failed_row, process_input
from .ranking import Ranked, rank, write_ranking
from .requirements import must_haves, requirement_text
from .results import ResultStore
from .runner import BatchReport, default_workers, run_batch
from .summary import COLUMNS, SummaryWriter, iter_rows, write_csv

__all__ = [
    "COLUMNS",
    "FORMATS",
    "IMPORTED_EXTENSIONS",
    "JOB_EXTENSIONS",
    "RESUME_EXTENSIONS",
    "BatchOptions",
    "BatchReport",
    "BatchRunNotFoundError",
    "BulkError",
    "InvalidBatchRequestError",
    "JobSpec",
    "Outcome",
    "Ranked",
    "ResultStore",
    "SummaryWriter",
    "Task",
    "UnsupportedFormatError",
    "count",
    "default_workers",
    "discover",
    "failed_row",
    "iter_rows",
    "load_jobs",
    "load_resume_file",
    "make_tasks",
    "must_haves",
    "optional_module",
    "process_input",
    "rank",
    "read_job_file",
    "requirement_text",
    "result_key",
    "run_batch",
    "write_csv",
    "write_ranking",
]
