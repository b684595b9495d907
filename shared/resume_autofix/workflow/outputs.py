"""HTML, PDF and DOCX outputs: calls into the render and pdf packages, and cache references for Step Functions.

Step Functions passes at most 256 KB between states, so the Render/Pdf actions store their output in the cache
and put a reference (``html_ref`` / ``pdf_ref``) in the state; the edge resolves it, and re-renders on a miss
(another container without memcached, an evicted entry) — a reference is an optimisation, never the only copy.
"""

from __future__ import annotations

import base64
from typing import Any

from ..cache import cache_manager, make_key
from ..resume import resume_hash

_html_renderer: Any = None
_pdf_renderer: Any = None
_docx_renderer: Any = None


def validate_template(template_id: str | None) -> None:
    """Reject an unknown theme up front (``UnknownTemplateError``, a 404), before any work is done."""
    from ..render import get_theme  # noqa: PLC0415 - the render package loads on first use

    get_theme(template_id)


def render_html(resume: dict[str, Any], template_id: str | None) -> str:
    """The resume as HTML in theme ``template_id`` (the default theme when None), via the render package's cache."""
    global _html_renderer  # noqa: PLW0603 - one renderer per container, built on first use
    if _html_renderer is None:
        from ..render import HtmlRenderer  # noqa: PLC0415

        _html_renderer = HtmlRenderer()
    return str(_html_renderer.render(resume, template_id).html)


def render_pdf(resume: dict[str, Any], template_id: str | None) -> bytes:
    """The resume as PDF bytes in theme ``template_id``, via the pdf package's cache."""
    global _pdf_renderer  # noqa: PLW0603 - one renderer per container, built on first use
    if _pdf_renderer is None:
        from ..pdf import PdfRenderer  # noqa: PLC0415 - fpdf2 costs ~300 ms: only when a PDF is asked for

        _pdf_renderer = PdfRenderer()
    return bytes(_pdf_renderer.render(resume, template_id).pdf)


def render_docx(resume: dict[str, Any], template_id: str | None) -> bytes:
    """The resume as DOCX bytes in theme ``template_id``, via the docx package's cache."""
    global _docx_renderer  # noqa: PLW0603 - one renderer per container, built on first use
    if _docx_renderer is None:
        from ..docx import DocxRenderer  # noqa: PLC0415 - python-docx: only when a DOCX is asked for

        _docx_renderer = DocxRenderer()
    return bytes(_docx_renderer.render(resume, template_id).docx)


def output_key(fmt: str, resume: dict[str, Any], template_id: str | None) -> str:
    """The cache key of an output: no user text, only a hash of (template id, resume hash)."""
    return make_key(f"autofix-{fmt}", template_id or "", resume_hash(resume))


def _cache(fmt: str) -> Any:
    return cache_manager.get_pdf_cache() if fmt == "pdf" else cache_manager.get_general_cache()


def store_output(fmt: str, value: str | bytes, resume: dict[str, Any], template_id: str | None) -> str:
    """Put an output in the cache (both tiers) and return its reference."""
    key = output_key(fmt, resume, template_id)
    _cache(fmt).set(key, value)
    return key


def resolve_outputs(
    answer: dict[str, Any], template_id: str | None = None, formats: tuple[str, ...] = ()
) -> dict[str, Any]:
    """Replace ``html_ref`` / ``pdf_ref`` by ``html`` / ``pdf_base64``, re-rendering whatever the cache lost.

    A DOCX (in ``formats``) is made here, at the edge, from the state machine's fixed resume: it has no state of its
    own in the ASL, and a warm DOCX costs ~2 ms (the DOCX cache holds it).
    """
    out = dict(answer)
    html_ref = out.pop("html_ref", None)
    pdf_ref = out.pop("pdf_ref", None)
    if html_ref is not None:
        html = _cache("html").get(html_ref)
        out["html"] = html if isinstance(html, str) else render_html(out["resume"], template_id)
    if pdf_ref is not None:
        data = _cache("pdf").get(pdf_ref)
        if not isinstance(data, bytes | bytearray):
            data = render_pdf(out["resume"], template_id)
        out["pdf_base64"] = base64.b64encode(bytes(data)).decode("ascii")
    if "docx" in formats:
        out["docx_base64"] = base64.b64encode(render_docx(out["resume"], template_id)).decode("ascii")
    return out
