"""MEMCACHED_TLS: every memcached client (cache, idempotency, auto-discovery) gets one TLS context."""

from __future__ import annotations

import ssl

import pytest

from resume_autofix.cache.elasticache import tls_context
from resume_autofix.cache.memcached import MemcachedBackend
from resume_autofix.config import Settings
from resume_autofix.exceptions import ConfigError
from resume_autofix.idempotency import memcached_client


def test_tls_is_off_by_default_and_on_when_asked() -> None:
    assert tls_context(Settings.from_env({})) is None
    context = tls_context(Settings.from_env({"MEMCACHED_TLS": "true"}))
    assert isinstance(context, ssl.SSLContext)
    assert context.verify_mode == ssl.CERT_REQUIRED
    assert context.check_hostname


def test_a_bad_value_names_the_variable() -> None:
    with pytest.raises(ConfigError, match="MEMCACHED_TLS"):
        Settings.from_env({"MEMCACHED_TLS": "maybe"})


def test_the_clients_carry_the_context() -> None:
    settings = Settings.from_env({"MEMCACHED_ENDPOINTS": "127.0.0.1:1", "MEMCACHED_TLS": "1"})
    backend = MemcachedBackend.from_settings(settings)
    assert backend is not None
    assert isinstance(backend.client.default_kwargs["tls_context"], ssl.SSLContext)
    idempotency = memcached_client(settings)
    assert isinstance(idempotency.default_kwargs["tls_context"], ssl.SSLContext)  # type: ignore[union-attr]
