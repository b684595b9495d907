"""The local pipeline: the state machine's steps run in-process, each stage's jobs in parallel threads.

It calls exactly the functions the Lambda actions call, in the order the ASL runs them, so its answer equals the
state machine's (timings aside).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from typing import Any

from ..batch import BatchProcessingError, BatchProcessor
from ..config import Settings, get_settings
from . import steps
from .actions import default_provider_factory
from .errors import step_failed
from .request import build_request
from .result import AutofixResult

logger = logging.getLogger(__name__)


def run_autofix(
    resume: Any,
    job_description: Any = None,
    *,
    fixes: Sequence[str] | None = None,
    template_id: str | None = None,
    formats: Sequence[str] = (),
    settings: Settings | None = None,
    provider_factory: Callable[[], Any] | None = None,
    progress: Callable[[str, float], None] | None = None,
) -> AutofixResult:
    """Analyze → per stage: its jobs in parallel (≤ ``BATCH_MAX_WORKERS``) → merge → html/pdf when asked.

    Parameters
    ----------
    resume, job_description, fixes, template_id, formats
        As in the POST /api/autofix body (``fixes`` None = the default fix types).
    provider_factory
        Builds one AI provider per job (default: ``ai.get_provider(settings)``); one per job keeps ``ai_calls``
        exact when requests run concurrently.
    progress
        Called as ``progress(step, ms)`` when each step ends (the CLI's step lines).

    Raises
    ------
    InvalidInputError
        a bad field (400).
    StepFailedError
        a job failed; the message names the step and the job's error.
    """
    settings = settings or get_settings()
    start = time.perf_counter()
    request = build_request(resume, job_description, fixes=fixes, template_id=template_id, formats=formats)
    state = steps.analyze(request.to_payload(), max_concurrency=settings.batch_max_workers)
    reported: set[str] = set()
    _report(progress, state, reported)
    make_provider = provider_factory or default_provider_factory(settings)
    plan = state["plan"]
    processor = BatchProcessor(plan["max_concurrency"], settings.batch_size, settings.batch_timeout)
    answer = state["answer"]
    while state["plan"]["stages"]:
        stage_no = state["plan"]["stage"]

        def run_job(job: list[str], stage_no: int = stage_no, answer: dict[str, Any] = answer) -> dict[str, Any]:
            return steps.apply(
                job,
                stage=stage_no,
                resume=answer["resume"],
                analysis=answer["analysis_before"],
                job_description=plan["job_description"],
                provider=make_provider(),
            )

        outcome = processor.process(state["plan"]["stages"][0], run_job)
        try:
            outputs = outcome.values()
        except BatchProcessingError as exc:
            first = outcome.failures[0].error
            raise step_failed(
                "Apply", type(first).__name__, getattr(first, "message", None) or str(first), exc.details
            ) from first
        state = steps.merge({**state, "proposals": outputs})
        _report(progress, state, reported)
        answer = state["answer"]
    html: str | None = None
    pdf: bytes | None = None
    if plan["html"]:
        state, html = steps.render(state)
        _report(progress, state, reported)
    if plan["pdf"]:
        state, pdf = steps.pdf(state)
        _report(progress, state, reported)
    docx: bytes | None = None
    if plan.get("docx"):
        state, docx = steps.docx(state)
        _report(progress, state, reported)
    answer = dict(state["answer"])
    answer["timings_ms"] = {**answer["timings_ms"], "total": round((time.perf_counter() - start) * 1000, 3)}
    result = AutofixResult.from_answer(answer)
    result.html, result.pdf, result.docx = html, pdf, docx
    return result


def _report(progress: Callable[[str, float], None] | None, state: dict[str, Any], reported: set[str]) -> None:
    """Tell ``progress`` about the steps whose timings appeared since the last call."""
    if progress is None:
        return
    for step, ms in state["answer"].get("timings_ms", {}).items():
        if step not in reported:
            reported.add(step)
            progress(step, float(ms))
