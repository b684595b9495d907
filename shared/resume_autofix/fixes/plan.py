"""Stages of fix jobs: dependencies first; within a stage all AI fix types share one job (one AI call)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from .base import FixType
from .exceptions import FixPlanError
from .registry import FIX_TYPES


def plan_stages(fix_ids: Sequence[str], types: Mapping[str, FixType] = FIX_TYPES) -> list[list[list[str]]]:
    """``["formatting", "spelling", "dates"]`` → ``[[["spelling"], ["dates"]], [["formatting"]]]``.

    Dependencies on fix types that were not requested are ignored (they simply do not run). Order inside a
    stage is deterministic: the AI job first, then the rule jobs in id order.

    Raises
    ------
    FixPlanError
        for an unknown id (naming the valid ones) or a dependency cycle.
    """
    wanted = list(dict.fromkeys(fix_ids))
    unknown = [f for f in wanted if f not in types]
    if unknown:
        raise FixPlanError(
            f"Unknown fix type(s): {', '.join(map(str, unknown))}; valid: {', '.join(sorted(types))}",
            {"unknown": unknown, "valid": sorted(types)},
        )
    remaining = set(wanted)
    done: set[str] = set()
    stages: list[list[list[str]]] = []
    while remaining:
        ready = sorted(f for f in remaining if all(d in done or d not in wanted for d in types[f].depends_on))
        if not ready:
            raise FixPlanError(
                f"Fix types depend on each other in a cycle: {', '.join(sorted(remaining))}",
                {"cycle": sorted(remaining)},
            )
        ai = [f for f in wanted if f in ready and types[f].needs_ai]
        rules = [[f] for f in ready if not types[f].needs_ai]
        stages.append(([ai] if ai else []) + rules)
        done.update(ready)
        remaining.difference_update(ready)
    return stages
