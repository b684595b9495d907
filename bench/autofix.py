"""Auto-fix AI calls and wall time: one call per fix type (sequential / parallel) vs one combined call; dedup.

Run: .venv/bin/python bench/autofix.py [--latency 0.2] [--runs 3]

The provider is the offline rules engine behind a fixed latency L per call (no cache), standing in for a model
call. Each scenario runs the workflow's own steps (analyze → stages → merge); only the job split and the number
of workers differ:
  (a) one AI call per fix type, sequential (1 worker)
  (b) one AI call per fix type, parallel (BATCH_MAX_WORKERS workers)
  (c) all AI fix types of a stage in one call, stage jobs parallel (what the service does)
Dedup: 50 identical concurrent requests through the memcached idempotency store (a real memcached on loopback)
vs the same 50 without it.
"""

from __future__ import annotations

import argparse
import json
import shutil
import socket
import statistics
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "shared"), str(ROOT)]

from resume_autofix.ai import LocalRulesProvider  # noqa: E402
from resume_autofix.batch import BatchProcessor, ParallelFixProcessor  # noqa: E402
from resume_autofix.cache import cache_manager, hash_key  # noqa: E402
from resume_autofix.config import Settings  # noqa: E402
from resume_autofix.fixes import FIX_RULES  # noqa: E402
from resume_autofix.idempotency import IdempotentRunner  # noqa: E402
from resume_autofix.workflow import build_request, run_autofix, steps  # noqa: E402

CORPUS = ROOT / "tests" / "data" / "corpus"
CASES = [
    ("jsonresume-sample.json", "backend-eng.txt"),
    ("career-changer.json", "business-marketing-manager.txt"),
    ("senior-engineer.json", "ml-eng.txt"),
]


class FixedLatencyProvider:
    """The local rules engine, uncached, behind a fixed latency per call."""

    def __init__(self, latency_s: float) -> None:
        self.latency_s = latency_s
        self.inner = LocalRulesProvider(FIX_RULES)
        self.calls = 0
        self._lock = threading.Lock()

    def generate(self, prompt: Any) -> dict[str, Any]:
        with self._lock:
            self.calls += 1
        time.sleep(self.latency_s)
        return self.inner._generate(prompt)


def one_autofix(resume: dict, jd: str, *, split_ai: bool, workers: int, provider: FixedLatencyProvider) -> dict:
    request = build_request(resume, jd)
    stages = request.stages
    if split_ai:
        stages = [[[fix] for job in stage for fix in job] for stage in stages]
    state = steps.analyze(request, max_concurrency=workers)
    fixer = ParallelFixProcessor(
        BatchProcessor(max_workers=workers, batch_size=50, timeout=120), provider_factory=lambda: provider
    )
    merged_stages = fixer.iter_stages(
        stages, resume=request.resume, analysis=state["answer"]["analysis_before"], job_description=request.job_text
    )
    for merged in merged_stages:
        state = steps.advance(state, merged)
    return dict(state["answer"])


def scenarios(latency: float, runs: int, workers: int) -> None:
    rows = []
    for label, split, w in (
        ("(a) per fix type, sequential", True, 1),
        ("(b) per fix type, parallel", True, workers),
        ("(c) combined, parallel stages", False, workers),
    ):
        times, calls = [], []
        for resume_name, jd_name in CASES:
            resume = json.loads((CORPUS / "resumes" / resume_name).read_text(encoding="utf-8"))
            jd = (CORPUS / "jobs" / jd_name).read_text(encoding="utf-8")
            for _ in range(runs):
                provider = FixedLatencyProvider(latency)
                start = time.perf_counter()
                one_autofix(resume, jd, split_ai=split, workers=w, provider=provider)
                times.append((time.perf_counter() - start) * 1000)
                calls.append(provider.calls)
        rows.append((label, statistics.mean(calls), statistics.median(times)))
    base_calls, base_ms = rows[0][1], rows[0][2]
    print(
        f"AI calls and wall time per auto-fix (L = {latency * 1000:.0f} ms per AI call, {workers} workers, "
        f"{len(CASES)} resumes x {runs} runs, median)"
    )
    print(f"{'scenario':34} {'AI calls':>9} {'wall ms':>9} {'calls vs (a)':>13} {'time vs (a)':>12}")
    for label, c, ms in rows:
        print(
            f"{label:34} {c:9.1f} {ms:9.0f} {100 * (c - base_calls) / base_calls:+12.0f}% "
            f"{100 * (ms - base_ms) / base_ms:+11.0f}%"
        )


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def dedup(latency: float, n: int = 50) -> None:
    binary = shutil.which("memcached")
    if binary is None:
        print("dedup: memcached not installed; skipped")
        return
    port = _free_port()
    proc = subprocess.Popen(
        [binary, "-u", "root", "-l", "127.0.0.1", "-p", str(port), "-U", "0"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.1).close()
                break
            except OSError:
                time.sleep(0.02)
        settings = Settings.from_env({"MEMCACHED_ENDPOINTS": f"127.0.0.1:{port}"})
        resume = json.loads((CORPUS / "resumes" / "jsonresume-sample.json").read_text(encoding="utf-8"))
        jd = (CORPUS / "jobs" / "backend-eng.txt").read_text(encoding="utf-8")
        body = {"resume": resume, "job_description": jd}
        for label, dedupe in (("without dedup", False), ("with memcached dedup", True)):
            provider = FixedLatencyProvider(latency)
            runs = []
            lock = threading.Lock()

            def work(provider: FixedLatencyProvider = provider, runs: list = runs, lock: threading.Lock = lock) -> dict:
                with lock:
                    runs.append(1)
                return run_autofix(
                    resume, jd, settings=Settings.from_env({}), provider_factory=lambda: provider
                ).to_dict()

            runners = [IdempotentRunner.from_settings(settings) for _ in range(n)]
            key = {"body_sha256": hash_key(body) + label}
            start = time.perf_counter()
            with ThreadPoolExecutor(n) as pool:
                answers = list(pool.map(lambda r, k=key, d=dedupe, w=work: r.run(k, w) if d else w(), runners))
            wall = (time.perf_counter() - start) * 1000
            same = all(
                json.dumps({k: v for k, v in a.items() if k != "timings_ms"}, sort_keys=True)
                == json.dumps({k: v for k, v in answers[0].items() if k != "timings_ms"}, sort_keys=True)
                for a in answers
            )
            print(
                f"dedup, {n} identical concurrent requests, {label:22}: workflow runs {len(runs):3}, "
                f"AI calls {provider.calls:3}, wall {wall:6.0f} ms, identical answers: {same}"
            )
    finally:
        proc.kill()
        proc.wait()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--latency", type=float, default=0.2, help="seconds per AI call (default 0.2)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--workers", type=int, default=5)
    args = parser.parse_args()
    cache_manager.configure(Settings.from_env({}), backend=None)
    scenarios(args.latency, args.runs, args.workers)
    dedup(args.latency)


if __name__ == "__main__":
    main()
