"""Errors of the cache package. Memcached faults never surface as these: they count as misses."""

from __future__ import annotations

from ..exceptions import AutofixError, InvalidInputError


class UnknownCacheTypeError(InvalidInputError):
    """A cache type that is not one of the five typed caches (a 400 naming the valid ones)."""

    def __init__(self, cache_type: str, valid: tuple[str, ...]) -> None:
        super().__init__(
            f"Unknown cache_type {cache_type!r}; use one of: {', '.join(valid)}",
            details={"valid_cache_types": list(valid)},
        )


class UncacheableValueError(AutofixError):
    """A value that is neither JSON-able nor bytes (a programming error, not a user one)."""
