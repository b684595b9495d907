"""Run a function once per key across containers; duplicates wait for the first run's answer instead of a 409.

Powertools' ``IdempotencyHandler`` owns the record flow (claim, run, save or delete); this module adds what the
auto-fix route needs on top: a duplicate that finds the key in progress polls until the answer is stored (or
until the owner's in-progress time runs out, when it takes over), and with memcached down the function simply
runs without dedup.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any, TypeVar

import orjson
from aws_lambda_powertools.utilities.idempotency.base import IdempotencyHandler
from aws_lambda_powertools.utilities.idempotency.config import IdempotencyConfig
from aws_lambda_powertools.utilities.idempotency.exceptions import (
    IdempotencyAlreadyInProgressError,
    IdempotencyInconsistentStateError,
    IdempotencyPersistenceLayerError,
)

from ..config import Settings, get_settings
from ..exceptions import PayloadTooLargeError
from ..http.response import LAMBDA_ANSWER_LIMIT, answer_size
from .client import memcached_client
from .exceptions import DuplicateStillRunningError
from .persistence import MemcachedPersistenceLayer
from .version import key_version

logger = logging.getLogger(__name__)

T = TypeVar("T")


class _Deadline:
    """Stands in for a Lambda context: Powertools reads the in-progress expiry from it."""

    def __init__(self, remaining_ms: int) -> None:
        self._end = time.monotonic() + remaining_ms / 1000.0

    def get_remaining_time_in_millis(self) -> int:
        return max(0, int((self._end - time.monotonic()) * 1000))


class IdempotentRunner:
    """Deduplicates calls by key through a ``MemcachedPersistenceLayer``.

    Parameters
    ----------
    persistence
        the store; None runs every call (no memcached configured).
    expires_after_seconds
        how long a completed answer is served to duplicates (``IDEMPOTENCY_TTL``).
    in_progress_ms
        how long a run may hold its key when no Lambda context tells its remaining time; after that a duplicate
        takes the key over (the owner is presumed dead).
    poll_s, poll_max_s
        first and largest pause between a waiting duplicate's looks at the record.
    key_prefix
        names the deduplicated operation inside Powertools' key.
    version
        what the key carries besides ``key_data``: by default the code version and the cache generations, so a
        deploy or a cache clear is never answered from an older record.
    answer_limit
        the largest answer stored: a bigger one could not be sent (it becomes a 413), so it is never recorded.
    """

    def __init__(
        self,
        persistence: MemcachedPersistenceLayer | None,
        *,
        expires_after_seconds: int = 3600,
        in_progress_ms: int = 60_000,
        poll_s: float = 0.02,
        poll_max_s: float = 0.25,
        key_prefix: str = "autofix",
        version: Callable[[], Any] = key_version,
        answer_limit: int = LAMBDA_ANSWER_LIMIT,
    ) -> None:
        self.persistence = persistence
        self.expires_after_seconds = expires_after_seconds
        self.in_progress_ms = in_progress_ms
        self.poll_s = poll_s
        self.poll_max_s = poll_max_s
        self.key_prefix = key_prefix
        self.version = version
        self.answer_limit = answer_limit
        self._lock = threading.Lock()
        self.stats = {"ran": 0, "waited": 0, "served_stored": 0, "no_dedup": 0, "took_over": 0}

    @classmethod
    def from_settings(cls, settings: Settings | None = None, **kwargs: Any) -> IdempotentRunner:
        settings = settings or get_settings()
        client = memcached_client(settings)
        layer = MemcachedPersistenceLayer(client) if client is not None else None
        return cls(layer, expires_after_seconds=settings.idempotency_ttl, **kwargs)

    def key_payload(self, key_data: dict[str, Any]) -> dict[str, Any]:
        """What Powertools hashes into the record's key: the request's ``key_data`` and the version."""
        return {"request": key_data, "version": self.version()}

    def _check_size(self, value: Any) -> None:
        """A 413 (nothing stored) when ``value``, answered as JSON, would not fit in a Lambda answer."""
        body = orjson.dumps(value)
        if len(body) * 2 + 1024 <= self.answer_limit:  # escaping at most doubles ASCII JSON: no need to measure
            return
        size = answer_size({"statusCode": 200, "body": body.decode()})
        if size > self.answer_limit:
            raise PayloadTooLargeError(
                f"The answer would be {size} bytes; a Lambda answer holds at most {self.answer_limit}. Ask for "
                "less at once (fewer formats, or the PDF from POST /api/pdf on its own)",
                details={"size_bytes": size, "limit_bytes": self.answer_limit},
            )

    def _count(self, what: str) -> None:
        with self._lock:
            self.stats[what] += 1

    def run(self, key_data: dict[str, Any], fn: Callable[[], T], lambda_context: Any = None) -> T:
        """``fn()``'s answer, computed at most once at a time per ``key_data`` across every container.

        ``fn`` must return a JSON-able dict (it is stored for the duplicates). ``lambda_context`` (optional) bounds
        the in-progress time by the invocation's remaining time, as Powertools does.

        Raises
        ------
        DuplicateStillRunningError
            this duplicate waited its whole budget and the first run is still going.
        """
        if self.persistence is None:
            self._count("no_dedup")
            return fn()
        box: dict[str, Any] = {}

        def call() -> T:
            box["called"] = True
            value = fn()
            self._check_size(value)  # raising here makes Powertools delete the in-progress record
            box["value"] = value
            return value

        context: Any = lambda_context if lambda_context is not None else _Deadline(self.in_progress_ms)
        config = IdempotencyConfig(
            expires_after_seconds=self.expires_after_seconds, hash_function="sha256", lambda_context=context
        )
        handler = IdempotencyHandler(
            function=call,
            function_payload=self.key_payload(key_data),
            config=config,
            persistence_store=self.persistence,
            key_prefix=self.key_prefix,
            function_args=(),
            function_kwargs={},
        )
        budget_s = context.get_remaining_time_in_millis() / 1000.0 + 5 * self.poll_max_s
        deadline = time.monotonic() + budget_s
        delay = self.poll_s
        waited = False
        while True:
            try:
                value = handler.handle()
            except (IdempotencyAlreadyInProgressError, IdempotencyInconsistentStateError):
                if not waited:
                    waited = True
                    self._count("waited")
                if time.monotonic() >= deadline:
                    raise DuplicateStillRunningError(
                        "An identical request is still being processed; retry shortly",
                        details={"waited_s": round(budget_s, 3)},
                    ) from None
                time.sleep(delay)
                delay = min(delay * 1.5, self.poll_max_s)
                continue
            except IdempotencyPersistenceLayerError as exc:
                if "value" in box:  # it ran; only recording the answer failed
                    self._count("ran")
                    return box["value"]
                logger.warning("idempotency store unavailable, running without dedup: %s", exc)
                self._count("no_dedup")
                return fn()
            if "called" in box:
                self._count("took_over" if waited else "ran")
            else:
                self._count("served_stored")
            return value
