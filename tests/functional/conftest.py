from __future__ import annotations

import base64
import json
from typing import Any

import pytest

from resume_autofix.cache import cache_manager
from resume_autofix.config import Settings


def body_of(response: dict[str, Any]) -> Any:
    """The decoded body of a Lambda proxy response (JSON parsed when it is JSON)."""
    raw = response.get("body") or ""
    data = base64.b64decode(raw) if response.get("isBase64Encoded") else raw.encode()
    ctype = (response.get("headers") or {}).get("Content-Type", "")
    return json.loads(data) if "json" in ctype else data


@pytest.fixture
def decode_body():
    return body_of


@pytest.fixture(autouse=True)
def _powertools_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("POWERTOOLS_TRACE_DISABLED", "1")
    monkeypatch.setenv("POWERTOOLS_METRICS_NAMESPACE", "ResumeAutofix")
    monkeypatch.setenv("AWS_DEFAULT_REGION", "eu-west-1")


@pytest.fixture(autouse=True)
def _local_only_cache():
    """Every handler test starts on tier 1 only (a test that wants memcached configures it) and leaves it so."""
    cache_manager.configure(Settings.from_env({}), None)
    yield
    cache_manager.configure(Settings.from_env({}), None)
