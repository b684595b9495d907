"""Work, volunteer, project and other named entries (awards, certificates, publications) from their raw entries:
which title part is the role and which the employer, and what each keeps."""

from __future__ import annotations

import re
from typing import Any

from . import lists
from .dates import DURATION
from .employer_en import employer_after_en
from .employers import (
    KIND_PART,
    ON_OWN_ACCOUNT,
    as_printed,
    org_under_role,
    org_under_unit,
    org_words,
    parent_employer,
    role_and_unit,
    role_in_unit,
    role_qualified,
    role_under_org,
    role_under_parts,
    stack_in_brackets,
    team_in_brackets,
    unit_after_dash,
    unit_over_org,
)
from .items import entry_body, entry_dates, name_tail, two_roles, without_bare_numbers
from .places import LOCATION
from .rawentry import RawEntry, unread_labels
from .roles import field_score, job_score, position_score
from .titles import split_title

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
    if joined := as_printed(entry, parts[:run], (", ",)):
        parts[:run] = [joined]
        del lines[1:run]


def work_items(entries: list[RawEntry], org_key: str) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    for entry in entries:
        _joined_roles(entry)
        _listed_roles(entry)
        _kind_after_role(entry)
        _speciality_beside_role(entry)
        _speciality_before_employer(entry)
        _dashed_roles(entry)
        _title_sentence(entry)
    newest = max((e.date.start or "" for e in entries if e.date is not None), default="")
    for entry, roles in zip(entries, two_roles(entries, job_score, 0), strict=True):
        position, company, rest = _labelled_role(entry, *roles)
        company, rest = parent_employer(entry, company, rest)
        position, company, rest = team_in_brackets(entry, position, company, rest)
        position, company, rest = stack_in_brackets(entry, position, company, rest)
        position, company, rest = role_in_unit(entry, position, company, rest)
        position, company = unit_over_org(entry, position, company, rest)
        company = org_under_unit(entry, company)
        company = org_under_role(entry, position, company)
        position = role_under_org(entry, position, company)
        position, company = role_under_parts(entry, position, company)
        position, rest = role_qualified(entry, position, company, rest)
        company, rest = unit_after_dash(entry, company, rest)
        position, rest = role_and_unit(entry, position, company, rest)
        if position and not company and (split := employer_after_en(position)):
            position, company = split  # "Desarrollador Full stack en Softtek", no employer said elsewhere
        if position and not company and ON_OWN_ACCOUNT.fullmatch(position.strip()):
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
        # a job dated by one date alone was held then, not since, unless it is the newest (it may go on)
        entry_dates(item, entry, single_both=entry.date is not None and (entry.date.start or "") < newest)
        if rest:
            entry.paragraphs[:0] = rest
        without_bare_numbers(item, entry, ("position",))
        entry.paragraphs.extend(unread_labels(entry, item))
        entry_body(item, entry)
        items.append(item)
    _promotions(items, org_key)
    return items


def _promotions(items: list[dict[str, Any]], org_key: str) -> None:
    """Roles listed under a job with no employer of their own, each ending in the month the role above began
    ("Mold Design Engineer III  July 2018 – current" / "DENSO …" / "+ Mold Design Engineer II (Jul 2016 – Jul
    2018)"): earlier posts at the same employer, as a promotion history writes them; they take its name. One such
    role alone must share a word with the role above (a change of employer within the month is common)."""
    k = 1
    while k < len(items):
        run = k
        while run < len(items) and _met(items[run - 1], items[run], org_key):
            run += 1
        named = items[k - 1].get(org_key)
        for j in range(k, run):
            if named and (run - k >= 2 or _one_line_of_work(str(items[j]["position"]), str(items[j - 1]["position"]))):
                items[j][org_key] = named
        k = max(run, k + 1)


def _met(above: dict[str, Any], item: dict[str, Any], org_key: str) -> bool:
    """``item`` has a role and no employer, and ended in the month ``above`` began."""
    end = str(item.get("endDate", ""))
    return (
        org_key not in item
        and bool(item.get("position"))
        and bool(above.get("position"))
        and len(end) == 7  # a month: two posts that meet in a year only may be two employers'
        and end == above.get("startDate")
        # work on one's own account ("Freelance Web Developer" before "Senior Developer, Acme") is no post there
        and not _OWN_ACCOUNT.search(str(item["position"]))
    )


def _one_line_of_work(earlier: str, later: str) -> bool:
    """Two titles of one career at one employer share a word ("Mold Design Engineer II", "… III")."""
    words = {w.casefold() for w in re.findall(r"[^\W\d_]{3,}", later)}
    return any(w.casefold() in words for w in re.findall(r"[^\W\d_]{3,}", earlier))


_OWN_ACCOUNT = re.compile(
    r"(?i)\b(?:freelance|freelancer|self[- ]employed|independent|contractor|consultant|owner|founder)"
)


def _kind_after_role(entry: RawEntry) -> None:
    """A title cell that writes how the job was held beside the role ("Developpeur web en R Shiny, stage", "Stage -
    Ingénieur iOS"; not "Freelance", which stands for the employer): the position as printed, not an employer
    called "stage"; the employer is then found where it stands alone."""
    parts = entry.parts
    lines = entry.part_lines
    if len(parts) >= 3 and KIND_PART.match(parts[0].strip()) and lines[0] < lines[1] == lines[2]:
        # "Job étudiant   2022" over "Assistant point de vente chez Trafic": the kind alone on a line over the role
        # and its employer on one line, which say both ("Internship" over "Some IT Company" is the role)
        entry.paragraphs.insert(0, parts.pop(0))
        entry.part_lines.pop(0)
        return
    if len(parts) < 2 or entry.part_lines[:1] * 2 != entry.part_lines[:2]:
        return
    if not (KIND_PART.match(parts[1].strip()) or (KIND_PART.match(parts[0].strip()) and job_score(parts[1]) > 0)):
        return  # "Developpeur web, stage"; "Stage - Ingénieur iOS" (the kind first)
    for sep, close in ((", ", ""), (" - ", ""), (" – ", ""), (" — ", ""), (" (", ")")):  # "… (Work Experience)"
        joined = f"{parts[0]}{sep}{parts[1]}{close}"
        if any(joined in cell for cell in entry.cells):
            parts[:2] = [joined]
            del entry.part_lines[0]
            return


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
        if joined := as_printed(entry, pieces, (" – ", " — ", " - ")):
            entry.parts[at[0] : at[-1] + 1] = [joined]
            entry.part_lines[at[0] : at[-1] + 1] = [line]
            return


def _speciality_beside_role(entry: RawEntry) -> None:
    """ "Software Engineer – Astrodynamics & Satellite Simulation" over "Telespazio VEGA Deutschland GmbH": the
    role's line names its speciality after a dash (or a comma, the employer's place beside it on its line), the
    employer stands on the next line; the role and its speciality are one position as printed, not a position and
    an employer."""
    parts, lines = entry.parts, entry.part_lines
    if len(parts) < 3 or len(lines) < 3 or not (lines[0] == lines[1] < lines[2]):
        return
    role, speciality, employer = parts[:3]
    if job_score(role) <= 0 or org_words(speciality) or LOCATION.match(speciality):
        return
    # after a comma only where the employer's line gives its place and the piece after the comma names a field or
    # a kind of work ("Software Engineer, Big Data" over "Charles Schwab, San Francisco, CA"): "Software Engineer,
    # Google" over "Cloud Platform Team, Seattle, WA" names the employer first
    seps = (" – ", " — ", " - ", " | ") if org_words(employer) else ()
    named = field_score(speciality) > 0 or job_score(speciality) > 0
    if (
        named
        and job_score(speciality) < job_score(role)
        and any(cell.startswith(f"{employer}, ") and LOCATION.match(cell[len(employer) + 2 :]) for cell in entry.cells)
    ):
        seps = (*seps, ", ")
    if seps and (joined := as_printed(entry, [role, speciality], seps)):
        parts[:2] = [joined]
        del lines[0]


def _speciality_before_employer(entry: RawEntry) -> None:
    """ "Software Developer, Gen AI Co-op | IFS Copperleaf", "Internal Tools Engineer (Full Stack) - Community Life
    Help": the role and its speciality, after a comma or in brackets, then a bar or a dash and the employer, on one
    line; the role and its speciality are one position as printed, not a position and an employer."""
    parts, lines = entry.parts, entry.part_lines
    if len(parts) < 3 or len(lines) < 3 or not (lines[0] == lines[1] == lines[2]):
        return
    role, speciality, employer = parts[:3]
    if job_score(role) <= 0 or org_words(speciality) or LOCATION.match(speciality) or job_score(employer) > 0:
        return
    for left in (f"{role}, {speciality}", f"{role} ({speciality})"):
        if as_printed(entry, [left, employer], (" | ", " - ", " – ", " — ")):
            parts[:2] = [left]
            del lines[0]
            return


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
