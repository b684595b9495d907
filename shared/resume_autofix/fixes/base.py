"""What a fix type is, and the edit → JSON-Patch conversion every fix type shares.

An *edit* is ``{"path", "old", "new", "reason"}`` (what a provider answers); a fix type checks each edit and
turns the good ones into JSON-Patch ``test`` + ``replace`` (or ``add``) operations. Only ``fixes.merge`` applies
them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from resume_autofix.resume.pointer import resolve

Edit = dict[str, Any]
RuleFn = Callable[[dict[str, Any], dict[str, Any], str | None], list[Edit]]
CheckFn = Callable[[Edit, dict[str, Any], dict[str, Any]], str | None]


@dataclass(frozen=True)
class FixType:
    """One kind of fix.

    ``allowed_paths`` are regular expressions over JSON Pointers; ``rules`` proposes edits offline (the local
    provider runs it); ``check`` returns why an edit (from any provider) is not acceptable, or ``None``.
    """

    id: str
    description: str
    depends_on: tuple[str, ...] = ()
    needs_ai: bool = False
    allowed_paths: tuple[str, ...] = ()
    rules: RuleFn | None = field(default=None, compare=False, repr=False)
    check: CheckFn | None = field(default=None, compare=False, repr=False)

    def allows(self, path: str) -> bool:
        return any(re.fullmatch(p, path) for p in self.allowed_paths)


PROSE_PATHS = (
    r"/basics/summary",
    r"/(work|volunteer|projects)/\d+/highlights/\d+",
    r"/(work|volunteer|projects|awards|publications)/\d+/(summary|description)",
)
BULLET_PATHS = (r"/(work|volunteer|projects)/\d+/highlights/\d+",)


def edits_to_ops(edits: list[Edit], resume: dict[str, Any]) -> list[dict[str, Any]]:
    """Edits → ``[test, replace]`` pairs (or a single ``add`` for appends), skipping no-ops and stale edits."""
    ops: list[dict[str, Any]] = []
    for edit in edits:
        path, new = edit.get("path"), edit.get("new")
        if not isinstance(path, str) or not isinstance(new, str):
            continue
        if path.endswith("/-"):
            ops.append({"op": "add", "path": path, "value": new})
            continue
        old = resolve(resume, path, None)
        if old == new or not isinstance(old, str):
            continue
        ops.append({"op": "test", "path": path, "value": old})
        ops.append({"op": "replace", "path": path, "value": new})
    return ops


def issues_of(analysis: dict[str, Any], *types: str) -> list[dict[str, Any]]:
    return [i for i in analysis.get("issues", []) if i.get("type") in types]
