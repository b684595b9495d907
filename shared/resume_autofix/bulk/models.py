"""The values a batch passes around: its options, its jobs, one task (an input against a job)."""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any

from ..cache.keys import hash_key
from ..resume import load_job_description

# bump when a result's content changes, so --resume does not reuse results of an older version
RESULT_VERSION = "b1"
FORMATS: tuple[str, ...] = ("html", "pdf", "docx")


@dataclass(frozen=True)
class BatchOptions:
    """What each input goes through: analysis only, or fixes too, and which documents to write."""

    fix: bool = False
    formats: tuple[str, ...] = ()
    template_id: str | None = None
    fixes: tuple[str, ...] | None = None

    def fingerprint(self) -> str:
        """Hash of the options and the result version: part of every result key."""
        return hash_key({"v": RESULT_VERSION, **asdict(self)})


@dataclass(frozen=True)
class JobSpec:
    """One job description: its display name, its data (text or a job document) and the hash of its content."""

    name: str
    data: Any = None
    hash: str = field(default="-")

    @classmethod
    def of(cls, name: str, data: Any) -> JobSpec:
        if data is None or (isinstance(data, str) and not data.strip()):
            return cls(name=name, data=None, hash="-")
        return cls(name=name, data=data, hash=hash_key(load_job_description(data).to_dict()))


@dataclass(frozen=True)
class Task:
    """Input ``path`` (``index`` in discovery order) against job number ``job``."""

    index: int
    path: str
    job: int = 0


def result_key(data: bytes, job: JobSpec, fingerprint: str) -> str:
    """The content hash a result is stored under: the file's bytes, the job's content and the options.

    A renamed or moved file keeps its key (so ``--resume`` skips it); a changed file, job or option gets a new one.
    """
    digest = hashlib.sha256()
    digest.update(hashlib.sha256(data).digest())
    digest.update(job.hash.encode())
    digest.update(fingerprint.encode())
    return digest.hexdigest()[:40]
