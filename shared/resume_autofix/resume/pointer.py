"""JSON Pointer (RFC 6901) helpers: every issue and patch names its field this way; and a JSON document's copy."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any


def escape(token: str | int) -> str:
    """One reference token, escaped (``~`` → ``~0``, ``/`` → ``~1``)."""
    return str(token).replace("~", "~0").replace("/", "~1")


def unescape(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~")


def to_pointer(parts: Iterable[str | int]) -> str:
    """``("work", 0, "name")`` → ``"/work/0/name"``; ``()`` → ``""`` (the whole document)."""
    return "".join("/" + escape(p) for p in parts)


def split(pointer: str) -> list[str]:
    """``"/work/0/name"`` → ``["work", "0", "name"]``."""
    if pointer == "":
        return []
    if not pointer.startswith("/"):
        raise ValueError(f"a JSON Pointer starts with '/': {pointer!r}")
    return [unescape(t) for t in pointer[1:].split("/")]


_MISSING = object()


def resolve(doc: Any, pointer: str, default: Any = _MISSING) -> Any:
    """The value at ``pointer`` in ``doc``; ``default`` (or KeyError) when the path does not exist."""
    node = doc
    for token in split(pointer):
        if isinstance(node, dict) and token in node:
            node = node[token]
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node) and str(int(token)) == token:
            node = node[int(token)]
        else:
            if default is _MISSING:
                raise KeyError(pointer)
            return default
    return node


def exists(doc: Any, pointer: str) -> bool:
    sentinel = object()
    return resolve(doc, pointer, sentinel) is not sentinel


def assign(doc: Any, pointer: str, value: Any) -> None:
    """Set the value at ``pointer`` in place (a final ``-`` appends to a list); the parents must exist."""
    parts = split(pointer)
    node = doc
    for token in parts[:-1]:
        node = node[int(token)] if isinstance(node, list) else node[token]
    if isinstance(node, list):
        if parts[-1] == "-":
            node.append(value)
        else:
            node[int(parts[-1])] = value
    else:
        node[parts[-1]] = value


def deep_copy(value: Any) -> Any:
    """A JSON value copied: much faster than ``copy.deepcopy``, and it drops any aliasing. (Here, beside the
    pointers, not in ``model``: the AI's local provider copies documents without loading pydantic.)"""
    if isinstance(value, dict):
        return {k: deep_copy(v) for k, v in value.items()}
    if isinstance(value, list):
        return [deep_copy(v) for v in value]
    return value
