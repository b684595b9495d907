"""Rules of the thirteenth round: the education fields, and what a held-out wave of people's own CVs showed."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

from resume_autofix.importer import import_resume
from resume_autofix.importer.basics import namelike, parse_header
from resume_autofix.importer.codelangs import of_code
from resume_autofix.importer.contacts import parse_contacts, profile_from_url
from resume_autofix.importer.dateline import dated
from resume_autofix.importer.dates import find_dates
from resume_autofix.importer.fieldrows import field_rows
from resume_autofix.importer.hyphens import mend_broken_words
from resume_autofix.importer.implied import header_skills, trailing_skills
from resume_autofix.importer.jobs import work_items
from resume_autofix.importer.layout import page_lines
from resume_autofix.importer.lines import Line
from resume_autofix.importer.lists import skills
from resume_autofix.importer.pdf import Glyph, PdfPage
from resume_autofix.importer.places import LOCATION, place_tail
from resume_autofix.importer.rawentry import RawEntry
from resume_autofix.importer.roles import field_score, job_score
from resume_autofix.importer.schools import education_items
from resume_autofix.importer.sections import Section, split_sections
from resume_autofix.importer.service import read_document
from resume_autofix.importer.titles import split_title
from resume_autofix.importer.vocabulary import exact_key, vocabulary_key

REAL = Path(__file__).resolve().parents[2] / "data" / "real"


def _school(parts: list[str], paragraphs: list[str]) -> dict[str, object]:
    entry = RawEntry(parts=parts, part_lines=list(range(len(parts))), date=None)
    entry.paragraphs.extend(paragraphs)
    (item,) = education_items([entry])
    return item


def test_a_field_on_the_line_under_its_degree_is_the_area() -> None:
    # GIVEN "Bc." at FEL ČVUT, and "Otevřená informatika" on the line under it
    item = _school(["FEL ČVUT", "Bc."], ["Otevřená informatika", "Základy AI a počítačových věd"])
    # THEN the field is the area, and the next line stays a line of the entry
    assert (item["studyType"], item["area"]) == ("Bc.", "Otevřená informatika")
    assert item["courses"] == ["Základy AI a počítačových věd"]
    # AND how long the studies lasted, beside the field, is no part of it
    potsdam = _school(["Universität Potsdam", "Bachelor of Science"], ["(3 Jahre)  Geowissenschaften"])
    assert potsdam["area"] == "Geowissenschaften"
    # BUT a degree that names its field keeps it, and a minor or a sentence under it is no field
    assert "area" not in _school(["University of Maryland", "B.S. Computer Science"], ["Minor in History"])
    assert "area" not in _school(["University of City", "MASTER PHYSICS"], ["Did awesome physics things"])
    assert "area" not in _school(["Universität Potsdam", "Master of Science"], ["Grenoble"])


def test_fields_in_further_languages_and_german_compounds_are_fields() -> None:
    for field in ("Informatika", "Ingeniería de Sistemas", "Wirtschaftsinformatik", "Rechtswissenschaften"):
        assert field_score(field) > 0, field
    assert field_score("Potsdam") == 0


def test_a_field_cut_on_a_joining_word_goes_on_on_the_next_line() -> None:
    # GIVEN "Ingeniería técnica  informática de" with "(5 años)  sistemas." on the next line
    item = _school(["Universidad Rey Juan Carlos", "Ingeniería técnica en informática de"], ["(5 años)  sistemas."])
    # THEN the field ends with the next line's words, and nothing of that line is left over
    assert item["area"] == "informática de sistemas"
    assert "courses" not in item
    # AND only the words up to a stop or a comma go on; the rest stays a line of the entry
    item = _school(["Uni", "Tecnólogo em Análise e"], ["Desenvolvimento de Sistemas. Curso noturno"])
    assert item["area"] == "Análise e Desenvolvimento de Sistemas"
    assert item["courses"] == ["Curso noturno"]


def _job(*parts: str) -> dict[str, object]:
    (item,) = work_items([RawEntry(parts=list(parts), part_lines=[0] * len(parts), date=find_dates("1995")[0])], "name")
    return item


def test_a_sentence_run_on_after_the_employer_and_a_stop_is_said_of_the_job() -> None:
    # GIVEN "Groupe ESIEE. Reconnaissance de phonèmes par cartes de Kohonen." as the employer's cell
    item = _job("Groupe ESIEE. Reconnaissance de phonèmes par cartes de Kohonen.")
    # THEN the employer is the name before the stop, and the topic opens the job's text
    assert item["name"] == "Groupe ESIEE"
    assert str(item["summary"]).startswith("Reconnaissance de phonèmes")
    # AND a label run on ("University of Illinois at Chicago. Duties:") is no part of the name either
    assert _job("Word processing consultant", "University of Illinois at Chicago. Duties:")["name"] == (
        "University of Illinois at Chicago"
    )
    # BUT a name's own abbreviation, or a unit of the organisation after the stop, stays in the name
    assert _job("Software Architect", "Omnious. Co., Ltd.")["name"] == "Omnious. Co., Ltd."
    planning = "Oficina Nacional de Planificación. Secretariado Técnico de la Presidencia (STP)"
    assert _job("Department manager", planning)["name"] == planning


def _words(text: str, x: float, top: float, size: float = 7.0) -> list[Glyph]:
    glyphs = []
    for word in text.split():
        glyphs.append(Glyph(word, x, x + 0.5 * size * len(word), top, size, False))
        x += 0.5 * size * (len(word) + 1)
    return glyphs


_BODY = "Pied Piper is a multi-platform technology based on a proprietary universal compression algorithm"


def _riga(notes: list[tuple[float, str]]) -> list[Glyph]:
    glyphs = _words("Work Experience", 70, 100, 14)
    for k, company in enumerate(("Pied Piper", "Hooli", "Raviga", "Endframe")):
        top = 130.0 + 90 * k
        glyphs += _words(company, 70, top, 14) + _words("CEO/President", 70, top + 18)
        glyphs += [g for i in range(3) for g in _words(_BODY, 70, top + 28 + 10 * i)]
    contacts = ["Phone: (912) 555-4321", "Email: richard@example.com", "Website: http://example.com", "2712 Broadway"]
    glyphs += [g for k, text in enumerate(contacts) for g in _words(text, 480, 40.0 + 10 * k)]  # above the body
    return glyphs + [g for top, text in notes for g in _words(text, 480, top, 11)]


def test_short_notes_beside_the_left_column_rows_are_read_across() -> None:
    # GIVEN JSON Resume's Riga: each entry's dates (and link, and a skill's level) set far right on its title's row
    riga = REAL / "set59" / "jsonresume-theme-riga-chromium.pdf"
    resume = import_resume(riga.read_bytes(), riga.name).resume
    # THEN the page is read across: the job and the school keep their dates
    assert [(w["name"], w["startDate"], w["endDate"]) for w in resume["work"]][:1] == [("Pied Piper", "2013", "2014")]
    assert [(e["institution"], e["startDate"]) for e in resume["education"]] == [("University of Oklahoma", "2011")]
    # BUT a sidebar whose lines follow one another at its leading is a column, whatever rows it shares
    skills = ["Python and Go", "Rust and C", "SQL databases", "Docker images", "Linux admin", "Kubernetes ops"]
    sidebar = [(130.0 + 10 * k, skill) for k, skill in enumerate([*skills, "AWS cloud", "Git", "CI"])]
    assert page_lines(PdfPage(600, 800, _riga(sidebar)), 0)[1]


def test_a_speciality_after_the_role_on_its_line_is_part_of_the_position() -> None:
    # GIVEN "Software Engineer – Astrodynamics & Satellite Simulation" over "Telespazio VEGA Deutschland GmbH"
    role = "Software Engineer – Astrodynamics & Satellite Simulation"
    entry = RawEntry(
        parts=["Software Engineer", "Astrodynamics & Satellite Simulation", "Telespazio VEGA Deutschland GmbH"],
        part_lines=[0, 0, 1],
        date=find_dates("2017 – 2018")[0],
        cells=[role, "Telespazio VEGA Deutschland GmbH"],
    )
    (item,) = work_items([entry], "name")
    # THEN the role and its speciality are the position as printed, and the employer is the next line's
    assert (item["position"], item["name"]) == (role, "Telespazio VEGA Deutschland GmbH")
    # BUT an employer beside the role, over a line that names no organisation, stays the employer
    entry = RawEntry(
        parts=["Software Engineer", "Google", "Cloud Platform"],
        part_lines=[0, 0, 1],
        date=find_dates("2017 – 2018")[0],
        cells=["Software Engineer – Google", "Cloud Platform"],
    )
    assert work_items([entry], "name")[0]["name"] == "Google"


def test_basic_information_and_project_experiences_are_known_headings() -> None:
    text = (
        "Zhihua Zhong\nBasic Information\nEmail: zhong@example.org\nEducation\nPhD of Artificial Intelligence, "
        "Institute of Science Tokyo  Sep. 2022 - Nowadays\nProject Experiences\nJoint research with Sony (2023-2024)"
    )
    resume = import_resume(text.encode(), "cv.txt").resume
    # THEN the contact heading is no town, and projects are no jobs
    assert "location" not in resume["basics"]
    assert "work" not in resume
    assert resume["projects"]


def _link(paragraph: Any, text: str, url: str) -> None:
    r_id = paragraph.part.relate_to(url, RT.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), r_id)
    run, shown = OxmlElement("w:r"), OxmlElement("w:t")
    shown.text = text
    run.append(shown)
    link.append(run)
    paragraph._p.append(link)


def _pandoc_cv() -> bytes:
    document = docx.Document()
    document.add_heading("Michel de Bree", 1)
    skills = document.add_paragraph("", style="List Bullet")
    _link(skills, "Scrum", "https://www.scrum.org")
    skills.add_run(" / ")
    _link(skills, "Spring Boot", "https://spring.io/projects/spring-boot")
    skills.add_run(" / ")
    _link(skills, "Gitlab", "https://about.gitlab.com")
    _link(document.add_paragraph("", style="List Bullet"), "LinkedIn", "https://nl.linkedin.com/in/micheldebree")
    document.add_heading("Experience", 2)
    jobs = [
        ("2018–now — ", "Legislative rule engine", "Rijkswaterstaat", ["Lead frontend (React / REST)"]),
        ("2016–2018 — ", "Central integration hub", "Rijkswaterstaat", ["Lead Developer (Java 8)"]),
        ("2014–2015 — ", "Online authentication", "ING Bank", ["Backend development (Java / Spring)"]),
        ("2005–2014 — ", "Senior Software Engineer", "E-ID (now DearNova)", ["Java and .NET"]),
    ]
    for k, (dates, title, employer, items) in enumerate(jobs):
        item = document.add_paragraph("", style="List Bullet")
        item.add_run(dates).italic = True
        item.add_run(title).bold = True
        item.add_run(" @ ").bold = k != 1  # the second's employer is a link in plain type
        item.add_run(employer).bold = k != 1
        for text in items:
            document.add_paragraph(text, style="List Bullet 2")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_a_nested_list_of_bold_dated_items_is_a_list_of_jobs_and_only_contact_links_are_read() -> None:
    # GIVEN a CV pandoc wrote from Markdown: "- *2018–now* — **Project** @ Employer" over a nested list
    result = import_resume(_pandoc_cv(), "cv.docx")
    # THEN each bold dated item is a job's title (and so is the one whose employer was no bold link)
    assert [(w["position"], w["name"], w["startDate"]) for w in result.resume["work"]] == [
        ("Legislative rule engine", "Rijkswaterstaat", "2018"),
        ("Central integration hub", "Rijkswaterstaat", "2016"),
        ("Online authentication", "ING Bank", "2014"),
        ("Senior Software Engineer", "E-ID (now DearNova)", "2005"),
    ]
    assert result.resume["work"][0]["highlights"] == ["Lead frontend (React / REST)"]
    # AND a profile's address is read, the links behind skills' names are not
    assert "https://nl.linkedin.com/in/micheldebree" in result.source_text
    assert "spring.io" not in result.source_text
    assert "about.gitlab.com" not in result.source_text


def test_roles_a_comma_lists_before_an_at_sign_are_one_position() -> None:
    assert split_title("Founder, coder, musician, team-lead @ Demoscene") == [
        "Founder, coder, musician, team-lead",
        "Demoscene",
    ]
    assert split_title("PaC/Imtech ICT (now Axians)") == ["PaC/Imtech ICT (now Axians)"]


def test_a_heading_in_a_rows_first_cell_is_a_line_of_its_own() -> None:
    # GIVEN a table row "SELECTED LEADERSHIP | CISV International | Jun 2012 – Present", the heading bold capitals
    document = docx.Document()
    table = document.add_table(rows=2, cols=3)
    table.rows[0].cells[0].paragraphs[0].add_run("SELECTED LEADERSHIP").bold = True
    table.rows[0].cells[1].text, table.rows[0].cells[2].text = "CISV International", "Jun 2012 – Present"
    table.rows[1].cells[0].paragraphs[0].add_run("Languages").bold = True
    table.rows[1].cells[1].text = "Java, Go"
    buffer = io.BytesIO()
    document.save(buffer)
    lines = [line.text for line in read_document(buffer.getvalue(), "cv.docx").lines]
    # THEN the heading is a line of its own over the entry's; a bold group name stays its row's label
    assert lines[:2] == ["SELECTED LEADERSHIP", "CISV International  Jun 2012 – Present"]
    assert lines[2] == "Languages  Java, Go"


def test_spanish_and_portuguese_dates_with_de_and_their_ongoing_words() -> None:
    assert [(s.start, s.end, s.present) for s in find_dates("Tiempo laborado: 7 de Mayo del 2018 – A la fecha")] == [
        ("2018-05", None, True)
    ]
    assert [(s.start, s.end) for s in find_dates("14 de Abril del 2014 – 1 de Mayo del 2018")] == [
        ("2014-04", "2018-05")
    ]
    assert [(s.start, s.present) for s in find_dates("Janeiro de 2020 até o momento")] == [("2020-01", True)]
    assert [(s.start, s.end) for s in find_dates("Marzo 2019 hasta Junio 2020")] == [("2019-03", "2020-06")]
    # BUT a word that is no month before "de" and a year leaves the year alone
    assert [s.start for s in find_dates("Universidad de 2018")] == ["2018"]


_HOJA_DE_VIDA = """EDYLBER SIMANCAS
edylber@example.com
EXPERIENCIA
EMPRESA: SUTHERLAND GLOBAL SERVICES
Cargo: Ingeniero de Soporte Técnico
Soporte técnico para clientes B2C y B2B
Jefe inmediato: Jesus Zagarra
Cargo: Technical Support Manager
Tiempo laborado: 7 de Mayo del 2018 – A la fecha
EMPRESA: SITEL Group
Cargo: Representante de Soporte técnico
Jefe inmediato: Andres Buitrago
Cargo: Gerente de operaciones
Tiempo laborado: 14 de Abril del 2014 – 1 de Mayo del 2018
FORMACION ACADEMICA
ESCUELA COLOMBIANA DE INGENIERIA JULIO GARAVITO. Estudios universitarios. Ingeniero Electrónico 2014. Bogotá.
"""


def test_an_entry_opens_where_its_first_label_comes_again_and_a_labelled_line_is_no_heading() -> None:
    # GIVEN "EMPRESA: …" / "Cargo: …" / a boss's "Cargo: …" / "Tiempo laborado: …" for each job
    resume = import_resume(_HOJA_DE_VIDA.encode(), "hoja.txt").resume
    # THEN each "EMPRESA:" opens a job; its first "Cargo:" is the position, the boss's is a line of the job
    assert [(w["name"], w["position"], w["startDate"], w.get("endDate")) for w in resume["work"]] == [
        ("SUTHERLAND GLOBAL SERVICES", "Ingeniero de Soporte Técnico", "2018-05", None),
        ("SITEL Group", "Representante de Soporte técnico", "2014-04", "2018-05"),
    ]
    assert "Cargo: Technical Support Manager" in resume["work"][0]["summary"]
    # AND a title of short sentences parts at each stop
    assert split_title("ESCUELA COLOMBIANA DE INGENIERIA. Estudios universitarios. Ingeniero Electrónico") == [
        "ESCUELA COLOMBIANA DE INGENIERIA",
        "Estudios universitarios",
        "Ingeniero Electrónico",
    ]


_GRADUATED = """Brandon Clothier
brandon@example.com
EDUCATION
Eastern Kentucky University – Richmond, KY  Bachelor of Science: Computer Science
GPA: 3.74 cumulative
Graduated: June 2016  Upsilon Pi Epsilon Honor Society
Somerset Community College – Somerset, KY  Associate in Applied Science: Diesel Technology
GPA: 3.72 cumulative
Graduation: May 2010
OTHER EXPERIENCE
Snappy Tomato Pizza – Somerset, KY  7/2010 - Present
Delivery Driver / Pizza Cook / Cashier
Take customers’ orders over phone.
"""


def test_dates_labelled_under_each_title_are_the_entrys_and_roles_a_slash_lists_are_one_position() -> None:
    resume = import_resume(_GRADUATED.encode(), "cv.txt").resume
    # THEN each school keeps the year its "Graduated:" line gives, and the honour stays a line of it
    assert [(e["institution"], e["endDate"]) for e in resume["education"]] == [
        ("Eastern Kentucky University", "2016-06"),
        ("Somerset Community College", "2010-05"),
    ]
    assert "Upsilon Pi Epsilon Honor Society" in resume["education"][0]["courses"]
    # AND roles held at once, a slash between them, are one position
    assert resume["work"][0]["position"] == "Delivery Driver / Pizza Cook / Cashier"


def test_a_name_a_converter_set_in_two_cells_is_one_name() -> None:
    lines = [
        Line("Mohit  Sharma  Email : mohit@example.com"),
        Line("https://www.example.com  Mobile : +1-718-839-4254"),
    ]
    basics, _rest, _prose = parse_header(lines)
    assert basics["name"] == "Mohit Sharma"
    assert "location" not in basics
    # BUT a town in the cell after the name stays the town
    basics, _rest, _prose = parse_header([Line("Mohit  Berlin  mohit@example.com")])
    assert basics["name"] == "Mohit"


def test_a_degree_after_the_name_and_a_job_after_a_middle_dot_are_no_part_of_the_name() -> None:
    for line, name in (
        ("Ariel Anders PhD", "Ariel Anders"),
        ("Jane Doe MBA", "Jane Doe"),
        ("Daniel Krsiak · React Developer", "Daniel Krsiak"),
    ):
        basics, _rest, _prose = parse_header([Line(line, size=18.0), Line("jane@example.com")])
        assert basics["name"] == name, line
    basics, _rest, _prose = parse_header([Line("Daniel Krsiak · React Developer", size=18.0)])
    assert basics["label"] == "React Developer"
    # BUT a family name that is an abbreviation's letters stays ("Mary Ann MD" is rare; "Lee Md" is a name)
    assert parse_header([Line("Lee Md", size=18.0)])[0]["name"] == "Lee Md"


def test_a_title_broken_at_a_hyphen_before_its_dates_goes_on_on_the_next_line() -> None:
    lines = mend_broken_words([Line("ΞΕΝΟΔΟΧΕΙΑΚΑΙ ΕΠΙ-  08/2019"), Line("ΧΕΙΡΗΣΕΙΣ Κ ΜΗΤΣΗΣ ΑΕ"), Line("Κως, Ελλάδα")])
    assert [line.cells for line in lines] == [
        ["ΞΕΝΟΔΟΧΕΙΑΚΑΙ ΕΠΙΧΕΙΡΗΣΕΙΣ Κ ΜΗΤΣΗΣ ΑΕ", "08/2019"],
        ["Κως, Ελλάδα"],
    ]
    # AND a town and its country in the country's own language is a place
    assert LOCATION.match("Κως, Ελλάδα")
    assert LOCATION.match("Kraków, Polska")


def test_greek_headings_and_years_beside_a_skill() -> None:
    for heading, key in (("Εργασιακή Εμπειρία", "work"), ("Γνώσεις", "skills"), ("Επικοινωνία", "contact")):
        assert exact_key(heading) == key
    # "Python  5+  χρόνια": the years a skill was used, the number flush right, are its level, no skill
    assert skills([Line("Python  5+  χρόνια", labels=frozenset({1})), Line("Dart  4+  χρόνια")]) == [
        {"name": "Python", "level": "5+ χρόνια"},
        {"name": "Dart", "level": "4+ χρόνια"},
    ]


def test_a_study_or_work_mode_after_a_middle_dot_is_no_part_of_the_name() -> None:
    assert _job("Deep Learning Engineer", "STABL Energy · Частичная занятость")["name"] == "STABL Energy"
    item = _school(["Технический Университет Мюнхена · Очная форма", "Магистр факультета Информатики"], [])
    assert (item["institution"], item["studyType"], item["area"]) == (
        "Технический Университет Мюнхена",
        "Магистр",
        "Информатики",
    )
    # AND an exchange in brackets after the degree is no school
    assert split_title("Магистр факультета Информатики (Академический Обмен)") == [
        "Магистр факультета Информатики (Академический Обмен)"
    ]


def test_dates_followed_by_how_long_they_lasted_still_mirror_the_line_below() -> None:
    typst = REAL / "set84" / "tensorush-cv-typst-ru.pdf"  # "Январь — Март 2023 (3 месяца)" over "STABL Energy  …"
    work = import_resume(typst.read_bytes(), typst.name).resume["work"]
    assert [(w["name"], w["position"]) for w in work] == [
        ("STABL Energy", "Cloud Software Engineer (Python/Rust/SQL)"),
        ("Phygitalism", "Deep Learning Engineer (Python/C++/CUDA)"),
    ]


def test_a_town_with_its_states_code_after_a_dash_and_a_place_with_its_mode_are_places() -> None:
    for place in ("Santa Cruz do Sul – RS, Brazil", "São Paulo - SP", "London, UK · Remote"):
        assert LOCATION.match(place), place
    # BUT a role and a department's letters after a dash are no place
    assert not LOCATION.match("Software Engineer - QA")
    text = (
        "Dalvan Carvalho\ncontact@example.com\nPROFESSIONAL EXPERIENCE\n"
        "Research and Mapping Agent III  Santa Cruz do Sul – RS, Brazil  05/2017 – 07/2019\nTopocart Engenharia\n"
        "Coordinated office teams in Manaus.\n"
    )
    (item,) = import_resume(text.encode(), "cv.txt").resume["work"]
    assert (item["name"], item["position"], item["location"]) == (
        "Topocart Engenharia",
        "Research and Mapping Agent III",
        "Santa Cruz do Sul – RS, Brazil",
    )


def test_the_degrees_letters_after_it_are_no_school() -> None:
    entry = RawEntry(
        parts=["Bachelor of Engineering", "BE", "Civil Engineering"], part_lines=[0, 0, 0], date=find_dates("2018")[0]
    )
    entry.paragraphs.append("University of Santa Cruz do Sul – UNISC")
    (item,) = education_items([entry])
    assert (item["institution"], item["studyType"], item["area"]) == (
        "University of Santa Cruz do Sul – UNISC",
        "Bachelor of Engineering",
        "Civil Engineering",
    )


def test_portuguese_habilidade_years_and_agora_and_a_schools_subjects_after_a_comma() -> None:
    assert exact_key("HABILIDADE") == "skills"
    assert [(s.start, s.present) for s in find_dates("2020 - agora")] == [("2020", True)]
    assert skills([Line("Linux  10+ anos")]) == [{"name": "Linux", "level": "10+ anos"}]
    school = "Instituto Federal de Educação, Ciência e Tecnologia de Pernambuco"
    assert split_title(school) == [school]
    # BUT a field after a school's comma is still a part of its own
    assert split_title("Princeton University, Computer Science") == ["Princeton University", "Computer Science"]


_ASSIGNMENTS = """Adedoyin Adekoniye
michael@example.com
PROFESSIONAL EXPERIENCE
Schoolville Limited  November 2018 – Present
Job Assignment: Full Stack .Net Web Developer, Database Admin,
Programming Instructor.
High Tech Synergy, Magodo, Lagos.  September 2016
Job Assignment: Technical Support Staff, Database Manager.
"""


def test_a_labelled_role_wins_over_a_town_read_as_the_role_and_goes_on_after_a_comma() -> None:
    work = import_resume(_ASSIGNMENTS.encode(), "cv.txt").resume["work"]
    assert [(w["name"], w["position"]) for w in work] == [
        ("Schoolville Limited", "Full Stack .Net Web Developer, Database Admin, Programming Instructor"),
        ("High Tech Synergy", "Technical Support Staff, Database Manager"),
    ]


def test_a_degree_class_two_towns_after_a_school_and_a_certificate_line_under_it() -> None:
    item = _school(
        ["Tai Solarin University of Education, Ijagun, Ijebu-Ode.", "B. Sc. (Second Class Upper Division)"],
        ["Computer Science."],
    )
    assert (item["institution"], item["location"]) == ("Tai Solarin University of Education", "Ijagun, Ijebu-Ode")
    assert (item["studyType"], item["area"]) == ("B. Sc.", "Computer Science")
    assert "Second Class Upper Division" in item["courses"]
    # AND a line under a school that ends in what it earned is its qualification, whole
    high = _school(["Coker Area Comprehensive High School"], ["West African Secondary School Certificate."])
    assert high["studyType"] == "West African Secondary School Certificate"


def test_a_role_with_a_preposition_after_it_is_the_role_whatever_follows() -> None:
    item = _job("Researcher with the Learning and Intelligent Systems", "CSAIL MIT")
    assert (item["position"], item["name"]) == ("Researcher with the Learning and Intelligent Systems", "CSAIL MIT")
    assert job_score("Bank of America") < 0 < job_score("Head of Engineering Systems")


def test_two_degrees_joined_after_their_field_are_the_degree() -> None:
    item = _school(["Computer Science SM and PhD", "Massachusetts Institute of Technology"], [])
    assert (item["studyType"], item["area"]) == ("SM and PhD", "Computer Science")


def test_a_heading_in_a_word_processors_label_column_leaves_the_first_line_in_body_type() -> None:
    # GIVEN a table whose first column names the sections beside their first lines, the body in 9 pt
    document = docx.Document()
    document.add_paragraph("John Henry")
    for _ in range(6):
        document.add_paragraph().add_run("Lorem ipsum dolor sit amet, consectetur adipiscing elit.").font.size = Pt(9)
    table = document.add_table(rows=4, cols=2)
    rows = [
        ("Employment History", "Awesome Company  Senior Software Engineer"),
        ("", "May 2008-Present"),
        ("Educational History", "University of Awesomeness"),
        ("", "Bachelor of Science, Computer Science 1999-2003"),
    ]
    for row, (head, text) in zip(table.rows, rows, strict=True):
        row.cells[0].text, row.cells[1].text = head, text
    buffer = io.BytesIO()
    document.save(buffer)
    resume = import_resume(buffer.getvalue(), "cv.docx").resume
    # THEN the school beside "Educational History" is the school, not a section of its own
    assert [e["institution"] for e in resume["education"]] == ["University of Awesomeness"]


def test_the_name_over_a_us_address_after_a_letters_signature_heads_the_resume() -> None:
    text = (
        "John Henry\nDear Lorem ipsum,\nLorem ipsum dolor sit amet, consectetur adipiscing elit.\nSincerely,\n"
        "John Henry\nJohn Henry\nSome Street Address Jones Springs, MO 65018\nyour.email@gmail.com, 555-555-5555\n"
        "Employment History\nAwesome Company  Senior Software Engineer  May 2008-Present\n"
    )
    result = import_resume(text.encode(), "cv.txt")
    assert result.resume["basics"]["name"] == "John Henry"
    assert any("cover letter" in w for w in result.warnings)


def test_a_town_the_employers_name_holds_is_its_place_and_a_work_experience_note_no_part_of_the_role() -> None:
    item = _job("Student Ambassador", "Edinburgh Napier University, Edinburgh")
    assert (item["name"], item["location"]) == ("Edinburgh Napier University", "Edinburgh")
    assert _job("Work Floor Assistant (Work Experience)", "HM Revenue & Customs")["position"] == "Work Floor Assistant"
    # BUT how the job was held stays with the role as printed
    assert _job("Software Engineer (Part-time)", "Major League Hacking")["position"] == "Software Engineer (Part-time)"


def test_a_person_a_school_is_named_for_and_degrees_named_with_in_or_of() -> None:
    assert place_tail("Université Toulouse III – Paul Sabatier, France") == (
        "Université Toulouse III – Paul Sabatier",
        "France",
    )
    assert place_tail("Nexus AI – San Francisco, CA") == ("Nexus AI", "San Francisco, CA")
    aas = _school(["Somerset Community College", "Associate in Applied Science", "Diesel Technology"], [])
    assert (aas["studyType"], aas["area"]) == ("Associate in Applied Science", "Diesel Technology")
    phd = _school(["Institute of Science Tokyo", "PhD of Artificial Intelligence"], [])
    assert (phd["studyType"], phd["area"]) == ("PhD", "Artificial Intelligence")
    bsc = _school(["Eastern Kentucky University", "Bachelor of Science: Computer Science"], [])
    assert (bsc["studyType"], bsc["area"]) == ("Bachelor of Science", "Computer Science")


def test_two_degrees_each_with_its_field_in_one_cell_are_two_entries() -> None:
    text = (
        "David Wickes\ndavid@example.com\nEducation\n"
        "2000 - 2005   University of Warwick   BA Philosophy (1:1), MA Continental Philosophy\n"
    )
    education = import_resume(text.encode(), "cv.txt").resume["education"]
    assert [(e["institution"], e["studyType"], e["area"], e["startDate"]) for e in education] == [
        ("University of Warwick", "BA", "Philosophy", "2000"),
        ("University of Warwick", "MA", "Continental Philosophy", "2000"),
    ]
    # BUT a degree's name and its field stay one entry
    one = _school(["University of Warwick", "Bachelor of Arts in Philosophy"], [])
    assert (one["studyType"], one["area"]) == ("Bachelor of Arts", "Philosophy")


def test_an_organisation_and_its_unit_after_a_long_dash_are_the_employer() -> None:
    def job(cell: str, parts: list[str]) -> dict[str, object]:
        entry = RawEntry(parts=parts, part_lines=[0] * len(parts), date=find_dates("2021 – 2022")[0], cells=[cell])
        return work_items([entry], "name")[0]

    usaf = job("Software Developer  USAF — Platform One", ["Software Developer", "USAF", "Platform One"])
    assert (usaf["position"], usaf["name"]) == ("Software Developer", "USAF — Platform One")
    # BUT the employer's trade after the dash is no part of its name, nor is its place in brackets
    bata = job("Technical Lead  BAŤA – Ecommerce", ["Technical Lead", "BAŤA", "Ecommerce"])
    assert bata["name"] == "BAŤA"


def test_a_website_note_after_the_employer_is_no_part_of_its_name() -> None:
    assert _job("Lead Software Engineer", "Browze (Website)")["name"] == "Browze"


def test_a_range_of_days_before_the_month_is_part_of_the_date() -> None:
    assert [(s.start, s.begin) for s in find_dates("MERN Backend  7-8 January 2025")] == [("2025-01", 14)]
    assert [s.start for s in find_dates("12-20 April 2024")] == ["2024-04"]


def test_skill_groups_in_the_headers_label_cells_without_a_colon_are_skills() -> None:
    header = [
        Line("Programming languages  Kotlin, Swift, Java, Dart"),
        Line("Frameworks  Android SDK, iOS SDK, Spring Boot"),
        Line("Phone: +48 570 304 834  https://github.com/sikrinick"),
    ]
    sections: list[Section] = []
    rest = header_skills(header, sections)
    assert [line.text for line in rest] == ["Phone: +48 570 304 834  https://github.com/sikrinick"]
    assert [s.key for s in sections] == ["skills"]
    assert skills(sections[0].lines)[0] == {
        "name": "Programming languages",
        "keywords": ["Kotlin", "Swift", "Java", "Dart"],
    }


def test_review_mends_of_the_thirteenth_round() -> None:
    # a line with no cells before a broken word is no crash
    assert [line.text for line in mend_broken_words([Line(""), Line("Hello world")])] == ["", "Hello world"]
    # a campus's town after a school's dash stays the place; an employer's name after a role in brackets parts
    assert place_tail("Santa Clara University - Santa Clara, California") == (
        "Santa Clara University",
        "Santa Clara, California",
    )
    assert split_title("Software Engineer (Nu Holdings)") == ["Software Engineer", "Nu Holdings"]
    # a name's abbreviation before the stop keeps what follows in the name
    assert _job("Producer", "Warner Bros. Pictures Animation")["name"] == "Warner Bros. Pictures Animation"
    # a role and a code after a dash is no place; "até o momento" and "hasta la fecha" are ongoing either way
    assert not LOCATION.match("Senior Engineer - PR")
    assert not LOCATION.match("Carnegie Mellon University - PA")
    for text in ("2019 – até o momento", "Mayo 2018 hasta la fecha"):
        assert find_dates(text)[0].present, text
    # a role's label again, with no other person named between, opens the next entry
    form = [
        Line("Company: Acme"),
        Line("Position: Developer"),
        Line("Dates: Jan 2019 - Dec 2020"),
        Line("Position: Team Lead"),
        Line("Dates: Jan 2021 - Present"),
    ]
    entries = field_rows(form)
    assert entries is not None
    assert [e.parts for e in entries] == [["Developer", "Acme"], ["Team Lead"]]


def test_profiles_on_a_countrys_subdomain_once_and_a_site_the_network_hosts_is_no_profile() -> None:
    assert profile_from_url("https://nl.linkedin.com/in/micheldebree") == {
        "url": "https://nl.linkedin.com/in/micheldebree",
        "username": "micheldebree",
    }
    assert profile_from_url("https://arii.github.io") is None
    basics: dict[str, object] = {}
    parse_contacts(
        [Line("LinkedIn: nl.linkedin.com/in/micheldebree"), Line("https://nl.linkedin.com/in/micheldebree")], basics, []
    )
    assert len(basics["profiles"]) == 1  # type: ignore[arg-type]


def test_languages_beside_tech_words_head_the_skills() -> None:
    for heading in ("Main Languages & IT Strengths", "Languages and Tools", "Languages & Frameworks"):
        assert vocabulary_key(heading) == "skills", heading
    assert vocabulary_key("Human Languages") == "languages"
    assert vocabulary_key("Languages") == "languages"


def test_a_bold_heading_in_body_type_over_a_list_to_the_end_is_a_section_not_a_label_in_the_last_job() -> None:
    lines = [
        Line("Werkervaring", size=14.0, bold=True),
        Line("Tracefy | oktober 2022 - maart 2023 | DevOps and Cloud Engineer", size=11.0, bold=True),
        Line("Naast ontwikkelen van features heb ik de infra opnieuw opgebouwd.", size=11.0),
        Line("Talen", size=11.0, bold=True),
        *(Line(item, size=11.0) for item in ("PHP", "Python", "Java", "Typescript", "Rust")),
    ]
    _header, sections, _warnings = split_sections(lines)
    assert [s.key for s in sections] == ["work", "languages"]
    assert of_code(sections[1].lines)


def test_labelled_lists_that_end_an_entry_section_are_the_skills() -> None:
    education = Section(
        "education", "Education", [Line("2003 – 2009: dipl. ing. of Mathematics, University of Zagreb")]
    )
    tail = [
        "Technologies with at least 3 years production experience: Ruby, Ruby on Rails, PostgreSQL, Javascript",
        "Best at: Ruby, Ruby on Rails, PostgreSQL",
    ]
    education.lines += [Line(text) for text in tail]
    sections = [education]
    trailing_skills(sections)
    assert [s.key for s in sections] == ["education", "skills"]
    assert [line.text for line in sections[1].lines] == tail
    assert len(education.lines) == 1
    # BUT a project's own labelled lines stay with it
    projects = Section(
        "projects", "Projects", [Line("PATHO"), Line("Stack: JavaScript, HTML5, PHP"), Line("Tools: Git, npm, Vite")]
    )
    trailing_skills([projects])
    assert len(projects.lines) == 3


def test_complementary_training_is_certificates_not_education() -> None:
    for heading in ("FORMAÇÃO COMPLEMENTAR", "Formación complementaria", "Weiterbildung", "Additional training"):
        assert vocabulary_key(heading) == "certificates", heading
    assert vocabulary_key("FORMAÇÃO") == "education"


def test_a_labelled_detail_that_names_a_year_opens_no_entry() -> None:
    assert dated(Line("Awards: First-class Scholarship (2020), Outstanding Graduate (2021)")) is None
    assert dated(Line("Thesis: Zero values of the TOV equation (2019)")) is None
    assert dated(Line("Beijing University | Computer Science | Master | 2019.09 - 2021.06")) is not None


def test_how_studies_were_held_in_brackets_stays_with_the_field() -> None:
    assert split_title("Génie informatique (programme coop)") == ["Génie informatique (programme coop)"]
    assert split_title("Computer Science (Co-op)") == ["Computer Science (Co-op)"]


def test_an_employer_in_a_headings_type_over_its_role_and_dates_after_middle_dots_is_the_title() -> None:
    # GIVEN "Kooperativa" in 14 pt bold over "React Developer · 8 months · Apr 2024 – Nov 2024" (set 83, Google Docs)
    cv = REAL / "set83" / "krsiakdaniel-resume-googledocs.pdf"
    work = import_resume(cv.read_bytes(), cv.name).resume["work"]
    # THEN the employer is the job's, not a label dropped from the section
    assert ("Kooperativa", "React Developer", "2024-04") in [
        (w.get("name"), w.get("position"), w["startDate"]) for w in work
    ]


def test_a_job_dated_by_one_date_under_a_later_one_has_ended() -> None:
    def entry(title: str, dates: str) -> RawEntry:
        return RawEntry(parts=[title, "Groupe ESIEE"], part_lines=[0, 0], date=find_dates(dates)[0])

    jobs = work_items([entry("Engineer", "1998 – 2001"), entry("Intern", "1997"), entry("Tutor", "1996")], "name")
    assert [(j["startDate"], j.get("endDate")) for j in jobs] == [("1998", "2001"), ("1997", "1997"), ("1996", "1996")]
    # BUT the newest job dated by one date alone may still be held: no end is made up for it
    (only,) = work_items([entry("Engineer", "2023")], "name")
    assert "endDate" not in only


def test_a_role_and_the_unit_it_was_held_in_under_the_organisation_are_the_position() -> None:
    entry = RawEntry(
        parts=["Stanford University", "Research Assistant", "Systems Lab"],
        part_lines=[0, 1, 1],
        date=find_dates("2018 – 2020")[0],
        cells=["Stanford University", "Research Assistant, Systems Lab"],
    )
    (item,) = work_items([entry], "name")
    assert (item["name"], item["position"]) == ("Stanford University", "Research Assistant, Systems Lab")


def test_a_name_whose_space_the_text_layer_lost_is_two_words_but_a_handle_stays_one() -> None:
    assert parse_header([Line("TimVisée", size=40.0), Line("timvisee.com")])[0]["name"] == "Tim Visée"
    handle = parse_header([Line("DocQuantum", size=24.0), Line("docquantum@netwatch.net")])[0]
    assert handle["name"] == "DocQuantum"


def test_a_name_over_its_family_name_with_a_column_of_contacts_between_them() -> None:
    def at(text: str, x0: float, top: float, size: float) -> Line:
        return Line(text, size=size, bold=True, x0=x0, x1=x0 + 100, top=top)

    lines = [
        at("Alex", 36, 67, 60),
        at("T 01215012677", 410, 79, 10),
        at("M 07883612189", 410, 91, 10),
        at("alex@example.com", 410, 115, 10),
        at("Layton", 36, 123, 60),
        at("http://alexlayton.me", 410, 127, 10),
    ]
    assert parse_header(lines)[0]["name"] == "Alex Layton"


def test_a_sidebar_that_opens_with_a_contact_label_leaves_the_name_atop_the_other_column() -> None:
    cv = REAL / "set67" / "ddmendes-cv-xelatex-pt-2col.pdf"  # "Endereço" over the address, "DaviMendes" on the right
    assert import_resume(cv.read_bytes(), cv.name).resume["basics"]["name"] == "Davi Mendes"


def test_a_mark_set_large_is_no_name() -> None:
    assert not namelike("√")
    assert not namelike("★")
    assert namelike("Jean DUPONT")
    lines = [Line("37 ans", size=10.0), Line("Jean DUPONT", size=14.3), Line("√", size=14.9)]
    assert parse_header(lines)[0]["name"] == "Jean DUPONT"


def test_three_short_parts_a_dash_joins_on_a_line_of_their_own_are_one_position() -> None:
    entry = RawEntry(
        parts=["Groupon", "Ecommerce", "QA Automation", "SDET", "Team Leader"],
        part_lines=[0, 0, 1, 1, 1],
        date=find_dates("Oct 2023 – Jan 2024")[0],
        cells=["Groupon – Ecommerce", "QA Automation – SDET – Team Leader"],
    )
    (item,) = work_items([entry], "name")
    assert (item["name"], item["position"]) == ("Groupon", "QA Automation – SDET – Team Leader")
