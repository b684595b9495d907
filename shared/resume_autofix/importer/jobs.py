"""Work, volunteer, project and other named entries (awards, certificates, publications) from their raw entries:
which title part is the role and which the employer, and what each keeps."""

from __future__ import annotations

import re
from typing import Any

from . import lists
from .codelangs import is_stack, technology
from .dates import DURATION, find_dates
from .items import entry_body, entry_dates, name_tail, two_roles
from .lines import CELL_SEP
from .places import LOCATION
from .rawentry import RawEntry, unread_labels
from .roles import institution_score, job_score, position_score
from .titles import LEGAL, NOTE_ON_JOB, employer_after_en, split_title
from .vocabulary import exact_key
from .wraps import list_label

_SEPARATED_LAST = (", ", " | ", " — ", " – ", " - ", " · ")


#: a job's labelled line that names the role ("Position: Lead", "役職：テックリード")
_POSITION_LABELS = frozenset(
    {"position", "role", "job title", "title", "poste", "puesto", "cargo", "posizione", "funktion", "position held"}
    | {"designation", "job assignment", "job role", "job position", "post held", "function"}
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
    if labelled:
        labelled = labelled.rstrip(" .")  # "Job Assignment: Computer Instructor."
    if labelled and position and not company and job_score(position) <= 0:
        return labelled, position, rest
    if labelled and position and company and job_score(position) <= 0:
        # "High Tech Synergy, Magodo, Lagos." over "Job Assignment: …": the title's first part is the employer
        order = {part: k for k, part in reversed(list(enumerate(entry.parts)))}
        if order.get(company, 0) < order.get(position, 0):
            position, company = company, position
        return labelled, position, [company, *rest]
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


def _listed_roles(entry: RawEntry) -> None:
    """Three roles or more one line lists with commas ("Data Scientist, Web architect, Lead Dev, Release
    Manager"), each a job's words: one position, as written; the employer is a part after them."""
    parts, lines = entry.parts, entry.part_lines
    run = 0
    while run < len(parts) and lines[run] == lines[0] and job_score(parts[run]) > 0:
        run += 1
    if run < 3 or run == len(parts):  # the employer must stand apart, after the roles
        return
    if joined := _as_printed(entry, parts[:run], (", ",)):
        parts[:run] = [joined]
        del lines[1:run]


def work_items(entries: list[RawEntry], org_key: str) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    for entry in entries:
        _joined_roles(entry)
        _listed_roles(entry)
        _kind_after_role(entry)
        _speciality_beside_role(entry)
        _dashed_roles(entry)
        _title_sentence(entry)
    for entry, roles in zip(entries, two_roles(entries, job_score, 0), strict=True):
        position, company, rest = _labelled_role(entry, *roles)
        company, rest = _parent_employer(entry, company, rest)
        position, company, rest = _team_in_brackets(entry, position, company, rest)
        position, company, rest = _stack_in_brackets(entry, position, company, rest)
        position, company, rest = _role_in_unit(entry, position, company, rest)
        position, company = _unit_over_org(entry, position, company, rest)
        company = _org_under_unit(entry, company)
        company = _org_under_role(entry, position, company)
        position = _role_under_org(entry, position, company)
        position, rest = _role_qualified(entry, position, company, rest)
        company, rest = _unit_after_dash(entry, company, rest)
        position, rest = _role_and_unit(entry, position, company, rest)
        if position and not company and (split := employer_after_en(position)):
            position, company = split  # "Desarrollador Full stack en Softtek", no employer said elsewhere
        if position and not company and _ON_OWN_ACCOUNT.fullmatch(position.strip()):
            position, company = None, position  # "Freelance" alone: who the work was for, as its writers put it
        item: dict[str, Any] = {}
        for key, said in ((org_key, company), ("position", position)):
            value = said
            if said and (m := _WORKLOAD.search(said) or _DURATION_TAIL.search(said)) and m.start() > 0:
                value, rest = said[: m.start()].rstrip(), [*rest, m.group().strip()]  # "Macworks Sàrl (20-50%)"
            if value and key == org_key:
                value = name_tail(value, entry, item)
            if value:
                item[key] = value
        if entry.location:
            item["location"] = entry.location
        # a job dated by one date under a later one was held then, not since: it has ended
        entry_dates(item, entry, single_both=bool(items) and _later(items[-1], entry))
        if rest:
            entry.paragraphs[:0] = rest
        entry.paragraphs.extend(unread_labels(entry, item))
        entry_body(item, entry)
        items.append(item)
    return items


#: how a job was held, a part of its own after the role ("Developpeur web, stage", "Data Analyst - Internship")
_KIND_PART = re.compile(
    r"(?i)^(?:stage|alternance|internship|intern|part[- ]time|full[- ]time|praktikum|werkstudent|"
    r"prácticas|practicas|pasantía|pasantia|estágio|estagio|tirocinio|stagiaire|apprentissage|apprenticeship|"
    r"work experience|work placement|placement|co-?op|volunteer|contract|freelance contract)$"
)


def _later(above: dict[str, Any], entry: RawEntry) -> bool:
    """The job above began after ``entry``'s one date (the list runs newest first)."""
    return entry.date is not None and str(above.get("startDate", "")) > (entry.date.start or "9999")


def _kind_after_role(entry: RawEntry) -> None:
    """A title cell that writes how the job was held beside the role ("Developpeur web en R Shiny, stage", "Stage -
    Ingénieur iOS"; not "Freelance", which stands for the employer): the position as printed, not an employer
    called "stage"; the employer is then found where it stands alone."""
    parts = entry.parts
    if len(parts) < 2 or entry.part_lines[:1] * 2 != entry.part_lines[:2]:
        return
    if not (_KIND_PART.match(parts[1].strip()) or (_KIND_PART.match(parts[0].strip()) and job_score(parts[1]) > 0)):
        return  # "Developpeur web, stage"; "Stage - Ingénieur iOS" (the kind first)
    for sep, close in ((", ", ""), (" - ", ""), (" – ", ""), (" — ", ""), (" (", ")")):  # "… (Work Experience)"
        joined = f"{parts[0]}{sep}{parts[1]}{close}"
        if any(joined in cell for cell in entry.cells):
            parts[:2] = [joined]
            del entry.part_lines[0]
            return


def _as_printed(entry: RawEntry, pieces: list[str], seps: tuple[str, ...]) -> str | None:
    """The title parts joined as a cell of the entry prints them, by the first of ``seps`` that does; ``None`` where
    no cell holds them so."""
    for sep in seps:
        joined = sep.join(pieces)
        if any(joined in cell for cell in entry.cells):
            return joined
    return None


def _dashed_roles(entry: RawEntry) -> None:
    """ "Groupon – Ecommerce" over "QA Automation – SDET – Team Leader": three short parts or more a dash joins on a
    line of their own, one of them a job (or two, both jobs, over the employer), are one position as printed, not a
    role, an employer and more."""
    if len(entry.parts) != len(entry.part_lines):
        return
    for line in sorted(set(entry.part_lines)):
        at = [k for k, n in enumerate(entry.part_lines) if n == line]
        pieces = [entry.parts[k] for k in at]
        # two roles alone on the first line, the employer below ("Chargé de Recherche - Associate Researcher": one
        # role in two languages), as three pieces with a job among them are
        both = len(pieces) == 2 and at[0] == 0 and all(job_score(p) > 0 for p in pieces)
        if (len(pieces) < 3 and not both) or len(at) == len(entry.parts) or at != list(range(at[0], at[-1] + 1)):
            continue
        if not any(job_score(p) > 0 for p in pieces) or any(len(p.split()) > 4 or LOCATION.match(p) for p in pieces):
            continue
        if joined := _as_printed(entry, pieces, (" – ", " — ", " - ")):
            entry.parts[at[0] : at[-1] + 1] = [joined]
            entry.part_lines[at[0] : at[-1] + 1] = [line]
            return


def _speciality_beside_role(entry: RawEntry) -> None:
    """ "Software Engineer – Astrodynamics & Satellite Simulation" over "Telespazio VEGA Deutschland GmbH": the
    role's line names its speciality after a dash, the employer stands on the next line; the role and its speciality
    are one position as printed, not a position and an employer."""
    parts, lines = entry.parts, entry.part_lines
    if len(parts) < 3 or len(lines) < 3 or not (lines[0] == lines[1] < lines[2]):
        return
    role, speciality, employer = parts[:3]
    if job_score(role) <= 0 or _org_words(speciality) or not _org_words(employer) or LOCATION.match(speciality):
        return
    if joined := _as_printed(entry, [role, speciality], (" – ", " — ", " - ", " | ")):
        parts[:2] = [joined]
        del lines[0]


#: a job told in its first sentence: "Senior DevOps engineer at the Endless OS Foundation (…).", "DevOps in Dojo
#: labs.", "Technical director of Haifa's Cinematheque."
_ROLE_SENTENCE = re.compile(
    r"^(?:(?:[Vv]olunteered|[Ww]orked|[Ss]erved|[Ee]mployed)\s+as\s+(?:an?\s+)?)?"  # "Volunteered as a tutor at …"
    r"(?P<role>(?:[^.,;:]|(?<=\b[JS]r)\.){2,60}?)\s+(?:at|in|of|with|for|bei|chez)\s+(?:the\s+)?"
    r"(?P<org>[A-Z][^.;:]{1,60}?)(?:\s*\([^)]*\))?[.,;](?:\s|$)"
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
_WORKLOAD = re.compile(
    r"\s*[(（]\s*(?:\d{1,3}\s*(?:[-–]\s*\d{1,3}\s*)?%|remote|remoto|hybrid|h[íi]brido|presencial|on-?site|"
    r"télétravail|teletrabajo|fully remote|work experience|work placement|website|web site)\s*[)）]$",
    re.IGNORECASE,
)  # "Macworks Sàrl (20-50%)", "Application Developer (Remoto)": how the job was held, no part of its name


#: how long the job lasted, written after the employer ("Selfemployee 1 год 3 месяца", "Acme · 2 yrs 3 mos")
_DURATION_TAIL = re.compile(rf"(?i)(?:\s+[·•|–—-])?\s+(?:{DURATION.pattern.removeprefix('(?i)')})$")


def _role_and_unit(
    entry: RawEntry, position: str | None, company: str | None, rest: list[str]
) -> tuple[str | None, list[str]]:
    """ "Stanford University" over "Research Assistant, Systems Lab": the role and the unit it was held in, written
    with a comma under the organisation, are the position as printed."""
    if not position or not company or not rest or not _UNIT.search(rest[0]) or _UNIT.search(company):
        return position, rest
    line_of = dict(zip(entry.parts, entry.part_lines, strict=False))
    if line_of.get(company) == line_of.get(position):  # "Researcher, Chair of Joy, University of …": one line
        return position, rest
    if len(rest[0].split()) <= 5 and (joined := _as_printed(entry, [position, rest[0]], (", ",))):
        return joined, rest[1:]
    return position, rest


def _unit_after_dash(entry: RawEntry, company: str | None, rest: list[str]) -> tuple[str | None, list[str]]:
    """ "USAF — Platform One", "FAPEU — Fundação de Amparo a Pesquisa…": an organisation and its unit or full name
    after a long dash in one cell are the employer as printed (not a place, a job or a kind of job)."""
    if not company or not rest:
        return company, rest
    unit = rest[0]
    # one word after the dash is the employer's trade ("BAŤA – Ecommerce"), a bracket its place ("[Austin, TX]")
    if len(unit.split()) < 2 or unit[:1] in "[(" or LOCATION.match(unit) or job_score(unit) > 0:
        return company, rest
    if find_dates(unit) or _KIND_PART.match(unit):
        return company, rest
    if joined := _as_printed(entry, [company, unit], (" — ", " – ")):
        return joined, rest[1:]
    return company, rest


def _parent_employer(entry: RawEntry, company: str | None, rest: list[str]) -> tuple[str | None, list[str]]:
    """ "Researcher, Chair of Joy, University of Excellence": a unit (a chair, a team, a project) and its
    organisation after the job: a department, a lab or a group and its organisation are the employer as printed
    ("Dept. of Physics, CUNY Graduate Center"); of a chair or a project, or where they stand apart, the
    organisation (a school's or company's words) is, and the unit goes with the rest."""
    if not company or len(rest) != 1:
        return company, rest
    named = _NAMED_UNIT.search(company) is not None and (_org_words(rest[0]) or _a_name(rest[0]))
    if named and (joined := _as_printed(entry, [company, rest[0]], (", ",))):
        return joined, []
    if not _UNIT.search(company) or not _org_words(rest[0]):
        return company, rest
    return rest[0], [company]


def _a_name(text: str) -> bool:
    """A proper name of a few capitalised words ("CUNY Graduate Center"), no place, date or sentence."""
    words = text.split()
    return (
        1 <= len(words) <= 6
        and all(w[:1].isupper() or w in _NAME_JOINS for w in words)
        and not any(ch.isdigit() for ch in text)
        and not text.endswith((".", ":"))
        and not LOCATION.match(text)
        and job_score(text) <= 0
    )


#: a standing unit of an organisation, named with it as one employer ("Dept. of Physics, CUNY Graduate Center",
#: "Zero Emission Group, EPFL"); a chair or a project is the job's, not the employer's name
_NAMED_UNIT = re.compile(
    r"(?i)\b(?:department|dept\.?|division|school of|faculty of|program(?:me)? in|lab|laboratory|group|"
    r"departamento|département|dipartimento|abteilung)\b"
)


def _role_in_unit(
    entry: RawEntry, position: str | None, company: str | None, rest: list[str]
) -> tuple[str | None, str | None, list[str]]:
    """ "Graduate Advisor, Education Dept": a unit written right after the job, with a comma, and no organisation
    beside them, is part of the position as printed, not the employer."""
    # with its organisation after it, the unit goes with the rest (_parent_employer)
    if (
        position
        and company
        and not rest
        and _DEPARTMENT.search(company)
        and ", " not in company  # "Dept. of Physics, CUNY Graduate Center": the unit and its organisation
        and (joined := _as_printed(entry, [position, company], (", ",)))
    ):
        return joined, None, rest
    return position, company, rest


def _unit_over_org(
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
    firm = len(words) >= 2 and bool(LEGAL.match(words[-1])) and not _org_words(company)
    if not (_UNIT.search(company) or firm):
        return position, company
    whole = next((c.strip() for c in entry.cells if position in c and company in c), None)
    if whole is None or not _org_words(org) or len(org.split()) > 8 or org.endswith("."):
        return position, company
    entry.paragraphs.pop(0)
    if len(cells) > 1 and entry.location is None and LOCATION.match(cells[-1]):
        entry.location = cells[-1]
    return whole, org


def _org_under_unit(entry: RawEntry, company: str | None) -> str | None:
    """ "Visiting fellow" / "School of Biotechnology and Biomolecular Sciences" / "The University of New South Wales":
    the organisation on the line under the unit (or under the role, the unit between) is the employer, as
    :func:`_parent_employer` makes it where one line holds all three; the unit stays with the entry's lines."""
    lines = [p.strip() for p in entry.paragraphs[:2]]
    unit, at = (company, 0) if company is not None else (lines[0] if lines else None, 1)
    # a unit's word opens it or names what it is of ("School of …", "Bioprocesses Group, Faculty of Chemistry"):
    # "Boston Consulting Group" is a firm
    if unit is None or not (_UNIT.match(unit) or _UNIT_OF.search(unit)) or len(lines) <= at:
        return company
    org = lines[at]
    if CELL_SEP in org or not _org_words(org) or len(org.split()) > 8 or org.endswith(".") or _UNIT.search(org):
        return company
    del entry.paragraphs[at]
    if company is not None:
        entry.paragraphs.insert(0, company)  # the unit, a line of the entry
    return org


def _org_under_role(entry: RawEntry, position: str | None, company: str | None) -> str | None:
    """ "Associate Professor" over "Simon Fraser University": a role alone in the title, dated or not, and a name on
    the line under it (its words capitalised, no sentence, no place, no technology, less of a role than the title)
    is the employer."""
    if company or not position or not entry.paragraphs:
        return company
    org, *said = [p.strip() for p in entry.paragraphs[0].split(" | ")]
    # "Moda | Contract | Remote (New York, United States)": the name, then how the job was held and where; so set
    # apart, a name may be written in lower case or with digits ("21st.dev")
    if said and not all(_KIND_PART.match(p) or LOCATION.match(p) or _REMOTE_AT.match(p) for p in said):
        return company
    words = org.split()
    if (
        CELL_SEP in org
        or not 1 <= len(words) <= 6
        or org.endswith((".", ":", ","))
        or (not said and any(ch.isdigit() for ch in org))
        or (not said and not all(w[:1].isupper() or w in _NAME_JOINS for w in words))
        or job_score(org) >= job_score(position)
        or list_label(org)  # "Key Achievements", "Projects": a label over the entry's list
        or exact_key(org) is not None
        or LOCATION.match(org)  # "Remote", "EMEA and APAC"
        or any(technology(w) for w in words)  # "Python Django PostgreSQL"
    ):
        return company
    entry.paragraphs.pop(0)
    place = next((p for p in said if not _KIND_PART.match(p)), None)
    if place and entry.location is None:
        entry.location = place
    return org


#: work on one's own account, capitalised alone in the title as a name: the employer's place, no role ("freelance"
#: in lower case and "Freelancer", the person, are the role)
_ON_OWN_ACCOUNT = re.compile(r"Freelance|Self[- ]employed|Autônomo|Autónomo|Indépendant|Selbstständig|Selbständig")
#: work held from afar, and where the employer is ("Remote (Dover, Delaware, United States)")
_REMOTE_AT = re.compile(r"(?i)(?:remote|hybrid|on-?site)\s*\([^()]+\)$")


def _team_in_brackets(
    entry: RawEntry, position: str | None, company: str | None, rest: list[str]
) -> tuple[str | None, str | None, list[str]]:
    """ "Software Engineer (Data Platform)" over its dates and "Trade Republic Bank GmbH": the brackets after the
    role name its team, part of the position as printed, where a name of its own cell follows the title (the
    employer, as :func:`_org_under_role` would read it under a role alone)."""
    if not (position and company and rest):
        return position, company, rest
    joined = f"{position} ({company})"
    if not any(cell.strip() == joined for cell in entry.cells) or rest[0].strip() not in entry.cells:
        return position, company, rest
    probe = RawEntry(parts=[joined], part_lines=[0], date=None)
    probe.paragraphs.append(rest[0])
    if _org_under_role(probe, joined, None) is None:
        return position, company, rest
    return joined, rest[0], rest[1:]


def _stack_in_brackets(
    entry: RawEntry, position: str | None, company: str | None, rest: list[str]
) -> tuple[str | None, str | None, list[str]]:
    """ "Kognit (.NET)", "Macwingo (.NET e WPF)": the technologies in brackets after the employer are the job's, no
    part of its name and no employer; the name alone is the employer (a role keeps its stack as printed, and a name
    its initials: "Amazon Web Services (AWS)")."""
    m = _BRACKETED.fullmatch(company or "")
    if m and is_stack(m.group("inside")) and not _initials_of(m.group("head"), m.group("inside")):
        return position, m.group("head"), [*rest, m.group("inside")]
    # "Macwingo (.NET e WPF)" read as two parts or more (not "Student Employee (Web Design & Data)": a role's team)
    if company and position and is_stack(company) and job_score(position) <= 0:
        for cell in entry.cells:
            m = _BRACKETED.search(cell)
            inside = m.group("inside") if m else ""
            if m and m.group("head").endswith(position) and company in inside and is_stack(inside):
                return None, position, [inside, *(p for p in rest if p not in inside)]
    return position, company, rest


_BRACKETED = re.compile(r"(?P<head>.*\S)\s*\((?P<inside>[^()]+)\)")


def _initials_of(name: str, short: str) -> bool:
    """ "AWS" of "Amazon Web Services": the letters in brackets are the name's capitals' initials."""
    return short.replace(".", "").strip() == "".join(w[0] for w in name.split() if w[:1].isupper())


def _role_under_org(entry: RawEntry, position: str | None, company: str | None) -> str | None:
    """ "Calango Music - Agosto/2010 até Agosto/2013" over "Analista de Sistemas": an employer alone in the title
    and a short line of a job's words under it, no sentence, is the position."""
    if position or not company or not entry.paragraphs:
        return position
    line = entry.paragraphs[0].strip()
    role, bar, kind = line.partition(" | ")  # "Desarrollador Full Stack | Profesional independiente"
    words = role.split()
    if (
        CELL_SEP in line
        or not 1 <= len(words) <= 6
        or role.endswith((".", ":", ","))
        or any(ch.isdigit() for ch in role)
        or job_score(role) <= 0
        or _UNIT.search(role)  # "Final Year Project": a project, not a job
        or LOCATION.match(role)
    ):
        return position
    entry.paragraphs[:1] = [kind] if bar and kind.strip() else []
    return role


#: the small words a name of an organisation holds ("University of Ottawa", "Ministère de la Santé")
_NAME_JOINS = frozenset({"of", "and", "for", "the", "&", "de", "la", "du", "des", "der", "für", "und", "y", "e", "di"})


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
        for sep, close in ((", ", ""), (" - ", ""), (" – ", ""), (" — ", ""), (" (", ")"), (" at ", "")):
            joined = f"{position}{sep}{rest[0]}{close}"
            if joined in cell and company not in cell:
                return joined, rest[1:]
    return position, rest


#: words that name a department, never a firm of its own ("Restaurant Group" is one, "Education Dept" is not)
_DEPARTMENT = re.compile(
    r"(?i)\b(?:department|dept\.?|division|team|section|abteilung|département|departamento|dipartimento)\b"
)


#: a unit named by what it is of ("Faculty of Chemistry", "School of …"): a unit wherever it stands in a name
_UNIT_OF = re.compile(r"(?i)\b(?:department|dept\.?|division|faculty|school|chair|laboratory|institute) of\b")
#: words that name a part of an organisation: a chair, a department, a lab, a project, a team
_UNIT = re.compile(
    r"(?i)\b(?:chair|department|dept\.?|division|lab|laboratory|group|team|project|unit|section|cátedra|"
    r"school of|faculty of|"  # a university's faculty ("School of Biotechnology and Biomolecular Sciences")
    r"departamento|projeto|proyecto|lehrstuhl|abteilung|arbeitsgruppe|projekt|département|équipe|laboratoire|"
    r"dipartimento|progetto|gruppo)\b|小组|项目组|课题组|研究室"
)


def _org_words(text: str) -> bool:
    return institution_score(text) > 0 or job_score(text) < 0


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


def named_items(entries: list[RawEntry], name_key: str, by_key: str, date_key: str) -> list[dict[str, Any]]:
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
        entry.paragraphs.extend(unread_labels(entry, item))
        if entry.paragraphs:
            item["summary"] = "\n".join(entry.paragraphs)
        if entry.bullets:
            item.setdefault("summary", "")
            item["summary"] = "\n".join([item["summary"], *entry.bullets]).strip("\n")
        items.append(item)
    return items


def project_items(entries: list[RawEntry]) -> list[dict[str, Any]]:
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
        entry_dates(item, entry)
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
        if unread := unread_labels(entry, item):
            item["description"] = "\n".join(filter(None, [item.get("description", ""), *unread]))
        items.append(item)
    return items
