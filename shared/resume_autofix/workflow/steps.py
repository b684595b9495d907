"""The workflow's steps on a typed, JSON-able ``State``: the very functions behind the fix Lambda's task actions.

The fix stages themselves (apply a job, merge a stage) are ``batch.ParallelFixProcessor``'s; a step here only
moves the state on: ``analyze`` starts it from a request, ``advance`` takes in a merged stage (and analyses the
result after the last one), ``render`` / ``pdf`` produce the outputs.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

from ..batch import ParallelFixProcessor, StageMerge
from ..batch import domain as fix_domain
from ..resume import load_job_description, load_resume
from .outputs import render_html, render_pdf
from .request import AutofixRequest
from .state import Answer, State

V = TypeVar("V")


@contextmanager
def _timed(timings: dict[str, float], name: str) -> Iterator[None]:
    start = time.perf_counter()
    yield
    timings[name] = round((time.perf_counter() - start) * 1000, 3)


def job_text(job_description: str | dict[str, Any] | None) -> str | None:
    """The text the fix types read from a (raw) job description."""
    return None if job_description is None else load_job_description(job_description).text


def analyze(request: AutofixRequest, *, max_concurrency: int) -> State:
    """Analyze the request's resume (loaded once, in the request) → the initial state with the request's plan."""
    timings: dict[str, float] = {}
    with _timed(timings, "analyze"):
        analysis = fix_domain.analyze(request.model or load_resume(request.resume), request.job)
    answer: Answer = {
        "status": "success",
        "analysis_before": analysis,
        "resume": request.resume,
        "applied": [],
        "rejected": [],
        "ai_calls": 0,
        "timings_ms": timings,
    }
    if not request.stages:
        answer["analysis_after"] = analysis
    return {
        "plan": {
            "stages": request.stages,
            "stage": 1,
            "max_concurrency": max(1, int(max_concurrency)),
            "job_description": request.job_description,
            "template_id": request.template_id,
            "html": "html" in request.formats,
            "pdf": "pdf" in request.formats,
        },
        "answer": answer,
    }


def advance(state: State, merged: StageMerge) -> State:
    """Take in the current stage's merge, pop the stage; analyze the fixed resume after the last one."""
    plan, answer = state["plan"].copy(), state["answer"].copy()
    timings = {**answer["timings_ms"], **merged.timings_ms}
    answer["resume"] = merged.resume
    answer["applied"] = [*answer["applied"], *merged.applied]
    answer["rejected"] = [*answer["rejected"], *merged.rejected]
    answer["ai_calls"] = int(answer["ai_calls"]) + merged.ai_calls
    plan["stages"] = plan["stages"][1:]
    plan["stage"] = int(plan["stage"]) + 1
    if not plan["stages"]:
        with _timed(timings, "analyze_after"):
            jd = plan["job_description"]
            answer["analysis_after"] = fix_domain.analyze(
                load_resume(answer["resume"]), load_job_description(jd) if jd is not None else None
            )
    answer["timings_ms"] = timings
    return {"plan": plan, "answer": answer}


def merge(state: State, fixer: ParallelFixProcessor) -> State:
    """The Merge action: the current stage's job outputs (``state["proposals"]``) merged, and the state moved on."""
    stage = int(state["plan"]["stage"])
    merged = fixer.merge_stage(state["answer"]["resume"], stage, state.get("proposals") or [])
    return advance(state, merged)


def _output_step(state: State, name: str, produce: Callable[[dict[str, Any], str | None], V]) -> tuple[State, V]:
    timings = dict(state["answer"]["timings_ms"])
    with _timed(timings, name):
        value = produce(state["answer"]["resume"], state["plan"]["template_id"])
    return {"plan": state["plan"], "answer": {**state["answer"], "timings_ms": timings}}, value


def render(state: State) -> tuple[State, str]:
    """The fixed resume as HTML (the state comes back with the step's timing; the html separately)."""
    return _output_step(state, "render", render_html)


def pdf(state: State) -> tuple[State, bytes]:
    """The fixed resume as PDF bytes (the state comes back with the step's timing; the bytes separately)."""
    return _output_step(state, "pdf", render_pdf)
