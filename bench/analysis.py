"""Analyze and fix time per corpus resume (a first run and repeats), and cold vs cached prompt building.

Run: .venv/bin/python bench/analysis.py
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path

from resume_autofix.ai import LocalRulesProvider
from resume_autofix.analysis import analyze
from resume_autofix.cache import cache_manager
from resume_autofix.fixes import DEFAULT_FIXES, FIX_RULES, build_prompt, merge, plan_stages, propose
from resume_autofix.resume import InvalidResumeError, load_resume

CORPUS = Path(__file__).resolve().parents[1] / "tests" / "data" / "corpus"
JOB = (CORPUS / "jobs" / "backend-eng.txt").read_text(encoding="utf-8")
ROUNDS = 5


def clear_memos() -> None:
    """Forget what earlier runs memoised (per text, per word, per job), so a figure is a first run's."""
    from resume_autofix.analysis import keywords, language, spelling, spelling_other  # noqa: PLC0415
    from resume_autofix.fixes import merge as merge_module  # noqa: PLC0415

    for module, name in (
        (spelling, "_check_text"),
        (spelling, "_language"),
        (spelling, "_names_in"),
        (spelling, "_suggest_cached"),
        (spelling_other, "check_text"),
        (language, "_script"),
        (merge_module, "_evidence_of"),
        (keywords, "_extract"),
    ):
        memo = getattr(module, name, None)
        if memo is not None:
            memo.cache_clear()


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
    print(f"{'resume':36} {'analyze first':>14} {'repeat':>9} {'fix first':>11} {'repeat':>9}", end="")
    print("   (fix = plan+propose+merge)")
    firsts_a, firsts_f, repeats_a, repeats_f = [], [], [], []
    for name, doc in resumes:
        a_times, f_times = [], []
        for i in range(ROUNDS):
            cache_manager.clear_all()
            if i == 0:
                clear_memos()  # the first round is what a new resume costs; later rounds hit the memos
            t = time.perf_counter()
            analysis = analyze(doc, JOB).to_dict()
            a_times.append(time.perf_counter() - t)
            t = time.perf_counter()
            current = doc
            for stage in plan_stages(DEFAULT_FIXES):
                proposals: dict = {}
                for job in stage:
                    proposals.update(propose(job, current, analysis, JOB, LocalRulesProvider(FIX_RULES)))
                current = merge(current, proposals, analysis).resume
            f_times.append(time.perf_counter() - t)
        firsts_a.append(a_times[0])
        firsts_f.append(f_times[0])
        repeats_a += a_times[1:]
        repeats_f += f_times[1:]
        print(
            f"{name:36} {a_times[0] * 1000:11.2f} ms {statistics.median(a_times[1:]) * 1000:6.2f} ms"
            f" {f_times[0] * 1000:8.2f} ms {statistics.median(f_times[1:]) * 1000:6.2f} ms"
        )
    print(f"first run, all resumes:  analyze {ms(firsts_a)}   fix {ms(firsts_f)}")
    print(f"repeat runs:             analyze {ms(repeats_a)}   fix {ms(repeats_f)}")

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
