"""summary.jsonl (written row by row as inputs finish) and summary.csv (made from it at the end).

Neither keeps rows in memory: the JSONL is appended as results arrive and the CSV is streamed from it, so a
run over 100,000 inputs uses the memory of one row. Only counts and the first few failures are kept.
"""

from __future__ import annotations

import csv
import json
from collections import Counter
from pathlib import Path
from typing import Any, TextIO

COLUMNS: tuple[str, ...] = (
    "index",
    "input",
    "job",
    "status",
    "score_before",
    "score_after",
    "coverage_before",
    "coverage_after",
    "must_haves",
    "missing_must_haves",
    "issues_by_type",
    "applied",
    "refused",
    "formats",
    "result",
    "key",
    "error",
    "seconds",
)
FAILURES_KEPT = 20


class SummaryWriter:
    """Streams rows to ``out/summary.jsonl``; ``close()`` writes ``out/summary.csv``."""

    def __init__(self, out: Path) -> None:
        self.jsonl_path = Path(out) / "summary.jsonl"
        self.csv_path = Path(out) / "summary.csv"
        self.counts: Counter[str] = Counter()
        self.failures: list[dict[str, Any]] = []
        self._jsonl: TextIO | None = self.jsonl_path.open("w", encoding="utf-8")

    def add(self, row: dict[str, Any]) -> None:
        self.counts[row["status"]] += 1
        if row["status"] == "failed" and len(self.failures) < FAILURES_KEPT:
            self.failures.append({"input": row.get("input"), "job": row.get("job"), "error": row.get("error")})
        assert self._jsonl is not None, "add() after close()"
        self._jsonl.write(json.dumps(row, ensure_ascii=False) + "\n")
        self._jsonl.flush()

    def close(self) -> None:
        if self._jsonl is None:
            return
        self._jsonl.close()
        self._jsonl = None
        write_csv(self.jsonl_path, self.csv_path)


def iter_rows(jsonl: Path) -> Any:
    with jsonl.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def write_csv(jsonl: Path, csv_path: Path) -> None:
    """One CSV line per JSONL row, lists and mappings flattened (``a; b``, ``type=n; type=n``)."""
    with csv_path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS, extrasaction="ignore")
        writer.writeheader()
        for row in iter_rows(jsonl):
            writer.writerow({k: csv_cell(row.get(k)) for k in COLUMNS})


def csv_cell(value: Any) -> Any:
    if isinstance(value, dict):
        return "; ".join(f"{k}={v}" for k, v in value.items())
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    return "" if value is None else value
