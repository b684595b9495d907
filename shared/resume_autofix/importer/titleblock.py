"""One entry from its title block: the title's parts, line by line, its place (in a cell, beside the dates, after a
bar), the dates' line's own title text, and the body after the block."""

from __future__ import annotations

import re

from .codelangs import technology
from .dateline import STATUS as _STATUS
from .dateline import line_span, title_text
from .dates import DURATION, DateSpan
from .lines import CELL_SEP, Line
from .phones import whole_phone
from .places import BRACKET_PLACE, CAMPUS, LOCATION, STATUS_WORDS, TOWN_STATE, WORK_MODES, place_tail
from .rawentry import FIELD_LABEL, Marks, RawEntry, add_body, cells_of, join_wrapped
from .roles import any_role, institution_score, job_score
from .titles import LEGAL, split_title


def _parts_tidied(lines: list[Line], parts: list[str], part_lines: list[int]) -> None:
    """The title's parts without what is no part of a name or a role: a wrapped legal form joins its firm, the kind
    of employment and the skills written into the role come out."""
    _legal_form_joined(lines, parts, part_lines)
    _without_employment(parts, part_lines)
    _skills_in_role(parts, part_lines)


def _legal_form_joined(lines: list[Line], parts: list[str], part_lines: list[int]) -> None:
    """A legal form alone on the line under a firm's name ("Panasonic Industrial Devices Slovakia" / "s.r.o."): the
    name's end, wrapped in a narrow column, no part of its own."""
    k = 1
    while k < len(parts):
        if part_lines[k] == part_lines[k - 1] + 1 and len(lines[part_lines[k]].cells) == 1 and LEGAL.match(parts[k]):
            parts[k - 1] = f"{parts[k - 1]} {parts.pop(k)}"
            part_lines.pop(k)
        else:
            k += 1


def dates_then_list(line: Line, span: DateSpan, rest: str) -> bool:
    """A line that starts with its dates, then a bullet or bar, then three or more short items parted by commas:
    what the job used ("Skill D, Skill E, Skill F"), no title."""
    items = [t.strip() for t in re.split(r"[,;]", rest)]
    return (
        not line.text[: span.begin].strip()
        and bool(_LIST_AFTER.match(line.text[span.stop :]))
        and CELL_SEP not in rest
        and len(items) >= 3
        and all(0 < len(t.split()) <= 3 for t in items)
    )


_LIST_AFTER = re.compile(r"\s*[•·|]\s")


def entry_of_block(lines: list[Line], block: tuple[int, int, int], end: int, marks: Marks) -> RawEntry:
    first, anchor, last = block
    span = line_span(lines[anchor])
    parts: list[str] = []
    part_lines: list[int] = []
    location: str | None = None
    cells_by_line: list[list[str]] = []
    used = title_text(lines[anchor], span)  # "Mar 2000 – Present • Go, SQL, C" under its title: what the job used,
    listed = anchor > first and dates_then_list(lines[anchor], span, used)  # the entry's first paragraph
    # the entry's links before its lines, what the job used after them
    links, used_list = ([used] if listed else []), list[str]()
    for i in (k for k in range(first, last + 1) if not (listed and k == anchor)):
        line = lines[i]
        text = title_text(line, span) if i == anchor else line.text
        if i in marks.wrapped and parts:
            _wrapped_part(lines, (i, anchor), text, (parts, part_lines), cells_by_line)
            continue
        if i in marks.mirrored and location is None:  # the place is the cell a place is written in, else the right one
            first_place = bool(LOCATION.match(line.cells[0])) and not LOCATION.match(line.cells[1])
            text, location = line.cells if not first_place else line.cells[::-1]
        cells = [_stack_after_bar(c, used_list) for c in cells_of(text)]
        for labelled in cells:
            cell = FIELD_LABEL.sub("", labelled, count=1)  # "University Name: Stanford University"
            cell = _EMPLOYMENT_BRACKETED.sub("", cell)  # "Développeur Web (Stage - 6 mois)": a note of the role
            if not any(ch.isalnum() for ch in cell) or _STATUS.fullmatch(cell) or PLACEHOLDER_DATES.fullmatch(cell):
                continue
            if location is None and _whole_place(cell) and (parts or i > first):
                location = _unbracketed(cell)  # "[CALGARY, AB]", "(Manhattan, NY)", "Durham, NC": the cell is the place
                continue
            if location is None:
                cell, location = _place_in(cell)  # the cell without its place
            for raw in _title_parts(cell, len(cells)):
                piece = raw.removeprefix("@").strip() if raw.startswith("@") else raw  # "@Microsoft": at Microsoft
                if (
                    DURATION.fullmatch(piece.rstrip(".").strip("()[] "))  # "(2 yrs)", "(2 months)."
                    or PLACEHOLDER_DATES.fullmatch(piece)
                    or (parts and _STATUS.fullmatch(piece.strip("()[] ")))  # "Quarta Elementare (In Corso)"
                ):
                    continue
                if location is None and LOCATION.match(piece) and parts and not _UNIVERSITY.search(piece):
                    location = piece
                    continue
                if _aside(piece):
                    links.append(piece)
                    continue
                parts.append(piece)
                part_lines.append(i)
        cells_by_line.append(cells)
    _parts_tidied(lines, parts, part_lines)
    location = location or _place_by_dates(lines, block, span, parts, part_lines)
    location = _town_before(parts, location)
    entry = RawEntry(
        parts=parts,
        part_lines=part_lines,
        date=span,
        location=location,
        title_bold=any(lines[i].bold for i in range(first, last + 1)),
        cells=[c for cs in cells_by_line for c in cs if c != location],
    )
    role = _role_below(lines, block, end) if len(parts) <= 2 else None
    if role is not None:
        parts.append(lines[role].text.strip())
        part_lines.append(role)
    add_body([line for k, line in enumerate(lines[last + 1 : end], start=last + 1) if k != role], entry)
    entry.paragraphs[:] = _entry_lines(links, entry.paragraphs, used_list)
    return entry


_BAR_LIST = re.compile(r"^(?P<role>[^|]+?)\s+\|\s+(?P<list>[^|]+)$")


def _stack_after_bar(cell: str, used: list[str]) -> str:
    """ "Creative Developer | Next.js, React, Three.js, GLSL": a list of three short items or more after a bar
    behind a role, no place and no firm's legal form among them, is what the job used, no employer: the role alone,
    the list added to ``used``; else the cell."""
    m = _BAR_LIST.match(cell)
    if not m or job_score(m.group("role")) <= 0:
        return cell
    items = [i.strip() for i in m.group("list").split(",")]
    if len(items) < 3 or not all(0 < len(i.split()) <= 3 for i in items):
        return cell
    # no employer and its place ("Consultant | Deloitte, London, UK", "Engineer | Acme, Inc., Berlin")
    if place_tail(m.group("list")) or any(LOCATION.match(i) or LEGAL.fullmatch(i) for i in items):
        return cell
    used.append(m.group("list"))
    return m.group("role")


_ROLE_BELOW_REACH = 6  # lines of the employer's place, site and trade the role may stand under


def _role_below(lines: list[Line], block: tuple[int, int, int], end: int) -> int | None:
    """The role in the employer's large type, under a few lines in smaller type (hh.ru's export: "БиАйЭй-Технолоджиз"
    / "Санкт-Петербург, bia-tech.ru" / its trade / "Веб-разработчик" / the description): the line's index, else
    ``None``."""
    _first, anchor, last = block
    size = lines[anchor].size
    for k in range(last + 1, min(end, last + 1 + _ROLE_BELOW_REACH)):
        line = lines[k]
        if line.size < size - 0.5:
            continue  # the place, the site, the trade
        text = line.text.strip()
        short = len(line.cells) == 1 and len(text.split()) <= 6 and not any(c.isdigit() for c in text)
        if k == last + 1:
            return None  # right under the title, in its type: the title's own next line, read as such above
        if abs(line.size - size) < 0.5 and not line.bullet and short and not text.endswith((".", "。")):
            return k if job_score(text) > 0 else None
        return None
    return None


def _wrapped_part(
    lines: list[Line],
    at: tuple[int, int],
    text: str,
    found: tuple[list[str], list[int]],
    cells_by_line: list[list[str]],
) -> None:
    """Line ``at[0]``, a wrapped title's next line: the whole wrapped title is parted again ("BSc (Hons) Computer" /
    "Science, Distributed" / "Systems - Example" / "University" holds three parts, none of them on one line)."""
    i, anchor = at
    parts, part_lines = found
    comma = lines[i - 1].text.rstrip().endswith(",") and not parts[-1].endswith(",")  # split_title took it
    pieces = _title_parts(f"{parts[-1]}, {text}" if comma else join_wrapped(parts[-1], text), 1)
    parts[-1:] = pieces
    part_lines.extend([part_lines[-1]] * (len(pieces) - 1))
    if cells_by_line and cells_by_line[-1]:
        cell = -1 if i - 1 != anchor else 0
        cells_by_line[-1][cell] = join_wrapped(cells_by_line[-1][cell], text)


#: a university's own word (not "College", which names towns: "College Park", "College Station")
_UNIVERSITY = re.compile(r"(?i)\b(?:universit\w*|institut\w*|hochschule|polytechnic|politecnico|polytechnique)\b")


def _unbracketed(cell: str) -> str:
    """The cell without the square or round brackets round all of it ("[CALGARY, AB]", "(Manhattan, NY)")."""
    text = cell.strip()
    return text[1:-1].strip() if len(text) > 2 and (text[0], text[-1]) in (("[", "]"), ("(", ")")) else text.strip("[]")


def _whole_place(cell: str) -> bool:
    """The cell is a place, all of it ("Durham, North Carolina, USA"); not a place after a dash ("Remoto – Belo
    Horizonte, MG"), whose first part :func:`_place_in` leaves out."""
    if not LOCATION.match(_unbracketed(cell)):
        return False
    head = cell.rpartition(",")[0]
    if _UNIVERSITY.search(head):  # "Technical University Munich, Germany": a school and its country
        return False
    # "Infineon Technologies, Germany": a firm's words, no town ("College Park, MD" is one), before the country
    if job_score(head) < 0 and institution_score(head) <= 0:
        return False
    if TOWN_STATE.fullmatch(cell.strip()):  # "Santa Cruz do Sul – RS, Brazil"
        return True
    placed = place_tail(cell)
    if placed and _WORK_MODE.fullmatch(str(placed[1]).strip()):
        return True  # "USA | Remote": the place, and how the job was held there
    return placed is None or not re.match(r"\s*[–—|/]", cell[len(placed[0]) :])


_WORK_MODE = re.compile(rf"(?i){WORK_MODES}")


def _place_in(cell: str) -> tuple[str, str | None]:
    """A title cell without the place written at its end, and that place: "Nexus AI – San Francisco, CA",
    "Acme Corp (Berlin, Germany)", "Acme (Remote)"."""
    if placed := place_tail(cell):
        return placed
    bracket = BRACKET_PLACE.match(cell)
    if bracket and LOCATION.match(bracket.group("place")):
        return bracket.group("head"), bracket.group("place")
    return cell, None


def _place_beside_dates(block: list[Line], span: DateSpan, parts: list[str], part_lines: list[int]) -> str | None:
    """ "Apr 2019–Current   NYC" over "Python Developer, Coroutine": the dates open their line and one short cell
    follows them, while the line below, flush with the dates (not with that cell, as in a date margin), holds both
    title parts; that cell is the place (taken out of ``parts``)."""
    anchor = block[0]
    on_anchor = [k for k, line in enumerate(part_lines) if line == part_lines[0]] if parts else []
    below = len(parts) - len(on_anchor)
    if (
        len(block) > 1
        and anchor.x1 > 0
        and abs(block[1].x0 - anchor.x0) <= 2
        and span.begin == 0
        and len(anchor.cells) == 2
        and len(on_anchor) == 1
        and below >= 2
        and len(parts[0].split()) <= 4
        and not parts[0].isdigit()
    ):
        part_lines.pop(0)
        return parts.pop(0)
    return None


def _place_by_dates(
    lines: list[Line], block: tuple[int, int, int], span: DateSpan, parts: list[str], part_lines: list[int]
) -> str | None:
    """The place a title block writes beside its dates, taken out of ``parts``: a cell after opening dates over a
    flush title line, or a piece after a bar behind them."""
    first, anchor, last = block
    if first == anchor and (place := _place_beside_dates(lines[anchor : last + 1], span, parts, part_lines)):
        return place
    return _place_after_bar(lines[anchor], anchor, span, parts, part_lines)


#: how one is employed, set beside the role ("Software Engineer   Full-time   01/2021 – Current")
_HOURS = (
    r"(?:full|part)[- ]?time|contract(?:or)?|temporary|vollzeit|teilzeit|temps (?:plein|partiel)|"
    r"tiempo (?:completo|parcial)"
)
#: France's contracts ("CDI"), and Germany's and Brazil's
_CONTRACTS = r"cdi|cdd|int[ée]rim|contrat pro(?:fessionnel)?|festanstellung|befristet|clt"
#: an internship or a work-study post: a role too often to go alone ("Stage - Ingénieur iOS"), as "Intern" does
_TRAINEESHIPS = r"alternance|apprentissage|stage|pr[áa]cticas|est[áa]gio|praktikum"
#: how long it lasted, or that it goes on ("- 4 ans et 3 mois", "– En poste")
_FOR = rf"\s*[-–—:]\s*(?:\d[^()]*|{STATUS_WORDS})"
#: one's standing as employed or self-employed, as German CVs print it beside the role ("Senior Expert,
#: Angestellter, Erlangen, Elektrobit Automotive GmbH")
_STANDING = r"angestellte[r]?|selbst(?:st)?ändige?r?|freiberufler(?:in)?|beamte[r]?|beamtin"
_EMPLOYMENT = re.compile(rf"(?i){_HOURS}|{_CONTRACTS}|{_STANDING}")
#: a contract or traineeship and how long it lasted ("CDI - 4 ans et 3 mois", "Stage - 6 mois"): no title part
_EMPLOYMENT_FOR = re.compile(rf"(?i)(?:{_HOURS}|{_CONTRACTS}|{_TRAINEESHIPS}){_FOR}")
#: a contract or traineeship in brackets after the role, with or without how long ("(CDI –En poste)", "(Alternance -
#: 6 mois)"); "(Part-time)" is kept with the role, as its writers print it
#: ("The Farmer’s Dog (subcontract)"; "Data Analyst (Contract)", "Analyst (Contractor)" keep theirs: the role's)
_EMPLOYMENT_BRACKETED = re.compile(
    rf"(?i)\s*\(\s*(?:{_CONTRACTS}|{_TRAINEESHIPS}|freelance|subcontract)(?:{_FOR})?\s*\)"
)


#: a template's dates left to fill in ("0000 a 0000", "20XX – Present", "YYYY"): no title part
_PLACEHOLDER_DATE = (
    r"(?:0{4}|x{4}|y{4}|(?:19|20)xx|start date|end date|date|month year|mm/yyyy)(?:[/.-](?:xx|yy|mm|dd|00)){0,2}"
)
PLACEHOLDER_DATES = re.compile(
    rf"(?i){_PLACEHOLDER_DATE}(?:\s*(?:-|–|—|a|to|bis|à)\s*"
    rf"(?:{_PLACEHOLDER_DATE}|la fecha|present|current|now|heute|aujourd'hui|hoy|oggi))?"
    r"|dates? from\s*[-–—]\s*to"  # Word's "[Dates From - To]"
)


def _title_parts(cell: str, cells: int) -> list[str]:
    """The title parts one cell holds. Where the line's cells part the title already ("Software Developer, Intern"
    | "XYZ Inc"), a comma before a lone job word is inside the job, not between two parts."""
    parts = split_title(cell)
    if cells >= 2 and len(parts) == 2 and len(parts[1].split()) == 1 and job_score(parts[1]) > 0 < job_score(parts[0]):
        return [cell]
    return parts


def _without_employment(parts: list[str], part_lines: list[int]) -> None:
    """A title of three parts or more loses the one that says how one was employed ("Full-time", "Contractor"
    beside a role, with the employer on its own line); alone or with one other part it may be the role. "Intern"
    and "Freelance" are left alone: they are a role or an employer too often."""
    if len(parts) < 3:
        return
    keep = [k for k, part in enumerate(parts) if not (_EMPLOYMENT.fullmatch(part) or _EMPLOYMENT_FOR.fullmatch(part))]
    standing = any(re.fullmatch(rf"(?i){_STANDING}", part) for part in parts)
    if len(keep) >= 2:
        parts[:] = [parts[k] for k in keep]
        part_lines[:] = [part_lines[k] for k in keep]
    # "Senior Expert, Angestellter, Erlangen, Elektrobit Automotive GmbH" (a German moderncv's role, standing, town
    # and employer): the last part, a firm by its legal form, is the employer, the town between them no name
    firm = parts[-1].split()
    if standing and len(parts) == 3 and len(firm) >= 2 and LEGAL.match(firm[-1]):
        parts[1], parts[2] = parts[2], parts[1]
        part_lines[1], part_lines[2] = part_lines[2], part_lines[1]


def _town_before(parts: list[str], location: str | None) -> str | None:
    """ "Omni University, Berlin," over "Germany, 2022": the town the line's end cut from its country is the place's."""
    head, comma, tail = parts[-1].rpartition(", ") if parts and location else ("", "", "")
    if (
        comma
        and head
        and len(tail.split()) <= 3
        and not any_role(tail)
        and not CAMPUS.search(head)  # "University of California, Los Angeles": the campus is the school's name
        and LOCATION.match(f"{tail}, {location}")
    ):
        parts[-1] = head
        return f"{tail}, {location}"
    return location


def _skills_in_role(parts: list[str], part_lines: list[int]) -> None:
    """ "Lead Développeur Python, React, AWS" over "SCIFORMA - MARSEILLE": what follows the role on its line, every
    piece a technology, is part of the role, where another line of the title names the employer."""
    line = part_lines[0] if part_lines else -1
    own = [k for k in range(1, len(parts)) if part_lines[k] == line]
    others = [parts[k] for k in range(len(parts)) if part_lines[k] != line]
    if (
        not own
        or own != list(range(1, len(own) + 1))
        or not any(not LOCATION.match(p) for p in others)
        or job_score(parts[0]) <= 0
        or not all(technology(piece) for k in own for piece in parts[k].split(", "))
    ):
        return
    parts[: len(own) + 1] = [", ".join(parts[: len(own) + 1])]
    del part_lines[1 : len(own) + 1]


_BAR_TAIL = re.compile(r"^\s*[|·]\s*(?P<place>[^|·]+?)\s*$")


def _place_after_bar(line: Line, anchor: int, span: DateSpan, parts: list[str], part_lines: list[int]) -> str | None:
    """ "2011/07 - 2012/12 | 北京" under the school, over the degree: a short piece after a bar behind the dates,
    no role, school or field word, while the title's two parts stand on other lines, is the place."""
    tail = _BAR_TAIL.match(line.text[span.stop :])
    if not tail or line.text[: span.begin].strip():
        return None
    at = [k for k, i in enumerate(part_lines) if i == anchor]
    place = tail.group("place")
    if len(at) != 1 or parts[at[0]] != place or len(parts) < 3 or len(place.split()) > 3 or any_role(place):
        return None
    part_lines.pop(at[0])
    return parts.pop(at[0])


#: a street with its number, as an old-style résumé writes the employer's or school's address under its name
_STREET_LINE = re.compile(
    r"^\d{1,6}\s+(?:[NSEW]\.?\s+)?(?:[A-Z0-9][\w.'’-]*\s+){1,4}"
    r"(?:St|Street|Rd|Road|Ave|Avenue|Blvd|Boulevard|Dr|Drive|Ln|Lane|Way|Pkwy|Parkway|Ct|Court|Pl|Place|Hwy|Highway)\.?$"
)


def _entry_lines(aside: list[str], paragraphs: list[str], used: list[str]) -> list[str]:
    """The entry's links before its lines, what the job used after them, and a street or a phone set aside from the
    title last: the line under the title stays first, where a role under an employer is looked for ("Acme Corp" /
    "371 N Main St" / "Senior Developer")."""
    links = [piece for piece in aside if _ADDRESS.match(piece)]
    return [*links, *paragraphs, *used, *(piece for piece in aside if piece not in links)]


def _aside(piece: str) -> bool:
    """A link ("hackerone.com/product/audit"), or the employer's or school's street or phone ("1525 Falcon Road",
    "(336) 961-4644"): with the entry's lines, no title part."""
    if _ADDRESS.match(piece):
        return True
    opens = piece[:1]  # a street opens with its number, a phone with a digit, a bracket or a plus
    return bool(opens) and (opens.isdigit() or opens in "(+") and bool(_STREET_LINE.match(piece) or whole_phone(piece))


#: a web address written in a title block, with or without its scheme
_ADDRESS = re.compile(r"(?i)^(?:https?://|www\.)\S+$|^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,24}/\S*$")
