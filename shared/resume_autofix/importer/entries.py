"""Dated entries (work, education, volunteer, projects, awards, certificates, publications) from section lines.

A line with a date (range) anchors an entry. Its title block is that line, up to two short non-bullet lines
right above it in the same visual block (bold or set apart from the body, where the format says so), and up to
two styled lines below it. After the block come the entry's paragraphs and bullets. A section without dates is
split at lines that look like the first line (same style), or else one entry per line.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from .dateline import STATUS as _STATUS
from .dateline import dated, line_span, only_dates, title_text
from .datemargin import prepare
from .dates import DURATION, DateSpan, find_dates
from .hyphens import broken_word, join_broken
from .lines import CELL_SEP, CJK, Line
from .roles import any_role, degree_score, field_score, job_score, position_score, school_score
from .titles import LEGAL, LOCATION, place_tail, split_title

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
_LABELLED = re.compile(r"^(?P<label>[^\W\d_][\w .'’/&-]{0,30}?)\s*[:：]\s*(?P<value>.+)$")


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
    title_bold: bool = False
    cells: list[str] = field(default_factory=list)


def _styled(line: Line, body: float) -> bool:
    return line.bold or line.caps or (body > 0 and line.size > body * 1.05)


_PARTED = re.compile(r"\s(?:—|–|--|\|)\s")


def _short(line: Line) -> bool:
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
        )
        # "Employer 3, Inc.", "A long time ago...": no sentence's end
        and (not _LABELLED.match(text) or _bold_pair(line))
    )


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


def _bold_pair(line: Line) -> bool:
    """A bold "School Name: Degree" is a title of two parts, not a labelled detail ("GPA: 3.9", "Tools: Git")."""
    m = _LABELLED.match(line.text)
    return (
        m is not None
        and line.bold
        and not any(w.strip(".") in _KNOWN_LABELS for w in m.group("label").lower().split())
        and any(c.isalpha() for c in m.group("value"))
    )


def _block_break(line: Line) -> bool:
    return line.gap_before >= 0.45


def split_entries(
    lines: list[Line], body: float, typography: bool, edges: dict[tuple[int, int], float] | None = None
) -> list[RawEntry]:
    """The entries of one section, in order (``edges``: the document's page columns' right edges; without them no
    title line is read as wrapped above its dates)."""
    lines = prepare(lines)
    anchors = _repeats_dropped(
        lines, [i for i, line in enumerate(lines) if dated(line) and not _expected_below(lines, i)]
    )
    if not anchors:
        return _undated(lines, typography)
    blocks: list[tuple[int, int, int]] = []  # (first title line, anchor, last title line)
    marks = _Marks(edge=right_edges(lines), column_edge=edges or {})
    previous_end = -1
    # the section opens with a line of dates alone: its entries lead with their dates, each title below them
    # ("2021" / "SIMPLILEARN" / "[ONLINE BOOTCAMP]" / "Data Science Master’s Program" / "2020" / ...)
    leads = anchors[0] == 0 and _dates_alone(lines[0])
    # each dated line right under one short line, the section's first line among them ("B.Tech in Computer
    # Science" / "Stanford University, 2020" / "Master of Science in AI" / "MIT, 2022"): that line is its title
    over = (
        anchors[0] == 1
        and len(anchors) >= 2
        and all(b - a == 2 for a, b in itertools.pairwise(anchors))  # title, dates, title, dates: no body between
        and all(_title_over(lines, a) for a in anchors)
    )
    for n, a in enumerate(anchors):
        led = leads and _dates_alone(lines[a])  # this entry's title is below its dates
        first = a if led else _title_start(lines, a, previous_end, body, typography, marks=marks)
        if over and first == a:
            first = a - 1
        if first == a and blocks and _echoes(lines, blocks[-1], a, previous_end):
            first = a - 1  # "BA, International Relations" over "State University (2010-2014)", as the last entry
        limit = anchors[n + 1] if n + 1 < len(anchors) else len(lines)
        if over:
            last = a
        elif led and first == a:  # the short lines down to the body: school, place, degree
            last = a
            while last + 1 < limit and last - a < 3 and not lines[last + 1].bullet and _short(lines[last + 1]):
                last += 1
        else:
            last = _title_end(lines, (first, a, limit), body, typography, marks)
        blocks.append((first, a, last))
        previous_end = last
    entries = [
        _entry(lines, block, blocks[k + 1][0] if k + 1 < len(blocks) else len(lines), marks)
        for k, block in enumerate(blocks)
    ]
    if blocks and blocks[0][0] > 0:  # lines before the first entry: keep them on it rather than lose them
        entries[0].paragraphs[:0] = [line.text for line in lines[: blocks[0][0]]]
    _stacked_roles(lines, blocks, entries)
    _tenure_groups(lines, blocks, entries)
    return _employer_spans(entries)


_GRADE_LINE = re.compile(r"(?i)^(?:c?gpa|grade|average|note|moyenne|promedio|notenschnitt)\b")


def _link_then_title(lines: list[Line], last: int, limit: int) -> bool:
    """ "Google   2017 — Now" / "https://google.com" / "Software Engineer": a link line, a short line after it."""
    return bool(_URL_LINE.match(lines[last + 1].text.strip())) and last + 2 < limit and _short(lines[last + 2])


def _opens_degree(line: Line) -> bool:
    """The line starts with a degree ("Bachelor of Business Administration – …"): a part of its own, no wrap."""
    words = line.text.split()
    return bool(words) and degree_score(words[0]) > 0


def _title_over(lines: list[Line], a: int) -> bool:
    above = lines[a - 1]
    return not above.bullet and _short(above) and not dated(above) and len(above.cells) == 1


def _dates_alone(line: Line) -> bool:
    """A line of dates and nothing else but a status ("2021", "2021(in progress)")."""
    rest = title_text(line, line_span(line))
    return len(line.cells) == 1 and (not rest or bool(_STATUS.fullmatch(rest)))


def _stacked_roles(lines: list[Line], blocks: list[tuple[int, int, int]], entries: list[RawEntry]) -> None:
    """Roles stacked under one employer ("Google   Mountain View, CA" over "Data Source   2014 – 2016", its
    bullets, then "Intern   2013"): a role line alone, in the style of the role line before it, whose entry
    had its employer on a larger line of its own with a place, is that employer's too."""
    for k in range(1, len(blocks)):
        first, a, last = blocks[k]
        pf, pa, _ = blocks[k - 1]
        role, head = lines[a], lines[pf]
        if (
            first == a == last
            and pf < pa
            and _placed(head)
            and head.size > lines[pa].size
            and (role.size, role.bold) == (lines[pa].size, lines[pa].bold)
            and len(entries[k].parts) == 1
            and entries[k - 1].parts[:1] == [head.cells[0]]
        ):
            entries[k].parts.insert(0, head.cells[0])
            entries[k].part_lines.insert(0, a)
            entries[k].location = entries[k].location or entries[k - 1].location


def _employer_spans(entries: list[RawEntry]) -> list[RawEntry]:
    """An employer with its whole span ("Beckhoff Automation LLC, Savage, Minnesota   Jun 2022 – Present"), then
    the roles held there, each a title alone with dates inside that span: the roles are the entries, each the
    employer's; the employer's line is no entry of its own."""
    out: list[RawEntry] = []
    k = 0
    while k < len(entries):
        head = entries[k]
        followers = 0
        if head.date and 1 <= len(head.parts) <= 2 and job_score(head.parts[0]) <= 0:
            while k + 1 + followers < len(entries) and _inside(entries[k + 1 + followers], head):
                followers += 1
        if not followers:
            out.append(head)
            k += 1
            continue
        for role in entries[k + 1 : k + 1 + followers]:
            role.parts.append(head.parts[0])
            role.part_lines.append(role.part_lines[-1] if role.part_lines else 0)
        if len(head.parts) == 2:  # "TAMU RoboMasters, Texas A&M University": the second name stays in the text
            entries[k + 1].paragraphs.insert(0, head.parts[1])
        k += 1
    return out


def _inside(role: RawEntry, head: RawEntry) -> bool:
    """``role`` is a lone title whose dates lie within ``head``'s."""
    if len(role.parts) != 1 or role.date is None or head.date is None or job_score(role.parts[0]) < 0:
        return False
    start, end = role.date.start or "", role.date.end or ("9999" if role.date.present else role.date.start or "")
    head_start, head_end = head.date.start or "", "9999" if head.date.present else head.date.end or ""
    return bool(head_start) and head_start[:7] <= start[:7] and end[:7] <= head_end[:7]


def _tenure_groups(lines: list[Line], blocks: list[tuple[int, int, int]], entries: list[RawEntry]) -> None:
    """LinkedIn's layout: an employer over its whole tenure ("OpenAI" / "1 yr 9 mos"), then each role held there
    with its dates: the employer is every such role's, a team or product line under a role ("Sora") is its body."""
    heads = [
        i
        for i in range(len(lines) - 1)
        if DURATION.fullmatch(lines[i + 1].text.strip())
        and len(lines[i].cells) == 1
        and not lines[i].bullet
        and not dated(lines[i])
        and len(lines[i].text.split()) <= 6
    ]
    if not heads:
        return
    for (_first, a, _last), entry in zip(blocks, entries, strict=True):
        head = max((h for h in heads if h < a), default=None)
        if head is None:
            continue
        name = lines[head].text.strip()
        # the role: its title line, at or above the dates; a team or product line below them is the body
        own = [p for p, line in zip(entry.parts, entry.part_lines, strict=True) if line <= a and p != name]
        others = [p for p, line in zip(entry.parts, entry.part_lines, strict=True) if line > a and p != name]
        if not own:
            continue
        entry.parts, entry.part_lines = [*own, name], [a] * (len(own) + 1)
        entry.paragraphs[:0] = others
    group_lines = {lines[h + k].text for h in heads for k in (0, 1)}
    for entry in entries:  # the next employer and its tenure are no part of the last role's body
        entry.paragraphs = [p for p in entry.paragraphs if p not in group_lines]


@dataclass
class _Marks:
    """Title lines below an anchor that are more than a part: the anchor's text wrapped on (``wrapped``), the
    other part and its place in the anchor's frame (``mirrored``); ``edge``: each page column's right edge in the
    section, ``column_edge`` in the document."""

    edge: dict[tuple[int, int], float]
    column_edge: dict[tuple[int, int], float]
    wrapped: set[int] = field(default_factory=set)
    mirrored: set[int] = field(default_factory=set)


def _repeats_dropped(lines: list[Line], anchors: list[int]) -> list[int]:
    """Without a dated line that repeats the last anchor's dates a line or three below it under a one-word label
    (a detail table's "기간   2025. 03 ~ 2025.10 (7개월)", "Period   …"): a row of that entry, not a new one."""
    kept: list[int] = []
    for i in anchors:
        if kept and i - kept[-1] <= 3:
            span, last = line_span(lines[i]), line_span(lines[kept[-1]])
            same = (span.start, span.end, span.present) == (last.start, last.end, last.present)
            words = [w for w in title_text(lines[i], span).split() if not DURATION.fullmatch(w.strip("()"))]
            if same and len(words) <= 1:
                continue
        kept.append(i)
    return kept


def _title_end(lines: list[Line], span: tuple[int, int, int], body: float, typography: bool, marks: _Marks) -> int:
    """The last line of the title block of anchor ``a`` (title from ``first``, next anchor at ``limit``): up to two
    short lines below it, three when a place line comes first."""
    first, a, limit = span
    last = a
    title_empty = not title_text(lines[a], line_span(lines[a]))
    placed = 0  # a place line right under the dates' line ("Berkeley, CA"): the title may go on below it
    one_part = _parts_in(lines, first, a) <= 1  # none: only a place beside the dates
    while last + 1 < limit and last - a < 2 + placed:
        below = lines[last + 1]
        # it goes on below; or a word broken at the line's end does ("Constructor Univer-" / "sity Bremen")
        if (last == a and _runs_on(lines[a], below, marks.edge) and not _opens_degree(below)) or _goes_on(
            lines[last], below
        ):
            marks.wrapped.add(last + 1)
            last += 1
            continue
        if last == a and first == a and title_empty and LOCATION.match(below.text.strip()):
            last += 1  # a line of dates alone, no title above it, then its place: the title comes below
            placed = 1
            continue
        if not _short(below) or (_block_break(below) and not (typography and one_part and last == a + placed)):
            break
        if first < a and last + 2 < limit and _opens_paragraph(below, lines[last + 2]):
            break  # a title above the dates, then a sentence that wraps on: the body
        if (
            limit < len(lines)
            and only_dates(lines[limit])
            and (limit - last == 2 or (limit - last in (3, 4) and a - first >= 2))
        ):
            break  # the title of the next entry, whose own line holds only its dates (and place)
        if first < a and last + 2 == limit < len(lines) and _placed(below) and _placed(lines[first]):
            break  # "Kasa   Seoul" right over the next dated line, as "Danggeun Market Inc.   Seoul" over this one
        if first == a - 1 and last + 2 == limit < len(lines) and _shape(below) == _shape(lines[first]):
            break  # "BA, International Relations" over "State University (2010-2014)", as this entry's title is
        if _wraps(lines[last], below, body) and not (last == a and title_empty):  # dates alone do not wrap
            marks.wrapped.add(last + 1)
            last += 1
            continue
        if last == a and not placed and (LOCATION.match(below.text.strip()) or _link_then_title(lines, last, limit)):
            last += 1  # the place (or a link) under the dates' line: the title may go on below it
            placed = 1
            continue
        if last == a and one_part and _mirrors(lines[a], below):
            marks.mirrored.add(last + 1)
            last += 1
            continue
        if not (
            title_empty
            or (typography and _styled(below, body) and below.size >= body * 0.98)
            or (
                one_part
                and last == a + placed
                # a role may run on ("Undergraduate Research Assistant, Advised by Jana Doppa")
                and (len(below.text.split()) <= 8 or _opens_role(below.text))
                and sum(1 for c in below.cells if not LOCATION.match(c)) == 1
            )
        ):
            break
        last += 1
    return last


def _opens_role(text: str) -> bool:
    """The text's first part names a job, in a few words (no sentence about a team of developers)."""
    first = split_title(text)[:1]
    return bool(first) and len(first[0].split()) <= 6 and position_score(first[0]) > 0 >= degree_score(first[0])


def _echoes(lines: list[Line], last_block: tuple[int, int, int], a: int, previous_end: int) -> bool:
    """The line above anchor ``a`` and ``a`` repeat the last entry's one-line title over its dated line, in the
    same type and indent: the title of this entry, however small a sidebar sets it."""
    first, anchor, _last = last_block
    return (
        first == anchor - 1
        and a - 1 > previous_end
        and not lines[a - 1].bullet
        and _shape(lines[a - 1]) == _shape(lines[first])
        and _shape(lines[a]) == _shape(lines[anchor])
        and not dated(lines[a - 1])
    )


def _shape(line: Line) -> tuple[float, bool, int, float]:
    return (round(line.size, 1), line.bold, len(line.cells), round(line.x0))


def _opens_paragraph(line: Line, after: Line) -> bool:
    """``line`` is a sentence's first line: six words or more, no closing stop, and the next line goes on in lower
    case at the same left edge ("Pied Piper is a multi-platform technology based on a proprietary universal")."""
    return (
        len(line.text.split()) >= 6
        and not line.text.rstrip().endswith((".", ":", ";", "!", "?"))
        and after.text[:1].islower()
        and abs(after.x0 - line.x0) < 2
    )


_URL_LINE = re.compile(r"(?:https?://|www\.)\S+$")


def _title_start(lines: list[Line], a: int, previous_end: int, body: float, typography: bool, *, marks: _Marks) -> int:
    """The first line of anchor ``a``'s title block: up to two short lines above it, after the last entry (a line
    the one above it wrapped into, in a narrow column, is not counted: "Yildiz Technical" / "University")."""
    first = a
    wraps = 0
    # a line of only dates (and a place, or what the job used) has its title right above it, styled or not
    span = line_span(lines[a])
    bare = only_dates(lines[a]) or _dates_then_list(lines[a], span, title_text(lines[a], span))
    # a styled line holding two title parts and its dates is a whole title: plain text above it is the last body
    whole = (
        typography
        and _styled(lines[a], body)
        and sum(len(split_title(c)) for c in _cells(title_text(lines[a], span))) >= 2
    )
    form = bool(_FIELD_LABEL.match(lines[a].text))  # "Graduation Year: 2020" under "University Name: Stanford"
    while first - 1 > previous_end and a - first - wraps < (4 if form else 3 if bare else 2):
        above = lines[first - 1]
        if form and _FIELD_LABEL.match(above.text) and not dated(above):
            first -= 1
            continue
        if form and a - first >= 2:
            break
        if (
            bare
            and first == a
            and _URL_LINE.match(above.text)
            and first - 2 > previous_end
            and _styled(lines[first - 2], body)
        ):
            first -= 2  # "Software Developer at Example Inc." / "http://www.example.org" / "From 2014-02"
            break
        # a line of dates alone under its place ("Musterstadt, Deutschland"), each a table cell set apart: the gaps
        # around the place part no title from its dates
        place_gap = bare and any(LOCATION.match(x.text.strip()) for x in (above, lines[first]) if x is not lines[a])
        # a line of dates alone set a little apart under its title, in the body's type ("Automation Engineer @ …,
        # KForce" over "September 2020 — December 2020   3 months"): no sentence ends above it
        titled = (
            first == a
            and (bare or not _cells(title_text(lines[a], span)) or _only_duration(title_text(lines[a], span)))
            and not above.text.rstrip().endswith((".", "!", "?", ":"))
        )
        if (
            not _short(above)
            or dated(above)
            or (_block_break(lines[first]) and not (above.bold or above.heading or place_gap or titled))
        ):
            break
        if wraps < 3 and _title_wraps(above, lines[first], marks.column_edge):
            first -= 1  # the title's first line, wrapped in a narrow column ("Systems - Example" / "University | 2019")
            marks.wrapped.add(first + 1)
            wraps += 1
            continue
        placed = _placed(above)  # "Company Name   City, Country"
        if typography and not (
            bare or placed or _styled(above, body) or _styled(lines[a], body) or above.gap_before >= 0.45
        ):
            break
        if whole and not _styled(above, body):
            break
        small = (
            above.size < body * 0.95
            and not (bare and above.size > lines[a].size)  # dates smaller still
            and not (_shape(above)[:3] == _shape(lines[a])[:3] and not lines[a].bullet)  # a sidebar's small entry
        )
        # a Word list item never wraps into a paragraph; a line set apart by a gap wraps no bullet
        wrap = above.x1 > 0 and above.gap_before < 0.45 and _after_bullet(lines, first - 1)
        if typography and not _styled(above, body) and (small or wrap):
            break  # small print (tags) or the wrapped end of the last entry's bullet, not a title
        if (
            lines[a].x0 > 0
            and above.x0 > _title_x0(lines[a], span) + 0.75 * above.size
            and abs(above.x1 - lines[a].x1) > 2
        ):
            break  # indented like a list item under the last entry (bullets drawn as graphics), not a title
            # (in a right-aligned column every line starts elsewhere, and ends where the title does)
        first -= 1
    return first


def _only_duration(text: str) -> bool:
    """The text beside a line's dates says only how long the post lasted ("3 months", "a year")."""
    return all(DURATION.fullmatch(cell) for cell in _cells(text)) and bool(_cells(text))


def _title_x0(line: Line, span: DateSpan) -> float:
    """Where the title on a dated line starts: its left edge, or, when the line opens with its dates in a cell of
    their own (a date margin: "seit 9.2020   Telespazio Germany GmbH"), about where the next cell starts."""
    if len(line.cells) < 2 or line.x1 <= line.x0 or not line.text:
        return line.x0
    at = line.text.find(line.cells[1])
    # the dates are not (all) in the first cell, or what follows them is a place set far right ("Jan 2018–Mar 2019
    # Castle Black, WS"): the title starts the line
    if at < span.stop or LOCATION.match(line.cells[1]) or at > 0.45 * len(line.text):
        return line.x0
    return line.x0 + (line.x1 - line.x0) * at / len(line.text)


def _title_wraps(line: Line, below: Line, edge: dict[tuple[int, int], float]) -> bool:
    """``below`` is the rest of title line ``line`` in a narrow column: the same type, flush with it, one cell each,
    and ``below``'s first word (as wide as ``below`` sets its letters) would not have fit in the room ``line`` left
    at the column's edge."""
    words = below.text.split()
    if (
        not words
        or line.x1 <= 0
        or line.page != below.page
        or line.column != below.column
        or len(line.cells) != 1
        or len(below.cells) != 1
        or below.bullet
        or abs(below.size - line.size) >= 0.05
        or below.bold != line.bold
        or abs(below.x0 - line.x0) > 2
        or line.text.rstrip().endswith((".", ";", ":", "!", "?", ","))
        or ((spans := find_dates(below.text)) and spans[0].begin == 0)  # the dates' line goes on from its title
    ):
        return False
    if (line.page, line.column) not in edge:
        return False
    room = edge[(line.page, line.column)] - line.x1
    per_letter = (below.x1 - below.x0) / max(len(below.text), 1)
    return len(words[0]) * per_letter > room and not _school_and_degree(line.text, below.text)


def _school_and_degree(text: str, below: str) -> bool:
    """A degree (or field) line over a school's, or a school's over a degree's: two parts of a title, each whole,
    however full the first line ("B.Tech (VTU) - Computer Science" / "NMAMIT, Nitte")."""
    last, first = split_title(text)[-1:], split_title(below)[:1]
    if not last or not first:
        return False
    return ((degree_score(last[0]) > 0 or field_score(last[0]) > 0) and school_score(first[0]) > 0) or (
        school_score(last[0]) > 0 and degree_score(first[0]) > 0
    )


def _after_bullet(lines: list[Line], i: int) -> bool:
    """Line ``i`` continues a bullet: a bullet line comes first, with only unstyled wrapped lines between."""
    j = i - 1
    while j >= 0 and not lines[j].bullet and not lines[j].bold and i - j <= 3:
        j -= 1
    if not (j >= 0 and j < i and lines[j].bullet and not lines[i].bullet):
        return False
    # a line that starts left of the bullet (an outer item's title) is no wrap of it
    return not (lines[i].x1 > 0 and lines[j].x1 > 0 and lines[i].x0 < lines[j].x0 - 5)


def _expected_below(lines: list[Line], i: int) -> bool:
    """ "Master student in EE, expected March 2016" under a dated title line: a detail, not a new entry."""
    span = line_span(lines[i])
    return i > 0 and span.single and bool(dated(lines[i - 1])) and bool(_EXPECTED.search(lines[i].text[: span.begin]))


_EXPECTED = re.compile(r"\b(?:expected|anticipated|graduating|graduation)\b[^\d]{0,20}$", re.IGNORECASE)


def _parts_in(lines: list[Line], first: int, anchor: int) -> int:
    """How many title parts lines ``first``..``anchor`` hold (the anchor without its date)."""
    title = title_text(lines[anchor], line_span(lines[anchor]))
    head, _, last = title.rpartition(CELL_SEP)
    # "Nexus AI – San Francisco, CA" is one part and a place; a cell that is a place all of it is left to the count
    if not LOCATION.match(last.strip()) and (placed := place_tail(last)):
        title = f"{head}{CELL_SEP}{placed[0]}" if head else placed[0]
    count = sum(
        1
        for c in title.split(CELL_SEP)
        if not LOCATION.match(c.strip())
        for part in split_title(c)
        if not _BRACKETED_NOTE.fullmatch(part)  # "某科技有限公司 (北京)": the place in brackets is no part
    )
    return count + sum(len(split_title(lines[i].text)) for i in range(first, anchor))


_BRACKETED_NOTE = re.compile(r"[(（][^()（）]{1,20}[)）]")


def _goes_on(line: Line, below: Line) -> bool:
    """``below`` goes on with ``line``'s title: a word broken at the line's end, or a title line that ends in a
    comma over one in its type ("Facultad de Ciencias Exactas, Físicas y Naturales," / "Universidad Nacional de San
    Juan, San Juan, Argentina")."""
    if len(below.cells) != 1 or below.page != line.page or below.bullet:
        return False
    if line.text.rstrip().endswith(",") and len(line.cells) == 1 and abs(below.size - line.size) < 0.05:
        return below.text[:1].isupper() and below.bold == line.bold and not dated(below)
    return broken_word(line.text, below.text)


def _wraps(line: Line, below: Line, body: float) -> bool:
    """``below`` continues ``line``'s title (same title typography, set apart from the body, single cell)."""
    return (
        below.size > 0
        and abs(below.size - line.size) < 0.05
        # a bold role over its plain employer ("New York Yankees") is two parts; a lone word may be a wrap whose
        # line was bold only in its greater part ("<b>University</b>, Bachelor of Science Computer" / "Science")
        and (below.bold == line.bold or len(below.text.split()) == 1)
        and abs(line.size - body) > 0.2
        and len(below.cells) == 1
        and len(below.text.split()) <= 4
        and not below.text.lstrip().startswith("@")  # "@ Google" under "Software Engineer  Full-time": the employer
        and not _GRADE_LINE.match(below.text.strip())  # "GPA – 3.5" under the degree: the grade, no wrap
        and not find_dates(below.text)
        and not LOCATION.match(below.text)
    )


def right_edges(lines: list[Line]) -> dict[tuple[int, int], float]:
    """The right edge of each page column: where its longest line ends."""
    edges: dict[tuple[int, int], float] = {}
    for line in lines:
        key = (line.page, line.column)
        edges[key] = max(edges.get(key, 0.0), line.x1)
    return edges


def _runs_on(line: Line, below: Line, edge: dict[tuple[int, int], float]) -> bool:
    """``below`` is where ``line``, a single cell of running text, wrapped: ``line`` is not ended by punctuation and
    the first word of ``below`` would not have fit into the room left at the column's edge ("…, Major in Hacking and
    Computer" / "Penetration, University A, New York, USA.")."""
    if line.x1 <= 0 or below.bullet or len(line.cells) != 1 or len(below.cells) != 1 or line.page != below.page:
        return False
    if len(line.text.split()) < 8 or _LABELLED.match(below.text):  # running text, not "School, May 2010" / "GPA: 3.2"
        return False
    words = below.text.split()
    room = edge.get((line.page, line.column), 0.0) - line.x1
    return (
        bool(words)
        and abs(below.size - line.size) < 0.05
        and abs(below.x0 - line.x0) <= 2
        and not line.text.rstrip().endswith((".", ";", ":", "!", "?"))
        and len(words[0]) * line.size * 0.45 > room
    )


def _placed(line: Line) -> bool:
    """A title line ending in a place cell ("Company Name   City, Country")."""
    return len(line.cells) >= 2 and bool(LOCATION.match(line.cells[-1]))


def _mirrors(anchor: Line, below: Line) -> bool:
    """``below`` sets two cells in the anchor's frame, flush with its left edge and with its dates on the right: the
    title's other part and its place, as "Title   Dates" over "Company   Place" lays them out, whatever the place
    says ("The Cloud", "Berlin")."""
    span = line_span(anchor)
    return (
        anchor.x1 > 0
        and len(below.cells) == 2
        and not below.bullet
        and not below.heading
        and len(below.text.split()) <= 14
        and not anchor.text[span.stop :].strip()
        and len(anchor.cells) >= 2
        and abs(below.x0 - anchor.x0) <= 2
        and abs(below.x1 - anchor.x1) <= 2
        and not find_dates(below.text)
    )


def _dates_then_list(line: Line, span: DateSpan, rest: str) -> bool:
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


def _entry(lines: list[Line], block: tuple[int, int, int], end: int, marks: _Marks) -> RawEntry:
    first, anchor, last = block
    span = line_span(lines[anchor])
    parts: list[str] = []
    part_lines: list[int] = []
    location: str | None = None
    cells_by_line: list[list[str]] = []
    used = title_text(lines[anchor], span)  # "Mar 2000 – Present • Go, SQL, C" under its title: what the job used,
    listed = anchor > first and _dates_then_list(lines[anchor], span, used)  # the entry's first paragraph
    links: list[str] = [used] if listed else []
    for i in (k for k in range(first, last + 1) if not (listed and k == anchor)):
        line = lines[i]
        text = title_text(line, span) if i == anchor else line.text
        if i in marks.wrapped and parts:
            # the whole wrapped title is parted again: "BSc (Hons) Computer" / "Science, Distributed" / "Systems -
            # Example" / "University" holds three parts, none of them on one line
            comma = lines[i - 1].text.rstrip().endswith(",") and not parts[-1].endswith(",")  # split_title took it
            pieces = _title_parts(f"{parts[-1]}, {text}" if comma else join_wrapped(parts[-1], text), 1)
            parts[-1:] = pieces
            part_lines.extend([part_lines[-1]] * (len(pieces) - 1))
            if cells_by_line and cells_by_line[-1]:
                cells_by_line[-1][-1 if i - 1 != anchor else 0] = join_wrapped(
                    cells_by_line[-1][-1 if i - 1 != anchor else 0], text
                )
            continue
        if i in marks.mirrored and location is None:  # the place is the cell a place is written in, else the right one
            first_place = bool(LOCATION.match(line.cells[0])) and not LOCATION.match(line.cells[1])
            text, location = line.cells if not first_place else line.cells[::-1]
        cells = _cells(text)
        for labelled in cells:
            cell = _FIELD_LABEL.sub("", labelled, count=1)  # "University Name: Stanford University"
            if not cell or _STATUS.fullmatch(cell) or _PLACEHOLDER_DATES.fullmatch(cell):  # "(in progress)"
                continue
            if location is None and _whole_place(cell) and (parts or i > first):
                location = cell.strip("[]")  # "[CALGARY, AB]", "Durham, North Carolina, USA": the cell is the place
                continue
            if location is None:
                cell, location = _place_in(cell)  # the cell without its place
            for raw in _title_parts(cell, len(cells)):
                piece = raw.removeprefix("@").strip() if raw.startswith("@") else raw  # "@Microsoft": at Microsoft
                if DURATION.fullmatch(piece.strip("()[] ")) or _PLACEHOLDER_DATES.fullmatch(piece):  # "(2 yrs)"
                    continue
                if location is None and LOCATION.match(piece) and parts:
                    location = piece
                    continue
                if _ADDRESS.match(piece):  # "hackerone.com/product/audit": a link, no employer or role
                    links.append(piece)
                    continue
                parts.append(piece)
                part_lines.append(i)
        cells_by_line.append(cells)
    _without_employment(parts, part_lines)
    location = location or _place_by_dates(lines, block, span, parts, part_lines)
    entry = RawEntry(
        parts=parts,
        part_lines=part_lines,
        date=span,
        location=location,
        title_bold=any(lines[i].bold for i in range(first, last + 1)),
        cells=[c for cs in cells_by_line for c in cs if c != location],
    )
    add_body(lines[last + 1 : end], entry)
    entry.paragraphs[:0] = links
    return entry


def _whole_place(cell: str) -> bool:
    """The cell is a place, all of it ("Durham, North Carolina, USA"); not a place after a dash ("Remoto – Belo
    Horizonte, MG"), whose first part :func:`_place_in` leaves out."""
    if not LOCATION.match(cell.strip("[]")):
        return False
    placed = place_tail(cell)
    return placed is None or not re.match(r"\s*[–—|/]", cell[len(placed[0]) :])


def _place_in(cell: str) -> tuple[str, str | None]:
    """A title cell without the place written at its end, and that place: "Nexus AI – San Francisco, CA",
    "Acme Corp (Berlin, Germany)", "Acme (Remote)"."""
    if placed := place_tail(cell):
        return placed
    bracket = _BRACKET_PLACE.match(cell)
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
_EMPLOYMENT = re.compile(
    r"(?i)(?:full|part)[- ]?time|contract(?:or)?|temporary|vollzeit|teilzeit|"
    r"temps (?:plein|partiel)|tiempo (?:completo|parcial)"
)


#: a template's dates left to fill in ("0000 a 0000", "20XX – Present", "YYYY"): no title part
_PLACEHOLDER_DATE = (
    r"(?:0{4}|x{4}|y{4}|(?:19|20)xx|start date|end date|date|month year|mm/yyyy)(?:[/.-](?:xx|yy|mm|dd|00)){0,2}"
)
_PLACEHOLDER_DATES = re.compile(
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
    keep = [k for k, part in enumerate(parts) if not _EMPLOYMENT.fullmatch(part)]
    if len(keep) >= 2:
        parts[:] = [parts[k] for k in keep]
        part_lines[:] = [part_lines[k] for k in keep]


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


#: a web address written in a title block, with or without its scheme
_ADDRESS = re.compile(r"(?i)^(?:https?://|www\.)\S+$|^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,24}/\S*$")


_KEYWORDS_LABEL = re.compile(
    r"^(?:key\s+)?(?:skills|technologies|tech\s+stack|tools|keywords|stack)\s*:", re.IGNORECASE
)

#: a form's label for a field of the entry, before its value ("Education Degree:", "Graduation Year:", "Company:")
_FIELD_LABEL = re.compile(
    r"^(?:(?:education\s+|academic\s+)?(?:degree|qualification|diploma)(?:\s+type)?|"
    r"(?:university|school|institution|college|company|employer|organi[sz]ation)\s+name|"
    r"university|institution|company|employer|organi[sz]ation|"
    r"(?:graduation|completion|start|end)\s+(?:year|date)|dates?|position|job\s+title|role|major|field\s+of\s+study)"
    r"\s*:\s*",
    re.IGNORECASE,
)

_BRACKET_PLACE = re.compile(r"^(?P<head>.*\S)\s*\((?P<place>[^()]+)\)$")


def _cells(text: str) -> list[str]:
    from .lines import CELL_SEP  # noqa: PLC0415

    return [c.strip(" \t|,·–—-") for c in text.split(CELL_SEP) if c.strip(" \t|,·–—-")]


def add_body(lines: list[Line], entry: RawEntry) -> None:
    last_bullet: Line | None = None
    above: Line | None = None  # the line before, for a paragraph's
    for line in lines:
        text = line.text
        line_above, above = above, line
        if line.bullet:
            entry.bullets.append(text)
            last_bullet = line
            continue
        labelled = _LABELLED.match(text)
        if (
            labelled
            and len(labelled.group("label").split()) <= 3
            and (not entry.bullets or labelled.group("label").strip().lower() in _KNOWN_LABELS)
        ):
            entry.labelled[labelled.group("label").strip().lower()] = labelled.group("value").strip()
            last_bullet = None
            continue
        if last_bullet is not None and entry.bullets and _continues(entry.bullets[-1], line, last_bullet):
            entry.bullets[-1] = join_wrapped(entry.bullets[-1], text)
        elif (
            entry.paragraphs
            and not entry.bullets
            and _continues(entry.paragraphs[-1], line, None)
            and not _ends_short(line_above, line)
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


def join_wrapped(previous: str, text: str) -> str:
    """Join a wrapped line: a compound's line-end hyphen stays and no space is added ("multi-" + "region"); a
    hyphen that only broke a word goes ("Univer-" + "sity")."""
    if previous.endswith("-") and previous[-2:-1].isalpha():
        return join_broken(previous, text)
    return previous + " " + text


def _second_line(entry: RawEntry, line: Line) -> bool:
    """In a document of one type style, a short line right under a one-part title with nothing between them
    ("Advertising Manager" / "State College Student News") is the title's second part."""
    return (
        len(entry.parts) == 1
        and set(entry.part_lines) == {0}
        and not (entry.bullets or entry.paragraphs or entry.labelled)
        and not line.bullet
        and not line.gap_before
        and len(line.cells) == 1
        and len(line.text.split()) <= 8
        and not line.text.rstrip().endswith((".", ":"))
    )


def _undated(lines: list[Line], typography: bool) -> list[RawEntry]:
    lines = [line for line in lines if not _PLACEHOLDER_DATES.fullmatch(line.text.strip())]  # "Dates From - To"
    entries: list[RawEntry] = []
    body: list[Line] = []  # the last entry's body lines
    title_line: Line | None = None  # the last entry's title line
    title_style = None
    for line in lines:
        if not line.bullet and _short(line):
            title_style = (round(line.size, 1), line.bold)
            break
    for line in lines:
        # one type style: a short line right under a one-part title is its second part, not a new entry
        second_line = not typography and bool(entries) and _second_line(entries[-1], line)
        starts = (
            not line.bullet
            and _short(line)
            and (not typography or (round(line.size, 1), line.bold) == title_style or not entries)
            and (
                not entries
                or entries[-1].bullets
                or entries[-1].paragraphs
                or (not typography and not second_line)
                or (len(entries[-1].parts) >= 2 and _bold_pair(line))  # "School: Degree" lines, one per entry
            )
        )
        second_title = (
            typography
            and not starts
            and entries
            and entries[-1].parts
            and not (entries[-1].bullets or entries[-1].paragraphs or entries[-1].labelled)
            and set(entries[-1].part_lines) == {0}
            and len(entries[-1].parts) == 1  # a line of two parts is a whole title: the next one is another entry
            and not line.bullet
            and _short(line)
            and (line.bold or entries[-1].title_bold)
        ) or second_line
        if (
            entries
            and entries[-1].parts
            and title_line is not None
            and title_line.text.rstrip().endswith(",")
            and not (entries[-1].bullets or entries[-1].paragraphs)
            and not line.bullet
            and _short(line)
            and len(line.cells) == 1
        ):  # "Bachelor of Arts in History, Queens College," / "City University of New York": the name goes on
            entries[-1].parts[-1] = f"{entries[-1].parts[-1].rstrip(',')}, {line.text.strip()}"
            title_line = line
        elif (
            entries
            and entries[-1].parts
            and entries[-1].location is None
            and not (entries[-1].bullets or entries[-1].paragraphs)
            and len(line.cells) == 1
            and LOCATION.match(line.text.strip())
        ):  # "Courier, Consolidated Messenger" / "Rochester, NY": the title's place
            entries[-1].location = line.text.strip()
        elif second_title:  # "Job Title 1" / "Company 1": the title block's second line
            pieces = [p for c in _cells(line.text) for p in split_title(c)]
            entries[-1].parts.extend(pieces)
            entries[-1].part_lines.extend([1] * len(pieces))
        elif starts or not entries:
            cells = _cells(line.text)
            # a cell that is a place ("University of Engineering & Technology   Lahore, Pakistan") is the place
            place = next((c for c in cells[1:] if LOCATION.match(c.strip())), None)
            parts = [
                p
                for c in cells
                if c is not place and not _PLACEHOLDER_DATES.fullmatch(c)
                for p in split_title(c)
                if not _PLACEHOLDER_DATES.fullmatch(p)
            ]
            entries.append(
                RawEntry(
                    parts=parts,
                    part_lines=[0] * len(parts),
                    date=None,
                    location=place,
                    title_bold=line.bold,
                    cells=cells,
                )
            )
            body, title_line = [], line
            if not starts:  # no title: the line opens the body as a paragraph, even a list item
                entries[-1].parts = []
                _add_line(entries[-1], body, line.retext(line.text, line.cells, bullet=False))
        else:
            _add_line(entries[-1], body, line)
    return entries


def _add_line(entry: RawEntry, body: list[Line], line: Line) -> None:
    """One more body line for ``entry``: its body is read again whole, so a line that wraps a bullet joins it."""
    body.append(line)
    entry.bullets, entry.paragraphs, entry.labelled = [], [], {}
    add_body(body, entry)
