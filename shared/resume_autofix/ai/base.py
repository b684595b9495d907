"""The provider interface (a prompt in, a JSON answer out) and the answer's schema."""

from __future__ import annotations

import re
import threading
from abc import ABC, abstractmethod
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import fastjsonschema
import orjson

from .exceptions import AIEndpointError, AIResponseError

ANSWER_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["fixes"],
    "properties": {
        "fixes": {
            "type": "object",
            "additionalProperties": {
                "type": "array",
                "items": {
                    "type": "object",
                    "required": ["path", "new"],
                    "properties": {
                        "path": {"type": "string", "pattern": "^/"},
                        "new": {"type": "string"},
                        "reason": {"type": "string"},
                    },
                },
            },
        }
    },
}
validate_answer = fastjsonschema.compile(ANSWER_SCHEMA)

# The prompt's user text embeds its JSON payload between these markers (what the local rules engine reads back).
PAYLOAD_START = "<<<PAYLOAD"
PAYLOAD_END = "PAYLOAD>>>"
_FENCE = re.compile(r"^\s*```(?:json)?\s*|\s*```\s*$")


@dataclass(frozen=True)
class Prompt:
    """One combined request: ``system`` + ``user`` text (the user text embeds ``payload`` as JSON)."""

    system: str
    user: str
    fix_ids: tuple[str, ...]
    key: str  # hash of the prompt: the AI response cache key part (never user text)
    payload: dict[str, Any] = field(default_factory=dict, compare=False)


def parse_json_answer(text: str) -> dict[str, Any]:
    """A model's text (perhaps in a Markdown code fence) → a JSON object, or :class:`AIResponseError`."""
    try:
        data = orjson.loads(_FENCE.sub("", text or ""))
    except orjson.JSONDecodeError as exc:
        raise AIResponseError(f"not JSON ({exc.msg})") from None
    if not isinstance(data, dict):
        raise AIResponseError("not a JSON object")
    return data


def embed_payload(body: str) -> str:
    """``body`` (the payload's JSON text) between the payload markers."""
    return f"{PAYLOAD_START}\n{body}\n{PAYLOAD_END}"


def read_payload(prompt: Prompt) -> dict[str, Any]:
    """The JSON payload of a prompt, read back from its text (what the model sees, nothing else)."""
    start = prompt.user.index(PAYLOAD_START) + len(PAYLOAD_START)
    end = prompt.user.rindex(PAYLOAD_END)
    data = orjson.loads(prompt.user[start:end])
    return data if isinstance(data, dict) else {}


@dataclass(frozen=True)
class JsonPrompt:
    """A request whose answer is any JSON object its own ``schema`` allows (e.g. structuring an imported resume).

    ``key`` is a hash (never user text): the AI response cache key part. ``validate`` is ``schema`` compiled.
    """

    system: str
    user: str
    schema: dict[str, Any] = field(compare=False)
    key: str
    validate: Callable[[Any], Any] = field(compare=False, repr=False)


class AIProvider(ABC):
    """A provider answers a :class:`Prompt` with ``{"fixes": {fix_id: [{"path", "new", "reason"}]}}``.

    A real model (``answers_json``) also answers a :class:`JsonPrompt` with the JSON its schema asks for; the
    offline rules engine does not (it has nothing to structure text with).
    """

    name = "base"
    answers_json = False

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.calls = 0

    def generate(self, prompt: Prompt) -> dict[str, Any]:
        """Answer ``prompt`` (from the AI response cache when the same prompt was answered before)."""

        def answer() -> dict[str, Any]:
            found = self._generate(prompt)
            validate_answer(found)
            return found

        return self._cached("ai", prompt.key, answer)

    def _cached(self, kind: str, prompt_key: str, answer: Callable[[], dict[str, Any]]) -> dict[str, Any]:
        """The cached answer of this provider and model to a prompt, or ``answer()`` (one counted call), cached
        only once it returned: an answer that fails its check raises and leaves nothing in the cache."""
        from resume_autofix.cache import cache_manager, make_key  # noqa: PLC0415 - keep import light

        cache = cache_manager.get_ai_response_cache()
        key = make_key(kind, self.name, self.model_id, prompt_key)
        cached = cache.get(key)
        if isinstance(cached, dict):
            return cached
        with self._lock:
            self.calls += 1
        found = answer()
        cache.set(key, found)
        return found

    def answer_json(self, prompt: JsonPrompt) -> dict[str, Any]:
        """One model call for ``prompt`` (or the cached answer), validated against its schema.

        Raises
        ------
        AIResponseError
            the answer is not JSON, or not what the schema allows (nothing is cached then).
        AIEndpointError
            the model could not be reached, refused, or timed out; also when this provider is no model.
        """
        if not self.answers_json:
            raise AIEndpointError(f"the {self.name} provider is no model: it cannot answer this request")

        def answer() -> dict[str, Any]:
            found = parse_json_answer(self._answer_json(prompt))
            try:
                prompt.validate(found)
            except fastjsonschema.JsonSchemaException as exc:
                raise AIResponseError(f"not the expected shape ({exc})") from None
            return found

        return self._cached("ai-json", prompt.key, answer)

    def _answer_json(self, prompt: JsonPrompt) -> str:
        """The model's text answer to ``prompt`` (one call, no retry); models override it."""
        raise NotImplementedError

    @property
    def model_id(self) -> str:
        return self.name

    @property
    def label(self) -> str:
        """The provider's name as users see it (a wrapper shows what it wraps)."""
        return self.name

    @abstractmethod
    def _generate(self, prompt: Prompt) -> dict[str, Any]:
        """Produce the answer; raise on failure."""
