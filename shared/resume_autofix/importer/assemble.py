"""Sections → a JSON Resume document, with a warning for what could not be placed and a confidence per section."""

from __future__ import annotations

import copy
import dataclasses
import itertools
import re
import statistics
from typing import Any

from . import lists
from .basics import EMAIL, contactish, cut_address, labelled_name, namelike, parse_contacts, parse_header
from .dateline import only_dates
from .dates import find_dates
from .entries import RawEntry, right_edges
from .forms import entries_of
from .implied import header_skills, implied_sections
from .letter import strip_consent, strip_copy, strip_letter
from .lines import CELL_SEP, Document, Line
from .phones import PHONE_LABEL, whole_phone
from .roles import Habit, degree_score, field_score, institution_score, job_score, pick, position_score, school_score
from .sections import Section, body_size, exact_key, heading_parts, split_sections, vocabulary_key
from .timeline import joined_timeline
from .titles import AT_WORDS, CAMPUS, LEGAL, LOCATION, NOTE_ON_JOB, STATUS_WORDS, place_tail, split_title

_SEPARATED_LAST = (", ", " | ", " — ", " – ", " - ", " · ")


def mark_gaps(lines: list[Line]) -> None:
    """``gap_before`` in line heights beyond the usual spacing (PDF lines; readers of other formats set it)."""
    spacings: list[float] = []
    for prev, line in itertools.pairwise(lines):
        if prev.page == line.page and prev.column == line.column and line.top > prev.top:
            spacings.append((line.top - prev.top) / max(line.size, 1.0))
    if not spacings:
        return
    normal = statistics.median(spacings)
    for prev, line in itertools.pairwise(lines):
        if prev.page == line.page and prev.column == line.column and line.top > prev.top:
            line.gap_before = max(0.0, (line.top - prev.top) / max(line.size, 1.0) / normal - 1.0)
        elif prev.page == line.page and prev.column != line.column:
            line.gap_before = 1.0  # a new column starts a block; a new page continues the last one


def _dates(
    item: dict[str, Any],
    entry: RawEntry,
    start_key: str = "startDate",
    end_key: str = "endDate",
    *,
    single_ends: bool = False,
) -> None:
    """The entry's dates; one date alone is the start, or with ``single_ends`` the end: a school's one date
    ("May 2019") is when the person graduated, while "since 2019" and "2019 – present" still start."""
    span = entry.date
    if span is None:
        return
    if span.single and start_key != end_key:
        item[end_key if single_ends else start_key] = span.start
        return
    if span.start:
        item[start_key] = span.start
    if span.end:
        item[end_key] = span.end


def _body(item: dict[str, Any], entry: RawEntry, key: str = "summary") -> None:
    if entry.paragraphs:
        item[key] = "\n".join(entry.paragraphs)
    if entry.bullets:
        item["highlights"] = list(entry.bullets)


def _two_roles(entries: list[RawEntry], score: Any, default: int) -> list[tuple[str | None, str | None, list[str]]]:
    """(wanted, other, rest) per entry, the wanted part chosen by ``score`` and the document's habit."""
    habit = Habit()
    for entry in entries:  # first pass: learn the habit from entries where the words decide
        if len(entry.parts) >= 2 and _later_role(entry.parts, score):
            habit.vote(1)  # "Jedi Temple | Coruseant | Head Jedi Master": the wanted part comes after the other
        elif len(entry.parts) >= 2:
            pick(entry.parts[:2], score, habit, default)
    out: list[tuple[str | None, str | None, list[str]]] = []
    for entry in entries:
        parts = entry.parts
        if not parts:
            out.append((None, None, []))
            continue
        if len(parts) == 1:
            out.append((parts[0], None, []) if score(parts[0]) > 0 else (None, parts[0], []))
            continue
        head = parts[:2]
        if later := _later_role(parts, score):  # "Master Project - PrIMA (University of Bremen)"
            head, parts = [later, parts[0]], [later, *(p for p in parts if p != later)]
        index = pick(head, score, copy.copy(habit), default)  # learnt in the first pass: this pass votes no more
        out.append((head[index], head[1 - index], parts[2:]))
    return out


def _later_role(parts: list[str], score: Any) -> str | None:
    """The first part after the first two that ``score`` names, when neither of the first two is named."""
    later = [p for p in parts[2:] if score(p) > 0]
    return later[0] if later and all(score(p) <= 0 for p in parts[:2]) else None


#: a job's labelled line that names the role ("Position: Lead", "役職：テックリード")
_POSITION_LABELS = frozenset(
    {"position", "role", "job title", "title", "poste", "puesto", "cargo", "posizione", "funktion", "position held"}
    | {"役職", "職種", "ポジション", "职位", "職位", "岗位", "직책", "직위"}
)


#: a job's labelled line that names the employer ("Employer: Acme", "Einrichtung: Acme GmbH, Oregon")
_EMPLOYER_LABELS = frozenset(
    {"employer", "company", "organisation", "organization", "einrichtung", "arbeitgeber", "firma", "unternehmen"}
    | {"employeur", "entreprise", "empresa", "empleador", "azienda", "datore di lavoro", "会社", "公司", "회사"}
)


def _labelled_role(
    entry: RawEntry, position: str | None, company: str | None, rest: list[str]
) -> tuple[str | None, str | None, list[str]]:
    """A labelled role line ("役職：モバイルテックリード", "Position: Lead") is the position; the title part that was
    taken for it, naming no job, is then the employer ("見本モバイル株式会社")."""
    labelled = next((v for k, v in entry.labelled.items() if k in _POSITION_LABELS), None)
    employer = next((v for k, v in entry.labelled.items() if k in _EMPLOYER_LABELS), None)
    if employer and not (company and position):  # "Gottheit" over "Einrichtung: Selbstständig, Milky Way"
        employer, *place = split_title(employer)  # "Acme, Inc." stays whole
        if place and not entry.location and len(place[-1].split()) <= 3:
            entry.location = place[-1]
        return position or company, employer, rest
    if labelled and position and not company and job_score(position) <= 0:
        return labelled, position, rest
    if labelled and not position:
        return labelled, company, rest
    return position, company, rest


def _joined_roles(entry: RawEntry) -> None:
    """Two roles one line writes side by side with a bar ("Senior Software Engineer | Full-Stack Developer"): one
    position, as written, not a role taken for the employer; the employer is a part after them, or the short line
    under them that names no job ("The Knot Worldwide"). "Chief Cartographer / Whizzlewick Data" is a role and its
    employer."""
    parts = entry.parts
    if len(parts) < 2 or entry.part_lines[:1] * 2 != entry.part_lines[:2]:
        return
    if not (job_score(parts[0]) > 0 and job_score(parts[1]) > 0):
        return
    below = entry.paragraphs[0] if len(parts) == 2 and entry.paragraphs else ""
    employer = below if len(below.split()) <= 6 and job_score(below) <= 0 and not below.endswith(".") else ""
    if not (employer or any(job_score(p) <= 0 for p in parts[2:])):
        return
    for cell in entry.cells:
        start = cell.find(parts[0])
        stop = cell.find(parts[1], start + len(parts[0])) if start >= 0 else -1
        if stop >= 0 and cell[start + len(parts[0]) : stop].strip() == "|":  # a bar, not a slash or a dash
            parts[:2] = [cell[start : stop + len(parts[1])]]
            del entry.part_lines[0]
            if employer:
                parts.append(entry.paragraphs.pop(0))
                entry.part_lines.append(entry.part_lines[0] + 1)
            return


def _work(entries: list[RawEntry], org_key: str) -> list[dict[str, Any]]:
    items = []
    for entry in entries:
        _joined_roles(entry)
        _title_sentence(entry)
    for entry, roles in zip(entries, _two_roles(entries, job_score, 0), strict=True):
        position, company, rest = _labelled_role(entry, *roles)
        company, rest = _parent_employer(company, rest)
        position, company, rest = _role_in_unit(entry, position, company, rest)
        position, rest = _role_qualified(entry, position, company, rest)
        item: dict[str, Any] = {}
        for key, said in ((org_key, company), ("position", position)):
            value = said
            if said and (m := _WORKLOAD.search(said)) and m.start() > 0:
                value, rest = said[: m.start()].rstrip(), [*rest, m.group().strip()]  # "Macworks Sàrl (20-50%)"
            if value and key == org_key:
                value = _employer_tail(value, entry, item)
            if value:
                item[key] = value
        if entry.location:
            item["location"] = entry.location
        _dates(item, entry)
        if rest:
            entry.paragraphs[:0] = rest
        _body(item, entry)
        items.append(item)
    return items


#: a link after the employer's name and a separator ("idea2App ∙ https://idea2.app", "DataFirst Inc.: https://…")
_LINK_TAIL = re.compile(r"\s*(?:[∙•·|:–—-]|\s)\s*(?P<url>(?:https?://|www\.)\S+)$", re.IGNORECASE)
#: a country's or state's two-letter code in brackets after a name ("Software United (NL)")
_CODE_TAIL = re.compile(
    r"\s*\((?P<code>NL|UK|US|USA|DE|FR|ES|IT|BE|CH|AT|SE|NO|DK|FI|PL|PT|IE|CA|AU|NZ|IN|CN|JP|KR|BR|MX|AR|CL|CO|ZA|NG|"
    r"KE|EG|IL|TR|RU|UA|CZ|SK|HU|RO|GR|SG|HK|TW|MY|ID|PH|VN|TH|AE|NY|TX|WA|GA|NC|VA|FL)\)$"  # not "MA": a degree too
)


_SQUARE_PLACE = re.compile(r"\s*\[(?P<place>[^\[\]]+)\]$")
#: how the job was held, written after the employer ("Mark It Done Remote Contractor", "Manasky (Part-time)")
_WORK_KIND_TAIL = re.compile(
    r"(?i)[\s,]+[(–—-]?\s*(?:remote|hybrid|full[- ]time|part[- ]time|self[- ]employed|freelance|contract|contractor|"
    r"internship|"
    r"temporary|seasonal)(?:\s+(?:contractor|contract|position|role|job))?\s*\)?$"
)


def _employer_tail(name: str, entry: RawEntry, item: dict[str, Any], places: bool = True) -> str:
    """The employer's name without what its title cell added after it: a link (the entry's url), a place after a
    comma or dash ("Little Stars Academy, New York, NY"; a school's is read by ``_school_place``) or a country's code
    in brackets ("University of City (NL)"): the entry's location."""
    if (link := _LINK_TAIL.search(name)) and link.start() > 0:
        item["url"], name = link.group("url"), name[: link.start()].rstrip()
    if places and (kind := _WORK_KIND_TAIL.search(name)) and kind.start() > 0:  # "Manasky Part-time"
        name = name[: kind.start()].rstrip(" ,")
        entry.paragraphs.append(kind.group().strip(" ,()–—-"))
    if places and entry.location is None and (placed := place_tail(name)) and placed[0].strip(" ,"):
        name, entry.location = placed[0].rstrip(" ,"), placed[1]
    if entry.location is None and (square := _SQUARE_PLACE.search(name)) and LOCATION.match(square.group("place")):
        name, entry.location = name[: square.start()].rstrip(), square.group("place")  # "SAIT [Calgary, AB]"
    code = _CODE_TAIL.search(name)
    initials = "".join(w[0] for w in name[: code.start()].split() if w[:1].isupper()) if code else ""
    if code and code.start() > 0 and initials != code.group("code"):  # "Hewlett Packard (HP)" is its name
        entry.location = entry.location or code.group("code")
        name = name[: code.start()].rstrip()
    return name


#: a job told in its first sentence: "Senior DevOps engineer at the Endless OS Foundation (…).", "DevOps in Dojo
#: labs.", "Technical director of Haifa's Cinematheque."
_ROLE_SENTENCE = re.compile(
    r"^(?P<role>[^.,;:]{2,60}?)\s+(?:at|in|of|with|for|bei|chez)\s+(?:the\s+)?(?P<org>[A-Z][^.;:]{1,60}?)"
    r"(?:\s*\([^)]*\))?[.,;](?:\s|$)"
)


def _title_sentence(entry: RawEntry) -> None:
    """An entry with dates and no title whose text opens with the job in a sentence ("2017-2018" over "DevOps in
    Dojo labs. Reduced time to production …"): the role and the employer are its title parts."""
    if entry.parts or not entry.paragraphs or entry.date is None:
        return
    m = _ROLE_SENTENCE.match(entry.paragraphs[0])
    if m and position_score(m.group("role")) > 0 and len(m.group("role").split()) <= 6:
        entry.parts = [m.group("role").strip(), m.group("org").strip()]
        entry.part_lines = [0, 0]


#: the share of a full week a job took, in brackets after the employer or the role ("(50%)", "(10-80 %)"): a note
_WORKLOAD = re.compile(r"\s*[(（]\s*\d{1,3}\s*(?:[-–]\s*\d{1,3}\s*)?%\s*[)）]$")


def _parent_employer(company: str | None, rest: list[str]) -> tuple[str | None, list[str]]:
    """ "Researcher, Chair of Joy, University of Excellence": of a unit (a chair, a team, a project) and its
    organisation after the job, the organisation (a school's or company's words) is the employer; the unit goes with
    the rest."""
    if not company or len(rest) != 1 or not _UNIT.search(company) or not _org_words(rest[0]):
        return company, rest
    return rest[0], [company]


def _role_in_unit(
    entry: RawEntry, position: str | None, company: str | None, rest: list[str]
) -> tuple[str | None, str | None, list[str]]:
    """ "Graduate Advisor, Education Dept": a unit written right after the job, with a comma, and no organisation
    beside them, is part of the position as printed, not the employer."""
    joined = f"{position}, {company}"
    if position and company and not rest and _DEPARTMENT.search(company) and any(joined in c for c in entry.cells):
        return joined, None, rest  # with its organisation after it, the unit goes with the rest (_parent_employer)
    return position, company, rest


def _role_qualified(
    entry: RawEntry, position: str | None, company: str | None, rest: list[str]
) -> tuple[str | None, list[str]]:
    """The part written right after the role in its cell, where the employer stands elsewhere ("Software Engineering
    Intern, Azure Networking" over "Microsoft"; "Research Assistant, Image Analysis Group"; "Temporal Anomaly
    Investigator - Contractor"; "Senior PM (Product & UX)"): the role's team, kind or second role, part of the
    position as printed."""
    if not (position and company and rest) or company in rest[0] or LOCATION.match(rest[0]) or find_dates(rest[0]):
        return position, rest
    if LEGAL.search(rest[0]) or len(rest[0].split()) > 6 or _org_words(rest[0]) or NOTE_ON_JOB.match(rest[0]):
        return position, rest  # an organisation, or "Advised by Prof. Ng": not the role's
    for cell in entry.cells:
        for sep, close in ((", ", ""), (" - ", ""), (" – ", ""), (" — ", ""), (" (", ")")):
            joined = f"{position}{sep}{rest[0]}{close}"
            if joined in cell and company not in cell:
                return joined, rest[1:]
    return position, rest


#: words that name a department, never a firm of its own ("Restaurant Group" is one, "Education Dept" is not)
_DEPARTMENT = re.compile(
    r"(?i)\b(?:department|dept\.?|division|team|section|abteilung|département|departamento|dipartimento)\b"
)


#: words that name a part of an organisation: a chair, a department, a lab, a project, a team
_UNIT = re.compile(
    r"(?i)\b(?:chair|department|dept\.?|division|lab|laboratory|group|team|project|unit|section|cátedra|"
    r"departamento|projeto|proyecto|lehrstuhl|abteilung|arbeitsgruppe|projekt|département|équipe|laboratoire|"
    r"dipartimento|progetto|gruppo)\b|小组|项目组|课题组|研究室"
)


def _org_words(text: str) -> bool:
    return institution_score(text) > 0 or job_score(text) < 0


#: what joins a degree to its field: "B.S. in Physics", "Máster en Informática", "Mestrado em Física"
_IN_WORDS = r"in|en|em|в области|по специальности|по направлению"
_IN = re.compile(rf"\s+(?:{_IN_WORDS})\s+", re.IGNORECASE)
_STUDY_SEP = re.compile(rf"\s+(?:{_IN_WORDS})\s+|\s+\|\s+", re.IGNORECASE)  # and "M.S. | Computer Systems"
# "Computer Science; GPA: 4.00", "Facultad de Estudios Superiores  Promedio: 8.5/10.0": the grade is no name
_GRADE_WORDS = r"C?GPA|grade|note|score|promedio|media|moyenne|notenschnitt|voto|average"
_GRADE_TAIL = re.compile(
    rf"(?:\s*[;,(]\s*|\s{{2,}}|\s+(?=\w+:\s*\d)|\s+(?=(?:{_GRADE_WORDS})\s*[:：]?\s*\d))(?:{_GRADE_WORDS})\b",
    re.IGNORECASE,
)


_MAJOR = re.compile(
    r"^(?:major|majoring|concentration|specialization|specialisation|focus|emphasis)\s+(?:in|on)\s+"
    r"(?P<area>[^,;]+?)(?:\s*[,;]\s*(?P<more>.+?))?[,.;]?$",
    re.IGNORECASE,
)


def _major(text: str | None) -> str | None:
    m = _MAJOR.match(text.strip()) if text else None
    return m.group("area") if m else None


def _major_parts(text: str) -> list[str]:
    """ "Major in Hacking, University A, New York": the major, then what the line says after it."""
    m = _MAJOR.match(text.strip())
    if not m:
        return [text]
    return [m.group("area"), *([m.group("more")] if m.group("more") else [])]


def _majors(institution: str | None, degree: str | None, rest: list[str]) -> tuple[str | None, str | None, list[str]]:
    """ "Master of Arts / Major in Hacking": the major is a field of study, never the school."""
    if _major(institution):
        return None, degree, [p for r in [institution or "", *rest] for p in _major_parts(r)]
    return institution, degree, [p for r in rest for p in _major_parts(r)]


def _not_a_place(text: str) -> bool:
    """A part after the degree is its field unless it is a lone name that no field word is in ("Munich", "City"):
    moderncv's "Degree, Institution, City, Grade" puts the city there."""
    if not any(c.isalpha() for c in text):  # "2.0": a grade, no field
        return False
    return field_score(text) > 0 or len(text.split()) > 2 or not text[:1].isupper()


def _degree_line(text: str) -> bool:
    """A short line that opens with a degree ("B.A. summa cum laude, Economics"), not a sentence about one."""
    words = text.split()
    return 0 < len(words) <= 8 and degree_score(words[0]) > 0 and not find_dates(text) and not text.endswith(".")


def _from_body(item: dict[str, Any], entry: RawEntry) -> None:
    """An institution or a major written under the degree ("Major in Engineering, University B, Los Angeles"), and
    a degree on a line of its own under the school when the title held none ("Bachelor's in Computer Science")."""
    if "studyType" not in item and not entry.paragraphs and entry.bullets and _degree_line(entry.bullets[0]):
        entry.paragraphs.append(entry.bullets.pop(0))  # "• B.A. summa cum laude, Economics" under the school
    first, *cells = entry.paragraphs[0].split(CELL_SEP) if entry.paragraphs else [""]
    words = first.split()
    # a degree line may run longer when it opens with the degree ("Bachelor of Science in Cyber Engineering with a
    # Specialization in Autonomous Systems")
    if (
        "studyType" not in item
        and (len(words) <= 10 or (len(words) <= 16 and degree_score(" ".join(words[:4])) > 0 and not _said(first)))
        and degree_score(first) > 0
        and not find_dates(first)
    ):
        if cells and not entry.location and LOCATION.match(cells[-1].strip()):  # "M.S. | Computer Systems  Austin, TX"
            entry.location = cells.pop().strip()
        entry.paragraphs[:1] = [CELL_SEP.join(cells)] if cells else []  # "生命工程 学士  班级排名 1/36": the rank stays
        study, *area = _STUDY_SEP.split(first, maxsplit=1)
        if not area and ", " in study:  # "B.A. summa cum laude, Economics"
            study, *area = study.split(", ", 1)
        honours = _HONOURS_TAIL.search(study)
        if honours and honours.start() > 0:  # the honours are kept with the courses
            study, honoured = study[: honours.start()].strip(), honours.group().strip()
            entry.paragraphs.append(honoured)
        item["studyType"] = study
        if area and "area" not in item:
            item["area"] = area[0]
    for text in entry.paragraphs:
        for piece in (p.strip(" .") for p in text.split(",")):
            if "area" not in item and _major(piece):
                item["area"] = _major(piece)
            elif "institution" not in item and institution_score(piece) > 0 and len(piece.split()) <= 8:
                item["institution"] = piece


_DEGREE_ABBR = re.compile(r"(?:[BM]\.?[AS]c?\.?|MBA|Ph\.?D\.?|B\.?Eng?\.?|M\.?Eng?\.?|BBA|LL\.?[BM]\.?|MFA|BFA|AA|AS)")


def _school(institution: str | None, degree: str | None, rest: list[str]) -> dict[str, Any]:
    """The institution, studyType and area a school entry's title parts name."""
    item: dict[str, Any] = {}
    if institution:
        item["institution"] = institution
    if degree and institution is None and degree_score(degree) <= 0:
        item["institution"] = degree
    elif degree:
        study, *area = _IN.split(degree, maxsplit=1)  # "MEng in Computer Science", "MENG IN COMPUTER SCIENCE"
        item["studyType"] = study
        if area:
            item["area"] = area[0]
    if rest and "studyType" in item and degree_score(item["studyType"]) <= 0 < degree_score(rest[0]):
        item["area"], item["studyType"] = item["studyType"], rest.pop(0)  # "Information Technology, Bachelor"
    abbreviation = rest.pop(0) if len(rest) >= 2 and "studyType" in item and _DEGREE_ABBR.fullmatch(rest[0]) else None
    if rest and "area" not in item and "studyType" in item and _not_a_place(rest[0]) and not _MINOR.match(rest[0]):
        item["area"] = rest.pop(0)  # "Master of Science - MS, Computer Science" (LinkedIn): the field after the
    if abbreviation:  # degree's abbreviation, which is kept with the courses
        rest.append(abbreviation)
    study, *area = _IN.split(str(item.get("area", "")), maxsplit=1)
    if area and study == item.get("studyType"):  # "PhD  Princeton University, PhD in Computer Science"
        item["area"] = area[0]
    if "area" in item and degree_score(item["area"]) > 0 >= degree_score(str(item.get("studyType", ""))):
        item["studyType"], item["area"] = item["area"], item["studyType"]  # "浙江大学 计算机科学与技术 本科"
    return item


#: a minor or second subject after the degree ("Minor in Computer Science"): a note, not the degree's field
_MINOR = re.compile(r"(?i)^(?:minors?|nebenfach|mineure|menor|concentration)\b")


#: a school's name that ends in its head word, then a town and its country with no comma before the town
_SCHOOL_THEN_TOWN = re.compile(
    r"^(?P<school>.*\b(?:University|College|Institute|School|Academy|Polytechnic))"  # head words that end a name
    r"\s+(?P<place>[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?,\s*[^,]+)$"
)


def _school_place(institution: str) -> tuple[str, str] | None:
    """(school, place) when a school's name ends in its place: "University B, Los Angeles, USA.", "Stanford
    University, California" (the school's own words before the comma), "University of York, York" (a town the
    name holds)."""
    text = institution.rstrip(". :").replace(CELL_SEP, ", ")  # "University of York  York": a cell apart, a comma
    if CAMPUS.search(text.rpartition(", ")[0]):
        return None  # "University of California, Los Angeles": the campus is part of the name
    if placed := place_tail(text):
        return placed
    if (run_on := _SCHOOL_THEN_TOWN.match(text)) and LOCATION.match(run_on.group("place")):
        return run_on.group("school"), run_on.group("place")  # "Jabir ibn Hayyan University Rasht, Iran"
    head, _, town = text.partition(", ")
    if head and institution_score(head) > 0 and town and _named_in(town.partition(",")[0], head):
        return head, town  # "University of Arkansas at Little Rock, Little Rock, AR": the town the name holds
    head, _, last = text.rpartition(", ")
    if head and institution_score(head) > 0 and LOCATION.match(last):
        return head, last
    return None


def _named_in(town: str, school: str) -> bool:
    """Every word of ``town`` is a word of ``school``'s name ("York" in "University of York")."""
    words = town.lower().split()
    return bool(words) and set(words) <= set(school.lower().split())


_BRACKETED_DEGREE = re.compile(r"^(?P<field>[^(（]*[^\s(（])\s*[(（](?P<degree>[^)）]+)[)）]$")


def _degree_in_brackets(item: dict[str, Any]) -> None:
    """ "Informatik (M.Sc.)", "计算机科学与技术专业（在读硕士）": the field, then its degree in brackets; "사회학 학사"
    (sociology, bachelor): the field, then its degree word last. A school wholly in brackets loses them."""
    school = str(item.get("institution", ""))
    if len(school) > 2 and school[0] in "(（" and school[-1] in ")）":  # "(Université Bordeaux 1)"
        item["institution"] = school[1:-1].strip()
    if "studyType" not in item and (m := _BRACKETED_DEGREE.match(school)) and degree_score(m.group("degree")) > 0:
        item["institution"], item["studyType"] = m.group("field").strip(), m.group("degree").strip()  # "FEL ČVUT (Bc.)"
    if "area" in item:
        return
    study = str(item.get("studyType", ""))
    if m := _BRACKETED_DEGREE.match(study):
        field, degree = m.group("field").strip(), m.group("degree").strip()
    else:
        field, _, degree = study.rpartition(" ")
    if field and degree_score(degree) > 0 >= degree_score(field):
        item["studyType"], item["area"] = degree, field


def _a_field(text: str | None) -> bool:
    """A title part that names a field of study and no school ("Computer Science"): the area, not the school."""
    return bool(text) and school_score(str(text)) <= 0 and field_score(str(text)) > 0


# a grade or the degree's state in brackets after it: no part of the degree's name
_DEGREE_NOTE = re.compile(
    r"^(?P<head>.*\S)\s*\((?P<note>\d+(?:[.,]\d+)?(?:\s*/\s*\d+(?:[.,]\d+)?)?|[1-3]:[12]|" + STATUS_WORDS + r")\)$",
    re.IGNORECASE,
)
_GRADE_PART = re.compile(rf"(?:{_GRADE_WORDS})\s*[:：]?\s*(?P<value>\d.*)?", re.IGNORECASE)


_HONOURS = re.compile(
    r"(?:(?:summa|magna)\s+)?cum\s+laude|with\s+(?:high(?:est)?\s+)?(?:hono(?:u)?rs|distinction)|"
    r"first[- ]class(?:\s+hono(?:u)?rs)?|distinction|mention\s+(?:très\s+)?bien|mit\s+auszeichnung",
    re.IGNORECASE,
)


_HONOURS_TAIL = re.compile(r"\s+(?:" + _HONOURS.pattern + r")$", re.IGNORECASE)
#: honours written after the degree or its field, after a comma or a dash ("B.S. Computer Science, 2008 - Magna Cum
#: Laude", "Bachelor of Arts with Distinction")
_HONOURS_AFTER = re.compile(
    r"(?<!magna)(?<!summa)(?:\s*[,;–—-]\s*|\s+)\(?(?P<honours>" + _HONOURS.pattern + r")\)?[.]?$", re.IGNORECASE
)


def _said(text: str) -> bool:
    """The text holds a sentence: a full stop inside it or at its end."""
    return ". " in text or text.rstrip().endswith(".")


#: a specialisation written after the field ("Cyber Engineering with a Specialization in Autonomous Systems")
_WITH_FOCUS = re.compile(
    r",?\s+with\s+(?:an?\s+)?(?:specialization|specialisation|concentration|minor|focus|emphasis|major)\s+(?:in|on)\s+\S.*$",
    re.IGNORECASE,
)


def _without_honours(item: dict[str, Any], entry: RawEntry) -> None:
    """The honours a degree or its field ends with are no part of it: they are kept with the entry's lines; so is a
    specialisation written after the field."""
    if (m := _WITH_FOCUS.search(str(item.get("area", "")))) and m.start() > 0:
        item["area"], focus = item["area"][: m.start()].strip(), m.group().strip(" ,")
        entry.paragraphs.append(focus)
    if "studyType" in item and _HONOURS.fullmatch(str(item.get("area", "")).strip(" .")):
        entry.paragraphs.append(item.pop("area"))  # "B.S. Computer Science, …, 2008 - Magna Cum Laude"
    for key in ("area", "studyType"):
        value = str(item.get(key, ""))
        m = _HONOURS_AFTER.search(value)
        if m and m.start() > 0:
            item[key] = value[: m.start()].strip()
            entry.paragraphs.append(m.group("honours"))


#: a state written before the degree ("Pursuing B.Tech", "Graduated as M.Sc. Digital Media"): no part of its name
_STATE_BEFORE = re.compile(
    r"(?i)^(?:currently\s+)?(?:pursuing|studying|studied|completed|graduated(?:\s+(?:as|with))?|obtained|earned|awarded)"
    r"\s+(?:an?\s+|the\s+)?"
)


def _without_state(item: dict[str, Any], entry: RawEntry) -> None:
    study = str(item.get("studyType", ""))
    if (m := _STATE_BEFORE.match(study)) and degree_score(rest := study[m.end() :]) > 0:
        item["studyType"] = rest
        entry.paragraphs.append(m.group().strip())
    elif m and "area" not in item and rest[:1].isupper():  # "Studied Drawing and Design": the field, no degree
        item["area"] = rest
        del item["studyType"]
        entry.paragraphs.append(m.group().strip())


#: a qualification's level in a framework (Europass writes "ISCED 7" or "EQF level 6" beside the degree)
_LEVEL_CODE = re.compile(r"(?i)(?:ISCED|EQF|NQF|CITE)(?:\s+level)?\s*\d{1,2}")
_GRADE_VALUE = re.compile(r"\d+(?:[.,]\d+)?(?:\s*/\s*\d+(?:[.,]\d+)?)?")
_BARE_GRADE = re.compile(r"\d+(?:[.,]\d+)?\s*/\s*\d+(?:[.,]\d+)?")
_GRADE_AFTER = re.compile(rf"(?P<head>.*\S)\s+(?:{_GRADE_WORDS})$", re.IGNORECASE)


def _grade_parts(entry: RawEntry) -> None:
    """ "University of Colombia | GPA: 3.9 of 4.0": the grade is the entry's score, no part of its title (it was
    taken for the degree)."""
    parts = entry.parts
    for i, part in enumerate(parts):
        if _BARE_GRADE.fullmatch(part.strip()):  # "Indian Institute of Technology (9.2/10)": the grade
            entry.labelled.setdefault("gpa", parts.pop(i).strip())
            if len(entry.part_lines) > i:
                del entry.part_lines[i]
            return
        if _LEVEL_CODE.fullmatch(part.strip()):  # Europass's "ISCED 7": the degree's level, a note
            entry.paragraphs.append(parts.pop(i))
            if len(entry.part_lines) > i:
                del entry.part_lines[i]
            return
        m = _GRADE_PART.fullmatch(part.strip())
        tail = _GRADE_AFTER.match(part.strip())
        if tail and i + 1 < len(parts) and parts[i + 1][:1].isdigit():  # "Bennett University CGPA: 8"
            entry.labelled.setdefault("gpa", parts[i + 1])
            parts[i : i + 2] = [tail.group("head")]
            if len(entry.part_lines) > i + 1:
                del entry.part_lines[i + 1]
            return
        if m and m.group("value"):
            value, cut = m.group("value"), 1
        elif m and i + 1 < len(parts) and parts[i + 1][:1].isdigit():
            value, cut = parts[i + 1], 2
        else:
            continue
        entry.labelled.setdefault("gpa", value)
        if i + cut < len(parts) and _HONOURS.fullmatch(parts[i + cut].strip()):  # "GPA: 3.9, Summa Cum Laude"
            entry.paragraphs.append(parts[i + cut])
            cut += 1
        del parts[i : i + cut]
        if len(entry.part_lines) >= i + cut:
            del entry.part_lines[i : i + cut]
        return


def _without_grades(item: dict[str, Any]) -> None:
    # "Computer Science; GPA: 4.00", "Bachelor GPA 4.0": the grade is not the field, the degree or the school
    for key in ("area", "institution", "studyType"):
        if key in item and (grade := _GRADE_TAIL.search(item[key])) and grade.start() > 0:
            if said := _GRADE_VALUE.search(item[key], grade.end()):
                item.setdefault("score", said.group())
            item[key] = item[key][: grade.start()]
    for key in ("studyType", "area", "institution"):  # "Msc Statistics (1.6)", "Stanford University (3.9)"
        if key in item and (m := _DEGREE_NOTE.match(item[key])):
            item[key] = m.group("head")
            if m.group("note")[:1].isdigit():
                item.setdefault("score", m.group("note"))


_AT_SCHOOL = re.compile(rf"(?i)(?:{AT_WORDS}|@)\s+")


_WORD = re.compile(r"[^\W\d_]{3,}")


def _more_than(text: str, used: list[str]) -> bool:
    """``text`` says more than the values taken from it: a word of three letters or more is left when they are
    taken out (a line that held the school and the degree keeps the degree when only the school was read)."""
    if not any(value in text for value in used):
        return True
    for value in used:
        text = text.replace(value, " ")
    return bool(_WORD.search(text))


def _listed_schools(entries: list[RawEntry]) -> list[RawEntry]:
    """An education section written as a list with no titles and no dates ("• B.S. Honors Computational
    Mathematics, Washington State University." / "• Microsoft Test Apprentice Program, Microsoft Corporation."):
    each item is an entry of its own, its parts those of a title, where every item parts in two or three and half
    of them or more name a school or a degree; otherwise the items stay the lines of one entry."""
    out: list[RawEntry] = []
    for entry in entries:
        items = [*entry.paragraphs, *entry.bullets]
        parted = [split_title(text.strip().rstrip(".")) for text in items]
        if (
            entry.parts
            or entry.date is not None
            or entry.labelled
            or len(items) < 2
            or not all(
                2 <= len(parts) <= 3 and len(text.split()) <= 14 for text, parts in zip(items, parted, strict=True)
            )
            or 2 * sum(any(school_score(p) > 0 or degree_score(p) > 0 for p in parts) for parts in parted) < len(items)
        ):
            out.append(entry)
            continue
        out.extend(RawEntry(parts=parts, part_lines=[0] * len(parts), date=None) for parts in parted)
    return out


def _education(entries: list[RawEntry]) -> list[dict[str, Any]]:
    items = []
    entries = _listed_schools(entries)
    for entry in entries:
        _grade_parts(entry)
    for entry, roles in zip(entries, _two_roles(entries, school_score, 0), strict=True):
        institution, degree, rest = _majors(*roles)
        item = _school(institution, degree, rest)
        if _a_field(item.get("institution")) and "area" not in item and "studyType" in item:
            item["area"] = item.pop("institution")  # "Master, Computer Science" over "University of Stanford"
        if rest and "institution" not in item:  # "Major in Hacking, University A, New York": the school is after
            entry.paragraphs[:0], rest = rest, []
        if "institution" not in item or "area" not in item:
            _from_body(item, entry)
        if (at := _AT_SCHOOL.match(str(item.get("institution", "")))) and at.end() < len(item["institution"]):
            item["institution"] = item["institution"][at.end() :]  # "Bachelor in IT" over "at University of Oklahoma"
        if not entry.location and (place := _school_place(str(item.get("institution", "")))):
            item["institution"], entry.location = place
        if item.get("institution"):
            item["institution"] = _employer_tail(item["institution"], entry, item, places=False)  # see _school_place
            head, _, tail = str(item["institution"]).rpartition(CELL_SEP)
            if head and entry.location and tail.strip() and tail.strip() in entry.location:
                item["institution"] = head.strip()  # "University of York  York" beside "York, UK": the town again
        _without_grades(item)
        _without_honours(item, entry)
        _without_state(item, entry)
        _degree_in_brackets(item)
        if entry.location:
            item["location"] = entry.location
        _dates(item, entry, single_ends=True)
        _education_labels(item, entry)
        if rest:
            entry.paragraphs[:0] = rest
        used = [str(item[k]) for k in ("institution", "area", "studyType") if item.get(k)]
        # JSON Resume's education has no summary: lines no field took are kept with the courses, not lost
        kept = [p for p in entry.paragraphs if _more_than(p, used)]
        if kept or entry.bullets:
            item.setdefault("courses", []).extend([*kept, *entry.bullets])
        items.extend(_degrees_listed(item))
    return items


def _degrees_listed(item: dict[str, Any]) -> list[dict[str, Any]]:
    """One school with its degrees listed under it ("• BS in Early Childhood Development (1999)" / "• BA in
    Elementary Education (1998)"), where its title named none: one education entry per degree, each with the
    school and its own year; the other lines stay with the first entry's courses."""
    courses = item.get("courses") or []
    listed = [c for c in courses if _listed_degree(c)]
    if "studyType" in item or len(listed) < 2 or not item.get("institution"):
        return [item]
    out: list[dict[str, Any]] = []
    for text in listed:
        spans = find_dates(text)
        degree = text[: spans[0].begin].strip(" ,(–-") if spans else text
        study, *area = _IN.split(degree, maxsplit=1)
        one = {k: v for k, v in item.items() if k not in ("courses", "startDate", "endDate")}
        one["studyType"] = study
        if area:
            one["area"] = area[0]
        if spans and spans[0].single:
            one["endDate"] = spans[0].start
        elif spans:
            one["startDate"] = spans[0].start
            if spans[0].end:
                one["endDate"] = spans[0].end
        out.append(one)
    rest = [c for c in courses if c not in listed]
    if rest:
        out[0]["courses"] = rest
    return out


def _listed_degree(text: str) -> bool:
    """A short line that opens with a degree and holds at most its year or dates ("BA in Elementary Education
    (1998)")."""
    words = text.split()
    spans = find_dates(text)
    tail = text[spans[0].stop :].strip(" )") if spans else ""
    return 0 < len(words) <= 10 and degree_score(words[0]) > 0 and not tail and not text.endswith(".")


_SCHOOL_LABELS = frozenset(
    {"institution", "school", "university", "college", "bildungseinrichtung", "hochschule", "universität", "schule"}
    | {"établissement", "école", "institución", "universidad", "instituição", "universidade", "istituto", "学校"}
)


_DEGREE_LABELS = frozenset(
    {"degree", "qualification", "abschluss", "akademischer grad", "diplôme", "titulación", "titolo di studio"}
    | {"graad", "grau", "stopień", "学位", "学历"}
)
#: labels that name a degree only when the value is one ("Título: Licenciatura"; "Título: <a thesis>" is not)
_TITLE_LABELS = frozenset({"titre", "título", "titolo", "title"})
#: a label naming the field of study ("Major: Accounting", "Studiengang: Informatik")
_FIELD_LABELS = frozenset(
    {"major", "field", "field of study", "concentration", "specialization", "specialisation", "studiengang"}
    | {"fachrichtung", "spécialité", "filière", "especialidad", "carrera", "curso", "indirizzo", "专业", "専攻"}
)
#: where a labelled degree's sentence ends ("BSc Hons Computer Science. 2:1 Attained."): what follows is a note;
#: the stop of an abbreviation ("B.Sc. Computer Science", "Dipl.-Ing. Maschinenbau") ends nothing
_SENTENCE_END = re.compile(r"(?<=[a-z]{3})\.(?:\s+(?=[\dA-Z])|$)")


def _education_labels(item: dict[str, Any], entry: RawEntry) -> None:
    for label, value in entry.labelled.items():
        degree = label in _DEGREE_LABELS or (label in _TITLE_LABELS and degree_score(value) > 0)
        if degree and "studyType" not in item:  # "Degree: BSc Hons Computer Science."
            study, *area = _IN.split(_SENTENCE_END.split(value, maxsplit=1)[0], maxsplit=1)
            item["studyType"] = study
            if area and "area" not in item:
                item["area"] = area[0]
        elif label in _FIELD_LABELS and "area" not in item:  # "Major: Accounting   Minor: Computer Science"
            item["area"] = value.split(CELL_SEP)[0].strip()
        elif label in ("score", "gpa", "grade", "note", "note finale", "nota"):
            item["score"] = value
        elif label in ("courses", "coursework", "relevant coursework"):
            item["courses"] = lists.items_of(value)
        elif label in _SCHOOL_LABELS:  # "Bildungseinrichtung: Pastafari Universität Oregano, Oregon"
            school, place = _school_place(value) or (value, None)
            if item.get("institution") and "area" not in item:
                item["area"] = item["institution"]  # "Pastafarismus-Wirtschaft, Dipl.-Ing.": the field, then
            item["institution"] = school
            if place and "location" not in item:
                item["location"] = place


def _split_last(cell: str) -> tuple[str, str | None]:
    best = -1
    sep_len = 0
    for sep in _SEPARATED_LAST:
        at = cell.rfind(sep)
        if at > best:
            best, sep_len = at, len(sep)
    if best <= 0:
        return cell, None
    return cell[:best].strip(), cell[best + sep_len :].strip() or None


def _named(entries: list[RawEntry], name_key: str, by_key: str, date_key: str) -> list[dict[str, Any]]:
    items = []
    for entry in entries:
        item: dict[str, Any] = {}
        cells = [c for c in entry.cells if c]
        if cells:
            name, by = _split_last(cells[0]) if len(cells) == 1 else (cells[0], cells[1])
            item[name_key] = name
            if by:
                item[by_key] = by
        if entry.date is not None and entry.date.start:
            item[date_key] = entry.date.end or entry.date.start
        if entry.paragraphs:
            item["summary"] = "\n".join(entry.paragraphs)
        if entry.bullets:
            item.setdefault("summary", "")
            item["summary"] = "\n".join([item["summary"], *entry.bullets]).strip("\n")
        items.append(item)
    return items


def _projects(entries: list[RawEntry]) -> list[dict[str, Any]]:
    items = []
    for entry in entries:
        item: dict[str, Any] = {}
        if entry.cells:
            name, kind = _split_last(entry.cells[0])
            item["name"] = name
            if kind and len(kind.split()) <= 3:
                item["type"] = kind
            elif kind:
                item["name"] = entry.cells[0]
        _dates(item, entry)
        if entry.paragraphs:
            item["description"] = "\n".join(entry.paragraphs)
        if entry.bullets:
            item["highlights"] = list(entry.bullets)
        for label, value in entry.labelled.items():
            if label in ("roles", "role"):
                item["roles"] = lists.items_of(value)
            elif label in ("keywords", "technologies", "tech", "stack", "tools", "built with"):
                item["keywords"] = lists.items_of(value)
            elif label in ("url", "link", "website"):
                item["url"] = value
        items.append(item)
    return items


def _group_label(cell: str, rest: list[str]) -> bool:
    """ "Tools   Git, Docker": a skills table's label in body case, not "SKILLS   Web: HTML, CSS" in a margin."""
    return exact_key(cell) == "skills" and not cell.isupper() and not any(":" in c for c in rest)


def _side_headings(lines: list[Line]) -> list[Line]:
    """A section name in a left margin cell ("Experience  Creative Solutions Inc.  January 2019") heads its own line.

    Templates that set headings beside the body (Reactive Resume's Bronzor, moderncv) put the heading and the
    section's first line on one baseline.
    """
    out: list[Line] = []
    body = body_size(lines)
    opened: str | None = None  # the section the last heading line named
    for i, line in enumerate(lines):
        if len(line.cells) == 1 and len(line.text.split()) <= 5 and (key := vocabulary_key(line.cells[0])):
            # "Technologies and Tools" opens skills only; "Skills & Interests" opens more than one section
            parts = {vocabulary_key(p) for p in heading_parts(line.cells[0])}
            opened = key if parts <= {key, None} else None
        if (
            len(line.cells) >= 2
            and not line.bullet
            # "Languages  TypeScript, Python" under "Technologies and Tools": a group of the skills, no section
            and not (opened == "skills" and "," in CELL_SEP.join(line.cells[1:]))
            # a row of small tags ("Education  Real Estate" among a sidebar's industries) names no section
            and not (body > 0 and line.size < body * 0.95 and not (line.bold or line.caps) and not _hangs(lines, i))
            and exact_key(line.cells[0])
            # "Tools:  Git, Travis, Webstorm" and "Tools  Git, Docker" (a skills table's row) are labelled lists, not
            # headings over the lines below
            and not (
                (line.cells[0].rstrip().endswith((":", "：")) or _group_label(line.cells[0], line.cells[1:]))
                and "," in CELL_SEP.join(line.cells[1:])
            )
            # two different headings side by side are two columns, not a margin ("CONTACT  ABOUT ME")
            and not any(exact_key(c) not in (None, exact_key(line.cells[0])) for c in line.cells[1:])
        ):
            rest = CELL_SEP.join(line.cells[1:])
            out.append(line.retext(line.cells[0], x1=line.x0 + 1))
            out.append(line.retext(rest, bold=False))
        else:
            out.append(line)
    return out


def _hangs(lines: list[Line], i: int) -> bool:
    """Line ``i`` starts in a margin, four ems or more left of where the line under it starts: its first cell is a
    heading set beside the body (a section name in small type, "Education  Maester Luwin's Tutelage"), where a row
    of tags starts where the next row does."""
    below = lines[i + 1] if i + 1 < len(lines) else None
    line = lines[i]
    return below is not None and below.page == line.page and below.x0 - line.x0 >= 4 * max(line.size, 1.0)


_BRACKETED_CELL = re.compile(r"^\[[^\[\]]*[^\W\d_][^\[\]]*\](?:(?:[\s,;|–—-]|\bto\b|(?<=\])to\b)*\[[^\[\]]+\])*\.?$")


def _centred_margin_headings(lines: list[Line]) -> list[Line]:
    """Section names in a left margin, each set level with the middle of its section's first lines (JSON Resume
    themes that print "Work" beside its first job's title and dates): read by baseline, a name came after those
    lines. Where two names or more stand so, each goes back before the lines above it that belong to its block (up
    to two of its heights above it, after the block's opening gap)."""
    moves: list[tuple[int, int]] = []
    for i, line in enumerate(lines):
        if not (0 < i < len(lines) - 1 and len(line.cells) == 1 and line.x1 > 0 and exact_key(line.text)):
            continue
        if not (lines[i - 1].x0 > line.x1 + 4 and lines[i + 1].x0 > line.x1 + 4):
            continue  # a heading in the margin, the body to its right on both sides
        if lines[i + 1].page == line.page and lines[i + 1].top - line.top <= 0.15 * line.size:
            continue  # level with the line after it: the top of its block, already read first
        j = i - 1
        while (
            j >= 0
            and lines[j].page == line.page
            and lines[j].x0 > line.x1 + 4
            and not exact_key(lines[j].text)
            and 0 <= line.top - lines[j].top <= 2.0 * line.size
        ):
            j -= 1
        first = j + 1
        if first == i:
            continue
        opening = lines[first].top - lines[j].top if j >= 0 and lines[j].page == line.page else None
        steps = [b.top - a.top for a, b in itertools.pairwise(lines[first:i])] or [lines[first].size * 1.2]
        if opening is None or opening > 1.5 * max(steps):
            moves.append((first, i))
    if len(moves) < 2:
        return lines
    out = list(lines)
    for first, i in reversed(moves):
        out.insert(first, out.pop(i))
    return out


def _dates_under_headings(lines: list[Line]) -> list[Line]:
    """A right-aligned line of dates set a little higher than the section heading beside it (a theme that floats
    the first entry's dates to the top of its box: "June 2011 - January 2014" over "Education"): the dates come
    after the heading, on the entry's side of it."""
    out = list(lines)
    right = right_edges(lines)
    for i in range(len(out) - 2):
        dates, heading = out[i], out[i + 1]
        if (
            dates.x1 > 0
            and len(dates.cells) == 1
            and (dates.page, dates.column) == (heading.page, heading.column)
            and dates.x1 >= right[dates.page, dates.column] - 3  # set flush right
            and dates.x0 > (heading.x0 + dates.x1) / 2
            and find_dates(dates.text)
            and only_dates(dates)
            and exact_key(heading.text)
            and not find_dates(out[i + 2].text)
        ):
            out[i], out[i + 1] = heading, dates
    return out


#: a label or a street in a line that reads like a name ("name: Alex Doe", "False Street")
_NO_NAME = re.compile(r"(?i):|\b(?:street|st\.|road|avenue|ave\.|lane|drive|boulevard|straße|strasse|rue|calle|via)\b")


def _name_from_section(header: list[Line], sections: list[Section], lines: list[Line], body: float) -> list[Line]:
    """The name set largest near the top but read after a section heading (a Word template's "Objective" in a text
    box anchored before the name): the name and the short lines under it are the header."""
    largest = max((line.size for line in lines), default=0.0)
    if any(line.size >= largest for line in header) or largest < body * 1.5:
        return header
    for section in sections[:2]:
        if section.key not in ("summary", "other", "contact"):
            continue
        at = next((i for i, line in enumerate(section.lines[:3]) if line.size >= largest), None)
        if at is None or not namelike(section.lines[at].text):
            continue
        end = at + 1
        while end < len(section.lines) and len(section.lines[end].text.split()) <= 6:
            end += 1
        header = [*header, *section.lines[at:end]]
        del section.lines[at:end]
        return header
    return header


#: a template's instruction to its user in brackets ("[Type the job responsibilities]", "[Click here to enter
#: text.]"): no text of the résumé (it stays in the source text)
_INSTRUCTION = re.compile(
    r"(?i)^\[(?:type|enter|click|insert|add|describe|list|write|replace|delete|use this)\b[^\[\]]*\]\.?$"
)
_BRACKET_GLUE = re.compile(r"\](?=\w)")  # "[Start Date]to [End Date]": a word glued to the bracket


def _unbracketed(line: Line) -> Line:
    """A Word template's placeholder text, each field in square brackets ("[Courier, Consolidated Messenger]",
    "[Volunteer], [Baldwin Museum of Science]"), filled in or not: the cells without their brackets."""
    if "[" not in line.text:
        return line
    cells = [
        _BRACKET_GLUE.sub("] ", c.strip()).replace("[", "").replace("]", "") if _BRACKETED_CELL.match(c.strip()) else c
        for c in line.cells
    ]
    return line if cells == line.cells else line.retext(CELL_SEP.join(cells), cells, bullet=line.bullet)


def build(doc: Document) -> tuple[dict[str, Any], list[str], dict[str, float]]:
    """The resume, the warnings and the confidence (0–1) per section."""
    lines, warnings_before = strip_letter(doc.lines)
    lines, copied = strip_copy(lines)
    lines, consent = strip_consent(lines)
    lines = [_unbracketed(line) for line in lines if not _INSTRUCTION.match(line.text.strip())]
    if doc.kind in ("pdf", "docx", "odt"):  # a Word template's table row "WORK EXPERIENCE | Acme | 2022 – Present" too
        lines = _side_headings(lines)
    if doc.kind == "pdf":
        lines = _centred_margin_headings(lines)
        mark_gaps(lines)
        lines = _dates_under_headings(lines)
    # text and Markdown mark some titles bold, not all: only laid-out formats are read by their typography
    typography = doc.kind in ("pdf", "docx", "odt") and len({(round(line.size, 1), line.bold) for line in lines}) > 1
    body = body_size(lines)
    edges = right_edges(lines)  # each page column's right edge, to tell a title wrapped in a narrow column
    header, sections, warnings = split_sections(lines)
    warnings[:0] = [*warnings_before, *copied, *consent]
    header, sections = implied_sections(header, sections)
    header = _name_from_section(header, sections, lines, body)
    header = header_skills(header, sections)
    resume: dict[str, Any] = {}
    basics, rest, prose = parse_header(header)
    if not header and sections and sections[0].key == "contact" and sections[0].lines:
        first = sections[0].lines[0]  # the document opens with "Contact Information" over "Molly A. Adams"
        if namelike(first.text) and not contactish(first.text) and not _NO_NAME.search(first.text):
            basics["name"], sections[0].lines = first.text.strip(), sections[0].lines[1:]
    for section in sections:
        if section.key == "contact":
            parse_contacts(section.lines, basics, rest)
    if not basics.get("email") and sections:
        parse_contacts(_stray_contacts(sections, footer=not basics.get("phone")), basics, rest)
    if not basics.get("phone") and sections:
        parse_contacts(_stray_phone(sections), basics, rest)
    confidence: dict[str, float] = {}
    for section in sections:
        _fill(
            resume,
            basics,
            section,
            body=body,
            typography=typography,
            edges=edges,
            warnings=warnings,
            confidence=confidence,
        )
    if prose and "summary" not in basics:
        basics["summary"] = "\n".join(prose)
    if rest:
        warnings.append(f"Not placed from the header: {'; '.join(rest[:8])}")
    _labelled_name(basics, sections, warnings)
    resume = {"basics": basics, **resume}
    confidence["basics"] = round(sum(1 for k in ("name", "email", "phone") if basics.get(k)) / 3, 2)
    return resume, warnings, confidence


def _labelled_name(basics: dict[str, Any], sections: list[Section], warnings: list[str]) -> None:
    """With no name at the top, a labelled one in the first section ("職務経歴書" over "プロフィール" / "氏名: 山田太郎
    電話: 03-1234-5678"); a warning when there is none either."""
    if not basics.get("name") and sections and (named := labelled_name(sections[0].lines[:8])):
        basics["name"] = named
    if not basics.get("name"):
        warnings.append("No name found at the top of the document")


_ENTRY_KINDS: dict[str, tuple[Any, tuple[str, ...]]] = {
    "work": (lambda entries: _work(entries, "name"), ("name", "position", "startDate")),
    "volunteer": (lambda entries: _work(entries, "organization"), ("organization", "position", "startDate")),
    "education": (_education, ("institution", "studyType")),
    "projects": (_projects, ("name",)),
    "awards": (lambda entries: _named(entries, "title", "awarder", "date"), ("title",)),
    "certificates": (lambda entries: _named(entries, "name", "issuer", "date"), ("name",)),
    "publications": (lambda entries: _named(entries, "name", "publisher", "releaseDate"), ("name",)),
}


def _stray_contacts(sections: list[Section], footer: bool) -> list[Line]:
    """The person's contacts set outside the header, when it held no e-mail address: lines of nothing but contacts
    with an address among them ("luke@theforce.com" atop the second column), and, when the header held no phone
    either, the last section's closing line when it carries an address ("jon.snow@coroutine.co  555 123 4567").
    They leave their section. A referee's contacts (the references section) stay where they are."""
    found: list[Line] = []
    for section in sections:
        if section.key in ("references", "contact"):
            continue
        keep: list[Line] = []
        for line in section.lines:
            (found if _only_contacts(line) else keep).append(line)
        section.lines[:] = keep
    last = sections[-1]
    closing = last.lines[-1].text if last.lines else ""
    if footer and not found and last.key not in ("references", "contact") and EMAIL.search(closing):
        found.append(last.lines.pop())
    return found


def _unlisted(lines: list[Line]) -> list[Line]:
    """A section written wholly as one list, its titles, duties and even its lines of dates alone all items (as a
    pasted Markdown list is): its marks tell nothing apart, so its lines are read as plain lines. A list of one
    item per entry ("- Engineer, Acme (2019 – 2021)") keeps its marks."""
    if (
        len(lines) < 3
        or not all(line.bullet for line in lines)
        or not any(find_dates(line.text) and only_dates(line) for line in lines)
    ):
        return lines
    return [dataclasses.replace(line, bullet=False) for line in lines]


def _stray_phone(sections: list[Section]) -> list[Line]:
    """The person's phone set outside the header when nothing before held one: the first line of nothing but
    contacts with a number among them ("(912) 555-4321" under a sidebar's "Contact"; "Phone: +31 6 1234 5678
    GitHub: …"). It leaves its section; a referee's number (the references section) stays."""
    for section in sections:
        if section.key == "references" or (section.key == "summary" and _contact_block(section.lines)):
            continue  # a summary of contacts is read whole, its number with it
        for k, line in enumerate(section.lines):
            if all(contactish(c) for c in line.cells) and any(_phoneish(c) for c in line.cells):
                return [section.lines.pop(k)]
    return []


def _phoneish(cell: str) -> bool:
    """A cell that is a phone number and nothing more ("Phone: +31 6 1234 5678", not "New York, 06/2022 – 12/2022")."""
    if not PHONE_LABEL.match(cell) and find_dates(cell):
        return False  # "12/2013 - 12/2014": a libphonenumber match, but dates
    return whole_phone(cell, shaped=False) is not None


def _only_contacts(line: Line) -> bool:
    return bool(EMAIL.search(line.text)) and all(contactish(c) for c in line.cells)


def _contact_block(lines: list[Line]) -> bool:
    """Short lines, two or more of them an e-mail, a phone or a link: contact details, whatever the heading says
    (an address cut over two lines counts once)."""
    if not all(len(line.text.split()) <= 6 for line in lines):
        return False
    texts = [line.text for line in lines]
    joined = [a + b for a, b in itertools.pairwise(texts) if cut_address(a, b)]
    return sum(contactish(t) for t in [*texts, *joined]) >= 2


def _fill(
    resume: dict[str, Any],
    basics: dict[str, Any],
    section: Section,
    *,
    body: float,
    typography: bool,
    edges: dict[tuple[int, int], float],
    warnings: list[str],
    confidence: dict[str, float],
) -> None:
    key = section.key
    if key == "summary" and _contact_block(section.lines):  # "ABOUT" over an address, an e-mail and a phone
        parse_contacts(section.lines, basics, [])
        confidence["summary"] = 0.0
    elif key == "summary":
        text = lists.paragraphs(section.lines)
        if text:
            basics["summary"] = f"{basics['summary']}\n{text}" if basics.get("summary") else text
        confidence["summary"] = 1.0 if text else 0.0
    elif key in ("skills", "languages", "interests", "references"):
        key = "skills" if key == "languages" and lists.of_code(section.lines) else key  # "Python  100", "C++  60"
        found = getattr(lists, key)(section.lines)
        resume.setdefault(key, []).extend(found)
        confidence[key] = 1.0 if found else 0.0
    elif key == "other" and (group := lists.skill_group(section.lines, section.heading)):
        resume.setdefault("skills", []).append(group)  # "WEB DEVELOPMENT" / "MASTER" / "HTML", "CSS"
    elif key == "other" and section.lines:
        warnings.append(
            f'Section "{section.heading}" is not a JSON Resume section: its {len(section.lines)} lines were '
            "not imported (they are in the source text)"
        )
    elif key in _ENTRY_KINDS:
        make, required = _ENTRY_KINDS[key]
        lines = joined_timeline(_unlisted(section.lines))
        items = [item for item in make(entries_of(lines, body, typography, edges)) if item]
        _check(key, items, required, warnings, confidence)
        resume.setdefault(key, []).extend(items)


def _check(
    key: str, items: list[dict[str, Any]], required: tuple[str, ...], warnings: list[str], confidence: dict[str, float]
) -> None:
    label = key.capitalize()
    for n, item in enumerate(items, 1):
        missing = [f for f in required if not item.get(f)]
        if "startDate" in missing:
            warnings.append(f"No dates found for {label} › {n}")
        elif missing:
            warnings.append(f"{label} › {n}: no {', '.join(missing)} found")
    complete = sum(1 for item in items if all(item.get(f) for f in required))
    confidence[key] = round(complete / len(items), 2) if items else 0.0
