"""A known heading right over headings no vocabulary knows, all in one style ("Skills" over "IT" and "Design"):
those are its groups, not sections of their own whose lines would be lost."""

from __future__ import annotations

from resume_autofix.importer import import_resume

_MD = """# Jane Doe
jane@example.com

## Skills

## IT

LibreOffice, GIMP, Inkscape

## Design

Figma, Sketch

## Experience

### Designer, Acme Corp
2019 - 2021
"""


def _skills(resume: dict) -> set[str]:
    return {k for s in resume.get("skills", []) for k in [s.get("name", ""), *s.get("keywords", [])] if k}


def test_unknown_headings_right_under_skills_are_its_groups() -> None:
    result = import_resume(_MD.encode(), "cv.md")
    assert {"LibreOffice", "GIMP", "Inkscape", "Figma", "Sketch"} <= _skills(result.resume)
    assert not any('"IT"' in w or '"Design"' in w for w in result.warnings)
    assert result.resume["work"][0]["name"] == "Acme Corp"


def test_an_unknown_heading_after_a_skills_section_with_lines_is_still_its_own() -> None:
    text = _MD.replace("## Skills\n\n## IT\n", "## Skills\n\nPython, SQL\n\n## Hobbies and other things\n")
    result = import_resume(text.encode(), "cv.md")
    assert "LibreOffice" not in _skills(result.resume)


def test_a_level_drawn_or_said_after_a_skill_is_its_level_not_a_skill() -> None:
    text = "# Jane Doe\njane@example.com\n\n## Skills\n\nPython\n\nExpert\n\nFigma\n\n80%\n\nRuby\n\n★★★\n"
    skills = import_resume(text.encode(), "cv.md").resume["skills"]
    assert skills == [
        {"name": "Python", "level": "Expert"},
        {"name": "Figma", "level": "80%"},
        {"name": "Ruby", "level": "★★★"},
    ]


def test_programming_is_a_skills_heading_and_its_sibling_groups_stay_with_it() -> None:
    text = (
        "Jane Doe\njane@example.com\n\nPROGRAMMING\nAdvanced  CoffeeScript, PHP 5, SQL\nBasic  Sass, jQuery\n\n"
        "EXPERIENCE\nEngineer, Acme  2019 – 2021\n"
    )
    assert {"CoffeeScript", "PHP 5", "SQL", "Sass", "jQuery"} <= _skills(import_resume(text.encode(), "cv.txt").resume)
