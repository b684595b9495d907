"""Whether the line under a title goes on with it: a title wrapped in a narrow column, a word broken at the line's
end, a place or a role on the next line, a paragraph that starts; the tests the title block's bounds ask."""

from __future__ import annotations

import re

from .dateline import dated, line_span, title_text
from .dates import DURATION, DateSpan, find_dates
from .hyphens import broken_word
from .lines import CELL_SEP, Line
from .places import LOCATION, place_tail
from .rawentry import LABELLED, URL_LINE, cells_of, first_word_width, is_short
from .roles import degree_score, field_score, position_score, school_score
from .titles import split_title

_GRADE_LINE = re.compile(r"(?i)^(?:c?gpa|grade|average|note|moyenne|promedio|notenschnitt)\b")


def link_then_title(lines: list[Line], last: int, limit: int) -> bool:
    """ "Google   2017 — Now" / "https://google.com" / "Software Engineer": a link line, a short line after it."""
    return bool(URL_LINE.match(lines[last + 1].text.strip())) and last + 2 < limit and is_short(lines[last + 2])


def opens_degree(line: Line) -> bool:
    """The line starts with a degree ("Bachelor of Business Administration – …"): a part of its own, no wrap."""
    words = line.text.split()
    return bool(words) and degree_score(words[0]) > 0


def opens_role(text: str) -> bool:
    """The text's first part names a job, in a few words (no sentence about a team of developers)."""
    first = split_title(text)[:1]
    return bool(first) and len(first[0].split()) <= 6 and position_score(first[0]) > 0 >= degree_score(first[0])


def opens_paragraph(line: Line, after: Line) -> bool:
    """``line`` is a sentence's first line: six words or more, no closing stop, and the next line goes on in lower
    case at the same left edge ("Pied Piper is a multi-platform technology based on a proprietary universal")."""
    return (
        len(line.text.split()) >= 6
        and not line.text.rstrip().endswith((".", ":", ";", "!", "?"))
        and after.text[:1].islower()
        and abs(after.x0 - line.x0) < 2
    )


def only_duration(text: str) -> bool:
    """The text beside a line's dates says only how long the post lasted ("3 months", "a year")."""
    return all(DURATION.fullmatch(cell) for cell in cells_of(text)) and bool(cells_of(text))


def title_x0(line: Line, span: DateSpan) -> float:
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


def title_wraps(line: Line, below: Line, edge: dict[tuple[int, int], float]) -> bool:
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
        or _said_end(line.text)
        or ((spans := find_dates(below.text)) and spans[0].begin == 0)  # the dates' line goes on from its title
    ):
        return False
    if (line.page, line.column) not in edge:
        return False
    room = edge[(line.page, line.column)] - line.x1
    return first_word_width(below) > room and not _school_and_degree(line.text, below.text)


def _school_and_degree(text: str, below: str) -> bool:
    """A degree (or field) line over a school's, or a school's over a degree's: two parts of a title, each whole,
    however full the first line ("B.Tech (VTU) - Computer Science" / "NMAMIT, Nitte")."""
    last, first = split_title(text)[-1:], split_title(below)[:1]
    if not last or not first:
        return False
    return ((degree_score(last[0]) > 0 or field_score(last[0]) > 0) and school_score(first[0]) > 0) or (
        school_score(last[0]) > 0 and degree_score(first[0]) > 0
    )


def after_bullet(lines: list[Line], i: int) -> bool:
    """Line ``i`` continues a bullet: a bullet line comes first, with only unstyled wrapped lines between."""
    j = i - 1
    while j >= 0 and not lines[j].bullet and not lines[j].bold and i - j <= 3:
        j -= 1
    if not (j >= 0 and j < i and lines[j].bullet and not lines[i].bullet):
        return False
    # a line that starts left of the bullet (an outer item's title) is no wrap of it
    return not (lines[i].x1 > 0 and lines[j].x1 > 0 and lines[i].x0 < lines[j].x0 - 5)


def parts_in(lines: list[Line], first: int, anchor: int) -> int:
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


def goes_on(line: Line, below: Line) -> bool:
    """``below`` goes on with ``line``'s title: a word broken at the line's end, or a title line that ends in a
    comma over one in its type ("Facultad de Ciencias Exactas, Físicas y Naturales," / "Universidad Nacional de San
    Juan, San Juan, Argentina")."""
    if len(below.cells) != 1 or below.page != line.page or below.bullet:
        return False
    if line.text.rstrip().endswith(",") and len(line.cells) == 1 and abs(below.size - line.size) < 0.05:
        return below.text[:1].isupper() and below.bold == line.bold and not dated(below)
    if (
        abs(below.size - line.size) < 0.05
        and below.bold == line.bold
        and _capitalised_join(line.text.rstrip(), below.text)
        and not dated(below)
    ):
        return True  # "…, Université" / "de Moncton, Canada.", "École Nationale des Sciences" / "et Techniques"
    return broken_word(line.text, below.text)


#: a word that joins a name to its rest, ending a line ("Université de" / "Moncton") or, in lower case, opening the
#: next ("…, Université" / "de Moncton"): the title goes on
_JOIN_WORDS = "de|des|du|of|for|and|&|und|für|der|di|del|della|da|do|dos|das|et|y|van|von"
#: both sides of the join are a name's capitalised words ("Université de" / "Moncton"; not "curriculum for" /
#: "early college program", a sentence)
_JOIN_END = re.compile(rf"(?:^|\s)[^\W\d_][\w.'’-]*\s(?:{_JOIN_WORDS})$")
_JOIN_START = re.compile(r"(?:de|des|du|of|for|und|für|der|di|del|della|da|do|dos|das)\s+[^\W\d_]")


def _capitalised_join(text: str, below: str) -> bool:
    """``text`` ends in a capitalised word and a joining word, ``below`` opens with a capitalised word; or ``text``
    ends in a capitalised word and ``below`` opens with a joining word in lower case and a capitalised word."""
    if _said_end(text) or not below[:1].isalpha():
        return False
    if (end := _JOIN_END.search(text)) is not None:
        return end.group().split()[0][:1].isupper() and below[:1].isupper()
    last = text.rsplit(maxsplit=1)[-1] if text.split() else ""
    return last[:1].isupper() and (m := _JOIN_START.match(below)) is not None and m.group()[-1].isupper()


def _said_end(text: str) -> bool:
    """The text ends a sentence or a clause."""
    return text.rstrip().endswith((".", ";", ":", "!", "?", ","))


#: a label over an entry's list ("Courses" over the courses taken under the degree): no part of the title
_SUB_HEADING = re.compile(
    r"(?i)(?:relevant\s+)?course(?:s|works?)|thesis|activities|achievements|honou?rs|awards|projects|"
    r"publications|responsibilities|highlights|skills|tools|technologies|kurse|cours|cursos|tesis|thèse"
)
#: a label's first word ("Key Achievements", "Main Responsibilities", "Tech Stack")
_LABEL_WORDS = frozenset({"key", "main", "major", "selected", "notable", "tech", "technologies", "tools", "skills"})


def list_label(text: str) -> bool:
    """A label over an entry's list ("Courses", "Key Achievements", "Tech Stack"): no part of its title."""
    words = text.strip(" :").split()
    return bool(words) and (
        _SUB_HEADING.fullmatch(" ".join(words)) is not None or (len(words) <= 3 and words[0].casefold() in _LABEL_WORDS)
    )


def wraps_title(line: Line, below: Line, body: float) -> bool:
    """``below`` continues ``line``'s title (same title typography, set apart from the body, single cell)."""
    return (
        below.size > 0
        and line.x1 > 0  # laid out (PDF): a word processor's paragraph never wraps onto the next one
        and abs(below.size - line.size) < 0.05
        # a bold role over its plain employer ("New York Yankees") is two parts; a lone word may be a wrap whose
        # line was bold only in its greater part ("<b>University</b>, Bachelor of Science Computer" / "Science")
        and (below.bold == line.bold or len(below.text.split()) == 1)
        and abs(line.size - body) > 0.2
        and len(below.cells) == 1
        and len(below.text.split()) <= 4
        and not below.text.lstrip().startswith("@")  # "@ Google" under "Software Engineer  Full-time": the employer
        and not _GRADE_LINE.match(below.text.strip())  # "GPA – 3.5" under the degree: the grade, no wrap
        and not list_label(below.text)  # "Courses" over its list: a label, no wrap
        and not find_dates(below.text)
        and not LOCATION.match(below.text)
        and not _set_between(line, below)
    )


def _set_between(line: Line, below: Line) -> bool:
    """``below`` starts neither under ``line``'s start nor under its title's, after the dates it opens with, but
    between ("• Février 2022-Juin 2022 | BEONTEK TECHNOLOGIES" over an indented "Développement Web"): a line of its
    own, no wrap."""
    spans = find_dates(line.text)
    if line.x1 <= 0 or below.x0 <= line.x0 + 5 or not spans or spans[0].begin > 0:
        return False
    at = len(line.text) - len(line.text[spans[0].stop :].lstrip(" :：–—|-"))  # where the title starts
    return below.x0 < line.x0 + (line.x1 - line.x0) * at / len(line.text) - 5


def runs_on(line: Line, below: Line, edge: dict[tuple[int, int], float]) -> bool:
    """``below`` is where ``line``, a single cell of running text, wrapped: ``line`` is not ended by punctuation and
    the first word of ``below`` would not have fit into the room left at the column's edge ("…, Major in Hacking and
    Computer" / "Penetration, University A, New York, USA.")."""
    if line.x1 <= 0 or below.bullet or len(line.cells) != 1 or len(below.cells) != 1 or line.page != below.page:
        return False
    if len(line.text.split()) < 8 or LABELLED.match(below.text):  # running text, not "School, May 2010" / "GPA: 3.2"
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


def _only_dates_end(text: str) -> bool:
    """Nothing after a line's dates, or how long the post lasted ("Январь — Март 2023 (3 месяца)")."""
    rest = text.strip().strip("()").strip()
    return not rest or only_duration(rest)


def mirrors(anchor: Line, below: Line) -> bool:
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
        and _only_dates_end(anchor.text[span.stop :])
        and len(anchor.cells) >= 2
        and abs(below.x0 - anchor.x0) <= 2
        and abs(below.x1 - anchor.x1) <= 2
        and not find_dates(below.text)
    )


def bracket_tails(lines: list[Line]) -> list[Line]:
    """A line that is only a bracket ("(UX)") under an item a narrow sidebar wrapped ("Design de experiência do
    usuário"): the item's end, joined to it."""
    out: list[Line] = []
    for line in lines:
        text = line.text.strip()
        prev = out[-1] if out else None
        if (
            prev is not None
            and _BRACKET_ONLY.fullmatch(text)
            and len(prev.cells) == 1
            and not prev.text.rstrip().endswith((")", ":", ","))
            and line.page == prev.page
            and line.x1 > 0  # a laid-out line a column wrapped, not a paragraph of its own
            and len(text.split()) <= 3
        ):
            out[-1] = prev.retext(f"{prev.text.rstrip()} {text}")
            continue
        out.append(line)
    return out


_BRACKET_ONLY = re.compile(r"\([^()]{1,30}\)")


def wrapped_label_rows(lines: list[Line]) -> list[Line]:
    """Rows of a label and its list in a margin, wrapped ("Computer  Java - C# - Python" / "langages  LATEX- Matlab";
    "Frameworks/Tools  Spring boot - JPA -" / "Jasmine - JavaDoc"): a word in lower case under the label goes on
    with it, and a line of the list alone, set right of the label, goes on with the list."""
    out: list[Line] = []
    for line in lines:
        prev = out[-1] if out else None
        if prev is None or len(prev.cells) != 2 or len(prev.cells[0].split()) > 4 or prev.bullet or line.bullet:
            out.append(line)
            continue
        label, items = prev.cells
        joiner = items.rstrip().endswith(("-", ",", "–"))
        if (
            len(line.cells) == 2
            and line.cells[0][:1].islower()
            and len(line.cells[0].split()) == 1
            # the label's second line, where the list goes on too (a dash list, or one ending in a joiner); a row
            # of its own in lower case ("frameworks  django, flask") is another group
            and (joiner or (" - " in items and " - " in line.cells[1]))
        ):
            label, more = f"{label} {line.cells[0]}", line.cells[1]
        elif (
            len(line.cells) == 1
            and line.x0 > prev.x0 + 40
            and prev.x1 > 0
            # the list goes on: its line ends in a joiner, or both lines are lists ("Ops  Scripting" over "PowerShell,
            # VBS/VBA" is a group's label over its list)
            and (joiner or (" - " in items and " - " in line.text) or ("," in items and "," in line.text))
        ):
            more = line.cells[0]  # the list's next line (not a note under it: "Certification MTA (…)")
        else:
            out.append(line)
            continue
        # a list parted by dashes goes on with a dash; one parted by commas that wrapped mid-item, with a space
        glue = " - " if " - " in items and not joiner else " "
        joined = [label, f"{items.rstrip()}{glue}{more.strip()}"]
        out[-1] = prev.retext(CELL_SEP.join(joined), joined)
    return out
