"""How many bytes a cached value holds: the ``getsizeof`` that bounds tier 1 by memory, not only by entries.

An entry count alone lets 100 small analyses and 100 analyses of 200 KB fields weigh the same; what a Lambda
runs out of is memory. The estimate walks the value once (iteratively: no recursion on deep values) and stops as
soon as it passes ``limit``, so sizing a value too big to keep costs no more than the limit's worth of walking.
"""

from __future__ import annotations

import sys
from typing import Any

_ATOMS = (str, bytes, bytearray, int, float, bool, type(None), memoryview)


def sizeof(value: Any, limit: int | None = None) -> int:
    """Approximate bytes held by ``value`` and what it refers to (each object counted once).

    ``sys.getsizeof`` of every str/bytes/number, dict, list, tuple, set, and of the ``__dict__``/``__slots__``
    of other objects (dataclasses, the render and PDF results). Past ``limit`` the walk stops and returns what it
    has counted (already more than the limit).
    """
    total = 0
    seen: set[int] = set()
    stack = [value]
    while stack:
        obj = stack.pop()
        if id(obj) in seen:
            continue
        seen.add(id(obj))
        total += sys.getsizeof(obj)
        if limit is not None and total > limit:
            return total
        if isinstance(obj, _ATOMS):
            continue
        if isinstance(obj, dict):
            stack.extend(obj.keys())
            stack.extend(obj.values())
        elif isinstance(obj, list | tuple | set | frozenset):
            stack.extend(obj)
        else:
            stack.extend(_attributes(obj))
    return total


def _attributes(obj: Any) -> list[Any]:
    found: list[Any] = []
    attrs = getattr(obj, "__dict__", None)
    if isinstance(attrs, dict):
        found.extend(attrs.values())
    for cls in type(obj).__mro__:
        slots = getattr(cls, "__slots__", ())
        names = (slots,) if isinstance(slots, str) else slots
        found.extend(getattr(obj, n) for n in names if isinstance(n, str) and hasattr(obj, n))
    return found
