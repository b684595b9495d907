"""The workflow's state: what travels between Step Functions states (and between the local runner's steps).

Kept small: html/pdf travel as cache references. The ASL (``statemachine/autofix.asl.json``) reads
``$.plan.stages[0]``, ``$.plan.stage``, ``$.plan.job_description``, ``$.plan.max_concurrency``, ``$.plan.html``,
``$.plan.pdf``, ``$.answer.resume`` and ``$.answer.analysis_before``, and passes ``$.proposals`` to Merge.
"""

from __future__ import annotations

from typing import Any, NotRequired, TypedDict

from ..batch import JobOutput


class Plan(TypedDict):
    """What is left to do: the remaining stages (``[0]`` is next) and the outputs asked for."""

    stages: list[list[list[str]]]
    stage: int
    max_concurrency: int
    job_description: str | dict[str, Any] | None
    template_id: str | None
    html: bool
    pdf: bool


class Answer(TypedDict):
    """The POST /api/autofix answer as it grows (``html_ref`` / ``pdf_ref`` are resolved at the edge)."""

    status: str
    analysis_before: dict[str, Any]
    analysis_after: NotRequired[dict[str, Any]]
    resume: dict[str, Any]
    applied: list[dict[str, Any]]
    rejected: list[dict[str, Any]]
    ai_calls: int
    timings_ms: dict[str, float]
    html_ref: NotRequired[str]
    pdf_ref: NotRequired[str]


class State(TypedDict):
    """The whole state; ``proposals`` (the current stage's job outputs) only between ApplyStage and Merge."""

    plan: Plan
    answer: Answer
    proposals: NotRequired[list[JobOutput]]
