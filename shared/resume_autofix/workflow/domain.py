"""The domain core's calls the workflow makes, in one place.

The workflow orchestrates; the domain core (``fixes``, ``analysis``, ``ai``) decides. Importing it here, on first
use, keeps that seam in one module: tests swap these functions for fakes to check the orchestration alone, and
the fix Lambda's API routes do not pay for the AI package at cold start.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

# ruff: noqa: PLC0415 - the imports below are deliberately lazy (see the module docstring)


def default_fixes() -> tuple[str, ...]:
    from ..fixes import DEFAULT_FIXES

    return tuple(DEFAULT_FIXES)


def plan_stages(fix_ids: Sequence[str]) -> list[list[list[str]]]:
    from ..fixes import plan_stages as plan

    return [[list(job) for job in stage] for stage in plan(fix_ids)]


def propose(
    job: Sequence[str], resume: dict[str, Any], analysis: dict[str, Any], job_description: str | None, provider: Any
) -> dict[str, list[dict[str, Any]]]:
    from ..fixes import propose as run

    out: dict[str, list[dict[str, Any]]] = run(job, resume, analysis, job_description, provider)
    return out


def merge(resume: dict[str, Any], proposals: dict[str, list[dict[str, Any]]]) -> Any:
    from ..fixes import merge as run

    return run(resume, proposals)


def analyze(resume: Any, job_description: Any = None) -> dict[str, Any]:
    from ..analysis import analyze as run

    out: dict[str, Any] = run(resume, job_description).to_dict()
    return out


def get_provider(settings: Any) -> Any:
    from ..ai import get_provider as get

    return get(settings)
