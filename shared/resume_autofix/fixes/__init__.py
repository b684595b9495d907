"""Fix types proposing JSON-Patch operations, their plan (stages of jobs), and the guarded merge."""

from __future__ import annotations

from .base import FixType
from .exceptions import FixPlanError
from .merge import PROTECTED_KEYS, MergeResult, merge
from .plan import plan_stages
from .prompt import build_prompt, split_answer
from .propose import propose
from .registry import DEFAULT_FIXES, FIX_RULES, FIX_TYPES

__all__ = [
    "DEFAULT_FIXES",
    "FIX_RULES",
    "FIX_TYPES",
    "PROTECTED_KEYS",
    "FixPlanError",
    "FixType",
    "MergeResult",
    "build_prompt",
    "merge",
    "plan_stages",
    "propose",
    "split_answer",
]
