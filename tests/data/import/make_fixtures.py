"""Writes the import fixtures and the events/import-*.json files (run once; the outputs are committed).

    PYTHONPATH=shared:. .venv/bin/python tests/data/import/make_fixtures.py

- senior-engineer-modern.pdf: our "modern" theme (fpdf2), 2 pages, from tests/data/corpus/resumes/senior-engineer.json
- new-grad-two-columns.docx: python-docx, contact in the page header, a two-column layout table (bench/_import_docs.py)
- career-changer.txt / new-grad.md: the plain-text and Markdown writers of bench/_import_docs.py
- encrypted.pdf: the PDF above encrypted by pypdf with a user password ("secret")
- scanned.pdf: one page holding only an image (fpdf2), as a scan without OCR is
"""

from __future__ import annotations

import base64
import io
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path[:0] = [str(ROOT / "shared"), str(ROOT), str(ROOT / "bench")]

from _import_docs import docx_resume, markdown_resume, text_resume  # noqa: E402

from resume_autofix.localapi import build_event  # noqa: E402
from resume_autofix.pdf import PdfRenderer  # noqa: E402

HERE = Path(__file__).resolve().parent
CORPUS = ROOT / "tests" / "data" / "corpus" / "resumes"
PDF_TYPE = "application/pdf"
DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


class _NoCache:
    def get_or_load(self, _key: str, loader):
        return loader()


def _resume(name: str) -> dict:
    return json.loads((CORPUS / f"{name}.json").read_text(encoding="utf-8"))


def main() -> None:
    pdf = PdfRenderer(cache=_NoCache()).render(_resume("senior-engineer"), "modern").pdf
    files = {
        "senior-engineer-modern.pdf": pdf,
        "new-grad-two-columns.docx": docx_resume(_resume("new-grad"), two_columns=True, style="iso"),
        "career-changer.txt": text_resume(_resume("career-changer")).encode(),
        "new-grad.md": markdown_resume(_resume("new-grad")).encode(),
    }
    from fpdf import FPDF  # noqa: PLC0415
    from pypdf import PdfReader, PdfWriter  # noqa: PLC0415

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="AES-128")
    out = io.BytesIO()
    writer.write(out)
    files["encrypted.pdf"] = out.getvalue()
    scan = FPDF()
    scan.add_page()
    from PIL import Image  # noqa: PLC0415

    image = Image.new("L", (200, 260), 235)
    scan.image(image, x=10, y=10, w=190)
    files["scanned.pdf"] = bytes(scan.output())
    for name, data in files.items():
        (HERE / name).write_bytes(data)
    events = {
        "import-pdf.json": ({"content-type": PDF_TYPE, "x-filename": "cv.pdf"}, files["senior-engineer-modern.pdf"]),
        "import-docx.json": ({"content-type": DOCX_TYPE, "x-filename": "cv.docx"}, files["new-grad-two-columns.docx"]),
        "import-text.json": ({"content-type": "text/plain; charset=utf-8"}, files["career-changer.txt"]),
        "import-markdown.json": ({"content-type": "text/markdown"}, files["new-grad.md"]),
        "import-json-base64.json": (
            {"content-type": "application/json"},
            json.dumps(
                {"filename": "cv.md", "content_base64": base64.b64encode(files["new-grad.md"]).decode()}
            ).encode(),
        ),
        "import-scanned-pdf.json": ({"content-type": PDF_TYPE}, files["scanned.pdf"]),
        "import-not-a-pdf.json": ({"content-type": PDF_TYPE, "x-filename": "cv.pdf"}, b"GIF89a not a resume\x00\x01"),
    }
    for name, (headers, body) in events.items():
        event = build_event("POST", "/api/import", "", {"host": "api.example.com", **headers}, body, "POST /api/import")
        event["requestContext"]["requestId"] = f"req-{name.removesuffix('.json')}"
        event["requestContext"]["time"] = "27/Nov/2026:14:00:00 +0000"
        event["requestContext"]["timeEpoch"] = 1795788000000
        (ROOT / "events" / name).write_text(json.dumps(event, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print("wrote", ", ".join(files), "and", ", ".join(events))


if __name__ == "__main__":
    main()
