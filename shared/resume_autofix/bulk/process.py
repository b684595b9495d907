"""One input through the product: analysis (and fixes, and documents) → a summary row, a result, its files.

Pure apart from the optional DOCX writer's import: no file or network I/O, so the local worker and the bulk
Lambda share it and differ only in where they read inputs and write results.
"""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from ..analysis import analyze
from ..workflow import run_autofix
from .exceptions import UnsupportedFormatError
from .loading import load_resume_file, optional_module
from .models import BatchOptions, JobSpec
from .requirements import must_haves


@dataclass
class Outcome:
    """What one input produced: the summary ``row``, the ``result`` document, and document ``files`` by format."""

    row: dict[str, Any]
    result: dict[str, Any] = field(default_factory=dict)
    files: dict[str, bytes] = field(default_factory=dict)


def process_input(data: bytes, filename: str, job: JobSpec, options: BatchOptions) -> Outcome:
    """Analyse (and with ``options.fix`` fix) one resume file against ``job``.

    Raises whatever loading or the pipeline raises; the caller turns it into a failed row (``failed_row``).
    """
    started = time.perf_counter()
    resume = load_resume_file(data, filename)
    html: str | None = None
    pdf: bytes | None = None
    pipeline_formats = tuple(f for f in options.formats if f in ("html", "pdf"))
    if options.fix or pipeline_formats:
        result = run_autofix(
            resume,
            job.data,
            fixes=(options.fixes if options.fix else []),
            template_id=options.template_id,
            formats=pipeline_formats,
        )
        body = result.to_dict()
        body.pop("html", None)
        body.pop("pdf_base64", None)
        html, pdf = result.html, result.pdf
        before, after, fixed = body["analysis_before"], body["analysis_after"], body["resume"]
        applied, rejected = body["applied"], body["rejected"]
    else:
        before = after = analyze(resume, job.data).to_dict()
        fixed, applied, rejected = resume, [], []
    files: dict[str, bytes] = {}
    if html is not None:
        files["html"] = html.encode("utf-8")
    if pdf is not None:
        files["pdf"] = pdf
    if "docx" in options.formats:
        files["docx"] = render_docx(fixed, options.template_id)
    required, missing = must_haves(after, job.data) if job.data is not None else ([], [])
    row = {
        "status": "ok",
        "score_before": before.get("score"),
        "score_after": after.get("score"),
        "coverage_before": (before.get("keywords") or {}).get("coverage"),
        "coverage_after": (after.get("keywords") or {}).get("coverage"),
        "must_haves": len(required),
        "missing_must_haves": missing,
        "issues_by_type": dict(sorted(Counter(i["type"] for i in before.get("issues", [])).items())),
        "applied": len(applied),
        "refused": len(rejected),
        "formats": sorted(files),
        "error": None,
        "seconds": round(time.perf_counter() - started, 4),
    }
    document = {
        "analysis_before": before,
        "analysis_after": after,
        "resume": fixed,
        "applied": applied,
        "rejected": rejected,
        "must_haves": {"all": required, "missing": missing},
    }
    return Outcome(row=row, result=document, files=files)


def failed_row(exc: BaseException) -> dict[str, Any]:
    """The summary row of an input that failed: its error named, never a traceback."""
    message = getattr(exc, "message", None) or str(exc) or type(exc).__name__
    return {"status": "failed", "error": message[:500], "error_type": type(exc).__name__}


def render_docx(resume: dict[str, Any], template_id: str | None) -> bytes:
    """The resume as DOCX through ``resume_autofix.docx`` when this build has it."""
    module = optional_module("docx")
    if module is None:
        raise UnsupportedFormatError(
            "unsupported format: docx output needs resume_autofix.docx, which this version does not have"
        )
    renderer = getattr(module, "DocxRenderer", None)
    out: Any = (
        renderer().render(resume, template_id) if renderer is not None else module.render_docx(resume, template_id)
    )
    for attr in ("docx", "data", "content"):
        if isinstance(getattr(out, attr, None), bytes):
            return bytes(getattr(out, attr))
    if isinstance(out, bytes):
        return out
    raise UnsupportedFormatError("resume_autofix.docx returned no document")
