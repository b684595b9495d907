"""The OpenAI-compatible provider against a real HTTP server on loopback: good JSON, an invented skill (the guard
refuses it), garbage (the rules engine answers) and a timeout (the rules engine answers) — issue 13."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from typing import Any

import pytest

from resume_autofix.ai import LocalRulesProvider, get_provider
from resume_autofix.ai.openai import OpenAIProvider
from resume_autofix.analysis import analyze
from resume_autofix.config import ConfigError, Settings
from resume_autofix.fixes import FIX_RULES, merge, propose
from tests.fake_chat import FakeChatServer, fake_chat_server

JOB = "We are hiring a Backend Engineer. Requirements: Python, Kubernetes, PostgreSQL, Kafka, Terraform."
AI_FIXES = ["spelling", "action_verbs", "keywords"]
RESUME: dict[str, Any] = {
    "basics": {"name": "Ana Lima", "label": "Backend Engineer", "summary": "Backend engineer who builds APIs."},
    "work": [
        {
            "name": "Hooli",
            "position": "Engineer",
            "startDate": "2019",
            "endDate": "2021",
            "highlights": ["Responsible for managing the k8s clusters of 40 services", "Built ingestion in Python"],
        }
    ],
    "skills": [{"name": "Backend", "keywords": ["Python", "Postgres", "k8s"]}],
}
GOOD = {"fixes": {"action_verbs": [{"path": "/work/0/highlights/0", "new": "Managed the k8s clusters of 40 services"}]}}
INVENTED = {"fixes": {"keywords": [{"path": "/work/0/highlights/1", "new": "Built ingestion in Python and Terraform"}]}}


@pytest.fixture
def server() -> Iterator[FakeChatServer]:
    with fake_chat_server(GOOD) as httpd:
        yield httpd


def _provider(server: Any, timeout: float = 5.0) -> OpenAIProvider:
    return OpenAIProvider(
        server.url,
        "local-model",
        "sk-test",
        timeout=timeout,
        fallback=LocalRulesProvider(FIX_RULES),
    )


def _run(provider: OpenAIProvider) -> dict[str, Any]:
    analysis = analyze(RESUME, JOB).to_dict()
    ops = propose(AI_FIXES, RESUME, analysis, JOB, provider)
    return merge(RESUME, ops, analysis).to_dict()


def test_good_json_is_applied_through_the_guards(server: Any) -> None:
    provider = _provider(server)
    result = _run(provider)
    assert result["resume"]["work"][0]["highlights"][0] == "Managed the k8s clusters of 40 services"
    assert provider.calls == 1
    assert provider.fallbacks == 0
    sent = server.requests[0]
    assert sent["auth"] == "Bearer sk-test"
    assert sent["body"]["model"] == "local-model"
    assert sent["body"]["temperature"] == 0
    assert [m["role"] for m in sent["body"]["messages"]] == ["system", "user"]


def test_an_invented_skill_is_refused(server: Any) -> None:
    server.answer = INVENTED
    provider = _provider(server)
    result = _run(provider)
    assert "Terraform" not in json.dumps(result["resume"])
    assert provider.fallbacks == 0  # the answer was valid JSON; the guards, not the fallback, refused it


def test_garbage_twice_and_the_rules_engine_answers(server: Any) -> None:
    server.answer = "Sure! Here are some fixes: none"
    provider = _provider(server)
    result = _run(provider)
    assert len(server.requests) == 2  # one retry telling the model what was wrong
    assert provider.fallbacks == 1
    assert result["resume"]["work"][0]["highlights"][0].startswith("Managed")  # the rules engine's rewrite


def test_a_timeout_and_the_rules_engine_answers(server: Any) -> None:
    server.answer = "sleep"
    provider = _provider(server, timeout=0.3)
    started = time.perf_counter()
    result = _run(provider)
    assert time.perf_counter() - started < 1.4  # the explicit timeout, not the server's answer, ended the wait
    assert provider.fallbacks == 1
    assert result["resume"]["work"][0]["highlights"][0].startswith("Managed")


def test_a_server_without_json_mode_is_asked_again_without_it(server: Any) -> None:
    server.answer = "no-json-mode"
    provider = _provider(server)
    result = _run(provider)
    assert result["resume"]["work"][0]["highlights"][0] == "Managed the k8s clusters of 40 services"
    assert provider.fallbacks == 0
    assert "response_format" not in server.requests[-1]["body"]


def test_a_refused_connection_and_the_rules_engine_answers() -> None:
    provider = OpenAIProvider("http://127.0.0.1:9/v1", "m", timeout=1.0, fallback=LocalRulesProvider(FIX_RULES))
    assert _run(provider)["resume"]["work"][0]["highlights"][0].startswith("Managed")
    assert provider.fallbacks == 1


def test_settings_and_factory() -> None:
    env = {"AI_PROVIDER": "openai", "OPENAI_BASE_URL": "http://localhost:11434/v1", "OPENAI_MODEL": "llama3.1"}
    settings = Settings.from_env({**env, "OPENAI_API_KEY": "sk-secret"})
    assert "sk-secret" not in repr(settings)
    provider = get_provider(settings, rules=FIX_RULES)
    assert isinstance(provider, OpenAIProvider)
    assert provider.url == "http://localhost:11434/v1/chat/completions"
    assert "sk-secret" not in repr(provider)
    with pytest.raises(ConfigError, match="OPENAI_BASE_URL"):
        Settings.from_env({**env, "OPENAI_BASE_URL": "localhost:11434"})
