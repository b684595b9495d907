"""Headings, "present" and month names in the resume's language, in HTML, PDF and DOCX alike (issue 15)."""

from __future__ import annotations

import datetime
import io

import pytest
from babel.dates import format_skeleton

from resume_autofix.analysis.language import detect
from resume_autofix.docx import build_docx
from resume_autofix.docx import extract_text as docx_text
from resume_autofix.pdf import build_pdf, extract_text
from resume_autofix.render import HtmlRenderer, build_view
from resume_autofix.render.locale import LABELS, content_lang, month_year
from tests.cases import PROSE, lang_resume

LANGS = sorted(PROSE)


@pytest.mark.parametrize("lang", LANGS)
def test_the_prose_language_is_detected_as_the_analysis_detects_it(lang: str) -> None:
    # GIVEN a resume written in one language WHEN the view picks its headings THEN it agrees with the analysis
    assert detect(PROSE[lang]).language == lang
    assert content_lang(lang_resume(lang)) == (None if lang == "en" else lang)
    assert build_view(lang_resume(lang))["lang"] == lang


@pytest.mark.parametrize("lang", [*LABELS])
@pytest.mark.parametrize("month", range(1, 13))
def test_month_names_are_cldrs(lang: str, month: int) -> None:
    # English is a table (no Babel import for most resumes): it must still say what CLDR says
    assert month_year(2021, month, lang) == format_skeleton("yMMM", datetime.date(2021, month, 1), locale=lang)


def test_some_month_names_as_a_reader_expects_them() -> None:
    assert [month_year(2021, 3, lang) for lang in ("en", "de", "fr", "ja", "ko", "ru")] == [
        "Mar 2021",
        "März 2021",
        "mars 2021",
        "2021年3月",
        "2021년 3월",
        "март 2021\u202fг.",  # CLDR keeps the year and its "г." together with a narrow no-break space
    ]


def test_every_language_has_every_label() -> None:
    assert all(set(words) == set(LABELS["en"]) for words in LABELS.values())


def test_unsure_prose_keeps_english_headings() -> None:
    # Ukrainian letters (і, ї, є): not Russian; a few German words in English prose: English
    assert content_lang({"basics": {"summary": "Розробляю сервіси для логістики та торгівлі, їх підтримую."}}) is None
    assert (
        content_lang({"basics": {"summary": "Built the Zahlungsplattform for the team in Berlin and Munich."}}) is None
    )
    assert content_lang({"basics": {"name": "Jürgen Müller"}}) is None


def _expected(lang: str) -> list[str]:
    words = LABELS.get(lang, LABELS["en"])
    return [words["summary"], words["work"], words["education"], words["skills"], words["present"]]


@pytest.mark.parametrize("lang", LANGS)
def test_html_has_the_languages_headings_dates_and_lang(lang: str) -> None:
    html = HtmlRenderer(cache=_NoCache()).render(lang_resume(lang), "modern").html
    assert f'<html lang="{lang}">' in html
    for text in [*_expected(lang), month_year(2021, 3, lang), month_year(2016, 7, lang)]:
        assert _escaped(text) in html


@pytest.mark.parametrize("theme", ["classic", "modern"])
@pytest.mark.parametrize("lang", LANGS)
def test_pdf_has_the_languages_headings_dates_and_lang(lang: str, theme: str) -> None:
    view = build_view(lang_resume(lang))
    pdf, _, _ = build_pdf(view, theme)
    text, _ = extract_text(pdf)
    flat = " ".join(text.split())
    for heading in _expected(lang)[:4]:
        assert (heading.upper() if theme == "classic" else heading) in flat
    assert " ".join(f"{month_year(2021, 3, lang)} – {_expected(lang)[4]}".split()) in flat
    assert f"/Lang ({lang})".encode() in pdf


@pytest.mark.parametrize("lang", LANGS)
def test_docx_has_the_languages_headings_dates_and_lang(lang: str) -> None:
    import docx  # noqa: PLC0415

    view = build_view(lang_resume(lang))
    data = build_docx(view, "classic")
    text = docx_text(data)
    for heading in _expected(lang)[:4]:
        assert heading in text.split("\n")  # as written; the style draws it in capitals
    assert f"{month_year(2021, 3, lang)} – {_expected(lang)[4]}" in text
    document = docx.Document(io.BytesIO(data))
    assert document.core_properties.language == lang
    defaults = document.styles.element.find(docx.oxml.ns.qn("w:docDefaults"))
    assert f'w:val="{lang}"' in docx.oxml.xmlchemy.serialize_for_reading(defaults)


def _escaped(text: str) -> str:
    return text.replace("&", "&amp;").replace("'", "&#39;")


class _NoCache:
    def get_or_load(self, _key: str, load):  # type: ignore[no-untyped-def]
        return load()
