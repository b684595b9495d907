"""Every module-level pattern of the importer against strings built to make a pattern backtrack.

Run: .venv/bin/python bench/import_redos.py

Each pattern runs ``search``, ``match`` and ``fullmatch`` on each string in a process of its own, capped at 5 s.
It prints the patterns slower than half a second (SLOW) or stopped at the cap (HANG), then how many it tried. The
written-phone pattern held an import for minutes on "AMAZON DEVELOPMENT CENTRE (INDIA) PRIVATE LIMITED," until it
was made possessive; this finds its kind.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import sys
import time
from multiprocessing import Process
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parents[1] / "shared")]

import resume_autofix.importer as importer  # noqa: E402

SAMPLES = [
    "AMAZON DEVELOPMENT CENTRE (INDIA) PRIVATE LIMITED," * 2,
    "A" * 40 + "!",
    "1 " * 30 + "x!",
    "aaaa " * 30 + "!",
    "a.b." * 30 + "!",
    "Ab Cd " * 25 + "1",
    "- " * 40 + "a",
    "(" * 30 + "a",
    "1-" * 30 + "a",
    "Mr. " * 30 + ",",
    "ab, " * 30 + "1",
    "x" * 2000,
    "a1" * 40 + "@",
    "2019 " * 30 + "x",
    "Jan 2019 – " * 15 + "x",
    "word_" * 30 + "é",
    "https://" + "a/" * 40 + " ",
    "a@" * 30,
    "..." * 30 + "a",
    "A. " * 30 + "x",
]


def run(module: str, name: str, pattern: re.Pattern[str]) -> None:
    for sample in SAMPLES:
        start = time.perf_counter()
        pattern.search(sample)
        pattern.match(sample)
        pattern.fullmatch(sample)
        if (took := time.perf_counter() - start) > 0.5:
            print(f"SLOW {module}.{name} {sample[:40]!r} {took:.2f} s", flush=True)


def main() -> None:
    tried = 0
    for info in pkgutil.iter_modules(importer.__path__):
        module = importlib.import_module(f"resume_autofix.importer.{info.name}")
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern):
                tried += 1
                process = Process(target=run, args=(info.name, name, value))
                process.start()
                process.join(5)
                if process.is_alive():
                    process.terminate()
                    print(f"HANG {info.name}.{name}", flush=True)
    print(f"{tried} patterns tried on {len(SAMPLES)} strings each")


if __name__ == "__main__":
    main()
