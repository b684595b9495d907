"""The HTTP edge shared by every handler: body parsing and the one error → status mapping."""

from __future__ import annotations

from .edge import Edge, make_edge
from .errors import error_body, register_error_handlers
from .limits import MAX_DEPTH, check_depth
from .request import json_body, optional_text, query_flag, require_resume
from .response import LAMBDA_ANSWER_LIMIT, answer_size, binary_response, fit_lambda_answer, json_response

__all__ = [
    "LAMBDA_ANSWER_LIMIT",
    "MAX_DEPTH",
    "Edge",
    "answer_size",
    "binary_response",
    "check_depth",
    "error_body",
    "fit_lambda_answer",
    "json_body",
    "json_response",
    "make_edge",
    "optional_text",
    "query_flag",
    "register_error_handlers",
    "require_resume",
]
