"""Rules of the sixteenth round: those made before its held-out wave arrived, and those sets 96 to 99 showed."""

from __future__ import annotations

import json

from resume_autofix.importer import import_resume


def _schools(text: str) -> list[dict[str, object]]:
    return import_resume(f"Jane Doe\njane@example.com\n\nEDUCATION\n{text}".encode(), "cv.txt").resume["education"]


def test_a_degree_and_its_letters_are_the_degree_as_printed() -> None:
    # GIVEN LinkedIn's "Degree - LETTERS, Field" under the school, and a degree with its letters in brackets
    (linkedin,) = _schools(
        "Università degli Studi di Padova\nMaster of Engineering - MEng, Computer Engineering\n"
        "October 2022 - October 2025"
    )
    # THEN the letters stay with the degree as printed, and the field after them is the area
    assert linkedin["studyType"] == "Master of Engineering - MEng"
    assert linkedin["area"] == "Computer Engineering"
    assert linkedin["institution"] == "Università degli Studi di Padova"
    (bracketed,) = _schools("Eastern Mennonite University\nBachelor of Science (B.S.), Computer Science\n2014 - 2018")
    assert bracketed["studyType"] == "Bachelor of Science (B.S.)"
    assert bracketed["area"] == "Computer Science"


def test_letters_that_are_not_the_degrees_stay_out_of_it() -> None:
    # GIVEN a degree followed by a school's initials that are not its own letters
    (item,) = _schools("Bachelor of Engineering - MIT, Computer Science\n2014 - 2018")
    # THEN the degree keeps its own name only
    assert item["studyType"] == "Bachelor of Engineering"


def test_a_degree_line_under_its_school_gives_the_whole_rest_of_the_line_as_the_field() -> None:
    # GIVEN LinkedIn's "Degree, Field · (dates)" under the school, the field holding a comma or a dash of its own
    schools = _schools(
        "Pooya Science and Research Institute\nStudent, Computer Programming/Programmer, General · (2010 - 2013)\n"
        "Tehran Institute of Technology\nEngineer's degree, Microcontroller · (2012 - 2015)\n"
        "Università degli Studi di Padova\n"
        "Master of Engineering - MEng, Computer engineering - Artificial Intelligence · (2022 - 2025)"
    )
    # THEN the field is all the line holds after the degree's comma, up to the dates
    assert [(s["studyType"], s.get("area")) for s in schools] == [
        ("Student", "Computer Programming/Programmer, General"),
        ("Engineer's degree", "Microcontroller"),
        ("Master of Engineering - MEng", "Computer engineering - Artificial Intelligence"),
    ]


def test_a_label_or_a_grade_after_the_field_is_no_part_of_it() -> None:
    (labelled,) = _schools(
        "Uniwersytet w Shire\nStudia o Śródziemiu, studia licencjackie, praca: Historia Hobbitów\n2015"
    )
    assert "praca" not in str(labelled.get("area"))
    (graded,) = _schools("Stanford University\nB.S., Computer Science, GPA 3.9\n2015")
    assert "GPA" not in str(graded.get("area"))


def test_baltic_south_slavic_icelandic_and_albanian_headings_name_their_sections() -> None:
    from resume_autofix.importer.vocabulary import exact_key  # noqa: PLC0415

    cases = {
        "Išsilavinimas": "education",
        "Ankstesni Darbai": "work",
        "Darba pieredze": "work",
        "Töökogemus": "work",
        "Radno iskustvo": "work",
        "Izobrazba": "education",
        "Menntun": "education",
        "Aftësitë": "skills",
        "Kalbos": "languages",
        "Current Position": "work",
        "Research Highlights": "summary",
    }
    for heading, key in cases.items():
        assert exact_key(heading) == key, heading
    # BUT "Highlights" alone stays a label inside a job (JSON Resume themes print it so)
    assert exact_key("Highlights") is None


def test_a_physicians_name_with_md_after_it_is_the_name_not_a_town_in_maryland() -> None:
    resume = import_resume(
        b"Anthony Onde Morada, MD\nanthony@example.com\n\nEXPERIENCE\nResident | 2022 - Present\n", "cv.txt"
    ).resume
    assert resume["basics"]["name"] == "Anthony Onde Morada"
    assert "location" not in resume["basics"]
    from resume_autofix.importer.basics import _without_degree  # noqa: PLC0415

    # a town and its state's code keep theirs; a name with an initial loses the letters
    assert _without_degree("Silver Spring, MD") == "Silver Spring, MD"
    assert _without_degree("Jane A. Doe, MD") == "Jane A. Doe"


def test_a_table_whose_header_names_start_and_end_columns_gives_each_row_its_range() -> None:
    # GIVEN a Markdown table headed "Company | From | To | Position", a linked company, and a school table whose last
    # column was left empty on one row
    text = (
        "# Jane Doe\n\njane@example.com\n\n## Experience\n\n"
        "| Company | From | To | Position |\n|---|---|---|---|\n"
        "| Private practice | 2012 | 2014 | Freelance programmer |\n"
        "| [Erksa](http://www.erksa.lt/) | 2014 | 2015 | Branch Manager |\n\n"
        "## Education\n\n| Institution | Course | Started | Finished | Comment |\n|---|---|---|---|---|\n"
        "| Baltic Talents Academy | Java Junior Programmer | 2018 | 2019 | Top of the class |\n"
        "| Kaunas School | Secondary education | 1999 | 2011 |   |\n"
    )
    resume = import_resume(text.encode(), "cv.md").resume
    # THEN each row is an entry, its fields named by their columns and its range from the two date columns
    assert [(w["name"], w["position"], w["startDate"], w["endDate"]) for w in resume["work"]] == [
        ("Private practice", "Freelance programmer", "2012", "2014"),
        ("Erksa", "Branch Manager", "2014", "2015"),
    ]
    assert [(e["institution"], e["studyType"], e["startDate"], e["endDate"]) for e in resume["education"]] == [
        ("Baltic Talents Academy", "Java Junior Programmer", "2018", "2019"),
        ("Kaunas School", "Secondary education", "1999", "2011"),
    ]


def test_a_timeline_range_with_its_end_on_top_a_bar_and_its_start_at_the_foot_is_one_range() -> None:
    from resume_autofix.importer.lines import CELL_SEP, Line  # noqa: PLC0415
    from resume_autofix.importer.stacked import stacked_dates  # noqa: PLC0415

    # GIVEN R pagedown's timeline: "Current" (or the end year) beside the role, a bar before the employer, the place,
    # then the start year alone at the entry's foot
    def entry(top: str, start: str) -> list[Line]:
        return [
            Line(text=f"{top}{CELL_SEP}Research Data Manager", x0=19.2, x1=300.0),
            Line(text=f"|{CELL_SEP}Delft University of Technology", x0=26.5, x1=300.0),
            Line(text="Delft", x0=76.3, x1=120.0),
            Line(text=start, x0=19.2, x1=40.0),
        ]

    for top, start, expected in (("Current", "2023", "2023 – Current"), ("2020", "2016", "2016 – 2020")):
        joined = stacked_dates(entry(top, start))
        # THEN the range runs from the foot's year to the top's, earlier first
        assert joined[0].cells[0] == expected, top
        assert start not in [line.text for line in joined[1:]]


def test_a_margin_date_printed_as_its_month_over_its_year_is_one_date() -> None:
    from resume_autofix.importer.guard import all_iso_dates  # noqa: PLC0415
    from resume_autofix.importer.lines import CELL_SEP, Line  # noqa: PLC0415
    from resume_autofix.importer.stacked import months_over_years, stacked_dates  # noqa: PLC0415

    # GIVEN datadrivencv's margin: "Feb" over "2022" beside the role and its employer, a bar, "Sep" over "2020"
    lines = [
        Line(text=f"Feb{CELL_SEP}Mathematical Statistician", x0=20.1, x1=300.0),
        Line(text=f"2022{CELL_SEP}United States Census Bureau", x0=18.0, x1=300.0),
        Line(text="|", x0=24.0, x1=26.0),
        Line(text=f"Sep{CELL_SEP}• Wrote and edited programs in SAS", x0=20.3, x1=300.0),
        Line(text=f"2020{CELL_SEP}for production work.", x0=18.0, x1=300.0),
    ]
    joined = stacked_dates(months_over_years(lines))
    # THEN the range is Sep 2020 to Feb 2022, on the role's line, and the employer keeps its own line
    assert joined[0].cells == ["Sep 2020 – Feb 2022", "Mathematical Statistician"]
    assert joined[1].cells == ["United States Census Bureau"]
    # and the never-invent guard reads the month over its year in the source text too
    source = "\n".join(line.text for line in lines)
    assert {"2020-09", "2022-02"} <= all_iso_dates(source)
    # BUT a month over a year far apart from it (another column) is left alone
    apart = [Line(text="May", x0=20.0, x1=40.0), Line(text="2019", x0=300.0, x1=330.0)]
    assert months_over_years(apart) == apart


def test_each_titles_dates_as_the_first_item_of_its_list_are_its_range() -> None:
    # GIVEN RenderCV's Markdown: "## Employer, Role" over "- dates" and "- place", then the job's items
    md = (
        "# Jane Doe\n\njane@example.com\n\n# Experience\n\n"
        "## [Swan](https://swan.io), Staff Site Reliability Engineer\n\n- Feb 2024 – present\n- Bordeaux, France\n\n"
        "## Skale-5, Cloud Consultant / SRE\n\n- Mar 2019 – Feb 2022\n- Bordeaux, France\n"
        "- Harmonize and unify existing CI/CD processes\n"
    )
    work = import_resume(md.encode(), "cv.md").resume["work"]
    # THEN each job has its range and its place, and the dates are no longer one of its items
    assert [(w["name"], w["position"], w.get("startDate"), w.get("endDate")) for w in work] == [
        ("Swan", "Staff Site Reliability Engineer", "2024-02", None),
        ("Skale-5", "Cloud Consultant / SRE", "2019-03", "2022-02"),
    ]
    assert work[1]["highlights"] == ["Harmonize and unify existing CI/CD processes"]
    # BUT dates that lead a list item whose title is on the plain lines under them stay that entry's
    listed = (
        "# Jane Doe\n\njane@example.com\n\n## Education\n\n"
        "- 2023 - 2024\n  **Degree 2.** Institute\n- 2022\n  **Degree 3.** Institute\n"
    )
    schools = import_resume(listed.encode(), "cv.md").resume["education"]
    assert [s.get("endDate") for s in schools] == ["2024", "2022"]


def test_since_a_year_then_its_month_is_that_month() -> None:
    from resume_autofix.importer.dates import find_dates  # noqa: PLC0415

    (span,) = find_dates("AZ Ügynökség/Kaméleonline - since 2017 August")
    assert (span.start, span.end, span.present) == ("2017-08", None, True)
    # BUT a word after a year that is no month leaves the year alone
    assert find_dates("in 2019 Python")[0].start == "2019"


def test_a_list_of_long_role_bar_employer_titles_ending_in_their_dates_is_the_jobs() -> None:
    text = (
        "Jane Doe\njane@example.com\n\nProfessional Experience\n"
        "• Regulatory Affairs Manager | Nafas Zist Pharmed Company (Oct 2023 - Mar 2026)\n"
        "• Expert at Biological Products Department & Pharmaceutical API Department | Iran Food and Drug "
        "Administration (IFDA) (Dec 2019 - Oct 2022)\n"
        "• API Technical Manager & R&D Supervisor of API and Chemical Drugs Unit | Zist Takhmir Company "
        "(Nov 2017 - Dec 2019)\n"
    )
    work = import_resume(text.encode(), "cv.txt").resume["work"]
    assert [(w["name"], w["startDate"], w["endDate"]) for w in work] == [
        ("Nafas Zist Pharmed Company", "2023-10", "2026-03"),
        ("Iran Food and Drug Administration (IFDA)", "2019-12", "2022-10"),
        ("Zist Takhmir Company", "2017-11", "2019-12"),
    ]
    # BUT a long sentence that names a year is no title
    from resume_autofix.importer.dateline import dated  # noqa: PLC0415
    from resume_autofix.importer.lines import Line  # noqa: PLC0415

    sentence = "Led the migration of all the billing services to the new platform and cut costs by half in 2019."
    assert dated(Line(text=sentence)) is None


def test_a_table_headed_degree_field_of_study_institution_and_graduation_year() -> None:
    from resume_autofix.importer.fieldrows import header_rows  # noqa: PLC0415
    from resume_autofix.importer.lines import CELL_SEP, Line  # noqa: PLC0415

    rows = [
        ["Degree", "Field of Study", "University / Institution", "GPA (out of 20)", "Graduation Year"],
        ["Ph.D.", "Pharmaceutical Biotechnology", "Shahid Beheshti University of Medical Sciences", "18.62", "2017"],
    ]
    entries = header_rows([Line(text=CELL_SEP.join(r)) for r in rows])
    assert entries is not None
    (entry,) = entries
    # THEN the school and the degree are the title's parts, and the field goes by its column's name
    assert entry.parts == ["Shahid Beheshti University of Medical Sciences", "Ph.D."]
    assert entry.labelled == {"field of study": "Pharmaceutical Biotechnology"}
    assert entry.date is not None
    assert entry.date.start == "2017"


def test_a_turkish_employers_legal_form_ends_no_sentence_and_its_headings_are_known() -> None:
    from resume_autofix.importer.titles import LEGAL  # noqa: PLC0415
    from resume_autofix.importer.vocabulary import exact_key  # noqa: PLC0415

    for form in ("A.Ş.", "Şti.", "Kft.", "Zrt.", "d.o.o."):
        assert LEGAL.match(form), form
    assert exact_key("İş Deneyimleri") == "work"
    assert exact_key("Kişisel Bilgiler") == "contact"
    text = (
        "Fatma Sönmez\nsude@example.com\n\nİş Deneyimi\nKıdemli Yazılım Geliştirici - Teknoloji A.Ş.\n"
        "Ocak 2025 - Günümüz\n• Java ve Spring Boot kullanılarak web servisleri geliştirildi.\n"
        "Yazılım Geliştirici - Bilişim Ltd. Şti.\nHaziran 2023 - Ocak 2024\n• Masaüstü uygulamaları geliştirildi.\n"
    )
    work = import_resume(text.encode(), "cv.txt").resume["work"]
    assert [(w["name"], w["position"], w["startDate"]) for w in work] == [
        ("Teknoloji A.Ş.", "Kıdemli Yazılım Geliştirici", "2025-01"),
        ("Bilişim Ltd. Şti.", "Yazılım Geliştirici", "2023-06"),
    ]


def test_a_flat_list_of_dated_titles_each_over_its_duties() -> None:
    text = (
        "Sude Çolak\nsude@example.com\n\nİş Deneyimleri\n• Vodafone, Gönüllü Stajyer (2023 Yaz)\n"
        "• Müşteri hizmetleri ve temel ofis işleri deneyimi\n"
        "• Takım çalışması ve iletişim becerilerinin geliştirilmesi\n"
        "• Uğrak Eczanesi, Gönüllü Stajyer (2022 Yaz)\n• İlaç stok takibi ve müşteri danışmanlığı\n"
    )
    work = import_resume(text.encode(), "cv.txt").resume["work"]
    # THEN each dated item is a job (its season no part of its title), the items under it its duties
    assert [(w["name"], w["position"], w["startDate"]) for w in work] == [
        ("Vodafone", "Gönüllü Stajyer", "2023"),
        ("Uğrak Eczanesi", "Gönüllü Stajyer", "2022"),
    ]
    assert work[1]["highlights"] == ["İlaç stok takibi ve müşteri danışmanlığı"]
    from resume_autofix.importer.dates import find_dates  # noqa: PLC0415

    # a season after the year ends the date only where the bracket or the cell ends too
    assert find_dates("Intern (2023 Summer)")[0].stop == len("Intern (2023 Summer")
    assert find_dates("2019 Summer Internship")[0].stop == len("2019")


def test_solar_hijri_dates_are_read_in_their_own_calendar_in_persian_text_only() -> None:
    from resume_autofix.importer.dates import find_dates  # noqa: PLC0415

    # GIVEN an Iranian résumé's dates: a Persian month and a Solar Hijri year in Persian digits, "to now", a range
    (ongoing,) = find_dates("فن آوری اطلاعات پیشگام بینش — تهران  شهریور ۱۴۰۲ تا کنون")
    (closed,) = find_dates("• کاردانی علوم کامپیوتر — دانشگاه قم | ۱۴۰۰ تا ۱۴۰۲")
    # THEN they are kept as written, year and month number, never turned into a Gregorian day nobody wrote
    assert (ongoing.start, ongoing.end, ongoing.present) == ("1402-06", None, True)
    assert (closed.start, closed.end) == ("1400", "1402")
    # and a Gregorian range in Persian text is joined by its "تا" too
    (gregorian,) = find_dates("سال ۲۰۱۹ تا ۲۰۲۱")
    assert (gregorian.start, gregorian.end) == ("2019", "2021")
    # BUT a 14xx number outside Persian text, or a count in it, is no year
    assert find_dates("Street 1402 Main") == []
    assert find_dates("بیش از ۳٬۵۰۰ اندپوینت") == []


def test_middle_eastern_towns_are_places_and_persian_turkish_and_arabic_durations_are_durations() -> None:
    from resume_autofix.importer.dates import DURATION  # noqa: PLC0415
    from resume_autofix.importer.places import LOCATION  # noqa: PLC0415

    for town in ("تهران", "Tehran", "الرياض", "Amman", "İzmir"):
        assert LOCATION.match(town), town
    for lasted in ("(۷ ماه)", "6 ay", "3 yıl", "2 سنوات"):
        assert DURATION.search(lasted), lasted
    text = (
        "محمدرضا پورقربان\nm@example.com\n\nسوابق شغلی\n"
        "ره پویان پردازش گستر صحرا — تهران  ۱۴۰۱ تا ۱۴۰۲ (۷ ماه)\nکارآموز توسعه بک اند\n"
    )
    (job,) = import_resume(text.encode(), "cv.txt").resume["work"]
    assert (job["name"], job["startDate"], job["endDate"]) == ("ره پویان پردازش گستر صحرا", "1401", "1402")
    assert job.get("location") == "تهران"


def test_a_paged_text_resume_loses_its_running_heads_feet_and_table_of_contents() -> None:
    from resume_autofix.importer.text import read_text  # noqa: PLC0415

    # GIVEN a plain-text résumé laid out as an RFC: pages parted by form feeds, the same head and a numbered foot on
    # each page, a table of contents with dot leaders, numbered section headings
    page = "Levin                         Informational                     [Page {n}]\n\f\n"
    head = "                       Curriculum Vitae // Resume            August 2021\n\n"
    text = (
        "Aaron Levin\nvilevin@example.com\n\nTable of Contents\n\n"
        "   1.  Work Experience . . . . . . . . . . . . . . . . . .   2\n\n"
        + page.format(n=1)
        + head
        + "1.  Work Experience\n\n1.1.  Staff Software Engineer @ Stripe\n\n   *  March 2021 - Present\n\n"
        + page.format(n=2)
        + head
        + "1.2.  Data Scientist @ Demeure\n\n   *  2012 - 2013\n\n"
        + page.format(n=3)
    )
    lines = read_text(text).lines
    # THEN the numbered heading is a heading without its number, and each page's lines know their page
    heading = next(line for line in lines if line.heading)
    assert heading.text == "Work Experience"
    assert {line.page for line in lines} == {0, 1, 2}
    resume = import_resume(text.encode(), "cv.txt").resume
    said = json.dumps(resume)
    # and neither the running head ("August 2021" would read as a dated job) nor a contents line is read
    assert "Curriculum Vitae" not in said
    assert "Informational" not in said
    assert ". . ." not in said


def test_entries_numbered_as_an_outline_take_their_dates_from_the_list_under_them() -> None:
    text = (
        "Aaron Levin\nvilevin@example.com\n\n2.  Education\n\n2.1.  MSc.  Mathematics (University of Alberta)\n\n"
        "   *  Thesis work on Positivity in Banach Lattices\n   *  2006 - 2007\n   *  GPA: 3.8\n\n"
        "2.2.  BSc.  Engineering Physics (University of Alberta)\n\n   *  1999 - 2004\n\n"
        "4.  Work Experience\n\n4.1.  Staff Software Engineer @ Stripe\n\n   *  March 2021 - Present\n\n"
        "4.2.  Data Scientist @ Demeure\n\n   *  January 2012 - August 2012\n   *  Built models.\n"
    )
    resume = import_resume(text.encode(), "cv.txt").resume
    assert [(w["name"], w["position"], w["startDate"], w.get("endDate")) for w in resume["work"]] == [
        ("Stripe", "Staff Software Engineer", "2021-03", None),
        ("Demeure", "Data Scientist", "2012-01", "2012-08"),
    ]
    assert [(e["institution"], e["startDate"], e["endDate"]) for e in resume["education"]] == [
        ("University of Alberta", "2006", "2007"),
        ("University of Alberta", "1999", "2004"),
    ]


def test_a_role_a_bar_its_dates_and_where_is_a_title_though_it_runs_long() -> None:
    # GIVEN pandoc's DOCX of a physician's CV: "Role | dates Employer, Place" as list items over their duties
    text = (
        "Anthony Morada\nanthony@example.com\n\nResearch Experience\n"
        "• Clinical Investigator and Analyst | 2020 – 2022 Donald Guthrie Foundation, Guthrie Robert Packer Hospital, "
        "Sayre, PA\n• Led protocol development and IRB approval process for registered clinical trial\n"
        "• Student Investigator | 2017 – 2018 Weis Center for Research, Geisinger Medical Center, Danville, PA\n"
        "• Analyzed genomic data from 92,297 patients\n"
    )
    work = import_resume(text.encode(), "cv.txt").resume["work"]
    assert [(w["position"], w["name"], w["startDate"], w["endDate"]) for w in work] == [
        ("Clinical Investigator and Analyst", "Donald Guthrie Foundation", "2020", "2022"),
        ("Student Investigator", "Weis Center for Research", "2017", "2018"),
    ]
    from resume_autofix.importer.roles import job_score  # noqa: PLC0415

    # and the jobs of health care and the trades are jobs
    for role in ("General Surgery Resident (PGY-4)", "Dental Hygienist", "Bookkeeper", "Social Worker", "Lifeguard"):
        assert job_score(role) > 0, role


def test_honours_before_the_field_a_bracketed_non_completion_and_a_science_named_by_its_ending() -> None:
    from resume_autofix.importer.roles import _SCIENCE, field_score  # noqa: PLC0415

    (cornell,) = _schools("• BA, Cornell University, cum laude in mathematics, May 2001")
    assert (cornell["studyType"], cornell["area"]) == ("BA", "mathematics")
    (waterloo,) = _schools("University of Waterloo\nMSc. Physics (non-completed)\n2004 - 2005")
    assert "non-completed" not in f"{waterloo['studyType']} {waterloo.get('area', '')}"
    for science in ("Epidemiology", "Anthropology", "Astronomy"):
        assert field_score(science) > 0, science
    # BUT an apology, an anthology or an economy is no science
    for word in ("Apology", "Anthology", "Economy"):
        assert _SCIENCE.search(word) is None, word


def test_a_saints_or_doctors_abbreviation_in_an_employers_name_ends_no_sentence() -> None:
    text = (
        "Jane Doe\njane@example.com\n\nExperience\n"
        "Clinical Research Volunteer | 2015 Department of Microbiology, St. John’s Regional Medical Center, "
        "Oxnard, CA\n"
        "Analyzed blood culture contamination data.\n"
        "Undergraduate Research Assistant | 2012 Dr. Kathy Foltz Laboratory, University of California – Santa "
        "Barbara, Santa Barbara, CA\nResearched histone modifications.\n"
    )
    work = import_resume(text.encode(), "cv.txt").resume["work"]
    assert "St. John’s Regional Medical Center" in work[0]["name"]
    # and the employer after the dates of a long title line is the employer, not the job's description
    assert work[1]["name"].startswith("Dr. Kathy Foltz Laboratory")
    assert work[1]["position"] == "Undergraduate Research Assistant"


def test_names_with_an_age_and_town_after_them_with_capital_letters_after_them_or_in_two_keys() -> None:
    from resume_autofix.importer.basics import _without_degree  # noqa: PLC0415

    chinese = import_resume("孙道涛 · 34 岁 · 杭州\n✉️ 459269440@qq.com\n\n工作经历\n".encode(), "cv.txt").resume
    assert chinese["basics"]["name"] == "孙道涛"
    assert _without_degree("EDWARD QUINN, PHD, MPH") == "EDWARD QUINN"
    front = (
        "---\nfirstname: Chan-Ho\nlastname: Suh\nemail: csuh@example.com\nphone: xxx - xxx - xxxx\n---\n\n# Education\n"
    )
    resume = import_resume(front.encode(), "cv.md")
    assert resume.resume["basics"]["name"] == "Chan-Ho Suh"
    assert "Chan-Ho Suh" in resume.source_text
    # and a page's "Intro" heading is no name
    intro = import_resume(
        b"# Intro\n\nHello there!\n\n# Education\n\n* BSc, University of Bucharest, 2022 - 2025\n", "a.md"
    )
    assert intro.resume["basics"].get("name") != "Intro"


def test_a_right_to_left_lines_trailing_dash_and_glued_bullet_are_no_part_of_a_skill_group() -> None:
    from resume_autofix.importer.lists import items_of  # noqa: PLC0415

    assert items_of("SQL Server, Redis —") == ["SQL Server", "Redis"]
    text = "Jane Doe\njane@example.com\n\nSkills\nداده▶: SQL Server, Redis\n▶ Backend: Python, Go\n"
    skills = import_resume(text.encode(), "cv.txt").resume["skills"]
    assert [s["name"] for s in skills] == ["داده", "Backend"]


def test_a_list_of_earlier_jobs_under_a_line_of_its_own_after_the_dated_ones() -> None:
    md = (
        "# Jane Doe\n\njane@example.com\n\n## Experience\n\n### Staff Engineer\nSlack Technologies · 2017–2020 · "
        "San Francisco, CA\n\n- Led the test platform.\n\n### Previous Experience\n\n"
        "- Quality Engineering Manager, Kyte (2010–2012)\n"
        "- Senior QA Engineer, Coincident TV (2008–2010)\n"
    )
    work = import_resume(md.encode(), "cv.md").resume["work"]
    assert [(w["name"], w["position"], w["startDate"]) for w in work[1:]] == [
        ("Kyte", "Quality Engineering Manager", "2010"),
        ("Coincident TV", "Senior QA Engineer", "2008"),
    ]
    # BUT a job's own duties that end in a year stay its duties
    md2 = md.replace("- Led the test platform.", "- Spoke at PyCon, Portland (2019)\n- Wrote the guide, Docs (2018)")
    work2 = import_resume(md2.encode(), "cv.md").resume["work"]
    assert work2[0]["name"] == "Slack Technologies"
    assert len(work2[0].get("highlights", [])) == 2


def test_in_inside_brackets_parts_no_degree_from_its_field() -> None:
    from resume_autofix.importer.schoolrows import IN  # noqa: PLC0415

    assert IN.split("B.S. Statistics (Emphasis in Statistical Science)", maxsplit=1) == [
        "B.S. Statistics (Emphasis in Statistical Science)"
    ]
    assert IN.split("B.S. in Statistics", maxsplit=1) == ["B.S.", "Statistics"]


def test_a_skill_and_what_the_person_says_of_it_is_kept_whole() -> None:
    md = (
        "# Jane Doe\n\njane@example.com\n\n## Skills\n\n- HTML\n- CSS, įskaitant atspalvius, tokius kaip SASS ir LESS\n"
        "- Python, mostly version 3, since about 2014\n"
    )
    skills = import_resume(md.encode(), "cv.md").resume["skills"]
    said = [s["name"] for s in skills] + [k for s in skills for k in s.get("keywords", [])]
    assert "CSS, įskaitant atspalvius, tokius kaip SASS ir LESS" in said
    assert "Python, mostly version 3, since about 2014" in said
    # BUT a list of practices that ends with "and" is a list
    listed = (
        "# Jane Doe\n\njane@example.com\n\n## Skills\n\n"
        "Automated testing, performance profiling, and technical writing\n"
    )
    read = import_resume(listed.encode(), "cv.md").resume["skills"]
    items = [s["name"] for s in read] + [k for s in read for k in s.get("keywords", [])]
    assert "technical writing" in items


def test_where_sections_are_numbered_an_unknown_numbered_section_ends_the_one_before() -> None:
    text = (
        "Aaron Levin\nvilevin@example.com\n\n2.  Education\n\n2.1.  BSc.  Physics (University of Alberta)\n\n"
        "   *  1999 - 2004\n\n4.  Work Experience\n\n4.1.  Data Scientist @ Demeure\n\n   *  2012 - 2013\n\n"
        "6.  Talks and Public Speaking\n\n6.1.  Tech Talks\n\n   *  Forward (2016)\n   *  Typelevel Summit (2017)\n"
    )
    work = import_resume(text.encode(), "cv.txt").resume["work"]
    assert [w["name"] for w in work] == ["Demeure"]


def test_the_reviews_cases_stay_as_they_were_meant() -> None:
    from resume_autofix.importer.basics import _AGE  # noqa: PLC0415
    from resume_autofix.importer.datemargin import _names_where  # noqa: PLC0415
    from resume_autofix.importer.dates import find_dates  # noqa: PLC0415
    from resume_autofix.importer.listitems import commented  # noqa: PLC0415
    from resume_autofix.importer.text import read_text  # noqa: PLC0415

    # a word after a year is its month only after "since", and only where it ends the cell
    assert [d.start for d in find_dates("Fellow, 2015 Mayo Clinic")] == ["2015"]
    assert [d.start for d in find_dates("Mentor 2018 Jan Kowalski")] == ["2018"]
    # a Persian word that ends in a month's letters is no month; a range written backwards is the range
    assert [(d.start, d.end) for d in find_dates("ورودی ۱۳۹۸")] == [("1398", None)]
    assert [(d.start, d.end) for d in find_dates("دانشگاه ۱۴۰۲ - ۱۳۹۸")] == [("1398", "1402")]
    # every line break str.splitlines() knows, and a form feed inside a line, part lines
    assert [line.text for line in read_text("Jane Doe\u2028Engineer").lines] == ["Jane Doe", "Engineer"]
    assert [(line.text, line.page) for line in read_text("foo\fbar").lines] == [("foo", 0), ("bar", 1)]
    # a decimal count of years is no outline's number
    assert [line.text for line in read_text("2.5 years of Python\n1.5 years of Go\n").lines] == [
        "2.5 years of Python",
        "1.5 years of Go",
    ]
    # a numbered duty under numbered sections is no heading
    numbered = read_text("1. Education\n\nB.S.\n\n2. Experience\n\n1. Cut AWS spend by 30 percent\n").lines
    assert [line.text for line in numbered if line.heading] == ["Education", "Experience"]
    # a list of lower-case skills of two words each is a list
    assert not commented("Git, unit testing, code review, system design")
    # a list of tools after a title's dates is no place
    assert not _names_where("Kubernetes, Terraform, AWS, GitHub Actions, Datadog")
    # a number alone after a name is no age
    assert _AGE.fullmatch("10") is None


def test_dated_duties_and_a_projects_label_under_a_job_are_no_jobs() -> None:
    duties = (
        "Jane Doe\njane@example.com\n\nExperience\n• Migrated billing to AWS, cut costs 30% (2021)\n"
        "• Wrote the runbooks\n• Led the on-call rota\n• Rebuilt search, Elasticsearch 7 (2022)\n"
        "• Tuned the queries\n• Trained two engineers\n"
    )
    assert len(import_resume(duties.encode(), "cv.txt").resume.get("work", [])) <= 1
    projects = (
        "# Jane Doe\n\njane@example.com\n\n## Experience\n\n### Staff Engineer\nSlack Technologies · 2017–2020\n\n"
        "- Led the test platform.\n\nSelected projects\n\n- Search rewrite, Platform (2018)\n- Bots, Platform (2019)\n"
    )
    work = import_resume(projects.encode(), "cv.md").resume["work"]
    assert [w["name"] for w in work] == ["Slack Technologies"]
