"""From the command line's sources to jobs and a stream of tasks (every input against every job)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

from .discovery import JOB_EXTENSIONS, discover
from .exceptions import InvalidBatchRequestError
from .loading import read_job_file
from .models import JobSpec, Task

MAX_JOBS = 5000


def load_jobs(source: str | None) -> tuple[JobSpec, ...]:
    """The jobs of ``--job``: one file, or every .txt/.md/.json file of a folder; none = analysis without a job.

    Raises
    ------
    InvalidBatchRequestError
        a missing path, an empty folder, an unreadable job, or more than ``MAX_JOBS`` jobs.
    """
    if source is None:
        return (JobSpec.of("-", None),)
    path = Path(source)
    if not path.exists():
        raise InvalidBatchRequestError(f"{source}: no such job file or folder")
    paths = [path] if path.is_file() else list(discover([source], JOB_EXTENSIONS))
    if not paths:
        raise InvalidBatchRequestError(f"{source}: the folder has no job files (.txt, .md or .json)")
    if len(paths) > MAX_JOBS:
        raise InvalidBatchRequestError(f"{source}: {len(paths)} jobs; at most {MAX_JOBS} in one run")
    names = _names(paths, path if path.is_dir() else None)
    return tuple(JobSpec.of(name, read_job_file(p)) for name, p in zip(names, paths, strict=True))


def _names(paths: list[Path], folder: Path | None) -> list[str]:
    """Short unique names: the path inside the job folder (or the file name)."""
    if folder is None:
        return [p.name for p in paths]
    return [str(p.relative_to(folder)) for p in paths]


def make_tasks(sources: Sequence[str], jobs: int) -> Iterator[Task]:
    """Every discovered input against each of ``jobs`` jobs, in discovery order (streamed)."""
    index = 0
    for path in discover(sources):
        for job in range(jobs):
            yield Task(index=index, path=str(path), job=job)
            index += 1
