"""The provider interface (a prompt in, a JSON answer out) and the answer's schema."""

from __future__ import annotations

import threading
from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from typing import Any

import fastjsonschema
import orjson

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


@dataclass(frozen=True)
class Prompt:
    """One combined request: ``system`` + ``user`` text (the user text embeds ``payload`` as JSON)."""

    system: str
    user: str
    fix_ids: tuple[str, ...]
    key: str  # hash of the prompt: the AI response cache key part (never user text)
    payload: dict[str, Any] = field(default_factory=dict, compare=False)


def embed_payload(body: str) -> str:
    """``body`` (the payload's JSON text) between the payload markers."""
    return f"{PAYLOAD_START}\n{body}\n{PAYLOAD_END}"


def read_payload(prompt: Prompt) -> dict[str, Any]:
    """The JSON payload of a prompt, read back from its text (what the model sees, nothing else)."""
    start = prompt.user.index(PAYLOAD_START) + len(PAYLOAD_START)
    end = prompt.user.rindex(PAYLOAD_END)
    data = orjson.loads(prompt.user[start:end])
    return data if isinstance(data, dict) else {}


class AIProvider(ABC):
    """A provider answers a :class:`Prompt` with ``{"fixes": {fix_id: [{"path", "new", "reason"}]}}``."""

    name = "base"

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.calls = 0

    def generate(self, prompt: Prompt) -> dict[str, Any]:
        """Answer ``prompt`` (from the AI response cache when the same prompt was answered before)."""
        from resume_autofix.cache import cache_manager, make_key  # noqa: PLC0415 - keep import light

        cache = cache_manager.get_ai_response_cache()
        key = make_key("ai", self.name, self.model_id, prompt.key)
        cached = cache.get(key)
        if isinstance(cached, dict):
            return cached
        with self._lock:
            self.calls += 1
        answer = self._generate(prompt)
        validate_answer(answer)
        cache.set(key, answer)
        return answer

    @property
    def model_id(self) -> str:
        return self.name

    @abstractmethod
    def _generate(self, prompt: Prompt) -> dict[str, Any]:
        """Produce the answer; raise on failure."""
