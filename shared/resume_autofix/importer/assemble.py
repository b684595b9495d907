"""Sections → a JSON Resume document, with a warning for what could not be placed and a confidence per section."""

from __future__ import annotations

import dataclasses
import itertools
import re
import statistics
from typing import Any

from . import lists
from .basics import labelled_name, namelike, parse_header
from .codelangs import of_code, technology
from .contacts import contactish, parse_contacts, wrapped_emails
from .dateline import only_dates
from .dates import find_dates
from .forms import entries_of
from .implied import header_skills, implied_sections, labelled_skills, trailing_skills
from .jobs import named_items, project_items, work_items
from .letter import strip_consent, strip_copy, strip_letter, strip_running_feet, strip_stamps
from .lines import CELL_SEP, Document, Line
from .marginheadings import broken_margin_headings, centred_margin_headings, dates_under_headings
from .rawentry import right_edges
from .schools import education_items
from .sections import Section, body_size, split_sections
from .strays import contact_block, stray_contacts, stray_phone
from .timeline import joined_timeline
from .vocabulary import PROGRAMMING_LANGUAGES, exact_key, heading_parts, normalise, vocabulary_key


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
    # where the page's headings on lines of their own start: a label cell well right of that edge is a row's label
    # inside an entry (Europass's "Projects  Rankboost: …" under a school), not a heading set in the margin
    heading_x: dict[int, float] = {}
    for line in lines:
        if line.x1 > 0 and len(line.cells) == 1 and exact_key(line.cells[0]):
            heading_x[line.page] = min(heading_x.get(line.page, line.x0), line.x0)
    fallback = min(heading_x.values(), default=float("inf"))  # a page with no heading of its own: the document's
    combined: Line | None = None  # "Kenntnisse und Interessen": a heading that opens more than one section
    side: str | None = None  # the section the last label set in the margin opened inside it
    for i, line in enumerate(lines):
        if len(line.cells) == 1 and len(line.text.split()) <= 5 and (key := vocabulary_key(line.cells[0])):
            # "Technologies and Tools" opens skills only; "Skills & Interests" opens more than one section
            parts = {vocabulary_key(p) for p in heading_parts(line.cells[0])}
            opened = key if parts <= {key, None} else None
            combined, side = (line if opened is None else None), None
        elif (
            combined is not None
            and side not in (None, vocabulary_key(combined.text))
            and len(line.cells) >= 2
            and not exact_key(line.cells[0])
            and "," in (listed := CELL_SEP.join(line.cells[1:]))
            and any(technology(item) for item in re.split(r",\s*", listed))
        ):
            # "Programmierung und Webentwicklung  JavaScript, PHP" after "Hobbys  Fußball": a group of the heading's
            # first section again (it names technologies), not one more hobby
            out.append(combined.retext(combined.text))
            side = None
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
                # a list after it: items parted by commas, or three tags or more in cells of their own
                and ("," in CELL_SEP.join(line.cells[1:]) or len(line.cells) >= 4)
            )
            # two different headings side by side are two columns, not a margin ("CONTACT  ABOUT ME")
            and not any(exact_key(c) not in (None, exact_key(line.cells[0])) for c in line.cells[1:])
            and not _in_label_column(lines, i)
            and not (line.x1 > 0 and line.x0 > heading_x.get(line.page, fallback) + 4 * max(line.size, 1.0))
        ):
            rest = CELL_SEP.join(line.cells[1:])
            side = exact_key(line.cells[0])
            out.append(line.retext(line.cells[0], x1=line.x0 + 1))
            # a word processor's row has one type size, the heading's: its other cells are read in body type
            size = line.size if line.x1 > 0 or body <= 0 else body
            out.append(line.retext(rest, bold=False, size=size))
        else:
            out.append(line)
    return out


def _in_label_column(lines: list[Line], i: int) -> bool:
    """Line ``i``'s first cell ends the label "Programming Languages" that the row right above began
    ("Programming  Java 7, Scala" over "Languages  2.13, Haxe"): a skills table's first column wrapped, not the
    languages section named in a margin."""
    above = lines[i - 1] if i > 0 else None
    line = lines[i]
    if above is None or above.page != line.page or len(above.cells) < 2 or abs(above.x0 - line.x0) >= 1.0:
        return False
    joined = normalise(f"{above.cells[0]} {line.cells[0]}")
    return 0 < line.top - above.top <= 2.5 * max(line.size, 1.0) and bool(PROGRAMMING_LANGUAGES.match(joined))


def _hangs(lines: list[Line], i: int) -> bool:
    """Line ``i`` starts in a margin, four ems or more left of where the line under it starts: its first cell is a
    heading set beside the body (a section name in small type, "Education  Maester Luwin's Tutelage"), where a row
    of tags starts where the next row does."""
    below = lines[i + 1] if i + 1 < len(lines) else None
    line = lines[i]
    return below is not None and below.page == line.page and below.x0 - line.x0 >= 4 * max(line.size, 1.0)


_BRACKETED_CELL = re.compile(r"^\[[^\[\]]*[^\W\d_][^\[\]]*\](?:(?:[\s,;|–—-]|\bto\b|(?<=\])to\b)*\[[^\[\]]+\])*\.?$")


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


def _header_atop_column(header: list[Line], sections: list[Section], lines: list[Line]) -> list[Line]:
    """A header at the top of the main column, read after a sidebar that opens with a heading ("Professional
    Objective" … "LANGUAGES" … then "Lyncold Stephensky CHERY" / titles / a place / a phone and an e-mail, before
    "Professional Experience"): the name and the lines under it end the sidebar's last section; they are the
    header, where no name was found before them."""
    if any(namelike(line.text) for line in header):
        return header
    for section in sections[:8]:
        cut = next(
            (i for i in range(1, len(section.lines)) if section.lines[i].column != section.lines[i - 1].column), None
        )
        if cut is None or len(section.lines) - cut > 6:
            continue
        block = section.lines[cut:]
        page_top = min(line.top for line in lines if line.page == block[0].page)
        if (
            block[0].top <= page_top + 36
            and namelike(block[0].text)
            and 2 <= len(block[0].text.split()) <= 4
            and any(contactish(line.text) for line in block[1:])
        ):
            del section.lines[cut:]
            return [*header, *block]
    return header


#: a template's instruction to its user in brackets ("[Type the job responsibilities]", "[Click here to enter
#: text.]"): no text of the résumé (it stays in the source text)
_INSTRUCTION = re.compile(
    r"(?i)^\[(?:type|enter|click|insert|add|describe|list|write|replace|delete|use this)\b[^\[\]]*\]\.?$"
)
#: a line of quote marks only: German quotes („…“) set below the baseline read as a line of their own
_QUOTES_ONLY = re.compile(r"^[\"'„“”‚‘’«»\s]+$")
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
    lines = wrapped_emails(strip_stamps(strip_running_feet(lines)))
    lines = [
        _unbracketed(line)
        for line in lines
        if not _INSTRUCTION.match(line.text.strip()) and not _QUOTES_ONLY.match(line.text)
    ]
    if doc.kind in ("pdf", "docx", "odt"):  # a Word template's table row "WORK EXPERIENCE | Acme | 2022 – Present" too
        lines = _side_headings(lines)
    if doc.kind == "pdf":
        lines = centred_margin_headings(broken_margin_headings(lines))
        mark_gaps(lines)
        lines = dates_under_headings(lines)
    # text and Markdown mark some titles bold, not all: only laid-out formats are read by their typography
    typography = doc.kind in ("pdf", "docx", "odt") and len({(round(line.size, 1), line.bold) for line in lines}) > 1
    body = body_size(lines)
    edges = right_edges(lines)  # each page column's right edge, to tell a title wrapped in a narrow column
    header, sections, warnings = split_sections(lines)
    warnings[:0] = [*warnings_before, *copied, *consent]
    header, sections = implied_sections(header, sections)
    header = _name_from_section(header, sections, lines, body)
    header = _header_atop_column(header, sections, lines)
    header = header_skills(header, sections)
    trailing_skills(sections)
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
        parse_contacts(stray_contacts(sections, footer=not basics.get("phone")), basics, rest)
    if not basics.get("phone") and sections:
        parse_contacts(stray_phone(sections), basics, rest)
    confidence: dict[str, float] = {}
    runs = lists.skills_runs(sections)
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
            grouped=id(section) in runs,
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
    "work": (lambda entries: work_items(entries, "name"), ("name", "position", "startDate")),
    "volunteer": (lambda entries: work_items(entries, "organization"), ("organization", "position", "startDate")),
    "education": (education_items, ("institution", "studyType")),
    "projects": (project_items, ("name",)),
    "awards": (lambda entries: named_items(entries, "title", "awarder", "date"), ("title",)),
    "certificates": (lambda entries: named_items(entries, "name", "issuer", "date"), ("name",)),
    "publications": (lambda entries: named_items(entries, "name", "publisher", "releaseDate"), ("name",)),
}


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
    grouped: bool = False,
) -> None:
    """Fill ``resume`` from one section; ``grouped``: a skills section among others in a row, its heading a group."""
    key = section.key
    if key == "summary" and contact_block(section.lines):  # "ABOUT" over an address, an e-mail and a phone
        parse_contacts(section.lines, basics, [])
        confidence["summary"] = 0.0
    elif key == "summary":
        text = lists.paragraphs(section.lines)
        if text:
            basics["summary"] = f"{basics['summary']}\n{text}" if basics.get("summary") else text
        confidence["summary"] = 1.0 if text else 0.0
    elif key in ("skills", "languages", "interests", "references"):
        key = "skills" if key == "languages" and of_code(section.lines) else key  # "Python  100", "C++  60"
        found = getattr(lists, key)(section.lines)
        if grouped and key == "skills":
            found = lists.under_heading(found, section.heading)
        resume.setdefault(key, []).extend(found)
        confidence[key] = 1.0 if found else 0.0
    elif key == "other" and (group := lists.skill_group(section.lines, section.heading)):
        resume.setdefault("skills", []).append(group)  # "WEB DEVELOPMENT" / "MASTER" / "HTML", "CSS"
    elif key == "other" and (group := lists.technology_group(section.lines, section.heading)):
        resume.setdefault("skills", []).append(group)  # "Libraries and Frameworks" / "Kafka, Hazelcast"
    elif key == "other" and section.lines:
        groups, others = labelled_skills(section.lines)
        resume.setdefault("skills", []).extend(groups)  # "Información adicional" / "Software: Golang, AWS, …"
        if others:
            warnings.append(
                f'Section "{section.heading}" is not a JSON Resume section: its {len(others)} lines were '
                "not imported (they are in the source text)"
            )
    elif key in _ENTRY_KINDS:
        make, required = _ENTRY_KINDS[key]
        lines = joined_timeline(_unlisted(section.lines))
        items = [_colon_dropped(item) for item in make(entries_of(lines, body, typography, edges)) if item]
        _check(key, items, required, warnings, confidence)
        resume.setdefault(key, []).extend(items)


_NAMES = ("name", "organization", "position", "institution", "studyType", "area", "title")


def _colon_dropped(item: dict[str, Any]) -> dict[str, Any]:
    """The item with no colon ending a name ("University of Clagary:", "Full Stack Developer:"): the colon leads to
    what the line says next, and is no part of the name."""
    for key in _NAMES:
        value = item.get(key)
        if isinstance(value, str) and value.rstrip().endswith((":", "：")) and value.rstrip(" :："):
            item[key] = value.rstrip(" :：")
    return item


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
