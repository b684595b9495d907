"""The cache admin Lambda run on its event files and on real API Gateway v2 events."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from functions.cache_admin import app
from resume_autofix.cache import CacheManager, cache_manager
from resume_autofix.config import Settings

EVENTS = sorted(p.stem for p in (Path(__file__).resolve().parents[2] / "events").glob("cache-*.json"))


@pytest.mark.parametrize("name", EVENTS)
def test_every_event_file_gets_a_json_answer(name, load_event, lambda_context, decode_body) -> None:
    response = app.lambda_handler(load_event(name), lambda_context)
    body = decode_body(response)
    if "unknown" in name:
        assert response["statusCode"] == 400
        assert body["status"] == "error"
    else:
        assert response["statusCode"] == 200
        assert body["status"] == "success"


def test_stats_have_the_seed_shape(load_event, lambda_context, decode_body) -> None:
    cache_manager.get_template_cache().set("k", "v")
    for _ in range(5):
        cache_manager.get_template_cache().get("k")
    cache_manager.get_template_cache().get("absent")
    body = decode_body(app.lambda_handler(load_event("cache-stats"), lambda_context))
    template = body["caches"]["template_cache"]
    assert {k: template[k] for k in ("size", "max_size", "hits", "misses", "hit_rate", "ttl")} == {
        "size": 1,
        "max_size": 50,
        "hits": 5,
        "misses": 1,
        "hit_rate": "83.33%",
        "ttl": 3600,
    }
    assert set(body["caches"]) == {
        "template_cache",
        "prompt_cache",
        "ai_response_cache",
        "pdf_cache",
        "general_cache",
        "docx_cache",
    }
    assert body["tier2"] == {"enabled": False}


def test_clear_one_type(load_event, lambda_context, decode_body) -> None:
    cache_manager.get_template_cache().set("k", "v")
    cache_manager.get_pdf_cache().set("p", b"%PDF")
    body = decode_body(app.lambda_handler(load_event("cache-clear-template"), lambda_context))
    assert body["cleared"] == ["template"]
    assert body["scope"] == "local"
    assert "only this container" in body["note"]
    assert cache_manager.get_template_cache().get("k") is None
    assert cache_manager.get_pdf_cache().get("p") == b"%PDF"


def test_clear_all(load_event, lambda_context, decode_body) -> None:
    body = decode_body(app.lambda_handler(load_event("cache-clear-all"), lambda_context))
    assert body["cleared"] == ["template", "prompt", "ai_response", "pdf", "general", "docx"]


def test_unknown_type_is_400_listing_valid_types(load_event, lambda_context, decode_body) -> None:
    response = app.lambda_handler(load_event("cache-clear-unknown-type"), lambda_context)
    body = decode_body(response)
    assert response["statusCode"] == 400
    assert "sessions" in body["message"]
    assert body["details"]["valid_cache_types"] == ["template", "prompt", "ai_response", "pdf", "general", "docx"]


def test_unknown_route_is_404(load_event, lambda_context, decode_body) -> None:
    event = load_event("cache-stats")
    event["rawPath"] = event["requestContext"]["http"]["path"] = "/api/cache/nope"
    response = app.lambda_handler(event, lambda_context)
    assert response["statusCode"] == 404
    assert decode_body(response)["status"] == "error"


@pytest.mark.parametrize("corpus_event", ["apigw-v2-iam.json", "apigw-v2-no-body.json", "sam-local-http-request.json"])
def test_real_v2_events_routed_to_our_paths(corpus, corpus_event, lambda_context, decode_body) -> None:
    # GIVEN real API Gateway v2 events (odd shapes: no body, empty body, null stageVariables) pointed at our routes
    event = json.loads((corpus / "events" / corpus_event).read_text())
    for path, method in (("/api/cache/stats", "GET"), ("/api/cache/clear", "POST")):
        e = copy.deepcopy(event)
        e["rawPath"] = path
        e["requestContext"]["http"]["path"] = path
        e["requestContext"]["http"]["method"] = method
        e["queryStringParameters"] = None
        e["rawQueryString"] = ""
        response = app.lambda_handler(e, lambda_context)
        assert response["statusCode"] == 200, decode_body(response)
        assert decode_body(response)["status"] == "success"


def test_stats_with_memcached_include_all_containers(memcached, load_event, lambda_context, decode_body) -> None:
    settings = Settings.from_env({"MEMCACHED_ENDPOINTS": memcached.endpoint})
    other = CacheManager(settings)  # another warm container
    other.begin_invocation()
    other.get_general_cache().get("absent")
    other.end_invocation()
    cache_manager.configure(settings)
    clear = decode_body(app.lambda_handler(load_event("cache-clear-template"), lambda_context))
    assert clear["scope"] == "all_containers"
    assert clear["note"] is None
    body = decode_body(app.lambda_handler(load_event("cache-stats"), lambda_context))
    assert body["tier2"]["enabled"] is True
    assert body["tier2"]["all_containers"]["general_cache"]["misses"] >= 1
