"""Cold start: each handler's init and first request in a new process, with cache warming (WARM_START) on and off.

Run: ``.venv/bin/python bench/coldstart.py [runs]`` (default 5 runs per function and mode, alternating on and
off so that machine noise hits both). Each run is a new Python process that imports the function's ``app``
module (the Lambda init phase: imports, module-level objects, ``warm_up``), then calls ``lambda_handler`` with an
event from ``events/`` (the first request), then once more (a warm request, for scale). Before its first request
the process also forks once: the copy runs the after-restore hook and the first request, a stand-in for a SnapStart
restore (the init phase's memory is the snapshot; no init is paid). Tier 1 only (no memcached):
the first request computes its answer. Medians are printed; compare in this run only (the machines are noisy).

The last line is fixed for checks: ``cold first request: warmed X ms vs not warmed Y ms`` — for the function
whose cold first request is the slowest without warming (named on the line before).
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
FUNCTIONS = {  # function → the event its first request gets
    "fix": "fix-analyze.json",
    "render": "render-classic.json",
    "pdf": "pdf-a4.json",
    "cache_admin": "cache-stats.json",
}
MARK = "COLDSTART "


class _Context:
    function_name = "bench"
    function_version = "$LATEST"
    invoked_function_arn = "arn:aws:lambda:eu-west-1:123456789012:function:bench"
    memory_limit_in_mb = 1024
    aws_request_id = "bench"
    log_group_name = log_stream_name = "bench"

    @staticmethod
    def get_remaining_time_in_millis() -> int:
        return 29_000


def child(function: str, event_file: str) -> None:
    """One cold start, measured from inside the new process."""
    import importlib  # noqa: PLC0415

    event = json.loads((ROOT / "events" / event_file).read_text())
    start = time.perf_counter()
    app = importlib.import_module(f"functions.{function}.app")
    init_ms = (time.perf_counter() - start) * 1000
    restored_ms = restored_first_request(app, event)
    start = time.perf_counter()
    first = app.lambda_handler(event, _Context())
    first_ms = (time.perf_counter() - start) * 1000
    assert first["statusCode"] == 200, first
    # the same request again is a cache hit; a slightly different body shows the warm, uncached cost
    event2 = dict(event)
    if event.get("body"):
        body = json.loads(event["body"])
        body.setdefault("resume", {}).setdefault("basics", {})["label"] = "warm request"
        event2["body"] = json.dumps(body)
    start = time.perf_counter()
    app.lambda_handler(event2, _Context())
    warm_ms = (time.perf_counter() - start) * 1000
    from resume_autofix.warmup import last_timings  # noqa: PLC0415

    figures = {"init": init_ms, "first": first_ms, "warm": warm_ms, "restored": restored_ms}
    print(MARK + json.dumps({**figures, "warming": sum(last_timings.values())}), flush=True)


def restored_first_request(app: Any, event: dict[str, Any]) -> float:
    """A SnapStart stand-in: fork the initialised process (its memory is the snapshot), run the after-restore hook
    and the first request in the copy; ms from the fork to the answer."""
    from resume_autofix.warmup import after_restore  # noqa: PLC0415

    read, write = os.pipe()
    start = time.perf_counter()
    pid = os.fork()
    if pid == 0:  # the restored copy
        os.close(read)
        after_restore()
        app.lambda_handler(event, _Context())
        os.write(write, b"x")
        os._exit(0)
    os.close(write)
    os.read(read, 1)
    ms = (time.perf_counter() - start) * 1000
    os.waitpid(pid, 0)
    return ms


def run_once(function: str, warm: bool) -> dict[str, float]:
    env = os.environ | {
        "PYTHONPATH": f"{ROOT / 'shared'}{os.pathsep}{ROOT}",
        "WARM_START": "true" if warm else "false",
        "POWERTOOLS_TRACE_DISABLED": "1",
        "POWERTOOLS_METRICS_NAMESPACE": "ResumeAutofix",
        "POWERTOOLS_LOG_LEVEL": "WARNING",
        "AWS_DEFAULT_REGION": "eu-west-1",
        "MEMCACHED_ENDPOINTS": "",
        "MEMCACHED_CONFIG_ENDPOINT": "",
        "PREFETCH": "off",
    }
    out = subprocess.run(
        [sys.executable, __file__, "--child", function, FUNCTIONS[function]],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        check=True,
    ).stdout
    line = next(line for line in out.splitlines() if line.startswith(MARK))
    return json.loads(line[len(MARK) :])  # type: ignore[no-any-return]


def main(runs: int) -> None:
    medians: dict[tuple[str, bool], dict[str, float]] = {}
    for function in FUNCTIONS:
        samples: dict[bool, list[dict[str, float]]] = {True: [], False: []}
        for _ in range(runs):
            for warm in (True, False):
                samples[warm].append(run_once(function, warm))
        for warm in (True, False):
            medians[function, warm] = {k: statistics.median(s[k] for s in samples[warm]) for k in samples[warm][0]}
        on, off = medians[function, True], medians[function, False]
        print(
            f"{function:12s} first request {on['first']:7.1f} ms warmed vs {off['first']:7.1f} ms not warmed"
            f" ({off['first'] / max(on['first'], 0.001):.1f}x); init {on['init']:7.1f} vs {off['init']:7.1f} ms"
            f" (warm_up's share {on['warming']:.0f} ms); init + first {on['init'] + on['first']:7.1f} vs"
            f" {off['init'] + off['first']:7.1f} ms; a warm request {on['warm']:.1f} ms;"
            f" from a snapshot (fork after init) {on['restored']:.1f} vs {off['restored']:.1f} ms",
            flush=True,
        )
    print(f"(median of {runs} new processes per function and mode; tier 1 only)")
    slowest = max(FUNCTIONS, key=lambda f: medians[f, False]["first"])
    on, off = medians[slowest, True], medians[slowest, False]
    print(f"the slowest cold first request without warming: the {slowest} function")
    print(f"cold first request: warmed {on['first']:.0f} ms vs not warmed {off['first']:.0f} ms")


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        sys.path[:0] = [str(ROOT / "shared"), str(ROOT)]
        child(sys.argv[2], sys.argv[3])
    else:
        main(int(sys.argv[1]) if len(sys.argv) > 1 else 5)
