"""The bounds every import runs within: bytes, pages, decompressed size, characters and seconds.

A resume is one to a few pages; the limits are generous for that and small for an attacker. They are checked
before the expensive step (page count before parsing pages, the zip directory before inflating), and the
deadline is checked while parsing so a pathological file ends in a 4xx, not a timed-out Lambda.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from .exceptions import ImportTimeoutError


@dataclass(frozen=True)
class ImportLimits:
    """Tunable bounds; the defaults suit a resume."""

    max_bytes: int = 8 * 1024 * 1024
    max_pages: int = 30
    max_glyphs: int = 400_000
    max_chars: int = 300_000
    #: Markdown longer than this is read as plain text: CommonMark parsing costs ~20 µs a character on bracket
    #: runs, and a résumé is 3,000–20,000 characters
    max_markdown_chars: int = 60_000
    max_decompressed_bytes: int = 40 * 1024 * 1024
    max_zip_members: int = 2_000
    max_compression_ratio: int = 200
    max_seconds: float = 10.0


DEFAULT_LIMITS = ImportLimits()


class Deadline:
    """A wall-clock budget, checked at loop boundaries (cheap: one ``perf_counter`` call)."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.ends = time.perf_counter() + seconds

    def check(self) -> None:
        if time.perf_counter() > self.ends:
            raise ImportTimeoutError(
                f"Reading this file took longer than {self.seconds:g} s, far more than a resume needs; "
                "export it again from your editor (File › Export as PDF or Save as .docx) and retry",
                details={"limit_seconds": self.seconds},
            )
