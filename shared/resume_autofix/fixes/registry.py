"""Every fix type by id, and the default set."""

from __future__ import annotations

from . import action_verbs, dates, formatting, keywords, spelling
from .base import FixType

FIX_TYPES: dict[str, FixType] = {m.FIX.id: m.FIX for m in (spelling, action_verbs, keywords, dates, formatting)}
DEFAULT_FIXES: tuple[str, ...] = ("spelling", "action_verbs", "keywords", "dates", "formatting")
