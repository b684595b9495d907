"""A left margin of headings and entry titles beside their content is read block by block."""

from __future__ import annotations

from resume_autofix.importer.lines import Line
from resume_autofix.importer.margin import margin_order


def _left(text: str, top: float) -> Line:
    return Line(text, 7.8, column=1, top=top, x0=92.6, x1=170.0)


def _right(text: str, top: float) -> Line:
    return Line(text, 7.8, column=2, top=top, x0=188.6, x1=500.0)


def test_each_title_block_in_the_margin_is_followed_by_the_lines_beside_it() -> None:
    # GIVEN "EXPERIENCE" and "EDUCATION" in the margin, each job's title, place and dates under it, and each job's
    # description on the right, level with its title
    left = [
        _left("EXPERIENCE", 100),
        _left("Freelancer", 120),
        _left("Remote", 130),
        _left("Since Sept. 2016", 140),
        _left("Software Engineer", 170),
        _left("OWI Technologies", 180),
        _left("April 2009 to May 2012", 190),
        _left("EDUCATION", 220),
        _left("Sept. 2000 to Dec. 2005", 240),
    ]
    right = [
        _right("PHP, WordPress, MySQL, Nginx, Redis, Ansible, Linux", 120),
        _right("Development of CMS websites for non-profit organizations and small businesses.", 130),
        _right("Java, JavaScript, Ext JS, C++, wxWidgets, MySQL", 170),
        _right("Implementation of the HTTP API of a text mining system, using Java.", 180),
        _right("MSc Electrical and Computer Engineering", 240),
        _right("Porto University, Portugal", 250),
    ]
    ordered = margin_order(left, right)
    assert ordered is not None
    assert [line.text for line in ordered] == [
        "EXPERIENCE",
        "Freelancer",
        "Remote",
        "Since Sept. 2016",
        "PHP, WordPress, MySQL, Nginx, Redis, Ansible, Linux",
        "Development of CMS websites for non-profit organizations and small businesses.",
        "Software Engineer",
        "OWI Technologies",
        "April 2009 to May 2012",
        "Java, JavaScript, Ext JS, C++, wxWidgets, MySQL",
        "Implementation of the HTTP API of a text mining system, using Java.",
        "EDUCATION",
        "Sept. 2000 to Dec. 2005",
        "MSc Electrical and Computer Engineering",
        "Porto University, Portugal",
    ]


def test_a_sidebar_with_headings_of_its_own_on_both_sides_stays_two_columns() -> None:
    left = [_left("SKILLS", 100), _left("Python", 110), _left("LANGUAGES", 130), _left("English", 140)]
    right = [_right("EXPERIENCE", 100), _right("Engineer, Acme Corp 2019 - 2022", 110), _right("Built things.", 120)]
    assert margin_order(left, right) is None
