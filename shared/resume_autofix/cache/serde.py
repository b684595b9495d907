"""Memcached serde without pickle: JSON-able values as orjson, bytes as they are.

pymemcache calls ``serialize(key, value) -> (bytes, flags)`` and ``deserialize(key, data, flags)``. Anything we
did not write (unknown flags, bytes that are not JSON) deserialises to ``GARBAGE`` — a miss, never an error.
"""

from __future__ import annotations

from typing import Any, NamedTuple

import orjson

from .exceptions import UncacheableValueError

FLAG_JSON = 0x10
FLAG_BYTES = 0x20
FLAG_PREDICTED = 0x40  # added to the value's own flag: computed on a guess and not used yet (see ``ledger``)
GARBAGE: Any = object()


class Predicted(NamedTuple):
    """A value a prediction stored: the first container that reads it counts the prediction's hit."""

    value: Any


class Encoded(NamedTuple):
    """A value already serialised (so its size can be checked before it is sent)."""

    data: bytes
    flags: int


def encode(value: Any) -> Encoded:
    if isinstance(value, Encoded):
        return value
    if isinstance(value, Predicted):
        inner = encode(value.value)
        return Encoded(inner.data, inner.flags | FLAG_PREDICTED)
    if isinstance(value, bytes | bytearray | memoryview):
        return Encoded(bytes(value), FLAG_BYTES)
    try:
        return Encoded(orjson.dumps(value), FLAG_JSON)
    except TypeError as exc:
        raise UncacheableValueError(f"cannot cache a {type(value).__name__}: {exc}") from exc


def decode(data: bytes, flags: int) -> Any:
    if flags & FLAG_PREDICTED:
        inner = decode(data, flags & ~FLAG_PREDICTED)
        return inner if inner is GARBAGE else Predicted(inner)
    if flags == 0:
        # memcached counters (incr/decr) are plain decimal ASCII with no flags
        return int(data) if data.isdigit() else GARBAGE
    if flags == FLAG_BYTES:
        return bytes(data)
    if flags == FLAG_JSON:
        try:
            return orjson.loads(data)
        except orjson.JSONDecodeError:
            return GARBAGE
    return GARBAGE


class JsonBytesSerde:
    """The pymemcache serde object (duck-typed: ``serialize`` / ``deserialize``)."""

    def serialize(self, _key: Any, value: Any) -> tuple[bytes, int]:
        encoded = encode(value)
        return encoded.data, encoded.flags

    def deserialize(self, _key: Any, data: bytes, flags: int) -> Any:
        return decode(data, flags)
