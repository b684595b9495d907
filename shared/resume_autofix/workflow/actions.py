"""The fix Lambda's Step Functions task actions: ``{"action": "analyze" | "apply" | "merge" | "render" | "pdf"}``.

This is the one place a workflow payload is decoded: each action reads its event into typed values and calls one
step (``analyze``, ``merge``, ``render``, ``pdf``) or one piece of the stage loop (``apply``:
``ParallelFixProcessor.apply_job``, with a fresh AI provider so its ``ai_calls`` counts exactly that job's calls);
html/pdf are swapped for cache references.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, cast

from ..batch import JobOutput, ParallelFixProcessor
from ..config import Settings, get_settings
from . import steps
from .exceptions import InvalidAutofixRequestError
from .outputs import store_output
from .request import AutofixRequest
from .state import State

if TYPE_CHECKING:
    from ..ai import AIProvider

ACTIONS: tuple[str, ...] = ("analyze", "apply", "merge", "render", "pdf")


def is_action_event(event: Any) -> bool:
    """True for a Step Functions task event (as opposed to an API Gateway event)."""
    return isinstance(event, dict) and event.get("action") in ACTIONS and "requestContext" not in event


def _max_concurrency(raw: Any, settings: Settings) -> int:
    try:
        value = int(raw)
    except (TypeError, ValueError):
        return settings.batch_max_workers
    return value if value >= 1 else settings.batch_max_workers


def handle_action(
    event: dict[str, Any],
    settings: Settings | None = None,
    provider_factory: Callable[[], AIProvider] | None = None,
) -> State | JobOutput:
    """Run the action named in ``event`` and return its JSON-able output (the next state, or a job's output)."""
    settings = settings or get_settings()
    action = event.get("action")
    if action == "analyze":
        request = AutofixRequest.from_payload(event.get("request"))
        return steps.analyze(request, max_concurrency=_max_concurrency(event.get("max_concurrency"), settings))
    fixer = ParallelFixProcessor(provider_factory=provider_factory, settings=settings)
    if action == "apply":
        return fixer.apply_job(
            event["job"],
            stage=int(event.get("stage", 1)),
            resume=event["resume"],
            analysis=event["analysis"],
            job_description=steps.job_text(event.get("job_description")),
        )
    state = cast(State, event.get("state"))
    if action == "merge":
        return steps.merge(state, fixer)
    if action == "render":
        state, html = steps.render(state)
        state["answer"]["html_ref"] = store_output(
            "html", html, state["answer"]["resume"], state["plan"]["template_id"]
        )
        return state
    if action == "pdf":
        state, data = steps.pdf(state)
        state["answer"]["pdf_ref"] = store_output("pdf", data, state["answer"]["resume"], state["plan"]["template_id"])
        return state
    raise InvalidAutofixRequestError(
        f"Unknown action {action!r}; use one of {', '.join(ACTIONS)}", details={"valid": list(ACTIONS)}
    )
