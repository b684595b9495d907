"""Dates set apart from their title, brought onto the title's line before a section is split into entries.

Templates put an entry's dates in many places: a right-hand cell beside the first bullet (RenderCV), a range
wrapped over two lines of a narrow column, a margin where the range is stacked ("2015" / "|" / "present", or the
end over the start), a bullet that holds only the dates over the title. Each rule here moves such dates to where
the entry splitter looks for them: the title line.
"""

from __future__ import annotations

import dataclasses
import re

from .codelangs import technology
from .datedlists import dated_bullets, dates_under_titles
from .dateline import dated, only_dates, title_text
from .dates import DURATION, find_dates
from .lines import CELL_SEP, Line
from .places import LOCATION
from .stacked import date_or_present, months_over_years, single, stacked_dates, stacked_range
from .titles import AT_WORDS


def prepare(lines: list[Line]) -> list[Line]:
    """The section's lines with every entry's dates on its title line."""
    lines = _dates_beside_blocks(_dates_around_titles(_dangling_at(_dates_labelled_below(_dated_heads(lines)))))
    return _hoist_dates(
        dated_bullets(
            dates_under_titles(
                _join_broken_dates(
                    stacked_dates(_trailing_dates(_grades_apart(_dash_lines(_run_in_bodies(months_over_years(lines))))))
                )
            )
        )
    )


def _dated_heads(lines: list[Line]) -> list[Line]:
    """A paragraph that opens with an entry's title and dates and goes on with its description, run together
    (Markdown's soft line break: "CodersLab IT Academy | Leden 2025 - Srpen 2025 169 hodinový intenzivní
    bootcamp …"): the title and dates, then the description, as two lines."""
    out: list[Line] = []
    for line in lines:
        words = line.text.split()
        spans = find_dates(line.text) if len(words) > 16 and not line.bullet else []
        head = line.text[: spans[0].begin] if spans else ""
        rest = line.text[spans[0].stop :].strip() if spans else ""
        if (
            spans
            and 1 <= len(head.split()) <= 8
            and _HEAD_SEPARATOR.search(head)
            and len(rest.split()) >= 4
            and (rest[:1].isupper() or rest[:1].isdigit())
            and not _names_where(rest)
        ):
            out += [line.retext(line.text[: spans[0].stop].rstrip()), line.retext(rest, bold=False)]
            continue
        out.append(line)
    return out


def _names_where(text: str) -> bool:
    """The words after the dates name where the job was, no description: capitalised names, a comma or two, no
    sentence's end ("Dr. Kathy Foltz Laboratory, University of California – Santa Barbara, Santa Barbara, CA")."""
    words = [w for w in text.split() if w not in _NAME_JOINERS]
    parts = [p.strip() for p in text.split(",")]
    return (
        not text.endswith(".")
        and len(parts) >= 2
        and len(words) <= _NAMED_WORDS
        and sum(w[:1].isupper() for w in words) >= 0.8 * len(words)
        # it ends in a place ("…, Santa Barbara, CA"), not in a list of tools ("Kubernetes, Terraform, AWS")
        and bool(LOCATION.match(", ".join(parts[-2:])) or LOCATION.match(parts[-1]))
        and not any(technology(p) for p in parts)
    )


_NAME_JOINERS = frozenset({"of", "and", "&", "–", "-", "—", "for", "the", "de", "du", "des", "la", "le"})
_NAMED_WORDS = 18
#: what parts a title's name from its dates: "Acme | 2019 – 2021", "Acme · 2019", "Acme – 2019"
_HEAD_SEPARATOR = re.compile(r"\s(?:\||·|–|—|-)\s*$")


_AT_END = re.compile(rf"\s(?:@|{AT_WORDS})$", re.IGNORECASE)


#: a line that says when a degree was (or will be) taken: "Graduated: June 2016", "Graduation: May 2012"
_DATE_LABEL = re.compile(
    r"(?i)^(?:graduated|graduation(?: date)?|expected(?: graduation)?|completed|date of graduation|abschluss|"
    r"diplômé|graduado|graduada|formado|formada|conclusão|conclusión)\s*[:：]\s*"
)


def _dates_labelled_below(lines: list[Line]) -> list[Line]:
    """Each entry's dates on a labelled line under its title ("Eastern Kentucky University – Richmond, KY  Bachelor
    of Science" / "GPA: 3.74" / "Graduated: June 2016"), no other line dated: the dates go on the entry's first
    line, the line after the last labelled dates (or the section's first); what the labelled line says besides
    them stays where it is."""
    marked = [i for i, line in enumerate(lines) if _DATE_LABEL.match(line.text) and find_dates(line.text)]
    if len(marked) < 2 or any(dated(line) for i, line in enumerate(lines) if i not in marked):
        return lines
    out: list[Line] = []
    for k, i in enumerate(marked):
        first = (marked[k - 1] + 1) if k else 0
        label = _DATE_LABEL.match(lines[i].text)
        if first >= i or lines[first].bullet or label is None:
            return lines
        cells = [c.strip() for c in lines[i].text[label.end() :].split(CELL_SEP) if c.strip()]
        dates = next((c for c in cells if find_dates(c)), "")
        rest = [lines[i].retext(CELL_SEP.join(c for c in cells if c != dates))] if len(cells) > 1 else []
        # the title with its dates, then what the labelled line says besides them, then the entry's other lines
        out += [lines[first].retext(f"{lines[first].text}{CELL_SEP}{dates}"), *rest, *lines[first + 1 : i]]
    return out + lines[marked[-1] + 1 :]


def _dates_around_titles(lines: list[Line]) -> list[Line]:
    """Dates in a small type in the margin, the start just above the title's baseline and the end just below it
    ("2017" / "Self-service data analytics, CapGemini, Marseille." / "2018", a moderncv variant): the range, or the
    one date, joins the title line as its first cell. Only in laid-out documents (PDF), two such titles or more."""
    found: list[tuple[int, int, int | None]] = []  # (start's line, title's line, end's line)
    used = -1  # the last line a range took
    for i in range(len(lines) - 1):
        top, title = lines[i], lines[i + 1]
        if i <= used or not _margin_date(top, title):
            continue
        below = lines[i + 2] if i + 2 < len(lines) else None
        end = i + 2 if below is not None and _margin_date(below, title) else None
        found.append((i, i + 1, end))
        used = end if end is not None else i + 1
    if len(found) < 2:
        return lines
    out = list(lines)
    drop: set[int] = set()
    for i, t, j in found:
        date = lines[i].text.strip()
        if j is not None:
            date = stacked_range(date, lines[j].text.strip(), False) or date
            drop.add(j)
        drop.add(i)
        # a title is no list item, whatever mark the margin's dates left before it
        out[t] = lines[t].retext(CELL_SEP.join([date, *lines[t].cells]), [date, *lines[t].cells], bullet=False)
    return [line for k, line in enumerate(out) if k not in drop]


def _dates_beside_blocks(lines: list[Line]) -> list[Line]:
    """Dates alone in a margin beside an entry's block, level with its second or third line ("Universidade do Vale
    do Itajaí" / "Ciência da Computação", "2021 - 2026" in the margin beside them): the dates join the block's first
    line, its title in bold. Only in laid-out documents (PDF), two such entries or more."""
    found: list[tuple[int, int]] = []  # (the dates' line, the title's line)
    for i, line in enumerate(lines):
        if i < 2 or line.x1 <= 0 or len(line.cells) != 1 or dated(line) is None or not only_dates(line):
            continue
        for k in range(i - 1, max(-1, i - 4), -1):
            above = lines[k]
            if above.x0 <= line.x1 + 10 or dated(above) is not None or above.page != line.page:
                break  # the margin's own line, another date: no block beside it
            if above.bold and k < i - 1 and (k == 0 or not lines[k - 1].bold):
                found.append((i, k))
                break
    if len(found) < 2:
        return lines
    out = list(lines)
    for i, k in found:
        date = lines[i].text.strip()
        out[k] = lines[k].retext(CELL_SEP.join([*lines[k].cells, date]), [*lines[k].cells, date])
    dropped = {i for i, _k in found}
    return [line for n, line in enumerate(out) if n not in dropped]


def _margin_date(line: Line, title: Line) -> bool:
    """``line`` is one date alone in a smaller type, left of where ``title`` (no date of its own) starts."""
    return (
        line.x1 > 0
        and len(line.cells) == 1
        and line.size < title.size - 1
        and line.x0 < title.x0 - 3
        and single(line.text)
        and not find_dates(title.text)
        and len(title.text.split()) >= 2
    )


def _dangling_at(lines: list[Line]) -> list[Line]:
    """ "Product Designer @" over "Creatix Labs" (an HTML template that sets the employer in a link of its own): one
    title line again."""
    out: list[Line] = []
    for line in lines:
        last = out[-1] if out else None
        if (
            last is not None
            and not line.bullet
            and _AT_END.search(last.text.strip())
            and len(last.text.split()) <= 8
            and len(line.text.split()) <= 8
        ):
            out[-1] = last.retext(f"{last.text.strip()} {line.text.strip()}", bullet=last.bullet)
            continue
        out.append(line)
    return out


_RUN_IN = re.compile(r"\)?\s+[-–—]\s+(?=\S)|\)?:\s+(?=\S)")
_ITEM_DASH = re.compile(r"\s+-\s+(?=[^\W\d_])")


def _run_in_bodies(lines: list[Line]) -> list[Line]:
    """ "Senior Engineer, Acme Inc. (2020 – Present) - Led the migration … - Developed …": a title and its dates run
    into their description on one line (a converter that flattened a list): the title line, then one line per
    dash-led item."""
    out: list[Line] = []
    for line in lines:
        text = line.text
        spans = find_dates(text) if not line.bullet and len(text.split()) > 16 else []
        cut = _RUN_IN.match(text, spans[0].stop) if spans and spans[0].begin <= 120 else None
        rest = text[cut.end() :] if cut else ""
        if not cut or len(rest.split()) < 6 or not text[: spans[0].begin].strip():
            out.append(line)
            continue
        out.append(line.retext(text[: cut.end()].rstrip(" -–—:")))
        out.extend(line.retext(f"• {item.strip()}", gap_before=0.0) for item in _ITEM_DASH.split(rest) if item.strip())
    return out


_GRADE_AFTER = re.compile(
    r"(?P<grade>\b(?:GPA|CGPA|Grade|Note|Notenschnitt|Moyenne|Promedio|Média|Voto)\s*:?\s*"
    r"[\d.,]+(?:\s*/\s*[\d.,]+)?)\s*$",
    re.IGNORECASE,
)


def _grades_apart(lines: list[Line]) -> list[Line]:
    """ "2019- 2021 | GPA: 3.71 / 4.00": the grade beside a school's dates is a line of its own under them, so the
    dates' line is dates alone and takes its title from above."""
    out: list[Line] = []
    for line in lines:
        text = line.text.strip()
        m = _GRADE_AFTER.search(text)
        dates = text[: m.start()].rstrip(" |,·–—-") if m else ""
        if m and dates and find_dates(dates) and only_dates(Line(dates)):
            out.append(line.retext(dates))
            out.append(line.retext(m.group("grade"), gap_before=0.0))
        else:
            out.append(line)
    return out


_DASH_ALONE = re.compile(r"^(?:[-–—|]|to|bis|à|a|até|al)$", re.IGNORECASE)


def _dash_lines(lines: list[Line]) -> list[Line]:
    """ "02/2014" / "-" / "08/2018": a range written one piece a line (a table cell or a flex box read line by line)
    is one line again."""
    out: list[Line] = []
    i = 0
    while i < len(lines):
        trio = lines[i : i + 3]
        if (
            len(trio) == 3
            and _DASH_ALONE.match(trio[1].text.strip())  # the cheap test first: most lines are no dash
            and len(trio[0].cells) >= 2
            and single(trio[0].cells[0])
            and date_or_present(trio[2].cells[0])
        ):
            # the same down a margin beside the entry's lines ("01/2010  Dog University" / "-" / "05/2014  Master
            # of Arts"): the range in the first line's cell, the other cells where they were
            first = [f"{trio[0].cells[0]} – {trio[2].cells[0]}", *trio[0].cells[1:]]
            out.append(trio[0].retext(CELL_SEP.join(first), first))
            if len(trio[2].cells) > 1:
                out.append(trio[2].retext(CELL_SEP.join(trio[2].cells[1:]), trio[2].cells[1:]))
            i += 3
            continue
        if (
            len(trio) == 3
            and _DASH_ALONE.match(trio[1].text.strip())
            and single(trio[0].text.strip())
            and date_or_present(trio[2].text.strip())
        ):
            out.append(trio[0].retext(f"{trio[0].text.strip()} – {trio[2].text.strip()}"))
            i += 3
            continue
        out.append(lines[i])
        i += 1
    return out


def _trailing_dates(lines: list[Line]) -> list[Line]:
    """Entries whose dates close them ("SENIOR WEB DEVELOPER" / "INTELITEC SOLUTIONS" / a paragraph / "March 2013 -
    Present", as Start Bootstrap's résumé sets them): each line of dates alone moves up under its entry's title
    lines, the larger or bold short lines its block starts with. Only where every such line closes a paragraph or a
    labelled line ("GPA: 3.23") set under such a title."""
    marks = [i for i, line in enumerate(lines) if not line.bullet and dated(line) and only_dates(line)]
    if len(marks) < 2:
        return lines
    out: list[Line] = []
    start = 0
    for i in marks:
        block = lines[start:i]
        if lines[i - 1].bold:
            return lines  # the dates do not close a paragraph: the usual order
        k = 0
        while (
            k < len(block)
            and len(block[k].text.split()) <= 8
            and (block[k].bold or block[k].size >= lines[i].size * 1.2)
        ):
            k += 1
        if k == 0 or not any(len(line.text.split()) > 8 or _LABEL.match(line.text) for line in block[k:]):
            return lines  # no title, or no paragraph or labelled line ("GPA: 3.23") between it and the dates
        moved = dataclasses.replace(lines[i], gap_before=0.0)  # it now stands right under its title
        out.extend([*block[:k], moved, *block[k:]])
        start = i + 1
    return [*out, *lines[start:]]


_LABEL = re.compile(r"^[^\W\d_][\w .'’/&-]{0,30}:\s*\S")  # "GPA: 3.23", "Grade: 1.3"

_DANGLING = re.compile(r"[-–—]\s*[^\W\d_]{3,10}\.?$")


_YEAR_START = re.compile(r"^(?:1[6-9]|20)\d{2}\b")
#: a bracket opened before a month at a line's end
_BRACKETED_MONTH = re.compile(r"\(\s*[^\W\d_]{3,10}\.?$")


def _bracket_closed(month: str, line: str) -> bool:
    """The line goes on with the year after ``month`` and closes its bracket: the range the line's end cut."""
    text = line.strip()
    if not (_YEAR_START.match(text) and text.endswith(")") and len(text.split()) <= 6):
        return False
    spans = find_dates(f"{month.lstrip('( ')} {text}")
    return bool(spans) and spans[0].begin == 0 and spans[0].start is not None and len(spans[0].start) == 7


def _join_broken_dates(lines: list[Line]) -> list[Line]:
    """ "Jul 2011 – Aug" + "2013" (a date range wrapped in a narrow column) as one line; and a margin cell that
    ends with its dash ("Déc. 2023—  Développeur…") over one that holds the end ("Aujourd’hui  Investigation…"):
    the end joins the start's cell, the rest of its line stays."""
    out: list[Line] = []
    for line in lines:
        prev = out[-1] if out else None
        if prev and _DANGLING.search(prev.text) and _YEAR_START.match(line.text) and len(line.text.split()) <= 3:
            out[-1] = prev.retext(f"{prev.text} {line.text}")
        elif prev and (month := _BRACKETED_MONTH.search(prev.text)) and _bracket_closed(month.group(), line.text):
            out[-1] = prev.retext(f"{prev.text} {line.text}")  # LinkedIn's "· (September" / "2015 - February 2019)"
        elif (
            prev
            and len(prev.cells) >= 2
            and line.cells
            and _OPEN_RANGE.search(prev.cells[0])
            and find_dates(prev.cells[0])
            and date_or_present(line.cells[0])
        ):
            out[-1] = prev.retext(CELL_SEP.join([f"{prev.cells[0]} {line.cells[0]}", *prev.cells[1:]]))
            if len(line.cells) > 1:
                out.append(line.retext(CELL_SEP.join(line.cells[1:])))
        else:
            out.append(line)
    return out


_OPEN_RANGE = re.compile(r"[-–—]\s*$")


def _date_cell(cell: str) -> bool:
    return bool(find_dates(cell)) and only_dates(Line(cell))


def _hoist_dates(lines: list[Line]) -> list[Line]:
    """A date range in a right-hand cell beside an entry's first bullet belongs to the entry's title line.

    A bold bulleted line right above a dated line is that entry's title ("• Google  Mountain View, CA").

    RenderCV's and similar grids set the title on one line and the dates in a right column that starts level
    with the first bullet; a duration cell there ("4 months", "2 years 10 months") is dropped as derived.
    """
    out = list(lines)
    for i, line in enumerate(out):
        larger = i + 1 < len(out) and line.size >= out[i + 1].size + 1.5  # "■ 見本モバイル株式会社  2020年4月 - 現在"
        # "• Senior IT Technician at Bay Area Tech" / "June 2020 - present" / deeper bullets (genpdf): the outer item
        outer = (
            line.bullet  # (tested first: the dates' search below is the costly part)
            and i + 2 < len(out)
            and line.x1 > 0
            and not out[i + 1].bullet
            and bool(dated(out[i + 1]))
            and only_dates(out[i + 1])
            and out[i + 2].bullet
            and out[i + 2].x0 > line.x0 + 8
        )
        if (
            line.bullet
            and (line.bold or larger or outer)
            and (
                ((line.bold or outer) and i + 1 < len(out) and not out[i + 1].bullet and dated(out[i + 1]))
                or (len(line.cells) >= 2 and _date_cell(line.cells[-1]))  # "• President  Acme  2013 – 2014"
            )
        ):
            out[i] = line = dataclasses.replace(line, bullet=False)  # noqa: PLW2901 - a bulleted entry title
        if len(line.cells) < 2 or i == 0:
            continue
        if DURATION.fullmatch(line.cells[-1].strip()):
            out[i] = line.retext(CELL_SEP.join(line.cells[:-1]), bullet=line.bullet)
        line = out[i]  # noqa: PLW2901 - the line without its duration
        if not line.bullet or len(line.cells) < 2:
            continue
        spans = find_dates(line.cells[-1])
        title = out[i - 1]
        if (
            not spans
            or title_text(Line(line.cells[-1]), spans[-1])
            or title.bullet
            or title.heading
            or find_dates(title.text)
        ):
            continue
        out[i - 1] = title.retext(title.text + CELL_SEP + line.cells[-1])
        out[i] = line.retext(CELL_SEP.join(line.cells[:-1]), bullet=True)
    return out
