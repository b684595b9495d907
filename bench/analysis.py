"""Analyze and fix time per corpus resume (median, max), and cold vs cached prompt building.

Run: .venv/bin/python bench/analysis.py
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path

from resume_autofix.ai import LocalRulesProvider, build_prompt
from resume_autofix.analysis import analyze
from resume_autofix.cache import cache_manager
from resume_autofix.fixes import DEFAULT_FIXES, merge, plan_stages, propose
from resume_autofix.resume import InvalidResumeError, load_resume

CORPUS = Path(__file__).resolve().parents[1] / "tests" / "data" / "corpus"
JOB = (CORPUS / "jobs" / "backend-eng.txt").read_text(encoding="utf-8")
ROUNDS = 5


def ms(values: list[float]) -> str:
    return f"median {statistics.median(values) * 1000:7.2f} ms   max {max(values) * 1000:7.2f} ms"


def main() -> None:
    t = time.perf_counter()
    analyze({"basics": {"summary": "Warm up the English dictionary once."}})
    print(f"cold start (dictionary load + first analysis): {(time.perf_counter() - t) * 1000:.0f} ms")
    resumes = []
    for path in sorted((CORPUS / "resumes").glob("*.json")):
        try:
            resumes.append((path.name, load_resume(path.read_bytes()).to_dict()))
        except InvalidResumeError:
            continue
    print(f"{'resume':36} {'analyze':34} {'fix (plan+propose+merge)':34}")
    all_a, all_f = [], []
    for name, doc in resumes:
        a_times, f_times = [], []
        for _ in range(ROUNDS):
            cache_manager.clear_all()
            t = time.perf_counter()
            analysis = analyze(doc, JOB).to_dict()
            a_times.append(time.perf_counter() - t)
            t = time.perf_counter()
            current = doc
            for stage in plan_stages(DEFAULT_FIXES):
                proposals: dict = {}
                for job in stage:
                    proposals.update(propose(job, current, analysis, JOB, LocalRulesProvider()))
                current = merge(current, proposals, analysis).resume
            f_times.append(time.perf_counter() - t)
        all_a += a_times
        all_f += f_times
        print(f"{name:36} {ms(a_times):34} {ms(f_times):34}")
    print(f"{'ALL':36} {ms(all_a):34} {ms(all_f):34}")

    cold, warm = [], []
    ids = ["spelling", "action_verbs", "keywords"]
    for _, doc in resumes:
        analysis = analyze(doc, JOB).to_dict()
        cache_manager.clear_all()
        t = time.perf_counter()
        build_prompt(ids, doc, analysis, JOB)
        cold.append(time.perf_counter() - t)
        t = time.perf_counter()
        build_prompt(ids, doc, analysis, JOB)
        warm.append(time.perf_counter() - t)
    print(f"prompt building cold:   {ms(cold)}")
    print(f"prompt building cached: {ms(warm)}")


if __name__ == "__main__":
    main()
