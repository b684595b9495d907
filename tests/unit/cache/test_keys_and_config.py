"""Key canonicalisation and settings from the environment."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from resume_autofix.cache import canonical_json, hash_key, make_key, safe_key
from resume_autofix.cache.hashing import FastRendezvousHash
from resume_autofix.config import Settings
from resume_autofix.exceptions import ConfigError


def test_same_data_in_other_key_order_gives_same_key() -> None:
    a = {"basics": {"name": "Ana", "email": "a@x.io"}, "work": [{"name": "ACME", "position": "Dev"}]}
    b = {"work": [{"position": "Dev", "name": "ACME"}], "basics": {"email": "a@x.io", "name": "Ana"}}
    assert hash_key(a) == hash_key(b)


def test_unicode_normal_forms_give_same_key() -> None:
    composed = unicodedata.normalize("NFC", "Zoë Müller, Łódź")
    decomposed = unicodedata.normalize("NFD", composed)
    assert composed != decomposed
    assert hash_key({"name": composed}) == hash_key({"name": decomposed})
    assert hash_key({decomposed: 1}) == hash_key({composed: 1})


def test_different_data_gives_different_keys() -> None:
    assert hash_key({"a": 1}) != hash_key({"a": 2})
    assert hash_key([1, 2]) != hash_key([2, 1])


def test_canonical_json_is_compact_and_sorted() -> None:
    assert canonical_json({"b": 1, "a": [1, {"d": 2, "c": 3}]}) == b'{"a":[1,{"c":3,"d":2}],"b":1}'


def test_make_key_has_no_user_text() -> None:
    key = make_key("render", "classic", {"basics": {"name": "Jane <script>Doe</script>"}})
    assert key.startswith("render:")
    assert "Jane" not in key
    assert len(key) == len("render:") + 64


def test_safe_key_passes_short_ascii_and_hashes_the_rest() -> None:
    assert safe_key("render:classic:1:abc") == "render:classic:1:abc"
    hashed = safe_key("has space and ünïcode")
    assert hashed.startswith("h:")
    assert len(hashed) == 66
    assert safe_key("x" * 300).startswith("h:")


@settings(max_examples=50, deadline=None)
@given(st.dictionaries(st.text(), st.one_of(st.text(), st.integers(), st.none()), max_size=8))
def test_hash_is_stable_under_reordering(data: dict) -> None:
    reordered = dict(reversed(list(data.items())))
    assert hash_key(data) == hash_key(reordered)


def test_defaults_are_the_seed_defaults() -> None:
    s = Settings.from_env({})
    assert {t: (c.max_size, c.ttl) for t, c in s.caches.items()} == {
        "template": (50, 3600),
        "prompt": (100, 1800),
        "ai_response": (50, 900),
        "pdf": (20, 3600),
        "general": (100, 600),
        "docx": (20, 3600),  # not a seed type: issue 15's DOCX cache, sized like the PDF's
    }
    assert (s.batch_max_workers, s.batch_size, s.batch_timeout) == (5, 10, 30.0)
    assert s.ai_provider == "local"
    assert not s.memcached_enabled


def test_env_values_are_read() -> None:
    s = Settings.from_env(
        {
            "CACHE_PDF_SIZE": "7",
            "CACHE_PDF_TTL": "60",
            "MEMCACHED_ENDPOINTS": "10.0.0.1:11211, 10.0.0.2:11212",
            "AI_PROVIDER": "Bedrock",
            "BATCH_TIMEOUT": "2.5",
        }
    )
    assert (s.caches["pdf"].max_size, s.caches["pdf"].ttl) == (7, 60)
    assert s.memcached_endpoints == (("10.0.0.1", 11211), ("10.0.0.2", 11212))
    assert s.ai_provider == "bedrock"
    assert s.batch_timeout == 2.5


def test_config_endpoint_is_parsed() -> None:
    s = Settings.from_env({"MEMCACHED_CONFIG_ENDPOINT": "demo.abc123.cfg.use1.cache.amazonaws.com:11211"})
    assert s.memcached_config_endpoint == ("demo.abc123.cfg.use1.cache.amazonaws.com", 11211)
    assert s.memcached_enabled


@pytest.mark.parametrize(
    ("env", "names"),
    [
        ({"CACHE_TEMPLATE_SIZE": "lots"}, "CACHE_TEMPLATE_SIZE"),
        ({"CACHE_GENERAL_TTL": "0"}, "CACHE_GENERAL_TTL"),
        ({"CACHE_AI_RESPONSE_SIZE": "-3"}, "CACHE_AI_RESPONSE_SIZE"),
        ({"BATCH_MAX_WORKERS": "1000"}, "BATCH_MAX_WORKERS"),
        ({"BATCH_TIMEOUT": "soon"}, "BATCH_TIMEOUT"),
        ({"BATCH_TIMEOUT": "-1"}, "BATCH_TIMEOUT"),
        ({"MEMCACHED_ENDPOINTS": "localhost"}, "MEMCACHED_ENDPOINTS"),
        ({"MEMCACHED_ENDPOINTS": "host:99999"}, "MEMCACHED_ENDPOINTS"),
        ({"MEMCACHED_TIMEOUT_MS": "0"}, "MEMCACHED_TIMEOUT_MS"),
        ({"AI_PROVIDER": "openai"}, "AI_PROVIDER"),
    ],
)
def test_bad_values_stop_start_up_naming_the_variable(env: dict[str, str], names: str) -> None:
    with pytest.raises(ConfigError) as info:
        Settings.from_env(env)
    assert names in str(info.value)
    assert repr(next(iter(env.values()))) in str(info.value)


def test_node_choice_is_stable_and_moves_only_the_removed_nodes_keys() -> None:
    ring = FastRendezvousHash()
    assert ring.get_node("k") is None
    for node in ("10.0.0.1:11211", "10.0.0.2:11211", "10.0.0.3:11211"):
        ring.add_node(node)
    keys = [f"ra:pdf:g1:{i}" for i in range(300)]
    before = {k: ring.get_node(k) for k in keys}
    assert len(set(before.values())) == 3  # spread over every node
    again = FastRendezvousHash()
    for node in ("10.0.0.3:11211", "10.0.0.1:11211", "10.0.0.2:11211"):
        again.add_node(node)
    assert {k: again.get_node(k) for k in keys} == before  # same answer in every container
    ring.remove_node("10.0.0.2:11211")
    moved = [k for k in keys if ring.get_node(k) != before[k]]
    assert moved
    assert all(before[k] == "10.0.0.2:11211" for k in moved)
