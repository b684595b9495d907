"""Import: field F1 on resumes made by our themes and by other tools, nothing invented, and speed.

    PYTHONPATH=shared:. .venv/bin/python bench/import.py [--quick | --real]

Round trip: every corpus resume × every theme → our PDF → import, and a DOCX written with python-docx. Other
tools: plain text, Markdown, DOCX (one column with a page header; two columns in a layout table), LibreOffice
PDFs of those DOCX files, and Chromium PDFs of HTML in two other designs (one column; a two-column sidebar).
The truth is the JSON each document was written from; entries are matched one to one. Speed: a 2-page PDF
imported warm, and cold in a new process, each beside pypdf's plain ``extract_text`` on the same file, and the
cold ``resume-autofix analyze`` of the JSON. Real PDFs from LaTeX and Typst templates (``tests/data/real``, truth
written by hand) are scored per document and per field; ``--real`` runs only those.
"""

from __future__ import annotations

import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "shared"), str(ROOT), str(ROOT / "bench")]

from _import_docs import (  # noqa: E402
    FIELDS,
    STRICT_DEGREE,
    Score,
    docx_resume,
    html_resume,
    markdown_resume,
    real_documents,
    score_of,
    text_resume,
)
from _timing import timed  # noqa: E402

from resume_autofix.importer import ImportFileError, import_resume, invented  # noqa: E402
from resume_autofix.pdf import PdfRenderer  # noqa: E402
from resume_autofix.render import HtmlRenderer  # noqa: E402
from resume_autofix.resume import load_resume  # noqa: E402

CORPUS = ROOT / "tests" / "data" / "corpus" / "resumes"
REAL = ROOT / "tests" / "data" / "real"
SKIP = {"fresh-empty.json", "invalid-bad-country-code.json", "invalid-url-and-email.json"}


def corpus() -> dict[str, dict]:
    out = {}
    for path in sorted(CORPUS.glob("*.json")):
        if path.name in SKIP:
            continue
        try:
            out[path.stem] = load_resume(path.read_bytes()).to_dict()
        except Exception:  # a corpus file meant to fail validation
            continue
    return out


def run_group(label: str, docs: list[tuple[str, dict, bytes, str]], table: dict[str, Score]) -> None:
    total = Score()
    made_up = 0
    refused: list[str] = []
    for name, resume, data, filename in docs:
        try:
            result = import_resume(data, filename)
        except ImportFileError as exc:  # scored as nothing found (e.g. a PDF whose CJK glyphs have no text)
            refused.append(f"{name} ({type(exc).__name__})")
            total.merge(score_of(resume, {}))
            continue
        made_up += len(invented(result.resume, result.source_text))
        total.merge(score_of(resume, result.resume))
    table[label] = total
    note = f"  refused: {', '.join(refused)}" if refused else ""
    print(f"{label:<34} {len(docs):>3} docs  F1 {total.f1():.3f}  invented {made_up}{note}", flush=True)


def soffice_pdfs(docx_files: dict[str, bytes], tmp: Path) -> dict[str, bytes]:
    exe = shutil.which("soffice")
    if not exe or not docx_files:
        return {}
    for name, data in docx_files.items():
        (tmp / f"{name}.docx").write_bytes(data)
    subprocess.run(
        [exe, "--headless", "--convert-to", "pdf", "--outdir", str(tmp), *(str(tmp / f"{n}.docx") for n in docx_files)],
        capture_output=True,
        timeout=600,
        check=False,
    )
    return {n: (tmp / f"{n}.pdf").read_bytes() for n in docx_files if (tmp / f"{n}.pdf").exists()}


def chromium_pdfs(pages: dict[str, str], tmp: Path) -> dict[str, bytes]:
    exe = shutil.which("chromium") or shutil.which("chromium-browser")
    if not exe:
        return {}
    out = {}
    for name, page in pages.items():
        src, pdf = tmp / f"{name}.html", tmp / f"{name}.c.pdf"
        src.write_text(page, encoding="utf-8")
        subprocess.run(
            [
                exe,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--no-pdf-header-footer",
                f"--print-to-pdf={pdf}",
                src.as_uri(),
            ],
            capture_output=True,
            timeout=120,
            check=False,
        )
        if pdf.exists():
            out[name] = pdf.read_bytes()
    return out


def print_table(table: dict[str, Score]) -> None:
    """Per field and overall; the last two columns judge the degree strictly (type and field joined even where a
    truth names no field, the measure used before 2026-11-28) and the overall figure with it."""
    print(f"\n{'group':<34}" + "".join(f"{f[:8]:>9}" for f in FIELDS) + f"{'overall':>9}{'deg.str':>9}{'ovr.str':>9}")
    for label, score in table.items():
        strict = [*(f for f in FIELDS if f != "degree"), STRICT_DEGREE]
        print(
            f"{label:<34}"
            + "".join(f"{score.f1([f]):>9.3f}" for f in FIELDS)
            + f"{score.f1():>9.3f}{score.f1([STRICT_DEGREE]):>9.3f}{score.f1(strict):>9.3f}"
        )


def real_set(table: dict[str, Score]) -> None:
    """Real PDFs from LaTeX and Typst templates (tests/data/real, truth written by hand): per document and group.

    The rules were improved while looking at set 1 (``tests/data/real``). Set 2 (``heldout/``) was added after and
    first measured at 0.785, then also used to improve the rules; set 3 (``fresh/``) was measured once at 0.680
    (the old pdfminer importer: 0.699); rules it exposed were fixed later (icon headings), so it is tuned on too.
    Set 4 (``set4/``, Chromium PDFs of best-resume-ever) was added after those and measured once at 0.393, then
    tuned on (letter-spaced headings and names, icon glyphs). Set 5 (``set5/``, pdfTeX PDFs of latexcv) was added
    after the first set-4 rules and measured once (0.321; 0.328 after the last, not tuned on), then tuned on
    (unheaded entries, centred sidebars, header skill lists). Set 6 (``set6/``, LuaTeX PDFs of moderncv) was
    measured once (0.286), then tuned on (label rows, icon fonts). Set 7 (``set7/``: six generators, two of them
    Chinese, one DOCX) was added after those rules, truth first, measured once (0.567), then tuned on (Chinese,
    sidebars, dates in cells). Set 8 (``set8/``: wkhtmltopdf, Pandoc, LaTeX classes, German, a python-docx DOCX),
    truth first, measured once (0.549), then tuned on (Word heading levels, bulleted titles). Set 9 (``set9/``:
    JSON Resume themes, Japanese forms, Spanish, LibreOffice), truth first, measured once (0.435), then tuned on
    (sidebars, skill blocks, 履歴書 rows). Set 10 (``set10/``: HTML/CSS from Firefox and Chromium, Jake's-style,
    Europass, Typst, Portuguese), truth first: the held-out figure. Set 1 flatters the rules.
    """
    docs = real_documents(REAL)
    print(f"\nreal PDFs made by other tools ({len(docs)}, tests/data/real/SOURCES.md):")
    groups = {1: Score(), 2: Score()}
    for name, truth, data, columns in docs:
        note = ""
        try:
            result = import_resume(data, name)
            score, made_up = score_of(truth, result.resume), len(invented(result.resume, result.source_text))
        except ImportFileError as exc:
            score, made_up, note = score_of(truth, {}), 0, f" (refused: {type(exc).__name__})"
        groups[columns].merge(score)
        weak = ", ".join(f"{f} {score.f1([f]):.2f}" for f in FIELDS if score.f1([f]) < 0.8)
        print(f"  {Path(name).stem + note:<36} F1 {score.f1():.3f}  invented {made_up}  {weak}", flush=True)
    total = Score()
    for columns, score in groups.items():
        table[f"REAL PDFs, {columns} column{'s' if columns == 2 else ''}"] = score
        total.merge(score)
    table["REAL PDFs set 1 (tuned on)"] = total
    formats = {"PDF": Score(), "DOCX": Score(), "ODT": Score(), "Markdown/text": Score()}
    for _name, truth, data, _ in docs:
        formats["PDF"].merge(score_of(truth, import_resume(data, _name).resume))
    for folder, label in (
        ("heldout", "REAL set 2 (0.785 before tuning)"),
        ("fresh", "REAL set 3 (0.680 once, tuned)"),
        ("set4", "REAL set 4 (0.393 once, tuned)"),
        ("set5", "REAL set 5 (0.321 once, tuned)"),
        ("set6", "REAL set 6 (0.286 once, tuned)"),
        ("set7", "REAL set 7 (0.567 once, tuned)"),
        ("set8", "REAL set 8 (0.549 once, tuned)"),
        ("set9", "REAL set 9 (0.435 once, tuned)"),
        ("set10", "REAL set 10 (0.536 once, tuned)"),
        ("set11", "REAL set 11 (0.814 once, tuned)"),
        ("set12", "REAL set 12 (0.704 once, tuned)"),
        ("set13", "REAL set 13 (0.736 once, tuned)"),
        ("set14", "REAL set 14 (0.369 once, tuned)"),
        ("set15", "REAL set 15 (0.862 once, tuned)"),
        ("set16", "REAL set 16 (0.808 once, tuned)"),
        ("set17", "REAL set 17 (0.879 once, looked at)"),
        ("set18", "REAL set 18 (0.811 once, tuned)"),
        ("set19", "REAL set 19 (0.695 once, tuned)"),
        ("set20", "REAL set 20 (0.542 once, tuned)"),
        ("set21", "REAL set 21 (0.776 once, tuned)"),
        ("set22", "REAL set 22 (0.711 once, tuned)"),
        ("set23", "REAL set 23 (0.662 once, tuned)"),
        ("set24", "REAL set 24 (0.781 once, tuned)"),
        ("set25", "REAL set 25 (0.875 once, tuned)"),
        ("set26", "REAL set 26 (0.956 once, tuned)"),
        ("set27", "REAL set 27 (0.770 once, tuned)"),
        ("set28", "REAL set 28 (0.862 once, tuned)"),
        ("set29", "REAL set 29 (0.376 once, tuned)"),
        ("set30", "REAL set 30 (0.552 once, tuned)"),
        ("set31", "REAL set 31 (0.797 once, tuned)"),
        ("set32", "REAL set 32 (0.651 once, tuned)"),
        ("set33", "REAL set 33 (0.836 once, tuned)"),
        ("set34", "REAL set 34 (0.771 once, tuned)"),
        ("set35", "REAL set 35 (0.831 once, tuned)"),
        ("set36", "REAL set 36 (0.282 once, tuned)"),
        ("set37", "REAL set 37 (0.776 once, tuned)"),
        ("set38", "REAL set 38 (0.818 once)"),
        ("set39", "REAL set 39 (0.873 once, tuned)"),
        ("set40", "REAL set 40 (0.764 once, tuned)"),
        ("set41", "REAL set 41 (0.919 once, tuned)"),
        ("set42", "REAL set 42 (0.870 once, tuned)"),
        ("set43", "REAL set 43 (0.591 once, tuned)"),
        ("set44", "REAL set 44 (0.779 once)"),
        ("set45", "REAL set 45 (0.206 once, tuned)"),
        ("set46", "REAL set 46 (0.827 once, tuned)"),
        ("set47", "REAL set 47 (0.588 once, tuned)"),
        ("set48", "REAL set 48 (0.817 once, tuned)"),
        ("set49", "REAL set 49 (0.824 once)"),
        ("set50", "REAL set 50 (0.837 once)"),
        ("set51", "REAL set 51 (0.852 once, tuned)"),
        ("set52", "REAL set 52 (0.478 once, tuned)"),
        ("set53", "REAL set 53 (0.751 once, tuned)"),
        ("set54", "REAL set 54 (0.632 once, tuned)"),
        ("set55", "REAL set 55 (0.128 once, tuned)"),
        ("set56", "REAL set 56 (0.805 once, tuned)"),
        ("set57", "REAL set 57 (0.897 once)"),
        ("set58", "REAL set 58 (0.782 once, tuned)"),
        ("set59", "REAL set 59 (0.648 once)"),
        ("set60", "REAL set 60 (0.940 once)"),
        ("set61", "REAL set 61 (0.930 once)"),
        ("set62", "REAL set 62 (0.480 once, tuned)"),
        ("set63", "REAL set 63 (0.640 once, tuned)"),
        ("set64", "REAL set 64 (0.767 once, tuned)"),
        ("set65", "REAL set 65 (0.636 once, tuned)"),
        ("set66", "REAL set 66 (0.555 once, tuned)"),
        ("set67", "REAL set 67 (0.746 once, tuned)"),
        ("set68", "REAL set 68 (0.694 once)"),
        ("set69", "REAL set 69 (0.740 once, tuned)"),
        ("set70", "REAL set 70 (0.460 once, tuned)"),
        ("set71", "REAL set 71 (0.443 once, tuned)"),
        ("set72", "REAL set 72 (0.513 once, tuned)"),
        ("set73", "REAL set 73 (0.811 once, tuned)"),
        ("set74", "REAL set 74 (0.683 once, tuned)"),
        ("set75", "REAL set 75 (0.729 once, tuned)"),
        ("set76", "REAL set 76 (0.843 once, tuned)"),
        ("set77", "REAL set 77 (0.620 once, tuned)"),
        ("set78", "REAL set 78 (0.799 once, tuned)"),
        ("set79", "REAL set 79 (0.369 once, tuned)"),
        ("set80", "REAL set 80 (0.709 once, tuned)"),
        ("set81", "REAL set 81 (0.929 once)"),
        ("set82", "REAL set 82 (0.575 once, tuned)"),
        ("set83", "REAL set 83 (0.809 once, tuned)"),
        ("set84", "REAL set 84 (0.727 once, tuned)"),
        ("set85", "REAL set 85 (0.388 once, tuned)"),
        ("set86", "REAL set 86 (0.686 once, tuned)"),
        ("set87", "REAL set 87 (0.280 once, tuned)"),
        ("set89", "REAL set 89 (0.639 once, tuned)"),
        ("set90", "REAL set 90 (0.713 once, tuned)"),
        ("set91", "REAL set 91 (0.930 once)"),
        ("set92", "REAL set 92 (0.836 once, tuned)"),
        ("set93", "REAL set 93 (0.923 once)"),
        ("set94", "REAL set 94 (0.790 once, tuned)"),
        ("set95", "REAL set 95 (0.572 once, tuned)"),
        ("set96", "REAL set 96 (0.488 once, tuned)"),
        ("set97", "REAL set 97 (0.589 once, tuned)"),
        ("set98", "REAL set 98 (0.578 once, tuned)"),
        ("set99", "REAL set 99 (0.780 once, tuned)"),
        ("set100", "REAL set 100 (0.939 once)"),
        ("set101", "REAL set 101 (0.933 once)"),
        ("set102", "REAL set 102 (0.897 once, tuned)"),
        ("set103", "REAL set 103 (0.711 once, tuned)"),
        ("set104", "REAL set 104 (0.649 once, tuned)"),
        ("set105", "REAL set 105 (0.689 once, tuned)"),
        ("set106", "REAL set 106 (0.755 once, tuned)"),
        ("set107", "REAL set 107 (0.591 once, tuned)"),
        ("set108", "REAL set 108 (0.543 once, tuned)"),
        ("set109", "REAL set 109 (0.657 once, tuned)"),
        ("set110", "REAL set 110 (0.622 once, tuned)"),
        ("set111", "REAL set 111 (0.894 once, tuned)"),
        ("set112", "REAL set 112 (0.731 once, tuned)"),
        ("set113", "REAL set 113 (0.929 once, tuned)"),
        ("set114", "REAL set 114 (0.861 once, tuned)"),
        ("set115", "REAL set 115 (0.667 once)"),
        ("set116", "REAL set 116 (0.802 once, tuned)"),
        ("set117", "REAL set 117 (0.716 once, tuned)"),
        ("set118", "REAL set 118 (0.691 once, tuned)"),
        ("set119", "REAL set 119 (0.595 once, tuned)"),
        ("set120", "REAL set 120 (0.709 once, tuned)"),
        ("set121", "REAL set 121 (0.936 once)"),
        ("set122", "REAL set 122 (0.853 once)"),
        ("set123", "REAL set 123 (1.000 once)"),
        ("set124", "REAL set 124 (0.902 once, tuned)"),
        ("set125", "REAL set 125 (0.820 once, tuned)"),
        ("set126", "REAL set 126 (0.698 once, tuned)"),
        ("set127", "REAL set 127 (0.761 once, tuned)"),
        ("set128", "REAL set 128 (0.730 once, tuned)"),
        ("set129", "REAL set 129 (0.824 once)"),
        ("set130", "REAL set 130 (0.871 once, tuned)"),
        ("set131", "REAL set 131 (0.672 once, tuned)"),
        ("set132", "REAL set 132 (0.657 once, tuned)"),
        ("set133", "REAL set 133 (0.861 once, tuned)"),
        ("set134", "REAL set 134 (0.318 once, tuned)"),
        ("set135", "REAL set 135 (0.752 once, tuned)"),
        ("set136", "REAL set 136 (0.842 once, tuned)"),
        ("set137", "REAL set 137 (0.682 once, tuned)"),
        ("set138", "REAL set 138 (0.861 once, tuned)"),
        ("set139", "REAL set 139 (0.801 once, tuned)"),
        ("set140", "REAL set 140 (0.821 once, tuned)"),
        ("set141", "REAL set 141 (0.823 once)"),
        ("set142", "REAL set 142 (0.720 once, tuned)"),
        ("set143", "REAL set 143 (0.762 once, tuned)"),
    ):
        later = Score()
        for name, truth, data, _ in real_documents(REAL / folder):
            try:
                score = score_of(truth, import_resume(data, name).resume)
            except ImportFileError:  # a scan with no text layer (set 137): read as nothing found
                score = score_of(truth, {})
            later.merge(score)
            formats[_FORMATS[Path(name).suffix]].merge(score)
            print(f"  {folder}: {Path(name).stem:<30} F1 {score.f1():.3f}", flush=True)
        table[label] = later
    everything = Score()
    for label, score in formats.items():
        table[f"ALL REAL, {label}"] = score
        everything.merge(score)
    table["ALL REAL DOCUMENTS"] = everything


_FORMATS = {".pdf": "PDF", ".docx": "DOCX", ".odt": "ODT", ".md": "Markdown/text", ".txt": "Markdown/text"}


def _cold_ms(code: str, n: int = 5) -> float:
    times = []
    for _ in range(n):
        t = time.perf_counter()
        subprocess.run(
            [sys.executable, "-c", code],
            check=True,
            capture_output=True,
            env={"PYTHONPATH": f"{ROOT / 'shared'}:{ROOT}", "PATH": "/usr/bin:/bin"},
        )
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def speed(tmp: Path) -> None:
    import io  # noqa: PLC0415

    from pypdf import PdfReader  # noqa: PLC0415

    resume_path = CORPUS / "senior-engineer.json"
    pdf = PdfRenderer(cache=_NoCache()).render(json.loads(resume_path.read_text()), "modern").pdf
    path = tmp / "two-pages.pdf"
    path.write_bytes(pdf)
    pages = len(PdfReader(io.BytesIO(pdf)).pages)
    warm = timed(lambda: import_resume(pdf, "cv.pdf"), repeat=15, warmup=1)
    plain = timed(lambda: [p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages], repeat=15, warmup=1)
    print(f"\nspeed, {pages}-page PDF ({len(pdf)} bytes), median of 15:")
    print(f"  warm import_resume          {warm:7.1f} ms   (goal ≤ 30 ms)")
    print(f"  warm pypdf extract_text     {plain:7.1f} ms   → import is {warm / plain:.2f}× pypdf's plain text")
    cold_import = _cold_ms(
        f"from resume_autofix.importer import import_resume; import_resume(open({str(path)!r},'rb').read(), 'cv.pdf')"
    )
    cold_pypdf = _cold_ms(f"from pypdf import PdfReader; [p.extract_text() for p in PdfReader({str(path)!r}).pages]")
    cold_analyze = _cold_ms(
        f"import sys; sys.argv=['resume-autofix','analyze',{str(resume_path)!r}]; "
        "from resume_autofix.cli import main; main()"
    )
    print(
        f"  cold import (new process)   {cold_import:7.1f} ms   = {cold_import / cold_analyze:.2f}× cold analyze "
        f"(goal ≤ 1.2×), {cold_import / cold_pypdf:.2f}× cold pypdf"
    )
    print(f"  cold analyze (JSON)         {cold_analyze:7.1f} ms")
    print(f"  cold pypdf extract_text     {cold_pypdf:7.1f} ms")


class _NoCache:
    def get_or_load(self, _key: str, loader: Callable[[], object]) -> object:
        return loader()


def main() -> None:
    quick = "--quick" in sys.argv
    if "--real" in sys.argv:  # only the real documents (seconds)
        only_real: dict[str, Score] = {}
        real_set(only_real)
        print_table(only_real)
        return
    resumes = corpus()
    themes = [t["id"] for t in HtmlRenderer.templates()]
    renderer = PdfRenderer(cache=_NoCache())
    table: dict[str, Score] = {}
    print(f"{len(resumes)} corpus resumes × {len(themes)} themes; fields: {', '.join(FIELDS)}\n")
    ours = [(n, r, renderer.render(r, t).pdf, f"{n}.pdf") for n, r in resumes.items() for t in themes]
    run_group("round trip: our PDF themes", ours, table)
    run_group("round trip: python-docx", [(n, r, docx_resume(r), f"{n}.docx") for n, r in resumes.items()], table)
    others: dict[str, list[tuple[str, dict, bytes, str]]] = {
        "text (slash dates)": [(n, r, text_resume(r).encode(), f"{n}.txt") for n, r in resumes.items()],
        "markdown (long dates)": [(n, r, markdown_resume(r).encode(), f"{n}.md") for n, r in resumes.items()],
        "docx 1 column, page header": [(n, r, docx_resume(r, style="slash"), f"{n}.docx") for n, r in resumes.items()],
        "docx 2 columns (layout table)": [
            (n, r, docx_resume(r, two_columns=True, style="iso"), f"{n}.docx") for n, r in resumes.items()
        ],
    }
    with tempfile.TemporaryDirectory() as tmpdir:
        tmp = Path(tmpdir)
        if not quick:
            office = soffice_pdfs(
                {
                    f"{n}-{c}": docx_resume(r, two_columns=c == 2, style="short")
                    for n, r in resumes.items()
                    for c in (1, 2)
                },
                tmp,
            )
            for c in (1, 2):
                docs = [(n, r, office[f"{n}-{c}"], f"{n}.pdf") for n, r in resumes.items() if f"{n}-{c}" in office]
                if docs:
                    others[f"LibreOffice PDF, {c} column{'s' if c == 2 else ''}"] = docs
            pages = {f"{n}-{c}": html_resume(r, two_columns=c == 2) for n, r in resumes.items() for c in (1, 2)}
            chrome = chromium_pdfs(pages, tmp)
            for c in (1, 2):
                docs = [(n, r, chrome[f"{n}-{c}"], f"{n}.pdf") for n, r in resumes.items() if f"{n}-{c}" in chrome]
                if docs:
                    others[f"Chromium PDF, {c} column{'s' if c == 2 else ''}"] = docs
            if not office or not chrome:
                print("(LibreOffice or Chromium missing: `apt-get install libreoffice-writer-nogui chromium`)")
        for label, docs in others.items():
            run_group(label, docs, table)
        other = Score()
        for label, score in table.items():
            if not label.startswith("round trip"):
                other.merge(score)
        table["ALL OTHER TOOLS"] = other
        real_set(table)
        print_table(table)
        print("\npeer: OpenResume 0.52 overall on real PDFs (BENCHMARKS.md); goal ≥ 0.90, every field ≥ 0.80")
        speed(tmp)


if __name__ == "__main__":
    main()
