"""One POST /api/autofix builds its request once, loads each distinct document once, and plans the stages once.

With html/pdf asked for, the render and PDF services validate the fixed resume again on a cache miss (they hash
first and validate only on a miss, and take a plain dict): that is theirs, counted apart below.

The calls are counted with a profile hook on the functions' code objects (in every thread the run starts), so no
call site can slip past the count by importing the function under another name.
"""

from __future__ import annotations

import json
import sys
import threading
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from types import CodeType, FrameType
from typing import Any

import pytest

from functions.fix import app
from resume_autofix.cache import cache_manager, hash_key
from resume_autofix.config import Settings
from resume_autofix.fixes import plan
from resume_autofix.resume import Resume, loader
from resume_autofix.workflow import AutofixService, request

SAMPLES = resources.files("resume_autofix") / "samples"


class CallCounter:
    """Counts calls of chosen functions, and which resume each ``load_resume`` call was given."""

    def __init__(self, **functions: Any) -> None:
        self._names: dict[CodeType, str] = {fn.__code__: name for name, fn in functions.items()}
        self.calls: Counter[str] = Counter()
        self.loaded: Counter[str] = Counter()
        self._lock = threading.Lock()

    def __call__(self, frame: FrameType, event: str, _arg: Any) -> None:
        if event != "call" or frame.f_code not in self._names:
            return
        name = self._names[frame.f_code]
        with self._lock:
            self.calls[name] += 1
            if name == "load_resume":
                data = frame.f_locals.get("data")
                self.loaded[hash_key(data.to_dict() if isinstance(data, Resume) else data)] += 1

    @contextmanager
    def counting(self) -> Iterator[CallCounter]:
        sys.setprofile(self)
        threading.setprofile(self)  # the batch's worker threads start inside the block
        try:
            yield self
        finally:
            sys.setprofile(None)
            threading.setprofile(None)  # type: ignore[arg-type]


@pytest.mark.parametrize("formats", [[], ["html", "pdf"]])
def test_one_autofix_builds_loads_and_plans_once(load_event, lambda_context, monkeypatch, formats):
    # GIVEN the fix handler running the workflow in-process, and a resume with faults against a job
    monkeypatch.setattr(app, "autofix_service", AutofixService(Settings.from_env({})))
    cache_manager.clear_all()
    event = load_event("fix-autofix")
    event["body"] = json.dumps(
        {
            "resume": json.loads((SAMPLES / "career-changer.json").read_text(encoding="utf-8")),
            "job_description": (SAMPLES / "data-analyst-job.txt").read_text(encoding="utf-8"),
            "formats": formats,
        }
    )
    counter = CallCounter(
        build_request=request.build_request, load_resume=loader.load_resume, plan_stages=plan.plan_stages
    )

    # WHEN one POST /api/autofix is answered
    with counter.counting():
        response = app.lambda_handler(event, lambda_context)

    # THEN it succeeded and fixed something (so there were two documents: the input and the fixed resume)
    assert response["statusCode"] == 200
    answer = json.loads(response["body"])
    assert answer["applied"]
    assert set(formats) <= {"html" if "html" in answer else "", "pdf" if "pdf_base64" in answer else ""}
    # AND the request was built once, the stages planned once, each distinct resume loaded once
    assert counter.calls["build_request"] == 1
    assert counter.calls["plan_stages"] == 1
    fixed = hash_key(answer["resume"])
    renders = len(formats)  # each output service's own validation on its cache miss
    assert fixed in counter.loaded
    assert len(counter.loaded) == 2
    assert {k: n - (renders if k == fixed else 0) for k, n in counter.loaded.items()} == dict.fromkeys(
        counter.loaded, 1
    )
