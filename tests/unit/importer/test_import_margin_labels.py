"""Label rows (moderncv's ``\\cvitem``, Europass): a short label at a tab stop the page's rows share, and its text.

Set 6 (moderncv, held out until this round) showed them: its dates, skill categories and languages sit in a left
margin before a tab stop, a gap a little wider than a space, so the rows read "year–year Degree, Institution".
"""

from __future__ import annotations

from resume_autofix.importer.basics import parse_header
from resume_autofix.importer.docx import label_column
from resume_autofix.importer.entries import split_entries
from resume_autofix.importer.forms import entries_of
from resume_autofix.importer.grid import reading_order
from resume_autofix.importer.layout import _form_labels, _gutter, _lines
from resume_autofix.importer.lines import Line, clean
from resume_autofix.importer.lists import languages, skills
from resume_autofix.importer.pdf import Glyph, _is_icon_font
from resume_autofix.importer.phones import find_phone
from resume_autofix.importer.schoolnames import not_a_place
from resume_autofix.importer.schools import education_items
from resume_autofix.importer.segments import band_segments, glyph_bands, label_stops
from resume_autofix.importer.stacked import stacked_dates
from resume_autofix.importer.vocabulary import vocabulary_key

SIZE = 10.0


def row(top: float, *cells: tuple[float, str]) -> list[Glyph]:
    """Words at 0.5 em per letter and a 0.3 em space, each cell starting at its own x (or ending at -x)."""
    glyphs = []
    for at, text in cells:
        x = at
        if at < 0:  # right-aligned: the cell ends at -at
            x = -at - sum(0.5 * SIZE * len(w) for w in text.split()) - 0.3 * SIZE * (len(text.split()) - 1)
        for word in text.split():
            width = 0.5 * SIZE * len(word)
            glyphs.append(Glyph(word, x, x + width, top, SIZE, False))
            x += width + 0.3 * SIZE
    return glyphs


def cells_of(glyphs: list[Glyph]) -> list[tuple[list[str], list[bool]]]:
    bands = glyph_bands(glyphs)
    stops = label_stops(bands)
    out = []
    for band in bands:
        segments = band_segments(band, stops)
        out.append(([s.text for s in segments], [s.label for s in segments]))
    return out


def test_labels_before_a_shared_tab_stop_are_cells_of_their_own() -> None:
    # GIVEN moderncv rows: a right-aligned label ending 0.9 em before the body's edge at x=146
    glyphs = [
        *row(100, (-137, "year–year"), (146, "Degree, Institution, City.")),
        *row(120, (146, "Description of the degree")),
        *row(140, (-137, "category 1"), (146, "Python, SQL")),
        *row(160, (-137, "Language 1"), (146, "Fluent")),
    ]
    # WHEN the rows are cut into cells
    got = cells_of(glyphs)
    # THEN each label is a cell, marked as a label, and the body line is untouched
    assert got[0] == (["year–year", "Degree, Institution, City."], [True, False])
    assert got[1] == (["Description of the degree"], [False])
    assert got[2] == (["category 1", "Python, SQL"], [True, False])
    assert got[3] == (["Language 1", "Fluent"], [True, False])


def test_justified_text_and_pipe_lists_are_not_label_rows() -> None:
    # GIVEN wide gaps that only two rows share, and a separator list whose cells line up
    glyphs = [
        *row(100, (72, "Built a"), (112, "service")),
        *row(120, (72, "Led two"), (112, "teams")),
        *row(140, (-120, "Swimming |"), (128, "Cooking")),
        *row(160, (-120, "Reading |"), (128, "Chess")),
        *row(180, (-120, "Hiking |"), (128, "Music")),
    ]
    # THEN nothing is cut: two rows make no tab stop, and a cell ending in "|" is no label
    assert all(len(texts) == 1 and not any(labels) for texts, labels in cells_of(glyphs))


def test_label_rows_become_skill_categories_languages_and_entries() -> None:
    skill_rows = [
        Line("category 1  XXX, YYY  category 4  ZZZ", labels=frozenset({0, 2})),
        Line("Databases: PostgreSQL, Redis"),
    ]
    assert skills(skill_rows) == [
        {"name": "category 1", "keywords": ["XXX", "YYY"]},
        {"name": "category 4", "keywords": ["ZZZ"]},
        {"name": "Databases", "keywords": ["PostgreSQL", "Redis"]},
    ]
    assert languages([Line("German  Mother tongue  Comment", labels=frozenset({0}))]) == [
        {"language": "German", "fluency": "Mother tongue"}
    ]
    # a label that is no date ("year–year", a placeholder) still starts an entry; it is no part of the title
    section = [
        Line("Vocational", size=12),
        Line("year–year  Job title, Employer, City.", size=10.9, labels=frozenset({0})),
        Line("General description.", size=10),
        Line("year–year  Job title, Employer, City.", size=10.9, labels=frozenset({0})),
    ]
    entries = entries_of(section, body=10, typography=True)
    assert [e.parts for e in entries] == [["Job title", "Employer", "City"]] * 2
    assert entries[0].paragraphs == ["Vocational", "General description."]


def test_icon_fonts_country_codes_name_bars_and_dot_leaders() -> None:
    # MarVoSym's "H" is a phone pictogram, FontAwesome's letters icons: never text
    assert _is_icon_font(b"ECMIZR+MarVoSym")
    assert _is_icon_font(b"MLPFNJ+FontAwesome")
    assert not _is_icon_font(b"JDKSAA+LMRoman10-Regular")
    # a country code the number is too short for is kept with it, as written
    assert find_phone("+1 (234) 567 890", labelled=True) == "+1 (234) 567 890"
    # "John Doe | Resumé title" in the largest type: the name is the part before the bar
    basics, _rest, _prose = parse_header([Line("John Doe | Resumé title", size=24.8), Line("john@doe.org", size=10)])
    assert basics["name"] == "John Doe"
    # dot leaders are a gap between cells, not text
    assert clean("Vocational. . . . . . . . . . .") == "Vocational"
    assert clean("Python ........ Expert") == "Python  Expert"
    # the city after "Degree, Institution" is no field of study; a field is
    assert not not_a_place("Munich")
    assert not_a_place("Computer Science")
    assert not_a_place("Fine Arts and Media")


def test_a_rewritten_line_keeps_a_label_only_beside_the_cell_it_names() -> None:
    """``Line.retext``: rules that rewrite a line (hoisting a date cell, splitting a name bar) move or drop cells,
    and a label index must follow its cell, never pair with whatever now stands after it."""
    line = Line("Languages  English  Skills  Python, Go", labels=frozenset({0, 2}))
    assert line.labelled() == [("Languages", "English"), ("Skills", "Python, Go")]
    # the same cells again: the same labels; a cell added in front: both labels move right with their cells
    moved = line.retext("Languages  English  Skills  Python, Go")
    assert moved.cells == ["Languages", "English", "Skills", "Python, Go"]
    assert moved.labelled() == [("Languages", "English"), ("Skills", "Python, Go")]
    shifted = line.retext("Header  Languages  English  Skills  Python, Go")
    assert shifted.labels == frozenset({1, 3})
    # the value a label named is gone: that label goes, the other stays
    cut = line.retext("Languages  Skills  Python, Go")
    assert cut.labelled() == [("Skills", "Python, Go")]
    # cells given, other fields changed, the line itself untouched
    kept = line.retext("Skills  Python, Go", ["Skills", "Python, Go"], bold=True)
    assert (kept.labelled(), kept.bold, line.labels) == ([("Skills", "Python, Go")], True, frozenset({0, 2}))
    # a list item has no labels, even when its cells would match
    assert line.retext("• Languages  English").labels == frozenset()
    assert Line("Plain  text").retext("Plain  text  more").labels == frozenset()


def _page_rows(*rows: tuple[tuple[float, str], ...]) -> list[Glyph]:
    return [g for n, cells in enumerate(rows) for g in row(100.0 + 15 * n, *cells)]


def test_two_entries_set_side_by_side_are_read_one_after_the_other() -> None:
    # GIVEN Reactive Resume's Kakuna: two jobs in a row, the right one starting mid-page, bullets indented
    glyphs = _page_rows(
        ((250.0, "Experience"),),
        ((10.0, "Creative Solutions Inc."), (305.0, "TechAdvancers")),
        ((10.0, "Senior Web Developer"), (305.0, "Web Developer")),
        ((10.0, "January 2019 to Present"), (305.0, "June 2016 to December 2018")),
        ((30.0, "Spearheaded the redesign"), (324.0, "Collaborated in a team")),
        ((30.0, "Mentored four developers"), (324.0, "Optimized performance")),
        ((250.0, "Education"),),
        ((10.0, "University of California"), (480.0, "August 2012 to May 2016")),
    )
    segments = [s for band in glyph_bands(glyphs) for s in band_segments(band)]
    # WHEN the page is put in reading order
    groups = [[s.text for s in group] for group in reading_order(segments)]
    # THEN the left job is read whole, then the right one; the headings and the school stay where they are
    assert groups == [
        ["Experience"],
        [
            "Creative Solutions Inc.",
            "Senior Web Developer",
            "January 2019 to Present",
            "Spearheaded the redesign",
            "Mentored four developers",
        ],
        [
            "TechAdvancers",
            "Web Developer",
            "June 2016 to December 2018",
            "Collaborated in a team",
            "Optimized performance",
        ],
        ["Education", "University of California", "August 2012 to May 2016"],
    ]


def test_a_title_and_date_cell_or_a_label_row_is_no_side_by_side_block() -> None:
    # right-aligned dates share no left edge; "Status:  PhD student" rows are read across
    glyphs = _page_rows(
        ((10.0, "Senior Engineer, Acme"), (-580.0, "2019 – 2021")),
        ((10.0, "Engineer, Initech"), (-580.0, "May 2016 – Jan 2019")),
        ((10.0, "Intern, Globex"), (-580.0, "2015")),
        ((10.0, "Trainee, Umbrella"), (-580.0, "Jan 2014 – Jun 2014")),
        ((10.0, "Status:"), (300.0, "PhD student")),
        ((10.0, "Fields:"), (300.0, "Software Development")),
        ((10.0, "Stack:"), (300.0, "Meteor, Mongo, React")),
        ((10.0, "Tools:"), (300.0, "Git, Sourcetree")),
    )
    segments = [s for band in glyph_bands(glyphs) for s in band_segments(band)]
    assert len(reading_order(segments)) == 1


def test_a_margin_heading_in_its_own_type_size_is_a_line_of_its_own() -> None:
    # GIVEN JSON Resume's "even" theme: "Work" at 20.5 pt in the margin, the first job's title at 16.4 pt beside it
    glyphs = [
        Glyph("Work", 127.3, 174.8, 100.0, 20.5, False),
        Glyph("CEO/President", 195.8, 310.5, 100.0, 16.4, True),
        Glyph("Pied", 195.8, 215.0, 118.0, 10.5, False),
        Glyph("Piper", 217.0, 240.0, 118.0, 10.5, False),
    ]
    segments = [s for band in glyph_bands(glyphs) for s in band_segments(band)]
    lines = _lines(segments, 0, 0)
    # THEN the heading and the title are two lines, each with its own size, and "Work" names the work section
    assert [(line.text, line.size) for line in lines] == [
        ("Work", 20.5),
        ("CEO/President", 16.4),
        ("Pied Piper", 10.5),
    ]
    assert vocabulary_key("Work") == "work"
    assert vocabulary_key("Master of Social Work") is None


def test_a_range_stacked_down_a_narrow_date_margin_is_one_range() -> None:
    # GIVEN an HTML résumé printed by Firefox: "2015" beside the title, "|" under it, "present" two lines down
    lines = [
        Line("2015  Some Position", 9.0, x0=30.8, x1=140.2),
        Line("|  (remote)", 7.0, x0=37.5, x1=442.8),
        Line("Some Workplace", 7.5, x0=76.6, x1=133.2),
        Line("present", 7.0, x0=22.5, x1=46.8),
        Line("• Lorem ipsum dolor sit amet", 7.0, x0=77.4, x1=253.6),
        Line("2014  Another Position", 9.0, x0=30.8, x1=152.4),
        Line("Some Workplace", 7.5, x0=76.6, x1=133.2),
        Line("2015", 7.0, x0=30.8, x1=46.8),
    ]
    entries = split_entries(lines, body=7.0, typography=True)
    # THEN each entry has its whole range, and the bar and the ends are no lines of their own
    assert [(e.date.start, e.date.end, e.date.present) for e in entries] == [
        ("2015", None, True),
        ("2014", "2015", False),
    ]
    assert entries[0].parts[:1] == ["Some Position"]
    # a text file has no positions: nothing is stacked there
    plain = [Line("2015  Some Position"), Line("2016")]
    assert stacked_dates(plain) == plain


def test_a_narrow_sidebar_of_short_lines_at_one_edge_is_a_column() -> None:
    body = "Lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor incididunt"
    side = ["CONTACT", "johndoe.example", "me@johndoe.example", "800.000.0000", "SKILLS", "Omnipresence", "Anonymity"]
    rows = [((30.0, body), (475.0, side[n])) if n < len(side) else ((30.0, body),) for n in range(14)]
    segments = [s for band in glyph_bands(_page_rows(*rows)) for s in band_segments(band)]
    # THEN the gutter is found though the sidebar holds a twentieth of the text
    gutter = _gutter(segments)
    assert gutter is not None
    assert 440 < gutter <= 475
    # right-aligned dates beside the titles are not one (they share a right edge, not a left one)
    ranges = ["2019 – 2021", "May 2016 – Jan 2019", "2015", "Jan 2014 – Jun 2014", "2012 – 2013", "Sep 2010", "2009"]
    dated = [((30.0, body), (-580.0, r)) for r in ranges]
    assert _gutter([s for band in glyph_bands(_page_rows(*dated)) for s in band_segments(band)]) is None


def test_a_form_with_its_labels_set_flush_left_is_read_across() -> None:
    # GIVEN LibreOffice's CV template exported as PDF: labels at the left margin, each value on its baseline
    rows = [
        ((57.0, "Name"), (193.0, "Joe Bloggs")),
        ((57.0, "Address"), (193.0, "42 Main Street")),
        ((57.0, "Phone"), (193.0, "3208578573")),
        ((57.0, "Email"), (193.0, "j.bloggs@localhost.com")),
        ((57.0, "Date of Birth"), (193.0, "15th August 1991")),
        ((57.0, "Nationality"), (193.0, "British")),
        ((57.0, "Experience"),),
        ((57.0, "Jun. 2008 - present"), (193.0, "Lorem ipsum dolor sit amet, consetetur sadipscing elitr")),
        ((57.0, "Feb. 2004 - Nov. 2006"), (193.0, "At vero eos et accusam et justo duo dolores et ea rebum")),
    ]
    segments = [s for band in glyph_bands(_page_rows(*rows)) for s in band_segments(band)]
    gutter = _gutter(segments)
    assert gutter is not None  # read alone, the page looks like two columns
    labels = _form_labels(segments, gutter)
    assert sorted(s.text for s in segments if id(s) in labels)[:3] == ["Address", "Date of Birth", "Email"]
    # THEN the page is read across, and the name and e-mail come from their labelled rows
    basics, _rest, _prose = parse_header(
        [Line("Curriculum Vitae", 16.0, True), Line("Name  Joe Bloggs", labels=frozenset({0}))]
    )
    assert basics["name"] == "Joe Bloggs"


def test_a_docx_table_whose_first_column_labels_the_second_is_a_form() -> None:
    assert label_column([["Name", "Joe Bloggs"], ["Email", "j.bloggs@localhost.com"], ["Phone", "3208578573"]])
    # a layout table's sidebar holds long text on the left: no labels
    assert not label_column([["Experience at Acme Corp, 2019 to 2021, leading the data team", "Skills"]] * 3)


def test_a_range_stacked_end_over_start_and_a_schools_acronym() -> None:
    # GIVEN simple-resume (WeasyPrint): the end beside the title, the start right under it in the margin
    lines = [
        Line("Actual  Developer  Basetis", 10.0, x0=83.3, x1=443.3),
        Line("01/2019", 8.0, x0=82.0, x1=109.9),
        Line("• Description line 1", 9.0, x0=125.8, x1=200.8),
        Line("12/2018  Backend  Basetis", 9.0, x0=80.2, x1=446.1),
        Line("09/2018", 8.0, x0=82.0, x1=109.9),
    ]
    entries = split_entries(lines, body=9.0, typography=True)
    assert [(e.date.start, e.date.end, e.date.present) for e in entries] == [
        ("2019-01", None, True),
        ("2018-09", "2018-12", False),
    ]
    # "09/2015  Engineering  UPC": the acronym no degree word is is the school
    school = [Line("09/2015  Engineering  UPC", 10.0, x0=80.2, x1=446.1), Line("09/2010", 8.0, x0=82.0, x1=109.9)]
    (item,) = education_items(split_entries(school, body=9.0, typography=True))
    assert (item["institution"], item["studyType"], item["startDate"], item["endDate"]) == (
        "UPC",
        "Engineering",
        "2010-09",
        "2015-09",
    )


def test_entries_whose_dates_close_them_get_their_dates_under_their_title() -> None:
    # GIVEN Start Bootstrap's résumé: title, company, a paragraph, then the dates at the end of each entry
    prose = "Bring to the table win-win survival strategies to ensure proactive domination at the end of the day."
    lines = [
        Line("SENIOR WEB DEVELOPER", 20.9, True),
        Line("INTELITEC SOLUTIONS", 18.0),
        Line(prose, 12.0),
        Line("March 2013 - Present", 12.0, gap_before=1.0),
        Line("WEB DEVELOPER", 20.9, True, gap_before=1.0),
        Line("INTELITEC SOLUTIONS", 18.0),
        Line(prose, 12.0),
        Line("December 2011 - March 2013", 12.0, gap_before=1.0),
    ]
    entries = split_entries(lines, body=12.0, typography=True)
    assert [(e.parts, e.date.start) for e in entries] == [
        (["SENIOR WEB DEVELOPER", "INTELITEC SOLUTIONS"], "2013-03"),
        (["WEB DEVELOPER", "INTELITEC SOLUTIONS"], "2011-12"),
    ]
    assert entries[0].paragraphs == [prose]


def test_schools_whose_dates_close_them_after_a_grade_get_their_dates_under_their_title() -> None:
    # GIVEN Start Bootstrap's education: school, degree, a field line and a grade, then the dates
    lines = [
        Line("UNIVERSITY OF COLORADO BOULDER", 20.9, True),
        Line("BACHELOR OF SCIENCE", 18.0),
        Line("Computer Science - Web Development Track", 12.0),
        Line("GPA: 3.23", 12.0),
        Line("August 2006 - May 2010", 12.0, gap_before=1.0),
        Line("JAMES BUCHANAN HIGH SCHOOL", 20.9, True, gap_before=1.0),
        Line("TECHNOLOGY MAGNET PROGRAM", 18.0),
        Line("GPA: 3.56", 12.0),
        Line("August 2002 - May 2006", 12.0, gap_before=1.0),
    ]
    first, second = education_items(split_entries(lines, body=12.0, typography=True))
    assert (first["institution"], first["studyType"], first["startDate"], first["score"]) == (
        "UNIVERSITY OF COLORADO BOULDER",
        "BACHELOR OF SCIENCE",
        "2006-08",
        "3.23",
    )
    assert (second["institution"], second["startDate"], second["score"]) == (
        "JAMES BUCHANAN HIGH SCHOOL",
        "2002-08",
        "3.56",
    )


def test_a_school_over_its_degree_and_dates_keeps_the_usual_order() -> None:
    # GIVEN orbit's education: degree (bold), school, dates — nothing between the title and its dates
    lines = [
        Line("MSc in Computer Science", 7.2, True),
        Line("University of London", 7.2),
        Line("2011 - 2012", 7.2),
        Line("MSc in Applied Mathematics", 7.2, True),
        Line("Bristol University", 7.2),
        Line("2007 - 2011", 7.2),
    ]
    first, second = education_items(split_entries(lines, body=7.2, typography=True))
    assert (first["institution"], first["startDate"]) == ("University of London", "2011")
    assert (second["institution"], second["startDate"]) == ("Bristol University", "2007")


def test_list_items_that_open_with_their_year_and_a_colon_are_schools() -> None:
    lines = [
        Line("1995: Bachelor of Science, Stuff.  University of New New York", 10.0, bullet=True),
        Line("1991: GED, Grade 12.  New New York High School", 10.0, bullet=True),
    ]
    first, second = education_items(split_entries(lines, body=10.0, typography=False))
    assert (first["institution"], first["studyType"], first["endDate"]) == (
        "University of New New York",
        "Bachelor of Science",
        "1995",
    )
    assert (second["institution"], second["endDate"]) == ("New New York High School", "1991")
