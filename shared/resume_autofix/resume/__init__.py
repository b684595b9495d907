"""The JSON Resume model, tolerant loading with path-naming errors, canonical hashing, job descriptions.

Names load on first use (``lazy.exports``): the importer needs only the date parser, not the model and pydantic.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from resume_autofix.lazy import exports

if TYPE_CHECKING:
    from .dates import PartialDate, is_present, parse_iso, parse_loose
    from .exceptions import InvalidJobDescriptionError, InvalidResumeError
    from .hashing import canonical_json, resume_hash
    from .job import JobDescription, load_job_description
    from .loader import load_resume, parse_json
    from .model import Resume
    from .pointer import deep_copy, resolve, split, to_pointer

__getattr__ = exports(
    __name__,
    {
        "dates": ("PartialDate", "is_present", "parse_iso", "parse_loose"),
        "exceptions": ("InvalidJobDescriptionError", "InvalidResumeError"),
        "hashing": ("canonical_json", "resume_hash"),
        "job": ("JobDescription", "load_job_description"),
        "loader": ("load_resume", "parse_json"),
        "model": ("Resume",),
        "pointer": ("deep_copy", "resolve", "split", "to_pointer"),
    },
)

__all__ = [
    "InvalidJobDescriptionError",
    "InvalidResumeError",
    "JobDescription",
    "PartialDate",
    "Resume",
    "canonical_json",
    "deep_copy",
    "is_present",
    "load_job_description",
    "load_resume",
    "parse_iso",
    "parse_json",
    "parse_loose",
    "resolve",
    "resume_hash",
    "split",
    "to_pointer",
]
