"""The domain core's calls the fix stages make, in one place.

The stage loop orchestrates; the domain core (``fixes``, ``analysis``, ``ai``) decides. Importing it here, on first
use, keeps that seam in one module: tests swap these functions for fakes to check the orchestration alone, and
the fix Lambda's API routes do not pay for the AI package at cold start.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..ai import AIProvider
    from ..fixes import MergeResult

# ruff: noqa: PLC0415 - the imports below are deliberately lazy (see the module docstring)

Doc = dict[str, Any]
Ops = dict[str, list[dict[str, Any]]]
Stages = list[list[list[str]]]
"""Stages of fix jobs: ``[[["spelling", "action_verbs"], ["dates"]], [["formatting"]]]``."""


def default_fixes() -> tuple[str, ...]:
    from ..fixes import DEFAULT_FIXES

    return tuple(DEFAULT_FIXES)


def plan_stages(fix_ids: Sequence[str]) -> Stages:
    from ..fixes import plan_stages as plan

    return [[list(job) for job in stage] for stage in plan(fix_ids)]


def propose(job: Sequence[str], resume: Doc, analysis: Doc, job_description: str | None, provider: AIProvider) -> Ops:
    from ..fixes import propose as run

    return run(job, resume, analysis, job_description, provider)


def merge(resume: Doc, proposals: Ops) -> MergeResult:
    from ..fixes import merge as run

    return run(resume, proposals)


def analyze(resume: Any, job_description: Any = None) -> Doc:
    from ..analysis import analyze as run

    return run(resume, job_description).to_dict()


def get_provider(settings: Any) -> AIProvider:
    from ..ai import get_provider as get
    from ..fixes import FIX_RULES

    return get(settings, rules=FIX_RULES)
