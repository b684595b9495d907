"""The one place where domain errors become HTTP answers."""

from __future__ import annotations

import traceback
from typing import Any

from aws_lambda_powertools.event_handler import Response
from aws_lambda_powertools.event_handler.exceptions import ServiceError

from ..exceptions import AutofixError
from .response import json_response


def error_body(message: str, details: Any = None) -> dict[str, Any]:
    return {"status": "error", "message": message, "details": details}


def failure_fields(exc: BaseException) -> dict[str, Any]:
    """What to log about a failure: its type and where it happened, never its message.

    Messages carry request text (a 400 quotes the bad value back to the caller; a library error may quote the
    resume), and the log must hold no resume contents. The type and the stack say what failed and where.
    """
    chain: list[str] = []
    seen: BaseException | None = exc
    while seen is not None and len(chain) < 5:
        chain.append(type(seen).__name__)
        seen = seen.__cause__ or seen.__context__
    frames = traceback.extract_tb(exc.__traceback__)[-12:]
    return {
        "error": chain[0],
        "caused_by": chain[1:],
        "stack": [f"{f.filename.rsplit('/', 2)[-1] if f.filename else '?'}:{f.lineno} in {f.name}" for f in frames],
    }


def register_error_handlers(app: Any, logger: Any) -> None:
    """Map ``AutofixError`` to its 4xx/5xx and anything unexpected to a logged 500, all in the one error shape.

    Powertools' own ``ServiceError`` family (its 404 for an unknown route, ...) keeps its status but gets our body.
    An exception no handler expects would otherwise crash the invocation, and API Gateway would answer its own
    ``{"message": "Internal Server Error"}``.
    """

    @app.exception_handler(AutofixError)
    def _autofix_error(exc: AutofixError) -> Response:
        if exc.status >= 500:
            logger.error("request failed", extra={"status": exc.status, **failure_fields(exc)})
        else:
            logger.info("bad request", extra={"status": exc.status, "error": type(exc).__name__})
        return json_response(error_body(exc.message, exc.details), status=exc.status)

    @app.exception_handler(ServiceError)
    def _service_error(exc: ServiceError) -> Response:
        return json_response(error_body(str(exc.msg)), status=int(exc.status_code))

    @app.not_found
    def _not_found(_exc: Exception) -> Response:
        event = app.current_event
        route = f"{event.request_context.http.method} {event.raw_path}"
        return json_response(error_body(f"No route for {route}"), status=404)

    @app.exception_handler(Exception)
    def _unexpected(exc: Exception) -> Response:
        logger.error("request failed unexpectedly", extra={"status": 500, **failure_fields(exc)})
        context = getattr(app, "lambda_context", None)
        request_id = getattr(context, "aws_request_id", None)
        return json_response(
            error_body(
                "Internal error: the request could not be completed; retry, or report the request id",
                {"request_id": request_id},
            ),
            status=500,
        )
