"""The one place where domain errors become HTTP answers."""

from __future__ import annotations

from typing import Any

from aws_lambda_powertools.event_handler import Response
from aws_lambda_powertools.event_handler.exceptions import ServiceError

from ..exceptions import AutofixError
from .response import json_response


def error_body(message: str, details: Any = None) -> dict[str, Any]:
    return {"status": "error", "message": message, "details": details}


def register_error_handlers(app: Any, logger: Any) -> None:
    """Map ``AutofixError`` to its 4xx/5xx and anything unexpected to a logged 500.

    Powertools' own ``ServiceError`` family (its 404 for an unknown route, ...) keeps its status but gets our body.
    """

    @app.exception_handler(AutofixError)
    def _autofix_error(exc: AutofixError) -> Response:
        if exc.status >= 500:
            logger.exception("request failed", extra={"error": exc.message})
        else:
            logger.info("bad request", extra={"error": exc.message, "status": exc.status})
        return json_response(error_body(exc.message, exc.details), status=exc.status)

    @app.exception_handler(ServiceError)
    def _service_error(exc: ServiceError) -> Response:
        return json_response(error_body(str(exc.msg)), status=int(exc.status_code))

    @app.not_found
    def _not_found(_exc: Exception) -> Response:
        event = app.current_event
        route = f"{event.request_context.http.method} {event.raw_path}"
        return json_response(error_body(f"No route for {route}"), status=404)
