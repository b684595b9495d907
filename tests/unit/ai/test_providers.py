"""Providers: local rules engine and Bedrock Converse (botocore Stubber: happy, malformed, throttled, timed out)."""

from __future__ import annotations

import json

import boto3
import pytest
from botocore.config import Config
from botocore.exceptions import ReadTimeoutError
from botocore.stub import ANY, Stubber

from resume_autofix.ai import LocalRulesProvider, get_provider
from resume_autofix.ai.bedrock import CLIENT_CONFIG, BedrockProvider
from resume_autofix.analysis import analyze
from resume_autofix.cache import cache_manager
from resume_autofix.config import Settings
from resume_autofix.fixes import FIX_RULES, build_prompt, propose, split_answer

JOB = "We are hiring a Backend Engineer. Requirements: Python, Kubernetes, PostgreSQL, Kafka, Terraform."
AI_FIXES = ["spelling", "action_verbs", "keywords"]
MODEL = "anthropic.claude-3-haiku-20240307-v1:0"


@pytest.fixture(autouse=True)
def _fresh_caches() -> None:
    cache_manager.clear_all()


@pytest.fixture
def client():
    return boto3.client(
        "bedrock-runtime",
        region_name="us-east-1",
        config=CLIENT_CONFIG,
        aws_access_key_id="x",
        aws_secret_access_key="x",
    )


def converse_response(text: str) -> dict:
    return {
        "output": {"message": {"role": "assistant", "content": [{"text": text}]}},
        "stopReason": "end_turn",
        "usage": {"inputTokens": 1, "outputTokens": 1, "totalTokens": 2},
        "metrics": {"latencyMs": 1},
    }


EXPECTED = {"modelId": MODEL, "system": ANY, "messages": ANY, "inferenceConfig": {"temperature": 0, "maxTokens": 4096}}


def prompt_for(resume: dict):
    analysis = analyze(resume, JOB).to_dict()
    return build_prompt(AI_FIXES, resume, analysis, JOB), analysis


def test_get_provider_defaults_to_local() -> None:
    assert isinstance(get_provider(Settings(), rules=FIX_RULES), LocalRulesProvider)
    assert get_provider(Settings(), rules=FIX_RULES) is get_provider(Settings(), rules=FIX_RULES)


def test_local_provider_answers_json_from_the_prompt_text(sample_resume: dict) -> None:
    prompt, _ = prompt_for(sample_resume)
    answer = LocalRulesProvider(FIX_RULES).generate(prompt)
    parts = split_answer(answer, AI_FIXES)
    assert parts["action_verbs"][0]["new"] == "Managed the k8s clusters of 40 services"
    assert {e["new"] for e in parts["keywords"]} == {"Kubernetes", "PostgreSQL"}


def test_prompt_is_cached_and_answer_is_cached(sample_resume: dict) -> None:
    prompt, _ = prompt_for(sample_resume)
    again, _ = prompt_for(sample_resume)
    assert again == prompt
    assert cache_manager.get_prompt_cache().stats()["hits"] >= 1
    provider = LocalRulesProvider(FIX_RULES)
    provider.generate(prompt)
    provider.generate(prompt)
    assert provider.calls == 1


def test_bedrock_happy_path(client, sample_resume: dict) -> None:
    _, analysis = prompt_for(sample_resume)
    good = {
        "fixes": {
            "action_verbs": [
                {"path": "/work/0/highlights/0", "new": "Managed the k8s clusters of 40 services", "reason": "verb"}
            ]
        }
    }
    with Stubber(client) as stub:
        stub.add_response("converse", converse_response("```json\n" + json.dumps(good) + "\n```"), EXPECTED)
        provider = BedrockProvider(client, MODEL, LocalRulesProvider(FIX_RULES))
        ops = propose(AI_FIXES, sample_resume, analysis, JOB, provider)
        stub.assert_no_pending_responses()
    assert provider.calls == 1
    assert provider.fallbacks == 0
    assert ops["action_verbs"][1]["value"] == "Managed the k8s clusters of 40 services"
    assert ops["spelling"] == []
    assert ops["keywords"] == []


def test_bedrock_invented_content_is_dropped(client, sample_resume: dict) -> None:
    _, analysis = prompt_for(sample_resume)
    bad = {
        "fixes": {
            "keywords": [{"path": "/skills/0/keywords/-", "new": "Terraform"}],
            "spelling": [{"path": "/work/0/name", "new": "Google"}],
        }
    }
    with Stubber(client) as stub:
        stub.add_response("converse", converse_response(json.dumps(bad)), EXPECTED)
        ops = propose(
            AI_FIXES, sample_resume, analysis, JOB, BedrockProvider(client, MODEL, LocalRulesProvider(FIX_RULES))
        )
    assert ops == {"spelling": [], "action_verbs": [], "keywords": []}


def test_bedrock_malformed_twice_falls_back_to_rules(client, sample_resume: dict) -> None:
    prompt, _ = prompt_for(sample_resume)
    with Stubber(client) as stub:
        stub.add_response("converse", converse_response("Sure! Here are the fixes:"), EXPECTED)
        stub.add_response("converse", converse_response('{"fixes": {"spelling": [{"path": 3}]}}'), EXPECTED)
        provider = BedrockProvider(client, MODEL, LocalRulesProvider(FIX_RULES))
        answer = provider.generate(prompt)
        stub.assert_no_pending_responses()
    assert provider.fallbacks == 1
    assert answer == LocalRulesProvider(FIX_RULES)._generate(prompt)


def test_bedrock_malformed_once_then_valid(client, sample_resume: dict) -> None:
    prompt, _ = prompt_for(sample_resume)
    with Stubber(client) as stub:
        stub.add_response("converse", converse_response("{not json"), EXPECTED)
        stub.add_response("converse", converse_response('{"fixes": {}}'), EXPECTED)
        provider = BedrockProvider(client, MODEL, LocalRulesProvider(FIX_RULES))
        assert provider.generate(prompt) == {"fixes": {}}
    assert provider.fallbacks == 0


def test_bedrock_throttled_falls_back(client, sample_resume: dict) -> None:
    prompt, _ = prompt_for(sample_resume)
    with Stubber(client) as stub:
        stub.add_client_error("converse", service_error_code="ThrottlingException", http_status_code=429)
        provider = BedrockProvider(client, MODEL, LocalRulesProvider(FIX_RULES))
        answer = provider.generate(prompt)
    assert provider.fallbacks == 1
    assert split_answer(answer, AI_FIXES)["action_verbs"]


def test_bedrock_timed_out_falls_back(sample_resume: dict) -> None:
    # botocore's own retries of a timeout are its business (and slow to wait out): one attempt here.
    client = boto3.client(
        "bedrock-runtime",
        region_name="us-east-1",
        aws_access_key_id="x",
        aws_secret_access_key="x",
        config=CLIENT_CONFIG.merge(Config(retries={"mode": "standard", "max_attempts": 1})),
    )
    prompt, _ = prompt_for(sample_resume)

    def timeout(**kwargs):
        raise ReadTimeoutError(endpoint_url="https://bedrock-runtime.us-east-1.amazonaws.com")

    client.meta.events.register("before-send.bedrock-runtime.Converse", timeout)
    provider = BedrockProvider(client, MODEL, LocalRulesProvider(FIX_RULES))
    answer = provider.generate(prompt)
    assert provider.fallbacks == 1
    assert split_answer(answer, AI_FIXES)["keywords"]
