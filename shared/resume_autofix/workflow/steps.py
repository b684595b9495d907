"""The workflow's steps on a JSON-able state: the very functions behind the fix Lambda's task actions.

State (what travels between Step Functions states; kept small — html/pdf travel as cache references)::

    {"plan":   {"stages": [[[fix ids of a job], ...], ...],   # remaining stages; [0] is the next one
                "stage": 1, "max_concurrency": 5, "job_description": ..., "template_id": ..., "html": b, "pdf": b},
     "answer": {"status": "success", "analysis_before", "analysis_after"?, "resume", "applied", "rejected",
                "ai_calls", "timings_ms"},
     "proposals": [apply outputs of the current stage]}        # only between ApplyStage and Merge
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from contextlib import contextmanager
from typing import Any

from ..resume import load_job_description, load_resume
from . import domain
from .exceptions import InvalidAutofixRequestError
from .outputs import render_docx, render_html, render_pdf
from .request import build_request


def _ms(start: float) -> float:
    return round((time.perf_counter() - start) * 1000, 3)


@contextmanager
def _timed(timings: dict[str, float], name: str) -> Any:
    start = time.perf_counter()
    yield
    timings[name] = _ms(start)


def job_name(job: Sequence[str]) -> str:
    """A stable, readable name for a fix job (its fix ids joined by '+')."""
    return "+".join(job)


def _analysis_dict(resume: dict[str, Any], job_description: Any) -> dict[str, Any]:
    jd = load_job_description(job_description) if job_description is not None else None
    return domain.analyze(load_resume(resume), jd)


def _jd_text(job_description: Any) -> str | None:
    return None if job_description is None else load_job_description(job_description).text


def analyze(request: Any, *, max_concurrency: int) -> dict[str, Any]:
    """Analyze the input resume and plan the fix stages → the initial state."""
    if not isinstance(request, dict):
        raise InvalidAutofixRequestError("The workflow input must be an auto-fix request object")
    timings: dict[str, float] = {}
    with _timed(timings, "analyze"):
        req = build_request(
            request.get("resume"),
            request.get("job_description"),
            fixes=request.get("fixes"),
            template_id=request.get("template_id"),
            formats=request.get("formats") or (),
        )
        stages = domain.plan_stages(req.fixes)
        analysis = _analysis_dict(req.resume, req.job_description)
    answer: dict[str, Any] = {
        "status": "success",
        "analysis_before": analysis,
        "resume": req.resume,
        "applied": [],
        "rejected": [],
        "ai_calls": 0,
        "timings_ms": timings,
    }
    if not stages:
        answer["analysis_after"] = analysis
    return {
        "plan": {
            "stages": stages,
            "stage": 1,
            "max_concurrency": max(1, int(max_concurrency)),
            "job_description": req.job_description,
            "template_id": req.template_id,
            "html": "html" in req.formats,
            "pdf": "pdf" in req.formats,
            "docx": "docx" in req.formats,
        },
        "answer": answer,
    }


def apply(
    job: Sequence[str],
    *,
    stage: int,
    resume: dict[str, Any],
    analysis: dict[str, Any],
    job_description: Any,
    provider: Any,
) -> dict[str, Any]:
    """Run one fix job (one provider call for an AI job) → ``{"job", "stage", "proposals", "ai_calls", "ms"}``."""
    from ..ai.counting import CountingProvider  # noqa: PLC0415 — the AI package loads on first use

    start = time.perf_counter()
    counted = CountingProvider(provider)
    proposals = domain.propose(list(job), resume, analysis, _jd_text(job_description), counted)
    return {
        "job": list(job),
        "stage": stage,
        "proposals": proposals,
        "ai_calls": counted.calls,
        "ms": _ms(start),
    }


def merge(state: dict[str, Any]) -> dict[str, Any]:
    """Apply the current stage's proposals through the guards, pop the stage; analyze again after the last one."""
    plan, answer = dict(state["plan"]), dict(state["answer"])
    outputs: list[dict[str, Any]] = list(state.get("proposals") or [])
    timings = dict(answer["timings_ms"])
    stage = int(plan["stage"])
    combined: dict[str, list[dict[str, Any]]] = {}
    for out in outputs:
        timings[f"apply:{stage}:{job_name(out['job'])}"] = out["ms"]
        answer["ai_calls"] = int(answer["ai_calls"]) + int(out["ai_calls"])
        for fix_id, ops in out["proposals"].items():
            combined.setdefault(fix_id, []).extend(ops)
    with _timed(timings, f"merge:{stage}"):
        result = domain.merge(answer["resume"], combined)
    answer["resume"] = result.resume
    answer["applied"] = [*answer["applied"], *result.applied]
    answer["rejected"] = [*answer["rejected"], *result.rejected]
    plan["stages"] = plan["stages"][1:]
    plan["stage"] = stage + 1
    if not plan["stages"]:
        with _timed(timings, "analyze_after"):
            answer["analysis_after"] = _analysis_dict(answer["resume"], plan["job_description"])
    answer["timings_ms"] = timings
    return {"plan": plan, "answer": answer}


def _output_step(state: dict[str, Any], name: str, produce: Callable[[dict[str, Any], str | None], Any]) -> Any:
    timings = dict(state["answer"]["timings_ms"])
    with _timed(timings, name):
        value = produce(state["answer"]["resume"], state["plan"]["template_id"])
    new_state = {"plan": state["plan"], "answer": {**state["answer"], "timings_ms": timings}}
    return new_state, value


def render(state: dict[str, Any]) -> tuple[dict[str, Any], str]:
    """The fixed resume as HTML (the state comes back with the step's timing; the html separately)."""
    return _output_step(state, "render", render_html)


def pdf(state: dict[str, Any]) -> tuple[dict[str, Any], bytes]:
    """The fixed resume as PDF bytes (the state comes back with the step's timing; the bytes separately)."""
    return _output_step(state, "pdf", render_pdf)


def docx(state: dict[str, Any]) -> tuple[dict[str, Any], bytes]:
    """The fixed resume as DOCX bytes (the state comes back with the step's timing; the bytes separately)."""
    return _output_step(state, "docx", render_docx)
