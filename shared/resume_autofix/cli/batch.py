"""``resume-autofix batch``: many resumes against a job, or (``--rank``) one resume against many jobs.

Exit codes: 0 every input done, 3 some inputs failed (named in summary.csv and on stderr), 2 a usage mistake.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from .exceptions import UsageError
from .inputs import parse_list

EXIT_SOME_FAILED = 3


def add_parser(sub: Any) -> None:
    p = sub.add_parser(
        "batch",
        help="many resumes at once (files, folders, globs) with a process pool; or --rank one resume's jobs",
        description=__doc__.split("\n")[0],
    )
    p.add_argument("resumes", nargs="+", help="resume files, folders or globs (JSON Resume; PDF/DOCX/TXT via import)")
    p.add_argument("--job", help="a job description file, or a folder of them (.txt, .md, .json)")
    p.add_argument("--fix", action="store_true", help="apply the fixes too (default: analysis only)")
    p.add_argument("--formats", default="", help="documents to write per input: html,pdf,docx (default none)")
    p.add_argument("--template", help="theme id for the documents")
    p.add_argument("--workers", type=int, default=0, help="processes (default: every core)")
    p.add_argument("--out", required=True, help="output folder: results/, summary.csv, summary.jsonl")
    p.add_argument("--resume", action="store_true", help="skip inputs whose content hash already has a result")
    p.add_argument("--rank", action="store_true", help="one resume, many jobs: order the jobs by fit")
    p.add_argument("--no-progress", action="store_true", help="no progress bar (it is off anyway when not a TTY)")
    p.set_defaults(fn=cmd_batch)


def cmd_batch(args: argparse.Namespace) -> int:
    from ..bulk import (  # noqa: PLC0415 — imports kept lazy so `--help` stays instant
        FORMATS,
        BatchOptions,
        InvalidBatchRequestError,
        count,
        default_workers,
        iter_rows,
        load_jobs,
        make_tasks,
        rank,
        run_batch,
        write_ranking,
    )

    if args.workers < 0:
        raise UsageError("--workers must be 1 or more (0 = every core)")
    options = BatchOptions(fix=args.fix, formats=parse_list(args.formats, FORMATS, "format"), template_id=args.template)
    try:
        jobs = load_jobs(args.job)
        inputs = count(args.resumes)
    except InvalidBatchRequestError as exc:
        raise UsageError(exc.message) from None
    if args.rank and (inputs != 1 or args.job is None):
        raise UsageError(f"--rank takes one resume and a folder of jobs (got {inputs} resumes)")
    total = inputs * len(jobs)
    workers = min(args.workers or default_workers(), max(1, total))  # no idle processes for a short run
    out = Path(args.out)
    bar = _progress_bar(total, disable=args.no_progress)
    try:
        report = run_batch(
            make_tasks(args.resumes, len(jobs)),
            jobs=jobs,
            options=options,
            out=out,
            workers=workers,
            skip_done=args.resume,
            progress=bar.update if bar is not None else None,
        )
    finally:
        if bar is not None:
            bar.close()
    counts = report.counts
    rate = report.processed / report.seconds if report.seconds > 0 else 0.0
    print(
        f"batch: {report.total} inputs ({counts.get('ok', 0)} done, {counts.get('resumed', 0)} already done, "
        f"{counts.get('failed', 0)} failed) in {report.seconds:.1f} s with {report.workers} processes "
        f"({rate:.1f} resumes/s)"
    )
    for failure in report.failures:
        print(f"  failed: {failure['input']}: {failure['error']}", file=sys.stderr)
    if args.rank:
        ranked = rank(iter_rows(report.summary_jsonl))
        csv_path, md_path = write_ranking(ranked, out)
        for r in ranked[:20]:
            print(f"  {r.rank:>3}. {r.job}: {r.why}")
        print(f"wrote {csv_path}, {md_path}")
    print(f"wrote {report.summary_csv}, {report.summary_jsonl}, {out / 'results'}/")
    return EXIT_SOME_FAILED if counts.get("failed") else 0


class _Bar:
    """A tqdm bar advanced by one per finished input, showing the failures so far."""

    def __init__(self, total: int) -> None:
        from tqdm import tqdm  # noqa: PLC0415

        tqdm.monitor_interval = 0  # no monitor thread: the pool forks its workers from a single-threaded process
        self._bar = tqdm(total=total, unit="resume", file=sys.stderr, dynamic_ncols=True)
        self._failed = 0

    def update(self, row: dict[str, Any]) -> None:
        if row.get("status") == "failed":
            self._failed += 1
            self._bar.set_postfix_str(f"{self._failed} failed", refresh=False)
        self._bar.update(1)

    def close(self) -> None:
        self._bar.close()


def _progress_bar(total: int, *, disable: bool) -> _Bar | None:
    """A bar on an interactive terminal only: logs and pipes get the final line, not a stream of redraws."""
    if disable or not sys.stderr.isatty():
        return None
    return _Bar(total)
