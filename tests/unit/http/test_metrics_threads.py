"""Handlers called from many threads of one process (the local API, moto's Map) share Powertools' metric set."""

from __future__ import annotations

import contextlib
import io
import json
import sys
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from aws_lambda_powertools.metrics import MetricUnit

from resume_autofix.http import make_edge
from tests.conftest import LambdaContext

CALLS, THREADS, NAMES = 3000, 8, 25


def test_concurrent_invocations_emit_every_metric_and_never_fail(monkeypatch):
    # GIVEN a handler that adds a varying set of metrics (new names grow the shared set while others flush it)
    monkeypatch.setenv("POWERTOOLS_METRICS_DISABLED", "false")
    edge = make_edge("threads")

    @edge.entry
    def handler(event: dict[str, Any], _context: Any) -> dict[str, Any]:
        for j in range(event["i"] % 5 + 1):
            edge.metrics.add_metric(name=f"M{(event['i'] + j) % NAMES}", unit=MetricUnit.Count, value=1)
        return {}

    errors: Counter[str] = Counter()

    def call(i: int) -> None:
        try:
            handler({"i": i}, LambdaContext())
        except Exception as exc:  # what would have failed the request
            errors[f"{type(exc).__name__}: {exc}"] += 1

    # WHEN eight threads invoke it 3,000 times, switching as often as the interpreter allows
    out = io.StringIO()
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:
        with contextlib.redirect_stdout(out), ThreadPoolExecutor(THREADS) as pool:
            list(pool.map(call, range(CALLS)))
    finally:
        sys.setswitchinterval(interval)
    # THEN no invocation failed, and the EMF lines carry every metric added, each once
    assert not errors, errors.most_common(3)
    emitted = 0
    for line in out.getvalue().splitlines():
        if line.startswith("{") and '"_aws"' in line:
            doc = json.loads(line)
            for name in (m["Name"] for d in doc["_aws"]["CloudWatchMetrics"] for m in d["Metrics"]):
                if name.startswith("M"):
                    value = doc[name]
                    emitted += sum(value) if isinstance(value, list) else value
    assert emitted == sum(i % 5 + 1 for i in range(CALLS))
