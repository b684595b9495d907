"""Every handler's failure paths: the error shape always, and no resume text in the logs."""

from __future__ import annotations

import copy
import json
import logging
from collections.abc import Iterator
from typing import Any

import pytest

from functions.cache_admin import app as cache_admin_app
from functions.fix import app as fix_app
from functions.pdf import app as pdf_app
from functions.render import app as render_app

SECRET = "Zebulon-Quartermaine-4471"


class _Lines(logging.Handler):
    """Every record of a Powertools logger, formatted by its own JSON formatter (extras and traceback included)."""

    def __init__(self, formatter: logging.Formatter | None) -> None:
        super().__init__()
        self.setFormatter(formatter)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(self.format(record))


@pytest.fixture
def logged(caplog: pytest.LogCaptureFixture) -> Iterator[Any]:
    """All log text of the four handlers' Powertools loggers and of the library (``resume_autofix.*``)."""
    caplog.set_level(logging.DEBUG)
    modules = (cache_admin_app, fix_app, pdf_app, render_app)
    handlers = [_Lines(m.logger.registered_handler.formatter) for m in modules]
    for module, handler in zip(modules, handlers, strict=True):
        module.logger._logger.addHandler(handler)

    def text() -> str:
        lines = [line for h in handlers for line in h.lines]
        return "\n".join(lines) + "\n" + caplog.text

    yield text
    for module, handler in zip(modules, handlers, strict=True):
        module.logger._logger.removeHandler(handler)


def _boom(*_args: Any, **_kwargs: Any) -> Any:
    raise RuntimeError(f"unexpected failure while reading {SECRET}")


# (handler module, event file, the attribute of the module that the route calls, the name inside it)
CRASHES = [
    (render_app, "render-classic", "renderer", "render"),
    (pdf_app, "pdf-a4", "renderer", "render"),
    (fix_app, "fix-analyze", None, "analyze"),
    (cache_admin_app, "cache-stats", "cache_manager", "get_all_stats"),
]


@pytest.mark.parametrize(("module", "event_name", "owner", "name"), CRASHES, ids=lambda v: getattr(v, "__name__", v))
def test_an_unexpected_error_is_a_500_in_the_error_shape(
    module, event_name, owner, name, load_event, lambda_context, decode_body, monkeypatch, logged
) -> None:
    # GIVEN a route whose service raises something no one planned for, with resume text in its message
    target = getattr(module, owner) if owner else module
    monkeypatch.setattr(target, name, _boom)
    # WHEN the handler runs
    response = module.lambda_handler(load_event(event_name), lambda_context)
    # THEN the answer is a 500 in the one error shape (not a crashed invocation, which API Gateway turns into
    # its own {"message": "Internal Server Error"}), and neither the answer nor the log repeats the text
    assert response["statusCode"] == 500
    body = decode_body(response)
    assert set(body) == {"status", "message", "details"}
    assert body["status"] == "error"
    assert SECRET not in response["body"]
    assert SECRET not in logged()
    assert "RuntimeError" in logged()  # what failed, and where, is still logged


def _with_resume_change(event: dict, change: dict) -> dict:
    event = copy.deepcopy(event)
    body = json.loads(event["body"])
    body["resume"]["basics"].update(change)
    event["body"] = json.dumps(body)
    return event


@pytest.mark.parametrize(
    ("module", "event_name"),
    [(render_app, "render-classic"), (pdf_app, "pdf-a4"), (fix_app, "fix-analyze")],
    ids=["render", "pdf", "fix"],
)
def test_a_bad_request_logs_no_resume_text(module, event_name, load_event, lambda_context, logged) -> None:
    # GIVEN a resume whose e-mail address is invalid (the 400's message quotes it back to the caller)
    event = _with_resume_change(load_event(event_name), {"email": f"{SECRET}@@example"})
    response = module.lambda_handler(event, lambda_context)
    assert response["statusCode"] == 400
    assert SECRET in response["body"]  # the caller sees what to fix
    # THEN the log line says a 400 happened, but not the address
    assert "bad request" in logged()
    assert SECRET not in logged()


class _Subsegment:
    def __init__(self, recorded: list[Any]) -> None:
        self.recorded = recorded

    def put_metadata(self, key: str, value: Any, namespace: str = "default") -> None:
        self.recorded.append((key, value))

    def put_annotation(self, key: str, value: Any) -> None:
        self.recorded.append((key, value))

    def add_exception(self, exception: BaseException, stack: Any, remote: bool = False) -> None:
        self.recorded.append(("exception", exception))


class _RecordingProvider:
    """Stands in for the X-Ray recorder: keeps what the Tracer would send with each subsegment."""

    def __init__(self) -> None:
        self.recorded: list[Any] = []

    def in_subsegment(self, name: str | None = None, **_kwargs: Any) -> Any:
        recorded = self.recorded

        class _Ctx:
            def __enter__(self) -> _Subsegment:
                recorded.append(("subsegment", name))
                return _Subsegment(recorded)

            def __exit__(self, *_exc: Any) -> None:
                return None

        return _Ctx()


@pytest.mark.parametrize(
    ("module", "event_name"),
    [(render_app, "render-classic"), (pdf_app, "pdf-a4"), (fix_app, "fix-analyze"), (fix_app, "fix-autofix")],
    ids=["render", "pdf", "analyze", "autofix"],
)
def test_traces_carry_no_resume_text(module, event_name, load_event, lambda_context, monkeypatch) -> None:
    # GIVEN the X-Ray recorder replaced by one that keeps what the Tracer sends
    provider = _RecordingProvider()
    monkeypatch.setattr(module.tracer, "provider", provider)
    # WHEN a resume goes through the route
    event = _with_resume_change(load_event(event_name), {"summary": f"I am {SECRET}"})
    assert module.lambda_handler(event, lambda_context)["statusCode"] == 200
    # THEN the traces were made, but neither the answer (it holds the resume) nor its text went into them
    assert provider.recorded
    assert SECRET not in repr(provider.recorded)


LAMBDA_ANSWER_LIMIT = 6 * 1024 * 1024  # bytes of the proxy answer's JSON, as the Lambda runtime serialises it


def _answer_size(response: dict) -> int:
    return len(json.dumps(response, ensure_ascii=False).encode("utf-8"))


def _big_pdf_result(size: int, readback_text: str = "") -> Any:
    from resume_autofix.pdf import PdfResult  # noqa: PLC0415 - the pdf package is heavy

    return PdfResult(
        pdf=b"%PDF-1.7\n" + b"0" * size,
        pages=40,
        template_id="classic",
        template_version="1",
        paper="A4",
        resume_hash="0" * 64,
        readback={"text": readback_text} if readback_text else None,
    )


@pytest.mark.parametrize("case", ["autofix", "pdf-verify", "render", "pdf-binary-at-the-limit"])
def test_an_answer_over_the_lambda_limit_is_a_413_in_the_error_shape(
    case, load_event, lambda_context, decode_body, monkeypatch
) -> None:
    # GIVEN a route whose answer would not fit in a Lambda response (6 MB of JSON; Lambda would fail the
    # invocation and API Gateway answer its own 502)
    if case == "autofix":
        module, event = fix_app, load_event("fix-autofix")
        big = {"status": "success", "html": '<p>é"</p>' * 400_000, "pdf_base64": "A" * 2_000_000}
        monkeypatch.setattr(fix_app.autofix_service, "handle", lambda *_a, **_k: big)
    elif case == "pdf-verify":
        module, event = pdf_app, load_event("pdf-letter-verify")
        monkeypatch.setattr(pdf_app.renderer, "render", lambda *_a, **_k: _big_pdf_result(4_300_000, "x\n" * 300_000))
    elif case == "render":
        module, event = render_app, load_event("render-classic")
        from resume_autofix.render import RenderResult  # noqa: PLC0415

        html = '<li>"quoted"</li>\n' * 400_000
        monkeypatch.setattr(render_app.renderer, "render", lambda *_a, **_k: RenderResult(html, "classic", "1", "0"))
    else:
        module, event = pdf_app, load_event("pdf-a4")
        monkeypatch.setattr(pdf_app.renderer, "render", lambda *_a, **_k: _big_pdf_result(4_720_000))
    # WHEN the handler answers
    response = module.lambda_handler(event, lambda_context)
    # THEN the answer fits, and it is a 413 in the one error shape that says what to ask for instead
    assert _answer_size(response) <= LAMBDA_ANSWER_LIMIT
    assert response["statusCode"] == 413
    body = decode_body(response)
    assert set(body) == {"status", "message", "details"}
    assert body["details"]["limit_bytes"] == LAMBDA_ANSWER_LIMIT
    assert body["details"]["size_bytes"] > LAMBDA_ANSWER_LIMIT


def test_an_answer_just_under_the_limit_is_sent(load_event, lambda_context, monkeypatch) -> None:
    monkeypatch.setattr(pdf_app.renderer, "render", lambda *_a, **_k: _big_pdf_result(4_600_000))
    response = pdf_app.lambda_handler(load_event("pdf-a4"), lambda_context)
    assert response["statusCode"] == 200
    assert LAMBDA_ANSWER_LIMIT - 400_000 < _answer_size(response) <= LAMBDA_ANSWER_LIMIT
