"""Which title part names the employer, where a role, a unit of an organisation (a department, a lab, a chair, a
team) and the organisation itself stand together or on lines under one another, and what in brackets or after a bar
is no part of the name (a team, a stack, a contract, a place)."""

from __future__ import annotations

import re

from .codelangs import is_stack, technology
from .dates import find_dates
from .items import name_shaped
from .lines import CELL_SEP
from .places import LOCATION
from .rawentry import RawEntry
from .roles import institution_score, job_score
from .titles import LEGAL, NOTE_ON_JOB

#: how a job was held, a part of its own after the role ("Developpeur web, stage", "Data Analyst - Internship")
KIND_PART = re.compile(
    r"(?i)^(?:stage|alternance|internship|intern|part[- ]time|full[- ]time|praktikum|werkstudent|"
    r"prácticas|practicas|pasantía|pasantia|estágio|estagio|tirocinio|stagiaire|apprentissage|apprenticeship|"
    r"work experience|work placement|placement|co-?op|volunteer|contract|freelance contract|"
    r"job [ée]tudiant|student job|summer job|job d.[ée]t[ée]|ferienjob|studentenjob|nebenjob)$"
)


def as_printed(entry: RawEntry, pieces: list[str], seps: tuple[str, ...]) -> str | None:
    """The title parts joined as a cell of the entry prints them, by the first of ``seps`` that does; ``None`` where
    no cell holds them so."""
    for sep in seps:
        joined = sep.join(pieces)
        if any(joined in cell for cell in entry.cells):
            return joined
    return None


def role_and_unit(
    entry: RawEntry, position: str | None, company: str | None, rest: list[str]
) -> tuple[str | None, list[str]]:
    """ "Stanford University" over "Research Assistant, Systems Lab": the role and the unit it was held in, written
    with a comma under the organisation, are the position as printed."""
    if not position or not company or not rest or not _UNIT.search(rest[0]) or _UNIT.search(company):
        return position, rest
    line_of = dict(zip(entry.parts, entry.part_lines, strict=False))
    if line_of.get(company) == line_of.get(position):  # "Researcher, Chair of Joy, University of …": one line
        return position, rest
    if len(rest[0].split()) <= 5 and (joined := as_printed(entry, [position, rest[0]], (", ",))):
        return joined, rest[1:]
    return position, rest


def unit_after_dash(entry: RawEntry, company: str | None, rest: list[str]) -> tuple[str | None, list[str]]:
    """ "USAF — Platform One", "FAPEU — Fundação de Amparo a Pesquisa…": an organisation and its unit or full name
    after a long dash in one cell are the employer as printed (not a place, a job or a kind of job)."""
    if not company or not rest:
        return company, rest
    unit = rest[0]
    # one word after the dash is the employer's trade ("BAŤA – Ecommerce"), a bracket its place ("[Austin, TX]")
    if len(unit.split()) < 2 or unit[:1] in "[(" or LOCATION.match(unit) or job_score(unit) > 0:
        return company, rest
    if find_dates(unit) or KIND_PART.match(unit):
        return company, rest
    if joined := as_printed(entry, [company, unit], (" — ", " – ")):
        return joined, rest[1:]
    return company, rest


def parent_employer(entry: RawEntry, company: str | None, rest: list[str]) -> tuple[str | None, list[str]]:
    """ "Researcher, Chair of Joy, University of Excellence": a unit (a chair, a team, a project) and its
    organisation after the job: a department, a lab or a group and its organisation are the employer as printed
    ("Dept. of Physics, CUNY Graduate Center"); of a chair or a project, or where they stand apart, the
    organisation (a school's or company's words) is, and the unit goes with the rest."""
    if not company or len(rest) != 1:
        return company, rest
    named = _NAMED_UNIT.search(company) is not None and (org_words(rest[0]) or _a_name(rest[0]))
    if named and (joined := as_printed(entry, [company, rest[0]], (", ",))):
        return joined, []
    if not _UNIT.search(company) or not org_words(rest[0]):
        return company, rest
    return rest[0], [company]


def _a_name(text: str) -> bool:
    """A proper name of a few capitalised words ("CUNY Graduate Center"), no place, date or sentence."""
    return (
        name_shaped(text)
        and all(w[:1].isupper() or w in _NAME_JOINS for w in text.split())
        and not any(ch.isdigit() for ch in text)
        and job_score(text) <= 0
    )


#: a department's word in the languages read ("Dept. of Physics", "Abteilung Forschung")
_DEPARTMENT_WORDS = r"department|dept\.?|division|abteilung|département|departamento|dipartimento"
#: a standing unit of an organisation, named with it as one employer ("Dept. of Physics, CUNY Graduate Center",
#: "Zero Emission Group, EPFL"); a chair or a project is the job's, not the employer's name
_NAMED_UNIT = re.compile(
    rf"(?i)\b(?:{_DEPARTMENT_WORDS}|school of|faculty of|program(?:me)? in|lab|laboratory|group)\b"
)


def role_in_unit(
    entry: RawEntry, position: str | None, company: str | None, rest: list[str]
) -> tuple[str | None, str | None, list[str]]:
    """ "Graduate Advisor, Education Dept": a unit written right after the job, with a comma, and no organisation
    beside them, is part of the position as printed, not the employer."""
    # with its organisation after it, the unit goes with the rest (parent_employer)
    if (
        position
        and company
        and not rest
        and _DEPARTMENT.search(company)
        and ", " not in company  # "Dept. of Physics, CUNY Graduate Center": the unit and its organisation
        and (joined := as_printed(entry, [position, company], (", ",)))
    ):
        return joined, None, rest
    return position, company, rest


def unit_over_org(
    entry: RawEntry, position: str | None, company: str | None, rest: list[str]
) -> tuple[str | None, str | None]:
    """ "Research Assistant at the Chair of Mathematics" over "University of St.Gallen (HSG)   St.Gallen": the role
    at a unit (or in a field), then the organisation on the line below: the title line whole is the position, the
    organisation the employer (its place cell the location)."""
    if not (position and company and not rest and entry.paragraphs):
        return position, company
    cells = [c.strip() for c in entry.paragraphs[0].split(CELL_SEP) if c.strip()]
    org = cells[0] if cells else ""
    # or a role's field after a dash ("Working Student - Quality Assurance") over a firm by its legal form ("TOI
    # TOI & DIXI Group GmbH   Ratingen, Germany")
    words = org.split()
    firm = len(words) >= 2 and bool(LEGAL.match(words[-1])) and not org_words(company)
    if not (_UNIT.search(company) or firm):
        return position, company
    whole = next((c.strip() for c in entry.cells if position in c and company in c), None)
    if whole is None or not org_words(org) or len(org.split()) > 8 or org.endswith("."):
        return position, company
    entry.paragraphs.pop(0)
    if len(cells) > 1 and entry.location is None and LOCATION.match(cells[-1]):
        entry.location = cells[-1]
    return whole, org


def org_under_unit(entry: RawEntry, company: str | None) -> str | None:
    """ "Visiting fellow" / "School of Biotechnology and Biomolecular Sciences" / "The University of New South Wales":
    the organisation on the line under the unit (or under the role, the unit between) is the employer, as
    :func:`parent_employer` makes it where one line holds all three; the unit stays with the entry's lines."""
    lines = [p.strip() for p in entry.paragraphs[:2]]
    unit, at = (company, 0) if company is not None else (lines[0] if lines else None, 1)
    # a unit's word opens it or names what it is of ("School of …", "Bioprocesses Group, Faculty of Chemistry"):
    # "Boston Consulting Group" is a firm
    if unit is None or not (_UNIT.match(unit) or _UNIT_OF.search(unit)) or len(lines) <= at:
        return company
    org = lines[at]
    if CELL_SEP in org or not org_words(org) or len(org.split()) > 8 or org.endswith(".") or _UNIT.search(org):
        return company
    del entry.paragraphs[at]
    if company is not None:
        entry.paragraphs.insert(0, company)  # the unit, a line of the entry
    return org


def org_under_role(entry: RawEntry, position: str | None, company: str | None) -> str | None:
    """ "Associate Professor" over "Simon Fraser University": a role alone in the title, dated or not, and a name on
    the line under it (its words capitalised, no sentence, no place, no technology, less of a role than the title)
    is the employer."""
    if company or not position or not entry.paragraphs:
        return company
    found = _org_line(entry.paragraphs[0], position)
    if found is None:
        return company
    entry.paragraphs.pop(0)
    org, place = found
    if place and entry.location is None:
        entry.location = place
    return org


def _org_line(line: str, position: str) -> tuple[str, str | None] | None:
    """The employer a line under ``position`` names, and the place it gives after a bar; ``None`` where the line
    names none (see :func:`org_under_role`)."""
    org, *said = [p.strip() for p in line.split(" | ")]
    # "Moda | Contract | Remote (New York, United States)": the name, then how the job was held and where; so set
    # apart, a name may be written in lower case or with digits ("21st.dev")
    if said and not all(KIND_PART.match(p) or LOCATION.match(p) or _REMOTE_AT.match(p) for p in said):
        return None
    words = org.split()
    if (
        not name_shaped(org)  # "Key Achievements", "Projects", "Remote", "EMEA and APAC"
        or (not said and any(ch.isdigit() for ch in org))
        or (not said and not all(w[:1].isupper() or w in _NAME_JOINS for w in words))
        or job_score(org) >= job_score(position)
        or any(technology(w) for w in words)  # "Python Django PostgreSQL"
    ):
        return None
    return org, next((p for p in said if not KIND_PART.match(p)), None)


#: work on one's own account, capitalised alone in the title as a name: the employer's place, no role ("freelance"
#: in lower case and "Freelancer", the person, are the role)
ON_OWN_ACCOUNT = re.compile(r"Freelance|Self[- ]employed|Autônomo|Autónomo|Indépendant|Selbstständig|Selbständig")
#: work held from afar, and where the employer is ("Remote (Dover, Delaware, United States)")
_REMOTE_AT = re.compile(r"(?i)(?:remote|hybrid|on-?site)\s*\([^()]+\)$")


def team_in_brackets(
    entry: RawEntry, position: str | None, company: str | None, rest: list[str]
) -> tuple[str | None, str | None, list[str]]:
    """ "Software Engineer (Data Platform)" over its dates and "Trade Republic Bank GmbH": the brackets after the
    role name its team, part of the position as printed, where a name of its own cell follows the title (the
    employer, as :func:`org_under_role` would read it under a role alone)."""
    if not (position and company and rest):
        return position, company, rest
    joined = f"{position} ({company})"
    if not any(cell.strip() == joined for cell in entry.cells) or rest[0].strip() not in entry.cells:
        return position, company, rest
    if _org_line(rest[0], joined) is None:
        return position, company, rest
    return joined, rest[0], rest[1:]


def stack_in_brackets(
    entry: RawEntry, position: str | None, company: str | None, rest: list[str]
) -> tuple[str | None, str | None, list[str]]:
    """ "Kognit (.NET)", "Macwingo (.NET e WPF)": the technologies in brackets after the employer are the job's, no
    part of its name and no employer; the name alone is the employer (a role keeps its stack as printed, and a name
    its initials: "Amazon Web Services (AWS)")."""
    m = _BRACKETED.search(company or "")
    head = (company or "")[: m.start()].rstrip() if m else ""
    if m and head and is_stack(m.group("inside")) and not _initials_of(head, m.group("inside")):
        return position, head, [*rest, m.group("inside")]
    # "Macwingo (.NET e WPF)" read as two parts or more (not "Student Employee (Web Design & Data)": a role's team)
    if company and position and is_stack(company) and job_score(position) <= 0:
        for cell in entry.cells:
            m = _BRACKETED.search(cell)
            inside = m.group("inside") if m else ""
            if m and cell[: m.start()].rstrip().endswith(position) and company in inside and is_stack(inside):
                return None, position, [inside, *(p for p in rest if p not in inside)]
    return position, company, rest


#: the last brackets of a name, at its end (searched from the brackets, not from every start: linear)
_BRACKETED = re.compile(r"\((?P<inside>[^()]+)\)\s*$")


def _initials_of(name: str, short: str) -> bool:
    """ "AWS" of "Amazon Web Services": the letters in brackets are the name's capitals' initials."""
    return short.replace(".", "").strip() == "".join(w[0] for w in name.split() if w[:1].isupper())


def role_under_org(entry: RawEntry, position: str | None, company: str | None) -> str | None:
    """ "Calango Music - Agosto/2010 até Agosto/2013" over "Analista de Sistemas": an employer alone in the title
    and a short line of a job's words under it, no sentence, is the position."""
    if position or not company or not entry.paragraphs:
        return position
    return _role_line(entry) or position


def role_under_parts(entry: RawEntry, position: str | None, company: str | None) -> tuple[str | None, str | None]:
    """ "Pyramid Developers | IT Product & Services" over "Web developer Intern": two title parts with no job's words,
    the employer and its trade, over a short line of a job's words; that line is the position, the first part the
    employer, the other part goes with the entry's lines."""
    if not (position and company and entry.paragraphs) or job_score(position) > 0 or job_score(company) > 0:
        return position, company
    if _DONE.match(entry.paragraphs[0].strip()) or (role := _role_line(entry)) is None:
        return position, company
    # the employer: the school among them, else the first ("Universität Basel" whichever side; "Pyramid Developers |
    # IT Product & Services")
    schools = [p for p in (position, company) if institution_score(p) > 0]
    if len(schools) == 1:
        employer = schools[0]
    elif entry.parts and entry.parts[0] in (position, company):
        employer = entry.parts[0]
    else:
        employer = company
    entry.paragraphs.insert(0, position if employer == company else company)
    return role, employer


#: a line that opens with what was done ("Worked with product managers", "Reporting to the VP of Engineering"): the
#: job's description, however few its words
_DONE = re.compile(r"^[A-Z][a-z]+(?:ed|ing)\b")


def _role_line(entry: RawEntry) -> str | None:
    """The entry's first line when it is a short line of a job's words, no sentence (taken out of its lines); a kind
    of work after a bar stays there ("Desarrollador Full Stack | Profesional independiente")."""
    line = entry.paragraphs[0].strip()
    role, bar, kind = line.partition(" | ")
    words = role.split()
    if (
        CELL_SEP in line
        or not 1 <= len(words) <= 6
        or role.endswith((".", ":", ",", "。"))
        or any(ch.isdigit() for ch in role)
        or job_score(role) <= 0
        or _UNIT.search(role)  # "Final Year Project": a project, not a job
        or LOCATION.match(role)
    ):
        return None
    entry.paragraphs[:1] = [kind] if bar and kind.strip() else []
    return role


#: the small words a name of an organisation holds ("University of Ottawa", "Ministère de la Santé")
_NAME_JOINS = frozenset({"of", "and", "for", "the", "&", "de", "la", "du", "des", "der", "für", "und", "y", "e", "di"})


def role_qualified(
    entry: RawEntry, position: str | None, company: str | None, rest: list[str]
) -> tuple[str | None, list[str]]:
    """The part written right after the role in its cell, where the employer stands elsewhere ("Software Engineering
    Intern, Azure Networking" over "Microsoft"; "Research Assistant, Image Analysis Group"; "Temporal Anomaly
    Investigator - Contractor"; "Senior PM (Product & UX)"): the role's team, kind or second role, part of the
    position as printed."""
    if not (position and company and rest) or company in rest[0] or LOCATION.match(rest[0]) or find_dates(rest[0]):
        return position, rest
    if LEGAL.search(rest[0]) or len(rest[0].split()) > 6 or org_words(rest[0]) or NOTE_ON_JOB.match(rest[0]):
        return position, rest  # an organisation, or "Advised by Prof. Ng": not the role's
    for cell in entry.cells:
        for sep, close in ((", ", ""), (" - ", ""), (" – ", ""), (" — ", ""), (" (", ")"), (" at ", "")):
            joined = f"{position}{sep}{rest[0]}{close}"
            if joined in cell and company not in cell:
                return joined, rest[1:]
    return position, rest


#: words that name a department, never a firm of its own ("Restaurant Group" is one, "Education Dept" is not)
_DEPARTMENT = re.compile(rf"(?i)\b(?:{_DEPARTMENT_WORDS}|team|section)\b")


#: a unit named by what it is of ("Faculty of Chemistry", "School of …"): a unit wherever it stands in a name
_UNIT_OF = re.compile(r"(?i)\b(?:department|dept\.?|division|faculty|school|chair|laboratory|institute) of\b")
#: words that name a part of an organisation: a chair, a department, a lab, a project, a team
_UNIT = re.compile(
    r"(?i)\b(?:chair|department|dept\.?|division|lab|laboratory|group|team|project|unit|section|cátedra|"
    r"school of|faculty of|"  # a university's faculty ("School of Biotechnology and Biomolecular Sciences")
    r"departamento|projeto|proyecto|lehrstuhl|abteilung|arbeitsgruppe|projekt|département|équipe|laboratoire|"
    r"dipartimento|progetto|gruppo)\b|小组|项目组|课题组|研究室"
)


def org_words(text: str) -> bool:
    return institution_score(text) > 0 or job_score(text) < 0
