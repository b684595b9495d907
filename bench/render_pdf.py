"""Render/PDF figures, per theme: HTML cold/warm/cached, PDF cold/warm/cached (tier 1, tier 2), size, read-back.

Run: ``.venv/bin/python bench/render_pdf.py [resume.json]`` (default: the corpus senior-engineer resume, 2 pages A4).
With ``MEMCACHED_ENDPOINTS=127.0.0.1:11211`` it also measures tier-2 hits and a raw pymemcache ``get`` of the same
bytes. Comparisons in the same run (the machines are noisy; compare ratios, not absolute figures):
``fpdf2 core Helvetica`` and ``fpdf2 DejaVu add_font per document`` draw the same content with fpdf2's own
``cell``/``multi_cell`` (what peers do). Cold figures are whole new processes (imports + first document).
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "shared"), str(ROOT)]
from bench._timing import timed  # noqa: E402

DEFAULT_RESUME = ROOT / "tests" / "data" / "corpus" / "resumes" / "senior-engineer.json"
DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DEJAVU_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def naive_pdf(view: dict[str, Any], unicode_font: bool) -> bytes:
    """The same content through fpdf2's high-level API (cell/multi_cell): the peers' way."""
    from fpdf import FPDF  # noqa: PLC0415

    from resume_autofix.render.markup import plain  # noqa: PLC0415

    pdf = FPDF(format="A4")
    if unicode_font:
        pdf.add_font("dejavu", "", DEJAVU)
        pdf.add_font("dejavu", "B", DEJAVU_BOLD)
        family = "dejavu"

        def t(s: str) -> str:
            return s
    else:
        family = "helvetica"

        def t(s: str) -> str:
            return s.replace("–", "-").replace("•", "-").encode("latin-1", "replace").decode("latin-1")

    pdf.set_margins(18, 18, 18)
    pdf.add_page()
    pdf.set_font(family, "B", 22)
    pdf.cell(0, 10, t(view["name"]), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(family, "", 12)
    pdf.cell(0, 6, t(view["label"]), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(family, "", 9.5)
    pdf.multi_cell(0, 5, t(" | ".join(c["text"] for c in view["contact"])), new_x="LMARGIN", new_y="NEXT")
    if view["summary"]:
        pdf.set_font(family, "B", 12)
        pdf.cell(0, 8, "Summary", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font(family, "", 10)
        pdf.multi_cell(0, 5, t(plain(view["summary"])), new_x="LMARGIN", new_y="NEXT")
    for section in view["sections"]:
        pdf.set_font(family, "B", 12)
        pdf.cell(0, 8, t(section["title"]), new_x="LMARGIN", new_y="NEXT")
        for item in section["items"]:
            if section["kind"] == "tags":
                pdf.set_font(family, "", 10)
                pdf.multi_cell(0, 5, t(f"{item['name']}: {item['detail']}"), new_x="LMARGIN", new_y="NEXT")
                continue
            pdf.set_font(family, "B", 10.5)
            title = item["title"] + (", " + item["subtitle"] if item["subtitle"] else "")
            pdf.cell(120, 6, t(title))
            pdf.set_font(family, "", 10)
            pdf.cell(0, 6, t(item["dates"]), align="R", new_x="LMARGIN", new_y="NEXT")
            if item["summary"]:
                pdf.multi_cell(0, 5, t(plain(item["summary"])), new_x="LMARGIN", new_y="NEXT")
            for h in item["highlights"]:
                pdf.multi_cell(0, 5, t("• " + plain(h)), new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


COLD_OURS = """
import time, json, sys
t = time.perf_counter()
sys.path[:0] = {paths!r}
from resume_autofix.pdf.build import build_pdf
from resume_autofix.render.view import build_view
pdf, pages, _ = build_pdf(build_view(json.load(open({resume!r}))), {theme!r})
print((time.perf_counter() - t) * 1000)
"""

COLD_CORE = """
import time, json, sys
t = time.perf_counter()
sys.path[:0] = {paths!r}
import fpdf
from bench.render_pdf import naive_pdf
from resume_autofix.render.view import build_view
naive_pdf(build_view(json.load(open({resume!r}))), False)
print((time.perf_counter() - t) * 1000)
"""

COLD_HTML = """
import time, json, sys
t = time.perf_counter()
sys.path[:0] = {paths!r}
from resume_autofix.render.jinja import render_view
from resume_autofix.render.themes import get_theme
from resume_autofix.render.view import build_view
render_view(build_view(json.load(open({resume!r}))), get_theme({theme!r}))
print((time.perf_counter() - t) * 1000)
"""


COLD_HANDLER = """
import time, json, sys
t = time.perf_counter()
sys.path[:0] = {paths!r}
from functions.pdf import app
from tests.conftest import LambdaContext
event = json.load(open("events/pdf-a4.json"))
assert app.lambda_handler(event, LambdaContext())["statusCode"] == 200
print((time.perf_counter() - t) * 1000)
"""


def _run(template: str, **kw: Any) -> float:
    code = template.format(paths=[str(ROOT / "shared"), str(ROOT)], **kw)
    env = dict(
        os.environ,
        POWERTOOLS_TRACE_DISABLED="1",
        POWERTOOLS_METRICS_NAMESPACE="ResumeAutofix",
        POWERTOOLS_LOG_LEVEL="WARNING",
        MEMCACHED_ENDPOINTS="",
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT, env=env)
    return float(out.stdout.strip().splitlines()[-1])


def cold(template: str, runs: int = 5, baseline: str | None = None, **kw: Any) -> tuple[float, float]:
    """Median ms inside new interpreters, from before the first import to the first document.

    With ``baseline``, the baseline runs alternate with these ones (the machine's noise drifts) and the answer is
    (median, median of the per-pair ratios); otherwise (median, nan).
    """
    values, ratios = [], []
    for _ in range(runs):
        value = _run(template, **kw)
        values.append(value)
        if baseline is not None:
            ratios.append(value / _run(baseline, **kw))
    return statistics.median(values), statistics.median(ratios) if ratios else float("nan")


def main() -> None:
    from resume_autofix.cache import CacheManager, MemcachedBackend  # noqa: PLC0415
    from resume_autofix.config import Settings  # noqa: PLC0415
    from resume_autofix.pdf import PdfRenderer, build_pdf, readback  # noqa: PLC0415
    from resume_autofix.render import HtmlRenderer, build_view, get_theme, render_view  # noqa: PLC0415
    from resume_autofix.resume import resume_hash  # noqa: PLC0415

    path = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_RESUME
    resume = json.loads(path.read_text(encoding="utf-8"))
    view = build_view(resume)
    endpoints = os.environ.get("MEMCACHED_ENDPOINTS", "")
    print(f"resume: {path.name} ({len(path.read_bytes())} bytes); python {sys.version.split()[0]}")

    core_cold, _ = cold(COLD_CORE, resume=str(path))
    handler_cold, _ = cold(COLD_HANDLER, runs=3)
    core_warm = timed(lambda: naive_pdf(build_view(resume), False), repeat=20)
    dejavu_warm = timed(lambda: naive_pdf(build_view(resume), True), repeat=5, warmup=1)
    core_size = len(naive_pdf(view, False))
    print(
        f"\nfpdf2 core Helvetica, cell/multi_cell: cold {core_cold:.0f} ms (new process: import fpdf + first PDF), "
        f"warm {core_warm:.1f} ms, {core_size} bytes (Latin-1 only: other characters become '?')"
    )
    print(f"fpdf2 DejaVu Sans add_font per document (the naive Unicode way): warm {dejavu_warm:.1f} ms")
    print(
        f"PDF Lambda handler, new process: import functions.pdf.app (Powertools, pydantic, fpdf2, fonts) + first "
        f"POST /api/pdf (validation, build, base64): {handler_cold:.0f} ms"
    )

    local = CacheManager(Settings.from_env({}), None)
    tier2 = None
    if endpoints:
        settings = Settings.from_env({"MEMCACHED_ENDPOINTS": endpoints})
        tier2 = CacheManager(settings, MemcachedBackend.from_settings(settings))

    digest = resume_hash(resume)
    print(
        "\nper theme (ms unless said; medians; 'hit' = end to end through the renderer: hash + get + unpack; "
        "cold/core = median of paired new-process runs)"
    )
    header = (
        "theme",
        "html cold",
        "html warm",
        "html hit",
        "pdf cold",
        "cold/core",
        "pdf warm",
        "warm/core",
        "pdf hit",
        "get only",
        "t2 hit",
        "raw mc get",
        "pdf bytes",
        "pages",
        "read-back",
    )
    print(" | ".join(header))
    for theme_id in ("classic", "modern", "compact"):
        theme = get_theme(theme_id)
        html_cold, _ = cold(COLD_HTML, runs=3, resume=str(path), theme=theme_id)
        html_warm = timed(lambda t=theme: render_view(build_view(resume), t))
        html_renderer = HtmlRenderer(cache=local.get_template_cache())
        html_renderer.render(resume, theme_id)
        html_hit = timed(lambda r=html_renderer, t=theme_id: r.render(resume, t), repeat=200)

        pdf_cold, cold_ratio = cold(COLD_OURS, baseline=COLD_CORE, resume=str(path), theme=theme_id)
        pdf_warm = timed(lambda t=theme_id: build_pdf(build_view(resume), t), repeat=30)
        pdf, pages, _ = build_pdf(view, theme_id)
        score = readback(pdf, view)["score"]
        pdf_cache = local.get_pdf_cache()
        renderer = PdfRenderer(cache=pdf_cache)
        renderer.render(resume, theme_id)
        pdf_hit = timed(lambda r=renderer, t=theme_id: r.render(resume, t), repeat=200)
        key = f"pdf:{theme_id}:{theme.version}:A4:{digest}"
        get_only = timed(lambda k=key, c=pdf_cache: c.get(k), repeat=2000) * 1000  # µs

        t2_hit = raw = float("nan")
        if tier2 is not None:
            cache2 = tier2.get_pdf_cache()
            r2 = PdfRenderer(cache=cache2)
            r2.render(resume, theme_id)

            def tier2_get(c: Any = cache2, k: str = key) -> None:
                c.clear_local()
                assert c.get(k) is not None

            t2_hit = timed(tier2_get, repeat=200)
            from pymemcache.client.base import Client  # noqa: PLC0415

            host, port = endpoints.split(",")[0].rsplit(":", 1)
            client = Client((host, int(port)), connect_timeout=1, timeout=1)
            client.set("bench-raw", pdf)
            raw = timed(lambda cl=client: cl.get("bench-raw"), repeat=200)
        print(
            " | ".join(
                [
                    theme_id,
                    f"{html_cold:.0f}",
                    f"{html_warm:.2f}",
                    f"{html_hit * 1000:.0f} µs",
                    f"{pdf_cold:.0f}",
                    f"{cold_ratio:.2f}x",
                    f"{pdf_warm:.1f}",
                    f"{pdf_warm / core_warm:.2f}x",
                    f"{pdf_hit * 1000:.0f} µs",
                    f"{get_only:.1f} µs",
                    f"{t2_hit:.3f}" if tier2 else "-",
                    f"{raw:.3f}" if tier2 else "-",
                    str(len(pdf)),
                    str(pages),
                    f"{score:.3f}",
                ]
            )
        )
    if not endpoints:
        print("(tier 2 skipped: set MEMCACHED_ENDPOINTS=host:port to measure memcached hits)")


if __name__ == "__main__":
    main()
