"""A fake domain core (plan, propose, merge, analyze, provider) to test the orchestration on its own.

Fix types: "spelling" and "verbs" need AI (one combined job), "dates" is a rule, "format" depends on the text
fixes (stage 2), "explode" always fails. Each job records its span; ``gate`` makes the jobs of a stage wait for
each other (up to a timeout), so a test can prove they overlapped instead of timing them.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from typing import Any

import pytest

from resume_autofix.batch import domain
from resume_autofix.exceptions import InvalidInputError

AI = ("spelling", "verbs")
RULES = ("dates", "explode")
LATE = ("format",)


class FakePlanError(InvalidInputError):
    pass


class FakeProvider:
    def __init__(self) -> None:
        self.calls = 0

    def generate(self, prompt: Any) -> dict:
        self.calls += 1
        return {}


@dataclass
class FakeDomain:
    gate_parties: int = 0  # >1: that many jobs must be running at once before any may finish
    gate_timeout: float = 5.0
    spans: list[tuple[str, float, float]] = field(default_factory=list)
    analyses: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)
    barrier: threading.Barrier | None = None

    def install(self, monkeypatch: pytest.MonkeyPatch) -> FakeDomain:
        if self.gate_parties > 1:
            self.barrier = threading.Barrier(self.gate_parties, timeout=self.gate_timeout)
        monkeypatch.setattr(domain, "default_fixes", lambda: ("spelling", "verbs", "dates", "format"))
        monkeypatch.setattr(domain, "plan_stages", self.plan_stages)
        monkeypatch.setattr(domain, "propose", self.propose)
        monkeypatch.setattr(domain, "merge", self.merge)
        monkeypatch.setattr(domain, "analyze", self.analyze)
        monkeypatch.setattr(domain, "get_provider", lambda settings: FakeProvider())
        return self

    @staticmethod
    def plan_stages(fix_ids: Any) -> list[list[list[str]]]:
        unknown = [f for f in fix_ids if f not in AI + RULES + LATE]
        if unknown:
            raise FakePlanError(f"Unknown fix type(s): {', '.join(unknown)}", details={"unknown": unknown})
        first: list[list[str]] = []
        ai = [f for f in AI if f in fix_ids]
        if ai:
            first.append(ai)
        first.extend([f] for f in RULES if f in fix_ids)
        stages = [first] if first else []
        if "format" in fix_ids:
            stages.append([["format"]])
        return stages

    def propose(self, job: Any, resume: dict, analysis: dict, job_description: Any, provider: Any) -> dict:
        start = time.monotonic()
        try:
            if self.barrier is not None and job != ["format"]:
                self.barrier.wait()
            if "explode" in job:
                raise ValueError("exploded on purpose")
            if any(f in AI for f in job):
                provider.generate("prompt")
            return {f: [{"op": "add", "path": f"/x_{f}", "value": f"{f} after score {analysis['score']}"}] for f in job}
        finally:
            with self.lock:
                self.spans.append(("+".join(job), start, time.monotonic()))

    @staticmethod
    def merge(resume: dict, proposals: dict) -> Any:
        out = dict(resume)
        applied = []
        for fix in sorted(proposals):
            for op in proposals[fix]:
                out[op["path"][1:]] = op["value"]
                applied.append({"fix": fix, **op})

        class Result:
            pass

        r = Result()
        r.resume, r.applied, r.rejected = out, applied, []  # type: ignore[attr-defined]
        return r

    def analyze(self, resume: Any, job_description: Any = None) -> dict:
        with self.lock:
            self.analyses += 1
        data = resume.to_dict() if hasattr(resume, "to_dict") else resume
        fixed = sorted(k for k in data if k.startswith("x_"))
        return {
            "score": 50 + 10 * len(fixed),
            "fixed": fixed,
            "job": job_description.text[:20] if job_description is not None else None,
        }


def overlapped(spans: list[tuple[str, float, float]], a: str, b: str) -> bool:
    (_, s1, e1), (_, s2, e2) = [next(s for s in spans if s[0] == name) for name in (a, b)]
    return s1 < e2 and s2 < e1
