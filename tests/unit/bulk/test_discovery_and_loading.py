"""Discovery of inputs (files, folders, globs) and loading them, with the importer and DOCX writer optional."""

from __future__ import annotations

import json
import sys
import types
from pathlib import Path

import pytest

from resume_autofix.bulk import InvalidBatchRequestError, UnsupportedFormatError, discover, load_resume_file
from resume_autofix.bulk import loading as loading_module


def touch(path: Path, text: str = "{}") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_files_folders_and_globs_each_once_in_a_stable_order(tmp_path):
    # GIVEN a folder with resumes in subfolders, a hidden file, an image and a file named twice
    a = touch(tmp_path / "in" / "b.json")
    b = touch(tmp_path / "in" / "sub" / "a.pdf")
    touch(tmp_path / "in" / ".hidden.json")
    touch(tmp_path / "in" / "photo.png")
    c = touch(tmp_path / "more" / "c.docx")
    odd = touch(tmp_path / "odd.xyz")
    # WHEN the folder, a glob, a file named twice and an odd file named outright are given
    found = list(discover([str(tmp_path / "in"), str(tmp_path / "more" / "*.docx"), str(a), str(odd)]))
    # THEN each known file comes once, folders recursively without hidden files or unknown extensions,
    # and a file named outright comes whatever its extension (to be reported, not dropped)
    assert found == [a, b, c, odd]


def test_a_missing_path_or_an_empty_glob_says_which(tmp_path):
    with pytest.raises(InvalidBatchRequestError, match="no such file or folder"):
        list(discover([str(tmp_path / "nope.json")]))
    with pytest.raises(InvalidBatchRequestError, match="matches no file"):
        list(discover([str(tmp_path / "*.json")]))


def test_json_resumes_load_and_bad_ones_name_the_path(corpus):
    data = (corpus / "resumes" / "new-grad.json").read_bytes()
    assert load_resume_file(data, "new-grad.json")["basics"]["name"]
    with pytest.raises(Exception, match="countryCode"):
        load_resume_file((corpus / "resumes" / "invalid-bad-country-code.json").read_bytes(), "x.json")


def test_without_the_importer_pdf_docx_and_text_are_an_unsupported_format(monkeypatch):
    monkeypatch.setattr(loading_module, "optional_module", lambda name: None)
    for name in ("cv.pdf", "cv.docx", "cv.txt", "cv.md"):
        with pytest.raises(UnsupportedFormatError, match="unsupported format"):
            load_resume_file(b"%PDF-1.7", name)
    with pytest.raises(UnsupportedFormatError, match=r"unsupported format: \.xyz"):
        load_resume_file(b"", "cv.xyz")


def test_with_the_importer_a_pdf_goes_through_import_resume(monkeypatch, corpus):
    # GIVEN an importer module that answers like POST /api/import ({"resume": ..., "warnings": ...})
    resume = json.loads((corpus / "resumes" / "new-grad.json").read_text(encoding="utf-8"))
    calls = []

    def import_resume(data, filename):
        calls.append((data, filename))
        return {"status": "success", "resume": resume, "warnings": []}

    fake = types.ModuleType("resume_autofix.importer")
    fake.import_resume = import_resume  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "resume_autofix.importer", fake)
    # WHEN a PDF is loaded
    loaded = load_resume_file(b"%PDF-1.7 ...", "cv.pdf")
    # THEN the importer got the bytes and the file name, and its resume was validated
    assert calls == [(b"%PDF-1.7 ...", "cv.pdf")]
    assert loaded["basics"]["name"] == resume["basics"]["name"]


def test_optional_module_is_none_only_when_that_module_is_absent():
    assert loading_module.optional_module("no_such_module_here") is None
    assert loading_module.optional_module("analysis") is not None
