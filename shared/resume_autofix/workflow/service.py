"""POST /api/autofix behind one call: validate, dedup across containers, run (state machine or in-process).

The fix handler's route is then three lines: parse the body, call ``autofix_service.handle``, answer JSON.
"""

from __future__ import annotations

from typing import Any

import orjson

from ..cache import hash_key
from ..config import Settings, get_settings
from ..idempotency import IdempotentRunner
from .prefetch import prefetcher
from .request import AutofixRequest, request_from_body
from .runner import run_request
from .sfn import run_state_machine

# The state machine's input travels as Step Functions state (256 KB at most, minus the answer growing in it):
# bigger requests run in-process instead of failing.
MAX_STATE_INPUT_BYTES = 200_000


class AutofixService:
    """Built once per container; holds the Step Functions client and the idempotency runner (lazily)."""

    def __init__(
        self, settings: Settings | None = None, sfn_client: Any = None, runner: IdempotentRunner | None = None
    ) -> None:
        self._settings = settings
        self._sfn_client = sfn_client
        self._runner = runner

    @property
    def settings(self) -> Settings:
        return self._settings or get_settings()

    @property
    def runner(self) -> IdempotentRunner:
        if self._runner is None:
            self._runner = IdempotentRunner.from_settings(self.settings)
        return self._runner

    def _client(self) -> Any:
        if self._sfn_client is None:
            import boto3  # noqa: PLC0415 - only in state machine mode

            self._sfn_client = boto3.client("stepfunctions")
        return self._sfn_client

    def handle(self, body: dict[str, Any], lambda_context: Any = None) -> dict[str, Any]:
        """The answer body for a POST /api/autofix ``body`` (raises the project's errors for 4xx/5xx)."""
        return self.run(request_from_body(body), lambda_context)

    def run(self, request: AutofixRequest, lambda_context: Any = None) -> dict[str, Any]:
        """The answer for a checked request: once per body across containers, on the state machine or in-process."""
        payload = request.to_payload()
        arn = self.settings.state_machine_arn

        def compute() -> dict[str, Any]:
            predicted = prefetcher.predicted_autofix(payload)  # computed after this resume's analysis
            if predicted is not None:
                return predicted
            if arn and _size(payload) <= MAX_STATE_INPUT_BYTES:
                return run_state_machine(request, arn, self._client())
            return run_request(request, settings=self.settings).to_dict()

        return self.runner.run({"body_sha256": hash_key(payload)}, compute, lambda_context=lambda_context)


def _size(payload: dict[str, Any]) -> int:
    return len(orjson.dumps(payload))


autofix_service = AutofixService()
