"""Themes: every corpus resume renders in every theme, escaped, with the sections it fills, cached."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser

import pytest
from markupsafe import escape

from resume_autofix.render import HtmlRenderer, UnknownTemplateError, build_view, get_theme
from resume_autofix.render.inputs import identify
from resume_autofix.render.themes import all_themes
from resume_autofix.resume import InvalidResumeError, load_resume, resume_hash
from tests.cases import INVALID, THEMES, UNICODE_NAMES, VALID, load


class _Outline(HTMLParser):
    """Collects tags and the text of h1/h2 elements."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.headings: dict[str, list[str]] = {"h1": [], "h2": []}
        self._open: str | None = None
        self.html_lang: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        if tag == "html":
            self.html_lang = dict(attrs).get("lang")
        if tag in self.headings:
            self._open = tag
            self.headings[tag].append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == self._open:
            self._open = None

    def handle_data(self, data: str) -> None:
        if self._open:
            self.headings[self._open][-1] += data


def outline(html: str) -> _Outline:
    parser = _Outline()
    parser.feed(html)
    return parser


@pytest.fixture
def renderer(local_caches) -> HtmlRenderer:
    return HtmlRenderer(cache=local_caches.get_template_cache())


@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize("name", VALID)
def test_every_corpus_resume_renders_ats_safe(renderer: HtmlRenderer, name: str, theme: str) -> None:
    resume = load(name)
    html = renderer.render(resume, theme).html
    doc = outline(html)
    view = build_view(resume)
    # one h1 (the name) when there is a name; one h2 per filled section, none for empty ones
    assert len(doc.headings["h1"]) == (1 if view["name"] else 0)
    expected = ([view["summary_title"]] if view["summary"] else []) + [s["title"] for s in view["sections"]]
    assert [h.strip() for h in doc.headings["h2"]] == expected
    # ATS-safe: no layout tables, images, scripts or icon fonts; lang set; print CSS
    assert not {"table", "img", "script", "i", "svg", "iframe"} & set(doc.tags)
    assert doc.html_lang
    assert "@media print" in html


@pytest.mark.parametrize("name", INVALID)
def test_invalid_corpus_resumes_are_refused_with_the_path(renderer: HtmlRenderer, name: str) -> None:
    with pytest.raises(InvalidResumeError) as exc:
        renderer.render(load(name), "classic")
    assert exc.value.status == 400
    assert exc.value.errors[0]["path"].startswith("/basics/")


XSS = [
    "<script>alert('x')</script>",
    '"><img src=x onerror=alert(1)>',
    "<svg/onload=alert(1)>",
    "javascript:alert(1)",
    "{{ 7*7 }}{% raw %}",
]


@pytest.mark.parametrize("payload", XSS)
def test_xss_payloads_in_every_field_stay_text(renderer: HtmlRenderer, payload: str) -> None:
    link = payload if payload.startswith("javascript:") else "https://x.io/?q=" + payload
    resume = {
        "basics": {
            "name": payload,
            "label": payload,
            "summary": payload,
            "email": "a@b.co",
            "url": link,
            "profiles": [{"network": payload, "username": payload, "url": "https://x.io"}],
        },
        "work": [
            {
                "name": payload,
                "position": payload,
                "summary": payload,
                "highlights": [payload],
                "url": link,
                "startDate": "2020-01",
            }
        ],
        "skills": [{"name": payload, "keywords": [payload]}],
        "references": [{"name": payload, "reference": payload}],
    }
    for theme in THEMES:
        html = renderer.render(resume, theme).html
        tags = set(outline(html).tags)
        assert not {"script", "img", "svg"} & tags
        assert "javascript:" not in re.findall(r'href="([^"]*)"', html).__str__()
        assert "49" not in html  # no template injection: "{{ 7*7 }}" is text
    assert str(escape(payload)) in renderer.render(resume, "classic").html  # shown, as text


@pytest.mark.parametrize("script", sorted(UNICODE_NAMES))
def test_unicode_names_are_kept_exactly(renderer: HtmlRenderer, script: str) -> None:
    name = UNICODE_NAMES[script]
    html = renderer.render({"basics": {"name": name, "summary": f"{name} 🐱"}}, "modern").html
    assert f"<h1>{name}</h1>" in html
    assert "🐱" in html
    assert html.startswith("<!DOCTYPE html>\n<html lang=")


def test_second_call_is_a_cache_hit(renderer: HtmlRenderer, local_caches) -> None:
    resume = load("senior-engineer")
    first = renderer.render(resume, "classic")
    second = renderer.render(json.loads(json.dumps(resume)), "classic")  # an equal, not identical, dict
    assert renderer.renders == 1
    assert second.html == first.html
    assert local_caches.get_template_cache().stats()["hits"] >= 1


def test_key_carries_theme_version_and_hash(renderer: HtmlRenderer, local_caches) -> None:
    result = renderer.render(load("new-grad"), "compact")
    key = f"render:compact:{get_theme('compact').version}:{result.resume_hash}"
    assert local_caches.get_template_cache().get(key) == result.html
    assert re.fullmatch(r"\d+\.\d+\.\d+-[0-9a-f]{10}", result.template_version)


@pytest.mark.parametrize("name", VALID)
def test_cache_identity_is_the_canonical_resume_hash(name: str) -> None:
    resume = load(name)
    assert identify(resume)[1] == resume_hash(resume)
    assert identify(load_resume(resume))[1] == resume_hash(resume)


def test_an_invalid_resume_is_never_cached(renderer: HtmlRenderer, local_caches) -> None:
    for _ in range(2):
        with pytest.raises(InvalidResumeError):
            renderer.render({"basics": {"email": "not-an-email"}}, "classic")
    assert renderer.renders == 0
    assert local_caches.get_template_cache().stats()["size"] == 0


def test_unknown_template_is_a_404_naming_the_available_ones(renderer: HtmlRenderer) -> None:
    with pytest.raises(UnknownTemplateError) as exc:
        renderer.render(load("new-grad"), "fancy")
    assert exc.value.status == 404
    assert exc.value.details == {"available": sorted(THEMES)}
    assert "classic, compact, modern" in exc.value.message


def test_templates_list_has_ids_descriptions_and_versions() -> None:
    listed = HtmlRenderer.templates()
    assert [t["id"] for t in listed] == sorted(THEMES)
    assert all(t["description"] and t["version"] for t in listed)
    assert len(all_themes()) >= 3


def test_default_theme_when_none_given(renderer: HtmlRenderer) -> None:
    assert renderer.render(load("new-grad"), None).template_id == "classic"


@pytest.mark.parametrize("theme", THEMES)
def test_an_untitled_entry_shows_its_dates_and_no_empty_heading(renderer: HtmlRenderer, theme: str) -> None:
    # GIVEN an education entry with no institution (only dates and a score)
    html = renderer.render(load("hackmyresume-jane-incomplete"), theme).html
    # THEN no empty h3 is written, and its dates are there
    assert "<h3></h3>" not in html
    assert re.search(r"<h3>\s*</h3>", html) is None
    assert "<time>Sep 2005 – May 2008</time>" in html


@pytest.mark.parametrize("theme", THEMES)
def test_dates_follow_the_title_they_belong_to(renderer: HtmlRenderer, theme: str) -> None:
    html = renderer.render(load("career-changer"), theme).html
    # title first, then its dates, in one entry head (reading order for ATS parsers and screen readers)
    assert re.search(r'<div class="head"><h3>.*?</h3><p class="dates"><time>Aug 2024 – Apr 2025</time></p></div>', html)


def test_print_css_breaks_between_entries_not_whole_sections(renderer: HtmlRenderer) -> None:
    # a whole section kept on one page left a third of a page blank before long sections (seen when printing)
    html = renderer.render(load("senior-engineer"), "modern").html
    print_css = re.sub(r"/\*.*?\*/", "", html.split("@media print", 1)[1].split("</style>", 1)[0], flags=re.S)
    avoid_inside = re.findall(r"([^{}]+)\{[^}]*break-inside:\s*avoid", print_css)
    assert avoid_inside
    assert all("section" not in rule for rule in avoid_inside)
    assert re.search(r"h2[^{]*\{[^}]*break-after:\s*avoid", print_css)


def test_japanese_resume_has_japanese_headings(renderer: HtmlRenderer) -> None:
    doc = outline(renderer.render(load("japanese-cv-sample"), "classic").html)
    assert doc.html_lang == "ja"
    assert doc.headings["h2"][:2] == ["職務要約", "プロジェクト"]
