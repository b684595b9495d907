"""Fix types in parallel: the one stage loop, used by the local workflow, the state machine's actions and the seed API.

The plan comes from the fix types' declared dependencies (``fixes.plan_stages``: unknown ids and cycles are rejected
there with a 400); within a stage all AI fix types form one job, i.e. one combined AI call. Each stage's jobs run
concurrently on a ``BatchProcessor`` and are merged through ``fixes.merge`` before the next stage. The state
machine runs the same two pieces as Lambda actions: ``apply_job`` per Map iteration, ``merge_stage`` per Merge.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypedDict

from ..config import Settings, get_settings
from . import domain
from .domain import Stages
from .processor import BatchProcessor

if TYPE_CHECKING:
    from ..ai import AIProvider


class JobOutput(TypedDict):
    """What one fix job produced (the Apply action's output): its proposals, AI calls and time."""

    job: list[str]
    stage: int
    proposals: dict[str, list[dict[str, Any]]]
    ai_calls: int
    ms: float


@dataclass
class StageMerge:
    """One stage merged: the resume after it, what was applied or rejected, and the stage's timings."""

    stage: int
    resume: dict[str, Any]
    applied: list[dict[str, Any]]
    rejected: list[dict[str, Any]]
    ai_calls: int
    timings_ms: dict[str, float]


@dataclass
class ParallelFixResult:
    """The fixed resume and what each stage did."""

    resume: dict[str, Any]
    applied: list[dict[str, Any]] = field(default_factory=list)
    rejected: list[dict[str, Any]] = field(default_factory=list)
    stages: Stages = field(default_factory=list)
    ai_calls: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "resume": self.resume,
            "applied": self.applied,
            "rejected": self.rejected,
            "stages": self.stages,
            "ai_calls": self.ai_calls,
        }


def job_name(job: Sequence[str]) -> str:
    """A stable, readable name for a fix job (its fix ids joined by '+')."""
    return "+".join(job)


def _ms(start: float) -> float:
    return round((time.perf_counter() - start) * 1000, 3)


class ParallelFixProcessor:
    """Runs fix types stage by stage, the jobs of a stage concurrently on a ``BatchProcessor``.

    Parameters
    ----------
    processor
        bounds the concurrency (default: one sized from the settings).
    provider_factory
        builds an AI provider per job (default ``ai.get_provider(settings)``), so ``ai_calls`` is exact.
    """

    def __init__(
        self,
        processor: BatchProcessor | None = None,
        provider_factory: Callable[[], AIProvider] | None = None,
        settings: Settings | None = None,
    ) -> None:
        self._settings = settings
        self._processor = processor
        self._provider_factory = provider_factory

    @property
    def settings(self) -> Settings:
        return self._settings or get_settings()

    @property
    def processor(self) -> BatchProcessor:
        return self._processor or BatchProcessor.from_settings(self.settings)

    def new_provider(self) -> AIProvider:
        if self._provider_factory is not None:
            return self._provider_factory()
        return domain.get_provider(self.settings)

    # -- the two pieces (each a state machine action) ---------------------------------------------------------------
    def apply_job(
        self,
        job: Sequence[str],
        *,
        stage: int,
        resume: dict[str, Any],
        analysis: dict[str, Any],
        job_description: str | None,
    ) -> JobOutput:
        """Run one fix job (one provider call for an AI job) with a fresh provider whose calls it counts."""
        from ..ai import CountingProvider  # noqa: PLC0415 - the AI package loads on first use

        start = time.perf_counter()
        counted = CountingProvider(self.new_provider())
        proposals = domain.propose(list(job), resume, analysis, job_description, counted)
        return {"job": list(job), "stage": stage, "proposals": proposals, "ai_calls": counted.calls, "ms": _ms(start)}

    def merge_stage(self, resume: dict[str, Any], stage: int, outputs: Sequence[JobOutput]) -> StageMerge:
        """Apply a stage's proposals to ``resume`` through the guards (by fix id, so job order does not matter)."""
        timings: dict[str, float] = {}
        ai_calls = 0
        combined: dict[str, list[dict[str, Any]]] = {}
        for out in outputs:
            timings[f"apply:{stage}:{job_name(out['job'])}"] = out["ms"]
            ai_calls += int(out["ai_calls"])
            for fix_id, ops in out["proposals"].items():
                combined.setdefault(fix_id, []).extend(ops)
        start = time.perf_counter()
        result = domain.merge(resume, combined)
        timings[f"merge:{stage}"] = _ms(start)
        return StageMerge(stage, result.resume, list(result.applied), list(result.rejected), ai_calls, timings)

    # -- the loop ---------------------------------------------------------------------------------------------------
    def iter_stages(
        self,
        stages: Stages,
        *,
        resume: dict[str, Any],
        analysis: dict[str, Any],
        job_description: str | None,
    ) -> Iterator[StageMerge]:
        """Each stage's jobs in parallel, then its merge; yields every merged stage (the next starts from it).

        Raises
        ------
        BatchProcessingError
            a job failed; ``details`` names each failed job and ``errors`` holds their exceptions.
        """
        for number, jobs in enumerate(stages, 1):

            def run(job: list[str], number: int = number, current: dict[str, Any] = resume) -> JobOutput:
                return self.apply_job(
                    job, stage=number, resume=current, analysis=analysis, job_description=job_description
                )

            merged = self.merge_stage(resume, number, self.processor.process(jobs, run).values())
            resume = merged.resume
            yield merged

    def run(
        self, stages: Stages, *, resume: dict[str, Any], analysis: dict[str, Any], job_description: str | None
    ) -> ParallelFixResult:
        """Every stage in turn → the fixed resume, everything applied or rejected, and the AI calls made."""
        result = ParallelFixResult(resume=resume, stages=stages)
        for merged in self.iter_stages(stages, resume=resume, analysis=analysis, job_description=job_description):
            result.resume = merged.resume
            result.applied.extend(merged.applied)
            result.rejected.extend(merged.rejected)
            result.ai_calls += merged.ai_calls
        return result

    async def process_fixes_parallel(
        self,
        resume: dict[str, Any],
        fixes: Sequence[str] | None = None,
        *,
        analysis: dict[str, Any] | None = None,
        job_description: str | None = None,
    ) -> ParallelFixResult:
        """Apply ``fixes`` (default: ``fixes.DEFAULT_FIXES``) to ``resume`` (a JSON Resume dict).

        Raises
        ------
        FixPlanError
            unknown fix ids or a dependency cycle (400).
        BatchProcessingError
            a job failed; ``details`` names each failed job.
        """
        stages = domain.plan_stages(domain.default_fixes() if fixes is None else fixes)
        if analysis is None:
            analysis = domain.analyze(resume, job_description)
        return await asyncio.to_thread(
            self.run, stages, resume=resume, analysis=analysis, job_description=job_description
        )


parallel_fix_processor = ParallelFixProcessor()
"""The process-wide instance (settings and provider resolved on first use)."""


async def process_fixes_in_parallel(resume: dict[str, Any], fixes: Sequence[str] | None = None) -> ParallelFixResult:
    """``parallel_fix_processor.process_fixes_parallel`` as a module function (the seed's call style)."""
    return await parallel_fix_processor.process_fixes_parallel(resume, fixes)


def combine_fixes_for_single_ai_call(
    resume: dict[str, Any],
    issues: list[dict[str, Any]],
    recommendations: list[Any],
    *,
    fix_ids: Sequence[str] | None = None,
    job_description: str | None = None,
) -> dict[str, Any]:
    """One prompt for several AI fix types; the answer is split per fix type by ``fixes.split_answer``.

    ``fix_ids`` defaults to every AI fix type. Returns ``{"fix_types": [...], "prompt": ...}``.
    """
    from .. import fixes as fx  # noqa: PLC0415 - the domain core loads on first use

    ids = [f for f, t in fx.FIX_TYPES.items() if t.needs_ai] if fix_ids is None else list(fix_ids)
    unknown = [f for f in ids if f not in fx.FIX_TYPES or not fx.FIX_TYPES[f].needs_ai]
    if unknown:
        raise fx.FixPlanError(f"Not AI fix type(s): {', '.join(unknown)}", {"unknown": unknown})
    analysis = {"issues": list(issues), "recommendations": list(recommendations)}
    return {"fix_types": ids, "prompt": fx.build_prompt(ids, resume, analysis, job_description)}
