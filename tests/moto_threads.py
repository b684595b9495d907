"""moto's Step Functions interpreter made safe for the threads it runs Map and Parallel branches in.

moto runs every branch of a Map or Parallel state in a thread of the test process; AWS runs each in its own
execution. Three things moto shares between those threads are not thread-safe, and each once failed a branch
under CI load (a "lost" batch, a missing ``$.plan``):

- ``ast.literal_eval``, which moto's ASL parser calls: on CPython 3.11 it is not thread-safe ("AST constructor
  recursion depth mismatch");
- ANTLR's Python runtime, whose DFA cache the parser instances share unguarded (moto parses each branch's ASL
  and its intrinsic functions in the branch's thread);
- boto3's default session, from which moto builds a new client for every Lambda task (boto/boto3#1592: a
  client built while another is being built can miss its credential provider or endpoint resolver);
- moto's request router, built lazily per service and protocol on the first request: it compiles werkzeug
  rules with ``ast.parse``, and CPython 3.11's AST constructor is not thread-safe either. This one was caught by
  the traceback record below in a CI run ("SystemError: AST constructor recursion depth mismatch" inside
  ``ServiceOperationRouter._get_router``, three Map iterations lost): the cause of the lost batches.

``serialise_moto`` runs each of them one at a time. It also records the traceback of every Python exception moto
turns into a bare ``States.Runtime`` failure ("unhandled exception", logged without a traceback), so that a test
whose run came out wrong can show where it came from.
"""

from __future__ import annotations

import ast
import functools
import threading
import traceback
import types
import warnings
from collections.abc import Callable
from typing import Any

import boto3
import pytest
from moto.core.routing import ServiceOperationRouter
from moto.stepfunctions.parser.asl.antlt4utils import antlr4utils
from moto.stepfunctions.parser.asl.component.common.error_name.failure_event import FailureEventException
from moto.stepfunctions.parser.asl.component.eval_component import EvalComponent
from moto.stepfunctions.parser.asl.component.state.exec.execute_state import ExecutionState
from moto.stepfunctions.parser.asl.parse.asl_parser import AmazonStateLanguageParser
from moto.stepfunctions.parser.asl.parse.intrinsic.intrinsic_parser import IntrinsicParser

#: tracebacks of the Python exceptions moto turned into States.Runtime failures since ``serialise_moto``
RUNTIME_ERRORS: list[str] = []


def _one_at_a_time(lock: threading.RLock, call: Callable[..., Any]) -> Callable[..., Any]:
    def locked(*args: Any, **kwargs: Any) -> Any:
        with lock:
            return call(*args, **kwargs)

    return locked


def serialise_moto(monkeypatch: pytest.MonkeyPatch) -> None:
    """Patch (for one test) moto's thread-unsafe parts to run one at a time, and record its runtime errors."""
    lock = threading.RLock()
    monkeypatch.setattr(antlr4utils, "ast", types.SimpleNamespace(literal_eval=_one_at_a_time(lock, ast.literal_eval)))
    for parser in (AmazonStateLanguageParser, IntrinsicParser):
        monkeypatch.setattr(parser, "parse", staticmethod(_one_at_a_time(lock, parser.parse)))
    monkeypatch.setattr(boto3, "client", _one_at_a_time(lock, boto3.client))
    monkeypatch.setattr(ServiceOperationRouter, "_get_router", _one_at_a_time(lock, ServiceOperationRouter._get_router))
    from_error = ExecutionState._from_error

    def recorded_from_error(self: ExecutionState, env: Any, ex: Exception) -> Any:
        if not isinstance(ex, FailureEventException):
            RUNTIME_ERRORS.append("".join(traceback.format_exception(ex)))
        return from_error(self, env, ex)

    monkeypatch.setattr(ExecutionState, "_from_error", recorded_from_error)
    # and a Python exception raised in any other state's evaluation ("NoSuchJsonPathError" for a "$.plan" a lost
    # branch never wrote, seen once in a CI run with no Task error recorded): moto logs it, then fails the run
    log_exception = EvalComponent._log_exception

    def recorded_log_exception(self: EvalComponent, exception: Exception) -> None:
        RUNTIME_ERRORS.append("".join(traceback.format_exception(exception)))
        log_exception(self, exception)

    monkeypatch.setattr(EvalComponent, "_log_exception", recorded_log_exception)
    RUNTIME_ERRORS.clear()


def rerun_on_moto_fault(test: Callable[..., Any]) -> Callable[..., Any]:
    """Run a state-machine test once more when it failed and moto itself crashed inside a Task on the way.

    Only a Python exception inside moto's interpreter counts (``RUNTIME_ERRORS``: not a Lambda error, not an ASL
    error, which moto reports as failure events); our code failing fails the test at once. The repeat is
    reported as a warning with the traceback, so it stays visible. The test must take ``monkeypatch``.
    """

    @functools.wraps(test)
    def run(*args: Any, **kwargs: Any) -> Any:
        try:
            return test(*args, **kwargs)
        except Exception:
            if not RUNTIME_ERRORS:
                raise
            faults = list(RUNTIME_ERRORS)
            warnings.warn(
                f"moto raised inside a Task {len(faults)} time(s); the test ran again. First: {faults[0][-3000:]}",
                stacklevel=2,
            )
            kwargs["monkeypatch"].undo()
            return test(*args, **kwargs)

    return run
