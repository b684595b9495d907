"""Bad files: each is a 4xx whose message says what to do, within bounded time and memory."""

from __future__ import annotations

import io
import time
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfWriter

from resume_autofix.importer import (
    CorruptFileError,
    EmptyFileError,
    EncryptedFileError,
    FileTooLargeError,
    ImportFileError,
    ImportLimits,
    ImportTimeoutError,
    NotAResumeError,
    NoTextError,
    UnsupportedFileError,
    import_resume,
)

FIXTURES = Path(__file__).resolve().parents[3] / "tests" / "data" / "import"
PDF = (FIXTURES / "senior-engineer-modern.pdf").read_bytes()
DOCX = (FIXTURES / "new-grad-two-columns.docx").read_bytes()


def _status(exc: ImportFileError) -> int:
    return exc.status


@pytest.mark.parametrize(
    ("data", "filename", "error", "words"),
    [
        (b"", "cv.pdf", EmptyFileError, "empty"),
        (b"  \n\t ", "cv.txt", EmptyFileError, "empty"),
        ((FIXTURES / "encrypted.pdf").read_bytes(), "cv.pdf", EncryptedFileError, "password"),
        ((FIXTURES / "scanned.pdf").read_bytes(), "cv.pdf", NoTextError, "run OCR first"),
        (PDF[: len(PDF) // 3], "cv.pdf", CorruptFileError, "export or save it again"),
        (b"%PDF-1.7\n" + b"\x00garbage" * 50, "cv.pdf", CorruptFileError, "damaged"),
        (b"GIF89a\x01\x00\x01\x00", "cv.pdf", UnsupportedFileError, "GIF image"),
        (b"\x89PNG\r\n\x1a\n....", "scan.png", UnsupportedFileError, "OCR"),
        (b"Jane Doe\njane@example.com\n", "cv.pdf", UnsupportedFileError, "is not a PDF"),
        (b"Jane Doe\njane@example.com\n", "cv.docx", UnsupportedFileError, "is not a Word"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "cv.doc", UnsupportedFileError, "save it as .docx"),
        (b"{\\rtf1\\ansi Jane}", "cv.rtf", UnsupportedFileError, "RTF"),
        (DOCX[:2000], "cv.docx", CorruptFileError, "damaged"),
        (b"\x00\x01\x02\x03binary" * 10, "cv.txt", UnsupportedFileError, "binary"),
        (b"We are hiring a backend engineer.\nYou will build services.\n", "job.txt", NotAResumeError, "not look like"),
    ],
    ids=[
        "empty",
        "blank",
        "encrypted",
        "scanned",
        "truncated-pdf",
        "garbage-pdf",
        "gif-named-pdf",
        "png",
        "text-named-pdf",
        "text-named-docx",
        "old-doc",
        "rtf",
        "truncated-docx",
        "binary-named-txt",
        "job-ad",
    ],
)
def test_bad_files_get_a_4xx_that_says_what_to_do(data, filename, error, words) -> None:
    with pytest.raises(error) as caught:
        import_resume(data, filename)
    assert 400 <= caught.value.status < 500
    assert words in caught.value.message


def test_a_pdf_named_docx_is_read_as_pdf_with_a_warning() -> None:
    result = import_resume(PDF, "cv.docx")
    assert result.kind == "pdf"
    assert any("read as PDF" in w for w in result.warnings)
    assert result.resume["basics"]["name"] == "Dr. Lena Vasquez"


def test_docx_zip_bomb_is_refused_from_its_directory() -> None:
    # GIVEN a DOCX whose one extra part inflates to 64 MB of zeros (about 64 KB on disk)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(DOCX)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            dst.writestr(item, src.read(item))
        dst.writestr("word/media/bomb.bin", b"\x00" * (64 * 1024 * 1024))
    data = out.getvalue()
    assert len(data) < 200_000
    started = time.perf_counter()
    with pytest.raises(FileTooLargeError) as caught:
        import_resume(data, "cv.docx")
    # THEN it is refused before inflating anything (no 64 MB read)
    assert time.perf_counter() - started < 2.0
    assert caught.value.status == 413
    assert "unpacks to" in caught.value.message


def test_ten_thousand_page_pdf_is_refused_from_its_page_count() -> None:
    writer = PdfWriter()
    for _ in range(10_000):
        writer.add_blank_page(595, 842)
    out = io.BytesIO()
    writer.write(out)
    started = time.perf_counter()
    with pytest.raises(FileTooLargeError) as caught:
        import_resume(out.getvalue(), "cv.pdf")
    assert "10000 pages" in caught.value.message
    assert time.perf_counter() - started < 5.0


def test_oversized_file_and_text_are_refused() -> None:
    with pytest.raises(FileTooLargeError):
        import_resume(PDF, "cv.pdf", limits=ImportLimits(max_bytes=1000))
    with pytest.raises(FileTooLargeError):
        import_resume(b"word " * 100_000, "cv.txt", limits=ImportLimits(max_chars=10_000))


def test_the_deadline_ends_a_slow_read_with_a_4xx() -> None:
    with pytest.raises(ImportTimeoutError) as caught:
        import_resume(PDF, "cv.pdf", limits=ImportLimits(max_seconds=0.0))
    assert caught.value.status == 422


def test_hostile_markdown_line_stays_linear() -> None:
    # "**a " repeated on one 200 KB line: the inline patterns are skipped on lines a resume never has
    data = ("# Name\nname@example.com\n" + "**a " * 50_000 + "\n").encode()
    started = time.perf_counter()
    import_resume(data, "cv.md")
    assert time.perf_counter() - started < 5.0
