"""Any OpenAI-compatible chat endpoint (OpenAI, Ollama, llama.cpp, vLLM, LM Studio): one combined call, JSON answer.

The same contract as :mod:`.bedrock`: temperature 0, the answer validated against the schema, one retry that
tells the model what was wrong, and on any failure (HTTP error, refused connection, timeout, twice malformed)
the local rules engine answers instead, so a request never fails because of the model. The guards in
:mod:`resume_autofix.fixes` judge every edit afterwards, whoever proposed it.

Why the standard library and not the ``openai`` SDK: one POST of JSON is all this needs; ``urllib`` has it with
an explicit timeout, adds nothing to the layer, and keeps the provider free of an SDK's retries and defaults.
"""

from __future__ import annotations

import logging
import urllib.error
import urllib.request
from typing import Any

import orjson

from .base import AIProvider, JsonPrompt, Prompt
from .bedrock import parse_answer
from .exceptions import AIEndpointError, AIResponseError

logger = logging.getLogger(__name__)
DEFAULT_TIMEOUT = 60.0  # seconds for connecting and for each read; a local model on CPU can be slow
MAX_ANSWER_BYTES = 2_000_000


class OpenAIProvider(AIProvider):
    """``POST {base_url}/chat/completions``; ``api_key`` may be empty (Ollama, llama.cpp need none)."""

    name = "openai"
    answers_json = True

    def __init__(
        self,
        base_url: str,
        model: str,
        api_key: str = "",
        *,
        timeout: float = DEFAULT_TIMEOUT,
        fallback: AIProvider,
        max_tokens: int = 4096,
    ) -> None:
        super().__init__()
        self.url = base_url.rstrip("/") + "/chat/completions"
        self._model = model
        self._api_key = api_key
        self.timeout = timeout
        self.fallback = fallback
        self.max_tokens = max_tokens
        self.fallbacks = 0
        self._json_mode = True  # response_format={"type": "json_object"}, until a server says it has none

    @property
    def model_id(self) -> str:
        return f"{self.url}#{self._model}"  # one cache space per endpoint and model

    def __repr__(self) -> str:  # never the key
        return f"OpenAIProvider(url={self.url!r}, model={self._model!r})"

    def _generate(self, prompt: Prompt) -> dict[str, Any]:
        messages: list[dict[str, str]] = [
            {"role": "system", "content": prompt.system},
            {"role": "user", "content": prompt.user},
        ]
        for attempt in (1, 2):
            text = ""
            try:
                text = self._chat(messages)
                return parse_answer(text)
            except AIResponseError as exc:
                # the error type only: the model's answer (and so the message) may echo the resume
                logger.warning("openai answer rejected", extra={"attempt": attempt, "error": type(exc).__name__})
                messages = [
                    *messages,
                    {"role": "assistant", "content": text or " "},
                    {
                        "role": "user",
                        "content": f"That was not valid: {exc.message}. Answer with the JSON object only.",
                    },
                ]
            except AIEndpointError as exc:
                logger.warning("openai call failed; using the rules engine", extra={"error": exc.message})
                break
        self.fallbacks += 1
        return self.fallback._generate(prompt)

    def _answer_json(self, prompt: JsonPrompt) -> str:
        return self._chat([{"role": "system", "content": prompt.system}, {"role": "user", "content": prompt.user}])

    def _chat(self, messages: list[dict[str, str]]) -> str:
        body = {
            "model": self._model,
            "messages": messages,
            "temperature": 0,
            "max_tokens": self.max_tokens,
        }
        if self._json_mode:
            body["response_format"] = {"type": "json_object"}
        headers = {"Content-Type": "application/json", "Accept": "application/json"}
        if self._api_key:
            headers["Authorization"] = f"Bearer {self._api_key}"
        request = urllib.request.Request(self.url, data=orjson.dumps(body), headers=headers, method="POST")  # noqa: S310
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:  # noqa: S310 - http(s) checked in config
                raw = response.read(MAX_ANSWER_BYTES + 1)
        except urllib.error.HTTPError as exc:
            if exc.code in {400, 422} and self._json_mode:
                # Some servers (older llama.cpp, some vLLM builds) refuse response_format: ask again without it.
                self._json_mode = False
                return self._chat(messages)
            raise AIEndpointError(f"HTTP {exc.code}") from None
        except TimeoutError:
            raise AIEndpointError("timed out") from None
        except (urllib.error.URLError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            raise AIEndpointError("timed out" if isinstance(reason, TimeoutError) else type(reason).__name__) from None
        if len(raw) > MAX_ANSWER_BYTES:
            raise AIResponseError("the answer is too long")
        return _content(raw)


def _content(raw: bytes) -> str:
    """The first choice's message text of a chat-completions answer."""
    try:
        data = orjson.loads(raw)
        content = data["choices"][0]["message"]["content"]
    except (orjson.JSONDecodeError, KeyError, IndexError, TypeError):
        raise AIResponseError("not a chat-completions answer") from None
    if not isinstance(content, str):
        raise AIResponseError("the message has no text")
    return content
