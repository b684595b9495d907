"""PDF → glyphs with positions, sizes and weights, read with pdfminer.six (MIT; not PyMuPDF, which is AGPL).

A small pdfminer device records each glyph's text, box, size and font weight and nothing else: pdfminer's own
layout analysis (``LAParams``) costs more than reading the file, and :mod:`.layout` needs only the glyphs.
Every failure of the parser crosses this boundary as an :class:`ImportFileError` that says what to do.
"""

from __future__ import annotations

import io
import logging
from dataclasses import dataclass
from typing import Any

from .exceptions import CorruptFileError, EncryptedFileError, FileTooLargeError, ImportFileError, NoTextError
from .limits import Deadline, ImportLimits

logger = logging.getLogger(__name__)

_BOLD_NAMES = ("bold", "black", "heavy", "semibold", "demibold", "demi", "extrabold", "cmbx", "-bd", ",bd")


@dataclass(frozen=True, slots=True)
class Glyph:
    """One drawn character: ``top`` is the baseline measured from the top of the page."""

    text: str
    x0: float
    x1: float
    top: float
    size: float
    bold: bool


@dataclass
class PdfPage:
    width: float
    height: float
    glyphs: list[Glyph]
    images: int = 0


def _is_bold(font: Any, cache: dict[int, bool]) -> bool:
    key = id(font)
    if key not in cache:
        name = str(getattr(font, "fontname", "") or "").lower()
        descriptor = getattr(font, "descriptor", None) or {}
        weight = descriptor.get("FontWeight", 0) if isinstance(descriptor, dict) else 0
        flags = descriptor.get("Flags", 0) if isinstance(descriptor, dict) else 0
        cache[key] = (
            any(b in name.split("+")[-1] for b in _BOLD_NAMES)
            or (isinstance(weight, int | float) and weight >= 600)
            or (isinstance(flags, int) and bool(flags & (1 << 18)))
        )
    return cache[key]


def read_pdf(data: bytes, limits: ImportLimits, deadline: Deadline) -> list[PdfPage]:
    """The glyphs of every page, or a 4xx for an encrypted, corrupt, huge or text-less PDF."""
    from pdfminer.pdfdocument import PDFDocument, PDFEncryptionError, PDFPasswordIncorrect  # noqa: PLC0415
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager  # noqa: PLC0415
    from pdfminer.pdfpage import PDFPage  # noqa: PLC0415
    from pdfminer.pdfparser import PDFParser  # noqa: PLC0415
    from pdfminer.pdftypes import resolve1  # noqa: PLC0415

    try:
        document = PDFDocument(PDFParser(io.BytesIO(data)), password="")
    except PDFPasswordIncorrect:
        raise EncryptedFileError(
            "This PDF is protected by a password: open it, print or export it to a new PDF without a password, "
            "and send that one"
        ) from None
    except PDFEncryptionError as exc:
        raise EncryptedFileError(
            "This PDF is encrypted in a way that cannot be read: export it again from your editor without "
            f"protection ({exc})"
        ) from None
    except Exception as exc:
        raise _corrupt(exc) from None

    try:
        count = int(resolve1(resolve1(document.catalog.get("Pages")).get("Count", 0)))
    except Exception:  # a broken page tree is counted while reading instead
        count = 0
    if count > limits.max_pages:
        raise FileTooLargeError(
            f"This PDF has {count} pages; a resume has at most {limits.max_pages}. Send only the resume's pages",
            details={"pages": count, "limit_pages": limits.max_pages},
        )
    manager = PDFResourceManager(caching=True)
    device = _GlyphDevice(manager, limits, deadline)
    interpreter = PDFPageInterpreter(manager, device)
    pages: list[PdfPage] = []
    try:
        for number, page in enumerate(PDFPage.create_pages(document)):
            if number >= limits.max_pages:
                raise FileTooLargeError(
                    f"This PDF has more than {limits.max_pages} pages; send only the resume's pages",
                    details={"limit_pages": limits.max_pages},
                )
            deadline.check()
            x0, y0, x1, y1 = page.mediabox  # the interpreter's CTM already puts the mediabox origin at (0, 0)
            device.start(PdfPage(width=float(x1 - x0), height=float(y1 - y0), glyphs=[]))
            interpreter.process_page(page)
            pages.append(device.page)
    except ImportFileError:
        raise
    except Exception as exc:
        raise _corrupt(exc) from None
    if not pages:
        raise CorruptFileError("This PDF has no pages: export it again from your editor")
    if not any(g.text.strip() for p in pages for g in p.glyphs):
        raise NoTextError(
            "This PDF has no text: export it from your editor, or run OCR first",
            details={"pages": len(pages), "images": sum(p.images for p in pages)},
        )
    return pages


def _corrupt(exc: Exception) -> CorruptFileError:
    logger.info("pdf parse failed", extra={"error": type(exc).__name__})
    return CorruptFileError(
        "This PDF is damaged and cannot be read: open it and export or save it again as PDF, then retry",
        details={"error": type(exc).__name__},
    )


class _GlyphDevice:
    """A pdfminer text device that keeps glyphs; built lazily so importing this module stays cheap."""

    def __new__(cls, manager: Any, limits: ImportLimits, deadline: Deadline) -> Any:
        from pdfminer.pdfdevice import PDFTextDevice  # noqa: PLC0415
        from pdfminer.pdffont import PDFUnicodeNotDefined  # noqa: PLC0415

        bold_cache: dict[int, bool] = {}

        class Device(PDFTextDevice):
            page: PdfPage
            total = 0

            def start(self, page: PdfPage) -> None:
                self.page = page

            def render_image(self, name: str, stream: Any) -> None:  # noqa: ARG002 - pdfminer signature
                self.page.images += 1

            def render_char(  # noqa: PLR0917 - pdfminer calls it positionally
                self,
                matrix: Any,
                font: Any,
                fontsize: float,
                scaling: float,
                rise: float,
                cid: int,
                ncs: Any,  # noqa: ARG002
                graphicstate: Any,  # noqa: ARG002
            ) -> float:
                adv = float(font.char_width(cid)) * fontsize * scaling
                a, b, _c, d, e, f = matrix
                self.total += 1
                if self.total % 4096 == 0:
                    deadline.check()
                    if self.total > limits.max_glyphs:
                        raise FileTooLargeError(
                            f"This PDF draws more than {limits.max_glyphs} characters; a resume has far fewer. "
                            "Send only the resume's pages",
                            details={"limit_glyphs": limits.max_glyphs},
                        )
                if b or a <= 0 or d <= 0:  # rotated or mirrored text: watermarks, side labels
                    return adv
                try:
                    text = font.to_unichr(cid)
                except PDFUnicodeNotDefined:
                    return adv
                except Exception:
                    return adv
                self.page.glyphs.append(
                    Glyph(
                        text,
                        e,
                        e + adv * a,
                        self.page.height - (f + rise * d),
                        fontsize * d,
                        _is_bold(font, bold_cache),
                    )
                )
                return adv

        return Device(manager)
