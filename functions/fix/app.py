"""Fix Lambda: POST /api/analyze (resume [+ job description] → explained ATS analysis).

The autofix route and the state machine actions are added by the orchestration work in this same handler.
"""

from __future__ import annotations

from typing import Any

from aws_lambda_powertools.event_handler import Response
from aws_lambda_powertools.metrics import MetricUnit
from aws_lambda_powertools.utilities.typing import LambdaContext

from resume_autofix.analysis import analyze
from resume_autofix.cache import cache_manager, make_key
from resume_autofix.config import get_settings
from resume_autofix.http import fit_lambda_answer, json_body, json_response, make_edge, require_resume
from resume_autofix.resume import load_job_description, load_resume, resume_hash
from resume_autofix.workflow import autofix_service, handle_action, is_action_event

edge = make_edge("fix")
logger, metrics, tracer, app = edge.logger, edge.metrics, edge.tracer, edge.app
settings = get_settings()
ANALYSIS_VERSION = "a3"  # bump when analysis output changes, so cached answers are not reused


def analysis_for(body: dict[str, Any]) -> dict[str, Any]:
    """Validate the body and analyse; the analysis is cached (general cache) by the hash of resume and job."""
    resume = load_resume(require_resume(body))
    raw_job = body.get("job_description")
    job = load_job_description(raw_job) if raw_job not in (None, "") else None
    job_key = resume_hash(job.to_dict()) if job else "-"
    key = make_key("analysis", ANALYSIS_VERSION, resume_hash(resume), job_key)
    return cache_manager.get_general_cache().get_or_load(key, lambda: analyze(resume, job).to_dict())


@app.post("/api/analyze")
def analyze_route() -> Response:
    body = json_body(app.current_event, settings.max_body_bytes)
    analysis = analysis_for(body)
    metrics.add_metric(name="Analyses", unit=MetricUnit.Count, value=1)
    return json_response({"status": "success", "analysis": analysis})


@app.post("/api/autofix")
def autofix_route() -> Response:
    body = json_body(app.current_event, settings.max_body_bytes)
    answer = autofix_service.handle(body, app.lambda_context)
    metrics.add_metric(name="Autofixes", unit=MetricUnit.Count, value=1)
    return json_response(answer)


@edge.entry
def lambda_handler(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    if is_action_event(event):  # a Step Functions task of the AutoFix state machine
        return handle_action(event, settings)
    return fit_lambda_answer(app.resolve(event, context))
