"""DOCX: every corpus resume in every theme and paper reads back (python-docx), with Word styles, links, tab stops."""

from __future__ import annotations

import io
import zipfile

import docx
import pytest
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.oxml.ns import qn
from docx.shared import Mm

from resume_autofix.cache import CacheManager
from resume_autofix.docx import DocxRenderer, build_docx, extract_text, readback
from resume_autofix.pdf import UnknownPaperError
from resume_autofix.render import UnknownTemplateError, build_view
from resume_autofix.resume import InvalidResumeError
from tests.cases import INVALID, LONG_ENTRIES, THEMES, UNICODE_NAMES, VALID, load


@pytest.fixture
def renderer(local_caches: CacheManager) -> DocxRenderer:
    return DocxRenderer(cache=local_caches.get_docx_cache())


def _open(data: bytes) -> docx.document.Document:
    return docx.Document(io.BytesIO(data))


@pytest.mark.parametrize("paper", ["A4", "Letter"])
@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize("name", [*VALID, "long-entries"])
def test_every_corpus_resume_reads_back_in_order(name: str, theme: str, paper: str) -> None:
    view = build_view(LONG_ENTRIES if name == "long-entries" else load(name))
    data = build_docx(view, theme, paper)
    report = readback(data, view)
    assert (report["score"], report["word_score"], report["phrase_score"]) == (1.0, 1.0, 1.0), report
    assert report["broken_phrases"] == []
    section = _open(data).sections[0]
    width, height = (Mm(210), Mm(297)) if paper == "A4" else (docx.shared.Inches(8.5), docx.shared.Inches(11))
    assert abs(section.page_width - width) < Mm(1)
    assert abs(section.page_height - height) < Mm(1)


def test_real_word_styles_carry_the_layout() -> None:
    view = build_view(load("senior-engineer"))
    document = _open(build_docx(view, "modern"))
    used = [p.style.name for p in document.paragraphs]
    assert used[0] == "Title"
    assert used[1] == "Subtitle"
    assert {"Heading 1", "Heading 2", "List Bullet"} <= set(used)
    # no direct formatting on paragraphs beyond their style: a person restyles the resume in Word
    for p in document.paragraphs:
        ppr = p._p.pPr
        assert ppr is None or [child.tag for child in ppr] == [qn("w:pStyle")]
    # the dates sit at a right-aligned tab stop at the text's right edge (not in a table)
    assert document.tables == []
    h2 = document.styles["Heading 2"]
    (stop,) = h2.paragraph_format.tab_stops
    section = document.sections[0]
    assert stop.alignment == WD_TAB_ALIGNMENT.RIGHT
    assert abs(stop.position - (section.page_width - section.left_margin - section.right_margin)) < Mm(0.1)
    entry = next(p for p in document.paragraphs if p.style.name == "Heading 2")
    assert entry.text == "Staff Software Engineer, Confluent \tFeb 2020 – Present"
    assert [r.style.name for r in entry.runs][-1] == "Entry Dates"
    # classic draws headings in capitals through the style; the text stays as written
    classic = _open(build_docx(view, "classic"))
    assert classic.styles["Heading 1"].font.all_caps is True
    assert "Work Experience" in [p.text for p in classic.paragraphs]


def test_links_core_properties_and_language() -> None:
    view = build_view(load("senior-engineer"))
    data = build_docx(view, "classic", "Letter")
    document = _open(data)
    targets = {r.target_ref for r in document.part.rels.values() if r.reltype.endswith("/hyperlink")}
    assert "mailto:lena.vasquez@example.com" in targets
    assert {c["url"] for c in view["contact"] if c["url"]} <= targets
    links = [link for p in document.paragraphs for link in p.hyperlinks]
    assert any(link.text == "lena.vasquez@example.com" and link.address.startswith("mailto:") for link in links)
    props = document.core_properties
    assert props.title == "Dr. Lena Vasquez – Staff Software Engineer, Distributed Systems"
    assert props.author == "Dr. Lena Vasquez"
    assert props.language == "en"
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        assert z.testzip() is None
        assert "word/stylesWithEffects.xml" not in z.namelist()


def test_markup_becomes_bold_italic_and_links() -> None:
    view = build_view(
        {"basics": {"name": "A", "summary": "Builds **reliable** _calm_ [services](https://example.com/s) well."}}
    )
    document = _open(build_docx(view, "modern"))
    summary = document.paragraphs[2]
    assert summary.text == "Builds reliable calm services well."
    assert [r.text for r in summary.runs if r.bold] == ["reliable"]
    assert [r.text for r in summary.runs if r.italic] == ["calm"]
    assert [(h.text, h.address) for h in summary.hyperlinks] == [("services", "https://example.com/s")]


def test_hostile_text_stays_text_and_the_file_stays_valid() -> None:
    nasty = '<w:p>&amp; "quotes" ]]> \ud800 \ufffe \x0b end'
    resume = {
        "basics": {"name": nasty, "summary": f"<script>alert(1)</script> {nasty}"},
        "work": [{"name": nasty, "position": nasty, "highlights": [nasty], "url": 'https://e.com/"><x'}],
    }
    view = build_view(resume)
    data = build_docx(view, "classic")
    text = extract_text(data)
    assert "<script>alert(1)</script>" in text
    assert '<w:p>&amp; "quotes" ]]>' in text
    assert readback(data, view)["score"] == 1.0


@pytest.mark.parametrize("script", sorted(UNICODE_NAMES))
def test_unicode_names_read_back_exactly(renderer: DocxRenderer, script: str) -> None:
    name = UNICODE_NAMES[script]
    result = renderer.render({"basics": {"name": name, "label": "Engineer"}, "skills": [{"name": name}]}, verify=True)
    assert _open(result.docx).paragraphs[0].text == name
    assert result.readback is not None
    assert result.readback["score"] == 1.0


def test_same_view_same_bytes() -> None:
    view = build_view(load("jsonresume-sample"))
    assert build_docx(view, "compact") == build_docx(view, "compact")


def test_the_cache_serves_the_second_call(renderer: DocxRenderer) -> None:
    resume = load("new-grad")
    first = renderer.render(resume, "modern", "Letter")
    second = renderer.render(resume, "modern", "letter")
    assert renderer.builds == 1
    assert second.docx == first.docx
    assert renderer.render(resume, "modern", "A4").docx != first.docx
    assert renderer.builds == 2


@pytest.mark.parametrize("name", INVALID)
def test_invalid_corpus_resumes_are_refused(renderer: DocxRenderer, name: str) -> None:
    with pytest.raises(InvalidResumeError):
        renderer.render(load(name), "modern")


def test_unknown_theme_and_paper_are_clear_errors(renderer: DocxRenderer) -> None:
    with pytest.raises(UnknownTemplateError) as theme:
        renderer.render({"basics": {"name": "A"}}, "gothic")
    assert theme.value.status == 404
    with pytest.raises(UnknownPaperError) as paper:
        renderer.render({"basics": {"name": "A"}}, "modern", "A5")
    assert paper.value.status == 400


def test_a_title_line_too_long_for_its_dates_breaks_before_them() -> None:
    # GIVEN issue 15's long titles and employers (a German resume: German dates)
    document = _open(build_docx(build_view(LONG_ENTRIES), "classic"))
    lines = [p.text for p in document.paragraphs if p.style.name == "Heading 2"]
    # THEN a short one keeps its dates beside it; a long one moves them, whole, to the next line's tab stop
    assert lines[0] == "Fullstack developer, lead engineer, VS Industrie GmbH \tFeb. 2026 – heute"
    assert lines[2].endswith("Handel AG Niederlassung Deutschland \n\tFeb. 2015 – Jan. 2019")
