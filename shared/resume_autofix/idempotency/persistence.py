"""A Powertools Idempotency persistence layer on memcached (Powertools ships DynamoDB and Redis only).

memcached has the two atomic operations an idempotency record needs: ``add`` (store only if absent) to claim a
key, and ``gets``/``cas`` (compare-and-swap) to take over an orphan record — one whose in-progress expiry has
passed because its owner died — without two followers both winning.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
from typing import Any

from aws_lambda_powertools.utilities.idempotency.exceptions import (
    IdempotencyItemAlreadyExistsError,
    IdempotencyItemNotFoundError,
)
from aws_lambda_powertools.utilities.idempotency.persistence.base import BasePersistenceLayer
from aws_lambda_powertools.utilities.idempotency.persistence.datarecord import STATUS_CONSTANTS, DataRecord

from .client import IdempotencyClientLike
from .exceptions import IdempotencyStoreUnavailableError

logger = logging.getLogger(__name__)

INPROGRESS = STATUS_CONSTANTS["INPROGRESS"]
COMPLETED = STATUS_CONSTANTS["COMPLETED"]


def _now_ms() -> int:
    return int(dt.datetime.now().timestamp() * 1000)


class MemcachedPersistenceLayer(BasePersistenceLayer):
    """Idempotency records in memcached, one JSON value per key.

    Parameters
    ----------
    client
        a pymemcache client with ``ignore_exc=False`` (see ``client.memcached_client``).
    key_prefix
        memcached key prefix; the rest of the key is a SHA-256 of Powertools' idempotency key, so no user text and
        no length problem ever reaches memcached.
    """

    def __init__(self, client: IdempotencyClientLike, key_prefix: str = "idem:") -> None:
        self.client = client
        self.key_prefix = key_prefix
        super().__init__()

    # -- encoding ---------------------------------------------------------------------------------------------------
    def _mc_key(self, idempotency_key: str) -> str:
        return self.key_prefix + hashlib.sha256(idempotency_key.encode("utf-8")).hexdigest()

    @staticmethod
    def _encode(record: DataRecord) -> bytes:
        return json.dumps(
            {
                "status": record.status,
                "expiration": record.expiry_timestamp,
                "in_progress_expiration": record.in_progress_expiry_timestamp,
                "data": record.response_data,
                "validation": record.payload_hash,
            },
            separators=(",", ":"),
        ).encode("utf-8")

    @staticmethod
    def _decode(idempotency_key: str, raw: bytes) -> DataRecord:
        try:
            item = json.loads(raw)
            return DataRecord(
                idempotency_key=idempotency_key,
                status=item["status"],
                expiry_timestamp=item.get("expiration"),
                in_progress_expiry_timestamp=item.get("in_progress_expiration"),
                response_data=item.get("data") or "",
                payload_hash=item.get("validation") or "",
            )
        except (ValueError, KeyError, TypeError) as exc:
            raise IdempotencyStoreUnavailableError("An idempotency record in memcached is unreadable") from exc

    def _ttl(self, record: DataRecord) -> int:
        """Seconds until the record's expiry (memcached takes relative seconds under 30 days)."""
        if record.expiry_timestamp:
            return max(1, int(record.expiry_timestamp) - int(dt.datetime.now().timestamp()))
        return max(1, self.expires_after_seconds)

    # -- BasePersistenceLayer hooks ---------------------------------------------------------------------------------
    def _get_record(self, idempotency_key: str) -> DataRecord:
        raw = self.client.get(self._mc_key(idempotency_key))
        if raw is None:
            raise IdempotencyItemNotFoundError
        return self._decode(idempotency_key, raw)

    def _gets(self, key: str) -> tuple[bytes | None, Any]:
        res = self.client.gets(key)
        if not res:  # HashClient gives None (not a tuple) for a node in its retry window
            return None, None
        return res[0], res[1]

    def _put_record(self, data_record: DataRecord) -> None:
        """Claim the key with ``add``; if taken, raise "exists" unless the holder is an orphan, then ``cas`` it over."""
        if data_record.status != INPROGRESS:
            raise NotImplementedError("only in-progress records are put; completed ones are updated")
        key = self._mc_key(data_record.idempotency_key)
        value = self._encode(data_record)
        ttl = self._ttl(data_record)
        for _ in range(2):
            if self.client.add(key, value, expire=ttl, noreply=False):
                return
            raw, cas = self._gets(key)
            if raw is None:
                continue  # deleted in between (the owner failed), or an unreachable node answered "not stored"
            existing = self._decode(data_record.idempotency_key, raw)
            if existing.status == COMPLETED:
                raise IdempotencyItemAlreadyExistsError(old_data_record=existing)
            if existing.status == INPROGRESS and (
                existing.in_progress_expiry_timestamp is None or existing.in_progress_expiry_timestamp > _now_ms()
            ):
                raise IdempotencyItemAlreadyExistsError(old_data_record=existing)
            # An orphan: its owner's in-progress time ran out (it died or timed out), or the record expired.
            if self.client.cas(key, value, cas, expire=ttl, noreply=False):
                logger.info("took over an orphaned idempotency record")
                return
            raise IdempotencyItemAlreadyExistsError  # another follower took it over first
        raise IdempotencyStoreUnavailableError("memcached neither stored nor returned the idempotency record")

    def _update_record(self, data_record: DataRecord) -> None:
        """Store the COMPLETED record; if memcached refuses it (e.g. over the item limit), drop the in-progress one.

        Dropping it lets waiting duplicates claim the key and compute the answer themselves instead of waiting for
        the in-progress expiry.
        """
        key = self._mc_key(data_record.idempotency_key)
        try:
            stored = self.client.set(key, self._encode(data_record), expire=self._ttl(data_record), noreply=False)
        except Exception as exc:  # the answer exists; losing its record only costs a recomputation
            logger.warning("could not store the idempotency result: %r", exc)
            stored = False
        if not stored:
            self._safe_delete(key)

    def _delete_record(self, data_record: DataRecord) -> None:
        self._safe_delete(self._mc_key(data_record.idempotency_key))

    def _safe_delete(self, key: str) -> None:
        # Never mask the function's own exception (Powertools deletes while handling it): log, don't raise.
        try:
            self.client.delete(key, noreply=False)
        except Exception as exc:
            logger.warning("could not delete an idempotency record: %r", exc)
