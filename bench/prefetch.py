"""Predictive caching: the request after an analysis (the auto-fix) and after an auto-fix (preview + PDF), with
predictions on and off, in the same run, through the real handlers (tier 1 only, local rules provider).

Run: ``.venv/bin/python bench/prefetch.py``. Each corpus resume is analysed against the demo job; with predictions
on, the background prediction is allowed to finish first (the person reads the analysis meanwhile), then the
auto-fix is timed; then the preview and PDF of the fixed resume in the ``modern`` theme. Medians over the resumes.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "shared"), str(ROOT)]
os.environ.update(
    {"POWERTOOLS_METRICS_DISABLED": "true", "POWERTOOLS_LOG_LEVEL": "WARNING", "POWERTOOLS_TRACE_DISABLED": "1"}
)

from bench.coldstart import _Context  # noqa: E402
from functions.fix import app as fix_app  # noqa: E402
from functions.pdf import app as pdf_app  # noqa: E402
from functions.render import app as render_app  # noqa: E402
from resume_autofix.cache import cache_manager  # noqa: E402
from resume_autofix.config import Settings  # noqa: E402
from resume_autofix.workflow.prefetch import prefetcher  # noqa: E402

CORPUS = ROOT / "tests" / "data" / "corpus" / "resumes"
JOB = (ROOT / "shared" / "resume_autofix" / "samples" / "data-analyst-job.txt").read_text()


def event(route: str, body: dict[str, Any]) -> dict[str, Any]:
    template = json.loads((ROOT / "events" / "fix-analyze.json").read_text())
    method, path = route.split(" ")
    template.update({"routeKey": route, "rawPath": path, "body": json.dumps(body), "isBase64Encoded": False})
    template["requestContext"]["http"].update({"method": method, "path": path})
    return template


def call(handler: Any, route: str, body: dict[str, Any]) -> tuple[float, dict[str, Any]]:
    start = time.perf_counter()
    answer = handler(event(route, body), _Context())
    ms = (time.perf_counter() - start) * 1000
    assert answer["statusCode"] == 200, answer.get("body", "")[:300]
    return ms, answer


def session(resume: dict[str, Any]) -> tuple[float, float]:
    """analyze → (prediction) → autofix → (prediction) → render + pdf; returns (autofix ms, render + pdf ms)."""
    call(fix_app.lambda_handler, "POST /api/analyze", {"resume": resume, "job_description": JOB})
    prefetcher.wait()
    chosen = {"resume": resume, "job_description": JOB, "template_id": "modern"}
    autofix_ms, answer = call(fix_app.lambda_handler, "POST /api/autofix", chosen)
    fixed = json.loads(answer["body"])["resume"]
    prefetcher.wait()
    body = {"resume": fixed, "template_id": "modern"}
    render_ms, _ = call(render_app.lambda_handler, "POST /api/render", body)
    pdf_ms, _ = call(pdf_app.lambda_handler, "POST /api/pdf", body)
    return autofix_ms, render_ms + pdf_ms


def main() -> None:
    resumes = [
        json.loads(p.read_text()) for p in sorted(CORPUS.glob("*.json")) if not p.name.startswith(("invalid", "fresh"))
    ]
    figures: dict[str, tuple[float, float]] = {}
    for mode in ("off", "local", "off", "local"):  # twice each, interleaved; the second round is reported
        prefetcher._settings = Settings.from_env({"PREFETCH": mode})
        cache_manager.configure(Settings.from_env({}), None)
        runs = [session(r) for r in resumes]
        figures[mode] = (statistics.median(a for a, _ in runs), statistics.median(b for _, b in runs))
    stats = cache_manager.prefetch_stats()
    off, on = figures["off"], figures["local"]
    print(f"({len(resumes)} corpus resumes; medians; tier 1 only; last round's ledger: {stats})")
    print(f"auto-fix after an analysis: predicted {on[0]:.1f} ms vs not predicted {off[0]:.1f} ms")
    print(f"preview + PDF after an auto-fix: predicted {on[1]:.1f} ms vs not predicted {off[1]:.1f} ms")


if __name__ == "__main__":
    main()
