"""Where a line's dates are, and what of the line is left for the title: the helpers every date rule shares."""

from __future__ import annotations

import re

from .dates import DateSpan, find_dates
from .grades import GRADE
from .lines import CELL_SEP, Line
from .places import LOCATION, STATUS_WORDS
from .roles import job_score


def line_span(line: Line, spans: list[DateSpan] | None = None) -> DateSpan:
    """The line's date (of ``spans``, its dates when already found): the last one, unless an earlier one fills a
    cell alone and the last sits inside a title ("1933  Alice in Wonderland 1933 version.", "1900  The Circra
    (1900’s) Silent Film")."""
    spans = find_dates(line.text) if spans is None else spans
    if len(spans) > 1 and _expected_end(line.text, spans[-2], spans[-1]):
        return spans[-2]
    if len(spans) > 1 and len(line.cells) > 1 and not fills_cell(line.text, spans[-1]):
        whole = [sp for sp in spans if fills_cell(line.text, sp)]
        if whole:
            return whole[-1]
    return spans[-1]


_BRACKET_OPEN = re.compile(r"\s*\(\s*(?:→|->|expected|exp\.|voraussichtlich|prévu)?\s*$", re.IGNORECASE)


def _expected_end(text: str, span: DateSpan, after: DateSpan) -> bool:
    """ "Sep 2019 – Present (→ Apr 2024)": a lone date in brackets after a range says when it is expected to end;
    the range is the entry's date."""
    return (
        (span.end is not None or span.present)
        and after.end is None
        and not after.present
        and bool(_BRACKET_OPEN.fullmatch(text[span.stop : after.begin]))
        and text[after.stop :].lstrip().startswith(")")
    )


def fills_cell(text: str, span: DateSpan) -> bool:
    """The date is a cell of its own: only the line's ends or a cell gap beside it."""
    before, after = text[: span.begin], text[span.stop :]
    return (not before.strip() or before.endswith(CELL_SEP)) and (not after.strip() or after.startswith(CELL_SEP))


def dated(line: Line) -> DateSpan | None:
    spans = find_dates(line.text)
    if not spans or (line.bullet and not (_barred_title(line.text, spans) or _dates_alone(line.text, spans))):
        return None
    # a date inside a sentence ("... since 2019, we grew 40% ...") is not an entry's date
    if (
        len(line.text.split()) > _LINE_WORDS
        and not any(find_dates(c) and len(c.split()) <= 6 for c in line.cells)
        and not _role_bar_org(line.text, spans)
        and not _role_bar_dates(line.text, spans)
        and not _range_set_at_end(line.text, spans)
    ):
        return None
    if _DETAIL_LABEL.match(line.text):  # "Awards: First-class Scholarship (2020)": a line of the entry above
        return None
    return line_span(line, spans)


#: a label that opens a line of an entry's details, whatever years it names
_DETAIL_LABEL = re.compile(
    r"(?i)^\s*(?:awards?|honou?rs|scholarships?|thesis|(?:major |relevant )?courses|coursework|activities|"
    r"achievements|publications?|projects?|technolog(?:y|ies)|tech stack|stack|tools)\s*[:：]"
)


_LINE_WORDS = 16


def _role_bar_org(text: str, spans: list[DateSpan]) -> bool:
    """A long title of a role and its employer parted by one bar, its dates last ("Expert at Biological Products
    Department & Pharmaceutical API Department | Iran Food and Drug Administration (IFDA) (Dec 2019 - Oct 2022)"):
    a title still, not a sentence that names a year."""
    head, tail = text[: spans[-1].begin], text[spans[-1].stop :]
    return (
        len(spans) == 1
        and head.count(" | ") == 1
        and not tail.strip(" )]")
        and len(head.split()) <= _LINE_WORDS + 8
        and not head.rstrip(" ([").endswith(".")
    )


def _range_set_at_end(text: str, spans: list[DateSpan]) -> bool:
    """ "… web applications, up 2018-07 — Present": a range set flush right at the end of a description's first
    line (the two read as one cell), after no word that would make it the sentence's ("since", "from", "in")."""
    span = spans[-1]
    head = text[: span.begin].rstrip()
    return (
        len(spans) == 1
        and span.present  # "… – Present": a closed range ends a sentence as often ("… SQL Server 2008 – 2019")
        and not text[span.stop :].strip()
        and not head.endswith((",", ".", ";", ":", "(", "-", "–", "—"))
        and _SENTENCE_DATE_WORD.search(head) is None
    )


#: a word that makes the date after it the sentence's own ("… since 2019", "… from 2018 to 2020")
_SENTENCE_DATE_WORD = re.compile(
    r"(?i)\b(?:since|from|in|between|during|until|till|by|of|on|at|to|for|and|through|throughout|circa|around)$"
)


def _barred_title(text: str, spans: list[DateSpan]) -> bool:
    """A list item that is an entry's title: its dates and two or three short parts parted by bars ("Analista de
    Dados | ABC Enterprises | Novembro 2022 - Abril 2024"), or a name with its dates in brackets before a role; a
    duty written as a list item has no such bars."""
    span = spans[0]
    parts = [p.strip() for p in _BARS.split(text[: span.begin] + " | " + text[span.stop :]) if p.strip()]
    return (
        (text.count("|") >= 2 and 2 <= len(parts) <= 3 and all(len(p.split()) <= 6 for p in parts))
        or _role_bar_dates(text, spans)
        or _bracketed_then_role(text, spans)
    )


def _bracketed_then_role(text: str, spans: list[DateSpan]) -> bool:
    """ "Sixhands (Nov 2021 - Jan 2022): Junior Android developer": a short name, its dates in brackets, then a
    colon or a dash and a short role; a duty written as a list item reads on as a sentence."""
    head, after = text[: spans[0].begin].rstrip(), text[spans[0].stop :].lstrip()
    if len(spans) != 1 or not head.endswith("(") or not after.startswith(")"):
        return False
    role = after[1:].lstrip()
    if role[:1] not in (":", "–", "—", "-"):
        return False
    role = role[1:].strip()
    return (
        not spans[0].single  # a range: "Payments (2023): migrated …" is a duty
        and 0 < len(head[:-1].split()) <= 5
        and 0 < len(role.split()) <= 6
        and len(role) <= 40
        and not role.endswith((".", "。", "!", "?"))
        and job_score(role) > 0  # a role's words: "Chess Engine (2020 – 2021): React Native app" is a project
    )


def _role_bar_dates(text: str, spans: list[DateSpan]) -> bool:
    """ "Clinical Investigator and Analyst | 2020 – 2022 Donald Guthrie Foundation, Sayre, PA": the role, a bar, the
    dates, then where (pandoc's Markdown read a soft line break as a space): a title, though it runs long."""
    head, after = text[: spans[0].begin].rstrip(), text[spans[0].stop :].strip()
    return (
        len(spans) == 1
        and head.endswith("|")
        and head.count("|") == 1
        and 0 < len(head.split()) <= _ROLE_WORDS
        and 0 < len(after.split()) <= _LINE_WORDS + 4
        and not after.endswith(".")
    )


_ROLE_WORDS = 9


_BARS = re.compile(r"\s*\|\s*")


def _dates_alone(text: str, spans: list[DateSpan]) -> bool:
    """A list item of its dates alone in brackets: the separator before them wrapped to the line's start
    (LinkedIn's "… Artificial Intelligence" / "· (October 2022 - October 2025)"), no duty."""
    bracketed = text.strip().startswith("(") and text.strip().endswith(")")
    return (
        bracketed
        and len(spans) == 1
        and not text[: spans[0].begin].strip(" (")
        and not text[spans[0].stop :].strip(" )")
    )


def only_dates(line: Line) -> bool:
    """The line holds a date and at most a place ("May 2014 | Ithaca, NY")."""
    rest = title_text(line, line_span(line))
    return not rest or bool(LOCATION.match(rest) or STATUS.fullmatch(rest) or GRADE.fullmatch(rest))


#: a status beside the dates ("2021 (in progress)"): no title
STATUS = re.compile(r"(?i)\(?(?:" + STATUS_WORDS + r")\)?")


def title_text(line: Line, span: DateSpan) -> str:
    head = _DATE_WORD.sub("", line.text[: span.begin])  # "Grad. May 2011", "Expected June 2023"
    return _trim(_EMPTY_BRACKETS.sub("", head + " " + line.text[span.stop :]))


_EMPTY_BRACKETS = re.compile(
    r"[(（\[［]\s*[)）\]］]"
)  # "Acme (2019 – 2020)", "Insolar [Jan 2020 - Jan 2021]" without dates


def _trim(text: str) -> str:
    """The title without the separators left around its dates, and without a bracket the dates took the other half
    of ("Acme (2019 –" → "Acme"); a whole bracket stays ("Foobar Inc. (Mytown)", "University (SJTU)")."""
    text = text.strip(_AROUND_DATES).lstrip(":：").strip()  # "1995: Bachelor of Science": the colon after the date
    while text.endswith("(") or (text.endswith(")") and text.count(")") > text.count("(")):
        text = text[:-1].strip(_AROUND_DATES)
    while text.startswith(")") or (text.startswith("(") and text.count("(") > text.count(")")):
        text = text[1:].strip(_AROUND_DATES)
    return text


#: separators and bullets a title leaves beside the dates it was cut from
_AROUND_DATES = " \t|｜/,·•▪◆♦●■–—-"


_DATE_WORD = re.compile(
    r"(?:^|(?<=[\s(]))(?:(?:grad\.?|graduated|graduation|expected|anticipated|exp\.)(?: in)?|date:|"
    r"(?:diplômée?|graduad[oa]|titulad[oa]) (?:en|em)|"  # "Diplômé en septembre 2004"
    # a label of the dates ("Dates Employed: Dec 2018 – Present", LinkedIn's export; "Zeitraum: 2019 – 2021")
    r"(?:dates?(?: employed| of employment)?|employment period|period|période|periodo|período|zeitraum)\s*:|"
    r"(?:(?:anticipated|expected) (?:in )?)?(?:summer|spring|fall|autumn|winter)(?: of)?|from)\s*$",
    re.IGNORECASE,
)
