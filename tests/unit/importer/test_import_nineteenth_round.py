"""Nineteenth round (held-out sets 116-120: random samples, one of them of résumés not in English)."""

from __future__ import annotations

import dataclasses
import functools

from resume_autofix.importer import import_resume
from resume_autofix.importer.datedlists import dated_bullets
from resume_autofix.importer.dates import find_dates
from resume_autofix.importer.letter import strip_running_feet
from resume_autofix.importer.lines import Line
from resume_autofix.importer.marginheadings import centred_margin_headings
from resume_autofix.importer.rawentry import is_short
from resume_autofix.importer.roles import degree_score
from resume_autofix.importer.wraps import title_wraps, wraps_title
from tests.unit.importer.texts import section_resume


def _markdown(text: str) -> dict:
    return import_resume(text.encode(), "cv.md").resume


def test_a_section_that_is_one_list_of_dated_items_stays_one_entry_per_item_with_a_note_after_it() -> None:
    # GIVEN a Markdown education list, each item "degree · school · year", then an undated note under the list
    resume = _markdown(
        "# Jane Doe\njane@example.com\n\n## Education\n"
        "- **BA, Philosophy and English** · University of California, Santa Barbara · 1995\n"
        "- **Certificate in Professional Editing** · UC Berkeley Extension · 2023\n\n"
        "**Writing:** Short fiction published in Fourteen Hills.\n"
    )
    # THEN each item is a school of its own, as it is without the note
    assert [(s.get("institution"), s.get("studyType"), s.get("endDate")) for s in resume["education"]] == [
        ("University of California, Santa Barbara", "BA", "1995"),
        ("UC Berkeley Extension", "Certificate", "2023"),
    ]


def test_a_body_line_that_ends_near_the_edge_does_not_wrap_into_the_next_title() -> None:
    # (the review of the nineteenth round: allowing the space before the next word as well made a description's
    # last line, ending within a space of the edge, the first line of the next job's title; taken back)
    line = Line("in Europe using Python and PostgreSQL with Celery and Redis", size=10, x0=50, x1=360.9)
    below = Line("Analyst, Foo Inc, 2017 - 2018", size=10, x0=50, x1=196.7)
    assert not title_wraps(line, below, {(0, 0): 402.7})


def test_a_forms_name_label_in_a_cell_of_its_own_is_no_name() -> None:
    # GIVEN a Word form's header: each row a label cell and its value, the first row the name's
    resume = import_resume(
        b"Name    Ahmed Khalil Abd El-Hafiez Mohammad\nPlace    Cairo\nPhone    +201092943543\n"
        b"Mail    ahmed@example.com\n\nSkills\nC#, SQL\n",
        "cv.txt",
    ).resume
    # THEN the name is the value, not the label
    assert resume["basics"]["name"] == "Ahmed Khalil Abd El-Hafiez Mohammad"
    assert resume["basics"]["phone"] == "+201092943543"


def test_a_job_title_after_the_name_with_no_mark_between_is_the_label() -> None:
    # GIVEN a LaTeX header: the name and the title in one line, told apart only by colour
    resume = import_resume(
        b"ROMAN GUSEV SENIOR SOFTWARE ENGINEER\nroman@example.com\n\nSkills\nReact, Python\n", "cv.txt"
    ).resume
    # THEN the name is the name's words, the title the label
    assert (resume["basics"]["name"], resume["basics"]["label"]) == ("ROMAN GUSEV", "SENIOR SOFTWARE ENGINEER")


def test_a_name_whose_last_word_could_open_a_title_stays_whole() -> None:
    # a title only where it opens with a role's word: "Watson Software Engineer" is no title
    resume = import_resume(b"Mary Jane Watson Software Engineer\nmary@example.com\n", "cv.txt").resume
    assert resume["basics"]["name"] != "Mary Jane"


def test_an_item_that_opens_with_its_dates_over_deeper_lines_is_an_entrys_title() -> None:
    # GIVEN LibreOffice's internship: one item "dates | employer, place", its role and text indented under it
    item = Line("Février 2022-Juin 2022 | BEONTEK TECHNOLOGIES, Agadir, Maroc", size=10.5, x0=34, x1=335, bullet=True)
    role = Line("Développement Web", size=10.5, x0=52, x1=141)
    text = Line("Création d'une plateforme E-Learning pour Soft-Skills avec les", size=11, x0=52, x1=326)
    lines = dated_bullets([item, role, text])
    # THEN the item is a title line, and the role under it no wrap of that title
    assert [line.bullet for line in lines] == [False, False, False]
    assert not wraps_title(lines[0], role, 11.0)
    # (a line set under the title's own start, past the dates, may still be its wrap)
    assert wraps_title(lines[0], dataclasses.replace(role, x0=34), 11.0)


def test_items_that_open_with_their_dates_beside_undated_items_stay_a_list() -> None:
    dated_item = Line("2021 - 2022 | Acme, Berlin", size=10.5, x0=34, x1=300, bullet=True)
    deeper = Line("Engineer", size=10.5, x0=52, x1=120)
    plain_item = Line("Built the billing service", size=10.5, x0=34, x1=300, bullet=True)
    assert dated_bullets([dated_item, deeper, plain_item])[0].bullet


_LINKEDIN_PAGE = """Amadou Cire
amadou@example.com

Experience

Chairman Of The Board
Company Name
APACGAMONDE
Dates Employed
Jan 2016 – Present
Employment Duration
4 yrs 5 mos
Location
Dakar, Senegal

Management Controller
Company Name
Bank of Africa
Dates Employed
Jul 2003 – Aug 2003
Employment Duration
2 mos

Education

Universite Libre de Bruxelles
Degree Name
Doctor of Philosophy - PhD
Field Of Study
Economics
Dates attended or expected graduation
2006 – 2009
"""


def test_a_forms_labels_set_over_their_values_name_the_fields() -> None:
    # GIVEN a LinkedIn profile page copied as text: each label on a line of its own over its value, the role (or the
    # school) on the line over the labels
    resume = import_resume(_LINKEDIN_PAGE.encode(), "profile.txt").resume
    # THEN each entry's fields are the values the labels name, and the line over them what they leave out
    assert [(j["name"], j["position"], j["startDate"], j.get("endDate")) for j in resume["work"]] == [
        ("APACGAMONDE", "Chairman Of The Board", "2016-01", None),
        ("Bank of Africa", "Management Controller", "2003-07", "2003-08"),
    ]
    (school,) = resume["education"]
    assert (school["institution"], school["studyType"], school["area"]) == (
        "Universite Libre de Bruxelles",
        "Doctor of Philosophy - PhD",
        "Economics",
    )


def test_one_label_alone_over_each_entry_is_a_placeholder_not_a_form() -> None:
    # a template's "Company name" under each job's dated title: no form's label
    resume = import_resume(
        b"Jane Doe\njane@example.com\n\nCareer Summary\n2018 - present  Job title\nCompany name\nRole outline\n\n"
        b"2007 - 2018  Job title\nCompany name\nRole outline\n",
        "cv.txt",
    ).resume
    assert [job.get("startDate") for job in resume["work"]] == ["2018", "2007"]


def test_an_icon_a_text_layer_lost_is_no_part_of_the_name_and_parts_the_contacts() -> None:
    # GIVEN a PDF's text pasted as plain text: each icon a U+FFFD
    resume = import_resume(
        "Adhikram Maitra \ufffd\n+91 9836965075 | adhikram@example.com | \ufffd | \ufffd\n\nSkills\nScala\n".encode(),
        "resume.txt",
    ).resume
    assert resume["basics"]["name"] == "Adhikram Maitra"
    assert (resume["basics"]["phone"], resume["basics"]["email"]) == ("+91 9836965075", "adhikram@example.com")


def test_a_field_named_by_a_word_of_its_own_after_the_degree_is_the_field() -> None:
    resume = import_resume(
        b"Jane Doe\njane@example.com\n\nEducation\n"
        b"Yeshiva University - NYC, USA - Master of Science, Artificial Intelligence    May 2024\n"
        b"Carnegie Mellon University - Master of Science, Robotics    May 2020\n",
        "cv.txt",
    ).resume
    assert [(s["institution"], s["studyType"], s.get("area")) for s in resume["education"]] == [
        ("Yeshiva University", "Master of Science", "Artificial Intelligence"),
        ("Carnegie Mellon University", "Master of Science", "Robotics"),
    ]


def test_a_pages_running_foot_is_no_entry() -> None:
    # GIVEN Awesome-CV's page: body lines, then its foot in smaller type, the date, the name, "Résumé" and the number
    body = [Line(f"line {n}", size=10.0, x0=40, x1=300, top=100.0 + 20 * n) for n in range(5)]
    foot = Line("APRIL 10, 2024  ERIC MOSES NGIGI  ·  RÉSUMÉ  1", size=8.0, x0=40, x1=560, top=815.0)
    foot.cells = ["APRIL 10, 2024", "ERIC MOSES NGIGI", "·", "RÉSUMÉ", "1"]
    # THEN the foot is dropped, the body kept
    assert strip_running_feet([*body, foot]) == body
    # (a last line in the body's type, or naming no document, stays)
    assert strip_running_feet([*body, dataclasses.replace(foot, size=10.0)])[-1].size == 10.0
    named_nothing = dataclasses.replace(foot, cells=["APRIL 10, 2024", "Nyeri, Kenya"])
    assert strip_running_feet([*body, named_nothing])[-1] is named_nothing


def test_a_colon_ending_a_name_is_no_part_of_it() -> None:
    resume = import_resume(
        b"Jane Doe\njane@example.com\n\nEducation\n2014-2018 University of Calgary:\n"
        b"Honours Bachelor of Science, Computer Science\n",
        "cv.txt",
    ).resume
    assert resume["education"][0]["institution"] == "University of Calgary"


def _at(text: str, top: float, x0: float = 186.0, size: float = 11.0) -> Line:
    return Line(text, size=size, x0=x0, x1=x0 + 6 * len(text), top=top)


def _opens(lines: list[Line], heading: str, first: str) -> bool:
    """Read in order, ``heading`` comes right before ``first``."""
    out = [line.text for line in centred_margin_headings(lines)]
    return out.index(heading) == out.index(first) - 1


def test_a_margin_heading_level_with_the_middle_of_its_whole_section_goes_before_it() -> None:
    # GIVEN Canva's page: each section name in the left margin, level with the middle of its section's lines, so
    # that read by baseline it comes after the section's first entry
    lines = [
        _at("wbalaile@live.com", 168, x0=246),
        _at("Kiganjani Technologies Company | 2019 - Present", 227),
        _at("Freelance - Web Developer.", 241),
        _at("Met with clients to discuss project requirements", 259),
        _at("Designed and coded websites", 274),
        _at("Integrate SEO on website.", 304),
        _at("Experience", 312, x0=35, size=23.3),
        _at("Qube Elite | 2018 - 2019", 336),
        _at("Internship - Computer Technician.", 350),
        _at("Installation of enterprise software", 379),
        _at("Harvard (via edX), Online. | 2021 - Present", 425),
        _at("Computer Science for Web Programming Certificate", 438),
        _at("University Computing Center | 2017 - 2018", 467),
        _at("Certificate in Information Technology", 480),
        _at("Education", 498, x0=35, size=23.3),
        _at("University of the Free State | 2016", 507),
        _at("Bachelor of Arts", 520),
        _at("Kingswood College | 2014 - 2015", 548),
        _at("High School Certificate", 561),
    ]
    # THEN each name opens its section: after the widest gap above it
    assert _opens(lines, "Experience", "Kiganjani Technologies Company | 2019 - Present")
    assert _opens(lines, "Education", "Harvard (via edX), Online. | 2021 - Present")


def test_a_short_bold_role_ended_with_a_stop_may_be_a_title_line() -> None:
    # Canva's "Internship - Computer Technician." in bold under "Qube Elite, Dar es Salaam. | 2018 - 2019"
    assert is_short(Line("Internship - Computer Technician.", size=11.0, bold=True))
    # a sentence, or a plain line, still ends a title
    assert not is_short(Line("Maintained the office computers.", size=11.0, bold=True))
    assert not is_short(Line("Internship - Computer Technician.", size=11.0))


def test_a_letter_a_text_layer_lost_stays_in_its_word() -> None:
    # (the review: U+FFFD also stands for an accented letter lost, inside a word)
    resume = import_resume(
        "Jane Andr\ufffd\njane@example.com | +57 300 123 4567 | Bogot\ufffd, Colombia\n".encode(), "cv.txt"
    )
    assert resume.resume["basics"]["name"] == "Jane Andr\ufffd"
    assert resume.resume["basics"]["email"] == "jane@example.com"
    assert "o Paulo" not in str(
        import_resume("Jose Garcia\nS\ufffdo Paulo, SP  ·  jose@example.com\n".encode(), "cv.txt").resume
    )


def test_a_margin_heading_beside_its_first_entry_stays_there_when_no_gap_above_stands_out() -> None:
    # (the review: entries parted by a gap as wide as the sections', the heading beside its first job's title)
    at = functools.partial(_at, x0=150.0, size=10.0)
    lines = [
        at("University of Toronto", 110),
        at("Education", 117, x0=40, size=12),
        at("BSc Computer Science, 2015 - 2019", 124),
        at("Graduated with distinction", 138),
        at("Northern Secondary School", 163),
        at("High School Diploma, 2011 - 2015", 177),
        at("Honour roll", 191),
        at("Software Engineer, Acme", 215),
        at("Experience", 222, x0=40, size=12),
        at("2019 - 2021", 229),
        at("Built the billing service", 243),
        at("Led a team of four", 257),
        at("Cut costs by 30%", 271),
        at("Analyst, Foo Inc", 296),
        at("2017 - 2019", 310),
    ]
    assert _opens(lines, "Experience", "Software Engineer, Acme")
    assert _opens(lines, "Education", "University of Toronto")


def test_review_an_employers_industry_word_and_a_club_are_no_field_of_study() -> None:
    # (the review: field words added to the whole vocabulary lost "en Samsung Electronics" and read a club as a field)
    work = section_resume("Ingeniero de Hardware en Samsung Electronics    2018 - 2021\n- Diseño\n", "Experiencia")[
        "work"
    ]
    assert (work[0]["name"], work[0]["position"]) == ("Samsung Electronics", "Ingeniero de Hardware")
    (school,) = section_resume(
        "Bachelor of Science    2016 - 2020\nUniversity of Michigan\nRobotics Club\n", "Education"
    )["education"]
    assert "area" not in school


def test_review_an_undated_line_after_a_dated_list_stays_an_entry() -> None:
    resume = _markdown(
        "# Jane Doe\njane@example.com\n\n## Education\n- BSc Computer Science, University of Leeds, 2019\n"
        "- A-Levels, Leeds Grammar School, 2016\n\nUniversity of York, Exchange semester\n"
    )
    assert any("York" in str(school.get("institution")) for school in resume["education"])


def test_review_a_family_name_that_is_a_trade_stays_with_the_name() -> None:
    resume = import_resume(b"Emily Jane Cook Senior Engineer\nemily@example.com\n", "cv.txt").resume
    assert (resume["basics"]["name"], resume["basics"]["label"]) == ("Emily Jane Cook", "Senior Engineer")


def test_a_skill_that_wraps_after_a_joining_word_goes_on_on_the_next_line() -> None:
    # GIVEN LinkedIn's "Top Skills" in a narrow sidebar: an item wrapped after "und" (or "and")
    resume = section_resume(
        "Reparatur von Hydrauliksystemen\nReparatur von Getrieben und\nKupplungen\nBedienung von Bau- und\n"
        "Landmaschinen\nReporting and\nData Visualisation\n",
        "Skills",
    )
    names = [s.get("name") for s in resume["skills"]] + [k for s in resume["skills"] for k in s.get("keywords", [])]
    assert "Reparatur von Getrieben und Kupplungen" in names
    assert "Bedienung von Bau- und Landmaschinen" in names
    assert "Reporting and Data Visualisation" in names


def test_a_year_in_a_link_is_no_date() -> None:
    assert find_dates("http://www2.eecs.berkeley.edu/Pubs/TechRpts/2018/EECS-2018-2.pdf") == []
    assert find_dates("www.example.org/blog/2021/launch") == []
    # a date beside a link is still one
    (span,) = find_dates("Thesis, May 2018 https://example.org/thesis-2017.pdf")
    assert span.start is not None
    assert str(span.start).startswith("2018")


def test_the_campus_of_an_institute_a_country_runs_in_many_towns_is_part_of_its_name() -> None:
    for school in ("Indian Institute of Technology, Bombay", "National Institute of Technology, Trichy"):
        (item,) = section_resume(f"{school}    2016 - 2020\nB.Tech in Computer Science\n", "Education")["education"]
        assert item["institution"] == school
    # (a town after any other school's name is its place)
    (item,) = section_resume("Stanford University, California    2016 - 2020\nBS\n", "Education")["education"]
    assert item["institution"] == "Stanford University"


def test_a_minor_in_brackets_is_no_part_of_the_field() -> None:
    (school,) = section_resume(
        "University of Texas    2016 - 2020\nB.S. in Computer Engineering (Minor in Economics)\n", "Education"
    )["education"]
    assert (school["studyType"], school["area"]) == ("B.S.", "Computer Engineering")
    assert "Minor in Economics" in school["courses"]


def test_of_after_a_degrees_letters_or_a_diploma_joins_it_to_its_field() -> None:
    for printed, degree, field in (
        ("B.Sc. of Computer Sciences", "B.Sc.", "Computer Sciences"),
        ("Diploma of Math & Physics", "Diploma", "Math & Physics"),
    ):
        (school,) = section_resume(f"University of Texas    2016 - 2020\n{printed}\n", "Education")["education"]
        assert (school["studyType"], school.get("area")) == (degree, field)
    # "of" in a degree's own name stays
    (school,) = section_resume("University of Texas    2016 - 2020\nBachelor of Science\n", "Education")["education"]
    assert school["studyType"] == "Bachelor of Science"


def test_degrees_by_their_letters_in_more_countries_are_degrees() -> None:
    for letters in ("BCS", "MBBS", "BSIT", "MCA", "BASc", "PGDM", "BPharm"):
        assert degree_score(letters) > 0, letters
    # (lower-cased, these are words or a month: no degree by their letters alone)
    for word in ("Bed", "Med", "March", "Bit"):
        assert degree_score(word) <= 0, word
    (school,) = section_resume("BCS in Computer Science\nCarleton University\n", "Education")["education"]
    assert (school["institution"], school["studyType"], school["area"]) == (
        "Carleton University",
        "BCS",
        "Computer Science",
    )
