"""The local pipeline: the state machine's steps run in-process, each stage's jobs in parallel threads.

It runs the fix stages through ``batch.ParallelFixProcessor`` — the loop whose two pieces are the state machine's
Apply and Merge actions — and moves the state on with the same steps, so its answer equals the state machine's
(timings aside).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from ..batch import BatchProcessingError, BatchProcessor, ParallelFixProcessor
from ..config import Settings, get_settings
from . import steps
from .exceptions import StepFailedError
from .request import AutofixRequest, build_request
from .result import AutofixResult
from .state import State

if TYPE_CHECKING:
    from ..ai import AIProvider

Progress = Callable[[str, float], None]


def run_autofix(
    resume: Any,
    job_description: Any = None,
    *,
    fixes: Sequence[str] | None = None,
    template_id: str | None = None,
    formats: Sequence[str] = (),
    settings: Settings | None = None,
    provider_factory: Callable[[], AIProvider] | None = None,
    progress: Progress | None = None,
) -> AutofixResult:
    """Check the request, then ``run_request``: the Python API of the local pipeline.

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
    request = build_request(resume, job_description, fixes=fixes, template_id=template_id, formats=formats)
    return run_request(request, settings=settings, provider_factory=provider_factory, progress=progress)


def run_request(
    request: AutofixRequest,
    *,
    settings: Settings | None = None,
    provider_factory: Callable[[], AIProvider] | None = None,
    progress: Progress | None = None,
) -> AutofixResult:
    """Analyze → per stage: its jobs in parallel (≤ ``BATCH_MAX_WORKERS``) → merge → html/pdf when asked."""
    settings = settings or get_settings()
    start = time.perf_counter()
    report = _Reporter(progress)
    state = report(steps.analyze(request, max_concurrency=settings.batch_max_workers))
    plan = state["plan"]
    fixer = ParallelFixProcessor(
        BatchProcessor(plan["max_concurrency"], settings.batch_size, settings.batch_timeout),
        provider_factory,
        settings,
    )
    merged_stages = fixer.iter_stages(
        plan["stages"],
        resume=request.resume,
        analysis=state["answer"]["analysis_before"],
        job_description=request.job_text,
    )
    try:
        for merged in merged_stages:
            state = report(steps.advance(state, merged))
    except BatchProcessingError as exc:
        first = exc.errors[0] if exc.errors else exc
        raise StepFailedError.of(
            "Apply", type(first).__name__, getattr(first, "message", None) or str(first), exc.details
        ) from first
    html: str | None = None
    pdf: bytes | None = None
    if plan["html"]:
        state, html = steps.render(state)
        report(state)
    if plan["pdf"]:
        state, pdf = steps.pdf(state)
        report(state)
    answer = dict(state["answer"])
    answer["timings_ms"] = {**state["answer"]["timings_ms"], "total": round((time.perf_counter() - start) * 1000, 3)}
    result = AutofixResult.from_answer(answer)
    result.html, result.pdf = html, pdf
    return result


class _Reporter:
    """Tells ``progress`` about the steps whose timings appeared since the last call."""

    def __init__(self, progress: Progress | None) -> None:
        self._progress = progress
        self._reported: set[str] = set()

    def __call__(self, state: State) -> State:
        if self._progress is not None:
            for step, ms in state["answer"]["timings_ms"].items():
                if step not in self._reported:
                    self._reported.add(step)
                    self._progress(step, float(ms))
        return state
