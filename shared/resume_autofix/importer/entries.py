"""Dated entries (work, education, volunteer, projects, awards, certificates, publications) from section lines.

A line with a date (range) anchors an entry. Its title block is that line, up to two short non-bullet lines
right above it in the same visual block (bold or set apart from the body, where the format says so), and up to
two styled lines below it. After the block come the entry's paragraphs and bullets. A section without dates is
split at lines that look like the first line (same style), or else one entry per line.
"""

from __future__ import annotations

import itertools
import re

from .dateline import STATUS as _STATUS
from .dateline import dated, line_span, only_dates, title_text
from .datemargin import prepare
from .dates import DURATION, find_dates
from .grades import GRADE
from .lines import CELL_SEP, Line
from .places import LOCATION
from .rawentry import (
    Marks,
    RawEntry,
    alike,
    is_placed,
    is_short,
    right_edges,
)
from .roles import any_role, degree_score, institution_score, job_score
from .spans import dated_notes, employer_spans
from .titleblock import entry_of_block
from .titlebounds import echoes, expected_below, title_end, title_start
from .titles import split_title
from .undated import undated_entries


def split_entries(
    lines: list[Line], body: float, typography: bool, edges: dict[tuple[int, int], float] | None = None
) -> list[RawEntry]:
    """The entries of one section, in order (``edges``: the document's page columns' right edges; without them no
    title line is read as wrapped above its dates)."""
    lines = _durations_dropped(prepare(lines))
    if (paired := _dates_column_paired(lines)) is not None:
        lines = paired
    anchors = _repeats_dropped(
        lines,
        _in_running_text_dropped(
            lines,
            [
                i
                for i, line in enumerate(lines)
                if dated(line) and not expected_below(lines, i) and not _bullet_wrap(lines, i)
            ],
        ),
    )
    if not anchors:
        return undated_entries(lines, typography)
    blocks: list[tuple[int, int, int]] = []  # (first title line, anchor, last title line)
    marks = Marks(edge=right_edges(lines), column_edge=edges or {})
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
        first = a if led else title_start(lines, a, previous_end, body, typography, marks=marks)
        if over and first == a:
            first = a - 1
        if first == a and blocks and echoes(lines, blocks[-1], a, previous_end):
            first = a - 1  # "BA, International Relations" over "State University (2010-2014)", as the last entry
        limit = anchors[n + 1] if n + 1 < len(anchors) else len(lines)
        if over:
            last = a
        elif led and first == a:  # the short lines down to the body: school, place, degree
            last = a
            while last + 1 < limit and last - a < 3 and not lines[last + 1].bullet and is_short(lines[last + 1]):
                last += 1
        else:
            last = title_end(lines, (first, a, limit), body, typography, marks)
        if first == a - 1 and _place_over_dates(lines[first], lines[a]):
            marks.mirrored.add(first)  # "Hospital José María Vargas   Aragua, Cagua" over "IT Support   Sep 2020 – …"
        blocks.append((first, a, last))
        previous_end = last
    tail = _undated_last(lines, blocks)  # "Lancaster Mennonite School" after the last dated school: one more entry
    entries = [
        entry_of_block(lines, block, blocks[k + 1][0] if k + 1 < len(blocks) else tail, marks)
        for k, block in enumerate(blocks)
    ]
    if blocks and blocks[0][0] > 0:  # lines before the first entry: keep them on it rather than lose them
        entries[0].paragraphs[:0] = [line.text for line in lines[: blocks[0][0]]]
    _stacked_roles(lines, blocks, entries)
    _tenure_groups(lines, blocks, entries)
    return employer_spans(dated_notes(lines, blocks, entries)) + undated_entries(lines[tail:], typography)


def _dates_column_paired(lines: list[Line]) -> list[Line] | None:
    """A section that opens with its entries' dates one after another, then the entries without them (a Word
    text box of dates floating beside them, read before them: "Fall 2024 – Present" / "Fall 2021 – Spring 2024" /
    "• Tennessee Technological University" / "Bachelor of Science …" / "• Pellissippi State …"): each date put at
    the end of the first line of the entry it stands beside, in order, when the entries' first lines (short, in
    the first one's type and list, naming a role, a school or a firm, no sentence's end or its lower-case rest)
    are as many as the dates; ``None`` otherwise."""
    k = 0
    while k < len(lines) and (span := dated(lines[k])) and not span.single and _dates_alone(lines[k]):
        k += 1  # ranges each ("Graduated May 2022" under "Sep 2018 – May 2022" is one school's two dates)
    rest = lines[k:]
    if k < 2 or not rest or any(dated(line) for line in rest):
        return None
    starts = [
        i
        for i, line in enumerate(rest)
        if alike(line, rest[0])
        and line.bullet == rest[0].bullet
        and len(line.text.split()) <= 12
        and not line.text[:1].islower()
        and not line.text.rstrip().endswith(".")
        and any_role(line.text)
    ]
    if len(starts) != k or starts[0] != 0:
        return None
    out: list[Line] = []
    for n, (a, b) in enumerate(itertools.pairwise([*starts, len(rest)])):
        title, date = rest[a], lines[n].text.strip()
        out += [title.retext(f"{title.text}{CELL_SEP}{date}", [*title.cells, date], bullet=False), *rest[a + 1 : b]]
    return out


#: a place written as names parted by commas ("Aragua, Cagua", "Maracay"): capitalised words, no digits
_PLACE_NAMES = re.compile(r"^[^\W\d_][^\W\d_.'’-]*(?:[ .'’-]+[^\W\d_]+)*(?:,\s*[^\W\d_]+(?:[ .'’-]+[^\W\d_]+)*){0,2}$")


_BRACKETED = re.compile(r"\((.+)\)")


def _durations_dropped(lines: list[Line]) -> list[Line]:
    """A line saying only how long the post lasted, in brackets, right under its title and dates ("Software
    Developer  January 2010 - November 2015" / "(5 years and 10 months)"), is left out: it names nothing, and it
    stood between the title and the employer under it. (A duration with no brackets under a date margin, as hh.ru
    prints "4 года 5 месяцев", is that layout's own and stays.)"""
    return [
        line
        for i, line in enumerate(lines)
        if not (
            i > 0
            and len(line.cells) == 1
            and (m := _BRACKETED.fullmatch(line.text.strip())) is not None
            and DURATION.fullmatch(m.group(1).strip())
            and dated(lines[i - 1]) is not None
            and not only_dates(lines[i - 1])
        )
    ]


def _undated_last(lines: list[Line], blocks: list[tuple[int, int, int]]) -> int:
    """Where an undated last entry starts: a bold name of an organisation (a school's or a firm's words) in the type
    and indent of the last entry's first title line, after its body, the section's last such line (LinkedIn's
    "Lancaster Mennonite School" under the dated university); the section's end where there is none."""
    if not blocks or not lines[blocks[-1][0]].bold:
        return len(lines)
    first, _a, last = blocks[-1]
    head = lines[first]
    found = [
        k
        for k in range(last + 1, len(lines))
        if alike(lines[k], head)
        and is_short(lines[k])
        and not dated(lines[k])
        # a firm's words in the line or in one of its parts ("Standard Bank, Johannesburg — Learner")
        and (
            institution_score(lines[k].text) > 0
            or min(map(job_score, [lines[k].text, *split_title(lines[k].text)])) < 0
        )
    ]
    return found[0] if len(found) == 1 and found[0] > last + 1 else len(lines)


def _bullet_wrap(lines: list[Line], i: int) -> bool:
    """Line ``i`` is a bullet's wrapped text, one cell set in from the bullet under it ("• Led the migration …" /
    "(upgrading all …) and 60+ SQL Server 2014/2016 databases …" / "2022 — ahead of deadline …"): a year inside it
    is the sentence's, no entry's."""
    line = lines[i]
    if line.bullet or len(line.cells) != 1 or line.x0 <= 0 or only_dates(line):
        return False
    span = line_span(line)
    if not line.text[span.stop :].strip(" .,;)]"):  # "Germany, 2022": a listed entry's own date ends its text
        return False
    for above in reversed(lines[max(0, i - 6) : i]):
        if above.bullet:
            return 0 < above.x0 < line.x0 - 1 and line.x0 - above.x0 <= 3 * max(line.size, 1.0)
        if abs(above.x0 - line.x0) > 1 or len(above.cells) != 1:
            return False
    return False


def _place_over_dates(above: Line, anchor: Line) -> bool:
    """``above`` sets a short place in the cell over the anchor's dates ("Employer   City, Region" over "Role
    Dates"): the title and its place, whatever the place's words."""
    if len(above.cells) != 2 or len(anchor.cells) != 2 or above.bullet:
        return False
    place, dates = above.cells[1].strip(), anchor.cells[1]
    return (
        bool(find_dates(dates))
        and only_dates(Line(dates))
        and not find_dates(place)
        and len(place.split()) <= 4
        and (bool(LOCATION.match(place)) or ("," in place and bool(_PLACE_NAMES.match(place))))
        and not LOCATION.match(anchor.cells[0])  # "Title  Company" over "Place  Dates": the place is below
        and job_score(place) <= 0
        and institution_score(place) <= 0
        and degree_score(place) <= 0
    )


def _in_running_text_dropped(lines: list[Line], anchors: list[int]) -> list[int]:
    """Without a date inside a sentence of the body ("Secretary of the Board … during 2024.") where the section's
    entries have lines of dates alone in a style of their own: a description's words, no entry of its own."""
    bare = [i for i in anchors if only_dates(lines[i])]
    if len(bare) < 2:
        return anchors
    styles = {(round(lines[i].size, 1), lines[i].bold) for i in bare}
    kept = []
    for i in anchors:
        line = lines[i]
        span = line_span(line)
        after = line.text[span.stop :].strip()
        # within the sentence, or closing a sentence of six words or more ("… RoyalRoppers during 2024.")
        inside = span.begin > 0 and (
            bool(after.strip(" .,;)"))
            or (after.lstrip(")]").startswith(".") and len(line.text[: span.begin].split()) >= 4)
        )
        if i in bare or (round(line.size, 1), line.bold) in styles or not inside or len(line.cells) > 1:
            kept.append(i)
    return kept


def _title_over(lines: list[Line], a: int) -> bool:
    above = lines[a - 1]
    # a degree's full name may run longer than a title ("Curso de especialización (CE) en Administración de
    # Recursos y Servicios en la Nube", 13 words)
    short = is_short(above) or (len(above.text.split()) <= 16 and degree_score(above.text) > 0)
    return not above.bullet and short and not dated(above) and len(above.cells) == 1


def _dates_alone(line: Line) -> bool:
    """A line of dates and nothing else but a status ("2021", "2021(in progress)")."""
    rest = title_text(line, line_span(line))
    if len(line.cells) == 2 and GRADE.fullmatch(line.cells[1].strip()) and rest == line.cells[1].strip():
        return True  # "2015 – 2019  8.6/10": the grade the school gave beside its dates
    return len(line.cells) == 1 and (not rest or bool(_STATUS.fullmatch(rest)))


def _stacked_roles(lines: list[Line], blocks: list[tuple[int, int, int]], entries: list[RawEntry]) -> None:
    """Roles stacked under one employer ("Google   Mountain View, CA" over "Data Source   2014 – 2016", its
    bullets, then "Intern   2013"; "SXOPE | Tampa, FL" over "Technical Lead" over its dates, then "Lead Front-end
    Developer" over its dates): a role alone, on its dated line or over it, in the style of the role line under an
    employer set larger on a line of its own with its place, is that employer's too."""
    group: tuple[str, tuple[float, bool]] | None = None  # the employer's name, and its roles' type
    for k in range(1, len(blocks)):
        first, a, last = blocks[k]
        pf, pa, _ = blocks[k - 1]
        head = (lines[pf].cells[0] if is_placed(lines[pf]) else _barred_employer(lines[pf])) if pf < pa else None
        under = lines[pf + 1] if pf + 1 < pa else lines[pa]  # the role line under the employer
        if head is not None and lines[pf].size > under.size and entries[k - 1].parts[:1] == [head]:
            group = (head, (under.size, under.bold))
        elif not (group and entries[k - 1].parts[:1] == [group[0]]):
            group = None  # the last entry was no role of the group: it ends
        role = lines[first] if first == a - 1 else lines[a]
        if (
            group is not None
            and last == a
            and first in (a, a - 1)
            and (role.size, role.bold) == group[1]
            and len(entries[k].parts) == 1
        ):
            entries[k].parts.insert(0, group[0])
            entries[k].part_lines.insert(0, a)
            entries[k].location = entries[k].location or entries[k - 1].location


def _barred_employer(line: Line) -> str | None:
    """ "SXOPE | Tampa, FL, USA (удалённо)": an employer and its place parted by a bar, in one cell; its name."""
    name, bar, place = line.text.partition(" | ")
    place = place.split(" (")[0].strip()  # how the job was held after it: "(удалённо)", "(remote)"
    return name.strip() if bar and len(line.cells) == 1 and LOCATION.match(place) else None


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
        # a title's wrapped last line over its own entry's duration ("…частная практика /" "фриланс" / "6 месяцев")
        # is no employer over a tenure
        and not any(first <= i <= last for first, _a, last in blocks)
    ]
    if not heads:
        return
    style = {(round(lines[h].size, 1), lines[h].bold) for h in heads}
    for (_first, a, _last), entry in zip(blocks, entries, strict=True):
        head = max((h for h in heads if h < a), default=None)
        if head is None:
            continue
        # an employer of one role, in the tenure heads' type but with no tenure under it ("Cytoscape Consortium" /
        # "Vice President" / its dates), ends the group above: the role is its own
        if any(
            (round(lines[k].size, 1), lines[k].bold) in style
            and k not in heads
            and lines[k].size > lines[a].size
            and len(lines[k].text.split()) <= 6
            and not dated(lines[k])
            for k in range(head + 2, a)
        ):
            continue
        name = lines[head].text.strip()
        # the role: its title line, at or above the dates; a team or product line below them is the body
        mine = [(p, line) for p, line in zip(entry.parts, entry.part_lines, strict=True) if line <= a and p != name]
        own = [p for p, _line in mine]
        others = [p for p, line in zip(entry.parts, entry.part_lines, strict=True) if line > a and p != name]
        if not own:
            continue
        rows = {line for _p, line in mine}
        if len(own) > 1 and len(rows) == 1 and (whole := ", ".join(own)) in lines[rows.pop()].text:
            own = [whole]  # "Bioinformatics Core Director, Research Investigator": one title of two roles
        entry.parts, entry.part_lines = [*own, name], [a] * (len(own) + 1)
        entry.paragraphs[:0] = others
    group_lines = {lines[h + k].text for h in heads for k in (0, 1)}
    for entry in entries:  # the next employer and its tenure are no part of the last role's body
        entry.paragraphs = [p for p in entry.paragraphs if p not in group_lines]


def _repeats_dropped(lines: list[Line], anchors: list[int]) -> list[int]:
    """Without a dated line that repeats the last anchor's dates a line or three below it under a one-word label
    (a detail table's "기간   2025. 03 ~ 2025.10 (7개월)", "Period   …"): a row of that entry, not a new one."""
    kept: list[int] = []
    for i in anchors:
        if kept and i - kept[-1] <= 3:
            span, last = line_span(lines[i]), line_span(lines[kept[-1]])
            same = (span.start, span.end, span.present) == (last.start, last.end, last.present)
            words = [w for w in title_text(lines[i], span).split() if not DURATION.fullmatch(w.strip("()"))]
            # a bare repeat under a title line of its own is the next entry's ("Applied Mathematics, Bachelor" over
            # the same "2010 — 2014" as "Applied Physics, Bachelor" had): three degrees taken side by side
            titled = not words and i - 1 > kept[-1] and not lines[i - 1].bullet and is_short(lines[i - 1])
            if same and len(words) <= 1 and not titled:
                continue
        kept.append(i)
    return kept
