"""Which files a batch reads: files, folders (recursively) and globs, streamed in a stable order.

Discovery yields paths one by one so a run over 100,000 files never lists them all in memory at once; only the
set of paths already yielded is kept (to skip a file named twice), about 100 bytes per file.
"""

from __future__ import annotations

import glob
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from .exceptions import InvalidBatchRequestError

# what a resume can be: JSON Resume now; PDF/DOCX/text through resume_autofix.importer when it is installed
RESUME_EXTENSIONS: frozenset[str] = frozenset({".json", ".pdf", ".docx", ".odt", ".txt", ".md"})
IMPORTED_EXTENSIONS: frozenset[str] = frozenset({".pdf", ".docx", ".odt", ".txt", ".md"})
JOB_EXTENSIONS: frozenset[str] = frozenset({".txt", ".md", ".json"})


def discover(sources: Iterable[str], extensions: frozenset[str] = RESUME_EXTENSIONS) -> Iterator[Path]:
    """Every input file named by ``sources``, once, in a stable order.

    A folder contributes its files with one of ``extensions`` (recursively, hidden entries skipped); a file named
    outright is yielded whatever its extension (so an unsupported one is reported, not silently dropped); a glob
    contributes its matching files.

    Raises
    ------
    InvalidBatchRequestError
        when a source is neither a file, a folder nor a glob that matches something.
    """
    seen: set[str] = set()
    for source in sources:
        for path in _expand(source, extensions):
            key = os.path.realpath(path)
            if key not in seen:
                seen.add(key)
                yield path


def count(sources: Iterable[str], extensions: frozenset[str] = RESUME_EXTENSIONS) -> int:
    """How many files ``discover`` yields (a second, cheap walk: for the progress bar's total)."""
    return sum(1 for _ in discover(sources, extensions))


def _expand(source: str, extensions: frozenset[str]) -> Iterator[Path]:
    path = Path(source)
    if path.is_dir():
        yield from _walk(path, extensions)
    elif path.is_file():
        yield path
    elif glob.has_magic(source):
        matched = False
        for name in sorted(glob.iglob(source, recursive=True)):
            candidate = Path(name)
            if candidate.is_file():
                matched = True
                yield candidate
            elif candidate.is_dir():
                matched = True
                yield from _walk(candidate, extensions)
        if not matched:
            raise InvalidBatchRequestError(f"{source}: the pattern matches no file")
    else:
        raise InvalidBatchRequestError(f"{source}: no such file or folder")


def _walk(folder: Path, extensions: frozenset[str]) -> Iterator[Path]:
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and Path(name).suffix.lower() in extensions:
                yield Path(root) / name
