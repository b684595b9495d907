"""Rules of the eleventh round: tags an em apart, a heading word that only ends a wrapped line, a skills section's
first group in body type."""

from __future__ import annotations

from resume_autofix.importer import import_resume
from resume_autofix.importer.lines import CELL_SEP, Line
from resume_autofix.importer.pdf import Glyph
from resume_autofix.importer.sections import split_sections
from resume_autofix.importer.segments import band_segments


def _row(words: list[str], gaps: list[float], size: float = 12.0, x: float = 49.0) -> list[Glyph]:
    """Words on one baseline, each 6 pt a letter, with the given gaps between them."""
    out: list[Glyph] = []
    for word, gap in zip(words, [0.0, *gaps], strict=True):
        x += gap
        out.append(Glyph(word, x, x + 6 * len(word), 700.0, size, False))
        x += 6 * len(word)
    return out


def _cells(glyphs: list[Glyph]) -> list[str]:
    return [cell for s in band_segments(glyphs) for cell in s.text.split(CELL_SEP)]


def test_one_word_tags_set_an_em_apart_are_cells_and_a_sentence_is_not() -> None:
    # GIVEN a JSON Resume theme's keyword chips, every space 12.7 pt at 12 pt (an em), no narrow space among them
    tags = _row(["C/C++", "C#", "Python", "Bash", "Java"], [12.7, 12.8, 12.8, 11.6])
    assert _cells(tags) == ["C/C++", "C#", "Python", "Bash", "Java"]
    # AND chips of two words, their own space 6.9 pt and 12.5 pt between chips
    two = _row(["GitLab", "CI", "GitHub", "Actions", "Jenkins", "AWX"], [6.9, 12.5, 6.9, 12.5, 12.5])
    assert _cells(two) == ["GitLab CI", "GitHub Actions", "Jenkins", "AWX"]
    # BUT a sentence at its usual spacing stays one cell
    plain = _row(["Asked", "to", "present", "an", "introduction"], [3.1, 3.1, 3.1, 3.1])
    assert _cells(plain) == ["Asked to present an introduction"]


def test_a_section_word_that_only_ends_a_wrapped_line_opens_no_section() -> None:
    # GIVEN an award's title wrapped at the column's edge: its last word "Technology" alone on the next line
    lines = [
        Line("AWARDS", 16.5, x0=51, x1=120, top=475),
        Line(
            "High Performing Employee, Joy Vance - Director, Executive Initiatives - World Wide",
            12,
            x0=49,
            x1=503,
            top=509,
        ),
        Line("Technology", 12, x0=49, x1=113, top=522),
        Line("Awarded on: Jul 01, 2021", 10.2, x0=49, x1=200, top=545, gap_before=0.4),
        Line(
            "In recognition for being the primary driving force behind the exceptionally successful",
            12,
            x0=49,
            x1=553,
            top=570,
            gap_before=0.4,
        ),
    ]
    _header, sections, _warnings = split_sections(lines)
    # THEN there is one section, the awards, and "Technology" is one of its lines
    assert [s.key for s in sections] == ["awards"]
    assert "Technology" in [line.text for line in sections[0].lines]


def test_a_short_line_before_a_tight_section_word_is_no_wrap() -> None:
    # GIVEN a document in one type where "Skills" follows a short course list with no space above it
    lines = [
        Line("Education", 12, x0=28, x1=90, top=469),
        Line("California State University", 12, x0=28, x1=200, top=483),
        Line("Courses: Data Structures, Systems Programming", 12, x0=28, x1=300, top=497),
        Line("Skills", 12, x0=28, x1=60, top=511),
        Line("Languages: Python, C", 12, x0=28, x1=150, top=525),
        Line(
            "A line of the page that reaches the right margin of this column, set in the same type",
            12,
            x0=28,
            x1=560,
            top=539,
        ),
    ]
    _header, sections, _warnings = split_sections(lines)
    assert [s.key for s in sections] == ["education", "skills"]


def test_a_skills_sections_first_group_in_body_type_is_a_group_not_the_languages_section() -> None:
    # GIVEN "SKILLS" in a large type over "Languages" on a line of its own in the body's type, then its tags
    lines = [
        Line("SKILLS", 16.5, x0=50, top=641),
        Line("Languages", 12, x0=49, top=674),
        Line("C/C++  C#  Python  Bash", 12, x0=49, top=701),
        Line("Provisioning", 12, x0=49, top=750),
        Line("Foreman  Kubernetes  Docker", 12, x0=49, top=776),
        Line("AWARDS", 16.5, x0=51, top=820),
        Line("High Performing Employee", 12, x0=49, top=850),
    ]
    _header, sections, _warnings = split_sections(lines)
    # THEN the groups stay in the skills section
    assert [s.key for s in sections] == ["skills", "awards"]
    assert [line.text for line in sections[0].lines][:2] == ["Languages", "C/C++  C#  Python  Bash"]


def test_two_years_across_a_spaced_dash_the_wrong_way_round_are_still_the_range() -> None:
    from resume_autofix.importer.dates import find_dates  # noqa: PLC0415

    (span,) = find_dates("2014 — 2010  4 years")
    assert (span.start, span.end) == ("2010", "2014")
    # AND months the wrong way round stay two dates: which one is the typo cannot be told
    assert len(find_dates("Jan 2020 - Mar 2018")) == 2


def test_programming_languages_wrapped_in_a_skills_tables_label_column_names_no_section() -> None:
    from resume_autofix.importer.assemble import _side_headings  # noqa: PLC0415

    lines = [
        Line("Programming  Java 7 - 19, Scala 2.11 -  C#, JavaScript,  Python, C++", 10.5, x0=51.2, top=113.5),
        Line("Languages  2.13, Haxe 2 & 3  CoffeeScript", 10.5, x0=51.2, top=129.2),
        Line("Frameworks  Play Framework,  Akka, Guice, Scalatra,  Spring", 10.5, x0=51.2, top=151.0),
    ]
    # THEN "Languages" stays the first cell of its row: the rest of the label "Programming Languages"
    assert [line.text for line in _side_headings(lines)] == [line.text for line in lines]
    # BUT a languages row under a row labelled otherwise is still the languages section set in a margin
    other = [
        Line("Technology  Cybersecurity  Svelte", 10, x0=28.3, top=174.8),
        Line("Languages  English (native)  French (fluent)", 10, x0=28.3, top=197.4),
    ]
    assert "Languages" in [line.text for line in _side_headings(other)]


def test_a_range_stacked_in_the_margin_over_a_bar_beside_a_wrapped_title_is_the_titles() -> None:
    from resume_autofix.importer.datemargin import prepare  # noqa: PLC0415

    # GIVEN pagedown's timeline: the start beside the title, a bar, the end beside the title's wrapped last line
    lines = [
        Line("Avr 2020  Developpeur d'application web en R Shiny, stage", 9.6, x0=37.3, x1=300, top=393.8),
        Line("|  CERDI CNRS (Centre de Recherches et d'Etudes en", 9.0, x0=52.9, x1=300, top=404.2),
        Line("Juil 2020  Développement International)", 9.0, x0=37.2, x1=250, top=415.5),
        Line("Utilisation de R et du framework Shiny", 7.8, x0=102.3, x1=250, top=436.5),
    ]
    out = prepare(lines)
    # THEN the range is on the title line and the title's other lines keep their text
    assert out[0].cells[0] == "Avr 2020 – Juil 2020"
    assert [line.text for line in out[1:3]] == [
        "CERDI CNRS (Centre de Recherches et d'Etudes en",
        "Développement International)",
    ]


def test_how_a_job_was_held_written_after_the_role_stays_in_the_position() -> None:
    text = """Jane Doe
jane@example.com

Experience

Programmeur statisticien, stage
SAS LogoSapience
Apr 2019 - Jun 2019
- Built a recommender system.
"""
    (job,) = import_resume(text.encode(), "cv.txt").resume["work"]
    assert (job["position"], job["name"]) == ("Programmeur statisticien, stage", "SAS LogoSapience")


def test_a_brazilian_number_inside_an_address_sentence_and_technical_qualities_as_skills() -> None:
    text = """Rafael Andrade
Endereço: Rua Açucenas, N° 117 - Belo Horizonte - CEP: 30421-232. Cel: (31) 98920-3855. rafael@example.com. 18 anos

QUALIDADES TÉCNICAS:
Linguagens
• PHP Avançado;
• Python Intermediário;
"""
    resume = import_resume(text.encode(), "cv.txt").resume
    assert resume["basics"]["phone"] == "(31) 98920-3855"
    assert resume["skills"]


def test_a_date_and_its_time_in_a_header_is_no_phone() -> None:
    from resume_autofix.importer.phones import phone_inside  # noqa: PLC0415

    assert phone_inside("Generated 2021-06-03 21:46:41 -0500") is None


def _hh_ru_lines() -> list[Line]:
    """hh.ru's export: dates in a margin, the employer in 12 pt, its place and trade in 9 pt, the role in 12 pt."""
    return [
        Line("Апрель 2023 —  БиАйЭй-Технолоджиз", 12, x0=56.8, x1=300, top=632.5),
        Line("Май 2024", 8, x0=56.8, x1=90, top=643.5),
        Line("Санкт-Петербург, bia-tech.ru", 9, x0=146.8, x1=260, top=648.3),
        Line("1 год 2 месяца", 8, x0=56.8, x1=110, top=654.5),
        Line("Информационные технологии, системная интеграция, интернет", 9, x0=146.8, x1=400, top=661.3),
        Line("Веб-разработчик", 12, x0=146.8, x1=240, top=742.7),
        Line("В основном бэкенд разработка на python.", 9, x0=146.8, x1=500, top=759.3),
    ]


def test_a_role_in_the_employers_type_under_its_place_and_trade_is_the_position() -> None:
    from resume_autofix.importer.entries import split_entries  # noqa: PLC0415

    (entry,) = split_entries(_hh_ru_lines(), 9.0, True)
    assert entry.parts[0] == "БиАйЭй-Технолоджиз"
    assert "Веб-разработчик" in entry.parts
    assert (entry.date.start, entry.date.end) == ("2023-04", "2024-05")
    # AND the margin's duration in Russian is no title part
    assert not any("месяц" in p for p in entry.parts)


def test_a_last_updated_stamp_is_no_dated_entry() -> None:
    from resume_autofix.importer.letter import is_stamp  # noqa: PLC0415

    assert is_stamp("Резюме обновлено 27 октября 2024 в 23:56")
    assert is_stamp("(Last Updated: July 2026)")
    assert is_stamp("Dernière mise à jour 2020-10-02.")
    assert not is_stamp("Mise à jour du système 2019")  # a task in a job's description


def test_a_form_of_colon_labels_names_its_fields_and_the_name_label_is_no_part_of_the_name() -> None:
    text = """Resume
Basic information
Name: QIAN, CHENGYU
Phone number: +86 15306299608

Education
Current education
Name of university: University of Electronic Science and Technology of China
Dates of study: Sep.2014 – June 2018
Degree level: Bachelor
Degree major: Software Engineering
Previous education
Name of high school: Nantong Middle School of Jiangsu Province
Dates of study: Sep.2011 –June. 2014
"""
    resume = import_resume(text.encode(), "cv.txt").resume
    assert resume["basics"]["name"] == "QIAN, CHENGYU"
    first, second = resume["education"]
    assert (first["institution"], first["studyType"], first["area"]) == (
        "University of Electronic Science and Technology of China",
        "Bachelor",
        "Software Engineering",
    )
    assert (first["startDate"], first["endDate"]) == ("2014-09", "2018-06")
    assert second["institution"] == "Nantong Middle School of Jiangsu Province"


def test_word_employers_in_the_titles_bold_under_each_title_and_dates_are_the_employers() -> None:
    import io  # noqa: PLC0415

    import docx  # noqa: PLC0415
    from docx.shared import Pt  # noqa: PLC0415

    document = docx.Document()
    document.add_paragraph("Róger Ninow", style="Title")
    document.add_paragraph("rogerninow@example.com")
    document.add_paragraph().add_run("Experiência").bold = True
    for title, dates, employer in [
        ("DESENVOLVEDOR SOFTWARE", "Set/2021 – atual", "RN Software"),
        ("DESENVOLVEDOR SOFTWARE", "Nov/2020 – Set/2021", "Datainfo"),
        ("SUPORTE TÉCNICO", "Ago/2012 – Ago/2015", "Rapidanet"),
    ]:
        for text in (f"{title}\t{dates}", employer):  # both in the title's 12 pt bold
            run = document.add_paragraph().add_run(text)
            run.bold, run.font.size = True, Pt(12)
        for text in ("Desenvolvimento de sistemas, sites e aplicativos.", "Stack utilizada: PHP, Laravel, Mysql."):
            document.add_paragraph().add_run(text).font.size = Pt(8)
    buffer = io.BytesIO()
    document.save(buffer)
    work = import_resume(buffer.getvalue(), "cv.docx").resume["work"]
    # THEN each employer is its job's, not a section of its own nor the rest of a wrapped title
    assert [(w.get("name"), w.get("position"), w.get("startDate")) for w in work] == [
        ("RN Software", "DESENVOLVEDOR SOFTWARE", "2021-09"),
        ("Datainfo", "DESENVOLVEDOR SOFTWARE", "2020-11"),
        ("Rapidanet", "SUPORTE TÉCNICO", "2012-08"),
    ]


def test_academic_information_headings_name_the_education() -> None:
    from resume_autofix.importer.vocabulary import vocabulary_key  # noqa: PLC0415

    for heading in ("Informações Acadêmicas", "Información académica", "Informations académiques"):
        assert vocabulary_key(heading) == "education"
    assert vocabulary_key("Sobre") == "summary"


def test_linkedins_labelled_dates_under_the_employer_its_link_and_the_role() -> None:
    text = """Mark Gomersbach
mark@example.nl

Experience

**Klarrio**
https://www.klarrio.com/
**Site Reliability Engineer**
Dates Employed: Dec 2018 – Present
Location: Rotterdam, the Netherlands
Klarrio is a young, rapidly growing Cloud Native Services Integrator.

**MYLAPS Sports Timing**
https://www.mylaps.com/
**Senior Linux Engineer**
Dates Employed: Aug 2015 – Oct 2018
Helped this company modernize its datacenter.
"""
    work = import_resume(text.encode(), "cv.md").resume["work"]
    assert [(w.get("name"), w.get("position"), w.get("startDate")) for w in work] == [
        ("Klarrio", "Site Reliability Engineer", "2018-12"),
        ("MYLAPS Sports Timing", "Senior Linux Engineer", "2015-08"),
    ]


def test_a_role_en_an_employer_with_no_employer_elsewhere_names_the_employer() -> None:
    from resume_autofix.importer.employer_en import employer_after_en  # noqa: PLC0415

    assert employer_after_en("Desarrollador Full stack e ingeniero DevOps en Softtek") == (
        "Desarrollador Full stack e ingeniero DevOps",
        "Softtek",
    )
    # BUT a role's field or subject after "en" is no employer
    for title in (
        "Especialista en Seguridad Informática",
        "Ingeniero en Sistemas",
        "Enseignant titulaire en Mathématiques",
        "Consultor en Tecnologías de la Información",
    ):
        assert employer_after_en(title) is None


def test_a_check_mark_before_a_skill_is_no_part_of_it() -> None:
    from resume_autofix.importer.lists import items_of  # noqa: PLC0415

    assert items_of("✔ Docker Swarm") == ["Docker Swarm"]
    assert items_of("✓ Vue (Quasar), ✓ React") == ["Vue (Quasar)", "React"]


def test_spanish_now_an_engineering_degree_and_a_teaching_centre() -> None:
    from resume_autofix.importer.dates import find_dates  # noqa: PLC0415
    from resume_autofix.importer.roles import degree_score, institution_score  # noqa: PLC0415

    (span,) = find_dates("2019 - ahora")
    assert (span.start, span.present) == ("2019", True)
    assert degree_score("Ingeniería en Cibernética Electrónica") > 0
    assert degree_score("Facultad de Ciencias Exactas, Ingeniería y Agrimensura") <= 0
    assert institution_score("Centro de Enseñanza Técnica y Superior (CETYS)") > 0


def test_a_running_footer_of_the_persons_contacts_is_read_with_the_header() -> None:
    from resume_autofix.importer.service import drop_running_lines  # noqa: PLC0415

    footer = "H +33 (0)6 77 29 85 61 • B patrick.deflandre@example.com"
    lines = [
        Line("Patrick Deflandre", 37.9, page=0, top=151),
        Line("Expériences", 14.3, page=0, top=300),
        Line("2013–2017 Développeur système embarqué, GEA, Meylan.", 10.9, page=0, top=320),
        Line(footer, 10, page=0, top=800),
        Line("Formation", 14.3, page=1, top=100),
        Line("1991–1992 DUT Génie électrique, IUT Joseph Fourier", 10.9, page=1, top=120),
        Line(footer, 10, page=1, top=800),
        Line("Page 2", 10, page=1, top=820),
    ]
    kept = [line.text for line in drop_running_lines(lines)]
    # THEN the footer is read once, right after the name, and its second copy and the page number are gone
    assert kept[:2] == ["Patrick Deflandre", footer]
    assert kept.count(footer) == 1
    assert "Page 2" not in kept


def test_a_place_set_over_the_dates_of_the_role_below_is_the_employers_place() -> None:
    from resume_autofix.importer.entries import split_entries  # noqa: PLC0415

    lines = [
        Line("Hospital José María Vargas  Aragua, Cagua", 11, bold=True),
        Line("IT Support  Sep 2020 – Dec 2020", 11),
        Line("Implemented a preventive maintenance plan for all computer systems.", 11, bullet=True),
    ]
    (entry,) = split_entries(lines, 11.0, True)
    assert entry.location == "Aragua, Cagua"
    assert "Aragua, Cagua" not in entry.parts


def test_biography_and_employments_are_sections_and_a_handle_is_no_name() -> None:
    from resume_autofix.importer.vocabulary import vocabulary_key  # noqa: PLC0415

    assert vocabulary_key("Biography") == "summary"
    assert vocabulary_key("Biografía") == "summary"
    assert vocabulary_key("Employments") == "work"
    text = """Curriculum Vitae  @geografiard
José Ramón Martínez Batlle
joseramon@example.org
"""
    assert import_resume(text.encode(), "cv.txt").resume["basics"]["name"] == "José Ramón Martínez Batlle"


def test_degrees_taken_side_by_side_with_the_same_dates_are_each_an_entry() -> None:
    from resume_autofix.importer.entries import split_entries  # noqa: PLC0415

    lines = []
    for field in ("Applied Physics", "Applied Mathematics", "Computer Science"):
        lines += [
            Line(f"{field}, Bachelor", 12, x0=48, x1=200),
            Line("2014 — 2010  4 years", 10.2, x0=48, x1=160),
            Line("Metropolitan State University", 12, x0=48, x1=220),
        ]
    assert len(split_entries(lines, 12.0, True)) == 3


def test_a_deeper_heading_that_names_a_section_above_the_first_section_is_that_section() -> None:
    text = """# Bertrand Tornil

## Software Engineer, PhD

bertrand@example.com

### Skills

- WebService Architectures
- DevOps

## Professional Experience

### Principal Software Engineer

Itron, 2016 - present
"""
    resume = import_resume(text.encode(), "cv.md").resume
    assert [s["name"] for s in resume["skills"]] == ["WebService Architectures", "DevOps"]


def test_three_roles_listed_with_commas_are_one_position() -> None:
    text = """Jane Doe
jane@example.com

Experience

Data Scientist, Web architect, Lead Dev, Release Manager
2009 - 2016
IsCool Entertainment
- Built the data platform.
"""
    (job,) = import_resume(text.encode(), "cv.txt").resume["work"]
    assert job["position"] == "Data Scientist, Web architect, Lead Dev, Release Manager"
    assert job["name"] == "IsCool Entertainment"


def test_a_section_word_repeated_inside_jobs_under_no_heading_is_a_label() -> None:
    lines = [
        Line("Mikhail Glukhov", 20),
        Line("Solution Architect at Insolar [Jan 2020 - Jan 2021]", 14.3),
        Line("Enterprise blockchain startup.", 10.9),
        Line("Achievements:", 10.9),
        Line("Designed the Observer component.", 10.9),
        Line("Blockchain researcher at Waves [Sep 2018 - Dec 2019]", 14.3),
        Line("Achievements:", 10.9),
        Line("Developed a decompiler for Ride.", 10.9),
    ]
    _header, sections, _warnings = split_sections(lines)
    assert "awards" not in [s.key for s in sections]


def test_two_months_a_wide_gap_apart_are_a_range_whose_dash_was_lost() -> None:
    from resume_autofix.importer.dates import find_dates  # noqa: PLC0415

    (span,) = find_dates("Blockchain researcher at Waves [Sep 2018  Dec 2019]")
    assert (span.start, span.end) == ("2018-09", "2019-12")
    # BUT one space is a sentence's, and the later date first is no range
    assert len(find_dates("Sep 2018 Dec 2019")) == 2
    assert len(find_dates("Dec 2019  Sep 2018")) == 2


def test_dates_in_small_type_around_a_titles_baseline_are_its_range() -> None:
    from resume_autofix.importer.datemargin import prepare  # noqa: PLC0415

    lines = [
        Line("2017", 8, x0=81.9, x1=98.9, top=229.7),
        Line("Self-service data analytics, CapGemini, Marseille, www.capgemini.com.", 10.9, x0=108, x1=400, top=234.5),
        Line("2018", 8, x0=70.7, x1=87.7, top=240.7),
        Line("Technologies : Hadoop, Spark, AWS", 10, x0=108, x1=300, top=248),
        Line("2017", 8, x0=73.3, x1=90.2, top=266.1),
        Line("• Stage - Ingénieur iOS  (3 mois), Care Labs, Montpellier.", 10.9, x0=79, x1=400, top=271),
        Line("L'application CareBook est un carnet de santé personnel.", 10, x0=108, x1=500, top=284.5),
    ]
    out = prepare(lines)
    assert [line.cells[0] for line in out if not line.bullet][:3] == [
        "2017 – 2018",
        "Technologies : Hadoop, Spark, AWS",
        "2017",
    ]
    assert not out[2].bullet  # the title, whatever mark stood before it


def test_how_a_job_was_held_written_before_the_role_stays_in_the_position() -> None:
    text = """Jane Doe
jane@example.com

Expériences

Stage - Développeur iOS, Lundi Matin, Montpellier
2016
- RoverCash remplace la caisse enregistreuse classique.
"""
    (job,) = import_resume(text.encode(), "cv.txt").resume["work"]
    assert (job["position"], job["name"]) == ("Stage - Développeur iOS", "Lundi Matin")


def test_technologies_in_other_languages_and_a_gymnazium_name_the_skills_and_a_school() -> None:
    from resume_autofix.importer.assemble import _side_headings  # noqa: PLC0415
    from resume_autofix.importer.roles import institution_score  # noqa: PLC0415
    from resume_autofix.importer.vocabulary import vocabulary_key  # noqa: PLC0415

    assert vocabulary_key("TECHNOLOGIE") == "skills"
    assert institution_score("Gymnázium Arabská") > 0
    # AND a skills table's row "Technologie" and three tags or more is a group, not the skills section in a margin
    row = Line("Technologie  Cybersicherheit  Cloud-Computing  Svelte", 10, x0=28.3, top=174.8)
    assert _side_headings([row])[0].text == row.text


def test_a_label_well_right_of_the_headings_edge_is_a_rows_label_and_a_bracketed_country_a_place() -> None:
    from resume_autofix.importer.assemble import _side_headings  # noqa: PLC0415
    from resume_autofix.importer.items import school_place  # noqa: PLC0415

    lines = [
        Line("EDUCATION AND TRAINING", 9, x0=58.7, x1=160, top=668.9),
        Line("Dec 2012 – Apr 2016  Master's degree in Computer Science  ISCED 7", 12, x0=92.4, x1=500, top=690),
        Line("University of Florence (Italy)", 9, x0=187.1, x1=300, top=705),
        Line("Projects  Rankboost: C++ implementation of the learning-to-rank algorithm", 9, x0=144.8, x1=500, top=720),
    ]
    # THEN Europass's "Projects" label inside the school's entry is no section heading
    assert [line.text for line in _side_headings(lines)] == [line.text for line in lines]
    assert school_place("University of Florence (Italy)") == ("University of Florence", "Italy")
    assert school_place("Instituto Superior Técnico (University of Lisbon)") is None


def test_a_heading_typed_one_letter_off_names_its_section_and_a_job_word_does_not() -> None:
    from resume_autofix.importer.vocabulary import exact_key, vocabulary_key  # noqa: PLC0415

    assert exact_key("Experiance") == "work"
    assert exact_key("Educaton") == "education"
    assert exact_key("Academic Achivements") == "awards"
    assert vocabulary_key("Professional Experiance") == "work"
    # BUT a word that differs at its end, or a job title, is no heading
    assert vocabulary_key("Experienced") is None
    assert vocabulary_key("Educator") is None


def test_research_and_academic_projects_are_projects() -> None:
    from resume_autofix.importer.vocabulary import vocabulary_key  # noqa: PLC0415

    assert vocabulary_key("Research Projects") == "projects"
    assert vocabulary_key("Academic Projects") == "projects"
    assert vocabulary_key("Research Experience") == "work"


def test_the_person_a_school_is_named_for_after_a_dash_is_part_of_its_name() -> None:
    from resume_autofix.importer.titles import split_title  # noqa: PLC0415

    assert split_title("Master of Science, Université Toulouse III - Paul Sabatier") == [
        "Master of Science",
        "Université Toulouse III - Paul Sabatier",
    ]
    assert split_title("Software Engineer - Google Inc") == ["Software Engineer", "Google Inc"]


def test_a_role_at_a_unit_over_its_organisation_keeps_the_title_whole() -> None:
    text = """Sina Schlegel
sina@example.com

Experience

Research Assistant at the Chair of Mathematics
University of St.Gallen (HSG)
09/2024 - present
- Tutoring first-year students.
"""
    (job,) = import_resume(text.encode(), "cv.txt").resume["work"]
    assert job["position"] == "Research Assistant at the Chair of Mathematics"
    assert job["name"] == "University of St.Gallen (HSG)"


def test_a_one_word_town_after_a_schools_comma_is_its_place_but_not_a_colleges_or_a_campus() -> None:
    from resume_autofix.importer.items import school_place  # noqa: PLC0415
    from resume_autofix.importer.roles import institution_score  # noqa: PLC0415

    assert school_place("Rabanus-Maurus-Gymnasium, Mainz") == ("Rabanus-Maurus-Gymnasium", "Mainz")
    assert school_place("The British College, Kathmandu") == ("The British College", "Kathmandu")
    assert school_place("Trinity College, Cambridge") is None  # a college of a collegiate university
    assert school_place("California State University, Chico") is None  # a campus
    assert institution_score("Kantonsschule Sargans") > 0


def test_a_date_in_a_sentence_of_the_body_opens_no_entry_where_entries_have_their_own_dates_lines() -> None:
    from resume_autofix.importer.entries import split_entries  # noqa: PLC0415

    lines = [
        Line("KTH Royal Institute of Technology", 12.6, bold=True),
        Line("Master's Degree in Cybersecurity", 11.7, bold=True),
        Line("August 2023 - June 2025", 7.5, bold=True),
        Line("Secretary of The Board for student CTF team RoyalRoppers during 2024.", 9, bold=True),
        Line("Instituto Superior Técnico", 12.6, bold=True),
        Line("Bachelor's Degree in Computer Science and Engineering", 11.7, bold=True),
        Line("September 2020 - July 2023", 7.5, bold=True),
        Line("Awarded an Academic Excellence Diploma (2022/2023).", 9, bold=True),
    ]
    entries = split_entries(lines, 9.0, True)
    assert len(entries) == 2


def test_two_digit_years_after_any_apostrophe_and_two_months_sharing_one() -> None:
    from resume_autofix.importer.dates import find_dates  # noqa: PLC0415

    for text, start, end in (
        ("Sept - Dec ‘21 — Remote", "2021-09", "2021-12"),
        ("May - Aug `20", "2020-05", "2020-08"),
        ("Sep ‘19 – Dec ‘21", "2019-09", "2021-12"),
    ):
        (span,) = find_dates(text)
        assert (span.start, span.end) == (start, end)
    assert find_dates("Worked on July 22 projects") == []


def test_a_cell_of_marks_alone_is_no_title_part() -> None:
    from resume_autofix.importer.entries import split_entries  # noqa: PLC0415

    (entry,) = split_entries([Line("Full-Stack Developer  ■  Jan 2021 - Apr 2021", 10, bold=True)], 10.0, True)
    assert "■" not in entry.parts


def test_a_shokumu_keirekishos_skills_heading_and_a_japanese_middle_dot_between_heading_words() -> None:
    from resume_autofix.importer.vocabulary import vocabulary_key  # noqa: PLC0415

    assert vocabulary_key("活かせるスキル・知識") == "skills"
    assert vocabulary_key("スキル・資格") == "skills"
    assert vocabulary_key("プロジェクト・研究") == "projects"


def test_a_margin_heading_broken_over_two_lines_is_one_heading_again() -> None:
    from resume_autofix.importer.marginheadings import broken_margin_headings  # noqa: PLC0415

    lines = [
        Line("2013-12-01 - 2014-12-01  魔笛  CEO/总裁", 9, x0=75.8, x1=300, top=104.2),
        Line("工作", 13.5, x0=27.8, x1=55, top=108.8),
        Line("魔笛是一种基于专有通用压缩算法的多平台技术。", 9, x0=75.8, x1=400, top=120.8),
        Line("经历", 13.5, x0=27.8, x1=55, top=129.0),
        Line("为艺术家建立算法", 9, x0=75.8, x1=300, top=137.2),
    ]
    assert [line.text for line in broken_margin_headings(lines)][1] == "工作经历"
    # BUT a mark over a heading joins nothing
    marked = [Line("*", 10, x0=20, x1=25, top=10), Line("Certifications", 12, x0=20, x1=90, top=22)]
    assert [line.text for line in broken_margin_headings(marked)] == ["*", "Certifications"]


def test_a_unit_named_by_its_listed_subjects_stays_one_part() -> None:
    from resume_autofix.importer.titles import split_title  # noqa: PLC0415

    assert split_title("Department of Earth, Ocean and Atmospheric Sciences, University of British Columbia") == [
        "Department of Earth, Ocean and Atmospheric Sciences",
        "University of British Columbia",
    ]
    # BUT the field after a school is no part of its name
    assert split_title("University of York, England, Mathematics and Music")[-1] == "Mathematics and Music"


def test_a_job_told_in_a_sentence_with_a_junior_title_or_as_a_volunteer() -> None:
    text = """Nimrod Adar
nimrod@example.com

Experience

2013-2014
Sysadmin in Intel Haifa, managing a cluster of Linux servers.
2007-2009
Volunteered as a tutor at Hadar Haifa learning center, teaching math and English.
2007-2008
Jr. sysadmin and help-desk in Haifa University' library. Assisted in decommissioning.
"""
    work = import_resume(text.encode(), "cv.txt").resume["work"]
    assert [(w.get("position"), w.get("name")) for w in work] == [
        ("Sysadmin", "Intel Haifa"),
        ("tutor", "Hadar Haifa learning center"),
        ("Jr. sysadmin and help-desk", "Haifa University' library"),
    ]


def test_a_languages_section_of_labelled_lists_of_programming_languages_is_skills() -> None:
    text = """David Wickes
dave@example.com

## Languages

- Used in production: Kotlin, JavaScript/TypeScript, Groovy, Ruby, Go, Java
- Used outside of work: Common Lisp, Scheme, Racket, OCaml, Smalltalk
"""
    resume = import_resume(text.encode(), "cv.md").resume
    assert "languages" not in resume
    assert resume["skills"][0]["name"] == "Used in production"


def test_a_section_word_as_the_first_item_of_a_colon_headed_list_is_an_item() -> None:
    lines = [
        Line("Jane Doe", 16),
        Line("Personal Hobbies:", 11, bold=True),
        Line("Programming", 11),
        Line("Playing badminton", 11),
        Line("Watch movies", 11),
    ]
    _header, sections, _warnings = split_sections(lines)
    assert [s.key for s in sections] == ["interests"]
    assert [line.text for line in sections[0].lines] == ["Programming", "Playing badminton", "Watch movies"]
