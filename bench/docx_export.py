"""DOCX figures, per theme: cold/warm/cached, against python-docx building the same document naively (same run).

Run: ``.venv/bin/python bench/docx_export.py [resume.json]`` (default: the corpus senior-engineer resume, 2 pages A4).
"Naive" is what peers write: ``docx.Document()`` from python-docx's template, ``add_paragraph``/``add_run`` with
style names, hyperlinks through the usual oxml recipe, the tab stop per paragraph, core properties, ``save``.
Ours: each theme's styles made once per container with python-docx, the body written from the view, zipped.
Warm figures include building the view from the resume; cached = the renderer's tier-1 hit (hash + get).
"""

from __future__ import annotations

import io
import json
import statistics
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
# run as a script, this file's folder comes first on sys.path, and this file would shadow python-docx's `docx`
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]
sys.path[:0] = [str(ROOT / "shared"), str(ROOT)]
from bench._timing import timed  # noqa: E402

DEFAULT_RESUME = ROOT / "tests" / "data" / "corpus" / "resumes" / "senior-engineer.json"


def naive_docx(view: dict[str, Any]) -> bytes:
    """The same document through python-docx's object model, from scratch."""
    import docx  # noqa: PLC0415
    from docx.enum.text import WD_TAB_ALIGNMENT  # noqa: PLC0415
    from docx.opc.constants import RELATIONSHIP_TYPE  # noqa: PLC0415
    from docx.oxml import OxmlElement  # noqa: PLC0415
    from docx.oxml.ns import qn  # noqa: PLC0415
    from docx.shared import Mm  # noqa: PLC0415

    from resume_autofix.render.markup import parse  # noqa: PLC0415

    document = docx.Document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Mm(18))
    tab = section.page_width - 2 * Mm(18)

    def link(paragraph: Any, text: str, url: str) -> None:
        rid = paragraph.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
        element = OxmlElement("w:hyperlink")
        element.set(qn("r:id"), rid)
        run = OxmlElement("w:r")
        t = OxmlElement("w:t")
        t.text = text
        run.append(t)
        element.append(run)
        paragraph._p.append(element)

    def runs(paragraph: Any, text: str) -> None:
        for r in parse(text):
            if r.url:
                link(paragraph, r.text, r.url)
            else:
                run = paragraph.add_run(r.text)
                run.bold, run.italic = r.bold or None, r.italic or None

    document.add_paragraph(view["name"], style="Title")
    document.add_paragraph(view["label"], style="Subtitle")
    contact = document.add_paragraph()
    for i, item in enumerate(view["contact"]):
        if i:
            contact.add_run(" | ")
        if item["url"]:
            link(contact, item["text"], item["url"])
        else:
            contact.add_run(item["text"])
    if view["summary"]:
        document.add_heading(view["summary_title"], level=1)
        runs(document.add_paragraph(), view["summary"])
    for sec in view["sections"]:
        document.add_heading(sec["title"], level=1)
        for item in sec["items"]:
            if sec["kind"] == "tags":
                p = document.add_paragraph()
                p.add_run(item["name"]).bold = True
                if item["detail"]:
                    p.add_run(": " + item["detail"])
                continue
            p = document.add_heading(level=2)
            p.paragraph_format.tab_stops.add_tab_stop(tab, WD_TAB_ALIGNMENT.RIGHT)
            p.add_run(item["title"] + (", " + item["subtitle"] if item["subtitle"] else "") + " \t" + item["dates"])
            _naive_entry_body(document, item, runs)
    document.core_properties.title = view["name"]
    document.core_properties.author = view["name"]
    document.core_properties.language = view["lang"]
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _naive_entry_body(document: Any, item: dict[str, Any], runs: Any) -> None:
    if item["location"]:
        document.add_paragraph(item["location"])
    if item["summary"]:
        runs(document.add_paragraph(), item["summary"])
    for h in item["highlights"]:
        runs(document.add_paragraph(style="List Bullet"), h)
    for label, value in item["details"]:
        p = document.add_paragraph()
        p.add_run(f"{label}: ").bold = True
        p.add_run(value)


COLD = """
import time, json, sys
t = time.perf_counter()
sys.path[:0] = {paths!r}
from resume_autofix.render.view import build_view
view = build_view(json.load(open({resume!r})))
{body}
print((time.perf_counter() - t) * 1000)
"""
OURS = "from resume_autofix.docx.writer import build_docx\nbuild_docx(view, 'modern')"
NAIVE = "from bench.docx_export import naive_docx\nnaive_docx(view)"


def cold(body: str, resume: Path, runs: int = 3) -> float:
    code = COLD.format(paths=[str(ROOT / "shared"), str(ROOT)], resume=str(resume), body=body)
    values = []
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
        values.append(float(out.stdout.strip().splitlines()[-1]))
    return statistics.median(values)


def main() -> None:
    from resume_autofix.cache import CacheManager  # noqa: PLC0415
    from resume_autofix.config import Settings  # noqa: PLC0415
    from resume_autofix.docx import DocxRenderer, build_docx, readback  # noqa: PLC0415
    from resume_autofix.render import build_view  # noqa: PLC0415

    path = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_RESUME
    resume = json.loads(path.read_text(encoding="utf-8"))
    view = build_view(resume)
    print(f"resume: {path.name} ({len(path.read_bytes())} bytes); python {sys.version.split()[0]}")

    naive_warm = timed(lambda: naive_docx(build_view(resume)), repeat=20)
    naive_cold = cold(NAIVE, path)
    ours_cold = cold(OURS, path)
    naive = naive_docx(view)
    print(
        f"\npython-docx naive (Document() + add_paragraph/add_run + save): warm {naive_warm:.1f} ms, "
        f"cold {naive_cold:.0f} ms (new process), {len(naive)} bytes, read-back {readback(naive, view)['score']:.3f}"
    )
    print(f"ours, cold (new process: imports, the theme's styles, first DOCX): {ours_cold:.0f} ms")
    local = CacheManager(Settings.from_env({}), None)
    print("\nper theme (medians; warm includes building the view; hit = renderer end to end: hash + tier-1 get)")
    print(" | ".join(("theme", "warm ms", "warm/naive", "cached µs", "bytes", "read-back", "phrases")))
    for theme in ("classic", "modern", "compact"):
        warm = timed(lambda t=theme: build_docx(build_view(resume), t), repeat=50)
        renderer = DocxRenderer(cache=local.get_docx_cache())
        renderer.render(resume, theme)
        hit = timed(lambda r=renderer, t=theme: r.render(resume, t), repeat=500) * 1000
        data = build_docx(view, theme)
        report = readback(data, view)
        print(
            " | ".join(
                [
                    theme,
                    f"{warm:.2f}",
                    f"{warm / naive_warm:.3f}x",
                    f"{hit:.1f}",
                    str(len(data)),
                    f"{report['word_score']:.3f}",
                    f"{report['phrase_score']:.3f}",
                ]
            )
        )


if __name__ == "__main__":
    main()
