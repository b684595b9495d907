"""Plain text and Markdown → lines: blank lines set visual gaps; Markdown marks headings, bold and bullets."""

from __future__ import annotations

import re

from .exceptions import UnsupportedFileError
from .lines import Document, Line, clean

_ATX = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_SETEXT = re.compile(r"^\s{0,3}(=+|-+)\s*$")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EMPH = re.compile(r"(?<![\w*])([*_])(?=\S)([^*_]+?)(?<=\S)\1(?![\w*])")
_LINK = re.compile(r"!?\[([^\]]{0,300})\]\(\s*<?([^)\s>]{1,500})>?(?:\s+\"[^\"]*\")?\s*\)")
_CODE = re.compile(r"`([^`]{1,200})`")
_MD_BULLET = re.compile(r"^\s*[-*+]\s+(?:\[[ xX]\]\s+)?")
_RULE = re.compile(r"^\s{0,3}(?:[-*_]\s*){3,}$")
_TABLE_SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")


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


def _link(m: re.Match[str]) -> str:
    text, url = m.group(1).strip(), m.group(2).strip()
    if not text or text == url or url.removeprefix("mailto:") == text or url.split("://")[-1].rstrip("/") == text:
        return url.removeprefix("mailto:")
    return f"{text}: {url.removeprefix('mailto:')}"


def read_text(data: bytes, markdown: bool) -> Document:
    raw_lines = decode(data).splitlines()
    lines: list[Line] = []
    gap = 0.0
    for n, raw in enumerate(raw_lines):
        if not raw.strip():
            gap = 1.0
            continue
        heading = False
        bold = False
        text = raw
        if markdown and len(raw) <= 4000:  # inline patterns stay cheap on a resume's short lines
            if _RULE.match(raw) or _TABLE_SEP.match(raw):
                gap = 1.0
                continue
            setext = _SETEXT.match(raw)
            if setext and lines and n > 0 and raw_lines[n - 1].strip():
                lines[-1].heading = True
                continue
            atx = _ATX.match(raw)
            if atx:  # "#"/"##" name sections; "###" and deeper are entry titles (bold, not headings)
                text = atx.group(2)
                heading, bold = len(atx.group(1)) <= 2, len(atx.group(1)) > 2
            if _STRONG.fullmatch(text.strip()):
                bold = True
            bold = bold or heading
            text = _LINK.sub(_link, text)
            text = _STRONG.sub(r"\2", text)
            text = _EMPH.sub(r"\2", text)
            text = _CODE.sub(r"\1", text)
            if text.strip().startswith("|") and text.strip().endswith("|"):
                text = "  ".join(c.strip() for c in text.strip().strip("|").split("|"))
            text = _MD_BULLET.sub("• ", text)
            text = text.replace("\\", "") if "\\" in text else text
        elif _SETEXT.match(raw) and lines and raw_lines[n - 1].strip() and len(raw.strip()) >= 3:
            lines[-1].heading = True
            continue
        cleaned = clean(text)
        if not cleaned:
            continue
        lines.append(Line(text=cleaned, heading=heading, bold=bold, gap_before=gap))
        gap = 0.0
    return Document(kind="markdown" if markdown else "text", lines=lines)
