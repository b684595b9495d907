"""The web page's analysis contract: web/test/golden/*.json are what the server answers, field for field.

The page's types (web/src/types.ts) are written once, by hand, and web/test/contract.test.ts type-checks these
golden answers against them. This test checks the other side: a fresh analysis and Auto-fix answer of the demo
pair still have exactly the golden's fields and value types. A field added, renamed or retyped on the server
fails here; then update web/src/types.ts and rewrite the goldens with
``UPDATE_WEB_GOLDEN=1 .venv/bin/python -m pytest tests/unit/test_web_contract.py``.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from resume_autofix.analysis import analyze
from resume_autofix.workflow import run_autofix

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = ROOT / "web" / "test" / "golden"
SAMPLES = ROOT / "shared" / "resume_autofix" / "samples"
# Maps whose keys are data, not field names: compared by their values' types only.
FREE_KEYS = {"timings_ms"}


def _leaves(value: Any, path: str = "", out: set[str] | None = None) -> set[str]:
    """Every field path with its value's JSON type: ``keywords.matched[].where[].path: string``."""
    out = set() if out is None else out
    if isinstance(value, dict):
        for key, item in value.items():
            name = "*" if path.rsplit(".", 1)[-1] in FREE_KEYS else key
            _leaves(item, f"{path}.{name}" if path else name, out)
        if not value:
            out.add(f"{path}: object")
    elif isinstance(value, list):
        for item in value:
            _leaves(item, f"{path}[]", out)
        if not value:
            out.add(f"{path}: array")
    else:
        kind = {bool: "boolean", str: "string", type(None): "null"}.get(type(value), "number")
        out.add(f"{path}: {kind}")
    return out


def _demo() -> tuple[dict[str, Any], str]:
    resume = json.loads((SAMPLES / "career-changer.json").read_text(encoding="utf-8"))
    return resume, (SAMPLES / "data-analyst-job.txt").read_text(encoding="utf-8")


def _answers() -> dict[str, Any]:
    resume, job = _demo()
    autofix = run_autofix(resume, job).to_dict()
    return {"analysis.json": analyze(resume, job).to_dict(), "autofix.json": autofix}


@pytest.mark.parametrize("name", ["analysis.json", "autofix.json"])
def test_server_answers_have_the_golden_shape(name: str) -> None:
    # GIVEN the demo resume and job  WHEN analysed / auto-fixed  THEN every field the page's types know is there
    fresh = _answers()[name]
    path = GOLDEN / name
    if os.environ.get("UPDATE_WEB_GOLDEN") == "1":
        path.write_text(json.dumps(fresh, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    golden = json.loads(path.read_text(encoding="utf-8"))
    hint = "update web/src/types.ts, then UPDATE_WEB_GOLDEN=1 to rewrite the golden"
    new = sorted(_leaves(fresh) - _leaves(golden))
    assert not new, f"the server's {name} has fields the page does not know: {new}; {hint}"
    gone = sorted(_leaves(golden) - _leaves(fresh))
    assert not gone, f"the server's {name} lost fields the page reads: {gone}; {hint}"


def test_golden_leaves_name_every_field_the_page_reads() -> None:
    # The fields web/src/ui/analysis-model.ts reads are in the golden (and so, by the test above, on the server).
    leaves = _leaves(json.loads((GOLDEN / "analysis.json").read_text(encoding="utf-8")))
    for field in (
        "score: number",
        "parts[].label: string",
        "parts[].contribution: number",
        "keywords.matched[].as_written: string",
        "keywords.matched[].where[].path: string",
        "keywords.missing[].as_written: string",
        "keywords.coverage: number",
        "issues[].type: string",
        "issues[].path: string",
        "recommendations[].message: string",
    ):
        assert field in leaves
