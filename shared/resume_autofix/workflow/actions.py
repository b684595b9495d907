"""The fix Lambda's Step Functions task actions: ``{"action": "analyze" | "apply" | "merge" | "render" | "pdf"}``.

Each action calls one step of ``steps``; this module only unpacks the event, builds a fresh AI provider per
``apply`` (its ``calls`` counter then counts exactly that job's calls), and swaps html/pdf for cache references.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..config import Settings, get_settings
from . import domain, steps
from .exceptions import InvalidAutofixRequestError
from .outputs import store_output

ACTIONS: tuple[str, ...] = ("analyze", "apply", "merge", "render", "pdf")


def is_action_event(event: Any) -> bool:
    """True for a Step Functions task event (as opposed to an API Gateway event)."""
    return isinstance(event, dict) and event.get("action") in ACTIONS and "requestContext" not in event


def default_provider_factory(settings: Settings) -> Callable[[], Any]:
    return lambda: domain.get_provider(settings)


def _max_concurrency(raw: Any, settings: Settings) -> int:
    try:
        value = int(raw)
    except (TypeError, ValueError):
        return settings.batch_max_workers
    return value if value >= 1 else settings.batch_max_workers


def handle_action(
    event: dict[str, Any],
    settings: Settings | None = None,
    provider_factory: Callable[[], Any] | None = None,
) -> dict[str, Any]:
    """Run the action named in ``event`` and return its JSON-able output (the next state, or a job's output)."""
    settings = settings or get_settings()
    action = event.get("action")
    if action == "analyze":
        return steps.analyze(
            event.get("request"), max_concurrency=_max_concurrency(event.get("max_concurrency"), settings)
        )
    if action == "apply":
        provider = (provider_factory or default_provider_factory(settings))()
        return steps.apply(
            event["job"],
            stage=int(event.get("stage", 1)),
            resume=event["resume"],
            analysis=event["analysis"],
            job_description=event.get("job_description"),
            provider=provider,
        )
    if action == "merge":
        return steps.merge(event["state"])
    if action == "render":
        state, html = steps.render(event["state"])
        ref = store_output("html", html, state["answer"]["resume"], state["plan"]["template_id"])
        return {**state, "answer": {**state["answer"], "html_ref": ref}}
    if action == "pdf":
        state, data = steps.pdf(event["state"])
        ref = store_output("pdf", data, state["answer"]["resume"], state["plan"]["template_id"])
        return {**state, "answer": {**state["answer"], "pdf_ref": ref}}
    raise InvalidAutofixRequestError(
        f"Unknown action {action!r}; use one of {', '.join(ACTIONS)}", details={"valid": list(ACTIONS)}
    )
