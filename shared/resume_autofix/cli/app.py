"""``resume-autofix`` / ``python -m resume_autofix``: the product on the command line.

Exit codes: 0 done, 2 a user mistake (missing file, not JSON, invalid resume — the message names the JSON
path), 1 something that is our bug (reported with a short message; ``--debug`` shows the traceback).
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import time
from collections.abc import Callable, Sequence
from importlib import resources
from pathlib import Path
from typing import Any

from ..exceptions import AutofixError
from .batch import add_parser as add_batch_parser
from .exceptions import UsageError
from .inputs import check_output, parse_list, read_job, read_resume, write_output
from .report import analysis_report, changes_markdown, summary

FORMATS = ("html", "pdf", "docx")
SAMPLE_RESUME = "career-changer.json"
SAMPLE_JOB = "data-analyst-job.txt"


def _err(message: str) -> None:
    print(f"resume-autofix: {message}", file=sys.stderr)


def _step(message: str) -> None:
    print(f"  · {message}", file=sys.stderr, flush=True)


def _write(out: Path, name: str, data: str | bytes, written: list[str]) -> None:
    path = out / name
    if isinstance(data, bytes):
        path.write_bytes(data)
    else:
        path.write_text(data, encoding="utf-8")
    written.append(str(path))


def cmd_autofix(args: argparse.Namespace) -> int:
    from ..cache import cache_manager  # noqa: PLC0415 — imports kept lazy so `--help` stays instant
    from ..config import get_settings  # noqa: PLC0415
    from ..workflow import run_autofix  # noqa: PLC0415

    resume = read_resume(args.resume)
    job = read_job(args.job)
    formats = parse_list(args.formats, FORMATS, "format")
    fixes = parse_list(args.fixes, _fix_ids(), "fix type") or None
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    settings = get_settings()
    names = [Path(p).name if p != "-" else "stdin" for p in (args.resume, args.job) if p]
    print(f"resume-autofix: {' vs '.join(names)}" + ("" if args.job else " (no job description)"), file=sys.stderr)
    started = time.perf_counter()
    result = run_autofix(resume, job, fixes=fixes, template_id=args.template, formats=formats, progress=_progress)
    body = result.to_dict()
    body.pop("pdf_base64", None)
    body.pop("docx_base64", None)
    body.pop("html", None)
    written: list[str] = []
    _write(out, "analysis.json", _dumps({"before": body["analysis_before"], "after": body["analysis_after"]}), written)
    _write(out, "resume.fixed.json", _dumps(body["resume"]), written)
    _write(out, "changes.md", changes_markdown(body, resume), written)
    if result.html is not None:
        _write(out, "resume.html", result.html, written)
    if result.pdf is not None:
        _write(out, "resume.pdf", result.pdf, written)
    if result.docx is not None:
        _write(out, "resume.docx", result.docx, written)
    _step(f"done in {(time.perf_counter() - started) * 1000:.0f} ms")
    provider = "local rules engine" if settings.ai_provider == "local" else f"Bedrock {settings.bedrock_model_id}"
    print(summary(body, cache_stats=cache_manager.get_all_stats(), provider=provider, written=written))
    return 0


def _progress(step: str, elapsed_ms: float) -> None:
    _step(f"{step} {'.' * max(2, 40 - len(step))} {elapsed_ms:8.1f} ms")


def cmd_analyze(args: argparse.Namespace) -> int:
    from ..analysis import analyze  # noqa: PLC0415

    analysis = analyze(read_resume(args.resume), read_job(args.job)).to_dict()
    sys.stdout.write(_dumps(analysis) if args.json else analysis_report(analysis))
    return 0


def cmd_render(args: argparse.Namespace) -> int:
    from ..render import HtmlRenderer  # noqa: PLC0415

    check_output(args.out)
    html = HtmlRenderer().render(read_resume(args.resume), args.template).html
    _emit(args.out, html.encode("utf-8"))
    return 0


def cmd_pdf(args: argparse.Namespace) -> int:
    from ..pdf import PdfRenderer  # noqa: PLC0415

    check_output(args.out)
    result = PdfRenderer().render(read_resume(args.resume), args.template, args.paper, verify=args.verify)
    for warning in result.warnings:
        _err(f"warning: {warning}")
    if result.readback is not None:
        _err(f"read-back: {json.dumps(result.readback, ensure_ascii=False)[:500]}")
    _emit(args.out, result.pdf)
    return 0


def cmd_docx(args: argparse.Namespace) -> int:
    from ..docx import DocxRenderer  # noqa: PLC0415

    result = DocxRenderer().render(read_resume(args.resume), args.template, args.paper, verify=args.verify)
    if result.readback is not None:
        _err(f"read-back: {json.dumps(result.readback, ensure_ascii=False)[:500]}")
    _emit(args.out, result.docx)
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from ..ai.structure import structuring_model  # noqa: PLC0415
    from ..config import get_settings  # noqa: PLC0415
    from .inputs import import_file, read_bytes  # noqa: PLC0415

    settings = get_settings()
    model = structuring_model(settings, True if args.ai else None)
    if args.ai and model is None:
        _err(f"--ai: AI_PROVIDER is {settings.ai_provider!r} (no model), so the rules read the file")
    result = import_file(args.file, read_bytes(args.file), ai=model, ai_timeout=settings.import_ai_timeout)
    _emit(args.out, _dumps(result.resume).encode("utf-8"))
    return 0


def cmd_templates(_args: argparse.Namespace) -> int:
    from ..render import HtmlRenderer  # noqa: PLC0415

    for theme in HtmlRenderer.templates():
        print(f"{theme['id']:<10} {theme.get('description', '')}")
    return 0


def cmd_cache(args: argparse.Namespace) -> int:
    from ..cache import cache_manager  # noqa: PLC0415

    if args.action == "stats":
        print(_dumps({"caches": cache_manager.get_all_stats(), "tier2": cache_manager.cluster_stats()}), end="")
    elif args.type:
        print(_dumps(cache_manager.clear(args.type)), end="")
    else:
        print(_dumps(cache_manager.clear_all()), end="")
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    from ..localapi import LOCAL_ENV_DEFAULTS, make_server  # noqa: PLC0415

    for name, value in LOCAL_ENV_DEFAULTS.items():
        os.environ.setdefault(name, value)  # before the handlers are imported: they read it at import
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    server = make_server(Path(args.root).resolve(), args.host, args.port)
    host, port = str(server.server_address[0]), int(server.server_address[1])
    url = f"http://{host}:{port}"
    print(f"resume-autofix local API on {url}/  (Ctrl-C to stop)", flush=True)
    print(f"admin routes (/api/cache/*): Authorization: Bearer {server.admin_token}", flush=True)
    if args.ready_file:
        # written only once the socket listens: scripts wait for it instead of polling a port
        Path(args.ready_file).write_text(url, encoding="utf-8")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    samples = resources.files("resume_autofix") / "samples"
    with resources.as_file(samples / SAMPLE_RESUME) as resume, resources.as_file(samples / SAMPLE_JOB) as job:
        args.resume, args.job = str(resume), str(job)
        args.template, args.formats, args.fixes = args.template or "classic", "html,pdf", None
        return cmd_autofix(args)


def _fix_ids() -> tuple[str, ...]:
    from ..fixes import FIX_TYPES  # noqa: PLC0415

    return tuple(FIX_TYPES)


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2) + "\n"


def _emit(out: str, data: bytes) -> None:
    if out == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    else:
        write_output(out, data)
        _err(f"wrote {out} ({len(data)} bytes)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="resume-autofix", description=__doc__.split("\n")[0])
    parser.add_argument("--debug", action="store_true", help="show tracebacks")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("autofix", help="analyze, fix, render and print a resume")
    p.add_argument("resume", help="JSON Resume file (or a .pdf/.docx/.odt/.txt/.md resume to import), or - for stdin")
    p.add_argument("--job", help="job description file (text or JSON job document), or -")
    p.add_argument("--template", help="theme id (see `templates`)")
    p.add_argument("--formats", default="html,pdf", help="comma-separated: html,pdf,docx (default html,pdf)")
    p.add_argument("--fixes", help="comma-separated fix types (default: all)")
    p.add_argument("--out", default="out", help="output folder (default out/)")
    p.set_defaults(fn=cmd_autofix)

    p = sub.add_parser("analyze", help="the ATS analysis of a resume")
    p.add_argument("resume")
    p.add_argument("--job")
    p.add_argument("--json", action="store_true", help="the raw analysis as JSON")
    p.set_defaults(fn=cmd_analyze)

    p = sub.add_parser("render", help="HTML from a theme")
    p.add_argument("resume")
    p.add_argument("--template")
    p.add_argument("--out", default="-", help="file, or - for stdout (default)")
    p.set_defaults(fn=cmd_render)

    _document_parser(sub, "pdf", "a PDF from a theme", "PDF", cmd_pdf)
    _document_parser(sub, "docx", "a Word file (DOCX) from a theme", "DOCX", cmd_docx)

    p = sub.add_parser("import", help="a PDF, DOCX, text or Markdown resume → JSON Resume (nothing invented)")
    p.add_argument("file", help="the resume file, or - for stdin")
    p.add_argument("--out", default="-", help="file, or - for stdout (default)")
    p.add_argument(
        "--ai", action="store_true", help="one call to the configured model (AI_PROVIDER) structures the text"
    )
    p.set_defaults(fn=cmd_import)

    p = sub.add_parser("templates", help="list the themes")
    p.set_defaults(fn=cmd_templates)

    p = sub.add_parser("cache", help="cache statistics or clearing, against the configured tiers")
    p.add_argument("action", choices=("stats", "clear"))
    p.add_argument("type", nargs="?", help="cache type to clear (default: all)")
    p.set_defaults(fn=cmd_cache)

    p = sub.add_parser("serve", help="the local API (template.yaml's routes on loopback) and the web app")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8123, help="0 picks a free port")
    p.add_argument("--ready-file", help="write the server's URL here once it listens")
    p.add_argument("--root", default=".", help="the repository (where template.yaml is)")
    p.set_defaults(fn=cmd_serve)

    add_batch_parser(sub)

    p = sub.add_parser("demo", help="autofix on the shipped sample resume and job")
    p.add_argument("--out", default="out")
    p.add_argument("--template")
    p.set_defaults(fn=cmd_demo)
    return parser


def _document_parser(sub: Any, name: str, help_: str, kind: str, fn: Callable[[argparse.Namespace], int]) -> None:
    """The ``pdf`` and ``docx`` commands: one file from a theme, on a paper size, read back on request."""
    p = sub.add_parser(name, help=help_)
    p.add_argument("resume")
    p.add_argument("--template")
    p.add_argument("--paper", default="A4", help="A4 or Letter")
    p.add_argument("--verify", action="store_true", help=f"read the {kind} back and report")
    p.add_argument("--out", default=f"resume.{name}", help="file, or - for stdout")
    p.set_defaults(fn=fn)


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.fn(args))
    except AutofixError as exc:
        _err(exc.message)
        details = exc.details if isinstance(exc, UsageError) or exc.status < 500 else None
        if details:
            _err(f"details: {json.dumps(details, ensure_ascii=False)[:1000]}")
        if args.debug:
            raise
        return 2 if exc.status < 500 else 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:
        if args.debug:
            raise
        _err(f"internal error: {type(exc).__name__}: {exc} (run with --debug for the traceback)")
        return 1
