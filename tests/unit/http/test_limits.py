"""check_depth: a clean 400 naming the path for bodies nested too deep, at any depth, without recursion."""

from __future__ import annotations

import pytest

from resume_autofix.exceptions import InvalidInputError
from resume_autofix.http import MAX_DEPTH, check_depth


def nested(depth: int, leaf: object = "x") -> object:
    value = leaf
    for i in range(depth):
        value = {"k": value} if i % 2 else [value]
    return value


def test_a_body_at_the_limit_passes():
    check_depth(nested(MAX_DEPTH))  # MAX_DEPTH nested containers, the scalar inside the last
    check_depth({"resume": {"work": [{"highlights": ["a"] * 10_000}]}})


@pytest.mark.parametrize("depth", [MAX_DEPTH + 1, 5_000, 100_000])
def test_deeper_bodies_are_a_400_naming_the_path(depth):
    with pytest.raises(InvalidInputError) as info:
        check_depth({"resume": {"meta": nested(depth)}})
    assert info.value.status == 400
    assert f"more than {MAX_DEPTH} levels" in info.value.message
    assert info.value.details["path"].startswith("/resume/meta/")
    assert info.value.details["limit"] == MAX_DEPTH


def test_keys_are_escaped_like_json_pointers():
    with pytest.raises(InvalidInputError) as info:
        check_depth({"a/b~c": nested(MAX_DEPTH)})
    assert info.value.details["path"].startswith("/a~1b~0c/")


def test_scalars_and_empty_containers_pass():
    for value in (None, 1, "x", [], {}, [[]], {"a": {}}):
        check_depth(value)
