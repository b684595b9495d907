"""Predictive caching through the real handlers: analysis → the auto-fix; auto-fix → the preview and the PDF."""

from __future__ import annotations

import json
import threading
from typing import Any

import pytest

from functions.cache_admin import app as cache_admin_app
from functions.fix import app as fix_app
from functions.pdf import app as pdf_app
from functions.render import app as render_app
from resume_autofix import workflow
from resume_autofix.cache import cache_manager
from resume_autofix.config import Settings
from resume_autofix.exceptions import ConfigError
from resume_autofix.workflow import service
from resume_autofix.workflow.prefetch import prefetcher


@pytest.fixture
def predicting(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(prefetcher, "_settings", Settings.from_env({}))  # PREFETCH=local, AI_PROVIDER=local


def _event(load_event: Any, name: str, route: str, body: dict[str, Any]) -> dict[str, Any]:
    event = load_event(name)
    method, path = route.split(" ")
    event["routeKey"], event["rawPath"] = route, path
    event["requestContext"]["http"].update({"method": method, "path": path})
    event["body"] = json.dumps(body)
    event["isBase64Encoded"] = False
    return event


def _analysis_body(load_event: Any) -> dict[str, Any]:
    return json.loads(load_event("fix-analyze")["body"])


def _without_timings(answer: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in answer.items() if k != "timings_ms"}


def test_after_an_analysis_the_autofix_is_answered_from_the_prediction(
    predicting: None, load_event: Any, lambda_context: Any, decode_body: Any
) -> None:
    body = _analysis_body(load_event)
    # GIVEN the auto-fix answer computed without any prediction
    expected = decode_body(
        fix_app.lambda_handler(_event(load_event, "fix-autofix", "POST /api/autofix", body), lambda_context)
    )
    prefetcher.wait(timeout=60)  # that auto-fix's own predictions (preview, PDF) must not land in the fresh caches
    cache_manager.configure(Settings.from_env({}), None)
    # WHEN the resume is analysed, and the prediction has run
    answer = fix_app.lambda_handler(_event(load_event, "fix-analyze", "POST /api/analyze", body), lambda_context)
    assert answer["statusCode"] == 200
    prefetcher.wait(timeout=60)
    assert cache_manager.prefetch_stats()["prefetch_made"] == 1
    # THEN the auto-fix that follows is the prediction, equal to the answer computed without it
    got = decode_body(
        fix_app.lambda_handler(_event(load_event, "fix-autofix", "POST /api/autofix", body), lambda_context)
    )
    assert _without_timings(got) == _without_timings(expected)
    prefetcher.wait(timeout=60)
    stats = cache_manager.prefetch_stats()
    assert stats["prefetch_hits"] == 1
    # AND that auto-fix started the next predictions: its preview and PDF (not used yet)
    assert (stats["prefetch_made"], stats["prefetch_pending"]) == (3, 2)


def test_after_an_autofix_the_preview_and_the_pdf_in_its_theme_are_cached(
    predicting: None, load_event: Any, lambda_context: Any, decode_body: Any
) -> None:
    body = {**_analysis_body(load_event), "template_id": "modern"}
    fixed = decode_body(
        fix_app.lambda_handler(_event(load_event, "fix-autofix", "POST /api/autofix", body), lambda_context)
    )["resume"]
    prefetcher.wait(timeout=60)
    assert cache_manager.prefetch_stats()["prefetch_made"] == 2
    # WHEN the page asks for the preview and the PDF of the fixed resume in that theme
    html = render_app.lambda_handler(
        _event(load_event, "render-classic", "POST /api/render", {"resume": fixed, "template_id": "modern"}),
        lambda_context,
    )
    pdf = pdf_app.lambda_handler(
        _event(load_event, "pdf-a4", "POST /api/pdf", {"resume": fixed, "template_id": "modern"}), lambda_context
    )
    # THEN both come from the cache, and both predictions count as used
    assert html["headers"]["X-Cache"] == "hit"
    assert pdf["headers"]["X-Cache"] == "hit"
    assert cache_manager.prefetch_stats()["prefetch_hits"] == 2
    # AND the stats route reports them
    stats = decode_body(cache_admin_app.lambda_handler(load_event("cache-stats"), lambda_context))
    assert stats["prefetch"]["prefetch_hits"] == 2


def test_an_unused_prediction_counts_as_wasted_when_its_window_ends(
    predicting: None, load_event: Any, lambda_context: Any
) -> None:
    cache_manager.prefetch.window = 0.0  # every prediction expires at once
    fix_app.lambda_handler(
        _event(load_event, "fix-analyze", "POST /api/analyze", _analysis_body(load_event)), lambda_context
    )
    prefetcher.wait(timeout=60)
    stats = cache_manager.prefetch_stats()
    assert (stats["prefetch_made"], stats["prefetch_hits"], stats["prefetch_wasted"]) == (1, 0, 1)


@pytest.mark.parametrize(
    ("env", "enabled"),
    [
        ({}, True),
        ({"PREFETCH": "off"}, False),
        ({"AI_PROVIDER": "bedrock"}, False),  # never spend AI calls on a guess...
        ({"AI_PROVIDER": "bedrock", "PREFETCH": "always"}, True),  # ...unless the deployer opts in
    ],
)
def test_predictions_only_with_the_free_provider_unless_opted_in(
    monkeypatch: pytest.MonkeyPatch, env: dict[str, str], enabled: bool
) -> None:
    monkeypatch.setattr(prefetcher, "_settings", Settings.from_env(env))
    assert prefetcher.enabled is enabled
    if not enabled:
        assert prefetcher.after_analysis({"resume": {"basics": {"name": "A"}}}) is None


def test_a_bad_prefetch_setting_names_the_variable() -> None:
    with pytest.raises(ConfigError, match="PREFETCH"):
        Settings.from_env({"PREFETCH": "sometimes"})


def test_an_autofix_arriving_while_its_prediction_runs_waits_for_it_instead_of_computing_again(
    predicting: None, monkeypatch: pytest.MonkeyPatch, load_event: Any, lambda_context: Any, decode_body: Any
) -> None:
    real = workflow.run_autofix
    started, release = threading.Event(), threading.Event()

    def slow_prediction(*args: Any, **kwargs: Any) -> Any:
        started.set()
        release.wait(30)  # in Lambda: frozen until the next request thaws the container
        return real(*args, **kwargs)

    direct_runs: list[int] = []

    def counted(*args: Any, **kwargs: Any) -> Any:
        direct_runs.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(workflow, "run_autofix", slow_prediction)
    monkeypatch.setattr(service, "run_request", counted)
    body = _analysis_body(load_event)
    # GIVEN an analysis whose prediction is still running
    fix_app.lambda_handler(_event(load_event, "fix-analyze", "POST /api/analyze", body), lambda_context)
    assert started.wait(30)
    # WHEN the auto-fix arrives meanwhile (the prediction finishes a little later)
    threading.Timer(0.2, release.set).start()
    answer = decode_body(
        fix_app.lambda_handler(_event(load_event, "fix-autofix", "POST /api/autofix", body), lambda_context)
    )
    # THEN it waited for the prediction and used it: the pipeline ran once, not twice
    assert answer["status"] == "success"
    assert direct_runs == []
    assert cache_manager.prefetch_stats()["prefetch_hits"] == 1
