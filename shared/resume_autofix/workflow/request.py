"""The auto-fix request: validated once at the edge, so that input errors are 400s before any work starts.

It is built once per request (``request_from_body`` at the HTTP edge, ``build_request`` for the Python API,
``AutofixRequest.from_payload`` where the state machine hands it to the Analyze action) and then passed as
one typed object: the loaded resume and job, and the planned stages, travel with it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from ..batch import domain
from ..batch.domain import Stages
from ..http.limits import check_depth
from ..resume import JobDescription, Resume, load_job_description, load_resume
from .exceptions import InvalidAutofixRequestError
from .outputs import validate_template

FORMATS: tuple[str, ...] = ("html", "pdf")


@dataclass(frozen=True)
class AutofixRequest:
    """A checked auto-fix request; ``to_payload()`` is the state machine's input (JSON-able).

    ``model`` and ``job`` are the loaded resume and job description, ``stages`` the plan of the fix jobs: each is
    computed once, here, and reused by every step.
    """

    resume: dict[str, Any]
    job_description: str | dict[str, Any] | None
    fixes: tuple[str, ...]
    template_id: str | None
    formats: tuple[str, ...]
    stages: Stages = field(default_factory=list, compare=False)
    model: Resume | None = field(default=None, compare=False, repr=False)
    job: JobDescription | None = field(default=None, compare=False, repr=False)

    @property
    def job_text(self) -> str | None:
        """The job description's text (what the fix types read), or None."""
        return None if self.job is None else self.job.text

    def to_payload(self) -> dict[str, Any]:
        return {
            "resume": self.resume,
            "job_description": self.job_description,
            "fixes": list(self.fixes),
            "template_id": self.template_id,
            "formats": list(self.formats),
        }

    @classmethod
    def from_payload(cls, payload: Any) -> AutofixRequest:
        """Decode (and check again) a ``to_payload()`` dict: the state machine's input reaches a new Lambda."""
        if not isinstance(payload, dict):
            raise InvalidAutofixRequestError("The workflow input must be an auto-fix request object")
        return build_request(
            payload.get("resume"),
            payload.get("job_description"),
            fixes=payload.get("fixes"),
            template_id=payload.get("template_id"),
            formats=payload.get("formats") or (),
        )


def build_request(
    resume: Any,
    job_description: Any = None,
    *,
    fixes: Sequence[str] | None = None,
    template_id: str | None = None,
    formats: Sequence[str] = (),
) -> AutofixRequest:
    """Validate every field; raises an ``InvalidInputError`` subclass that names the bad field.

    The fix plan is made here (``FixPlanError``, a 400, for unknown ids and cycles) and kept on the request.
    """
    model = load_resume(resume)
    if job_description is not None and not (isinstance(job_description, str | dict)):
        raise InvalidAutofixRequestError(
            "job_description must be text or a job object", details={"field": "job_description"}
        )
    # raises InvalidJobDescriptionError naming the field
    job = load_job_description(job_description) if job_description is not None else None
    if fixes is None:
        fix_ids: tuple[str, ...] = domain.default_fixes()
    elif not _is_text_list(fixes):
        raise InvalidAutofixRequestError(
            f'fixes must be a list of fix ids, e.g. ["spelling"], not {_kind(fixes)}', details={"field": "fixes"}
        )
    else:
        fix_ids = tuple(dict.fromkeys(fixes))
    stages = domain.plan_stages(fix_ids)
    if template_id is not None and not isinstance(template_id, str):
        raise InvalidAutofixRequestError(
            f"template_id must be a template name (text), not {_kind(template_id)}", details={"field": "template_id"}
        )
    if not _is_text_list(formats):
        raise InvalidAutofixRequestError(
            f'formats must be a list, e.g. ["html", "pdf"], not {_kind(formats)}',
            details={"field": "formats", "valid": list(FORMATS)},
        )
    if formats or template_id is not None:
        validate_template(template_id)  # an unknown theme is a mistake even when nothing is rendered
    unknown = [f for f in formats if f not in FORMATS]
    if unknown:
        raise InvalidAutofixRequestError(
            f"Unknown format(s) {', '.join(map(repr, unknown))}; use any of {', '.join(FORMATS)}",
            details={"field": "formats", "valid": list(FORMATS)},
        )
    picked = tuple(f for f in FORMATS if f in formats)
    return AutofixRequest(model.to_dict(), job_description, fix_ids, template_id, picked, stages, model, job)


def request_from_body(body: dict[str, Any]) -> AutofixRequest:
    """``POST /api/autofix`` body → request (``resume`` required)."""
    if "resume" not in body:
        raise InvalidAutofixRequestError('The body needs a "resume" object', details={"field": "resume"})
    check_depth(body)
    formats = body.get("formats")
    return build_request(
        body["resume"],
        body.get("job_description"),
        fixes=body.get("fixes"),
        template_id=body.get("template_id"),
        formats=() if formats is None else formats,
    )


def _is_text_list(value: Any) -> bool:
    return isinstance(value, list | tuple) and all(isinstance(v, str) for v in value)


_KINDS = {
    type(None): "null",
    bool: "true/false",
    int: "a number",
    float: "a number",
    str: "text",
    dict: "an object",
    list: "a list",
    tuple: "a list",
}


def _kind(value: Any) -> str:
    """How a wrong value reads in an error: its JSON type, never its (possibly huge or hostile) text."""
    if isinstance(value, list | tuple):
        bad = next((i for i, v in enumerate(value) if not isinstance(v, str)), None)
        if bad is not None:
            return f"a list whose item {bad} is {_KINDS.get(type(value[bad]), 'not text')}"
    return _KINDS.get(type(value), type(value).__name__)
