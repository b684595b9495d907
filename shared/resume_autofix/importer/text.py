"""Plain text → lines, and the decoding every text file shares (Markdown is read by ``markdown.py``)."""

from __future__ import annotations

import re

from .exceptions import UnsupportedFileError
from .lines import Document, Line, clean

_SETEXT = re.compile(r"^\s{0,3}(=+|-+)\s*$")
_RULE_CHARS = re.escape("─━═╌┄┈╍┅┉—–=*#~_-")
_RULE = f"[{_RULE_CHARS}]{{3,}}"
_RULE_ONLY = re.compile(f"^\\s*{_RULE}\\s*$")
# "──────── Experience ────────", "=== SKILLS ===": a heading framed by rules drawn with characters
_FRAMED = re.compile(f"^\\s*{_RULE}\\s+(?P<text>[^{_RULE_CHARS}\\s].{{0,80}}?)\\s+{_RULE}\\s*$")


def decode(data: bytes) -> str:
    """UTF-8 (with or without BOM), UTF-16 with a BOM, else the encoding charset-normalizer finds."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes  # noqa: PLC0415

    best = from_bytes(data[:200_000]).best()
    if best is None:
        raise UnsupportedFileError(
            "This file is not text in any encoding we can recognise: save it as UTF-8 text, or send a PDF or .docx"
        )
    return str(best)


def read_text(source: str) -> Document:
    """Plain text: a line per line, blank lines set visual gaps, an underline of "=" or "-" or a frame of drawn
    rules ("──── Experience ────") marks a heading."""
    raw_lines = source.splitlines()
    lines: list[Line] = []
    gap = 0.0
    for n, raw in enumerate(raw_lines):
        if not raw.strip():
            gap = 1.0
            continue
        if _SETEXT.match(raw) and lines and raw_lines[n - 1].strip() and len(raw.strip()) >= 3:
            lines[-1].heading = True
            continue
        if _RULE_ONLY.match(raw):  # a line drawn across the page: a gap, not text
            gap = 1.0
            continue
        framed = _FRAMED.match(raw)
        cleaned = clean(framed.group("text") if framed else raw)
        if not cleaned:
            continue
        lines.append(Line(text=cleaned, gap_before=gap, heading=bool(framed)))
        gap = 0.0
    return Document(kind="text", lines=lines)
