"""Fix types in parallel: each stage's jobs run concurrently, merged through ``fixes.merge`` between stages.

The plan comes from the fix types' declared dependencies (``fixes.plan_stages``: unknown ids and cycles are
rejected there with a 400); within a stage all AI fix types form one job, i.e. one combined AI call.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..config import Settings, get_settings
from .processor import BatchProcessor

# ruff: noqa: PLC0415 - the domain core is imported on first use (it pulls in the AI package)


@dataclass
class ParallelFixResult:
    """The fixed resume and what each stage did."""

    resume: dict[str, Any]
    applied: list[dict[str, Any]] = field(default_factory=list)
    rejected: list[dict[str, Any]] = field(default_factory=list)
    stages: list[list[list[str]]] = field(default_factory=list)
    ai_calls: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "resume": self.resume,
            "applied": self.applied,
            "rejected": self.rejected,
            "stages": self.stages,
            "ai_calls": self.ai_calls,
        }


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
        provider_factory: Callable[[], Any] | None = None,
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

    def _provider(self) -> Any:
        if self._provider_factory is not None:
            return self._provider_factory()
        from ..ai import get_provider

        return get_provider(self.settings)

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
        from .. import fixes as fx
        from ..analysis import analyze
        from ..resume import load_resume

        fix_ids = list(fx.DEFAULT_FIXES if fixes is None else fixes)
        stages = [[list(job) for job in stage] for stage in fx.plan_stages(fix_ids)]
        if analysis is None:
            analysis = analyze(load_resume(resume), job_description).to_dict()
        result = ParallelFixResult(resume=resume, stages=stages)
        for stage in stages:
            current = result.resume

            def run(job: list[str], current: dict[str, Any] = current) -> tuple[dict[str, Any], int]:
                from ..ai.counting import CountingProvider

                provider = CountingProvider(self._provider())
                proposals = fx.propose(job, current, analysis, job_description, provider)
                return proposals, provider.calls

            outcome = await self.processor.process_in_batches(items=stage, processor=run)
            combined: dict[str, list[dict[str, Any]]] = {}
            for proposals, calls in outcome.values():  # raises BatchProcessingError naming failed jobs
                result.ai_calls += calls
                for fix_id, ops in proposals.items():
                    combined.setdefault(fix_id, []).extend(ops)
            merged = fx.merge(current, combined)
            result.resume = merged.resume
            result.applied.extend(merged.applied)
            result.rejected.extend(merged.rejected)
        return result


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
    """One prompt for several AI fix types; the answer is split per fix type by ``ai.combine.split_answer``.

    ``fix_ids`` defaults to every AI fix type. Returns ``{"fix_types": [...], "prompt": ...}``.
    """
    from .. import fixes as fx
    from ..ai.combine import build_prompt

    ids = [f for f, t in fx.FIX_TYPES.items() if t.needs_ai] if fix_ids is None else list(fix_ids)
    unknown = [f for f in ids if f not in fx.FIX_TYPES or not fx.FIX_TYPES[f].needs_ai]
    if unknown:
        raise fx.FixPlanError(f"Not AI fix type(s): {', '.join(unknown)}", {"unknown": unknown})
    analysis = {"issues": list(issues), "recommendations": list(recommendations)}
    return {"fix_types": ids, "prompt": build_prompt(ids, resume, analysis, job_description)}
