"""Hostile text documents through the importer: the seconds each takes (a process each, capped at 60 s).

Run: .venv/bin/python bench/import_hostile.py

Lines of a thousand number-like runs, of URLs, of capitals ending in a comma, dates, commas, brackets: each once,
in a new process so no memo helps. A HANG line is a bug (a pattern or a loop that grows faster than the text).
"""

from __future__ import annotations

import random
import sys
import time
from collections.abc import Iterator
from multiprocessing import Process, Queue
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parents[1] / "shared")]

from resume_autofix.importer import ImportFileError, import_resume  # noqa: E402


def docs() -> Iterator[tuple[str, str]]:
    caps = "AMAZON DEVELOPMENT CENTRE (INDIA) PRIVATE LIMITED,"
    yield "caps-lines", "Jane Doe\njane@x.org\n\nExperience\n" + "\n".join(caps for _ in range(400))
    yield "one-long-caps", "Jane Doe\n\nSkills\n" + " ".join(["ABCDEFG"] * 3000) + ","
    yield "digits", "Jane Doe\n\nExperience\n" + "\n".join("1 2 3 4 5 6 7 8 9 0 " * 20 for _ in range(200))
    yield "dates", "Jane Doe\n\nExperience\n" + "\n".join("Jan 2019 – Feb 2020 – Mar 2021 – " * 10 for _ in range(200))
    yield "commas", "Jane Doe\n\nSkills\n" + ", ".join(["Python"] * 20000)
    yield "colons", "Jane Doe\n\nSkills\n" + "\n".join("A: b, C: d, E: f, " * 30 for _ in range(200))
    yield "brackets", "Jane Doe\n\nEducation\n" + "\n".join("(" * 50 + "University" + ")" * 50 for _ in range(200))
    yield "dashes", "Jane Doe\n\nExperience\n" + "\n".join(" – ".join(["Acme"] * 40) for _ in range(200))
    yield "emails", "Jane Doe\n" + " ".join("a@b" for _ in range(5000))
    yield "phones", "Jane Doe\n" + " ".join("+1 (555) 0100" for _ in range(3000))
    yield "urls", "Jane Doe\n" + " ".join("https://" + "a/" * 50 for _ in range(500))
    yield "accents", "Jane Doe\n\nExperience\n" + "´a¨o" * 20000
    random.seed(3)
    alphabet = "Aa1 ,.:;-–()/|@+#%&·•\t"
    yield "random", "Jane Doe\n\nExperience\n" + "".join(random.choice(alphabet) for _ in range(150000))
    yield "cjk", "王志豪\n\n工作经历\n" + "，".join(["负责办公系统"] * 5000)


def run(name: str, text: str, q: Queue) -> None:  # type: ignore[type-arg]
    t = time.time()
    try:
        import_resume(text.encode(), "cv.txt")
        q.put((name, round(time.time() - t, 2), "ok"))
    except ImportFileError as e:
        q.put((name, round(time.time() - t, 2), f"4xx {type(e).__name__}"))


def main() -> None:
    print(f"{'case':<14} {'chars':>8} {'seconds':>8}  result")
    for name, text in docs():
        q: Queue = Queue()  # type: ignore[type-arg]
        p = Process(target=run, args=(name, text, q))
        p.start()
        p.join(60)
        if p.is_alive():
            p.terminate()
            print(f"{name:<14} {len(text):>8} {'HANG':>8}", flush=True)
        else:
            _name, seconds, result = q.get()
            print(f"{name:<14} {len(text):>8} {seconds:>8.2f}  {result}", flush=True)


if __name__ == "__main__":
    main()
