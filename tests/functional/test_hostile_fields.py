"""Hostile fields through the real handlers: every pathological text answers, and answers stay small."""

from __future__ import annotations

import json

import pytest

from functions.fix import app as fix_app
from functions.pdf import app as pdf_app
from functions.render import app as render_app
from resume_autofix.analysis import MAX_ISSUES_PER_TYPE
from resume_autofix.localapi import build_event
from tests.hostile import UNITS, field, resume_with

SIZE = 3_000  # the bench runs 200 KB; here the behaviour, at a size the old patterns also finished


def _event(path: str, body: dict) -> dict:
    raw = json.dumps(body).encode()
    return build_event("POST", path, "", {"Content-Type": "application/json"}, raw, f"POST {path}")


@pytest.mark.parametrize("name", sorted(UNITS))
def test_every_hostile_field_is_analysed_rendered_and_printed(name, lambda_context, decode_body) -> None:
    # GIVEN a resume whose summary, work summary and highlight are one repeated opener
    resume = resume_with(field(UNITS[name], SIZE))
    # WHEN it is analysed
    analysed = fix_app.lambda_handler(
        _event("/api/analyze", {"resume": resume, "job_description": "Python"}), lambda_context
    )
    # THEN the answer is a success and lists at most the cap of each issue type (the rest counted)
    assert analysed["statusCode"] == 200, analysed["body"][:300]
    analysis = decode_body(analysed)["analysis"]
    per_type: dict[str, int] = {}
    for issue in analysis["issues"]:
        per_type[issue["type"]] = per_type.get(issue["type"], 0) + 1
    assert max(per_type.values(), default=0) <= MAX_ISSUES_PER_TYPE
    assert isinstance(analysis["issues_omitted"], dict)
    # AND the HTML and the PDF come back
    html = render_app.lambda_handler(
        _event("/api/render", {"resume": resume, "template_id": "classic"}), lambda_context
    )
    assert html["statusCode"] == 200
    assert decode_body(html).startswith(b"<!DOCTYPE html>")
    pdf = pdf_app.lambda_handler(_event("/api/pdf", {"resume": resume, "template_id": "classic"}), lambda_context)
    assert pdf["statusCode"] == 200
    assert decode_body(pdf).startswith(b"%PDF")


@pytest.mark.parametrize("name", ["mixed", "link_open", "repeated_words", "bold_stars"])
def test_hostile_fields_are_auto_fixed(name, lambda_context, decode_body) -> None:
    resume = resume_with(field(UNITS[name], SIZE))
    answer = fix_app.lambda_handler(
        _event("/api/autofix", {"resume": resume, "job_description": "Python"}), lambda_context
    )
    assert answer["statusCode"] == 200, answer["body"][:300]
    assert decode_body(answer)["resume"]["basics"]["name"] == "Ada Lovelace"


def test_repeated_words_are_counted_not_listed(lambda_context, decode_body) -> None:
    # GIVEN 20 KB of one repeated word (one repeated_word finding per two words)
    resume = resume_with(field("a ", 20_000))
    answer = fix_app.lambda_handler(_event("/api/analyze", {"resume": resume}), lambda_context)
    analysis = decode_body(answer)["analysis"]
    # THEN 50 are listed, the rest counted, and the answer stays small
    repeated = [i for i in analysis["issues"] if i["type"] == "repeated_word"]
    assert len(repeated) == MAX_ISSUES_PER_TYPE
    assert analysis["issues_omitted"]["repeated_word"] > 10_000
    assert len(answer["body"]) < 100_000


def test_analyses_of_big_fields_stay_within_the_cache_byte_bound(lambda_context) -> None:
    # GIVEN a general cache of 40 KB (about four analyses; entries: the default 100)
    from resume_autofix.cache import cache_manager  # noqa: PLC0415
    from resume_autofix.config import Settings  # noqa: PLC0415

    cache_manager.configure(Settings.from_env({"CACHE_GENERAL_MAX_BYTES": str(40 * 1024)}), None)
    general = cache_manager.get_general_cache()
    # WHEN 12 analyses of 40 KB fields of repeated words arrive (a new word each: no hit)
    for i in range(12):
        resume = resume_with(field(f"w{i} ", 40_000))
        answer = fix_app.lambda_handler(_event("/api/analyze", {"resume": resume}), lambda_context)
        assert answer["statusCode"] == 200
        # THEN the cache never holds more than its bytes
        assert general.local.memory_stats()["bytes"] <= 40 * 1024
    # AND the bytes, not the entry count, made room
    assert 1 <= len(general.local) < 12
    assert general.local.evictions > 0
