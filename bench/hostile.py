"""Hostile input: the slowest pathological field vs a plain prose field of the same size, per route.

Run: .venv/bin/python bench/hostile.py [--size 200000] [--routes analyze,autofix,render,pdf] [--only bold_stars,...]
     .venv/bin/python bench/hostile.py --rss   (20 requests of 200 KB repeated words: process RSS growth)

Every request goes through the function's real ``lambda_handler`` (body parsing, the cache, the 6 MB answer
check) with tier 1 only, each case a new text (no cache hit can hide work). The goal (issue 11): on every
route the slowest pathological field takes ≤ 5× the prose field's time in the same run.
"""

from __future__ import annotations

import argparse
import gc
import json
import resource
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "shared"), str(ROOT)]

from resume_autofix.cache import cache_manager  # noqa: E402
from resume_autofix.config import Settings  # noqa: E402
from resume_autofix.localapi import LOCAL_ENV_DEFAULTS, LocalContext, build_event  # noqa: E402
from tests.hostile import cases, field, resume_with  # noqa: E402

ROUTES = {
    "analyze": ("fix", "/api/analyze", lambda r: {"resume": r, "job_description": "Python engineer, Go, Kubernetes"}),
    "autofix": ("fix", "/api/autofix", lambda r: {"resume": r, "job_description": "Python engineer"}),
    "render": ("render", "/api/render", lambda r: {"resume": r, "template_id": "classic"}),
    "pdf": ("pdf", "/api/pdf", lambda r: {"resume": r, "template_id": "classic"}),
}


def handler_of(function: str) -> Any:
    import importlib  # noqa: PLC0415

    return importlib.import_module(f"functions.{function}.app").lambda_handler


def forget_memos() -> None:
    """Clear the per-text memos (spelling, language, markup, plain text) so every request pays its full cost.

    Without this, a text analysed by an earlier route is a memo hit in a later one: the prose baseline (left
    unchanged by the fixes) would be analysed once where a fixed hostile field is analysed twice.
    """
    for name, module in list(sys.modules.items()):
        if not name.startswith("resume_autofix."):
            continue
        for value in list(vars(module).values()):
            info = getattr(value, "cache_info", None)
            if callable(info) and getattr(info(), "maxsize", 1) not in (None, 1):
                value.cache_clear()  # functools memos per text (the loaded dictionaries have maxsize 1)
            elif hasattr(value, "cache") and hasattr(value, "cache_clear") and not isinstance(value, type):
                value.cache_clear()  # cachetools memos


def call(route: str, text: str) -> tuple[float, int, int]:
    forget_memos()
    function, path, body_of = ROUTES[route]
    body = json.dumps(body_of(resume_with(text))).encode()
    event = build_event("POST", path, "", {"Content-Type": "application/json"}, body, f"POST {path}")
    handler = handler_of(function)
    t = time.perf_counter()
    answer = handler(event, LocalContext(function_name=function))
    elapsed = time.perf_counter() - t
    return elapsed, int(answer["statusCode"]), len(answer.get("body") or "")


def timing(size: int, routes: list[str], only: set[str] | None) -> None:
    fields = {k: v for k, v in cases(size).items() if only is None or k in only or k == "prose"}
    for route in routes:
        call(route, "warm up " + str(route))  # imports, fonts, dictionaries: not part of any figure
        times: dict[str, tuple[float, int, int]] = {}
        for name, text in fields.items():
            times[name] = call(route, text)
        base = times["prose"][0]
        slow = sorted(((t, n) for n, (t, _s, _b) in times.items() if n != "prose"), reverse=True)
        print(f"== {route}: prose {base * 1000:8.1f} ms (status {times['prose'][1]})")
        for t, name in slow[:5]:
            status, size = times[name][1:]
            print(f"   {name:16} {t * 1000:8.1f} ms  {t / base:5.2f}x  status {status}  answer {size} B")
        worst_t, worst = slow[0]
        verdict = "ok" if worst_t <= 5 * base else "OVER GOAL"
        print(f"   slowest/prose = {worst_t / base:.2f}x ({worst}); goal <= 5x: {verdict}", flush=True)


def rss_mb() -> float:
    """The process' resident memory now (Linux /proc), else its peak."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def rss_growth(requests: int = 20, size: int = 200_000) -> None:
    call("analyze", "warm up")
    gc.collect()
    start = rss_mb()
    statuses = []
    for i in range(requests):
        text = field(f"w{i} ", size)  # 200 KB of one repeated word, a new word each time (no cache hit)
        statuses.append(call("analyze", text)[1])
    gc.collect()
    end = rss_mb()
    general = cache_manager.get_general_cache().stats()
    print(f"{requests} analyses of {size // 1000} KB repeated words: statuses {sorted(set(statuses))}")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"RSS {start:.0f} MB -> {end:.0f} MB: growth {end - start:.0f} MB (goal <= 50 MB); peak {peak:.0f} MB")
    memory = cache_manager.get_general_cache().local.memory_stats()
    print(f"general cache after: {general.get('size')} entries, {memory['bytes']} of {memory['max_bytes']} bytes")


def main() -> None:
    import os  # noqa: PLC0415

    for key, value in LOCAL_ENV_DEFAULTS.items():
        os.environ.setdefault(key, value)
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", type=int, default=200_000)
    parser.add_argument("--routes", default=",".join(ROUTES))
    parser.add_argument("--only", default="")
    parser.add_argument("--rss", action="store_true")
    args = parser.parse_args()
    cache_manager.configure(Settings.from_env({}), None)
    if args.rss:
        rss_growth()
        return
    only = set(args.only.split(",")) if args.only else None
    print(f"field size {args.size} characters; each case in the summary, a work summary and a highlight")
    timing(args.size, args.routes.split(","), only)


if __name__ == "__main__":
    main()
