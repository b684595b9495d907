"""Section headings, found by vocabulary (English and the languages the analysis detects) and by typography.

A line is a heading when it is short, stands alone, and either names a section ("Work Experience",
"Berufserfahrung", "職務経歴") or looks exactly like the headings that do (same size, weight and capitals) while
looking unlike the body. What follows a heading up to the next one is that section; what comes before the first
heading is the header (name and contact details).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from .basics import namelike
from .dateline import dated, only_dates
from .lines import Line
from .rawentry import first_word_width, right_edges
from .roles import degree_score
from .tableheads import column_labels, form_headings, run_in_headings
from .titlecues import careers, dated_below, first_entry, over_its_dates, over_name_and_dates, under_dated_title
from .vocabulary import (
    HEADING_COUNT,
    PHRASES,
    PROGRAMMING_LANGUAGES,
    exact_key,
    normalise,
    phrase_parts,
    vocabulary_key,
)


@dataclass
class Section:
    key: str
    heading: str
    lines: list[Line] = field(default_factory=list)


def _candidate(line: Line) -> bool:
    text = HEADING_COUNT.sub("", line.text) if line.text.endswith((")", "]")) else line.text
    return (
        not line.bullet
        and sum(1 for cell in line.cells if normalise(cell)) == 1  # rules drawn as text ("———") are no cells
        and 0 < len(text) <= 60
        and len(normalise(_ASIDE.sub("", text)).split()) <= 6  # "Other Games (and Game Jams and Experiments)"
        and "@" not in text
        and not any(ch.isdigit() for ch in text)
        and not text.rstrip().endswith((".", ","))
        and not _LABEL_VALUE.match(text)  # "主修课程：数据结构、操作系统": a labelled list, no heading
        and not _LABELLED_VALUE.match(text)  # "EMPRESA: SUTHERLAND GLOBAL SERVICES": an entry's labelled line
    )


#: a heading's aside in brackets at its end, which its words are counted without
_ASIDE = re.compile(r"\s*\([^()]*\)$")
_LABEL_VALUE = re.compile(r"^[^:：]{1,20}[:：]\s*\S.*[、,，;；]")
#: a label of a word or two, a colon and its value
_LABELLED_VALUE = re.compile(r"^[^\W\d_]+(?:\s[^\W\d_]+)?\s*[:：]\s+\S")


#: how much larger than the body a heading's type is, at least (LaTeX's \\large over an 11 pt body: 12 pt, 1.09×)
_LARGER = 1.08


def _style(line: Line) -> tuple[float, bool, bool]:
    return (round(line.size * 2) / 2, line.bold, line.caps)


def body_size(lines: list[Line]) -> float:
    sizes: Counter[float] = Counter()
    for line in lines:
        sizes[round(line.size * 2) / 2] += len(line.text)
    return sizes.most_common(1)[0][0] if sizes else 0.0


def _known_headings(
    lines: list[Line], styled: Any, top: int = 0
) -> tuple[dict[int, str], set[tuple[float, bool, bool]]]:
    """Headings the vocabulary names, and the styles those headings share (none deeper than level ``top``)."""
    known: dict[int, str] = {}
    loose: dict[int, str] = {}
    edges = right_edges(lines)
    # a deeper heading that names a section exactly, above the first heading of the sections' level, is one: the
    # "Skills" a pandoc file sets as Heading 3 under the name (Heading 1) and the label (Heading 2)
    first_top = next(
        (i for i, line in enumerate(lines) if 0 < line.level <= top and vocabulary_key(line.text)), len(lines)
    )
    above = None  # the last heading line above: under a job's dated heading, "Skills" is that job's
    for i, line in enumerate(lines):
        named = i < first_top and normalise(line.text) in PHRASES and not (above and dated(above))
        deeper = top > 0 and line.level > top and not named
        above = line if line.level else above
        key = vocabulary_key(line.text) if _candidate(line) and not deeper else None
        if key is None or (len(line.text.split()) >= 5 and dated_below(lines, i)):
            continue  # "Praktikum und Masterarbeit in der Missionsanalyse" over "11.2012 – 10.2013   ESOC": a job
        if not styled(line) and i > 0 and _wrapped_onto(lines[i - 1], line, edges):
            continue  # "… - World Wide" / "Technology": the last word of a wrapped line, no heading
        if exact_key(line.text) or phrase_parts(line.text):  # as written, without its accents, or one letter off
            known[i] = key
        elif styled(line):
            loose[i] = key
    styles = Counter(_style(lines[i]) for i in known if styled(lines[i]))
    heading_styles = {s for s, n in styles.items() if n >= 2 or (n >= 1 and len(styles) == 1)}
    # "Technical Skills Summary" yes; a bold "Director of Education" job title no; "Timeline of Experience:" set
    # larger than the one known heading ("Education:" in 9 pt, the body in 8) yes
    largest = max((style[0] for style in heading_styles), default=0.0)
    known.update(
        {
            i: key
            for i, key in loose.items()
            if lines[i].heading
            or not heading_styles
            or _style(lines[i]) in heading_styles
            or (len(known) <= 1 and lines[i].size >= largest * 1.2)  # where a single small heading is known
        }
    )
    return known, heading_styles


def _wrapped_onto(above: Line, line: Line, edges: dict[tuple[int, int], float]) -> bool:
    """``line`` carries on ``above`` at the same left edge, size and (PDF) line spacing, and ``above`` is one cell
    that ends mid-sentence where ``line``'s first word would not fit: the rest of a wrapped line, however much its
    words look like a heading."""
    return (
        line.top > above.top > 0
        and line.page == above.page
        and line.column == above.column
        and line.gap_before < 0.15
        and abs(line.x0 - above.x0) < 0.5 * max(line.size, 1.0)
        and abs(line.size - above.size) < 0.5
        and len(above.cells) == 1
        and len(above.text.split()) >= 4  # not a heading of its own that wraps ("Research" / "Interests")
        and line.x1 - line.x0 > line.size  # drawn where it stands (a margin heading split off has no width)
        and not line.text.rstrip().endswith((":", "："))  # "Habilidades:" is a heading however tight
        and above.x1 + 0.3 * line.size + first_word_width(line) > edges[above.page, above.column]
        and not above.text.rstrip().endswith((".", ":", "：", "!", "?"))
    )


def _demote_entry_headings(lines: list[Line]) -> int:
    """Word headings deeper than the ones that name sections are entry titles ("Heading 2: Analyst, Acme").

    A document whose "Experience" is Heading 1 writes each job as Heading 2: those are bold lines of the section,
    not sections of their own (as Markdown's "###" is), even where they name one ("Heading 4: Technical Skills"
    inside a job). Returns the sections' level (0: no styled headings).
    """
    # sections in a large style of no outline level ("Experience" set in 26 pt), jobs as Word headings in smaller
    # type ("Heading 1: Senior Software Engineer"): the smaller headings are entry titles
    sizes = [line.size for line in lines if line.heading and not line.level and vocabulary_key(line.text)]
    if len(sizes) >= 2:
        smaller = [line for line in lines if line.heading and line.level and line.size < min(sizes) - 0.5]
        for line in smaller:
            line.heading, line.bold = False, True
        if smaller:
            return 0
    levels = [line.level for line in lines if line.heading and line.level and vocabulary_key(line.text) is not None]
    if not levels:
        return 0
    top = min(levels)
    combined = False  # under "Skills, Achievements and Interests" the sub-headings are the sections it names
    for line in lines:
        if line.heading and line.level == top:
            combined = len(phrase_parts(line.text)) >= 2
        elif line.heading and line.level > top and combined and exact_key(line.text):
            line.level = top  # a section of its own, at the sections' level
        elif line.heading and line.level > top:
            line.heading, line.bold = False, True
    return top


def _opens(section: Section, lines: list[Line], i: int) -> bool:
    """Line ``i``, a heading the vocabulary knows, comes right under ``section``'s own heading in another style:
    the section's first sub-heading (a section is never empty), when the section has sub-headings at all."""
    return (
        not section.lines
        and section.key == "skills"
        and i > 0
        and lines[i - 1].text == section.heading
        and len(phrase_parts(section.heading)) < 2  # "Skills, Achievements and Interests": its parts are sections
    )


def _first_item(sections: list[Section], opened: Line | None, line: Line, styled: Any) -> bool:
    """``line``, a section word in plain type right under a list section's heading in another style, is that
    list's first item ("Personal Hobbies:" over "Programming", "Playing badminton")."""
    return (
        bool(sections)
        and opened is not None
        and not sections[-1].lines
        and sections[-1].key in _LISTS
        and not styled(line)
        and _style(line) != _style(opened)
        and sections[-1].heading.rstrip().endswith((":", "："))
    )


def _in_entry(section: Section, heading: Line, line: Line, main: tuple[float, bool, bool] | None) -> bool:
    """A heading word set well below the section heading's size, in its column, after the section's first lines
    ("Employment History:" › a job › "Projects:"), or one with a colon in any smaller type: a label inside an
    entry, not a new section."""
    return (
        section.key in ("work", "volunteer", "education")
        and bool(section.lines)
        and line.column == heading.column
        and _style(line) != main
        and (
            (line.page == heading.page and line.size < 0.8 * heading.size)
            # "Projects:" in an entry title's type, under a job: a label inside it, in any type smaller than the
            # section heading's
            or (line.text.rstrip().endswith((":", "：")) and line.size < heading.size)
        )
    )


def _list_to_end(lines: list[Line], i: int) -> bool:
    """Line ``i``, bold, heads a list that runs to the document's end: four short items or more after it and no dated
    line ("Talen" / "PHP" / "Python" / … after the last job, in the job's type): a section, not a label in the job."""
    rest = [line.text.strip() for line in lines[i + 1 :] if line.text.strip()]
    short = sum(1 for text in rest if len(text.split()) <= 4)
    return (
        lines[i].bold
        and len(rest) >= 4
        and short * 4 >= len(rest) * 3
        and not any(dated(line) for line in lines[i + 1 :])
    )


_OPENS = re.compile(r"^(?:(?:and|und|et|y|e|en|og|och)\s|[&/])", re.I)
_ENDS = re.compile(r"(?:\s(?:and|und|et|y|e|en|og|och)|[&/])$", re.I)


_MODIFIER = re.compile(r"(?i)^\s*technical\s*$")


def _join_wrapped(lines: list[Line]) -> list[Line]:
    """A heading wrapped in a narrow column ("HONORS" over "AND EXPERIENCE", "SKILLS QUALITIES" over
    "& INTERESTS"), one of its halves starting or ending in "and" or "&": one heading, when the two halves share
    their style and together name a section."""
    out: list[Line] = []
    for line in lines:
        last = out[-1] if out else None
        if (
            last is not None
            # cheap tests first; "Technical" over "Experience" is one heading too ("Technical" alone heads the skills)
            and (_OPENS.match(line.text.strip()) or _ENDS.search(last.text.strip()) or _MODIFIER.match(last.text))
            and (last.caps or last.bold or last.heading)
            and _style(last) == _style(line)
            and _candidate(last)
            and _candidate(line)
            # together they name a section, or the first half ends in "and": no heading ends so ("Libraries and"
            # over "Frameworks" in a narrow sidebar)
            and (
                vocabulary_key(joined := f"{last.text.strip()} {line.text.strip()}")
                or (last.bold and _ENDS.search(last.text.strip()))
            )
        ):
            out[-1] = last.retext(joined)
            continue
        out.append(line)
    return out


_ENTRY_KEYS = frozenset({"work", "projects", "volunteer"})


def _repeated_labels(lines: list[Line], known: dict[int, str]) -> set[int]:
    """A heading word repeated under each job after the work section opened ("Skills" over each job's duties):
    a label inside the entries, no section. Taken out of ``known`` in place; returns their lines."""
    labels: set[int] = set()
    order = sorted(known)
    names = {i: normalise(lines[i].text) for i in order}
    seen = Counter(names.values())
    repeated = {i for i in order if seen[names[i]] >= 2 and known[i] not in _ENTRY_KEYS}
    heading_looks = {_look(lines[k]) for k in order if k not in repeated}  # how the other headings are set
    for text in {names[i] for i in repeated}:
        at = [i for i in order if i in repeated and names[i] == text]
        before = [known[i] for i in order if i < at[0] and i not in repeated]
        # inside the entries of the section before it, or of dated entries under no heading at all (a CV whose jobs
        # follow the header: "Solution Architect at Insolar [Jan 2020 - Jan 2021]" / … / "Achievements:")
        unheaded = not before and any(dated(lines[k]) and not only_dates(lines[k]) for k in range(at[0]))
        if (before and before[-1] in _ENTRY_KEYS) or unheaded:
            at = _not_set_as_the_headings(lines, at, heading_looks)
            for i in at:
                del known[i]
            labels.update(at)
    return labels


def _look(line: Line) -> tuple[tuple[float, bool, bool], int]:
    """How a line is set: its type and its heading level."""
    return _style(line), line.level


def _not_set_as_the_headings(lines: list[Line], at: list[int], heading_looks: set[Any]) -> list[int]:
    """The lines of a repeated heading word but the one set as the sections' headings are (a Word heading's level
    and type), after the bold "Skills" labels in each job: that one is the section, no label."""
    looks = Counter(_look(lines[k]) for k in at)
    most = looks.most_common(1)[0][1]
    return [i for i in at if not (looks[_look(lines[i])] < most and _look(lines[i]) in heading_looks)]


#: sections whose items a group heading may gather ("Skills" › "IT", "Languages" › "Spoken")
_LISTS = frozenset({"skills", "interests", "languages"})


def _gathers(section: Section, grouped: bool) -> bool:
    """A list section whose heading stood right over a heading no vocabulary knows gathers such headings."""
    return section.key in _LISTS and (not section.lines or grouped)


def _unknown_headings(
    lines: list[Line],
    known: dict[int, str],
    labels: set[int],
    heading_styles: set[tuple[float, bool, bool]],
    body: float,
) -> set[int]:
    """Lines after the first known heading that look like headings in the known headings' style, though no
    vocabulary names them."""
    body_style = (body, False, False)
    first_known = min(known) if known else len(lines)
    unknown = {
        i
        for i, line in enumerate(lines)
        if i not in known
        and i not in labels
        and i >= first_known
        and _candidate(line)
        and not over_its_dates(lines, i)
        and not over_name_and_dates(lines, i)
        and not _degree_after(line.text)
        and (
            line.heading
            or (
                _style(line) in heading_styles
                and _style(line) != body_style
                and (
                    (line.caps and sum(c.isalpha() for c in line.text) >= 5)
                    or (body > 0 and line.size >= body * _LARGER)
                )
            )
        )
    }
    # employers in a heading's style, each right under its title and dates ("DESENVOLVEDOR SOFTWARE   Set/2021 –
    # atual" / "RN Software"), two or more: entries' lines, not sections (one alone may be a heading after the last)
    employers = {i for i in unknown if under_dated_title(lines, i)}
    if len(employers) >= 2:
        unknown -= employers
    # employers in the section heading's own style, each right over its role and dates ("Experience" / "Musinsa
    # Payments" / "DevOps Engineer, L5   2025년 12월 ― 현재"): entries' titles, not sections, where the section's
    # heading stands right over the first of them (a section is never empty); "Extracurriculars" over "OSU Linux
    # Users Group, President   2012 - 2014" after the jobs is a section of its own
    titles = sorted(i for i in unknown if dated_below(lines, i))
    for k in sorted(k for k, key in known.items() if key in (*_ENTRY_KEYS, "education") and k + 1 in titles):
        unknown -= {j for j in titles if j > k and not any(k < n < j for n in known)}
    return unknown


#: what the last brackets of a line hold
_LAST_BRACKETS = re.compile(r"[(（]([^()（）]{1,20})[)）]\s*$")


def _degree_after(text: str) -> bool:
    """A field with its degree in brackets after it ("人力资源管理（本科）", "Informatik (B.Sc.)"): a school's line in
    a heading's type, no section."""
    m = _LAST_BRACKETS.search(text)
    return m is not None and degree_score(m.group(1)) > 0


def split_sections(lines: list[Line]) -> tuple[list[Line], list[Section], list[str]]:
    """The header lines, the sections in order, and warnings about headings the vocabulary did not know."""
    lines = form_headings(run_in_headings(_join_wrapped(lines)))
    body = body_size(lines)
    top = _demote_entry_headings(lines)

    def styled(line: Line) -> bool:
        return line.heading or line.bold or line.caps or (body > 0 and line.size >= body * _LARGER)

    known, heading_styles = _known_headings(lines, styled, top)
    careers(lines, known)
    labels = _repeated_labels(lines, known) | column_labels(lines, known)
    unknown = _unknown_headings(lines, known, labels, heading_styles, body)
    header: list[Line] = []
    sections: list[Section] = []
    warnings: list[str] = []
    main = Counter(_style(lines[i]) for i in known).most_common(1)[0][0] if known else None
    sub: tuple[float, bool, bool] | None = None  # the style of the sub-headings inside the open section
    opened: Line | None = None  # the open section's heading
    grouped = False  # the open section's heading stood right over a heading no vocabulary knows: its groups
    for i, line in enumerate(lines):
        if i in labels:
            continue  # a label inside the entries: its text stays in the source, no title part
        if (
            i in known
            and sections
            and _style(line) != main
            and (
                (
                    styled(line)  # a bold group name; a margin label in body type ("Sprachen  Englisch") is not one
                    and _style(line) == sub
                    and (not grouped or known[i] == sections[-1].key)
                )
                # the first group, bold or on a line of its own in body type ("SKILLS" over "Languages")
                or ((styled(line) or len(line.cells) == 1) and _opens(sections[-1], lines, i))
            )
        ):
            sub = _style(line)  # "SKILLS" over "Languages" / "Python, Go" and "Tools" / "Git": groups, not sections
            sections[-1].lines.append(line)
        elif (
            i in known
            and sections
            and sections[-1].key == "skills"
            and PROGRAMMING_LANGUAGES.match(normalise(line.text))
        ):
            sections[-1].lines.append(line)  # "Programming Languages" under "Skills": a group of them
        elif i in known and (
            (opened is not None and _in_entry(sections[-1], opened, line, main) and not _list_to_end(lines, i))
            or _first_item(sections, opened, line, styled)
            or (bool(sections) and not sections[-1].lines and first_entry(lines, i))
        ):
            # "Projects:" in small type inside a job: part of that job; "Personal Hobbies:" over "Programming": the
            # list's first item; "Formation" over "Ingénieur informatique" / "ENSEIRB (Bordeaux)" / its dates: the
            # section's first entry
            sections[-1].lines.append(line)
        elif i in known:
            sections.append(Section(known[i], line.text))
            sub, opened, grouped = None, line, False
        elif (
            i in unknown
            and sections
            and sections[-1].key == "contact"
            and not sections[-1].lines
            and namelike(line.text)
        ):
            sections[-1].lines.append(line)  # "Contact Information" over "Molly A. Adams" in a heading's style
        elif i in unknown and sections and (_style(line) == sub or _gathers(sections[-1], grouped)):
            # "Operating Systems" in the style of the group "Programming" before it; "Skills" right over "IT" /
            # "LibreOffice, GIMP" and "CATEGORY 1" / …, all in one heading style: the known heading's groups
            sections[-1].lines.append(line)
            grouped, sub = (grouped, sub) if _style(line) == sub else (True, _style(line))
        elif i in unknown and not (
            opened is not None and sections[-1].key != "other" and line.size < opened.size * 0.92
        ):
            sections.append(Section("other", line.text))
        elif i in unknown and not (sections and sections[-1].key in _ENTRY_KEYS and dated_below(lines, i)):
            # smaller than its section's heading: "experience" › "Full Time", a group inside it: a label over some
            # of its entries, not an entry's title (the text stays in the source); a role over the line of its
            # dates and employer ("Principal Software Engineer" over "seit 9.2020   Telespazio GmbH") is the title
            continue
        elif sections:
            sections[-1].lines.append(line)
        else:
            header.append(line)
    return header, _skills_in_summary(sections), warnings


def _skills_in_summary(sections: list[Section]) -> list[Section]:
    """A summary holds no groups: a label in capitals or bold that names skills, over short lines ("PROGRAMMING
    LANGUAGES AND TECHNOLOGIES" over "Golang & C (Expert)" under "Summary", as Awesome-CV sets its sub-headings),
    opens the skills there, the label its heading."""
    out: list[Section] = []
    for section in sections:
        lines = section.lines
        at = next(
            (
                k
                for k, line in enumerate(lines)
                if section.key == "summary"
                and 0 < k < len(lines) - 1
                and (line.caps or line.bold)
                and line.text[:1].isupper()
                # after a closed sentence, not inside one ("…modern" / "web technologies to build")
                and lines[k - 1].text.rstrip().endswith((".", "!", ":", ")"))
                and _candidate(line)
                and vocabulary_key(line.text) == "skills"
                and len(lines[k + 1].text.split()) <= 6
            ),
            None,
        )
        if at is None:
            out.append(section)
            continue
        out += [Section(section.key, section.heading, lines[:at]), Section("skills", lines[at].text, lines[at + 1 :])]
    return out
