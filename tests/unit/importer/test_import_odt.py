"""OpenDocument text (.odt): read as a Word file is, from the XML LibreOffice writes."""

from __future__ import annotations

import io
import json
import sys
import zipfile
from pathlib import Path

import pytest

from resume_autofix.importer import (
    CorruptFileError,
    FileTooLargeError,
    ImportLimits,
    NoTextError,
    UnsupportedFileError,
    import_resume,
    invented,
)

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "bench"))
from _import_docs import score_of

DATA = Path(__file__).resolve().parents[2] / "data"
ODT = DATA / "import" / "odt"
_TRUTH = {
    "aspose-words-showcase-word": "set36",
    "resume-engine-workers-docx-npm": "set34",
    "tika-chronological-simple-word-2col": "set36",
}

_CONTENT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
  xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
  xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
  xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
  xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
  xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" office:version="1.3">
 <office:automatic-styles>
  <style:style style:name="Name" style:family="paragraph"><style:text-properties fo:font-size="24pt"/></style:style>
  <style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
 </office:automatic-styles>
 <office:body><office:text>
  <text:p text:style-name="Name">Jane Roe</text:p>
  <text:p>jane.roe@example.com<text:tab/>+1 415 555 2671<draw:frame><draw:text-box>
   <text:p>github.com/janeroe</text:p></draw:text-box></draw:frame></text:p>
  <text:list><text:list-item><text:h text:outline-level="1">Experience</text:h></text:list-item></text:list>
  <text:p><text:span text:style-name="B">Data Engineer, Acme Corp</text:span><text:tab/>Jan 2020 – Present</text:p>
  <text:list><text:list-item><text:p>Built the<text:s text:c="2"/>data platform.</text:p></text:list-item></text:list>
  <text:p>Deleted<text:note><text:note-body><text:p>a footnote</text:p></text:note-body></text:note> words</text:p>
  <text:h text:outline-level="1">Skills</text:h>
  <table:table><table:table-row><table:table-cell><text:p>Programming</text:p></table:table-cell>
   <table:table-cell><text:p>Python, Go</text:p></table:table-cell></table:table-row>
   <table:table-row><table:table-cell><text:p>Tools</text:p></table:table-cell>
   <table:table-cell><text:p>Git, Docker</text:p></table:table-cell></table:table-row>
   <table:table-row><table:table-cell><text:p>Cloud</text:p></table:table-cell>
   <table:table-cell><text:p>AWS</text:p></table:table-cell></table:table-row>
   <table:table-row><table:table-cell><text:p>Data</text:p></table:table-cell>
   <table:table-cell><text:p>SQL</text:p></table:table-cell></table:table-row></table:table>
 </office:text></office:body>
</office:document-content>"""


def _odt(content: str = _CONTENT, mimetype: str = "application/vnd.oasis.opendocument.text") -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("mimetype", mimetype, compress_type=zipfile.ZIP_STORED)
        archive.writestr("content.xml", content)
        archive.writestr("META-INF/manifest.xml", "<manifest/>")
    return out.getvalue()


def test_an_odt_is_read_with_its_headings_lists_tables_spans_and_text_boxes() -> None:
    result = import_resume(_odt(), "cv.odt")
    resume = result.resume
    assert result.kind == "odt"
    assert (resume["basics"]["name"], resume["basics"]["email"]) == ("Jane Roe", "jane.roe@example.com")
    (job,) = resume["work"]
    assert (job["position"], job["name"], job["startDate"]) == ("Data Engineer", "Acme Corp", "2020-01")
    assert job["highlights"] == ["Built the data platform."]
    assert {g["name"]: g.get("keywords") for g in resume["skills"]}["Programming"] == ["Python", "Go"]
    assert "github.com/janeroe" in result.source_text  # the frame's text box is read
    assert "a footnote" not in result.source_text  # notes are no text of the résumé
    assert invented(resume, result.source_text) == []


@pytest.mark.parametrize("stem", sorted(_TRUTH))
def test_an_odt_libreoffice_wrote_from_a_word_file_reads_as_well_as_that_file(stem: str) -> None:
    truth = json.loads((DATA / "real" / _TRUTH[stem] / f"{stem}.truth.json").read_text(encoding="utf-8"))
    word = import_resume((DATA / "real" / _TRUTH[stem] / f"{stem}.docx").read_bytes(), f"{stem}.docx")
    odt = import_resume((ODT / f"{stem}.odt").read_bytes(), f"{stem}.odt")
    assert score_of(truth, odt.resume).f1() >= score_of(truth, word.resume).f1() - 0.01
    assert invented(odt.resume, odt.source_text) == []


def test_bad_odt_files_are_4xx_with_what_to_do() -> None:
    with pytest.raises(CorruptFileError, match="OpenDocument file is damaged"):
        import_resume(_odt("<office:document-content"), "cv.odt")
    with pytest.raises(UnsupportedFileError, match="not a text document"):
        import_resume(_odt(mimetype="application/vnd.oasis.opendocument.spreadsheet"), "cv.ods")
    with pytest.raises(UnsupportedFileError, match=r"not an OpenDocument \.odt file"):
        import_resume(b"Jane Roe\njane@example.com\n", "cv.odt")
    with pytest.raises(FileTooLargeError, match="OpenDocument file unpacks to"):
        import_resume(_odt(), "cv.odt", limits=ImportLimits(max_decompressed_bytes=100))
    entity = _CONTENT.replace(
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x "boom">]>',
    ).replace("Jane Roe", "&x;")
    result = import_resume(_odt(entity), "cv.odt")  # entities are not expanded: no billion laughs
    assert "boom" not in result.source_text


def test_odd_values_in_an_odt_are_read_or_refused_never_a_crash() -> None:
    odd = _CONTENT.replace('text:outline-level="1">Experience', 'text:outline-level="x">Experience').replace(
        'fo:font-size="24pt"', 'fo:font-size="huge"'
    )
    assert import_resume(_odt(odd), "cv.odt").resume["work"]
    no_body = '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>'
    with pytest.raises(NoTextError):
        import_resume(_odt(no_body), "cv.odt")
