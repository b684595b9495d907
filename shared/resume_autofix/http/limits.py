"""How deep a request body may nest: checked once at the edge, without recursion.

orjson parses up to 1024 levels, but the code after it (the resume loader's copies, canonical hashing, JSON
encoders) recurses once or twice per level, so a body nested a few hundred levels deep would end in a
``RecursionError`` (a 500). A resume, a job document and the request around them need fewer than ten levels.
"""

from __future__ import annotations

from typing import Any

from ..exceptions import InvalidInputError

MAX_DEPTH = 32


def check_depth(value: Any, limit: int = MAX_DEPTH) -> None:
    """Raise a 400 naming where ``value`` nests deeper than ``limit`` arrays/objects (iterative, any size)."""
    stack: list[tuple[Any, int, str]] = [(value, 1, "")]
    while stack:
        node, depth, path = stack.pop()
        if depth > limit:
            raise InvalidInputError(
                f"The body nests more than {limit} levels deep (at {path[:200] or '/'}); "
                "a resume needs far fewer: flatten that value",
                details={"path": path[:200], "limit": limit},
            )
        items = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
        for key, child in items:
            if isinstance(child, dict | list):
                stack.append((child, depth + 1, f"{path}/{_escape(str(key))}"))


def _escape(key: str) -> str:
    # JSON Pointer (RFC 6901) escaping, so the path reads like the loader's error paths.
    return key[:40].replace("~", "~0").replace("/", "~1")
