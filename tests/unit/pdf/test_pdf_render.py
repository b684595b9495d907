"""PDFs: every corpus resume in every theme reads back; Unicode; links; paper; page breaks; cache."""

from __future__ import annotations

import io
import time

import pytest
from pypdf import PdfReader

from resume_autofix.cache import CacheManager, MemcachedBackend
from resume_autofix.config import Settings
from resume_autofix.pdf import PdfRenderer, UnknownPaperError, build_pdf, readback
from resume_autofix.pdf.service import _pack, _unpack
from resume_autofix.pdf.verify import extract_text, words
from resume_autofix.render import UnknownTemplateError, build_view
from resume_autofix.resume import InvalidResumeError
from tests.cases import INVALID, THEMES, UNICODE_NAMES, VALID, load


@pytest.fixture
def renderer(local_caches: CacheManager) -> PdfRenderer:
    return PdfRenderer(cache=local_caches.get_pdf_cache())


@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize("name", VALID)
def test_every_corpus_resume_reads_back_in_order(name: str, theme: str) -> None:
    view = build_view(load(name))
    pdf, pages, _ = build_pdf(view, theme, "A4")
    assert pdf.startswith(b"%PDF-")
    report = readback(pdf, view)
    assert report["score"] == 1.0, report["missing"]
    assert report["pages"] == pages
    text, _ = extract_text(pdf)
    assert "?" not in text.replace(view["name"], "") or "?" in str(load(name))  # no glyph garbage
    for ligature in ("\ufb01", "\ufb02", "\ufb00"):
        assert ligature not in text


@pytest.mark.parametrize("name", INVALID)
def test_invalid_corpus_resumes_are_refused(renderer: PdfRenderer, name: str) -> None:
    with pytest.raises(InvalidResumeError):
        renderer.render(load(name), "modern")


@pytest.mark.parametrize("script", sorted(UNICODE_NAMES))
def test_unicode_names_read_back_exactly(renderer: PdfRenderer, script: str) -> None:
    name = UNICODE_NAMES[script]
    resume = {"basics": {"name": name, "label": "Engineer"}, "skills": [{"name": name.split()[0]}]}
    result = renderer.render(resume, "modern", verify=True)
    text, _ = extract_text(result.pdf)
    assert name in text
    assert result.readback is not None
    assert result.readback["score"] == 1.0
    # Latin with accents, Greek and Cyrillic from ResumeSans; Japanese from the CJK fallback: all real glyphs
    assert result.missing_characters == []
    assert result.warnings == []
    assert any("ResumeSansCJK" in f for f in _font_names(result.pdf)) == (script == "japanese")


def _font_names(pdf: bytes) -> set[str]:
    return {
        str(font.get_object()["/BaseFont"])
        for page in PdfReader(io.BytesIO(pdf)).pages
        for font in page["/Resources"]["/Font"].values()
    }


def test_korean_and_chinese_use_the_fallback_and_read_back() -> None:
    view = build_view(
        {"basics": {"name": "김민준 (Kim Min-jun)", "label": "软件工程师"}, "skills": [{"name": "데이터 분석"}]}
    )
    pdf, _, missing = build_pdf(view, "compact")
    assert missing == []
    text, _ = extract_text(pdf)
    assert "김민준" in text
    assert "软件工程师" in text
    assert readback(pdf, view)["score"] == 1.0


def test_characters_no_font_has_are_reported_not_dropped(renderer: PdfRenderer) -> None:
    # GIVEN an emoji, which neither shipped font draws
    result = renderer.render({"basics": {"name": "Kito", "summary": "likes cats 🐱 a lot"}}, "classic")
    # THEN it is drawn as a box, kept in the text layer (never "?" or dropped), and the answer says so
    assert result.missing_characters == ["🐱"]
    assert "🐱" in extract_text(result.pdf)[0]
    assert "U+1F431" in result.warnings[0]


def test_links_are_clickable() -> None:
    view = build_view(load("senior-engineer"))
    pdf, _, _ = build_pdf(view, "classic")
    uris = set()
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for annot in page.get("/Annots") or []:
            action = annot.get_object().get("/A")
            if action:
                uris.add(action["/URI"])
    assert "mailto:lena.vasquez@example.com" in uris
    assert "https://github.com/lvasquez" in uris
    assert "https://www.confluent.io/" in uris


@pytest.mark.parametrize(("paper", "size"), [("A4", (595, 842)), ("Letter", (612, 792)), ("letter", (612, 792))])
def test_paper_sizes(renderer: PdfRenderer, paper: str, size: tuple[int, int]) -> None:
    result = renderer.render(load("new-grad"), "compact", paper)
    box = PdfReader(io.BytesIO(result.pdf)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == size


def test_unknown_paper_and_template(renderer: PdfRenderer) -> None:
    with pytest.raises(UnknownPaperError) as exc:
        renderer.render(load("new-grad"), "classic", "A3")
    assert exc.value.status == 400
    with pytest.raises(UnknownTemplateError):
        renderer.render(load("new-grad"), "nope")


@pytest.mark.parametrize("theme", THEMES)
def test_a_heading_never_ends_a_page(theme: str) -> None:
    # GIVEN resumes whose sections end at many different heights on the page
    headings = {"Work Experience", "Education", "Skills", "Projects", "Summary"}
    headings |= {h.upper() for h in headings}
    most_pages = 0
    for extra in range(0, 30, 2):
        resume = {
            "basics": {"name": "Page Break", "summary": "Intro. " * 20},
            "work": [
                {
                    "name": f"Org {i}",
                    "position": "Engineer",
                    "startDate": "2020",
                    "highlights": ["Did a thing that matters quite a lot"] * (2 + (i * extra) % 5),
                }
                for i in range(6 + extra // 4)
            ],
            "projects": [{"name": f"Project {i}", "description": "Built it."} for i in range(extra)],
            "education": [{"institution": "Uni", "area": "CS", "studyType": "BSc"}],
            "skills": [{"name": "Python", "keywords": ["a", "b"]}],
        }
        view = build_view(resume)
        pdf, pages, _ = build_pdf(view, theme)
        most_pages = max(most_pages, pages)
        reader = PdfReader(io.BytesIO(pdf))
        for page in reader.pages[:-1]:
            lines = [line.strip() for line in page.extract_text().splitlines() if line.strip()]
            assert lines[-1] not in headings, (extra, lines[-3:])
        assert readback(pdf, view)["score"] == 1.0
    assert most_pages >= 2  # page ends were exercised


def test_second_call_is_a_cache_hit(renderer: PdfRenderer) -> None:
    resume = load("senior-engineer")
    first = renderer.render(resume, "modern")
    second = renderer.render(dict(resume), "modern")
    assert renderer.builds == 1
    assert second.pdf == first.pdf
    assert second.pages == first.pages == 2
    renderer.render(resume, "modern", "Letter")  # the paper is part of the key
    assert renderer.builds == 2


def test_verify_report_on_a_cache_hit(renderer: PdfRenderer) -> None:
    resume = load("career-changer")
    renderer.render(resume, "classic")
    report = renderer.render(resume, "classic", verify=True).readback
    assert renderer.builds == 1
    assert report is not None
    assert report["score"] == 1.0
    assert report["expected_words"] > 20


def test_cached_value_round_trip() -> None:
    meta, pdf = _unpack(_pack({"pages": 2, "missing": ["黒"]}, b"%PDF-1.4 x"))
    assert meta == {"pages": 2, "missing": ["黒"]}
    assert pdf == b"%PDF-1.4 x"


def test_words_split_cjk_by_character() -> None:
    assert words("黒音キト Łódź, Zürich!") == ["黒", "音", "キ", "ト", "łódź", "zürich"]


@pytest.mark.memcached
def test_pdf_bytes_go_through_memcached(memcached) -> None:
    settings = Settings.from_env({"MEMCACHED_ENDPOINTS": memcached.endpoint})
    managers = [CacheManager(settings, MemcachedBackend.from_settings(settings)) for _ in range(3)]
    a, b = (PdfRenderer(cache=m.get_pdf_cache()) for m in managers[:2])  # two containers: separate tier 1s
    resume = load("new-grad")
    built = a.render(resume, "modern")
    # the tier-2 set is fire-and-forget (noreply): wait until another connection can see it
    key = f"pdf:modern:{built.template_version}:A4:{built.resume_hash}"
    probe = managers[2].get_pdf_cache()
    deadline = time.monotonic() + 5
    while probe.get(key) is None and time.monotonic() < deadline:
        time.sleep(0.01)
    fetched = b.render(resume, "modern")
    assert a.builds == 1
    assert b.builds == 0
    assert fetched.pdf == built.pdf


@pytest.mark.parametrize("theme", THEMES)
def test_an_untitled_entry_keeps_its_dates(theme: str) -> None:
    # GIVEN entries with dates but no title or organisation (the first line used to vanish with its dates)
    resume = {
        "basics": {"name": "No Titles"},
        "work": [{"startDate": "2015", "endDate": "2017", "highlights": ["Kept the lights on"]}],
        "education": [{"startDate": "2005-09", "endDate": "2008-05", "score": "3.5"}],
    }
    pdf, _, _ = build_pdf(build_view(resume), theme)
    text, _ = extract_text(pdf)
    assert "2015 – 2017" in text
    assert "Sep 2005 – May 2008" in text
    assert text.index("2015 – 2017") < text.index("Kept the lights on")


def test_japanese_resume_has_japanese_headings_in_the_pdf() -> None:
    view = build_view(load("japanese-cv-sample"))
    pdf, _, _ = build_pdf(view, "modern")
    text, _ = extract_text(pdf)
    assert text.index("職務要約") < text.index("プロジェクト") < text.index("スキル")
    assert "2018年9月 – 現在" in text
    assert readback(pdf, view)["score"] == 1.0
