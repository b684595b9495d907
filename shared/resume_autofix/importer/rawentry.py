"""An entry before its fields are named (``RawEntry``), and the tests every part of the entry reader shares: a short
title-like line, a labelled line, a line's cells, a gap that breaks a block, and the body that follows a title."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from .dates import DateSpan
from .hyphens import join_broken
from .lines import CELL_SEP, CJK, Line
from .places import LOCATION
from .roles import degree_score, job_score, position_score
from .titles import LEGAL

_KNOWN_LABELS = frozenset(
    [
        "roles",
        "role",
        "keywords",
        "technologies",
        "tech",
        "stack",
        "tools",
        "url",
        "link",
        "website",
        "score",
        "gpa",
        "grade",
        "courses",
        "coursework",
        "relevant",
        "coursework",
        "built",
        "with",
        "note",
    ]
)
LABELLED = re.compile(r"^(?P<label>[^\W\d_][\w .'’/&-]{0,30}?)\s*[:：]\s*(?P<value>.+)$")


@dataclass
class RawEntry:
    """An entry before its fields are named: title parts, the date, a location, the body."""

    parts: list[str]
    part_lines: list[int]
    date: DateSpan | None
    location: str | None = None
    paragraphs: list[str] = field(default_factory=list)
    bullets: list[str] = field(default_factory=list)
    labelled: dict[str, str] = field(default_factory=dict)
    #: each labelled line as printed, by its label as ``labelled`` holds it
    label_lines: dict[str, str] = field(default_factory=dict)
    title_bold: bool = False
    cells: list[str] = field(default_factory=list)


def is_styled(line: Line, body: float) -> bool:
    return line.bold or line.caps or (body > 0 and line.size > body * 1.05)


_PARTED = re.compile(r"\s(?:—|–|--|\|)\s")


def is_short(line: Line) -> bool:
    """A line short enough to be part of a title: a dozen words (two CJK characters count as one), not a
    sentence."""
    text = line.text.rstrip()
    words = len(text.split()) + len(CJK.findall(text)) // 2
    return (
        not line.bullet
        # a title of several parts may run longer ("The University of California, Berkeley — B.S. Business
        # Administration, Minor in Computer Science")
        and (words <= 12 or (words <= 16 and bool(_PARTED.search(text)) and text.count(",") <= 3))
        and not text.endswith(("。", "；", "！", "？"))
        and (
            not text.endswith((".", ";"))
            or text.endswith("...")
            or bool(LEGAL.match(text.split()[-1]))
            or _placed_stop(text)
            # "B.E. in Computer Engineering | Anjuman-I-Islam’s Kalsekar Technical Campus, New Panvel.": its last part
            or _parted_placed_stop(text)
            # "Internship - Computer Technician.": a short bold role that a template ends with a stop
            or (line.bold and words <= 6 and text.count(".") == 1 and job_score(text[:-1]) > 0)
            # "Design Technologist at exp.": a bold role at an employer whose name ends in a stop
            or (
                line.bold
                and words <= 8
                and (at := _ROLE_AT.search(text)) is not None
                and job_score(text[: at.start()]) > 0
            )
        )
        # "Employer 3, Inc.", "A long time ago...": no sentence's end
        and (not LABELLED.match(text) or bold_pair(line))
    )


_ROLE_AT = re.compile(r"\s(?:at|@)\s+\S+\.$")


def _placed_stop(text: str) -> bool:
    """ "Acme Corp, Berlin." or "רשף בטחון, אשדוד.": an employer and its place, closed by a full stop as some
    templates close every line; no sentence (a short one ends in a word in lower case: "Built APIs, tests.")."""
    head, comma, place = text[:-1].rpartition(",")
    place = place.strip()
    return (
        bool(comma and head.strip())
        and text.endswith(".")
        and len(text.split()) <= 7
        and 1 <= len(place.split()) <= 3
        and place[0].isalpha()
        and not place[0].islower()
        # a name's words start in capitals (or a script with no case): "Built dashboards with Python, SQL." no
        and not any(w[0].islower() and w not in _NAME_PARTICLES for w in head.split())
    )


_NAME_PARTICLES = frozenset({"of", "the", "and", "for", "de", "du", "des", "la", "le", "von", "van", "der", "di", "y"})


def _parted_placed_stop(text: str) -> bool:
    """ "B.E. in Computer Engineering | Anjuman-I-Islam’s Kalsekar Technical Campus, New Panvel.": a title of parts
    whose first names a degree or a role in a name's words, its last a name and its place closed by a stop; not a
    sentence with a dash ("Engagements across Europe — Germany, France.")."""
    parts = _PARTED.split(text)
    first = parts[0].split()
    return (
        len(parts) >= 2
        and _placed_stop(parts[-1].strip())
        and (degree_score(parts[0]) > 0 or position_score(parts[0]) > 0)
        and all(not w[0].islower() or w in _NAME_PARTICLES or w == "in" for w in first)
    )


def bold_pair(line: Line) -> bool:
    """A bold "School Name: Degree" is a title of two parts, not a labelled detail ("GPA: 3.9", "Tools: Git")."""
    m = LABELLED.match(line.text)
    return (
        m is not None
        and line.bold
        and not any(w.strip(".") in _KNOWN_LABELS for w in m.group("label").lower().split())
        and any(c.isalpha() for c in m.group("value"))
    )


def block_break(line: Line) -> bool:
    return line.gap_before >= 0.45


@dataclass
class Marks:
    """Title lines below an anchor that are more than a part: the anchor's text wrapped on (``wrapped``), the
    other part and its place in the anchor's frame (``mirrored``); ``edge``: each page column's right edge in the
    section, ``column_edge`` in the document."""

    edge: dict[tuple[int, int], float]
    column_edge: dict[tuple[int, int], float]
    wrapped: set[int] = field(default_factory=set)
    mirrored: set[int] = field(default_factory=set)


def shape_of(line: Line) -> tuple[float, bool, int, float]:
    return (round(line.size, 1), line.bold, len(line.cells), round(line.x0))


def alike(line: Line, other: Line) -> bool:
    """Two lines in one type, of as many cells, starting within a point and a half of each other (a typesetter
    may set a title's first letter a little left: "Joint Bachelor" at 41.7 under "Master's Thesis" at 42.5)."""
    return shape_of(line)[:3] == shape_of(other)[:3] and abs(line.x0 - other.x0) <= 1.5


URL_LINE = re.compile(r"(?:https?://|www\.)\S+$")


def right_edges(lines: list[Line]) -> dict[tuple[int, int], float]:
    """The right edge of each page column: where its longest line ends."""
    edges: dict[tuple[int, int], float] = {}
    for line in lines:
        key = (line.page, line.column)
        edges[key] = max(edges.get(key, 0.0), line.x1)
    return edges


def first_word_width(line: Line) -> float:
    """How wide the line's first word is drawn: its share of the line's width by characters."""
    words = line.text.split()
    return (line.x1 - line.x0) * len(words[0] if words else "") / max(len(line.text), 1)


def is_placed(line: Line) -> bool:
    """A title line ending in a place cell ("Company Name   City, Country")."""
    return len(line.cells) >= 2 and bool(LOCATION.match(line.cells[-1]))


_KEYWORDS_LABEL = re.compile(
    r"^(?:key\s+)?(?:skills|technologies|tech\s+stack|tools|keywords|stack)\s*:", re.IGNORECASE
)

#: a form's label for a field of the entry, before its value ("Education Degree:", "Graduation Year:", "Company:")
FIELD_LABEL = re.compile(
    r"^(?:(?:education\s+|academic\s+)?(?:degree|qualification|diploma)(?:\s+type)?|"
    r"(?:university|school|institution|college|company|employer|organi[sz]ation)\s+name|"
    r"university|institution|company|employer|organi[sz]ation|"
    r"(?:graduation|completion|start|end)\s+(?:year|date)|dates?|position|job\s+title|role|major|field\s+of\s+study)"
    r"\s*:\s*",
    re.IGNORECASE,
)


_DATE_KEYS = frozenset({"startDate", "endDate", "date", "releaseDate"})


def _strings(value: object) -> list[str]:
    """Every string ``value`` holds, dates aside."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for k, v in value.items() if k not in _DATE_KEYS for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


def unread_labels(entry: RawEntry, item: dict[str, Any]) -> list[str]:
    """The entry's labelled lines whose value no field of ``item`` took ("Client: Deutsche Bahn", "Betreuer: Prof.
    Dr. Anderl"), as printed: kept as lines of the entry, never lost."""
    said = _strings(item)
    return [
        entry.label_lines[label]
        for label, value in entry.labelled.items()
        if label in entry.label_lines and not any(value in s or (len(s) >= 3 and s in value) for s in said)
    ]


def cells_of(text: str) -> list[str]:

    return [c.strip(" \t|,·–—-") for c in text.split(CELL_SEP) if c.strip(" \t|,·–—-")]


def add_body(lines: list[Line], entry: RawEntry) -> None:
    last_bullet: Line | None = None
    above: Line | None = None  # the line before, for a paragraph's
    open_label: str | None = None  # a labelled value that ended in a comma ("Database Admin,"): the next line ends it
    for line in lines:
        text = line.text
        line_above, above = above, line
        if (
            open_label is not None
            and not line.bullet
            and not LABELLED.match(text)
            and len(text.split()) <= 6
            and not LOCATION.match(text.strip())  # "Einrichtung: Acme GmbH," over "Oregon": the place, apart
        ):
            entry.labelled[open_label] = f"{entry.labelled[open_label]} {text.strip()}"
            entry.label_lines[open_label] = f"{entry.label_lines[open_label]} {text.strip()}"
            open_label = None
            continue
        open_label = None
        if line.bullet:
            entry.bullets.append(text)
            last_bullet = line
            continue
        labelled = LABELLED.match(text)
        if (
            labelled
            and len(labelled.group("label").split()) <= 3
            and (not entry.bullets or labelled.group("label").strip().lower() in _KNOWN_LABELS)
        ):
            label = labelled.group("label").strip().lower()
            entry.labelled[label] = labelled.group("value").strip()
            entry.label_lines[label] = text.strip()
            open_label = label if text.rstrip().endswith(",") else None
            last_bullet = None
            continue
        if last_bullet is not None and entry.bullets and _continues(entry.bullets[-1], line, last_bullet):
            entry.bullets[-1] = join_wrapped(entry.bullets[-1], text)
        elif (
            entry.paragraphs
            and not entry.bullets
            and _continues(entry.paragraphs[-1], line, None)
            and not _ends_short(line_above, line)
            and not _degree_alone(line)
        ):
            entry.paragraphs[-1] = join_wrapped(entry.paragraphs[-1], text)
        else:
            entry.paragraphs.append(text)
            last_bullet = None


_ROW = re.compile(r"[^|]{1,40} \| ")


def _continues(previous: str, line: Line, bullet: Line | None) -> bool:
    if line.gap_before >= 0.45:
        return False
    if " | " in previous and _ROW.match(line.text):  # "Minors | Arabic" under "B.S. | Nuclear Engineering": rows
        return False
    if line.text[:1].isupper() and _KEYWORDS_LABEL.match(line.text):  # "Skills: Python, AWS" under the last bullet
        return False
    if bullet is not None and bullet.x0 > 0 and line.x0 > 0:
        return line.x0 > bullet.x0 + 1
    first = line.text[:1]
    return bool(first) and (first.islower() or not previous.rstrip().endswith((".", "!", "?", ":", ")")))


def _ends_short(above: Line | None, line: Line) -> bool:
    """The line above ends two ems or more left of where ``line`` ends: it was not wrapped (a line that wraps fills
    its measure), so ``line`` starts a paragraph of its own ("M.S., Humane Letters" over a line about the degree)."""
    if above is None or above.x1 <= 0 or line.x1 <= 0 or above.page != line.page:
        return False
    return above.x1 < line.x1 - 2 * max(line.size, 1.0)


def _degree_alone(line: Line) -> bool:
    """A short line that opens with a degree ("MSc Computer Science" under "Department of Computer Science ·
    inf.ethz.ch"): a line of its own, not the end of the line above."""
    words = line.text.split()
    return (
        0 < len(words) <= 6
        and degree_score(words[0]) > 0
        and not line.text.rstrip().endswith(".")
        and not CJK.search(line.text)  # "LLM 응답 특성을 …": an abbreviation in a sentence, not the degree
    )


def join_wrapped(previous: str, text: str) -> str:
    """Join a wrapped line: a compound's line-end hyphen stays and no space is added ("multi-" + "region"); a
    hyphen that only broke a word goes ("Univer-" + "sity")."""
    if previous.endswith("-") and previous[-2:-1].isalpha():
        return join_broken(previous, text)
    return previous + " " + text
