"""The view model: what a theme may draw, from messy real resumes."""

from __future__ import annotations

import pytest

from resume_autofix.render.view import SECTIONS, build_view, date, date_range, text, url
from tests.cases import VALID, load


def test_empty_strings_everywhere_leave_no_section() -> None:
    # GIVEN the FRESH test file where every value is "" (arrays hold one "")
    view = build_view(load("fresh-empty"))
    # THEN nothing is left to draw: no section, no contact, no summary
    assert view["sections"] == []
    assert view["contact"] == []
    assert view["summary"] == ""


@pytest.mark.parametrize("name", VALID)
def test_every_filled_schema_section_is_in_the_view(name: str) -> None:
    resume = load(name)
    view = build_view(resume)
    shown = {s["id"] for s in view["sections"]}
    for section, _ in SECTIONS:
        items = resume.get(section) or []
        has_text = any(
            isinstance(item, dict) and any(v not in ("", None, [], [""], {}) for v in item.values()) for item in items
        )
        assert (section in shown) == has_text, section


def test_v0_keys_are_read() -> None:
    view = build_view(load("fresh-jane-fullstacker"))
    work = next(s for s in view["sections"] if s["id"] == "work")
    assert work["items"][0]["subtitle"] == "Area 52"  # v0 "company"
    assert work["items"][0]["url"] == "https://area52.io/does-not-exist"  # v0 "website"
    assert any(c["url"] == "http://janef.me/blog" for c in view["contact"])  # basics.website


def test_dates_year_only_month_and_open_ended() -> None:
    assert date("2012") == "2012"
    assert date("2020-02-01") == "Feb 2020"
    assert date("2013-09") == "Sep 2013"
    assert date("sometime") == "sometime"
    assert date_range("2013-09", None) == "Sep 2013 – Present"
    assert date_range("2014-01-01", "2014-01-01") == "Jan 2014"
    assert date_range("", "") == ""


def test_odd_values_become_text_or_nothing() -> None:
    assert text(42) == "42"
    assert text(True) == ""
    assert text({"a": 1}) == ""
    assert text("  a\u00a0 b\t\n\n c\x07 ") == "a b\nc"
    assert text("e\u0301") == "é"  # NFC


def test_only_safe_link_schemes() -> None:
    assert url("javascript:alert(1)") == ""
    assert url("data:text/html,<script>") == ""
    assert url("example.com/me") == "https://example.com/me"
    assert url("mailto:a@b.co") == "mailto:a@b.co"


def test_skills_with_keywords_with_url_and_levels() -> None:
    view = build_view(load("light-singlecolumn-sample"))
    skills = next(s for s in view["sections"] if s["id"] == "skills")["items"]
    assert all(item["name"] for item in skills)
    assert any("(" in item["name"] for item in skills)  # the level "3/5" travels with the name


def test_japanese_resume_keeps_projects_and_gets_lang() -> None:
    view = build_view(load("japanese-cv-sample"))
    assert view["lang"] == "ja"
    ids = [s["id"] for s in view["sections"]]
    assert "projects" in ids
    assert "work" not in ids  # work: [] → no heading
    assert "education" not in ids


def test_japanese_prose_gets_japanese_headings_dates_and_labels() -> None:
    # GIVEN the Japanese sample: Japanese prose, sprinkled with English tech terms
    view = build_view(load("japanese-cv-sample"))
    # THEN the headings a Japanese reader expects, and Japanese dates
    assert view["summary_title"] == "職務要約"
    titles = {s["id"]: s["title"] for s in view["sections"]}
    assert titles["projects"] == "プロジェクト"
    assert titles["skills"] == "スキル"
    projects = next(s for s in view["sections"] if s["id"] == "projects")["items"]
    assert projects[0]["dates"] == "2018年9月 – 現在"
    assert projects[0]["details"][0][0] == "役割"


def test_a_japanese_name_on_an_english_resume_stays_english() -> None:
    resume = {
        "basics": {"name": "黒音キト", "summary": "Frontend engineer building design systems in TypeScript."},
        "work": [{"name": "Acme", "position": "Engineer", "startDate": "2020-04", "highlights": ["Shipped it"]}],
    }
    view = build_view(resume)
    assert view["lang"] == "en"
    assert view["summary_title"] == "Summary"
    assert view["sections"][0]["title"] == "Work Experience"
    assert view["sections"][0]["items"][0]["dates"] == "Apr 2020 – Present"


def test_korean_prose_gets_korean_headings() -> None:
    resume = {"basics": {"name": "김민준", "summary": "데이터 분석가로 5년간 일했습니다."}, "skills": [{"name": "SQL"}]}
    view = build_view(resume)
    assert (view["lang"], view["summary_title"], view["sections"][0]["title"]) == ("ko", "요약", "기술")


def test_an_end_date_written_as_present_reads_present() -> None:
    assert date_range("2019", "Present") == "2019 – Present"
    assert date_range("2019-03", "current") == "Mar 2019 – Present"


def test_an_untitled_entry_keeps_its_dates() -> None:
    # GIVEN an education entry with no institution, study type or area (hackmyresume's jane-incomplete)
    view = build_view(load("hackmyresume-jane-incomplete"))
    education = next(s for s in view["sections"] if s["id"] == "education")["items"]
    # THEN it is kept with its dates and details, and no title is made up
    assert education[0]["title"] == ""
    assert education[0]["dates"] == "Sep 2005 – May 2008"
