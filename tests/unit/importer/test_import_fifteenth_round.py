"""Rules of the fifteenth round: academic CVs' units and open ranges, made before a held-out wave arrived."""

from __future__ import annotations

import io
import zipfile

from resume_autofix.importer import import_resume, lists
from resume_autofix.importer.dates import DURATION, find_dates
from resume_autofix.importer.degreemarks import degree_in_brackets
from resume_autofix.importer.entries import split_entries
from resume_autofix.importer.implied import labelled_skills
from resume_autofix.importer.layout import run_over
from resume_autofix.importer.lines import CELL_SEP, Line
from resume_autofix.importer.pdf import _spaced_letters_joined
from resume_autofix.importer.phones import find_phone
from resume_autofix.importer.places import LOCATION
from resume_autofix.importer.rawentry import RawEntry
from resume_autofix.importer.roles import degree_score, institution_score
from resume_autofix.importer.schools import education_items
from resume_autofix.importer.sections import split_sections
from resume_autofix.importer.timeline import joined_timeline
from resume_autofix.importer.titleblock import _whole_place
from resume_autofix.importer.vocabulary import PROGRAMMING_LANGUAGES, exact_key
from resume_autofix.importer.wraps import bracket_tails, wrapped_label_rows
from tests.unit.importer.rawpdf import one_page_pdf


def _jobs(text: str) -> list[dict[str, object]]:
    return import_resume(f"Jane Doe\njane@example.com\n\nEXPERIENCE\n{text}".encode(), "cv.txt").resume["work"]


def test_a_template_placeholder_of_town_state_and_country_is_a_place() -> None:
    # GIVEN a template's "TOWN, STATE, COUNTRY" beside its school
    for place in ("TOWN, STATE, COUNTRY", "City, State", "City, Country"):
        # THEN it is a place, not a degree's field
        assert LOCATION.match(place), place
    assert not LOCATION.match("City, University")


def test_french_and_spanish_polytechnic_schools_are_institutions() -> None:
    for school in ("Polytechnique Montréal", "Universidad Politécnica de Madrid", "Politehnica University"):
        assert institution_score(school) > 0, school


def test_a_date_with_a_dash_and_nothing_after_it_in_its_cell_is_an_open_range() -> None:
    # GIVEN a year and a dash alone in its cell, the role in the next
    (span,) = find_dates(f"2023-{CELL_SEP}Doctoral Faculty, Dept. of Physics")
    # THEN the range is open: the job is still held
    assert (span.start, span.end, span.present) == ("2023", None, True)
    assert find_dates("Jan 2019 –")[0].present
    # BUT a dash that parts a year from its title on one line opens no range, nor does a range
    assert not find_dates("2019 - Engineer")[0].present
    assert find_dates("2019-2020")[0].end == "2020"


def test_a_department_and_its_organisation_after_the_role_are_the_employer_as_printed() -> None:
    jobs = _jobs(
        f"2024-{CELL_SEP}Doctoral Faculty, Dept. of Physics, CUNY Graduate Center\n"
        f"2021-23{CELL_SEP}Associate Research Scholar, Program in Atmospheric Sciences, Princeton University\n"
    )
    # THEN the unit and its organisation are one employer, the role the position
    assert [(j["name"], j["position"]) for j in jobs] == [
        ("Dept. of Physics, CUNY Graduate Center", "Doctoral Faculty"),
        ("Program in Atmospheric Sciences, Princeton University", "Associate Research Scholar"),
    ]
    # AND the open range has no end, though a later job stands above it
    assert "endDate" not in jobs[0]
    # BUT of a chair and its university, the university is the employer
    (chair,) = _jobs(f"Researcher, Chair of Joy, University of Excellence{CELL_SEP}2015 - 2023\n")
    assert (chair["name"], chair["position"]) == ("University of Excellence", "Researcher")


def _line(text: str, size: float, bold: bool, x0: float, top: float) -> Line:
    return Line(text=text, size=size, bold=bold, x0=x0, x1=540.0, top=top)


def test_a_title_set_half_a_point_left_is_still_the_next_entrys_title() -> None:
    # GIVEN two entries of a bold title over a line of its subject and dates, the second title's first letter set
    # 0.9 pt left of the first's
    lines = [
        _line(f"Master's Thesis{CELL_SEP}OtherUniversity", 11.0, True, 42.6, 100.0),
        _line(f"A Carefully Chosen Topic{CELL_SEP}February - July 2016", 10.0, False, 42.6, 115.0),
        _line(f"Joint Bachelor and Master's of Science{CELL_SEP}Université de Technologie", 11.0, True, 41.7, 136.0),
        _line(
            f"Major in Process Engineering, minor in Modelling{CELL_SEP}September 2011 - August 2016",
            10.0,
            False,
            42.6,
            151.0,
        ),
    ]
    entries = split_entries(lines, 10.0, True)
    # THEN the second bold title opens the second entry
    assert [e.parts[0] for e in entries] == ["Master's Thesis", "Joint Bachelor and Master's of Science"]


def test_one_timeline_entry_whose_bar_the_text_keeps_is_read_as_a_range() -> None:
    # GIVEN an R pagedown entry: the end year beside the role, the drawn bar "|" before the unit, the start year
    # alone at the entry's foot, and no other entry in the section
    lines = [
        Line(text=f"2022{CELL_SEP}PhD Research Fellow", x0=19.2, x1=300.0),
        Line(text=f"|{CELL_SEP}Jeffrey Cheah School of Medicine and Health Sciences", x0=26.5, x1=300.0),
        Line(text="Monash University", x0=76.3, x1=200.0),
        Line(text="2019", x0=19.2, x1=40.0),
        Line(text="Designed and conducted experiments.", x0=77.1, x1=300.0),
    ]
    joined = joined_timeline(lines)
    # THEN the entry's range runs from its foot's year to its top's, and the bar is no part of the unit
    assert [line.text for line in joined] == [
        f"2019 – 2022{CELL_SEP}PhD Research Fellow",
        "Jeffrey Cheah School of Medicine and Health Sciences",
        "Monash University",
        "Designed and conducted experiments.",
    ]
    # BUT without the bar one such entry is left alone (a list of single-dated awards looks the same)
    plain = [lines[0], lines[2], lines[3]]
    assert joined_timeline(plain) == plain


def _placed(text: str, page: int, column: int, x0: float, x1: float, heading: bool = False) -> Line:
    return Line(text=text, page=page, column=column, x0=x0, x1=x1, heading=heading)


def test_a_body_that_runs_over_onto_a_page_of_one_column_is_read_before_the_sidebar() -> None:
    # GIVEN a first page with the body on the left and a narrow sidebar on the right, and a second page of one
    # column that opens with the jobs that ran over, then a heading of its own
    first = [
        _placed("RESEARCH EXPERIENCE", 0, 1, 75.0, 250.0, heading=True),
        _placed(f"2021{CELL_SEP}Research associate", 0, 1, 40.0, 400.0),
        _placed("CONTACT", 0, 2, 415.0, 500.0, heading=True),
        _placed("jane@example.com", 0, 2, 429.0, 540.0),
    ]
    second = [
        _placed(f"2017{CELL_SEP}Research associate", 1, 0, 40.0, 400.0),
        _placed("The University of New South Wales", 1, 0, 237.0, 380.0),
        _placed("TEACHING EXPERIENCE", 1, 0, 76.0, 250.0, heading=True),
    ]
    read, rest = run_over(first, second, 0)
    # THEN the run goes on with the body's last section, before the sidebar; the heading and after stay to come
    assert [line.text for line in read] == [
        "RESEARCH EXPERIENCE",
        f"2021{CELL_SEP}Research associate",
        f"2017{CELL_SEP}Research associate",
        "The University of New South Wales",
        "CONTACT",
        "jane@example.com",
    ]
    assert [line.text for line in rest] == ["TEACHING EXPERIENCE"]
    # BUT with the sidebar on the left, the body ends the page already: nothing moves
    mirrored = [
        _placed("CONTACT", 0, 1, 20.0, 150.0, heading=True),
        _placed("RESEARCH EXPERIENCE", 0, 2, 200.0, 560.0, heading=True),
    ]
    assert run_over(mirrored, second, 0) == (mirrored, second)


def _two_column_table_pdf() -> bytes:
    """A Google Docs table of two columns at one leading (Thompson's CV): a sidebar of contacts, an "About:"
    paragraph and bulleted lists on the left, unheaded jobs (title, dates, employer, bullets) on the right."""
    left = [
        (36, "[tom] Jane Mota Doe"),
        (36, "Berlin, Germany"),
        (36, "jane@example.com"),
        (36, "About:"),
        (36, "A self-taught engineer whose career began at the"),
        (36, "age of 15, focused on cloud infrastructure."),
        (36, "Languages:"),
        *[
            (x, t)
            for item in ("Fluent English", "Native Portuguese", "Basic Spanish")
            for x, t in ((54, "\\267"), (72, item))
        ],
        (36, "Technical knowledge:"),
        *[(x, t) for item in ("AWS, GCP", "Kubernetes", "ArgoCD, Git") for x, t in ((54, "\\267"), (72, item))],
    ]
    right = [
        (316, "Software Engineer (Data Platform)"),
        (316, "2023 - current"),
        (316, "Trade Bank GmbH"),
        *[
            (x, t)
            for item in ("Implemented DataHub", "Supported the Fincrime team")
            for x, t in ((334, "\\267"), (352, item))
        ],
        (316, "Site Reliability Engineer"),
        (316, "2021 - 2023"),
        (316, "Jusbrasil"),
        *[(x, t) for item in ("Managed AWS and GCP", "Employed GitOps") for x, t in ((334, "\\267"), (352, item))],
        (316, "Site Reliability Engineer"),
        (316, "2019 - 2021"),
        (316, "Descomplica"),
        *[
            (x, t)
            for item in ("Maintained AWS", "Assisted teams", "Fought a ransomware attack")
            for x, t in ((334, "\\267"), (352, item))
        ],
    ]

    def rows(cells: list[tuple[int, str]]) -> list[tuple[int, float, str]]:
        out: list[tuple[int, float, str]] = []
        y = 752.75
        for x, text in cells:
            if not (out and out[-1][2] == "\\267"):  # a bullet's text stands on the bullet's row
                y -= 12.75
            out.append((x, y, text))
        return out

    drawn = rows(left) + rows(right)
    return one_page_pdf("".join(f"BT /F1 9 Tf {x} {y} Td ({t}) Tj ET\n" for x, y, t in drawn).encode())


def test_a_two_column_table_of_a_sidebar_with_lists_and_unheaded_jobs() -> None:
    resume = import_resume(_two_column_table_pdf(), "cv.pdf").resume
    # THEN the columns are read one after the other (no form of labels, no margin of headings), the name without
    # its handle in brackets
    assert resume["basics"]["name"] == "Jane Mota Doe"
    # AND the jobs under no heading, read after the sidebar's last list, are work: each title over its dates and
    # employer, the team in brackets part of the role
    assert [(w["position"], w["name"], w["startDate"]) for w in resume["work"]] == [
        ("Software Engineer (Data Platform)", "Trade Bank GmbH", "2023"),
        ("Site Reliability Engineer", "Jusbrasil", "2021"),
        ("Site Reliability Engineer", "Descomplica", "2019"),
    ]
    # AND "Technical knowledge:" heads the skills
    assert [s["name"] for s in resume["skills"]] == ["AWS", "GCP", "Kubernetes", "ArgoCD", "Git"]
    assert [x["language"] for x in resume["languages"]] == ["Fluent English", "Native Portuguese", "Basic Spanish"]


def _docx(paragraphs: list[tuple[str, bool, bool]]) -> bytes:
    """A DOCX of (text, bold, a list item) paragraphs, as Google Docs writes them."""

    def para(text: str, bold: bool, listed: bool) -> str:
        numbered = '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>' if listed else ""
        run_props = "<w:rPr><w:b/></w:rPr>" if bold else ""
        return f'<w:p><w:pPr>{numbered}</w:pPr><w:r>{run_props}<w:t xml:space="preserve">{text}</w:t></w:r></w:p>'

    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    body = "".join(para(*p) for p in paragraphs)
    numbering = (
        f'<w:numbering {ns}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/>'
        '<w:lvlText w:val="●"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
        "</w:numbering>"
    )
    files = {
        "[Content_Types].xml": '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
        'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+'
        'xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
        'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/officeDocument" Target="word/document.xml"/></Relationships>',
        "word/_rels/document.xml.rels": '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.'
        'org/package/2006/relationships"><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/'
        'officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>',
        "word/document.xml": f'<?xml version="1.0"?><w:document {ns}><w:body>{body}</w:body></w:document>',
        "word/numbering.xml": f'<?xml version="1.0"?>{numbering}',
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, text in files.items():
            z.writestr(name, text)
    return out.getvalue()


def test_bold_list_items_that_open_with_dates_are_jobs_beside_plain_dated_lines() -> None:
    # GIVEN a Google Docs CV: its newer jobs bold list items ("12/2016 - Atualmente  Kognit (.NET)") over a plain
    # paragraph each, its older ones plain dated paragraphs, and a stack in brackets after each employer
    data = _docx(
        [
            ("Rafael Santos", True, False),
            ("rafael@example.com", False, False),
            ("EXPERIÊNCIA PROFISSIONAL", False, False),
            ("12/2016 - Atualmente  Kognit (.NET)", True, True),
            ("Principais atividades: Liderança técnica.", False, False),
            ("10/2015 - 12/2016 Vitali Tecnologia (.NET e WPF)", True, True),
            ("Principais atividades: Arquitetura de software.", False, False),
            ("02/2009 – 12/2009 – Outrora Sites (Python, PHP Cake e Zend)", False, False),
            ("Marca própria de criação de sites.", False, False),
        ]
    )
    work = import_resume(data, "cv.docx").resume["work"]
    # THEN each is a job with its dates, the employer without its technologies
    assert [(w["name"], w["startDate"], w.get("endDate")) for w in work] == [
        ("Kognit", "2016-12", None),
        ("Vitali Tecnologia", "2015-10", "2016-12"),
        ("Outrora Sites", "2009-02", "2009-12"),
    ]
    # AND the technologies stay with the job
    assert ".NET e WPF" in work[1]["summary"]


def test_a_name_keeps_its_initials_and_a_role_its_team_in_brackets() -> None:
    jobs = _jobs(
        "Senior Consultant\nAmazon Web Services (AWS)\n2020 - 2022\n\n"
        "Student Employee (Web Design & Data)\nDivision of Research\n2018 - 2019\n"
    )
    assert [(j.get("name"), j.get("position")) for j in jobs] == [
        ("Amazon Web Services (AWS)", "Senior Consultant"),
        ("Division of Research", "Student Employee (Web Design & Data)"),
    ]


def test_portuguese_and_spanish_headings_of_a_summary_courses_and_skills() -> None:
    assert exact_key("APRESENTAÇÃO") == "summary"
    assert exact_key("Presentación") == "summary"
    assert exact_key("QUALIFICAÇÕES") == "certificates"
    assert exact_key("DIFERENCIAIS") == "skills"
    assert exact_key("Conocimientos adicionales") == "skills"
    assert exact_key("Technical knowledge:") == "skills"


def test_a_portuguese_markdown_cv_of_bold_names_dates_and_how_long_each_lasted() -> None:
    # GIVEN a Markdown CV whose items are a bold employer or course, its dates and how long it lasted, the role or
    # the school on the line under it
    text = (
        "**Rodolfo Ferreira**  \nE-mail: rodolfo@example.com\n\n"
        "## Histórico Profissional\n\n"
        "- **Calango Music** - Agosto/2010 até Agosto/2013 - 3 anos  \n    Analista de Sistemas\n\n"
        "    Responsável pela análise e construção da solução de e-commerce.\n\n"
        "- **Triares Sites e Software** - Janeiro/2010 até Junho/2010 - 6 meses  \n    Estagiário Programador Web\n\n"
        "## Formação acadêmica\n\n"
        "- **Curso superior em Análise e Desenvolvimento de Sistemas** - Jan/2010 até Dez/2012 - 3 anos  \n"
        "    FATEC Rubens Lara - Santos/SP\n\n"
        "- **Curso técnico de Desenvolvimento de Software** - Jan/2008 até Jun/2009 - 1 ano e meio  \n"
        "    ETEC Aristóteles Ferreira - Santos/SP\n"
    )
    resume = import_resume(text.encode(), "curriculo.md").resume
    # THEN each job has its employer, its role and its dates
    assert [(w["name"], w.get("position"), w["startDate"], w["endDate"]) for w in resume["work"]] == [
        ("Calango Music", "Analista de Sistemas", "2010-08", "2013-08"),
        ("Triares Sites e Software", "Estagiário Programador Web", "2010-01", "2010-06"),
    ]
    # AND each course of study is a degree, its school the name under it, the town its place
    schools = resume["education"]
    assert [(s["studyType"], s["area"], s["institution"], s["location"]) for s in schools] == [
        ("Curso superior", "Análise e Desenvolvimento de Sistemas", "FATEC Rubens Lara", "Santos/SP"),
        ("Curso técnico", "Desenvolvimento de Software", "ETEC Aristóteles Ferreira", "Santos/SP"),
    ]
    assert (schools[1]["startDate"], schools[1]["endDate"]) == ("2008-01", "2009-06")


def test_how_long_a_job_lasted_and_a_town_with_its_state_after_a_slash() -> None:
    assert DURATION.fullmatch("1 ano e meio")
    assert DURATION.fullmatch("a year and a half")
    assert LOCATION.match("Juiz de Fora/MG")
    # BUT two technologies parted by a slash are no town
    assert not LOCATION.match("TCP/IP")
    assert not LOCATION.match("CI/CD")


def _sized_pdf(rows: list[tuple[float, float, str]]) -> bytes:
    """A one-page PDF of (size, gap above, text) rows at the left margin, top down."""
    y, drawn = 760.0, []
    for size, gap, text in rows:
        y -= gap
        escaped = text.replace("(", "\\(").replace(")", "\\)")  # a PDF string's brackets are escaped
        drawn.append(f"BT /F1 {size} Tf 72 {y:.1f} Td ({escaped}) Tj ET\n")
    return one_page_pdf("".join(drawn).encode())


def test_a_linkedin_profile_of_an_employer_with_roles_then_employers_of_one_role() -> None:
    # GIVEN LinkedIn's "Save to PDF": an employer over its whole tenure and its roles (a role naming two jobs with a
    # comma), then an employer of one role with no tenure line and its site under the dates
    data = _sized_pdf(
        [
            (26, 0, "Alex Pico"),
            (10.5, 20, "alex@example.org"),
            (15.75, 40, "Experience"),
            (12, 30, "Gladstone Institutes"),
            (10.5, 16, "21 years 3 months"),
            (11.5, 21, "Bioinformatics Core Director, Research Investigator"),
            (10.5, 15, "January 2020 - Present (5 years 6 months)"),
            (11.5, 35, "Postdoctoral Fellow"),
            (10.5, 15, "April 2004 - September 2007 (3 years 6 months)"),
            (12, 41, "Cytoscape Consortium"),
            (11.5, 16, "Vice President"),
            (10.5, 15, "April 2013 - Present (12 years 3 months)"),
            (10.5, 20, "cytoscapeconsortium.org"),
        ]
    )
    work = import_resume(data, "Profile.pdf").resume["work"]
    # THEN the tenure's employer is its roles', the two-job title one position, and the next employer its own role's
    assert [(w["name"], w["position"], w["startDate"]) for w in work] == [
        ("Gladstone Institutes", "Bioinformatics Core Director, Research Investigator", "2020-01"),
        ("Gladstone Institutes", "Postdoctoral Fellow", "2004-04"),
        ("Cytoscape Consortium", "Vice President", "2013-04"),
    ]


def test_a_bold_role_at_an_employer_whose_name_ends_in_a_stop_is_a_title() -> None:
    # GIVEN the older LinkedIn export: "Design Technologist at exp." in bold over its dates and how long they ran
    data = _docx(
        [
            ("Jason Node", True, False),
            ("jason@example.com", False, False),
            ("Experience", False, False),
            ("Design Technologist at exp.", True, False),
            ("May 2009 - Present (6 years 9 months)", False, False),
            ("Built the design system used across every product of the agency.", False, False),
        ]
    )
    (job,) = import_resume(data, "Profile.docx").resume["work"]
    # THEN the stop after the employer's name makes no sentence of the title
    assert (job["position"], job["name"], job["startDate"]) == ("Design Technologist", "exp.", "2009-05")


def test_words_a_made_up_space_cut_where_letters_are_spaced_out_are_joined() -> None:
    font = (b"Canva-Type3", 400, 0)

    def word(text: str, x0: float, x1: float) -> tuple[str, float, float, float, float, tuple[bytes, int, int]]:
        return (text, x0, x1, 700.0, 9.1, font)

    # GIVEN Canva's letters spaced 1.5 pt apart, and PDFium's made-up spaces inside words ("Cur so", "Univer s
    # idade"), next to real spaces 4 pt wide
    words = [word("Cur", 38.3, 56.5), word("so", 57.7, 68.7), word("de", 73.8, 86.6), word("Univer", 91.0, 120.0)]
    words += [word("s", 121.6, 125.0), word("idade", 126.6, 150.0)]
    tracked = {0: 1.6, 1: 1.5, 2: 1.5, 3: 1.4, 5: 1.5}
    # THEN the words the made-up spaces cut are whole again, and the real spaces stay
    assert [w[0] for w in _spaced_letters_joined(words, tracked)] == ["Curso", "de", "Universidade"]
    # BUT letters set close (no tracking) keep every space, however narrow
    assert [w[0] for w in _spaced_letters_joined(words, {})] == ["Cur", "so", "de", "Univer", "s", "idade"]


def test_a_country_code_and_prefix_in_brackets_without_a_plus_is_a_phone() -> None:
    # GIVEN Chile's way of writing a mobile number, beside an e-mail after a capital I used as a bar
    assert find_phone("(56 - 9) 9886 9381 I pedro@example.cl I LinkedIn") == "(56 - 9) 9886 9381"
    # BUT brackets whose code makes no valid number of that country are none
    assert find_phone("(44-7) 700 900 123") is None


def test_a_row_of_technologies_under_a_label_in_an_unnamed_section_is_a_skill_group() -> None:
    lines = [
        Line(text=".Nacionalidad: Chilena"),
        Line(text=".Computación o Softwares: Golang, JavaScript, AWS, Docker, Linux, Git."),
        Line(text=".Actividades extra programáticas: Tutor en CuboEducativo, Resolución de problemas."),
    ]
    # THEN the technologies are one group named by its label; the other rows are no skills
    groups, others = labelled_skills(lines)
    assert groups == [
        {"name": "Computación o Softwares", "keywords": ["Golang", "JavaScript", "AWS", "Docker", "Linux", "Git"]}
    ]
    # AND the other rows are kept apart, for the warning that they were not imported
    assert [line.text for line in others] == [lines[0].text, lines[2].text]


def test_a_role_its_stack_after_a_bar_and_its_employer_kind_and_place_under_the_dates() -> None:
    jobs = _jobs(
        f"Creative Developer | Next.js, React, Three.js, GLSL{CELL_SEP}Sep 2025 – Dec 2025\n"
        "shadcnblocks.com | Contract | Remote (Brisbane, Australia)\n"
        "Built 20 immersive full-screen hero blocks.\n\n"
        f"Windows Application Developer{CELL_SEP}Nov 2023 – Jan 2024\n"
        "The Farmer’s Dog (subcontract)\n"
    )
    # THEN the stack after the bar is what the job used, the employer the name under the dates (lower case and
    # all), how it was held no part of it, and where it was the place
    first, second = jobs
    assert (first["position"], first["name"], first["location"]) == (
        "Creative Developer",
        "shadcnblocks.com",
        "Remote (Brisbane, Australia)",
    )
    assert "Next.js, React, Three.js, GLSL" in first["summary"]
    assert second["name"] == "The Farmer’s Dog"


def test_a_margin_label_and_its_list_that_wrap_are_one_group() -> None:
    rows = [
        Line(text=f"Computer{CELL_SEP}Java - C# - Python - SQL", x0=63.4, x1=420.0, bold=True),
        Line(text=f"langages{CELL_SEP}LATEX- Matlab - Scilab", x0=63.4, x1=300.0, bold=True),
        Line(text="Certification MTA (Introduction to Programming using Python)", x0=160.4, x1=450.0),
        Line(text=f"Frameworks/Tools{CELL_SEP}Spring boot - JPA Hibernate - Angular -", x0=63.4, x1=540.0, bold=True),
        Line(text="Jasmine - JavaDoc - SQLite", x0=176.1, x1=400.0),
        Line(text=f"Ops{CELL_SEP}Scripting", x0=63.4, x1=200.0),
        Line(text="PowerShell, VBS/VBA, Python", x0=110.0, x1=300.0),
    ]
    # THEN the label's second word and the list's next line go on with them, while a note under the list and a
    # group's label over its list stay lines of their own
    assert [line.cells for line in wrapped_label_rows(rows)] == [
        ["Computer langages", "Java - C# - Python - SQL - LATEX- Matlab - Scilab"],
        ["Certification MTA (Introduction to Programming using Python)"],
        ["Frameworks/Tools", "Spring boot - JPA Hibernate - Angular - Jasmine - JavaDoc - SQLite"],
        ["Ops", "Scripting"],
        ["PowerShell, VBS/VBA, Python"],
    ]
    # AND French "langages" after "Computer" names programming languages, no spoken ones
    assert PROGRAMMING_LANGUAGES.match("computer langages")
    assert PROGRAMMING_LANGUAGES.match("langages de programmation")


def test_an_area_code_in_brackets_before_the_number_is_the_phones() -> None:
    assert find_phone("(11) 97665-7046") == "(11) 97665-7046"
    assert find_phone("(11) 9.7665-7046") == "(11) 9.7665-7046"
    assert find_phone("Nicolas Leal + (57) 3165311816") == "+ (57) 3165311816"


def test_freelance_alone_in_the_title_is_who_the_work_was_for() -> None:
    (job,) = _jobs("Freelance\n06/2022 – Atual\nDesenvolvimento front-end para estúdios de games.\n")
    assert job["name"] == "Freelance"
    assert "position" not in job
    # BUT the person who freelances, and the word in lower case, are the role
    (person,) = _jobs("Freelancer\n2019 – 2021\nBuilt websites for small shops.\n")
    assert person["position"] == "Freelancer"


def _school_item(parts: list[str], paragraphs: list[str] = (), bullets: list[str] = ()) -> dict[str, object]:
    entry = RawEntry(parts=parts, part_lines=list(range(len(parts))), date=None)
    entry.paragraphs.extend(paragraphs)
    entry.bullets.extend(bullets)
    (item,) = education_items([entry])
    return item


def test_a_degree_under_its_faculty_or_before_its_grade_is_the_degree() -> None:
    faculty = _school_item(
        ["Karabük University"], ["Faculty of Computer Engineering", "Bachelor of Computer Engineering"]
    )
    assert faculty["studyType"] == "Bachelor of Computer Engineering"
    graded = _school_item(["UMBC"], bullets=["Bachelor of Science in Computer Science, GPA: 3.242 Honors: Dean’s List"])
    assert (graded["studyType"], graded["area"]) == ("Bachelor of Science", "Computer Science")
    # the grade is the score (twenty-first round), the honours after it stay with the courses
    assert (graded["score"], graded["courses"]) == ("3.242", ["Honors: Dean’s List"])


def test_linkedins_education_a_degree_with_its_letters_and_dates_wrapped_in_brackets() -> None:
    data = _sized_pdf(
        [
            (26, 0, "Pooya Nasiri"),
            (10.5, 20, "pooya@example.com"),
            (15.75, 40, "Education"),
            (12, 25, "Universita degli Studi di Padova"),
            (10.5, 18, "Master of Engineering - MEng, Computer engineering"),
            (10.5, 18, "\\267 (October 2022 - October 2025)"),
            (12, 33, "Azad University (IAU)"),
            (10.5, 18, "Bachelor of Engineering - BE, Computer Software Engineering \\267 (September"),
            (10.5, 18, "2015 - February 2019)"),
        ]
    )
    schools = import_resume(data, "Profile.pdf").resume["education"]
    # THEN each range is whole though the line broke it (the degree's letters stay with it, as printed)
    assert [(s["institution"], s["studyType"], s["startDate"], s["endDate"]) for s in schools] == [
        ("Universita degli Studi di Padova", "Master of Engineering - MEng", "2022-10", "2025-10"),
        ("Azad University (IAU)", "Bachelor of Engineering - BE", "2015-09", "2019-02"),
    ]


def test_a_day_and_a_comma_before_the_month_is_part_of_the_date() -> None:
    (span,) = find_dates("7, Dec. 2016 - 27, Dec. 2016")
    assert (span.start, span.end, span.begin) == ("2016-12", "2016-12", 0)


def test_the_wrapped_end_of_a_list_over_the_next_employer_is_no_part_of_its_title() -> None:
    jobs = _jobs(
        f"MTBC / CareCloud{CELL_SEP}July 2021 – August 2022\nSoftware Engineer{CELL_SEP}Rawalpindi, PK\n"
        "Led the modernisation of the telehealth app.\n"
        "Tools Utilized: Swift, SwiftUI, Objective-C, UIKit, Fastlane, SonarQube, Core-\n"
        "Data, RESTful APIs, TDD.\n"
        f"Freelance / Multiple Clients{CELL_SEP}June 2018 – July 2021\nSoftware Developer{CELL_SEP}Remote\n"
        "Tools Utilized: Swift, SwiftUI, Xcode, Claude Code, Fastlane, Firebase\n"
        ", Pangea Logging, Haptics SDK.\n"
        f"SemangiX{CELL_SEP}September 2018 – September 2019\nSoftware Engineer{CELL_SEP}Gujranwala, PK\n"
    )
    assert [(j["name"], j["position"]) for j in jobs] == [
        ("MTBC / CareCloud", "Software Engineer"),
        ("Freelance / Multiple Clients", "Software Developer"),
        ("SemangiX", "Software Engineer"),
    ]


def test_a_number_with_its_area_code_set_apart_and_a_skill_whose_bracket_wrapped() -> None:
    # GIVEN LinkedIn's "11 952223516 (Mobile)": Spain's plan reads the last nine digits, Brazil's the area code too
    assert find_phone("11 952223516 (Mobile)") == "11 952223516"
    # AND a sidebar skill whose bracket a narrow column wrapped to the next line
    lines = [
        Line(text="Design de experiência do usuário", x0=21.6, x1=190.0),
        Line(text="(UX)", x0=21.6, x1=45.0),
        Line(text="Desenvolvimento web", x0=21.6, x1=150.0),
    ]
    assert [line.text for line in bracket_tails(lines)] == [
        "Design de experiência do usuário (UX)",
        "Desenvolvimento web",
    ]


def test_a_title_and_dates_run_into_their_description_are_two_lines() -> None:
    text = (
        "Jaroslav Hrazdera\njarda@example.cz\n\nVzdělání\nCertifikace Python Backend Developer\n"
        "CodersLab IT Academy | Leden 2025 - Srpen 2025 169 hodinový intenzivní bootcamp zaměřený na OOP, REST API, "
        "TDD a ekosystém Pythonu.\n"
    )
    (school,) = import_resume(text.encode(), "cv.txt").resume["education"]
    assert (school["institution"], school["startDate"], school["endDate"]) == (
        "CodersLab IT Academy",
        "2025-01",
        "2025-08",
    )


def test_roles_each_over_its_dates_stacked_under_an_employer_and_its_place() -> None:
    data = _sized_pdf(
        [
            (20, 0, "Dmitry Kulikov"),
            (10, 20, "dmitry@example.com"),
            (15, 40, "Experience"),
            (13, 30, "SXOPE | Tampa, FL, USA"),
            (10, 20, "Technical Lead"),
            (10, 14, "April 2025 - Present"),
            (10, 20, "Designed the move to a monorepo."),
            (10, 30, "Lead Front-end Developer"),
            (10, 14, "March 2024 - March 2025"),
            (10, 20, "Led a team of nine engineers."),
        ]
    )
    work = import_resume(data, "cv.pdf").resume["work"]
    # THEN the second role is the employer's too
    assert [(w.get("name"), w["position"]) for w in work] == [
        ("SXOPE", "Technical Lead"),
        ("SXOPE", "Lead Front-end Developer"),
    ]


def test_letters_in_brackets_after_a_degrees_field_are_its_specialisation() -> None:
    text = (
        "Anurag Kumar\nanurag@example.com\n\nEducation\n"
        f"Bachelor of Technology in Computer Science & Engineering (AI/ML){CELL_SEP}2021 – 2025\n"
        f"Shri Shankaracharya Technical Campus, Junwani, Chhattisgarh{CELL_SEP}CGPA: 8.2/10\n"
    )
    (school,) = import_resume(text.encode(), "cv.txt").resume["education"]
    assert (school["area"], school["institution"]) == (
        "Computer Science & Engineering (AI/ML)",
        "Shri Shankaracharya Technical Campus",
    )


def test_an_exchange_stay_after_the_schools_name_is_a_note() -> None:
    item = _school_item(["University of Minnesota Exchange Student", "College of Science & Engineering"])
    assert item["institution"] == "University of Minnesota"
    assert "studyType" not in item
    assert item["courses"] == ["Exchange Student", "College of Science & Engineering"]


def test_what_the_review_of_this_rounds_rules_found_stays_read_as_before() -> None:
    # an employer and its place after a bar are no stack of technologies
    (job,) = _jobs(f"Consultant | Deloitte, London, UK{CELL_SEP}Jan 2019 - Dec 2020\nAudited banks.\n")
    assert job.get("name") == "Deloitte"
    # rows of skills with labels in lower case are groups of their own
    groups = lists.skills(
        [Line(text=f"languages{CELL_SEP}python, go, rust"), Line(text=f"frameworks{CELL_SEP}django, flask, react")]
    )
    assert [g["name"] for g in groups] == ["languages", "frameworks"]
    # "R&D" after an employer is no stack of R and D
    (rd,) = _jobs(f"Hardware Engineer, Samsung (R&D){CELL_SEP}2019 - 2021\n")
    assert rd["name"] == "Samsung (R&D)"
    # a spaced dash between a year and the next cell opens no range
    assert not find_dates(f"2019 –{CELL_SEP}B.Sc. Computer Science")[0].present
    # "Técnico de Soporte" is a job, not a degree
    assert degree_score("Técnico de Soporte") <= 0


def test_a_chinese_field_written_before_its_degree_is_the_area() -> None:
    for study, field, degree in (("社会学学士", "社会学", "学士"), ("天文学,博士", "天文学", "博士")):
        item: dict[str, object] = {"studyType": study}
        degree_in_brackets(item)
        assert (item["studyType"], item["area"]) == (degree, field)
    # BUT a degree word alone stays the type, and so does a degree named by a possessive ("Engineer's degree")
    alone: dict[str, object] = {"studyType": "本科"}
    degree_in_brackets(alone)
    assert alone == {"studyType": "本科"}
    engineer: dict[str, object] = {"studyType": "Engineer's degree"}
    degree_in_brackets(engineer)
    assert engineer == {"studyType": "Engineer's degree"}


def test_a_nested_list_of_schools_each_over_its_dated_degree() -> None:
    lines = [
        Line(text=f"• University of York{CELL_SEP}York, UK", x0=56.8, x1=500.0),
        Line(text="• BSc (Hons) Mathematics (2:2) September 2014 – June 2017", x0=68.8, x1=500.0),
        Line(text=f"• Pershore High School{CELL_SEP}Pershore, UK", x0=56.8, x1=500.0),
        Line(text="• A-Levels: Mathematics (B), Physics (C) September 2007 - June 2014", x0=68.8, x1=500.0),
    ]
    entries = split_entries(lines, 12.0, False)
    assert [(e.parts[0], e.date.start if e.date else None) for e in entries] == [
        ("University of York", "2014-09"),
        ("Pershore High School", "2007-09"),
    ]


def test_a_heading_set_larger_than_the_one_known_heading_opens_its_section() -> None:
    # GIVEN a Writer CV: "Timeline of Experience:" in 14 pt, "Education:" (the one exact heading) in 9 pt, body in 8
    lines = [
        Line(text="Andrey Golovin", size=24.0),
        Line(text="Timeline of Experience:", size=14.0),
        Line(text=f"Frontend Developer{CELL_SEP}LikeXR{CELL_SEP}2019 – 2021", size=12.0),
        Line(text="developing interactive web AR applications", size=8.0),
        Line(text="optimizing for mobile devices", size=8.0),
        Line(text="Education:", size=9.0),
        Line(text="BA, Rodchenko Art School, new and interactive media  2020", size=9.0),
        Line(text="little C/C++", size=8.0),
    ]
    _, sections, _ = split_sections(lines)
    # THEN the larger heading opens the work section
    assert [s.key for s in sections] == ["work", "education"]


def test_a_word_processors_nested_list_of_schools_with_no_indent_known() -> None:
    lines = [
        Line(text=f"• University of York{CELL_SEP}York, UK"),
        Line(text="• BSc (Hons) Mathematics (2:2) September 2014 – June 2017"),
        Line(text=f"• Pershore High School{CELL_SEP}Pershore, UK"),
        Line(text="• A-Levels: Mathematics (B), Physics (C) September 2007 - June 2014"),
    ]
    assert [e.parts[0] for e in split_entries(lines, 12.0, False)] == ["University of York", "Pershore High School"]


def test_a_state_or_country_after_a_schools_name_and_a_comma_is_its_place() -> None:
    item = _school_item(["National Institute of Technology Warangal, Telangana", "Master of Computer Applications"])
    assert (item["institution"], item["location"]) == ("National Institute of Technology Warangal", "Telangana")
    # BUT a town after the comma may be the name's ("University of California, Irvine")
    assert (
        _school_item(["University of California, Irvine", "B.S."])["institution"] == "University of California, Irvine"
    )


def test_an_undated_school_after_the_last_dated_one_is_an_entry_of_its_own() -> None:
    lines = [
        Line(text="Eastern Mennonite University", size=12.0, bold=True, x0=36.0, x1=200.0),
        Line(text="Bachelor of Science (B.S.), Computer Science, 2012 - 2016", size=12.0, x0=36.0, x1=400.0),
        Line(text="Grade: Career GPA: 3.49", size=12.0, x0=36.0, x1=200.0),
        Line(text="Lancaster Mennonite School", size=12.0, bold=True, x0=36.0, x1=200.0),
    ]
    entries = split_entries(lines, 12.0, True)
    assert [e.parts[0] for e in entries] == ["Eastern Mennonite University", "Lancaster Mennonite School"]


def test_a_list_that_wrapped_after_a_comma_into_the_dated_line_is_the_entrys_title() -> None:
    lines = [
        Line(text="University of Oregon", size=12.0, x0=223.6, x1=340.0),
        Line(text="B.S, Biochemistry · (1994 - 1998)", size=10.5, x0=223.6, x1=400.0),
        Line(text="Coursera", size=12.0, x0=223.6, x1=280.0, gap_before=0.6),
        Line(text="Computer Programming, Functional Programming, Data Analysis,", size=10.5, x0=223.6, x1=540.0),
        Line(text="Neuroscience, Gamification, HCI · (2012)", size=10.5, x0=223.6, x1=420.0),
    ]
    entries = split_entries(lines, 10.5, True)
    assert [e.parts[0] for e in entries] == ["University of Oregon", "Coursera"]


def test_list_items_set_a_fifth_larger_than_the_plain_lines_are_entries_titles() -> None:
    lines = [
        Line(text=f"• Universidad Nacional de Misiones{CELL_SEP}Argentina", size=14.0, x0=41.4, x1=560.0),
        Line(
            text=f"Licenciatura en Sistemas de Información{CELL_SEP}Feb. 2019 – Jun. 2024", size=11.0, x0=41.4, x1=560.0
        ),
        Line(text=f"• Universidad Nacional de Misiones{CELL_SEP}Argentina", size=14.0, x0=41.4, x1=560.0),
        Line(text=f"Analista en Sistemas de Computación{CELL_SEP}Feb. 2019 – Mar. 2023", size=11.0, x0=41.1, x1=560.0),
    ]
    entries = split_entries(lines, 11.0, True)
    assert [(e.parts[0], e.date.end if e.date else None) for e in entries] == [
        ("Universidad Nacional de Misiones", "2024-06"),
        ("Universidad Nacional de Misiones", "2023-03"),
    ]


def test_a_firm_and_its_country_after_a_comma_is_no_town_and_country() -> None:
    (job,) = _jobs(
        f"AI Researcher{CELL_SEP}2018 – 2022\nInfineon Technologies, Germany\nResearch in neuromorphic computing.\n"
    )
    assert (job.get("name"), job.get("location")) == ("Infineon Technologies", "Germany")
    # BUT a town whose name holds a school's word is still a town
    assert _whole_place("College Park, MD")
