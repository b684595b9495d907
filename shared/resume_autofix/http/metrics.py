"""Powertools metrics that several threads of one process can share.

Lambda runs one invocation per process, so Powertools keeps one metric set per process (shared by every
``Metrics`` object) and guards nothing. The local API (waitress threads) and moto's Step Functions (Map
iterations in threads) call the handlers concurrently in one process; there, a flush serialising the set while
another thread adds a metric failed the request ("dictionary changed size during iteration", or "Must contain
at least one metric" when another thread's flush emptied the set between the check and the write). One lock
per process makes each add, serialisation and flush whole; in Lambda it is never contended.
"""

from __future__ import annotations

import threading
from typing import Any

from aws_lambda_powertools import Metrics
from aws_lambda_powertools.metrics.provider.cloudwatch_emf.cloudwatch import AmazonCloudWatchEMFProvider

_LOCK = threading.RLock()  # process-wide, as the metric set it guards


class _LockedEMFProvider(AmazonCloudWatchEMFProvider):
    """The EMF provider with every read and write of the shared sets under the process lock."""

    def add_metric(self, *args: Any, **kwargs: Any) -> None:
        with _LOCK:
            super().add_metric(*args, **kwargs)

    def add_dimension(self, name: str, value: str) -> None:
        with _LOCK:
            super().add_dimension(name, value)

    def add_metadata(self, key: str, value: Any) -> None:
        with _LOCK:
            super().add_metadata(key, value)

    def serialize_metric_set(self, *args: Any, **kwargs: Any) -> Any:
        with _LOCK:
            return super().serialize_metric_set(*args, **kwargs)

    def flush_metrics(self, raise_on_empty_metrics: bool = False) -> None:
        with _LOCK:
            super().flush_metrics(raise_on_empty_metrics=raise_on_empty_metrics)

    def clear_metrics(self) -> None:
        with _LOCK:
            super().clear_metrics()


def thread_safe_metrics(namespace: str, service: str | None = None) -> Metrics:
    """A Powertools ``Metrics`` (same shared sets, same EMF output) whose provider takes the process lock."""
    metrics = Metrics(namespace=namespace, service=service)
    metrics.provider = _LockedEMFProvider(
        namespace=namespace,
        service=service,
        metric_set=metrics.metric_set,
        dimension_set=metrics.dimension_set,
        metadata_set=metrics.metadata_set,
        default_dimensions=metrics.default_dimensions,
    )
    return metrics
