"""Markdown-ish emphasis: rendered safely, everything else stays text."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from resume_autofix.render.markup import Run, parse, plain, to_html

ALLOWED_TAG = re.compile(r"</?(strong|em|a)>|<a href=\"[^\"<>]*\">|<br>")


def test_bold_italic_and_links() -> None:
    assert parse("**bold** and *it* and [x](https://e.com)") == (
        Run("bold", bold=True),
        Run(" and "),
        Run("it", italic=True),
        Run(" and "),
        Run("x", url="https://e.com"),
    )


def test_bold_inside_a_link_from_the_fresh_resume() -> None:
    runs = parse("for [**Quantum Diorama**](https://en.wikipedia.org/wiki/Vaporware), a suite")
    assert Run("Quantum Diorama", bold=True, url="https://en.wikipedia.org/wiki/Vaporware") in runs
    assert plain("for [**Quantum Diorama**](https://x.io), a suite") == "for Quantum Diorama, a suite"


def test_plain_inline_tags_become_emphasis() -> None:
    assert to_html("a <strong>b</strong> <i>c</i>") == "a <strong>b</strong> <em>c</em>"


def test_snake_case_and_lone_markers_stay_text() -> None:
    assert plain("my_var_name and 2 * 3 * 4") == "my_var_name and 2 * 3 * 4"
    assert plain("**unclosed") == "**unclosed"


def test_scripts_and_attributes_stay_text() -> None:
    html = to_html('<script>alert(1)</script><b onclick="x()">y</b><img src=x onerror=alert(1)>')
    for tag in ("<script", "<img", "<b "):
        assert tag not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_javascript_links_are_not_links() -> None:
    html = to_html("[click](javascript:alert(1))")
    assert "href" not in html
    assert "[click](javascript:alert(1))" in html


PIECES = [*"<>\"'&*_[]()/ab: \n", "<script>", "</b>", "<b>", "](http://x)", "<br>"]


@settings(max_examples=50)
@given(st.lists(st.sampled_from(PIECES)).map("".join))
def test_any_text_yields_only_the_allowed_tags(value: str) -> None:
    html = str(to_html(value))
    assert "<" not in ALLOWED_TAG.sub("", html)
