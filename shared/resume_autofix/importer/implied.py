"""Entries under no heading: a run of dated entry titles in the header or a list section is work or education.

Some templates draw their section names as graphics (latexcv's "rows" layout), so the text layer holds none and
the entries fall into whatever came before them: the header, or the skills or summary section. A line whose last
cell is a date and whose first cell is a short title is an entry's title, never a skill or a contact detail; two
or more of them start sections of their own, education where the title names a degree or an institution and no
position, work otherwise. Labelled lists in the header ("Tools: Git, Travis") are skills.
"""

from __future__ import annotations

import dataclasses
import re

from .codelangs import opens_with_technology
from .dates import find_dates
from .forms import JOB_STARTS
from .lines import CELL_SEP, Line
from .lists import items_of
from .roles import degree_score, institution_score, position_score
from .sections import Section, body_size
from .titles import split_title
from .vocabulary import vocabulary_key

_HOSTS = frozenset(["summary", "skills", "interests", "languages"])
_SKILL_LABELS = frozenset(["stack", "techs", "tech", "software", "frameworks", "programming", "keywords"])
#: the names of skill groups that head a row of the header without a colon
_GROUP_LABELS = frozenset(
    [
        "programming languages",
        "frameworks",
        "infrastructure",
        "tools",
        "technologies",
        "databases",
        "libraries",
        "platforms",
        "cloud",
        "devops",
        "frontend",
        "backend",
        "tech stack",
        "stack",
    ]
)


def _dated_title(line: Line) -> str | None:
    """The title of a line that holds a title and its dates in cells of their own, the dates last ("Acme Corp
    2014 - 2016") or first, in a date margin ("2018 – present   Job title"); ``None`` otherwise."""
    if line.bullet or len(line.cells) < 2:
        return None
    for title, dates in ((line.cells[0], line.cells[-1]), (line.cells[-1], line.cells[0])):
        if dates is line.cells[0] and (title[:1] in "(（" or any(c.isdigit() for c in title)):
            continue  # "平成 7 年 10 月 10 日 生   (満 30 才)": a birth date and an age, no entry
        spans = find_dates(dates)
        # a title names something in two words or more; a list ("Web Dev: JavaScript, HTML 5, CSS,") is no title
        if not spans or not 2 <= len(title.split()) <= 12 or find_dates(title) or ":" in title or title.endswith(","):
            continue
        # the date cell is the date and little else ("2014 - 2016", "Nov. 2011", "2015 / 07")
        if sum(s.stop - s.begin for s in spans) >= len(dates.strip()) * 0.6:
            return title
    return None


def _kind(title: str) -> str:
    parts = split_title(title)
    if any(degree_score(p) > 0 for p in parts):
        return "education"
    if not any(position_score(p) > 0 for p in parts) and any(institution_score(p) > 0 for p in parts):
        return "education"
    return "work"


def _dates_over_title(lines: list[Line], i: int) -> str | None:
    """ "AUG 2018–MAR 2020" over "Field Specialist | Precise Downhole Services Ltd": a line of dates alone over a
    title of two parts or more; the title, else ``None``."""
    line = lines[i]
    if line.bullet or len(line.cells) != 1 or i + 1 >= len(lines) or not any(c.isdigit() for c in line.text):
        return None
    below = lines[i + 1]
    if not _dates_only(line.text):
        return None
    if below.bullet or find_dates(below.text) or not 2 <= len(below.text.split()) <= 12:
        return None
    return below.text if len(split_title(below.text)) >= 2 else None


def _title_over_dates(lines: list[Line], i: int) -> str | None:
    """ "Site Reliability Engineer" over "2022 - 2023" over "Trade Republic Bank GmbH": a short title line over a
    line of dates alone, a name under them, in a page column other than the one the section opened in (a body of
    unheaded jobs read after a sidebar's last list); the title, else ``None``."""
    if i + 2 >= len(lines) or not lines[i].column or lines[i].column == lines[0].column:
        return None
    line, dates, below = lines[i], lines[i + 1], lines[i + 2]
    if line.bullet or dates.bullet or below.bullet or len(line.cells) != 1 or len(dates.cells) != 1:
        return None
    if not 1 <= len(line.text.split()) <= 8 or line.text.rstrip().endswith((":", ",", ".")):
        return None
    if not _dates_only(dates.text) or find_dates(line.text):
        return None
    if find_dates(below.text) or not 1 <= len(below.text.split()) <= 8:
        return None
    return f"{line.text.strip()}{CELL_SEP}{below.text.strip()}"


def _parted_title_over_dates(lines: list[Line], i: int) -> str | None:
    """ "IT Support Engineer | Amazon (Amazon Web Services)" over "June 2022 to Present": a title of two parts or
    more over a line of dates alone, as :func:`_dates_over_title` reads them the other way up; the title, else
    ``None``."""
    line = lines[i]
    if line.bullet or len(line.cells) != 1 or i + 1 >= len(lines) or lines[i + 1].bullet:
        return None
    if not 2 <= len(line.text.split()) <= 12 or find_dates(line.text) or line.text.rstrip().endswith((".", ":", ",")):
        return None
    if not _dates_only(lines[i + 1].text) or len(split_title(line.text)) < 2:
        return None
    return line.text


def _dates_only(text: str) -> bool:
    """The text is dates and little else: four fifths of it or more ("AUG 2018–MAR 2020", "2022 - 2023")."""
    spans = find_dates(text)
    return bool(spans) and sum(s.stop - s.begin for s in spans) >= len(text.strip()) * 0.8


def _dated_heading(lines: list[Line], i: int, body: float = 0.0) -> str | None:
    """ "### *Senior Developer (July 2021 - April 2022)*" under "## Triptease", "Solution Architect at Insolar [Jan
    2020 - Jan 2021]" in larger type: a heading that ends in its dates; the title, else ``None``."""
    line = lines[i]
    # a heading, or one demoted to a bold entry title (its outline level stays), or a line in larger type
    styled = line.heading or line.level or (body > 0 and line.size >= body * 1.15)
    if not styled or line.bullet or not any(c.isdigit() for c in line.text):
        return None
    spans = find_dates(line.text)
    tail = line.text.rstrip(" )]）")
    if not spans or spans[-1].stop < len(tail) - 1:
        return None
    title = line.text[: spans[0].begin].rstrip(" ([（,|–—-")
    return title if 1 <= len(title.split()) <= 12 else None


def _split(lines: list[Line], *, in_header: bool = False) -> tuple[list[Line], list[Section]]:
    titles = {i: title for i, line in enumerate(lines) if (title := _dated_title(line))}
    if len(titles) < 2:
        titles = {i: title for i in range(len(lines)) if (title := _dates_over_title(lines, i))}
    if len(titles) < 2:
        titles = {i: title for i in range(len(lines)) if (title := _title_over_dates(lines, i))}
    if len(titles) < 2 and in_header:  # in a list section, "Certification | Issuer" over its date is no job
        titles = {i: title for i in range(len(lines)) if (title := _parted_title_over_dates(lines, i))}
    if len(titles) < 2:
        body = body_size(lines)
        titles = {i: title for i in range(len(lines)) if (title := _dated_heading(lines, i, body))}
        # the employer's heading one level up, right over its first role, opens the entry with it
        titles = {
            i - 1 if i > 0 and 0 < lines[i - 1].level < lines[i].level else i: title for i, title in titles.items()
        }
    at = sorted(titles)
    if len(at) < 2:
        return lines, []
    out: list[Section] = []
    for n, i in enumerate(at):
        stop = at[n + 1] if n + 1 < len(at) else len(lines)
        kind = _kind(titles[i])
        if out and out[-1].key == kind:
            out[-1].lines.extend(lines[i:stop])
        else:
            out.append(Section(kind, "", list(lines[i:stop])))
    return lines[: at[0]], out


def implied_sections(header: list[Line], sections: list[Section]) -> tuple[list[Line], list[Section]]:
    """The header and the sections with unheaded runs of dated entries moved into work and education sections."""
    header, found = _split(header, in_header=True)
    out: list[Section] = list(found)
    for section in _school_and_job_rows(sections):
        out.append(section)
        if section.key in _HOSTS:
            section.lines, found = _split(section.lines)
            out.extend(found)
    return header, out


def _skill_list(text: str) -> bool:
    """ "Tools:  Git, Travis, Webstorm": a labelled list of skills (two items or more)."""
    label, colon, items = text.partition(":")
    label = label.strip()
    if not colon or not label or len(label.split()) > 3 or items.count(",") < 1:
        return False
    return vocabulary_key(label) == "skills" or label.lower() in _SKILL_LABELS | _GROUP_LABELS


def _skill_cells(line: Line) -> tuple[list[str], list[str]]:
    """The line's cells that are labelled skill lists ("Stack:" and its list are two cells), and the others."""
    cells = line.cells or [line.text]
    take: list[str] = []
    keep: list[str] = []
    i = 0
    while i < len(cells):
        cell = cells[i].strip()
        # "Stack:" and its list, or a group's name with no colon in the label cell of a row ("Frameworks | Android
        # SDK, iOS SDK, Spring Boot")
        label = cell if cell.endswith(":") else f"{cell}:" if cell.lower() in _GROUP_LABELS else ""
        if label and i + 1 < len(cells) and _skill_list(f"{label} {cells[i + 1]}"):
            take.append(f"{cell}{CELL_SEP}{cells[i + 1].strip()}")
            i += 2
            continue
        (take if _skill_list(cell) else keep).append(cell)
        i += 1
    return take, keep


def _into_skills(sections: list[Section], lines: list[Line], *, first: bool) -> None:
    """``lines`` join the skills section (before its own lines, or after them), or make one."""
    skills = next((s for s in sections if s.key == "skills"), None)
    if skills is None:
        sections.append(Section("skills", "", lines))
    elif first:
        skills.lines[:0] = lines
    else:
        skills.lines.extend(lines)


def _label_first(line: Line) -> Line:
    """A skills list whose group's name is its first cell ("Frameworks  Android SDK, …"): that cell its label."""
    return dataclasses.replace(line, labels=frozenset({0})) if len(line.cells) >= 2 else line


def header_skills(header: list[Line], sections: list[Section]) -> list[Line]:
    """The header without its labelled skill lists, which join (or make) the skills section."""
    found: list[Line] = []
    rest: list[Line] = []
    for line in header:
        take, keep = _skill_cells(line)
        if not take:
            rest.append(line)
            continue
        # each list a line of its own, its group's name the margin label of its first cell
        found.extend(_label_first(line.retext(t)) for t in take)
        if keep:
            rest.append(line.retext(CELL_SEP.join(keep), keep))
    if found:
        _into_skills(sections, found, first=True)
        return rest
    return header


#: a word that makes a labelled list a list of skills ("Technologies with at least 3 years production experience:",
#: "Methodologies used in professional capacity:")
_TECH_LABEL = re.compile(
    r"(?i)\b(?:technolog(?:y|ies)|tools?|skills?|frameworks?|methodolog(?:y|ies)|stack|languages?|software|platforms?)\b"
)


def trailing_skills(sections: list[Section]) -> None:
    """Labelled lists that end an entry section under no heading of their own ("Technologies …: Ruby, Rails, …" /
    "Best at: Ruby, …" after the last school): two or more, a skill's word in one label at least; they join (or
    make) the skills section."""
    for section in sections:
        if section.key not in ("work", "education", "awards"):
            continue
        run = lists = 0
        at = len(section.lines) - 1
        while at >= 0:
            text = section.lines[at].text
            listed = _labelled_list(text)
            # "Relevant Coursework: …", "Responsibilities: …", "Clients: …": the entry's, no skills
            if not (listed or _list_wrap(text)) or _NO_SKILLS.search(text.partition(":")[0]):
                break
            if listed:  # a list's wrapped lines count with the label over them
                run, lists = len(section.lines) - at, lists + 1
            at -= 1
        tail = section.lines[len(section.lines) - run :]
        techs = any(_TECH_LABEL.search(t.text.partition(":")[0]) for t in tail)
        if lists < 2 or run == len(section.lines) or not techs:
            continue
        del section.lines[len(section.lines) - run :]
        _into_skills(sections, tail, first=False)
        return


def _labelled_list(text: str) -> bool:
    """ "Best at: Ruby, Ruby on Rails, PostgreSQL": a label of a few words, a colon, three items or more."""
    label, colon, items = text.partition(":")
    return bool(colon) and 0 < len(label.split()) <= 8 and items.count(",") >= 2 and "://" not in text


#: a labelled list that says what an entry held, not what the person can use
_NO_SKILLS = re.compile(
    r"(?i)\b(?:course(?:s|work)?|modules?|subjects|classes|responsibilit(?:y|ies)|duties|clients|customers|"
    r"achievements|projects|awards)\b"
)


def _list_wrap(text: str) -> bool:
    """ "PostgreSQL, GraphQL, Grafana, NLTK": a labelled list's items wrapped to a line of their own, no label, no
    sentence."""
    items = text.split(",")
    return ":" not in text and len(items) >= 3 and all(0 < len(i.split()) <= 4 for i in items if i.strip())


#: a row's label before its list, after a bullet the text layer read as a stop (".Computación o Softwares: Golang")
_ROW_LABEL = re.compile(r"^[.•·\-–*]?\s*(?P<label>[^\W\d_][^:：]{1,40})[:：]\s*(?P<rest>\S.*)$")


def labelled_skills(lines: list[Line]) -> tuple[list[dict[str, object]], list[Line]]:
    """The rows of a section no vocabulary names ("Información adicional") that list technologies under a label
    (".Computación o Softwares: Golang, JavaScript, AWS, Docker"): each a skill group, named by its label; and the
    other rows (nationality, activities, projects), which are none."""
    groups: list[dict[str, object]] = []
    others: list[Line] = []
    for line in lines:
        m = _ROW_LABEL.match(line.text.strip())
        items = [i.rstrip(".") for i in items_of(m.group("rest")) if i.strip(" .")] if m else []
        known = sum(1 for i in items if opens_with_technology(i))
        if m and len(m.group("label").split()) <= 5 and len(items) >= 3 and known * 2 >= len(items):
            groups.append({"name": m.group("label").strip(), "keywords": items})
        else:
            others.append(line)
    return groups, others


#: what a 履歴書's heading says in brackets after its name ("学歴・職歴（各別にまとめて書く）")
_FORM_ASIDE = re.compile(r"\s*[（(][^（）()]*[）)]$")


def _school_and_job_rows(sections: list[Section]) -> list[Section]:
    """The rows under a 履歴書's "学歴・職歴" with no "学歴" or "職歴" row among them: the schools' rows, then the
    jobs' from the first row a job begins in ("…… 入社")."""
    out: list[Section] = []
    for section in sections:
        at = _first_job_row(section.lines) if _schools_and_jobs(section.heading) else None
        if at is None:
            out.append(section)
            continue
        out += [
            Section("education", section.heading, section.lines[:at]),
            Section("work", section.heading, section.lines[at:]),
        ]
    return out


def _schools_and_jobs(heading: str) -> bool:
    """The heading names the schools and then the jobs, joined by a middle dot ("学歴・職歴（…）")."""
    return "・" in heading and [vocabulary_key(p) for p in _FORM_ASIDE.sub("", heading).split("・")] == [
        "education",
        "work",
    ]


def _first_job_row(lines: list[Line]) -> int | None:
    """The first row whose event opens a job ("株式会社キャット 入社")."""
    return next((k for k, line in enumerate(lines) if (words := line.text.split()) and words[-1] in JOB_STARTS), None)
