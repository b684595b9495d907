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
from .hyphens import broken_word
from .lines import Line
from .places import LOCATION
from .rawentry import (
    FIELD_LABEL,
    URL_LINE,
    Marks,
    RawEntry,
    alike,
    block_break,
    cells_of,
    is_placed,
    is_short,
    is_styled,
    right_edges,
    shape_of,
)
from .roles import degree_score, institution_score, job_score
from .spans import dated_notes, employer_spans
from .titleblock import dates_then_list, entry_of_block
from .titles import split_title
from .undated import undated_entries
from .wraps import (
    after_bullet,
    goes_on,
    link_then_title,
    mirrors,
    only_duration,
    opens_degree,
    opens_paragraph,
    opens_role,
    parts_in,
    runs_on,
    title_wraps,
    title_x0,
    wraps_title,
)


def split_entries(
    lines: list[Line], body: float, typography: bool, edges: dict[tuple[int, int], float] | None = None
) -> list[RawEntry]:
    """The entries of one section, in order (``edges``: the document's page columns' right edges; without them no
    title line is read as wrapped above its dates)."""
    lines = prepare(lines)
    anchors = _repeats_dropped(
        lines,
        _in_running_text_dropped(
            lines,
            [
                i
                for i, line in enumerate(lines)
                if dated(line) and not _expected_below(lines, i) and not _bullet_wrap(lines, i)
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
            while last + 1 < limit and last - a < 3 and not lines[last + 1].bullet and is_short(lines[last + 1]):
                last += 1
        else:
            last = _title_end(lines, (first, a, limit), body, typography, marks)
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


#: a place written as names parted by commas ("Aragua, Cagua", "Maracay"): capitalised words, no digits
_PLACE_NAMES = re.compile(r"^[^\W\d_][^\W\d_.'’-]*(?:[ .'’-]+[^\W\d_]+)*(?:,\s*[^\W\d_]+(?:[ .'’-]+[^\W\d_]+)*){0,2}$")


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
        and (institution_score(lines[k].text) > 0 or job_score(lines[k].text) < 0)
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
    return not above.bullet and is_short(above) and not dated(above) and len(above.cells) == 1


def _dates_alone(line: Line) -> bool:
    """A line of dates and nothing else but a status ("2021", "2021(in progress)")."""
    rest = title_text(line, line_span(line))
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


def _title_end(lines: list[Line], span: tuple[int, int, int], body: float, typography: bool, marks: Marks) -> int:
    """The last line of the title block of anchor ``a`` (title from ``first``, next anchor at ``limit``): up to two
    short lines below it, three when a place line comes first."""
    first, a, limit = span
    last = a
    title_empty = not title_text(lines[a], line_span(lines[a]))
    placed = 0  # a place line right under the dates' line ("Berkeley, CA"): the title may go on below it
    one_part = parts_in(lines, first, a) <= 1  # none: only a place beside the dates
    while last + 1 < limit and last - a < 2 + placed:
        below = lines[last + 1]
        # it goes on below; or a word broken at the line's end does ("Constructor Univer-" / "sity Bremen")
        # (not an employer's site under the dates: "cytoscapeconsortium.org")
        if not _SITE.fullmatch(below.text.strip()) and (
            (last == a and runs_on(lines[a], below, marks.edge) and not opens_degree(below))
            or goes_on(lines[last], below)
        ):
            marks.wrapped.add(last + 1)
            last += 1
            continue
        if last == a and first == a and title_empty and LOCATION.match(below.text.strip()):
            last += 1  # a line of dates alone, no title above it, then its place: the title comes below
            placed = 1
            continue
        if not is_short(below) or (block_break(below) and not (typography and one_part and last == a + placed)):
            break
        if first < a and last + 2 < limit and opens_paragraph(below, lines[last + 2]):
            break  # a title above the dates, then a sentence that wraps on: the body
        if (
            limit < len(lines)
            and only_dates(lines[limit])
            and (limit - last == 2 or (limit - last in (3, 4) and a - first >= 2))
        ) or _stepped_title(lines, last, limit):
            break  # the title of the next entry, whose own line holds only its dates (and place)
        if first < a and last + 2 == limit < len(lines) and is_placed(below) and is_placed(lines[first]):
            break  # "Kasa   Seoul" right over the next dated line, as "Danggeun Market Inc.   Seoul" over this one
        if first == a - 1 and last + 2 == limit < len(lines) and alike(below, lines[first]):
            break  # "BA, International Relations" over "State University (2010-2014)", as this entry's title is
        if wraps_title(lines[last], below, body) and not (last == a and title_empty):  # dates alone do not wrap
            marks.wrapped.add(last + 1)
            last += 1
            continue
        if last == a and not placed and (LOCATION.match(below.text.strip()) or link_then_title(lines, last, limit)):
            last += 1  # the place (or a link) under the dates' line: the title may go on below it
            placed = 1
            continue
        if last == a and one_part and mirrors(lines[a], below):
            marks.mirrored.add(last + 1)
            last += 1
            continue
        if not (
            title_empty
            or (typography and is_styled(below, body) and below.size >= body * 0.98)
            or (
                one_part
                and last == a + placed
                # a role may run on ("Undergraduate Research Assistant, Advised by Jana Doppa")
                and (len(below.text.split()) <= 8 or opens_role(below.text))
                and sum(1 for c in below.cells if not LOCATION.match(c)) == 1
            )
        ):
            break
        last += 1
    return last


#: a web site's address alone, with or without its scheme ("nrnb.org/gsoc", "www.acme.com")
_SITE = re.compile(
    r"(?i)(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|io|dev|edu|gov|co|ai|app|me|info|uk|de|fr|br|in|"
    r"es|it|nl|ca|au|eu)(?:/\S*)?"
)


def _stepped_title(lines: list[Line], last: int, limit: int) -> bool:
    """LinkedIn's "Cytoscape Consortium" / "Vice President" / "April 2013 - Present (12 years 3 months)" right
    under the last title line: an employer over a role over the dates and how long they ran, each line smaller than
    the one above, is the next entry's title."""
    if limit - last != 3 or limit >= len(lines) or not dated(lines[limit]):
        return False
    rest = title_text(lines[limit], line_span(lines[limit])).strip("()（） ")
    return only_duration(rest) and lines[last + 1].size > lines[last + 2].size > lines[limit].size


def _echoes(lines: list[Line], last_block: tuple[int, int, int], a: int, previous_end: int) -> bool:
    """The line above anchor ``a`` and ``a`` repeat the last entry's one-line title over its dated line, in the
    same type and indent: the title of this entry, however small a sidebar sets it."""
    first, anchor, _last = last_block
    return (
        first == anchor - 1
        and a - 1 > previous_end
        and not lines[a - 1].bullet
        and shape_of(lines[a - 1]) == shape_of(lines[first])
        and shape_of(lines[a]) == shape_of(lines[anchor])
        and not dated(lines[a - 1])
    )


def _title_start(lines: list[Line], a: int, previous_end: int, body: float, typography: bool, *, marks: Marks) -> int:
    """The first line of anchor ``a``'s title block: up to two short lines above it, after the last entry (a line
    the one above it wrapped into, in a narrow column, is not counted: "Yildiz Technical" / "University")."""
    first = a
    wraps = 0
    # a line of only dates (and a place, or what the job used) has its title right above it, styled or not
    span = line_span(lines[a])
    bare = only_dates(lines[a]) or dates_then_list(lines[a], span, title_text(lines[a], span))
    # a styled line holding two title parts and its dates is a whole title: plain text above it is the last body
    whole = (
        typography
        and is_styled(lines[a], body)
        and sum(len(split_title(c)) for c in cells_of(title_text(lines[a], span))) >= 2
    )
    form = bool(FIELD_LABEL.match(lines[a].text))  # "Graduation Year: 2020" under "University Name: Stanford"
    while first - 1 > previous_end and a - first - wraps < (4 if form else 3 if bare else 2):
        above = lines[first - 1]
        if _tail_of_line(lines, first - 1, previous_end):
            break  # the end of a list the line before wrapped (", Pangea Logging, Haptics SDK."), no title
        if form and FIELD_LABEL.match(above.text) and not dated(above):
            first -= 1
            continue
        if form and a - first >= 2:
            break
        if (
            bare
            and first >= a - 1
            and URL_LINE.match(above.text)
            and first - 2 > previous_end
            and is_styled(lines[first - 2], body)
            and is_short(lines[first - 2])
        ):
            # "Software Developer at Example Inc." / "http://www.example.org" / "From 2014-02"; "Klarrio" / its link
            # / "Site Reliability Engineer" / "Dates Employed: Dec 2018 – Present"
            first -= 2
            break
        # a line of dates alone under its place ("Musterstadt, Deutschland"), each a table cell set apart: the gaps
        # around the place part no title from its dates
        place_gap = bare and any(LOCATION.match(x.text.strip()) for x in (above, lines[first]) if x is not lines[a])
        # a line of dates alone set a little apart under its title, in the body's type ("Automation Engineer @ …,
        # KForce" over "September 2020 — December 2020   3 months"): no sentence ends above it
        titled = (
            first == a
            and (bare or not cells_of(title_text(lines[a], span)) or only_duration(title_text(lines[a], span)))
            and not above.text.rstrip().endswith((".", "!", "?", ":"))
        )
        # "M.S. Engineering, Omni University, Berlin," over "Germany, 2022": a title that goes on, however long
        ends_on_comma = bare and first == a and above.text.rstrip().endswith(",")
        if (
            not (is_short(above) or ends_on_comma)
            or dated(above)
            or (block_break(lines[first]) and not (above.bold or above.heading or place_gap or titled))
        ):
            break
        # or a list that wrapped after a comma into the dated line (LinkedIn's "Computer Programming, …, Data Analysis,"
        # over "Neuroscience, Gamification, HCI · (2012)")
        listed = first == a and above.text.rstrip().endswith(",") and abs(above.size - lines[a].size) < 0.2
        if wraps < 3 and (title_wraps(above, lines[first], marks.column_edge) or listed):
            first -= 1  # the title's first line, wrapped in a narrow column ("Systems - Example" / "University | 2019")
            marks.wrapped.add(first + 1)
            wraps += 1
            continue
        placed = is_placed(above)  # "Company Name   City, Country"
        if typography and not (
            bare
            or placed
            or is_styled(above, body)
            or is_styled(lines[a], body)
            or above.gap_before >= 0.45
            or first - 1 == 0  # the section's first line: set apart by its heading
        ):
            break
        if whole and not is_styled(above, body):
            break
        small = (
            above.size < body * 0.95
            and not (bare and above.size > lines[a].size)  # dates smaller still
            and not (shape_of(above)[:3] == shape_of(lines[a])[:3] and not lines[a].bullet)  # a sidebar's small entry
        )
        # a Word list item never wraps into a paragraph; a line set apart by a gap wraps no bullet
        wrap = above.x1 > 0 and above.gap_before < 0.45 and after_bullet(lines, first - 1)
        if typography and not is_styled(above, body) and (small or wrap):
            break  # small print (tags) or the wrapped end of the last entry's bullet, not a title
        if (
            lines[a].x0 > 0
            and above.x0 > title_x0(lines[a], span) + 0.75 * above.size
            and abs(above.x1 - lines[a].x1) > 2
        ):
            break  # indented like a list item under the last entry (bullets drawn as graphics), not a title
            # (in a right-aligned column every line starts elsewhere, and ends where the title does)
        first -= 1
    return first


def _tail_of_line(lines: list[Line], k: int, previous_end: int) -> bool:
    """Line ``k`` goes on with the line above it: it opens with a comma, or finishes a word that line broke
    ("Core-" / "Data, RESTful APIs, TDD.")."""
    text = lines[k].text.lstrip()
    if text.startswith((",", ";")):
        return True
    before = lines[k - 1].text.rstrip() if k - 1 > previous_end else ""
    # a word broken at the line's end, or a compound its hyphen parts there ("Core-" / "Data, …")
    return bool(before) and (broken_word(before, text) or (before.endswith("-") and text[:1].isalpha()))


def _expected_below(lines: list[Line], i: int) -> bool:
    """ "Master student in EE, expected March 2016" under a dated title line: a detail, not a new entry."""
    span = line_span(lines[i])
    return i > 0 and span.single and bool(dated(lines[i - 1])) and bool(_EXPECTED.search(lines[i].text[: span.begin]))


_EXPECTED = re.compile(r"\b(?:expected|anticipated|graduating|graduation)\b[^\d]{0,20}$", re.IGNORECASE)
