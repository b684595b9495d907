"""The seed's ``cached`` decorator and ``invalidate_cache`` (the Lambda boundary lives in ``http.edge``)."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

from .keys import make_key
from .manager import cache_manager

F = TypeVar("F", bound=Callable[..., Any])


def _key(prefix: str, args: tuple[Any, ...], kwargs: dict[str, Any]) -> str:
    return make_key(prefix, *args, kwargs) if kwargs else make_key(prefix, *args)


def cached(cache_type: str = "general", key_prefix: str | None = None, ttl: float | None = None) -> Callable[[F], F]:
    """Cache a function's JSON-able result in a typed cache.

    The key is ``key_prefix`` + SHA-256 of the canonical JSON of the arguments, so argument order inside dicts and
    the unicode normal form of strings do not matter, and no argument text reaches the key. Concurrent callers with
    the same arguments share one run. A ``None`` result is not cached.
    """

    def decorate(fn: F) -> F:
        prefix = key_prefix or f"{fn.__module__}.{fn.__qualname__}"

        @functools.wraps(fn)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            cache = cache_manager.get_cache(cache_type)
            return cache.get_or_load(_key(prefix, args, kwargs), lambda: fn(*args, **kwargs), ttl)

        wrapper.cache_key = lambda *a, **kw: _key(prefix, a, kw)  # type: ignore[attr-defined]
        return wrapper  # type: ignore[return-value]

    return decorate


def invalidate_cache(cache_type: str, prefix: str, *parts: Any) -> None:
    """Remove from both tiers the entry that ``@cached(cache_type, prefix)`` stored for ``fn(*parts)``."""
    cache_manager.get_cache(cache_type).delete(make_key(prefix, *parts))
