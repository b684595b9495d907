"""List items that are entries' titles: a bullet that holds an entry's dates over its title, bold items that open
with their dates over plain ones, items that end in their dates over their employer. Such items are made plain
title lines, so the entry splitter finds their dates where it looks for them."""

from __future__ import annotations

import dataclasses
import itertools
import re

from .dateline import dated, fills_cell, line_span, only_dates, title_text
from .dates import DURATION, find_dates
from .lines import CELL_SEP, Line
from .places import LOCATION
from .rawentry import LABELLED, is_placed, is_short
from .roles import job_score
from .titles import split_title
from .vocabulary import vocabulary_key


def dated_bullets(lines: list[Line]) -> list[Line]:
    """Bulleted titles: where no plain line carries a date and two or more bullets end in a date cell of their
    own, with smaller or deeper bullets under them ("■ M.S. in Geophysics   Aug 2006 – Aug 2008" over "• GPA: 3.7"),
    or hold only their dates over a plain line (a Markdown list item: "- 2023 - 2024" / "Degree 2. Institute"),
    those bullets are the entries' title lines."""
    lines = _large_items(lines)
    if any(dated(line) for line in lines):
        return _beside_dated(lines)
    lines = [part for line in lines for part in _described(line)]
    if titles := _bare_dated(lines) or _bold_dated(lines) or _dated_openers(lines):
        return _unbulleted(lines, titles)
    # items that end in their dates, each but the last of a run over its employer in a plain line ("• Workshop
    # Presenter, November 1995" / "First combined International Reading Association Regional Conference")
    ending = [i for i, line in enumerate(lines) if line.bullet and _ends_dated(line, parts=1)]
    over = [
        i
        for i in ending
        if i + 1 < len(lines)
        and not (lines[i + 1].bullet or lines[i + 1].bold or lines[i + 1].heading)  # the employer in plain type,
        and lines[i + 1].size <= lines[i].size  # not the next entry's title
        and not dated(lines[i + 1])
    ]
    if len(over) >= 2 and len(over) * 2 >= len(ending):
        return _unbulleted(lines, ending)
    # a section that is one list, each item a short title ending in its date ("- B.S. Computer Science - University
    # of Texas - 05/2000", "- Engineer at Acme (2019 – 2021)"): each item is an entry
    if items := _one_list(lines):
        ending = [i for i, line in enumerate(items) if _ends_dated(line) or _opens_dated(line)]
        listed = (
            ending
            if (ending and len(ending) * 2 >= len(items)) or _heads_duties(items, ending)
            else _nested_titles(items)
        )
        if listed:
            return _unbulleted(lines, listed)
    titles = [
        i
        for i, line in enumerate(lines)
        if line.bullet
        and len(line.cells) >= 2
        and find_dates(line.cells[-1])
        and fills_cell(line.text, line_span(line))
    ]
    # RenderCV sets each entry's dates beside its first bullet, under its title line: that is _hoist_dates' case
    # (a link's label over the next item, "Github Link", ends the entry before: no title line)
    if len(titles) < 2 or all(
        i > 0 and not lines[i - 1].bullet and not _LINK_LABEL.fullmatch(lines[i - 1].text.strip()) for i in titles
    ):
        return lines
    deeper = [
        line
        for line in lines
        if line.bullet and (line.x0 > lines[titles[0]].x0 + 1 or line.size < lines[titles[0]].size)
    ]
    return _unbulleted(lines, titles) if deeper else lines


#: the label of a link set under an entry ("Github Link", "Live Demo", "Source code")
_LINK_LABEL = re.compile(r"(?i)(?:github|gitlab|project|demo|live|source|repo)?\s*(?:link|demo|code|repo(?:sitory)?)s?")


def _large_items(lines: list[Line]) -> list[Line]:
    """List items set a fifth larger than the section's plain lines ("• Universidad Nacional de Misiones  Misiones –
    Argentina" in 14 pt over "Licenciatura en Sistemas de Información  Feb. 2019 – Jun. 2024" in 11): entries'
    titles a word processor bulleted, no list items (in a laid-out page, where sizes are drawn, not styles')."""
    plain = sorted(line.size for line in lines if not line.bullet and line.size > 0)
    if not plain:
        return lines
    body = plain[len(plain) // 2]
    return [
        dataclasses.replace(line, bullet=False)
        if line.bullet and line.x1 > 0 and line.size >= body * 1.2 and len(line.text.split()) <= 12
        else line
        for line in lines
    ]


def _beside_dated(lines: list[Line]) -> list[Line]:
    """Bold items that open with their dates are titles still, beside plain dated lines (Google Docs' first jobs a
    bold list, the older ones plain paragraphs); so is a list of earlier jobs under a line of its own, whose label is
    no title of the first ("Previous Experience")."""
    if bold := _bold_dated(lines):
        return _unbulleted(lines, bold)
    if earlier := _earlier_jobs(lines):
        return [line for i, line in enumerate(_unbulleted(lines, earlier)) if i != earlier[0] - 1]
    return lines


def _earlier_jobs(lines: list[Line]) -> list[int]:
    """A list of earlier jobs after the dated ones, under a short line of its own ("Previous Experience" over
    "- Quality Engineering Manager, Kyte (2010–2012)" / "- Senior QA Engineer, Coincident TV (2008–2010)"): each
    item a title of two parts ending in its dates; two or more, or none. The label must name work experience and
    stand after a dated line ("Selected projects" over dated items under a job is that job's)."""
    first = next((k for k, line in enumerate(lines) if dated(line)), len(lines))
    for i, line in enumerate(lines[:-2]):
        if i <= first or line.bullet or dated(line) or not is_short(line) or vocabulary_key(line.text) != "work":
            continue
        run = list(itertools.takewhile(lambda k: lines[k].bullet and _ends_dated(lines[k]), range(i + 1, len(lines))))
        if len(run) >= 2 and (run[-1] + 1 == len(lines) or not lines[run[-1] + 1].bullet):
            return run
    return []


def _dated_openers(lines: list[Line]) -> list[int]:
    """Items that open with their dates and a mark, each over plain lines set deeper (LibreOffice's "• Février
    2022-Juin 2022 | BEONTEK TECHNOLOGIES, Agadir, Maroc" over an indented "Développement Web" and its text): the
    items are titles, the lines under them their entries' own; every item of the section such an item, or none."""
    items = [i for i, line in enumerate(lines) if line.bullet]
    heads = [
        i
        for i in items
        if _opens_dated(lines[i], parts=1)
        and i + 1 < len(lines)
        and not lines[i + 1].bullet
        and lines[i].x1 > 0
        and lines[i + 1].x0 >= lines[i].x0 + 5
    ]
    return heads if heads and heads == items else []


def _one_list(lines: list[Line]) -> list[Line]:
    """The section's list when the section is one list, labelled notes with no dates after it allowed ("- MFA,
    Creative Writing · San Francisco State University · 2021–2024" … then "**Writing:** Short fiction published in
    …"); an undated line that is no labelled note may be an entry of its own ("Google Cloud Professional Data
    Engineer" after the dated certificates), and ends no list."""
    n = next((i for i, line in enumerate(lines) if not line.bullet), len(lines))
    rest = lines[n:]
    if (n < 2 and rest) or any(
        line.bullet or line.heading or find_dates(line.text) or not LABELLED.match(line.text) for line in rest
    ):
        return []
    return lines[:n]


def _heads_duties(lines: list[Line], ending: list[int]) -> bool:
    """Dated items, the list's first among them, each over items of its own in one flat list ("• Vodafone, Intern
    (2023 Summer)" / "• Customer service" / "• Teamwork" / "• Pharmacy, Intern (2022 Summer)" / …), each naming a job
    (not duties that end in a year: "• Migrated billing to AWS, cut costs 30% (2021)"): the titles."""
    return (
        len(ending) >= 2
        and ending[0] == 0
        and all(b - a >= 2 for a, b in itertools.pairwise(ending))
        and all(any(job_score(p) > 0 for p in split_title(_undated(lines[i]))) for i in ending)
    )


def _undated(line: Line) -> str:
    """The line's text without its last dates."""
    spans = find_dates(line.text)
    return title_text(line, spans[-1]) if spans else line.text


def _nested_titles(lines: list[Line]) -> list[int]:
    """A nested list of entries (LibreOffice's: "University of York   York, UK" over an indented "BSc (Hons)
    Mathematics (2:2) September 2014 – June 2017"): each item ending in its dates and the undated item right above
    it, less indented or a name and its place, are one entry's title lines; two such pairs or more, or none."""
    pairs = [
        i
        for i in range(1, len(lines))
        if _ends_dated(lines[i], parts=1)
        # set less indented, or (in a word processor's list, no indent known) a name and its place
        and (lines[i - 1].x0 + 5 <= lines[i].x0 or is_placed(lines[i - 1]))
        and not find_dates(lines[i - 1].text)
    ]
    return sorted({k for i in pairs for k in (i - 1, i)}) if len(pairs) >= 2 else []


def dates_item(lines: list[Line], title: int, end: int) -> int | None:
    """The first list item after line ``title`` and before ``end`` that holds only dates ("- Feb 2022 – Feb 2024"),
    no heading between; ``None`` where there is none."""
    for j in range(title + 1, min(end, len(lines))):
        if lines[j].heading:
            return None
        if lines[j].bullet and find_dates(lines[j].text) and only_dates(lines[j]):
            return j
    return None


def dates_under_titles(lines: list[Line]) -> list[Line]:
    """Each entry's dates as the first item of the list under its title line (RenderCV's Markdown: "Swan, Site
    Reliability Engineer" over "- Feb 2022 – Feb 2024" / "- Bordeaux, France"), where no plain line is dated and two
    titles or more are so: the dates, and a place item right after them, join the title's line."""
    if any(dated(line) for line in lines):
        return lines
    under = [
        i
        for i in range(len(lines) - 1)
        if not lines[i].bullet
        and not find_dates(lines[i].text)
        and dates_item(lines, i, i + 2) == i + 1
        # (not the dates over a title in plain lines under them: "- 2023 - 2024" / "Degree 2. Institute")
        and (i + 2 == len(lines) or lines[i + 2].bullet)
    ]
    if len(under) < 2:
        return lines
    out: list[Line] = []
    taken: set[int] = set()
    for i, line in enumerate(lines):
        if i in taken:
            continue
        if i not in under:
            out.append(line)
            continue
        cells, taken = [*line.cells, lines[i + 1].text.strip()], taken | {i + 1}
        if i + 2 < len(lines) and lines[i + 2].bullet and LOCATION.match(place := lines[i + 2].text.strip()):
            cells, taken = [*cells, place], taken | {i + 2}
        out.append(line.retext(CELL_SEP.join(cells), cells))
    return out


def _bare_dated(lines: list[Line]) -> list[int]:
    """List items that open with their dates alone, each title on the lines under it ("- 2023 - 2024" / "Degree
    2"): two or more, or none."""
    bare = [
        i
        for i, line in enumerate(lines[:-1])
        if line.bullet
        and find_dates(line.text)
        and only_dates(line)
        and not lines[i + 1].bullet
        and not dated(lines[i + 1])
    ]
    return bare if len(bare) >= 2 else []


def _bold_dated(lines: list[Line]) -> list[int]:
    """Bold items that open with their dates over items or lines in plain type (a nested Markdown list: "- **2018–now
    — Rule engine @ Rijkswaterstaat**" over "  - Lead frontend"; a Google Docs list of jobs, each "12/2016 -
    Atualmente  Kognit" over a paragraph): those items, and any other item that opens with its dates (one whose
    employer's link was not bold), are the titles."""
    opening = [i for i, line in enumerate(lines) if line.bullet and (_opens_dated(line) or _bold_opener(line))]
    bold = [i for i in opening if lines[i].bold]
    if (
        len(bold) >= 2
        and len(bold) * 2 >= len(opening)
        and any(i + 1 < len(lines) and not (lines[i + 1].bold or dated(lines[i + 1])) for i in bold)
    ):
        return opening
    return []


_SAID = re.compile(r"^\s*[)）\]]?\s*[:：—–-]\s*(?=\S)")


def _described(line: Line) -> list[Line]:
    """A list item of a title of two parts, its dates, then what was done ("Acme · Engineer (2023–now): Kept the
    API up", "某某科技 · 後端工程師(2023–現在):維護…"): the title with its dates, and the description as a list item of
    its own under it."""
    if not line.bullet or len(line.cells) > 1:
        return [line]
    spans = find_dates(line.text)
    if not spans or spans[0].begin < 3:
        return [line]
    said = _SAID.match(line.text[spans[0].stop :])
    title = line.text[: spans[0].begin].rstrip(" (（[")
    if not said or len(split_title(title)) < 2:
        return [line]
    dates = line.text[spans[0].begin : spans[0].stop]
    rest = line.text[spans[0].stop + said.end() :]
    return [line.retext(f"{title}{CELL_SEP}{dates}", bullet=True), line.retext(rest, bullet=True)]


def _unbulleted(lines: list[Line], titles: list[int]) -> list[Line]:
    """The lines with those at ``titles`` no longer list items: they are entries' title lines."""
    marked = set(titles)
    return [dataclasses.replace(line, bullet=False) if i in marked else line for i, line in enumerate(lines)]


def _opens_dated(line: Line, parts: int = 2) -> bool:
    """A short list item that opens with its dates and a colon or dash, a title of two parts after them ("1995:
    Bachelor of Science, Stuff.  University of New New York", "2019 – 2021: Engineer, Acme"), or of ``parts``."""
    spans = find_dates(line.text)
    if not spans or spans[0].begin > 0 or len(line.text.split()) > 16:
        return False
    rest = line.text[spans[0].stop :]
    return bool(re.match(r"\s*[:：–—|-]\s*\S", rest)) and len(split_title(title_text(line, spans[0]))) >= parts


def _bold_opener(line: Line) -> bool:
    """A short bold item that opens with its dates, a name after them by a gap or a space ("12/2016 - Atualmente
    Kognit (.NET)")."""
    spans = find_dates(line.text) if line.bold else []
    return (
        bool(spans)
        and spans[0].begin == 0
        and len(line.text.split()) <= 12
        and bool(line.text[spans[0].stop :].strip(" :：–—|-"))
    )


_ITEM_TITLE_WORDS = 11
_BARRED_ITEM_WORDS = 18


def _ends_dated(line: Line, parts: int = 2) -> bool:
    """A short line whose last words are its dates, a title of two parts before them (a role or degree and where:
    "B.S. Computer Science - University of Texas - 05/2000"; not "AWS Certification (2021/12)"), or of ``parts``."""
    spans = find_dates(line.text)
    if not spans:
        return False
    # the title's words, not the dates' (nor how long after them): a sentence with two dates in it is none
    starts = [0, *(a.stop for a in spans)]
    words = sum(len(line.text[start : b.begin].split()) for start, b in zip(starts, spans, strict=False))
    title = title_text(line, spans[-1])
    # (a title a bar parts may run longer: "Expert at … Department | Iran Food and Drug Administration (IFDA)")
    if words > (_BARRED_ITEM_WORDS if title.count(" | ") == 1 else _ITEM_TITLE_WORDS):
        return False
    tail = line.text[spans[-1].stop :].strip(" )]")
    # how long it lasted may follow ("Agosto/2010 até Agosto/2013 - 3 anos")
    lasted = DURATION.fullmatch(tail.lstrip(" -–—·|(")) is not None
    return (not tail or lasted) and len(split_title(title)) >= parts
