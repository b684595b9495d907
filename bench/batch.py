"""Bulk runs locally: resumes/s with the process pool vs one process; peak memory at 1,000 vs 10,000 inputs;
a run killed half-way and resumed.

Run: .venv/bin/python bench/batch.py [--n 1000] [--big 10000] [--workers 0] [--repeat 3]

Inputs are corpus resumes with varied content (names, summaries, shuffled and trimmed highlights, weak openers
and misspellings that the fixes correct), each a distinct file with its own content hash. Every figure comes from
`resume-autofix batch` run as a user runs it (a subprocess; imports and pool start-up included), both sides in
the same run of this script, each repeat with the load average at its start.

The machine is shared, and other work on its cores caps the pool's speed-up whatever the code does. So each
run also reads, from /proc/<pid>/schedstat, how long its processes were ready to run and how much of that they
ran: "machine ceiling in these runs" = workers × the pool's share ÷ the one process's share, the speed-up the
pool would show if it lost nothing of its own (2.0x on two idle cores); "speed-up = N% of it" is what is ours.
CPU ms per resume (the whole tree) shows the work the pool adds; "first result after" its start-up. A pure-CPU
dummy pool measured just before each pair is printed too, but it lasts two seconds and the load changes faster.

Memory is sampled every 50 ms from /proc over the whole process tree (the command and its workers): the sum of
resident sets (pages the workers share with the parent they were forked from count once per process), the
proportional set size (PSS: shared pages divided among their sharers) and the largest process's VmHWM.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "shared"), str(ROOT)]

from resume_autofix.bulk import default_workers  # noqa: E402

CORPUS = ROOT / "tests" / "data" / "corpus"
BASES = ("senior-engineer.json", "new-grad.json", "career-changer.json", "jsonresume-sample.json",
         "fresh-jane-fullstacker.json", "light-singlecolumn-sample.json")  # fmt: skip
JOB = CORPUS / "jobs" / "backend-eng.txt"
ENV = os.environ | {"PYTHONPATH": f"{ROOT / 'shared'}{os.pathsep}{ROOT}"}
TARGET = 1.7
CPU_CHUNKS = 16  # the dummy task: this many equal pieces of pure-Python arithmetic
CPU_PIECE = 1_000_000
WEAK = ("Responsible for", "Helped with", "Worked on")
TYPOS = {"managed": "manged", "developed": "develloped", "performance": "performence", "team": "teem"}


def _cpu_piece(n: int) -> int:
    total = 0
    for i in range(n):
        total = (total + i * i) % 1_000_003
    return total


def cpu_ceiling(workers: int) -> tuple[float, float, float]:
    """The pool's speed-up on pure CPU work right now: (one process s, pool s, ratio); the pool is warm first."""
    started = time.perf_counter()
    for _ in range(CPU_CHUNKS):
        _cpu_piece(CPU_PIECE)
    one = time.perf_counter() - started
    with ProcessPoolExecutor(workers) as pool:
        list(pool.map(_cpu_piece, [1] * workers))
        started = time.perf_counter()
        list(pool.map(_cpu_piece, [CPU_PIECE] * CPU_CHUNKS))
        pooled = time.perf_counter() - started
    return one, pooled, one / pooled


def make_inputs(folder: Path, n: int, seed: int = 17) -> None:
    """``n`` distinct resumes written to ``folder``."""
    rng = random.Random(seed)
    bases = [json.loads((CORPUS / "resumes" / b).read_text(encoding="utf-8")) for b in BASES]
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        resume = json.loads(json.dumps(bases[i % len(bases)]))
        basics = resume.setdefault("basics", {})
        basics["name"] = f"{basics.get('name') or 'Candidate'} {i}"
        basics["summary"] = (
            f"{basics.get('summary') or ''} Open to {rng.choice(['remote', 'hybrid', 'on-site'])} roles."
        )
        for work in resume.get("work") or []:
            highlights = list(work.get("highlights") or [])
            rng.shuffle(highlights)
            highlights = highlights[: rng.randint(1, max(1, len(highlights)))]
            if highlights and rng.random() < 0.5:
                highlights[0] = f"{rng.choice(WEAK)} {highlights[0][0].lower()}{highlights[0][1:]}"
            if highlights and rng.random() < 0.5:
                word, typo = rng.choice(list(TYPOS.items()))
                highlights[-1] = highlights[-1].replace(word, typo)
            work["highlights"] = highlights
        (folder / f"r{i:05d}.json").write_text(json.dumps(resume), encoding="utf-8")


def _tree(root: int) -> list[int]:
    """``root`` and every process below it (from /proc's parent links)."""
    parents: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as handle:
                    ppid = int(handle.read().rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue
            parents.setdefault(ppid, []).append(int(entry))
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo.extend(parents.get(pid, []))
    return found


def _status_kb(pid: int, field: str) -> int:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as handle:
            for line in handle:
                if line.startswith(field + ":"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def _pss_kb(pid: int) -> int:
    """Proportional set size: each shared page counted once over the processes that share it."""
    try:
        with open(f"/proc/{pid}/smaps_rollup", encoding="ascii") as handle:
            for line in handle:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def _schedstat(pid: int) -> tuple[float, float]:
    """Seconds ``pid`` has run on a CPU and has waited, runnable, for one (``/proc/<pid>/schedstat``)."""
    try:
        with open(f"/proc/{pid}/schedstat", encoding="ascii") as handle:
            ran, waited = handle.read().split()[:2]
    except (OSError, ValueError):
        return 0.0, 0.0
    return int(ran) / 1e9, int(waited) / 1e9


class TreeMemory(threading.Thread):
    """Samples the process tree's total RSS, each process's VmHWM and CPU (run and run-queue wait) until ``stop``.

    The CPU figures say what the machine gave: a process that is ready to run but waits for a core (other users'
    work) accumulates run-queue time. ``share`` = time on a CPU ÷ time ready to run, over the tree's processes.
    """

    def __init__(self, pid: int, results: Path | None = None) -> None:
        super().__init__(daemon=True)
        self.pid, self.peak_total_kb, self.peak_process_kb, self.peak_pss_kb = pid, 0, 0, 0
        self.results = results
        self.first_result: float | None = None
        self.cpu: dict[int, tuple[float, float]] = {}
        self.started = time.perf_counter()
        self._stop_event = threading.Event()

    def run(self) -> None:
        while not self._stop_event.is_set():
            pids = _tree(self.pid)
            self.peak_total_kb = max(self.peak_total_kb, sum(_status_kb(p, "VmRSS") for p in pids))
            self.peak_pss_kb = max(self.peak_pss_kb, sum(_pss_kb(p) for p in pids))
            self.peak_process_kb = max([self.peak_process_kb, *(_status_kb(p, "VmHWM") for p in pids)])
            for p in pids:
                ran, waited = _schedstat(p)
                if ran:
                    self.cpu[p] = (ran, waited)
            if self.first_result is None and self._any_result():
                self.first_result = time.perf_counter() - self.started
            time.sleep(0.05)

    def _any_result(self) -> bool:
        if self.results is None or not self.results.is_dir():
            return False
        return any(entry.name.endswith(".json") for entry in os.scandir(self.results))

    @property
    def cpu_seconds(self) -> float:
        return sum(ran for ran, _ in self.cpu.values())

    @property
    def share(self) -> float:
        """Of the time the tree's processes were ready to run, the part they ran (1.0 on an idle machine)."""
        ready = sum(ran + waited for ran, waited in self.cpu.values())
        return self.cpu_seconds / ready if ready else 0.0

    def stop(self) -> None:
        self._stop_event.set()
        self.join()


def batch(inputs: Path, out: Path, workers: int, *extra: str, kill_at: int | None = None) -> dict[str, Any]:
    """Run the command; return its wall time, memory and the summary's counts (``kill_at``: SIGKILL it then)."""
    argv = [sys.executable, "-m", "resume_autofix", "batch", str(inputs), "--job", str(JOB), "--workers",
            str(workers), "--out", str(out), "--no-progress", *extra]  # fmt: skip
    started = time.perf_counter()
    proc = subprocess.Popen(argv, env=ENV, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, start_new_session=True)
    memory = TreeMemory(proc.pid, out / "results")
    memory.start()
    killed_with = None
    if kill_at is not None:
        while proc.poll() is None and len(list((out / "results").glob("*.json"))) < kill_at:
            time.sleep(0.05)
        os.killpg(proc.pid, signal.SIGKILL)  # the command, its fork server and its workers: a power cut
        killed_with = len(list((out / "results").glob("*.json")))
    stdout = proc.communicate()[0].decode()
    seconds = time.perf_counter() - started
    memory.stop()
    counts: dict[str, int] = {}
    summary = out / "summary.jsonl"
    if kill_at is None and summary.exists():
        for line in summary.read_text(encoding="utf-8").splitlines():
            status = json.loads(line)["status"]
            counts[status] = counts.get(status, 0) + 1
    return {
        "seconds": seconds,
        "cpu_seconds": memory.cpu_seconds,
        "share": memory.share,
        "first_result": memory.first_result,
        "peak_tree_mib": memory.peak_total_kb / 1024,
        "peak_pss_mib": memory.peak_pss_kb / 1024,
        "peak_process_mib": memory.peak_process_kb / 1024,
        "counts": counts,
        "killed_with": killed_with,
        "stdout": stdout.strip(),
        "code": proc.returncode,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=1000, help="inputs for throughput and resume (default 1000)")
    parser.add_argument("--big", type=int, default=10000, help="inputs for the memory comparison (default 10000)")
    parser.add_argument("--workers", type=int, default=0, help="pool size (default: every core)")
    parser.add_argument("--repeat", type=int, default=3, help="paired one-process/pool runs (default 3)")
    parser.add_argument(
        "--parts", default="throughput,memory,resume", help="which figures (default: throughput,memory,resume)"
    )
    args = parser.parse_args()
    workers = args.workers or default_workers()
    tmp = Path(tempfile.mkdtemp(prefix="bench-batch-"))
    try:
        small, big = tmp / "in-small", tmp / "in-big"
        make_inputs(small, args.n)
        parts = set(args.parts.split(","))
        if "memory" in parts:
            make_inputs(big, args.big)
        load = os.getloadavg()
        print(
            f"bench/batch.py: {args.n} resumes (analysed and fixed) against {JOB.name}; {workers} workers; "
            f"load average {load[0]:.1f} on {os.cpu_count()} cores (other work on the machine slows the pool)"
        )

        ratios, ceilings, shared = [], [], []
        for rep in range(1, args.repeat + 1 if "throughput" in parts else 1):
            load = os.getloadavg()
            c_one, c_pool, ceiling = cpu_ceiling(workers)
            runs = {"one": batch(small, tmp / f"out-one-{rep}", 1, "--fix")}
            runs["pool"] = batch(small, tmp / f"out-pool-{rep}", workers, "--fix")
            for run in runs.values():
                assert run["counts"].get("ok") == args.n, run
            one, pool = runs["one"], runs["pool"]
            r1, rp = args.n / one["seconds"], args.n / pool["seconds"]
            # what the machine allowed in these very runs: the pool's processes got `share` of the time they were
            # ready to run, the one process its own `share`; with no loss of ours the speed-up would be this ratio
            allowed = min(workers, workers * pool["share"] / one["share"]) if one["share"] else float("nan")
            ratios.append(rp / r1)
            ceilings.append(ceiling)
            shared.append(allowed)
            print(
                f"  [{rep}] load {load[0]:4.1f}   speed-up {rp / r1:.2f}x: one process {r1:5.1f} resumes/s "
                f"({one['seconds']:.1f} s), pool of {workers} {rp:5.1f} resumes/s ({pool['seconds']:.1f} s)"
            )
            for name, run in runs.items():
                first = run["first_result"]
                cpu_ms = run["cpu_seconds"] / args.n * 1000
                print(
                    f"        {name:>4}: CPU {cpu_ms:5.1f} ms/resume, got {run['share']:.0%} of its ready time on a "
                    f"core, first result after {first if first is None else round(first, 1)} s"
                )
            print(
                f"        machine ceiling in these runs {allowed:.2f}x (speed-up = {rp / r1 / allowed:.0%} of it); "
                f"dummy CPU pool just before {ceiling:.2f}x ({c_one:.1f} s one process vs {c_pool:.1f} s pool)"
            )
            shutil.rmtree(tmp / f"out-one-{rep}", ignore_errors=True)
            shutil.rmtree(tmp / f"out-pool-{rep}", ignore_errors=True)
        if ratios:
            ratio, ceiling, allowed = statistics.median(ratios), statistics.median(ceilings), statistics.median(shared)
            print(
                f"  throughput, --fix    median speed-up {ratio:.2f}x (goal {TARGET}x: "
                f"{'met' if ratio >= TARGET else 'NOT met'}); median machine ceiling in the same runs {allowed:.2f}x "
                f"(speed-up / ceiling {ratio / allowed:.0%}); median dummy CPU pool {ceiling:.2f}x; "
                f"load average now {os.getloadavg()[0]:.1f}"
            )

        if "memory" in parts:
            m_small = batch(small, tmp / "out-mem-small", workers)
            m_big = batch(big, tmp / "out-mem-big", workers)
            assert m_big["counts"].get("ok") == args.big, m_big["counts"]
            print(
                f"  peak memory, analyse {args.n:>6} inputs: tree {m_small['peak_tree_mib']:6.0f} MiB "
                f"(PSS {m_small['peak_pss_mib']:4.0f} MiB), "
                f"largest process {m_small['peak_process_mib']:5.0f} MiB ({args.n / m_small['seconds']:.1f} resumes/s)"
            )
            print(
                f"                       {args.big:>6} inputs: tree {m_big['peak_tree_mib']:6.0f} MiB "
                f"(PSS {m_big['peak_pss_mib']:4.0f} MiB), "
                f"largest process {m_big['peak_process_mib']:5.0f} MiB ({args.big / m_big['seconds']:.1f} resumes/s)"
            )
            print(
                f"                       ratio {args.big // max(1, args.n)}x inputs → "
                f"{m_big['peak_tree_mib'] / m_small['peak_tree_mib']:.2f}x tree, "
                f"{m_big['peak_pss_mib'] / m_small['peak_pss_mib']:.2f}x PSS, "
                f"{m_big['peak_process_mib'] / m_small['peak_process_mib']:.2f}x largest process"
            )

        if "resume" in parts:
            out = tmp / "out-resume"
            killed = batch(small, out, workers, "--fix", kill_at=args.n // 2)
            resumed = batch(small, out, workers, "--fix", "--resume")
            done_at_kill = killed["killed_with"]
            counts = resumed["counts"]
            print(
                f"  kill and resume      killed with {done_at_kill}/{args.n} results; the resumed run processed "
                f"{counts.get('ok', 0)} (expected {args.n - done_at_kill}), skipped {counts.get('resumed', 0)}, "
                f"failed {counts.get('failed', 0)}; {len(list((out / 'results').glob('*.json')))} results in all"
            )
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
