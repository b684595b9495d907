"""Amazon Bedrock through the Converse API: temperature 0, JSON validated, one retry, then the rules engine.

Throttling is retried by botocore itself (``retries={"mode": "adaptive"}``); if it still fails, or the call times
out, or the model twice answers something that is not the expected JSON, the local rules engine answers instead,
so a request never fails because of the model.
"""

from __future__ import annotations

import logging
import re
from typing import Any

import orjson
from botocore.config import Config
from botocore.exceptions import BotoCoreError, ClientError
from fastjsonschema import JsonSchemaException

from .base import AIProvider, JsonPrompt, Prompt, validate_answer
from .exceptions import AIEndpointError, AIResponseError

logger = logging.getLogger(__name__)
CLIENT_CONFIG = Config(retries={"mode": "adaptive", "max_attempts": 4}, connect_timeout=5, read_timeout=60)
_FENCE = re.compile(r"^\s*```(?:json)?\s*|\s*```\s*$")


class BedrockProvider(AIProvider):
    """Bedrock Converse provider; ``client`` is a ``bedrock-runtime`` client (built with :data:`CLIENT_CONFIG`).

    ``fallback`` (the local rules engine) answers whenever the model cannot.
    """

    name = "bedrock"
    answers_json = True

    def __init__(self, client: Any, model_id: str, fallback: AIProvider, max_tokens: int = 4096) -> None:
        super().__init__()
        self.client = client
        self._model_id = model_id
        self.fallback = fallback
        self.max_tokens = max_tokens
        self.fallbacks = 0

    @property
    def model_id(self) -> str:
        return self._model_id

    def _generate(self, prompt: Prompt) -> dict[str, Any]:
        messages: list[dict[str, Any]] = [{"role": "user", "content": [{"text": prompt.user}]}]
        for attempt in (1, 2):
            try:
                text = self._converse(prompt.system, messages)
                return parse_answer(text)
            except AIResponseError as exc:
                # the error type only: the model's answer (and so the message) may echo the resume
                logger.warning("bedrock answer rejected", extra={"attempt": attempt, "error": type(exc).__name__})
                messages = [
                    *messages,
                    {"role": "assistant", "content": [{"text": text or " "}]},
                    {
                        "role": "user",
                        "content": [{"text": f"That was not valid: {exc.message}. Answer with the JSON object only."}],
                    },
                ]
            except (ClientError, BotoCoreError) as exc:
                code = exc.response.get("Error", {}).get("Code") if isinstance(exc, ClientError) else None
                logger.warning(
                    "bedrock call failed; using the rules engine", extra={"error": code or type(exc).__name__}
                )
                break
        self.fallbacks += 1
        return self.fallback._generate(prompt)

    def _answer_json(self, prompt: JsonPrompt) -> str:
        try:
            return self._converse(prompt.system, [{"role": "user", "content": [{"text": prompt.user}]}])
        except ClientError as exc:
            raise AIEndpointError(str(exc.response.get("Error", {}).get("Code") or "ClientError")) from None
        except BotoCoreError as exc:
            raise AIEndpointError(type(exc).__name__) from None

    def _converse(self, system: str, messages: list[dict[str, Any]]) -> str:
        response = self.client.converse(
            modelId=self._model_id,
            system=[{"text": system}],
            messages=messages,
            inferenceConfig={"temperature": 0, "maxTokens": self.max_tokens},
        )
        content = (((response.get("output") or {}).get("message") or {}).get("content")) or []
        return "".join(part.get("text", "") for part in content if isinstance(part, dict))


def parse_answer(text: str) -> dict[str, Any]:
    """The model's text → the validated answer dict, or :class:`AIResponseError` saying what is wrong."""
    try:
        data = orjson.loads(_FENCE.sub("", text or ""))
    except orjson.JSONDecodeError as exc:
        raise AIResponseError(f"not JSON ({exc.msg})") from None
    try:
        validate_answer(data)
    except JsonSchemaException as exc:
        raise AIResponseError(f"not the expected shape ({exc})") from None
    if not isinstance(data, dict):
        raise AIResponseError("not a JSON object")
    return data


def make_client(region: str | None = None) -> Any:
    import boto3  # noqa: PLC0415 - only the bedrock provider needs it

    return boto3.client("bedrock-runtime", region_name=region, config=CLIENT_CONFIG)
