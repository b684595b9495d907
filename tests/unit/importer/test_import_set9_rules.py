"""Rules set 9 (held out until measured, then tuned on) showed were needed: JSON Resume themes' sidebars and
skill blocks, a monogram over the name, a Spanish résumé's places, roles and run-in skill labels."""

from __future__ import annotations

from resume_autofix.importer.basics import parse_header
from resume_autofix.importer.contacts import parse_contacts
from resume_autofix.importer.guard import Guard
from resume_autofix.importer.layout import _gutter
from resume_autofix.importer.lines import Line
from resume_autofix.importer.lists import skill_group, skills
from resume_autofix.importer.places import LOCATION
from resume_autofix.importer.roles import institution_score, position_score
from resume_autofix.importer.segments import Segment


def test_a_right_aligned_sidebar_down_the_page_is_a_column_and_a_contact_block_beside_the_name_is_not() -> None:
    def seg(text: str, x0: float, x1: float, top: float) -> Segment:
        return Segment(text, x0, x1, top, 9.0, False, len(text))

    body = [seg("Experience at a company that did things " + str(i), 50, 380, 100 + 20 * i) for i in range(20)]
    sidebar = [seg(f"Skill number {i}", 560 - 10 * (i % 4) - 60, 560, 100 + 20 * i) for i in range(20)]
    assert _gutter(body + sidebar) is not None
    # the same right-aligned block only beside the first lines (moderncv's contacts), and a page number at the foot
    texts = ["street and number", "postcode city", "country", "+1 (234) 567 890", "john@doe.org", "www.jd.com", "jd"]
    contacts = [seg(text, 560 - 5 * len(text), 560, 100 + 12 * i) for i, text in enumerate(texts)]
    assert _gutter([*body, *contacts, seg("1/4", 545, 560, 700)]) is None


def test_a_skill_printed_as_a_heading_a_level_and_its_keywords() -> None:
    lines = [Line("MASTER", size=12, bold=True), Line("HTML"), Line("CSS"), Line("JAVASCRIPT")]
    assert skill_group(lines, "WEB DEVELOPMENT") == {
        "name": "WEB DEVELOPMENT",
        "level": "MASTER",
        "keywords": ["HTML", "CSS", "JAVASCRIPT"],
    }
    assert skill_group([Line("Ferrets"), Line("Unicorns")], "WILDLIFE") is None  # no level: not a skill


def test_an_address_cut_by_a_narrow_column_is_joined_and_allowed() -> None:
    basics: dict = {}
    parse_contacts([Line("RICHARD.HENDRIKS@PIEDPIP"), Line("ER.COM"), Line("(912) 555-4321")], basics, [])
    assert basics["email"] == "RICHARD.HENDRIKS@PIEDPIPER.COM"
    assert Guard("ABOUT\nRICHARD.HENDRIKS@PIEDPIP\nER.COM").allows("email", basics["email"])
    assert not Guard("Java\nScript").allows("name", "Java Script Expert")
    basics = {}
    parse_contacts([Line("jane@example.com"), Line("example.org")], basics, [])
    assert basics["email"] == "jane@example.com"


def test_initials_set_large_over_the_name_are_not_the_name() -> None:
    basics, _rest, _prose = parse_header([Line("AD", size=60), Line("ALEX DOE", size=18), Line("Engineer", size=14)])
    assert basics["name"] == "ALEX DOE"


def test_a_spanish_resume_places_roles_schools_and_run_in_skill_labels() -> None:
    assert LOCATION.match("Mountain View, California, EUA")
    assert position_score("Profesor") > 0
    assert institution_score("Facultad de Estudio Superiores de Acatlán") > 0
    found = skills([Line("APIs / Frameworks  OpenGL, Qt, CUDA", bold=True)])
    assert found == [{"name": "APIs / Frameworks", "keywords": ["OpenGL", "Qt", "CUDA"]}]


def test_a_japanese_rirekisho_pairs_its_event_rows_and_names_the_person() -> None:
    from resume_autofix.importer.dates import find_dates  # noqa: PLC0415
    from resume_autofix.importer.forms import entries_of  # noqa: PLC0415

    # a year cell, then a month cell, is a month
    assert [d.start for d in find_dates("2010  04  東京工業大学・入学")] == ["2010-04"]
    assert [d.start for d in find_dates("2019  12 engineers")] == ["2019"]  # a month needs its own cell
    rows = [
        Line("2010  04  東京工業大学・コンピューターサイエンス・学士・入学", size=8),
        Line("2014  03  東京工業大学・コンピューターサイエンス・学士・卒業", size=8),
        Line("2014  04  東京都千代田区・株式会社デジタルフロンティア・ソフトウェアエンジニア・入社", size=8),
        Line("2018  03  東京都千代田区・株式会社デジタルフロンティア・ソフトウェアエンジニア・退社", size=8),
        Line("2018  04  東京都渋谷区・テックイノベーション株式会社・エンジニア・入社・現在に至る", size=8),
    ]
    entries = entries_of(rows, body=8, typography=True)
    got = [(e.parts, e.location, e.date.start, e.date.end, e.date.present) for e in entries if e.date]
    assert got == [
        (["東京工業大学", "コンピューターサイエンス", "学士"], None, "2010-04", "2014-03", False),
        (["株式会社デジタルフロンティア", "ソフトウェアエンジニア"], "東京都千代田区", "2014-04", "2018-03", False),
        (["テックイノベーション株式会社", "エンジニア"], "東京都渋谷区", "2018-04", None, True),
    ]
    # the form's title is not the name; the largest name-like line is
    basics, _rest, _prose = parse_header([Line("履歴書", size=18), Line("氏 名", size=10), Line("田中 花子", size=16)])
    assert basics["name"] == "田中 花子"


def test_a_skill_group_with_a_french_or_spanish_level_word() -> None:
    lines = [Line("Avancé"), Line("Python"), Line("SQL")]
    assert skill_group(lines, "DÉVELOPPEMENT") == {
        "name": "DÉVELOPPEMENT",
        "level": "Avancé",
        "keywords": ["Python", "SQL"],
    }
    assert skill_group([Line("Experto"), Line("React")], "FRONTEND")["level"] == "Experto"  # type: ignore[index]
