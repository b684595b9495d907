"""AI structuring of an import through Bedrock (botocore Stubber): a good answer used, an invented employer
dropped, garbage / a bad shape / throttling / a timeout / a worse answer leave the rules result, one call per
import, a cached second import makes none, and the local rules engine is never asked."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import boto3
import pytest
from botocore.config import Config
from botocore.exceptions import ReadTimeoutError
from botocore.stub import ANY, Stubber

from resume_autofix.ai import CountingProvider, LocalRulesProvider
from resume_autofix.ai.bedrock import CLIENT_CONFIG, BedrockProvider
from resume_autofix.ai.structure import PROMPT_VERSION, build_prompt, import_structured, placed, structuring_model
from resume_autofix.cache import cache_manager
from resume_autofix.config import Settings
from resume_autofix.fixes import FIX_RULES
from resume_autofix.importer import import_resume, invented

DATA = Path(__file__).resolve().parents[2] / "data" / "ai-structure"
TEXT = (DATA / "resume.txt").read_bytes()
ANSWER: dict[str, Any] = json.loads((DATA / "answer.json").read_text())
MODEL = "anthropic.claude-3-haiku-20240307-v1:0"
EXPECTED = {"modelId": MODEL, "system": ANY, "messages": ANY, "inferenceConfig": {"temperature": 0, "maxTokens": 4096}}


@pytest.fixture(autouse=True)
def _fresh_caches() -> None:
    cache_manager.clear_all()


def _client(attempts: int = 4) -> Any:
    config = CLIENT_CONFIG.merge(Config(retries={"mode": "standard", "max_attempts": attempts}))
    return boto3.client(
        "bedrock-runtime", region_name="us-east-1", aws_access_key_id="x", aws_secret_access_key="x", config=config
    )


def _converse(text: str) -> dict[str, Any]:
    return {
        "output": {"message": {"role": "assistant", "content": [{"text": text}]}},
        "stopReason": "end_turn",
        "usage": {"inputTokens": 1, "outputTokens": 1, "totalTokens": 2},
        "metrics": {"latencyMs": 1},
    }


def _import_with(answers: list[str], *, imports: int = 1) -> tuple[Any, BedrockProvider]:
    """Import the text ``imports`` times through a Bedrock stub that has exactly ``answers`` queued."""
    client = _client()
    provider = BedrockProvider(client, MODEL, LocalRulesProvider(FIX_RULES))
    with Stubber(client) as stub:
        for text in answers:
            stub.add_response("converse", _converse(text), EXPECTED)
        for _ in range(imports):
            result = import_structured(TEXT, "cv.txt", model=provider)
        stub.assert_no_pending_responses()
    return result, provider


def test_a_good_answer_is_used_and_invents_nothing() -> None:
    result, provider = _import_with([json.dumps(ANSWER)])
    assert result.structured_by == "bedrock"
    assert provider.calls == 1
    assert result.resume["work"][0]["name"] == "R.O.K Cyber Command, MND"
    assert result.resume["work"][0]["position"] == "Security Engineer"
    assert result.resume["work"][0]["startDate"] == "2020-06"  # "Jun 2020" read by the project's date parser
    assert result.resume["education"][0]["institution"] == "University of California, Los Angeles"
    assert invented(result.resume, result.source_text) == []
    assert not any("AI structuring" in w for w in result.warnings)
    assert result.to_dict()["structured_by"] == "bedrock"


def test_the_prompt_carries_the_text_and_a_key_without_it() -> None:
    prompt = build_prompt("Jane Doe\njane@example.com")
    assert "Jane Doe" in prompt.user
    assert "Jane" not in prompt.key
    assert prompt.key != build_prompt("John Doe\njane@example.com").key
    assert PROMPT_VERSION


def test_an_invented_employer_is_dropped_with_a_warning() -> None:
    answer = json.loads(json.dumps(ANSWER))
    answer["work"].append({"name": "Google", "position": "Staff Engineer", "startDate": "2011-01"})
    result, _ = _import_with([json.dumps(answer)])
    assert result.structured_by == "bedrock"
    assert "Google" not in json.dumps(result.resume)
    assert "Staff Engineer" not in json.dumps(result.resume)
    assert len(result.resume["work"]) == 2
    warning = next(w for w in result.warnings if w.startswith("AI structuring: left out"))
    assert "/work/2/name" in warning
    assert invented(result.resume, result.source_text) == []


@pytest.mark.parametrize(
    ("answer", "why"),
    [
        ("Sure! Here is the resume you asked for.", "not valid JSON Resume"),
        ('{"basics": {"name": ["Jane", "Doe"]}}', "not valid JSON Resume"),
        ('["not", "an", "object"]', "not valid JSON Resume"),
        ('{"basics": {"name": "Jane Doe"}}', "it placed 1 fields, the rules"),
    ],
)
def test_garbage_or_a_worse_answer_leaves_the_rules_result(answer: str, why: str) -> None:
    rules = import_resume(TEXT, "cv.txt")
    result, provider = _import_with([answer])  # one answer queued: a second call would fail the stub
    assert provider.calls == 1
    assert result.resume == rules.resume
    assert result.structured_by == "rules"
    assert any(w.startswith("AI structuring not used") and why in w for w in result.warnings)


def test_throttling_leaves_the_rules_result() -> None:
    client = _client(attempts=1)
    provider = BedrockProvider(client, MODEL, LocalRulesProvider(FIX_RULES))
    with Stubber(client) as stub:
        stub.add_client_error("converse", service_error_code="ThrottlingException", http_status_code=429)
        result = import_structured(TEXT, "cv.txt", model=provider)
    assert result.resume == import_resume(TEXT, "cv.txt").resume
    assert any("could not be reached (ThrottlingException)" in w for w in result.warnings)


def test_a_timeout_leaves_the_rules_result() -> None:
    client = _client(attempts=1)  # botocore's own retries of a timeout are its business: one attempt here

    def timeout(**_: Any) -> None:
        raise ReadTimeoutError(endpoint_url="https://bedrock-runtime.us-east-1.amazonaws.com")

    client.meta.events.register("before-send.bedrock-runtime.Converse", timeout)
    provider = BedrockProvider(client, MODEL, LocalRulesProvider(FIX_RULES))
    result = import_structured(TEXT, "cv.txt", model=provider)
    assert provider.calls == 1
    assert result.structured_by == "rules"
    assert result.resume == import_resume(TEXT, "cv.txt").resume
    assert any("could not be reached (ReadTimeoutError)" in w for w in result.warnings)


def test_a_second_import_of_the_same_text_is_answered_from_the_cache() -> None:
    result, provider = _import_with([json.dumps(ANSWER)], imports=2)  # one answer queued for two imports
    assert provider.calls == 1
    assert result.structured_by == "bedrock"


def test_exactly_one_request_per_import() -> None:
    client = _client()
    counting = CountingProvider(BedrockProvider(client, MODEL, LocalRulesProvider(FIX_RULES)))
    with Stubber(client) as stub:
        stub.add_response("converse", _converse(json.dumps(ANSWER)), EXPECTED)
        result = import_structured(TEXT, "cv.txt", model=counting)
    assert counting.calls == 1
    assert result.structured_by == "bedrock"


def test_the_local_rules_engine_is_never_asked() -> None:
    local = LocalRulesProvider(FIX_RULES)
    result = import_structured(TEXT, "cv.txt", model=local)
    assert local.calls == 0
    assert result.structured_by == ""
    assert "structured_by" not in result.to_dict()
    assert result.resume == import_resume(TEXT, "cv.txt").resume


def test_structuring_model_only_for_a_real_model_and_only_when_asked() -> None:
    assert structuring_model(Settings()) is None
    assert structuring_model(Settings(), asked=True) is None  # local: no model, no call
    assert structuring_model(Settings(ai_provider="openai"), asked=False) is None
    assert structuring_model(Settings(ai_provider="openai")) is None  # IMPORT_AI_STRUCTURE defaults to off
    model = structuring_model(Settings(ai_provider="openai", openai_base_url="http://127.0.0.1:9/v1"), asked=True)
    assert model is not None
    assert model.answers_json
    on = Settings.from_env({"AI_PROVIDER": "openai", "IMPORT_AI_STRUCTURE": "true"})
    assert on.import_ai_structure is True
    assert structuring_model(on) is not None


def test_placed_counts_the_measured_fields() -> None:
    assert placed({}) == 0
    resume = {"basics": {"name": "A", "email": "a@b.c"}, "skills": [{"name": "Go"}, {"keywords": ["x", "y"]}]}
    assert placed(resume) == 5


def test_a_slow_model_is_not_waited_for_beyond_the_import_timeout() -> None:
    client = _client(attempts=1)

    def slow(**_: Any) -> None:
        time.sleep(1.0)
        raise ReadTimeoutError(endpoint_url="https://bedrock-runtime.us-east-1.amazonaws.com")

    client.meta.events.register("before-send.bedrock-runtime.Converse", slow)
    provider = BedrockProvider(client, MODEL, LocalRulesProvider(FIX_RULES))
    started = time.perf_counter()
    result = import_structured(TEXT, "cv.txt", model=provider, timeout=0.2)
    assert time.perf_counter() - started < 0.9
    assert result.structured_by == "rules"
    assert any("could not be reached (timed out)" in w for w in result.warnings)


def test_nulls_for_what_the_text_does_not_state_are_left_out() -> None:
    answer = json.loads(json.dumps(ANSWER))
    answer["basics"]["url"] = None
    answer["work"][0]["endDate"] = None
    answer["work"][1]["startDate"] = "2017-03-01"  # more precise than the text ("03/2017"): shortened to it
    answer["education"][0]["courses"] = None
    answer["projects"] = None
    result, _ = _import_with([json.dumps(answer)])
    assert result.structured_by == "bedrock"
    assert "url" not in result.resume["basics"]
    assert "endDate" not in result.resume["work"][0]
    assert result.resume["work"][1]["startDate"] == "2017-03"
    assert "projects" not in result.resume


def test_the_rules_placement_notes_go_when_the_model_result_is_used() -> None:
    text = TEXT.replace(b"San Francisco, CA\n", b"San Francisco, CA\nOpen to relocation and travel\n")
    rules = import_structured(text, "cv.txt", model=None)
    assert any(w.startswith("Not placed from the header") for w in rules.warnings)
    answer = {**ANSWER, "basics": {**ANSWER["basics"], "summary": "Open to relocation and travel"}}
    client = _client()
    provider = BedrockProvider(client, MODEL, LocalRulesProvider(FIX_RULES))
    with Stubber(client) as stub:
        stub.add_response("converse", _converse(json.dumps(answer)), EXPECTED)
        result = import_structured(text, "cv.txt", model=provider)
    assert result.structured_by == "bedrock"
    assert result.resume["basics"]["summary"] == "Open to relocation and travel"
    assert not any(w.startswith("Not placed") for w in result.warnings)  # the rules' note, not the model's
