"""Key canonicalisation: SHA-256 of canonical JSON, the same for any key order or unicode normal form."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from resume_autofix.cache import canonical_json, hash_key, make_key, safe_key


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
