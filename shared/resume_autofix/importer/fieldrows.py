"""Entries written as rows of field labels: "Position   Senior Developer - 2012/Aug to Current", "Employer   Bogus
Company", "Institution   MIT - Cambridge, Massachusetts", "Degree Title   Master of Science – 2003/Sep to 2005/May".

LaTeX classes such as leancv and many form-like generators name every field of an entry in a label column. The label
says what the value is, so no word list has to guess it; an entry ends where a label comes again.
"""

from __future__ import annotations

import re

from .dateline import line_span, title_text
from .dates import DateSpan, find_dates
from .lines import Line
from .places import LOCATION, REGION_TAIL, place_tail
from .rawentry import RawEntry, add_body, is_short

#: label (lower case, without a colon) → the field it names
_FIELDS = {
    "position": "role",
    "job title": "role",
    "title": "role",
    "role": "role",
    "employer": "org",
    "company": "org",
    "organisation": "org",
    "organization": "org",
    "institution": "school",
    "school": "school",
    "university": "school",
    "degree": "degree",
    "degree title": "degree",
    "qualification": "degree",
    "study field": "area",
    "field of study": "area",
    "major": "area",
    "dates": "dates",
    "period": "dates",
    "description": "body",
    # a form's longer labels ("Name of university: …", "Dates of study: …", "Degree level: Bachelor")
    "name of university": "school",
    "name of school": "school",
    "name of high school": "school",
    "name of institution": "school",
    "university name": "school",
    "school name": "school",
    "dates of study": "dates",
    # the Philippines' forms ("School: …", "Course: …", "School year: SY 2020-2021"); see ``_course``
    "school year": "dates",
    "academic year": "dates",
    "course": "degree",
    "dates of employment": "dates",
    "degree level": "degree",
    "degree major": "area",
    "name of employer": "org",
    "name of company": "org",
    "company name": "org",
    "employer name": "org",
}
_MIN_ROWS = 3
#: a labelled line that names another person in the entry (the boss, a referee), whose own labels follow it
_NESTED = re.compile(
    r"(?i)^(?:jefe inmediato|jefe directo|supervisor|boss|manager|reference|referencia|referência|chef|"
    r"vorgesetzter?|responsable|responsável|gestor)\s*[:：]"
)
_COLON_ROW = re.compile(r"^(?P<label>[^\W\d_][\w ]{1,30}?)\s*[:：]\s+(?P<value>\S.*)$")
_PLACE_TAIL = re.compile(r"\s+[-–—]\s+(?P<place>[^-–—]+)$")
_DASH_END = re.compile(r"\s*[-–—,|]\s*$")


def field_rows(lines: list[Line]) -> list[RawEntry] | None:
    """The entries, when the section is written as rows of field labels; ``None`` when it is not."""
    lines, stacked = _stacked(lines)
    rows = [_row(line, stacked) for line in lines]
    named = [r for r in rows if r is not None]
    if not _a_form(lines, rows):
        return None
    entries: list[RawEntry] = []
    seen: set[str] = set()
    fields: dict[str, str] = {}
    body: list[Line] = []
    date: DateSpan | None = None
    first = named[0][0]
    nested = False  # a line of the entry names a person of its own ("Jefe inmediato: …"): labels after it are theirs
    lead: Line | None = None  # a stacked form's line over its entry's first label: what the labels leave out
    for line, row in zip(lines, rows, strict=True):
        if row is None and date is None and seen and (when := _dates_labelled(line)):
            date = when  # "Duration: 2019 – 2021", "Year: 2018": a label too loose to name a form, the entry's dates
            continue
        if row is None:
            body.append(line)
            nested = nested or bool(_NESTED.match(line.text.strip()))
            continue
        field, value = row
        if field == "degree" and "degree" in seen and _course(line):  # "Degree: MBA" then "Course: Finance"
            field = "area"
        if field in seen and field != "body" and (field == first or not nested):  # a label again: the next entry
            next_lead = body.pop() if stacked and body and is_short(body[-1]) else None
            entries.append(_entry(_led(fields, lead, body), date, body))
            seen, fields, body, date, nested, lead = set(), {}, [], None, False, next_lead
        elif stacked and not seen and body and is_short(body[-1]):
            lead = body.pop()  # the line over the first entry's labels
        if field in seen and field != "body":  # "Cargo:" again, the boss's under "Jefe inmediato:": a line
            body.append(line)
            continue
        seen.add(field)
        if field == "body":
            body.append(line.retext(value))
            continue
        spans = find_dates(value)
        if spans and date is None:
            date = line_span(Line(value), spans)
            value = _DASH_END.sub("", value[: date.begin] + value[date.stop :]).strip()
        if value:
            fields[field] = value
    if seen:
        entries.append(_entry(_led(fields, lead, body), date, body))
    return entries


#: labels a form sets on a line of their own, over their values (LinkedIn's page: "Company Name" / "APACGAMONDE" /
#: "Dates Employed" / "Jan 2016 – Present"), beside those of ``_FIELDS``
_STACKED = {
    "dates employed": "dates",
    "employment duration": "duration",
    "degree name": "degree",
    "dates attended or expected graduation": "dates",
    "grade": "grade",
    "location": "location",
}
_MIN_STACKED = 2


def _stacked(lines: list[Line]) -> tuple[list[Line], bool]:
    """The lines with each label alone on its line joined to the value on the next, as a row of two cells; and
    whether the section is written so (two such labels or more, one of them a title's and one the dates')."""

    def label(line: Line) -> str | None:
        said = line.text.strip().casefold()
        return said if len(line.cells) == 1 and (said in _STACKED or said in _FIELDS) else None

    at = [i for i in range(len(lines) - 1) if label(lines[i]) and not label(lines[i + 1])]
    named = {_STACKED.get(k) or _FIELDS.get(k) for k in (label(lines[i]) for i in at) if k}
    # a title's label and a date's: one label alone ("Company name" over each job's "Role outline") is a
    # template's placeholder, no form
    if len(at) < _MIN_STACKED or not named & {"role", "org", "school", "degree"} or "dates" not in named:
        return lines, False
    out: list[Line] = []
    skip = -1
    starts = set(at)
    for i, line in enumerate(lines):
        if i == skip:
            continue
        if i in starts:
            value = lines[i + 1].text.strip()
            out.append(line.retext(f"{line.text.strip()}: {value}", cells=[line.text.strip(), value]))
            skip = i + 1
        else:
            out.append(line)
    return out, True


def _led(fields: dict[str, str], lead: Line | None, body: list[Line]) -> dict[str, str]:
    """``fields`` with a stacked form's line over its labels as what they leave out: the role over "Company Name",
    the school over "Degree Name"; else that line opens the body."""
    if lead is None:
        return fields
    if "org" in fields and "role" not in fields:
        return {**fields, "role": lead.text.strip()}
    if "degree" in fields and "school" not in fields:
        return {**fields, "school": lead.text.strip()}
    body.insert(0, lead)
    return fields


#: a table's column headings (lower case) → the field the column holds: "Period | Company | Position",
#: "在籍期間 | 企業名 | ポジション | ロール", "Zeitraum | Firma | Position"
_COLUMNS = {
    word.replace("_", " "): field
    for field, words in (
        (
            "dates",
            "period dates date duration years year graduation_year year_of_graduation graduation_date passing_year "
            "year_of_passing zeitraum période periodo período fechas 期間 在籍期間 勤務期間 "
            "在職期間 年月 时间 時間 기간",
        ),
        (
            "org",
            "company employer organisation organization firma unternehmen arbeitgeber entreprise société "
            "employeur empresa azienda 企業名 会社名 社名 勤務先 所属 公司 单位 公司名称 회사 회사명 "
            "įmonė darbovietė uzņēmums darba_vieta ettevõte tööandja pracodawca zaměstnavatel",
        ),
        (
            "role",
            "position title job_title role occupation tätigkeit funktion poste fonction cargo puesto ruolo "
            "ポジション 職種 役職 职位 岗位 직위 직책 pareigos amats ametikoht stanowisko pozice",
        ),
        (
            "school",
            "institution school university college institute university_/_institution university/institution "
            "school_/_university board_/_university schule hochschule établissement école université "
            "institución universidad instituição 学校名 学校 大学 学校名称 학교 학교명 institucija mokykla "
            "universitetas mācību_iestāde õppeasutus uczelnia szkoła škola",
        ),
        (
            "degree",
            "degree qualification exam_passed examination_passed abschluss diplôme título titulo grau "
            "学位 学历 学歴 학위 course programme kursas "
            "laipsnis kvalifikacija grāds kraad tytuł",
        ),
        # a range's ends in columns of their own ("From | To", "Pradėjau | Baigiau"): started, ended
        (
            "start",
            "from start started start_date begin since von début desde inicio início dal od pradėjau pradžia nuo "
            "sākums algus 開始 入社 入学 开始时间 시작",
        ),
        (
            "end",
            "to end ended finished end_date until bis fin hasta término fim al do baigiau pabaiga iki beigas lõpp "
            "終了 退社 卒業 结束时间 종료",
        ),
        ("area", "major field field_of_study subject studiengang fach filière carrera curso 专业 学部 学科 専攻 전공"),
    )
    for word in words.split()
}
# the labels of a table's columns name a colon row's field too ("Empresa: Sutherland", "Cargo: Ingeniero"), but for
# words that say too little alone ("Years: 5", "Field: …")
_FIELDS |= {
    word: field
    for word, field in _COLUMNS.items()
    if word not in _FIELDS
    and field not in ("start", "end")
    and word not in {"years", "year", "date", "duration", "field", "subject", "curso", "fach", "course", "programme"}
} | {"tiempo laborado": "dates", "fecha": "dates", "fechas": "dates"}
_MIN_HEADED = 2  # columns a table's header must name, one of them a title's
#: a linked name as a table's cell prints it, its address after a colon ("Erksa: http://www.erksa.lt/")
_LINK_TAIL = re.compile(r":\s+(?P<url>https?://\S+)$")


def header_rows(lines: list[Line]) -> list[RawEntry] | None:
    """The entries of a table whose first row names its columns ("在籍期間 | 企業名 | ポジション" over "2024-08 / Now |
    freee | SRE"): each row below it with as many cells is an entry, its fields named by their columns; lines before
    the table go with the first entry, lines after it with the last. ``None`` when the section holds no such table."""
    for h, header in enumerate(lines):
        names = [_COLUMNS.get(cell.strip().rstrip(":：").casefold()) for cell in header.cells]
        if len(header.cells) < 2 or sum(n is not None for n in names) < _MIN_HEADED:
            continue
        if not {"role", "org", "school", "degree"} & set(names):
            continue
        end = h + 1  # a row may lack its last cells, left empty ("| Vidurinė | … | Įgytas |   |")
        rows: list[tuple[Line, list[Line]]] = []  # each row, and the bulleted lines under it (a thesis, a poster)
        while end < len(lines) and (
            (_a_row_under(lines[end], names) and not lines[end].bullet)
            or (rows and lines[end].bullet and _row_follows(lines, end, names))
        ):
            if lines[end].bullet:
                rows[-1][1].append(lines[end])
            else:
                rows.append((lines[end], []))
            end += 1
        if not rows:
            return None
        entries = [_table_entry(names, row) for row, _under in rows]
        for entry, (_row_line, under) in zip(entries, rows, strict=True):
            if under:
                add_body(under, entry)
        if h:
            add_body(lines[:h], entries[0])
        add_body(lines[end:], entries[-1])
        return entries
    return None


def _row_follows(lines: list[Line], at: int, names: list[str | None]) -> bool:
    """Another row of the table comes after the bulleted lines from ``at`` on."""
    nxt = next((k for k in range(at, len(lines)) if not lines[k].bullet), None)
    return nxt is not None and _a_row_under(lines[nxt], names)


def _a_row_under(line: Line, names: list[str | None]) -> bool:
    """A row of the table whose columns ``names`` names: as many cells, or one fewer (more than two) where the last
    column is one no field is read from ("Komentaras", a comment), which a row may leave empty."""
    return len(line.cells) == len(names) or (names[-1] is None and 2 < len(line.cells) == len(names) - 1)


def _table_entry(names: list[str | None], row: Line) -> RawEntry:
    fields: dict[str, str] = {}
    date: DateSpan | None = None
    rest: list[str] = []
    for name, cell in zip(names, row.cells, strict=False):
        if name == "dates" and date is None and (spans := find_dates(cell)):
            date = line_span(Line(cell), spans)
        elif name is not None and name != "dates" and name not in fields:
            value = cell.strip()
            if link := _LINK_TAIL.search(value):  # "Erksa: http://www.erksa.lt/": a linked name, its address apart
                value = value[: link.start()]
                rest.append(link.group("url"))
            fields[name] = value
        else:
            rest.append(cell)
    if date is None and "start" in fields:  # "2012 | 2014" under "Started | Finished"
        ends = f"{fields.pop('start')} – {fields.pop('end', '')}".rstrip(" –")
        if spans := find_dates(ends):
            date = line_span(Line(ends), spans)
    fields.pop("end", None)
    entry = _entry(fields, date, [])
    entry.paragraphs.extend(rest)
    return entry


def _a_form(lines: list[Line], rows: list[tuple[str, str] | None]) -> bool:
    """Enough rows name a title's field for the section to be a form of labelled rows."""
    named = [r for r in rows if r is not None]
    kinds = {f for f, _ in named}
    courses = sum(_course(line) for line in lines) if kinds & {"role", "org"} else 0  # a course a job gave
    if len(named) - courses < _MIN_ROWS or not kinds & {"role", "org", "school", "degree"}:
        return False
    # "Employer  City" bold over "Job title  year--year": a template's title, not a form (a colon after each label,
    # "EMPRESA: Sutherland" in bold over "Tiempo laborado: 2018 – …", says the form whatever the type)
    styles = {
        (round(line.size, 1), line.bold)
        for line, r in zip(lines, rows, strict=True)
        if r is not None and not _COLON_ROW.match(line.text)
    }
    return len(styles) <= 1


def _dates_labelled(line: Line) -> DateSpan | None:
    """The dates of a labelled row whose value is dates ("Duration: 2019 – 2021")."""
    value = labelled[1] if (labelled := _label(line)) else ""
    spans = find_dates(value)
    return line_span(Line(value), spans) if spans and not title_text(Line(value), spans[0]) else None


def _course(line: Line) -> bool:
    """A "Course:" row: the degree's slot where no degree is named, else the degree's field; among a job's rows it
    makes no form ("Company:", "Position:", "Course: Excel for Beginners" is one job and a course it gave)."""
    return (labelled := _label(line)) is not None and labelled[0] == "course"


def _label(line: Line) -> tuple[str, str] | None:
    """(label, value) of a row of a label and its value, the label folded; a one-character marker cell before the
    label ("I", "•") is dropped."""
    cells = line.cells[1:] if line.cells and len(line.cells[0].strip()) == 1 else line.cells
    if len(cells) == 1 and (m := _COLON_ROW.match(cells[0])):  # "Name of university: University of …"
        cells = [m.group("label"), m.group("value")]
    if len(cells) < 2:
        return None
    return cells[0].strip().rstrip(":：").casefold(), "  ".join(cells[1:]).strip()


def _row(line: Line, stacked: bool = False) -> tuple[str, str] | None:
    """(field, value) of a labelled row; ``stacked``: a form's labels over their values are known too."""
    if (labelled := _label(line)) is None:
        return None
    key, value = labelled
    field = _FIELDS.get(key) or (_STACKED.get(key) if stacked else None)
    return (field, value) if field else None


#: a role and what it was, after a colon, in one cell ("Software Engineer: Rendering and skeleton animation."): a
#: description of three words or more, or with a comma or a stop ("Consultant: SAP FI/CO" is one title)
_ROLE_SAID = re.compile(r"^(?P<role>[^:]{2,60}?):\s+(?P<note>\S.*(?:[,.]|\S+\s+\S+\s+\S+).*)$")


def _entry(fields: dict[str, str], date: DateSpan | None, body: list[Line]) -> RawEntry:
    location = fields.get("location")
    for key in ("org", "school"):
        tail = _PLACE_TAIL.search(fields.get(key, ""))
        if tail and LOCATION.match(tail.group("place")):  # "Massachusetts Institute of Technology - Cambridge, MA"
            location, fields[key] = tail.group("place"), fields[key][: tail.start()]
        elif key in fields and (placed := place_tail(fields[key])):  # "Acme, Vancouver, BC"
            fields[key], location = placed
        elif key in fields and (region := REGION_TAIL.search(fields[key])):  # "Cryptech, Canada"
            fields[key], location = fields[key][: region.start()], region.group("place")
    if "role" in fields and (said := _ROLE_SAID.match(fields["role"])):  # "CTO & Co-Founder: Neptune Finance, …"
        fields["role"], note = said.group("role"), said.group("note")
        body = [Line(note), *body]
    labelled: dict[str, str] = {"grade": fields["grade"]} if fields.get("grade") else {}
    if "school" in fields and "role" in fields and "degree" not in fields:
        fields["degree"] = fields.pop("role")  # a schools' table's "Title": the degree
    if "school" in fields or "degree" in fields:
        parts = [fields[k] for k in ("school", "degree") if fields.get(k)]
        if fields.get("area"):  # named by its label or column: the field, whatever its words
            labelled["field of study"] = fields["area"]
    else:
        parts = [fields[k] for k in ("role", "org") if fields.get(k)]
    entry = RawEntry(parts=parts, part_lines=[0] * len(parts), date=date, location=location, labelled=labelled)
    add_body(body, entry)
    return entry
