"""Words → lines → columns → reading order, for one PDF page at a time.

Lines are baselines; a wide gap inside a baseline splits it into cells (a right-aligned date, a table cell, or
the gutter between two columns). A page has two columns when a vertical strip is crossed by almost no cell and
the cells right of it start at one x (a left-aligned column), not at many (right-aligned dates). Columns are read
left, then right; a header that spans both is read first.
"""

from __future__ import annotations

import bisect
import dataclasses
import itertools
import re
import statistics
from collections import Counter

from .dates import find_dates
from .grid import reading_order
from .lines import BULLETS, CELL_SEP, Line
from .margin import margin_order
from .pdf import PdfPage
from .places import LOCATION
from .segments import Segment, band_segments, glyph_bands, label_stops
from .vocabulary import exact_key, vocabulary_key


def _least_crossed(segments: list[Segment]) -> tuple[int, float] | None:
    """The x in the middle 60% of the text that the fewest segments cross (a difference array over 2-pt bins)."""
    left_edge = min(s.x0 for s in segments)
    span = max(s.x1 for s in segments) - left_edge
    if span <= 0:
        return None
    bins = int(span // 2) + 2
    delta = [0] * (bins + 1)
    for s in segments:
        first = int((s.x0 - left_edge) // 2) + 1  # bins strictly inside the segment
        last = int((s.x1 - left_edge) // 2)
        if first <= last:
            delta[first] += 1
            delta[last + 1] -= 1
    best: tuple[int, float] | None = None
    crossing = 0
    for b in range(bins):
        crossing += delta[b]
        x = left_edge + 2 * b
        if 0.2 * span <= x - left_edge <= 0.8 * span and (best is None or crossing < best[0]):
            best = (crossing, x)
    return best


def _gutter(segments: list[Segment]) -> float | None:
    """The x of a column gutter, or ``None`` for a one-column page."""
    best = _least_crossed(segments) if len(segments) >= 8 else None
    if best is None or (best[0] > 0.12 * len(segments) and not _crossed_only_above_and_below(segments, best[1])):
        return None
    gutter = best[1]
    right = [s for s in segments if s.x0 >= gutter]
    left = [s for s in segments if s.x1 <= gutter]
    if len(right) < 5 or len(left) < 3:
        return None
    starts = Counter(round(s.x0) for s in right)
    top_start = starts.most_common(1)[0][0]
    aligned = sum(n for x0, n in starts.items() if abs(x0 - top_start) <= 2)
    aligned = max(aligned, int(0.8 * _on_edges(starts)))
    # a sidebar of centred lines (latexcv's sidebar) shares a centre, not a left edge
    centres = Counter(round((s.x0 + s.x1) / 4) for s in right)  # 4-pt bins
    top_centre = centres.most_common(1)[0][0]
    aligned = max(aligned, sum(n for c, n in centres.items() if abs(c - top_centre) <= 1))
    chars_all = sum(s.chars for s in segments)
    dated_right = sum(1 for s in right if find_dates(s.text))
    tops = [s.top for s in segments]
    texts = [s.top for s in right if s.chars >= 5] or [0.0]  # not a page number ("1/4") at the foot
    right_span = max(texts) - min(texts)
    # a right-aligned sidebar (JSON Resume's "actual") shares its right edge, down the page (not a contact block
    # set flush right beside the name, as moderncv's)
    if dated_right * 4 <= len(right) and right_span >= 0.5 * (max(tops) - min(tops)):
        ends = Counter(round(s.x1 / 2) for s in right)  # 2-pt bins
        top_end = ends.most_common(1)[0][0]
        aligned = max(aligned, sum(n for e, n in ends.items() if abs(e - top_end) <= 1))
    # a narrow sidebar of a few short lines (contacts, skill names) is a column too when its lines share one left
    # edge and hold no dates; right-aligned places beside titles share a right edge, not a left one
    left_aligned = sum(n for x0, n in starts.items() if abs(x0 - top_start) <= 2)
    sidebar = dated_right == 0 and len(right) >= 6 and left_aligned >= 0.7 * len(right)
    # right-aligned dates are not a column; nor is a narrow column of dates beside each entry (read across)
    columns = (
        (aligned >= 0.4 * len(right) or _rows_aligned(right))
        and sum(s.chars for s in right)
        >= (0.15 if dated_right * 4 > len(right) else 0.04 if sidebar else 0.12) * chars_all
        and sum(s.chars for s in left) >= 0.05 * chars_all
        and dated_right < 0.8 * len(right)  # a sparse page's right-aligned dates, nearly all the right holds
        # nor its dates and places beside each title ("Sep 2021 — Present" over "Gotham, Philippines")
        and dated_right + sum(1 for s in right if LOCATION.match(s.text.strip())) < 0.8 * len(right)
        and _margin_details(left) * 2 <= len(left)
        # a left margin of section names and dates beside the body (Reactive Resume's Nosepass) is read across
        # (and labels: "Italiaans:" beside "moedertaal")
        and sum(1 for s in left if find_dates(s.text) or exact_key(s.text) or _MARGIN_LABEL.match(s.text)) * 3
        < len(left) * 2
        and not _notes_beside(left, right)
    )
    return gutter if columns else None


def _crossed_only_above_and_below(segments: list[Segment], gutter: float) -> bool:
    """Every segment that crosses ``gutter`` is above all the others or below all the others: a header and a
    footer across the page (a name over a summary, a print note at the foot) cross every gutter, and on a short
    page they are many of its segments."""
    tops = sorted(s.top for s in segments if not s.x0 < gutter < s.x1)
    if len(tops) < 8:
        return False
    first, last = tops[0] - 1.0, tops[-1] + 1.0
    return all(s.top < first or s.top > last for s in segments if s.x0 < gutter < s.x1)


#: a list's bullet drawn alone (a dash alone may be a range's, set apart in a cell)
_LIST_BULLETS = BULLETS.replace("-", "").replace("–", "").replace("—", "")
#: a short label that ends in a colon, set in a margin beside its value
_MARGIN_LABEL = re.compile(r"^\s*[^\W\d_][\w'’ -]{0,30}[:：]\s*$")


#: the type size from which a line's first cell is a name, not a heading or a label (18 pt and up)
_NAME_SIZE = 18.0


def _lines(segments: list[Segment], page: int, column: int) -> list[Line]:
    """Segments of one column joined per baseline (cells separated by ``CELL_SEP``)."""
    lines: list[Line] = []
    group: list[Segment] = []

    def close() -> None:
        if not group:
            return
        group.sort(key=lambda s: s.x0)
        first = group[0]
        start = first.x0  # where the line starts in the flow: a heading run in before it leaves it there
        if (
            len(group) > 1
            and (
                (exact_key(first.text) and abs(first.size - group[1].size) > 0.15 * first.size)
                # a name in large type beside small contacts on its baseline ("Jane Eyre   facebook.com/"): a line of
                # its own, in its own size, so the header sees how large the name is
                or first.size >= max(_NAME_SIZE, 1.5 * max(s.size for s in group[1:]))
            )
        ):
            # a section name in its own type size in a margin, beside the section's first line: a line of its own,
            # so the entry's title does not take the heading's style (nor the heading the title's)
            lines.append(
                Line(
                    first.text,
                    first.size,
                    first.bold,
                    page=page,
                    column=column,
                    top=first.top,
                    x0=first.x0,
                    x1=first.x1,
                )
            )
            group.pop(0)
            if group[0].x0 - first.x1 > 0.8 * first.size:
                start = group[0].x0  # a margin heading: the body starts right of it
        main = max(group, key=lambda s: s.chars)
        labels, index = set(), -1
        for s in group:
            index += sum(1 for c in s.text.split(CELL_SEP) if c.strip())
            if s.label:
                labels.add(index)
        lines.append(
            Line(
                text=CELL_SEP.join(s.text for s in group),
                size=main.size,
                bold=group[0].bold if len(group[0].text) > 1 else main.bold,  # the title's weight, not its date's
                page=page,
                column=column,
                top=min(s.top for s in group),
                x0=start,
                x1=group[-1].x1,
                labels=frozenset(labels),
            )
        )

    for seg in sorted(segments, key=lambda s: (s.top, s.x0)):
        if group and abs(seg.top - group[0].top) <= max(1.0, 0.35 * min(seg.size, group[0].size)):
            group.append(seg)
        else:
            close()
            group = [seg]
    close()
    return _centred_beside(_lone_bullets(lines))


def _centred_beside(lines: list[Line]) -> list[Line]:
    """A cell wrapped onto two lines with a cell centred beside it, between its baselines (Chromium's table rows
    and flex rows: "Software Development" / "Engineer" left of "Amazon Development Centre London   February 2016 —
    Present"): one line, the wrapped cell whole, then the other's cells."""
    out: list[Line] = []
    i = 0
    while i < len(lines):
        if i + 2 < len(lines) and _centred_between(lines[i], lines[i + 1], lines[i + 2]):
            above, beside, below = lines[i], lines[i + 1], lines[i + 2]
            cells = [f"{above.text} {below.text}", *beside.cells]
            out.append(above.retext(CELL_SEP.join(cells), cells, x1=beside.x1))
            i += 3
            continue
        out.append(lines[i])
        i += 1
    return out


def _centred_between(above: Line, beside: Line, below: Line) -> bool:
    size = above.size
    return (
        len(above.text.split()) <= 4
        and len(below.text.split()) <= 3
        and not above.text.rstrip().endswith((".", ",", ";", ":"))
        and len(beside.cells) >= 2
        and bool(find_dates(beside.cells[-1]))
        and len(above.cells) == 1
        and len(below.cells) == 1
        and abs(above.x0 - below.x0) <= 1
        and abs(above.size - below.size) <= 0.1
        and above.bold == below.bold
        and not above.bullet
        and not below.bullet
        and beside.x0 > max(above.x1, below.x1) + size
        and 0 < below.top - above.top <= 1.6 * size
        and abs((above.top + below.top) / 2 - beside.top) <= 0.25 * size
    )


def _lone_bullets(lines: list[Line]) -> list[Line]:
    """A bullet glyph set on its own baseline (Typst raises "‣") and the text to its right: one bulleted line."""
    out: list[Line] = []
    for line in lines:
        prev = out[-1] if out else None
        if (
            prev is not None
            and len(prev.text) == 1
            and prev.text in BULLETS
            and 0 < line.top - prev.top <= 0.6 * max(line.size, prev.size)
            and line.x0 >= prev.x1
        ):
            out[-1] = dataclasses.replace(
                line, text=f"{prev.text} {line.text}", cells=[], x0=prev.x0, labels=frozenset()
            )
        else:
            out.append(line)
    return out


def _form_labels(segments: list[Segment], gutter: float) -> set[int]:
    """The labels (as ``id``s) when the left of the gutter is a column of them, set flush right against it with
    most level with a value on the right (the Europass CV: "Occupation or position held   Position X"), or set
    flush left with nearly all level with one: a form to read across, row by row; else none."""
    left = [s for s in segments if s.x1 <= gutter]
    right_tops = sorted(s.top for s in segments if s.x0 >= gutter)
    if len(left) < 6 or not right_tops:
        return set()
    ends = Counter(round(s.x1) for s in left)
    edge = ends.most_common(1)[0][0]
    flush = [s for s in left if abs(s.x1 - edge) <= 2]
    paired = sum(1 for s in flush if _near(right_tops, s.top, 2.0))
    # a form has no headings beside headings (one sub-label at most): two columns of sections whose headings share
    # baselines, the left set flush right against the gutter (llresume), are columns
    named_right = sorted(s.top for s in segments if s.x0 >= gutter and vocabulary_key(s.text))
    twin_headings = sum(1 for s in left if vocabulary_key(s.text) and _near(named_right, s.top, 2.0)) >= 2
    if len(flush) >= 0.8 * len(left) and paired >= 0.6 * len(flush) and gutter - edge <= 40 and not twin_headings:
        return {id(s) for s in flush}
    # labels set flush left (LibreOffice's CV template: "Name   Joe Bloggs"): nearly every short left cell has its
    # value on the same baseline, which a sidebar beside a body almost never has (at most a quarter of its lines),
    # and the section headings are on the left only (a body beside a sidebar has its own)
    labels = [s for s in left if not exact_key(s.text)]
    beside = [s for s in labels if _near(right_tops, s.top, 1.0)]
    short = sum(1 for s in labels if len(s.text.split()) <= 4)
    headed_right = any(exact_key(s.text) for s in segments if s.x0 >= gutter)
    # a form's labels are no list: bullets down the left are a sidebar's lists (a Google Docs table of two columns
    # sets both at one leading, so its every line is level with one of the body's)
    listed = sum(1 for s in left if len(s.text.strip()) == 1 and s.text.strip() in _LIST_BULLETS) >= 3
    if (
        len(labels) >= 5
        and len(beside) >= 0.7 * len(labels)
        and short >= 0.8 * len(labels)
        and not headed_right
        and not listed
    ):
        return {id(s) for s in beside}
    # Europass's form (the rasko Typst package): smaller labels and the dates on the left, level with their values
    # within two points (tops aligned, not baselines), and no heading on the left at all
    beside = [s for s in labels if _near(right_tops, s.top, 2.0) and s.size < _size_at(segments, s.top, gutter)]
    unheaded = len(left) == len(labels)
    if len(labels) >= 8 and len(beside) >= 0.6 * len(labels) and short >= 0.8 * len(labels) and unheaded:
        return {id(s) for s in beside}
    return set()


def _size_at(segments: list[Segment], top: float, gutter: float) -> float:
    """The type size of the right-hand cell level with ``top`` (0 when there is none)."""
    return max((s.size for s in segments if s.x0 >= gutter and abs(s.top - top) <= 2.0), default=0.0)


def _margin_headings(segments: list[Segment], gutter: float) -> list[Segment] | None:
    """The page with its margin headings moved onto the baseline of the body line beside them, when the left
    "column" is section names set a little lower than their section's first line (react-pdf's margin labels): read
    across, each heading then heads its section. ``None`` when the left column is a column of its own."""
    left = [s for s in segments if s.x1 <= gutter]
    right_tops = sorted(s.top for s in segments if s.x0 >= gutter)
    keyed = [s for s in left if exact_key(s.text)]
    if (
        len(keyed) < 3
        or len(keyed) * 5 < len(left) * 2
        or sum(s.chars for s in left) > 0.15 * sum(s.chars for s in segments)
    ):
        return None
    moved: dict[int, float] = {}
    for s in keyed:
        beside = [t for t in right_tops if s.top - s.size <= t <= s.top + 1.0]
        if not beside:
            return None
        moved[id(s)] = beside[0]
    return [dataclasses.replace(s, top=moved[id(s)]) if id(s) in moved else s for s in segments]


def _margin_details(left: list[Segment]) -> int:
    """How many segments of a left margin are an entry's dates, or a short note right under them ("Dec 2015 – Jun
    2022" over "Part-time"): a margin of these beside the entries is read across, not as a column."""
    count = 0
    dated = False
    for s in sorted(left, key=lambda s: (s.top, s.x0)):
        if find_dates(s.text):
            count, dated = count + 1, True
        elif dated and len(s.text.split()) <= 3 and not exact_key(s.text):
            count, dated = count + 1, False
        else:
            dated = False
    return count


#: a sidebar's contact label, set over its value ("Endereço" / "Rua …", "Fone" / "(19) …"): the sidebar's first
#: line, no header above the page's columns
_CONTACT_LABEL = re.compile(
    r"(?i)(?:address|adresse|anschrift|endereço|dirección|indirizzo|phone|fone|telefone|teléfono|telefon|mail|e-?mail)"
)


def _notes_beside(left: list[Segment], right: list[Segment]) -> bool:
    """The right holds only short notes, each on a row of the left's and far apart (an entry's dates and link, a
    skill's level, beside its title: JSON Resume's Riga): read across, not as a column. A sidebar's lines follow
    one another at its leading, whatever rows they share with the left."""
    if not left:
        return False
    body = min(s.top for s in left)
    notes = sorted((s for s in right if s.top >= body - 2.0), key=lambda s: s.top)
    rows = sorted(s.top for s in left)
    if len(notes) < 3 or len(notes) * 3 > len(left) or any(s.chars > 30 for s in notes):
        return False
    gaps = sorted(b.top - a.top for a, b in itertools.pairwise(notes))
    return sum(1 for s in notes if _near(rows, s.top, 2.5)) >= 0.8 * len(notes) and gaps[
        len(gaps) // 2
    ] >= 3.0 * statistics.median(s.size for s in notes)


def _rows_aligned(right: list[Segment]) -> bool:
    """Most rows right of the gutter start on one of three edges, counting each row's first segment only: a column
    of skill tags set side by side (many segments a row) is still a column (LaTeX sidebars' tag rows)."""
    leaders: dict[int, Segment] = {}
    for s in right:
        row = round(s.top)
        if row not in leaders or s.x0 < leaders[row].x0:
            leaders[row] = s
    return len(leaders) >= 8 and _on_edges(Counter(round(s.x0) for s in leaders.values())) >= 0.8 * len(leaders)


def _on_edges(starts: Counter[int]) -> int:
    """How many segments start on one of the three most common left edges (2 pt apart or more): a column's text,
    its indented bullets and its titles."""
    edges: list[int] = []
    for x0, _n in starts.most_common():
        if len(edges) == 3:
            break
        if all(abs(x0 - e) > 2 for e in edges):
            edges.append(x0)
    return sum(n for x0, n in starts.items() if any(abs(x0 - e) <= 2 for e in edges))


def page_lines(page: PdfPage, number: int) -> tuple[list[Line], bool]:
    """The page's lines in reading order, and whether it was read as two columns."""
    bands = glyph_bands(page.glyphs)
    stops = label_stops(bands)
    segments = [s for band in bands for s in band_segments(band, stops)]
    gutter = _gutter(segments)
    if gutter is not None and (snapped := _margin_headings(segments, gutter)) is not None:
        segments, gutter = snapped, None
    labels = _form_labels(segments, gutter) if gutter is not None else set()
    if labels:  # a form: labels flush right, values beside them, read across
        segments = [dataclasses.replace(s, label=True) if id(s) in labels else s for s in segments]
        gutter = None
    if gutter is None and not labels:
        return [line for group in reading_order(segments) for line in _lines(group, number, 0)], False
    if gutter is None:
        return _lines(segments, number, 0), False
    if any(s.x0 < gutter < s.x1 for s in segments):  # a cell across the gutter may be two, a wide gap between
        segments = [s for band in bands for s in band_segments(band, stops, gutter)]
    crossing = [s for s in segments if s.x0 < gutter < s.x1]
    left = [s for s in segments if s.x1 <= gutter]
    right = [s for s in segments if s.x0 >= gutter]
    right_tops = sorted(s.top for s in right)
    # above the first baseline where both columns have text, a header spans the gutter (Deedy centres the name
    # and contact lines; a date stamp sits at the top right): read all of it first
    row = next((t for t in sorted(s.top for s in left) if _near(right_tops, t, 3.0)), None)
    spanning = [s.top for s in crossing if row is not None and s.top < row - 3.0]
    above_left = row is not None and any(s.top < row - 3.0 for s in left)
    above_right = row is not None and any(s.top < row - 3.0 for s in right)
    if spanning:  # a header across both columns: it reaches down to its last line that spans the gutter
        header = [s for s in segments if s.top <= max(spanning) + 1.0]
    elif (
        row is not None
        and above_left != above_right
        # name and contacts above one column only (a photo or nothing beside them); not a column's first sections
        # (Twenty Seconds' sidebar starts lower, under a photo, beside "interests" and "education") nor a sidebar's
        # first contact label ("Endereço" over the address, the name atop the other column)
        and not any(
            exact_key(s.text) or _CONTACT_LABEL.fullmatch(s.text.strip()) for s in segments if s.top < row - 3.0
        )
    ):
        header = [s for s in segments if s.top < row - 3.0]
    else:  # a sidebar from the top of the page: only lines crossing the gutter above both columns
        column_top = min(s.top for s in left + right)
        header = [s for s in crossing if s.top <= column_top + 1]
    if not header and right:  # the name atop the right column (a sidebar on the left): its block leads
        largest = max(segments, key=lambda s: s.size)
        headings = [s.top for s in right if exact_key(s.text)]
        first_heading = min(headings) if headings else None
        if largest in right and first_heading is not None and largest.top < first_heading:
            header = [s for s in right if s.top < first_heading]
    above = {id(s) for s in header}
    rest = [s for s in crossing if id(s) not in above]
    left = [s for s in left if id(s) not in above]
    right = [s for s in right if id(s) not in above]
    left_lines, right_lines = _lines(left + rest, number, 1), _lines(right, number, 2)
    if (blocks := margin_order(left_lines, right_lines)) is not None:  # a margin of titles: read block by block
        return _lines(header, number, 0) + blocks, False
    return _lines(header, number, 0) + left_lines + right_lines, True


def continued_column(lines: list[Line]) -> list[Line]:
    """A two-column page after another: the right column's lines above its first heading, when the left column
    opens with one, go on with the section the right column of the page before ended in (the skills that ran
    over), so they are read first, not after the left column's last section."""
    right = [line for line in lines if line.column == 2]
    left = [line for line in lines if line.column == 1]
    if not right or not left or exact_key(right[0].text) or not exact_key(left[0].text):
        return lines
    heading = next((k for k, line in enumerate(right) if exact_key(line.text)), len(right))
    run = {id(line) for line in right[:heading]}
    at = next(k for k, line in enumerate(lines) if line.column == 1)  # the header lines come before the columns
    return [*lines[:at], *right[:heading], *(line for line in lines[at:] if id(line) not in run)]


def run_over(lines: list[Line], page: list[Line], before: int) -> tuple[list[Line], list[Line]]:
    """A page of one column after a page of two whose left column is the body: the lines the page opens with,
    above its first heading and set where that body was, go on with the body's last section (an R pagedown CV's
    jobs that ran over), so they are read before the sidebar, not after its last section. Returns the lines read
    so far and the page's lines left to add."""
    left = [line for line in lines if line.page == before and line.column == 1]
    right = [line for line in lines if line.page == before and line.column == 2]
    heading = next((k for k, line in enumerate(page) if line.heading or exact_key(line.text)), len(page))
    if not left or not right or heading == 0:
        return lines, page
    body_x, side_x = min(line.x0 for line in left), min(line.x0 for line in right)
    widths = (max(x.x1 for x in left) - body_x, max(x.x1 for x in right) - side_x)
    if widths[0] <= widths[1] or any(not body_x - 10 <= line.x0 < side_x - 10 for line in page[:heading]):
        return lines, page  # a sidebar on the left: the body ends the page before, the run goes on from there
    at = next(k for k, line in enumerate(lines) if line.page == before and line.column == 2)
    return [*lines[:at], *page[:heading], *lines[at:]], page[heading:]


def _near(ordered: list[float], value: float, tolerance: float) -> bool:
    at = bisect.bisect_left(ordered, value - tolerance)
    return at < len(ordered) and ordered[at] <= value + tolerance
