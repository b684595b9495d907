"""The web page's figures in headless Chromium against the real local API (web/e2e/bench.mjs, printed).

Run: ``make web && .venv/bin/python bench/web.py`` — starts the local API in-process on a free loopback port,
then runs the page benchmark (first paint, app ready, an analysis fetched vs cached, bundle size).
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "shared"), str(ROOT)]

from resume_autofix.localapi import LOCAL_ENV_DEFAULTS, make_server  # noqa: E402


def main() -> int:
    if not (ROOT / "web" / "dist" / "index.html").exists():
        print("web/dist is not built: run `make web` first")
        return 1
    for name, value in LOCAL_ENV_DEFAULTS.items():
        os.environ.setdefault(name, value)
    server = make_server(ROOT, port=0)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    host, port = server.server_address[:2]
    env = os.environ | {"BASE_URL": f"http://{host!s}:{port}", "BENCH_RUNS": os.environ.get("BENCH_RUNS", "3")}
    try:
        return subprocess.run(["npm", "--prefix", "web", "run", "--silent", "bench"], env=env, check=False).returncode
    finally:
        server.shutdown()


if __name__ == "__main__":
    sys.exit(main())
