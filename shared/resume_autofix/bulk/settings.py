"""The bulk runs' settings, read from the environment once per cold start (only the bulk Lambdas need them)."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass

from .. import constants as c
from ..config import env_number
from ..exceptions import ConfigError


@dataclass(frozen=True)
class BulkSettings:
    """Where bulk runs read and write, and the deployer's limits for each run."""

    state_machine_arn: str = ""
    input_bucket: str = ""
    results_bucket: str = ""
    max_concurrency: int = 20
    items_per_batch: int = 10
    tolerated_failure_percentage: float = 5.0

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> BulkSettings:
        """Raises ``ConfigError`` naming the variable and the bad value."""
        env = os.environ if env is None else env
        return cls(
            state_machine_arn=env.get(c.BULK_STATE_MACHINE_ARN_ENV, "").strip(),
            input_bucket=env.get(c.BULK_INPUT_BUCKET_ENV, "").strip(),
            results_bucket=env.get(c.BULK_RESULTS_BUCKET_ENV, "").strip(),
            max_concurrency=int(_number(env, c.BULK_MAX_CONCURRENCY_ENV, 20, 1, 10_000)),
            items_per_batch=int(_number(env, c.BULK_ITEMS_PER_BATCH_ENV, 10, 1, 1000)),
            tolerated_failure_percentage=_number(env, c.BULK_TOLERATED_FAILURE_PERCENTAGE_ENV, 5.0, 0, 100),
        )


def _number(env: Mapping[str, str], name: str, default: float, low: float, high: float) -> float:
    parsed = env_number(env, name)
    if parsed is None:
        return default
    raw, value = parsed
    if not low <= value <= high:
        raise ConfigError(f"{name}={raw!r} is out of range; use {low:g} to {high:g}")
    return value
