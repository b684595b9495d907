"""Every fix type by id, their offline rules by id (for the local provider), and the default set."""

from __future__ import annotations

from . import action_verbs, dates, formatting, keywords, spelling
from .base import FixType, RuleFn

FIX_TYPES: dict[str, FixType] = {m.FIX.id: m.FIX for m in (spelling, action_verbs, keywords, dates, formatting)}
DEFAULT_FIXES: tuple[str, ...] = ("spelling", "action_verbs", "keywords", "dates", "formatting")
FIX_RULES: dict[str, RuleFn] = {fix_id: t.rules for fix_id, t in FIX_TYPES.items() if t.rules is not None}
