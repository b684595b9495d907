"""Every DOCX opens in LibreOffice (headless) and gives the same text as python-docx reads (issue 15).

Skipped only where ``soffice`` is not installed; ``make test`` installs it (the Makefile's ``libreoffice`` target).
One conversion run per format for all files: LibreOffice takes seconds to start.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from resume_autofix.docx import build_docx, extract_text
from resume_autofix.pdf import readback
from resume_autofix.pdf.verify import words
from resume_autofix.render import build_view
from tests.cases import LONG_ENTRIES, PROSE, THEMES, VALID, lang_resume, load

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = [
    pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed: `make libreoffice`"),
    pytest.mark.xdist_group("libreoffice"),
    pytest.mark.slow,
]
CASES = [(name, theme) for name in [*VALID, "long-entries"] for theme in THEMES] + [
    (f"lang-{lang}", "classic") for lang in sorted(PROSE)
]


def _resume(name: str) -> dict:
    if name == "long-entries":
        return LONG_ENTRIES
    if name.startswith("lang-"):
        return lang_resume(name.removeprefix("lang-"))
    return load(name)


def _convert(files: list[Path], target: str, out: Path, profile: Path) -> None:
    command = [str(SOFFICE), f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore"]
    subprocess.run(
        [*command, "--convert-to", target, "--outdir", str(out), *map(str, files)],
        check=True,
        capture_output=True,
        timeout=600,
    )


@pytest.fixture(scope="module")
def converted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("docx")
    files = []
    for name, theme in CASES:
        path = folder / f"{name}--{theme}.docx"
        path.write_bytes(build_docx(build_view(_resume(name)), theme, "Letter" if theme == "modern" else "A4"))
        files.append(path)
    profile = tmp_path_factory.mktemp("lo-profile")  # a private profile: parallel runs do not lock each other
    _convert(files, "txt:Text (encoded):UTF8", folder, profile)
    _convert(files, "pdf", folder, profile)
    return folder


@pytest.mark.parametrize(("name", "theme"), CASES)
def test_libreoffice_opens_it_and_reads_the_same_text(converted: Path, name: str, theme: str) -> None:
    stem = converted / f"{name}--{theme}"
    ours = extract_text(stem.with_suffix(".docx").read_bytes())
    theirs = stem.with_suffix(".txt").read_text(encoding="utf-8-sig")
    assert words(theirs) == words(ours)


def _has_font_for(lang: str) -> bool:
    fc_list = shutil.which("fc-list")
    if fc_list is None:
        return False
    return bool(subprocess.run([fc_list, f":lang={lang}"], capture_output=True, text=True, check=False).stdout.strip())


@pytest.mark.parametrize(("name", "theme"), CASES)
def test_libreoffices_pdf_of_it_reads_back_whole(converted: Path, name: str, theme: str) -> None:
    # LibreOffice lays the document out itself (tab stops, wrapping): the phrases must still come out whole.
    # Without a system font for the script it writes glyphs with no text mapping: nothing to read back then.
    lang = {"japanese-cv-sample": "ja", "lang-ja": "ja", "lang-ko": "ko"}.get(name)
    if lang and not _has_font_for(lang):
        pytest.skip(f"no system font for {lang}: LibreOffice's PDF has no text layer for it (fonts-noto-cjk)")
    report = readback((converted / f"{name}--{theme}.pdf").read_bytes(), build_view(_resume(name)))
    assert report["score"] == 1.0, report
