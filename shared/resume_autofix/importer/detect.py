"""What a file really is, from its first bytes, checked against what its name or media type says."""

from __future__ import annotations

import io
import zipfile
from pathlib import PurePosixPath

from .exceptions import UnsupportedFileError

KINDS = ("pdf", "docx", "odt", "text", "markdown")
_BY_EXTENSION = {
    ".pdf": "pdf",
    ".docx": "docx",
    ".odt": "odt",
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
}
_BY_MEDIA = {
    "application/pdf": "pdf",
    "application/x-pdf": "pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
    "application/vnd.oasis.opendocument.text": "odt",
    "text/plain": "text",
    "text/markdown": "markdown",
    "text/x-markdown": "markdown",
}
_IMAGES = {
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"II*\x00": "a TIFF image",
    b"MM\x00*": "a TIFF image",
    b"RIFF": "a WebP image or other media",
}
_WHAT_TO_DO = "send the resume as PDF, Word (.docx), OpenDocument (.odt), plain text (.txt) or Markdown (.md)"


def declared_kind(filename: str | None, media_type: str | None) -> str | None:
    """The kind the name or media type claims (``None`` when neither says one we read)."""
    if media_type:
        kind = _BY_MEDIA.get(media_type.split(";")[0].strip().lower())
        if kind:
            return kind
    if filename:
        return _BY_EXTENSION.get(PurePosixPath(filename.replace("\\", "/")).suffix.lower())
    return None


def sniff(data: bytes) -> str:
    """``pdf``, ``docx``, ``odt`` or ``text`` from the content, or a 415 that names what the file is."""
    head = data[:1024]
    if b"%PDF-" in head:
        return "pdf"
    if data.startswith(b"PK\x03\x04") or data.startswith(b"PK\x05\x06"):
        return _zip_kind(data)
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise UnsupportedFileError(
            "This is an old Word .doc file or a password-protected document: open it in Word or LibreOffice, "
            "remove any password and save it as .docx (File › Save As › Word Document) or export it as PDF"
        )
    if data.lstrip().startswith(b"{\\rtf"):
        raise UnsupportedFileError(f"This is an RTF document: save it as .docx or export it as PDF, then {_WHAT_TO_DO}")
    for magic, what in _IMAGES.items():
        if data.startswith(magic):
            raise UnsupportedFileError(
                f"This is {what}, not a document with text: export the resume as PDF from your editor, "
                "or run OCR on the scan first"
            )
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise UnsupportedFileError(f"This file is binary data, not a resume document: {_WHAT_TO_DO}")
    return "text"


def _zip_kind(data: bytes) -> str:
    try:
        names = set(zipfile.ZipFile(io.BytesIO(data)).namelist())
    except (zipfile.BadZipFile, ValueError, OSError):
        from .exceptions import CorruptFileError  # noqa: PLC0415

        raise CorruptFileError(
            "This Word file is damaged (its ZIP container cannot be read): open it and save it again as .docx"
        ) from None
    if "word/document.xml" in names:
        return "docx"
    if "content.xml" in names:
        mimetype = _member(data, "mimetype") if "mimetype" in names else b""
        if mimetype.strip() in (b"", b"application/vnd.oasis.opendocument.text"):
            return "odt"
        raise UnsupportedFileError(
            f"This is an OpenDocument file but not a text document (a spreadsheet or a presentation?): {_WHAT_TO_DO}"
        )
    raise UnsupportedFileError(f"This is a ZIP archive, not a Word document: {_WHAT_TO_DO}")


def _member(data: bytes, name: str) -> bytes:
    """A small ZIP member's bytes (the OpenDocument ``mimetype``, a few dozen bytes), read up to 200 bytes."""
    with zipfile.ZipFile(io.BytesIO(data)).open(name) as member:
        return member.read(200)


def resolve_kind(data: bytes, filename: str | None, media_type: str | None) -> tuple[str, list[str]]:
    """The kind to read the file as, and a warning when the name or type said something else.

    A PDF named ``.docx`` (or the other way round) is read as what it is; a file that claims to be a PDF or
    Word document but is neither is refused with what it is instead.
    """
    actual = sniff(data)
    claimed = declared_kind(filename, media_type)
    name = filename or media_type or "the file"
    if actual == "text":
        if claimed in ("pdf", "docx", "odt"):
            what = {
                "pdf": "a PDF (it does not start with %PDF-)",
                "docx": "a Word .docx file",
                "odt": "an OpenDocument .odt file",
            }[claimed]
            raise UnsupportedFileError(
                f"{name} is not {what}: it holds plain text or something else. Export the resume again, or "
                "send a .txt file"
            )
        return (claimed or "text"), []
    if claimed in (None, actual):
        return actual, []
    label = {
        "pdf": "PDF",
        "docx": "Word (.docx)",
        "odt": "OpenDocument (.odt)",
        "text": "plain text",
        "markdown": "Markdown",
    }
    return actual, [f"{name} says {label[claimed]} but is a {label[actual]} file; it was read as {label[actual]}"]
