"""The web page's figures in headless Chromium against the real local API (web/e2e/bench.mjs, printed).

Run: ``make web && .venv/bin/python bench/web.py`` — starts ``resume-autofix serve`` on a free loopback port (the
way ``make test-e2e`` does), then runs the page benchmark: first paint, app ready, time to the first analysis
after a file drop (a JSON Resume; a PDF through POST /api/import when the server has that route), an analysis
fetched vs cached, and the bundle size against its 60 KB gzipped budget. ``BENCH_RUNS`` runs (default 3).

Then the page's prefetching (issue 16), with its baseline in the same run: theme-switch and click-to-download
latency with prefetching on and off (``?prefetch=off``), ending with the line
``prefetch: theme switch X ms vs Y ms without; click-to-download A ms vs B ms without``.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _serve(ready: Path) -> subprocess.Popen[bytes]:
    env = os.environ | {"PYTHONPATH": os.pathsep.join([str(ROOT / "shared"), str(ROOT)])}
    command = [sys.executable, "-m", "resume_autofix", "serve", "--port", "0", "--ready-file", str(ready)]
    return subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def main() -> int:
    if not (ROOT / "web" / "dist" / "index.html").exists():
        print("web/dist is not built: run `make web` first")
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        ready = Path(tmp) / "url"
        server = _serve(ready)
        try:
            deadline = time.monotonic() + 30
            while not (ready.exists() and ready.read_text().strip()):
                if server.poll() is not None or time.monotonic() > deadline:
                    err = server.stderr.read().decode() if server.stderr and server.poll() is not None else "timeout"
                    print(f"the local API did not start: {err}")
                    return 1
                time.sleep(0.05)
            env = os.environ | {"BASE_URL": ready.read_text().strip(), "BENCH_RUNS": os.environ.get("BENCH_RUNS", "3")}
            npm = ["npm", "--prefix", "web", "run", "--silent", "bench"]
            return subprocess.run(npm, cwd=ROOT, env=env, check=False).returncode
        finally:
            server.terminate()
            server.wait(timeout=10)


if __name__ == "__main__":
    sys.exit(main())
